"""Doc -> Event by parse-based rules: triggers from ``data/relations.yaml``, arguments found by general moves.

Shapes that give events: through :mod:`kg.language.verbal`, a trigger verb with its subject and object (active or
passive, with conjuncts, reciprocals, datives and reported clauses); through :mod:`kg.language.nominal`, a trigger noun
with the participants on it ("talks between A and B", "X's accusation against Y") or in its clause ("A and B
held talks");
implied events (meeting to sign, brokering talks, "the Iran-backed group"); and, through
:mod:`kg.language.claims`, what speakers say of others. Clause-level moves live in
:mod:`kg.language.clauses`. :class:`kg.language.extract.Extractor` combines these rules with the
learnt decision.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Article, ArticleResult, Event
from .candidates import sentence_start
from .claims import Claims
from .clauses import Clauses
from .dates import event_date
from .gazetteer import Gazetteer, load_gazetteer
from .implied import Implied
from .nominal import NominalRules
from .refs import NOBODY, Found, Ref
from .resolve import Resolver
from .rules import Rules, Trigger, load_rules
from .verbal import VerbRules

__all__ = ["RuleExtractor"]

#: A place where a thing is can be the target of these only: "struck sites in Iran" hits Iran,
#: "denounced troops in Syria" accuses no Syria.
SITE_RELATIONS = ("attack", "sanction", "threaten")
#: Relations whose target may be the state where unnamed militants are: "blamed the attack on militants based in
#: Afghanistan" charges Afghanistan; "support to militants in Afghanistan" is no support to it.
HARBOUR_RELATIONS = ("accuse",)
#: Relations a member state does not hold with its own body's gathering: "Rubio wrapped up meetings with G7 foreign
#: ministers" is no meeting of the US with the G7, but with the other members (``members`` in
#: ``data/organizations.yaml``).
MEMBER_RELATIONS = ("meet", "cooperate")
#: Participles that make their modifier an actor on what they describe: relation, CAMEO, lexicon list.
PARTICIPLES = (
    ("support", "070", "backing_participles"),
    ("sanction", "163", "sanctioning_participles"),
    ("cooperate", "057", "allying_participles"),
)
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
        self.implied = Implied(self.lex, self.clauses, frozenset(self.rules.verbs))
        self.nominal = NominalRules(self.rules, self.clauses)
        self.verbal = VerbRules(self.rules, self.clauses, self.claims, self.nominal)
        #: "the same" done, "suit" followed, answered "in kind": the word and the verb that echo the last act told
        self.echoes: dict[str, dict[str, bool]] = {}  # word: {verb: whether it answers the act's doer}
        for reply, entries in enumerate((self.lex["echo_words"], self.lex["reply_words"])):
            for word, verb in (entry.split() for entry in entries):
                self.echoes.setdefault(word, {})[verb] = bool(reply)
        #: the lemmas a rule starts from; other words are passed over
        self.cues = (
            frozenset(self.rules.verbs)
            | frozenset(self.rules.nouns)
            | frozenset(self.rules.adjectives)
            | {label.split()[-1] for label in self.lex["hostile_labels"]}  # "intelligence officer": "officer"
            | self.lex["dismissive_labels"]
            | self.lex["hostile_verbs"]
            | self.lex["condemned_acts"]
            | self.lex["harm_verbs"]
            | self.lex["redress_verbs"]
            | self.lex["perpetration_verbs"]
            | self.lex["incursion_verbs"]
            | self.lex["consequence_verbs"]
            | {w for _, _, words in PARTICIPLES for w in self.lex[words]}
            | self.lex["joint_words"]
            | self.lex["visiting_words"]
            | self.lex["deterrence_verbs"]
            | self.lex["address_verbs"]
            | {"be", "expect", "have", "in", "at"}  # "the Iranian foreign minister is (expected) in Moscow", "Macron in Berlin
            # called", "at the request of"
            | {
                "if",
                "unless",
                "should",
            }  # "will buy Russian jets if the U.S. does not lift the freeze" (or "should"): an ultimatum
            | frozenset(self.echoes)
        )
        #: hostile acts one may be asked to stop ("urged Russia to stop its attacks on Ukraine")
        hostile = {name for name, rel in self.rules.relations.items() if rel.family == "hostile"}
        acts = {lemma for table in (self.rules.verbs, self.rules.nouns) for lemma, t in table.items() if t[0].relation in hostile}
        self.stoppable = self.lex["condemned_acts"] | self.lex["harm_verbs"] | self.lex["redress_verbs"] | acts

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
        told: list[Found] = []  # the acts told so far, for "days after the Solomon Islands did the same"
        for sent in doc.sents:
            if sent.text.rstrip(" ”\"'’").endswith("?"):
                pending = []
                continue
            raw: list[Found] = []
            labels: list[Token] = []  # the hostile labels, whose bearers a sentence with no speaker leaves for the next
            base = len(res.events)  # events so far, this sentence's included: "X struck Y, and Z vowed to retaliate"
            charged = len(res.accusations)  # and accusations: "X blamed India, a charge New Delhi rejected"
            synced = 0
            for i in cues[bisect.bisect_left(cues, sent.start) : bisect.bisect_left(cues, sent.end)]:
                tok = doc[i]
                if len(raw) != synced:  # the anaphora of later words sees this sentence's events so far
                    res.events[base:] = [(item.trigger.i, item.source, item.target) for item in raw if item.kind != "claim"]
                    res.attacks |= {item.trigger.i for item in raw if item.relation == "attack"}
                    res.accusations[charged:] = [
                        (sent.start, item.source, item.target) for item in raw if item.relation == "accuse"
                    ]
                    synced = len(raw)
                lemma = tok.lemma_.lower()
                if tok.pos_ in ("VERB", "AUX") and lemma in self.rules.verbs:
                    for trigger in self.rules.verbs[lemma]:
                        raw += self.verbal.events(res, tok, trigger)
                elif tok.pos_ in ("NOUN", "PROPN") and lemma in self.rules.nouns and tok.i not in res.mentions:
                    for trigger in self.rules.nouns[lemma]:
                        raw += self.nominal.events(res, tok, trigger)
                elif self._predicative(tok) and (lemma in self.rules.adjectives or tok.lower_ in self.rules.adjectives):
                    for trigger in self.rules.adjectives.get(lemma) or self.rules.adjectives[tok.lower_]:
                        raw += self._adjective(res, tok, trigger)
                named = [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.i == tok.i - 1]  # "intelligence officers"
                if lemma in self.lex["hostile_labels"] or " ".join([*named, lemma]) in self.lex["hostile_labels"]:
                    raw += self.claims.claim(res, tok)
                    labels.append(tok)
                elif lemma in self.lex["dismissive_labels"]:  # "called the charges false", "“This is false,” X said"
                    raw += self.claims.claim(res, tok)
                objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
                crime = (lemma in self.lex["perpetration_verbs"] and bool(objects & self.lex["crime_nouns"])) or (
                    lemma in self.lex["incursion_verbs"] and bool(objects & self.lex["sovereign_nouns"])
                )  # "committed war crimes", "had entered Japanese waters"
                alleged = tok.dep_ == "acl" and tok.head.lemma_.lower() in self.lex["charge_nouns"]  # "charge that X armed Y"
                if (lemma in self.lex["hostile_verbs"] or crime or alleged) and tok.pos_ == "VERB":
                    raw += self.claims.charged(res, tok)
                if lemma in self.lex["consequence_verbs"] and tok.pos_ == "VERB":
                    raw += self.claims.foretold(res, tok)  # "said Washington would pay a price"
                if (lemma in self.lex["hostile_verbs"] and tok.pos_ == "VERB") or lemma in self.stoppable:
                    raw += self.claims.demanded(res, tok)  # "urged Washington to stop interfering"
                if lemma in self.stoppable and tok.dep_ == "dobj" and tok.head.dep_ == "xcomp" and tok.head.pos_ == "VERB":
                    raw += self.claims.demanded(res, tok.head)  # "should stop encouraging the war": doing a hostile act
                if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl"):  # "the Iran-backed group", "a U.S.-designated group"
                    for relation, cameo, words in PARTICIPLES:
                        if lemma in self.lex[words]:
                            raw += self.implied.backed(res, tok, relation, cameo)
                if lemma in self.lex["joint_words"]:
                    raw += self.implied.joint(res, tok)
                if lemma in ("be", "expect", "have"):
                    raw += self.implied.present(res, tok)
                if tok.lower_ in ("if", "unless", "should"):
                    raw += self.implied.ultimatum(res, tok)
                if tok.lower_ == "in" and tok.dep_ == "prep":
                    raw += self.implied.abroad(res, tok) + self.clauses.witnessed(res, tok)
                if tok.lower_ == "at" and tok.dep_ == "prep":
                    raw += self.implied.requested(res, tok)  # "troops flew into Banjul at the request of Jawara"
                if lemma in self.lex["deterrence_verbs"] and tok.pos_ == "VERB":
                    raw += self.implied.deterred(res, tok)  # "will take measures to prevent Iran from acquiring"
                if lemma in self.lex["visiting_words"]:
                    raw += self.implied.visiting(res, tok)
                if lemma in self.lex["address_verbs"] and tok.pos_ == "VERB":
                    raw += self.implied.addressed(res, tok)
                if lemma in self.echoes:
                    raw += self._echo(res, tok, told + raw)
            raw += self.implied.copresence(res, raw, self.rules.mutual_words) + self.clauses.mediators(res, raw)
            raw += self.implied.joined(res, raw)
            raw += self.implied.blamed(res, raw, self.rules.armed_words)
            raw = self.implied.home_front(res, self.implied.ground(res, raw))
            raw = [self.claims.as_threat(res, item) for item in raw]
            raw = _spared(self.implied.rebutted(res, [item for item in raw if item is not None]))
            raw += self.claims.pinned_claim(res, sent, pending)
            raw = self.claims.reported(res, raw)
            pending = self.claims.unattributed(res, labels)
            raw = [m for item in raw for m in self._members_met(res, item, article.date)]
            raw = [self._joined(item, told) for item in raw]
            told += [item for item in raw if item.kind != "claim"]
            res.events[base:] = [(item.trigger.i, item.source, item.target) for item in raw if item.kind != "claim"]
            res.accusations[charged:] = [(sent.start, item.source, item.target) for item in raw if item.relation == "accuse"]
            res.unreal |= {item.trigger.i for item in raw if item.modality in ("planned", "threatened", "hinted")}
            # (an attack only vowed is none: "vowed to hit back at American targets", made a threat above)
            res.attacks = {i for i in res.attacks if i < sent.start} | {t.trigger.i for t in raw if t.relation == "attack"}
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

    def _echo(self, res: Resolver, word: Token, told: list[Found]) -> list[Found]:
        """ "Kiribati cut ties with Taiwan, days after the Solomon Islands did the same", "Canada followed suit": the
        subject does the last act told before, to its target (``echo_words`` in ``data/lexicon.yaml``); "Belgrade
        responded in kind": back to its doer."""
        kind = word.lower_ == "kind" and word.i > 0 and word.doc[word.i - 1].lower_ == "in"  # (however the parser hangs it)
        verb = next((a for a in word.ancestors if a.pos_ == "VERB"), word.head) if kind else word.head
        reply = self.echoes[word.lemma_.lower()].get(verb.lemma_.lower())
        echoed = reply is not None and (kind or word.dep_ == "dobj")
        start = verb.doc[verb.sent.start - 1].sent.start if verb.sent.start else 0  # told in this sentence or the last
        before = [t for t in told if start <= t.trigger.i < verb.i and t.target is not NOBODY and t.kind != "claim"]
        modality = self.clauses.modality(verb, res.year) if echoed and before else None
        if modality is None:
            return []
        at = max(item.trigger.i for item in before)
        lasts = [item for item in before if item.trigger.i == at]  # to each of its targets
        subjects = self.clauses.subjects(res, verb)
        return [
            last._replace(trigger=verb, kind="verb", source=s, target=last.source if reply else last.target, modality=modality)
            for last in lasts
            for s in subjects
            if s.key != last.source.key and (reply or s.key != last.target.key)
        ]

    def _joined(self, item: Found, told: list[Found]) -> Found:
        """ "The EU proposed tariffs on Chinese cars. The measure passed with support from France": who backs a measure
        told before (its maker found by pointing back) takes part in it, against its target (``joined_measures``)."""
        if item.relation != "support" or item.target.via != "anaphora":
            return item
        verb = item.trigger if item.trigger.pos_ in ("VERB", "AUX") else self.clauses.governor(item.trigger)[0]
        heads = [item.trigger] if verb is None else [item.trigger, verb]
        things = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        acts = [t for t in told if t.source.key == item.target.key and t.trigger.i < item.trigger.i]
        last = max(acts, key=lambda t: t.trigger.i, default=None)
        if last is None or last.relation not in self.lex["joined_relations"] or last.target.key in ("", item.source.key):
            return item
        if not any(t.lemma_.lower() in self.lex["joined_measures"] for t in things):
            return item
        return last._replace(trigger=item.trigger, kind=item.kind, source=item.source, modality=item.modality)

    def _members_met(self, res: Resolver, item: Found, day: str | None) -> list[Found]:
        """ "Rubio wrapped up meetings with G7 foreign ministers": a member met the other members of its body when
        their officials gathered, not the body (but "an ECOWAS delegation met Niger's junta leader": the body's own)."""
        held = item.relation == "meet" and item.modality == "asserted"  # a gathering to come may not meet them all
        ends = ((item.source, item.target), (item.target, item.source)) if held else ()
        gathered = [(b, o) for b, o in ends if b.via == "office" and b.person is None and self.gaz.member_of(o.key, b.key, day)]
        if not gathered:
            return [item]
        body, other = gathered[0]
        envoys = self.lex["envoy_nouns"]
        named = (t for t in item.trigger.sent if t.i in res.mentions and res.mentions[t.i].key == body.key)
        if any(t.head.tag_ == "NN" and t.head.lemma_.lower() in envoys for t in named):
            own = Ref(body.key, body.text, "mention", None)  # the body itself
            return [item._replace(source=own) if item.source is body else item._replace(target=own)]
        others = [m.actor for m in self.gaz.members[body.key] if m.actor != other.key and (day is None or m.holds_on(day))]
        return [item._replace(source=other, target=Ref(key, body.text, "office", None)) for key in dict.fromkeys(others)]

    def _among_members(self, src: Ref, tgt: Ref, day: str | None) -> bool:
        """Whether one end is a body named by its members' officials ("G7 foreign ministers", "EU leaders") and the
        other a member of it: a member at its body's gathering does not meet the body. The body's own officers
        ("NATO Secretary General Mark Rutte") and the body by name ("Sweden joined NATO") are met and joined."""
        return any(
            body.via == "office" and body.person is None and self.gaz.member_of(other.key, body.key, day)
            for body, other in ((src, tgt), (tgt, src))
        )

    def _relief(self, relation: str, trig: Token) -> bool:
        """Whether an act of support brings relief, which helps the state of the place it goes to: "sent food to Gaza",
        "delivered fuel to Gaza", "pledged $500 million to Gaza" (troops sent to a region need not back its state,
        unless they are sent to help: "deployed to Russia's Kursk region to help repel a Ukrainian incursion")."""
        goods = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")] if trig.pos_ == "VERB" else [trig]
        relief = [t for g in goods for t in g.subtree if t.lemma_.lower() in self.lex["relief_nouns"] or t.ent_type_ == "MONEY"]
        helping = [c for c in trig.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in self.lex["helping_verbs"]]
        return relation == "support" and bool(relief or helping)

    def actor(self, key: str) -> Actor:
        return self.gaz.actors.get(key) or Actor(key, key.replace("_", " ").title(), "group")

    def event(
        self, article: Article, sent: Span, relation: str, trig: Token, cameo: str, kind: str, src: Ref, tgt: Ref, modality: str
    ) -> Event | None:
        if src.key == tgt.key or tgt is NOBODY:
            return None
        rel = self.rules.relations[relation]
        if tgt.via == "site" and rel.name not in SITE_RELATIONS and not self._relief(rel.name, trig):
            return None  # "recognised two regions in Ukraine" backs the regions, not Ukraine; "struck sites in Iran" hits Iran
        if src.via == "harbour" or (tgt.via == "harbour" and rel.name not in HARBOUR_RELATIONS):
            return None  # militants based in a state do not act for it; a charge of their acts is laid at its door
        if rel.name in MEMBER_RELATIONS and self._among_members(src, tgt, article.date):
            return None
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

    def _adjective(self, res: Resolver, adj: Token, trig: Trigger) -> list[Found]:
        """ "The G7 remains concerned with China's build-up": the subject of the copula, and the owner of what the
        adjective is about ("was not supportive of the meeting" the US called: negated, it rejects)."""
        verb = adj.head if adj.dep_ == "acomp" else adj  # "he was “deeply concerned” about ...": parsed as a passive
        things = self.clauses.pobjs(adj, trig.target_preps)
        if "by" in trig.target_preps:  # "is deeply disappointed by Somalia's decision": "by" parsed as the agent
            things += [p for c in adj.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        # "concerned about the IAEA report about Iran's production": what the report tells, not its author
        things = [q for p in things for q in (self.clauses.pobjs(p, ABOUT) if p.lemma_ in self.lex["claim_nouns"] else [p])]
        targets = [r for p in things for r in res.refs(p, "target", owner=True)]
        trig, modality = self.verbal.frame(res, verb, trig)
        if modality is None or not targets:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] if verb is adj else []
        sources = [r for c in subjects for r in res.refs(c, "source")] or self.clauses.subjects(res, verb)
        return [Found(trig.relation, adj, trig.cameo, "verb", s, t, modality) for s in sources for t in targets if s.key != t.key]

    @staticmethod
    def _predicative(tok: Token) -> bool:
        """An adjective said of a subject: "is concerned", or the participle parsed as a passive ("was concerned")."""
        return tok.dep_ == "acomp" or (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children))


def _spared(raw: list[Found]) -> list[Found]:
    """ "carried out air strikes in Syria in support of Assad's government, hitting targets near Homs": ground struck by
    one who backs its state in the same sentence is no attack on that state."""
    backed = {(item.source.key, item.target.key) for item in raw if item.relation == "support"}
    struck = [item for item in raw if item.relation == "attack" and item.target.via == "site"]
    return [item for item in raw if not (item in struck and (item.source.key, item.target.key) in backed)]
