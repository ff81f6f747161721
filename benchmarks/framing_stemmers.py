#!/usr/bin/env python3
"""Would an Arabic stemmer or lemmatizer match lexicon terms better than Qarin's own affix
reader (desktop/core/morphology.py)? Measured, not assumed.

Variants, each a matcher over the same bundled lexicon and used by the same find_terms:
  qarin       the affix reader (closed lists of clitics and endings, verb and derived forms)
  tashaphyne  Tashaphyne's light stemmer: a word matches a lexicon word with the same stem
  qalsadi     Qalsadi's lemmatizer: a word matches a lexicon word with the same lemma
Figures: (1) a list of inflected forms that should match and of other words that must not
(written for this script, not taken from any material); (2) recall/precision on
../shared/realnews with the judgments (via framing_realnews.py); (3) time per article there.
The stemmers are not dependencies of Qarin; install them in a scratch environment to run this:
    pip install tashaphyne qalsadi && python benchmarks/framing_stemmers.py
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import desktop.core.analysis as analysis_mod  # noqa: E402
from desktop.core.framing import TermMatcher, terms_in  # noqa: E402
from desktop.core.lexicon import default_lexicon  # noqa: E402
from desktop.core.normalize import normalize, tokenize  # noqa: E402

# (text, lexicon term it should find) and words that should find nothing of these terms
SHOULD = [("للاحتلال", "الاحتلال"), ("المحتلين", "الاحتلال"), ("تحتلها", "الاحتلال"),
          ("احتلت", "الاحتلال"),
          ("وللميليشيات", "مليشيا"), ("ميليشياتها", "مليشيا"), ("مرتزقتها", "مرتزقة"),
          ("وكلاؤها", "وكلاء"), ("مرتزق", "مرتزقة"), ("ومقاومتها", "المقاومة"), ("والشهداء", "شهيد"),
          ("الشهيدة", "شهيد"), ("استشهدوا", "استشهد"), ("بالعدوان", "العدوان"),
          ("وزعمت", "زعم"), ("يزعمون", "زعم"), ("غاراتها", "غارة"), ("الإرهابيين", "الإرهابي"),
          ("للمتمردين", "المتمرد"), ("قتلاهم", "قتيل"), ("ضحاياها", "ضحية")]
SHOULD_NOT = ["عدوانية", "الكيانات", "مقال", "قالب", "شاهد", "المشاهدين", "تقاوم", "عدوى",
              "شهادة", "احتفال", "الغار", "قاتل", "ضحى", "زعيم", "قولون", "المقاولات"]


@dataclass(frozen=True)
class _E:
    term: object


@dataclass(frozen=True)
class _M:
    size: int
    entry: _E
    cut: None = None


class StemMatcher:
    """Same interface as TermMatcher.match_at; words compare by stem(original word)."""

    def __init__(self, lexicon, stem):
        self.stem = stem
        self.lexicon = lexicon
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for t in lexicon.terms:
            for form in (t.term, *t.variants, *t.derived):
                words = tuple(stem(w) for w in form.split())
                if words:
                    self.by_first.setdefault(words[0], []).append((words, t))
        for v in self.by_first.values():
            v.sort(key=lambda e: -len(e[0]))
        self._text = ""

    def match_at(self, tokens, i, text=None):
        first = self.stem(tokens[i].key)
        for words, term in self.by_first.get(first, ()):
            n = len(words)
            if i + n <= len(tokens) and all(self.stem(tokens[i + k].key) == words[k]
                                            for k in range(1, n)):
                return _M(n, _E(term))
        return None


def tashaphyne_stem():
    from tashaphyne.stemming import ArabicLightStemmer

    s = ArabicLightStemmer()

    @lru_cache(maxsize=None)
    def stem(word):
        s.light_stem(normalize(word).text)
        return s.get_stem()
    return stem


def qalsadi_lemma():
    import qalsadi.lemmatizer

    lem = qalsadi.lemmatizer.Lemmatizer()

    @lru_cache(maxsize=None)
    def stem(word):
        out = lem.lemmatize(normalize(word).text)
        return normalize(out if isinstance(out, str) else word).text
    return stem


def word_list(matcher) -> tuple[int, int]:
    tp = sum(term in [t.term for t in _terms(matcher, text)] for text, term in SHOULD)
    fp = sum(bool(_terms(matcher, text)) for text in SHOULD_NOT)
    return tp, fp


def _terms(matcher, text):
    if isinstance(matcher, TermMatcher):
        return terms_in(text, matcher)
    toks = tokenize(normalize(text))
    out, i = [], 0
    while i < len(toks):
        m = matcher.match_at(toks, i)
        if m:
            out.append(m.entry.term)
            i += m.size
        else:
            i += 1
    return out


def realnews(make_matcher) -> str:
    import io
    from contextlib import redirect_stdout

    import framing_realnews as fr

    original = analysis_mod.matcher_for
    analysis_mod.matcher_for = lambda lex: make_matcher()
    try:
        buf = io.StringIO()
        t0 = time.perf_counter()
        with redirect_stdout(buf):
            sys.argv = [sys.argv[0]]
            fr.main()
        ms = (time.perf_counter() - t0) * 1000
    finally:
        analysis_mod.matcher_for = original
    line = [x for x in buf.getvalue().splitlines() if x.startswith("ALL after")]
    return (line[0].replace("ALL after :", "").strip() if line else "skipped (no realnews)") + \
        f"; scorer run {ms:.0f} ms"


def main() -> int:
    lex = default_lexicon()
    variants = {"qarin": lambda: TermMatcher(lex)}
    for name, factory in (("tashaphyne", tashaphyne_stem), ("qalsadi", qalsadi_lemma)):
        try:
            stem = factory()
        except ImportError:
            print(f"{name}: not installed, skipped")
            continue
        variants[name] = lambda stem=stem: StemMatcher(lex, stem)
    for name, make in variants.items():
        tp, fp = word_list(make())
        print(f"{name:10} word list: {tp}/{len(SHOULD)} inflected forms found, "
              f"{fp}/{len(SHOULD_NOT)} other words wrongly matched")
        print(f"{'':10} realnews: {realnews(make)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
