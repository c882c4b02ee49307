"""Programme, funder and call, from labels ("Poskytovatel dotace: …", "Program:" with the
value on the next line) and from phrases that introduce a programme name ("v rámci programu
Central Europe"), or a programme word right after or before a name ("programu Interreg V-A",
"the Interreg Alpine Space programme"). Programme brands ("Interreg", "Erasmus+", "LIFE")
are read with their version, strand, hyphenated country pair and years ("Interreg V-A Czech
Republic – Poland 2014-2020"); failing all that, the first brand written is the programme
(not one that names a school, Itet “Leonardo da Vinci”). A space before a brand's '+' is
dropped ("Erasmus +" is "Erasmus+"); the evidence keeps the text as written."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer, nlp
from pipeline.country_codes import code_country
from pipeline.extractors.brand_years import BUDGET_PERIODS, MAX_YEARS
from pipeline.extractors.context import Context
from pipeline.extractors.form_labels import before_next_label, form_value, value_block
from pipeline.extractors.name_text import compounds, is_name_token, name_cues, name_run, quoted_at, skip_spaces
from pipeline.extractors.programme_countries import country_run_end
from pipeline.extractors.programme_names import _D, YEARS, _year_suffix, brand_re, nominative, pair_end, programme_end, programme_mentions, programme_years
from pipeline.lexicons import LINGUA_FRANCA, _read_toml, languages, load
from pipeline.model import Section
from pipeline.textnorm import LOWER, UPPER, fold
from pipeline.regex_cache import compiled


def labelled(ctx: Context, key: str) -> tuple[str, int, int] | None:
    for i in ctx.indices:
        found = ctx.label(i, {key})
        if found:
            _, start = found
            end = ctx.block(i).end
            value = ctx.doc.text[start:end].strip()
            if value:
                return value, start, end
    return None


def programme(ctx: Context) -> tuple[str, int, int] | None:
    # a plain run of words beside a programme word comes after a brand the section writes (`_programme_like`);
    # not so in a news item's opening below, where the brand written there is often the wider one
    found = _no_code(label(ctx)) or _no_code(after_cue(ctx, runs=False)) or mentioned(ctx) or _no_code(after_cue(ctx))
    first = ctx.indices[0] if ctx.indices else 0
    if not found and first > 0:
        # one of several projects in a news item: the programme its opening names for all
        intro = Context(ctx.doc, Section(blocks=tuple(range(first))))
        found = after_cue(intro) or mentioned(intro)
        if found and _bare_brand(found[0], ctx.lang):
            found = _fuller_mention(intro, found[0]) or found
    if found and _bare_brand(found[0], ctx.lang):
        found = _fuller_mention(ctx, found[0]) or found  # "Programma LIFE", later "il programma europeo LIFE 2014-2020"
    if found and _bare_brand(found[0], ctx.lang) and len(ctx.doc.blocks) > len(ctx.indices):
        # one of several projects on a page: the brand written fuller elsewhere on the page, in
        # one form only ("LIFE" here, "il programma europeo LIFE 2014-2020" in the opening)
        whole = Context(ctx.doc, Section(blocks=tuple(range(len(ctx.doc.blocks)))))
        forms = {fold(f[0]) for f in _fuller_mentions(whole, found[0])}
        if len(forms) == 1:
            found = _fuller_mention(whole, found[0]) or found
    found = found and _with_action_code(ctx, found)
    found = found and _with_year_word(ctx, _wrapped_countries(ctx, _whole_last_country(ctx, found)))
    found = found and _with_acronym(ctx, _without_generic_word(ctx, _without_project_years(ctx, found)))
    return found and (_brand_spacing(nominative(found[0], ctx.lang)), found[1], found[2])


# a key action's code written right after the brand ("Erasmus+ KA229", "Erasmus + K229", "ERASMUS+ ΚΑ2",
# "Erasmus+/KA2"): one or two capitals and one to three figures, a word of its own (not the first
# group of a project's number, "2022-1-EL01-KA122-…", nor a numbered heading "KA2.1")
_ACTION_CODE = re.compile(r"(?:[^\S\n]*/[^\S\n]*|[^\S\n]+)(?-i:[A-Z\u0391-\u03a9\u0410-\u042f]{1,2}\d{1,3})(?![\w/\u2010-\u2015\u2212-]|\.\d)")


def _with_action_code(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """A bare brand followed by a key action's code is named with it, as the text writes it: the
    code says which of the programme's strands funds the project. Read here, not where a
    programme's name ends in general, so that names and places beside the brand are left alone."""
    value, start, end = found
    m = _ACTION_CODE.match(ctx.doc.text, end)
    if not m or not _bare_brand(_brand_spacing(value), ctx.lang):
        return found
    return value + ctx.doc.text[end:m.end()], start, m.end()


# an acronym in brackets: capitals, perhaps digits and one hyphen, three letters or more
_BRACKET_ACRONYM = re.compile(r"[^\S\n]*\((?=(?:[^)]*[A-Z]){3})[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?\)")


