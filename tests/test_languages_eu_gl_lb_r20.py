"""Basque, Galician and Luxembourgish pages are named as such (langdetect has no profile for
them), and the pages of the languages they border keep their reading."""
import pytest

from pipeline.language import detect
from pipeline.lexicons import load

EU = ("Proiektua Europako Batasunak finantzatzen du eta hiru urte iraungo du. Bazkideen artean "
      "udalak eta unibertsitatea daude, eta helburua ibaiaren egoera hobetzea da. Aurrekontua bi "
      "milioi eurokoa da, eta proiektuaren lehen fasea 2021ean hasi zen. Hainbat ekintza egingo dira.")
GL = ("O proxecto conta cun orzamento de dous millóns de euros e tamén ten como obxectivo a mellora "
      "dos servizos sociais. Participan nel unha universidade e tres concellos, e a actividade "
      "comezou en xuño de 2019 coa sinatura do convenio polo que se crea a rede. Ademais, hai "
      "máis entidades interesadas nesta iniciativa.")
LB = ("De Projet gëtt vun der Europäescher Unioun mat zwou Millioune Euro ënnerstëtzt an ass am "
      "Januar 2020 ugelaf. Et sinn och Partner aus der Belsch an aus Frankräich dobäi, an d'Resultater "
      "solle fir d'ganz Regioun gëllen. Iwwer dräi Joer wäerte mir dës Fuerschung maachen.")
ES = ("El proyecto cuenta con un presupuesto de dos millones de euros y también tiene como objetivo "
      "la mejora de los servicios sociales. Participan una universidad y tres ayuntamientos, y la "
      "actividad comenzó en junio de 2019 con la firma del convenio por el que se crea la red.")
PT = ("O projeto conta com um orçamento de dois milhões de euros e também tem como objetivo a melhoria "
      "dos serviços sociais. Participam uma universidade e três municípios, e a atividade começou em "
      "junho de 2019 com a assinatura do acordo pelo qual se cria a rede.")
DE = ("Das Projekt wird von der Europäischen Union mit zwei Millionen Euro gefördert und ist im "
      "Januar 2020 gestartet. Es sind auch Partner aus Belgien und aus Frankreich dabei, und die "
      "Ergebnisse sollen für die ganze Region gelten. Über drei Jahre werden wir diese Forschung machen.")
NL = ("Het project wordt door de Europese Unie met twee miljoen euro gesteund en is in januari 2020 "
      "gestart. Er zijn ook partners uit België en Frankrijk bij, en de resultaten zijn voor de hele "
      "regio bedoeld. Dat is een goed begin, zeggen ze.")


@pytest.mark.parametrize("text, lang", [(EU, "eu"), (GL, "gl"), (LB, "lb"), (ES, "es"), (PT, "pt"), (DE, "de"), (NL, "nl")])
def test_language_named(text, lang):
    assert detect(text)[0] == lang


def test_galician_read_with_spanish_cues():
    # "Beneficiario principal", "socio": Galician writes its cue words as Spanish does
    assert load("gl").cues["lead_partner"] == load("es").cues["lead_partner"]
