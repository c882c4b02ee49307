"""The HTML reader: content blocks kept with their structure, page furniture dropped,
encoding from the document, nothing fetched, deep nesting survived."""
import socket

import pytest

from pipeline.build import extract_one
from pipeline.errors import PipelineError
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from pipeline.readers import read_document
from pipeline.readers.html import decode_html, declared_encoding, read


def blocks(data: bytes | str) -> list[tuple[str, str, int, str | None, str | None]]:
    if isinstance(data, str):
        data = data.encode("utf-8")
    b = read(data).builder
    text = b.text()
    return [(x.kind, text[x.start:x.end], x.level, x.number, x.marker) for x in b.blocks]


def texts(data: bytes | str) -> list[str]:
    return [t for _, t, *_ in blocks(data)]


# A municipal page (Polish) with furniture of every kind around the article.
MUNICIPAL_PL = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Projekt GREENCITY – Urząd Miasta</title>
<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
<style>.cookie-bar { position: fixed; }</style></head>
<body class="page-template has-sidebar">
<a class="skip-link" href="#tresc">Przejdź do treści</a>
<div id="cookie-bar" class="cookie-bar"><p>Ta strona używa plików cookies w celach statystycznych.</p>
<button>Akceptuję</button></div>
<header class="site-header"><div class="logo"><a href="/">Urząd Miasta Bielsko-Biała</a></div>
<nav class="mega-menu"><ul><li><a href="/miasto">Miasto</a><ul><li><a href="/rada">Rada Miasta</a></li>
<li><a href="/bip">Biuletyn Informacji Publicznej</a></li></ul></li><li><a href="/turystyka">Turystyka i rekreacja</a></li></ul></nav>
<form role="search"><input type="text" placeholder="Szukaj w serwisie"><button>Szukaj</button></form></header>
<div class="news-ticker">Komunikat: utrudnienia w ruchu na ulicy Partyzantów</div>
<ol class="breadcrumb"><li><a href="/">Strona główna</a></li><li><a href="/projekty">Projekty unijne</a></li></ol>
<main id="tresc"><article>
<header class="entry-header"><h1>Projekt GREENCITY</h1></header>
<p>Projekt <strong>GREENCITY</strong> jest współfinansowany ze środków <a href="https://ec.europa.eu">Europejskiego
Funduszu Rozwoju Regionalnego</a> w ramach programu Interreg Europa Środkowa.</p>
<h2>Cele projektu</h2>
<ol><li>Poprawa jakości powietrza w miastach</li><li>Wymiana doświadczeń między partnerami
<ul><li>wizyty studyjne</li><li>warsztaty tematyczne</li></ul></li></ol>
<div class="share-buttons"><span>Udostępnij:</span> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
<section class="related-posts"><h3>Zobacz także</h3><ul><li><a href="/x">Nowe ścieżki rowerowe w centrum</a></li></ul></section>
</article></main>
<aside class="sidebar"><h3>Kontakt</h3><p>Wydział Funduszy Zewnętrznych, pokój 214</p></aside>
<div class="newsletter-box"><h3>Newsletter</h3><p>Zapisz się, aby otrzymywać informacje o nowych projektach.</p></div>
<ul class="pagination"><li><a href="?p=1">1</a></li><li><a href="?p=2">2</a></li></ul>
<footer class="site-footer"><p>Urząd Miasta Bielsko-Biała, plac Ratuszowy 1, 43-300 Bielsko-Biała</p></footer>
<iframe src="https://www.youtube.com/embed/xyz" title="Film promocyjny miasta"></iframe>
<noscript><img src="https://stats.example.pl/pixel.gif" alt="licznik odwiedzin"></noscript>
<template><p>Szablon okna dialogowego</p></template>
<svg><text>Ikona strzałki</text></svg>
</body></html>"""

BOILERPLATE_PL = [
    "Przejdź do treści", "cookies", "Akceptuję", "Urząd Miasta Bielsko-Biała", "Rada Miasta",
    "Biuletyn Informacji Publicznej", "Turystyka", "Szukaj", "utrudnienia w ruchu", "Strona główna",
    "Projekty unijne", "Udostępnij", "Facebook", "Zobacz także", "Nowe ścieżki rowerowe",
    "Wydział Funduszy Zewnętrznych", "Zapisz się", "Newsletter", "plac Ratuszowy", "Film promocyjny",
    "licznik", "Szablon okna", "Ikona strzałki", "trackPageView", "position: fixed",
]


def test_page_furniture_is_dropped_and_every_content_block_kept():
    got = blocks(MUNICIPAL_PL)
    text = "\n".join(t for _, t, *_ in got)
    for furniture in BOILERPLATE_PL:
        assert furniture not in text, furniture
    assert got == [
        (HEADING, "Projekt GREENCITY", 0, None, None),
        (PARAGRAPH, "Projekt GREENCITY jest współfinansowany ze środków Europejskiego Funduszu Rozwoju "
                    "Regionalnego w ramach programu Interreg Europa Środkowa.", 0, None, None),
        (HEADING, "Cele projektu", 1, None, None),
        (LIST_ITEM, "Poprawa jakości powietrza w miastach", 0, "1", None),
        (LIST_ITEM, "Wymiana doświadczeń między partnerami", 0, "2", None),
        (LIST_ITEM, "wizyty studyjne", 1, None, "◦"),
        (LIST_ITEM, "warsztaty tematyczne", 1, None, "◦"),
    ]


def test_reading_reports_format_and_encoding():
    r = read(MUNICIPAL_PL.encode("utf-8"))
    assert r.format == "html" and r.encoding == "utf-8"


def test_page_without_main_finds_content_by_density_and_drops_link_menus():
    # German project page of an old CMS: no <main>, no article, no telling class names.
    page = """<html><head><meta charset="utf-8"></head><body>
    <div id="top"><a href="/">Startseite</a> | <a href="/verein">Über uns</a> | <a href="/presse">Presse</a> | <a href="/kontakt">Kontakt</a></div>
    <div id="wrap"><div id="left"><ul><li><a href="/a">Aktuelles</a></li><li><a href="/b">Projekte</a></li>
    <li><a href="/c">Termine</a></li><li><a href="/d">Downloads</a></li></ul></div>
    <div id="c1"><h1>Grenzüberschreitendes Radwegenetz</h1>
    <p>Das Projekt verbindet die Radwege beiderseits der Grenze zwischen Sachsen und Böhmen. Es wird aus dem
    Kooperationsprogramm Freistaat Sachsen – Tschechische Republik 2014–2020 gefördert.</p>
    <p>Lead-Partner ist der Landkreis Görlitz, Projektpartner ist die Stadt Liberec.</p></div></div>
    <div id="bottom"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/barrierefreiheit">Barrierefreiheit</a></div>
    </body></html>"""
    got = texts(page)
    assert got[0] == "Grenzüberschreitendes Radwegenetz"
    assert got[2] == "Lead-Partner ist der Landkreis Görlitz, Projektpartner ist die Stadt Liberec."
    joined = " ".join(got)
    for furniture in ("Startseite", "Über uns", "Aktuelles", "Termine", "Impressum", "Datenschutz"):
        assert furniture not in joined


def test_layout_table_page_keeps_the_content_cell():
    # An old Slovak municipal page laid out with a table: menu cell, content cell, news cell.
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
    <body><table width="900"><tr><td colspan="3"><font size="5">Obec Dolná Lehota</font></td></tr>
    <tr><td width="180"><a href="/">Úvod</a><br><a href="/obec">O obci</a><br><a href="/urad">Obecný úrad</a><br>
    <a href="/projekty">Projekty</a><br><a href="/foto">Fotogaléria</a></td>
    <td><h1>Rekonštrukcia materskej školy</h1>
    <p>Obec Dolná Lehota získala nenávratný finančný príspevok z Integrovaného regionálneho operačného
    programu vo výške 187 500 EUR na rekonštrukciu a zateplenie budovy materskej školy. Práce sa začnú
    v apríli 2019 a potrvajú do konca augusta 2019.</p>
    <p>Projekt je spolufinancovaný Európskou úniou z Európskeho fondu regionálneho rozvoja.</p></td>
    <td width="180"><b>Oznamy</b><p>Zber odpadu v sobotu.</p></td></tr>
    <tr><td colspan="3"><small>Obec Dolná Lehota 1, 976 96</small></td></tr></table></body></html>"""
    data = page.encode("cp1250")
    got = texts(data)
    assert got[0] == "Rekonštrukcia materskej školy"
    assert any("vo výške 187 500 EUR" in t for t in got)
    assert read(data).encoding == "cp1250"
    for furniture in ("Obec Dolná Lehota1", "O obci", "Fotogaléria", "Oznamy", "Zber odpadu", "976 96"):
        assert not any(furniture in t for t in got), furniture


