"""The agency roster: the people of the co-operating agencies and how to reach them."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel


class Person(SQLModel, table=True):
    """A contact in one agency. People who leave are made inactive, never deleted
    while a meeting or an action item refers to them."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    name: str = Field(max_length=120)
    title: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=20)  # E.164, e.g. +46850050000
    mobile: str = Field(default="", max_length=20)  # E.164
    email: str = Field(default="", max_length=254)
    deputy_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"), nullable=True),
    )
    joint_meeting: bool = False  # sits in the chiefs' joint meeting
    active: bool = True
    notes: str = ""
    version: int = 1