def _with_acronym(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """"Programa Operativo … Espanha-Portugal (POCTEP)", "Citizens, Equality, Rights and Values
    (CERV)": an acronym in brackets right after a programme's name is the name's own short form,
    written as part of it. Not a country's code ("(SK)"), nor a second name in brackets."""
    value, start, end = found
    m = _BRACKET_ACRONYM.match(ctx.doc.text, end)
    acronym = m.group(0).strip(" ()") if m else ""
    # (not after a name put into its nominative: "… Operatív Programban (GINOP)" glosses the
    # sentence's inflected word, and the name is given without it)
    if not m or "(" in value or fold(acronym) in ctx.lex.countries or code_country(acronym) \
            or fold(value) != fold(ctx.doc.text[start:end]):
        return found
    return value + ctx.doc.text[end:m.end()], start, m.end()


def _without_project_years(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """"Erasmus+ 2016-2018", "ERASMUS+ 2022 – 2024": a span of one to four years right after a
    bare brand is the project's own span (as the dates read it, `brand_years`); a programme's
    period is an EU budget period or six years and more ("Interreg V-A 2014-2020")."""
    value, start, end = found
    m = YEARS.search(value)
    if not m or m.end() != len(value.rstrip()) or not _bare_brand(value[:m.start()].strip(), ctx.lang):
        return found
    first, last = re.findall(r"\d+", m.group(0))[:2]
    last = first[:4 - len(last)] + last
    if not 0 < int(last) - int(first) <= MAX_YEARS or (first, last) in BUDGET_PERIODS | {("2004", "2006")}:
        return found
    kept = value[:m.start()].rstrip(" ,")
    return kept, start, start + len(kept)


def _without_generic_word(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """"Програма за развитие на селските райони 2014-2020", "programa de desarrollo rural": a name
    that opens with the generic programme word, a preposition and lowercase words is named
    without that word (capitalised words after it, "Programa de Desarrollo Rural", are its name),
    as a programme is named without the word in front ("Programa Operativo …" is "Operativo
    …"); a phrase whose words after the noun are its kind keeps it ("Operační program …",
    "Program ruralnog razvoja")."""
    value, start, end = found
    m = re.match(r"(\w+)[^\S\n]+(\w+)[^\S\n]+(\w+)", value)
    words = {w for w in ctx.lex.cues["programme"] if " " not in w}
    if not m or not m.group(3).islower() or m.group(1).lower() not in words or m.group(2).lower() not in nlp.stop_words(ctx.lang) \
            or not _with_word_re(ctx.lang).match(value) and not _forms_re(ctx.lang).match(value):
        return found
    return value[m.start(2):], start + m.start(2), end


def _wrapped_countries(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """"… Programa suradnje Interreg V – A" at a block's end, the next block opening with
    "Slovenija – Hrvatska. …": a hard-wrapped line split the name from its countries, which
    belong to it (with the years after them)."""
    value, start, end = found
    text = ctx.doc.text
    if not re.match(r"[^\S\n]*\n", text[end:]) or not any(ctx.block(i).end == end for i in ctx.indices):
        return found
    pair = country_run_end(text, end, ctx.lang)
    if not pair:
        return found
    pair = programme_years(text, pair, ctx.lang) or pair
    return value + " " + re.sub(r"\s+", " ", text[end:pair].strip()), start, pair


def _with_year_word(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """"… 2014-2020 г.", "… 2014.–2020. gadam", "… 2014–2020 m.": the language's word for "year"
    written right after a programme's years belongs to its name as the text writes it."""
    value, start, end = found
    if not re.search(r"(?:19|20)\d\d\.?$", value):
        return found
    suffix = _year_suffix(ctx.lang)
    m = suffix.match(ctx.doc.text, end) if suffix else None
    if not m:
        return found
    return value + ctx.doc.text[end:m.end()], start, m.end()


def _whole_last_country(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """"IPA Shqipëri – Mali" before "i Zi", "ИПП България - Бивша" before "Югославска Република
    Македония": a name read up to a lowercase word or a line's end that cut the last country of
    its dash-joined pair inside that country's own name ends where the country's name ends."""
    value, start, end = found
    text = ctx.doc.text
    dash = None
    for dash in re.finditer(rf"[{_D}][^\S\n]*", text[start:end]):
        pass
    if not dash:
        return found
    at = start + dash.end()
    hits = gazetteer.find(text[at:at + 80], ctx.lex)
    if not hits or hits[0].start != 0 or at + hits[0].end <= end or hits[0].kind != "country" \
            or "\n" in text[end:at + hits[0].end]:
        return found
    stop = at + hits[0].end
    stop = programme_years(text, stop, ctx.lang) or stop
    return value + text[end:stop], start, stop


def _no_code(found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """A call's or an application's code ("TOP_PLUSZ-1.2.1-21-NG1", "KEOP-7.1.0/11") is no
    programme's name: a word of three groups of digits or more. Nor is a period alone
    ("Programme period: 2014-2020", "Programm: 2021–2027"): years without a word name no programme."""
    if found and any(len(re.findall(r"\d+", w)) >= 3 for w in found[0].split()):
        return None
    if found and not re.search(r"[^\W\d_]", found[0]):
        return None
    return found


def _funder(value: str, lang: str) -> bool:
    """The value opens with a funder's or a fund's name ("European Union", "Fond Ewropew għall-…")."""
    return any(compiled(re.escape(fold(b)) + r"(?!\w)").match(fold(value)) for b in name_cues(lang).get("not_programme", []))


def _without_place(text: str, run: tuple[int, int], lang: str) -> tuple[int, int]:
    """"the EU4Municipalities Grant Scheme in Albania": a country named after a preposition
    at the end of a programme's name says where it runs, not what it is called."""
    value = text[run[0]:run[1]]
    for m in re.finditer(r"(?<=\S)[^\S\n]+(\w+)[^\S\n]+(?=\S)", value):
        if m.group(1).lower() in _locatives(lang) and fold(value[m.end():].strip()) in load(lang).countries:
            return run[0], run[0] + m.start()
    return run


def _without_funder_tail(line: str, lang: str) -> str:
    """"LIFE de la Commission Européenne", "Erasmus+ of the European Union": a brand, then small
    words and its funder; the funder is who pays, the brand alone is the programme's name."""
    lead = len(line) - len(line.lstrip())
    brand = next(iter(programme_mentions(line, lang)), None)
    if not brand or brand[0] != lead:
        return line
    stop = nlp.stop_words(lang) | set(load(lang).cues.get("articles", []))
    pos = brand[1]
    while (m := re.match(r"[^\S\n]*([^\W\d_]+)['’]?", line[pos:])) and m.group(1).lower() in stop:
        pos += m.end()
    return line[:brand[1]] if pos > brand[1] and _funder(line[pos:].strip(), lang) else line


@lru_cache(maxsize=None)
def _locatives(lang: str) -> frozenset[str]:
    """The prepositions of place: those that close a seat phrase ("based in", "s sedežem v") and put
    a town in a name, not one that is the language's "and" (Slovenian "in")."""
    cues = load(lang).cues
    seat = {s.split()[-1] for s in cues.get("seat", []) if " " in s}
    return frozenset(seat & set(cues.get("place_prepositions", [])) - set(cues.get("conjunctions", [])))


def _bare_brand(value: str, lang: str) -> bool:
    m = brand_re(lang).fullmatch(value)
    return bool(m)


def _brand_spacing(value: str) -> str:
    """"Erasmus +" is the brand "Erasmus+": the space is typography, not another name, and
    one spelling lets records be grouped by programme (the evidence keeps the text as written)."""
    return re.sub(r"(?<=\w)[^\S\n]+\+(?!\w)", "+", value)


def label(ctx: Context) -> tuple[str, int, int] | None:
    """The value of a programme label, on its line or the line below ("Program:" then
    "Interreg V-A …"), without a programme word repeated in front of it."""
    words = {w for w in ctx.lex.cues["programme"] if " " not in w}
    for i in ctx.indices:
        found = value_block(ctx, i, {"programme"})
        if not found:
            continue
        start, end = found
        line = before_next_label(ctx.doc.text[start:end].split("\n")[0]).rstrip(" .;,")
        first = re.match(r"\s*(\w+)\s+", line)
        if first and first.group(1).lower() in words and len(line.split()) > 2:
            start, line = start + first.end(), line[first.end():]  # "Programme: Programme Interreg Europe"
            brand = next(iter(programme_mentions(line, ctx.lang)), None)
            if brand and 0 < len(line[:brand[0]].split()) <= 3:
                # "Program Wzajemnej Współpracy Interreg Polska-Saksonia": words that say what kind
                # of programme it is, then its brand, which names it
                start, line = start + brand[0], line[brand[0]:]
        if len(line.split()) > 15:
            continue  # a paragraph under a heading such as "Programma di cooperazione" is no programme's name
        line = _without_funder_tail(line, ctx.lang)
        if _fund_sentence(line, ctx.lang):
            continue
        if line.strip():
            lead = len(line) - len(line.lstrip())
            return line.strip(), start + lead, start + lead + len(line.strip())
    found = _whole_brand(ctx, form_value(ctx, "programme"))
    if found:
        kept = _without_funder_tail(found[0], ctx.lang)
        found = (kept, found[1], found[1] + len(kept))
    return found


def _fund_sentence(line: str, lang: str) -> bool:
    """"Met steun van het Europees Fonds voor Regionale Ontwikkeling" under a programme heading:
    a value that opens with a small word and names a fund, and no programme's brand, is a
    sentence about the money, not a programme's name."""
    first = re.match(r"\s*([^\W\d_]+)", line)
    if not first or first.group(1).lower() not in nlp.stop_words(lang) or programme_mentions(line, lang):
        return False
    folded = fold(line)
    return any(compiled(r"(?<!\w)" + re.escape(fold(b)) + r"(?!\w)").search(folded)
               for b in name_cues(lang).get("not_programme", []) if len(b) > 4)


def _whole_brand(ctx: Context, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """A form value that opens with a brand cut inside the brand's name (at a dash or a word
    that is another label: "Interreg – IPA България – Сърбия") is the brand's whole name."""
    if not found:
        return None
    end = programme_end(ctx.doc.text, found[1], ctx.lang)
    return (ctx.doc.text[found[1]:end], found[1], end) if end and end > found[2] else found


def brand_value(text: str, start: int, lang: str) -> tuple[str, int, int] | None:
    """A programme brand at `start` with its version, strand, country pair and years; a
    programme word joined to the brand is left out ("Interreg-Programms Deutschland-Niederlande"
    is "Interreg Deutschland-Niederlande")."""
    end = programme_end(text, start, lang)
    if not end:
        return None
    # with the case ending a language writes after an apostrophe ("Programı’na"), which goes with the word
    suffix = r"(?:['’]\w+)?" if load(lang).apostrophe_suffixes else ""
    joined = re.match(r"(?:-|[^\S\n]+)(\w+)" + suffix, text[end:])
    words = {w for w in load(lang).cues["programme"] if " " not in w}
    if joined and joined.group(1).lower() in words:
        rest = end + joined.end()
        tail = programme_end(text[:start] + text[start:end] + text[rest:], start, lang)
        if tail and tail > end:
            return text[start:end] + text[rest:rest + tail - end], start, rest + tail - end
    return text[start:end], start, end


def after_cue(ctx: Context, runs: bool = True) -> tuple[str, int, int] | None:
    """A programme named after a programme word ("v rámci programu Interreg V-A …",
    "programma per la Cooperazione Transfrontaliera Italia-Slovenia 2007-2013") or before
    a bare one ("the Interreg Alpine Space programme"). With runs=False, a plain run of words
    that shows no programme's marks is passed over (`_programme_like`)."""
    project_words = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    programme_words = {w for w in ctx.lex.cues["programme"] if " " not in w}
    stop = nlp.stop_words(ctx.lang)
    for i in ctx.indices:
        text = ctx.text(i)
        base = ctx.block(i).start
        mentions = programme_mentions(text, ctx.lang)
        for cue in ctx.cues(i, {"programme"}):
            if _predicate_noun(text, cue.start - base, ctx.lang):
                continue
            op = operational(text, cue.start - base, cue.end - base, ctx.lang) if _about_funding(ctx, i, cue.start) else None
            if op:
                return op[0], op[1] + base, op[2] + base
            pos = _skip_words(text, cue.end - base, stop, ctx.lang)
            years = YEARS.match(text, pos)  # "Programme 2014 - 2020 INTERREG V-A …"
            branded = brand_value(text, skip_spaces(text, years.end()) if years else pos, ctx.lang)
            # "the Interreg programme", "Horizon 2020 research and innovation programme",
            # "the Horizon 2020 (2014–2020) programme"
            before = [m for m in mentions if m[0] < cue.start - base
                      and re.fullmatch(r"[\s-]*(?:\([^()\n]{0,20}\)[^\S\n]*)?(?:[^\W\d_]+[^\S\n]+){0,3}", text[m[1]:cue.start - base])
                      and text[m[1]:cue.start - base].strip(" -") == text[m[1]:cue.start - base].strip(" -").lower()]
            closing = None if before else _brand_then_phrase(text, cue, base, mentions, programme_words, ctx.lang)
            if closing:
                return closing[0], closing[1] + base, closing[2] + base
            if before:  # "the Interreg programme", "Interreg programu SI-AT"
                branded = brand_value(text, before[-1][0], ctx.lang)
                years = None
                # the phrase's capitalised words: a lowercase word after them ("… İşbirliği Programı
                # kapsamında": "within the programme") leads on to the sentence, no part of the name
                capitals = [m for m in re.finditer(r"[^\W\d_]+", cue.text) if m.group(0)[:1].isupper()]
                phrase = cue.text[:capitals[-1].end()] if capitals and cue.text[:1].isupper() else ""
                if branded and len(phrase.split()) >= 2 and branded[2] == before[-1][1] \
                        and re.fullmatch(r"[^\S\n]*", text[branded[2]:cue.start - base]) \
                        and phrase.split()[-1].lower() in programme_words:
                    # "Interreg V-A Szlovákia – Magyarország Együttműködési Program": a capitalised
                    # programme phrase after the brand is part of its name
                    end = _extend(text, cue.start - base + len(phrase), ctx.lang)
                    branded = (text[branded[1]:end], branded[1], end)
            if branded and not before:
                branded = _with_area(ctx, text, branded)
            if branded:
                start = pos if years else branded[1]
                return text[start:branded[2]] if years else branded[0], start + base, branded[2] + base
            paired = _kind_and_pair(text, pos, ctx.lang)
            if paired:
                return text[paired[0]:paired[1]], paired[0] + base, paired[1] + base
            whole = _with_word_re(ctx.lang).match(text, cue.start - base)
            if whole and whole.group(0)[:1].isupper() and whole.end() > cue.end - base:
                # "Program ruralnog razvoja Republike Hrvatske": a programme's name that holds
                # the word and lowercase words, with the capitalised words after it
                end = whole.end()
                after = name_run(text, skip_spaces(text, end), ctx.lang)
                if after and after[0] - end <= 1:
                    end = after[1]
                end = _extend(text, end, ctx.lang)
                return text[whole.start():end], whole.start() + base, end + base
            bare = " " not in cue.text.strip()
            prev = text[:cue.start - base].split()[-1:]
            inside = prev and (prev[0][:1].isupper() or prev[0][:1].isdigit())
            if bare and cue.text[:1].isupper() and inside and ctx.sentence_at(i, cue.start).start != cue.start \
                    and not _phrase_ending(text, cue.start - base, cue.end - base, ctx.lang):
                continue  # "Regionalnego Programu Operacyjnego …": part of a longer name
                # (not "… Fejlesztési Operatív Programban (EFOP)": the name ends with its phrase)
            # a language that names the programme before its word ("… İşbirliği Programı
            # tarafından") has no name after it: what follows is the sentence
            # "Υπεύθυνος του προγράμματος είναι ο Δρ …": a copula after the word says who or what
            # belongs to the programme; the name after it is the sentence's predicate, not the programme's
            predicate = bool(nlp.cues(text[cue.end - base:pos], ctx.lang, {"copula"}))
            run = None if ctx.lex.name_before_programme or predicate else name_run(text, pos, ctx.lang)
            backward = False
            if run and not any(c.isalpha() for c in text[run[0]:run[1]]):
                run = None  # "… Együttműködési Program 2007-2013": years alone name nothing
            if not run or run[0] - pos > 1:
                # the name before the word: "the Interreg Alpine Space programme",
                # "Magyarország-Románia … Együttműködési Program"
                backward_ok = bare or cue.text[:1].isupper()
                run = name_run(text, cue.start - base, ctx.lang, forward=False) if backward_ok else None
                if run and cue.start - base - run[1] > 1:
                    run = None
                backward = True
            if not run:
                continue
            run = _without_stop_words(text, run, ctx.lang)
            value = text[run[0]:run[1]] if run else ""
            if not value or value.split()[0].lower() in project_words | programme_words:
                continue  # a programme word after a phrase ("nell'ambito del Programma …") has its own turn
            # a bare programme word names a programme only beside a proper name:
            # several capitalised words, an acronym or a number ("Interreg V-A", "LIFE")
            if len(value.split()) < 2 and not re.search(r"\d|[A-ZЀ-ЯΆΈ-ΏΑ-Ϋ]{2,}", value) \
                    and not (_proper_after_word(ctx, text, cue, run, backward) and _about_funding(ctx, i, cue.start)):
                continue  # "im Rahmen der Partnerschaft": one ordinary noun
            if _funder(value, ctx.lang):
                continue  # "funded by the European Union": the funder, not a programme
            if not backward and run[0] - (cue.end - base) <= 1 and _funder(cue.text.split()[-1] + " " + value, ctx.lang):
                continue  # "permezz tal-Fond Ewropew għall-…": the fund's own noun was the cue
            if not backward:
                run = _without_place(text, run, ctx.lang)
                value = text[run[0]:run[1]]
            inner = programme_mentions(value, ctx.lang)
            if inner:  # "programu Unii Europejskiej Erasmus+": the brand is the programme
                s, e = inner[0]
                # read to the brand's own end in the text, past where the run of names stopped:
                # "Programa de Cooperação Transfronteiriça Interreg VI Espanha – Portugal (Poctep) 2021-2027"
                e = max(e, (programme_end(text, run[0] + s, ctx.lang) or 0) - run[0])
                return text[run[0] + s:run[0] + e], run[0] + base + s, run[0] + base + e
            tail = _phrase_ending(text, cue.start - base, cue.end - base, ctx.lang) if backward else None
            if tail and tail.start() > run[0]:
                # "Emberi Erőforrás Fejlesztési Operatív Programban": the name ends with its phrase, in the nominative
                end = _extend(text, tail.end(), ctx.lang)
                return text[run[0]:tail.start()] + _nominative(tail.group(0), ctx.lang) + text[tail.end():end], run[0] + base, end + base
            end = run[1]
            years = YEARS.match(text, cue.end - base)
            if backward and years and not cue.text[:1].isupper():
                # "IPA Adriatic CBC programa 2007-2013": the years stay, a lowercase word does not
                return (text[run[0]:end] + " " + years.group(0).strip(" ,"), run[0] + base, years.end() + base)
            if backward and (years or " " in cue.text.strip()):
                # "… Cross-border Cooperation Programme 2014-2020": the word and years stay
                end = cue.end - base
            end = _extend(text, end, ctx.lang)
            start = run[0]
            if not backward:
                # "Operační program Podnikání a inovace", "prin Programul Operațional Regional":
                # a capitalised operational-programme phrase is part of the name
                for m in _with_word_re(ctx.lang).finditer(text, cue.start - base, run[1]):
                    if m.group(0)[:1].isupper() and m.start() < run[0] <= m.end() + 1:
                        start = m.start()
                        break
                else:
                    # "în cadrul Programului Operațional Capital Uman": an inflected phrase is
                    # named in its nominative ("Programul Operațional Capital Uman")
                    for m in _forms_re(ctx.lang).finditer(text, cue.start - base, run[1]):
                        if m.group(0)[:1].isupper() and m.start() < run[0] <= m.end() + 1 and m.end() < end:
                            return _nominative(m.group(0), ctx.lang) + text[m.end():end], m.start() + base, end + base
            if not runs and not _programme_like(ctx, text[start:end] + text[end:end + 12]):
                continue
            return text[start:end], start + base, end + base
    return None


def _programme_like(ctx: Context, value: str) -> bool:
    """A name read beside a programme word that shows a programme's own marks: its years
    ("… 2014-2020"), an acronym in brackets ("Foirmeall Thuaidh agus Artach (NPA)") or two
    countries joined by a dash ("Espanya-França-Andorra"). A run without them ("Ysgolion y
    Goedwig", "Mr. Vella", "Övervakningskommitté") is often the sentence's other words."""
    if YEARS.search(value) or re.search(r"\((?=[^)]*[A-Z]{2})[A-Z][\w-]*\)", value):
        return True
    hits = [h for h in gazetteer.find(value, ctx.lex) if h.kind == "country"]
    return any(re.fullmatch(rf"[^\S\n]*[{_D}][^\S\n]*", value[a.end:b.start]) for a, b in zip(hits, hits[1:]))


# between a brand and the phrase that closes the name: capitalised words, hyphenated pairs
# of them and years ("IPA 2014-2020 Bulgaristan-Türkiye", "V-A Szlovákia–Magyarország")
_NAME_MIDDLE = re.compile(rf"(?:[^\S\n]*(?:[{UPPER}][\w]*(?:[-–][{UPPER}][\w]*)*|(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?))*[^\S\n]*")


def _brand_then_phrase(text: str, cue: nlp.CueMatch, base: int, mentions: list, programme_words: set[str],
                       lang: str) -> tuple[str, int, int] | None:
    """"Interreg-IPA 2014-2020 Bulgaristan-Türkiye Sınır Ötesi İşbirliği Programı": a brand, then
    capitalised words and years, then a capitalised programme phrase of several words that ends
    with the programme word, as languages that name the programme before its word write it.
    The whole is the name; an inflected phrase ("… Programının") is written in its nominative."""
    words = cue.text.split()
    if len(words) < 2 or not cue.text[:1].isupper() or words[-1].lower() not in programme_words \
            and _nominative(cue.text, lang).split()[-1].lower() not in programme_words:
        return None
    at = cue.start - base
    for m in reversed([m for m in mentions if m[1] <= at]):
        if _NAME_MIDDLE.fullmatch(text, m[1], at) and at - m[1] <= 60:
            return text[m[0]:at] + _nominative(cue.text, lang), m[0], cue.end - base
        break
    return None


def _with_area(ctx: Context, text: str, branded: tuple[str, int, int]) -> tuple[str, int, int]:
    """"Programa Interreg Area Atlántica", "the Interreg Baltic Sea Region programme": after a
    programme word, a bare brand (with its version) followed by one to three capitalised words
    in title case names the brand's strand or area, whatever the lexicon's list of strands
    holds; the years after it stay. Not a project's name: not an acronym or coined word
    ("programu Interreg ACCESS2SEA"), not words followed by a project word."""
    value, start, end = branded
    if not re.fullmatch(r"[^\W\d_]+[+]?" + _VERSION_TAIL, value):
        return branded
    run = name_run(text, skip_spaces(text, end), ctx.lang)
    if not run or run[0] - end > 1:
        return branded
    # the title-case words of the run (years after them are read below)
    words = re.match(rf"(?:[{UPPER}][{LOWER}]+(?:[^\S\n]+|$))+", text[run[0]:run[1]])
    if not words or text[run[0] + words.end():run[1]].strip() and not YEARS.match(text, run[0] + words.end() - 1):
        return branded
    run = (run[0], run[0] + len(words.group(0).rstrip()))
    words = words.group(0).split()
    if not 1 <= len(words) <= 3 or any(fold(w) in ctx.lex.countries for w in words):
        return branded
    nxt = re.match(r"[^\S\n]+(\w+)", text[run[1]:])
    project_words = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    if nxt and nxt.group(1).lower() in project_words:
        return branded
    end = _extend(text, run[1], ctx.lang)
    return text[start:end], start, end


# a brand's version after the brand ("Interreg V-A", "Interreg VI")
_VERSION_TAIL = r"(?:[^\S\n]*-?[^\S\n]*(?:VI|IV|V|III|II|I)(?:[^\S\n]?-?[^\S\n]?[A-D])?)?"


def _predicate_noun(text: str, cue_start: int, lang: str) -> bool:
    """"'X' is a three-year programme of residencies", "X est un programme d'échanges": a
    programme word after a copula and an article (perhaps an adjective) says what the subject
    is; the words after it describe that subject, they name no funding programme ("is funded
    by the programme X" has a participle, not an article, after the copula; a language without
    articles is not read so, "je v programu X" being a place in a programme)."""
    before = text[max(0, cue_start - 60):cue_start]
    for c in nlp.cues(before, lang, {"copula"}):
        words = before[c.end:].split()
        if 1 <= len(words) <= 3 and words[0] in load(lang).cues.get("articles", []) and not re.search(r"[,;:.]", before[c.end:]):
            return True
    return False


def _phrase_ending(text: str, cue_start: int, cue_end: int, lang: str) -> re.Match | None:
    """A capitalised operational-programme phrase that ends with the cue ("… Fejlesztési Operatív
    Programban"): a name written before its phrase, as Hungarian writes it."""
    for m in _forms_re(lang).finditer(text, max(0, cue_start - 40), cue_end):
        if m.end() == cue_end and m.group(0)[:1].isupper():
            return m
    return None


def _proper_after_word(ctx: Context, text: str, cue: nlp.CueMatch, run: tuple[int, int], backward: bool) -> bool:
    """"del programma Alcotra", "z programu Leader": one capitalised word right after a programme
    noun written in lowercase, in a language that writes common nouns in lowercase, is a
    proper name (not a country, not a word the text also writes in lowercase)."""
    word = text[run[0]:run[1]]
    noun = cue.text.split()[-1] if cue.text.split() else ""
    words = {w for w in ctx.lex.cues["programme"] if " " not in w}
    if backward or not noun.islower() or noun not in words or ctx.lex.nouns_capitalised:
        return False  # ("finanziato dal programma X" ends with the noun; "under the X" does not)
    if not word[:1].isupper() or not word.isalpha() or len(word) < 4 or fold(word) in ctx.lex.countries \
            or word.lower() in nlp.stop_words(ctx.lang):
        return False
    # "programu Evropské unie Erasmus+": an adjective opening a longer name, not the name
    following = re.match(r"[^\S\n]+([^\W\d_]+)", text[run[1]:])
    if following and following.group(1).islower() and following.group(1) not in nlp.stop_words(ctx.lang):
        return False
    return not re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", ctx.doc.text)


def _kind_and_pair(text: str, pos: int, lang: str) -> tuple[int, int] | None:
    """After a programme word, a cross-border programme named by the kind of cooperation in
    lowercase words, its country pair and years ("Programu cezhraničnej spolupráce Poľsko –
    Slovenská republika 2007-2013", "programma per la cooperazione transfrontaliera
    Italia-Slovenia 2007-13"), or by a quotation that holds the pair ("Programu spolupráce
    „Česká republika–Svobodný stát Sasko 2014 – 2020“")."""
    words = list(re.finditer(r"([^\W\d_]+)[^\S\n]+", text[pos:pos + 120]))
    lower = 0  # the lowercase words that open the text, at most three, one after another
    while lower < min(3, len(words)) and words[lower].start() == (words[lower - 1].end() if lower else 0) \
            and words[lower].group(1).islower():
        lower += 1
    end = pos + (words[lower - 1].end() if lower else 0)
    q = quoted_at(text, end) if lower <= 2 else None
    if q and q[0] - end == 1:
        inner = text[q[0]:q[1]]
        return q if pair_end(" " + inner, 0, lang) else None
    if not lower:
        return None
    pair = pair_end(text, end - 1, lang)
    years = YEARS.match(text, pair) if pair else None
    return (pos, years.end()) if years else None


def _about_funding(ctx: Context, i: int, offset: int) -> bool:
    """The sentence at offset speaks of a project or its funding ("projekt spolufinancovaný z
    Operačního programu …"), not of a programme in general ("člen výboru pre Operačný program …")."""
    sent = ctx.sentence_at(i, offset)
    keys = {"project_before", "project_after", "funder", "budget_eu", "budget_total"}
    return any(sent.start <= c.start < sent.end for c in ctx.cues(i, keys))


@lru_cache(maxsize=None)
def programme_forms(lang: str) -> dict[str, str]:
    """Each form of a programme_with_word phrase ("operačního programu") -> the nominative
    its programme is named with ("operační program"); a nominative maps to itself."""
    out = {w: w for w in name_cues(lang).get("programme_with_word", [])}
    for code in dict.fromkeys([lang, LINGUA_FRANCA]):
        if code in languages():
            for form, nominative in _read_toml(code).get("programme_forms", {}).items():
                out.setdefault(form.lower(), nominative.lower())
    # pages typed without diacritics ("Programului Operational Regional", "z Operacniho programu")
    # name the same programme, and their programme is named as they write it, without them too
    for form, nominative in list(out.items()):
        out.setdefault(fold(form), fold(nominative))
    return out


@lru_cache(maxsize=None)
def _forms_re(lang: str) -> re.Pattern:
    forms = sorted(programme_forms(lang), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + r")(?!\w)", re.I) \
        if forms else re.compile(r"(?!x)x")


def _nominative(written: str, lang: str) -> str:
    """The nominative of an operational-programme phrase, capitalised word by word as written
    ("Operačního programu" -> "Operační program", "Programu Operacyjnego" -> "Program Operacyjny")."""
    nominative = programme_forms(lang).get(re.sub(r"\s+", " ", written.replace("İ", "i").lower()), written)
    have, want = written.split(), nominative.split()
    if len(have) != len(want):
        return nominative[:1].upper() + nominative[1:] if written[:1].isupper() else nominative
    # the capital as written where the word keeps its first letter (Turkish "İşbirliği", not "Işbirliği")
    return " ".join((h[:1] if fold(h[:1]) == fold(w[:1]) else w[:1].upper()) + w[1:] if h[:1].isupper() else w
                    for h, w in zip(have, want))


def operational(text: str, cue_start: int, cue_end: int, lang: str) -> tuple[str, int, int] | None:
    """An operational programme written with its own name after the generic phrase, in any
    case ("v Operačním programu Nadnárodní spolupráce Střední Evropa", "Programu Operacyjnego
    Inteligentny Rozwój", "Operativnog programa „Konkurentnost i kohezija” 2014.-2020."): the
    programme is named with the phrase's nominative, the name and years as written."""
    for m in _forms_re(lang).finditer(text, max(0, cue_start - 60), cue_end + 60):
        if not (m.start() < cue_end and cue_start < m.end()):  # the cue is or holds the phrase ("iz Programa")
            continue
        end = _op_name_end(text, m.end(), lang)
        if not end:
            return None
        return _nominative(m.group(0), lang) + text[m.end():end], m.start(), end
    return None


def _op_name_end(text: str, pos: int, lang: str) -> int | None:
    """End of an operational programme's own name after its phrase: a quotation, or words of
    one clause that open with a capital ("Zaměstnanost", "Kvalita životného prostredia"), or
    lowercase words that lead to a country pair ("přeshraniční spolupráce Slovenská republika –
    Česká republika"). Years follow; a fund or the EU named there is a funder, not a name."""
    p = skip_spaces(text, pos)
    if p == pos or p >= len(text):
        return None
    q = quoted_at(text, p)
    if q and q[0] - p == 1 and text[p] in "„“”\"«»‚‘":
        return _extend(text, q[1] + 1, lang)
    stop = nlp.stop_words(lang)
    taken: list[nlp.Span] = []
    clause_end = True  # the words run up to a punctuation mark or the line's end
    for t in compounds(nlp.tokens(text[p:p + 200], lang)):
        if "\n" in text[p + (taken[-1].end if taken else 0):p + t.start] or len(taken) >= 8:
            break
        w = t.text
        if w in ("-", "–", "—") and taken:
            taken.append(t)
        elif w[:1].isalpha() and (w[:1].isupper() or w.lower() not in stop):
            taken.append(t)
        else:
            # a punctuation mark or the programme's years end the name's clause
            clause_end = not w[:1].isalnum() or bool(taken and YEARS.match(text, p + taken[-1].end))
            break
    caps = [n for n, t in enumerate(taken) if is_name_token(t.text)]
    if not caps:
        return None
    if not clause_end:
        taken = taken[:caps[-1] + 1]  # "Zaměstnanost spolufinancovaného z …": up to its last capital
    while taken and taken[-1].text in ("-", "–", "—"):
        taken.pop()
    dashed = any(t.text in ("-", "–", "—") for t in taken[caps[0]:])
    if caps[0] > 0 and not dashed:
        return None  # lowercase words before a capital that is no country pair: not a name
    name = text[p:p + taken[-1].end]
    if any(re.match(re.escape(fold(b)) + r"(?!\w)", fold(name)) for b in name_cues(lang).get("not_programme", [])):
        return None
    return _extend(text, p + taken[-1].end, lang)


@lru_cache(maxsize=None)
def _with_word_re(lang: str) -> re.Pattern:
    words = name_cues(lang).get("programme_with_word", [])
    words = sorted(set(words) | {fold(w) for w in words}, key=len, reverse=True)  # typed without diacritics too
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)", re.I) \
        if words else re.compile(r"(?!x)x")


def _skip_words(text: str, pos: int, stop: set[str], lang: str) -> int:
    """Past up to three stop words after a programme word ("programma per la …")."""
    for _ in range(3):
        m = re.match(r"\s*(\w+)", text[pos:])
        if not m or m.group(1).lower() not in stop or m.group(1)[:1].isupper():
            break
        pos += m.end()
    return pos + len(text[pos:]) - len(text[pos:].lstrip(" \t"))


def _extend(text: str, end: int, lang: str) -> int:
    """A country pair and years right after a programme's words stay with it."""
    end = pair_end(text, end, lang) or end
    # "Regiunea Centru (PRC) 2021-2027": the programme's acronym stays when years follow
    m = re.match(r"[^\S\n]*\([A-Z]{2,8}\)", text[end:])
    if m and programme_years(text, end + m.end(), lang):
        end += m.end()
    return programme_years(text, end, lang) or end


def mentioned(ctx: Context) -> tuple[str, int, int] | None:
    """The first programme brand written in the section ("EU Leonardo mobility project",
    "Wat is LIFE?"), when no programme word introduces one."""
    named = _named_as_project(ctx)
    for i in ctx.indices:
        text = ctx.text(i)
        base = ctx.block(i).start
        for start, end in programme_mentions(text, ctx.lang):
            if (i, start) in named:
                continue  # "O projeto INTERACT …, apoiado pelo NORTE 2020": the project's own name
            found = brand_value(text, start, ctx.lang)
            nxt = re.match(r"[^\S\n]+(\w+)", text[end:])
            # "Erasmus Project", "LIFE Programjának": a project or programme word after the brand
            # does not make it part of another name
            project_words = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
            programme_words = [w for w in ctx.lex.cues["programme"] if " " not in w and len(w) >= 5]
            typed = nxt and (nxt.group(1).lower() in project_words
                             or any(nxt.group(1).lower().startswith(w) for w in programme_words))
            if found and nxt and nxt.group(1)[:1].isupper() and not nxt.group(1).isupper() \
                    and not re.search(r"\s|\d", found[0]) and not typed:
                continue  # "Erasmus University Rotterdam": a bare brand inside another name
            line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
            if found and found[0] == text[start:end] and len(line.split()) >= 3 and line.isupper():
                continue  # "LIFE IN THE CITY": a heading in capitals, not the LIFE programme
            if re.search(r"\w[^\S\n]*[“„\"«»]$", text[:start]) and re.match(r"[”“\"»«]", text[end:end + 1]) \
                    and not nlp.cues(re.split(r"[.;!?]", text[max(0, start - 60):start])[-1], ctx.lang, {"programme"}):
                continue  # Itet “Leonardo da Vinci”: a school named after the man (not "EU-Programm für … „Horizon 2020“")
            if found:
                fuller = _fuller_mention(ctx, found[0]) if found[0] == text[start:end] else None
                return fuller or (found[0], found[1] + base, found[2] + base)
    return None


def _named_as_project(ctx: Context) -> set[tuple[int, int]]:
    """Mentions of a bare brand that a project word right before it makes the project's own name
    ("o projeto INTERACT só é possível …", "the project URBACT is …"), on a page that names another
    brand as well: that other brand is the programme. A brand followed by more of a name
    ("progetto LIFE IMAGINE") is a programme's project, named after it; and a page naming one
    brand only keeps it ("projekt Erasmus+ realizowany …" is an Erasmus+ project)."""
    project_words = set(ctx.lex.cues["project_before"])
    mentions = [(i, s, e, ctx.text(i)) for i in ctx.indices for s, e in programme_mentions(ctx.text(i), ctx.lang)]
    brands = {fold(brand_re(ctx.lang).match(t, s).group(0)) if brand_re(ctx.lang).match(t, s) else fold(t[s:e])
              for _, s, e, t in mentions}
    if len(brands) < 2:
        return set()
    out = set()
    for i, s, e, t in mentions:
        before = re.search(r"(\w+)[^\S\n]+$", t[:s])
        after = re.match(r"[^\S\n]+(\S+)", t[e:])
        # written in capitals as a project's acronym is ("INTERACT", "URBACT"), not as a programme's
        # brand is in "un progetto Erasmus+ con scuole di Spagna", an Erasmus+ project
        acronym = t[s:e].isupper() and len(re.sub(r"\W", "", t[s:e])) >= 4
        if acronym and before and before.group(1).lower() in project_words and brand_value(t, s, ctx.lang) == (t[s:e], s, e) \
                and not (after and (after.group(1)[:1].isupper() or after.group(1)[:1].isdigit())):
            out.add((i, s))
    return out


def _fuller_mention(ctx: Context, brand: str) -> tuple[str, int, int] | None:
    """A brand first written bare ("Interreg-programmaperiodes") and later with its version,
    strand or years ("Interreg V subsidie") is the programme in the fuller form."""
    return next(iter(_fuller_mentions(ctx, brand)), None)


def _fuller_mentions(ctx: Context, brand: str):
    for i in ctx.indices:
        text = ctx.text(i)
        for start, end in programme_mentions(text, ctx.lang):
            found = brand_value(text, start, ctx.lang)
            if found and len(found[0]) > len(brand) and fold(found[0]).startswith(fold(brand)) \
                    and not text[end:end + 1].isalpha():
                yield found[0], found[1] + ctx.block(i).start, found[2] + ctx.block(i).start


def _without_stop_words(text: str, run: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """Drops a sentence-initial article or pronoun ("The Interreg …", "Das …")."""
    stop = nlp.stop_words(lang)
    start, end = run
    for tok in nlp.tokens(text[start:end], lang):
        if tok.text.lower() not in stop:
            return start + tok.start, end
    return None


def funder(ctx: Context) -> tuple[str, int, int] | None:
    return labelled(ctx, "funder")


def call(ctx: Context) -> tuple[str, int, int] | None:
    return labelled(ctx, "call")
