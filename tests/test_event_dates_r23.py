"""Round 23: date forms of event ranges (numeric day.month pairs, a year-first day and a
second day after "and", a day glued to its month), a mobility framed by its project, the
page's date on its last line, and one event restated by a heading."""
from pipeline.build import extract_one
from pipeline.extractors.events import Event, _once
from pipeline.lexicons import load
from pipeline.model import Evidence
from pipeline.normalise.dates import find_ranges


def _ranges(text: str, lang: str, ref: str | None = None) -> list[tuple]:
    return [(r.start.iso, r.end.iso if r.end else None) for r in find_ranges(text, load(lang), ref)]


def _events(text: str, name: str) -> list[tuple]:
    rec = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return [(e["date"], e["end"]) for e in rec["events"]]


def test_numeric_day_month_pairs_with_the_year_after_a_space():
    assert _ranges("В периода 3.5-7.5 2019 г. се проведе срещата.", "bg") == [("2019-05-03", "2019-05-07")]
    assert _ranges("С 14.10 – 18.10 2022 г. прошла встреча партнёров.", "ru") == [("2022-10-14", "2022-10-18")]
    # only the last day of a range: a lone "3.5 2019" is no date
    assert _ranges("Версия 3.5 2019 г.", "bg") == [("2019", None)]


def test_year_first_day_with_a_second_day_after_and():
    assert _ranges("A találkozó 2019.05.06. és 8. között volt.", "hu") == [("2019-05-06", "2019-05-08")]
    assert _ranges("Das Treffen fand 2019/05/06-08 statt.", "de") == [("2019-05-06", "2019-05-08")]
    # a smaller number after "and" is no second day
    assert _ranges("2019.05.06 és 3 partner", "hu") == [("2019-05-06", None)]


def test_day_glued_to_its_month_without_a_year():
    assert _ranges("šī gada 14. – 15.jūnijā notika seminārs", "lv", "2021-07-01") == [("2021-06-14", "2021-06-15")]
    assert _ranges("am 3.März trafen sich", "de", "2020-03-10") == [("2020-03-03", None)]


def test_a_mobility_of_the_project_is_an_event():
    text = ("Мобилност в Грац\n\nВ периода 3.5-7.5 2021 г. се осъществи втора мобилност по проект GreenSchool "
            "в гр. Грац, Австрия. Участваха ученици от пет държави.\n")
    assert _events(text, "mobility_bg.txt") == [("2021-05-03", "2021-05-07")]
    # the mobility word before "project" with nothing between still names the project
    text = ("Project INF4\n\nJanuary 18, 2002. The new mobility project INF4 was presented to the "
            "national agency.\n")
    assert _events(text, "mobproject2_en.txt") == []


def test_a_day_alone_on_the_last_line_dates_the_page():
    text = ("Sastanak partnera u Grazu\n\nU Grazu je 14. ožujka održan partnerski sastanak projekta "
            "GreenSchool na kojem su sudjelovali svi partneri.\n\nProjekt traje dvije godine.\n\n17.03.2018.\n")
    assert _events(text, "closing_hr.txt") == [("2018-03-14", None)]
    text = ("Partnertreffen in Graz\n\nAm 14. März fand in Graz ein Partnertreffen des Projekts GreenSchool "
            "statt, an dem alle Partner teilnahmen.\n\nDas Projekt dauert zwei Jahre.\n\n17.03.2018\n")
    assert _events(text, "closing_de.txt") == [("2018-03-14", None)]


def _ev(place, places, description):
    return Event("2017-04-24", "2017-05-05", place, None, description, Evidence(1, 0, 1, "x"), [], places)


def test_a_heading_restating_the_event_with_another_first_place_is_one_event():
    a = _ev("Tirana", ("Tirana", "Durrës"), "Meetings in Tirana and Durrës, 24 April – 5 May 2017")
    b = _ev("Durrës", ("Durrës",), "From 24 April to 5 May 2017 the consortium met in Durrës")
    c = _ev("Graz", ("Graz",), "From 24 April to 5 May 2017 a fair took place in Graz")
    assert _once([a, b]) == [a]
    assert _once([a, c]) == [a, c]


def test_a_date_label_in_a_meeting_record_dates_the_meeting():
    text = ("Kick-off meeting\nProject GreenSchool\nPlace: Graz, Austria\nDate: 12/03/2021\n"
            "Agenda: the partners agreed on the work plan.\n")
    assert _events(text, "label_en.txt") == [("2021-03-12", None)]
    text = ("Projekttalálkozó Grazban\nA GreenSchool projekt\nHelyszín: Graz, Ausztria\nIdőpont: 2021. március 12–13.\n"
            "Napirend: a partnerek elfogadták a munkatervet.\n")
    assert _events(text, "label_hu.txt") == [("2021-03-12", "2021-03-13")]
    # a page whose title names no event: the label gives the page's own date
    text = ("Cezhraničná cyklotrasa\n\nDátum: 22.03.2022\n\nObec podpísala zmluvu o spolupráci s partnermi.\n")
    assert _events(text, "label_sk.txt") == []


def test_a_month_in_the_title_restates_the_days_of_the_body():
    text = ("The first partner meeting in Graz in March 2021\n\nThe project GreenSchool started last year. "
            "The first partner meeting took place in Graz from 10 to 12 March 2021.\n")
    assert _events(text, "month_en.txt") == [("2021-03-10", "2021-03-12")]

