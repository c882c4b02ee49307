"""Tests on candidate partner names: organisation-type words, proper names, people, name spans."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer, nlp
from pipeline.extractors import names, partner_lists
from pipeline.extractors.context import Context
from pipeline.lexicons import org_words
from pipeline.extractors.enumeration import MARKER
from pipeline.textnorm import LOWER, UPPER, fold
from pipeline.extractors.partner_record import ELISION, LEGAL_FORM_WORD, Partner
from pipeline.extractors.partner_countries import country_name, ends_with_country
from pipeline.extractors.partner_locate import legal_form_countries, legal_form_end
from pipeline.extractors.programme_names import programme_mentions
from pipeline.regex_cache import compiled


# a logo's text before a name, as captures keep an image's alt text: "Logo PNR 300dpiParc naturel …"
_LOGO = re.compile(r"(?:[Ll]ogo\w{0,3}|LOGO|[Λλ]ογότυπο)\s+")
_GLUE = re.compile(rf"(?<=[{LOWER}\d])(?=[{UPPER}][{LOWER}])")  # "300dpiParc": two texts met without a space


def logo_text(text: str) -> int:
    """Length of a logo's text that opens text: to where it is glued to the name ("Logo PNR
    Marais poitevin 300dpiParc naturel régional …"), else the word "Logo" alone."""
    m = _LOGO.match(text)
    if not m:
        return 0
    glued = [g.start() for g in _GLUE.finditer(text[:100])]
    return glued[-1] if glued else m.end()


def _company_noun(text: str, ctx: Context) -> int:
    """Length of a company's common noun in lower case before a capitalised name ("firma Amphi
    Consult", "podjetje Hidrotehnik d.o.o.", "the company X Ltd"), perhaps after an article."""
    nouns = {w.lower() for w in ctx.lex.cues.get("company_before", [])}
    m = re.match(rf"(?:(\S+)\s+)?([{LOWER}][\w-]*)\s+(?=[{UPPER}])", text)
    if not m or m.group(2) not in nouns or m.group(1) and m.group(1).lower() not in nlp.stop_words(ctx.lang):
        return 0
    return m.end()


def leading_noise(text: str, ctx: Context) -> int:
    """Length of an item marker ("PP2:"), a logo's text or an article ("the", "la", "l’") before the name."""
    m = MARKER.match(text)
    skip = m.end() if m else 0
    skip += logo_text(text[skip:])
    words = text[skip:].split(" ", 1)
    stop = nlp.stop_words(ctx.lang)
    # a capitalised article opens a list or sentence ("The Saxon State Ministry …")
    if len(words) == 2 and (pair := partner_lists.preposition_article(words[1], words[0], stop, _elided(ctx))):
        skip += len(words[0]) + 1 + pair  # "de la Ville de X", "de l’Association X": the list repeats "de"
    elif len(words) == 2 and (words[0].islower() or len(words[0]) <= 3) and words[0].lower() in stop\
            and (words[1][:1].isupper() or typed_len(words[1], ctx) or type_word_first(words[1])):
        skip += len(words[0]) + 1
    else:
        # an article and a describing word or two before a name with its country:
        # "the multilingual SZLI Budapest (Hungary)", "die private Schule X (Italien)"
        # describing words, not prepositions: "Città di Subotica (Serbia)" is a type word,
        # "di" and a place, a name whatever its brackets hold
        m = re.match(rf"(\S+)\s+((?:[{LOWER}]+\s+){{1,2}})(?=[{UPPER}])", text[skip:])
        if m and m.group(1).lower() in stop and m.group(1)[1:].islower()\
                and not any(w in stop for w in m.group(2).split())\
                and ends_with_country(re.split(r"[,;]\s", text)[0], ctx):
            skip += m.end()
    skip += _company_noun(text[skip:], ctx)
    m = ELISION.match(text[skip:])
    if not m:  # "l’istituto agronomico … di Bari" drops its article before a lower-case type word; "l’anno" keeps it
        m = re.match(rf"[a-z]{{1,5}}['’](?=[{LOWER}])", text[skip:])
        m = m if m and type_word_first(text[skip + m.end():]) else None
    return skip + (m.end() if m and m.group(0).lower() in _elided(ctx) else 0)


