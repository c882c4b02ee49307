"""The acceptance list of issue 2, fact by fact, on the five seed documents."""


def project(record, name):
    return next(p for p in record["projects"] if p["name"] == name)


def test_000_chemclust(seeds):
    rec, _ = seeds["000"]
    assert [p["name"] for p in rec["projects"]] == ["ChemClust"]
    p = rec["projects"][0]
    assert [x["country"] for x in p["partners"]] == ["DE", "DE", "ES", "PL", "CZ", "GB", "IT", "NL", "GB", "DE"]
    assert p["partners"][0]["role"] == "lead" and p["lead_partner"] == p["partners"][0]["name"]
    assert all(x["role"] == "partner" for x in p["partners"][1:])
    assert p["partners"][1]["name"].endswith("North Rhine-Westphalia")
    ustí = p["partners"][4]
    assert ustí["name"] == "Ústí Region" and ustí["url"] == "http://www.kr-ustecky.cz/"
    assert [(e["date"], e["place"]) for e in rec["events"]] == [("2010-04", "Brusel")]


def test_001_clusters_cord(seeds):
    rec, _ = seeds["001"]
    p = project(rec, "Clusters Cord")
    assert p["programme"] == "Central Europe"
    assert p["lead_partner"] == "Regionální rozvojová agentura Ústeckého kraje"
    assert p["partners"][0]["country"] == "CZ"
    assert [a["text"] for a in p["activities"]] == [
        "potravinářství", "energetika a životní prostředí", "turismus", "ICT", "výrobní technologie"]
    assert {a["kind"] for a in p["activities"]} == {"sector"}
    assert p["countries"] == ["CZ", "IT", "DE", "PL", "AT", "SK", "SI"]
    events = [(e["date"], e["end"], e["place"]) for e in rec["events"]]
    assert events == [("2010-12", "2011-08", None), ("2011-05", None, None), ("2011-10-24", None, "Milán")]
    assert rec["published"] == "2011-07-26"


def test_002_clusterpolisee(seeds):
    rec, _ = seeds["002"]
    p = project(rec, "ClusterPoliSEE")
    assert p["title"] == "Smarter Cluster Policies for South East Europe"
    assert p["programme"] == "South East Europe"
    assert (p["stated_partner_count"], p["stated_country_count"]) == (25, 11)
    themes = [a["text"] for a in p["activities"]]
    assert len(themes) == 6 and themes[0] == "Innovation, F&E getriebene Cluster Entwicklung"
    assert {a["kind"] for a in p["activities"]} == {"theme"}


def test_003_two_projects(seeds):
    rec, _ = seeds["003"]
    assert [p["name"] for p in rec["projects"]] == ["ClusterCOOP", "CENTRAMO"]
    coop, centramo = rec["projects"]
    assert coop["title"].startswith("Enhancing Framework Conditions") and coop["title"].endswith("Countries")
    assert [(b["amount"], b["currency"], b["kind"]) for b in coop["budgets"]] == [("2053050.00", "EUR", "total")]
    assert (coop["start"], coop["end"]) == ("2011-04-01", "2014-03-31")
    assert coop["lead_partner"] == "Maďarské ministerstvo hospodářství"
    assert coop["partners"][0]["country"] == "HU"
    assert [x["country"] for x in coop["partners"][1:]] == ["CZ", "CZ", "SK", "SK", "IT", "SI", "PL", "HU"]
    assert [len(a["children"]) for a in coop["activities"]] == [4, 3, 3]
    assert centramo["title"] == "Cluster Excellence Network for Training and Mobility"
    assert centramo["funder"].startswith("Evropská komise - DG Enterprise and Industry")
    assert [(b["amount"], b["currency"]) for b in centramo["budgets"]] == [("425698.75", "EUR")]
    assert (centramo["start"], centramo["end"]) == ("2011-12-01", "2013-12-31")
    lead = centramo["partners"][0]
    assert (lead["acronym"], lead["country"], lead["role"]) == ("MAG", "HU", "lead")
    assert len(centramo["activities"]) == 3
    # the closing slides (CzechInvest's self-description, "Děkuji za pozornost") add nothing
    assert [x["name"] for x in centramo["partners"]] == [lead["name"]]
    assert rec["events"] == []


def test_004_chem_ster(seeds):
    rec, _ = seeds["004"]
    assert len(rec["projects"]) == 1
    p = rec["projects"][0]
    assert p["name"] == "Klaster Chemii Specjalistycznej Chem-Ster" and p["kind"] == "cluster"
    assert p["start"] == "2013" and p["stated_member_count"] == 20
    roles = {x["name"]: x["role"] for x in p["partners"]}
    assert roles == {"Kędzierzyńsko-Kozielski Park Przemysłowy": "lead",
                     "Instytut Ciężkiej Syntezy Organicznej „Blachownia”": "founding_member"}
    assert p["lead_partner"] == "Kędzierzyńsko-Kozielski Park Przemysłowy"
    # cookie banner, menus, newsletter box and the thrice-repeated ticker leave no trace
    _, text = seeds["004"]
    assert "cookies" not in text and "Newsletter" not in text and "PCI Days" not in text
    assert rec["events"] == []


def test_evidence_points_at_its_value(seeds):
    """Every evidence span lies inside the document text and holds the value it backs."""
    from pipeline.normalise.orgs import clean_name

    def walk(obj, text, found):
        if isinstance(obj, dict):
            ev = obj.get("evidence")
            if isinstance(ev, dict) and "start" in ev:
                found.append((obj, ev))
            elif isinstance(ev, dict):
                found.extend((None, e) for e in ev.values())
            for v in obj.values():
                walk(v, text, found)
        elif isinstance(obj, list):
            for v in obj:
                walk(v, text, found)

    for key, (rec, text) in seeds.items():
        found = []
        walk(rec, text, found)
        assert found, key
        for owner, ev in found:
            assert 0 <= ev["start"] < ev["end"] <= len(text), (key, ev)
            assert text[ev["start"]:ev["end"]] == ev["text"], (key, ev)
            if owner and "name" in owner:
                assert owner["name"] in clean_name(ev["text"]), (key, owner["name"], ev["text"])
            if owner and "text" in owner and "kind" in owner:
                assert owner["text"] in ev["text"], (key, owner["text"])
