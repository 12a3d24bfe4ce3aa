"""OASIS Common Alerting Protocol 1.2 as XML: built from plain values, parsed into them.

Nothing here knows incidents or the database: `build` turns an `Alert` into
the bytes of a CAP 1.2 document, `parse` turns the bytes of one into an
`Alert`. Both check the document against the OASIS schema
(`resources/cap/CAP-v1.2.xsd`): what the application writes and what it
reads must be valid CAP 1.2.

Reading is hardened, because the file comes from outside: the parser never
resolves entities, loads a DTD or touches the network, refuses entity
amplification ("billion laughs") and huge documents, and a document that
declares a document type at all (CAP has none) is refused before anything in
it is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from app.errors import ValidationError
from app.i18n import translate
from app.resources import resources_dir

NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
_NS = {"cap": NAMESPACE}

# The schema's enumerations, in its order.
CATEGORIES = (
    "Geo",
    "Met",
    "Safety",
    "Security",
    "Rescue",
    "Fire",
    "Health",
    "Env",
    "Transport",
    "Infra",
    "CBRNE",
    "Other",
)
URGENCIES = ("Immediate", "Expected", "Future", "Past", "Unknown")
SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
CERTAINTIES = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")


@dataclass(frozen=True)
class Pair:
    """A CAP <eventCode>: the name of the code system and the code."""

    name: str
    value: str


@dataclass(frozen=True)
class AlertArea:
    description: str
    polygons: tuple[str, ...] = ()  # "lat,lon lat,lon …", as written
    circles: tuple[str, ...] = ()  # "lat,lon radius-km", as written


@dataclass(frozen=True)
class AlertInfo:
    """One <info> block: the alert in one language."""

    categories: tuple[str, ...]
    event: str
    urgency: str
    severity: str
    certainty: str
    language: str = ""
    event_codes: tuple[Pair, ...] = ()
    effective: datetime | None = None
    onset: datetime | None = None
    expires: datetime | None = None
    sender_name: str = ""
    headline: str = ""
    description: str = ""
    instruction: str = ""
    web: str = ""
    areas: tuple[AlertArea, ...] = ()

    def codes(self, name: str) -> tuple[str, ...]:
        """The values of the event codes of code system `name`, in order."""
        return tuple(code.value for code in self.event_codes if code.name == name)


@dataclass(frozen=True)
class Alert:
    """A CAP alert message. Times are timezone-aware."""

    identifier: str
    sender: str
    sent: datetime
    status: str
    msg_type: str
    scope: str
    references: str = ""
    incidents: str = ""
    infos: tuple[AlertInfo, ...] = ()


# ---------------------------------------------------------------- schema


def schema_path() -> Path:
    return resources_dir() / "cap" / "CAP-v1.2.xsd"


@cache
def _schema() -> Any:
    return etree.XMLSchema(etree.parse(str(schema_path()), _safe_parser()))


def schema_problem(document: Any) -> tuple[int, str] | None:
    """The first (line, message) the schema finds wrong in a parsed document, or None."""
    schema = _schema()
    if schema.validate(document):
        return None
    first = schema.error_log[0]
    return int(first.line), str(first.message)


def _safe_parser() -> Any:
    # A new parser each time: lxml parsers keep state and are not to be shared
    # between threads (an import may run on a worker thread of the window).
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


# ---------------------------------------------------------------- writing


def build(alert: Alert) -> bytes:
    """The alert as a UTF-8 CAP 1.2 document; ValidationError ("cap") when the values
    would not make a valid one (what was built is checked against the schema)."""
    root = etree.Element(_tag("alert"), nsmap={None: NAMESPACE})
    _add(root, "identifier", alert.identifier)
    _add(root, "sender", alert.sender)
    _add(root, "sent", format_time(alert.sent))
    _add(root, "status", alert.status)
    _add(root, "msgType", alert.msg_type)
    _add(root, "scope", alert.scope)
    _add_optional(root, "references", alert.references)
    _add_optional(root, "incidents", alert.incidents)
    for info in alert.infos:
        _add_info(root, info)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    # Checked as a reader will see it: parsed back from the bytes.
    problem = schema_problem(etree.fromstring(data, _safe_parser()))
    if problem is not None:
        line, message = problem
        text = translate("cap_file", "the alert would not be valid CAP 1.2: {problem}")
        raise ValidationError({"cap": text.format(problem=message)}, line=line)
    return data


def format_time(moment: datetime) -> str:
    """CAP's form of a time: seconds, the offset as ±hh:mm, no fraction, no "Z"."""
    if moment.tzinfo is None:
        raise ValueError("CAP times need a UTC offset")
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def _add_info(root: Any, info: AlertInfo) -> None:
    element = _add(root, "info")
    _add_optional(element, "language", info.language)
    for category in info.categories:
        _add(element, "category", category)
    _add(element, "event", info.event)
    _add(element, "urgency", info.urgency)
    _add(element, "severity", info.severity)
    _add(element, "certainty", info.certainty)
    for code in info.event_codes:
        pair = _add(element, "eventCode")
        _add(pair, "valueName", code.name)
        _add(pair, "value", code.value)
    for name, moment in (
        ("effective", info.effective),
        ("onset", info.onset),
        ("expires", info.expires),
    ):
        if moment is not None:
            _add(element, name, format_time(moment))
    for name, text in (
        ("senderName", info.sender_name),
        ("headline", info.headline),
        ("description", info.description),
        ("instruction", info.instruction),
        ("web", info.web),
    ):
        _add_optional(element, name, text)
    for area in info.areas:
        area_element = _add(element, "area")
        _add(area_element, "areaDesc", area.description)
        for polygon in area.polygons:
            _add(area_element, "polygon", polygon)
        for circle in area.circles:
            _add(area_element, "circle", circle)


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