def type_word_first(text: str) -> bool:
    """Text opens with an organisation-type word in lower case and names a place or name
    further on in capitals ("museo della Marineria di X", "istituto agronomico di Bari")."""
    head = text.split(" ", 1)
    return text[:1].islower() and has_org_word(head[0]) and len(head) == 2 and bool(re.search(rf"(?:^|\s)[{UPPER}]", head[1]))


def _elided(ctx: Context) -> set[str]:
    """Elided articles and prepositions ("l’", "dall'"), from the stop words, in both apostrophes."""
    stop = {w for w in nlp.stop_words(ctx.lang) if w[-1:] in "'’"}
    # and the cue file's elided articles, where spaCy's list has none (Catalan "l'")
    stop |= {w.lower() for w in ctx.lex.cues.get("articles", []) if w[-1:] in "'’"}
    return stop | {w[:-1] + ("’" if w[-1] == "'" else "'") for w in stop}


def funding_body(name: str, ctx: Context) -> bool:
    """A funder, fund or programme named where a beneficiary could be ("Unterstützung durch
    die Europäische Union", "the European Regional Development Fund")."""
    return bool(nlp.cues(name, ctx.lang, {"funder", "programme", "budget_eu"}) or nlp.cues(name, "en", {"funder", "budget_eu"}))\
        or any(compiled(rf"(?<!\w){re.escape(f)}(?!\w)").search(name.lower()) for f in names.name_cues(ctx.lang).get("not_programme", []))\
        or _programme_brand(name, ctx.lang)


def _programme_brand(name: str, lang: str) -> bool:
    """The name is a programme's brand and nothing more ("INTERREG EUROPE", "Erasmus+"): a
    programme, never a partner, however a sentence sets it beside a role."""
    return any(a == 0 and b == len(name.strip()) for a, b in programme_mentions(name.strip(), lang))


def proper(name: str) -> bool:
    """Two capitalised words or an acronym: a name rather than a capitalised noun."""
    words = name.split()
    return sum(w[:1].isupper() for w in words) >= 2 or any(
        sum(c.isupper() for c in w) >= 2 and not (w.isupper() and len(w) > 8) for w in words)  # not "VERANSTALTUNGEN"


def typed_len(text: str, ctx: Context) -> int:
    """Length of an organisation-type word in lower case that opens text and is followed by
    a capitalised name ("obec Hażlach", "miastem Snina", "el instituto Juan Gris", "la
    Universidad de X"); 0 when there is none. The name keeps the word."""
    low = text.lower()
    for t in sorted(ctx.lex.cues["org_types"], key=len, reverse=True):
        if low.startswith(t + " ") and text[:1].islower() and text[len(t) + 1:][:1].isupper():
            return len(t)
    plural = partner_lists.plural_type(text, ctx.lang)  # "općine Goričan, …": a plural type opens a list
    return plural[0] if plural and text[:1].islower() else 0


def typed_after(rest: str, ctx: Context) -> int | None:
    """Offset of a name opened by a type word right after a lead cue, maybe after the word
    for the project ("vedoucí partner projektu obec Hażlach", "lider projektu miasto X")."""
    m = re.match(r"\s+(?:(\S+)\s+)?", rest)
    if not m:
        return None
    project = {w for k in ("project_before", "project_after") for c in ctx.lex.cues[k] for w in c.split()}
    if m.group(1) and m.group(1).lower() not in project:
        m = re.match(r"\s+", rest)
    return m.end() if typed_len(rest[m.end():], ctx) else None


