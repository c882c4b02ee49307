"""Our HTML reader against trafilatura (a main-content extractor), and the two combined.

Run by `make htmlcompare` (installs trafilatura, an optional `compare` extra, first). The
pages are the gold and seed texts, read by the text readers and written into four kinds of
page: a WordPress-like news post, a Drupal/TYPO3-like project page with sidebars and no
<main>, a municipal page (cookie banner, mega-menu, breadcrumbs, ticker, share bar, related
articles, pagination, newsletter box, footer) and an old table-layout page in
windows-1250 with no class names at all. A document with partners in its gold file also
gets a partner table. Scores per page: content recall (the text version's blocks found in
the output), boilerplate leakage (the template's furniture strings found in the output),
list items kept as list items, table rows kept as rows, and milliseconds per page.
Real saved pages can be added with --real DIR: NAME.html with NAME.json listing its
"content" and "boilerplate" strings."""
from __future__ import annotations

import argparse
import html as htmllib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.model import HEADING, LIST_ITEM, TABLE_ROW
from pipeline.readers import read_document
from pipeline.readers.html import read as read_html
from pipeline.textnorm import fold


def key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _found(needle: str, hay: str) -> bool:
    return bool(needle) and f" {needle} " in f" {hay} "


# --- rendering a text document into a page --------------------------------------------

def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


def render_content(doc, partners: list[tuple[str, str]]) -> tuple[str, str, list[tuple[str, str]]]:
    """(title, content HTML, content lines as (kind, text)) of a text document's blocks."""
    blocks = [(b.kind, doc.block_text(b), b) for b in doc.blocks]
    title = ""
    if blocks and blocks[0][0] == HEADING:
        title = blocks.pop(0)[1]
    out: list[str] = []
    open_lists: list[str] = []
    lines = [(HEADING, title)] if title else []
    for kind, text, b in blocks + [("end", "", None)]:
        if kind != LIST_ITEM:
            while open_lists:
                out.append(f"</li></{open_lists.pop()}>")
        if kind == "end":
            break
        lines.append((kind, text))
        if kind == HEADING:
            out.append(f"<h2>{esc(text)}</h2>")
        elif kind == LIST_ITEM:
            tag = "ol" if b.number and b.number.isdigit() else "ul"
            level = min(b.level, len(open_lists))
            while len(open_lists) > level + 1:
                out.append(f"</li></{open_lists.pop()}>")
            if len(open_lists) == level + 1:
                out.append("</li>")
            else:
                start = f' start="{b.number}"' if tag == "ol" else ""
                out.append(f"<{tag}{start}>")
                open_lists.append(tag)
            shown = text if tag == "ol" or not b.number else f"{b.number}) {text}"
            out.append(f"<li>{esc(shown)}")
        else:
            out.append(f"<p>{esc(text)}</p>")
    if len(partners) >= 2:
        out.append("<table class=\"partners\"><thead><tr><th>Partner</th><th>Country</th></tr></thead><tbody>")
        lines.append((TABLE_ROW, "Partner | Country"))
        for name, country in partners:
            out.append(f"<tr><td>{esc(name)}</td><td>{esc(country)}</td></tr>")
            lines.append((TABLE_ROW, f"{name} | {country}"))
        out.append("</tbody></table>")
    return title, "\n".join(out), lines


@dataclass
class Template:
    name: str
    html: str  # with {title}, {content}, {lang}
    boilerplate: list[str]
    encoding: str = "utf-8"


