"""The country of a project for which nothing else names one: the page's own country, when
the page is written in a national language and names no country but (at most) one of
those whose language it is.

A page in Finnish, Maltese or Swedish about a project of a local authority, school or
region rarely writes "Finland" beside it: the place names it gives are too small for a
gazetteer, and the reader knows the country from the language. Annotators list that
country (329 projects of the gold set list only their page's country, against 104 with
none), so a project left with no country takes it. A page that names a foreign country
may be about a project abroad or a partnership across borders, and English is written
everywhere: there the rule says nothing.
"""
from __future__ import annotations

from pipeline.extractors.context import Context
from pipeline.extractors.partner_home import page_country
from pipeline.lexicons import LINGUA_FRANCA


def default_countries(ctx: Context, found: list[str]) -> list[str]:
    """`found` when it holds a country, else the page's own country if it has one."""
    if found or ctx.lang == LINGUA_FRANCA:
        return found
    code = page_country(ctx)
    return [code] if code else []