def typed_parts(text: str, a: int, b: int, ctx: Context) -> list[tuple[int, int]]:
    """An item split where a type word in lower case follows a capitalised word: "miasto
    Nowy Targ miasto Kežmarok" names two towns (only in an item that opens with one)."""
    if not typed_len(text[a:b].lstrip(), ctx):
        return [(a, b)]  # "Spojená škola Martin" is one name
    cuts = [a + m.start(1) for m in re.finditer(rf"[{UPPER}][^\s,;]*\s+([{LOWER}]\S*\s)", text[a:b])
            if typed_len(text[a + m.start(1):b], ctx)]
    bounds = [a] + cuts + [b]
    return [(x, y) for x, y in zip(bounds, bounds[1:])]


def organisation(p: Partner, ctx: Context) -> bool:
    """A name that is surely an organisation: an organisation-type word, an acronym or a
    type word that opens it ("unter der Leitung von Maria Huber" names a person)."""
    return has_org_word(p.name) or bool(p.acronym) or bool(typed_len(p.name, ctx))\
        or any(sum(c.isupper() for c in w) >= 2 for w in p.name.split())


def name_span(text: str, ctx: Context) -> tuple[int, int]:
    """The organisation name that opens text: leading articles skipped; it ends at a
    clause break or at a lower-case word that does not join two capitalised words
    ("Comune di Sesana", "University of Technology and Economics")."""
    stop = nlp.stop_words(ctx.lang)
    words = list(re.finditer(r"\S+", text))
    i = 0
    while i < len(words) and words[i].group(0).lower() in stop and words[i].group(0)[:1].islower():
        i += 1
    # a type word after an article at most ("el instituto X"), not after "junto con el"
    typed = typed_len(text[words[i].start():], ctx) if i < len(words) and i <= 1 else 0
    if i >= len(words) or not words[i].group(0).lstrip("„“\"'(")[:1].isupper() and not typed:
        return 0, 0
    start, end = words[i].start(), words[i].end()
    if typed:  # "obec Krasňany", "miasto Mula": the type word opens the name
        i = next(n for n, w in enumerate(words) if w.start() > start + typed)
    # a capitalised type word alone, then a preposition: the lower-case words of its domain are
    # the name ("Centar za razvoj turizma", "Centrum pro rozvoj cestovního ruchu", "Агенција за
    # развој на туризмот"), up to a conjunction, a clause break or eight words
    joins = {c.lower() for c in ctx.lex.cues["conjunctions"]}
    domain = False
    series_end = 0
    for k in range(i, len(words)):
        word = words[k].group(0)
        if words[k].end() <= series_end:
            end = words[k].end()
            continue  # a body's list of portfolios: "Ministry of Agriculture, Rural Development and Energy"
        if word.endswith(",") and (series_end := portfolio_series(text, start, words[k].end(), joins, ctx)):
            end = words[k].end()
            continue
        core = word.strip(",.;:()„“\"'")
        nxt = words[k + 1].group(0) if k + 1 < len(words) else ""
        if k > i and word.startswith("(") and core[:1].islower():
            break
        if k > i and word in ("-", "–", "—") and len(re.split(r"[,.;:()]", text[words[k].end():])[0].split()) > 4:
            break  # "X - Ziel des Projekts ist …": a description after a dash, not a country or a place
        ahead = next((w.group(0) for w in words[k + 1:] if w.group(0).lower() not in stop
                      or len(w.group(0)) > 6), "")
        domain_word = nxt.strip(",.;:")
        if not typed and _domain_preposition(words, i, k, core, domain_word, stop, joins):
            domain = True  # (not before an article: "Institut de l’élevage" is read otherwise)
        if domain and (core.lower() in joins or k - i >= 8):
            break
        if k > i and core[:1].islower() and core.lower() in stop and _country_then_clause(words, k, joins, ctx):
            break  # "University of Algarve v Portugalsku a UTB je …": the country is the name's seat
        if core[:1].islower() and core.lower() in stop and not (len(core) <= 6 and ahead[:1].isupper()) and not domain:
            break
        if typed and core[:1].islower() and core.lower() not in stop:
            break  # after "miasto Żywiec" only capitalised words and joiners: "… wraz z partnerami"
        if not domain and k - i >= 2 and _verb_after_capitals(words, i, k, stop):
            break  # "MTÜ Euregio Pskov toetab …", "Riverside High School hosted …": the clause's verb
        end = words[k].end()
        if word.endswith(".") and _sentence_after(words, k) and (LEGAL_FORM_WORD.search(word) or legal_form_countries(word)):
            break  # "… Passau Water Ltd. The project runs …": the form's full stop ends the sentence too
        if word.endswith((";", ")", ",", ":")) and not LEGAL_FORM_WORD.match(nxt.strip(",.")) or\
                word.endswith(".") and not re.fullmatch(r"(?:\w\.)+|\w{1,4}\.", word):
            break
    # a legal form the words broke off inside ("Niebieskie Wzgórze Sp. z o.o.": "z" is lower-case)
    last = max(start, text.rfind(" ", start, end) + 1)
    end = max(end, legal_form_end(text, last) or end)
    return start, start + len(text[start:end].rstrip(",.;"))