WORDPRESS = Template("wordpress-news", """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} – Regionální zpravodaj</title>
<link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css"><script>window._wpemojiSettings = {{"baseUrl":"https://s.w.org/"}};</script>
<style>.screen-reader-text{{clip:rect(1px,1px,1px,1px)}}</style></head>
<body class="post-template-default single single-post has-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header" role="banner"><div class="site-branding">
<p class="site-title"><a href="/">Regionální zpravodaj Valašsko</a></p><p class="site-description">Zprávy z obcí mikroregionu a ze světa</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Top Menu"><ul id="top-menu" class="menu">
<li class="menu-item"><a href="/">Domů</a></li><li class="menu-item"><a href="/aktuality/">Aktuality z obcí</a></li>
<li class="menu-item menu-item-has-children"><a href="/kultura/">Kultura a sport</a><ul class="sub-menu"><li><a href="/kultura/divadlo/">Divadelní sezóna</a></li><li><a href="/sport/">Sportovní výsledky</a></li></ul></li>
<li class="menu-item"><a href="/kontakt/">Kontaktujte redakci</a></li></ul></nav></header>
<div class="news-ticker"><span class="ticker-label">Breaking:</span> <a href="/1">Uzavírka silnice I/35 u Valašského Meziříčí</a> · <a href="/2">Nový jízdní řád regionálních autobusů</a></div>
<div class="site-content-contain"><div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-1234" class="post-1234 post type-post status-publish format-standard hentry category-aktuality">
<header class="entry-header"><div class="entry-meta"><span class="posted-on">Posted on <a href="/2019/03/"><time class="entry-date published" datetime="2019-03-12T08:00:00+00:00">12. 3. 2019</time></a></span></div>
<h1 class="entry-title">{title}</h1></header>
<div class="entry-content">
{content}
</div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook"><span>Facebook</span></a></li>
<li class="share-twitter"><a href="?share=twitter"><span>Twitter</span></a></li><li class="share-print"><a href="#print"><span>Print</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items"><p class="jp-relatedposts-post"><a href="/a">Nová cyklostezka propojí Rožnov s Vigantice</a></p>
<p class="jp-relatedposts-post"><a href="/b">Hasiči z Zubří dostali novou cisternu</a></p><p class="jp-relatedposts-post"><a href="/c">Valašský jarmark přilákal tisíce návštěvníků</a></p></div></div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Posted in <a href="/aktuality/">Aktuality z obcí</a></span></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><div class="nav-links"><div class="nav-previous"><a href="/p">Předchozí: Zasedání zastupitelstva v březnu</a></div><div class="nav-next"><a href="/n">Další: Pálení čarodějnic na Pustevnách</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment"></textarea></p><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary" aria-label="Blog Sidebar">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/r1">Den otevřených dveří na radnici v Kelči</a></li><li><a href="/r2">Oprava kostela sv. Jana Křtitele je hotová</a></li></ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">O nás</h2><div class="textwidget"><p>Regionální zpravodaj vychází od roku 1998 a přináší zprávy z obcí mikroregionu Rožnovsko.</p></div></section>
<section class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Newsletter</h2><form class="mc4wp-form"><p>Přihlaste se k odběru novinek a nic vám neunikne.</p><input type="email"><input type="submit" value="Odebírat"></form></section>
</aside></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div>
<p>© 2019 Regionální zpravodaj Valašsko, Masarykovo náměstí 1, 757 01 Valašské Meziříčí</p></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie. Pokračováním v prohlížení souhlasíte s jejich používáním.</span><span id="cn-notice-buttons"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Rozumím</a></span></div></div>
<script src="/wp-includes/js/wp-embed.min.js"></script></body></html>""", [
    "Skip to content", "Regionální zpravodaj Valašsko", "Zprávy z obcí mikroregionu a ze světa", "Aktuality z obcí",
    "Divadelní sezóna", "Sportovní výsledky", "Kontaktujte redakci", "Uzavírka silnice I/35 u Valašského Meziříčí",
    "Nový jízdní řád regionálních autobusů", "Share this", "Nová cyklostezka propojí Rožnov s Vigantice",
    "Hasiči z Zubří dostali novou cisternu", "Valašský jarmark přilákal tisíce návštěvníků",
    "Zasedání zastupitelstva v březnu", "Pálení čarodějnic na Pustevnách", "Leave a Reply",
    "Your email address will not be published", "Den otevřených dveří na radnici v Kelči",
    "Oprava kostela sv. Jana Křtitele je hotová", "Regionální zpravodaj vychází od roku 1998",
    "Přihlaste se k odběru novinek a nic vám neunikne", "Proudly powered by WordPress",
    "Masarykovo náměstí 1, 757 01 Valašské Meziříčí", "Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie",
])

