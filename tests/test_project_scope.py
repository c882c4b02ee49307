"""A page that names no project and speaks of none in the singular states no project's
budget, period or count: its figures are a programme's, a call's or many projects'."""
import pytest

from pipeline.build import extract_one


def facts(text: str, lang: str) -> list[tuple]:
    doc = extract_one(text.encode("utf-8"), f"scope_{lang}.txt", "scope")[0]
    out = []
    for p in doc["projects"]:
        out += [(b["amount"], b["kind"]) for b in p["budgets"]]
        out += [v for v in (p["start"], p["end"], p["duration_months"], p["stated_partner_count"],
                            p["stated_country_count"]) if v]
    return out


PROGRAMME_PAGES = [
    ("ro", "Noul apel\n\nCu un buget total de 120 milioane euro, programul a deschis al doilea apel pentru "
           "proiecte de cooperare. Proiectele pot dura cel mult 30 de luni."),
    ("it", "Nuovo bando\n\nSono disponibili 40 milioni di euro per i progetti di cooperazione. I progetti "
           "avranno una durata di 24 mesi al massimo e coinvolgeranno 150 enti."),
    ("sv", "Ny utlysning\n\nAnsökningarna söker sammanlagt om 12 miljoner euro i stöd. Projekten kan pågå "
           "i högst 36 månader."),
    ("en", "Call results\n\nThe monitoring committee approved projects worth 55 million euro in total. "
           "The projects will run for 36 months."),
]


@pytest.mark.parametrize("lang,text", PROGRAMME_PAGES)
def test_programme_page_states_no_project_facts(lang, text):
    assert facts(text, lang) == []


PROJECT_PAGES = [
    # Hungarian and Croatian say "project" in a form that is also the counted one: one project still
    ("hu", "Hírek\n\nA projekt teljes költségvetése 850 000 euró, időtartama 24 hónap."),
    ("hr", "Novosti\n\nUkupna vrijednost projekta iznosi 1.200.000 kuna, a provedba traje 18 mjeseci."),
    ("ro", "Știri\n\nProiectul are un buget total de 640.000 euro și se derulează pe 24 de luni."),
]


@pytest.mark.parametrize("lang,text", PROJECT_PAGES)
def test_page_about_one_project_keeps_its_facts(lang, text):
    assert facts(text, lang), lang


PROGRAMME_NAMED = [
    ("bg", "INTERREG\n\nПредмет: обмяна на опит между региони.\nОбщ бюджет: 250 млн. евро.\n"
           "Бенефициенти: публични организации, които участват в проекти."),
    ("es", "Programa Interreg Sudoe\n\nPresupuesto total: 106 millones de euros.\n"
           "Los proyectos seleccionados tendrán una duración de 30 meses."),
]


@pytest.mark.parametrize("lang,text", PROGRAMME_NAMED)
def test_page_named_after_a_programme_states_no_project_facts(lang, text):
    assert facts(text, lang) == []


def test_brand_inside_a_project_name_is_still_a_project():
    text = "LIFE Riverbanks\n\nLIFE Riverbanks has a total budget of EUR 2.400.000 and runs for 48 months."
    assert ("2400000.00", "total") in facts(text, "en")