# What XML 1.0 cannot carry (C0 controls but tab and line breaks, lone
# surrogates, U+FFFE and U+FFFF). The incident log stores the two
# non-characters exactly (they pass its text rules); an alert gets U+FFFD,
# the replacement character, in their place rather than failing.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _add(parent: Any, name: str, text: str | None = None) -> Any:
    element = etree.SubElement(parent, _tag(name))
    if text is not None:
        element.text = _NOT_XML.sub("\ufffd", text)
    return element


def _add_optional(parent: Any, name: str, text: str) -> None:
    if text:
        _add(parent, name, text)


# ---------------------------------------------------------------- reading


def parse(data: bytes) -> Alert:
    """The alert in `data` (any declared encoding, with or without a namespace prefix).

    Refused with a ValidationError on "file": not well-formed XML, a document
    type declaration, another root than CAP 1.2's <alert>, or anything the
    schema refuses (its first message, at its line).
    """
    root = parse_document(data)
    return Alert(
        identifier=_text(root, "identifier"),
        sender=_text(root, "sender"),
        sent=_time(root, "sent"),  # type: ignore[arg-type]  # required by the schema
        status=_text(root, "status"),
        msg_type=_text(root, "msgType"),
        scope=_text(root, "scope"),
        references=_text(root, "references"),
        incidents=_text(root, "incidents"),
        infos=tuple(_info(element) for element in root.iterfind("cap:info", _NS)),
    )


def parse_document(data: bytes) -> Any:
    """The root element of a CAP 1.2 document that the schema accepts."""
    if not data.strip():
        raise ValidationError({"file": translate("cap_file", "is empty")})
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as error:
        text = translate("cap_file", "is not well-formed XML: {problem}")
        raise ValidationError({"file": text.format(problem=error.msg)}, line=error.lineno) from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        # CAP declares no document type; one in an alert can only serve to pull in
        # entities (local files, other addresses) or to inflate the text.
        text = translate(
            "cap_file",
            "declares a document type (<!DOCTYPE …>), which a CAP alert never has; it is "
            "refused so that nothing outside the file is read",
        )
        raise ValidationError({"file": text}, line=1)
    name = etree.QName(root)
    if name.namespace != NAMESPACE or name.localname != "alert":
        if name.namespace:
            text = translate(
                "cap_file",
                "is not a CAP 1.2 alert: its root element is <{element}> in the namespace "
                "{namespace}, not <alert> in {cap}",
            )
        else:
            text = translate(
                "cap_file",
                "is not a CAP 1.2 alert: its root element is <{element}> without a namespace, "
                "not <alert> in {cap}",
            )
        found = text.format(element=name.localname, namespace=name.namespace, cap=NAMESPACE)
        raise ValidationError({"file": found}, line=int(root.sourceline or 1))
    problem = schema_problem(root)
    if problem is not None:
        line, message = problem
        text = translate("cap_file", "is not valid CAP 1.2: {problem}")
        raise ValidationError({"file": text.format(problem=message)}, line=line)
    return root


def _info(element: Any) -> AlertInfo:
    return AlertInfo(
        language=_text(element, "language"),
        categories=tuple(_texts(element, "category")),
        event=_text(element, "event"),
        urgency=_text(element, "urgency"),
        severity=_text(element, "severity"),
        certainty=_text(element, "certainty"),
        event_codes=tuple(
            Pair(_text(code, "valueName"), _text(code, "value"))
            for code in element.iterfind("cap:eventCode", _NS)
        ),
        effective=_time(element, "effective"),
        onset=_time(element, "onset"),
        expires=_time(element, "expires"),
        sender_name=_text(element, "senderName"),
        headline=_text(element, "headline"),
        description=_text(element, "description"),
        instruction=_text(element, "instruction"),
        web=_text(element, "web"),
        areas=tuple(
            AlertArea(
                description=_text(area, "areaDesc"),
                polygons=tuple(_texts(area, "polygon")),
                circles=tuple(_texts(area, "circle")),
            )
            for area in element.iterfind("cap:area", _NS)
        ),
    )


def _texts(parent: Any, name: str) -> list[str]:
    return [str(child.text or "") for child in parent.iterfind(f"cap:{name}", _NS)]


def _text(parent: Any, name: str) -> str:
    child = parent.find(f"cap:{name}", _NS)
    return "" if child is None else str(child.text or "")


def _time(parent: Any, name: str) -> datetime | None:
    child = parent.find(f"cap:{name}", _NS)
    if child is None:
        return None
    text = str(child.text or "").strip()
    try:
        # The schema's pattern makes this ISO 8601 with an offset (±hh:mm).
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        message = translate("cap_file", "{value} is not a date and time that can be read")
        raise ValidationError(
            {name: message.format(value=repr(text))}, line=int(child.sourceline or 1)
        )
    return moment