def test_header_and_footer_of_an_article_are_kept_the_pages_are_not():
    page = """<body><header><p>Stadt Graz – Startseite</p></header>
    <article><header><h1>Projekt SMART-MOBIL</h1></header>
    <p>Das Projekt fördert die Elektromobilität in der Steiermark und in Slowenien.</p>
    <footer><p>Projektlaufzeit: 01.03.2019 bis 28.02.2022</p></footer></article>
    <footer><p>© Stadt Graz, Rathaus, 8011 Graz</p></footer></body>"""
    assert texts(page) == ["Projekt SMART-MOBIL", "Das Projekt fördert die Elektromobilität in der Steiermark und in Slowenien.",
                           "Projektlaufzeit: 01.03.2019 bis 28.02.2022"]


def test_inline_markup_joins_without_losing_spaces():
    page = """<main><p>Vedoucí <b>partner</b>: <a href="#">Město&nbsp;Liberec</a>,<span> partner</span>
    <em>Landkreis</em><span>Görlitz</span> a&#160;<i>Euroregion</i>
    Nisa.</p></main>"""
    assert texts(page) == ["Vedoucí partner: Město Liberec, partner LandkreisGörlitz a Euroregion Nisa."]


def test_lists_nest_with_levels_numbers_and_markers():
    page = """<main><h2>Aktivity projektu</h2>
    <ol start="3"><li>Analýza potřeb
      <ol type="a"><li>dotazníkové šetření</li><li value="4">rozhovory se starosty</li></ol></li>
      <li><p>Pilotní akce</p><ul><li>cyklostezka <b>Hrádek</b> – Zittau<ul><li>úsek 1</li></ul></li></ul></li></ol>
    <ol reversed><li>tři</li><li>dva</li><li>jedna</li></ol>
    <ul type="square"><li>• Zvláštní odrážka</li></ul>
    <ol type="I"><li>první</li><li>druhá</li></ol></main>"""
    got = blocks(page)
    assert got[0] == (HEADING, "Aktivity projektu", 1, None, None)
    assert got[1:] == [
        (LIST_ITEM, "Analýza potřeb", 0, "3", None),
        (LIST_ITEM, "dotazníkové šetření", 1, "a", None),
        (LIST_ITEM, "rozhovory se starosty", 1, "d", None),
        (LIST_ITEM, "Pilotní akce", 0, "4", None),
        (LIST_ITEM, "cyklostezka Hrádek – Zittau", 1, None, "◦"),
        (LIST_ITEM, "úsek 1", 2, None, "▪"),
        (LIST_ITEM, "tři", 0, "3", None),
        (LIST_ITEM, "dva", 0, "2", None),
        (LIST_ITEM, "jedna", 0, "1", None),
        (LIST_ITEM, "Zvláštní odrážka", 0, None, "•"),
        (LIST_ITEM, "první", 0, "I", None),
        (LIST_ITEM, "druhá", 0, "II", None),
    ]


