"""Brokers and communities with networkx, over a bounded neighbourhood (never the whole graph).

Betweenness picks the actors that sit between others (company and state, communities and
government); communities are Louvain's, seeded so that the same graph gives the same answer.
"""
from __future__ import annotations

import networkx as nx

from graph import queries
from graph.store import GraphStore


def brokers(store: GraphStore, center: str, depth: int = 2, labels: list[str] | None = None,
            limit: int = 300, top: int = 10) -> dict:
    nodes, edges, truncated = queries.neighbourhood(store, center, depth, labels, limit)
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((r.start, r.end) for r in edges if r.start != r.end)
    betweenness = nx.betweenness_centrality(graph) if len(graph) > 2 else dict.fromkeys(graph, 0.0)
    degree = nx.degree_centrality(graph) if len(graph) > 1 else dict.fromkeys(graph, 0.0)
    groups = sorted(nx.community.louvain_communities(graph, seed=0), key=lambda c: (-len(c), sorted(c)))
    community_of = {n: i for i, group in enumerate(groups) for n in group}

    def kind(node_id: str) -> str:
        out = queries.node_out(nodes[node_id])
        return out["subclass"] or out["class"] or "?"

    ranked = sorted(graph, key=lambda n: (-betweenness[n], -degree[n], n))[:top]
    return {
        "center": center, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "truncated": truncated,
        "brokers": [{"node": queries.node_out(nodes[n]), "betweenness": round(betweenness[n], 4),
                     "degree": round(degree[n], 4), "community": community_of[n],
                     "bridges": len({community_of[m] for m in graph[n]} - {community_of[n]}),
                     "neighbour_kinds": sorted({kind(m) for m in graph[n]})} for n in ranked],
        "communities": [{"id": i, "size": len(group), "members": [queries.node_out(nodes[n]) for n in sorted(group)]}
                        for i, group in enumerate(groups)],
    }
