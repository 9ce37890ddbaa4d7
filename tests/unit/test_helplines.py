"""Helpline config: shipped defaults, validation, per-country selection, wire shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chalicelib.domain.safety.helplines import (
    Resource,
    load_helplines,
    resource_to_wire,
    resources_for,
)


def test_defaults_cover_the_required_countries() -> None:
    table = load_helplines()
    phones = {code: {r.phone for r in table[code]} for code in ("US", "GB", "IE", "CA", "AU")}
    assert "988" in phones["US"] and "988" in phones["CA"]
    assert "116 123" in phones["GB"] and "116 123" in phones["IE"]
    assert "13 11 14" in phones["AU"]
    assert [r.url for r in table["INTL"]] == ["https://findahelpline.com"]
    assert any(r.sms and "741741" in r.sms for r in table["US"])


def test_resources_follow_country_order_and_end_with_the_directory() -> None:
    table = load_helplines()
    out = resources_for(["uk", "US"], table)  # "UK" is accepted for GB, any case
    assert out[0].country == "GB"
    assert {r.country for r in out[:-1]} == {"GB", "US"}
    assert out[-1].url == "https://findahelpline.com"


def test_unknown_or_no_country_still_gets_the_directory() -> None:
    table = load_helplines()
    assert [r.name for r in resources_for([], table)] == [r.name for r in table["INTL"]]
    assert resources_for(["ZZ"], table) == table["INTL"]


def test_duplicate_resources_are_listed_once() -> None:
    r = Resource(name="Same", phone="1")
    table = {"AA": [r], "BB": [r], "INTL": []}
    assert resources_for(["AA", "BB"], table) == [r]


def test_wire_shape_omits_missing_fields() -> None:
    wire = resource_to_wire(Resource(name="Lifeline", phone="13 11 14", country="AU"))
    assert wire == {"name": "Lifeline", "phone": "13 11 14", "country": "AU"}


def test_loading_a_custom_file_fills_in_the_country(tmp_path: Path) -> None:
    path = tmp_path / "h.json"
    path.write_text(
        json.dumps(
            {
                "NZ": [{"name": "Need to talk?", "phone": "1737", "sms": "1737"}],
                "INTL": [{"name": "Dir", "url": "https://example.org"}],
            }
        ),
        encoding="utf-8",
    )
    table = load_helplines(path)
    assert table["NZ"][0].country == "NZ" and table["INTL"][0].country is None


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"US": [{"name": "x", "phone": "1"}]},  # no INTL
        {"INTL": [{"name": "x"}]},  # no way to reach it
        {"INTL": [{"phone": "1"}]},  # no name
        {"INTL": [{"name": "x", "url": "u", "fax": "2"}]},  # unknown field
        {"INTL": [{"name": "x", "url": ""}]},  # empty value
        {"INTL": {"name": "x"}},  # not a list
    ],
)
def test_invalid_files_are_rejected(tmp_path: Path, bad: object) -> None:
    path = tmp_path / "h.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ValueError):
        load_helplines(path)


def test_default_table_is_a_fresh_copy_each_time() -> None:
    first = load_helplines()
    first["US"].clear()
    assert load_helplines()["US"]
