"""Reference data: categories, districts, agencies, and the users themselves."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select as core_select
from sqlmodel import Session, select

from app.clock import now
from app.domain import Agency, District, Role, User
from app.domain.tables import AGENCY, CATEGORY, DISTRICT
from app.errors import ValidationError
from app.i18n import translate
from app.services.text_rules import quoted, required_problem, text_problem
from app.storage.database import Database


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    code: str
    title_en: str
    title_sv: str
    cap_codes: tuple[str, ...]
    default_area: str

    def title(self, language: str = "en") -> str:
        return self.title_sv if language == "sv" else self.title_en


@dataclass(frozen=True)
class ReferenceData:
    """Everything small that the incident log looks values up in."""

    categories: tuple[CategoryInfo, ...]
    districts: tuple[str, ...]
    agencies: tuple[str, ...]

    def category(self, code: str) -> CategoryInfo | None:
        return next((c for c in self.categories if c.code == code), None)


def load(db: Database) -> ReferenceData:
    with db.reading() as session:
        return load_in(session)


def load_in(session: Session) -> ReferenceData:
    # Core statements: they compile in a fraction of the ORM's time, and this
    # runs while the window opens.
    categories = session.execute(
        core_select(
            CATEGORY.c.id,
            CATEGORY.c.code,
            CATEGORY.c.title_en,
            CATEGORY.c.title_sv,
            CATEGORY.c.cap_codes,
            CATEGORY.c.default_area,
        )
        .where(CATEGORY.c.active)
        .order_by(CATEGORY.c.sort_order)
    ).all()
    # Districts in the order they were added, which is also how the incident
    # table sorts them (by id, which an index serves).
    districts = session.execute(
        core_select(DISTRICT.c.name).where(DISTRICT.c.active).order_by(DISTRICT.c.id)
    ).scalars()
    agencies = session.execute(
        core_select(AGENCY.c.name).where(AGENCY.c.active).order_by(AGENCY.c.name)
    ).scalars()
    return ReferenceData(
        categories=tuple(
            CategoryInfo(
                id=c.id,
                code=c.code,
                title_en=c.title_en,
                title_sv=c.title_sv,
                cap_codes=tuple(c.cap_codes.split()),
                default_area=c.default_area,
            )
            for c in categories
        ),
        districts=tuple(districts),
        agencies=tuple(agencies),
    )


def add_district(db: Database, name: str) -> None:
    name = name.strip()
    problem = text_problem(name, max_length=80) or (None if name else required_problem())
    if problem:
        raise ValidationError({"name": problem})
    with db.writing() as session:
        if session.exec(select(District).where(District.name == name)).first():
            raise ValidationError(
                {
                    "name": translate("reference", "a district named {name} exists already").format(
                        name=quoted(name)
                    )
                }
            )
        session.add(District(name=name))


def add_agency(db: Database, name: str, kind: str = "other") -> None:
    name = name.strip()
    problem = text_problem(name, max_length=120) or (None if name else required_problem())
    if problem:
        raise ValidationError({"name": problem})
    with db.writing() as session:
        if session.exec(select(Agency).where(Agency.name == name)).first():
            raise ValidationError(
                {
                    "name": translate("reference", "an agency named {name} exists already").format(
                        name=quoted(name)
                    )
                }
            )
        session.add(Agency(name=name, kind=kind))


def current_user_id(session: Session, account: str) -> int:
    """The id of the signed-in account, registering it on its first write.

    The first user of a new database (the first while it has no administrator)
    becomes its administrator.
    """
    user = session.exec(select(User).where(User.account == account)).first()
    if user is not None:
        assert user.id is not None
        return user.id
    # The first person to use a database becomes its administrator. Demo
    # officers are not people: what counts is whether an administrator exists.
    admin = session.exec(select(User.id).where(User.role == Role.ADMINISTRATOR.value)).first()
    role = Role.MEMBER if admin is not None else Role.ADMINISTRATOR
    user = User(account=account, display_name=account, role=role.value, created_at=now())
    session.add(user)
    session.flush()
    assert user.id is not None
    return user.id