DRUPAL = Template("drupal-project", """<!DOCTYPE html>
<html lang="{lang}" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{title} | Interreg Project Platform</title>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/"}});</script></head>
<body class="html not-front not-logged-in two-sidebars page-node page-node-812 node-type-project">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Přejít na hlavní obsah</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo"><img src="/logo.png" alt="Home" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/">Interreg Project Platform</a></strong></div><div id="site-slogan">Cooperation across borders since 1990</div></div>
<div class="region region-header"><div id="block-locale-language" class="block block-locale"><div class="content"><ul class="language-switcher-locale-url"><li class="en first"><a href="/en">English</a></li><li class="de"><a href="/de">Deutsch</a></li><li class="cs last"><a href="/cs">Čeština</a></li></ul></div></div>
<div id="block-search-form" class="block block-search"><div class="content"><form action="/" method="post" id="search-block-form"><div class="container-inline"><h2 class="element-invisible">Search form</h2><input type="text" name="search_block_form" /><input type="submit" value="Search" /></div></form></div></div></div></div></div>
<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a href="/programme">About the programme</a></li><li class="menu-219"><a href="/calls">Calls for proposals</a></li><li class="menu-220 active-trail"><a href="/projects">Approved projects</a></li><li class="menu-221 last"><a href="/library">Document library</a></li></ul></div></div>
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » <a href="/projects">Approved projects</a> » Project page</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">{title}</h1>
<div class="tabs"><h2 class="element-invisible">Primary tabs</h2><ul class="tabs primary"><li class="active"><a href="/node/812">View</a></li><li><a href="/node/812/revisions">Revisions</a></li></ul></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-812" class="node node-project node-full clearfix"><div class="content clearfix">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{content}
</div></div></div></div></div></div></div></div></div></div>
<div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-sidebar-first column sidebar"><div id="block-menu-block-1" class="block block-menu-block"><h2>Project menu</h2><div class="content"><div class="menu-block-wrapper"><ul class="menu"><li class="first leaf"><a href="/p/overview">Project overview</a></li><li class="leaf"><a href="/p/partners">Partner organisations</a></li><li class="leaf"><a href="/p/outputs">Outputs and deliverables</a></li><li class="last leaf"><a href="/p/events">Project events</a></li></ul></div></div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second column sidebar">
<div id="block-block-3" class="block block-block"><h2>Contact</h2><div class="content"><p>Joint Secretariat, Kirchberggasse 33-35/11, 1070 Vienna, Austria</p><p>Phone: +43 1 8908 088 - 2403</p></div></div>
<div id="block-views-news-block" class="block block-views"><h2>Latest news</h2><div class="content"><div class="view view-news"><div class="item-list"><ul><li class="views-row"><a href="/n/1">Fourth call for proposals closes on 15 June</a></li><li class="views-row"><a href="/n/2">Annual event in Bratislava: registration open</a></li></ul></div></div></div></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>The programme is co-financed by the European Regional Development Fund.</p></div></div>
<div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu"><li><a href="/legal">Legal notice</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/sitemap">Sitemap</a></li></ul></div></div></div></div></div>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info"><div id="popup-text"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p></div><div id="popup-buttons"><button type="button" class="agree-button">OK, I agree</button><button type="button" class="find-more-button">No, give me more info</button></div></div></div></div>
</body></html>""", [
    "Přejít na hlavní obsah", "Interreg Project Platform", "Cooperation across borders since 1990", "English", "Deutsch",
    "Search form", "About the programme", "Calls for proposals", "Approved projects", "Document library", "You are here",
    "Primary tabs", "Revisions", "Project menu", "Project overview", "Partner organisations", "Outputs and deliverables",
    "Joint Secretariat, Kirchberggasse 33-35/11, 1070 Vienna", "Phone: +43 1 8908 088", "Latest news",
    "Fourth call for proposals closes on 15 June", "Annual event in Bratislava: registration open",
    "The programme is co-financed by the European Regional Development Fund", "Legal notice", "Privacy policy", "Sitemap",
    "We use cookies on this site to enhance your user experience", "OK, I agree",
])

