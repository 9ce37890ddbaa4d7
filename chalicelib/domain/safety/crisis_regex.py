"""Anchored patterns: regexes that are skipped at once when a literal they need is absent.

CPython's `re` scans fast only when a pattern starts with a literal; the crisis patterns start
with `\\b`, so each alternation branch costs a step per character and a long message paid for
hundreds of branches. Here every top-level branch is parsed once, at import, for the literals
that any match of it *must* contain (e.g. `\\b(?:stop|quit) (?:existing|living)` needs
"existing" or "living"); a branch runs only when one of them is in the text. Plain substring
tests are far cheaper than a regex step per character, and the results are unchanged: a
branch is skipped only when it cannot match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from chalicelib.domain.safety.anchor_index import AnchorIndex
from chalicelib.domain.safety.text import words_of

_Anchors = frozenset[str]


def _best(options: list[_Anchors]) -> _Anchors | None:
    """The most selective requirement: longest shortest literal, then fewest literals."""
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _required(seq: Any) -> _Anchors | None:
    """Literals of which every match of the parsed sequence `seq` contains at least one."""
    options: list[_Anchors] = []
    run = ""
    for op, av in seq:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        found = _required_item(op, av)
        if found:
            options.append(found)
    if run:
        options.append(frozenset({run}))
    return _best(options)


def _required_item(op: Any, av: Any) -> _Anchors | None:
    if op is sre.SUBPATTERN:
        return _required(av[-1])
    if op is sre.BRANCH:
        union: set[str] = set()
        for alt in av[1]:
            need = _required(alt)
            if need is None:
                return None
            union |= need
        return frozenset(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
        return _required(av[2])
    return None  # classes, assertions, optional parts: no literal is guaranteed


def anchors_of(pattern: str) -> _Anchors | None:
    """Literals any match must contain, or None when none can be proven (always run)."""
    try:
        return _required(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - a parser change must cost speed, never recall
        return None


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern string from `start` that is neither escaped nor inside a
    class, with its index and the group depth after it ("(" opens, ")" closes)."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if pattern[i + 1 : i + 2] != "]" else 2  # "[]...]" holds a literal "]"
            continue
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern string (outside groups and classes)."""
    parts: list[str] = []
    start = 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _boundary(text: str, i: int) -> bool:
    """What `\\b` means at position i of text."""
    return (i > 0 and _is_word(text[i - 1])) != (i < len(text) and _is_word(text[i]))


# Every anchor literal of every branch, so the ones present in a text are found in one pass.
_ALL_ANCHORS: set[str] = set()
_INDEX = AnchorIndex()  # finds which of them occur through the text's words (anchor_index)
# The last whole text searched and its anchors: its sentences and clauses are parts of it, so
# their anchors are found among the few that occur in the whole (a sentence of a long message
# tests ~10, not ~300). Results for the parts are remembered until the next whole text.
_scope: list[tuple[str, frozenset[str]]] = [("", frozenset())]
_parts: dict[str, frozenset[str]] = {}
_MAX_PARTS = 256


def present_anchors(text: str) -> frozenset[str]:
    """The anchor literals that occur in `text`."""
    found = _parts.get(text)
    if found is not None:
        return found
    whole, whole_found = _scope[0]
    if len(text) < len(whole) and text in whole:
        found = frozenset(a for a in whole_found if a in text)
    else:
        found = _INDEX.present(text, words_of(text))  # the normaliser's words, if the same
        _scope[0] = (text, found)
        _parts.clear()
    if len(_parts) < _MAX_PARTS:
        _parts[text] = found
    return found


def _without_optional_lead(pattern: str) -> str | None:
    """The pattern with a leading optional group dropped ("(?:a |the )?car" -> "car"), or None.

    Whether a match exists is unchanged (the group may always match empty), and a pattern that
    starts with literals is scanned far faster than one that starts with an optional group.
    """
    if not pattern.startswith("(?:"):
        return None
    depth = 0
    for i, c in enumerate(pattern):
        if c == "\\" or c == "[":
            return None  # escapes or classes inside: keep the simple case only
        depth += (c == "(") - (c == ")")
        if depth == 0:
            optional = pattern[i + 1 : i + 2] == "?" and pattern[i + 2 : i + 3] not in ("?", "+")
            return pattern[i + 2 :] if optional else None
    return None


