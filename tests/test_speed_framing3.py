"""Third round of framing speed work: each fast route against the plain one, on text made here.

- a speaker's or outlet's folded words (framing._fold) read from fold() and the word pattern
  are the keys of the tokens of its normalized text;
- the terms a word may start, narrowed once per pair of neighbouring words to those whose
  second word the next word can be (TermMatcher._for_pair, kept in _pairs), give the terms
  the plain matcher finds, the first time and when remembered;
- words broken on purpose are joined again by trying only the words after a dot, dash or star
  next to a tatweel: the same tokens as trying every pair of neighbouring words; whether a
  text has such a place at all, asked of its tatweels, is what the pattern's search says;
- reported speech and marked quotes' speakers found with one colon test per stretch of words
  and the words before a quote taken by bisection: the quotes of the word-by-word tests;
- the ways to pair a paragraph's quotation marks, kept per set of marks present, are those
  made for each paragraph;
- labels governed by a distancing marker, found from the markers noted while terms are
  found, are those found by going through every term;
- a hit made with its dict built at once is the hit the dataclass makes;
- the places a core can stand in a word (a prefix, a core, an ending), found by trying a
  word's beginnings and ends only while they begin a prefix or end an ending, are those found
  by trying every length;
"""
from __future__ import annotations

import random

import pytest

from bisect import bisect_left, bisect_right

from desktop.core import framing, quotes as quotes_mod
from desktop.core.quotes import (COMPLEMENTIZERS, DESCRIBE_VERBS, SOURCE_CUES, SPEAKER_MAX_WORDS,
                                 Quote, _END, _SPEAKING, _TRIGGERS, _clause_start, _clean_speaker,
                                 _SPEAKER_STOP, _condemns, _introduces, _subject_before, _verb,
                                 find_quotes)
from desktop.core.segment import segment
from desktop.core.broken_words import _BROKEN, _has_break, _joins, rejoin_broken_words
from desktop.core.framing import TermMatcher, _noun_stems
from desktop.core.lexicon import default_lexicon
from desktop.core.normalize import Token, normalize, tokenize, tokenize_spans, word_key
from test_speed_framing import PlainMatcher, _plain_scan, _text as _lexicon_text

# letters, diacritics, hamza seats, tatweel, marks, digits, Latin, punctuation and spaces
ALPHABET = ("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ" "\u064b\u064e\u064f\u0650\u0651\u0652\u0670"
            "«»“”\"'٠١٢۳0123456789abcXYZ" "،,.:;!؟?()-_/@#" "    \n\u00a0\u200f\u200c")
WORDS = ("أمريكي", "الأميركية", "ميليشيا", "المليشيات", "مراسلنا", "مصادر", "أورينت", "الجزيرة",
         "وكالة", "الأنباء", "نت", "Orient", "news24", "قال", "إنّ")


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 8)):
        if rng.random() < 0.5:
            parts.append(rng.choice(WORDS))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 9))))
    return rng.choice(("", " ", "  ", "ـ")).join(parts) if parts else ""


def _plain_fold(text: str) -> str:
    return " ".join(t.key for t in tokenize(normalize(text)))


def rejoin_plain(text: str, tokens: list[Token]) -> list[Token]:
    """rejoin_broken_words word by word, as it first was."""
    if "\u0640" not in text or not _BROKEN.search(text):
        return tokens
    out: list[Token] = []
    for tok in tokens:
        if out and _joins(text, out[-1], tok):
            prev = out.pop()
            tok = Token(word_key(prev.key + tok.key), prev.start, tok.end)
        out.append(tok)
    return out


def test_fold_is_the_keys_of_the_normalized_tokens():
    rng = random.Random(31)
    texts = [_text(rng) for _ in range(4000)] + ["", " ", "ـ", "\u064b", "أمريكيّون، ميليشيات!"]
    for text in texts:
        assert framing._fold(text) == _plain_fold(text), text
    assert sum(bool(_plain_fold(t)) for t in texts) > 3000
    assert sum(" " in _plain_fold(t) for t in texts) > 1000


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


