"""Budgets: amounts with a currency in a sentence that carries a budget cue; the cue
says which kind (total, EU contribution, other).

The kind comes from the cue nearest the amount in its own clause: a total, EU or other
cue just before it ("Gesamtkosten von 2,5 Mio. €", "dofinansowanie z budżetu państwa:
600 zł"), else one right after it ("3,7 mil. EUR (z toho 2,9 mil. EUR z ERDF)",
"7,2 millió euróval támogatta"), else the nearest cue before it; a plain "budget" is the
total. A label alone on its line gives the kind to the amounts on the next line, and
"EFRE- / Gesamtmittel in €:" over "2.302.539,00 / 2.878.173,75 €" pairs part with part.

Not the project's budget, so not read: a programme's budget ("This programme has a budget
of …"), and an amount in a sentence about several projects ("4 Millionen Euro für zwei
Projekte"). Amounts under a partners heading, where each partner repeats the same budget
label, are the partners' shares (kind other), as are a label that names a partner or, after
the total, an organisation's own budget ("FHNPI összköltségvetése:", and a budget cue a named
organisation owns, "proračun Grada Rijeke iznosi …": `budget_owners.owned_total`) and an item without a
cue under a list of funding sources ("Viri financiranja:"). Also not read: a billion euros
or more (a programme's or fund's money), an amount after "up to" in a sentence about
projects in the plural or after the adjective "maximum" (a call's cap, unless the money
was approved), and a sentence that points back ("Met deze goedkeuring …") to one about
several projects. The same figure stated twice is listed once, unless one sentence gives
it two roles ("€15M toward a total budget of €15M"). An amount after an "of which" word
("…, z toho rozpočet pre mesto X je …") is a part: never the total.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline import nlp
from pipeline.extractors import budget_cards, budget_givers, budget_item_lists, budget_owners, project_scope, project_sentence
from pipeline.extractors.context import Context
from pipeline.extractors.project_sentence import hyphen_cues
from pipeline.extractors.name_text import name_cues
from pipeline.label_notes import label_head
from pipeline.model import LIST_ITEM, Evidence
from pipeline.normalise.money import PER_EUR, Money, currency_in, find_money, format_amount, number_at
from pipeline.lexicons import org_word_in
from pipeline.section_amount_items import item_budget_kind, read_item
from pipeline.regex_cache import compiled
from pipeline.textnorm import UPPER, fold

KINDS = {"budget_total": "total", "budget_eu": "eu_contribution", "budget": "total", "budget_other": "other",
         "budget_worth": "total"}
SPECIFIC = {"budget_total", "budget_eu", "budget_other", "budget_worth"}
VERBS = {"grant_received", "actor_verbs"}  # verbs of obtaining money, which no amount is written onto
AFTER_WORDS = 6  # how far after an amount a cue still qualifies it
NEAR_WORDS = 5  # how far before an amount a total, EU or other cue names it
LABEL_WORDS = 8  # a label alone on its line is short
RUN_TEXT_WORDS = 25  # a block this long is running text: a partner list has ended
PROGRAMME_GAP = 3
SUM_SLACK = Decimal("0.01")  # a sum of parts stated to the cent
# a billion euros or more is a programme's or a fund's budget, not one cooperation project's;
# in another currency as many billions as it has units to the euro ("800 milliarder kroner" for
# Horizon 2020; a billion forints is an ordinary project budget, 500 billion is not)
PROGRAMME_SCALE = 10 ** 9
HARD_CURRENCIES = {"EUR", "USD", "GBP", "CHF"}


def programme_sized(money: Money) -> bool:
    """The amount is a programme's or a fund's money, not a project's (a currency without a
    known rate is never judged)."""
    rate = 1 if money.currency in HARD_CURRENCIES else PER_EUR.get(money.currency)
    return rate is not None and money.amount >= PROGRAMME_SCALE * rate
# under a hundred units of any currency is a price ("Costo annuo 29€", "vstupné 50 Kč") or a figure
# cut off by a stray space ("11.163, 70 euro"), never a project's money or a partner's share
PRICE_SCALE = 100
# a label of another kind than partner, role or budget ends a partner list
RUN_ENDS = {"title", "programme", "funder", "call", "duration", "start", "end", "since", "activities", "themes",
            "sectors", "work_packages", "events", "published"}  # "programme has a budget": words between the programme and the budget cue


@dataclass
class Budget:
    amount: str
    currency: str
    kind: str
    evidence: Evidence
    ambiguous: bool = False


def extract(ctx: Context, name: str | None = None) -> list[Budget]:
    """`name`: the project's name as the names extractor chose it (a sentence naming it is
    about the project, so its amounts are the project's without a budget cue)."""
    out: list[Budget] = []
    seen: dict[tuple[str, str], set[str]] = {}  # figure -> kinds listed
    shares = _partner_share_blocks(ctx) | _named_rows(ctx)
    sources = _source_items(ctx)
    consumed: set[int] = set()
    theirs: set[tuple[str, str]] = set()  # figures stated for several projects or a programme
    several = _several_projects(ctx)
    read_blocks: set[int] = set()  # blocks an amount was read from
    guessed: dict[tuple[str, str], int] = {}  # figure -> its place in `out`, when its kind was only implied

    def add(money: Money, start: int, end: int, kind: str, i: int, twice: bool = False, implied: bool = False) -> None:
        if programme_sized(money) or money.amount < PRICE_SCALE:
            return  # "a budget of around €77 billion": a programme's or a fund's money
        key = (format_amount(money.amount), money.currency)
        kind = "other" if i in shares else kind
        if key in guessed and not implied and kind != out[guessed[key]].kind and seen[key] == {out[guessed[key]].kind}:
            # "£9 million of additional funds" in the lead, "the £9 million of EU funds" later: the
            # kind a cue names for the same figure replaces the one guessed from a sentence without cue
            k = guessed.pop(key)
            out[k] = Budget(key[0], key[1], kind, ctx.evidence(start, end), money.ambiguous)
            seen[key] = {kind}
            return
        if key in seen and not (twice and kind not in seen[key] and kind != "other"):
            return  # the same figure stated twice is listed once
        if implied:
            guessed[key] = len(out)
        # unless one sentence gives it two roles: "contributes €15.0M toward a total budget of €15.0M"
        seen.setdefault(key, set()).add(kind)
        read_blocks.add(i)
        out.append(Budget(key[0], key[1], kind, ctx.evidence(start, end), money.ambiguous))

    for i in ctx.indices:
        if i in consumed:
            continue
        below = _value_below(ctx, i)
        if below and _priced_item(ctx, below[0]):
            below = None  # "Hankkeet:" over "• A, Org, 310 000 €": the item reads its own amount
        if below:
            j, items = below
            consumed.add(j)
            for money, start, kind in items:
                add(money, start, start + len(money.text), kind, j if j in shares else i)
            continue
        if i in sources and not ctx.cues(i, set(KINDS)):
            # "• MGRT, 23. člen ZFO-1: 19.939,82 EUR;" under "Viri financiranja:": a co-financer's share
            base = ctx.block(i).start
            for money in find_money(ctx.text(i), ctx.lex):
                add(money, base + money.start, base + money.end, "other", i)
            continue
        item = _priced_item(ctx, i)
        if item:
            # "• HERMES (FET Open): Turun yliopisto, 401 984 €": the item's own amount(s), no cue needed
            for money in item.amounts:
                add(money, money.start, money.end, item_budget_kind(item), i)
            continue
        lead_kind = _list_lead_kind(ctx, i)
        if lead_kind and not ctx.cues(i, set(KINDS)):
            # "Dofinansowanie otrzymali:" over "• Gmina X – title, 45 tys. euro": the lead names the money
            base = ctx.block(i).start
            for money in find_money(ctx.text(i), ctx.lex)[:1]:
                add(money, base + money.start, base + money.end, lead_kind, i)
            continue
        others = False  # the sentence before spoke of several projects or of the programme
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, set(KINDS)) if sent.start <= c.start < sent.end]
            others = _about_several_projects(ctx, i, sent) or _programme_sentence(ctx, i, sent) or \
                others and _points_back(ctx, sent) or _plural_only(ctx, i, sent, name)
            if others:
                theirs.update(_keys(find_money(sent.text, ctx.lex)))
            implied = not cues and not others
            if implied:
                cues = _implied(ctx, i, sent, name, several)
            if not cues or others:
                continue
            capped = _call_cap(ctx, sent)
            maxima = _stated_maximum(ctx, sent) | _modal_cap(ctx, sent)
            amounts = _with_parts(sent.text, find_money(sent.text, ctx.lex) or _bare_value(ctx, sent, out), ctx)
            taken = None  # the span from the amount before to the end of the cue read after it
            parts = False  # an "of which" word made an amount before a part of the whole
            whole_theirs = None  # end of an amount read as the programme's or a call's total
            read_kinds: dict[int, str] = {}  # amount's index in the sentence -> kind it was read as
            read_cues: dict[int, int] = {}  # amount's index in the sentence -> start of the cue it was read by
            whole = None  # the first amount read as a total here, and where it ends
            for n, money in enumerate(amounts):
                start = sent.start + money.start
                if whole_theirs is not None and not _project_between(ctx, i, whole_theirs, start, name):
                    # "Ο συνολικός προϋπολογισμός του Προγράμματος … €60.082.625, από τα οποία τα
                    # €48.065.620 … ΕΤΠΑ": the parts of the programme's total are the programme's too
                    theirs.update(_keys([money]))
                    continue
                if money.start in maxima:
                    continue  # a cap, not this project's money; the same figure stated elsewhere stays
                if implied and money.currency != amounts[0].currency:
                    continue  # "19 miljoner euro eller 178 miljoner kronor": the figure again, converted
                if implied and _before_name(sent, name, money, several):
                    continue
                prev_end = sent.start + amounts[n - 1].end if n else sent.start
                if n and _conversion(ctx, amounts[n - 1], money, ctx.doc.text[prev_end:start]):
                    continue
                limit = sent.start + (amounts[n + 1].start if n + 1 < len(amounts) else len(sent.text))
                # with no cue of its own before or after it, the sentence's cues name the
                # other amounts: this one is the whole ("Projekt za 12,5 mil. Kč podpořila EU …")
                cue = _near(ctx, cues, prev_end, start)
                after = _after(ctx, cues, sent.start + money.end, limit, n + 1 < len(amounts))
                if cue is None or after is not None and after.key != "budget_worth" and (
                        _attached(ctx, cue, start, sent.start + money.end, after, limit, n + 1 < len(amounts))
                        or _bracket_gloss(ctx.doc.text[sent.start + money.end:after.start])):
                    cue = after or cue
                if cue is not None and n and cue.end <= start:
                    # "400 000 euros proviennent du FEDER et 92 000 euros du budget de la Région":
                    # a cue just after the amount before is that amount's; this one has its own after it
                    own = _after(ctx, cues, sent.start + money.end, limit, n + 1 < len(amounts))
                    gap = ctx.doc.text[prev_end:cue.start]
                    if own is not None and own.key != "budget_worth" and _words(gap) <= AFTER_WORDS and not re.search(r"[\d;.]", gap):
                        cue = own
                part = bool(n) and _part_of_which(ctx, ctx.doc.text[prev_end:start])
                parts = parts or cue is None and part
                if cue is None and (n and (_own_label(ctx.doc.text[prev_end:start]) or parts) or
                                    not n and _opening_label(ctx, i, sent.start, start)):
                    # "…, UzhNU: 8.138,58 EUR": a partner's line in a list; "700.000 de euro din
                    # care 450.000 de euro revin municipiului": a part the text does not call EU money,
                    # as is each later part ("z toho na poľskej strane A € … a na slovenskej strane B €")
                    cue, kind = None, "other"
                elif cue is None:
                    # a cue read after the amount before is that amount's ("… (ERDF); 20 650,00
                    # eur (ŠR SR)" under "zdroj EÚ a štátneho rozpočtu:"): look before it
                    # (every cue in that span is the amount before's: "(prostriedky EÚ - EFRR)")
                    cue = _before([c for c in cues if not (taken and taken[0] <= c.start < taken[1])] or cues, start)
                    kind = KINDS[cue.key] if cue.start < start else "total"
                    if kind == "eu_contribution" and n and read_kinds.get(n - 1) == kind and read_cues.get(n - 1) == cue.start \
                            and _no_eu_of_its_own(ctx, i, amounts[n - 1], money, prev_end, start, sent.start + money.end, limit):
                        # "požadovaná dotace 5,7 mil Kč a spolupodíl města 1 mil Kč": the EU cue named the
                        # amount before; this one, with no cue of its own, is another source's
                        kind = "other"
                    if kind == "total" and (cue.start >= start or cue.key == "budget") and _below_read_total(out, money):
                        # only a plain budget cue before it, or none of its own: "Ukupna vrijednost projekta
                        # je 3,2 milijuna eura, dok vrijednost proračuna za
                        # Zadarsku županiju iznosi 259.995 EUR": no total cue of its own, and smaller
                        # than the total already read: a part of it, not a second total
                        kind = "other"
                else:
                    kind = KINDS[cue.key]
                if kind == "total" and cue and _programme_budget(ctx, i, sent, cue, start) or \
                        _allocation(ctx, i, cues, prev_end, start) or start - sent.start in capped:
                    theirs.update(_keys([money]))
                    whole_theirs = sent.start + money.end
                    continue
                if _range_end(ctx, ctx.doc.text[prev_end:start]):
                    continue  # "une échelle de 100.000 à 250.000 €": a range a call sets
                if n and (kind == "total" and (cue is None or cue.end <= prev_end) or kind == "other" and cue is None) \
                        and i not in shares and (budget_owners.eu_named(ctx, ctx.doc.text[prev_end:start]) or
                                                 budget_givers.eu_brand(ctx, ctx.doc.text[prev_end:start], name)):
                    # "Gesamtkosten … 2,7 Millionen Euro, die EU soll davon 2,1 Millionen Euro tragen":
                    # the total's cue is the amount before's; the EU named since then gives this one
                    # ("…, di cui la UE finanzia 1.275.000 euro": a part the text calls the EU's)
                    kind = "eu_contribution"
                if kind != "total" and _share_of(ctx.doc.text[prev_end:start]):
                    kind = "total"  # "qui a financé 60 % des 3,2M€ du projet": the whole, the cue names its share
                elif kind == "total" and n and _part_of_which(ctx, ctx.doc.text[prev_end:start], OF_WHICH_WORDS):
                    kind = "other"  # "267.412 eur, z toho rozpočet pre mesto X je 106.534 eur": a part is no total
                elif kind == "total" and _part_after_whole(ctx, cue, whole, money, start):
                    kind = "other"  # "teljes költségvetése 2,14 millió euró (…), ebből a szlovák szakaszra 1,127 millió eurót"
                elif kind == "eu_contribution" and n and cue is not None and cue.end <= start and \
                        read_kinds.get(n - 1) == kind and _closes_amount_before(ctx, prev_end, cue, start):
                    # "334 596 euros du FEDER et 83 649 euros de contreparties", "194 450 EUR är stöd från
                    # Europeiska regionala utvecklingsfonden och 74 788 EUR är norska IR-midler": the EU cue
                    # after the amount before is that amount's; this one, with none of its own, is other money
                    kind = "other"
                elif kind == "eu_contribution" and cue is not None and cue.end <= start and taken and taken[0] <= cue.start < taken[1] and \
                        _part_after_whole(ctx, None, whole, money, start):
                    # "varav 289 968 EUR är EU-stöd och 156 136 EUR är norska IR-midler": the EU cue
                    # the part before took names that part, not this one
                    kind = "other"
                if kind == "total" and n and cue is not None and cue.end <= prev_end and \
                        read_kinds.get(n - 1) == "total" and _smaller_part(amounts[n - 1], money):
                    # "toplam bütçesi 799.466€ iken, ODTÜ ise 399.621€ pay alacak", "eelarve: 654 350 €,
                    # mis kaetakse Euroopa Liidu … 390 810 €": the total's cue named the amount before;
                    # a smaller one after it is a part, the EU's when its clause names the EU
                    kind = "eu_contribution" if _eu_in_clause(ctx, i, prev_end, sent.start + money.end, limit, name) \
                        else "other"
                if kind != "eu_contribution" and n and _part_named_eu(ctx, cues, prev_end, start, sent.start + money.end, limit):
                    kind = "eu_contribution"  # "…, dont 900.000 euros apportés par l'UE", "(127.500 EUR dal fondo IPA e …)"
                if _owner_label(ctx, i, prev_end, start, cue, any(b.kind == "total" for b in out)):
                    kind = "other"  # "Udio sufinanciranja projektnih partnera: …", "FHNPI összköltségvetése: …"
                elif kind == "total" and budget_owners.owned_total(ctx, i, cue, start, prev_end):
                    kind = "other"  # "proračun Grada Rijeke iznosi …": a named organisation's budget is its share
                elif kind == "eu_contribution" and cue is not None and \
                        budget_givers.other_giver(ctx, i, cue, prev_end, start, name):
                    kind = "other"  # "sufinanciranje Fonda za zaštitu okoliša iznosi …": a national fund's money
                if cue is not None and cue.key == "budget" and not n and _eu_label(ctx, ctx.doc.text[sent.start:start]):
                    kind = "eu_contribution"  # "Iznos koji financira EU (EAFRD): …": the label names the EU's share
                taken = None
                if cue is not None and cue.start >= sent.start + money.end:
                    close = ctx.doc.text.find(")", cue.end, limit) if "(" in ctx.doc.text[sent.start + money.end:cue.start] else -1
                    taken = (sent.start + money.end, close if close >= 0 else cue.end)
                read_kinds[n] = kind
                if cue is not None:
                    read_cues[n] = cue.start
                if kind == "total" and whole is None:
                    whole = (money, sent.start + money.end)
                add(money, start, sent.start + money.end, kind, i,
                    sum(a.amount == money.amount and a.currency == money.currency for a in amounts) > 1, implied)
    for i in ctx.indices:
        if i not in read_blocks and i not in consumed and budget_cards.uncued_card_line(ctx, i, set(KINDS)):
            # "Valoarea Cofinanțării … de 2%: 49.722,91 lei" in a card with the total's line: a share
            money, at = budget_cards.value_line(ctx, i)
            base = ctx.block(i).start + at
            add(money, base + money.start, base + money.end, "other", i)
    # "4,2 millions d'euros de fonds européens" over "le programme a attribué 4,2 millions d'euros
    # à 5 projets": the same figure is the same money, the several projects'
    return _rounded_restatements(_mixed_grants([b for b in out if (b.amount, b.currency) not in theirs]))