def _domain_preposition(words: list, i: int, k: int, core: str, domain_word: str, stop: set, joins: set) -> bool:
    """Word k is a preposition after a type word, right after it or after the type word and one
    capitalised word or code, and a lower-case word that is no stop word follows: the preposition
    opens the body's domain ("Centar za razvoj", "Zavod RS za varstvo narave", "Покрајински завод
    за заштиту природе"), so its lower-case words belong to the name."""
    if not (core[:1].islower() and core.lower() in stop and core.lower() not in joins):
        return False
    if not (re.fullmatch(r"[^\W\d_]+", domain_word) and domain_word.islower() and domain_word not in stop):
        return False
    if k == i + 1:
        return has_org_word(words[i].group(0))
    # two capitalised words before it, one of them a type word ("Zavod RS", "Покрајински завод");
    # the second not closed by punctuation
    return k == i + 2 and not re.search(r"[,.;:()]$", words[i + 1].group(0)) \
        and (has_org_word(words[i].group(0)) or has_org_word(words[i + 1].group(0)))


def portfolio_series(text: str, start: int, comma: int, joins: set, ctx: Context) -> int:
    """The end of a body's list of portfolios that a comma opens, or 0. The name before the
    comma is a type word, a preposition (or an elided article) and its domain, three words at
    most, no place ("Ministrstvo za morje", "Conselleria d'Agricultura", "Ministry of
    Agriculture"); after it come short parts (three words at most) with no type word and no place, the last joined
    by a conjunction ("…, Medi Ambient, Canvi Climàtic i Desenvolupament Rural"). Partners
    listed after a lead are organisations or places, so they are not read as such a list. The
    end returned is that of the word after the conjunction; the name goes on from there."""
    head = text[start:comma - 1].split()
    if not 2 <= len(head) <= 3 or not has_org_word(head[0]) or gazetteer.find(head[-1].split("'")[-1].split("’")[-1], ctx.lex):
        return 0
    if len(head) == 2 and not ELISION.search(head[1]) or len(head) == 3 and head[1].lower() not in nlp.stop_words(ctx.lang):
        return 0  # "Ministry of X", "d'X": a domain after the type word, not a name of its own
    pos = comma
    for _ in range(6):
        m = re.match(r"\s*([^,.;:()]+?)(,|(?=[.;:()])|$)", text[pos:])
        if not m:
            return 0
        part = m.group(1).split()
        if not 1 <= len(part) <= 7 or has_org_word(m.group(1)) or country_name(m.group(1), ctx):
            return 0
        conj = [n for n, w in enumerate(part) if w.lower() in joins]
        if conj:
            n = conj[0]
            if not 1 <= n <= 3 or n + 1 >= len(part):
                return 0
            if any(gazetteer.find(w, ctx.lex) for w in part[:n] + part[n + 1:n + 2] if w[:1].isupper()):
                return 0
            words = list(re.finditer(r"\S+", text[pos:]))
            return pos + words[n + 1].end()
        if len(part) > 3 or m.group(2) != "," or any(gazetteer.find(w, ctx.lex) for w in part if w[:1].isupper()):
            return 0
        pos += m.end()
    return 0