MUNICIPAL = Template("municipal", """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} - Město Nový Jičín</title>
<link rel="stylesheet" href="/css/bootstrap.min.css"><script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script></head>
<body>
<div class="cc-window cc-banner cc-type-opt-in" role="dialog" aria-label="cookieconsent" aria-describedby="cookieconsent:desc"><span id="cookieconsent:desc" class="cc-message">Tyto stránky využívají soubory cookies k poskytování služeb, personalizaci reklam a analýze návštěvnosti.</span><div class="cc-compliance"><a class="cc-btn cc-deny">Odmítnout</a><a class="cc-btn cc-allow">Povolit vše</a></div></div>
<ul class="skiplinks"><li><a href="#obsah">Přejít na obsah</a></li><li><a href="#menu">Přejít na menu</a></li></ul>
<div class="top-bar"><div class="container"><span>Úřední hodiny: pondělí a středa 8:00–17:00</span> <a href="/deska">Úřední deska</a> <a href="/kontakty">Kontakty na úřad</a> <a href="/en">English version</a></div></div>
<header class="header"><div class="container"><div class="logo"><a href="/"><img src="/logo.svg" alt="Město Nový Jičín"></a></div>
<div class="mega-menu" id="menu"><ul class="level-1"><li><a href="/radnice">Radnice</a><div class="dropdown"><div class="col"><h4>Samospráva</h4><ul><li><a href="/zm">Zastupitelstvo města</a></li><li><a href="/rm">Rada města</a></li><li><a href="/vyhlasky">Obecně závazné vyhlášky</a></li></ul></div>
<div class="col"><h4>Městský úřad</h4><ul><li><a href="/odbory">Odbory městského úřadu</a></li><li><a href="/situace">Životní situace</a></li><li><a href="/formulare">Formuláře ke stažení</a></li></ul></div></div></li>
<li><a href="/obcan">Občan</a><div class="dropdown"><div class="col"><h4>Služby</h4><ul><li><a href="/odpady">Odpadové hospodářství</a></li><li><a href="/doprava">Doprava a parkování</a></li></ul></div></div></li>
<li><a href="/turista">Turista</a></li><li><a href="/podnikatel">Podnikatel</a></li></ul></div>
<form class="search" role="search" action="/hledat"><input type="search" placeholder="Hledat na webu"><button type="submit">Hledat</button></form></div></header>
<div class="ticker" aria-live="polite"><strong>Aktuálně:</strong> Odstávka vody v ulici Husova 12. 5. • Svoz velkoobjemového odpadu 20. 5. • Odstávka vody v ulici Husova 12. 5. • Svoz velkoobjemového odpadu 20. 5.</div>
<div class="container"><ol class="breadcrumb"><li><a href="/">Úvod</a></li><li><a href="/radnice">Radnice</a></li><li><a href="/projekty">Projekty spolufinancované EU</a></li><li class="active">Detail projektu</li></ol>
<div class="row"><div class="col-md-9" role="main" id="obsah">
<h1>{title}</h1><p class="date">Publikováno: 14. 3. 2019 | Autor: Odbor rozvoje</p>
{content}
<div class="share"><span>Sdílet:</span> <a href="https://facebook.com/sharer">Facebook</a> <a href="https://x.com/share">X</a> <a href="mailto:">E-mail</a> <a href="javascript:print()">Tisk</a></div>
<div class="related-articles"><h2>Související články</h2><ul><li><a href="/z1">Město získalo dotaci na zateplení základní školy</a></li><li><a href="/z2">Rekonstrukce Masarykova náměstí začne v dubnu</a></li><li><a href="/z3">Výsledky ankety o parkování v centru</a></li></ul></div>
<ul class="pagination"><li><a href="?p=1">«</a></li><li class="active"><a href="?p=1">1</a></li><li><a href="?p=2">2</a></li><li><a href="?p=3">3</a></li><li><a href="?p=2">»</a></li></ul>
</div>
<div class="col-md-3"><div class="box box-newsletter"><h3>Odběr novinek</h3><p>Zadejte svůj e-mail a budeme vás informovat o novinkách z radnice.</p><form><input type="email"><button>Přihlásit</button></form></div>
<div class="box box-events"><h3>Kalendář akcí</h3><ul><li><a href="/a1">Farmářské trhy na Masarykově náměstí</a></li><li><a href="/a2">Koncert dechové hudby Novojičínka</a></li></ul></div></div>
</div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-4"><h4>Město Nový Jičín</h4><p>Masarykovo náměstí 1/1, 741 01 Nový Jičín</p><p>IČ: 00298212, ID datové schránky: 4mjbwcj</p></div>
<div class="col-md-4"><h4>Rychlé odkazy</h4><ul><li><a href="/deska">Úřední deska</a></li><li><a href="/info">Povinně zveřejňované informace</a></li><li><a href="/pristupnost">Prohlášení o přístupnosti</a></li></ul></div></div>
<p class="copyright">© 2024 Město Nový Jičín | Webdesign: Galileo</p></div></footer>
<script src="/js/app.js"></script></body></html>""", [
    "Tyto stránky využívají soubory cookies", "Povolit vše", "Přejít na obsah", "Přejít na menu",
    "Úřední hodiny: pondělí a středa", "Kontakty na úřad", "English version", "Zastupitelstvo města", "Rada města",
    "Obecně závazné vyhlášky", "Odbory městského úřadu", "Životní situace", "Formuláře ke stažení",
    "Odpadové hospodářství", "Doprava a parkování", "Hledat na webu", "Odstávka vody v ulici Husova",
    "Svoz velkoobjemového odpadu", "Projekty spolufinancované EU", "Sdílet", "Související články",
    "Město získalo dotaci na zateplení základní školy", "Rekonstrukce Masarykova náměstí začne v dubnu",
    "Výsledky ankety o parkování v centru", "Odběr novinek", "Zadejte svůj e-mail a budeme vás informovat",
    "Kalendář akcí", "Farmářské trhy na Masarykově náměstí", "Koncert dechové hudby Novojičínka",
    "Masarykovo náměstí 1/1, 741 01 Nový Jičín", "ID datové schránky", "Rychlé odkazy", "Povinně zveřejňované informace",
    "Prohlášení o přístupnosti", "Webdesign: Galileo",
])

