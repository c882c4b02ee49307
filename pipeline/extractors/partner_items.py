"""One partner read from an item's text (parse_item), and a run of text split into partners (enumerated)."""
from __future__ import annotations

import re

from pipeline import gazetteer, name_places, nlp
from pipeline.extractors import partner_lists
from pipeline.extractors.context import Context
from pipeline.extractors.enumeration import MARKER, split_items
from pipeline.extractors.lead_role_marker import role_marker_after_name
from pipeline.normalise.orgs import clean_name, split_acronym
from pipeline.extractors.partner_record import DASH_TAIL, LEAD, LEAD_KEYS, LEGAL_FORM_WORD, PAREN, PARTNER, Partner, URL, initials
from pipeline.extractors.partner_countries import (
    city_tail, country_name, country_of, country_tail, ends_with_country, labelled_country, place,
    place_and_country, seat_tail,
)
from pipeline.extractors.partner_clean import inflected_type, linking_article
from pipeline.extractors.partner_codes import lead_coded
from pipeline.extractors.partner_role_apposition import role_apposition
from pipeline.extractors.partner_locate import opens_with_form, province_town, vehicle_code
from pipeline.extractors.partner_names import (
    has_org_word, leading_noise, name_span, proper, type_word_first, typed_len, typed_parts,
)
from pipeline.suspended import suspended_before
from pipeline.textnorm import LOWER, UPPER, fold
from pipeline.regex_cache import compiled


# English role words that pages in every language put after a partner's name, after a dash
# ("Sviluppumbria (Italia) – leader", "Obec X - lead partner"); a word of its own there is
# a role, while inside a sentence "leader" may be anything
LOAN_LEADS = frozenset({"leader", "lead partner", "lead", "coordinator", "project leader", "project coordinator"})


def _role_tail(text: str, ctx: Context, role: str) -> tuple[str, str]:
    """A lead cue after a dash or comma ends the name: "… Nonprofit Kft.- Lead-Partner",
    "Obec Lipany – vedúci partner" (hyphens and spaces in the cue alike)."""
    low = re.sub(r"[-‐]", " ", text.lower()).rstrip(" .,;")
    for cue in sorted({c for k in LEAD_KEYS for c in ctx.lex.cues[k]} | LOAN_LEADS, key=len, reverse=True):
        cue = cue.replace("-", " ")
        if low.endswith(cue) and (len(low) == len(cue) or not low[-len(cue) - 1].isalnum()):
            head = text[:len(low) - len(cue)].rstrip()
            if head.endswith(("-", "–", "—", ",")) and len(head.split()) >= 2:
                return head.rstrip("-–—, "), LEAD
    return marker_inside(text, ctx, role)


def marker_inside(text: str, ctx: Context, role: str) -> tuple[str, str]:
    """A lead cue after a dash inside the item, then a conjunction that opens the next name
    ("Grad Čakovec – vodeći partner i Općina …", "City of Graz – lead partner – and …"): the
    item read across a role marker; the name before the dash is the lead (lead_role_marker)."""
    low = re.sub(r"[‐]", "-", text.lower())
    conj = ctx.lex.cues["conjunctions"]
    for cue in sorted({c for k in LEAD_KEYS for c in ctx.lex.cues[k] if c.strip()} | LOAN_LEADS, key=len, reverse=True):
        for m in re.finditer(rf"\s[-–—]\s*({re.escape(cue)})(?!\w)", low):
            after = text[m.end(1):]
            # "– lead partner – and Y": a closing dash too
            after = re.sub(r"^\s*[-–—](?=\s)", "", after)
            head = text[:m.start()]
            if len(head.split()) >= 2 and after.strip() and role_marker_after_name(text[:m.start(1)], after, conj):
                return head.rstrip(" -–—,"), LEAD
    return text, role


# a postal address after a name: ", street and house number, postcode town" (postcodes of
# four or five digits, "44 000", "811 06", "00-950", "D-01067")
_ADDRESS_TAIL = re.compile(r",\s+[^\W\d][^,\d]{1,40}?\s\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?,\s+"
                           r"(?:[A-Z]{1,2}-)?\d{2,3}[\s-]?\d{2,3}\s+[^\W\d][^,;()]*$")


