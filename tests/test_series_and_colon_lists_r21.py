"""A sentence that reports a series of events names the event word once ("the first meeting
took place in March 2019 in Italy, the second in Poland in October 2019"): each date is an
event. A clause that ends with a colon, followed by an enumeration of lower-case pieces,
lists the project's activities."""
from pipeline.build import doc_ids, extract_one


def _rec(text: str, name: str) -> dict:
    rec, _ = extract_one(text.encode("utf-8"), name, doc_ids([name])[name])
    return rec


def _dates(rec: dict) -> list[str]:
    return sorted(e["date"] for e in rec["events"])


def _items(rec: dict) -> list[str]:
    return [a["text"] for p in rec["projects"] for a in p["activities"]]


def test_series_of_meetings_with_one_event_word_lt():
    text = ("Projektas „Draugystės tiltai“\n\n"
            "Mokykla dalyvauja Erasmus+ projekte „Draugystės tiltai“. Pirmasis susitikimas įvyko "
            "2019 m. lapkričio mėnesį Ispanijoje, antrasis – Latvijoje 2020 m. kovą, trečiasis – "
            "Lietuvoje (2020 m. spalio mėn.).\n")
    assert _dates(_rec(text, "lt_series.txt")) == ["2019-11", "2020-03", "2020-10"]


def test_series_of_visits_en():
    text = ("The BRIDGES project\n\n"
            "Our school takes part in the Erasmus+ project BRIDGES. So far two study visits have "
            "taken place, the first in Lyon in November 2019 and the second in Graz in February "
            "2020.\n")
    assert _dates(_rec(text, "en_series.txt")) == ["2019-11", "2020-02"]


def test_plural_event_word_before_dates_pt():
    text = ("Projeto PONTES\n\n"
            "O projeto PONTES terá duas partes. A primeira decorre na vila com duas conferências "
            "(12 de março de 2018 e 9 de abril de 2018).\n")
    assert _dates(_rec(text, "pt_series.txt")) == ["2018-03-12", "2018-04-09"]


def test_project_date_after_event_is_no_event_en():
    text = ("The BRIDGES project\n\n"
            "The kick-off meeting took place in Lyon on 4 March 2019, and the project ends in "
            "June 2021.\n")
    assert _dates(_rec(text, "en_series_end.txt")) == ["2019-03-04"]


def test_colon_list_of_lower_case_work_hr():
    text = ("Projekt ZELENI KORAK\n\n"
            "Projekt ZELENI KORAK financiran je iz programa Erasmus+. U radionicama su učenici "
            "razvijali vlastite ideje do završnog proizvoda: izrada ptičjih kućica, uređenje školskog "
            "vrta, snimanje kratkog filma.\n")
    assert _items(_rec(text, "hr_colon.txt")) == ["izrada ptičjih kućica", "uređenje školskog vrta",
                                                    "snimanje kratkog filma"]


def test_colon_list_of_results_sr():
    text = ("Projekat ZELENA STAZA\n\n"
            "Projekat ZELENA STAZA finansiran je iz programa Interreg IPA. Partneri su istakli dobru "
            "saradnju, a najvažniji rezultati su: izgrađena biciklistička staza uz reku, uređen "
            "vidikovac na brdu, razvijena mobilna aplikacija.\n")
    assert _items(_rec(text, "sr_colon.txt")) == ["izgrađena biciklistička staza uz reku",
                                                    "uređen vidikovac na brdu", "razvijena mobilna aplikacija"]


def test_colon_list_of_names_is_not_work_it():
    text = ("Progetto PONTE VERDE\n\n"
            "Il progetto PONTE VERDE è finanziato dal programma Interreg. Hanno visitato le città "
            "della regione: Trento, Bolzano, Rovereto.\n")
    assert _items(_rec(text, "it_colon.txt")) == []


def test_colon_phrase_of_coordinated_verbs_is_no_list_ca():
    text = ("Projecte CAMINS\n\n"
            "El projecte CAMINS està finançat pel programa Erasmus+. La finalitat del projecte és: "
            "fomentar una integració en la cultura europea, conèixer altres maneres de pensar, viure, "
            "treballar i organitzar-se en la diversitat.\n")
    assert _items(_rec(text, "ca_colon.txt")) == []


def test_colon_list_of_things_seen_is_no_list_en():
    text = ("The BRIDGES project\n\n"
            "The BRIDGES project is funded by Erasmus+. During the week our guests visited many places "
            "in the town: the old market hall, the church of the castle, the theatre near the river.\n")
    assert _items(_rec(text, "en_colon.txt")) == []


def test_colon_list_of_one_word_fields_is_no_list_nl():
    text = ("Project GROENE BRUG\n\n"
            "Project GROENE BRUG wordt gesteund door Interreg. Zo werken meerdere diensten samen in de "
            "stad: sociaal, onderwijs, wegenwerken, milieu.\n")
    assert _items(_rec(text, "nl_colon.txt")) == []
