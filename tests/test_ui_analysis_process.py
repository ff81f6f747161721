"""Large analyses run in a child process; the result must equal the in-process one."""
import pytest

from desktop.core.analysis import AnalysisCancelled, analyze
from desktop.core.ingest import load_paths
from desktop.paths import SEEDS
from desktop.ui.analysis_process import analyze_in_process
from desktop.ui.project_session import background_friendly


@pytest.fixture(scope="module")
def seeds():
    return load_paths([SEEDS]).articles


def test_child_process_result_equals_direct_analysis(seeds):
    stages = []
    got = analyze_in_process(seeds, None, lambda s, f: stages.append(s), lambda: False)
    want = analyze(seeds)
    # the engine's order of links follows set iteration, which differs between processes
    # (string hashing is salted per process), so compare the records, not their order
    for name in ("links", "shared_spans", "changes", "framing"):
        assert sorted(map(repr, getattr(got, name))) == sorted(map(repr, getattr(want, name)))

    def pair_key(p):
        return (p.a, p.b, p.a_in_b, p.b_in_a, p.direction, sorted(p.evidence))
    assert sorted(map(pair_key, got.pairs)) == sorted(map(pair_key, want.pairs))
    assert got.segmentation == want.segmentation
    assert got.articles == want.articles and got.articles[0] is seeds[0]
    assert got.lexicon_version == want.lexicon_version


def test_cancel_ends_the_child(seeds):
    with pytest.raises(AnalysisCancelled):
        analyze_in_process(seeds, None, lambda s, f: None, lambda: True)


def test_background_friendly_restores_the_collector():
    import gc
    import sys
    interval = sys.getswitchinterval()
    assert gc.isenabled()
    with background_friendly():
        with background_friendly():
            assert not gc.isenabled() and sys.getswitchinterval() < interval
        assert not gc.isenabled()
    assert gc.isenabled() and sys.getswitchinterval() == interval
