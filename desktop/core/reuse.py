"""Inside each aligned group: link kind, shared word runs, and changes; per pair: containment
and the likely direction of copying."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .align import Group, Unit
from .model import Change, Link, PairStats, SharedSpan, Span
from .needles import Needles
from .normalize import Token, normalize
from .outlets import attribution_cues
from .paraphrase import unify_keys
from .significance import Weights
from .worddiff import CHANGE, DELETE, EQUAL, INSERT, diff_keys

MIN_RUN_EDITED = 2  # shortest shared run reported inside copies
MIN_RUN_SHARED = 3  # shortest shared run reported between restatements
MAX_SUBSTITUTION_WORDS = 6

# Significance (weights from significance.py: 1 = a rare word, ~0 = a function word).
# A link claims that one text reused the other's wording, so it needs shared wording that a
# name, a place, a date or a stock phrase cannot supply on its own:
MIN_EVIDENCE = 2.5  # weight of the words in shared runs: more than a two-word rare name
MIN_CORE = 2.0  # the heaviest single shared run: at least two rare words in a row
MIN_CORE_WORDS = 5  # ... and longer than a name (المقاومة الإسلامية في العراق is four words)
MIN_SCORE = 0.2  # weighted share of the lighter passage that lies in shared runs
STRONG_CORE = 4.0  # one run this heavy is reuse whatever the passages around it hold
# An edited copy breaks the reused passage into several runs: two runs of MULTI_RUN_WORDS words
# or more, with MULTI_EVIDENCE together, stand for the longer passage they were cut from
MULTI_RUN_WORDS = 3
MULTI_EVIDENCE = 4.0
# A paraphrase (words reordered, inflected or garbled) may have no long run; it needs more
# shared rare words, and most of the lighter passage:
PARA_EVIDENCE = 4.0
PARA_SCORE = 0.6
PARA_WORD_WEIGHT = 0.3  # words lighter than this (function words) never count as paraphrased
EARLY_EXIT = 1.0  # passages sharing less weight than this (exact words) are not compared
# A short passage next to an accepted link of the same pair is part of that reused passage:
RELAXED_EVIDENCE = 1.0


@dataclass
class LinkResult:
    link: Link
    shared: list[SharedSpan]
    changes: list[Change]  # oriented a = first doc of the pair, not yet by direction
    covered_a: set[int] = field(default_factory=set)  # token positions (doc-level) shared
    covered_b: set[int] = field(default_factory=set)


def _span(tokens: list[Token]) -> Span:
    return (tokens[0].start, tokens[-1].end)


def _gap(tokens: list[Token], at: int) -> Span:
    """Empty span where a run would sit: after token at-1 (or before token at)."""
    if at > 0:
        pos = tokens[at - 1].end
    elif tokens:
        pos = tokens[0].start
    else:
        pos = 0
    return (pos, pos)


def compare_group(group: Group, ids: list[str], texts: list[str],
                  units_a: list[Unit], units_b: list[Unit], weights: Weights | None = None,
                  relaxed: bool = False) -> LinkResult | None:
    """Link two aligned passages if they share significant wording; None otherwise.

    `relaxed`: the passages sit next to a link already accepted for this pair, so a short
    shared run (a name, a formula) inside the longer reused passage is kept."""
    ta, ka = _tokens_keys(units_a)
    tb, kb = _tokens_keys(units_b)
    if not ta or not tb:
        return None
    weights = weights or Weights()
    set_a, set_b = _key_set(units_a, ka), _key_set(units_b, kb)
    both = set_a & set_b
    if weights.total(both) < EARLY_EXIT:
        return None  # not even a name in common (garbled words aside): nothing to diff
    ops = _diff_unified(ka, kb, set_a == set_b)
    if ops[0] is not None:  # the garbled words of b were given a's spelling
        kb = ops[0]
    ops = ops[1]
    equal_ops = [op for op in ops if op.tag == EQUAL]
    lengths = [op.a1 - op.a0 for op in equal_ops]
    eq_tokens = sum(lengths)
    longest = max(lengths, default=0)
    smaller = min(len(ta), len(tb))
    coverage = eq_tokens / smaller
    if len(equal_ops) == len(ops):
        kind = "copy"
    elif coverage >= 0.6 and longest >= 4:
        kind = "edited"
    else:
        kind = "shared"
    min_run = MIN_RUN_SHARED if kind == "shared" else MIN_RUN_EDITED
    whole = len(ta)
    runs = [op for op, n in zip(equal_ops, lengths) if n >= min_run or n == whole]
    # evidence counts every shared run of two words or more (two rare words in a row say more
    # than chance); the spans reported between restatements keep their longer minimum
    counted = [op for op, n in zip(equal_ops, lengths) if n >= MIN_RUN_EDITED or n == whole]
    if counted:
        wa = weights.unit_weights(units_a[0]) if len(units_a) == 1 else \
            [w for u in units_a for w in weights.unit_weights(u)]
        run_weights = [sum(wa[op.a0:op.a1]) for op in counted]
    else:
        run_weights = []
    evidence = sum(run_weights)
    core = max((w for w, op in zip(run_weights, counted) if op.a1 - op.a0 >= MIN_CORE_WORDS), default=0.0)
    lighter = max(1e-9, min(_wsum(units_a, weights), _wsum(units_b, weights)))
    score = evidence / lighter
    long_runs = sum(op.a1 - op.a0 >= MULTI_RUN_WORDS for op in counted)
    if not _significant(evidence, core, score, long_runs, relaxed and bool(runs)):
        para = _paraphrase(ka, kb, ta, tb, weights, lighter, both)
        if para is None:
            return None
        score, covered_a, covered_b = para
        a_id, b_id = ids[group.a], ids[group.b]
        runs = [op for op in equal_ops if op.a1 - op.a0 >= MIN_RUN_EDITED]
        shared_spans = [SharedSpan(a_id, _span(ta[op.a0:op.a1]), b_id, _span(tb[op.b0:op.b1]))
                        for op in runs]
        link = Link(a_id, (units_a[0].span[0], units_a[-1].span[1]), b_id,
                    (units_b[0].span[0], units_b[-1].span[1]), "shared", round(min(1.0, score), 3))
        return LinkResult(link, shared_spans, [], covered_a, covered_b)
    a_id, b_id = ids[group.a], ids[group.b]
    runs = runs or counted
    shared_spans = [SharedSpan(a_id, _span(ta[op.a0:op.a1]), b_id, _span(tb[op.b0:op.b1])) for op in runs]
    link = Link(a_id, (units_a[0].span[0], units_a[-1].span[1]), b_id,
                (units_b[0].span[0], units_b[-1].span[1]), kind, round(min(1.0, score), 3))
    changes = _changes(ops, ta, tb, a_id, b_id, texts[group.a], texts[group.b]) if kind != "copy" else []
    if kind == "shared":
        # between restatements only word swaps inside shared wording are meaningful
        changes = [c for c in changes if c.type == "substitution"]
    covered_a = {(t.start) for op in runs for t in ta[op.a0:op.a1]}
    covered_b = {(t.start) for op in runs for t in tb[op.b0:op.b1]}
    return LinkResult(link, shared_spans, changes, covered_a, covered_b)


def _diff_unified(ka: tuple[str, ...], kb: tuple[str, ...],
                  same_words: bool) -> tuple[tuple[str, ...] | None, list]:
    """(b's keys with garbled words unified or None, diff of a and those keys).

    The plain route: diff a and b; when the diff holds an edit, unify b's garbled words
    with a's (paraphrase.unify_garbled, which leaves b alone when both hold the same words:
    `same_words`) and, if any changed, diff again. The diff is the dear part, so when a and b
    surely differ (see _surely_edited) the first diff is skipped whenever unifying changes b:
    its only use would be to say that they differ."""
    if _surely_edited(ka, kb):
        unified = kb if same_words else unify_keys(ka, kb)
        if unified != kb:
            return unified, diff_keys(ka, unified)
        return None, diff_keys(ka, kb)
    ops = diff_keys(ka, kb)
    if any(op.tag != EQUAL for op in ops):
        unified = kb if same_words else unify_keys(ka, kb)
        if unified != kb:
            return unified, diff_keys(ka, unified)
    return None, ops


def _surely_edited(ka: list[str], kb: list[str]) -> bool:
    """True only when the word diff of ka and kb must hold an op other than EQUAL.

    A diff is all EQUAL when every edit dmp finds is forgiven (worddiff._same_words): glued
    words (the letters are the same), one typo per word pair of equal count, or one typo in
    the glued runs. Each such edit changes the letter count by at most the number of words
    on either side, and an unpaired insert or delete is never forgiven; so if the letter
    counts differ by more than the shorter side's word count, some edit is not forgiven."""
    diff = abs(sum(map(len, ka)) - sum(map(len, kb)))
    return diff > min(len(ka), len(kb))


