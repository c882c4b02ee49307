"""Round 28: activity lists narrowed by structure — a colon inside brackets glosses and
leads no list; on a page of several projects a list before the block that names a project
is the page's lead-in, not that project's."""
from pipeline.assemble import document_record
from pipeline.extractors import activities
from pipeline.readers import read_document
from tests.section_context import section_context


def _texts(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_colon_inside_brackets_leads_no_list_in_croatian():
    text = ("Projekt provodi grad.\n\n"
            "Sudionici su razvijali vlastite ideje (npr.: proizvodnja sapuna, oslikavanje keramike, "
            "učenje u oblaku) tijekom radionica.\n")
    assert _texts(text, "hr") == []


def test_colon_inside_brackets_leads_no_list_in_spanish():
    text = ("El proyecto lo lleva el ayuntamiento.\n\n"
            "Los alumnos prepararon varias propuestas (p. ej.: talleres de cerámica, visitas guiadas, "
            "charlas en el museo) durante el curso.\n")
    assert _texts(text, "es") == []


def test_colon_closing_the_clause_still_leads_its_list():
    text = ("Projekt provodi grad.\n\n"
            "Sudionici su razvijali vlastite ideje do završnog proizvoda: proizvodnja sapuna, "
            "oslikavanje keramike, učenje u oblaku.\n")
    assert _texts(text, "hr") == ["proizvodnja sapuna", "oslikavanje keramike", "učenje u oblaku"]


def _activities_by_project(text: str, lang: str) -> dict:
    doc = read_document(text.encode("utf-8"), f"c_{lang}.txt", f"c_{lang}")
    doc.language = lang
    rec = document_record(doc)
    return {p["name"]: [a["text"] for a in p["activities"]] for p in rec["projects"]}


def test_lead_in_list_of_a_page_of_projects_is_none_of_theirs_in_english():
    text = ("Three projects approved\n\n"
            "The first call of the new programme period was open to applications in four priority areas:\n\n"
            "• Innovation\n• Small and medium-sized enterprises\n• Environment\n• Transport\n\n"
            "The monitoring committee approved three projects.\n\n"
            "Green Harbours\n\nThe Green Harbours project, led by the Port of Luleå, receives EUR 1.2 million. "
            "The main activities are: mapping of quays, training of pilots and a shared harbour portal.\n\n"
            "Blue Fjords\n\nThe Blue Fjords project, led by Umeå University, receives EUR 800 000 to study "
            "fjord water quality.\n\n"
            "Nordic Paths\n\nThe Nordic Paths project, led by the city of Vaasa, receives EUR 500 000 for "
            "hiking trails.\n")
    assert _activities_by_project(text, "en") == {
        "Green Harbours": ["mapping of quays", "training of pilots", "a shared harbour portal"],
        "Blue Fjords": [], "Nordic Paths": []}


def test_lead_in_list_of_a_page_of_projects_is_none_of_theirs_in_swedish():
    text = ("Fyra projekt beviljades\n\n"
            "Den första utlysningen i den nya programperioden var öppen för ansökningar inom fyra insatsområden:\n\n"
            "• Innovation\n• Små och medelstora företag\n• Miljö\n• Transport\n\n"
            "Övervakningskommittén beviljade tre projekt.\n\n"
            "Gröna hamnar\n\nProjektet Gröna hamnar, som leds av Luleå hamn, får 1,2 miljoner euro. "
            "Projektets huvudsakliga aktiviteter är: kartläggning av kajer, utbildning av lotsar och en "
            "gemensam hamnportal.\n\n"
            "Blå fjordar\n\nProjektet Blå fjordar, som leds av Umeå universitet, får 800 000 euro för att "
            "studera vattenkvaliteten.\n\n"
            "Nordiska leder\n\nProjektet Nordiska leder, som leds av Vasa stad, får 500 000 euro för "
            "vandringsleder.\n")
    assert _activities_by_project(text, "sv")["Gröna hamnar"] == [
        "kartläggning av kajer", "utbildning av lotsar", "en gemensam hamnportal"]
    assert _activities_by_project(text, "sv")["Blå fjordar"] == []
