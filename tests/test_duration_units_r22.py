"""A duration unit written in capitals whose lower case is not the cue file's spelling
(Turkish "YIL" lowers to "yil", the cue is "yıl") is read, not a crash (round 22: a
Turkish page failed its whole extraction on "PROJE 3 YIL SÜRECEK"; "5 MİLYON AVRO" failed too)."""
from pathlib import Path

from pipeline.build import doc_ids, extract_one


def _record(tmp_path: Path, text: str) -> dict:
    src = tmp_path / "tr_doc.txt"
    src.write_text(text, encoding="utf-8")
    record, _ = extract_one(src.read_bytes(), src.name, doc_ids([src.name])[src.name])
    return record


def test_turkish_capital_unit_gives_months(tmp_path):
    text = ("PROJE 3 YIL SÜRECEK\n\nAvrupa Birliği tarafından desteklenen GREENLAB projesi, Ankara'daki "
            "üniversite ile İspanya ve Almanya'daki ortaklar tarafından yürütülecek ve üç yıl sürecek. "
            "Projenin toplam bütçesi 1,2 milyon avrodur ve proje ocak 2021 tarihinde başladı.")
    record = _record(tmp_path, text)
    assert record["language"] == "tr"
    assert any(p.get("duration_months") == 36 for p in record["projects"]), record["projects"]


def test_turkish_capital_scale_and_number_words_are_read():
    from decimal import Decimal

    from pipeline.lexicons import load
    from pipeline.normalise.money import find_money

    found = {m.text: m.amount for m in find_money("Bütçe 2,5 MİLYON AVRO; hibe BİR MİLYON TL.", load("tr"))}
    assert found == {"2,5 MİLYON AVRO": Decimal("2500000.00"), "BİR MİLYON TL": Decimal("1000000.00")}
