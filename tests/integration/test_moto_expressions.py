"""devserver/moto_expressions.py: cached lexing changes no condition's outcome."""

from __future__ import annotations

from typing import Any

import pytest
from moto.dynamodb.comparisons import ConditionExpressionParser
from moto.dynamodb.models.dynamo_type import Item

from devserver import moto_expressions

EXPRESSIONS = [
    "attribute_not_exists(pk)",
    "attribute_exists(pk) AND #n < :limit",
    "(#a = :x OR #b <> :y) AND NOT contains(#c, :z)",
    "#n BETWEEN :lo AND :hi",
    "#a IN (:x, :y)",
]
NAMES = {"#n": "n", "#a": "a", "#b": "b", "#c": "c"}


def _values(n: int) -> dict[str, Any]:
    return {
        ":limit": {"N": str(n)},
        ":x": {"S": f"x{n}"},
        ":y": {"S": "y"},
        ":z": {"S": "zz"},
        ":lo": {"N": "0"},
        ":hi": {"N": str(n)},
    }


def _item(n: int) -> Item:
    attrs = {"pk": {"S": "k"}, "n": {"N": "5"}, "a": {"S": f"x{n}"}, "b": {"S": "y"}}
    return Item(hash_key={"S": "k"}, range_key=None, attrs=attrs | {"c": {"S": "zz"}})


def _outcomes() -> list[bool]:
    out = []
    for expression in EXPRESSIONS:
        for n in (1, 5, 10):  # the same strings again and again, with different values
            op = ConditionExpressionParser(expression, NAMES, _values(n)).parse()
            out.append(bool(op.expr(_item(n if n != 10 else 3))))
    return out


def test_cached_lexing_gives_every_condition_the_same_outcome(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN the outcomes with moto's own lexer (values differ between calls)
    moto_expressions.apply()
    original = ConditionExpressionParser._hearth_original_lex  # type: ignore[attr-defined]
    with monkeypatch.context() as m:
        m.setattr(ConditionExpressionParser, "_lex_condition_expression", original)
        before = _outcomes()
    # WHEN the same expressions are evaluated through the cache (twice)
    first, second = _outcomes(), _outcomes()
    # THEN nothing changed, and the cache holds each string once
    assert before == first == second
    assert any(before) and not all(before)  # the cases really discriminate
    assert set(EXPRESSIONS) <= set(moto_expressions._lexed)


def test_a_bad_expression_still_fails_every_time() -> None:
    moto_expressions.apply()
    for _ in range(2):
        with pytest.raises(ValueError):
            ConditionExpressionParser("pk = = $", {}, {}).parse()
    assert "pk = = $" not in moto_expressions._lexed