def _project_between(ctx: Context, i: int, lo: int, hi: int, name: str | None) -> bool:
    """The text between two amounts names the project (its name, or a project word in the
    singular): the later amount may be the project's own, not a part of the one before."""
    gap = ctx.doc.text[lo:hi]
    if name and name in gap:
        return True
    plural = {(c.start, c.end) for c in hyphen_cues(ctx, i, {"projects_counted", "project_plural"})}
    return any(lo <= c.start < hi and (c.start, c.end) not in plural
               for c in hyphen_cues(ctx, i, project_sentence.PROJECT_KEYS))


def _several_projects(ctx: Context) -> bool:
    """The page describes several projects: sections of their own, or a sentence that counts
    them ("Drie grensoverschrijdende projecten hebben …"); a project word may then be another's."""
    return ctx.siblings > 1 or any(_about_several_projects(ctx, i, s) for i in ctx.indices for s in ctx.sentences(i))


def _modal_cap(ctx: Context, sent: nlp.Span) -> set[int]:
    """Offsets (in the sentence) of amounts after an "up to" word in a sentence with a modal
    verb ("The cluster can receive a grant of up to EUR 200,000", "Klaster może otrzymać
    dotację nawet do 2 mln zł"): what a project may get, a call's ceiling, no project's budget."""
    if not ctx.doc_cues(sent, {"money_modal"}):
        return set()
    return {m.start for m in find_money(sent.text, ctx.lex) if _after_up_to(ctx, sent.text[:m.start])}