def _told_apart(head: str, code: str, ctx: Context) -> bool:
    """The page writes the same name with another bracket too ("Provincie Limburg (NL)" and
    "Provincie Limburg (B)"): the bracket is what tells the two apart, so it stays in both."""
    head = head.strip()
    return bool(head) and re.search(re.escape(head) + r"\s*\((?!" + re.escape(code) + r"\))[^()]{1,20}\)",
                                    ctx.doc.text) is not None


def parse_item(text: str, start: int, ctx: Context, role: str) -> Partner | None:
    """One partner from a list item or label value, with its markers taken out."""
    end = start + len(text.rstrip())
    role = LEAD if lead_coded(text) else role  # "LP: X (Italia)": the code names the lead
    skip = leading_noise(text, ctx)
    text, start = text[skip:], start + skip
    text = _ADDRESS_TAIL.sub("", text)  # "Dom za starije osobe Sisak, Oktavijana Augusta 3, 44 000 Sisak"
    url = None
    m = URL.search(text)
    if m:
        url = m.group(0).rstrip(".")
        text = re.sub(r"\(\s*\)", " ", text[:m.start()] + text[m.end():]).strip()  # "X (www.x.pl)"
    country = None
    cut, code = labelled_country(text, ctx)
    if code:
        country, text = code, text[:cut]
    inverted = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)[\s.,;]*", text)
    if inverted and (code := country_name(inverted.group(1), ctx)) and not country_name(inverted.group(2), ctx):
        # "Litva (MITA)": the country, then its partner in brackets
        p = parse_item(inverted.group(2), start + text.find(inverted.group(2)), ctx, role)
        if p:
            p.country, p.flags = code, ["country-first"]
        return p
    lead_cues = {c for k in LEAD_KEYS for c in ctx.lex.cues[k]}
    for p in list(PAREN.finditer(text)):
        inner = p.group(1).strip()
        if initials(text[:p.start()]) == inner:
            continue  # "Pisztráng Kör (PK)": the acronym, not Pakistan
        if partner_lists.amount_only(inner, ctx):
            text = text.replace(p.group(0), " ", 1)  # "X (120 000 EUR)": the partner's share
            continue
        if lead_bracket(inner, ctx):
            role = LEAD  # "(συντονιστής εταίρος)", "(coordinating partner)": a lead cue and role nouns only
            text = text.replace(p.group(0), " ", 1)
            continue
        if inner[:1].islower() and p.end() == len(text.rstrip(" .,;")) and p.start() > 0\
                and not country_name(inner, ctx) and inner.lower() not in lead_cues:
            text = text.replace(p.group(0), " ", 1)  # a remark: "(ďalej len „príjemca“)", "(hereinafter X)"
            continue
        if town := province_town(text[:p.start()], inner, ctx):
            country = country or town  # the province's town is the partner's seat, whatever its name's namesakes
            text = text.replace(p.group(0), " ", 1)  # "Comune di Bressanvido (VI)": the town's province
            continue
        if code := vehicle_code(text[:p.start()], inner.strip(), ctx):
            country = code
            if _told_apart(text[:p.start()], inner.strip(), ctx):
                continue  # "Provincie Limburg (B)": the bracket stays, as it tells two Limburgs apart
            text = text.replace(p.group(0), " ", 1)  # "Stadt Villach (A)": the code is no part of the name
            continue
        if code := country_name(inner, ctx) or p.end() == len(text.rstrip(" .,;")) and place_and_country(inner, ctx):
            country = code  # "(DE)", "(Germany)", "(Česká republika)", "(Prag)", "(Trier, Germany)"
        elif inner.lower() in lead_cues:
            role = LEAD
        elif p.end() == len(text.rstrip(" .,;")) and len(inner.split()) >= 2 and inner[:1].isupper()\
                and p.start() > 0 and not LEGAL_FORM_WORD.search(inner):  # "X (Steinbeis Innovation GmbH)" stays
            pass  # the name again in another language: "Bordány Sportkör (Bordány Sport Club)"
        else:
            continue
        text = text.replace(p.group(0), " ", 1)
    text, role = _role_tail(text, ctx, role)
    tail = DASH_TAIL.search(text.rstrip(" .,;"))
    if tail and (code := country_name(tail.group(1), ctx)):
        country = country or code
        text = text[:tail.start()]
    cut, code = country_tail(text, ctx)
    if code:
        country, text = country or code, text[:cut]
    if typed_len(text.lstrip(), ctx) and (where := re.search(rf"\s[{LOWER}]{{1,3}}\s+(\S+(?:\s\S+)?)$", text.rstrip(" .,;")))\
            and (code := country_name(where.group(1), ctx)):
        country, text = country or code, text[:where.start()]  # "miasto Mula w Hiszpanii": a town in its country
    cut, code = seat_tail(text, ctx)  # "X mit Sitz in Zypern": the seat's place, then no tail of its own
    if cut < len(text):
        country, text = country or code, text[:cut]
    cut, code = city_tail(text, ctx)
    if code:
        country, text = country or code, text[:cut]
    elif country and (city := re.search(rf",\s*[{UPPER}][^\W\d]+(?:[\s-][{UPPER}][^\W\d]+)?\s*$", text))\
            and len(text[:city.start()].split()) >= 2:
        text = text[:city.start()]  # "Centro San Viator, Sopuerta - Spagna": the town before the country
    text = _cut_open_bracket(first_sentence(text, ctx))
    name = clean_name(text)
    if not name or not re.search(r"\w{2}", name) or country_name(name, ctx):
        return None  # "Hlavním koordinátorem projektu je Španělsko": a country, not a partner
    full, acronym = split_acronym(name)
    country = country or country_of(full, ctx) or gazetteer.town_in_name(full, ctx.lex, ctx.named_countries)\
        or name_places.place_in_name(full, ctx.lex, ctx.named_countries, ctx.doc.text)
    return Partner(name=full, role=role, start=start, end=end, country=country,
                   acronym=acronym, url=url)


