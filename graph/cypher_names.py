"""Ontology names as Cypher text: labels, relationship types and property names cannot be
parameters, so the Neo4j store writes them into its queries only once checked here (every value
travels as a parameter)."""
from __future__ import annotations

import re

from graph.store import StoreError


def identifier(name: str) -> str:
    """A label or relationship type, quoted; anything else is refused."""
    if not re.fullmatch(r"[A-Z][A-Za-z_]*", name):
        raise StoreError(f"{name!r} is not an ontology label or type")
    return f"`{name}`"


def property_name(name: str) -> str:
    """A property name, quoted; anything else is refused."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise StoreError(f"{name!r} is not an ontology property")
    return f"`{name}`"