def _tokens_keys(units: list[Unit]) -> tuple[list[Token], tuple[str, ...]]:
    """The passage's tokens and their keys, in order."""
    if len(units) == 1:
        u = units[0]
        return u.tokens, u.klist or tuple(t.key for t in u.tokens)
    ta = [t for u in units for t in u.tokens]
    return ta, tuple(t.key for t in ta)


def _key_set(units: list[Unit], keys: tuple[str, ...]):
    """set(keys) for the keys of `units` (_tokens_keys): a single sentence's own key set when
    it has one (make_unit built it from the same keys in the same order, so it holds, and is
    gone through in, what set(keys) would be)."""
    if len(units) == 1 and units[0].keys and units[0].klist is keys:
        return units[0].keys
    return set(keys)


def _significant(evidence: float, core: float, score: float, long_runs: int, relaxed: bool) -> bool:
    """Is the wording in shared runs reuse rather than names, places and formulas?"""
    if relaxed:  # beside an accepted link: part of a longer reused passage
        return evidence >= RELAXED_EVIDENCE and score >= MIN_SCORE
    return ((evidence >= MIN_EVIDENCE and core >= MIN_CORE and score >= MIN_SCORE)
            or core >= STRONG_CORE
            or (score >= MIN_SCORE and evidence >= MULTI_EVIDENCE and long_runs >= 2))


