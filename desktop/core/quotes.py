"""Find quoted and reported speech, so labels in someone else's words are not the outlet's voice.

Two kinds of span count as quoted:
- text between quotation marks. News sites use « », “ ”, straight quotes, guillemets the wrong
  way round (» … «) and nest them («… “…” …»). Marks are paired per paragraph with a stack:
  a closer closes the nearest open mark of its kind (dropping unclosed marks inside it), a
  straight quote closes an open straight quote, and a closer with no opener is ignored. A mark
  left open runs to the end of its sentence.
- reported speech without marks: a speech verb, its subject and إن/أن (or a colon), then the
  rest of the sentence (وقال البيان إن …, وأضاف المتحدث أن …, أعلنت الوزارة أن …); and a sentence
  that ends by naming its source (…، وفق المكتب الإعلامي / بحسب / نقلا عن …).
The speaker is the words between the verb and إن/أن (or after وفق …) where the text names one.
A short run of marked words (at most two) with no speech verb before it is a scare quote: a
label held at a distance, not speech.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from . import rx
from .model import Span
from .normalize import Token

QUOTE_MARKS = set("«»“”\"„‟″")
_MARK_RE = rx.compile("[" + "".join(sorted(QUOTE_MARKS)) + "]")
SCARE_QUOTE_MAX_WORDS = 2
_PAIRS = {"«": "»", "“": "”", "„": "“", "‟": "”"}

# speech verbs (perfect-tense word keys after normalization; feminine -ت and plural -وا accepted)
SPEECH_VERBS = frozenset("""قال اضاف اعلن اكد اوضح ذكر صرح افاد اشار لفت تابع اعتبر زعم ادعي نفي
    حذر شدد راي كشف اردف استطرد بين نقل اعترف قالت اعلنت اكدت اوضحت ذكرت صرحت افادت اشارت
    لفتت تابعت اعتبرت زعمت ادعت نفت حذرت شددت رات كشفت بينت نقلت اعترفت قالوا اضافوا اكدوا
    افيد ذكروا اعلنوا اضافت يقول تقول يضيف تضيف يؤكد تؤكد يوكد توكد يري تري يعتبر تعتبر يزعم
    تزعم يدعي تدعي يشير تشير يوضح توضح وصف وصفت وصفوا يصف تصف اتهم اتهمت موكدا موكده مضيفا
    مضيفه مشيرا مشيره موضحا موضحه معتبرا معتبره لافتا لافته محذرا محذره زاعما زاعمه مشددا
    مشدده""".split())
# X condemned "the heinous crime": the object's wording is X's (أدانت الشبكة الجريمة البشعة)
CONDEMN_VERBS = frozenset("ادان ادانت ادانوا استنكر استنكرت ندد نددت شجب شجبت".split())
COMPLEMENTIZERS = frozenset("""ان انه انها انهم انهما اننا انني انكم بان بانه بانها بانهم بانهما
    باننا""".split())
DESCRIBE_VERBS = ("وصف", "يصف", "تصف", "نعت", "اعتبر")  # X وصفه بـ«…»: quoting the describer
SOURCE_CUES = frozenset("وفق وفقا بحسب حسب نقلا طبقا".split())
_CONJ = ("و", "ف")
_TRIGGERS = SPEECH_VERBS | {c + v for c in _CONJ for v in SPEECH_VERBS} | SOURCE_CUES \
    | CONDEMN_VERBS | {c + v for c in _CONJ for v in CONDEMN_VERBS}
SPEAKER_MAX_WORDS = 8
# characters that end a clause, a speaker's name, a sentence (as sets: one C-level test a gap)
_CLAUSE_BREAKS = frozenset("،,؛;:")
_SPEAKER_BREAKS = frozenset("،,;:()")
_SENTENCE_BREAKS = frozenset(".؟!\n")


class Quote(NamedTuple):  # a named tuple: made for every mark pair and speech verb
    span: Span  # including the marks, for marked quotes
    scare: bool  # a short quoted label rather than reported speech
    speaker: str = ""  # who is quoted, where the text names them
    kind: str = "marks"  # "marks"; "speech" (marks after a speech verb); "reported" (verb +
    # إن/أن, no marks); "source" (… وفق X)


def _condemns(key: str) -> bool:
    return key in _CONDEMNING  # a condemning verb, perhaps after و/ف


def _verb(key: str) -> bool:
    return key in _SPEAKING  # a speech verb, perhaps after و/ف


_SPEAKING = SPEECH_VERBS | {c + v for c in _CONJ for v in SPEECH_VERBS}
_CONDEMNING = CONDEMN_VERBS | {c + v for c in _CONJ for v in CONDEMN_VERBS}


def find_quotes(text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...] = (),
                tokens: list[Token] | None = None, keys: tuple[str, ...] | None = None) -> list[Quote]:
    """Marked quotes in each paragraph, plus reported speech when sentences and tokens are given
    (`keys`: the tokens' keys, when the caller has them)."""
    quotes: list[Quote] = []
    ends = sorted(e for _s, e in sentences)
    found = [(m.start(), m.group()) for m in _MARK_RE.finditer(text)]  # one pass, then by paragraph
    if found:
        at = [pos for pos, _ch in found]
        for p_start, p_end in paragraphs:
            marks = found[bisect_left(at, p_start):bisect_left(at, p_end)]
            if marks:
                for s, e in _pair(text, marks, p_end, ends):
                    words = len(text[s + 1:e - 1].split())
                    quotes.append(Quote((s, e), words <= SCARE_QUOTE_MAX_WORDS))
    if tokens is not None and sentences:
        quotes.extend(reported_speech(text, sentences, tokens, keys))
    if tokens is not None and quotes:
        quotes = [_with_speaker(q, text, tokens) for q in quotes]
    return quotes


_KEY, _START, _END = itemgetter(0), itemgetter(1), itemgetter(2)  # of a Token


def _orientations(marks: list[tuple[int, str]]) -> list[dict[str, str]]:
    """Candidate opener -> closer tables for a paragraph: the usual one first, then with
    guillemets and/or curly quotes reversed (» … «); a mark whose partner never appears in
    the paragraph closes itself (”…”). They depend only on which marks are present: made
    once per set of marks (the tables are only read)."""
    present = frozenset([ch for _, ch in marks])
    got = _ORIENTATIONS.get(present)
    if got is None:
        got = _ORIENTATIONS[present] = _orientations_of(present)
    return got


_ORIENTATIONS: dict[frozenset[str], list[dict[str, str]]] = {}  # at most one per subset of marks


def _orientations_of(present: frozenset[str]) -> list[dict[str, str]]:
    out = []
    can_g = {"«", "»"} <= present
    can_c = {"“", "”"} <= present
    for flip_g, flip_c in ((False, False), (True, False), (False, True), (True, True)):
        if (flip_g and not can_g) or (flip_c and not can_c):
            continue
        pairs = dict(_PAIRS)
        for (a, b), flip in ((("«", "»"), flip_g), (("“", "”"), flip_c)):
            if (a in present) != (b in present):
                if flip:
                    break  # nothing to flip: the same table as unflipped
                pairs.pop(a, None)
                one = a if a in present else b
                pairs[one] = one
            elif flip:
                pairs.pop(a, None)
                pairs[b] = a
        else:
            out.append(pairs)
    return out


def _pair(text: str, marks: list[tuple[int, str]], p_end: int, sentence_ends: list[int]) -> list[Span]:
    """Pair the marks under each orientation; keep the one with fewest stray marks."""
    best = None
    for pairs in _orientations(marks):
        spans, stray = _pair_with(pairs, marks, p_end, sentence_ends)
        if best is None or stray < best[1]:
            best = (spans, stray)
            if not stray:
                break  # no stray mark: no later orientation can do better (ties keep the first)
    return best[0]


def _pair_with(pairs, marks, p_end, sentence_ends) -> tuple[list[Span], int]:
    closers = set(pairs.values())
    stack: list[tuple[int, str]] = []
    spans: list[Span] = []
    stray = 0
    for pos, ch in marks:
        if ch == '"' or ch == "″" or pairs.get(ch) == ch:
            if stack and stack[-1][1] == ch:
                start, _ = stack.pop()
                spans.append((start, pos + 1))
            else:
                stack.append((pos, ch))
            continue
        if ch in closers and any(pairs.get(o) == ch for _, o in stack):
            while stack:
                start, opener = stack.pop()
                if pairs.get(opener) == ch:
                    spans.append((start, pos + 1))
                    break
                stray += 1
                spans.append((start, _sentence_end(start, pos, sentence_ends)))
            continue
        if ch in pairs:
            stack.append((pos, ch))
        else:
            stray += 1  # a closer with no opener is ignored
    for start, _ in stack:
        stray += 1
        spans.append((start, _sentence_end(start, p_end, sentence_ends)))
    return sorted(spans), stray


def _sentence_end(start: int, limit: int, ends: list[int]) -> int:
    for e in ends:
        if e > start + 1:
            return min(e, limit)
    return limit


def reported_speech(text: str, sentences: tuple[Span, ...], tokens: list[Token],
                    keys: tuple[str, ...] | None = None) -> list[Quote]:
    """`keys`: the tokens' keys, when the caller has them."""
    out: list[Quote] = []
    last_speaker = ""
    # positions of the words that can open reported speech (all at C speed: most words cannot)
    triggers = list(compress(count(), map(_TRIGGERS.__contains__, map(_KEY, tokens) if keys is None else keys)))
    if not triggers:
        return out
    s_starts = [s for s, _e in sentences]
    seen: set[int] = set()
    for idx in triggers:
        tok = tokens[idx]
        n = bisect_right(s_starts, tok.start) - 1
        if n < 0 or n in seen or tok.end > sentences[n][1]:
            continue
        seen.add(n)
        s_start, s_end = sentences[n]
        # bisection over the tokens themselves: no list of every token's start to build
        lo, hi = bisect_left(tokens, s_start, key=_START), bisect_left(tokens, s_end, key=_START)
        sent = tokens[lo:hi]
        while sent and sent[-1].end > s_end:
            sent.pop()
        here = [t - lo for t in triggers[bisect_left(triggers, lo):bisect_left(triggers, lo + len(sent))]]
        for q in _reported_in_sentence(text, sent, s_end, idx - lo, here):
            if not q.speaker and last_speaker:  # وأضاف أن …: the speaker named before
                q = Quote(q.span, q.scare, last_speaker, q.kind)
            last_speaker = q.speaker or last_speaker
            out.append(q)
    return out


def _reported_in_sentence(text: str, sent: list[Token], s_end: int, first: int = 0,
                          triggers: list[int] | None = None) -> list[Quote]:
    """Reported speech in one sentence, from its word `first` on; `triggers`: the positions
    (in `sent`) of its words in _TRIGGERS, the only words the scan stops at."""
    if triggers is None:
        triggers = [k for k, t in enumerate(sent) if t.key in _TRIGGERS]
    found: list[Quote] = []
    i = first
    while True:
        k = bisect_left(triggers, i)
        if k == len(triggers):
            break
        i = triggers[k]  # the words before it are no trigger: the scan would pass them
        if _condemns(sent[i].key) and i + 2 < len(sent):
            j = i + 2  # the condemner and what they call it, to the end of the clause
            while j < len(sent) and _CLAUSE_BREAKS.isdisjoint(text[sent[j - 1].end:sent[j].start]):
                j += 1
            found.append(Quote((sent[i + 1].start, sent[j - 1].end), False,
                               _clean_speaker(text, sent[i + 1:i + 2]), "reported"))
            i = j
            continue
        if _verb(sent[i].key):
            stop = min(len(sent), i + 1 + SPEAKER_MAX_WORDS + 1)
            # the gaps between these words lie in one stretch: most have no colon at all
            colons = stop > i + 1 and ":" in text[sent[i].end:sent[stop - 1].start]
            for j in range(i + 1, stop):
                colon = colons and ":" in text[sent[j - 1].end:sent[j].start]
                if sent[j].key in COMPLEMENTIZERS or colon:
                    start = sent[j].start if not colon else sent[j].start
                    speaker = _clean_speaker(text, sent[i + 1:j]) or _subject_before(text, sent[:i])
                    found.append(Quote((start, s_end), False, speaker, "reported"))
                    return found
                if sent[j].key in _SPEAKING:
                    break
        if sent[i].key in SOURCE_CUES and i >= 3 and i + 1 < len(sent) \
                and not sent[i + 1].key.startswith(("تعبير", "وصف")):
            before = text[sent[i - 1].end:sent[i].start]
            if "،" in before or "," in before or i >= len(sent) - SPEAKER_MAX_WORDS:
                speaker = _clean_speaker(text, sent[i + 1:])
                start = _clause_start(text, sent[0].start, sent[i - 1].start)
                found.append(Quote((start, sent[i].start), False, speaker, "source"))
                return found
        i += 1
    return found


_SPEAKER_STOP = frozenset("""في فيه فيها خلال عبر امس اليوم الثلاثاء الاربعاء الخميس الجمعه السبت
    الاحد الاثنين له لها لهم عنه عنها علي من الي عن ما مما الذي التي الذين حيث""".split())


def _clause_start(text: str, start: int, last: int) -> int:
    """Where the clause a trailing source (…، وفق X) vouches for begins: after the last comma."""
    cut = max(text.rfind("،", start, last), text.rfind(",", start, last))
    return cut + 1 if cut >= 0 else start


def _subject_before(text: str, before: list[Token]) -> str:
    """The subject when it precedes the verb: غير أن مصادر أورينت أكدت أن …"""
    keep: list[Token] = []
    for t in reversed(before[-4:]):
        if t.key in COMPLEMENTIZERS or t.key in _SPEAKER_STOP or t.key in ("كما", "غير", "لكن", "و"):
            break
        keep.insert(0, t)
    return text[keep[0].start:keep[-1].end] if keep else ""


def _clean_speaker(text: str, toks: list[Token]) -> str:
    """The subject words, cut before a phrase such as في بيان / اليوم."""
    keep = []
    if len(toks) > 1 and toks[0].key == "ما" and _verb(toks[1].key):
        toks = toks[2:]  # وفق ما أفادت الشبكة
    toks = toks[:SPEAKER_MAX_WORDS]
    for t in toks:
        if t.key in _SPEAKER_STOP:
            break
        if keep and not _SPEAKER_BREAKS.isdisjoint(text[keep[-1].end:t.start]):
            break  # the subject ends at a comma or bracket
        keep.append(t)
    if not keep:
        return ""
    return text[keep[0].start:keep[-1].end]


def _with_speaker(q: Quote, text: str, tokens: list[Token], ends: list[int] | None = None) -> Quote:
    """A marked quote's speaker: a speech verb shortly before it in the same sentence."""
    if q.kind != "marks" or q.speaker:
        return q
    k = bisect_right(ends, q.span[0]) if ends is not None else bisect_right(tokens, q.span[0], key=_END)
    lo = max(0, k - SPEAKER_MAX_WORDS - 2)  # the words ending 200 characters before or later:
    before = tokens[bisect_left(tokens, q.span[0] - 200, lo, k, key=_END):k]  # ends only grow
    if before and before[-1].key == "ب" and any(
            t.key.startswith(DESCRIBE_VERBS) or t.key[1:].startswith(DESCRIBE_VERBS)
            for t in before[-4:-1]):
        return Quote(q.span, False, "", "speech")  # ما وصفه بـ«…»: the describer's words
    if before and not _introduces(text[before[-1].end:q.span[0]], before[-1].key):
        return q  # speech follows its verb, a colon or إن/أن; other marks hold a label
    for n in range(len(before) - 1, -1, -1):
        gap = text[before[n].end:before[n + 1].start if n + 1 < len(before) else q.span[0]]
        if not _SENTENCE_BREAKS.isdisjoint(gap):
            break
        if before[n].key in _SPEAKING:
            rest = [t for t in before[n + 1:] if t.key not in COMPLEMENTIZERS]
            return Quote(q.span, False, _clean_speaker(text, rest), "speech")
    return q


def _introduces(gap: str, last_key: str) -> bool:
    return ":" in gap or last_key in COMPLEMENTIZERS or _verb(last_key)
