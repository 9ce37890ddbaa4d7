"""Cache moto's lexing of DynamoDB condition expressions (devserver only).

Under bench/load.py, moto spent about a tenth of its CPU lexing ConditionExpressions: every
chat `send` carries the same few expression strings, with only the placeholder values
changing. The lexer's output depends on the string alone and is a sequence of immutable
named tuples that later stages read but never change, so it can be shared. Parsing,
name/value substitution and evaluation still run per request, exactly as before.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from moto.dynamodb.comparisons import ConditionExpressionParser

CACHE_LIMIT = 512  # distinct expression strings; the app uses a few dozen
_lexed: dict[str, tuple[Any, ...]] = {}


def apply() -> None:
    """Install the cache (idempotent)."""
    if getattr(ConditionExpressionParser, "_hearth_lex_cached", False):
        return
    original = ConditionExpressionParser._lex_condition_expression

    def lex(self: ConditionExpressionParser) -> deque[Any]:
        expression = self.condition_expression or ""
        nodes = _lexed.get(expression)
        if nodes is None:
            nodes = tuple(original(self))  # a ValueError (bad syntax) is not cached
            if len(_lexed) < CACHE_LIMIT:
                _lexed[expression] = nodes
        return deque(nodes)

    ConditionExpressionParser._lex_condition_expression = lex  # type: ignore[method-assign]
    ConditionExpressionParser._hearth_original_lex = original  # type: ignore[attr-defined]
    ConditionExpressionParser._hearth_lex_cached = True  # type: ignore[attr-defined]