def _wsum(units: list[Unit], weights: Weights) -> float:
    return sum(u.wtokens or sum(weights.unit_weights(u)) for u in units)


def _paraphrase(ka, kb, ta, tb, weights, lighter, both=None):
    """(score, covered a, covered b) when the passages share enough rare words in any order.
    `both`: set(ka) & set(kb), when the caller has it."""
    if both is None:
        both = set(ka) & set(kb)
    shared_weight = weights.total(both)
    if shared_weight < PARA_EVIDENCE or shared_weight / lighter < PARA_SCORE:
        return None
    # a word shared in any order counts only when rare enough to say something
    keep = {k for k in both if weights(k) >= PARA_WORD_WEIGHT}
    covered_a = {t.start for t, k in zip(ta, ka) if k in keep}
    covered_b = {t.start for t, k in zip(tb, kb) if k in keep}
    return shared_weight / lighter, covered_a, covered_b


def _changes(ops, ta, tb, a_id, b_id, text_a, text_b) -> list[Change]:
    out: list[Change] = []
    for k, op in enumerate(ops):
        if op.tag == EQUAL:
            continue
        # a change at the very edge of a link is alignment noise, not an edit, unless it is long
        inner = 0 < k < len(ops) - 1
        if op.tag == CHANGE and op.a1 - op.a0 <= MAX_SUBSTITUTION_WORDS and op.b1 - op.b0 <= MAX_SUBSTITUTION_WORDS:
            if not inner:
                continue
            sa, sb = _span(ta[op.a0:op.a1]), _span(tb[op.b0:op.b1])
            a_text, b_text = text_a[sa[0]:sa[1]], text_b[sb[0]:sb[1]]
            attribution = names_source(a_text) != names_source(b_text)
            out.append(Change(a_id, sa, a_text, b_id, sb, b_text, "substitution", None, attribution))
            continue
        if op.a1 > op.a0:
            sa = _span(ta[op.a0:op.a1])
            a_text = text_a[sa[0]:sa[1]]
            out.append(Change(a_id, sa, a_text, b_id, _gap(tb, op.b0), "", "dropped", None, names_source(a_text)))
        if op.b1 > op.b0:
            sb = _span(tb[op.b0:op.b1])
            b_text = text_b[sb[0]:sb[1]]
            out.append(Change(a_id, _gap(ta, op.a0), "", b_id, sb, b_text, "added", None, names_source(b_text)))
    return out


@lru_cache(maxsize=4096)
def names_source(text: str) -> bool:
    """Does this run credit a source (an outlet, a correspondent, "according to")?
    (Whether any attribution cue is in the folded text: all cues looked for in one pass.)"""
    folded = " ".join(normalize(text).text.split())
    cues = _cue_needles()
    return cues is True or cues.held(folded) != 0


@lru_cache(maxsize=1)
def _cue_needles():
    """The attribution cues as Needles (True when a cue is empty: every text holds it)."""
    cues = attribution_cues()
    if "" in cues:
        return True
    return Needles(dict.fromkeys(cues, 1))


def flip(change: Change) -> Change:
    kind = {"dropped": "added", "added": "dropped"}.get(change.type, change.type)
    return Change(change.b, change.b_span, change.b_text, change.a, change.a_span, change.a_text,
                  kind, change.category, change.attribution)


def direction(a_id: str, b_id: str, changes: list[Change], a_in_b: float, b_in_a: float,
              dates: tuple[str | None, str | None]) -> tuple[str, tuple[str, ...]]:
    """"a->b" when b most likely took text from a; with the evidence in words."""
    if max(a_in_b, b_in_a) < 0.05:
        return "unknown", ()
    score = 0
    evidence: list[str] = []
    for c in changes:
        if not c.attribution:
            continue
        a_names = bool(c.a_text) and names_source(c.a_text)
        b_names = bool(c.b_text) and names_source(c.b_text)
        if a_names and not b_names:
            score += 1
            evidence.append(f"{b_id} lacks the attribution «{c.a_text}» that {a_id} carries")
        elif b_names and not a_names:
            score -= 1
            evidence.append(f"{a_id} lacks the attribution «{c.b_text}» that {b_id} carries")
    da, db = dates
    if da and db and da != db:
        earlier = 1 if da < db else -1
        score += 2 * earlier
        evidence.append(f"{a_id if earlier > 0 else b_id} was published first")
    if score > 0:
        return "a->b", tuple(evidence)
    if score < 0:
        return "b->a", tuple(evidence)
    return "unknown", tuple(evidence)


def pair_stats(a_id: str, b_id: str, covered_a: set[int], covered_b: set[int], n_a: int, n_b: int,
               changes: list[Change], dates) -> PairStats:
    a_in_b = round(len(covered_a) / n_a, 3) if n_a else 0.0
    b_in_a = round(len(covered_b) / n_b, 3) if n_b else 0.0
    dirn, evidence = direction(a_id, b_id, changes, a_in_b, b_in_a, dates)
    return PairStats(a_id, b_id, a_in_b, b_in_a, dirn, evidence)
