"""Partners chosen from evidence rather than from one phrasing: every span of a sentence that
reads as an organisation is a candidate, and what the sentence says around it is weighed.

A candidate is a run of name words (capitalised words, with short lower-case joiners such as
"de", "di", "für", "of" between them) that holds an organisation-type word of any language
("Universität", "Gmina", "Comune", "Agency"), or ends with a legal form ("GmbH", "s.r.o.",
"Kft."), or a lower-case type word of the page's language followed by such a run ("lycée Marc
Bloch", "obec Hať"). The rule does not depend on the verb or phrase that introduces it.

Evidence for a candidate, all from its own sentence:
- a cue of partnership, cooperation, membership, leading, taking part or receiving a grant
  (any of the language's cues for them, wherever they stand in the sentence);
- the project: a project or cluster word, or the project's name;
- a list: another candidate next to it, joined by a comma, semicolon or conjunction;
- a country beside it ("(DE)", "z Bułgarii", "(Slovinsko)").
Counter-evidence: a funder, fund or programme named by it, a programme body (managing
authority, joint secretariat, monitoring committee: the [programme_bodies] cues), an example
("such as X"), a contact block (an e-mail address or a telephone number in the sentence), and
the project's own name inside it.

A candidate is admitted only with a partner cue and one more piece of evidence; it never
replaces what the phrase rules found (partners.extract adds only candidates that do not
overlap them).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline import nlp
from pipeline.extractors import names
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name
from pipeline.extractors.partner_items import parse_item
from pipeline.extractors.partner_names import funding_body, has_org_word, person
from pipeline.extractors.partner_sentence_role import name_goes_on, opens_sentence
from pipeline.extractors.partner_span_shapes import compound_name
from pipeline.extractors.partner_record import ELISION, LEAD, LEAD_KEYS, PARTNER, Partner
from pipeline.model import LIST_ITEM, PARAGRAPH
from pipeline.textnorm import fold

# cues that say an organisation in the sentence takes part in the work
PARTNER_KEYS = {"partners", "lead_partner", "coordinator", "partner_predicate", "partnership_with", "together_with",
                "participation", "cooperation_nouns", "founding", "consortium", "own_partners", "partner_one",
                "lead_verbs", "grant_received", "partnership_in", "joint_words", "lead_under", "cooperation_verbs"}
# cues that speak of a name before them: a verb or a role ("X erhielt", "X, náš partner"); "together
# with", "in cooperation with" point to the names after them
AFTER_KEYS = {"partners", "lead_partner", "coordinator", "partner_predicate", "participation", "lead_verbs",
              "grant_received", "actor_verbs", "implemented", "partnership_in", "cooperation_verbs"}
PROJECT_KEYS = {"project_before", "project_after", "cluster_names"}
# cues that a whole list of organisations in the sentence shares (partner_coordination), wherever
# they stand: not "together with", "jointly" or "cooperation", which a sentence about a visit or an
# event uses as well ("we visited A, B and C together with our partners")
LIST_ACTS = {"actor_verbs", "implemented", "lead_verbs", "grant_received"}
LIST_KEYS = {"partners", "lead_partner", "coordinator", "partner_predicate", "participation", "consortium",
             "own_partners", "partner_one", "partnership_in", "founding"}
# a legal form closing a name
LEGAL_FORM = re.compile(
    r"(?:gmbh|ggmbh|mbh|e\.\s?v|ag|kg|ug|s\.r\.o|spol\.\s?s\s?r\.\s?o|a\.s|z\.\s?s|o\.p\.s|z\.\s?ú|kft|zrt|nonprofit|bt|"
    r"d\.o\.o|d\.d|s\.a|s\.l|s\.p\.a|spa|s\.r\.l|srl|s\.a\.s|sas|sarl|ltd|limited|plc|llp|inc|b\.v|n\.v|bv|nv|"
    r"oy|ab|aps|a/s|oü|uab|sia|sp\.\s?z\s?o\.o|s\.c|scrl|asbl|vzw|vzw)\.?$", re.I)
_NUMBER_SIGN = re.compile(r"(?:nr|no|n°|br|č)\.?(?:\s?\d{1,4})?", re.I)  # "nr. 1", "Nr 159", "No. 3"
ACRONYM_AFTER = re.compile(r"\s?\((?=[^()]*[A-Z]{2})[A-Z][\w&+.-]{1,11}\)")  # "(KIT)", "(DINPI)", "(UniBas)"
_QUOTED = re.compile(r"[„“\"«][^„“”\"«».;:]{1,200}[”“\"»]")
SPEECH_CLOSE = re.compile(r"[”“»\"]\s*,")  # a closing quotation mark and a comma: the speaker follows
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_PHONE = re.compile(r"(?:\+\d{2,3}\s?)?\(?\d{2,4}\)?[\s/-]\d{2,4}[\s-]\d{2,4}")
_STRIP = "„“”\"'«»‚‘’()[]{}"


def _core(token: str) -> str:
    return token.strip(_STRIP + ",;:.!?")


def _capitalised(token: str) -> bool:
    core = token.lstrip(_STRIP)
    e = ELISION.match(core)  # "d'Abruzzo", "l’Université"
    core = core[e.end():] if e else core
    return core[:1].isupper()


@lru_cache(maxsize=None)
def _joiners(lang: str) -> frozenset[str]:
    """Short lower-case words that may stand inside an organisation's name between two name
    words ("Politecnico di Milano", "Institut für Technologie", "University of Lapland"): the
    language's name connectors, less its conjunctions (which join two names rather than stand
    inside one), and less its articles where every noun is capitalised (German "der", "die":
    "Bürgermeister der Gemeinde X" is a person's office before the name)."""
    from pipeline.lexicons import load
    lex = load(lang)
    words = set(names.name_cues(lang).get("name_connectors", [])) | {"of", "for"}
    words -= set(lex.cues["conjunctions"]) | set(load("en").cues["conjunctions"])
    if lex.nouns_capitalised:
        words -= set(lex.cues["articles"])
    return frozenset(w for w in words if " " not in w) | _foreign_joiners(lang)


@lru_cache(maxsize=None)
def _foreign_joiners(lang: str) -> frozenset[str]:
    """Other languages' name connectors that are no word of this language ("Université de
    Haute-Alsace", "Politecnico di Torino" in a German sentence): foreign names keep their own
    joiners. Words of one letter are left out (a conjunction in too many languages: "e", "i", "y"),
    and so are this language's stop words, conjunctions and articles."""
    from pipeline.lexicons import languages, load
    lex = load(lang)
    own = nlp.stop_words(lang) | set(lex.cues["conjunctions"]) | set(lex.cues.get("articles", []))
    words = {w for other in languages() for c in names.name_cues(other).get("name_connectors", []) for w in c.split()}
    return frozenset(w for w in words if len(w) > 1 and re.fullmatch(r"[a-zà-ÿ']+", w) and w not in own)


# a Maltese preposition joined to its article ("fil-Provinċja", "mill-Italja", "mal-Comune"): a
# new phrase, where a name may open but never goes on ("tal-", "ta’" join a name's words)
_JOINED_PLACE = re.compile(r"(?i:fil|fl|fi[tdrsxżċ]|mill|mil|mi[tdrsxżċ]|minn|bil|bi[tdrsxżċ]|sal|sa[tdrsx]|mal|ma[tdrsxżċ]"
                           r"|lil|lill|li[tdrsxżċ]|għal|għall|għa[tdnrsxżċ])-")


def _ends_run(token: str) -> bool:
    """A token after which the name cannot go on: it closes a clause or a bracket."""
    if token.endswith((",", ";", ":", ")", "!", "?", "”", "“", "\"", "»")) and not LEGAL_FORM.search(_core(token)):
        return True
    return token.endswith(".") and not re.fullmatch(r"(?:\w{1,3}\.)+|[A-Z]\w{0,3}\.", token) and not LEGAL_FORM.search(token)


def _opened(run: str) -> bool:
    """The run opens a quotation it closes at its end ("Związek Euroregion „Tatry”")."""
    return any(q in run[:-1] for q in "„“«\"") and run[-1:] in "”“\"»"


def _runs(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Runs of name words in text: (start, end) offsets. A run opens at a capitalised word or a
    lower-case type word of the language ("lycée", "obec"), goes on over capitalised words, legal
    forms and joiners followed by a capitalised word, and ends at a clause mark."""
    joiners = _joiners(ctx.lang)
    types = _org_type_heads(ctx.lang)
    own_town = set(ctx.lex.cues["seat_in_name"])
    seats = set(ctx.lex.cues["origin"]) | set(ctx.lex.cues["place_tail_prepositions"])
    toks = list(re.finditer(r"\S+", text))
    out, k, depth = [], 0, 0
    while k < len(toks):
        tok = toks[k].group(0)
        low = _core(tok).lower()
        opens = _capitalised(tok) or low in types and k + 1 < len(toks) and _capitalised(toks[k + 1].group(0))
        if depth or not opens or tok.startswith("("):
            # a bracket's words explain the name before it ("KIT (Karlsruher Institut für Technologie)")
            depth = max(0, depth + tok.count("(") - tok.count(")"))
            k += 1
            continue
        start, end, n = toks[k].start(), toks[k].end(), k
        n = _sentence_case_head(toks, k, ctx.lang)
        end = toks[n].end()
        while (not _ends_run(toks[n].group(0)) or _opened(text[start:toks[n].end()])) and n + 1 < len(toks):
            nxt = toks[n + 1].group(0)
            if nxt.startswith("(") or nxt in ("-", "–", "—", "|", "/"):
                break
            # a capitalised word, a legal form, a type word in lower case ("Osnovna šola Majde
            # Vrhovnik", "Mateřská škola X"), a number after its sign ("Scoala Gimnaziala nr. 1 X")
            if _capitalised(nxt) and not _JOINED_PLACE.match(nxt) or LEGAL_FORM.search(_core(nxt)) or has_org_word(_core(nxt)) and n + 2 < len(toks)\
                    and _capitalised(toks[n + 2].group(0)) or _NUMBER_SIGN.fullmatch(_core(nxt))\
                    or _NUMBER_SIGN.fullmatch(_core(toks[n].group(0))) and re.fullmatch(r"\d{1,4}\.?", nxt):
                n += 1
                end = toks[n].end()
                continue
            # joiners: "Universität für Bodenkultur", "Politecnico di Milano", "Parco Nazionale dei Monti"
            m = n + 1
            while m < len(toks) and _core(toks[m].group(0)).lower() in joiners and toks[m].group(0)[:1].islower()\
                    and not _ends_run(toks[m].group(0)) and m - n <= 3:  # "Santé et de la Recherche"
                m += 1
            if m > n + 1 and m < len(toks) and _capitalised(toks[m].group(0)):
                n = m
                end = toks[n].end()
                continue
            # a type word that keeps its town ("Universitatea Politehnica din Timișoara", "Liceul
            # Teoretic din Carei", "Universität in Graz"): "from"/"in" and the town go on the name
            if n + 2 < len(toks) and _core(nxt).lower() in seats and nxt[:1].islower() and _capitalised(toks[n + 2].group(0))\
                    and any(_core(t.group(0)).lower() in own_town for t in toks[k:n + 1]):
                n += 2
                end = toks[n].end()
                continue
            break
        # a quotation opened inside the run and not closed in it is a title after the name
        # ("projekt mesta Gorlice „Objavte geologické poklady …“"); one closed in it is the name's
        # ("Związek Euroregion „Tatry”")
        for t in range(k + 1, n + 1):
            tok = toks[t].group(0)
            if tok[:1] in "„“«\"‚" and not any(q in text[toks[t].start() + 1:end] for q in "”“»\"‘’"):
                n, end = t - 1, toks[t - 1].end()
                break
        run = text[start:end].rstrip(",;:!?)")
        if not LEGAL_FORM.search(run.split()[-1]):
            run = run.rstrip(".")  # "e.V.", "Kft." keep their full stop
            if not _opened(run):
                run = run.rstrip(",;:!?)”“\"»")  # a closing quote that opens nothing in the run
        out.append((start, start + len(run)))
        k = n + 1
    return out


@lru_cache(maxsize=None)
def _adjective_endings(lang: str) -> tuple[str, ...]:
    """Nominative endings of adjectives that agree with a type word ([org_adjective_nominative*])."""
    from pipeline.lexicons import _read_toml
    data = _read_toml(lang)
    ends = {v for k in ("org_adjective_nominative", "org_adjective_nominative_m", "org_adjective_nominative_n")
            for v in data.get(k, {}).values() if v}
    return tuple(sorted(ends, key=len, reverse=True))


def _sentence_case_head(toks: list, k: int, lang: str) -> int:
    """The index of the type word that closes a name written in sentence case, its adjectives
    agreeing with it ("Slovenská poľnohospodárska univerzita", "Národní klastrová asociace",
    "Lokalna akcijska grupa"): a capitalised adjective, at most two lower-case ones, then a
    lower-case type word; k itself when the words do not read so."""
    ends = _adjective_endings(lang)
    if not ends:
        return k

    def adjective(tok: str) -> bool:
        word = _core(tok)
        return len(word) >= 5 and word.isalpha() and word.lower().endswith(ends) and not _ends_run(tok)

    if not adjective(toks[k].group(0)) or has_org_word(_core(toks[k].group(0))):
        return k
    n = k + 1
    while n < len(toks) and n - k <= 3:
        tok = toks[n].group(0)
        word = _core(tok)
        if word[:1].islower() and has_org_word(word):
            return n
        if not (word[:1].islower() and adjective(tok)):
            return k
        n += 1
    return k


@lru_cache(maxsize=None)
def _org_type_heads(lang: str) -> frozenset[str]:
    """Lower-case organisation-type words that open a name in running text ("lycée Marc Bloch")."""
    from pipeline.lexicons import load
    return frozenset(t.split()[-1] for t in load(lang).cues["org_types"] if t.split())


def _organisation(name: str) -> bool:
    """The run reads as an organisation: a type word of any language, or a closing legal form,
    and at least two words."""
    words = name.split()
    return len(words) >= 2 and (has_org_word(name) or bool(LEGAL_FORM.search(_core(words[-1]))))


def _strip_article(text: str, start: int, ctx: Context) -> tuple[str, int]:
    """Drop a capitalised article or other stop word that opens the run ("Die Universität …",
    "La Fédération …", "The Association …"); an acronym stays, whatever it spells ("SATT Conectus")."""
    stop = nlp.stop_words(ctx.lang) | nlp.stop_words("en")
    while True:
        head, _, rest = text.partition(" ")
        if rest and head.lower() in stop and not has_org_word(head) and not (len(head) > 1 and head.isupper()):
            start += len(head) + 1
            text = rest
            continue
        e = ELISION.match(text)
        if e and e.end() < len(text):
            start += e.end()
            text = text[e.end():]
            continue
        return text, start


TYPED, LEGAL, UNTYPED = "typed", "legal", "untyped"


def spans(ctx: Context, i: int, sent) -> list[tuple[str, int, int, str]]:
    """Runs of name words in the sentence, articles stripped: (text, start, end, kind) in the
    document, kind TYPED for a run that reads as an organisation by its type word, LEGAL for one
    closed by a legal form alone, UNTYPED for any other capitalised run (a list of organisations
    may still hold them)."""
    text = ctx.doc.text[sent.start:sent.end]
    out = []
    joiners = _joiners(ctx.lang)
    for a, b in _runs(text, ctx):
        name, start = _strip_article(text[a:b], sent.start + a, ctx)
        words = list(re.finditer(r"\S+", name))
        t = next((n for n, w in enumerate(words) if has_org_word(w.group(0))), None)
        if t is None:
            if words and _capitalised(name):
                kind = LEGAL if len(words) >= 2 and LEGAL_FORM.search(_core(words[-1].group(0))) else UNTYPED
                out.append((name, start, start + len(name), kind))
            continue
        if any(w.group(0)[:1] in "„“\"«‚" for w in words[:t + 1]) and not name[:1] in "„“\"«‚":
            continue  # the type word inside a quotation: a title ("Titel „Schule …“")
        if t and words[t - 1].group(0).lower() in joiners:
            # "Vice-présidente du Département du Nord", "Beziehungen des Politecnico di Torino": an
            # office or a noun of something the organisation has, before it
            start += words[t].start()
            name = name[words[t].start():]
        if _organisation(name) or compound_name(name, ctx.doc.text, ctx.lex.nouns_capitalised):
            out.append((name, start, start + len(name), TYPED))
    return out


def candidates(ctx: Context, i: int, sent) -> list[tuple[str, int, int]]:
    """Spans of the sentence that read as organisations: (text, start, end) in the document."""
    return [(name, a, b) for name, a, b, kind in spans(ctx, i, sent) if kind == TYPED]


def _listed(cands: list[tuple[str, int, int]], k: int, ctx: Context, only_before: bool = False) -> bool:
    """Candidate k stands in a list with another: only a comma, semicolon, a conjunction, an
    article or a bracketed country between them."""
    text = ctx.doc.text
    conj = {c for c in ctx.lex.cues["conjunctions"]} | set(ctx.lex.cues.get("articles", []))
    for j in (k - 1,) if only_before else (k - 1, k + 1):
        if 0 <= j < len(cands):
            a, b = (cands[j], cands[k]) if j < k else (cands[k], cands[j])
            gap = re.sub(r"\([^()]{0,40}\)", " ", text[a[2]:b[1]])
            words = [w for w in re.split(r"[\s,;]+", gap) if w]
            if len(words) <= 2 and all(w.lower() in conj for w in words) and re.search(r"[,;]|\S", gap):
                return True
    return False


def _country_beside(end: int, ctx: Context) -> bool:
    """A country in brackets or after a dash right after the name: "(DE)", "(Slovinsko)", "– Italia"."""
    m = re.match(r"\s*(?:\(([^()]{2,40})\)|[-–—]\s+([^,;()]{2,30}?)(?=[,;.)]|$))", ctx.doc.text[end:end + 50])
    return bool(m and country_name((m.group(1) or m.group(2)).strip(), ctx))


def _example(start: int, sent, ctx: Context) -> bool:
    """The name follows a word of example ("such as", "wie", "come") in its clause."""
    before = ctx.doc.text[sent.start:start]
    # "among others" ("bl.a.", "u.a.", "m.in.", "tra cui") names some of the real partners,
    # not examples of a kind, though several languages list it with "such as" for themes
    among = nlp.cues(before, ctx.lang, {"among_others"})
    cues = [c for c in nlp.cues(before, ctx.lang, {"such_as"})
            if not any(a.start <= c.start and c.end <= a.end for a in among)]
    # a role noun after the word is "as" a role, not an example ("ha come capofila l’Ente X")
    roles = nlp.cues(before, ctx.lang, PARTNER_KEYS)
    before = nlp.without_abbreviations(before, ctx.lex)
    return any(not re.search(r"[.;:]", before[c.end:]) and len(before[c.end:].split()) <= 6
               and not any(r.start >= c.end for r in roles) for c in cues)


@lru_cache(maxsize=None)
def _body_pattern(lang: str) -> re.Pattern | None:
    """The programme bodies of the language and of English ("Irányító Hatósága", "Joint
    Secretariat"), a "*" standing for any ending."""
    from pipeline.lexicons import load
    words = load(lang).cues.get("programme_bodies", []) + load("en").cues.get("programme_bodies", [])
    alts = [r"\s+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in p.split()) for p in words]
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.I) if alts else None


def _dependent(start: int, sent, cues: list, ctx: Context) -> bool:
    """The name hangs on a noun before it by a preposition ("miembro del Instituto X", "Beziehungen
    des Politecnico di Torino", "a student of the University of X"): an affiliation or a thing's
    owner, not an actor; unless that noun is a partner cue ("partner of X")."""
    before = ctx.doc.text[sent.start:start]
    words = before.split()
    articles = set(ctx.lex.cues.get("articles", []))
    while words and words[-1].lower() in articles:
        words.pop()
    if len(words) < 2 or words[-1].lower() not in _joiners(ctx.lang) or not words[-2][-1:].isalpha():
        return False
    noun_end = len(before.rstrip()) - len(" ".join(words[-1:]))  # roughly where the noun before the preposition ends
    return not any(c.end >= noun_end - len(words[-2]) - 2 and c.end <= start for c in cues)


@lru_cache(maxsize=None)
def _own_type_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's own organisation words (folded): the stems and the whole words written
    in the lexicon, and the whole words known to be nominatives or to be put back in one."""
    from pipeline.lexicons import _read_toml
    from pipeline.extractors.partner_clean import _nominatives, nominative_types
    own = frozenset(fold(w) for w in _read_toml(lang).get("org_words", []))
    whole = own | {fold(w) for w in nominative_types(lang)} | {fold(w) for w in _nominatives(lang)}
    return own, whole


COMPOUND_TAIL = 6  # letters after a type word's stem that are a second word, no case ending


def _case_unknown(name: str, ctx: Context) -> bool:
    """In an inflecting language, the name's own type word is in a case the cleaner cannot put
    back in the nominative ("współpracy … Politechniki Śląskiej"): left, as the phrase rules leave it."""
    if not ctx.lex.inflecting:
        return False
    own, whole = _own_type_words(ctx.lang)
    endings = _type_word_endings(ctx.lang)
    for w in re.findall(r"[^\W\d_]+", fold(name)):
        stems = [o for o in own if w == o or len(o) >= 4 and w.startswith(o)]
        # "Karolinska-háskólasjúkrahús", "yliopistosairaala": a type word that another whole word
        # follows is a compound's first part, no case ending (case endings are short)
        if stems and len(w) - max(map(len, stems)) >= COMPOUND_TAIL:
            continue
        if stems:
            # "Lunds universitets", "Universitetets": a whole word with an ending the language
            # writes in every position (genitive, definite) is the name as written
            return w not in whole and not any(w.endswith(e) and w[:-len(e)] in whole for e in endings)
    return False


@lru_cache(maxsize=None)
def _type_word_endings(lang: str) -> frozenset[str]:
    """The cue file's type_word_endings, folded: the endings a type word takes that are no case to
    put back (Danish, Norwegian, Swedish genitive -s and definite -en/-et)."""
    from pipeline.lexicons import data_entry
    return frozenset(fold(e) for e in data_entry(lang, "type_word_endings", []) if e)


def _programme_agent(cues: list, start: int) -> bool:
    """The nearest project or programme word before the name is a programme's ("the Programme,
    which is implemented by the Ministry of X"): the name runs or funds the programme."""
    before = [c for c in cues if c.end <= start and c.key in PROJECT_KEYS | {"programme"}]
    return bool(before) and max(before, key=lambda c: c.end).key == "programme"


def _coined(name: str) -> bool:
    """The name opens with a coined word (digits in it, or capitals after small letters: "EU4DUAL
    European Dual Studies University", "UNIgreen The Green European University"): an alliance's
    or project's brand, not an organisation."""
    first = name.split()[0]
    return len(name.split()) > 1 and (any(c.isdigit() for c in first) and any(c.isalpha() for c in first)
                                      or bool(re.search(r"[a-z]{2,}[A-Z]{2,}|[A-Z]{2,}[a-z]{2,}", first)))


def _fund(name: str) -> bool:
    """The first word or the organisation word of the name is a fund ("Europäischer Fonds", "Funduszu
    Mikroprojektów"): money, not a partner (a foundation is: "Fondazione", "fundacja")."""
    words = name.split()
    word = fold(words[0]) if fold(words[0]).startswith(("fond", "fund")) else next((fold(w) for w in words if has_org_word(w)), "")
    return word.startswith(("fond", "fund")) and not word.startswith(("fonda", "fondat", "fundac", "fundat"))


def _after_place_word(start: int, ctx: Context) -> bool:
    """The name stands right after a preposition of place ("selezionati in Regione Lombardia",
    "w Gminie X"): where something happens, not who does it."""
    before = ctx.doc.text[max(0, start - 12):start].split()
    words = set(ctx.lex.cues["place_prepositions"]) | set(ctx.lex.cues.get("country_prepositions", []))
    return bool(before) and before[-1] in words


def _programme_body(name: str, ctx: Context) -> bool:
    pattern = _body_pattern(ctx.lang)
    return bool(pattern and pattern.search(name))


NEAR_BEFORE = 6  # words between a cue and the list or name after it ("partners are A, B", "Tworzy go siedem uczelni: A")
NEAR_AFTER = 4  # words between a name and the cue after it ("X erhielt", "A and B, two of the project's partners")


def _chains(cands: list[tuple[str, int, int]], ctx: Context) -> list[tuple[int, int]]:
    """Runs of candidates standing in one list: (first index, last index) for each candidate."""
    out, k = [], 0
    while k < len(cands):
        n = k
        while n + 1 < len(cands) and _listed(cands, n + 1, ctx, only_before=True):
            n += 1
        out += [(k, n)] * (n - k + 1)
        k = n + 1
    return out


def _near(cues: list, start: int, end: int, ctx: Context) -> bool:
    """A cue in the same clause right before start or right after end (few words between, no
    full stop, semicolon or colon after the name)."""
    text = nlp.without_abbreviations(ctx.doc.text[:end + 200], ctx.lex)  # "mellem bl.a. X": no clause ends at "bl.a."
    for c in cues:
        if c.end <= start:
            gap = text[c.end:start]
            # another name between the cue and this one is the cue's own ("onder leiding van X is
            # volgens het Y"), unless the language capitalises every noun
            named = any(_capitalised(w) for w in gap.split()) and not ctx.lex.nouns_capitalised
            # a quotation closed before its speaker ("… Zusammenarbeit“, betonte X, Bürgermeisterin der Y"):
            # the cue is the speaker's words, not said of the name
            if len(gap.split()) <= NEAR_BEFORE and not re.search(r"[.;!?]\s", gap) and not named\
                    and not SPEECH_CLOSE.search(gap):
                return True
        elif c.start >= end and c.key in AFTER_KEYS:
            # a quoted title between the name and its verb is the project's ("projekt mesta X „Title“ získal")
            gap = _QUOTED.sub(" ", text[end:c.start])
            if len(gap.split()) <= NEAR_AFTER and not re.search(r"[.;:!?]\s", gap):
                return True
    return False


def weigh(ctx: Context, i: int, sent, cands: list[tuple[str, int, int]], project: str | None,
          enumerated: set[int] = frozenset()) -> list[tuple[int, dict]]:
    """Evidence for each candidate of a sentence: (index, features). enumerated: the candidates
    that stand in a long list of organisations (partner_coordination)."""
    said = ctx.doc.text[sent.start:sent.end]
    cues = [c for c in ctx.cues(i) if sent.start <= c.start < sent.end]
    partner_cue = [c for c in cues if c.key in PARTNER_KEYS]
    list_cue = [c for c in cues if c.key in LIST_KEYS]
    acting = [c for c in cues if c.key in PARTNER_KEYS | {"actor_verbs", "implemented"}]
    about = any(c.key in PROJECT_KEYS for c in cues) or bool(project and project in said)
    contact = bool(_EMAIL.search(said) or _PHONE.search(said))
    chains = _chains(cands, ctx)
    # a list one of whose names cannot be put back in the nominative is left whole, as the phrase rules leave it
    unknown = {chains[k] for k, (name, _, _) in enumerate(cands) if _case_unknown(name, ctx)}
    out = []
    for k, (name, start, end) in enumerate(cands):
        inside = [c for c in partner_cue if start <= c.start < end]
        first, last = chains[k]
        f = {
            "cue": bool([c for c in partner_cue if not start <= c.start < end]),
            "near": _near([c for c in acting if not start <= c.start < end], cands[first][1], cands[last][2], ctx),
            "lead": _near([c for c in cues if c.key in LEAD_KEYS and not start <= c.start < end],
                          cands[first][1], cands[last][2], ctx) and first == last,
            "project": about,
            "listed": first != last,
            # a long list of organisations shares a partner cue of its sentence, or a verb of doing
            # or receiving in a sentence on the project ("… hoz létre a Debreceni Egyetem, a …")
            "enumerated": k in enumerated and any(not start <= c.start < end for c in list_cue
                                                  + ([c for c in cues if c.key in LIST_ACTS] if about else [])),
            "country": _country_beside(end, ctx),
            # the sentence's subject, in a sentence on the project that holds a partner cue ("X bude
            # v rámci projektu … společně se …", "X maakt samen met … deel uit van het consortium")
            "subject": first == last and opens_sentence(start, sent, ctx) and not name_goes_on(end, ctx),
            "against": contact or bool(inside) or _coined(name) or chains[k] in unknown or _programme_agent(cues, start) or _dependent(start, sent, partner_cue, ctx) or _example(start, sent, ctx) or funding_body(name, ctx)
                       or _fund(name) or _after_place_word(start, ctx)
                       or _programme_body(name, ctx) or bool(project and project.lower() in name.lower())
                       or bool(nlp.cues(name, ctx.lang, PROJECT_KEYS | {"programme"})),
        }
        out.append((k, f))
    return out


def admitted(f: dict) -> bool:
    """Enough evidence and nothing against it."""
    return not f["against"] and (f["country"] or f["near"] and (f["project"] or f["listed"])
                                 or f["enumerated"] or f["subject"] and f["cue"] and f["project"])


def evidence_partners(ctx: Context) -> list[Partner]:
    """Candidates with enough evidence, as partners (the caller drops those already found)."""
    out = []
    for f, name, start, _sent in weighed_candidates(ctx):
        if admitted(f) and (p := as_partner(name, start, ctx, ["evidence"] + (["lead"] if f["lead"] else []))):
            out.append(p)
    return out


def weighed_candidates(ctx: Context) -> Iterator[tuple[dict, str, int, nlp.Span]]:
    """Each candidate organisation in the page's paragraphs and list items with its evidence:
    (evidence, name, start, sentence)."""
    from pipeline.extractors.partner_coordination import listed_candidates  # it reads this module's spans
    project = names.project_name(ctx)
    project = project[0] if project else None
    for i in ctx.indices:
        if ctx.block(i).kind not in (PARAGRAPH, LIST_ITEM):
            continue
        for sent in ctx.sentences(i):
            cands, enumerated = listed_candidates(ctx, i, sent)
            for k, f in weigh(ctx, i, sent, cands, project, enumerated):
                name, start, end = cands[k]
                acronym = ACRONYM_AFTER.match(ctx.doc.text, end)
                if acronym:  # "Karlsruher Institut für Technologie (KIT)": the short form is the name's too
                    name = ctx.doc.text[start:acronym.end()]
                yield f, name, start, sent


def as_partner(name: str, start: int, ctx: Context, flags: list[str]) -> Partner | None:
    """The candidate read as a partner item with the flags added; None for a person."""
    p = parse_item(name, start, ctx, PARTNER)
    if not p or person(p, ctx):
        return None
    p.flags = p.flags + flags
    return p


def same_body(a: str, b: str) -> bool:
    """Two names of one organisation in two cases: a type word opening both with the same first
    letters, and the same proper name at the end, its ending aside ("obce Hażlach" and "obec
    Hażlach", "Gminy Biała" and "Gmina Biała", "města Karviné" and "město Karviná")."""
    wa, wb = [w for w in fold(a).split() if len(w) > 3], [w for w in fold(b).split() if len(w) > 3]
    if len(wa) == 1 and len(wb) > 1 and wb[-1] == wa[0] or len(wb) == 1 and len(wa) > 1 and wa[-1] == wb[0]:
        return True  # a town and its municipality or region: "Lubin", "Region of Lubin"
    if len(wa) < 2 or len(wb) < 2 or wa[-2][:2] != wb[-2][:2] and wa[0][:2] != wb[0][:2]:
        return False
    x, y = wa[-1], wb[-1]
    stem = max(4, min(len(x), len(y)) - 2)
    return x == y or len(x) > 4 and len(y) > 4 and x[:stem] == y[:stem] and abs(len(x) - len(y)) <= 2