def test_tables_header_first_definition_lists_breaks_quotes_and_captions():
    page = """<main>
    <table><caption>Partneri projektu</caption><tfoot><tr><td>Spolu</td><td>2</td></tr></tfoot>
    <tbody><tr><td>Žilinský samosprávny kraj</td><td>SK</td></tr></tbody>
    <thead><tr><th>Partner</th><th>Krajina</th></tr></thead></table>
    <dl><dt>Vedúci partner</dt><dd>Žilinský samosprávny kraj</dd><dt>Rozpočet:</dt><dd>1 250 000 EUR</dd></dl>
    <p>Ministerstvo pro místní rozvoj<br>Staroměstské náměstí 6<br>110 15 Praha 1</p>
    <blockquote><p>Spolupráca cez hranice prináša výsledky.</p></blockquote>
    <figure><img src="https://example.org/foto.jpg" alt="Foto"><figcaption>Stretnutie partnerov v Žiline</figcaption></figure>
    <pre>Termín:   2019–2021
Program:  Interreg V-A SK-CZ</pre></main>"""
    got = blocks(page)
    assert [(k, t) for k, t, *_ in got] == [
        (HEADING, "Partneri projektu"),  # short lines are headings, as in page text
        (TABLE_ROW, "Partner | Krajina"),
        (TABLE_ROW, "Žilinský samosprávny kraj | SK"),
        (TABLE_ROW, "Spolu | 2"),
        (HEADING, "Vedúci partner: Žilinský samosprávny kraj"),
        (HEADING, "Rozpočet: 1 250 000 EUR"),
        (HEADING, "Ministerstvo pro místní rozvoj"),
        (HEADING, "Staroměstské náměstí 6"),
        (PARAGRAPH, "110 15 Praha 1"),
        (PARAGRAPH, "Spolupráca cez hranice prináša výsledky."),
        (HEADING, "Stretnutie partnerov v Žiline"),
        (HEADING, "Termín: 2019–2021"),
        (HEADING, "Program: Interreg V-A SK-CZ"),
    ]


