"""Abuse word list: slurs, harassment and sexual solicitation, from a configurable file.

Profanity libraries on PyPI target swearing, which peer support must allow, and the better
classifiers need scikit-learn; a small list file that deployments can extend fits better.
Matching defeats the usual dodges: leetspeak, repeated letters, spaced-out letters, plurals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chalicelib.domain.safety.text import LEET, folded, letter_runs, letter_set, unleet, words_of

DEFAULT_BLOCKLIST_FILE = Path(__file__).resolve().parents[2] / "config" / "blocklist.txt"
_HEADER = re.compile(r"^\[([a-z_]+)\]$")
# Leet at the end of a word of two letters or more ("lam3", "sc@m"): a run entered at its first
# character, after two letters. Starting with its rare characters, the pattern scans fast, and
# numbers ("at 10") cost no Python callback.
_TRAILING_LEET = re.compile(r"[0134579@$](?<=[a-z][a-z].)[0134579@$]*\b")
_LEET_END = {c: LEET[c] for c in "0134579@$"}  # the digits _TRAILING_LEET finds
_SPACED_LETTERS = re.compile(r"\b(?:[a-z][\s.*_\-]){2,}[a-z]\b")
# Implied by any match of _SPACED_LETTERS (its 2nd and 3rd letters) and, starting with a
# character class, scanned twice as fast: most long messages are let through by it alone.
_SPACED_GATE = re.compile(r"[\s.*_\-][a-z][\s.*_\-][a-z](?![a-z0-9_])")
_DOUBLED = re.compile(r"([a-z])\1")
_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Blocklist:
    pattern: re.Pattern[str] | None  # one named group per category
    size: int
    # Per entry, the runs of letters a match holds: each word exactly, the last one maybe with
    # a plural ending. None when an entry holds other characters (then always search).
    needs: tuple[tuple[frozenset[str], ...], ...] | None = None
    probes: tuple[re.Pattern[str], ...] = ()  # one per entry, in the order of `needs`


def _squash(text: str) -> str:
    """Normalise for matching: both the list and messages go through this."""
    return _squash_repeats(_unspaced(text))


def _unspaced(text: str) -> str:
    """`_squash` short of squashing repeated letters: leet undone, spaced letters joined."""
    t = unleet(folded(text))
    if any(c in t for c in _LEET_END):  # each pass below costs ~40 us on a long message
        t = _TRAILING_LEET.sub(_trailing_leet, t)
    if _SPACED_GATE.search(t):
        t = _SPACED_LETTERS.sub(lambda m: re.sub(r"[\s.*_\-]", "", m.group()), t)
    return t


def _trailing_leet(m: re.Match[str]) -> str:
    # the lookbehind in _TRAILING_LEET already holds two letters before the match
    return "".join(_LEET_END[c] for c in m.group())


@lru_cache(maxsize=8192)  # chat vocabulary repeats: most words are looked up once per process
def _squashed_run(run: str) -> str:
    return _squash_repeats(run)


def _squash_repeats(t: str) -> str:
    """What `re.sub(r"([a-z])\\1+", r"\\1", t)` does: one scan finds the doubled letters,
    then plain replaces squash them (3x cheaper on long text than the substitution)."""
    for c in set(_DOUBLED.findall(t)):
        pair = c + c
        while pair in t:
            t = t.replace(pair, c)
    return t


def _probe(entry: str) -> re.Pattern[str]:
    """A pattern for one squashed entry that also matches it before repeats are squashed
    ("nobody would mis you" finds "nobody would misss you"). It starts with a literal, so the
    search skips ahead fast; it drops the word boundaries, so it is a gate, never a verdict."""
    words = [re.escape(w[0]) + "".join(f"{re.escape(c)}+" for c in w[1:]) for w in entry.split()]
    return re.compile(r"\s+".join(words))


def _needs(entries: list[str]) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For each entry (squashed, space-separated), the letter runs a text must hold for the
    pattern to match it: a word set of the text then rules most entries out at once."""
    out = []
    for entry in entries:
        parts = entry.split()
        if not all(_LETTERS.fullmatch(p) for p in parts):
            return None
        *head, last = parts
        out.append(
            tuple(frozenset({p}) for p in head) + (frozenset({last, last + "s", last + "es"}),)
        )
    return tuple(out)


