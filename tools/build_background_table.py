#!/usr/bin/env python3
"""Build resources/background_ar.txt: Arabic word frequencies keyed the way the engine keys words.

Source: the `wordfreq` package's Arabic "large" list (data CC BY-SA 4.0, Robyn Speer et al.;
built from Wikipedia, subtitles, news, web text and more). Each word is folded with Qarin's
own normalizer and word key (so أ/ا, ة/ه, ى/ي variants share one entry), frequencies of words
that fold together are summed, and keys whose Zipf value is at least MIN_ZIPF are written,
bucketed by Zipf value in tenths: one line per bucket, `<zipf*10>\t<key> <key> ...`. Words
not in the table are rarer than MIN_ZIPF.

    pip install --target /tmp/wf wordfreq && PYTHONPATH=/tmp/wf python tools/build_background_table.py
"""
from __future__ import annotations

import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MIN_ZIPF = 4.0  # rarer words all weigh the same (desktop/core/significance.py)
OUT = ROOT / "resources" / "background_ar.txt"


def main() -> None:
    import wordfreq

    from desktop.core.normalize import normalize, tokenize

    freq: dict[str, float] = defaultdict(float)
    for word, f in wordfreq.get_frequency_dict("ar", wordlist="large").items():
        toks = tokenize(normalize(word))
        if len(toks) != 1:
            continue
        freq[toks[0].key] += f
    buckets: dict[int, list[str]] = defaultdict(list)
    for key, f in freq.items():
        zipf = math.log10(f * 1e9)
        if zipf >= MIN_ZIPF:
            buckets[int(round(zipf * 10))].append(key)
    header = (f"# Arabic background word frequencies for Qarin, derived from wordfreq 3.x "
              f"(data CC BY-SA 4.0, https://github.com/rspeer/wordfreq).\n"
              f"# One line per Zipf bucket: zipf*10 TAB keys (normalized words). Keys below Zipf {MIN_ZIPF} "
              f"are not listed.\n")
    lines = [f"{b}\t{' '.join(sorted(ws))}" for b, ws in sorted(buckets.items(), reverse=True)]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {sum(map(len, buckets.values()))} keys in {len(buckets)} buckets")


if __name__ == "__main__":
    main()
