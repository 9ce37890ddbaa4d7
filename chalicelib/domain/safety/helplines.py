"""Per-country crisis resources for the `support` event, read from a JSON config file.

The file maps ISO 3166 country codes to lists of resources; "INTL" holds the international
directory that is always offered, so everyone gets somewhere to turn wherever they are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_HELPLINES_FILE = Path(__file__).resolve().parents[2] / "config" / "helplines.json"
INTERNATIONAL = "INTL"
# Common names people configure that are not ISO codes.
COUNTRY_ALIASES = {"UK": "GB", "EN": "GB", "USA": "US"}
_FIELDS = ("name", "phone", "sms", "url", "hours", "country")

HelplineTable = Mapping[str, Sequence["Resource"]]


@dataclass(frozen=True)
class Resource:
    name: str
    phone: str | None = None
    sms: str | None = None
    url: str | None = None
    hours: str | None = None
    country: str | None = None


def load_helplines(path: Path | None = None) -> dict[str, list[Resource]]:
    """Read and validate a helplines file (the shipped default when `path` is None)."""
    if path is None:
        return {k: list(v) for k, v in _default_table().items()}
    return _parse(json.loads(path.read_text(encoding="utf-8")), str(path))


@lru_cache(maxsize=1)
def _default_table() -> dict[str, tuple[Resource, ...]]:
    parsed = _parse(json.loads(DEFAULT_HELPLINES_FILE.read_text(encoding="utf-8")), "default")
    return {k: tuple(v) for k, v in parsed.items()}


def _parse(raw: Any, source: str) -> dict[str, list[Resource]]:
    if not isinstance(raw, dict):
        raise ValueError(f"helplines {source}: expected an object of country codes")
    table: dict[str, list[Resource]] = {}
    for code, entries in raw.items():
        if code.startswith("_"):
            continue  # comments
        if not isinstance(entries, list):
            raise ValueError(f"helplines {source}: {code} must be a list")
        country = _canonical(code)
        table[country] = [_resource(e, country, f"{source}:{code}") for e in entries]
    if INTERNATIONAL not in table:
        raise ValueError(f"helplines {source}: an {INTERNATIONAL} entry is required")
    return table


def _resource(entry: Any, country: str, where: str) -> Resource:
    if not isinstance(entry, dict) or set(entry) - set(_FIELDS):
        raise ValueError(f"helplines {where}: entries take only {', '.join(_FIELDS)}")
    if not all(isinstance(v, str) and v.strip() for v in entry.values()):
        raise ValueError(f"helplines {where}: every field must be a non-empty string")
    if "name" not in entry or not ({"phone", "sms", "url"} & set(entry)):
        raise ValueError(f"helplines {where}: needs a name and a phone, sms or url")
    default_country = None if country == INTERNATIONAL else country
    return Resource(**{"country": default_country, **entry})


def _canonical(code: str) -> str:
    upper = code.strip().upper()
    return COUNTRY_ALIASES.get(upper, upper)


def resources_for(countries: Sequence[str], table: HelplineTable) -> list[Resource]:
    """Resources for the deployment's countries, in order, then the international directory."""
    out: list[Resource] = []
    for code in [*map(_canonical, countries), INTERNATIONAL]:
        out.extend(r for r in table.get(code, ()) if r not in out)
    return out


def resource_to_wire(r: Resource) -> dict[str, str]:
    """The `support` event shape: {name, phone?, sms?, url?, hours?, country?}."""
    return {k: v for k, v in asdict(r).items() if v is not None}


# Emergency and support numbers beyond those in helplines.json that people share with care.
EXTRA_ALLOWED_NUMBERS = frozenset(
    {
        "911",
        "999",
        "112",
        "000",
        "111",
        "18002738255",
        "08001111",
        "116111",
        "1300224636",
        "0800585858",
        "08457909090",
        "741741",
        "85258",
        "686868",
        "18006686868",  # Kids Help Phone (CA)
        "1800551800",  # Kids Helpline (AU)
        "1800247247",  # Pieta (IE)
        "1737",  # Need to talk? (NZ)
        "0800543354",  # Lifeline Aotearoa (NZ)
        "9152987821",  # iCall (IN)
        "14416",  # Tele-MANAS (IN)
        "18005990019",  # KIRAN (IN)
        "0800567567",  # SADAG suicide crisis line (ZA)
        "03001233393",  # Mind infoline (GB)
        "1300789978",  # MensLine Australia (round 67)
        "1300659467",  # Suicide Call Back Service (AU)
        # session 15: national lines people pass on in peer rooms beside the crisis lines
        "1800737732",  # 1800RESPECT, domestic and sexual violence (AU)
        "1800184527",  # QLife, LGBTI+ peer support (AU)
        "139276",  # 13YARN, Aboriginal and Torres Strait Islander crisis line (AU)
        "18007997233",  # National Domestic Violence Hotline (US)
        "18006564673",  # RAINN sexual assault hotline (US)
        "18664887386",  # The Trevor Project (US)
        "8775658860",  # Trans Lifeline (US)
        "18006624357",  # SAMHSA National Helpline (US)
        "838255",  # Veterans Crisis Line by text (US)
        "18552423310",  # Hope for Wellness (CA)
        "08082000247",  # National Domestic Abuse Helpline (GB)
        "08000684141",  # PAPYRUS HOPELINE247 (GB)
        "08000119100",  # Switchboard LGBT+ (GB)
        "50808",  # text line (IE)
    }
)


@lru_cache(maxsize=1)
def allowed_numbers() -> frozenset[str]:
    """Digits of every helpline in the shipped config plus common emergency numbers."""
    found: set[str] = set(EXTRA_ALLOWED_NUMBERS)
    for resources in load_helplines().values():
        for r in resources:
            for field in (r.phone, r.sms):
                digits = re.sub(r"\D", "", field or "")
                if digits:
                    found.add(digits)
    return frozenset(found)
