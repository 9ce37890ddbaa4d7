"""Which anchor literals occur in a long text, found through its words instead of one search
per literal.

Testing ~440 literals with `in` on a new 2000-character message cost ~0.3-0.5 ms. Every
literal holds a run of letters and digits, and where the literal occurs the text's own word
there equals that run (a run between two delimiters), starts with it (a run at the literal's
end), ends with it (at its start), or contains it (a literal that is one run). So each literal
gets one such gate, on its rarest run (not a common word, then the longest); the words of a
text are looked up (each word's gates are cached: chat vocabulary repeats), and only literals
whose gate holds are tested with `in`. A literal that is one run inside a word of the text
needs no test at all. The result is exactly the set `in` would give: each gate is a necessary
condition, and the rest is tested exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from chalicelib.domain.safety.text import word_set

_RUN = re.compile(r"[a-z0-9]+")
MAX_WORD = 24  # longer words (a url, a hash) are not split into substrings: tested directly


@dataclass(eq=False)  # hashed by identity: the word cache is keyed by the index
class AnchorIndex:
    """Gates for a growing set of anchor literals."""

    equal: dict[str, list[str]] = field(default_factory=dict)
    prefix: dict[str, list[str]] = field(default_factory=dict)
    suffix: dict[str, list[str]] = field(default_factory=dict)
    inside: dict[str, list[str]] = field(default_factory=dict)
    ungated: set[str] = field(default_factory=set)
    known: set[str] = field(default_factory=set)
    inside_sizes: set[int] = field(default_factory=set)
    # Per word seen: (literals it holds whole, literals still to test); and the words with any.
    _hits: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    _hit_words: set[str] = field(default_factory=set)
    # Derived from the gates by `add`, for `word_hits`: the key lengths that exist, and the
    # one-run literals by their first two letters (the rest by their one letter).
    _prefix_sizes: tuple[int, ...] = ()
    _suffix_sizes: tuple[int, ...] = ()
    _inside_heads: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)
    _inside_single: dict[str, list[str]] = field(default_factory=dict)

    def add(self, anchors: Iterable[str]) -> None:
        """Index new literals (tables are built at import; the word cache is then reset)."""
        for a in anchors:
            if a not in self.known:
                self.known.add(a)
                self._gate(a)
        self._prefix_sizes = tuple(sorted({len(k) for k in self.prefix}))
        self._suffix_sizes = tuple(sorted({len(k) for k in self.suffix}))
        self._inside_heads = {}
        self._inside_single = {}
        for key, literals in self.inside.items():
            if len(key) >= 2:
                self._inside_heads.setdefault(key[:2], []).append((key, literals))
            else:
                self._inside_single[key] = literals
        self._hits.clear()
        self._hit_words.clear()

    def _gate(self, anchor: str) -> None:
        runs = [(m.start(), m.end()) for m in _RUN.finditer(anchor)]
        if not runs:
            self.ungated.add(anchor)
            return
        if len(runs) == 1 and runs[0] == (0, len(anchor)):
            self.inside.setdefault(anchor, []).append(anchor)
            self.inside_sizes.add(len(anchor))
            return
        s, e = min(runs, key=lambda r: _rarity(anchor, *r))
        interior = s > 0 and e < len(anchor)  # else the word runs on past the literal
        table = self.equal if interior else self.prefix if s > 0 else self.suffix
        table.setdefault(anchor[s:e], []).append(anchor)

    def present(self, text: str, words: frozenset[str] | None = None) -> frozenset[str]:
        """The indexed literals that occur in `text` (same result as testing each with `in`).
        `words`, when given, must be the set of `text`'s runs of letters and digits."""
        if words is None:
            words = word_set(text)
        cache = self._hits
        if len(cache) > _MAX_CACHED:  # bounded memory in a long-lived Lambda
            cache.clear()
            self._hit_words.clear()
        for word in words.difference(cache):
            cache[word] = self.word_hits(word)
        sure: set[str] = set()
        maybe = set(self.ungated)
        for word in words.intersection(self._hit_words):
            found, gated = cache[word]
            sure.update(found)
            maybe.update(gated)
        maybe.difference_update(sure)
        return frozenset(sure.union([a for a in maybe if a in text]))

    def word_hits(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The literals whose gate this word satisfies: those it holds whole (so they occur in
        any text holding the word), then those that still need testing against the text."""
        hits = list(self.equal.get(word, ()))
        n = len(word)
        # Only the lengths some key has are looked up (the same hits as every length 1..n).
        for size in self._prefix_sizes:
            if size > n:
                break
            hits += self.prefix.get(word[:size], ())
        for size in self._suffix_sizes:
            if size > n:
                break
            hits += self.suffix.get(word[n - size :], ())
        if n > MAX_WORD:
            inside = [a for k, v in self.inside.items() if k in word for a in v]
        else:
            inside = self._inside_of(word)
        if hits or inside:
            self._hit_words.add(word)
        return tuple(inside), tuple(hits)

    def _inside_of(self, word: str) -> list[str]:
        """The one-run literals inside `word`: every key at every position, found through its
        first two letters (the same as looking up each substring of each key length)."""
        inside: list[str] = []
        heads = self._inside_heads
        for i in range(len(word) - 1):
            for key, literals in heads.get(word[i : i + 2], ()):
                if word.startswith(key, i):
                    inside += literals
        if self._inside_single:
            for c in word:
                inside += self._inside_single.get(c, ())
        return inside


_MAX_CACHED = 16384
# Words in nearly every long message: a literal gated on one of them ("this is the end" on
# "the") is tested against the whole text each time, so another of its runs gates it if it can.
_COMMON_WORDS = (
    "a about all am and are as at be but by can do for get go got have i if im in is it its "
    "just like me my no not of on or out so that the them this to up was what when with you"
)
_COMMON = frozenset(_COMMON_WORDS.split(" "))


def _rarity(anchor: str, s: int, e: int) -> tuple[bool, int, bool]:
    """Sort key for the runs of a literal: the best gate first. A run that is not a common
    word, then a longer one, then one between delimiters (its word must equal it)."""
    run = anchor[s:e]
    return run in _COMMON, -len(run), not (s > 0 and e < len(anchor))
