"""Pure safety rules for chat messages: crisis risk, contact details, abuse, helplines.

Nothing in this package does I/O beyond reading its own config files once.
"""

from __future__ import annotations

from chalicelib.domain.safety.abuse import Blocklist, find_abuse, load_blocklist
from chalicelib.domain.safety.contact import (
    CONTACT_INFO_MESSAGE,
    ContactFinding,
    ContactKind,
    alias_is_safe,
    find_contact_info,
)
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

__all__ = [
    "CONTACT_INFO_MESSAGE",
    "SUPPORT_TEXT",
    "Blocklist",
    "ContactFinding",
    "ContactKind",
    "CrisisAssessment",
    "Resource",
    "RiskLevel",
    "alias_is_safe",
    "assess_crisis",
    "find_abuse",
    "find_contact_info",
    "load_blocklist",
    "load_helplines",
    "resource_to_wire",
    "resources_for",
    "support_due",
]
