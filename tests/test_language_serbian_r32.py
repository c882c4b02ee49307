"""Serbian Latin told from Croatian by ekavian stems and Serbian loan forms ("promene",
"svest", "finansiranje", "vanredne") when the page's prose holds none of the older markers."""
import pytest

from pipeline.language_serbian import refine

# invented sentences, none copied from a gold page: no "projekat", "evra", "saradnja" ...
SR = ("Cilj je povećanje otpornosti na klimatske promene i podizanje svesti građana o rizicima. "
      "Plan za vanredne situacije i nabavka opreme finansiraju se iz fonda.")
HR = ("Cilj je povećanje otpornosti na klimatske promjene i podizanje svijesti građana o rizicima. "
      "Plan za izvanredne situacije i nabava opreme financiraju se iz fonda.")


@pytest.mark.parametrize("text,lang", [(SR, "sr"), (HR, "hr")])
def test_ekavian_stems_and_loan_forms(text, lang):
    assert refine("hr", text) == lang
