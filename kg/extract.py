"""Doc -> Event: triggers from ``data/relations.yaml``, arguments found by general moves.

Three shapes give events: a trigger verb with its subject and object (active or passive,
with conjuncts, reciprocals, datives and reported clauses); a trigger noun with the
participants on it ("talks between A and B", "X's accusation against Y") or in its clause
("A and B held talks"); and a hostile predication with its speaker ("X said Y is the greatest
threat", or a claim pinned on its speaker by the next sentence).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors import Gazetteer, load_gazetteer
from .model import Actor, Article, ArticleResult, Event
from .resolve import SUBJECTS, Ref, Resolver
from .rules import Rules, Trigger, load_rules

__all__ = ["Extractor", "extract_articles"]

DIRECT = ("mention", "office")
# The target of a hostile act against no actor ("waging a hybrid war against Europe"): it makes no
# event itself, but reporting it still makes the speaker an accuser of its source.
NOBODY = Ref("", "", "none")


class Extractor:
    """Turns parsed articles into events; holds the rules and gazetteer, no per-doc state."""

    def __init__(self, rules: Rules | None = None, gazetteer: Gazetteer | None = None):
        self.rules = rules or load_rules()
        self.gaz = gazetteer or load_gazetteer()
        self.lex = self.rules.lexicon

    # -- entry point ----------------------------------------------------------------------
    def extract(self, doc: Doc, article: Article) -> ArticleResult:
        """All events of one parsed article, deduplicated per sentence, and their actors."""
        res = Resolver(doc, article.date, self.gaz, self.rules)
        self._year = int(article.date[:4]) if article.date else None
        found: dict[tuple, Event] = {}
        pending: list[Ref] = []
        for sent in doc.sents:
            if sent.text.rstrip(" ”\"'’").endswith("?"):
                pending = []
                continue
            raw: list[tuple] = []
            for tok in sent:
                lemma = tok.lemma_.lower()
                if tok.pos_ in ("VERB", "AUX") and lemma in self.rules.verbs:
                    for trigger in self.rules.verbs[lemma]:
                        raw += self._verb(res, tok, trigger)
                elif tok.pos_ in ("NOUN", "PROPN") and lemma in self.rules.nouns and tok.i not in res.mentions:
                    raw += self._noun(res, tok, self.rules.nouns[lemma])
                if lemma in self.lex["hostile_labels"]:
                    raw += self._claim(res, tok)
                if lemma in self.lex["backing_participles"] and tok.tag_ == "VBN" and tok.dep_ == "amod":
                    raw += self._backed(res, tok)
            raw += self._copresence(res, raw) + self._mediators(res, raw)
            raw = [self._as_threat(item) for item in raw]
            raw = [item for item in raw if item is not None]
            raw += self._pinned_claim(res, sent, pending)
            raw = self._reported(res, raw)
            pending = self._unattributed(res, sent)
            res.events += [(item[1].i, item[4], item[5]) for item in raw if item[3] != "claim"]
            for item in raw:
                event = self._event(article, sent, *item)
                if event is None:
                    continue
                key = self._key(event)
                if key not in found or found[key].confidence < event.confidence:
                    found[key] = event
        events = sorted(found.values(), key=lambda e: (e.char_start, e.source, e.relation, e.target))
        actors = {k: self._actor(k) for e in events for k in (e.source, e.target)}
        return ArticleResult(article, events, actors)

    def _key(self, e: Event) -> tuple:
        ends = (e.source, e.target)
        if self.rules.relations[e.relation].symmetric:
            ends = tuple(sorted(ends))
        return (*ends, e.relation, e.char_start)

    def _actor(self, key: str) -> Actor:
        return self.gaz.actors.get(key) or Actor(key, key.replace("_", " ").title(), "group")

    def _event(self, article: Article, sent: Span, relation: str, trig: Token, cameo: str, kind: str,
               src: Ref, tgt: Ref, modality: str) -> Event | None:
        if src.key == tgt.key or tgt is NOBODY:
            return None
        rel = self.rules.relations[relation]
        conf = self.rules.confidence
        score = conf[kind] - sum(conf["penalty"].get(r.via, 0) for r in (src, tgt))
        score -= conf["penalty"].get(modality, 0)
        text = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        return Event(
            source=src.key, relation=relation, target=tgt.key,
            source_label=self._actor(src.key).label, target_label=self._actor(tgt.key).label,
            source_text=src.text, target_text=tgt.text, sentence=text,
            char_start=start, char_end=start + len(text), article=article.id, date=article.date,
            confidence=round(max(0.05, min(1.0, score)), 2), cameo=cameo, plover=rel.plover,
            polarity=rel.family, goldstein=rel.goldstein, modality=modality, trigger=trig.text,
            source_actor=src.person, target_actor=tgt.person,
        )

    # -- negation and modality ------------------------------------------------------------
    def _modality(self, tok: Token) -> str | None:
        """``asserted``, ``planned``, ``threatened`` (under "vow", "threaten"), or None for negated, denied or hypothetical."""
        modality, t, clausal, came_by_conj = "asserted", tok, True, False
        threat = any(a.lemma_.lower() in self.lex["threat_verbs"] for a in (tok, *tok.ancestors))  # threats are often conditional
        for _ in range(6):
            for c in t.children:
                if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "never")):
                    return None
                if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                    return None
                if c.dep_ == "aux":
                    if c.lower_ in self.lex["future_aux"]:
                        modality = "planned"
                    elif c.lemma_.lower() in self.lex["hypothetical_aux"]:
                        return None
            for c in t.children:  # "invaded Poland in September 1939", "the 1982 war": history, not news
                if (c.dep_ == "prep" and c.lower_ in ("in", "during", "since") or c.dep_ in ("nummod", "compound", "npadvmod")) and self._old(c):
                    return None
                if c.dep_ == "advcl" and not threat and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    return None  # "if elected, he would restore relations"
            if t.dep_ in ("relcl", "acl") and any(c.dep_ in ("nummod", "compound") and self._old(c) for c in t.head.children):
                return None  # "the 1982 war, in which Argentina invaded ..."
            if any(c.dep_ in SUBJECTS and any(d.dep_ == "det" and d.lower_ in ("no", "none") for d in c.children) for c in t.children):
                return None  # "no date has been set for a meeting"
            subject_at = min((c.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), default=t.i)
            inverted = t.pos_ == "AUX" and t.lower_ in ("were", "had", "should") and t.i < subject_at
            if inverted or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "had", "should") and c.i < subject_at for c in t.children):
                return None  # "Were Israel to hit Iran's oil facilities, ...": an inverted condition
            auxes = [c.lower_ for c in t.children if c.dep_ == "aux"]
            if "would" in auxes and "have" in auxes:
                return None  # "a resolution that would have deplored ...": counterfactual
            if t is not tok and not came_by_conj:
                if t.lemma_.lower() in self.lex["threat_verbs"]:
                    # "vowed to annihilate South Korea" is a threat; "vowed ... in response to US strikes" is not
                    return "threatened" if clausal else None
                if t.lemma_.lower() in self.lex["denial_verbs"] or t.lemma_.lower() in self.lex["irrealis_verbs"]:
                    return None
                if t.lemma_.lower() in self.lex["intent_verbs"]:
                    modality = "planned"
            bare_gerund = (t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in t.children)
                           and not any(x.is_punct for x in t.doc[min(t.i, t.head.i):max(t.i, t.head.i)]))
            if (t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "dobj", "acl", "conj") and not bare_gerund) or t.head is t:
                break  # "has not ruled out sending weapons": a bare gerund is the verb's complement
            if t.dep_ == "conj" and t.head.pos_ != t.pos_:
                break
            clausal = clausal and t.dep_ in ("xcomp", "dobj")
            came_by_conj = t.dep_ == "conj"  # "withdraw from the deal and reimpose sanctions": parallel, not under
            t = t.head
        return modality

    def _old(self, prep: Token) -> bool:
        years = [int(t.text) for t in prep.subtree if t.like_num and len(t.text) == 4 and t.text.isdigit()]
        return bool(years) and self._year is not None and max(years) < self._year - 1

    # -- subjects and objects -------------------------------------------------------------
    def _subjects(self, res: Resolver, verb: Token, depth: int = 0) -> list[Ref]:
        for c in verb.children:
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and depth > 0):  # "X is expected to meet Y"
                # headlines: "Philippines, Vietnam sign pact" leaves the first name unattached
                loose = [r for d in verb.children if d.dep_ == "dep" and d.i < c.i and d.i in res.mentions for r in res.refs(d, "source")]
                return loose + res.refs(c, "source")
            if c.dep_ == "agent":
                return [r for p in c.children if p.dep_ == "pobj" for r in res.refs(p, "source")]
        if any(c.dep_ == "auxpass" for c in verb.children):  # the parser hung "by Russia" on a nearby noun
            nouns = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            by = [r for t in (verb, *nouns) for p in self._pobjs(t, ("by",)) for r in res.refs(p, "source")]
            if by:
                return by
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and depth < 3:  # "passed a resolution criticising Iran"
            owner = res.refs(verb.head, "source", owner=True)
            if owner or verb.head.dep_ != "dobj":
                return owner
            return self._subjects(res, verb.head.head, depth + 1)
        if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            return self._subjects(res, verb.head, depth + 1)
        if depth < 3 and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            outer = verb.head.head
            if verb.head.lower_ in ("of", "for"):  # "reprimanded Russia for invading": the object acts
                return [r for c in outer.children if c.dep_ == "dobj" for r in res.refs(c, "source")]
            return self._subjects(res, outer, depth + 1)  # "told reporters after meeting Lavrov"
        return []

    def _pobjs(self, tok: Token, preps: Iterable[str]) -> list[Token]:
        """Objects of ``tok``'s prepositions in ``preps``, also past a channel: "spoke by phone with X"."""
        preps = set(preps)
        out = []
        for c in tok.children:
            if c.dep_ != "prep":
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if c.lower_ in preps:
                    out.append(p)
                elif c.lower_ in ("by", "via", "over") and p.lemma_.lower() in self.lex["channel_nouns"]:
                    out += self._pobjs(p, preps)
        return out

    def _threatened(self, res: Resolver, verb: Token, sources: list[Ref]) -> list[Ref]:
        """Whom a threat with no object aims at: the actor of its condition ("would respond if NATO
        sent troops"), the actor told to face its consequences ("warned that Iran would pay a heavy
        price"), or, for a bare vow of retaliation, the last actor before it."""
        own = {s.key for s in sources}
        clauses = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))]
        for adv in (t for t in verb.subtree if t.dep_ == "advcl"):  # the condition, wherever the parser hung it
            if any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in adv.children):
                found = [r for r in self._subjects(res, adv) if r.key not in own and r.via != "anaphora"]
                if found:
                    return found
        for clause in clauses[1:]:
            if any(t.lemma_.lower() in self.lex["consequence_verbs"] | self.lex["retaliation_words"] for t in clause.subtree):
                found = [r for r in self._subjects(res, clause) if r.key not in own and r.via != "anaphora"]
                if found:
                    return found
        if any(t.lemma_.lower() in self.lex["retaliation_words"] for t in verb.subtree):
            return res.event_antecedent(verb, exclude=own)  # "... and Netanyahu vowed to retaliate"
        return []

    def _speech_targets(self, res: Resolver, verb: Token) -> list[Ref]:
        comps = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if not comps and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):  # "denounced X as a rehearsal"
            return [r for c in verb.children if c.dep_ == "dobj" for r in res.refs(c, "target", owner=True)]
        doc = verb.doc
        if not comps and verb.i + 2 < len(doc) and doc[verb.i + 1].text == ":":
            # "the spokesman attacked: “The United States has ...”": the quote is its own sentence
            comps = [doc[verb.i + 2].sent.root]
        for comp in comps:
            refs = [r for c in comp.children if c.dep_ in SUBJECTS for r in res.refs(c, "target", owner=True) if r.via != "anaphora"]
            if refs:
                return refs
        return []

    def _verb(self, res: Resolver, verb: Token, trig: Trigger) -> list[tuple]:
        children = list(verb.children)
        if trig.particle and not any(c.dep_ == "prt" and c.lower_ == trig.particle for c in children):
            return []
        if trig.requires_words and not any(t.lower_ in trig.requires_words for t in verb.subtree):
            return []  # "declared the ambassador persona non grata"
        if trig.forbid_particle and any(c.dep_ == "prt" for c in children):
            return []
        if any(c.dep_ == "prep" and c.lower_ in trig.forbid_prep for c in children):
            return []
        if trig.requires_prep and not any(c.dep_ == "prep" and c.lower_ in trig.requires_prep for c in children):
            return []
        if trig.no_oprd and any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in children):
            return []
        modality = self._modality(verb)
        if modality is None:
            return []
        owner = trig.owner_target or trig.relation in ("attack", "sanction", "reject")
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        objects = [c for c in children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if trig.object_lemmas:  # "cut ties with Qatar": the object names the act, the preposition the target
            if not any(o.lemma_.lower() in trig.object_lemmas for o in objects):
                return []
            sources = self._subjects(res, verb)
            targets = [r for h in [verb, *objects] for p in self._pobjs(h, trig.target_preps) for r in res.refs(p, "target")]
            if not targets and trig.owner_target:  # "ordered the French ambassador to leave"
                targets = [r for o in objects for r in res.refs(o, "target", owner=True)]
            if not targets and trig.collective:  # "Bahrain and Qatar restored relations"
                return [(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a, b in itertools.combinations(sources, 2)]
            return [(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a in sources for b in targets if a.key != b.key]
        if passive and not objects and verb.dep_ in ("acl", "relcl"):
            objects = [verb.head]
        sources = self._subjects(res, verb)
        given = [c for c in children if c.dep_ == "dobj"]
        with_prep = any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
        if trig.dative:  # "sent tanks to Ukraine", "gave Ukraine tanks", "provided Kyiv with aid"
            objects = [c for c in children if c.dep_ == "dative"] + self._pobjs(verb, ("to",))
            objects += [p for g in given for p in self._pobjs(g, ("to",))] + (given if with_prep else [])
        if trig.reciprocal or any(" ".join(x.lower_ for x in o.subtree if x.i <= o.i) in self.lex["reciprocals"] for o in objects):
            if not sources and verb.head is not verb:  # "..., with each side accusing the other"
                sources = self._subjects(res, verb.head.head if verb.head.dep_ == "prep" else verb.head)
            others = [r for p in self._pobjs(verb, ("with",)) for r in res.refs(p)]
            group = list({r.key: r for r in sources + others}.values())
            return [(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a, b in itertools.permutations(group, 2)]
        targets: list[Ref] = []
        if trig.object_must_not_be_actor and not with_prep:  # "sent troops", not "sent Ukraine"
            if any(r.via in DIRECT for g in given for r in res.refs(g)):
                return []
        for obj in objects:
            refs = res.refs(obj, "target", owner=owner)
            targets += [r for r in refs if not trig.object_must_be_actor or r.via in DIRECT]
        if trig.object_must_be_actor and not targets:
            return []
        if not trig.dative:
            role = "place" if trig.place_target else "target"
            holders = [verb, *(c for c in children if c.dep_ == "dobj")] if trig.object_preps else [verb]
            targets += [r for h in holders for p in self._pobjs(h, trig.target_preps) for r in res.refs(p, role, owner=owner)]
        if not targets and trig.through_xcomp:  # "threatened to shoot down US planes", "refused to ratify Sweden's bid"
            for x in (c for c in children if c.dep_ == "xcomp"):
                targets += [r for o in x.children if o.dep_ == "dobj" for r in res.refs(o, "target", owner=True)]
        relation = trig.relation
        if not targets and relation == "threaten":
            targets = self._threatened(res, verb, sources)
        if not targets and (trig.speech or trig.speech_relation) and not objects:
            targets = self._speech_targets(res, verb)
            relation = trig.speech_relation or relation
        cameo = trig.cameo if relation == trig.relation else self.rules.relations[relation].cameo
        if not targets and trig.collective:
            return [(relation, verb, cameo, "verb", a, b, modality) for a, b in itertools.combinations(sources, 2)]
        if not targets and self.rules.relations[relation].family == "hostile":
            targets = [NOBODY]
        own = {s.key for s in sources}  # "the leaders criticised each of them": no edges inside the group
        return [(relation, verb, cameo, "verb", s, t, modality) for s in sources for t in targets if t.key not in own]

    # -- nominal events -------------------------------------------------------------------
    def _noun(self, res: Resolver, noun: Token, trig: Trigger) -> list[tuple]:
        children = list(noun.children)
        if trig.requires_modifier and not any(c.lower_ in trig.requires_modifier for c in children if c.dep_ in ("amod", "compound")):
            return []
        gov, dep = self._governor(noun)
        if trig.requires_verb and (gov is None or dep != "dobj" or gov.lemma_.lower() not in trig.requires_verb):
            return []
        if noun.ent_type_ in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART"):  # "Organisation of Islamic Cooperation"
            return []
        modality = self._modality(noun)  # "no plans for a meeting": the noun's own frame counts too
        if gov is not None and modality is not None:
            outer = self._modality(gov)
            modality = None if outer is None else outer if modality == "asserted" else modality
        if gov is not None and gov.lemma_.lower() in self.lex["denial_verbs"] | (self.lex["irrealis_verbs"] - {trig.relation, *trig.requires_verb}):
            return []
        if modality is None or any(c.dep_ == "det" and c.lower_ == "no" for c in children):
            return []
        rel = self.rules.relations[trig.relation]
        agents = [p for c in children if c.dep_ == "acl" and c.lemma_.lower() not in self.lex["mediation_verbs"]
                  for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]  # brokers are not parties
        agents += self._pobjs(noun, ("by",))
        sources = [r for c in children if c.dep_ == "poss" for r in res.refs(c, "source")]
        if gov is not None and any(r.via == "anaphora" for r in sources) and self._subjects(res, gov):
            sources = []  # "A and B held their first summit": the clause names the parties
        sources += [r for a in agents for r in res.refs(a, "source")]
        mods = [r for c in children if c.dep_ in ("amod", "compound", "nmod") and c.i in res.mentions for r in res.refs(c)]
        # "imposed sanctions on Russia", "held talks with Iran": the light verb carries the target
        holders = [noun, gov] if gov is not None and dep == "dobj" else [noun]
        targets = [r for h in holders for p in self._pobjs(h, trig.target_preps) for r in res.refs(p, "target", owner=rel.name in ("attack", "sanction"))]
        clause = self._subjects(res, gov) if gov is not None and dep in ("dobj", "pobj") else []
        if rel.name == "meet" and gov is not None and dep == "pobj" and gov.lemma_.lower() in self.lex["address_verbs"]:  # "told Putin in a call"
            clause += [r for c in gov.children if c.dep_ in ("dobj", "dative") for r in res.refs(c, "target")]
        if gov is not None and dep == "dobj":
            targets += [r for c in gov.children if c.dep_ == "dative" for r in res.refs(c, "target")]
            if gov.lemma_.lower() in self.lex["reciprocal_verbs"] and not rel.symmetric:
                return [(rel.name, noun, trig.cameo, "noun", a, b, modality) for a, b in itertools.permutations(clause, 2)]
        if trig.subject_party:
            parties = sources + mods + targets
            return [(rel.name, noun, trig.cameo, "noun", a, b, modality) for a in clause for b in parties]
        if rel.symmetric:
            between = [r for p in self._pobjs(noun, ("between",)) for r in res.refs(p)]
            if not targets:  # "signed agreements normalising relations with Israel"
                for c in (c for c in children if c.dep_ == "acl"):
                    for h in [c, *(o for o in c.children if o.dep_ == "dobj")]:
                        targets += [r for p in self._pobjs(h, ("with",)) for r in res.refs(p, "target")]
            targets = [t for t in targets if t.key not in {b.key for b in between}]
            sources = sources + mods if sources + mods else clause
            if targets and trig.multilateral:  # "joint exercises with China and Iran": the partners are together too
                partners = {r.key: r for r in targets}
                pairs = [(s, t) for s in sources for t in targets] + list(itertools.combinations(partners.values(), 2))
            elif targets:
                pairs = [(s, t) for s in sources for t in targets]
            else:
                group = {r.key: r for r in (between or sources)}
                pairs = list(itertools.combinations(group.values(), 2))
            return [(rel.name, noun, trig.cameo, "noun", a, b, modality) for a, b in pairs]
        if rel.name == "accuse" and not targets:
            for c in children:
                if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
                    targets += [r for s in c.children if s.dep_ in SUBJECTS for r in res.refs(s, "target") if r.via != "anaphora"]
                    targets += [r for p in self._pobjs(c, trig.target_preps) for r in res.refs(p, "target")]
        sources = sources or mods or (clause if dep == "dobj" else [])
        if not targets and rel.family == "hostile":
            targets = [NOBODY]
        return [(rel.name, noun, trig.cameo, "noun", s, t, modality) for s in sources for t in targets]

    @staticmethod
    def _governor(noun: Token) -> tuple[Token | None, str]:
        """The verb a nominal trigger hangs from, and how: "held [four hours of] talks" -> (held, dobj)."""
        t, dep = noun, noun.dep_
        for _ in range(4):
            if t.dep_ in ("dobj", "nsubjpass", "attr") and t.head.pos_ in ("VERB", "AUX"):
                return t.head, "dobj"  # also "carried out [hundreds of] strikes"
            if t.dep_ == "pobj" and t.head.dep_ == "prep":
                if t.head.pos_ == "VERB" and t.head.head.pos_ in ("VERB", "AUX"):  # "following talks": a preposition
                    return t.head.head, "pobj"
                if t.head.head.pos_ in ("VERB", "AUX"):
                    return t.head.head, "pobj" if t is noun else dep
                t = t.head.head
                continue
            break
        return None, dep

    # -- hostile predications -------------------------------------------------------------
    def _speaker(self, res: Resolver, pred: Token) -> list[Ref]:
        """Who makes the claim in the clause headed by ``pred``."""
        speech = self.lex["speech_verbs"]
        if pred.dep_ in ("ccomp", "parataxis") and pred.head.lemma_.lower() in speech:
            return self._subjects(res, pred.head)
        for c in pred.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in speech:
                return self._subjects(res, c)
            if c.dep_ == "prep" and c.lower_ == "according":
                return [r for p in self._pobjs(c, ("to",)) for r in res.refs(p, "source")]
        return []

    def _evaluated(self, res: Resolver, tok: Token) -> list[Ref]:
        """Who is blamed when ``tok`` is judged: its owner ("Putin's rhetoric"), or, for "it" or "the
        move", the actor of the latest event before it ("India called the move unfair")."""
        refs = [r for r in res.refs(tok, "target", owner=True) if r.via != "anaphora"]
        if refs:
            return refs
        definite = tok.lower_ in ("it", "this") or any(c.lower_ in ("the", "this", "that") for c in tok.children)
        if definite and (tok.pos_ == "PRON" or tok.lemma_.lower() in self.lex["event_nouns"]):
            return res.event_antecedent(tok)
        return []

    def _bearers(self, res: Resolver, label: Token) -> tuple[Token | None, list[Ref]]:
        """The predicate and the actors a hostile label is said of.

        The label may sit inside its phrase ("an act of war", "dangerous and reckless"): the
        phrase's head decides the shape.
        """
        quoted = label.i in res.quoted
        for _ in range(3):  # climb to the head of the label's phrase
            if label.dep_ in ("amod", "compound", "pobj", "prep", "conj", "advmod", "nmod") and label.head is not label:
                if label.dep_ == "pobj" and label.head.lower_ == "as":
                    break
                label = label.head
        head = label.head
        if label.dep_ in ("attr", "dobj", "acomp") and head.lemma_.lower() in self.lex["bridge_verbs"]:
            subjects = [c for c in head.children if c.dep_ in SUBJECTS]
            if subjects and subjects[0].lower_ in ("that", "who", "which") and head.dep_ == "ccomp" and head.head.lemma_ == "be":
                head = head.head  # cleft: "it is X and Y that are the threat"
                subjects = [c for c in head.children if c.dep_ == "attr"]
            return head, [r for s in subjects for r in res.refs(s, "target", owner=True)]
        if label.dep_ == "oprd" or (label.dep_ == "pobj" and head.lower_ == "as"):
            verb = head if label.dep_ == "oprd" else head.head
            if verb.lemma_.lower() in self.lex["speech_verbs"]:
                return verb, [r for c in verb.children if c.dep_ == "dobj" for r in self._evaluated(res, c)]
        if quoted and label.dep_ == "dobj" and head.lemma_.lower() in self.lex["label_verbs"]:
            return head, self._evaluated(res, label)  # "called Putin's rhetoric “reckless”", the quote parsed as a modifier
        if label.dep_ == "ccomp" and head.lemma_.lower() in self.lex["label_verbs"]:  # "called [the strikes an act of war]"
            return head, [r for c in label.children if c.dep_ in SUBJECTS for r in self._evaluated(res, c)]
        return None, []

    def _owned_label(self, res: Resolver, label: Token) -> list[tuple]:
        """ "X said ... Russia's brutal war of aggression": judging an actor's act in reported speech accuses it."""
        if label.pos_ != "ADJ" or label.dep_ != "amod":  # an evaluative adjective: "brutal", "illegal"
            return []
        thing = label.head
        owners = [r for c in thing.children if c.dep_ == "poss" for r in res.ref(c) if r.via != "anaphora"]
        speech = self._speech(thing)
        if not owners or speech is None:
            return []
        return [("accuse", label, "111", "claim", s, o, "asserted") for s in self._subjects(res, speech) for o in owners]

    def _claim(self, res: Resolver, label: Token) -> list[tuple]:
        pred, bearers = self._bearers(res, label)
        if pred is None:
            return self._owned_label(res, label)
        if pred is None or not bearers or self._modality(pred) is None:
            return []
        labelled = pred.lemma_.lower() in self.lex["label_verbs"] or label.dep_ in ("oprd", "pobj")
        speakers = self._subjects(res, pred) if labelled else self._speaker(res, pred)
        return [("accuse", label, "111", "claim", s, b, "asserted") for s in speakers for b in bearers]

    def _backed(self, res: Resolver, participle: Token) -> list[tuple]:
        """ "the Iran-backed group": Iran supports the group."""
        backers = [r for c in participle.children if c.dep_ in ("npadvmod", "compound", "nmod") for r in res.refs(c, "source")]
        backed = res.ref(participle.head, "target")
        return [("support", participle, "070", "noun", b, t, "asserted") for b in backers for t in backed]

    def _copresence(self, res: Resolver, raw: list[tuple]) -> list[tuple]:
        """ "A and B signed a pact in Colombo": signing or agreeing at a named place is also a meeting."""
        out = []
        for relation, trig, _, kind, src, tgt, modality in raw:
            if relation != "cooperate" or tgt is NOBODY:
                continue
            verb = trig if trig.pos_ in ("VERB", "AUX") else self._governor(trig)[0]
            if verb is None or verb.lemma_.lower() not in self.lex["copresence_verbs"]:
                continue
            holders = [verb, trig, *(c for c in verb.children if c.dep_ == "dobj")]
            places = [p for h in holders for p in self._pobjs(h, ("in", "at")) if p.ent_type_ in ("GPE", "FAC", "LOC") or p.i in res.mentions]
            if places:
                out.append(("meet", trig, "040", kind, src, tgt, modality))
        return out

    def _mediators(self, res: Resolver, raw: list[tuple]) -> list[tuple]:
        """ "talks in Beijing brokered by China": the go-between meets each party."""
        out = []
        for relation, trig, _, kind, src, tgt, modality in raw:
            if relation != "meet" or tgt is NOBODY or trig.pos_ != "NOUN":
                continue
            agents = [r for c in trig.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex["mediation_verbs"]
                      for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for r in res.refs(p, "source")]
            out += [("meet", trig, "040", kind, m, party, modality) for m in agents for party in (src, tgt) if m.key != party.key]
        return out

    def _as_threat(self, item: tuple) -> tuple | None:
        """A hostile act under "threaten", "vow" or "warn" is a threat against its target; other acts there are dropped."""
        relation, trig, cameo, kind, src, tgt, modality = item
        if modality != "threatened":
            return item
        if self.rules.relations[relation].family != "hostile" or tgt is NOBODY:
            return None
        return ("threaten", trig, "138", kind, src, tgt, "asserted")

    def _speech(self, trig: Token) -> Token | None:
        """The speech verb that reports the clause ``trig`` stands in: "X said [Y attacked Z]" -> said."""
        t = trig
        for _ in range(6):
            if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in self.lex["speech_verbs"]:
                return t.head
            if t.head is t:
                break
            t = t.head
        return None

    def _reported(self, res: Resolver, raw: list[tuple]) -> list[tuple]:
        """ "X said Y attacked Z": Y's act is marked reported, and reporting a hostile act is X accusing Y."""
        out = []
        for item in raw:
            relation, trig, _, kind, src, tgt, modality = item
            if kind == "claim":
                out.append(item)
                continue
            speech = self._speech(trig)
            speakers = [s for s in self._subjects(res, speech) if s.key != src.key] if speech is not None else []
            if speakers and modality == "asserted":
                item = (*item[:6], "reported")
            out.append(item)
            if self.rules.relations[relation].family != "hostile" or (tgt is NOBODY and kind == "verb"):
                continue  # "Y fired a missile into the sea, X said" is a report, not a charge
            out += [("accuse", speech, "112", "claim", s, src, "asserted") for s in speakers]
        return out

    def _unattributed(self, res: Resolver, sent: Span) -> list[Ref]:
        """Bearers of hostile labels in a sentence that names no speaker, for the next one."""
        out: list[Ref] = []
        for tok in sent:
            if tok.lemma_.lower() in self.lex["hostile_labels"]:
                pred, bearers = self._bearers(res, tok)
                if pred is not None and pred.dep_ == "ROOT" and not self._speaker(res, pred) and self._modality(pred):
                    out += bearers
        return out

    def _pinned_claim(self, res: Resolver, sent: Span, pending: list[Ref]) -> list[tuple]:
        """ "This is the accusation made by X": X makes the previous sentence's claim."""
        root = sent.root
        if not pending or root.lemma_.lower() != "be":
            return []
        if not any(c.dep_ == "nsubj" and c.lower_ in ("this", "that", "it", "such") for c in root.children):
            return []
        for attr in (c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in self.lex["claim_nouns"]):
            agents = [p for c in attr.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            agents += [c for c in attr.children if c.dep_ == "poss"] + self._pobjs(attr, ("by", "from"))
            speakers = [r for a in agents for r in res.refs(a, "source")]
            return [("accuse", attr, "112", "claim", s, b, "asserted") for s in speakers for b in pending]
        return []


def extract_articles(articles: Iterable[Article], nlp: Language, extractor: Extractor | None = None,
                     batch_size: int = 32) -> Iterator[ArticleResult]:
    """Stream articles through ``nlp.pipe`` and yield one :class:`ArticleResult` per article."""
    extractor = extractor or Extractor()
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
        yield extractor.extract(doc, article)
