"""The crisis normaliser: one word scan per message gates every rewriting pass.

`normalise` maps what people type ("kms", "wud b beter of", "thinkin", "su1c1de") onto the
plain words the crisis patterns and the model expect. On a long message each regex pass costs
~30-90 us even when it changes nothing, so the words of the message are collected once (one
`findall`) and a pass runs only when a word it needs is there. Slang and typos are then
replaced by dictionary lookups of those words, not by a scan with a long alternation. Every
gate is implied by any match of the pass it guards, so results are the same as running all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chalicelib.domain.safety import crisis_context as C
from chalicelib.domain.safety import crisis_spelling as S
from chalicelib.domain.safety.text import folded, remember_words, unleet, word_set

_WORD = re.compile(r"[a-z0-9]+")
_ALPHA5 = re.compile(r"[a-z]{5,}")  # the words the typo fixer looks at (see TypoFixer)
# Slang keys that are one plain word are looked up in the word set; the rest ("sewer slide",
# "s/h", "4 gud") are tested as substrings once their first word is present.
_SINGLE = frozenset(k for k in S.SLANG if _WORD.fullmatch(k))
_MULTI = tuple((_WORD.findall(k)[0], k) for k in S.SLANG if k not in _SINGLE)
# The same keys by their first word: a message's words meet ~64 first words in one set
# intersection instead of a loop over all ~130 keys (~24 -> ~3 us a chat message). The order of
# the keys found does not matter (`_whole_word_spans` sorts what it finds).
_MULTI_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _first, _key in _MULTI:
    _MULTI_BY_FIRST[_first] = (*_MULTI_BY_FIRST.get(_first, ()), _key)
_MULTI_FIRSTS = frozenset(_MULTI_BY_FIRST)
# MANGLED_SUICIDE needs [cs], at most two of [iy] (longer runs were squashed), then d.
_MANGLED_KEYS = tuple(c + mid + "d" for c in "cs" for mid in ("", "i", "y", "ii", "iy", "yi", "yy"))
_TO_TWO_VERBS = ("want", "going", "have", "need", "ready", "about", "wish")
_G_WORDS = frozenset(stem + "in" for stem in S.G_STEMS)  # what G_DROPPED can rewrite


# "not me thinking about it at 3am again": the meme owns up to something, it denies nothing.
_NOT_ME_MEME = re.compile(r"(^|[.!?]\s*|\n)not me (\w+ing)\b")
# Session 16: a knife or blood drop before "urges" names self-harm, "🔪🩸 urges back".
_BLADE_EMOJI = ("\U0001f52a", "\U0001fa78", "\U0001f5e1")
# (its review: not "🩸 urges to eat an entire cake")
_BLADE_URGES = re.compile(rf"(?:[{''.join(_BLADE_EMOJI)}]\ufe0f?\s*){{1,3}}(?=urges?\b(?! to\b))")


def normalise(text: str) -> str:
    """Normalise text for the crisis rules (see `crisis_rules` for what patterns expect)."""
    t = folded(text)
    t = _strip_quotes(t)
    if "(" in t:
        # "i want to die (of boredom)" reads as the idiom. `replace`, not `translate`: a table
        # is looked up per character once the text holds an emoji (~0.2 ms on a long one).
        t = t.replace("(", "").replace(")", "")
    t = _emoji_as_words(t)
    t = _owned_up(unleet(S.STARRED.sub("", t) if "*" in t else t))
    words = word_set(t)
    scanned = t
    if any(k in t for k in _MANGLED_KEYS) and _has_mangled_suicide(words):
        t = S.MANGLED_SUICIDE.sub(lambda m: "suicide" if m.group(1) == "e" else "suicidal", t)
    if _may_say_to_two(t, words):
        t = S.TO_TWO.sub(r"\1 to ", t)
    if "sh" in words:
        t = _sh_as_self_harm(t)
    if "si" in words:
        if "senor" in t or "se\u00f1or" in t:
            t = S.SI_SENOR.sub("yes sir", t)
        t = S.SI_CONTEXT.sub(lambda m: f"{m.group(1) or ''} suicidal thoughts".lstrip(), t)
    if not _G_WORDS.isdisjoint(words):
        t = S.G_DROPPED.sub(_g_restored, t)
    if t is not scanned:  # a pass above rewrote words: look again (rare)
        words = word_set(t)
    worded = t  # the text `words` were found in
    remember_words(t, words)  # the anchor scan and the abuse check often read this same text
    t = _replace_slang(t, words)
    if "dye" in t:
        t = S.DYE.sub(r"\1 die", t)
    t = _fix_typos(t, words if t is worded else None)
    return _ANSWERED_YES.sub(r"asked. i have been having \1", t) if "said yes" in t else t


# A question about the writer answered yes is the writer's own telling (session 16's review):
# "my gp asked if i was having suicidal thoughts and i said yes, most days".
_ANSWERED_YES = re.compile(
    r"\b(?:asked|asks|asking) (?:me )?(?:if|whether) (?:i (?:was having|had|have|am having"
    r"|have been having|had been having)|ive had|ive been having) ((?:\w+ ){0,3}(?:thoughts"
    r"|urges|feelings)),? and i (?:said|told (?:him|her|them)) yes\b(?!,? but\b)"
)


def _emoji_as_words(t: str) -> str:
    """A bridge is a bridge ("the 🌉 is a 10 min walk from mine"); a blade or blood before
    "urges" is self-harm (`_BLADE_URGES`)."""
    if "\U0001f309" in t:
        t = t.replace("\U0001f309", " bridge ")
    if "urge" in t and any(e in t for e in _BLADE_EMOJI):
        t = _BLADE_URGES.sub("self harm ", t)
    return t


def _owned_up(t: str) -> str:
    """ "not me thinking about it at 3am again" reads as "me thinking about it ..."."""
    return _NOT_ME_MEME.sub(r"\1me \2", t) if "not me " in t else t


def _has_mangled_suicide(words: frozenset[str]) -> bool:
    """Whether MANGLED_SUICIDE would change a word: it matches whole words only, and the
    substring test above passes for any text holding "suicide", "decided" or "consider"."""
    return any(
        w[0] == "s" and w not in _SPELT_RIGHT and S.MANGLED_SUICIDE.fullmatch(w) for w in words
    )


_SPELT_RIGHT = frozenset({"suicide", "suicidal"})


def _sh_as_self_harm(t: str) -> str:
    """`S.SH_CONTEXT.sub(...)`, "sh" read as self-harm, with the pattern tried only just before
    each whole word "sh" (its branches and lookbehinds, tried at every position of a long
    message, cost ~0.3 ms). Every match ends with that word and starts at most
    `_SH_REACH` characters before it; `match` at a position gives what `search` would find
    there (lookbehinds and `\\b` still see the text before it), so the leftmost matches found
    are the ones `sub` replaces."""
    out: list[str] = []
    done = 0
    for at, _, _ in _whole_word_spans(t, ["sh"], not_before=""):
        for start in range(max(done, at - _SH_REACH), at + 1):
            m = S.SH_CONTEXT.match(t, start)
            if m is not None:
                out += (t[done : m.start()], f"{m.group(1) or ''} self harm".lstrip())
                done = m.end()
                break
    if not out:
        return t
    out.append(t[done:])
    return "".join(out)


_SH_REACH = len("urges to ")  # the longest word before "sh" in a branch of SH_CONTEXT


def _may_say_to_two(t: str, words: frozenset[str]) -> bool:
    """Whether TO_TWO ("want 2", "going too") could match: a verb beside "2" or "too"."""
    if "2" not in t and "too" not in words:
        return False
    if not any(v in words or v + "2" in words or v + "too" in words for v in _TO_TWO_VERBS):
        return False
    return _to_two_at(t, "2") or _to_two_at(t, "too")


def _to_two_at(t: str, tail: str) -> bool:
    """Whether TO_TWO matches with `tail` as its "2"/"too": searched only in the few characters
    around each occurrence of it (a match ends one space after it and starts at most a verb and
    a space before it), not across a whole long message (~40 us, the verbs being common)."""
    at = t.find(tail)
    while at >= 0:
        if S.TO_TWO.search(t, max(0, at - _TO_TWO_REACH), at + len(tail) + 1):
            return True
        at = t.find(tail, at + 1)
    return False


_TO_TWO_REACH = max(map(len, _TO_TWO_VERBS)) + 1  # the longest verb and one space


def _g_restored(m: re.Match[str]) -> str:
    at = m.start()
    starts_word = at == 0 or not m.string[at - 1].isalnum()
    return f"{m.group()}g" if starts_word else m.group()


def _strip_quotes(text: str) -> str:
    if '"' not in text and "'" not in text:
        return text

    def drop(m: re.Match[str]) -> str:
        keep = (
            C.self_quote_before(text, m.start())
            and not C.QUOTE_NAMED_AFTER.match(text, m.end())
            and not C.WORK_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ) or (
            len(m.group().split()) <= C.SCARE_QUOTE_WORDS
            and C.SCARE_QUOTE_AFTER.match(text, m.end())
        )
        return m.group()[1:-1] if keep else " <quote> "

    return C.QUOTED.sub(drop, text)


def _replace_slang(t: str, words: frozenset[str]) -> str:
    """`replace_words(t, S.SLANG)`, with the keys found by lookup instead of a regex scan."""
    keys = list(_SINGLE.intersection(words))
    for first in _MULTI_FIRSTS.intersection(words):
        keys += [k for k in _MULTI_BY_FIRST[first] if k in t]
    if not keys:
        return t
    return _splice(t, _whole_word_spans(t, keys, not_before="/"), S.SLANG)


def _fix_typos(t: str, words: frozenset[str] | None = None) -> str:
    """`S.TYPOS.fix_text(t)`: only the distinct long words are looked up, and only the words
    that change are replaced. `words`, when given, are the runs of [a-z0-9] in `t`."""
    long_words = frozenset(_ALPHA5.findall(t)) if words is None else _long_letter_runs(words)
    # Words already seen to stay as they are go in one set difference, not a cached call each
    # (~0.3 us a word; chat vocabulary repeats). `fix` is a pure function of the word.
    changed: list[str] = []
    for w in long_words.difference(_SPELT_AS_IS):
        if S.TYPOS.fix(w) != w:
            changed.append(w)
        elif len(_SPELT_AS_IS) < _MAX_AS_IS:  # bounded memory in a long-lived Lambda
            _SPELT_AS_IS.add(w)
    if not changed:
        return t
    spans = _whole_word_spans(t, changed, not_before="", is_word=_is_ascii_letter)
    return _splice(t, spans, {w: S.TYPOS.fix(w) for w in changed})


_SPELT_AS_IS: set[str] = set()  # words `S.TYPOS.fix` was seen to leave unchanged
_MAX_AS_IS = 16384


def _long_letter_runs(words: frozenset[str]) -> frozenset[str]:
    """What `_ALPHA5.findall` finds in a text with these words, from the words alone (half the
    cost of scanning the text again): a word of letters, or the letter runs of one with digits."""
    runs = [w for w in words if len(w) >= 5 and w.isalpha()]
    for w in words:
        if len(w) > 5 and not w.isalpha():
            runs += _ALPHA5.findall(w)
    return frozenset(runs)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what `\w` means in a str pattern


def _is_ascii_letter(c: str) -> bool:
    return "a" <= c <= "z"


def _whole_word_spans(
    t: str, keys: list[str], not_before: str, is_word: Callable[[str], bool] = _is_word_char
) -> list[tuple[int, int, str]]:
    """Where each key occurs with no word character on either side (nor `not_before` just
    before it), as a regex alternation of the keys, longest first, would find them: leftmost,
    the longest key at a position, never overlapping."""
    found: list[tuple[int, int, str]] = []
    for key in keys:
        at = t.find(key)
        while at >= 0:
            end = at + len(key)
            left_ok = at == 0 or not (is_word(t[at - 1]) or t[at - 1] in not_before)
            if left_ok and (end == len(t) or not is_word(t[end])):
                found.append((at, -len(key), key))
            at = t.find(key, at + 1)
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for at, neg_len, key in sorted(found):
        if at >= pos:
            spans.append((at, at - neg_len, key))
            pos = at - neg_len
    return spans


def _splice(t: str, spans: list[tuple[int, int, str]], table: dict[str, str]) -> str:
    if not spans:
        return t
    out: list[str] = []
    pos = 0
    for start, end, key in spans:
        out += (t[pos:start], table[key])
        pos = end
    out.append(t[pos:])
    return "".join(out)
