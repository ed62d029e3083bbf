"""Events: a timeline, one event, and visits with who attended them."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.answer import typed_answer
from api.deps import Store
from api.models import ChainOfCommand, EventDetail, EventSummary
from api.params import AsOf, DateFrom, DateTo, NodeId, limit_param
from graph import queries

Limit2000 = limit_param(2000)
Limit500 = limit_param(500)

router = APIRouter(tags=["events"])


@router.get("/events", response_model=list[EventSummary])
def timeline(store: Store, conflict: NodeId = None, place: NodeId = None,
             type: Annotated[str | None, Query(description="Event type: visit, killing, dialogue_table...")] = None,
             actor: NodeId = None, date_from: DateFrom = None, date_to: DateTo = None,
             limit: Limit2000 = 200) -> list[dict]:
    """A timeline of events, sorted by date, each with its date's precision."""
    return queries.timeline(store, conflict, place, type, actor, date_from, date_to, limit)


@router.get("/events/{id}", response_model=EventDetail)
def event(store: Store, id: str) -> Response:
    """An event with its participants and roles, merged across every report, each with its sources."""
    return typed_answer(queries.event_detail(store, id))


@router.get("/events/{id}/chain-of-command", response_model=ChainOfCommand)
def chain_of_command(store: Store, id: str, as_of: AsOf = None) -> dict:
    """Who commanded the police and military units that took part, on the event's date (or `as_of`)."""
    return queries.chain_of_command(store, id, as_of, event_only=True)


@router.get("/visits", response_model=list[EventDetail])
def visits(store: Store, place: NodeId = None, person: NodeId = None,
           date_from: DateFrom = None, date_to: DateTo = None, limit: Limit500 = 50) -> Response:
    """Visits with their attendees and roles, merged across every report that mentions them."""
    return typed_answer(queries.visits(store, place, person, date_from, date_to, limit))
