"""Which mention clusters of a report are one actor: a short name and the full one ("Vizcarra",
"Martín Vizcarra"), a short form of a body ("the Interior Ministry"), a name and the other in
parentheses, the people of a community and the community ("comuneros de F"). Each join merges
two clusters of loaders/resolve.py; `vote` is the class the members' weights give a cluster.
"""
from __future__ import annotations

import re
from collections import defaultdict

from graph.names import base_key
from loaders.lexicon import Lexicon, key
from loaders.model import Mention

PAREN_OPEN = re.compile(r"\s*\(\s*")
PAREN_CLOSE = re.compile(r"\s*\)")
# The kinds of place a report names again by the first words of its name ("Bento" for "Bento Rodrigues").
SHORT_FORM_PLACES = {"Settlement", "Mine"}
PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "do", "dos", "van", "von", "di"}


def vote(members: list[Mention]) -> tuple[str | None, str | None]:
    """A cluster's class and subclass: those its members weigh most for."""
    score: dict[str, int] = defaultdict(int)
    sub: dict[tuple[str, str], int] = defaultdict(int)
    for m in members:
        if m.cls:
            score[m.cls] += m.weight
            if m.subclass:
                sub[(m.cls, m.subclass)] += m.weight
    if not score:
        return None, None
    cls = max(sorted(score), key=lambda c: score[c])
    subs = {s: w for (c, s), w in sub.items() if c == cls}
    return cls, (max(sorted(subs), key=lambda s: subs[s]) if subs else None)


