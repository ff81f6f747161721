"""How fast the reuse view's tools are with many articles: the matrix model, the filters
(outlet, threshold, ordering) and the list of top pairs, on the same synthetic archive as
ui_responsiveness.py. Prints each step's time against filling the model itself (baseline in
the same run) and how the cost grows from 50 to 200 articles.

    python benchmarks/reuse_view_200.py [--articles 200]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ui_responsiveness import synthesize  # noqa: E402


def measure(n: int) -> dict[str, float]:
    from desktop.core.analysis import analyze
    from desktop.ui.app import application
    from desktop.ui.models.reuse_model import ReuseModel
    from desktop.ui.panels.reuse_panel import ReusePanel

    application("en")
    analysis = analyze(synthesize(n))
    model = ReuseModel()
    panel = ReusePanel(model)
    panel.resize(1300, 800)
    panel.show()
    out = {}
    t = time.perf_counter()
    model.set_analysis(analysis)  # the baseline: the model and the panel's own refresh
    out["model"] = time.perf_counter() - t
    for name, action in (
            ("threshold 30%", lambda: panel.filters.threshold.setValue(30)),
            ("outlet", lambda: panel.filters.outlet.setCurrentIndex(1)),
            ("most shared first", lambda: panel.filters.sort.setCurrentIndex(1)),
            ("as the columns", lambda: panel.filters.sort.setCurrentIndex(0))):
        t = time.perf_counter()
        action()
        out[name] = time.perf_counter() - t
    out["pairs listed"] = panel.pairs.count()
    out["pairs in analysis"] = len(analysis.pairs)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    small = measure(max(10, args.articles // 4))
    large = measure(args.articles)
    print(f"{'step':<20}{args.articles // 4:>10}{args.articles:>10}   ratio to model  growth")
    for key in large:
        if key.startswith("pairs"):
            print(f"{key:<20}{small[key]:>10}{large[key]:>10}")
            continue
        print(f"{key:<20}{small[key] * 1000:>8.1f}ms{large[key] * 1000:>8.1f}ms"
              f"{large[key] / large['model']:>12.2f}x{large[key] / max(small[key], 1e-9):>8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
