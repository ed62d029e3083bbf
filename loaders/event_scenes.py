"""The events of one scene: an arrest told after a clash was made by the clash's forces."""
from __future__ import annotations

from loaders.model import FORCES, Context, EventMention


def arrests_in_clashes(ctx: Context, events: list[EventMention], sents: dict[int, set[int]]) -> None:
    """"Riot police broke up the sit-in. Three members were taken into custody": an arrest whose clause
    names no one who made it was made by the forces of the clash told in its sentence or the one before."""
    clashes = [e for e in events if e.subclass == "Clash"]
    for arrest in (e for e in events if e.subclass == "Arrest"):
        if any(r == "perpetrator" for _, r in arrest.participants):
            continue
        own = sents[id(arrest)]
        clash = next((c for c in clashes if sents[id(c)] & (own | {s - 1 for s in own})
                      and not (c.date and arrest.date and c.date != arrest.date)), None)
        if clash is None:
            continue
        known = {p for p, _ in arrest.participants}
        for p, r in clash.participants:
            if r == "perpetrator" and ctx.entities[p].subclass in FORCES and p not in known:
                arrest.participants.append((p, "perpetrator"))
                arrest.participant_evidence[p] = clash.evidence
