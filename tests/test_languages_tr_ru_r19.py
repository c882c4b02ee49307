"""Turkish and Russian (round 19): their cue files, Turkish capitals and apostrophe endings,
money and dates in their forms, programme names written before their word. Invented
sentences, not copied text."""
import pytest

from pipeline import nlp
from pipeline.build import extract_one
from pipeline.language import detect
from pipeline.lexicons import kin, languages, load
from pipeline.normalise.dates import find_ranges
from pipeline.normalise.money import find_money
from pipeline.textnorm import turkish_lower

TR = """Karadeniz kıyısında yeni bir ortaklık

25 Nisan 2022’de Mavi Liman Projesi açılış toplantısı Samsun’da yapıldı. Projenin ana faydalanıcısı Karadeniz \
Balıkçılık Derneği, eş-faydalanıcısı Deniz Ticareti Genel Müdürlüğü’dür. Interreg-IPA 2014-2020 Yunanistan-Türkiye \
Sınır Ötesi İşbirliği Programı tarafından finanse edilen projeye 6 ülkeden sekiz ortak katılıyor.
"""

RU = """Новый проект на границе

Проект «Зелёная тропа» реализуется с 1 апреля 2020 года по 31 марта 2022 года. Общий бюджет проекта \
составляет 640 тыс. евро. Ведущий партнер проекта – Карельский научный центр, партнеры – Университет Йоэнсуу \
(Финляндия) и Лесной колледж.
"""


def test_both_languages_have_cue_files_and_are_detected():
    assert {"tr", "ru"} <= set(languages())
    assert "ru" not in kin()  # read with its own cues now, not with Bulgarian's
    assert detect(TR)[0] == "tr" and detect(RU)[0] == "ru"


@pytest.mark.parametrize("word,lower", [
    ("İşbirliği", "işbirliği"),      # dotted capital: no combining dot left behind
    ("ORTAKLARI", "ortakları"),      # all capitals: I is the dotless ı
    ("Interreg", "interreg"),        # a foreign name keeps its dotted i
    ("Üniversitesi", "üniversitesi"),
])
def test_turkish_lower(word, lower):
    assert turkish_lower(word) == lower


@pytest.mark.parametrize("text,key", [
    ("Sınır Ötesi İşbirliği Programı kapsamında", "programme"),
    ("PROJE ORTAKLARI", "partners"),
    ("İki günlük çalıştay İstanbul'da yapıldı", "events"),
])
def test_turkish_cues_match_words_in_capitals(text, key):
    assert key in {c.key for c in nlp.cues(text, "tr")}


@pytest.mark.parametrize("lang,text,amount,currency", [
    ("tr", "toplam bütçesi 1.250.000 Avro", "1250000.00", "EUR"),
    ("tr", "250 bin Avro hibe", "250000.00", "EUR"),
    ("tr", "yaklaşık 1,5 milyon TL", "1500000.00", "TRY"),
    ("tr", "39 bin 650 avroluk destek", "39650.00", "EUR"),
    ("ru", "составляет до 375 тысяч евро", "375000.00", "EUR"),
    ("ru", "12,5 млн. руб.", "12500000.00", "RUB"),
    ("ru", "2 500 000 рублей", "2500000.00", "RUB"),
    ("en", "a loan of 3 million TRY", "3000000.00", "TRY"),
])
def test_money_in_turkish_and_russian(lang, text, amount, currency):
    assert [(f"{m.amount:.2f}", m.currency) for m in find_money(text, load(lang))] == [(amount, currency)]


@pytest.mark.parametrize("lang,text", [
    ("en", "we try 2 times"),   # the verb, not the Turkish lira's code
    ("en", "rub 3 drops in"),
])
def test_iso_codes_that_are_words_need_capitals(lang, text):
    assert find_money(text, load(lang)) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "2021 yılı Mart ile 2023 yılı Şubat ayları arasında", ("2021-03", "2023-02")),
    ("tr", "1 Ocak 2020'den 31 Aralık 2021'e kadar", ("2020-01-01", "2021-12-31")),
    ("tr", "2019’dan 2022’ye kadar", ("2019", "2022")),
    ("tr", "01.09.2020-31.08.2022 tarihleri arasında", ("2020-09-01", "2022-08-31")),
    ("tr", "11 Mart 2022’de", ("2022-03-11", None)),
    ("ru", "с 1 января 2019 года по 31 декабря 2021 года", ("2019-01-01", "2021-12-31")),
    ("ru", "с января 2020 по декабрь 2021 г.", ("2020-01", "2021-12")),
    ("ru", "в период с 2017 по 2019 год", ("2017", "2019")),
])
def test_ranges_in_turkish_and_russian(lang, text, expected):
    r = find_ranges(text, load(lang))[0]
    assert (r.start.iso, r.end.iso if r.end else None) == expected


def test_turkish_page_is_read_with_its_cues():
    rec = extract_one(TR.encode("utf-8"), "tr_page.txt", "tr_page")[0]
    assert rec["language"] == "tr"
    (p,) = rec["projects"]
    # the date with its ending ("2022’de") closes the phrase before the name
    assert p["name"] == "Mavi Liman"
    # brand, years, country pair and the phrase that ends with the programme word, as written
    assert p["programme"] == "Interreg-IPA 2014-2020 Yunanistan-Türkiye Sınır Ötesi İşbirliği Programı"
    names = [x["name"] for x in p["partners"]]
    # the copula's ending after the apostrophe is no part of the name
    assert "Deniz Ticareti Genel Müdürlüğü" in names
    assert not any("’" in n for n in names)


def test_russian_page_is_read_with_its_cues():
    rec = extract_one(RU.encode("utf-8"), "ru_page.txt", "ru_page")[0]
    assert rec["language"] == "ru"
    (p,) = rec["projects"]
    assert p["name"] == "Зелёная тропа"
    assert (p["start"], p["end"]) == ("2020-04-01", "2022-03-31")
    assert [(b["amount"], b["currency"], b["kind"]) for b in p["budgets"]] == [("640000.00", "EUR", "total")]
    assert p["lead_partner"] == "Карельский научный центр"
    assert "FI" in p["countries"]


def test_quoted_name_before_a_project_word_after_the_name():
    """'“X” projesinin': the quotation closed right before a project word that follows the name."""
    text = "Bu hafta “Dijital Köy Okulu” projesinin ikinci toplantısı 3 Haziran 2023 tarihinde Bursa’da yapıldı.\n"
    rec = extract_one(text.encode("utf-8"), "tr_q.txt", "tr_q")[0]
    assert [p["name"] for p in rec["projects"]] == ["Dijital Köy Okulu"]