# --- encodings ------------------------------------------------------------------------

CS_PAGE = """<html><head>{meta}<title>Projekt</title></head><body><main>
<h1>Přeshraniční spolupráce Šluknovska</h1>
<p>Projekt je spolufinancován z Evropského fondu pro regionální rozvoj. Partneři: Město Šluknov,
Stadt Sebnitz. Příliš žluťoučký kůň úpěl ďábelské ódy.</p></main></body></html>"""
CS_TEXT = ["Přeshraniční spolupráce Šluknovska",
           "Projekt je spolufinancován z Evropského fondu pro regionální rozvoj. Partneři: Město Šluknov, "
           "Stadt Sebnitz. Příliš žluťoučký kůň úpěl ďábelské ódy."]

HU_PAGE = """<html><head>{meta}</head><body><main><h1>Határon átnyúló együttműködés</h1>
<p>A projekt az Európai Regionális Fejlesztési Alap társfinanszírozásával valósul meg. Vezető partner:
Győr-Moson-Sopron Megye Önkormányzata. Árvíztűrő tükörfúrógép.</p></main></body></html>"""


@pytest.mark.parametrize("meta", [
    '<meta charset="windows-1250">',
    "<meta http-equiv='Content-Type' content='text/html; charset=windows-1250'>",
    '<meta content="text/html;charset=Windows-1250" http-equiv="content-type">',
])
def test_charset_from_meta_windows_1250(meta):
    data = CS_PAGE.format(meta=meta).encode("cp1250")
    assert declared_encoding(data) == "cp1250"
    r = read(data)
    assert r.encoding == "cp1250"
    assert texts(data) == CS_TEXT


def test_charset_from_meta_iso_8859_2():
    data = HU_PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">').encode("iso-8859-2")
    r = read(data)
    assert r.encoding == "iso8859-2"
    assert "Győr-Moson-Sopron Megye Önkormányzata" in r.builder.text() and "Árvíztűrő tükörfúrógép" in r.builder.text()


def test_charset_from_xml_declaration():
    page = '<?xml version="1.0" encoding="ISO-8859-2"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>' \
           '<p>Województwo Śląskie, Łódź i Kraków współpracują w projekcie.</p></body></html>'
    data = page.encode("iso-8859-2")
    assert decode_html(data)[1] == "iso8859-2"
    assert texts(data) == ["Województwo Śląskie, Łódź i Kraków współpracują w projekcie."]