def first_sentence(text: str, ctx: Context) -> str:
    """An item's name ends with its first sentence: "Dirección Xeral de X. Consellería de Y.
    Presupuesto de …", "Comune di Belluno. Settore Ambiente. Budget": what follows is the
    parent body, a department or the share. A first sentence of one word stays whole
    ("ecoplus. The Business Agency of Lower Austria" is one name)."""
    if ". " not in text:
        return text
    spans = nlp.sentences(text, ctx.lex)
    if len(spans) < 2:
        return text
    head = spans[0].text.rstrip(" .")
    words = head.split()
    if not 2 <= len(words) <= 12 or not proper(head) and not has_org_word(head):  # longer: a paragraph
        return text
    # a short last word may be another language's abbreviation ("Zespole Szkol im. Prymasa"); a copula
    # makes the first sentence a clause about the partner ("X eelarve projektis on …"), no name
    if len(words[-1]) < 3 or nlp.cues(head, ctx.lang, {"copula"}):
        return text
    return head


def enumerated(ctx: Context, start: int, end: int, role: str, running: bool = False,
               open_end: bool = True) -> list[Partner]:
    """Partners listed inline between two document offsets. In running text an item may
    go on with its role ("X u ulozi Vodećeg partnera"), and when the list runs to the
    sentence's end (open_end) the last item ends where the sentence goes on ("… e B. Il …")."""
    text = ctx.doc.text[start:end]
    labels = inner_labels(text, ctx)
    if labels:  # "A, B / Strategische Partner: C, D": two lists, the label between them is no name
        out, pos, kind = [], 0, role
        for a, b, label_role in labels:
            out += enumerated(ctx, start + pos, start + a, kind, running, open_end=False)
            pos, kind = b, label_role
        return out + enumerated(ctx, start + pos, end, kind, running, open_end)
    out = []
    items = split_items(text, ctx.lex.cues["conjunctions"], lambda t: ends_with_country(t, ctx),
                        lambda t: _item_named(t, ctx),
                        lambda t: bool(country_name(t, ctx) or place(t, ctx)),
                        lambda before, word, after: linking_article(before, word, after, ctx.lang))
    items = [part for a, b in items for part in typed_parts(text, a, b, ctx)]
    items, seats = _glued_countries(text, items, ctx)
    named = [_item_named(text[a:b], ctx) for a, b in items]
    last = 0
    if not named or not named[0] or sum(named) < len(named) / 2:
        return []  # a description ("regionale und nationale Institutionen, …"), not names
    items, leads = _dash_roles(text, items, ctx)
    named = [_item_named(text[a:b], ctx) for a, b in items]
    codes = [country_name(text[a:b].strip(" .,;/"), ctx) for a, b in items]
    for n, ((a, b), ok) in enumerate(zip(items, named)):
        piece = text[a:b]
        if not ok:
            continue
        if (a, b) in seats:  # "Funen Printmaking Studio, Odense, Denmark": the town is the partner's seat
            if out and out[-1].end == start + last and not text[last:a].strip(" ,;\n"):
                out[-1].country = out[-1].country or seats[(a, b)]
                last = b
            continue
        code = codes[n]
        if code:  # a country is not a partner; after one it is that partner's country
            # unless another country follows it: then the list goes on with countries
            # ("…, Principado de Asturias, Portugal y Francia"), none of them a seat
            if out and out[-1].end == start + last and not text[last:a].strip(" ,;\n")\
                    and not (n + 1 < len(items) and codes[n + 1]):
                out[-1].country = code  # "Spojena škola Martin, Slovensko, …": stated, so it beats a guess from the name
                out[-1].name = _town_from(out[-1].name, ctx)  # "X от Испарта, Турция": the town is its seat
            continue
        kind = LEAD if (a, b) in leads else role
        if running and not _role_label_bracket(piece, ctx):
            piece, kind = _role_in_piece(piece, ctx, kind)
            if open_end and (a, b) == items[-1] and piece == text[a:b] and not ends_with_country(piece, ctx):
                skip = leading_noise(piece, ctx)
                span = name_span(piece[skip:], ctx)[1]
                if not span and type_word_first(piece[skip:]):  # "… e l’agenzia di sviluppo della contea di Zara. Il …"
                    span = max(m.end() for m in re.finditer(rf"(?:^|\s)[{UPPER}][\w'’.-]*", piece[skip:]))
                piece = piece[:skip + span]  # "… e B. Il progetto …"
        at = start + a
        labelled = _role_label_bracket(piece, ctx)
        if labelled:  # "Головним партнером (X, Румунія)", "Partner 2 (Y)": the brackets hold the name
            p = _labelled_item(piece[labelled[0]:labelled[1]], at + labelled[0], ctx, labelled[2])
            if p:
                p.end, last = start + b, b
                out.append(p)
            continue
        p = parse_item(piece, at, ctx, kind)
        if p and len(p.name.split()) <= 20:
            p.end, last = start + b, b
            out.append(p)
    out = partner_lists.spread_plural_type(out, ctx.doc.text, ctx.lang, ctx.lex.cues["conjunctions"],
                                           lambda n: has_org_word(n) or bool(typed_len(n, ctx)))
    return partner_lists.spread_trailing_plural(out, ctx.doc.text, ctx.lang, ctx.lex.cues["conjunctions"],
                                                lambda n: has_org_word(n) or bool(typed_len(n, ctx)),
                                                lambda n: country_name(n, ctx))