def _without_lookbehinds(pattern: str) -> str | None:
    """The pattern with its leading lookbehinds (and a `\\b` after them) dropped, or None when
    it starts with none: "(?<!she )(?<!he )\\b(?:left|put) ..." -> "(?:left|put) ...".

    Every match of the pattern is a match of the rest at the same place (what is dropped only
    asserts), so the rest finds each place where the whole may match. `re` tries the
    lookbehinds at every position of the text (~270 us a search of 2000 characters for nine of
    them), while the rest, starting with literals, is skipped ahead by their first letters.
    """
    i = 0
    while pattern.startswith(("(?<!", "(?<="), i):
        end = _group_end(pattern, i)
        if end is None:
            return None
        i = end
    if i == 0:
        return None
    if pattern.startswith(r"\b", i):
        i += 2
    return pattern[i:] or None


def _group_end(pattern: str, start: int) -> int | None:
    """The index just past the group opened at `start` (escapes and classes skipped)."""
    for i, c, depth in _structure(pattern, start):
        if c == ")" and depth == 0:
            return i + 1
    return None


class _Branch:
    """One alternative: its anchors and its regex, with a leading `\\b` checked in Python."""

    __slots__ = ("anchors", "rx", "word_start", "gate_rx", "lead_rx")

    def __init__(self, alternative: str) -> None:
        self.anchors = anchors_of(alternative)
        _ALL_ANCHORS.update(self.anchors or ())
        _INDEX.add(self.anchors or ())
        self.word_start = alternative.startswith(r"\b")
        body = alternative[2:] if self.word_start else alternative
        self.rx = re.compile(body)
        lean = _without_optional_lead(body)
        self.gate_rx = re.compile(lean) if lean else self.rx  # same answer to "any match?"
        rest = _without_lookbehinds(body)
        self.lead_rx = re.compile(rest) if rest else None  # where a match of `rx` may start

    def _rx_search(self, text: str, pos: int) -> re.Match[str] | None:
        """`self.rx.search(text, pos)`: with leading lookbehinds, the places the rest matches
        are found first and the whole is matched at each in turn (the leftmost that matches
        is the leftmost match, the same object a search would give)."""
        lead = self.lead_rx
        if lead is None:
            return self.rx.search(text, pos)
        m = lead.search(text, pos)
        while m is not None:
            at = m.start()
            found = self.rx.match(text, at)
            if found is not None:
                return found
            m = lead.search(text, at + 1)
        return None

    def exists(self, text: str) -> bool:
        """Whether the branch matches anywhere in `text`."""
        if self.lead_rx is not None:
            return self.search(text) is not None
        m = self.gate_rx.search(text)
        while m is not None and self.word_start and not _boundary(text, m.start()):
            m = self.gate_rx.search(text, m.start() + 1)
        return m is not None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        m = self._rx_search(text, pos)
        while m is not None and self.word_start and not _boundary(text, m.start()):
            m = self._rx_search(text, m.start() + 1)
        return m

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        m = self.search(text)
        while m is not None:
            yield m
            m = self.search(text, m.end() if m.end() > m.start() else m.start() + 1)


