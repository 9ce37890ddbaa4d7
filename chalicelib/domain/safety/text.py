"""Text normalisation shared by the safety rules: case, Unicode tricks, leetspeak, typos.

Every function here is pure and cheap; results for single tokens are cached because chat
vocabulary repeats heavily.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters people use to dodge filters or that keyboards substitute.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0f\u20e3"), None)
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2032": "'",
        "\u2033": '"',
    }
)
_FOLDED_CHARS = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "".join(map(chr, _QUOTES)) + "]")
LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "i",
    "8": "b",
    "9": "g",
}
# Leet is only undone *inside* a word ("k!ll", "su1c1de"), so "988" or "help!" survive. Only
# maximal runs with a letter on both sides are matched (a run is entered at its first character,
# which must follow a letter, and a shorter run ends before a leet character), so numbers ("3pm")
# and "!" at a sentence end cost no Python callback. Starting with a class, it is scanned fast.
_LEET_CHARS = re.compile(r"[0134579@$!|8](?<=[a-z].)[0134579@$!|8]*(?=[a-z])")
_RUNS = re.compile(r"([a-z])\1{2,}")
# Implied by any match of _RUNS; a search for it costs a third of the substitution's scan.
_RUNS_GATE = re.compile(r"([a-z])(?=\1\1)")


@lru_cache(maxsize=8)  # the three checks of one message all start from the same text
def base_text(text: str) -> str:
    """Lower-case NFKC text with invisible characters removed and quotes made ASCII."""
    if text.isascii():
        return text.lower()  # nothing to fold: the common case costs one pass
    if not unicodedata.is_normalized("NFKC", text):  # a fast check; normalising is slow
        text = unicodedata.normalize("NFKC", text)
    if _FOLDED_CHARS.search(text):  # translate walks a dict per character: only when needed
        text = text.translate(_INVISIBLE).translate(_QUOTES)
    text = text.lower()
    return text if _LOOKALIKE_SET.isdisjoint(text) else _latin_lookalikes(text)


# Cyrillic and Greek letters that look like Latin ones ("kеnji@prоtоnmаil.cоm" with Cyrillic
# е, о, а). Only words that also hold a Latin letter are read as Latin: text written in
# Cyrillic or Greek stays as it is.
_LOOKALIKE_LETTERS = (
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb\u04cf\u051b"
    "\u051d\u043a\u03bf\u03b1\u03bd\u03c1\u03b9\u03ba\u03c5\u03c7"
)
_LOOKALIKES = str.maketrans(_LOOKALIKE_LETTERS, "aeopcyxijsdhlqwkoavpikux")
_LOOKALIKE_SET = frozenset(_LOOKALIKE_LETTERS)
_ASCII_LETTER = re.compile("[a-z]")


def _latin_lookalikes(text: str) -> str:
    """Look-alike letters read as Latin in words that also hold a Latin letter."""
    parts = re.split(r"(\s+)", text)
    for i, word in enumerate(parts):
        if not _LOOKALIKE_SET.isdisjoint(word) and _ASCII_LETTER.search(word):
            parts[i] = word.translate(_LOOKALIKES)
    return "".join(parts)


# The apostrophe first (then the letter before it checked): `re` skips fast to a literal, while a
# leading lookbehind is tried at every position (~40 us on a long message instead of ~2 us).
_APOSTROPHE = re.compile(r"'(?<=[a-z]')(?=[a-z])")


@lru_cache(maxsize=8)  # computed once per message, shared by all three checks
def folded(text: str) -> str:
    """`base_text` with apostrophes inside words dropped ("don't" -> "dont")."""
    t = base_text(text)
    return _APOSTROPHE.sub("", t) if "'" in t else t


@lru_cache(maxsize=8)  # crisis and abuse checks of one message undo the same leet
def unleet(text: str) -> str:
    """Undo leetspeak inside words and squash letter runs of three or more ("soooo" -> "so")."""
    text = _LEET_CHARS.sub(_unleet_run, text)
    return _RUNS.sub(r"\1", text) if _RUNS_GATE.search(text) else text


def _unleet_run(m: re.Match[str]) -> str:
    """A run of leet characters between two letters becomes letters ("k!ll"); else kept."""
    s, a, b = m.string, m.start(), m.end()
    inside = a > 0 and "a" <= s[a - 1] <= "z" and b < len(s) and "a" <= s[b] <= "z"
    return "".join(LEET[c] for c in m.group()) if inside else m.group()


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent transpositions)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


_NO_LENGTHS: frozenset[int] = frozenset()


class TypoFixer:
    """Maps a word within one edit of a vocabulary word onto it (SymSpell-style lookup).

    Only words of five letters or more are corrected, and real words that sit one edit away
    from a vocabulary word ("alike" vs "alive") are listed as protected, so ordinary chat is
    left alone.
    """

    def __init__(self, vocabulary: tuple[str, ...], protected: frozenset[str]) -> None:
        self._vocab = frozenset(vocabulary)
        self._protected = protected
        self._index: dict[str, list[str]] = {}
        for word in vocabulary:
            for key in _deletes(word) | {word}:
                self._index.setdefault(key, []).append(word)
        # The lengths of the vocabulary words by their first two letters ("<su") and by their
        # last two ("de>"). One edit leaves a word of four letters or more with its first two
        # or its last two as they were (an edit at or before the second letter reaches at most
        # the third), and its length within one: so a token with neither beside a length in
        # reach has no word one edit away, and is returned without the lookup (~9 us a new
        # word, ~30 new words in a fresh 2000-character message).
        self._ends: dict[str, set[int]] = {}
        for word in vocabulary:
            for key in (f"<{word[:2]}", f"{word[-2:]}>"):
                self._ends.setdefault(key, set()).add(len(word))
        self.fix = lru_cache(maxsize=8192)(self._fix)

    def _fix(self, token: str) -> str:
        if len(token) < 5 or token in self._vocab or token in self._protected:
            return token
        n = len(token)
        near = self._ends.get(f"<{token[:2]}", _NO_LENGTHS) | self._ends.get(
            f"{token[-2:]}>", _NO_LENGTHS
        )
        if n not in near and n - 1 not in near and n + 1 not in near:
            return token  # no vocabulary word within one edit
        candidates: set[str] = set()
        for key in _deletes(token) | {token}:
            candidates.update(self._index.get(key, ()))
        best = sorted((_osa_distance(token, c), c) for c in candidates)
        return best[0][1] if best and best[0][0] == 1 else token

    def fix_text(self, text: str) -> str:
        """Correct every long-enough word in `text`."""
        return re.sub(r"[a-z]{5,}", lambda m: self.fix(m.group()), text)


def replace_words(text: str, table: dict[str, str]) -> str:
    """Replace whole words (or multi-word keys) using one compiled alternation."""
    return _compiled(tuple(sorted(table, key=len, reverse=True))).sub(
        lambda m: table[m.group()], text
    )


@lru_cache(maxsize=16)
def _compiled(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w/])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w])")


# The words (runs of [a-z0-9]) of the last text the crisis normaliser scanned for words. The
# anchor scan and the abuse check often look at that very text and reuse them (~45 us each
# on a long message) instead of scanning it again; any other text is scanned as before.
_RECENT_WORDS: list[tuple[str, frozenset[str]]] = [("", frozenset())]
_LETTER_RUN = re.compile(r"[a-z]+")


def remember_words(text: str, words: frozenset[str]) -> None:
    """Record that `words` are exactly the runs of [a-z0-9] in `text`."""
    _RECENT_WORDS[0] = (text, words)


def words_of(text: str) -> frozenset[str] | None:
    """The runs of [a-z0-9] in `text` when they were recorded for an equal text, else None."""
    known, words = _RECENT_WORDS[0]
    return words if known == text else None


# Every ASCII character but [a-z0-9] read as a space: `str.translate` has a fast path for ASCII.
_NOT_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not c.isdigit() and not c.islower()}
)


def word_set(text: str) -> frozenset[str]:
    """`frozenset(re.findall("[a-z0-9]+", text))` in half the time: other characters become
    spaces (any other code point first becomes "?"), then the text is split."""
    if not text.isascii():
        text = text.encode("ascii", "replace").decode("ascii")
    return frozenset(text.translate(_NOT_WORD).split())


# Every ASCII character but [a-z] read as a space.
_NOT_LETTER = str.maketrans({c: " " for c in map(chr, range(128)) if not c.islower()})


def letter_set(text: str) -> frozenset[str]:
    """`frozenset(re.findall("[a-z]+", text))`, a few times faster (as `word_set`)."""
    if not text.isascii():
        text = text.encode("ascii", "replace").decode("ascii")
    return frozenset(text.translate(_NOT_LETTER).split())


def letter_runs(words: frozenset[str]) -> frozenset[str]:
    """The runs of [a-z] in a text whose runs of [a-z0-9] are `words`."""
    runs = [w for w in words if w.isalpha()]
    for w in words:
        if not w.isalpha():
            runs += _LETTER_RUN.findall(w)
    return frozenset(runs)


def whole_runs(
    text: str, words: frozenset[str], letters: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """Where the maximal runs of [a-z] in `text` that are one of `words` (each a run of [a-z])
    stand, in order: the matches of `(?<![a-z])(?:w1|w2|...)(?![a-z])`, found without trying
    that alternation at every position (~100 us on a long message) when few of them occur.
    `letters` is `letter_set(text)` when the caller has it already."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for word in (letter_set(text) if letters is None else letters).intersection(words):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            before = text[at - 1] if at else " "
            after = text[end] if end < n else " "
            if not ("a" <= before <= "z" or "a" <= after <= "z"):
                spans.append((at, end))
            at = text.find(word, at + 1)
    spans.sort()
    return spans