def _role_label_bracket(piece: str, ctx: Context) -> tuple[int, int, str] | None:
    """A list item that is a role label, perhaps numbered, with the organisation in brackets after
    it ("Lead partner (X, Romania)", "Partner 1 (Y)", "Партнером 2 (Z, Україна)"): (where the name in
    the brackets starts and ends, the role the label gives); None for any other item."""
    m = re.match(r"\s*([^\W\d][^()]{1,40}?)(?:\s+\d{1,2})?\s*\(", piece)
    if not m:
        return None
    depth, close = 1, None
    for k in range(m.end(), len(piece)):
        depth += {"(": 1, ")": -1}.get(piece[k], 0)
        if depth == 0:
            close = k
            break
    # the brackets end the item, or its sentence when the list ran on into the next one
    if close is None or close == m.end() or not re.match(r"\s*(?:$|[.;]\s)", piece[close + 1:] + " "):
        return None
    label = m.group(1).strip().lower()
    for lang in dict.fromkeys((ctx.lang, "en")):
        for c in nlp.cues(label, lang, LEAD_KEYS | {"partners"}):
            if c.start == 0 and c.end == len(label):
                return m.end(), close, LEAD if c.key in LEAD_KEYS else PARTNER
    return None


def _labelled_item(inner: str, at: int, ctx: Context, role: str) -> Partner | None:
    """The organisation in a role label's brackets: its name up to its own first bracket or
    comma (an alias, a town, a district follow: "X (Комуна Y), Румунія", "Y, м. Верховина,
    Україна"), its country from the whole ("…, Україна")."""
    cut = re.search(r"\s*[(,]", inner)
    p = parse_item(inner[:cut.start()] if cut else inner, at, ctx, role)
    if p and p.country is None and cut:
        whole = parse_item(inner, at, ctx, role)
        p.country = whole.country if whole else None
    return p


