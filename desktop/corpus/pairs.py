"""One candidate pair of archive articles: its reused passages, what kind of reuse, which way
it went, whether the copy credits its source, and the wording it swapped.

Passages come from the corpus aligner (``align.align_pair``) on masked content words, so
formulas never make a passage. A passage is kept only when it reads as shared prose:
enough matched words, enough distinct words, and function words in it (a list of names or
titles has almost none). Kind and substitutions come from the core word diff
(``desktop.core.worddiff``) over the core tokens of the two passages. A pair with no such
passage whose whole texts still overlap heavily shares a formula or a template: it is
reported with kind ``formula`` (not reuse; kept out of stories, network and substitutions).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from desktop.core.worddiff import CHANGE, EQUAL, diff_keys

from .align import AlignSettings, align_pair
from .extend import extend_exact
from .outlet_names import credits_folded, fold
from .shingles import NGRAM, Features
from .sketch import gram_hashes_at
from .words import STOPWORDS, Words, all_words

MAX_SUBSTITUTION_WORDS = 6


@dataclass(frozen=True)
class PairSettings:
    align: AlignSettings = field(default_factory=AlignSettings)
    min_distinct: int = 10  # distinct content words a passage needs
    min_function_share: float = 0.03  # function words per word: prose, not a list of names
    near_copy: float = 0.8  # a passage this share of an article is kept even if list-like
    short_passage: int = 25  # a passage of fewer words than this ...
    short_function_share: float = 0.1  # ... needs this share (a title chain or name is short)
    copy_share: float = 0.95  # equal words per word of the longer passage for a "copy"
    shared_share: float = 0.5  # below this the passages are restatements ("shared")
    min_run_words: int = 12  # words in shared runs of 3+ words that a passage needs
    shared_run_words: int = 20  # the same for a restatement ("shared") passage ...
    shared_longest: int = 8  # ... which also needs one run at least this long
    # pairs without a passage whose whole texts (formulas included) share this Jaccard of word
    # 5-grams, or ``near_copy`` of the shorter one's, are reported as kind "formula"
    formula_jaccard: float = 0.4


@dataclass(frozen=True)
class Doc:
    """An article as a pair worker sees it."""

    id: int
    text: str
    outlet: str
    date: str | None
    features: Features


@dataclass(frozen=True)
class Passage:
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    words: int  # matched content words
    kind: str  # copy | edited | shared


@dataclass(frozen=True)
class Substitution:
    source_text: str  # wording in the source article
    copy_text: str  # wording in the copy
    source_span: tuple[int, int]
    copy_span: tuple[int, int]


@dataclass(frozen=True)
class PairResult:
    a: int
    b: int
    passages: tuple[Passage, ...]
    kind: str  # the strongest kind among the passages; "formula" when they share only a formula
    direction: str  # "a->b": b took from a; "b->a"; "unknown"
    credited: bool | None  # the copy names its source's outlet (None when direction is unknown)
    lag_seconds: float | None  # copy date minus source date
    a_share: float  # share of a's content words inside passages
    b_share: float
    substitutions: tuple[Substitution, ...] = ()

    @property
    def source(self) -> int | None:
        return {"a->b": self.a, "b->a": self.b}.get(self.direction)


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("/", "-"))
    except ValueError:
        return None


def _tokens(doc: "Doc", span: tuple[int, int], cache: dict | None) -> "Toks":
    """Core words of the article inside ``span`` (a span on word boundaries, as every
    passage span is). The article is tokenized once per task."""
    found = cache.get(("tokens", doc.id)) if cache is not None else None
    if found is None:
        found = all_words(doc.text)
        if cache is not None:
            cache[("tokens", doc.id)] = found
    keys, starts, ends = found
    i, j = bisect_left(starts, span[0]), bisect_left(starts, span[1])
    return Toks(keys[i:j], starts[i:j], ends[i:j])


@dataclass(frozen=True)
class Toks:
    """Core words of a passage: keys with their original spans."""

    keys: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.keys)


def _is_prose(ta: Toks, tb: Toks, settings: PairSettings) -> bool:
    for toks in (ta, tb):
        if not toks:
            return False
        function = sum(1 for k in toks.keys if k in STOPWORDS)
        share = settings.short_function_share if len(toks) < settings.short_passage else settings.min_function_share
        if function < share * len(toks):
            return False
        if len({k for k in toks.keys if k not in STOPWORDS}) < settings.min_distinct:
            return False
    return True


def _gram_cover(ka: list[str], kb: list[str], n: int = 3) -> int:
    """Words of ``ka`` inside a run of ``n`` words that also occurs in ``kb``, in any order:
    a copy whose paragraphs were moved keeps its runs, which a diff reports as changed."""
    grams = {tuple(kb[i:i + n]) for i in range(len(kb) - n + 1)}
    covered = [False] * len(ka)
    for i in range(len(ka) - n + 1):
        if tuple(ka[i:i + n]) in grams:
            covered[i:i + n] = [True] * n
    return sum(covered)


def _kind(ops, ka: list[str], kb: list[str], settings: PairSettings) -> str | None:
    """copy | edited | shared, or None when the shared runs are too short to be reuse."""
    na, nb = len(ka), len(kb)
    runs = [op.a1 - op.a0 for op in ops if op.tag == EQUAL]
    in_runs = sum(n for n in runs if n >= 3)
    longest = max(runs, default=0)
    share = sum(runs) / max(na, nb, 1)
    moved_runs = False
    if share < settings.shared_share:  # maybe moved paragraphs: count runs in any order
        moved = _gram_cover(ka, kb)
        if moved > in_runs:
            in_runs, share = moved, moved / max(na, nb, 1)
            longest = max(longest, settings.shared_longest)
            moved_runs = True
    inner_edits = moved_runs or any(op.tag != EQUAL for op in ops[1:-1])
    if share >= settings.copy_share and not inner_edits:
        kind = "copy"  # word for word (an edge word or two aside)
    else:
        kind = "edited" if share >= settings.shared_share else "shared"
    if in_runs < settings.min_run_words:
        return None
    if kind == "shared" and (in_runs < settings.shared_run_words or longest < settings.shared_longest):
        return None
    return kind


def _numbers_conflict(ops, ta: Toks, tb: Toks) -> bool:
    """Two reports of one template with other figures (market closes, weather, results):
    figures changed in at least two places, and more of them changed than kept."""
    same = changed = 0
    for op in ops:
        a_nums = sorted(k for k in ta.keys[op.a0:op.a1] if k.isdigit())
        if op.tag == EQUAL:
            same += len(a_nums)
        elif op.tag == CHANGE and a_nums:
            b_nums = sorted(k for k in tb.keys[op.b0:op.b1] if k.isdigit())
            if b_nums and b_nums != a_nums:  # the same figures rewritten (1436/10/10) are kept
                changed += 1
    return changed >= 2 and changed > same


def _substitutions(ops, ta: Toks, tb: Toks, text_a: str, text_b: str) -> list[tuple[tuple[int, int], str, tuple[int, int], str]]:
    out = []
    for n, op in enumerate(ops):
        if op.tag != CHANGE or not 0 < n < len(ops) - 1:
            continue  # a change at a passage edge is alignment noise
        if not (0 < op.a1 - op.a0 <= MAX_SUBSTITUTION_WORDS and 0 < op.b1 - op.b0 <= MAX_SUBSTITUTION_WORDS):
            continue
        sa = (ta.starts[op.a0], ta.ends[op.a1 - 1])
        sb = (tb.starts[op.b0], tb.ends[op.b1 - 1])
        out.append((sa, text_a[sa[0]:sa[1]], sb, text_b[sb[0]:sb[1]]))
    return out


_RANK = {"copy": 2, "edited": 1, "shared": 0}
FORMULA = "formula"  # kind of a pair that shares only formulas or a template (not reuse)


def compare(a: Doc, b: Doc, settings: PairSettings = PairSettings(),
            words_cache: dict | None = None, template: bool = False) -> PairResult | None:
    """The reuse between two articles, or None when they share no passage of prose.

    ``template``: the pair is known to share recurring formulas (its rare n-grams recur over
    many days), so whatever it shares is reported as kind ``formula``, never as reuse."""
    if template:
        return _formula_pair(a, b, settings, words_cache)
    wa, _ = _words(a, words_cache)
    wb, positions = _words(b, words_cache)
    blocks = align_pair(wa, wb, positions, settings.align)
    passages: list[Passage] = []
    subs_raw = []
    covered_a = covered_b = 0
    for blk in blocks:
        sa, sb = wa.span(blk.s_first, blk.s_last), wb.span(blk.r_first, blk.r_last)
        sa, sb = extend_exact(a.text, sa, b.text, sb)
        ta, tb = _tokens(a, sa, words_cache), _tokens(b, sb, words_cache)
        # a passage covering most of the shorter article is a near-copy, whatever it reads like
        whole = (blk.s_last - blk.s_first + 1 >= settings.near_copy * len(wa)
                 or blk.r_last - blk.r_first + 1 >= settings.near_copy * len(wb))
        if not whole and not _is_prose(ta, tb, settings):
            continue
        ka, kb = ta.keys, tb.keys
        ops = diff_keys(ka, kb)
        kind = _kind(ops, ka, kb, settings)
        if kind is None or (not whole and _numbers_conflict(ops, ta, tb)):
            continue
        passages.append(Passage(sa, sb, blk.points, kind))
        subs_raw.extend(_substitutions(ops, ta, tb, a.text, b.text))
        covered_a += blk.s_last - blk.s_first + 1
        covered_b += blk.r_last - blk.r_first + 1
    if not passages:
        return _formula_pair(a, b, settings, words_cache)
    direction, lag, credited = _direction(a, b, words_cache)
    subs = []
    for sa, ta_, sb, tb_ in subs_raw:
        if direction == "b->a":
            subs.append(Substitution(tb_, ta_, sb, sa))
        else:
            subs.append(Substitution(ta_, tb_, sa, sb))
    kind = max((p.kind for p in passages), key=_RANK.__getitem__)
    return PairResult(a.id, b.id, tuple(passages), kind, direction, credited, lag,
                      round(min(1.0, covered_a / max(1, len(wa))), 3),
                      round(min(1.0, covered_b / max(1, len(wb))), 3), tuple(subs))


def _grams(doc: Doc, cache: dict) -> tuple[np.ndarray, np.ndarray]:
    """(5-gram hash at each core word, the distinct hashes) of the whole text, nothing masked."""
    found = cache.get(("grams", doc.id))
    if found is None:
        _tokens(doc, (0, 0), cache)  # fills the token cache
        at = gram_hashes_at(cache[("tokens", doc.id)][0])
        found = cache[("grams", doc.id)] = (at, np.unique(at))
    return found


def _formula_pair(a: Doc, b: Doc, settings: PairSettings, cache: dict | None) -> PairResult | None:
    """Two articles without a passage of prose in common whose whole texts still overlap
    heavily (word 5-grams, formulas included: Jaccard >= ``formula_jaccard`` or most of the
    shorter one): what they share is a formula or a template (a congratulation telegram with
    other names, a columnist's footer, a contact box). Reported as kind ``formula``, with the
    stretch their shared 5-grams cover, so that a reader can tell them from reuse."""
    cache = cache if cache is not None else {}
    at_a, ua = _grams(a, cache)
    at_b, ub = _grams(b, cache)
    if not len(ua) or not len(ub):
        return None
    shared = np.intersect1d(ua, ub, assume_unique=True)
    n = len(shared)
    if n / (len(ua) + len(ub) - n) < settings.formula_jaccard and n < settings.near_copy * min(len(ua), len(ub)):
        return None
    spans, covered = [], []
    for doc, at in ((a, at_a), (b, at_b)):
        _keys, starts, ends = cache[("tokens", doc.id)]
        hit = np.flatnonzero(np.isin(at, shared, assume_unique=False))
        first, last = int(hit[0]), int(hit[-1]) + NGRAM - 1
        spans.append((starts[first], ends[last]))
        cover = np.zeros(len(starts), dtype=bool)
        for k in range(NGRAM):
            cover[hit + k] = True
        covered.append(int(cover.sum()) / max(1, len(starts)))
    direction, lag, credited = _direction(a, b, cache)
    words = int(round(covered[0] * len(cache[("tokens", a.id)][1])))
    return PairResult(a.id, b.id, (Passage(spans[0], spans[1], words, FORMULA),), FORMULA, direction, credited,
                      lag, round(covered[0], 3), round(covered[1], 3))


def _words(doc: Doc, cache: dict | None) -> tuple[Words, dict[int, list[int]]]:
    """The article's words and the positions of each word key (cached per task)."""
    found = cache.get(doc.id) if cache is not None else None
    if found is None:
        words = doc.features.words(doc.text)
        positions: dict[int, list[int]] = {}
        for j, k in enumerate(words.keys):
            positions.setdefault(k, []).append(j)
        found = (words, positions)
        if cache is not None:
            cache[doc.id] = found
    return found


def _direction(a: Doc, b: Doc, cache: dict | None = None) -> tuple[str, float | None, bool | None]:
    """(direction, lag in seconds, credited): the earlier article is the source; on equal or
    missing dates, the one the other credits by name."""

    def credits(doc: Doc, outlet: str) -> bool:
        folded = cache.get(("folded", doc.id)) if cache is not None else None
        if folded is None:
            folded = fold(doc.text)
            if cache is not None:
                cache[("folded", doc.id)] = folded
        return credits_folded(folded, outlet)

    da, db = _parse_date(a.date), _parse_date(b.date)
    if da and db and (da.tzinfo is None) == (db.tzinfo is None) and da != db:
        if da < db:
            return "a->b", (db - da).total_seconds(), credits(b, a.outlet)
        return "b->a", (da - db).total_seconds(), credits(a, b.outlet)
    if a.outlet != b.outlet:
        b_credits_a, a_credits_b = credits(b, a.outlet), credits(a, b.outlet)
        if b_credits_a and not a_credits_b:
            return "a->b", 0.0 if da and db else None, True
        if a_credits_b and not b_credits_a:
            return "b->a", 0.0 if da and db else None, True
    return "unknown", None, None
