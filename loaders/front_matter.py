"""YAML front matter: parsed without aliases, anchors or tags, and checked by a pydantic model.

An alias bomb (a few hundred bytes of `&a [*b, *b, …]`) expands to gigabytes, and tags name
Python types: neither has a place in a report's metadata, so both are refused before anything
is built. Dates stay text in YAML and are checked here, at the precision the report gives.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError
from pydantic_core import PydanticCustomError

FRONT_MATTER_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
FRONT_MATTER_CLOSE = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.M)
YEAR_OR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class FrontMatterError(ValueError):
    """The front matter is unreadable or a field is wrong; `field` names the field if one is."""

    def __init__(self, problem: str, field: str | None = None):
        self.field = field
        super().__init__(problem)


class FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, anchors and explicit tags, and leaves dates as text."""

    yaml_implicit_resolvers = {first: [(tag, rx) for tag, rx in resolvers if tag != TIMESTAMP_TAG]
                               for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or event.anchor is not None or getattr(event, "tag", None) is not None:
            raise yaml.MarkedYAMLError(problem="YAML aliases, anchors and tags are not allowed in front matter",
                                       problem_mark=event.start_mark)
        return super().compose_node(parent, index)


def normalise_date(value: Any) -> str | None:
    """The ISO date at the precision given (2016, 2016-10, 2016-10-22); a datetime gives its day."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _bad_date(value)
    text = str(value).strip()
    if m := YEAR_OR_MONTH.fullmatch(text):
        year, month = m.groups()
        if month and not 1 <= int(month) <= 12:
            raise _bad_date(value, f"no month {month}")
        return f"{year}-{month}" if month else year
    try:
        return (dt.datetime.fromisoformat(text) if len(text) > 10 else dt.date.fromisoformat(text)).strftime("%Y-%m-%d")
    except ValueError:
        raise _bad_date(value) from None


def _bad_date(value: Any, why: str = "use 2016, 2016-10 or 2016-10-22") -> PydanticCustomError:
    # pydantic fills {names} in the template from the context: the value goes in already quoted.
    return PydanticCustomError("date", "bad published date {value} ({why})", {"value": repr(value), "why": why})


def _text(value: Any) -> str | None:
    """A scalar as text: YAML reads `title: 2016` as a number, which is still a title."""
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None
    raise PydanticCustomError("text", "must be text, not a {kind}", {"kind": type(value).__name__})


Text = Annotated[str | None, BeforeValidator(_text)]
Published = Annotated[str | None, BeforeValidator(normalise_date)]


class FrontMatter(BaseModel):
    """The metadata a report states; keys beyond these are kept as they are (`model_extra`)."""
    model_config = ConfigDict(extra="allow")

    title: Text = None
    publisher: Text = None
    url: Text = None
    published: Published = None
    language: Text = None


def split_front_matter(text: str) -> tuple[dict, str]:
    """The front matter as a mapping, and the body after it (text without front matter: {}, text)."""
    opened = FRONT_MATTER_OPEN.match(text)
    if not opened:
        return {}, text
    closed = FRONT_MATTER_CLOSE.search(text, opened.end())
    if not closed:
        raise FrontMatterError("front matter opened by '---' on the first line is never closed by a '---' line")
    try:
        meta = yaml.load(text[opened.end():closed.start()], Loader=FrontMatterLoader) or {}
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"malformed front matter: {' '.join(str(exc).split())}") from None
    if not isinstance(meta, dict):
        raise FrontMatterError("malformed front matter: not a mapping of keys to values")
    return meta, text[closed.end():]


def validate_front_matter(meta: dict) -> FrontMatter:
    try:
        return FrontMatter.model_validate({str(k): v for k, v in meta.items()})
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(map(str, error["loc"]))
        raise FrontMatterError(f"front matter {field}: {error['msg']}", field) from None
