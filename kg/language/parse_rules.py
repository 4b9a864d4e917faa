"""Doc -> Event by parse-based rules: triggers from ``data/relations.yaml``, arguments found by general moves.

Shapes that give events: a trigger verb with its subject and object (active or passive, with
conjuncts, reciprocals, datives and reported clauses); through :mod:`kg.language.nominal`, a trigger noun
with the participants on it ("talks between A and B", "X's accusation against Y") or in its clause ("A and B
held talks");
implied events (meeting to sign, brokering talks, "the Iran-backed group"); and, through
:mod:`kg.language.claims`, what speakers say of others. Clause-level moves live in
:mod:`kg.language.clauses`. :class:`kg.language.extract.Extractor` combines these rules with the
learnt decision.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Article, ArticleResult, Event
from .candidates import sentence_start
from .claims import Claims
from .clauses import PARTICLES, Clauses
from .dates import event_date
from .gazetteer import Gazetteer, load_gazetteer
from .implied import Implied
from .nominal import NominalRules
from .refs import NOBODY, SUBJECTS, Found, Ref
from .resolve import Resolver
from .rules import Rules, Trigger, fits_words, load_rules

__all__ = ["RuleExtractor"]

DIRECT = ("mention", "office", "term")
#: A place where a thing is can be the target of these only: "struck sites in Iran" hits Iran,
#: "denounced troops in Syria" accuses no Syria.
SITE_RELATIONS = ("attack", "sanction", "threaten")
#: Participles that make their modifier an actor on what they describe: relation, CAMEO, lexicon list.
PARTICIPLES = (("support", "070", "backing_participles"), ("sanction", "163", "sanctioning_participles"))
#: What a report or statement is about: "concerned about the IAEA report on Iran's enrichment".
ABOUT = ("about", "on", "over", "into", "of")


class RuleExtractor:
    """Turns a parsed article into events by parse-based rules; holds the rules and gazetteer, no per-doc state."""

    def __init__(self, rules: Rules | None = None, gazetteer: Gazetteer | None = None):
        self.rules = rules or load_rules()
        self.gaz = gazetteer or load_gazetteer()
        self.lex = self.rules.lexicon
        self.clauses = Clauses(self.lex)
        self.claims = Claims(self.rules, self.clauses)
        self.implied = Implied(self.lex, self.clauses)
        self.nominal = NominalRules(self.rules, self.clauses)
        #: the lemmas a rule starts from; other words are passed over
        self.cues = (
            frozenset(self.rules.verbs)
            | frozenset(self.rules.nouns)
            | frozenset(self.rules.adjectives)
            | self.lex["hostile_labels"]
            | self.lex["hostile_verbs"]
            | self.lex["perpetration_verbs"]
            | self.lex["backing_participles"]
            | self.lex["sanctioning_participles"]
            | self.lex["joint_words"]
        )

    # -- entry point ----------------------------------------------------------------------
    def resolver(self, doc: Doc, article: Article) -> Resolver:
        """The resolver of one article, shared by the rules and the learnt decision."""
        return Resolver(doc, article.date, self.gaz, self.rules)

    def extract(self, doc: Doc, article: Article, res: Resolver | None = None) -> ArticleResult:
        """All events of one parsed article, deduplicated per sentence, and their actors."""
        res = res or self.resolver(doc, article)
        found: dict[tuple, Event] = {}
        pending: list[Ref] = []
        cues = res.lemma_positions(self.cues)
        for sent in doc.sents:
            if sent.text.rstrip(" ”\"'’").endswith("?"):
                pending = []
                continue
            raw: list[Found] = []
            base = len(res.events)  # events so far, this sentence's included: "X struck Y, and Z vowed to retaliate"
            charged = len(res.accusations)  # and accusations: "X blamed India, a charge New Delhi rejected"
            synced = 0
            for i in cues[bisect.bisect_left(cues, sent.start) : bisect.bisect_left(cues, sent.end)]:
                tok = doc[i]
                if len(raw) != synced:  # the anaphora of later words sees this sentence's events so far
                    res.events[base:] = [(item.trigger.i, item.source, item.target) for item in raw if item.kind != "claim"]
                    res.accusations[charged:] = [(item.source, item.target) for item in raw if item.relation == "accuse"]
                    synced = len(raw)
                lemma = tok.lemma_.lower()
                if tok.pos_ in ("VERB", "AUX") and lemma in self.rules.verbs:
                    for trigger in self.rules.verbs[lemma]:
                        raw += self._verb(res, tok, trigger)
                elif tok.pos_ in ("NOUN", "PROPN") and lemma in self.rules.nouns and tok.i not in res.mentions:
                    for trigger in self.rules.nouns[lemma]:
                        raw += self.nominal.events(res, tok, trigger)
                elif self._predicative(tok) and (lemma in self.rules.adjectives or tok.lower_ in self.rules.adjectives):
                    for trigger in self.rules.adjectives.get(lemma) or self.rules.adjectives[tok.lower_]:
                        raw += self._adjective(res, tok, trigger)
                if lemma in self.lex["hostile_labels"]:
                    raw += self.claims.claim(res, tok)
                crime = lemma in self.lex["perpetration_verbs"] and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.lex["crime_nouns"] for c in tok.children
                )
                if (lemma in self.lex["hostile_verbs"] or crime) and tok.pos_ == "VERB":
                    raw += self.claims.charged(res, tok)
                if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl"):  # "the Iran-backed group", "a U.S.-designated group"
                    for relation, cameo, words in PARTICIPLES:
                        if lemma in self.lex[words]:
                            raw += self.implied.backed(res, tok, relation, cameo)
                if lemma in self.lex["joint_words"]:
                    raw += self.implied.joint(res, tok)
            raw += self.implied.copresence(res, raw) + self.implied.mediators(res, raw)
            raw = [self.claims.as_threat(res, item) for item in raw]
            raw = [item for item in raw if item is not None]
            raw += self.claims.pinned_claim(res, sent, pending)
            raw = self.claims.reported(res, raw)
            pending = self.claims.unattributed(res, sent)
            res.events[base:] = [(item.trigger.i, item.source, item.target) for item in raw if item.kind != "claim"]
            res.accusations[charged:] = [(item.source, item.target) for item in raw if item.relation == "accuse"]
            for item in raw:
                event = self.event(article, sent, *item)
                if event is None:
                    continue
                key = self.key(event)
                if key not in found or found[key].confidence < event.confidence:
                    found[key] = event
        events = sorted(found.values(), key=lambda e: (e.char_start, e.source, e.relation, e.target))
        actors = {k: self.actor(k) for e in events for k in (e.source, e.target)}
        return ArticleResult(article, events, actors)

    def key(self, e: Event) -> tuple:
        """Events with one key are one event: the same ends (unordered if symmetric), relation and sentence."""
        ends = (e.source, e.target)
        if self.rules.relations[e.relation].symmetric:
            ends = tuple(sorted(ends))
        return (*ends, e.relation, e.char_start)

    def actor(self, key: str) -> Actor:
        return self.gaz.actors.get(key) or Actor(key, key.replace("_", " ").title(), "group")

    def event(
        self, article: Article, sent: Span, relation: str, trig: Token, cameo: str, kind: str, src: Ref, tgt: Ref, modality: str
    ) -> Event | None:
        if src.key == tgt.key or tgt is NOBODY:
            return None
        rel = self.rules.relations[relation]
        if tgt.via == "site" and rel.name not in SITE_RELATIONS:
            return None  # "recognised two regions in Ukraine" backs the regions, not Ukraine; "struck sites in Iran" hits Iran
        conf = self.rules.confidence
        score = conf[kind] - sum(conf["penalty"].get(r.via, 0) for r in (src, tgt))
        score -= conf["penalty"].get(modality, 0)
        text = sent.text.strip()
        start = sentence_start(sent)
        return Event(
            source=src.key,
            relation=relation,
            target=tgt.key,
            source_label=self.actor(src.key).label,
            target_label=self.actor(tgt.key).label,
            source_text=src.text,
            target_text=tgt.text,
            sentence=text,
            char_start=start,
            char_end=start + len(text),
            article=article.id,
            date=event_date(article.date, sent, modality, self.lex),
            confidence=round(max(0.05, min(1.0, score)), 2),
            cameo=cameo,
            plover=rel.plover,
            family=rel.family,
            goldstein=rel.goldstein,
            modality=modality,
            trigger=trig.text,
            source_person=src.person,
            target_person=tgt.person,
        )

    # -- subjects and objects -------------------------------------------------------------

    def _verb(self, res: Resolver, verb: Token, trig: Trigger) -> list[Found]:
        children = list(verb.children)
        # "walked out of the talks": the parser also makes the particle a preposition holding the next one
        bare = [c for c in children if c.dep_ == "prep" and not any(p.dep_ == "pobj" for p in c.children)]
        particles = [c for c in children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES)] + bare
        if trig.particle and not any(c.lower_ == trig.particle for c in particles):
            return []
        if not fits_words(trig, verb):
            return []  # "declared the ambassador persona non grata"
        if trig.forbid_words and any(t.lower_ in trig.forbid_words for t in verb.subtree):
            return []  # "gave Qatar ten days to comply" is an ultimatum, not aid
        if trig.forbid_particle and any(c.dep_ == "prt" for c in children):
            return []
        if any(c.dep_ == "prep" and c.lower_ in trig.forbid_prep for c in children):
            return []
        if trig.requires_prep and not any(c.dep_ == "prep" and c.lower_ in trig.requires_prep for c in children):
            return []
        if trig.no_oprd and any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in children):
            return []
        trig, modality = self._frame(res, verb, trig)
        if modality is None:
            return []
        owner = trig.owner_target or trig.relation in ("attack", "sanction", "reject")
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        objects = [c for c in children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if passive and self.rules.relations[trig.relation].family == "meeting" and not any(res.refs(o) for o in objects):
            return []  # "any intervention would be met with a response": met, but by no one
        if not objects and trig.raised_object:  # "helped Mauritius build an airstrip"
            objects = [s for c in children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
        if not objects and not passive:  # "dismissed as “meaningless” US accusations": the object follows its label
            objects = [
                p
                for c in children
                if c.dep_ == "prep" and c.lower_ == "as" and self._label_first(c)
                for p in c.children
                if p.dep_ == "pobj"
            ]
        # "breached the ceasefire agreed with Israel" parsed as a clause: the agreement is the object, made "with" Israel
        reduced = [
            c
            for c in children
            if not objects and c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in self.lex["agreement_verbs"]
        ]
        agreed = self.lex["agreement_nouns"]
        objects += [s for c in reduced for s in c.children if s.dep_ == "nsubj" and s.lemma_.lower() in agreed]
        if not objects and not passive:  # "killed and injured 1,000 Taliban fighters": the next verb's object is shared
            objects = [
                o
                for c in children
                if c.dep_ == "conj" and c.i - verb.i <= 3 and not any(s.dep_ in SUBJECTS for s in c.children)
                for o in c.children
                if o.dep_ == "dobj"
            ]
        if trig.among_objects:  # "the talks brought together ministers from Britain, Canada and Japan": they meet
            # people meet; states brought together ("the war brought Russia and North Korea together") need not
            group = list({r.key: r for o in objects for r in res.refs(o) if r.via == "office" or r.person}.values())
            return [Found(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a, b in itertools.combinations(group, 2)]
        if trig.object_lemmas:  # "cut ties with Qatar": the object names the act, the preposition the target
            if not any(o.lemma_.lower() in trig.object_lemmas for o in objects):
                return []
            sources = self.clauses.subjects(res, verb)
            targets = [  # "froze the assets of Russia's central bank", "suspended imports of Australian beef"
                r
                for h in [verb, *objects]
                for p in self.clauses.pobjs(h, trig.target_preps)
                for r in res.refs(p, "target", owner=trig.owner_target)
            ]
            if not targets and trig.owner_target:  # "ordered the French ambassador to leave"
                targets = [r for o in objects for r in res.refs(o, "target", owner=True)]
            if not targets and trig.collective:  # "Bahrain and Qatar restored relations", "both withdrew their envoys"
                mutual = itertools.combinations if self.rules.relations[trig.relation].symmetric else itertools.permutations
                return [Found(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a, b in mutual(sources, 2)]
            return [
                Found(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a in sources for b in targets if a.key != b.key
            ]
        # "a charge Kabul rejected", "the truce that Russia violated": the object is the noun described
        relative = all(o.tag_ in ("WDT", "WP") for o in objects) and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children
        )
        if verb.dep_ in ("acl", "relcl") and ((passive and not objects) or (verb.dep_ == "relcl" and relative)):
            objects = [verb.head]
        sources = self.clauses.subjects(res, verb)
        if trig.official_source:
            sources = [s for s in sources if s.person or s.via == "office"]
        given = [c for c in children if c.dep_ == "dobj"]
        with_prep = any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
        if trig.dative:  # "sent tanks to Ukraine", "gave Ukraine tanks", "provided Kyiv with aid"
            receivers = given[:1] if len(given) > 1 else []  # "send Ukraine 14 tanks" parsed as two objects
            given = given[len(receivers) :]
            # a dative is the receiver, or a "to" whose object is ("send tanks to Ukraine, Scholz said")
            datives = [c for c in children if c.dep_ == "dative" and c.pos_ != "ADP"]
            datives += [p for c in children if c.dep_ == "dative" and c.pos_ == "ADP" for p in c.children if p.dep_ == "pobj"]
            objects = receivers + datives + self.clauses.pobjs(verb, ("to",))
            objects += [p for g in given for p in self.clauses.pobjs(g, ("to",))] + (given if with_prep else [])
            if not objects:  # "gave Ukraine tanks" parsed as "Ukraine tanks": a state leading the object receives it
                objects = [
                    c for g in given for c in g.lefts if c.dep_ == "compound" and c.i == g.left_edge.i and c.ent_type_ == "GPE"
                ]
        if trig.reciprocal or any(
            " ".join(x.lower_ for x in o.subtree if x.i <= o.i) in self.lex["reciprocals"] for o in objects
        ):
            if not sources and verb.head != verb:  # "..., with each side accusing the other"
                sources = self.clauses.subjects(res, verb.head.head if verb.head.dep_ == "prep" else verb.head)
            others = [r for p in self.clauses.pobjs(verb, ("with",)) for r in res.refs(p)]
            group = list({r.key: r for r in sources + others}.values())
            return [Found(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a, b in itertools.permutations(group, 2)]
        targets: list[Ref] = []
        if trig.object_must_not_be_actor and not with_prep and any(r.via in DIRECT for g in given for r in res.refs(g)):
            return []  # "sent troops", not "sent Ukraine"
        sanctioning = trig.relation == "attack" and bool(self.nominal.acting_sanctions(verb))  # "tariffs targeting Canada"
        if sanctioning and not sources:  # "US sanctions hit Russian banks", "the sanctions announced by Washington"
            sources = self.nominal.imposers(res, verb)
        armed = sanctioning or any(s.via == "force" for s in sources)  # "Russian missiles targeted Ukrainian power plants"
        kinds = (*DIRECT, "force", "owner", "site") if armed else (*DIRECT, "force")  # "targeted American warships"
        kinds += ("owner",) * trig.owner_target  # "praised Qatar's role in the talks"
        for obj in [] if trig.preps_only else objects:
            refs = res.refs(obj, "target", owner=owner)
            targets += [r for r in refs if not trig.object_must_be_actor or r.via in kinds]
        if trig.object_must_be_actor and not targets:
            return []
        if not trig.dative:
            role = "place" if trig.place_target else "target"
            holders = [verb, *(c for c in children if c.dep_ == "dobj"), *reduced] if trig.object_preps else [verb]
            targets += [
                r for h in holders for p in self.clauses.pobjs(h, trig.target_preps) for r in res.refs(p, role, owner=owner)
            ]
        if not targets and trig.through_xcomp:  # "threatened to shoot down US planes", "refused to ratify Sweden's bid"
            for x in (c for c in children if c.dep_ == "xcomp"):
                senses = self.rules.verbs.get(x.lemma_.lower(), ())
                if trig.relation == "reject" and any(self.rules.relations[t.relation].family == "hostile" for t in senses):
                    continue  # "refused to condemn Russia's invasion": not acting against someone is no rejection of them
                targets += [r for o in x.children if o.dep_ == "dobj" for r in res.refs(o, "target", owner=True)]
                # "declined to extradite the suspects to Britain", "refused to hold talks with the US"
                targets += (
                    [
                        r
                        for h in [x, *(o for o in x.children if o.dep_ == "dobj")]
                        for p in self.clauses.pobjs(h, ("to", "with"))
                        for r in res.refs(p, "target")
                        if r.via in DIRECT
                    ]
                    if not targets
                    else []
                )
        if not targets and trig.addressee_preps:  # "protested to Beijing about the incursion"
            targets = [r for p in self.clauses.pobjs(verb, trig.addressee_preps) for r in res.refs(p, "target")]
        relation = trig.relation
        if sanctioning:
            relation, trig = "sanction", dataclasses.replace(trig, relation="sanction", cameo="163")
        if not targets and relation == "attack":  # "struck targets in Gaza", "killed 30 people in Balochistan"
            targets = [r for p in self.clauses.pobjs(verb, ("in", "across")) for r in res.refs(p, "place")]
        if not targets and relation == "threaten":
            targets = self.claims.threatened(res, verb, sources)
        if not targets and (trig.speech or trig.speech_relation) and not objects:
            targets = self.claims.speech_targets(res, verb)
            relation = trig.speech_relation or relation
        if not targets and not objects and relation == "reject":  # "the Chinese side proposed ..., but the EU refused"
            targets = res.last_proposer(verb, {s.key for s in sources})
        # "dismissed accusations ...", "denied involvement", "deny providing sanctuary to militants": a charge denied
        denied = verb.lemma_.lower() == "deny" and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" for c in children)
        denied = denied or any(o.lemma_.lower() in self.lex["blame_nouns"] for o in objects)
        if not targets and relation == "reject" and denied:
            targets = res.accusers({s.key for s in sources})
        cameo = trig.cameo if relation == trig.relation else self.rules.relations[relation].cameo
        if not targets and trig.collective:
            return [Found(relation, verb, cameo, "verb", a, b, modality) for a, b in itertools.combinations(sources, 2)]
        if not targets and self.rules.relations[relation].family == "hostile":
            targets = self.clauses.answered(res, [verb], objects) or [NOBODY]
        if trig.target_types:
            targets = [t for t in targets if res.types.get(t.key) in trig.target_types]
        own = {s.key for s in sources}  # "the leaders criticised each of them": no edges inside the group
        pairs = [(s, t) for s in sources for t in targets if t.key not in own]
        if trig.mutual and modality == "asserted":  # "has been fighting the army": the army fights back
            pairs += [(t, s) for s, t in pairs if t.via in (*DIRECT, "force")]
        return [Found(relation, verb, cameo, "verb", s, t, modality) for s, t in pairs]

    def _adjective(self, res: Resolver, adj: Token, trig: Trigger) -> list[Found]:
        """ "The G7 remains concerned with China's build-up": the subject of the copula, and the owner of what the
        adjective is about ("was not supportive of the meeting" the US called: negated, it rejects)."""
        verb = adj.head if adj.dep_ == "acomp" else adj  # "he was “deeply concerned” about ...": parsed as a passive
        things = self.clauses.pobjs(adj, trig.target_preps)
        # "concerned about the IAEA report about Iran's production": what the report tells, not its author
        things = [q for p in things for q in (self.clauses.pobjs(p, ABOUT) if p.lemma_ in self.lex["claim_nouns"] else [p])]
        targets = [r for p in things for r in res.refs(p, "target", owner=True)]
        trig, modality = self._frame(res, verb, trig)
        if modality is None or not targets:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] if verb is adj else []
        sources = [r for c in subjects for r in res.refs(c, "source")] or self.clauses.subjects(res, verb)
        return [Found(trig.relation, adj, trig.cameo, "verb", s, t, modality) for s in sources for t in targets if s.key != t.key]

    @staticmethod
    def _predicative(tok: Token) -> bool:
        """An adjective said of a subject: "is concerned", or the participle parsed as a passive ("was concerned")."""
        return tok.dep_ == "acomp" or (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children))

    def _frame(self, res: Resolver, verb: Token, trig: Trigger) -> tuple[Trigger, str | None]:
        """The trigger and modality of a verb's clause; negated, a trigger with a ``negated`` relation takes it
        ("did not support the plan" rejects it) and is otherwise judged as asserted."""
        modality = self.clauses.modality(verb, res.year)
        # "would not negotiate with the US": a meeting or tie refused from now on is a rejection ("will not help Russia
        # get around sanctions" refuses no one)
        refused = trig.relation in ("meet", "cooperate") and self.clauses.refused_ahead(verb)
        if modality is not None or not (trig.negated or refused) or not self.clauses.negated(verb):
            return trig, modality
        relation = self.rules.relations[trig.negated or "reject"]
        negated = dataclasses.replace(trig, relation=relation.name, cameo=relation.cameo, negated=None)
        modality = self.clauses.modality(verb, res.year, negation=False)
        return negated, "asserted" if refused and modality == "planned" else modality

    @staticmethod
    def _label_first(prep: Token) -> bool:
        """ "as groundless the accusations", "as “meaningless” US accusations": an adjective comes first."""
        after = next((t for t in prep.doc[prep.i + 1 : prep.i + 4] if not t.is_punct), None)
        return after is not None and after.pos_ == "ADJ"
