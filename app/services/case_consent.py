"""Whether a case's consent register allows sharing today, and with whom.

Valid consent for a case today is at least one guardian's signature that was
signed on or before today, expires today or later and has not been withdrawn;
and, when the young person is 15 or older, the young person's own signature
under the same conditions. Only the birth year is stored (data minimisation),
so "15 or older" is read cautiously as `today.year - birth_year >= 15`: from
the first of January of the year they turn 15, their signature is required.

The agencies a case may be shared with are those covered by every required
kind of signature: the agencies of the valid guardian consents, intersected
with those of the valid young person's consents when theirs is required.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.vocabulary import ConsentSigner
from app.i18n import translate

# The age from which the young person signs too (the cautious reading above).
OWN_CONSENT_AGE = 15


@dataclass(frozen=True)
class Signature:
    """What the rules need of one consent."""

    signer: ConsentSigner
    signed_on: date
    expires_on: date
    withdrawn_on: date | None
    agencies: frozenset[str]


def is_valid(signature: Signature, today: date) -> bool:
    """Signed, not yet expired and not withdrawn, on `today`."""
    withdrawn = signature.withdrawn_on is not None and signature.withdrawn_on <= today
    return signature.signed_on <= today <= signature.expires_on and not withdrawn


def required_signers(birth_year: int, today: date) -> tuple[ConsentSigner, ...]:
    if today.year - birth_year >= OWN_CONSENT_AGE:
        return (ConsentSigner.GUARDIAN, ConsentSigner.YOUNG_PERSON)
    return (ConsentSigner.GUARDIAN,)


def shared_with(signatures: Iterable[Signature], birth_year: int, today: date) -> frozenset[str]:
    """The agencies covered today by every required kind of signature."""
    valid = [s for s in signatures if is_valid(s, today)]
    covered: frozenset[str] | None = None
    for signer in required_signers(birth_year, today):
        agencies = frozenset().union(*(s.agencies for s in valid if s.signer is signer))
        covered = agencies if covered is None else covered & agencies
    return covered or frozenset()


def problem(signatures: Iterable[Signature], birth_year: int, today: date) -> str | None:
    """Why the case may not be active today, or None when its consent is valid."""
    listed = list(signatures)
    valid = [s for s in listed if is_valid(s, today)]
    missing = []
    for signer in required_signers(birth_year, today):
        if not any(s.signer is signer for s in valid):
            missing.append(signer)
    if ConsentSigner.GUARDIAN in missing:
        if ConsentSigner.YOUNG_PERSON in missing:
            return translate(
                "case_consent",
                "no valid consent: a guardian and, from the age of {age}, the young person "
                "must have signed, not expired and not withdrawn",
            ).format(age=OWN_CONSENT_AGE)
        return translate(
            "case_consent",
            "no valid consent from a guardian (signed, not expired, not withdrawn)",
        )
    if missing:
        return translate(
            "case_consent",
            "the young person is {age} or older (born {year}) "
            "and has no valid consent of their own",
        ).format(age=OWN_CONSENT_AGE, year=birth_year)
    if not shared_with(listed, birth_year, today):
        return translate(
            "case_consent", "the valid consents have no agency in common: nothing may be shared"
        )
    return None
