"""Latin look-alike letters inside Cyrillic or Greek words are matched in their word's script (round 31)."""
from pipeline import nlp
from pipeline.lookalikes import script_fold


def test_fold_keeps_length_and_mixed_words_apart():
    for text, want in [("спiвпраця мiж мiстами", "співпраця між містами"),   # Latin i in Ukrainian
                       ("Пpoект", "Проект"),                                # Latin p, o in Cyrillic
                       ("συνεpγασία", "συνεργασία"),                        # Latin p in Greek
                       ("Interreg Europe", "Interreg Europe"),               # all Latin: untouched
                       ("logoЄС", "logoЄС")]:                              # two words glued: untouched
        got = script_fold(text)
        assert got == want and len(got) == len(text)


def test_cue_found_in_a_mixed_script_word_quotes_the_original():
    uk = "Вiдбулась робоча зустрiч партнерiв проекту."
    hits = [m for m in nlp.cues(uk, "uk") if m.key == "events"]
    assert hits and all(uk[m.start:m.end] == m.text for m in hits)
    assert any("i" in m.text for m in hits)  # the original Latin letter, not the folded one
    bg = "Cpeщa на партньорите по проекта."  # Latin C, p, e in Bulgarian "Среща"
    assert [m for m in nlp.cues(bg, "bg") if m.key == "events"]