def test_terms_narrowed_per_pair_of_words_are_the_plain_terms(lexicon):
    fast, plain = TermMatcher(lexicon), PlainMatcher(lexicon)
    total = 0
    for _round in range(2):  # the second time, every pair met is remembered
        for seed in range(40):
            text = _lexicon_text(lexicon, 300 + seed)
            tokens = tokenize(normalize(text))
            got = list(framing._scan(tokens, fast, text))
            assert got == list(_plain_scan(tokens, plain, text)), seed
            total += len(got)
    assert total > 400
    assert len(fast._pairs) > 50
    longer = shortened = 0
    for (key, nxt), kept in fast._pairs.items():
        want = []
        for m in plain.entries_for(key):
            if m.size > 1:
                first = m.entry.rest[0]
                if nxt is None or m.cut is not None or (nxt not in first and first.isdisjoint(
                        _noun_stems(nxt)[0 if m.size == 2 else 1])):
                    continue
                longer += 1
            want.append(m)
        if kept == tuple(want):
            continue
        # no longer term left: the one-word terms up to the first that needs no context
        assert all(m.size == 1 for m in want), (key, nxt)
        short = []
        for m in want:
            short.append(m)
            if not (m.verb_h or any(plain._unless[m.entry.order])):
                break
        assert kept == (short[0] if len(short) == 1 and not (
            short[0].verb_h or any(plain._unless[short[0].entry.order])) else tuple(short)), (key, nxt)
        shortened += 1
    assert shortened > 20
    assert longer > 20  # pairs where a longer term stays in play


def test_broken_words_joined_from_their_breaks_are_the_pairwise_joins():
    rng = random.Random(17)
    pieces = ("ش", "هيد", "قتلى", "ـ", "ـ", "ـ", ".", "-", "*", "_", " ", " ", "ال", "مقاومة",
              "،", "\n", "َ", "x", "7", "..", "ـ.ـ", "ـ-ـ", "ـ*", "_ـ")
    joined = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        norm = normalize(text)
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 4)))
        spans = list(zip(cuts, cuts[1:]))  # words between the spans are left out, as between sentences
        for tokens in (tokenize(norm), [t for ts in tokenize_spans(norm, spans) for t in ts]):
            got = rejoin_broken_words(text, tokens)
            want = rejoin_plain(text, tokens)
            assert got == want, (text, tokens)
            joined += len(got) < len(tokens)
    assert joined > 300


def test_a_break_found_from_the_tatweels_is_a_break_the_pattern_finds():
    rng = random.Random(19)
    alphabet = "\u0640\u0640.*_-شهيد x\n"
    has = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _has_break(text) == (_BROKEN.search(text) is not None), text
        has += _has_break(text)
    assert 2000 < has < 18000


# the routes as they were: every gap between words sliced for a colon, and tested for each
# break character; the words before a quote filtered one by one