def parse_blocklist(text: str) -> Blocklist:
    """Build a matcher from list-file text: `[category]` headers, then one entry per line."""
    entries: dict[str, list[str]] = {}
    squashed: list[str] = []
    category = "abuse"
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = _HEADER.match(line)
        if header:
            category = header.group(1)
            continue
        words = _squash(line).split()
        if not words:
            continue
        squashed.append(" ".join(words))
        entries.setdefault(category, []).append(r"\s+".join(map(re.escape, words)))
    if not entries:
        return Blocklist(None, 0)
    groups = [
        f"(?P<{cat}>{'|'.join(sorted(set(alts), key=len, reverse=True))})"
        for cat, alts in entries.items()
    ]
    rx = re.compile(r"(?<![a-z])(?:" + "|".join(groups) + r")(?:e?s)?(?![a-z])")
    probes = tuple(map(_probe, squashed))
    return Blocklist(rx, sum(len(v) for v in entries.values()), _needs(squashed), probes)


def _may_match(bl: Blocklist, runs: frozenset[str], text: str) -> bool:
    """Whether some entry has all its words in `runs` and, in order, in `text`."""
    needs = bl.needs or ()
    first_words, by_word = _entries_by_first_word(needs)
    starts = runs.intersection(first_words)  # (two sets: the smaller one is walked)
    if not starts:
        return False  # most messages: no entry's first word
    candidates = {i for w in starts for i in by_word[w]}
    return any(
        all(not n.isdisjoint(runs) for n in needs[i]) and bl.probes[i].search(text) is not None
        for i in candidates
    )


# Per `needs` tuple (one per list): which entries each possible first word can start. A long
# message holds ~250 distinct words; only the few entries one of them starts are then tested.
_FirstWords = tuple[frozenset[str], dict[str, list[int]]]
_FIRST_WORD_INDEX: dict[int, tuple[object, _FirstWords]] = {}


def _entries_by_first_word(needs: tuple[tuple[frozenset[str], ...], ...]) -> _FirstWords:
    """The possible first words of the entries, and the entries each can start."""
    cached = _FIRST_WORD_INDEX.get(id(needs))
    if cached is not None and cached[0] is needs:
        return cached[1]
    index: dict[str, list[int]] = {}
    for i, entry in enumerate(needs):
        for word in entry[0]:
            index.setdefault(word, []).append(i)
    if len(_FIRST_WORD_INDEX) > 8:
        _FIRST_WORD_INDEX.clear()  # lists built in tests come and go
    first_words = (frozenset(index), index)
    _FIRST_WORD_INDEX[id(needs)] = (needs, first_words)
    return first_words


def load_blocklist(path: Path | None = None) -> Blocklist:
    """Read a list file; the shipped default when `path` is None (cached)."""
    if path is None:
        return _default_blocklist()
    return parse_blocklist(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _default_blocklist() -> Blocklist:
    return parse_blocklist(DEFAULT_BLOCKLIST_FILE.read_text(encoding="utf-8"))


def find_abuse(text: str, blocklist: Blocklist | None = None) -> str | None:
    """The category of the first listed word or phrase in `text`, or None."""
    bl = blocklist or _default_blocklist()
    if bl.pattern is None:
        return None
    t = _unspaced(text)
    if bl.needs is not None:
        # Squashing repeats stays inside runs of letters, so the runs of the squashed text are
        # the squashed runs: a word-set test rules out most long messages before any squash.
        words = words_of(t)  # the crisis normaliser often read this same text already
        letters = letter_set(t) if words is None else letter_runs(words)
        runs = frozenset(map(_squashed_run, letters))
        if not _may_match(bl, runs, t):
            return None
    m = bl.pattern.search(_squash_repeats(t))
    return m.lastgroup if m else None
