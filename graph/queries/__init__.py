"""The analysts' questions, one module each, sharing graph/queries/core.py.

`from graph import queries; queries.chain_of_command(store, ...)` keeps working: every question
and the shared shapes are re-exported here.
"""
from graph.queries.chain import chain_of_command
from graph.queries.commitments import commitments
from graph.queries.core import (TOLERANCE, InvalidArgument, NotApplicable, NotFound, document_ref, documents_of,
                                edge_out, event_label, evidence, in_force, node_out, require, stub_out)
from graph.queries.documents import document, document_summary, documents
from graph.queries.entity import entity, positions, relationships_page
from graph.queries.events import entity_events, event_detail, event_summary, timeline, visits
from graph.queries.paths import paths
from graph.queries.search import search
from graph.queries.subgraph import neighbourhood, subgraph

__all__ = ["TOLERANCE", "InvalidArgument", "NotApplicable", "NotFound", "chain_of_command", "commitments",
           "document", "document_ref", "document_summary", "documents", "documents_of", "edge_out", "entity",
           "entity_events", "event_detail", "event_label", "event_summary", "evidence", "in_force", "neighbourhood",
           "node_out", "paths", "positions", "relationships_page", "require", "search", "stub_out", "subgraph", "timeline",
           "visits"]
