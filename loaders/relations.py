"""Relations between entities: positions and heads, lines of command, bases, who operates a mine,
where places are.

Each rule set reads phrases of loaders/data/relations.yaml (or titles of roles.yaml) and the
mentions on either side of them, so the sentence it read is the fact's evidence.
"""
from __future__ import annotations

from loaders.command import Command
from loaders.company_short_names import CompanyShortNames
from loaders.force_titles import ForceTitles
from loaders.head_clauses import HeadClauses
from loaders.lexicon import Lexicon, rules
from loaders.location_cues import LocationCues
from loaders.locations import Locations
from loaders.memberships import Memberships
from loaders.constituency_members import ConstituencyMembers
from loaders.model import Context
from loaders.operator_clauses import OperatorClauses
from loaders.owner_nouns import OwnerNouns
from loaders.ownership import Ownership
from loaders.oversight_clauses import OversightClauses
from loaders.position_clauses import PositionClauses
from loaders.positions import Positions
from loaders.project_clauses import ProjectClauses
from loaders.sole_operator import SoleOperator


class RelationExtractor:
    name = "relations"

    def __init__(self, lex: Lexicon):
        r = rules("relations.yaml", lex.language)
        # A company's short name first: every rule after reads its mentions as the company's. Then operators: a
        # base "on company property" names the company that operates the place.
        self.steps = [CompanyShortNames(lex, r), Ownership(lex, r), OperatorClauses(lex, r), OwnerNouns(lex, r), ProjectClauses(lex, r), Positions(lex, r),
                      Memberships(lex, r), ConstituencyMembers(lex, r), PositionClauses(lex, r), HeadClauses(lex, r), Command(lex, r),
                      OversightClauses(lex, r), ForceTitles(lex, r), Locations(lex, r), LocationCues(lex, r), SoleOperator(lex, r)]

    def __call__(self, ctx: Context) -> Context:
        for step in self.steps:
            step(ctx)
        return ctx
