"""`project credits|credit|relay|outlets|outlet` and `analyze P.qarin`: the analyst's credit,
relay and outlet-registry corrections from the command line, reaching the JSON and reports."""
from __future__ import annotations

import json

import pytest

from desktop.store import Project
from support import run_cli as run

A = "000_8719b4492fbf6233"  # Al-Diyar: credits Al-Mayadeen (للميادين) and CNN (نقلت شبكة «سي أن أن»)


@pytest.fixture
def proj(tmp_path, capsys):
    path = tmp_path / "P.qarin"
    assert run(capsys, "project", "create", path)[0] == 0
    return path


def _credits(capsys, path, article=A):
    code, out, err = run(capsys, "project", "credits", path, article, "--json")
    assert code == 0, err
    return json.loads(out)


def test_credit_commands_edit_list_and_reach_the_analysis_json(proj, capsys, tmp_path):
    before = _credits(capsys, proj)
    assert [c["outlet"] for c in before["credits"]] == ["Al-Mayadeen", "CNN"]
    assert before["relay_of"] is None and before["removed"] == []
    code, out, _ = run(capsys, "project", "credit", proj, A, "--remove", "2")
    assert code == 0 and "removed the credit to CNN" in out
    code, out, _ = run(capsys, "project", "credit", proj, A, "--add", "Reuters", "--start", "0",
                       "--end", "5")
    assert code == 0
    code, out, _ = run(capsys, "project", "relay", proj, A, "Reuters")
    assert code == 0 and "relays Reuters (set by the analyst)" in out
    after = _credits(capsys, proj)
    assert [(c["outlet"], c["how"]) for c in after["credits"]] == [("Reuters", "analyst"),
                                                                   ("Al-Mayadeen", "text")]
    assert after["credits"][0]["span"] == [0, 5] and after["removed"][0]["outlet"] == "CNN"
    assert (after["relay_of"], after["relay_how"]) == ("Reuters", "analyst")
    code, out, _ = run(capsys, "project", "credits", proj, A)
    assert "relays Reuters (set by the analyst)" in out and "removed 1\tCNN" in out
    # analyze on the project file: the edits are in its JSON
    out_json = tmp_path / "a.json"
    assert run(capsys, "analyze", proj, "--json", out_json)[0] == 0
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    art = next(a for a in doc["articles"] if a["id"] == A)
    assert [(c["outlet"], c["how"]) for c in art["credits"]] == [("Reuters", "analyst"),
                                                                 ("Al-Mayadeen", "text")]
    assert (art["relay_of"], art["relay_how"]) == ("Reuters", "analyst")
    assert [c["outlet"] for c in art["credits_removed"]] == ["CNN"]
    # and in the report's JSON
    rep = tmp_path / "r.json"
    assert run(capsys, "report", proj, "--json", rep)[0] == 0
    rdoc = json.loads(rep.read_text(encoding="utf-8"))
    rart = next(a for a in rdoc["analysis"]["articles"] if a["id"] == A)
    assert rart["relay_how"] == "analyst" and rart["credits"][0]["how"] == "analyst"
    html_out = tmp_path / "r.html"
    assert run(capsys, "report", proj, "--out", html_out, "--lang", "en")[0] == 0
    assert "Reuters (set by the analyst)" in html_out.read_text(encoding="utf-8")
    # restore and back to the found relay
    assert run(capsys, "project", "credit", proj, A, "--restore", "1")[0] == 0
    assert run(capsys, "project", "relay", proj, A, "--found")[0] == 0
    again = _credits(capsys, proj)
    assert [c["outlet"] for c in again["credits"]] == ["Reuters", "Al-Mayadeen", "CNN"]
    assert again["relay_of"] is None and again["relay_how"] is None


def test_credit_command_errors_are_one_line_and_change_nothing(proj, capsys):
    for argv, text in ((("--remove", "9"), "no credit number 9"),
                       (("--add", "X", "--start", "5", "--end", "999999"), "outside the text"),
                       (("--add", "X", "--remove", "1"), "give one of"),
                       (("--add", "X", "--start", "5"), "go together")):
        code, out, err = run(capsys, "project", "credit", proj, A, *argv)
        assert code != 0 and text in err and err.count("\n") == 1 and "Traceback" not in err
    code, _, err = run(capsys, "project", "relay", proj, "nope", "X")
    assert code == 1 and "no article 'nope'" in err
    code, _, err = run(capsys, "project", "relay", proj, A)
    assert code == 2 and "OUTLET, --none or --found" in err
    assert [c["outlet"] for c in _credits(capsys, proj)["credits"]] == ["Al-Mayadeen", "CNN"]


def test_outlet_command_adds_changes_and_removes_registry_entries(proj, capsys):
    code, out, _ = run(capsys, "project", "outlet", proj, "Diyar Daily", "--arabic", "الديار",
                       "--domain", "https://www.addiyar.example/", "--kind", "paper",
                       "--country", "Lebanon")
    assert code == 0 and "added the outlet Diyar Daily" in out
    code, out, _ = run(capsys, "project", "outlet", proj, "Diyar Daily", "--variant", "صحيفة الديار")
    assert code == 0 and "changed the outlet Diyar Daily" in out
    code, out, _ = run(capsys, "project", "outlets", proj, "--json")
    (entry,) = json.loads(out)
    assert entry == {"name": "Diyar Daily", "arabic": "الديار", "variants": ["صحيفة الديار"],
                     "abbrev": [], "domains": ["addiyar.example"], "kind": "paper",
                     "country": "Lebanon"}
    code, _, err = run(capsys, "project", "outlet", proj, "Bad", "--kind", "blog")
    assert code == 1 and "kind must be one of" in err and err.count("\n") == 1
    code, _, err = run(capsys, "project", "outlet", proj, "Bad", "--domain", "no domain")
    assert code == 1 and "not a web domain" in err
    assert run(capsys, "project", "outlet", proj, "Diyar Daily", "--remove")[0] == 0
    with Project.open(proj, readonly=True) as p:
        assert p.registry_outlets() == []


def test_an_outlet_entry_renames_the_articles_from_its_domain(tmp_path, capsys):
    folder = tmp_path / "arts"
    folder.mkdir()
    body = ("تواصل القصف على أحياء المدينة الشرقية طوال الليل، وقالت مصادر محلية إن الأضرار "
            "كبيرة في المباني السكنية والمحال التجارية.\n")
    (folder / "one.txt").write_text("خبر أول\n" + body, encoding="utf-8")
    (folder / "two.txt").write_text("خبر ثان\n" + body + "وأضافت المصادر أن البحث مستمر.\n",
                                    encoding="utf-8")
    (folder / "metadata.toml").write_text(
        '["one.txt"]\nurl = "https://wadi.example/a/1"\n["two.txt"]\nurl = "https://m.wadi.example/b"\n',
        encoding="utf-8")
    path = tmp_path / "W.qarin"
    assert run(capsys, "project", "create", path, folder, "--allow-duplicates")[0] == 0
    code, out, _ = run(capsys, "project", "outlet", path, "Wadi News", "--domain", "wadi.example")
    assert code == 0 and "2 article(s) now credited to another outlet" in out
    code, out, _ = run(capsys, "project", "info", path, "--json")
    assert {a["outlet"] for a in json.loads(out)["articles"]} == {"Wadi News"}
    code, out, _ = run(capsys, "analyze", path)
    assert code == 0 and out.count("Wadi News") >= 2
