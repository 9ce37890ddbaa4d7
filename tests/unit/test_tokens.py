"""Resume tokens: signed, expiring, bound to one deployment."""

from __future__ import annotations

from chalicelib.domain.aliases import ADJECTIVES, NOUNS, random_alias
from chalicelib.domain.tokens import Identity, TokenSigner

NOW = 1_780_000_000
SIGNER = TokenSigner(b"k" * 32, "hearth-test")
IDENT = Identity("sess-1", "Quiet Heron", True, NOW + 60)


def test_a_valid_token_round_trips() -> None:
    assert SIGNER.verify(SIGNER.issue(IDENT), NOW) == IDENT


def test_tampered_payload_or_mac_is_rejected() -> None:
    token = SIGNER.issue(IDENT)
    payload, mac = token.split(".")
    forged = SIGNER.issue(Identity("sess-2", "Brave Otter", True, NOW + 60)).split(".")[0]
    assert SIGNER.verify(f"{forged}.{mac}", NOW) is None
    assert SIGNER.verify(f"{payload}.{mac[:-2]}AA", NOW) is None
    assert SIGNER.verify("garbage", NOW) is None
    assert SIGNER.verify("é.é", NOW) is None


def test_expired_and_foreign_tokens_are_rejected() -> None:
    token = SIGNER.issue(IDENT)
    assert SIGNER.verify(token, NOW + 61) is None
    other_secret = TokenSigner(b"z" * 32, "hearth-test")
    other_deployment = TokenSigner(b"k" * 32, "someone-else")
    assert other_secret.verify(token, NOW) is None
    assert other_deployment.verify(token, NOW) is None


def test_aliases_are_two_friendly_words_from_a_large_space() -> None:
    alias = random_alias()
    first, second = alias.split(" ")
    assert first in ADJECTIVES and second in NOUNS
    assert len(set(ADJECTIVES)) * len(set(NOUNS)) > 15_000