LEGACY = Template("legacy-table-1250", """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<title>Obec Horní Lhota - {title}</title></head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="900" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3" bgcolor="#336699"><img src="img/znak.gif" alt="znak obce" width="60" height="70"><font size="5" color="#ffffff">Obec Horní Lhota – oficiální stránky obce</font></td></tr>
<tr><td width="180" valign="top" bgcolor="#eeeeee"><font size="2">
<a href="index.php">Úvodní stránka</a><br><a href="historie.php">Historie obce</a><br><a href="urad.php">Obecní úřad</a><br><a href="zastupitelstvo.php">Zastupitelstvo obce</a><br>
<a href="vyhlasky.php">Vyhlášky a nařízení</a><br><a href="projekty.php">Projekty EU</a><br><a href="foto.php">Fotogalerie</a><br><a href="kontakt.php">Kontakt na obecní úřad</a><br><br>
<b>Počítadlo návštěv:</b> 123456</font></td>
<td width="540" valign="top"><h1>{title}</h1>
{content}
</td>
<td width="180" valign="top"><b>Aktuality</b><br><p>Obecní úřad bude 24. 12. uzavřen.</p><p>Sběr nebezpečného odpadu proběhne v sobotu na návsi.</p><a href="aktuality.php">Archiv aktualit</a></td></tr>
<tr><td colspan="3" align="center"><hr><small>Obec Horní Lhota, Horní Lhota 1, 793 99 | tel. 554 123 456 | Webmaster: starosta obce</small></td></tr>
</table></body></html>""", [
    "Obec Horní Lhota – oficiální stránky obce", "Úvodní stránka", "Historie obce", "Zastupitelstvo obce",
    "Vyhlášky a nařízení", "Fotogalerie", "Kontakt na obecní úřad", "Počítadlo návštěv", "Obecní úřad bude 24. 12. uzavřen",
    "Sběr nebezpečného odpadu proběhne v sobotu na návsi", "Archiv aktualit", "Horní Lhota 1, 793 99",
    "Webmaster: starosta obce",
], encoding="cp1250")