def _glued_countries(text: str, items: list[tuple[int, int]], ctx: Context) -> tuple[list[tuple[int, int]], dict]:
    """A list flattened from lines of "name, town, country" loses the break after each country, which
    then opens the next item ("Cork Printmakers, Ireland Edinburgh Printmakers, Scotland Funen
    Studio, Odense, Denmark International Centre"). Where two items or more open with a country
    followed by a capitalised name, the country is an item of its own (it closes the partner
    before it), and a bare town between a partner and its country is the partner's seat. A single
    such item is left whole ("Latvia University of Life Sciences" is one name). Returns the items
    and the seats (item -> the town's country)."""
    glued = []
    for k, (a, b) in enumerate(items):
        words = text[a:b].split()
        # a legal form spelt like a code opens a name ("SA Kalana Jahisadam"): no country closes an item there
        cut = next((n for n in (2, 1) if k and len(words) > n and words[n][:1].isupper()
                    and (country_name(" ".join(words[:n]), ctx) or place(" ".join(words[:n]), ctx))
                    and not (n == 1 and opens_with_form(text[a:b].lstrip()))), None)
        glued.append(cut)
    if sum(1 for (a, b), g in zip(items, glued) if g and _country_as_named(" ".join(text[a:b].split()[:g]), ctx)) < 2:
        return items, {}
    out, seats = [], {}
    for (a, b), cut in zip(items, glued):
        if cut:
            m = re.match(r"(?:\S+\s+){%d}" % cut, text[a:b])
            country_end = a + len(m.group(0).rstrip())
            if not country_name(text[a:country_end], ctx):  # a region closing the item before ("Scotland")
                seats[(a, country_end)] = place(text[a:country_end], ctx)
            out += [(a, country_end), (a + m.end(), b)]
            continue
        code = place(text[a:b], ctx)
        if code and out and not has_org_word(text[a:b]):
            seats[(a, b)] = code
        out.append((a, b))
    return out, seats


def _country_as_named(words: str, ctx: Context) -> str | None:
    """A country written in the form that stands alone (its name as the lexicon holds it, or a
    code): a country in a case form ("Danmarks", "Sveriges", "Polskiej") that opens an item is
    the organisation's own possessive ("Danmarks Tekniske Universitet"), not a line of its own."""
    code = country_name(words, ctx)
    inner = words.strip(" ()")
    return code if code and (fold(inner) in ctx.lex.countries or re.fullmatch(r"[A-Z]{2,3}", inner)) else None


_INNER_LABEL = re.compile(r"(?:\s[/|]\s*|[;,]\s*)([^\W\d][^:/|;,()]{1,40}?)\s*:\s+")


