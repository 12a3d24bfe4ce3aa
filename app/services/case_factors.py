"""The editable vocabularies of risk and protective factors.

Anyone may read them (they are words, not case data); co-ordinators and
administrators edit them. A factor in use is deactivated rather than removed,
so that the cases that ticked it keep it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, func, insert, select, update
from sqlmodel import Session

from app.domain.tables import FACTOR
from app.domain.vocabulary import FactorKind
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import access
from app.services.case_types import FactorInfo
from app.services.case_validation import FACTOR_TITLE_MAX, required_text
from app.services.text_rules import quoted
from app.storage.database import Database

_MAY_NOT_EDIT = QT_TRANSLATE_NOOP(
    "access", "your role ({role}) may not edit the factor vocabularies"
)


def list_factors(db: Database, *, include_inactive: bool = False) -> list[FactorInfo]:
    """Risk factors, then protective factors, each in their order."""
    with db.reading() as session:
        return factors(session, include_inactive=include_inactive)


def factors(session: Session, *, include_inactive: bool = False) -> list[FactorInfo]:
    query = select(FACTOR)
    if not include_inactive:
        query = query.where(FACTOR.c.active.is_(True))
    rows = session.execute(query).all()
    kinds = list(FactorKind)
    ordered = sorted(rows, key=lambda r: (kinds.index(FactorKind(r.kind)), r.sort_order, r.id))
    return [_info(r) for r in ordered]


def add_factor(db: Database, kind: FactorKind, title_sv: str, title_en: str) -> FactorInfo:
    """Add a factor at the end of its vocabulary."""
    with access.case_work(db, "add a factor") as (session, who):
        access.require_role(who, access.EDITS_VOCABULARIES, _MAY_NOT_EDIT)
        try:
            kind = FactorKind(kind)
        except ValueError:
            raise ValidationError(
                {"kind": translate("case_factors", "must be risk or protective")}
            ) from None
        _check_titles(session, kind, title_sv, title_en, None)
        last = session.execute(
            select(func.max(FACTOR.c.sort_order)).where(FACTOR.c.kind == kind.value)
        ).scalar()
        factor_id = session.execute(
            insert(FACTOR)
            .values(
                kind=kind.value,
                title_sv=title_sv.strip(),
                title_en=title_en.strip(),
                sort_order=(last or 0) + 1,
                active=True,
            )
            .returning(FACTOR.c.id)
        ).scalar_one()
        return _get(session, factor_id)


def update_factor(
    db: Database, factor_id: int, title_sv: str, title_en: str, active: bool
) -> FactorInfo:
    """Rename a factor, or (in)activate it; cases keep the factors they have."""
    with access.case_work(db, "change a factor") as (session, who):
        access.require_role(who, access.EDITS_VOCABULARIES, _MAY_NOT_EDIT)
        old = _get(session, factor_id)
        _check_titles(session, old.kind, title_sv, title_en, factor_id)
        session.execute(
            update(FACTOR)
            .where(FACTOR.c.id == factor_id)
            .values(title_sv=title_sv.strip(), title_en=title_en.strip(), active=bool(active))
        )
        return _get(session, factor_id)


def _check_titles(
    session: Session, kind: FactorKind, title_sv: str, title_en: str, self_id: int | None
) -> None:
    errors: dict[str, str] = {}
    for name, value in (("title_sv", title_sv), ("title_en", title_en)):
        problem = required_text(value, max_length=FACTOR_TITLE_MAX)
        if problem:
            errors[name] = problem
    if not errors:
        for name, column, value in (
            ("title_sv", FACTOR.c.title_sv, title_sv),
            ("title_en", FACTOR.c.title_en, title_en),
        ):
            same = session.execute(
                select(FACTOR.c.id).where(
                    FACTOR.c.kind == kind.value,
                    func.lower(column) == value.strip().lower(),
                    FACTOR.c.id != (self_id or 0),
                )
            ).first()
            if same is not None:
                errors[name] = (
                    translate("case_factors", "the risk factors have {title} already")
                    if kind is FactorKind.RISK
                    else translate("case_factors", "the protective factors have {title} already")
                ).format(title=quoted(value.strip()))
    if errors:
        raise ValidationError(errors)


def _get(session: Session, factor_id: int) -> FactorInfo:
    row = session.execute(select(FACTOR).where(FACTOR.c.id == factor_id)).first()
    if row is None:
        raise NotFound(translate("case_factors", "factor {id} does not exist").format(id=factor_id))
    return _info(row)


def _info(r: Row[Any]) -> FactorInfo:
    return FactorInfo(
        id=r.id,
        kind=FactorKind(r.kind),
        title_sv=r.title_sv,
        title_en=r.title_en,
        active=bool(r.active),
    )
