"""Token -> actors: the general moves that find which polity a phrase stands for.

Used by the rules (:mod:`kg.language.parse_rules`) and the learnt decision's candidates; a ``Doc`` never leaves
:mod:`kg.language`. The moves, in order: a gazetteer mention (a person by the office held on the article's date); a title
or office noun and the polity in its modifiers ("the Japanese prime minister", "Rafael Grossi, head of the IAEA") or the
capital it sits in ("officials in Ankara"); a relative pronoun's noun; an anaphor ("the spokesman", "it", "the two
leaders") and its antecedent; the owner of a thing ("rejected the US proposal", "the deployment of Russian troops")."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import DEP, LEMMA, POS
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Token

from .anaphora import NUMBERS, Anaphora
from .control import Control
from .gazetteer import Gazetteer
from .makers import Makers, made_things
from .nlp import SPANS_KEY, inside_longer_name, joined_place_name, named_further, organ_of_another, quoted_tokens
from .owners import Owners
from .people import People
from .pointers import Pointers
from .refs import SUBJECTS, Mention, Ref
from .rules import Rules

#: A weapon's model designation, which acts for its owner as a warplane does: "F-16s", "Su-24", "MiG-29s", "B-52s".
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?s?")

__all__ = ["Resolver"]


class Resolver(Anaphora, Control, Makers, Owners, People, Pointers):
    """Resolves tokens of one article's ``Doc`` to actor references."""

    def __init__(self, doc: Doc, day: str | None, gazetteer: Gazetteer, rules: Rules):
        self.doc, self.lex = doc, rules.lexicon
        self.acts, self.actor_nouns = rules.act_nouns, rules.actor_nouns  # "shelling", "levy"; "minister", "troops"
        self.armed_words, self.kin = rules.armed_words, rules.act_kin  # "strike", "shell"; "raid" names a strike again
        self.year = int(day[:4]) if day else None
        self.types = {k: a.type for k, a in gazetteer.actors.items()}
        self.fights, self.homes = gazetteer.fights, gazetteer.headquarters  # (a body's official at home visits no one)
        members = {k: [m.actor for m in ms if day is None or m.holds_on(day)] for k, ms in gazetteer.members.items()}
        self.members = {k: frozenset(ms) for k, ms in members.items()}  # a body's members on the article's day
        self.groups = {k: ms for k, ms in members.items() if self.types.get(k) == "collective"}  # each member acts
        self.mentions: dict[int, Mention] = {}
        self.cache: dict[tuple[int, str], list[Ref]] = {}
        spans = self._with_titled_surnames(list(doc.spans[SPANS_KEY]), gazetteer, day)
        present = {s.id_ for s in spans if s.label_ in ("ORG", "CAPITAL", "STATE")}
        # surnames of others the article names in full: "Bennett" after "Richard Bennett" is not Naftali Bennett, "Kim"
        # after "Kim Yong-hyun" not Kim Jong Un ("Mawlawi Hibatullah Akhundzada": the known name and an honorific)
        people, titles = [s for s in spans if s.label_ == "PERSON"], self.lex["name_titles"]
        others: dict[str, set[str | None]] = {}
        for e in doc.ents:
            same = any(e.start >= p.start and e.end <= p.end for p in people)
            same = same or any(len(p) > 1 and e.start <= p.start and p.end <= e.end for p in people)
            if e.label_ == "PERSON" and sum(t.lower_ not in titles for t in e) > 1 and not same:  # (not "Col Gaddafi")
                others.setdefault(e[-1].text, set()).add(None)
        for p in people:
            if len(p) > 1:
                others.setdefault(p[0].text, set()).add(p.id_)
        self.places: dict[int, Mention] = {}  # a state's ground only: "shelled Kharkiv" hits Ukraine, Kharkiv never acts
        polity_of = {t.i: s.id_ for s in spans if s.label_ in ("STATE", "CAPITAL", "DEMONYM") for t in s}
        polities, named_at = set(polity_of), {**{t.i: s.id_ for s in spans if s.label_ == "ORG" for t in s}, **polity_of}
        orgs = {t.i for s in spans if s.label_ in ("ORG", "ORG_CONTEXT") for t in s}
        # "Carlos Washington Pastor" (not "Beyond Ukraine", which the model also took for a person)
        named = {t.i for e in doc.ents if e.label_ == "PERSON" and all(t.tag_ == "NNP" for t in e) for t in e[1:-1]}
        for span in spans:
            key, person = span.id_, None
            if span.label_ == "PLACE":
                self.places.update((tok.i, Mention(key, "PLACE", span.text, None)) for tok in span)
                continue
            if (
                span.label_ == "ORG_CONTEXT"
                and (key not in present or named_further(doc, span.end) or self._other_body_nearer(span, spans))
                and not self._heads_staff(span)
            ):
                continue  # "the Alliance" is NATO, "the Alliance of Democracies" is not; "Wagner chief Prigozhin" is Wagner's
            if span.label_ == "STATE_CONTEXT" and key not in present | {s.id_ for s in spans if s.label_ == "DEMONYM"}:
                continue  # "the North" is North Korea after "North Korea" (or "North Korean") only
            if span.label_ in ("ORG", "ORG_CONTEXT") and (
                inside_longer_name(doc, span.end)
                or (self.types.get(key) not in ("armed_group", "party") and organ_of_another(doc, span.start, polities, orgs))
            ):
                continue  # "the European Council on Foreign Relations" is a think tank, not the European Council
            owner = polity_of.get(span.start - 2) if span.start >= 2 and doc[span.start - 1].tag_ == "POS" else None
            if span.label_ == "CAPITAL" and owner not in (None, key):
                continue  # "Pakistan's Foreign Office" is Pakistan's, not Britain's
            if span.label_ in ("STATE", "CAPITAL") and joined_place_name(doc, span.start, self.lex["name_particles"]):
                continue  # "the port town of Mocimboa da Praia": a longer place name ends in the capital's
            if span.label_ in ("STATE", "CAPITAL") and span.start in named:
                continue  # a person's name goes on past its first word into a capital's: no place
            if span.label_ == "DEMONYM" and span.start and doc[span.start - 1].lower_ in self.lex["ethnic_words"]:
                continue  # "ethnic Albanian guerrillas": a people, not Albania
            if span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in self.lex["against_prefixes"]:
                continue  # "anti-Pakistan militants", "anti-American protests": a stance, not an actor
            if span.label_ == "PERSON":
                beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc) and doc[i].lower_ not in titles]
                alone = len(span) == 1 and not self._initialled(span, gazetteer.people.get(key))  # ("Mikhail S. Gorbachev")
                if alone and any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in beside):  # ("Col X": a title)
                    continue  # a surname alias inside a longer name: "Abbas Araqchi" is not Mahmoud Abbas
                if alone and others.get(span.text, set()) - {key}:
                    continue  # the surname of someone else the article names in full
                office = gazetteer.office_on(key, day)
                label = span.label_
                title = [t for t in span.root.subtree if t.i < span.start]  # "Former Pakistani Prime Minister X"
                before = {t.lower_.rstrip("-") for t in [*doc[max(0, span.start - 3) : span.start], *title]}
                # one called "former" acts for no one, unless the article's date puts them in office
                former = bool(before & self.lex["former_words"])
                if former and (office is None or day is None):
                    continue
                # "NATO Secretary-General Mark Rutte", "Dutch Prime Minister Mark Rutte": the title, whatever the date
                served = {o.actor for o in gazetteer.people[key].offices} if key in gazetteer.people else set()
                title += self._appositive_title(span)  # "Jens Stoltenberg, Nato's secretary general"
                titled = None if former else self._title_polity([*title, *span], served, named_at, span.end)
                # "Donald Trump, the Republican presidential front-runner": one running for an office holds none
                roles = {t.lemma_.lower() for a in span.root.children if a.dep_ == "appos" for t in (a, *a.lefts)}
                if office is None and (roles | {t.lemma_.lower() for t in title}) & self.lex["candidacy_nouns"]:
                    continue
                if office is None and self._held_before(span):
                    continue  # "Liz Truss, who was briefly British prime minister last year": no more
                if office is None:  # outside the term: the one polity the person ever served
                    office, label = gazetteer.sole_office(key), "PERSON_TERM"
                    if office is None and titled is None:
                        continue
                key, person = titled or office.actor, key.removeprefix("person:")
            else:
                label, key = span.label_, gazetteer.acts_for(key, day)
                label = "STATE" if label == "STATE_CONTEXT" else label
            if label == "CAPITAL" and key in gazetteer.seats:  # "Belgium suspended aid, prompting Kigali to cut ties with
                near = {s.id_ for s in spans if s is not span and span.sent.start <= s.start < span.sent.end}  # Brussels"
                key = gazetteer.seats[key] if gazetteer.seats[key] in near and key not in near else key
            for tok in span:
                self.mentions[tok.i] = Mention(key, label, span.text, person)
        self._drop_posts()
        self._drop_private()
        self.deps = (deps := doc.to_array(DEP)).tolist()  # the dependency label of each token, as a hash
        self.subject_deps = frozenset(doc.vocab.strings.add(label) for label in SUBJECTS)
        # "..., claimed North Korea": the object of a speech verb that follows its clause is who speaks
        self.inverted = frozenset(
            i
            for i in np.flatnonzero(deps == doc.vocab.strings.add("dobj")).tolist()
            if doc[i].head.lemma_.lower() in self.lex["speech_verbs"]
            and any(c.dep_ in ("ccomp", "parataxis") and c.i < doc[i].head.i for c in doc[i].head.children)
        )
        pos = doc.to_array(POS)
        self.nominal = frozenset(np.flatnonzero(np.isin(pos, (NOUN, PRON, PROPN))).tolist())  # may stand for an actor
        self.quoted = quoted_tokens(doc)
        self.made = made_things(self.lex["made_things"])
        self._lemmas: np.ndarray | None = None  # the LEMMA column, read once
        self.events: list[tuple[int, Ref, Ref]] = []  # (trigger index, source, target) of events found so far
        self.unreal: set[int] = set()  # the triggers of those only planned or threatened ("vowed new attacks")
        self.attacks: set[int] = set()  # the triggers of attacks ("took Ecuador to court" is none, "took the town" one)
        self.accusations: list[tuple[int, Ref, Ref]] = []  # (sentence start, source, target) of earlier accusations
        self._link_people()  # last: linking resolves titles, which may reach any move above

    def _held_before(self, span) -> bool:
        """Whether a relative clause tells a person's office as past: "X, who was prime minister last year", "who
        served as president until 2020"."""
        told = [c for c in span.root.children if c.dep_ == "relcl" and c.tag_ == "VBD" and c.lemma_ in ("be", "serve")]
        return any(t.lemma_.lower() in self.lex["office_nouns"] for c in told for t in c.subtree)

    def lemma_positions(self, words: frozenset[str]) -> list[int]:
        """The indices of the tokens whose lower-cased lemma is one of ``words``, in order."""
        if self._lemmas is None:
            self._lemmas = self.doc.to_array(LEMMA)
        lemmas, strings = self._lemmas, self.doc.vocab.strings
        hits = [h for h in np.unique(lemmas).tolist() if strings[h].lower() in words]
        return np.flatnonzero(np.isin(lemmas, hits)).tolist()

    # -- public moves ---------------------------------------------------------------------
    def refs(self, tok: Token, role: str = "any", owner: bool = False) -> list[Ref]:
        """Actors of ``tok`` and of its conjuncts ("the US, South Korea and Japan")."""
        out: list[Ref] = []
        group = [tok, *tok.conjuncts]
        for t in list(group):  # "Saudi Arabia, the UAE, Bahrain and Egypt" parsed as an apposition with conjuncts
            for a in (
                c
                for c in t.children
                if c.dep_ == "appos"
                and c.i in self.mentions
                and self.mentions[c.i].label in ("STATE", "ORG", "PERSON", "PERSON_TERM")
            ):
                group += [a, *a.conjuncts]
        for t in group:
            for ref in self.ref(t, role, owner):
                if ref.key not in {r.key for r in out}:
                    out.append(ref)
        return out

    def ref(self, tok: Token, role: str = "any", owner: bool = False) -> list[Ref]:
        """Actors that one head token stands for; ``owner`` allows "the US proposal" -> USA."""
        cache_key = (tok.i, f"{role}:{owner}")
        if cache_key not in self.cache:
            self.cache[cache_key] = []  # guards against cycles in odd parses
            self.cache[cache_key] = self._ref(tok, role, owner)
        return self.cache[cache_key]

    def _heads_staff(self, span) -> bool:
        """Whether a short name modifies its people: "Wagner chief Yevgeny Prigozhin", "Wagner fighters"."""
        head = span.root.head
        staff = self.lex["office_nouns"] | self.lex["agentive_nouns"] | self.lex["armed_nouns"]
        return span.root.dep_ in ("compound", "amod") and head.pos_ == "NOUN" and head.lemma_.lower() in staff

    def is_venue(self, tok: Token) -> bool:
        """A place named as where something happened: "talks held in Geneva"."""
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "outside", "inside")

    # -- the moves ------------------------------------------------------------------------
    def _ref(self, tok: Token, role: str, owner: bool) -> list[Ref]:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if tok.tag_ == "NNPS" and lemma == lower and lower.endswith("s"):  # "the Sudanese Armed Forces": the model leaves
            lemma = lower[:-1]  # a plural proper noun's lemma as it is
        compound = next((c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.i == tok.i - 1), "")
        named = f"{compound} {lemma}"  # "service members", "negotiating team"
        lemma = named if named in self.lex["agentive_nouns"] or named in self.lex["office_nouns"] else lemma
        lemma = "aircraft" if DESIGNATION.fullmatch(tok.text) else lemma  # "Turkish F-16s", "Russian Su-24s" act for theirs
        mention = self.mentions.get(tok.i)
        if mention is not None:
            if mention.label == "CAPITAL" and role != "place" and self.is_venue(tok):
                return []
            via = "term" if mention.label == "PERSON_TERM" else "office" if mention.person else "mention"
            members = self.groups.get(mention.key, [mention.key])
            counted = [NUMBERS[c.lower_] for c in tok.lefts if c.lower_ in NUMBERS] if mention.key in self.groups else []
            if counted and counted[0] != len(members):  # "both Nordic countries": the two named before
                return self._antecedents(tok, counted[0])
            return [Ref(k, mention.text, via, mention.person) for k in members]
        # "the U.S. cruiser Vincennes", "the Russian frigate Admiral Makarov": a craft's name acts as its kind does
        kind = next((c for c in tok.lefts if c.dep_ == "compound" and c.lemma_.lower() in self.lex["agentive_nouns"]), None)
        if tok.pos_ == "PROPN" and kind is not None and any(c.dep_ in ("amod", "compound") for c in kind.children):
            return self.refs(kind, role, owner)
        place = self._place(tok)
        if place is not None:
            return [Ref(place.key, place.text, "site")] if role in ("target", "place") else []
        if lemma in self.lex["quantity_nouns"] or tok.pos_ == "NUM":  # "dozens of Russian diplomats", "$5 billion of US goods"
            preps = ("of", "in") if tok.ent_type_ == "MONEY" else ("of",)  # "$142 billion in American weapons"
            of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
            found = [r for p in of for r in self.refs(p, role, owner)]
            if found or any(p.tag_ in ("NNS", "NNPS") for p in of):  # but "accuses the rebel group of killing" is the group
                return found
        marks = {t.lower_ for t in tok.doc[tok.left_edge.i : tok.i]} if lemma in self.lex["state_voices"] else set()
        voiced = bool(marks & {"state", "official"}) or self._seat_radio(tok)  # (but "North Korea's state media" speak)
        if lemma in self.lex["non_actor_nouns"] and not voiced:  # "Chinese firms" are theirs only as a target of force
            found = (self._modifier_refs(tok) or self._based(tok)) if owner else []  # or sanctions
            return [Ref(r.key, r.text, "owner", r.person) for r in found]
        if tok.tag_ in ("WDT", "WP") and tok.dep_ in (*SUBJECTS, "dobj") and tok.head.dep_ == "relcl":
            held, verbs = tok.head.head, [tok.head, *(c for c in tok.head.children if c.dep_ in ("aux", "auxpass"))]
            last = [c for c in held.conjuncts if c.i < tok.i][-1:] if any(v.tag_ == "VBZ" for v in verbs) else []
            if last and tok.dep_ in SUBJECTS:  # "Turkey and Qatar, which has mediated": one, the nearest
                return self.ref(last[0], role, owner)
            held = self._people_before(held) if tok.lower_ == "who" and held.ent_type_ in ("GPE", "LOC") else held
            return self.refs(held, role, owner) or self._named_before(tok, role)
        if tok.tag_ == "WP$":  # "Baku, whose foreign ministry accused Paris": the one the clause describes
            described = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            return self.refs(described.head, role, owner) if described is not None else []
        told = tok.dep_ in SUBJECTS or any(c.dep_ == "relcl" for c in tok.children)  # "a statement that condemned"
        if role == "source" and lemma in self.lex["voice_nouns"] and told:
            return self._voiced(tok)  # "the statement threatened sanctions": its maker's
        if lemma in self.lex["member_nouns"] and tok.tag_ in ("NNS", "NNPS"):  # "G7 countries", "NATO allies": the body
            blocs = [r for r in self._modifier_refs(tok, 0) if self.types.get(r.key) in self.lex["member_bodies"]]
            some = any(c.like_num or c.lower_ in self.lex["partitive_words"] for c in tok.children)  # (but "the EU's 27
            some = some and {"poss"} != {c.dep_ for c in tok.children} - {"nummod", "compound"}  # member states": all)
            if blocs and not (some and any(c.lower_ == "the" for c in tok.children)):  # ("the three European countries":
                return [] if some else blocs  # those named before) but "several EU states" are some of them, not the body
        if group := self._group_size(tok):  # ("the two countries" are states, though named by their leaders)
            found = self._antecedents(tok, group)
            return [Ref(r.key, r.text, r.via) for r in found] if lemma in self.lex["polity_nouns"] else found
        if lower in ("latter", "former") and tok.i > 0 and self.doc[tok.i - 1].lower_ == "the":
            return self._of_two(tok)
        plural = tok.tag_ in ("NNS", "NNPS") and not any(c.i in self.mentions for c in tok.children)
        their = plural and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
        if their and lemma in self.lex["polity_nouns"] | self.lex["office_nouns"]:
            return self._antecedents(tok, 0)  # "A and B ... their countries reached a deal"
        the = plural and lemma in self.lex["polity_nouns"] and "the" in {c.lower_ for c in tok.children}
        if the and {c.dep_ for c in tok.children} <= {"det", "amod"} and (found := self._antecedents(tok, 0)):
            return found  # "clashes between the neighbours": the pair named before
        holder = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if holder is not None and tok.tag_ == "NN" and lemma in self.lex["polity_nouns"] and role != "place":
            return self.ref(holder, role)  # "Petro said his country would ...": the state the person acts for
        if lower in self.lex["first_person"] | self.lex["second_person"] and tok.pos_ == "PRON":
            return self._speaker(tok, addressed=lower in self.lex["second_person"])
        if lower in self.lex["pronouns"] and tok.pos_ == "PRON":
            # "sent troops to Russia to help it fight Ukraine": the subject of a bare infinitive is the helped one
            helped = (
                tok.dep_ == "nsubj" and tok.head.dep_ in ("ccomp", "xcomp") and tok.head.head.lemma_ in self.lex["control_verbs"]
            )
            helped = helped and not any(c.dep_ in ("aux", "mark") for c in tok.head.children)
            if lower == "them" and (thing := self._thing_before(tok)) is not None and not thing.is_ancestor(tok):
                return [r for r in self.refs(thing, role, owner=True) if r.via != "anaphora"]  # "Bamako denounced them"
            found = self._antecedent(tok, subject=tok.dep_ in (*SUBJECTS, "poss") and not helped)
            # "imposed sanctions on Nancy Pelosi in retaliation for her visit": no person as subject, the person named
            return found or (self._antecedent(tok, subject=False) if tok.dep_ == "poss" and lower in ("his", "her") else [])
        polity = lemma in self.lex["polity_nouns"] and tok.dep_ not in SUBJECTS  # "accusing the state of": one named before
        office = (lemma in self.lex["office_nouns"] and not polity) or lemma in self.lex["agentive_nouns"] or voiced
        counted = tok.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num for c in tok.children)  # "30 terrorists"
        # (not a model with a number the model took for a name: "received F-16s from Denmark")
        person = (tok.ent_type_ == "PERSON" and not any(ch.isdigit() for ch in tok.text)) or (
            tok.pos_ == "PROPN" and any(c.lemma_.lower() in self.lex["office_nouns"] for c in tok.lefts)
        )
        # "Colombia's Petro": a name a state owns is its leader (not "Russia's Gazprom", nor "Malawi's Rastafarians")
        person = person or (
            tok.pos_ == "PROPN"
            and tok.ent_type_ in ("", "PERSON", "GPE", "NORP")
            and not (tok.ent_type_ == "NORP" and tok.lower_.endswith("s"))
            and any(c.dep_ == "poss" and self.mentions.get(c.i) and self.mentions[c.i].label == "STATE" for c in tok.children)
        )
        hired = lemma in self.lex["mercenary_words"] or any(c.lower_ in self.lex["mercenary_words"] for c in tok.lefts)
        if lemma in self.lex["agentive_nouns"] and hired:  # "the Russian mercenary force", "Russian mercenaries":
            return self._group_antecedent(tok, self.lex["armed_types"])  # Wagner, not Russia
        if office and lemma in self.lex["event_nouns"] and tok.dep_ == "appos" and (summed := self._appended_act(tok)):
            return summed  # "raided a camp inside Ecuador, an operation Quito denounced": the raid's, not Ecuador's force
        if office or person:
            found = self._titled(tok) or self._fronted_seat(tok)
            if lemma in self.lex["irregular_words"]:  # "Syrian rebels", "Afghan insurgents": no state's force (but "Iran-
                orgs = {c.text for c in tok.lefts if c.ent_type_ == "ORG"}  # backed", or "PLO guerrillas", named as a body)
                found = [r for r in found if self.types.get(r.key) != "state" or r.via == "harbour" or orgs & set(r.text.split())]
            if not found and lemma in self.lex["agentive_nouns"]:  # "condemned the strikes by Israel", "loyal to"
                found = [r for p in self.doers_by(tok) + self._allied(tok) for r in self.refs(p)] or self._ruling(tok)
                found = found or self._service(tok)  # "the military": the one whose military was named before
            names = [c for c in (tok, *tok.children) if c.pos_ == "PROPN" and (c is tok or c.dep_ == "poss")]
            if not found and any(self._titled_name(c) for c in names):  # "X cut ties with Y, Foreign Minister Charles
                found = self._reported_doer(tok)  # Murigande (or Prime Minister Seaga's government) said": the doer's
            if found:
                if lemma in self.lex["agentive_nouns"] and lemma not in self.lex["office_nouns"]:  # troops act for a state
                    force = [Ref(r.key, r.text, "force", r.person) for r in found if r.via != "harbour"]  # but do not host
                    return force + [r for r in found if r.via == "harbour"]  # or meet; proxies are only blamed on it
                return found
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "his", "her", "their") for c in tok.children)
            named = any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children)
            if office and definite and lemma in self.lex["ruling_nouns"] and not named and (fought := self.fought(tok)):
                return fought  # "supports the government in its fight against the insurgents": the state they fight
            if office and definite and lemma in self.lex["office_nouns"] and not named:  # not another country's office
                # a person named before, else a main clause's subject, else any subject; a regime, the state it points at
                people = [{"main": True, "personal": True}, {"personal": True}] if lemma in self.lex["person_offices"] else []
                if lemma in self.lex["ruled_offices"]:
                    return self._ruled(tok)
                if found := self._reported_doer(tok):  # "X severed ties with Y, ..., the ministry said": X's
                    return found
                for search in [*people, {"main": True}, {}]:
                    found = self._antecedent(tok, **{"subject": True, **search})
                    if found and (tok.tag_ != "NN" or len({r.key for r in found}) == 1):
                        return found
                # "ECOWAS cut trade with Niger. The junta ...": a state's office, the state named before in any role
                return self._antecedent(tok, subject=False) if lemma in self.lex["state_offices"] else []
            if (definite or counted) and lemma in self.lex["armed_nouns"]:  # "the militants", "killed 30 terrorists": the
                return self._group_antecedent(tok, self.lex["armed_types"])  # armed group named before
            if lemma not in self.acts:  # (an act of force named by no one is read on: "in an attack that Egypt denounced")
                return self._harbour(tok) if role in ("target", "source") and lemma in self.lex["armed_nouns"] else []
        if called := self._called(tok):  # "a rebel group known as 3R"
            return called
        sides = lemma in self.lex["polity_nouns"] or lemma in self.lex["side_nouns"]
        if sides and (examples := self._examples(tok)):  # "35 countries, including Japan", "warring parties, A and B"
            return examples
        # "the country", and "its neighbour", "its ally": another state named before
        owned = [c.lower_ for c in tok.children if c.dep_ == "poss"] in (["its"], ["their"])
        named = any(i in self.mentions for i in range(tok.i + 1, tok.i + 4))  # "its ally (the) Japan" names it
        other = tok.tag_ == "NN" and lemma in self.lex["relational_polities"] and owned and not named
        if lemma in self.lex["polity_nouns"] and (other or any(c.lower_ == "the" for c in tok.children)):
            return self._antecedent(tok, subject=False)
        if lemma == "island" and tok.tag_ == "NN" and [c.lower_ for c in tok.children if c.dep_ in ("det", "prep")] == ["the"]:
            return self._island(tok)  # (not "the island of Hainan")
        # "the group", "its movement", "Islamist group", "Al-Shabab, a U.S.-designated terrorist group" (not "a new one")
        described = any(c.dep_ == "amod" for c in tok.children) and (
            tok.dep_ == "appos" or (tok.tag_ == "NN" and not any(c.lower_ in ("a", "an") for c in tok.children))
        )
        if lemma in self.lex["group_nouns"] and (described or any(c.lower_ in ("the", "its", "this") for c in tok.children)):
            return self._group_antecedent(tok)
        after = tok.right_edge.i + 1  # "an armed group, the Syrian Democratic Forces": the name, wherever it is hung
        if lemma in self.lex["group_nouns"] and after + 1 < len(self.doc) and self.doc[after].text == ",":
            named = [t for t in self.doc[after + 1 : after + 5] if t.dep_ == "appos" and t.i in self.mentions]
            return self.ref(named[0], role) if named else []
        if lemma in self.lex["armed_nouns"] | self.lex["rank_nouns"] and (ranks := self._ranks(tok)):  # "BLA separatists",
            return ranks  # "members of Hamas"
        if lemma in self.lex["armed_nouns"] and (counted or any(c.lower_ in ("the", "its", "this") for c in tok.children)):
            return self._group_antecedent(tok, self.lex["armed_types"])
        if lemma in self.lex["armed_nouns"] and role in ("target", "source"):
            return self._harbour(tok)
        described = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"] if tok.pos_ == "PROPN" else []
        if described and role == "target":  # "stormed the Mavi Marmara, a Turkish ship": what the name is said to be
            return [r for c in described for r in self.ref(c, role, owner)]
        bare = tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in tok.children)  # ", moves that Kabul condemned"
        indefinite = (bare or any(c.lower_ in ("a", "an") for c in tok.children)) and tok.dep_ != "nsubj"
        acts = self.lex["event_nouns"] | self.lex["agreement_nouns"]  # ("a deal Greece denounced": its parties)
        appended = (lemma in acts and indefinite) or (lower == "what" and tok.dep_ == "dobj")
        summed = self._appended_act(tok) if appended else []
        if summed:
            return summed
        if role == "target" and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp"):  # "about Pakistani shelling", parsed
            doers = [Ref(r.key, r.text, "owner", r.person) for c in tok.children if c.dep_ == "nsubj" for r in self.ref(c)]
            if doers or not owner:  # as a clause
                return doers
        if lemma in self.lex["counterpart_nouns"] and any(c.dep_ == "poss" for c in tok.children):
            return self._modifier_refs(tok)  # "its Philippine allies": the possessor is the other side
        if lemma in self.lex["boundary_nouns"] and role == "target":  # "attacked across its border with Vietnam": the
            other = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]  # other side
            if found := [Ref(r.key, r.text, "site") for p in other if p.dep_ == "pobj" for r in self.ref(p, "place")]:
                return found
        return self._owned(tok, lemma, role, owner)
