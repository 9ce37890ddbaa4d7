"""Cache moto's lexing of DynamoDB condition and update expressions (devserver only).

Under bench/load.py, moto spent about a tenth of its CPU lexing ConditionExpressions: every
chat `send` carries the same few expression strings, with only the placeholder values
changing. The lexer's output depends on the string alone and is a sequence of immutable
named tuples that later stages read but never change, so it can be shared. Parsing,
name/value substitution and evaluation still run per request, exactly as before.

UpdateExpressions are tokenised twice per update (request validation, then the backend),
~90 µs each. Their tokens are only mutated while the tokeniser builds them; the parser reads
them by position and copies their strings into fresh nodes, so a finished list can be shared
(each caller gets its own list of the shared tokens).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from moto.dynamodb.comparisons import ConditionExpressionParser
from moto.dynamodb.parsing.tokens import ExpressionTokenizer

CACHE_LIMIT = 512  # distinct expression strings; the app uses a few dozen
_lexed: dict[str, tuple[Any, ...]] = {}
_tokenised: dict[str, tuple[Any, ...]] = {}


def apply() -> None:
    """Install both caches (idempotent)."""
    _cache_condition_lexing()
    _cache_update_tokens()


def _remembered(
    cache: dict[str, tuple[Any, ...]], expression: str, compute: Callable[[], Iterable[Any]]
) -> tuple[Any, ...]:
    """The cached result for `expression`, computed once; a syntax error raises and is not
    cached; at most CACHE_LIMIT strings are kept."""
    found = cache.get(expression)
    if found is None:
        found = tuple(compute())
        if len(cache) < CACHE_LIMIT:
            cache[expression] = found
    return found


def _cache_update_tokens() -> None:
    if getattr(ExpressionTokenizer, "_hearth_tokens_cached", False):
        return
    original = ExpressionTokenizer.make_list

    def make_list(expression: str) -> list[Any]:
        return list(_remembered(_tokenised, expression, lambda: original(expression)))

    ExpressionTokenizer.make_list = staticmethod(make_list)  # type: ignore[method-assign,assignment]
    ExpressionTokenizer._hearth_original_make_list = staticmethod(original)  # type: ignore[attr-defined]
    ExpressionTokenizer._hearth_tokens_cached = True  # type: ignore[attr-defined]


def _cache_condition_lexing() -> None:
    if getattr(ConditionExpressionParser, "_hearth_lex_cached", False):
        return
    original = ConditionExpressionParser._lex_condition_expression

    def lex(self: ConditionExpressionParser) -> deque[Any]:
        expression = self.condition_expression or ""
        return deque(_remembered(_lexed, expression, lambda: original(self)))

    ConditionExpressionParser._lex_condition_expression = lex  # type: ignore[method-assign]
    ConditionExpressionParser._hearth_original_lex = original  # type: ignore[attr-defined]
    ConditionExpressionParser._hearth_lex_cached = True  # type: ignore[attr-defined]