def _after_up_to(ctx: Context, before: str) -> bool:
    """An "up to" word ("bis zu", "jusqu'à", "nawet do") ends the text before an amount."""
    ups = ctx.lex.cues.get("money_up_to", [])
    if not ups:
        return False
    up = "|".join(re.escape(u) for u in sorted(ups, key=len, reverse=True))
    return re.search(rf"(?<!\w)(?:{up})\s*(?:\w+\.?\s+){{0,2}}$", before[-60:], re.IGNORECASE) is not None


def _implied(ctx: Context, i: int, sent: nlp.Span, name: str | None, several: bool) -> list[nlp.CueMatch]:
    """A sentence about the project with an amount and no budget cue ("Mit dem Projekt
    fließen rund 3,1 Millionen Euro in …", "Il coûte environ un demi-million de francs",
    "Hier sind 3,6 Millionen Euro vorgesehen" after a sentence naming the project): the
    amount is the project's. Its kind, as an empty cue at the sentence's start: the
    budget cue of the sentence before (the one it carries on from: "erhält eine Förderung
    …"), else a funder phrase in it ("financed by the European Commission") makes it the
    EU's, an organisation word before the amount with no project word there ("La
    Universidad X dispondrá de 200.000 euros para …") a partner's share, else the total.
    Not read: a list item (a partner's or a cost line), and a sentence that names a
    programme or call before the amount and not the project, a sentence with a modal verb
    ("Ein Cluster kann bis 2 Mio. Euro erhalten": what a project may get) or an "up to"
    before the amount. On a page about several projects only the project's own name counts."""
    if ctx.block(i).kind == LIST_ITEM:
        return []
    money = find_money(sent.text, ctx.lex)
    if money and not several and _eu_label(ctx, sent.text[:money[0].start]):
        return [nlp.CueMatch("budget_eu", sent.start, sent.start, "")]  # "Výška finančnej podpory EÚ: 9 973 345,00 EUR"
    if not money or not project_sentence.about(ctx, i, sent, name, several):
        return []
    if ctx.doc_cues(sent, {"money_modal"}) or _after_up_to(ctx, sent.text[:money[0].start]):
        return []
    if any(sent.start <= c.start < sent.end for c in hyphen_cues(ctx, i, {"projects_counted"})):
        return []  # "33,6 mio. kr. til dansk-tyske projekter": projects in the plural share the money
    first = sent.start + money[0].start
    own = [c for c in ctx.cues(i, project_sentence.PROJECT_KEYS) if sent.start <= c.start < first]
    named = bool(name) and name in sent.text
    source = _programme_source(ctx, i, sent, sent.start + money[0].end)
    if not named and not (own and source) and \
            any(sent.start <= c.start < sent.end for c in hyphen_cues(ctx, i, {"programme", "call", "budget_programme"})):
        return []  # "un nouvel appel à projets … avec une enveloppe de 120 millions €": the call's money
    key = "budget"
    prev = project_sentence.previous(ctx, i, sent)
    carried = prev is not None and project_sentence.carries_on(ctx, i, sent, name, several)
    before = [c for c in ctx.cues(i, set(KINDS)) if prev.start <= c.start < prev.end] if carried else []
    head = _gapped_head(ctx, i, sent) if prev is None else None
    if head is not None and not before:
        # "Het project SAIL heeft EUR 1,8 miljoen … gekregen vanuit het INTERREG programma en het
        # | NSF project EUR 300.000": a part cut at the next project's name inside a sentence
        # states its amount with the verb, cue and giver of the clause before it
        before = [c for c in ctx.cues(i - 1, set(KINDS)) if head.start <= c.start < head.end]
    if prev is not None and find_money(prev.text, ctx.lex) and project_sentence.about(ctx, i, prev, name, several):
        # "… mit 2,5 Mio. Euro aus dem EFRE finanziert. Weitere 0,5 Mio. Euro stammen aus …": the
        # project's money was stated before; a further amount with no cue is another source or a share
        key = "budget_other"
    elif before:
        key = max(before, key=lambda c: (c.end, c.end - c.start)).key
    elif source or _eu_giver(ctx, i, sent, name) or carried and _eu_giver(ctx, i, prev, name) or \
            head is not None and _eu_giver(ctx, i - 1, head, name):
        key = "budget_eu"
    elif not (own or name and name in ctx.doc.text[sent.start:first]) and org_word_in(ctx.doc.text[sent.start:first]):
        key = "budget_other"
    implied = [nlp.CueMatch(key, sent.start, sent.start, "")]
    # a later amount of the sentence is a part of the first one ("… amounts to 3 million EUR,
    # over 500 000 EUR is dedicated to X's tasks"): a share, unless a cue of its own says otherwise
    ours = [m for m in money if not _before_name(sent, name, m, several)]
    return implied + [nlp.CueMatch("budget_other", sent.start + m.start, sent.start + m.start, "") for m in ours[1:]]