class Anchored:
    """A set of regex branches, each run only when its anchor literals occur in the text."""

    __slots__ = (
        "parts",
        "_branches",
        "_always",
        "_by_anchor",
        "_anchor_set",
        "_live",
        "_last",
        "_last_exists",
    )

    def __init__(self, *parts: str, branches: tuple[_Branch, ...] | None = None) -> None:
        self.parts = parts
        if branches is None:
            branches = tuple(_Branch(alt) for p in parts for alt in split_top(p))
        self._branches = branches
        # Which branches each anchor wakes, so the live ones are found from the few anchors
        # present instead of testing every branch (a table has up to ~150).
        self._always = tuple(i for i, b in enumerate(self._branches) if b.anchors is None)
        self._by_anchor: dict[str, list[int]] = {}
        for i, b in enumerate(self._branches):
            for a in b.anchors or ():
                self._by_anchor.setdefault(a, []).append(i)
        self._anchor_set = frozenset(self._by_anchor)
        self._live: dict[frozenset[str], tuple[_Branch, ...]] = {}
        # The last text searched and the answer (`search`, `exists`): per-sentence rules ask
        # about the same whole message again ("anything of risk now in it?" for every sentence:
        # ~0.2 ms of a 2000-character message went on repeats), and gates ask of a sentence
        # twice. A pure function of the text, so a repeat gets the same answer.
        self._last: tuple[str | None, re.Match[str] | None] = (None, None)
        self._last_exists: tuple[str | None, bool] = (None, False)

    def pattern_text(self) -> str:
        """The whole table as one plain pattern (what the branches together match)."""
        return "|".join(f"(?:{p})" for p in self.parts)

    @classmethod
    def union(cls, *tables: Anchored) -> Anchored:
        """One Anchored holding every branch of `tables` (a gate over all of them). The branches
        are shared, not parsed and compiled again (that was a third of the import time)."""
        parts = tuple(p for t in tables for p in t.parts)
        return cls(*parts, branches=tuple(b for t in tables for b in t._branches))

    def _live_branches(self, text: str) -> tuple[_Branch, ...]:
        # Keyed by this table's own anchors in the text: few distinct keys, so a new message
        # finds its live branches cached (keyed by all anchors, each new sentence missed).
        present = present_anchors(text) & self._anchor_set
        live = self._live.get(present)
        if live is None:
            index = set(self._always)
            for a in present:
                index.update(self._by_anchor.get(a, ()))
            live = tuple(self._branches[i] for i in sorted(index))
            if len(self._live) > 512:
                self._live.clear()  # bounded memory in a long-lived Lambda
            self._live[present] = live
        return live

    def could_match(self, text: str) -> bool:
        """Cheap test: False means no branch can match `text`."""
        return bool(self._live_branches(text))

    def exists(self, text: str) -> bool:
        """Whether any branch matches `text` (for gates: faster than `search`)."""
        last, found = self._last_exists
        if text is last or text == last:
            return found
        found = any(b.exists(text) for b in self._live_branches(text))
        self._last_exists = (text, found)
        return found

    def search(self, text: str) -> re.Match[str] | None:
        """Some match (the first branch that matches), or None."""
        last, m = self._last
        if text is last or text == last:
            return m
        m = None
        for b in self._live_branches(text):
            m = b.search(text)
            if m is not None:
                break
        self._last = (text, m)
        return m

    def finditer(self, text: str) -> list[re.Match[str]]:
        """All matches of every live branch, in order of position."""
        found = [m for b in self._live_branches(text) for m in b.finditer(text)]
        return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found


class AnchoredTable:
    """A fixed name -> Anchored table that yields only the entries able to match a text.

    The phrase tables hold ~30 entries and a sentence with a risk word wakes two or three:
    asking each entry in turn cost ~1.5 us apiece (~50 us a sentence). An entry with no live
    branch has no match, so skipping it (in table order) leaves every result unchanged.
    """

    __slots__ = ("_entries", "_always", "_by_anchor", "_anchor_set", "_live")

    def __init__(self, table: dict[str, Anchored]) -> None:
        self._entries = tuple(table.items())
        self._always = frozenset(i for i, (_, rx) in enumerate(self._entries) if rx._always)
        by_anchor: dict[str, set[int]] = {}
        for i, (_, rx) in enumerate(self._entries):
            for a in rx._anchor_set:
                by_anchor.setdefault(a, set()).add(i)
        self._by_anchor = by_anchor
        self._anchor_set = frozenset(by_anchor)
        self._live: dict[frozenset[str], tuple[tuple[str, Anchored], ...]] = {}

    def live(self, text: str) -> tuple[tuple[str, Anchored], ...]:
        """The (name, pattern) entries with a branch woken in `text`, in table order."""
        present = present_anchors(text) & self._anchor_set
        live = self._live.get(present)
        if live is None:
            index = set(self._always)
            for a in present:
                index |= self._by_anchor[a]
            live = tuple(self._entries[i] for i in sorted(index))
            if len(self._live) > 512:
                self._live.clear()  # bounded memory in a long-lived Lambda
            self._live[present] = live
        return live
