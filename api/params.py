"""Query parameters several routers share, validated where they are declared (422 names them)."""
from __future__ import annotations

from typing import Annotated

from fastapi import Query

DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DATE_HELP = "ISO 8601 at any precision: 2016, 2016-10 or 2016-10-22"

DateFrom = Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN, description=f"Earliest date; {DATE_HELP}")]
DateTo = Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN, description=f"Latest date; {DATE_HELP}")]
AsOf = Annotated[str | None, Query(pattern=DATE_PATTERN, description=f"The date the answer holds for; {DATE_HELP}")]
NodeId = Annotated[str | None, Query(description="A node id, e.g. place:las-bambas")]


def limit_param(maximum: int) -> type:
    """`limit: limit_param(100) = 20`, as a module constant: at most `maximum` items."""
    return Annotated[int, Query(ge=1, le=maximum, description=f"At most this many (≤ {maximum})")]