def _programme_source(ctx: Context, i: int, sent: nlp.Span, end: int) -> bool:
    """The programme is the source the amount comes from: a programme word a few words after
    it, with no other amount, cue or clause break between ("will receive €1.1m from the North
    West Europe programme", "stanziati 20 milioni di euro dal programma …"): the programme's
    grant to the project, the EU's contribution. The sentence names no other project or call."""
    gap_cues = set(KINDS) | {"call", "budget_programme", "projects_counted"}
    for p in ctx.cues(i, {"programme"}):
        if not end <= p.start < sent.end:
            continue
        gap = ctx.doc.text[end:p.start]
        if _words(gap) > AFTER_WORDS or re.search(r"[\d,;:.()]", gap):
            return False
        return not any(sent.start <= c.start < sent.end for c in ctx.cues(i, gap_cues))
    return False


def _gapped_head(ctx: Context, i: int, sent: nlp.Span) -> nlp.Span | None:
    """The clause a cut part of a sentence leaves out: where block i was cut from the block
    before inside one sentence (a paragraph parted at each project's name), the last
    sentence of that block, which the part's first sentence goes on from."""
    if i == 0 or sent.start != ctx.block(i).start:
        return None
    before = ctx.doc.blocks[i - 1]
    if before.end != ctx.block(i).start or before.kind != ctx.block(i).kind:
        return None  # blocks of their own, not one sentence cut in two
    sents = ctx.sentences(i - 1)
    if not sents or re.search(r"[.!?;:]\W*$", sents[-1].text.rstrip()):
        return None
    return sents[-1]


def _part_named_eu(ctx: Context, cues, prev_end: int, start: int, end: int, limit: int) -> bool:
    """A part of the amount before (an "of which" word or an opening bracket between them)
    whose own clause, right after it, names the EU or an EU fund as its source: "1,5 million
    d'euros, dont 900.000 euros apportés par l'UE", "448.840 еур, од кои 297.540 еур се
    средства одобрени од ЕУ", "150.000 EUR (127.500 EUR dal fondo IPA e 22.500 EUR …)".
    The clause ends at the next amount, a comma, semicolon, closing bracket or full stop, or
    after a few words; a total or other cue there before the EU's is that clause's word."""
    gap = ctx.doc.text[prev_end:start]
    if not (_part_of_which(ctx, gap, OF_WHICH_WORDS) or gap.rstrip().endswith("(")):
        return False
    after = ctx.doc.text[end:limit]
    stop = re.search(r"[,;)]|\.(?:\s|$)", after)
    m = re.match(rf"\s*(?:\S+\s+){{0,{AFTER_WORDS - 1}}}\S+", after[:stop.start()] if stop else after)
    if m is None:
        return False
    clause_end = end + m.end()
    own = sorted((c for c in cues if end <= c.start < clause_end and c.key in SPECIFIC), key=lambda c: c.start)
    if own:
        return own[0].key == "budget_eu"
    return budget_owners.eu_named(ctx, ctx.doc.text[end:clause_end])


def _no_eu_of_its_own(ctx: Context, i: int, before: Money, money: Money, prev_end: int, start: int, end: int,
                      limit: int) -> bool:
    """Nothing makes this amount EU money of its own: it is in the currency of the amount
    before (not that amount again in another: "1,4 milioni di euro … e di 165mila franchi"),
    no EU cue follows it in its clause ("€403,000 minnhom … minn fondi Ewropej"), and the
    words right before it, after the last comma, bracket or conjunction, do not name the
    EU ("(EU+valtio 72 000,00 €")."""
    if money.currency != before.currency:
        return False
    if any(end <= c.start < limit for c in ctx.cues(i, {"budget_eu"})):
        return False
    gap = ctx.doc.text[prev_end:start]
    cut = [m.end() for m in compiled(_joints(ctx, r"[,;(]"), re.IGNORECASE).finditer(gap)]
    return not budget_owners.eu_named(ctx, gap[cut[-1] if cut else 0:])


def _closes_amount_before(ctx: Context, prev_end: int, cue, start: int) -> bool:
    """The cue stands right after the amount before, in its clause (a few words, no number or
    clause break between), and only a comma or a conjunction parts it from this amount: it
    names the amount before ("… du FEDER et 83 649 euros …")."""
    text = ctx.doc.text
    head = text[prev_end:cue.start]
    if _words(head) > AFTER_WORDS or re.search(r"[\d;.:]", head):
        return False
    sep = _joints(ctx, ",")
    return compiled(rf"\s*\)?\s*(?:{sep})(?:\s*(?:{sep}))?\s*", re.IGNORECASE).fullmatch(text[cue.end:start]) is not None


def _joints(ctx: Context, punct: str) -> str:
    """A pattern for what parts two amounts' clauses: one of the marks `punct`, or one of the
    language's conjunctions."""
    conj = [re.escape(w) for w in ctx.lex.cues.get("conjunctions", [])]
    return rf"{punct}|(?<!\w)(?:{'|'.join(conj)})(?!\w)" if conj else punct


def _smaller_part(whole: Money, money: Money) -> bool:
    """The amount is in the currency of the one before and smaller: it can be a part of it."""
    return money.currency == whole.currency and money.amount < whole.amount


def _eu_in_clause(ctx: Context, i: int, prev_end: int, end: int, limit: int, name: str | None) -> bool:
    """The EU, an EU fund or body, a funder phrase or an EU programme's brand is named between
    the amount before and this one, or in this amount's own clause after it (up to the next
    amount, a comma, semicolon, closing bracket or full stop)."""
    after = ctx.doc.text[end:limit]
    stop = re.search(r"[,;)]|\.(?:\s|$)", after)
    hi = end + (stop.start() if stop else len(after))
    text = ctx.doc.text[prev_end:hi]
    if budget_owners.eu_named(ctx, text):
        return True
    if any(prev_end <= c.start < hi for c in ctx.cues(i, {"budget_eu", "funder"})):
        return True
    return _eu_giver(ctx, i, nlp.Span(prev_end, hi, text), name)


def _eu_label(ctx: Context, label: str) -> bool:
    """A short label before the amount, ending in a colon, that names the EU by its abbreviation
    ("Výška finančnej podpory EÚ:", "Contribution UE :", "Iznos koji financira EU (EAFRD):"):
    the amount is the EU's share, whatever the label's other words."""
    label = label.strip()
    if not label.endswith(":") or _words(label) > LABEL_WORDS:
        return False
    return budget_owners.eu_named(ctx, label)


def _before_name(sent: nlp.Span, name: str | None, money: Money, several: bool) -> bool:
    """On a page about several projects, an amount before the project's name in its sentence
    is another's ("Het project SAIL heeft EUR 1,8 miljoen … en het NSF project EUR 300.000")."""
    if not several or not name:
        return False
    at = sent.text.find(name)
    return at > money.start