# Written after the reader's rules were settled and not used to tune them (see README).
JOOMLA = Template("joomla-agency (held out)", """<!DOCTYPE html>
<html lang="{lang}" dir="ltr"><head><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta charset="utf-8" />
<base href="https://www.ra-sotla.si/projekti" /><title>{title}</title><link href="/templates/protostar/favicon.ico" rel="shortcut icon" />
<script src="/media/jui/js/jquery.min.js?v=3"></script><script>jQuery(function($){{ initTooltips(); }});</script></head>
<body class="site com_content view-article no-layout no-task itemid-118">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="Razvojna agencija Sotla">Razvojna agencija Sotla</span></a>
<div class="header-search pull-right"><div class="search"><form action="/projekti" method="post" class="form-inline"><label for="mod-search-searchword93" class="element-invisible">Iskanje ...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Iskanje ..." /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Preklopi navigacijo</span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/">Domov</a></li><li class="item-102"><a href="/o-agenciji">O agenciji</a></li>
<li class="item-118 current active deeper parent"><a href="/projekti">Projekti</a><ul class="nav-child unstyled small"><li class="item-119"><a href="/projekti/tekoci">Tekoči projekti</a></li><li class="item-120"><a href="/projekti/zakljuceni">Zaključeni projekti</a></li></ul></li>
<li class="item-121"><a href="/razpisi">Javni razpisi in pozivi</a></li></ul></div></nav>
<div class="moduletable"><div aria-label="Drobtinice" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Nahajate se: &#160;</li><li itemprop="itemListElement"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Domov</span></a></li><li class="active"><span itemprop="name">Projekti</span></li></ul></div></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="sl-SI" />
<div class="page-header"><h2 itemprop="headline">{title}</h2></div>
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu"><li class="print-icon"><a href="/projekti?tmpl=component&amp;print=1" rel="nofollow">Natisni</a></li><li class="email-icon"><a href="/component/mailto/" rel="nofollow">E-pošta</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Podrobnosti</dt><dd class="createdby" itemprop="author"><span itemprop="name">Napisal: Uredništvo RAS</span></dd>
<dd class="published"><time datetime="2019-03-12T08:00:00+00:00" itemprop="datePublished">Objavljeno: 12 marec 2019</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1432" />Zadetkov: 1432</dd></dl>
<div itemprop="articleBody">
{content}
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Delavnica o digitalnem marketingu" href="/p1" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Nazaj</span></a></li>
<li class="next"><a class="hasTooltip" title="Odprt javni razpis" href="/p2" rel="next"><span aria-hidden="true">Naprej</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div></main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Najbolj brano</h3><ul class="mostread mod-list"><li itemscope itemtype="https://schema.org/Article"><a href="/m1" itemprop="url"><span itemprop="name">Odprt javni razpis za mikro podjetja v Obsotelju</span></a></li><li><a href="/m2"><span itemprop="name">Delavnica o digitalnem marketingu za turistične ponudnike</span></a></li></ul></div>
<div class="well "><h3 class="page-header">Kontakt</h3><div class="custom"><p>Razvojna agencija Sotla, Ulica talcev 1, 3250 Rogaška Slatina</p><p>Tel.: 03 810 00 00, e-pošta: info@ra-sotla.si</p></div></div>
<div class="well "><h3 class="page-header">Prijava na e-novice</h3><div class="acymailing_module" id="acymailing_module_formAcymailing1"><p>Vpišite svoj e-naslov in prejemajte obvestila o novih razpisih.</p><form id="formAcymailing1"><input type="text" name="user[email]" /><input type="submit" value="Prijava" /></form></div></div>
</div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Na vrh</a></p><p>&copy; 2019 Razvojna agencija Sotla, vse pravice pridržane</p></div></footer>
<div class="eu-privacy-bar"><p>Spletna stran uporablja piškotke za izboljšanje uporabniške izkušnje.</p><a class="btn">V redu</a></div>
</body></html>""", [
    "Razvojna agencija Sotla", "Iskanje", "Preklopi navigacijo", "O agenciji", "Tekoči projekti", "Zaključeni projekti",
    "Javni razpisi in pozivi", "Nahajate se", "Natisni", "Podrobnosti", "Napisal: Uredništvo RAS", "Zadetkov: 1432",
    "Nazaj", "Naprej", "Najbolj brano", "Odprt javni razpis za mikro podjetja v Obsotelju",
    "Delavnica o digitalnem marketingu za turistične ponudnike", "Ulica talcev 1, 3250 Rogaška Slatina",
    "Tel.: 03 810 00 00", "Prijava na e-novice", "Vpišite svoj e-naslov in prejemajte obvestila", "Na vrh",
    "vse pravice pridržane", "Spletna stran uporablja piškotke", "V redu",
])