class ClusterJoins:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.type_words_before = {key(w) for w in lex.typing.get("type_words_before") or []}
        self.feature_heads = {key(w) for w in lex.typing.get("feature_first_words") or []}
        # "the Wanmala people", "the Mamanwa tribe": a people, by the word after its name (typing.yaml `people_words`).
        peoples = lex.typing.get("people_words") or []
        self.people_after = re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, peoples))})\b", re.I) if peoples else None

    def __call__(self, text: str, mentions: list[Mention], clusters: dict[str, list[Mention]]) -> None:
        self._join_short_names(clusters)
        self._join_short_forms(text, clusters)
        self._companies_named_as_their_mine(clusters)
        self._join_parenthesised(text, mentions, clusters)
        self._join_people_of_communities(clusters)

    def _join_short_names(self, clusters: dict[str, list[Mention]]) -> None:
        suffixes: dict[str, set[str]] = defaultdict(set)
        for k, members in clusters.items():
            if vote(members)[0] != "Person":
                continue
            for m in members:
                words = key(m.name or m.text).split()
                for i in range(1, len(words)):
                    if words[i] not in PARTICLES or i < len(words) - 1:
                        suffixes[" ".join(words[i:])].add(k)
                if len(words) == 3 and not PARTICLES & set(words):
                    # "Minister Ísmodes" after "Francisco Ísmodes Mezzano": the first surname alone.
                    suffixes[words[1]].add(k)
        for k in sorted(clusters):
            if not k.startswith("name:") or k not in clusters:
                continue
            owners = suffixes.get(k[5:], set()) - {k}
            if len(owners) == 1:
                owner = owners.pop()
                if owner in clusters:
                    for m in clusters.pop(k):
                        if m.cls not in (None, "Person") and m.weight >= 4:
                            m.cls, m.subclass = "Person", None
                        clusters[owner].append(m)

    def _join_parenthesised(self, text: str, mentions: list[Mention], clusters: dict[str, list[Mention]]) -> None:
        """"the Public Prosecutor's Office (Ministerio Público)", "Región Policial Cusco" in brackets
        after "the Cusco police region": a body named again in parentheses, in the other language
        or by a short form, is one body; both forms become its names."""
        where = {id(m): k for k, members in clusters.items() for m in members}
        # A pair read around its place ("the Provincial Council (Municipalidad Provincial) of Islay"):
        # the other form, named alone elsewhere, is the same body.
        for m in mentions:
            for alias in m.aliases:
                k, other = where.get(id(m)), "name:" + key(alias)
                if k in clusters and other in clusters and other != k:
                    clusters[k].extend(clusters.pop(other))
                    for x in clusters[k]:
                        where[id(x)] = k
        ordered = sorted(mentions, key=lambda m: (m.start, m.end))
        for outer, inner in zip(ordered, ordered[1:]):
            if not PAREN_OPEN.fullmatch(text, outer.end, inner.start) or not PAREN_CLOSE.match(text, inner.end):
                continue
            a, b = where.get(id(outer)), where.get(id(inner))
            if a is None or b is None or a == b or a not in clusters or b not in clusters:
                continue
            if vote(clusters[a])[0] != "Organization" or vote(clusters[b])[0] != "Organization":
                continue
            if a.startswith("gaz:") and b.startswith("gaz:"):
                continue        # two known bodies: the text relates them, it does not rename one
            keep, drop = (b, a) if b.startswith("gaz:") and not a.startswith("gaz:") else (a, b)
            clusters[keep].extend(clusters.pop(drop))
            for m in clusters[keep]:
                where[id(m)] = keep

    def _join_people_of_communities(self, clusters: dict[str, list[Mention]]) -> None:
        """"los comuneros de Fuerabamba" beside "la comunidad campesina de Fuerabamba": the people
        of a community (typing.yaml `people_of`) named by its place are that community, where the
        report names exactly one community of that place (graph/names.py's key of a community)."""
        nouns = self.lex.typing.get("people_of") or []
        if not nouns:
            return
        people = re.compile(rf"^(?:{'|'.join(map(re.escape, nouns))})\s+(?:\w+\s+)?(?:de|del|of|from|in)\s+(?:la\s+|the\s+)?(?P<place>.+)$")
        communities = {k: base_key(members[0].name or members[0].text, "Organization")
                       for k, members in clusters.items() if vote(members) == ("Organization", "Community")}
        for k in sorted(communities):
            found = people.match(k[5:]) if k.startswith("name:") else None
            if found is None or k not in clusters:
                continue
            owners = [o for o, place in communities.items() if o != k and o in clusters and place == found.group("place")]
            if len(owners) == 1:
                clusters[owners[0]].extend(clusters.pop(k))

    def _join_short_forms(self, text: str, clusters: dict[str, list[Mention]]) -> None:
        """"Defensoría" after "Defensoría del Pueblo", "Jangas district" beside "Jangas": a name
        that is the start of exactly one other name of its class, or that name plus a type word."""
        forms: dict[str, set[str]] = defaultdict(set)
        for k, members in clusters.items():
            for m in members:
                forms[key(m.name or m.text)].add(k)
        type_words = set(self.lex.typing["after"])
        for k in sorted(clusters):
            if not k.startswith("name:") or k not in clusters:
                continue
            cls = vote(clusters[k])[0]
            short = k[5:]
            words = short.split()
            stripped = " ".join(words[:-1]) if len(words) > 1 and words[-1] in type_words else None
            # "Kantu Mining" beside "the Kantu copper mine": a company's kind word never makes it the place it is named after.
            to_place = stripped is not None and self.lex.typing["after"][words[-1]][0] != "Organization"
            if len(words) > 2 and words[0] in self.type_words_before and words[1] in ("de", "del"):
                stripped, to_place = " ".join(words[2:]), True      # "distrito de Corani" beside "Corani"
            # An untyped name ("Oro Andino", which NER saw but no cue typed) is the body it starts; a people is not the
            # body named after it ("the Wanmala people" beside "the Wanmala Aboriginal Corporation").
            people = self.people_after is not None and any(self.people_after.match(text, m.end) for m in clusters[k])
            owners = set() if people else {o for f, ks in forms.items() for o in ks
                      if o != k and o in clusters and (f == stripped or (cls in ("Organization", None) and f.startswith(short + " ")))
                      and vote(clusters[o])[0] in (cls or "Organization", "Place" if to_place else cls or "Organization")}
            # "Quilish" beside "Cerro Quilish": a place's name after a feature's kind word (typing.yaml `feature_first_words`).
            owners = owners or {o for h in self.feature_heads if cls in ("Place", None)
                                for o in forms.get(f"{h} {short}", ()) if o != k and o in clusters and vote(clusters[o])[0] == "Place"}
            if not owners and cls == "Place" and vote(clusters[k])[1] in SHORT_FORM_PLACES:
                owners = self._place_opened_by(text, k, clusters, forms, self._mine_named_with_kind)
            if len(owners) > 1 and stripped:
                # "Kawina Mining" beside "Kawina" and "Kawina Mining N.V.": the one name it starts.
                prefixed = {o for o in owners if any(f.startswith(short + " ") for f, ks in forms.items() if o in ks)}
                owners = prefixed if len(prefixed) == 1 else owners
            if not owners and cls in ("Person", "Place") and len(words) <= 3 and self.lex.typing.get("company_short_names") \
                    and all(m.weight <= 1 and m.source == "ner" for m in clusters[k]):
                # "Hudmet" after "Hudmet Minerals", "Tapajós Ouro" after "Tapajós Ouro Mineração Ltda.",
                # which NER read as a person or, with no cue, a place: the company it starts, where no
                # person of the report bears the words.
                owners = {o for f, ks in forms.items() for o in ks if o != k and o in clusters and f.startswith(short + " ")
                          and vote(clusters[o])[1] == "Company"}
                # ... nor a place's ("Copperbelt" beside "Copperbelt Province" and "Copperbelt Star Mining").
                if any(vote(ms)[0] == "Person" and set(words) <= set(key(m.name or m.text).split())
                       or vote(ms)[0] == "Place" and key(m.name or m.text).startswith(short + " ")
                       for o, ms in clusters.items() if o != k for m in ms):
                    owners = set()
            if len(owners) == 1:
                clusters[owners.pop()].extend(clusters.pop(k))

    @staticmethod
    def _companies_named_as_their_mine(clusters: dict[str, list[Mention]]) -> None:
        """"Norvale said the mine had complied" beside "the Norvale mine" and "Norvale Resources": where the mine and
        the company share their first words, what NER read as a body by that name is the one company's, not the mine's."""
        companies = {o: {key(m.name or m.text) for m in ms} for o, ms in clusters.items() if vote(ms) == ("Organization", "Company")}
        for k in sorted(clusters):
            if not k.startswith("name:") or vote(clusters[k]) != ("Place", "Mine"):
                continue
            bodies = [m for m in clusters[k] if m.cls == "Organization" and m.source == "ner" and m.weight <= 1]
            owners = {o for o, forms in companies.items() if any(f.startswith(k[5:] + " ") for f in forms)}
            if bodies and len(owners) == 1:
                clusters[k] = [m for m in clusters[k] if m not in bodies]
                clusters[owners.pop()].extend(bodies)

    def _mine_named_with_kind(self, words: str) -> bool:
        """"gold mine", "project": the words after a mine's name that say it is one (typing.yaml `after`)."""
        words = words.split()
        return 0 < len(words) <= 2 and tuple(self.lex.typing["after"].get(words[-1], ())) == ("Place", "Mine")

    @staticmethod
    def _place_opened_by(text: str, k: str, clusters: dict[str, list[Mention]], forms: dict[str, set[str]], mine_kind) -> set[str]:
        """"Nobody in Bento heard a siren" after "Bento Rodrigues", "came to San Lucas" after "San Lucas
        Ixcacao": a village or a mine named again by its first words is the one place of its kind the report
        names in full with them, first or where NER cut the full name short ("in Bento Rodrigues on Saturday"
        read as "Bento"); whatever its kind, a name a mine's kind words follow ("Nkwanta" after "Nkwanta Gold Mine")."""
        short, kind = k[5:], vote(clusters[k])
        first = min(m.start for m in clusters[k])
        return {o for f, ks in forms.items() if f.startswith(short + " ") for o in ks
                if o != k and o in clusters and (vote(clusters[o]) == kind or vote(clusters[o]) == ("Place", "Mine")
                                                 and mine_kind(f[len(short) + 1:])) and any(
                    o_m.start < first or any(key(text[m.start:m.start + len(o_m.text)]) == key(o_m.text) for m in clusters[k])
                    for o_m in clusters[o])}