def _eu_giver(ctx: Context, i: int, sent: nlp.Span, name: str | None) -> bool:
    """The sentence names the EU as the giver: a funder phrase ("funded by", "finanziato da")
    or an EU body or fund ("European Commission", "Europese Commissie", "ERDF"). A brand inside
    the project's name ("Priodiversity LIFE", "Interreg-Projekt X") names no giver."""
    if any(sent.start <= c.start < sent.end for c in ctx.cues(i, {"funder"})):
        return True
    low = sent.text.lower()
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in name_cues(ctx.lang).get("not_programme", [])):
        return True
    # an EU programme's brand, capitalised as a name ("vanuit het INTERREG programma", "from Horizon
    # Europe"): lower-case "life" is no programme
    named = [(m.start(), m.end()) for m in re.finditer(re.escape(name), sent.text)] if name else []
    return any(m.group()[0].isupper() and not any(a <= m.start() < b for a, b in named)
               for w in name_cues(ctx.lang).get("programme_names", [])
               for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", sent.text, re.IGNORECASE))



def _priced_item(ctx: Context, i: int):
    """The section's own list item, read as "name, organisation, amount" (its section
    opens at the item's name)."""
    sec = ctx.section
    if sec.name is None or i in sec.shared or ctx.block(i).kind != LIST_ITEM:
        return None
    if not ctx.block(i).start <= sec.name[0] < ctx.block(i).end:
        return None
    return read_item(ctx.doc, i)


def _list_lead_kind(ctx: Context, i: int) -> str | None:
    """The kind of money a list item's amount is when the section shares the list's lead
    and that lead names the money ("Dofinansowanie otrzymali:", "Funding was granted to:"),
    as a beneficiary list's items each state one amount with no cue of their own."""
    if ctx.block(i).kind != LIST_ITEM:
        return None
    lead = i - 1
    while lead > 0 and ctx.doc.blocks[lead].kind == LIST_ITEM:
        lead -= 1
    if ctx.block(lead).kind == LIST_ITEM:
        return None
    if ctx.section.shared and lead in ctx.section.shared:
        cue = next(iter(ctx.cues(lead, set(KINDS))), None)
        return KINDS[cue.key] if cue else None
    return budget_item_lists.own_item_kind(ctx, i, lead, set(KINDS), KINDS)


def _keys(amounts: list[Money]) -> set[tuple[str, str]]:
    return {(format_amount(m.amount), m.currency) for m in amounts}


def _range_end(ctx: Context, gap: str) -> bool:
    """The amount closes a range ("100.000 à 250.000 €", "od 50 000 do 200 000 Kč", "50.000 bis
    250.000 Euro"): a call's span of grants, no stated figure."""
    words = ctx.lex.cues.get("range_to", [])
    if not words:
        return False
    to = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.search(rf"\d\s*(?:{to})\s+$", gap, re.IGNORECASE) is not None


ROUND_DIGITS = 2  # "1 Million EUR", "1,5 mil. Kč": a figure rounded for a headline
PRECISE_DIGITS = 4  # "1.016.890 EUR": a figure stated exactly
RESTATED = Decimal("0.1")  # a rounded figure this close to an exact one restates it


def _conversion(ctx: Context, before: Money, money: Money, gap: str) -> bool:
    """"77 237,92 EUR (přibližně 1 930 000,- Kč)", "26 millió euró (mintegy 8 milliárd
    forint)", "2 miljoner euro eller 22 miljoner kronor", "1,2 M€, soit environ 1,3 million de
    francs": a figure in another currency right after an amount, in brackets or after a word
    that restates ("or", "soit", "czyli"), perhaps "about", restates that amount; it is no
    figure of its own."""
    if money.currency == before.currency:
        return False
    approx = {w.lower() for w in ctx.lex.cues.get("approx", [])}
    again = {w.lower() for w in ctx.lex.cues.get("money_or", [])}
    words = gap.strip().lower()
    bracket = words.startswith("(")
    words = words.lstrip("(,–-— ").rstrip("( ")
    for w in sorted(again, key=len, reverse=True):
        if words == w or words.startswith(w + " "):
            rest = words[len(w):].strip(" (,")
            return not rest or rest in approx  # "eller cirka 22 miljoner kronor"
    # in brackets only with "about": "7.536,45 HRK (1.000,26 €)" states both figures
    return bracket and words in approx


def _significant(amount: Decimal) -> int:
    """Significant digits of the whole part: 1000000 has 1, 1016890 has 6."""
    return len(str(int(amount)).rstrip("0"))


def _rounded_restatements(out: list[Budget]) -> list[Budget]:
    """"Mehr als 1 Million EUR Fördermittel" in the headline, "1.016.890 EUR" in the text:
    a rounded figure within a tenth of an exact one in the same currency restates it."""
    def rounded(b: Budget) -> bool:
        exact = [x for x in out if x is not b and x.currency == b.currency and
                 _significant(Decimal(x.amount)) >= PRECISE_DIGITS]
        value = Decimal(b.amount)
        digits = _significant(value)
        if digits <= ROUND_DIGITS:
            return any(abs(Decimal(x.amount) - value) <= RESTATED * Decimal(x.amount) for x in exact)
        # "364.000 kuna" in the headline, "364.702,58 kuna" in the text: a figure cut to three
        # digits restates one that differs from it by less than a unit of its last digit
        unit = Decimal(10) ** (len(str(int(value))) - digits)
        return digits == ROUND_DIGITS + 1 and value >= 1000 and any(
            abs(Decimal(x.amount) - value) < unit for x in exact)
    return [b for b in out if not rounded(b)]


def _below_read_total(out: list[Budget], money: Money) -> bool:
    """A total of the same currency, larger than this amount, is already read."""
    return any(b.kind == "total" and b.currency == money.currency and Decimal(b.amount) > money.amount for b in out)


def _share_of(gap: str) -> bool:
    """A percentage and one short word right before the amount ("60 % des", "85% of",
    "75 % der"): the amount is the whole the percentage is taken of."""
    return re.search(r"\d\s?%\s+[^\W\d]{1,4}\s+$", gap) is not None


def _mixed_grants(out: list[Budget]) -> list[Budget]:
    """A grant that is the sum of an EU amount and another ("dofinansowanie 29 332,52 €,
    w tym EFRR 28 208,83 €, budżet państwa 1 123,69 €", "Ukupan iznos potpore" over "iz EU
    fondova" and "iz državnog proračuna") mixes EU and national money: kind other."""
    def value(b: Budget) -> Decimal:
        return Decimal(b.amount)
    eu = [b for b in out if b.kind == "eu_contribution"]
    other = [b for b in out if b.kind == "other"]
    for whole in eu:
        if any(part is not whole and part.currency == whole.currency == rest.currency and
               abs(value(part) + value(rest) - value(whole)) <= SUM_SLACK for part in eu for rest in other):
            whole.kind = "other"
    return out


def _owner_label(ctx: Context, i: int, prev_end: int, start: int, cue, have_total: bool) -> bool:
    """The amount is the value of a short label ("…: amount") that names an organisation
    as the owner of the money: a partner noun ("Udio sufinanciranja projektnih partnera:",
    "Partner contribution:"), or, once the project's total is read, an acronym before a
    total cue ("FHNPI összköltségvetése:", "Őrségi NPI költségvetése:"): a partner's share."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(prev_end, line_start)
    label = text[lo:start]
    if not label.rstrip().endswith(":") or _words(label) > LABEL_WORDS * 2:
        return False
    if any(lo <= c.start and c.end <= start for c in ctx.cues(i, {"partners", "partner_nouns", "lead_partner"})):
        return True
    if not (have_total and cue is not None and lo <= cue.start):
        return False
    owner_of = re.search(rf"\b[{UPPER}][\w-]*['’]s\s+$", text[lo:cue.start])
    if owner_of and KINDS[cue.key] == "total" and not any(
            lo <= c.start < cue.start for c in ctx.cues(i, {"project_before", "project_after", "programme", "call"})):
        return True  # "Tartu Science Park’s budget: 57,000 EUR" after the total: the partner's own
    budget_cues = ctx.cues(i, set(KINDS) | {"programme", "funder"})
    # "A projekt főösszege (SZTE):", "Támogatási összeg (SZTE):": an acronym in brackets
    # after the cue names the owner whatever the kind
    owner = re.search(rf"\(\s*[{UPPER}]{{3,}}\s*\)\s*:\s*$", text[cue.end:start])  # 3+ letters: "(EU)" is no owner
    if owner:
        a = cue.end + owner.start()
        return not any(c.start <= a + 1 < c.end for c in budget_cues) and \
            not currency_in(owner.group().strip("():\t "), ctx.lex)
    if KINDS[cue.key] != "total":
        return False
    for m in re.finditer(rf"\b[{UPPER}]{{2,}}\b", text[lo:cue.start]):
        a, b = lo + m.start(), lo + m.end()
        if not any(c.start <= a and b <= c.end for c in budget_cues) and not currency_in(m.group(), ctx.lex):
            return True
    return False


def _call_cap(ctx: Context, sent: nlp.Span) -> set[int]:
    """Offsets (in the sentence) of amounts after an "up to" word in a sentence that speaks
    of projects in the plural ("Kleinprojekte werden mit bis zu 25.000 Euro gefördert",
    "projects may receive up to EUR 200,000"): a call's cap, no project's budget. A
    compound that ends in the plural noun counts ("Kleinprojekte", "samenwerkingsprojecten")."""
    ups = ctx.lex.cues.get("money_up_to", [])
    plural = [fold(w) for w in ctx.lex.cues.get("projects_counted", [])]
    if not ups or not plural:
        return set()
    words = [fold(w) for w in re.findall(r"\w+", sent.text)]
    if not any(w.endswith(p) for w in words for p in plural):
        return set()
    up = re.compile(rf"(?:{'|'.join(re.escape(u) for u in sorted(ups, key=len, reverse=True))})\s*$", re.I)
    return {m.start for m in find_money(sent.text, ctx.lex) if up.search(sent.text[max(0, m.start - 30):m.start])}


CAP_WORDS = 8  # how far before an amount a word of "maximum" still qualifies it


def _stated_maximum(ctx: Context, sent: nlp.Span) -> set[int]:
    """Offsets (in the sentence) of amounts a word of "maximum" qualifies ("Maximálny
    celkový rozpočet malého projektu je 62.500 eur", "the maximum grant per project is
    EUR 50,000", "die maximale Förderung eines Kleinprojekts beträgt …"): a rule of the
    call, no project's budget. The word is the adjective: "at most" (an adverb) also sets
    a project's own figure in its contract ("troškovi se određuju na maksimalno …"). It
    stands before the amount in its clause: no comma, semicolon, colon (a fact sheet's
    label, "Maksymalna kwota dofinansowania z EFRR: …", is the project's own figure), per
    cent or other amount between ("maximum rate of 85 %, total 1,2 M€" keeps the total).
    A sentence that says the money was approved or awarded gives the project's own maximum."""
    caps = ctx.doc_cues(sent, {"budget_cap"})
    if not caps or ctx.doc_cues(sent, {"money_approved", "grant_received"}):
        return set()  # "Gradu Drnišu je odobren maksimalni iznos …": the maximum it was granted is its own
    out = set()
    prev = 0
    for m in find_money(sent.text, ctx.lex):
        for c in caps:
            a = c.end - sent.start
            gap = sent.text[a:m.start]
            if prev <= c.start - sent.start and 0 <= a <= m.start and _words(gap) <= CAP_WORDS and \
                    not re.search(r"[,;:%]", gap):
                out.add(m.start)
        prev = m.end
    return out


def _own_label(gap: str) -> bool:
    """The text between two amounts is a label of its own without a budget cue ("EUR,
    UzhNU:", or a line of its own "Gmina Větřkovice:"): the amount is that label's line,
    not the earlier cue's (a partner's share or a cost line in a list such as "Grant: …,
    UzhNU: …, IDCR: …")."""
    return re.fullmatch(r"\s*[,;]\s*[^\s,;:]+(?:\s[^\s,;:]+){0,3}\s*:\s*", gap) is not None or \
        re.fullmatch(r"[ \t]*[,;]?[ \t]*\n\s*[^\s,;:]+(?:[ \t][^\s,;:]+){0,3}[ \t]*:\s*", gap) is not None


def _bare_value(ctx: Context, sent: nlp.Span, read: list[Budget]) -> list[Money]:
    """"INVERSIÓN CON RECURSOS PROPIOS: 18.319,40 (20% DEL PROYECTO)" after lines in euros:
    a label's value written like money (grouped, two decimals) without a currency is in
    the one currency of the amounts read before it."""
    currencies = {b.currency for b in read}
    colon = sent.text.find(":")
    if len(currencies) != 1 or colon < 0:
        return []
    found = find_money(sent.text, ctx.lex, next(iter(currencies)))
    return [m for m in found[:1] if not sent.text[colon + 1:m.start].strip()
            and re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+[.,]\d\d", m.text.strip())]


def _opening_label(ctx: Context, i: int, lo: int, start: int) -> bool:
    """The sentence opens with a short label that names no budget, programme or funder
    ("Gmina Větřkovice: 10 713,00 € wartość dofinansowania: …", lines run together):
    the amount is that label's, a partner's line, not the cue's after it."""
    label = ctx.doc.text[lo:start]
    if re.fullmatch(r"\s*[^\s,;:]+(?:\s[^\s,;:]+){0,3}\s*:\s*", label) is None:
        return False
    return not any(lo <= c.start < start for c in ctx.cues(i, set(KINDS) | {"programme", "funder", "budget_programme"}))


OF_WHICH_WORDS = 10  # "z toho rozpočet pre mesto Partizánske je": the part's owner may be named


def _part_of_which(ctx: Context, gap: str, limit: int = AFTER_WORDS) -> bool:
    """An "of which" word right after the amount before ("700.000 de euro din care",
    "33 186,86 €, w tym"): this amount is a part of that one."""
    words = ctx.lex.cues.get("money_of_which", [])
    if not words:
        return False
    pattern = rf"\s*[(,]?\s*(?:{'|'.join(re.escape(w) for w in words)})(?!\w)"
    return re.match(pattern, gap, re.IGNORECASE) is not None and _words(gap) <= limit


def _part_after_whole(ctx: Context, cue, whole: tuple[Money, int] | None, money: Money, start: int) -> bool:
    """An amount an "of which" word announces is a part, never the total: its own cue is that word
    ("Tallinna osa on sellest 234 000 eurot"), or the word stands between the sentence's total and
    it, however many parts and bracketed conversions come between ("összköltsége 2,14 millió euró
    (…), ebből A-ra 1,127 millió eurót (…), B-re 0,92 millió eurót"), and it is smaller than the
    total or in another currency (the parts' own conversions)."""
    words = ctx.lex.cues.get("money_of_which", [])
    if not words:
        return False
    if cue is not None and cue.text.lower() in words and cue.end <= start:
        return True
    if whole is None:
        return False
    total, end = whole
    if money.currency == total.currency and money.amount >= total.amount:
        return False
    pattern = compiled(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)", re.IGNORECASE)
    return pattern.search(ctx.doc.text, end, start) is not None


def _words(text: str) -> int:
    return len(text.split())


def _near(ctx: Context, cues, prev_end: int, start: int):
    """A total, EU or other cue a few words before the amount, after the amount before it
    and in the same clause; the nearest (the longest when two end together)."""
    near = [c for c in cues if c.key in SPECIFIC and prev_end <= c.start and c.end <= start
            and _words(ctx.doc.text[c.end:start]) <= NEAR_WORDS and ";" not in ctx.doc.text[c.end:start]]
    if not near:
        return None
    cue = max(near, key=lambda c: (c.end, c.end - c.start))
    if cue.key == "budget_worth":
        # "a grant worth €2 million", "Förderung im Wert von …": the noun "worth" follows names the money
        head = [c for c in near if c.key != "budget_worth" and c.end <= cue.start and
                _words(ctx.doc.text[c.end:cue.start]) <= 1 and not re.search(r"[,;:.]", ctx.doc.text[c.end:cue.start])]
        cue = max(head, key=lambda c: (c.end, c.end - c.start)) if head else cue
    if cue.key == "budget_other":
        # "ERFA TÁRSFINANSZÍROZÁS", "EFRR spolufinancování": a fund's acronym written onto a
        # co-financing noun says whose co-financing it is ("dotace ze státního rozpočtu" is
        # a grant from the state: the noun before is the head, not a fund)
        fund = [c for c in near if c.key == "budget_eu" and c.end <= cue.start and
                re.fullmatch(rf"[{UPPER}]{{2,6}}", c.text) and re.fullmatch(r"[\s-]*", ctx.doc.text[c.end:cue.start])]
        cue = fund[0] if fund else cue
    return cue


def _before(cues, start: int):
    """The nearest cue before the amount (the longest when two end together), else the
    first one after it."""
    before = [c for c in cues if c.end <= start]
    return max(before, key=lambda c: (c.end, c.end - c.start)) if before else min(cues, key=lambda c: c.start)


_PERCENT_GLOSS = re.compile(r"^[^\S\n]*\([^\S\n]*\d{1,3}(?:[.,]\d+)?[^\S\n]*%[^\S\n]*\)")


def _after(ctx: Context, cues, end: int, limit: int, next_amount: bool):
    """A total, EU or other cue a few words after the amount, before the next amount and
    not across a clause break. A cue after a number of its own ("120 millió forintos
    projektet 85 százalékban az Európai Unió támogatja") or inside a bracket that states
    one ("7,8 millones de euros (con financiación FEDER del 75%)") qualifies that number;
    a cue nearer to the next amount is that amount's; at the same distance, a cue
    followed by a conjunction closes the clause of the amount before ("400 000 euros
    proviennent du FEDER et environ 92 000 euros …")."""
    for c in cues:
        if end <= c.start < limit and c.key in SPECIFIC:
            # "178.119,91 Euro (85%) reprezintă finanțare europeană": the bracketed share glosses
            # this amount; it is no number of its own for the cue to qualify
            gap = _PERCENT_GLOSS.sub(" ", ctx.doc.text[end:c.start], count=1)
            rest = ctx.doc.text[c.end:limit]
            # "679 875,05 eur (ERDF); 20 650,00 eur": a bracket or clause that closes before the
            # next amount keeps the cue with this one, however near the next amount is
            closed = re.match(r"\s*\)|[^\d]*;", rest) is not None
            # "2,4 millions d'euros par le Feder dont 1,58 million …": an "of which" word after the
            # cue opens the next amount as a part of this one, so the cue stays with this one
            closed = closed or _part_of_which(ctx, rest, OF_WHICH_WORDS)
            if re.search(r"\d", gap) or next_amount and not closed and (
                    _words(rest) < _words(gap) or _words(rest) == _words(gap) and not _opens_with_conjunction(ctx, rest)):
                continue
            if _words(gap) <= AFTER_WORDS and not any(ch in gap for ch in ";.") and (
                    "," not in gap or "(" in gap):
                if "(" in gap:
                    close = ctx.doc.text.find(")", c.start)
                    inside = ctx.doc.text[end + gap.find("("):close if close >= 0 else limit]
                    if re.search(r"\d", inside):
                        continue
                return c
    return None


def _attached(ctx: Context, near, start: int, end: int, after, limit: int, next_amount: bool) -> bool:
    """The cue after the amount is written onto it ("nettó 5 475 000 Ft összköltségű projekt",
    "1.426.746,25 EUR ESRR") and labels no amount after it, while the cue before it stands some
    words off ("támogatásban részesített nettó …") or only says "worth" ("v vrednosti"): the
    amount is the attached cue's."""
    text = ctx.doc.text
    if any(c.start < after.end and after.start < c.end for c in ctx.cues(_block_at(ctx, after.start), VERBS)):
        return False  # "Mit Investitionen von 8,5 Millionen Euro erhält …": the verb after it is the clause's
    return not text[end:after.start].strip() and (_words(text[near.end:start]) > 0 or near.key == "budget_worth") \
        and (not next_amount or _words(text[after.end:limit]) > NEAR_WORDS)


def _bracket_gloss(gap: str) -> bool:
    """The cue after the amount sits in a bracket opened right after it, a word or two in
    ("5 025 880,00 EUR (prostriedky EÚ - EFRR); 217 080,00 EUR (ŠR SR)" under "zdroj EÚ a
    štátneho rozpočtu:", "1,2 Mio. € (davon EFRE …)" is no such gloss: "davon" is a part's
    word, read before): the bracket says whose money this amount is, over a label before it
    that names the sources of several amounts."""
    return re.fullmatch(r"[^\S\n]*\([^\S\n]*(?:[^\W\d_][\w.]*[^\S\n]*[-–]?[^\S\n]*){0,2}", gap) is not None


def _block_at(ctx: Context, pos: int) -> int:
    return next(i for i in ctx.indices if ctx.block(i).start <= pos < ctx.block(i).end)


def _opens_with_conjunction(ctx: Context, text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].lower().strip(",") in {w.lower() for w in ctx.lex.cues.get("conjunctions", [])}


def _with_parts(text: str, amounts: list[Money], ctx: Context) -> list[Money]:
    """Add a part stated without its scale and currency right after an "of which" word:
    "5,72 millions d'euros (dont 3,4 de subventions FEDER)" -> 3,4 millions d'euros."""
    words = ctx.lex.cues.get("money_of_which", [])
    if not words:
        return amounts
    pattern = re.compile(rf"\s*[(,]?\s*(?:{'|'.join(re.escape(w) for w in words)})\s+", re.IGNORECASE)
    out = list(amounts)
    for money in amounts:
        m = pattern.match(text, money.end)
        if not m:
            continue
        found = number_at(text[m.end():], ctx.lex)
        if not found or any(a.start == m.end() for a in amounts):
            continue
        value, length = found
        whole = money.amount / (10 ** money.scale)
        if value >= whole:
            continue
        part = Money((value * 10 ** money.scale).quantize(money.amount), money.currency, m.end(), m.end() + length,
                     text[m.end():m.end() + length], money.ambiguous, money.scale)
        out.append(part)
    return sorted(out, key=lambda a: a.start)


def _value_below(ctx: Context, i: int):
    """Block i is a budget label alone ("Costo totale del progetto", "Jóváhagyott ERFA
    támogatás", "EFRE- / Gesamtmittel in €:") and the next block opens with its amounts:
    (next block, [(money, start, kind)])."""
    # a bracketed note after the colon glosses the label ("Dotacja z EFRR: (85% kosztów
    # kwalifikowalnych)"): its words name no kind
    label = label_head(ctx.text(i))
    cues = [c for c in hyphen_cues(ctx, i, set(KINDS)) if c.end <= ctx.block(i).start + len(label)]
    j = ctx.block_below(i, set(KINDS), LABEL_WORDS)
    if j is None or not cues or find_money(label, ctx.lex):
        return None
    value = ctx.text(j)
    amounts = find_money(value, ctx.lex, currency_in(label, ctx.lex))
    if not amounts or value[:amounts[0].start].strip() or _words(value) > LABEL_WORDS:
        return None
    if hyphen_cues(ctx, j, SPECIFIC):
        return None  # "947 742,57 PLN – całkowita wartość projektu": the line names its own amount
    base, lbase = ctx.block(j).start, ctx.block(i).start
    label_parts = _parts(label)
    value_parts = _parts(value)
    items = []
    for money in amounts:
        part_cues = cues
        if len(label_parts) == len(value_parts) == len(amounts) > 1:
            # "EFRE- / Gesamtmittel in €:" over "2.302.539,00 / 2.878.173,75 €": part by part
            k = next(n for n, (s, e) in enumerate(value_parts) if s <= money.start < e)
            s, e = label_parts[k]
            part_cues = [c for c in cues if lbase + s <= c.start < lbase + e] or cues
        specific = [c for c in part_cues if c.key in SPECIFIC] or part_cues
        if len(amounts) == 1 and budget_owners.eu_named(ctx, label):
            # "Iznos EU sufinanciranja u ukupnoj vrijednosti projekta": a label that names the EU
            # and its money is the EU's share, whatever total it is measured against
            specific = [c for c in specific if c.key == "budget_eu"] or specific
        cue = max(specific, key=lambda c: (c.end, c.end - c.start))
        kind = KINDS[cue.key]
        if cue.key == "budget" and len(amounts) == 1 and _eu_label(ctx, label):
            kind = "eu_contribution"  # "Iznos koji financira EU (EAFRD):" over "4.057.683,59 Kn"
        items.append((money, base + money.start, kind))
    return j, items


def _parts(text: str) -> list[tuple[int, int]]:
    """Spans of the parts of a text split at ' / '."""
    spans, start = [], 0
    for m in re.finditer(r"\s/\s", text):
        spans.append((start, m.start()))
        start = m.end()
    return spans + [(start, len(text))]


def _count_at(tok: str, ctx: Context) -> int | None:
    if re.fullmatch(r"[1-9]\d{0,2}", tok):
        return int(tok)
    return ctx.lex.number_words.get(tok.lower())


def _about_several_projects(ctx: Context, i: int, sent: nlp.Span) -> bool:
    """"Über 4 Millionen Euro Förderung für zwei Europastadt-Projekte", "900mila euro …
    per tre progetti": the amount is shared by several projects. Not "one of six
    projects", which is about one of them. "These projects" speaks of several, too."""
    money = [(m.start, m.end) for m in find_money(sent.text, ctx.lex)]
    toks = [t for t in nlp.tokens(sent.text.replace("-", " "), ctx.lang)
            if not any(a <= t.start < b for a, b in money)]  # "120 millió forintos projektet" is no count
    partitive = [c for c in hyphen_cues(ctx, i, {"one_of"}) if sent.start <= c.start < sent.end]
    these = {w.lower() for w in ctx.lex.cues.get("money_these", []) if " " not in w}
    for cue in hyphen_cues(ctx, i, {"projects_counted"}):
        if not sent.start <= cue.start < sent.end:
            continue
        before = [t for t in toks if t.end <= cue.start - sent.start][-4:]
        for n, t in enumerate(before):
            # "die Förderung dieser neuen Projekte", "deze projecten": the projects named before
            if t.text.lower() in these and all(w.text.isalpha() for w in before[n + 1:]) and \
                    not any(0 <= sent.start + t.start - c.end <= 1 for c in partitive):
                return True
            # a count, then only words up to the projects noun ("tre progetti europei")
            if (_count_at(t.text, ctx) or 0) >= 2 and all(w.text.isalpha() for w in before[n + 1:]) and \
                    not any(0 <= sent.start + t.start - c.end <= 1 for c in partitive):
                return True
    return False


def _plural_only(ctx: Context, i: int, sent: nlp.Span, name: str | None) -> bool:
    """The sentence speaks of projects only in the plural ("a accordé 8,6 millions d'euros …
    afin de développer des projets de coopération", "proiectele aprobate primesc …") and
    names neither this project nor one in the singular: its amounts are many projects'."""
    if name and name in sent.text:
        return False
    if any(sent.start <= c.start < sent.end for c in hyphen_cues(ctx, i, {"distributive"})):
        return False  # "Die Projekte erhalten jeweils 200.000 Euro": each one's own
    found = [c for c in hyphen_cues(ctx, i, project_sentence.PROJECT_KEYS) if sent.start <= c.start < sent.end]
    return bool(found) and all(project_scope.in_plural(ctx, c) for c in found)


def _points_back(ctx: Context, sent: nlp.Span) -> bool:
    """The sentence opens with a word that points back ("Met deze goedkeuring wordt … 67
    miljoen euro geïnvesteerd", "Ezek összköltségvetése …", "These have a budget of …")."""
    words = ctx.lex.cues.get("money_these", [])
    head = " ".join(sent.text.lower().split()[:3])
    return any(head == w or head.startswith(w + " ") for w in words)


def _programme_budget(ctx: Context, i: int, sent: nlp.Span, cue, start: int) -> bool:
    """"This framework programme has a budget of …", "the call has a budget of …": the
    programme's or call's budget, unless the sentence names the project before the amount.
    So is a total cue the programme word right after qualifies ("the total budget of the
    programme amounts to …", "das Gesamtbudget des Programms beträgt …")."""
    text = ctx.doc.text
    for p in ctx.cues(i, {"programme", "call"}):
        gap = text[p.end:cue.start]
        after = text[cue.end:p.start]  # "of the", "des": at most two words, nothing else
        owned = cue.end <= p.start and p.end <= start and _words(after) <= 2 and not re.search(r"[\d,;:.()]", after)
        if sent.start <= p.start and (p.end <= cue.start and _words(gap) <= PROGRAMME_GAP and
                                      not re.search(r"[,;:.()]", gap) or owned):
            projects = ctx.cues(i, {"project_before", "project_after"})
            return not any(sent.start <= c.start < start for c in projects)
    return False


def _programme_sentence(ctx: Context, i: int, sent: nlp.Span) -> bool:
    """"Program Interreg V-A ČR–PL má k dispozici 226 mil. EUR z EFRR": a sentence whose
    subject is the programme (it opens with the programme noun, at most two words before
    it) and that names no project is about the programme's money. "Z programu Interreg
    získal …" opens with a source phrase, not the noun, and is kept."""
    money = find_money(sent.text, ctx.lex)
    if not money:
        return False
    first = sent.start + money[0].start
    for p in ctx.cues(i, {"programme", "call"}):  # "Met deze oproep wordt … 11 miljoen euro geïnvesteerd"
        if sent.start <= p.start < first and len(p.text.split()) == 1 and \
                _words(ctx.doc.text[sent.start:p.start]) <= 2:
            projects = ctx.cues(i, {"project_before", "project_after"})
            return not any(sent.start <= c.start < first for c in projects)
    return False


def _allocation(ctx: Context, i: int, cues, prev_end: int, start: int) -> bool:
    """"Alokace výzvy činí 500 mil. Kč", "the call budget is …": a programme's or call's
    allocation names the amount, nearer to it than any budget cue."""
    alloc = [c for c in ctx.cues(i, {"budget_programme"}) if prev_end <= c.start and c.end <= start
             and _words(ctx.doc.text[c.end:start]) <= NEAR_WORDS]
    return bool(alloc) and not any(a.end < c.end <= start for a in alloc for c in cues)


def _source_items(ctx: Context) -> set[int]:
    """Items of a list of funding sources: the blocks after a lead-in that names the
    sources and ends with a colon ("Predvideni viri financiranja so:", "Sources of
    funding:"), each a short line with an amount, up to the first that has none."""
    out: set[int] = set()
    idx = list(ctx.indices)
    for pos, i in enumerate(idx):
        lead = ctx.text(i).strip()
        if not lead.endswith(":") or _words(lead) > LABEL_WORDS or not ctx.cues(i, {"budget_sources"}):
            continue
        for j in idx[pos + 1:]:
            if _words(ctx.text(j)) > LABEL_WORDS * 2 or not find_money(ctx.text(j), ctx.lex):
                break
            out.add(j)
    return out


def _partner_share_blocks(ctx: Context) -> set[int]:
    """Blocks of a partner list under a partners heading ("Partners (3)", "PARTNERSÉG")
    in which the same budget label comes back for each partner: their amounts are the
    partners' shares. Read over the whole document (the list may cross a section break)
    up to running text or a label of another kind ("Doba trvání:", "Call:")."""
    idx = range(len(ctx.doc.blocks))
    shares: set[int] = set()
    pos = 0
    while pos < len(idx):
        i = idx[pos]
        text = ctx.text(i).strip()
        heads = [c for c in ctx.cues(i, {"partners"}) if c.start == ctx.block(i).start + ctx.text(i).find(text)]
        if not heads or _words(re.sub(r"\(\d+\)|:", " ", text)) > _words(heads[0].text) + 1:
            pos += 1
            continue
        run, labels = [], {}
        pos += 1
        while pos < len(idx) and _words(ctx.text(idx[pos])) <= RUN_TEXT_WORDS and \
                not ctx.cues(idx[pos], RUN_ENDS):
            j = idx[pos]
            run.append(j)
            for c in ctx.cues(j, set(KINDS)):
                labels.setdefault(fold(c.text), set()).add(j)
            pos += 1
        if any(len(blocks) >= 2 for blocks in labels.values()):
            shares.update(run)
    return shares


def _named_rows(ctx: Context) -> set[int]:
    """Consecutive lines that each open with a different name and then repeat the same
    budget labels with amounts ("Obec Hať  Celkem 6 485,00 EUR / Dotace 5 512,25 EUR",
    "Obec Píšť  Celkem …"): a table of the partners' shares."""
    rows = []
    for i in ctx.indices:
        cues = sorted(ctx.cues(i, set(KINDS)), key=lambda c: c.start)
        text = ctx.text(i)
        head = ctx.doc.text[ctx.block(i).start:cues[0].start].strip() if cues else ""
        ok = bool(head) and not re.search(r"[\d:]", head) and _words(text) <= LABEL_WORDS * 2 and \
            len(find_money(text, ctx.lex)) == len({c.start for c in cues}) >= 1
        rows.append((i, tuple(fold(c.text) for c in cues), head) if ok else None)
    out: set[int] = set()
    for a, b in zip(rows, rows[1:]):
        if a and b and a[1] == b[1] and fold(a[2]) != fold(b[2]):
            out |= {a[0], b[0]}
    return out