def _country_then_clause(words: list, k: int, joins: set, ctx: Context) -> bool:
    """Word k is a place preposition followed by a country's name of one or two words, then a
    conjunction and (maybe after an article) a capitalised word that is no place: the country
    closes the name and the conjunction opens the next subject ("X in Portugal and UTB …",
    "X v Portugalsku a UTB …", "X in Portugal und die Universität Y …"); not "of Portugal and Madeira"."""
    if words[k].group(0).lower() not in ctx.lex.cues["place_prepositions"]:
        return False
    articles = {a.lower() for a in ctx.lex.cues.get("articles", [])}
    for n in (1, 2):
        rest = [w.group(0) for w in words[k + 1:k + 5 + n]]
        if len(rest) < n + 2:
            return False
        country, conj, after = " ".join(rest[:n]), rest[n], rest[n + 1:]
        if after and after[0].lower() in articles:
            after = after[1:]
        if re.search(r"[,.;:()]$", country) or conj.lower() not in joins or not after \
                or not after[0].lstrip("„“\"'(")[:1].isupper() or _lone_place(after, ctx):
            continue
        if country_name(country, ctx):
            return True
    return False


def _lone_place(words: list[str], ctx: Context) -> bool:
    """The first word is a place with no capitalised word after it ("… and Madeira, with …"),
    not an organisation named by its town ("Tallinn University")."""
    more = len(words) > 1 and words[1][:1].isupper() and not re.search(r"[,.;:()]$", words[0])
    return not more and bool(gazetteer.find(words[0].strip(",.;:()"), ctx.lex))


def _verb_after_capitals(words: list, i: int, k: int, stop: set) -> bool:
    """Word k is lower-case and no stop word, every word from i before it is capitalised, and the
    run of such lower-case words from k holds no organisation-type word: the name is whole and k
    opens its clause's predicate ("Hogeschool Utrecht coördineert"), not a name's lower-case part
    ("Rīgas Tehniskā universitāte", "Vilniaus Gedimino technikos universitetas")."""
    def low(w: str) -> bool:
        core = w.strip(",.;:()„“\"'")
        return core[:1].islower() and core.lower() not in stop
    # a verb is a word of small letters only (not "gGmbH", "dell’Alta"), no English function word
    # (names in English stand on every page: "Young Europeans for Sustainability")
    verb = words[k].group(0).strip(",.;:()„“\"'")
    if not re.fullmatch(r"[^\W\d_]+", verb) or not verb.islower() or verb in nlp.stop_words("en"):
        return False
    # a verb has three letters or more: a short word is rather another language's preposition ("w", "u")
    if not low(words[k].group(0)) or len(re.sub(r"\W", "", words[k].group(0))) < 3\
            or not all(w.group(0).lstrip("„“\"'(")[:1].isupper() or _legal_form(w.group(0)) for w in words[i:k]):
        return False
    run = []
    for w in words[k:]:
        if not low(w.group(0)):
            break
        run.append(w.group(0).strip(",.;:()„“\"'"))
        if re.search(r"[,.;:()]$", w.group(0)):
            return False  # the lower-case words close the clause: the name's own ("Društvo Gorjanske košenice.")
    if k + len(run) >= len(words):
        return False
    return not any(has_org_word(w) for w in run)


def _legal_form(word: str) -> bool:
    """A legal form written in small letters that closes a capitalised name ("e.V.", "s.r.o.",
    "gGmbH"): it belongs to the name's capitalised run, so the lower-case verb after it still
    ends the name ("Aktion Zivilcourage e.V. beteiligen sich …")."""
    core = word.strip(",;:()„“\"'")
    return "." in core and bool(LEGAL_FORM_WORD.search(core)) or bool(legal_form_countries(core))


def _sentence_after(words: list, k: int) -> bool:
    """Word k is followed by a capitalised word and then a lower-case one: a new sentence."""
    return k + 2 < len(words) and words[k + 1].group(0)[:1].isupper() and words[k + 2].group(0)[:1].islower()


