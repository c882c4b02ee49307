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



# ---------------------------------------------------------------- a dated name is none

def test_deadline_is_no_name_lv():
    ctx = _ctx("Projektu iesniegšanas termiņš bija 2006.gada 2.maijs.\n\nVadības komiteja apstiprināja "
               "19 projektus.\n", "lv")
    found = project_name(ctx)
    assert not found or "2006" not in found[0]


def test_dateline_opens_no_project_fr():
    from pipeline.sections import split
    doc = read_document("Resc/kUE\n\nMis à jour le 22/01/2021\n\nLe projet Resc/kUE réunit "
                        "des partenaires français et allemands pour un montant de 2 millions d'euros.\n\n"
                        "Essais cliniques innovants, une coopération scientifique de pointe\n\nLe projet est "
                        "coordonné par l'Université de Strasbourg, avec un budget de 500 000 euros.\n".encode("utf-8"),
                        "d_fr.txt", "d_fr")
    doc.language = "fr"
    names = [doc.text[s.name[0]:s.name[1]] for s in split(doc) if s.name]
    assert not any("2021" in n for n in names)


# ---------------------------------------------------------------- a country's name is none

def test_country_after_project_word_is_no_name_lv():
    ctx = _ctx("Turpinās projekta Latvijas – Lietuvas – Baltkrievijas pārrobežu sadarbības programmas "
               "realizācija. Projekta „Trešais solis” budžets ir 500 000 eiro.\n", "lv")
    assert project_name(ctx)[0] == "Trešais solis"


def test_country_before_project_word_is_no_name_tr():
    ctx = _ctx("2019 yılında Almanya koordinatörlüğünde Bulgaristan, Polonya, Romanya ve Türkiye olmak üzere "
               "beş ülke okulu ortaklığıyla Erasmus+ projemiz kabul edildi.\n"
               "Projenin Almanya personel toplantı hareketliliği ve Bulgaristan hareketliliğinin ardından "
               "öğrenciler Polonya hareketliliğine katıldı.\n", "tr")
    found = project_name(ctx)
    assert not found or found[0] != "Almanya"