TEMPLATES = [WORDPRESS, DRUPAL, MUNICIPAL, LEGACY, JOOMLA]


def page(template: Template, title: str, content: str, lang: str) -> bytes:
    text = template.html.format(title=esc(title), content=content, lang=lang)
    return text.encode(template.encoding, errors="xmlcharrefreplace")


# --- extractors -----------------------------------------------------------------------

@dataclass
class Output:
    text: str  # key of everything kept
    items: list[str] = field(default_factory=list)  # keys of list items
    rows: set[str] = field(default_factory=set)  # keys of table rows


def ours(data: bytes) -> Output:
    builder = read_html(data).builder
    text = builder.text()
    blocks = [(b.kind, text[b.start:b.end]) for b in builder.blocks]
    return Output(key(text), [key(t) for k, t in blocks if k == LIST_ITEM], {key(t) for k, t in blocks if k == TABLE_ROW})


def trafilatura_xml(data: bytes, recall: bool = False) -> str | None:
    import trafilatura

    # with_metadata: trafilatura puts the page title in the metadata, not in the body
    return trafilatura.extract(data, output_format="xml", include_tables=True, include_comments=False,
                               include_links=False, include_formatting=False, favor_recall=recall, deduplicate=False,
                               with_metadata=True)


def parse_trafilatura(xml: str | None) -> Output:
    if not xml:
        return Output("")
    from lxml import etree

    root = etree.fromstring(xml.encode("utf-8"))
    text = key(" ".join([root.get("title") or ""] + list(root.itertext())))
    items = [key(" ".join(e.itertext())) for e in root.iter("item")]
    rows = {key(" ".join(" ".join(c.itertext()) for c in r.iter("cell"))) for r in root.iter("row")}
    return Output(text, items, rows)


def trafi(data: bytes) -> Output:
    return parse_trafilatura(trafilatura_xml(data))


def trafi_recall(data: bytes) -> Output:
    return parse_trafilatura(trafilatura_xml(data, recall=True))


def combined(data: bytes) -> Output:
    """Our blocks, kept only where trafilatura also kept their text (its content decision,
    our structure); all of ours when trafilatura keeps almost nothing."""
    builder = read_html(data).builder
    full = builder.text()
    mine = [(b.kind, key(full[b.start:b.end])) for b in builder.blocks]
    theirs = parse_trafilatura(trafilatura_xml(data)).text
    if len(theirs) < 0.2 * len(key(full)):
        kept = mine
    else:
        kept = [(k, t) for k, t in mine if _found(t, theirs)]
    return Output(" ".join(t for _, t in kept), [t for k, t in kept if k == LIST_ITEM],
                  {t for k, t in kept if k == TABLE_ROW})


EXTRACTORS = {"ours": ours, "trafilatura": trafi, "trafilatura-recall": trafi_recall, "ours∩trafilatura": combined}


# --- scoring --------------------------------------------------------------------------