def inner_labels(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    """Partner labels inside a one-line list, after a slash, bar, comma or semicolon ("A, B
    / Strategische Partner: C", "A; Associated partners: B", "A | Lead partner: B"): (where
    the separator starts, where the value after the label starts, the role the label gives).
    The label is a partner or lead cue with at most two more words, in the page's language
    or in English, as labels often are."""
    out = []
    for m in _INNER_LABEL.finditer(text):
        label = m.group(1).strip()
        if len(label.split()) > 4:
            continue
        found = [c for lang in dict.fromkeys((ctx.lang, "en"))
                 for c in nlp.cues(label, lang, LEAD_KEYS | {"partners", "partner_nouns"})]
        if not any(len(label.split()) - len(c.text.split()) <= 2 for c in found):
            continue
        out.append((m.start(), m.end(), LEAD if any(c.key in LEAD_KEYS for c in found) else PARTNER))
    return out


def _dash_roles(text: str, items: list[tuple[int, int]], ctx: Context) -> tuple[list[tuple[int, int]], set]:
    """Items split where a dash and a lead role, two words at most before the cue, end at
    a comma inside them ("BROZ (SK) – konzorciumi vezető partner, State Nature Conservancy
    (SK)"): the role is the first part's, the rest another item. Returns the items and
    those that are leads."""
    out, leads = [], set()
    for a, b in items:
        m = re.search(r"\s[-–—]\s*([^,;:()]{2,60}?),\s*(?=\S)", text[a:b])
        low = re.sub(r"[-‐]", " ", m.group(1).lower()).strip() if m else ""
        if m and m.start() > 0 and any(low == c or low.endswith(" " + c) and len(low[:-len(c)].split()) <= 2
                                       for c in {c.replace("-", " ") for k in LEAD_KEYS for c in ctx.lex.cues[k]}):
            out += [(a, a + m.start()), (a + m.end(), b)]
            leads.add((a, a + m.start()))
        else:
            out.append((a, b))
    return out, leads


def _role_in_piece(piece: str, ctx: Context, role: str) -> tuple[str, str]:
    """An item of a list in running text that goes on with its role: "Občina Semič u ulozi
    Vodećeg partnera" is the lead, "Malbork jako jedyny z Polski" is Malbork from Poland.
    The piece is cut before the role words; a country after "from" is kept."""
    for word in sorted(ctx.lex.cues["role_as"], key=len, reverse=True):
        m = compiled(rf"\s{re.escape(word)}\s+(\S+)", re.I).search(piece)
        if not m or m.start() == 0 or (m.group(1)[:1].isupper() and not _is_lead(m.group(1), ctx)):
            continue
        rest = piece[m.start():]
        lead = any(c in rest.lower() for k in LEAD_KEYS for c in ctx.lex.cues[k])
        _, code = country_tail(rest, ctx)
        name = piece[:m.start()] + (f" ({code})" if code else "")
        return name, LEAD if lead else role
    return piece, role


_ROLE_WORD_KEYS = LEAD_KEYS | {"partners", "partner_nouns"}


def lead_bracket(inner: str, ctx: Context) -> bool:
    """A bracket whose every word belongs to a role cue, one of them a lead cue ("vedoucí
    partner projektu", "coordinator partner"): the item's role, whatever order the cues
    come in, not only a lead cue written whole."""
    cues = nlp.cues(inner, ctx.lang, _ROLE_WORD_KEYS)
    if not any(c.key in LEAD_KEYS for c in cues):
        return False
    covered = set()
    for c in cues:
        covered.update(range(c.start, c.end))
    return all(k in covered for k, ch in enumerate(inner) if ch.isalnum())


def _is_lead(word: str, ctx: Context) -> bool:
    return any(c.split()[0] == word.lower() for k in LEAD_KEYS for c in ctx.lex.cues[k])


def sentence_end(ctx: Context, i: int, sent) -> int:
    """The end of sentence `sent`, joined with the sentences after it that open with a
    bracket or in lower case: "KORID LK, spol. s r.o. (CZ), …" is split after "r.o."."""
    end = sent.end
    for s in ctx.sentences(i):
        if s.start < end:
            continue
        if s.text[:1] != "(" and not s.text[:1].islower():
            break
        end = s.end
    return end


def list_end(ctx: Context, start: int, end: int) -> int:
    """Where a list in running text ends, at most at `end`: at a closing bracket it did not
    open ("(partner A e B)") and at the first piece that does not open with a name
    ("…, sara’ presentato", "…, ktorý zastupoval …"); legal forms ("spol. s r.o.",
    "afd. Maritieme Toegang") do not end it."""
    text = ctx.doc.text[start:end]
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth < 0 and text[k - 1:k].isalnum():  # "… e Rijeka)", not a stray ". )"
            text, end = text[:k], start + k
            break
    for m in re.finditer(r"[,;]\s+", text):
        rest = text[m.end():]
        if suspended_before(text, m.start()):
            continue  # "Närings-, trafik- och miljöcentralen": the comma joins the parts of one word
        if role_apposition(rest, ctx):
            continue  # "A, kot vodilnega partnerja, B": the role of the item before, the list goes on
        skip = leading_noise(rest, ctx)
        word = rest[skip:].split(" ", 1)[0]
        if word[:1].isupper() or word[:1] in "„“\"'" or _named(rest[skip:]) or re.fullmatch(r"(?:\w{1,4}\.)+", word) or MARKER.match(rest)\
                or typed_len(rest, ctx) or type_word_first(rest[skip:]) or partner_lists.unit_of(rest[skip:], text[:m.start()]):
            continue
        return start + m.start()
    return end


def _town_from(name: str, ctx: Context) -> str:
    """A name closed by "from" and one capitalised word, when its country follows as the next item
    ("Isparta Anadolu Lisesi от Испарта, Турция", "X from Palermo, Italy"): the word is the seat,
    not part of the name; two words at least stay before it."""
    for word in ctx.lex.cues["origin"]:
        m = re.search(rf"\s+{re.escape(word)}\s+[{UPPER}][^\W\d_]+$", name)
        if m and len(name[:m.start()].split()) >= 2:
            return name[:m.start()]
    return name


def _item_named(piece: str, ctx: Context) -> bool:
    """A list item that opens with a name: capitalised after its marker or article, or a
    type word in lower case before one (in a case form too: "obcí Hať")."""
    words = piece.split()
    return _named(piece[leading_noise(piece, ctx):]) or bool(typed_len(piece.lstrip(), ctx))\
        or _typed_after_article(piece, ctx) or len(words) > 1 and inflected_type(words[0], words[1], ctx.lang)


def _typed_after_article(piece: str, ctx: Context) -> bool:
    """An article, then an organisation-type word in lower case and a capitalised word
    further on: a new item after a comma ("…, il museo della Marineria di X", "…, l’agenzia
    di sviluppo della contea di Y", "…, la maison de l’Europe de Z"), not the rest of a name."""
    m = re.match(rf"(\S+?)(?:\s+|(?<=['’]))([{LOWER}][\w-]*)", piece)
    article = m.group(1).lower() if m else ""
    if not m or not article[:1].islower() or not {article, article.rstrip("'’"), article.replace("’", "'")} & nlp.stop_words(ctx.lang):
        return False
    return has_org_word(m.group(2)) and bool(re.search(rf"\s[{UPPER}]", piece[m.end():]))


def _named(piece: str) -> bool:
    return piece[:1].isupper() or bool(MARKER.match(piece)) or piece[:1] in "„\"«"\
        or bool(re.match(rf"\d+[{UPPER}]|\d{{1,2}}[^\W\d]{{0,2}}\.?\s+[{UPPER}]{{2}}", piece))  # "3M", "1st GYMNASIO", not "40.455,49 EUR"


_VERB_AFTER_DASH = re.compile(rf"\s[–—-]\s+[{LOWER}]+\s*$")  # "die TU Darmstadt – trafen sich": the verb after an aside


def _cut_open_bracket(text: str) -> str:
    """A bracket opened and never closed ("Aachen (the project leader)" cut at its role
    word) ends the name; so does a lower-case word after a closing dash ("X – trafen")."""
    k = text.rfind("(")
    if k > 0 and text.count("(") > text.count(")"):
        text = text[:k]
    return _VERB_AFTER_DASH.sub("", text.rstrip(" .,;"))
