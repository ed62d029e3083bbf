"""Entities: search by name, one entity with its evidence, its chain of command, its events."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.answer import json_answer
from api.deps import Store
from api.models import ActorEvent, ChainOfCommand, EntityDetail, Positions, RelationshipPage, SearchHit
from api.params import AsOf, limit_param
from graph import queries

Limit100 = limit_param(100)
Limit1000 = limit_param(1000)

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("/search", response_model=list[SearchHit])
def search(store: Store, q: Annotated[str, Query(min_length=1, description="A name or alias; accents, case and typos are forgiven")],
           label: Annotated[str | None, Query(description="Only nodes with this label (Person, PoliceUnit...)")] = None,
           limit: Limit100 = 20) -> list[dict]:
    """Entities by name or alias, ranked: exact, then prefix, then fuzzy ("vizcara" finds Martín Vizcarra)."""
    return queries.search(store, q, label, limit)


@router.get("/{id}", response_model=EntityDetail)
def entity(store: Store, id: str, first: Limit100 = 20) -> dict:
    """Properties, aliases, relationships grouped by type with their counts, the first `first`
    of each type (each with its evidence) and a cursor to the rest: the answer stays small
    however many reports name the entity."""
    return queries.entity(store, id, first)


@router.get("/{id}/relationships", response_model=RelationshipPage)
def relationships(store: Store, id: str, type: Annotated[str, Query(description="A relationship type")],
                  after: Annotated[str | None, Query(description="The cursor of the previous page")] = None,
                  limit: Limit100 = 20) -> dict:
    """One page of one type of an entity's facts, in id order."""
    return queries.relationships_page(store, id, type, after, limit)


@router.get("/{id}/positions", response_model=Positions)
def positions(store: Store, id: str, as_of: AsOf = None) -> dict:
    """The bodies a person heads, holds a post in or belongs to, as of the date."""
    return queries.positions(store, id, as_of)


@router.get("/{id}/chain-of-command", response_model=ChainOfCommand)
def chain_of_command(store: Store, id: str, as_of: AsOf = None) -> Response:
    """From a unit, a person or an event (its police and military participants) up to the top:
    one line per level in force on the date (the others `also_reported`, with why), who heads
    each level then, and every other line binding the same units. Never across countries."""
    return json_answer(ChainOfCommand, queries.chain_of_command(store, id, as_of))


@router.get("/{id}/events", response_model=list[ActorEvent])
def events(store: Store, id: str,
           type: Annotated[str | None, Query(description="Event type: visit, killing, dialogue_table...")] = None,
           limit: Limit1000 = 200) -> list[dict]:
    """One actor's visits and other events, in date order, with their role in each."""
    return queries.entity_events(store, id, type, limit)