@dataclass
class Score:
    content: int = 0
    content_kept: int = 0
    boiler: int = 0
    boiler_kept: int = 0
    items: int = 0
    items_kept: int = 0
    rows: int = 0
    rows_kept: int = 0
    seconds: float = 0.0
    pages: int = 0

    def add(self, out: Output, lines: list[tuple[str, str]], boilerplate: list[str], seconds: float) -> None:
        self.pages += 1
        self.seconds += seconds
        for kind, text in lines:
            k = key(text)
            if not k:
                continue
            self.content += 1
            self.content_kept += _found(k, out.text)
            if kind == LIST_ITEM:
                self.items += 1
                self.items_kept += any(_found(k, i) for i in out.items)
            elif kind == TABLE_ROW:
                self.rows += 1
                self.rows_kept += k in out.rows
        for b in boilerplate:
            self.boiler += 1
            self.boiler_kept += _found(key(b), out.text)

    def row(self, name: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a / b:6.3f}" if b else "     -"
        return (f"{name:22} {pct(self.content_kept, self.content)} {pct(self.boiler_kept, self.boiler)} "
                f"{pct(self.items_kept, self.items)} {pct(self.rows_kept, self.rows)} "
                f"{1000 * self.seconds / max(self.pages, 1):8.1f}")


HEADER = f"{'extractor':22} {'recall':>6} {'leak':>6} {'lists':>6} {'tables':>6} {'ms/page':>8}"


def gold_partners(gold: Path) -> list[tuple[str, str]]:
    if not gold.exists():
        return []
    data = json.loads(gold.read_text("utf-8"))
    return [(p["name"], p["country"]) for proj in data.get("projects", []) for p in proj.get("partners", [])
            if p.get("name") and p.get("country")]


def pages(sources: list[Path]):
    """(template name, page bytes, content lines, boilerplate strings) for every source."""
    for src in sources:
        doc = read_document(src.read_bytes(), src.name, src.stem)
        gold = src.with_name(src.name[:-len(src.suffix)] + ".gold.json")
        lang = json.loads(gold.read_text("utf-8")).get("language", "en") if gold.exists() else "cs"
        title, content, lines = render_content(doc, gold_partners(gold))
        for t in TEMPLATES:
            yield t.name, page(t, title, content, lang), lines, t.boilerplate


def real_pages(folder: Path):
    for p in sorted(folder.glob("*.html")):
        notes = json.loads(p.with_suffix(".json").read_text("utf-8"))
        lines = [("paragraph", c) for c in notes["content"]]
        lines += [(LIST_ITEM, c) for c in notes.get("lists", [])] + [(TABLE_ROW, c) for c in notes.get("tables", [])]
        yield "real pages", p.read_bytes(), lines, notes["boilerplate"]


def main(sources: list[Path], real: Path | None = None, extractors: list[str] | None = None) -> int:
    names = extractors or list(EXTRACTORS)
    scores: dict[tuple[str, str], Score] = {}
    items = list(pages(sources)) + (list(real_pages(real)) if real else [])
    for name in names:  # warm up imports before timing
        EXTRACTORS[name](items[0][1])
    for template, data, lines, boiler in items:
        for name in names:
            t0 = time.perf_counter()
            out = EXTRACTORS[name](data)
            dt = time.perf_counter() - t0
            groups = (template,) if template == "real pages" else (template, "all generated")
            for group in groups:
                scores.setdefault((group, name), Score()).add(out, lines, boiler, dt)
    groups = [t.name for t in TEMPLATES] + ["all generated"] + (["real pages"] if real else [])
    print(f"{len(sources)} source documents x {len(TEMPLATES)} templates" + (f", real pages from {real}" if real else ""))
    for g in groups:
        print(f"\n{g}\n{HEADER}")
        for name in names:
            print(scores[(g, name)].row(name))
    return 0


def cli() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("tests/gold"))
    ap.add_argument("--raw", type=Path, default=Path("raw"))
    ap.add_argument("--real", type=Path, default=None, help="folder of real saved pages with .json notes")
    ap.add_argument("--limit", type=int, default=0, help="read only every n-th gold document")
    args = ap.parse_args()
    gold = sorted(args.gold.glob("*.txt"))
    if args.limit:
        gold = gold[::args.limit]
    return main(sorted(args.raw.glob("*.txt")) + gold, args.real)


if __name__ == "__main__":
    raise SystemExit(cli())
