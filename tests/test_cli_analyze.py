import json
import subprocess
import sys

import pytest

from desktop.paths import ROOT


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def seeds_json(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "seeds.json"
    proc = run("analyze", "--json", str(out))
    assert proc.returncode == 0, proc.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_json_contract(seeds_json):
    d = seeds_json
    assert d["version"] == 1
    assert len(d["articles"]) == 5
    for art in d["articles"]:
        assert {"id", "path", "outlet", "encoding", "title", "boilerplate", "paragraphs", "sentences"} <= set(art)
    texts = {a["id"]: open(a["path"], encoding="utf-8").read() for a in d["articles"]}
    for link in d["links"]:
        assert link["kind"] in ("copy", "edited", "shared") and 0 < link["score"] <= 1
        assert link["a"] != link["b"]
    for c in d["changes"]:
        assert c["type"] in ("substitution", "dropped", "added")
        assert texts[c["a"]][slice(*c["a_span"])] == c["a_text"]
        assert texts[c["b"]][slice(*c["b_span"])] == c["b_text"]
    for h in d["framing"]:
        assert texts[h["article"]][slice(*h["span"])] == h["text"]
        assert isinstance(h["in_quote"], bool)
    for p in d["pairs"]:
        assert p["direction"] in ("a->b", "b->a", "unknown")
        assert p["a_in_b"] > 0 or p["b_in_a"] > 0  # only pairs that share something are listed
    assert 3 <= len(d["pairs"]) < 10
    ids = {a["id"] for a in d["articles"]}
    assert [sorted(s["articles"]) for s in d["stories"]] == [sorted(ids)]  # the seeds are one story
    assert d["stories"][0]["pivot"] in ids
    stages = d["timings"]
    assert {"read", "normalize", "segment", "align", "reuse", "stories", "framing", "json",
            "total", "command"} <= set(stages)
    parts = sum(v for k, v in stages.items() if k not in ("total", "command"))
    assert abs(stages["total"] - parts) < 0.01
    assert stages["command"] >= stages["total"] - 0.01  # wall clock of the whole command


def test_summary_without_json():
    proc = run("analyze")
    assert proc.returncode == 0
    assert "Al-Diyar took from Al-Mayadeen (relay)" in proc.stdout


def test_bad_usage_and_no_readable_input_exit_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    for args in (["analyze", "--nope"], ["analyze", str(tmp_path)], ["analyze", str(tmp_path / "x.txt")]):
        proc = run(*args)
        assert proc.returncode == 2
        assert "Traceback" not in proc.stderr
        assert proc.stderr.strip().splitlines()[-1].startswith("error:")


def test_partial_batch_warns_and_continues(tmp_path):
    (tmp_path / "a.txt").write_text("قصفت القوات الأمريكية موقعين.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary")
    proc = run("analyze", str(tmp_path), "--json", "-")
    assert proc.returncode == 0
    assert "b.txt" in proc.stderr
    assert len(json.loads(proc.stdout)["articles"]) == 1


def test_unwritable_output_is_a_one_line_error(tmp_path):
    proc = run("analyze", "--json", str(tmp_path / "no" / "such" / "dir" / "out.json"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("error:")


def test_output_is_the_same_whatever_the_hash_seed():
    import os

    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "analyze", "--json", "-"],
                              capture_output=True, text=True, cwd=ROOT, env=env)
        data = json.loads(proc.stdout)
        data.pop("timings")
        outputs.append(data)
    assert outputs[0] == outputs[1]


def test_summary_shows_bidi_controls_in_titles_as_markers(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان \u202eمقلوب\u202c للخبر\n\nقصفت الطائرات موقعين قرب النهر صباح اليوم.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر آخر\n\nقصفت الطائرات موقعين قرب النهر صباح اليوم.",
                                    encoding="utf-8")
    proc = run("analyze", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "[RLO U+202E]" in proc.stdout and "[PDF U+202C]" in proc.stdout
    assert not set(proc.stdout) & {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                                   "\u2066", "\u2067", "\u2068", "\u2069"}