def _plain_reported_in_sentence(text: str, sent: list[Token], s_end: int, first: int = 0,
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
            while j < len(sent) and not any(c in text[sent[j - 1].end:sent[j].start] for c in "،,؛;:"):
                j += 1
            found.append(Quote((sent[i + 1].start, sent[j - 1].end), False,
                               _plain_clean_speaker(text, sent[i + 1:i + 2]), "reported"))
            i = j
            continue
        if _verb(sent[i].key):
            for j in range(i + 1, min(len(sent), i + 1 + SPEAKER_MAX_WORDS + 1)):
                colon = ":" in text[sent[j - 1].end:sent[j].start]
                if sent[j].key in COMPLEMENTIZERS or colon:
                    start = sent[j].start if not colon else sent[j].start
                    speaker = _plain_clean_speaker(text, sent[i + 1:j]) or _subject_before(text, sent[:i])
                    found.append(Quote((start, s_end), False, speaker, "reported"))
                    return found
                if sent[j].key in _SPEAKING:
                    break
        if sent[i].key in SOURCE_CUES and i >= 3 and i + 1 < len(sent) \
                and not sent[i + 1].key.startswith(("تعبير", "وصف")):
            before = text[sent[i - 1].end:sent[i].start]
            if "،" in before or "," in before or i >= len(sent) - SPEAKER_MAX_WORDS:
                speaker = _plain_clean_speaker(text, sent[i + 1:])
                start = _clause_start(text, sent[0].start, sent[i - 1].start)
                found.append(Quote((start, sent[i].start), False, speaker, "source"))
                return found
        i += 1
    return found


def _plain_clean_speaker(text: str, toks: list[Token]) -> str:
    """The subject words, cut before a phrase such as في بيان / اليوم."""
    keep = []
    if len(toks) > 1 and toks[0].key == "ما" and _verb(toks[1].key):
        toks = toks[2:]  # وفق ما أفادت الشبكة
    toks = toks[:SPEAKER_MAX_WORDS]
    for t in toks:
        if t.key in _SPEAKER_STOP:
            break
        if keep and any(c in text[keep[-1].end:t.start] for c in "،,;:()"):
            break  # the subject ends at a comma or bracket
        keep.append(t)
    if not keep:
        return ""
    return text[keep[0].start:keep[-1].end]


def _plain_with_speaker(q: Quote, text: str, tokens: list[Token], ends: list[int] | None = None) -> Quote:
    """A marked quote's speaker: a speech verb shortly before it in the same sentence."""
    if q.kind != "marks" or q.speaker:
        return q
    k = bisect_right(ends, q.span[0]) if ends is not None else bisect_right(tokens, q.span[0], key=_END)
    before = [t for t in tokens[max(0, k - SPEAKER_MAX_WORDS - 2):k] if t.end >= q.span[0] - 200]
    if before and before[-1].key == "ب" and any(
            t.key.startswith(DESCRIBE_VERBS) or t.key[1:].startswith(DESCRIBE_VERBS)
            for t in before[-4:-1]):
        return Quote(q.span, False, "", "speech")  # ما وصفه بـ«…»: the describer's words
    if before and not _introduces(text[before[-1].end:q.span[0]], before[-1].key):
        return q  # speech follows its verb, a colon or إن/أن; other marks hold a label
    for n in range(len(before) - 1, -1, -1):
        gap = text[before[n].end:before[n + 1].start if n + 1 < len(before) else q.span[0]]
        if any(ch in gap for ch in ".؟!\n"):
            break
        if before[n].key in _SPEAKING:
            rest = [t for t in before[n + 1:] if t.key not in COMPLEMENTIZERS]
            return Quote(q.span, False, _plain_clean_speaker(text, rest), "speech")
    return q


def _speech_text(lexicon, seed: int) -> str:
    """Generated paragraphs with speech verbs, colons after and between words, complementizers
    far from their verb, and quotes long after the words that introduce them."""
    rng = random.Random(seed)
    text = _lexicon_text(lexicon, seed, paragraphs=4)
    words = text.split(" ")
    for _ in range(rng.randint(2, 12)):
        k = rng.randrange(len(words))
        pick = rng.random()
        if pick < 0.3:
            words[k] += rng.choice((":", ":", ":قال", ":أن"))
        elif pick < 0.6:
            words.insert(k, rng.choice(("قال", "وأضاف", "أكدت", "زعم", "وقالت", "مضيفا")))
        elif pick < 0.8:
            words.insert(k, rng.choice(("أن", "إنه", "بأن", "ب", "وصفه")))
        else:
            words.insert(k, "«" + " ".join(rng.choice(("الكيان", "المقاومة", "هو", "لا")) for _ in range(3)) + "»")
        if rng.random() < 0.15:
            words.insert(k, "و" * rng.randint(150, 260))  # a long word: more than 200 characters
    return " ".join(words)


def test_speech_found_with_fewer_tests_is_the_word_by_word_speech(lexicon, monkeypatch):
    cases = []
    for seed in range(80):
        text = _speech_text(lexicon, 700 + seed)
        seg = segment(text)
        cases.append((text, seg, tokenize(normalize(text))))
    fast = [find_quotes(text, seg.paragraphs, seg.sentences, tokens) for text, seg, tokens in cases]
    monkeypatch.setattr(quotes_mod, "_reported_in_sentence", _plain_reported_in_sentence)
    monkeypatch.setattr(quotes_mod, "_with_speaker", _plain_with_speaker)
    plain = [find_quotes(text, seg.paragraphs, seg.sentences, tokens) for text, seg, tokens in cases]
    assert fast == plain
    found = [q for qs in fast for q in qs]
    assert sum(q.kind == "reported" for q in found) > 50
    assert sum(q.kind == "speech" for q in found) > 20
    assert sum(q.kind == "marks" for q in found) > 50


def test_the_words_before_a_quote_end_at_most_200_characters_before_it():
    checked = 0
    for gap in range(190, 212):
        for verb in ("قال", "وأضاف", "ب"):
            for glue in (" ", ": ", " أن "):
                text = f"{verb} {'و' * gap}{glue}«الكيان هو»."
                tokens = tokenize(normalize(text))
                q = Quote((text.index("«"), len(text) - 1), False)
                assert quotes_mod._with_speaker(q, text, tokens) == _plain_with_speaker(q, text, tokens)
                checked += quotes_mod._with_speaker(q, text, tokens).kind == "speech"
    assert checked > 10


def test_reported_speech_in_a_sentence_with_colons_anywhere_is_the_word_by_word_scan():
    rng = random.Random(23)
    pool = ("قال", "وقال", "أكدت", "زعم", "أدانت", "وفق", "بحسب", "أن", "إنه", "بأن", "المتحدث",
            "الوزارة", "في", "اليوم", "الكيان", "المقاومة", "مصادر", "محلية", "ما", "أفادت")
    seps = (" ", " ", " ", ": ", ":", " :", "، ", " - ", "؛ ", " (", ") ", "\n", "! ", "؟ ", ", ")
    found = 0
    for _ in range(3000):
        parts = [rng.choice(pool) for _ in range(rng.randint(1, 16))]
        text = "".join(w + rng.choice(seps) for w in parts).strip()
        sent = tokenize(normalize(text))
        for first in range(len(sent)):
            got = quotes_mod._reported_in_sentence(text, sent, len(text), first)
            assert got == _plain_reported_in_sentence(text, sent, len(text), first), (text, first)
            found += bool(got)
    assert found > 3000


def test_mark_orientations_kept_per_set_of_marks_are_those_made_afresh():
    rng = random.Random(29)
    marks_all = sorted(quotes_mod.QUOTE_MARKS)
    quotes_mod._ORIENTATIONS.clear()
    for _ in range(3000):
        marks = [(k, rng.choice(marks_all)) for k in range(rng.randint(1, 6))]
        got = quotes_mod._orientations(marks)
        assert got == quotes_mod._orientations_of(frozenset(ch for _, ch in marks)), marks
        assert len(got) >= 1
    assert len(quotes_mod._ORIENTATIONS) > 100
    assert any(len(v) > 1 for v in quotes_mod._ORIENTATIONS.values())


def _plain_distanced(text: str, tokens, found, quotes) -> set[int]:
    """Indexes (into `found`) of labels governed by a distancing marker."""
    out: set[int] = set()
    for n, (i, j, span, m) in enumerate(found):
        direction = m.entry.term.distance
        if direction == "next":
            for k in range(n + 1, len(found)):
                i2, _j2, span2, m2 = found[k]
                if i2 - j > framing.DISTANCE_WINDOW or framing._BREAK.search(text, span[1], span2[0]):
                    break
                if not m2.entry.term.distance:
                    out.add(k)
                    break
        elif direction == "prev":
            quote = next((q for q in quotes if 0 <= span[0] - q.span[1] <= 3
                          and q.kind in ("marks", "speech")), None)
            if quote is not None:
                out.update(k for k, f in enumerate(found)
                           if quote.span[0] <= f[2][0] and f[2][1] <= quote.span[1])
                continue
            for k in range(n - 1, -1, -1):
                _i2, j2, span2, m2 = found[k]
                if i - j2 > framing.DISTANCE_WINDOW or framing._BREAK.search(text, span2[1], span[0]):
                    break
                if not m2.entry.term.distance:
                    out.add(k)
                    break
    return out


def test_distanced_labels_found_from_the_markers_are_those_of_every_term(lexicon, monkeypatch):
    fast = TermMatcher(lexicon)
    rng = random.Random(37)
    markers = [f for t in lexicon.terms if t.distance for f in (t.term, *t.variants)]
    cases = []
    for seed in range(60):
        words = _lexicon_text(lexicon, 400 + seed, paragraphs=3).split(" ")
        for _ in range(rng.randint(1, 8)):  # distancing markers before and after labels
            words.insert(rng.randrange(len(words) + 1), rng.choice(markers))
        text = " ".join(words)
        seg = segment(text)
        tokens = tokenize(normalize(text))
        cases.append((text, tokens, find_quotes(text, seg.paragraphs, seg.sentences, tokens)))
    got = [framing.find_terms("a", text, tokens, fast, quotes) for text, tokens, quotes in cases]
    monkeypatch.setattr(framing, "_distanced", lambda text, tokens, found, quotes, markers=None:
                        _plain_distanced(text, tokens, found, quotes))
    assert got == [framing.find_terms("a", text, tokens, fast, quotes) for text, tokens, quotes in cases]
    assert sum(h.distanced and not h.scare_quoted for hits in got for h in hits) > 30


def test_speakers_cut_at_break_characters_as_the_character_by_character_tests():
    rng = random.Random(41)
    pool = ("قال", "وأضاف", "المتحدث", "باسم", "الوزارة", "أن", "في", "بيان", "الكيان", "ب",
            "وصفه", "زعم", "مصادر", "ما", "أفادت", "الشبكة")
    seps = (" ", " ", " ", "، ", ", ", "؛ ", "; ", ": ", " (", ") ", ". ", "؟ ", "! ", "\n", " - ")
    quoted = cut = 0
    for _ in range(2000):
        parts = [rng.choice(pool) for _ in range(rng.randint(2, 14))]
        if rng.random() < 0.7:
            k = rng.randrange(len(parts))
            parts[k] = "«" + parts[k] + " " + rng.choice(pool) + "»"
        text = "".join(w + rng.choice(seps) for w in parts).strip()
        tokens = tokenize(normalize(text))
        for a in range(len(tokens)):
            for b in range(a + 1, min(len(tokens), a + 10) + 1):
                got = _clean_speaker(text, tokens[a:b])
                assert got == _plain_clean_speaker(text, tokens[a:b]), (text, a, b)
                cut += got != text[tokens[a].start:tokens[b - 1].end]
        for q in find_quotes(text, [(0, len(text))]):
            got = quotes_mod._with_speaker(q, text, tokens)
            assert got == _plain_with_speaker(q, text, tokens), (text, q)
            quoted += got.kind == "speech"
    assert quoted > 100 and cut > 1000


def test_places_of_cores_are_those_found_by_trying_every_length():
    from desktop.core import morphology as M
    rng = random.Random(43)
    cores = frozenset("".join(rng.choice("ابتسمقلكوهين") for _ in range(rng.randint(1, 5))) for _ in range(3000))
    letters = "ابتسمقلكوهينفدرلاالتهاوات"
    keys = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 13))) for _ in range(20000)]
    keys += [h + c + t for h in M._HEADS for c in list(cores)[:30] for t in ("", "ها", "ات", "تهم", "ون")]
    found = 0
    for key in keys:
        size, top = len(key), len(key) - M.MIN_STEM
        want = [(p, n) for p in range(min(M.MAX_PREFIX, top) + 1) if key[:p] in M._HEADS
                for n in range(min(M._MAX_END, top) + 1) if key[size - n:] in M._TAILS
                if n <= top - p and key[p:size - n] in cores]
        got = M._places(key, size, top, cores) if top >= 0 else []
        assert got == want, key
        found += len(got) > 1
    assert found > 1000


def test_a_hit_with_its_dict_built_at_once_is_the_dataclass_hit():
    import pickle

    from desktop.core.model import FramingHit
    rng = random.Random(47)
    for _ in range(500):
        values = (f"a{rng.randrange(9)}", (rng.randrange(99), rng.randrange(99, 199)),
                  rng.choice(("الاحتلال", "المقاومة", "")), rng.choice(("actors", "acts")),
                  rng.choice(("delegitimizing", "legitimizing", "neutral")), rng.random() < 0.5,
                  rng.choice(("الاحتلال", "زعم")), rng.choice(("", "occupation")), rng.random() < 0.5,
                  rng.random() < 0.5, rng.choice(("", "المتحدث")))
        fast, plain = framing._hit(*values), FramingHit(*values)
        assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert list(vars(fast).items()) == list(vars(plain).items())
        assert pickle.loads(pickle.dumps(fast)) == plain
        assert fast.span == values[1] and fast.speaker == values[10]
    assert tuple(vars(framing._hit(*range(11)))) == framing._HIT_FIELDS