@pytest.mark.parametrize("encoding,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_bom_wins_over_a_wrong_declaration(encoding, bom):
    data = bom + CS_PAGE.format(meta='<meta charset="iso-8859-1">').encode(encoding)
    assert texts(data) == CS_TEXT


def test_wrong_declared_charset_falls_back_to_detection():
    # declared UTF-8, written in windows-1250: strict UTF-8 fails, detection decides
    data = CS_PAGE.format(meta='<meta charset="utf-8">').encode("cp1250")
    r = read(data)
    assert r.encoding != "utf-8"
    assert texts(data) == CS_TEXT
    # declared windows-1250 but saved again as UTF-8: the bytes are UTF-8
    data = CS_PAGE.format(meta='<meta charset="windows-1250">').encode("utf-8")
    assert read(data).encoding == "utf-8" and texts(data) == CS_TEXT


def test_undeclared_legacy_encoding_is_detected():
    data = CS_PAGE.format(meta="").encode("cp1250")
    r = read(data)
    assert r.encoding not in ("utf-8", "ascii")
    assert texts(data) == CS_TEXT


def test_unknown_declared_charset_is_ignored():
    data = CS_PAGE.format(meta='<meta charset="x-no-such-charset">').encode("utf-8")
    assert declared_encoding(data) is None and texts(data) == CS_TEXT


# --- records: the same content as markdown gives the same partners ----------------------

PARTNERS_MD = """# Projekt CLUSTRAT

Projekt CLUSTRAT je spolufinancován z programu Interreg Central Europe. Celkový rozpočet projektu je 2 450 000 EUR.

## Partneři projektu

| Partner | Země |
|---|---|
| Národní klastrová asociace | Česká republika |
| Steirische Wirtschaftsförderungsgesellschaft | Rakousko |
| Regionalna razvojna agencija Ljubljana | Slovinsko |
| Politechnika Wrocławska | Polsko |
"""

PARTNERS_HTML = """<!DOCTYPE html><html lang="cs"><head><meta charset="windows-1250"><title>CLUSTRAT</title></head><body>
<div class="cookie-consent">Tento web používá cookies. <a href="#">Souhlasím</a></div>
<header><nav><ul><li><a href="/">Úvod</a></li><li><a href="/projekty">Projekty</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<main><h1>Projekt CLUSTRAT</h1>
<p>Projekt <b>CLUSTRAT</b> je spolufinancován z programu <a href="https://interreg-central.eu">Interreg Central Europe</a>.
Celkový rozpočet projektu je 2&nbsp;450&nbsp;000 EUR.</p>
<h2>Partneři projektu</h2>
<table class="partners"><thead><tr><th>Partner</th><th>Země</th></tr></thead><tbody>
<tr><td><a href="https://nca.cz">Národní klastrová asociace</a></td><td>Česká republika</td></tr>
<tr><td>Steirische Wirtschaftsförderungs&shy;gesellschaft</td><td>Rakousko</td></tr>
<tr><td>Regionalna razvojna agencija Ljubljana</td><td>Slovinsko</td></tr>
<tr><td>Politechnika Wrocławska</td><td>Polsko</td></tr></tbody></table>
<div class="social-share"><a href="#">Sdílet na Facebooku</a></div>
</main><footer><p>© 2024 Národní klastrová asociace, Praha</p></footer></body></html>"""


def test_partner_table_gives_the_same_records_as_markdown():
    md_record, md_text = extract_one(PARTNERS_MD.encode("utf-8"), "clustrat.md", "clustrat")
    html_record, html_text = extract_one(PARTNERS_HTML.encode("cp1250"), "clustrat.html", "clustrat")
    assert html_text == md_text
    assert html_record["source"]["format"] == "html"
    partners = [(p["name"], p["country"]) for p in html_record["projects"][0]["partners"]]
    assert partners == [("Národní klastrová asociace", "CZ"), ("Steirische Wirtschaftsförderungsgesellschaft", "AT"),
                        ("Regionalna razvojna agencija Ljubljana", "SI"), ("Politechnika Wrocławska", "PL")]
    assert html_record["projects"] == md_record["projects"]


def test_paragraph_text_reads_like_page_text():
    # Numbered lines typed into paragraphs are list items, as in the text version.
    page = "<main><p>Partneři projektu</p><p>1 Ministry of Economy and Labour of Saxony-Anhalt (DE)</p>" \
           "<p>2 Ústí Region (CZ)</p></main>"
    txt = "Partneři projektu\n\n1 Ministry of Economy and Labour of Saxony-Anhalt (DE)\n2 Ústí Region (CZ)\n"
    doc_html = read_document(page.encode(), "a.html", "a")
    doc_txt = read_document(txt.encode(), "a.txt", "a")
    assert doc_html.text == doc_txt.text
    assert [(b.kind, b.level, b.number) for b in doc_html.blocks] == [(b.kind, b.level, b.number) for b in doc_txt.blocks]


# --- robustness -----------------------------------------------------------------------

def test_nothing_referenced_is_fetched(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the reader opened a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = """<!DOCTYPE html [<!ENTITY ext SYSTEM "http://example.org/entity.txt">]>
    <html><head><link rel="stylesheet" href="http://example.org/a.css"><script src="http://example.org/a.js"></script>
    <base href="http://example.org/"></head><body><main><p>Obsah &ext; stránky.</p>
    <img src="http://example.org/a.png" alt="obrázek"><iframe src="http://example.org/frame.html"></iframe>
    <object data="http://example.org/a.swf"></object><a href="http://example.org/next">Další stránka projektu</a></main></body></html>"""
    got = " ".join(texts(page))
    assert "Obsah" in got and "Další stránka projektu" in got and "obrázek" not in got


@pytest.mark.parametrize("depth", [5000, 20000])  # far past Python's recursion limit
def test_deep_nesting_does_not_crash(depth):
    page = "<html><body>" + "<div><span>" * depth + "<p>Hluboko vnořený text</p>" + "</span></div>" * depth + \
           "<p>Text za vnořením</p></body></html>"
    assert texts(page) == ["Hluboko vnořený text", "Text za vnořením"]


def test_deeply_nested_lists_keep_their_levels():
    depth = 3000
    page = "<main>" + "<ul><li>položka" * depth + "</li></ul>" * depth + "</main>"
    got = blocks(page)
    assert len(got) == depth and got[-1][2] == depth - 1


def test_empty_and_binary_files_are_named_errors():
    with pytest.raises(PipelineError) as e:
        read_document(b"<html><head><title>Jen titulek</title></head><body><script>x()</script></body></html>",
                      "a.html", "a")
    assert e.value.code == "empty"
    with pytest.raises(PipelineError):
        read_document(bytes(range(256)) * 40, "b.html", "b")


def test_same_bytes_same_blocks():
    data = MUNICIPAL_PL.encode("utf-8")
    assert blocks(data) == blocks(data)


def test_page_title_above_main_is_kept_and_hidden_wrappers_guarded():
    # a theme's title banner sits above <main>; the whole page is in a <form> (ASP.NET)
    # and starts hidden until a script shows it
    page = """<body><form id="aspnetForm" action="/"><div id="wrap" style="display:none">
    <nav><a href="/">Domov</a> <a href="/projekti">Projekti</a></nav>
    <div class="page-title"><h1>Projekt CROSSCARE</h1></div>
    <main><p>Projekt sofinancira Evropski sklad za regionalni razvoj v okviru programa Interreg Slovenija–Hrvaška.</p>
    <p>Vodilni partner je Univerzitetni klinični center Maribor.</p></main>
    <footer>Občina Maribor, Ulica heroja Staneta 1</footer></div></form></body>"""
    assert texts(page) == ["Projekt CROSSCARE",
                           "Projekt sofinancira Evropski sklad za regionalni razvoj v okviru programa Interreg Slovenija–Hrvaška.",
                           "Vodilni partner je Univerzitetni klinični center Maribor."]


@pytest.mark.parametrize("opening,closing", [
    ("<table><tr><td>", "</td></tr></table>"), ("<dl><dt>a</dt><dd>", "</dd></dl>"),
    ("<article><section><p>text</p>", "</section></article>"), ("<header><footer><p>t</p>", "</footer></header>"),
    ("<div><h1>T</h1>", "</div>"), ("<blockquote>q ", "</blockquote>"),
])
def test_deeply_nested_structures_cost_linear_time(opening, closing):
    import time

    page = ("<html><body>" + opening * 2000 + "<p>konec</p>" + closing * 2000 + "</body></html>").encode()
    t0 = time.perf_counter()
    assert texts(page)  # (the innermost page headers and footers are furniture)
    assert time.perf_counter() - t0 < 20  # quadratic walks took minutes here
