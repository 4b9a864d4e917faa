"""Makers: who made a thing a phrase names. A mixin of :class:`kg.language.resolve.Resolver` (which provides ``lex``,
``mentions``, ``places``, ``types`` and ``refs``): "a resolution drafted by the US and Japan", "the proposal [by
Pakistan]", "the ceasefire agreed with Ukraine", "imports of Russian oil", "sites in Pakistan"; whose ground a place is,
who rules where an act of rule happens ("the coup in Niger"), where unnamed militants are harboured; and, from earlier
in the article, who made what a state denies and whose proposal a bare refusal answers (possessors are :mod:`.owners`)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from .anaphora import ANTECEDENT_WINDOW, GROUP_WINDOW
from .refs import SUBJECTS, Mention, Ref

__all__ = ["FOCUS_MENTIONS", "Makers", "made_things"]

#: An article is about the state it names at least this often (and more often than any other).
FOCUS_MENTIONS = 3


class Makers:
    """The moves of the resolver that find who made a thing."""

    def focus(self, exclude: set[str]) -> list[Ref]:
        """The state an article is about: named (by name, capital, demonym or leader) at least ``FOCUS_MENTIONS`` times
        and more often than any other state outside ``exclude``; none when two are named as often."""
        starts = [m for i, m in self.mentions.items() if self.mentions.get(i - 1) is not m]
        counts: dict[str, int] = {}
        for m in starts:
            if self.types.get(m.key) == "state" and m.key not in exclude:
                counts[m.key] = counts.get(m.key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < FOCUS_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return []
        return [Ref(ranked[0][0], "", "focus", None)]

    def doers_by(self, tok: Token) -> list[Token]:
        """The objects of a noun's "by" phrase, also hung on the active verb the noun is the object of ("rejected the
        proposal [by Pakistan]"), and for ``doer_of_nouns`` of "of" ("the provocations of the Philippines"); the agent of
        a participle of wielding on it ("a missile fired by the Houthis", "a car bomb claimed by the ELN": ``wielding_verbs``,
        ``claiming_verbs``; not "backed by"); the doers named on the armed act an act was done in ("the killing of
        Soleimani in a U.S. drone strike"); and who wields a weapon ("fired a rocket that killed ...")."""
        doers = ("by", "of") if tok.lemma_.lower() in self.lex["doer_of_nouns"] else ("by",)
        by = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in doers]
        # (not on a thing an act befalls: "the bombing of a village [by Soviet aircraft]" is the bombing's, as below)
        befallen = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.acts
        by = [] if befallen and tok.lemma_.lower() not in self.acts else by
        wielding = self.lex["wielding_verbs"] | (self.lex["claiming_verbs"] if tok.lemma_.lower() not in self.acts else set())
        wielded = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in wielding]
        by += [a for c in wielded for a in c.children if a.dep_ == "agent"]
        froms = [d for c in wielded for d in c.children if d.dep_ == "prep" and d.lower_ == "from"]  # "missiles fired from
        by += [d for d in froms if any(p.lemma_.lower() in self.lex["agentive_nouns"] for p in d.children)]  # U.S. warships"
        # ... or on what an act befalls ("the arrest of a Serbian official [by Kosovo police]")
        acted = tok.lemma_.lower() in self.acts
        of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children] if acted else []
        by += [c for p in of if p.dep_ == "pobj" for c in p.children if c.dep_ == "prep" and c.lower_ == "by"]
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # ("a probe into war crimes [by Israeli forces]")
        # ... or on the verb that names it ("condemned what it called a violation of its airspace [by Iran]")
        named = tok.dep_ in ("dobj", "oprd") or (tok.dep_ == "pobj" and verb.pos_ == "VERB")
        # ... or on the noun that holds an act ("warned of action against joint drills [by Seoul and Washington]")
        named = named or (tok.dep_ == "pobj" and verb.pos_ == "NOUN" and tok.lemma_.lower() in self.acts)
        if named and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            by += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.right_edge.i + 1]
        # ... or on the armed act it was done in ("the killing of Qassem Soleimani in a U.S. drone strike")
        armed = [p for c in tok.children if c.lower_ == "in" for p in c.children if p.lemma_.lower() in self.armed_words]
        struck = [m for a in armed if tok.lemma_.lower() in self.acts for m in a.children if m.dep_ in ("amod", "compound")]
        # ... or on the verb that does an act a relative clause judges ("began drills, which Pyongyang condemned")
        judged = [c for c in tok.children if c.dep_ == "relcl" and any(o.dep_ == "dobj" and o.tag_ == "WDT" for o in c.children)]
        judged = [c for c in judged if c.lemma_ not in self.lex["copresence_verbs"] | self.lex["taking_verbs"]]  # (not "signed")
        judged = tok.dep_ == "dobj" and tok.lemma_.lower() in self.acts and bool(judged)
        struck += [s for c in tok.head.children if judged and c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
        # ... or the subject of the verb that wields a weapon ("Hamas fired a rocket that killed two Israelis")
        wields = tok.dep_ == "dobj" and tok.lemma_.lower() in self.lex["weapon_nouns"] and tok.head.lemma_.lower() in wielding
        held = [s for s in tok.head.children if wields and s.dep_ == "nsubj"]
        return [p for c in by for p in c.children if p.dep_ == "pobj"] + held + [m for m in struck if m.i in self.mentions]

    def _examples(self, tok: Token) -> list[Ref]:
        """Who is among the polities or goods named "such as", "including" or "led by" ("35 countries, including Japan",
        "European products such as French brandy", "world powers led by the United States"); and the sides named
        beside a plural ("Yemen's warring parties, the Saudi-led coalition and the Houthi movement")."""
        if not any(tok.lemma_.lower() in self.lex[k] for k in ("goods_nouns", "polity_nouns", "side_nouns")):
            return []
        beside = [c for a in tok.children if a.dep_ == "appos" for c in (a, *a.conjuncts)] if tok.tag_ == "NNS" else []
        if found := [r for c in beside for r in self.ref(c)]:
            return found
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("as", "including")]
        preps = [c for c in preps if c.lower_ == "including" or any(d.lower_ == "such" for d in c.children)]
        led = [a for a in tok.children if a.dep_ == "acl" and a.lemma_ in self.lex["leading_verbs"]]  # ("powers led by")
        named = [p for c in preps + [g for a in led for g in a.children if g.dep_ == "agent"] for p in c.children]
        return [r for p in named if p.dep_ == "pobj" for r in self.refs(p, "target", owner=True)]

    def _called(self, tok: Token) -> list[Ref]:
        """The actor a noun is given the name of: "a rebel group known as the Return, Reclamation, Rehabilitation, or
        3R", "a militia named the Wagner Group" (``naming_verbs``)."""
        acls = [a for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() in self.lex["naming_verbs"]]
        names = [o for a in acls for o in a.children if o.dep_ in ("oprd", "attr")]
        names += [o for a in acls for p in a.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
        return [r for n in names for m in (n, *n.conjuncts) if m.i in self.mentions for r in self.ref(m)]

    def _allied(self, tok: Token) -> list[Token]:
        """Whom people are loyal or tied to: "forces loyal to Haftar", "fighters affiliated with al-Qaeda", "hackers working
        for Russia's GRU"."""
        ties = [c for c in tok.children if c.dep_ in ("amod", "acl") and c.lemma_.lower() in self.lex["allegiance_words"]]
        return [p for c in ties for d in c.children if d.dep_ == "prep" and d.lower_ in ("to", "with", "for") for p in d.children]

    def _ruling(self, tok: Token) -> list[Ref]:
        """The state whose government's forces these are: the latest state told before as a subject, outside quotes
        ("Somalia's president vowed to defeat al-Shabab. Government forces attacked ..."; ``ruling_nouns``)."""
        rulers = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.lex["ruling_nouns"]]
        if not rulers or any(c.i in self.mentions for c in rulers[0].children):
            return []
        if fought := self.fought(tok):
            return fought
        for i in range(tok.i - 1, max(-1, tok.i - ANTECEDENT_WINDOW), -1):
            t = self.doc[i]
            keys = {r.key for r in self.refs(t)} if t.dep_ in SUBJECTS and i not in self.quoted else set()
            if len(keys) == 1 and self.types.get(next(iter(keys))) == "state":
                return [Ref(next(iter(keys)), t.text, "force", None)]
        return []

    def fought(self, tok: Token) -> list[Ref]:
        """The state an armed group told beside a government wages its war on: "fighting between the rebels and government
        forces", "supports the government in its fight against the insurgents" (the group's ``fights``)."""
        armed, kinds = self.lex["armed_nouns"], self.lex["armed_types"]
        words = [t for t in tok.sent if t.i != tok.i and t.pos_ in ("NOUN", "PROPN")]
        named = [r for t in words if t.i in self.mentions for r in self.refs(t)]
        named += [r for t in words if t.lemma_.lower() in armed for r in self._group_antecedent(t, kinds)]  # "the rebels"
        groups = {r.key for r in named}
        states = {self.fights[k] for k in groups if k in self.fights}
        return [Ref(states.pop(), tok.text, "force", None)] if len(states) == 1 else []

    def _service(self, tok: Token) -> list[Ref]:
        """The state of "the military" or "the army" told bare: the one whose armed service (``service_nouns``) the
        article named before ("a Pakistani army spokesperson ... The military claimed the killing of 33 terrorists");
        the armed group named before for "the paramilitary force", "the rebel army" (``irregular_words``)."""
        services = self.lex["service_nouns"]
        mods = [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")]
        if mods[:1] == ["the"] and set(mods[1:]) & self.lex["irregular_words"]:  # "the paramilitary force": a group's
            return self._group_antecedent(tok, self.lex["armed_types"])
        if tok.lemma_.lower() not in services or mods != ["the"]:
            return []
        for i in range(tok.i - 1, -1, -1):
            t = self.doc[i]
            if t.lemma_.lower() in services:  # in quotes too: the modifier names its state
                mods = [*t.children, *(c for c in t.head.children if c.i < t.i)] if t.dep_ == "compound" else list(t.children)
                named = [r for c in mods if c.dep_ in ("amod", "compound", "poss") and c is not t for r in self.refs(c)]
                keys = {r.key for r in named}
                if len(keys) == 1 and self.types.get(next(iter(keys))) == "state":
                    return [Ref(named[0].key, t.text, "force", None)]
        return []

    def _ranks(self, tok: Token) -> list[Ref]:
        """The group whose ranks armed people fill: "BLA separatists", "fighters of the Islamic State", "members of
        Hamas" (an organisation or armed group, not a state: "Pakistani militants" are no state's)."""
        named = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i in self.mentions]
        named += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children]
        found = [r for c in named for r in self.refs(c) if self.types.get(r.key, "state") != "state" and not r.person]
        return [Ref(r.key, r.text, "force", None) for r in found]

    def _makers(self, tok: Token) -> list[Ref]:
        """Who made a thing: "a resolution drafted by the US and Japan" (or "which was drafted by"), "sites in Pakistan"."""
        authored = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in self.lex["authoring_verbs"]]
        agents = [a for c in tok.children if c.dep_ == "acl" or c in authored for a in c.children if a.dep_ == "agent"]
        # "wines coming out of France", "cars made in Germany": goods are their origin's
        origins = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex["origin_verbs"]]
        agents += [p for c in origins for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("from", "of", "in")]
        # "assets belonging to Russian oligarchs", "equipment bound for China": whose they are, where they go
        held = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex["destination_verbs"]]
        ends = [p for c in held for d in c.children if d.dep_ == "prep" and d.lower_ in ("to", "for") for p in d.children]
        out = [r for a in agents for p in a.children if p.dep_ == "pobj" for r in self.refs(p)]
        out += [r for p in self.doers_by(tok) for r in self.refs(p)]
        out += [r for p in ends if p.dep_ == "pobj" for r in self.refs(p, "target", owner=True)]
        # "the agreement with Ukraine", "the ceasefire agreed with Ukraine", "rejected talks with the US", "an agreement
        # signed between Greece and Egypt", "a treaty (that) Putin and Kim signed"
        if tok.lemma_.lower() in self.lex["agreement_nouns"] | self.lex["joint_nouns"]:
            signed = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ in self.lex["copresence_verbs"]]
            signers = [s for c in signed for s in c.children if s.dep_ == "nsubj"]
            out += self._prep_refs(signed, ("between",)) + [r for s in signers for r in self.refs(s)]
            out += self._prep_refs([tok, *(c for c in tok.children if c.dep_ == "acl")], ("with", "between"))
        if tok.lemma_.lower() in self.made:  # "turned down a request from Egypt"
            out += self._prep_refs([tok], ("from",))
        if tok.lemma_.lower() in self.lex["goods_nouns"]:  # "a levy on goods from China": "from" may hang on the levy
            up = [tok, tok.head.head] if tok.dep_ == "pobj" else [tok]  # or on the verb
            up += [u.head for u in up[1:] if u.dep_ == "dobj"]
            preps = [c for u in up for c in u.children if c.dep_ == "prep" and c.lower_ == "from"]
            preps = [c for c in preps if c.head == tok or c.i == tok.right_edge.i + 1]
            out += [r for c in preps for p in c.children if p.dep_ == "pobj" for r in self.refs(p)]
        out += self._prep_refs([tok], ("between",))  # "cooperation between Russia and North Korea is dangerous"
        if tok.lemma_.lower() in self.lex["trade_nouns"]:  # "an embargo on trade with Nicaragua": the partner's
            out += self._prep_refs([tok], ("with",))
        if tok.lemma_.lower() in self.lex["tabled_nouns"]:  # "a resolution in the U.S. Congress", not "... in Pakistan"
            for c in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
                bodies = [p for p in c.children if p.dep_ == "pobj" and not self._place(p)]
                out += [r for p in bodies if getattr(self.mentions.get(p.i), "label", "") != "STATE" for r in self.refs(p)]
        if tok.lemma_.lower() in self.lex["change_nouns"]:  # "blocked an extension of the OSCE's mission": the mission's
            out += [r for c in tok.children if c.lower_ == "of" for p in c.children for r in self.refs(p, "target", owner=True)]
        # "the deployment of Russian troops", "the transfer of Iran's drones": forces in an "of" phrase act for their polity
        out += [r for r in self._prep_refs([tok], ("of",)) if r.via == "force"]
        trade = tok.lemma_.lower() in self.lex["trade_nouns"]
        places = ("in", "to", "from") if trade else ("in", "across", "inside")
        if trade:  # "imports of Russian oil"
            out += [
                r
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
                for r in self._modifier_refs(p)
            ]
        after = tok.doc[min(tok.right_edge.i + 1, len(tok.doc) - 1)]  # "shelled villages in Kharkiv": "in" hung on the
        struck = tok.dep_ == "dobj" and after.head == tok.head and tok.head.lemma_.lower() in self.armed_words  # armed verb
        preps = [*tok.children, *([after] if struck else [])]
        grounds = [p for c in preps if c.dep_ == "prep" and c.lower_ in places for p in c.children if p.dep_ == "pobj"]
        # "positions near Damascus", "bases outside Aleppo": a town or a capital nearby (a state nearby is not its ground)
        near = [p for c in preps if c.lower_ in ("near", "outside", "around") and not trade for p in c.children]
        grounds += [p for p in near if self._place(p) or getattr(self.mentions.get(p.i), "label", "") == "CAPITAL"]
        # "targets on Pakistani soil", "bases on Syrian territory": ground named as such
        grounds += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if self._ground(p)]
        # "sites in Pakistan and Pakistan-administered Kashmir", parsed as "in [Pakistan and ...] Kashmir"
        grounds += [m for p in grounds for m in p.children if m.dep_ == "nmod" and any(k.dep_ == "cc" for k in m.children)]
        out += [
            Ref(r.key, r.text, "site", r.person)
            for p in grounds
            if self._state_named(p) or self._place(p)
            for r in self.refs(p, "place")
        ]
        return out

    def _voiced(self, tok: Token) -> list[Ref]:
        """Who speaks through a text that acts: "China's statement condemned Japan", "a G7 communique criticised",
        "a statement from the Kremlin", "issued a statement that condemned", and "the statement" issued earlier."""
        found = [r for c in tok.children if c.dep_ == "poss" for r in self.ref(c)] or self._modifier_refs(tok)
        found = found or self._makers(tok) or self._prep_refs([tok], ("from",))
        authored = tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex["authoring_verbs"]
        found = found or [r for c in tok.head.children if authored and c.dep_ == "nsubj" for r in self.refs(c, "source")]
        found = found or self._said_in(tok) or self._earlier_maker(tok)
        return [Ref(r.key, r.text, "anaphora", r.person) for r in found if r.via != "site"]

    def _said_in(self, tok: Token) -> list[Ref]:
        """Who acts "in" a text: "condemned Iran's occupation, urging Tehran to accept arbitration, in a statement that drew
        a rebuttal" is the condemner's statement (through participles without a subject of their own)."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
        while verb is not None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head != verb:
            verb = verb.head if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else None
        verb = verb if verb is not None and verb.pos_ == "VERB" else None
        return [r for c in verb.children if c.dep_ == "nsubj" for r in self.refs(c, "source")] if verb is not None else []

    def _ground(self, tok: Token) -> bool:
        """Whether a word is ground named as such: "soil", "territory", "region" ("on Pakistani soil")."""
        return tok.dep_ == "pobj" and tok.lemma_.lower() in self.lex["place_nouns"]

    def _prep_refs(self, holders: list[Token], preps: tuple[str, ...]) -> list[Ref]:
        """The actors in the ``preps`` phrases of ``holders``: "the agreement with Ukraine", "between A and B"."""
        return [
            r
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children
            if o.dep_ == "pobj"
            for r in self.refs(o)
        ]

    def _rulers(self, act: Token) -> list[Ref]:
        """Who commits an act of rule at home: "condemned the coup in Niger" (``internal_acts``) accuses Niger."""
        if act.lemma_.lower() not in self.lex["internal_acts"]:
            return []
        places = [p for c in act.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        return [Ref(r.key, r.text, "owner", r.person) for p in places for r in self.refs(p, "place")]

    def _state_named(self, tok: Token) -> bool:
        """Whether a token names a state or its capital ("sites in Pakistan", "a hall in Moscow"; not the EU's Brussels)."""
        m = self.mentions.get(tok.i)
        return m is not None and (m.label == "STATE" or (m.label == "CAPITAL" and self.types.get(m.key) == "state"))

    def _place(self, tok: Token) -> Mention | None:
        """The place a token names: "Kharkiv", "Balochistan province", "the city of Kharkiv"; or the state whose
        ground it is: "Russia's Ryazan region", "the Russian region of Ryazan"."""
        if tok.i in self.places:
            return self.places[tok.i]
        if tok.lemma_.lower() not in self.lex["place_nouns"]:
            return None
        named = [c for c in tok.children if c.dep_ == "compound"]
        if not self._modifier_refs(tok):  # "the Houthi-held port of Hodeidah" is the Houthis' ground
            named += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        found = next((self.places[c.i] for c in named if c.i in self.places), None)
        found = found or next((self.mentions[c.i] for c in named if c.i in self.mentions and c.head.lower_ == "of"), None)
        seat = found is not None and found.label == "CAPITAL" and self.types.get(found.key) == "state"  # "the city of Kyiv"
        if found and found.label not in ("PLACE", "STATE", "DEMONYM") and not seat:
            found = None
        if found or tok.lemma_.lower() in self.lex["polity_nouns"]:  # "a Palestinian state" is a polity, not ground
            return found
        # ("the Kyrgyz town of Batken": a demonym the model made a compound)
        states = [self.mentions[c.i] for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i in self.mentions]
        return next((m for m in states if m.label in ("STATE", "DEMONYM")), None)

    def _the_polity(self, tok: Token) -> bool:
        """ "the country", "the bloc": a polity told before, by its common noun."""
        return (
            tok.tag_ == "NN" and tok.lemma_.lower() in self.lex["polity_nouns"] and any(c.lower_ == "the" for c in tok.children)
        )

    def _harbour(self, tok: Token) -> list[Ref]:
        """The state where militants no one has named are: "militants based in Afghanistan", "present on Afghan soil",
        "with bases in Afghanistan". A charge against them is laid at its door; nothing else is (``HARBOUR_RELATIONS``)."""
        located = [c for c in tok.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in self.lex["located_words"]]
        bases = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        heads = [tok, *located, *(b for b in bases if b.lemma_.lower() in self.lex["base_nouns"])]
        preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "from", "inside")]
        places = [p for c in preps for p in c.children if p.dep_ == "pobj"]
        found = {r.key: r for p in places for r in self.refs(p, "place", owner=True) if self.types.get(r.key) == "state"}
        return [Ref(r.key, r.text, "harbour", None) for r in found.values()]

    def _earlier_maker(self, tok: Token) -> list[Ref]:
        """Who made "the resolution", "the accusations", "the request" told earlier in the article: the maker of the
        latest earlier thing of that name, or the subject of the latest verb that makes it ("accused" ->
        "the accusations"). The words are ``made_things`` in ``data/lexicon.yaml``."""
        makes = self.made.get(tok.lemma_.lower())
        if makes and tok.dep_ in ("npadvmod", "appos") and tok.head.pos_ in ("VERB", "AUX"):  # "X accused Y, a charge Y denied"
            speech = tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in self.lex["speech_verbs"]
            said = [r for c in (tok.head.head if speech else tok.head).children if c.dep_ == "nsubj" for r in self.refs(c)]
            return [Ref(r.key, r.text, "anaphora", r.person) for r in said if r.via != "site"]
        days = self.lex["weekdays"] | self.lex["day_words"]  # "Wednesday's meeting" is as definite as "the meeting"
        dets = ["the" if c.lower_ in days else c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
        # "the accusations", or bare "dismissed accusations it is getting weapons"; not "an accusation", "its claims"
        if not makes or not (set(dets) & {"the", "this", "these", "that", "those"} or (not dets and tok.tag_ == "NNS")):
            return []
        for i in reversed(self.lemma_positions(makes)):
            if i >= tok.i:
                continue
            t = self.doc[i]
            if t.lemma_.lower() == "say" and not self._said_of(tok, t):
                continue  # "China said a Philippine ship rammed its vessel. Manila rejected the claim": said of Manila
            if t.pos_ in ("VERB", "AUX"):  # "The US, along with Britain and France, called a meeting": all three
                found = [r for c in t.children if c.dep_ == "nsubj" for r in self.refs(c) + self.companions(c, t)]
                pacts = self.lex["agreement_nouns"]  # ("could strike Iranian sites" makes no deal)
                other = tok.lemma_.lower() in pacts and any(c.dep_ == "dobj" and c.lemma_ not in pacts for c in t.children)
                found = [] if other else found
            elif t.pos_ == "NOUN":
                found = self.ref(t, "target", owner=True)  # its owner, or for "the resolution" again, the one before
                if t.dep_ == "dobj" and (not found or t.head.lemma_.lower() in makes):  # "passed a resolution", "signed a pact"
                    found = [r for c in t.head.children if c.dep_ == "nsubj" for r in self.refs(c) + self.companions(c, t.head)]
                    found += self.ref(t, "target", owner=True)
            else:
                continue
            own = tok.lemma_.lower() in self.lex["claim_nouns"] and {r.key for r in found} <= self._answerers(tok)
            if found and not own:  # (a claim answered is another's)
                return self._charged(tok, [Ref(r.key, r.text, "anaphora", r.person) for r in found if r.via != "site"])
        return []

    def _answerers(self, tok: Token) -> set[str]:
        """The subjects of the clause that answers ``tok``."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return {r.key for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj" for r in self.refs(c)}

    def _said_of(self, tok: Token, said: Token) -> bool:
        """Whether what ``said`` tells names the one who answers ``tok``."""
        judges, told = self._answerers(tok), [c for c in said.children if c.dep_ == "ccomp"]
        return any(m.key in judges for c in told for i, m in self.mentions.items() if c.left_edge.i <= i <= c.right_edge.i)

    def _charged(self, tok: Token, makers: list[Ref]) -> list[Ref]:
        """Who made "the accusations" its denier answers: those who accused the denier ("The US accused Iran ... Britain
        accused Russia ... Iran rejected the accusations" answers the US), never a maker whose charges named others."""
        judges = self._answerers(tok)
        if "accuse" not in self.made.get(tok.lemma_.lower(), ()) or not judges:
            return makers
        named = {src.key: {t.key for _, s, t in self.accusations if s.key == src.key} for _, src, _ in self.accusations}
        return self.accusers(judges) or [r for r in makers if r.key not in named or named[r.key] & judges]

    def accusers(self, accused: set[str]) -> list[Ref]:
        """Who accused any of ``accused`` earlier in the article, for a denial of "accusations" that names no maker:
        after "The US and its allies warned that Russia's cooperation with North Korea is dangerous", "Russia's envoy
        dismissed accusations it is getting weapons" rejects the US."""
        # the latest sentence's charges ("Afghan officials accused ..." after "U.S. officials have blamed ...": the Afghans)
        charges = [(at, src) for at, src, tgt in self.accusations if tgt.key in accused and src.key and src.key not in accused]
        found = {src.key: src for at, src in charges if at == charges[-1][0]} if charges else {}
        return [Ref(r.key, r.text, "anaphora", r.person) for r in found.values()]

    def last_proposer(self, tok: Token, exclude: set[str]) -> list[Ref]:
        """Who made the latest offer or proposal before ``tok`` (within a few sentences), for a refusal that names no
        object: "the Chinese side proposed a minimum price, but the EU side refused" rejects China."""
        for i in reversed(self.lemma_positions(self.lex["proposer_verbs"] | self.lex["offer_verbs"])):
            if i >= tok.i or tok.i - i > GROUP_WINDOW:
                continue
            verb = self.doc[i]
            found = [r for c in verb.children if c.dep_ == "nsubj" for r in self.refs(c) if r.key not in exclude]
            if verb.pos_ in ("VERB", "AUX") and found:
                return [Ref(r.key, r.text, "anaphora", r.person) for r in found]
        return []


@functools.cache
def made_things(entries: frozenset[str]) -> dict[str, frozenset[str]]:
    """``made_things`` entries ("accusation accuse") as a map from the thing to the words that make it, itself included."""
    out: dict[str, frozenset[str]] = {}
    for entry in entries:
        noun, *verbs = entry.split()
        out[noun] = frozenset([noun, *verbs])
    return out
