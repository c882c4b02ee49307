"""Serbian, which langdetect has no profile for, told from its neighbours.

Serbian is written in two scripts. Its Latin pages reach langdetect's Croatian profile
and its Cyrillic pages the Macedonian, Bulgarian or Russian one. Each script has its own
tell:

- Cyrillic: only Serbian and Macedonian write ј, љ, њ, џ (Bulgarian and Russian never do);
  of the two, only Serbian writes ђ and ћ, and only Macedonian ѓ, ќ and ѕ. A few function
  words part them where those letters are missing ("у", "је", "са" against "во", "е", "со").
- Latin: Croatian and Serbian differ in a closed set of everyday words and stems ("općina" /
  "opština", "suradnja" / "saradnja", "europski" / "evropski", "tisuća" / "hiljada",
  "sveučilište" / "univerzitet", the Croatian month names "siječanj" … "prosinac" against
  "januar" … "decembar"), and Serbian's ekavian forms ("vrednost", "mesec", "sledeći") are
  no Croatian word. Bosnian and Montenegrin share most of the Serbian markers; they have no
  profile of their own either, and read best with the Serbian cues, which hold the ijekavian
  forms too.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

# Cyrillic letters by the languages that write them
_YU_CYRILLIC = set("јљњџђћѓќѕ")  # Serbian and Macedonian, never Bulgarian or Russian
_SR_CYRILLIC = set("ђћ")
_MK_CYRILLIC = set("ѓќѕ")
_SR_CYRILLIC_WORDS = {"у", "је", "са", "су", "ће", "који", "која", "које", "између", "пројекат", "пројекта", "пројекту",
                      "општина", "општине", "током", "такође", "године"}
_MK_CYRILLIC_WORDS = {"во", "со", "што", "е", "кој", "беше", "проект", "проектот", "проекти", "проектите",
                      "општината", "програмата", "година", "исто"}

# Latin: stems (a word starting with one) of Serbian and of Croatian, whole words in sets
_SR_LATIN_STEMS = ("opšt", "savet", "primer", "saradnj", "saradni", "evrop", "univerzitet", "hiljad", "naučn", "nauk", "istorij",
                   "porodic", "bezbedn", "obezbe", "vrednost", "vredn", "mesec", "meseč", "sledeć", "predsedni",
                   "uslov", "učešć", "učestv", "budžet", "opredelj", "sprovo", "takođe", "uopšte", "septembr",
                   "septembar", "oktobr", "oktobar", "novembr", "novembar", "decembr", "decembar", "avgust",
                   # ekavian stems and Serbian loan forms whose Croatian twins are below
                   "promen", "svest", "vanredn", "finans", "primen", "preduslov", "nabavk", "tačk", "tačn",
                   "hemij", "uticaj")
_SR_LATIN_WORDS = {"projekat", "odsto", "tokom", "dve", "gde", "pre", "posle", "deo", "delova", "vreme", "vremena",
                   "mesto", "mesta", "reč", "reči", "mart", "marta", "jun", "juna", "jul", "jula", "maj", "maja",
                   "kancelarija", "kancelarije", "januar", "januara", "januaru", "februar", "februara", "februaru",
                   "evra", "evro", "evrima", "dinara", "dinar", "dinarima", "ovde", "erazmus",
                   "deca", "dece", "deci", "decu"}
_HR_LATIN_STEMS = ("općin", "opće", "općeg", "savjet", "primjer", "suradnj", "suradni", "europsk", "sveučilišt", "veleučilišt", "tisuć", "znanstven",
                   "znanost", "povijes", "obitelj", "proračun", "sudjel", "također",
                   "siječ", "veljač", "ožuj", "travanj", "travnj", "svibanj", "svibnj", "lipanj", "lipnj",
                   "srpanj", "srpnj", "kolovoz", "rujan", "rujn", "listopad", "prosin", "tvrtk",
                   "priopć", "tijekom", "uvjet",
                   "promjen", "svijest", "izvanredn", "financ", "primjen", "preduvjet", "točk", "točn",
                   "kemij", "utjecaj")
_HR_LATIN_WORDS = {"projekt", "posto", "tjedan", "tjedna", "dvije", "gdje", "prije", "poslije", "dio", "dijelova",
                   "vrijeme", "kuna", "kune", "hrk", "rh", "europa", "europi", "europu", "europom",
                   "studeni", "studenog", "studenoga", "studenom", "ovdje",
                   "djeca", "djece", "djeci", "djecu"}

# a page is Serbian when its markers outweigh the other language's by this factor
_MARGIN = 2


def _latin_scores(words: list[str]) -> tuple[int, int]:
    sr = sum(1 for w in words if w in _SR_LATIN_WORDS or w.startswith(_SR_LATIN_STEMS))
    hr = sum(1 for w in words if w in _HR_LATIN_WORDS or w.startswith(_HR_LATIN_STEMS))
    return sr, hr


def _cyrillic_scores(text: str, words: list[str]) -> tuple[int, int]:
    sr = 3 * sum(1 for ch in text if ch in _SR_CYRILLIC) + sum(1 for w in words if w in _SR_CYRILLIC_WORDS)
    mk = 3 * sum(1 for ch in text if ch in _MK_CYRILLIC) + sum(1 for w in words if w in _MK_CYRILLIC_WORDS)
    return sr, mk


def refine(lang: str | None, text: str) -> str | None:
    """langdetect's code, or "sr" when the page is Serbian read as Croatian (Latin) or as
    Macedonian, Bulgarian or Russian (Cyrillic); "mk" for Macedonian read as another Cyrillic
    language."""
    if lang == "hr":
        sr, hr = _latin_scores([w.lower() for w in _WORD.findall(text)])
        return "sr" if sr >= 2 and sr > _MARGIN * hr else lang
    if lang in ("mk", "bg", "ru", "uk", "sr"):
        low = text.lower()
        if sum(1 for ch in low if ch in _YU_CYRILLIC) < 3:
            return lang  # no letter of Serbian or Macedonian: Bulgarian or Russian indeed
        sr, mk = _cyrillic_scores(low, _WORD.findall(low))
        return "sr" if sr > mk else "mk"
    return lang
