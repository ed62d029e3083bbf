"""A report's national police force: the gazetteer's force of the country the report was read as, or the one force the
report names by a national force's name (roles.yaml `national_force_name`: "Ghana Police Service")."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, key, rules
from loaders.model import Context


def gazetteer_police(lex: Lexicon, ctx: Context) -> str | None:
    """The gazetteer's national police of the report's country."""
    return next((e.name for e in lex.entries.values() if e.subclass == "PoliceUnit"
                 and e.country == ctx.country and "police" in e.generic), None)


class OwnForce:
    """The one national police force the report names, where it does not name the gazetteer's force of the country it
    was read as by that force's name: a report of a country the gazetteer lacks is read as another's, and the word
    "police" then stands for that country's force."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.name = re.compile(rules("roles.yaml", lex.language).get("national_force_name") or "(?!)")

    def __call__(self, ctx: Context) -> str | None:
        police = gazetteer_police(self.lex, ctx)
        named = {e.id for e in ctx.entities.values() if e.subclass == "PoliceUnit" and e.mentions}
        entry = self.lex.entries.get(police) if police else None
        forms = {key(n) for n in (entry.name, *entry.aliases)} if entry else set()
        if any(key(m.text) in forms for i in named if ctx.entities[i].entry == police for m in ctx.entities[i].mentions):
            return None     # the force of the country read is named by its name, not only by the word "police"
        forces = [i for i in named if not ctx.entities[i].entry and self.name.search(ctx.entities[i].name)]
        return forces[0] if len(forces) == 1 else None
