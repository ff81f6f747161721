"""Helpers shared by several test modules (imported as `support`; pytest puts tests/ on sys.path)."""
from __future__ import annotations

import subprocess
import sys

from desktop.cli.main import main
from desktop.paths import ROOT

# Prepended to a child script: any import of PySide6 or shiboken6 then fails.
BLOCK_QT = """
import sys
class _BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, _BlockQt())
"""


def run_without_qt(script: str, *args: str) -> subprocess.CompletedProcess:
    """Run `script ARGS` in a fresh interpreter at the repository root with PySide6 blocked."""
    return subprocess.run([sys.executable, "-c", BLOCK_QT + script, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """Run `main.py ARGV` in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def open_window(qtbot, paths, lang: str | None = None):
    """The main window on ``paths`` (files, folders or a project), analysed by the real engine
    and shown at 1600x1000; returns once every view is filled. Set $QARIN_UNTITLED_DIR first."""
    from desktop.ui.app import application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.project_session import ProjectSession

    application(lang)
    window = MainWindow(ProjectSession.from_paths(list(paths)))
    window.quiet_close = True
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=120_000):
        window.start()
    return window


def brute_force_boilerplate(text: str):
    """Furniture lines as boilerplate.find_boilerplate marks them, the slow way: every rule
    tried on every line, in order (the reference for its fast routes)."""
    from desktop.core import boilerplate
    from desktop.core.normalize import normalize

    marks, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start, end = pos, pos + len(body)
        pos += len(line)
        if not body.strip():
            continue
        folded = normalize(body).text
        for rule in boilerplate.rules():
            if rule.pattern.search(body) or (rule.folded is not None and rule.folded.search(folded)):
                lead = len(body) - len(body.lstrip())
                to_end = rule.to_end is True or (rule.to_end == "tail" and start * 2 >= len(text))
                marks.append(((start + lead, len(text.rstrip()) if to_end else end), rule.kind))
                break
        if marks and marks[-1][0][1] >= len(text.rstrip()):
            break
    return marks


# --- alignment as the engine first stated it (the plain route align.align_groups must equal) ----
from collections import defaultdict  # noqa: E402

from desktop.core.align import (  # noqa: E402
    MAX_POSTING, MAX_RARE_POSTING, MIN_CONTAINMENT, MIN_EDGE_WEIGHT, MIN_SHARED, RARE_SHARED,
    RARE_WEIGHT, SHORT_SENTENCE, WHOLE_SENTENCE, Group, Unit, _pair_counts, _pair_groups,
)


def candidate_edges(units: list[Unit], weights=None) -> dict[tuple[int, int], dict[tuple[int, int], int]]:
    """For each pair of docs (a < b): {(sentence in a, sentence in b): shared bigram count}.

    With `weights`, sentence pairs sharing RARE_SHARED rare words are candidates too (count 0
    when they share fewer than two bigrams). `units` come in document order."""
    # units are numbered by their place in `units` (document order), a pair of them by one
    # integer (first * len + second): counting integers is much cheaper than nested tuples
    size = len(units)
    docs = [u.doc for u in units]
    index = [u.index for u in units]
    postings: dict = {}
    add = postings.setdefault
    for k, u in enumerate(units):
        for g in u.bigrams:
            add(g, []).append(k)
    shared: dict[tuple[int, int], dict[tuple[int, int], int]] = defaultdict(dict)
    for pair, n in _pair_counts(postings.values(), MAX_POSTING, docs, size).items():
        u, v = divmod(pair, size)
        shared[(docs[u], docs[v])][(index[u], index[v])] = n
    if weights is not None:
        heavy = {k for k, w in weights.cache.items() if w >= RARE_WEIGHT}
        rare: dict[str, list[int]] = {}
        add = rare.setdefault
        for k, u in enumerate(units):
            for key in u.keys & heavy:
                add(key, []).append(k)
        for pair, n in _pair_counts(rare.values(), MAX_RARE_POSTING, docs, size).items():
            if n >= RARE_SHARED:
                u, v = divmod(pair, size)
                shared[(docs[u], docs[v])].setdefault((index[u], index[v]), 0)
    return shared


def group_edges(a: int, b: int, counts: dict[tuple[int, int], int],
                units_a: dict[int, Unit], units_b: dict[int, Unit], weights=None) -> list[Group]:
    """The groups of one pair of docs from its candidates (without `weights`: shared bigrams
    over the smaller sentence's bigrams)."""
    edges: dict[tuple[int, int], float] = {}
    if weights is None:
        for (i, j), n in counts.items():
            if n < MIN_SHARED:
                continue
            w = n / max(1, min(len(units_a[i].bigrams), len(units_b[j].bigrams)))
            if w >= MIN_CONTAINMENT:
                edges[(i, j)] = w
    else:
        total, unit_total = weights.total, weights.unit_total
        weight_of = weights.cache.__getitem__
        for (i, j), n in counts.items():
            u, v = units_a[i], units_b[j]
            if n == 1 and len(u.tokens) > SHORT_SENTENCE and len(v.tokens) > SHORT_SENTENCE:
                continue  # one shared bigram between two full sentences: a name at most
            shared = u.keys & v.keys
            try:  # total(shared), without the call (every key has its weight after prepare())
                both = sum(map(weight_of, shared))
            except KeyError:
                both = total(shared)
            if not both:
                continue
            wu = u.wkeys or unit_total(u)
            wv = v.wkeys or unit_total(v)
            w = both / max(1e-9, wu if wu < wv else wv)
            if w >= MIN_CONTAINMENT and (both >= MIN_EDGE_WEIGHT or w >= WHOLE_SENTENCE):
                edges[(i, j)] = w
    return _pair_groups(a, b, edges)


def plain_story_vectors(doc_keys):
    """stories._vectors as first written, the reference its fast routes are tested against:
    every article's counts first, then a loop per word."""
    import math
    from collections import Counter

    from desktop.core.stories import _feature_weights

    n = len(doc_keys)
    counts = [Counter(keys) for keys in doc_keys]
    df = Counter()
    for c in counts:
        df.update(c.keys())
    weighed = [k for k, d in df.items() if not (n > 2 and d == n)]
    fws = dict(zip(weighed, _feature_weights(weighed)))
    base = {}
    for k, d in df.items():
        base[k] = 0.0 if n > 2 and d == n else (fws[k] * math.log(n / d + 1) if fws[k] else 0.0)
    vectors = []
    for cnt in counts:
        vec, norm2 = {}, 0.0
        for k, c in cnt.items():
            if base[k]:
                v = base[k] * (1 + math.log(c))
                norm2 += v * v
                if df[k] >= 2:
                    vec[k] = v
        norm = math.sqrt(norm2) or 1.0
        vectors.append({k: v / norm for k, v in vec.items()})
    return vectors


def plain_story_similarities(vectors):
    """stories._similarities as first written, the reference: a dict keyed by the pair,
    postings in order."""
    from collections import defaultdict

    postings = defaultdict(list)
    for d, vec in enumerate(vectors):
        for k, v in vec.items():
            postings[k].append((d, v))
    sim = {}
    for plist in postings.values():
        for i, (a, va) in enumerate(plist):
            for b, vb in plist[i + 1:]:
                sim[(a, b)] = sim.get((a, b), 0.0) + va * vb
    return sim
