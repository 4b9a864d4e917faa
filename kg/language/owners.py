"""Owners: whose a thing named by a phrase is.

A mixin of :class:`kg.language.resolve.Resolver` (which provides ``lex``, ``mentions``, ``acts``, ``made`` and
``refs``): the possessor ("Sweden's bid"), the doers of an act ("the decision by Sweden", "Pakistani shelling"), the
actors named in its modifiers ("North Korea's", "Japanese", "NATO"), where a thing is based ("companies based in Hong
Kong"), whose seat a clause opens on ("In Moscow, the Foreign Ministry said"), who holds a gathering ("the meeting of
the Security Council") and, from earlier in the article, who made or holds the thing told again ("the levy", "the
meeting").
"""

from __future__ import annotations

from spacy.tokens import Token

from .anaphora import ANTECEDENT_WINDOW
from .refs import MODIFIER_DEPTH, MODIFIERS, SUBJECTS, Ref

__all__ = ["Owners"]


class Owners:
    """The moves of the resolver that find whose a thing is."""

    def _owned(self, tok: Token, lemma: str, role: str, owner: bool) -> list[Ref]:
        """The owner of what ``tok`` names, when an owner is asked for (or it is a target that owners stand for)."""
        if lemma in self.lex["relational_polities"] | self.lex["opponent_nouns"]:
            return []  # "a close U.S. ally", "Russia's rivals": another than the one named
        if owner or (lemma in self.lex["owner_nouns"] and role == "target"):
            possessors = [c for c in tok.children if c.dep_ == "poss"]  # "Sweden's bid" belongs to Sweden
            possessors = possessors or [g for c in tok.lefts if c.dep_ == "compound" for g in c.children if g.dep_ == "poss"]
            # "a probe into war crimes by Israeli forces", "rejected remarks by Turkish President Erdogan"
            done = lemma in self.acts or lemma in self.lex["crime_nouns"] or lemma in self.lex["claim_nouns"]
            possessors = possessors or (self.doers_by(tok) if done else [])
            possessors = possessors or self._relative_maker(tok, lemma)
            # "fund the reconstruction of Ukraine": its; "a resolution of the Organization of American States", "the
            # headquarters of Hamas": its
            if not possessors and lemma in self.lex["patient_nouns"] | self.lex["tabled_nouns"] | self.lex["held_nouns"]:
                possessors = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "at") for p in c.children]
                # "two air bases in Iraq housing U.S. troops": whose forces they house
                housed = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex["housing_verbs"]]
                possessors = possessors or [o for c in housed for o in c.children if o.dep_ == "dobj"]
            possessors = possessors or ([] if owner else self._holders(tok))  # "attended the meeting of the Security Council"
            found = [r for c in possessors for r in self.refs(c, owner=c.head.lower_ in ("of", "at"))]  # "Kyiv's main hospital"
            dated = any(c.ent_type_ in ("DATE", "TIME") for c in possessors)  # "next month's BRICS summit": no one's
            found = found or ([] if dated else self._modifier_refs(tok)) or ([] if possessors else self._rulers(tok))
            found += (self._makers(tok) if lemma in self.lex["agreement_nouns"] else []) + self._examples(tok)
            if lemma in self.lex["tabled_nouns"]:  # "the Iraq war resolution", "a Gaza ceasefire resolution": the topic's
                tabled = self.lex["tabled_nouns"]  # places are no makers (nor one set before such a noun)
                topics = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_ not in tabled]
                named = {r.key for c in topics for r in self._modifier_refs(c, 1)}
                before = [m for c in topics for m in tok.lefts if m.i == c.i - 1 and m.i in self.mentions]
                named |= {r.key for m in before for r in self.ref(m)}
                found = [r for r in found if r.key not in named]
                # "a U.S.-sponsored U.N. resolution": its sponsor's, not the body's
                found = [r for r in self._makers(tok) + found if self.types.get(r.key) == "state"] or found
            found = [
                Ref(r.key, r.text, r.via if r.via in ("site", "harbour") else "owner", r.person)
                for r in found or self._makers(tok)
            ]
            return found or ([] if owner else self._earlier_holders(tok)) or self._earlier_maker(tok)  # "PKK bases in Iraq"
        if role == "target" and tok.pos_ == "NOUN":  # "condemned Israel's approval of ...", "the decision by Sweden"
            owners = [c for c in tok.children if c.dep_ == "poss"] or self.doers_by(tok)
            if not owners and lemma in self.acts:  # "protested about Pakistani shelling": an act's demonym is its doer
                owners = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i in self.mentions]
            found = [Ref(r.key, r.text, "owner", r.person) for c in owners for r in self.ref(c)]
            found = found or self._rulers(tok)
            return found or (self._earlier_maker(tok) if lemma in self.made else [])  # "condemned the levy" proposed before
        return []

    def _relative_maker(self, tok: Token, lemma: str) -> list[Token]:
        """Who makes a thing in a clause on it: "the claim La Paz brought against Santiago", "the accusations Washington
        made" (``made_things`` with their verbs, and ``making_verbs``; not "the claims Washington rejected"), and who
        asks for it ("the cuts London had demanded": ``proposing_verbs``)."""
        making = self.lex["making_verbs"] | self.made.get(lemma, frozenset())
        made = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in making] if lemma in self.made else []
        made += [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in self.lex["proposing_verbs"]]
        made = [c for c in made if not any(d.dep_ == "dobj" and d.lower_ not in ("that", "which") for d in c.children)]
        return [s for c in made for s in c.children if s.dep_ == "nsubj"]  # ("the accusations that Washington made")

    def _modifier_refs(self, tok: Token, depth: int = 0) -> list[Ref]:
        """Actors named in the modifiers of ``tok``: "North Korea's", "Japanese", "NATO"."""
        out: list[Ref] = []
        other_side = tok.lemma_.lower() in self.lex["counterpart_nouns"]
        if tok.lemma_.lower() in self.lex["opponent_nouns"] and tok.tag_ in ("NNS", "NNPS"):
            return out  # "gives military support to Chinese rivals in Asia": China's rivals
        signed = tok.lemma_.lower() in self.lex["agreement_nouns"]
        kinds = {tok.lemma_.lower(), *(c.lemma_.lower() for c in tok.lefts if c.dep_ == "compound")}  # "militia targets"
        proxy = any(kinds & self.lex[k] for k in ("agentive_nouns", "armed_nouns", "group_nouns"))
        if kinds & self.lex["polity_nouns"] and any(c.lower_ in self.lex["subnational_words"] for c in tok.lefts):
            return out  # "Bosnia's autonomous Serb Republic", "Georgia's breakaway republic": a region, no state
        for child in tok.lefts:
            if child.dep_ not in MODIFIERS or (other_side and child.dep_ == "poss"):
                continue  # "his counterparts from Japan", "Blinken's Chinese counterpart": not the possessor's people
            if child.tag_ == "VBN" and child.lemma_.lower() in self.lex["affiliation_participles"]:
                # "Iran-backed militants", "al Qaeda-linked militants" are not their patron's forces; a charge against them
                # is laid at its door; "the U.N.-recognised government" is not the U.N.'s at all (but "a U.S.-sponsored
                # resolution" is the U.S.'s)
                if proxy:
                    out += [Ref(r.key, r.text, "harbour", None) for r in self._modifier_refs(child, depth + 1)]
                    continue
                if kinds & (self.lex["office_nouns"] | self.lex["polity_nouns"]):
                    continue
            mention = self.mentions.get(child.i)
            if mention is not None and child.i > 1 and [t.lower_ for t in self.doc[child.i - 2 : child.i]] == ["pro", "-"]:
                out.append(Ref(mention.key, mention.text, "harbour", None))  # "pro-Russian rebels" are not Russia's forces
                continue
            if mention is not None and signed and mention.label == "CAPITAL" and child.dep_ != "poss":
                continue  # "the Paris climate agreement", "the Minsk accords": where it was signed, not a party
            weapon = tok.lemma_.lower() in self.lex["weapon_nouns"]
            if mention is not None and mention.label == "CAPITAL" and child.dep_ == "compound" and weapon:
                continue  # "the Rangoon bomb": where it went off, not whose it was
            seat = mention is not None and mention.label == "CAPITAL" and self.types.get(mention.key) != "state"
            if seat and child.dep_ == "compound" and tok.lemma_.lower() not in self.actor_nouns:
                continue  # "Brussels airport": a bloc's seat names a place there ("Brussels officials" are the bloc's)
            if mention is not None and mention.key in self.groups:  # "the Baltic states' ministers": each member's;
                # "the two Gulf states' foreign ministers": the two named before
                out += [Ref(r.key, r.text, "office" if r.via == "mention" else r.via, r.person) for r in self.ref(child)]
            elif mention is not None:
                out.append(Ref(mention.key, mention.text, "office", mention.person))
                out += [self._mention_ref(c) for c in child.conjuncts if c.i in self.mentions]  # "US and Ukrainian officials"
                out += [  # "the U.S.-South Korean drills": the first of a hyphenated pair hangs on the second
                    self._mention_ref(c)
                    for c in child.lefts
                    if c.i in self.mentions and c.i + 1 < child.i and self.doc[c.i + 1].text == "-"
                ]
            elif child.dep_ == "poss" and (
                child.lower_ in (*self.lex["pronouns"], "island", "whose")
                or self._group_size(child)
                or (proxy and self._the_polity(child))
            ):  # "their", "whose", "the three countries' leaders", "the country's army" (not its ministry), "the island's"
                out.extend(self.ref(child))
            elif depth < MODIFIER_DEPTH:
                out.extend(
                    self._modifier_refs(child, depth + 1) or (self._titled(child, depth + 1) if child.dep_ == "poss" else [])
                )
        return out

    def _seat_radio(self, tok: Token) -> bool:
        """Whether a broadcaster named by a capital is its state's voice, as wire copy names one: "Tehran radio said",
        "Hanoi radio accused China" (not "Israeli media reported")."""
        if tok.lemma_.lower() not in self.lex["broadcast_nouns"]:
            return False
        seats = (self.mentions.get(c.i) for c in tok.lefts if c.dep_ in ("compound", "nmod"))
        return any(m is not None and m.label == "CAPITAL" for m in seats)

    def _holders(self, tok: Token) -> list[Token]:
        """Who holds a gathering named with "of": "the meeting of the Security Council" (also "called a meeting Wednesday
        of the Security Council", the "of" hung on the verb); a body or state named, not people ("of European leaders")."""
        if tok.lemma_.lower() not in self.lex["venue_nouns"]:
            return []
        heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
        of = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i]
        return [p for c in of for p in c.children if p.dep_ == "pobj" and p.i in self.mentions]  # (not "of European leaders")

    def _earlier_holders(self, tok: Token) -> list[Ref]:
        """Who holds "the meeting" told before as held by someone: "a meeting of the Security Council ... Iran's
        ambassador attended the meeting"."""
        if not any(c.lower_ == "the" for c in tok.children) or tok.lemma_.lower() not in self.lex["venue_nouns"]:
            return []
        before = [t for t in self.doc[max(0, tok.i - ANTECEDENT_WINDOW) : tok.i] if t.lemma_ == tok.lemma_ and self._holders(t)]
        return [Ref(r.key, r.text, "owner", r.person) for p in self._holders(before[-1]) for r in self.refs(p)] if before else []

    def _based(self, tok: Token) -> list[Ref]:
        """The state where a thing is: "five companies based in Hong Kong", "firms in Iran and Belarus", or whose name
        says so: "the State Bank of Pakistan"."""
        heads = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex["located_words"])]
        preps = ("in", "of") if tok.pos_ == "PROPN" else ("in",)
        places = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children]
        return [r for p in places if p.dep_ == "pobj" for r in self.refs(p, "place") if self.types.get(r.key) == "state"]

    def _fronted_seat(self, tok: Token) -> list[Ref]:
        """The state whose capital a clause opens on owns an office it names with no owner: "In Moscow, the Foreign
        Ministry condemned ..." is Russia's (not the state named before)."""
        if tok.dep_ not in SUBJECTS or any(c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE") for c in tok.children):
            return []
        fronted = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < tok.i]
        seats = [p for c in fronted for p in c.children if p.i in self.mentions and self.mentions[p.i].label == "CAPITAL"]
        return [Ref(r.key, r.text, "office", r.person) for p in seats for r in self.refs(p, "place")]

    def _owned_conduct(self, tok: Token, exclude: set[str]) -> list[Ref]:
        """Whose conduct named before in the sentence it is: "Somalia's decision to ..., calling the move an affront"."""
        told = [t for t in self.doc[tok.sent.start : tok.i] if t.lemma_.lower() in self.lex["conduct_nouns"]][-1:]
        refs = [r for t in told for c in t.children if c.dep_ == "poss" for r in self.refs(c) if r.key not in exclude]
        return [Ref(r.key, r.text, "anaphora", r.person) for r in refs]