def person(p: Partner, ctx: Context) -> bool:
    """A person named where a partner could be: a title before two or three capitalised
    words ("Prof. Dr. Szabó Gábor") or a lower-case one after them, or such a name with a
    title after a comma ("koordinator Marko Grobler, prof.", "Marc Dupont, Professeur des …")."""
    honorifics = {h.lower().rstrip(".") for h in ctx.lex.cues["honorifics"]} | {"dr", "prof"}
    words = p.name.split()
    k = 0
    while k < len(words) and words[k].lower().rstrip(".") in honorifics:
        k += 1
    # a lower-case title after the name is a title too ("Bergljótu Halldórsdóttur kennara")
    titled = bool(k)
    while len(words) > k + 2 and words[-1][:1].islower() and words[-1].lower().rstrip(".") in honorifics:
        words, titled = words[:-1], True
    rest = words[k:]
    name_like = 2 <= len(rest) <= 3 and all(re.fullmatch(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?", w) for w in rest)
    if not name_like or p.acronym or p.country or has_org_word(p.name):
        return False
    if titled:
        return True
    after = re.match(r",\s*(\w+)\.?", ctx.doc.text[p.end:p.end + 20])
    return bool(after and after.group(1).lower() in honorifics)


@lru_cache(maxsize=4096)
def has_org_word(name: str) -> bool:
    """The name holds an organisation-type word of any language ("Uniwersytet Jagielloński",
    "Obec Hať", "Technická univerzita", "Europastadt Görlitz"): a whole word, a longer word's
    stem with an ending of up to two letters ("Uniwersytetem", "Univerzita"), or a compound's
    end; so an organisation, however few its words, and no person."""
    return any(_org_word(w) for w in re.findall(r"\w+", fold(name)))


@lru_cache(maxsize=65536)
def _org_word(w: str) -> bool:
    """One folded word is an organisation-type word, its stem with an ending, or a compound's
    end (has_org_word). Asked word by word, since a page's words recur in many names."""
    words, long = org_words(), _long_org_words()
    # a stem of five letters or more with up to two letters after it, or a compound's end
    # after at least three letters: looked up as the word's own heads and tails
    return w in words or any(w[:len(w) - k] in long for k in (1, 2)) \
        or any(w[i:] in long for i in range(3, len(w) - 4))


@lru_cache(maxsize=1)
def _long_org_words() -> frozenset[str]:
    return frozenset(o for o in org_words() if len(o) >= 5)


def own_organisation(text: str) -> bool:
    """One side of "A and B" that is an organisation of its own: two capitalised words and a
    type word, a legal form closing it, or an acronym ("Tartu Science Park", "Prizztech Ltd")."""
    words = text.split()
    return sum(w[:1].isupper() for w in words) >= 2 and (
        has_org_word(text) or bool(LEGAL_FORM_WORD.search(words[-1].rstrip(",")))
        or any(sum(c.isupper() for c in part) >= 2 for w in words for part in w.split("-")))


def people(found: list[Partner], ctx: Context) -> bool:
    """Every item is two title-case words with no acronym or country, or most open with
    a title ("Ing.", "Dr.", "prof."): the people who took part ("Jana Horká a Petr Malý"),
    not organisations ("Obec Lipany, Mesto Prešov a Prešovský samosprávny kraj")."""
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    two = [p for p in found if re.fullmatch(rf"{word} {word}", p.name) and not p.acronym and not p.country
           and not has_org_word(p.name)]
    titled = [p for p in found if re.match(rf"(?:[A-Za-z]{{2,5}}\.\s?)+[{UPPER}]", p.name)]
    honorifics = {h.lower().rstrip(".") for h in ctx.lex.cues["honorifics"]}
    from pipeline.extractors.partner_not_partner import body_of_person  # it reads this module
    # "pani Irina …"; a titled person of a named body is that body ("Forskningschef X Y fra Z")
    addressed = any(any(w.lower().rstrip(".") in honorifics for w in p.name.split()) and not body_of_person(p, ctx)
                    for p in found)
    return addressed or len(found) >= 2 and (len(two) == len(found) or len(titled) > len(found) / 2)
