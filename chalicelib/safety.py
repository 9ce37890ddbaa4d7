"""Screening a message before it is stored: contact details and abuse block it, crisis language
gets the sender private support and alerts moderators (the rules live in domain/safety)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from chalicelib.domain.safety.abuse import Blocklist, find_abuse, load_blocklist
from chalicelib.domain.safety.contact import CONTACT_INFO_MESSAGE, find_contact_info
from chalicelib.domain.safety.crisis import (
    SUPPORT_TEXT,
    CrisisAssessment,
    RiskLevel,
    assess_crisis,
    support_due,
)
from chalicelib.domain.safety.helplines import (
    Resource,
    load_helplines,
    resource_to_wire,
    resources_for,
)
from chalicelib.errors import ContactInfo, HarmfulContent

DEFAULT_COUNTRIES = ("US", "GB", "IE", "CA", "AU")
METHOD_WITHHELD = (
    " Details about ways of hurting yourself aren't shared with the room, to keep everyone "
    "safe, but a moderator has seen your message and the room can still support you."
)


# The general "you" of a question about one's own risk, which the abuse list reads as an order to
# someone: "is it normal to want to kill yourself after losing a ranked match? because i do".
# A message of the writer's own risk is delivered (issue 4), so where the crisis check finds it
# and nothing on the list is left once these phrases are taken out, the message is not refused.
_GENERAL_YOU = re.compile(
    r"\b(?:want(?:ing)? to|wanna|urges? to|thoughts? (?:of|about)|think(?:ing)? (?:of|about)"
    r"|feel(?:ing)? like) (?:kill(?:ing)?|hurt(?:ing)?|unalive|end(?:ing)?) (?:yourself|urself)\b",
    re.IGNORECASE,
)


@dataclass
class SafetyPolicy:
    """The deployment's safety configuration, loaded once per cold start."""

    countries: Sequence[str] = DEFAULT_COUNTRIES
    helplines: dict[str, list[Resource]] = field(default_factory=load_helplines)
    blocklist: Blocklist = field(default_factory=load_blocklist)

    def screen(self, text: str, mentions: Collection[str] = ()) -> CrisisAssessment:
        """Raise for text that must not be posted; otherwise assess it for crisis risk."""
        if find_contact_info(text, mentions) is not None:
            raise ContactInfo(CONTACT_INFO_MESSAGE)
        if find_abuse(text, self.blocklist) is None:
            return self.assess(text)
        # Refused unless the list's hits are all general words and the risk is the writer's; the
        # cheap test first, since the sender assesses a refused message itself.
        if not self._only_general_you(text):
            raise HarmfulContent()
        assessment = self.assess(text)
        if assessment.level == "none":
            raise HarmfulContent()
        return assessment

    def _only_general_you(self, text: str) -> bool:
        """Whether the list's hits are all in the general "you" (`_GENERAL_YOU`)."""
        if not _GENERAL_YOU.search(text):
            return False
        return find_abuse(_GENERAL_YOU.sub(" ", text), self.blocklist) is None

    @staticmethod
    def assess(text: str) -> CrisisAssessment:
        """Crisis risk alone, for a message `screen` refused: "text me on 0412 555 019, im
        going to do it tonight" is blocked, and its writer still needs help."""
        return assess_crisis(text)

    def resources(self, country: str | None = None) -> list[dict[str, str]]:
        """Helplines for the person's country if we know them, else the deployment's."""
        wanted = [country] if country and country.upper() in self.helplines else self.countries
        return [resource_to_wire(r) for r in resources_for(wanted, self.helplines)]

    @staticmethod
    def support_text(assessment: CrisisAssessment) -> str:
        text = SUPPORT_TEXT[assessment.level]
        return text + METHOD_WITHHELD if assessment.method_detail else text

    @staticmethod
    def support_due(level: RiskLevel, now_ms: int, last_ms: int, last_level: str | None) -> bool:
        previous: RiskLevel | None = "urgent" if last_level == "urgent" else None
        return support_due(level, now_ms, last_ms or None, previous)
