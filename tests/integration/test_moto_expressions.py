"""devserver/moto_expressions.py: cached lexing changes no condition's or update's outcome."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from moto import mock_aws
from moto.dynamodb.comparisons import ConditionExpressionParser
from moto.dynamodb.models.dynamo_type import Item
from moto.dynamodb.parsing.tokens import ExpressionTokenizer

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


UPDATES = [
    "SET #n = if_not_exists(#n, :zero) + :one, #a = :x",
    "SET #n = #n - :one REMOVE #b",
    "ADD #s :tags SET #a = list_append(if_not_exists(#a, :empty), :more)",
    "DELETE #s :tags",
]


def _updated_items(aws_env: None) -> list[dict[str, Any]]:
    """Apply every update expression three times (values change) and read the items back."""
    with mock_aws():
        db = boto3.client("dynamodb", region_name="us-east-1")
        db.create_table(
            TableName="u",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        for key, expressions in (("k1", UPDATES[:2]), ("k2", UPDATES[2:])):
            for n in range(3):
                for expression in expressions:
                    db.update_item(
                        TableName="u",
                        Key={"pk": {"S": key}},
                        UpdateExpression=expression,
                        ExpressionAttributeNames={
                            k: v for k, v in NAMES.items() | {("#s", "s")} if k in expression
                        },
                        ExpressionAttributeValues={
                            k: v
                            for k, v in {
                                ":zero": {"N": "0"},
                                ":one": {"N": str(n + 1)},
                                ":x": {"S": f"x{n}"},
                                ":tags": {"SS": [f"t{n}", "t"]},
                                ":empty": {"L": []},
                                ":more": {"L": [{"N": str(n)}]},
                            }.items()
                            if k in expression
                        },
                    )
        return [db.get_item(TableName="u", Key={"pk": {"S": k}})["Item"] for k in ("k1", "k2")]


def test_cached_update_tokens_give_every_update_the_same_result(
    aws_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the items moto's own tokeniser produces
    moto_expressions.apply()
    original = ExpressionTokenizer._hearth_original_make_list  # type: ignore[attr-defined]
    with monkeypatch.context() as m:
        m.setattr(ExpressionTokenizer, "make_list", staticmethod(original))
        before = _updated_items(aws_env)
    # WHEN the same updates run through the cache (the strings repeat, the values change)
    after = _updated_items(aws_env)
    # THEN every item is identical, the updates really did something, each string is cached
    assert before == after
    assert after[0]["n"] == {"N": "0"} and after[0]["a"] == {"S": "x2"} and "b" not in after[0]
    assert after[1]["a"] == {"L": [{"N": "0"}, {"N": "1"}, {"N": "2"}]} and "s" not in after[1]
    assert set(UPDATES) <= set(moto_expressions._tokenised)


def test_a_bad_update_expression_still_fails_every_time() -> None:
    moto_expressions.apply()
    for _ in range(2):
        with pytest.raises(Exception, match="Invalid UpdateExpression|Syntax"):
            ExpressionTokenizer.make_list("SET #a = = :x $$")
    assert "SET #a = = :x $$" not in moto_expressions._tokenised
