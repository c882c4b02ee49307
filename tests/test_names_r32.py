"""Project names, round 32."""
from pipeline.extractors.context import Context
from pipeline.extractors.names import project_name
from pipeline.model import Section
from pipeline.readers import read_document


def _ctx(text: str, lang: str) -> Context:
    doc = read_document(text.encode("utf-8"), f"n_{lang}.txt", f"n_{lang}")
    doc.language = lang
    return Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))


# ---------------------------------------------------------------- a name after LIFE, whole

def test_brand_name_runs_on_past_its_first_word_fr():
    ctx = _ctx("Le CEN PACA a obtenu le feu vert pour démarrer le projet LIFE SOS Criquet de Crau, "
               "après deux ans. LIFE SOS Criquet de Crau réunit quatre partenaires.\n", "fr")
    assert project_name(ctx)[0] == "LIFE SOS Criquet de Crau"


def test_brand_name_in_capitals_eu():
    ctx = _ctx("LIFE OREKA MENDIAN\n\nLIFE OREKA MENDIAN proiektuaren helburu nagusia da estrategia "
               "partekatu bat garatzea.\n", "eu")
    assert project_name(ctx)[0] == "LIFE OREKA MENDIAN"


def test_brand_name_keeps_its_exclamation_mark_en():
    ctx = _ctx("The ‘LIFE PanPuffinus!’ project is a transboundary collaboration. "
               "Minister Refalo described ‘LIFE PanPuffinus!’ as an excellent example.\n", "en")
    assert project_name(ctx)[0] == "LIFE PanPuffinus!"

