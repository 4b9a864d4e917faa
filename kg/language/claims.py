"""What speakers say of others: hostile labels ("X said Y is the greatest threat", "called the move reckless"),
reported acts ("X said Y attacked Z"), claims pinned on their speaker by the next sentence, and whom a threat aims at."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import Clauses
from .labels import Labels
from .refs import NOBODY, SUBJECTS, Found, Ref
from .resolve import Resolver
from .rules import Rules

__all__ = ["Claims"]


class Claims(Labels):
    """Finds claims and threats in a parsed sentence; returns raw event tuples like the extractor's."""

    def __init__(self, rules: Rules, clauses: Clauses):
        self.rules, self.lex, self.clauses = rules, rules.lexicon, clauses

    def threatened(self, res: Resolver, verb: Token, sources: list[Ref]) -> list[Ref]:
        """Whom a threat with no object aims at: the actor of its condition ("would respond if NATO sent troops"), the
        actor told to face its consequences ("warned that Iran would pay a heavy price"), for a bare vow of retaliation
        the last actor before it, else whom its maker acted against just before."""
        if any(c.dep_ == "nsubjpass" and c.lemma_.lower() not in res.acts for c in verb.children):  # (not the act itself:
            return []  # "sanctions would be imposed if ...") "democracies have been threatened ... by China": named, if any
        own = {s.key for s in sources}
        clauses = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))]
        for adv in (t for t in verb.subtree if t.dep_ == "advcl"):  # the condition, wherever the parser hung it
            under = any(p.dep_ == "prep" and p.lower_ == "under" for p in adv.children)  # ("if its forces come under attack":
            if not under and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in adv.children):  # hit)
                found = [r for r in self.clauses.subjects(res, adv) if r.key not in own and r.via != "anaphora"]
                # "if other tariffs are not dropped by Canada": the condition's passive agent
                found = found or [r for p in self.clauses.agents(adv) for r in res.refs(p) if r.key not in own]
                if found:
                    return found
        for clause in clauses[1:]:
            if any(t.lemma_.lower() in self.lex["consequence_verbs"] | self.lex["retaliation_words"] for t in clause.subtree):
                found = [r for r in self.clauses.subjects(res, clause) if r.key not in own and r.via != "anaphora"]
                # "warned that any intervention by ECOWAS would be met with a response": whose act is answered
                acts = [c for c in clause.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"]
                found = found or [r for c in acts for r in res.refs(c, "target", owner=True) if r.key not in own]
                if found:
                    return found
                if any(d.lower_ in ("any", "every") for c in clause.children if c.dep_ in SUBJECTS for d in c.lefts):
                    return []  # "warned that any country that tried to interfere would face consequences": none named
        # "warned of countermeasures against Japan", "of overwhelming action against drills by Seoul": what it is aimed at
        told = [*self.clauses.pobjs(verb, ("of",)), *(c for c in verb.children if c.dep_ == "dobj")]
        aimed = [r for t in told for p in self.clauses.pobjs(t, ("against",)) for r in res.refs(p, "target", owner=True)]
        if aimed := [r for r in aimed if r.key not in own]:
            return aimed
        retorts = [t for t in verb.subtree if t.lemma_.lower() in self.lex["retaliation_words"]]
        # "warned that it would respond to any breach": no one named, unless one it charges in the same sentence
        anyone = any(d.lower_ in ("any", "every") for r in retorts for p in self.clauses.pobjs(r, ("to",)) for d in p.lefts)
        # "vowed to respond to any Israeli attack": its author; "... and Netanyahu vowed to retaliate": the last (else whom
        # its maker charged just before: "said NATO's activity was provocative and warned that Moscow would respond")
        answered = [r for r in self.clauses.answered(res, retorts) if r.key not in own] if retorts and not anyone else []
        if answered or (retorts and not anyone and (answered := res.event_antecedent(verb, exclude=own))):
            return answered
        # "is considering sanctions and warned that the Somali government's actions would divide the country"
        said = [c for v in verb.conjuncts if v.lemma_.lower() in self.lex["speech_verbs"] for c in v.children]
        told = [c for s in said if s.dep_ == "ccomp" for c in s.children if c.dep_ == "nsubj"]
        found = [r for c in told for r in res.refs(c, "target", owner=True) if r.key not in own and r.via != "anaphora"]
        found = found or [r for r in self.clauses.asked(res, [verb]) if r.key not in own]  # ", demanding that the U.S. halt"
        urged = verb.head if verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in self.lex["appeal_verbs"] else None
        if urged is not None and not found:  # "urged Mexico to correct its practices, warning that it would take steps"
            found = [r for c in urged.children if c.dep_ == "dobj" for r in res.refs(c, "target") if r.key not in own]
        start = verb.sent.start if anyone else verb.i - 60
        near = [(i, t) for i, s, t in res.events if s.key in own and t.key and t.key not in own and start < i < verb.i]
        before = [t for i, t in near if self._hostile(res.doc[i])]
        # ("The statement threatened sanctions", in a story about Somalia: the state the article is about, unless the
        # threat names what or whom it is aimed at: "threatening the territorial integrity", "gave the agency 14 days")
        if found or before:  # "The US condemned Iran's missile test. It threatened new sanctions": Iran
            return found or before[-1:]
        aimed = any(c.dep_ in ("dobj", "dative") and (c.ent_type_ or c.lemma_.lower() not in res.acts) for c in verb.children)
        return [] if aimed or anyone else res.focus(own)

    def _hostile(self, trigger: Token) -> bool:
        """Whether an act told before may be what a threat answers: not one of support ("said it stood with the
        Philippines. The US warned that it is obligated to defend the Philippines")."""
        senses = [*self.rules.verbs.get(trigger.lemma_.lower(), ()), *self.rules.nouns.get(trigger.lemma_.lower(), ())]
        return not senses or any(self.rules.relations[t.relation].family == "hostile" for t in senses)

    def speech_targets(self, res: Resolver, verb: Token) -> list[Ref]:
        comps = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if not comps and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):  # "denounced X as a rehearsal"
            return [r for c in verb.children if c.dep_ == "dobj" for r in res.refs(c, "target", owner=True)]
        doc = verb.doc
        if not comps and verb.i + 2 < len(doc) and doc[verb.i + 1].text == ":":
            # "the spokesman attacked: “The United States has ...”": the quote is its own sentence
            comps = [doc[verb.i + 2].sent.root]
        for comp in comps:  # "alleges the insurgent group has not ...": a described antecedent, not a pronoun
            subjects = [c for c in comp.children if c.dep_ in SUBJECTS]
            refs = [r for c in subjects for r in res.refs(c, "target", owner=True) if r.via != "anaphora" or c.pos_ != "PRON"]
            if refs:
                return refs
        return []

    def owned_label(self, res: Resolver, label: Token) -> list[Found]:
        """ "X said ... Russia's brutal war of aggression", "in the face of coercion by China": judging an actor's act in
        reported speech accuses it; the judgement is an evaluative adjective or a noun that names a condemned act."""
        if label.pos_ == "ADJ" and label.dep_ == "amod":  # "brutal", "illegal"
            thing, holders = label.head, ("poss",)
        elif label.pos_ == "NOUN" and label.lemma_.lower() in self.lex["condemned_acts"]:
            thing, holders = label, ("poss", "amod", "compound")  # "Russia's aggression", "U.S. threats"
        else:
            return []
        # ("unfair trade practices by China"); "in the face of coercion by China": "by" hung on "face"
        owners = [c for c in thing.children if c.dep_ in holders] + self.clauses.pobjs(thing, ("by", "from")) + self._used(thing)
        if thing is label and thing.dep_ == "pobj" and thing.head.lower_ == "of":
            owners += self.clauses.pobjs(thing.head.head, ("by",))
        if thing.dep_ == "oprd" and any(c.dep_ == "nsubj" for c in thing.head.children):  # "what it called a hostile act
            owners += [o for p in self.clauses.pobjs(thing.head, ("by",)) for o in (p, *p.conjuncts)]  # by Britain": "by"
            # hung on the active label verb
        # also in an appeal to the owners: "urged Beijing to persuade them to cease their dangerous cooperation"
        asks = [a for a in thing.ancestors if a.lemma_.lower() in self.lex["appeal_verbs"] | self.lex["control_verbs"]]
        urged = {r.key for a in asks for c in a.children if c.dep_ == "dobj" for r in res.refs(c)}
        appeal = next((a for a in reversed(asks) if a.lemma_.lower() in self.lex["appeal_verbs"]), None)
        # and the subject's own: "saying Washington must first abandon its hostile policy"
        verb = next((a for a in thing.ancestors if a.pos_ in ("VERB", "AUX")), None)
        own = {r.key for r in self.clauses.subjects(res, verb)} if verb is not None else set()
        owners = [r for c in owners for r in res.ref(c) if r.via != "anaphora" or r.key in urged | own]
        # (and what a report details: "the U.N. report documented illegal arms transfers from North Korea")
        labelling = self.lex["label_verbs"] | self.lex["speech_verbs"]
        labeller = thing.head if thing.dep_ in ("oprd", "dobj") and thing.head.lemma_.lower() in labelling else None
        speech = self.clauses.speech(thing, res.quoted) or (appeal if urged else labeller)  # "called X's move unacceptable"
        if not owners or speech is None:
            return []
        # "dismissed Cairo's threats": rebuffed, not charged
        rebuffed = labeller is not None and labeller.lemma_.lower() in self.lex["answer_verbs"] & self.lex["denial_verbs"]
        relation, cameo = ("reject", "120") if self._dismissed(thing, label) or rebuffed else ("accuse", "111")
        pairs = [(s, o) for s in self.clauses.subjects(res, speech) for o in owners if s.key != o.key]
        return [Found(relation, label, cameo, "claim", s, o, "asserted") for s, o in pairs]

    def claim(self, res: Resolver, label: Token) -> list[Found]:
        if self.clauses.prospect(label):
            return []  # "would respond to any Indian aggression": none is charged
        if label.ent_type_ == "EVENT" and label.head.lower_ in ("since", "before", "after", "during", "until"):
            return []  # "the highest-level contact between the two countries since the Korean War": a time in history
        pred, bearers = self.bearers(res, label)
        # "what Washington said was Moscow's interference", "said the tariffs answered unfair trade practices by China"
        if pred is None or (not bearers and label.dep_ in ("attr", "amod")):
            return self.owned_label(res, label)
        if not bearers and label.dep_ == "oprd" and (owned := self.owned_label(res, label)):
            return owned  # "vowed to fight what they called EU discrimination"
        # "in response to what it called hostile drills": said, whatever the clause around it tells
        free = any(c.dep_ == "dobj" and c.lower_ == "what" for c in pred.children)
        modality = None if free else self.clauses.modality(pred, res.year)
        if self.clauses.negated(pred) if free else modality is None:
            return []
        if pred.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in pred.children):
            return []  # "Direct conflict between NATO and Russia would be World War Three": a prospect, no one's conduct
        # "threatened Cyprus, saying the island could become part of the war": what a threat says may come is no charge
        said = self.clauses.speech(pred, res.quoted)
        if modality == "hinted" and said is not None and said.head.lemma_.lower() in self.lex["threat_verbs"]:
            return []
        labelled = pred.lemma_.lower() in self.lex["label_verbs"] or label.dep_ == "oprd" or label.head.lower_ == "as"
        speakers = self.clauses.subjects(res, pred) if labelled else self.clauses.speaker(res, pred)
        dismissed = self._dismissed(pred, label)
        if not bearers and label.lemma_.lower() in self.lex["dismissive_labels"]:  # "“This is false,” Nebenzia said":
            bearers, dismissed = res.accusers({s.key for s in speakers}), True  # a denial answers who accused him
        relation, cameo = ("reject", "120") if dismissed else ("accuse", "111")
        return [Found(relation, label, cameo, "claim", s, b, "asserted") for s in speakers for b in bearers]

    def charged(self, res: Resolver, verb: Token) -> list[Found]:
        """ "Tehran said Washington is trying to destabilize the country": a hostile act (``hostile_verbs``) that a
        speaker says another does is a charge against the doer (CAMEO 112)."""
        speech = self.clauses.speech(verb, res.quoted)
        if speech is None or self.clauses.modality(verb, res.year) is None or self.clauses.modality(speech, res.year) is None:
            return []
        agreed = any(c.dep_ == "xcomp" and c.lemma_.lower() in self.lex["agreement_verbs"] for c in verb.children)
        if verb.dep_ == "relcl" or agreed:  # "NATO members that failed to pay their bills": what is said is about them, not
            return []  # that; "failed to agree on how to implement a deal": no misconduct
        # "warned that the Somali government's actions would divide the country": whose conduct it is
        conducts = self.lex["conduct_nouns"] | self.lex["event_nouns"] | self.lex["agreement_nouns"]  # (and "said China's
        # deployment violated its sovereignty", "said the accord between Tripoli and Ankara violated international law")
        conduct = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in conducts]
        doers = self.clauses.subjects(res, verb) or [r for c in conduct for r in res.refs(c, "target", owner=True)]
        return self._told(res, speech, doers, "accuse", "112")

    def _told(self, res: Resolver, speech: Token, others: list[Ref], relation: str, cameo: str) -> list[Found]:
        """The speakers of ``speech`` in ``relation`` to the others their words are about."""
        speakers = self.clauses.subjects(res, speech)
        return [Found(relation, speech, cameo, "claim", s, d, "asserted") for s in speakers for d in others if s.key != d.key]

    def foretold(self, res: Resolver, verb: Token) -> list[Found]:
        """ "Beijing said Washington would pay a heavy price", "Iran will regret it, Netanyahu said": a penalty a speaker
        says another will suffer (``consequence_verbs`` with ``penalty_nouns``, or ``penalty_verbs``) threatens them
        (CAMEO 130)."""
        speech, children, chain = self.clauses.speech(verb, res.quoted), list(verb.children), [verb]
        while chain[-1].dep_ == "xcomp" and len(chain) < 4:  # ("would have to prepare to pay")
            chain.append(chain[-1].head)
        vowed = chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_.lower() in self.lex["threat_verbs"]
        speech = chain[-1].head if speech is None and vowed else speech  # "vowed that Hamas would pay"
        future = any(c.dep_ == "aux" and c.lower_ in self.lex["future_aux"] | {"must"} for v in chain for c in v.children)
        passive = [c for c in children if c.dep_ == "nsubjpass"]  # "Israel would be severely punished"
        penalty = verb.lemma_.lower() in self.lex["penalty_verbs"] or any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex["penalty_nouns"] for c in children
        )
        # "would pay dearly", "would pay for it": the penalty left unnamed
        unnamed = not any(c.dep_ == "dobj" for c in children) and any(
            c.lower_ in self.lex["penalty_adverbs"] or (c.dep_ == "prep" and c.lower_ == "for") for c in children
        )
        penalty = penalty or (unnamed and verb.lemma_.lower() == "pay")
        negated = any(c.dep_ == "neg" for v in chain for c in v.children)
        if speech is None or not future or not penalty or negated or self.clauses.modality(speech, res.year) is None:
            return []
        doers = [r for c in passive for r in res.refs(c, "target")] if passive else self.clauses.subjects(res, verb)
        return self._told(res, speech, doers, "threaten", "130")

    def demanded(self, res: Resolver, act: Token) -> list[Found]:
        """ "urged Washington to stop interfering", "called on Pyongyang to halt its provocations", "demanded that Russia
        stop its attacks", "said the Taliban must stop killing civilians": asking someone to stop a hostile act charges
        them with it (an appeal alone is not coded)."""
        redress = act.lemma_.lower() in self.lex["redress_verbs"]  # "demanded that Tokyo apologise": the demand charges it
        stop = (act.head if act.dep_ == "conj" else act) if redress else act.head if act.dep_ in ("xcomp", "dobj") else None
        conduct = act.lemma_.lower() in self.lex["hostile_verbs"] | self.lex["condemned_acts"]  # (not "from attacking Israel",
        if conduct and act.dep_ in ("pobj", "pcomp") and act.head.lower_ == "from":  # a warning) "urged Pyongyang to refrain
            stop = act.head.head  # from provocations"
        if stop is None or not (redress or stop.lemma_.lower() in self.lex["cessation_verbs"]):
            return []
        appeal, asked = stop.head, [c for c in stop.children if c.dep_ == "nsubj"]
        if stop.dep_ == "xcomp":  # "urged Washington to stop", "called on Pyongyang to halt"
            asked = [c for c in appeal.children if c.dep_ == "dobj"] + self.clauses.pobjs(appeal, ("on",))
        elif stop.dep_ != "ccomp" or appeal.lemma_.lower() not in self.lex["appeal_verbs"]:
            # "must stop": a speaker's demand ("the Taliban must stop killing Afghan civilians, Ameri said")
            must = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in stop.children)
            appeal = self.clauses.speech(stop, res.quoted) if must else None
        if appeal is None or self.clauses.modality(appeal, res.year) is None:
            return []
        targets = [r for c in asked for r in res.refs(c, "target")]
        # "to stop its attacks", "these reckless attacks", not "to stop the war" (others' war, ended by mediation)
        named = conduct or any(c.dep_ == "det" and c.lower_ in ("these", "such") for c in act.children)
        if act.pos_ == "NOUN" and not named:
            owners = {r.key for c in act.children if c.dep_ == "poss" for r in res.refs(c)}
            targets = [t for t in targets if t.key in owners]
        return self._told(res, appeal, targets, "accuse", "112")

    def as_threat(self, res: Resolver, item: Found) -> Found | None:
        """A hostile act under "threaten", "vow" or "warn" is a threat against its target; other acts there are dropped.
        So is one its own actor says may come ("Beijing hinted that it could retaliate with tariffs on German cars")."""
        answer = item.trigger.lemma_.lower() in self.lex["retaliation_words"] and item.target is not NOBODY
        unsaid = answer and self.clauses.speech(item.trigger, res.quoted) is None  # (said, it is read as said below)
        if unsaid and item.relation == "attack" and item.modality == "planned":  # "China will retaliate against the
            item = item._replace(modality="threatened")  # Philippines": an answer to come, to whom it names
        if item.modality == "hinted":
            if not self._own_word(res, item):
                return None  # "analysts said China could retaliate": a guess
            item = item._replace(modality="threatened")
        if item.modality != "threatened":
            return item
        if self.rules.relations[item.relation].family != "hostile":
            # "vowed to defend Taiwan" is a promise, planned; "warned against talks with Taipei" is none
            vowed = any(a.lemma_.lower() in self.lex["intent_verbs"] | self.lex["resolve_words"] for a in item.trigger.ancestors)
            return item._replace(modality="planned") if vowed else None
        threat = next((a for a in item.trigger.ancestors if a.lemma_.lower() in self.lex["threat_verbs"]), None)
        threateners = {r.key for r in self.clauses.subjects(res, threat)} if threat is not None else set()
        if threateners and item.source.key not in threateners:
            return None  # "Trump threatened a trade war with China": China threatens no one
        said = threat is None and self.clauses.speech(item.trigger, res.quoted) is not None
        if said and not self._own_word(res, item):
            return None  # "Germany said the U.N. would impose sanctions on Iran if ...": a forecast, no one's threat
        if item.target is NOBODY:  # "will increase tariffs on cars if Canada does not drop its levies": the condition's actor
            trig = item.trigger
            verb = trig if trig.pos_ in ("VERB", "AUX") else next((t for t in trig.ancestors if t.pos_ in ("VERB", "AUX")), trig)
            targets = [r for r in self.threatened(res, verb, [item.source]) if r.key != item.source.key]
            if not targets:
                return None
            item = item._replace(target=targets[0])
        return item._replace(relation="threaten", cameo="138", modality="asserted")

    def reported(self, res: Resolver, raw: list[Found]) -> list[Found]:
        """ "X said Y attacked Z": Y's act is marked reported, and reporting a hostile act is X accusing Y."""
        out = []
        doers: dict[int, set[str]] = {}  # who does each trigger's act: a co-doer that tells of it charges no one
        # nor does one who backs the doer in the same sentence ("said it stood in solidarity with Hamas, describing the
        # group's assault on Israel as a decisive response")
        # or whom the doer backs ("Iraqi forces backed by U.S.-led coalition air strikes drove Islamic State out, the Iraqi
        # prime minister's office said")
        ties = [(i.source.key, i.target.key) for i in raw if i.relation in ("support", "cooperate")]
        backed = {*ties, *((b, a) for a, b in ties)}
        for item in raw:  # (and a side in the same act on the same target: "X struck Z, with Y joining the raids, X said")
            doers.setdefault(item.trigger.i, set()).add(item.source.key)
            doers.setdefault((item.relation, item.target.key), set()).add(item.source.key)
        for item in raw:
            relation, trig, kind = item.relation, item.trigger, item.kind
            src, tgt, modality = item.source, item.target, item.modality
            if kind == "claim":
                out.append(item)
                continue
            speech = self.clauses.speech(trig, res.quoted)
            vow = trig.head if trig.dep_ == "ccomp" and trig.head.lemma_.lower() in self.lex["threat_verbs"] else None
            speech = speech or vow  # "vowed that Tehran would retaliate against Israel"
            said = self.clauses.subjects(res, speech) if speech is not None else []
            outer = self.clauses.speech(speech, res.quoted) if speech is not None and speech.i in res.quoted else None
            if not said and outer is not None:  # "“Intelligence reports confirmed that ...,” the military said": its speaker
                speech, said = outer, self.clauses.subjects(res, outer)
            if speech is None:  # "Russian missiles struck Kyiv, according to Ukrainian officials"
                speech, said = self.clauses.according(res, trig)
            if (
                modality == "planned"
                and tgt is not NOBODY
                and any(s.key == src.key for s in said)
                and self._menace(relation, trig, speech)
            ):
                out.append(Found("threaten", trig, "138", kind, src, tgt, "asserted"))  # "X said its forces would strike Y"
                continue
            # a doer among the speakers tells of its own act ("They say it violates ...": none of them charges another)
            sides = doers[trig.i] | (doers[(relation, tgt.key)] if tgt.key else set())
            speakers = [] if any(s.key in sides for s in said) else said  # "X and Y struck Z, X's army said"
            # (nor a member of its body's act, or a body of its member's)
            speakers = [
                s for s in speakers if not {s.key, src.key} & {*res.members.get(src.key, ()), *res.members.get(s.key, ())}
            ]
            if speakers and modality == "asserted":
                item = item._replace(modality="reported")
            out.append(item)
            if self.rules.relations[relation].family != "hostile" or (tgt is NOBODY and kind == "verb" and not self._harms(trig)):
                continue  # "Y fired a missile into the sea, X said" is a report, not a charge ("Y shelled civilians" is)
            if tgt is NOBODY and trig.dep_ == "dobj" and trig.head.lemma_.lower() in self.lex["cessation_verbs"]:
                continue  # "talks on a roadmap to end Yemen's war, his office said": an end talked of charges no one
            if modality in ("planned", "threatened", "hinted"):
                continue  # "a U.S. official said Israel was preparing to strike Iran": telling of a plan is no charge; nor
                # of a threat ("said they were ready to trigger a snapback of U.N. sanctions if Tehran did not change")
            aimed = any(self.clauses.pobjs(h, ("on", "against")) for h in ([trig, trig.head] if trig.dep_ == "dobj" else [trig]))
            mutual = trig.lemma_.lower() in self.rules.mutual_words and not aimed  # (not "waging war on his country")
            if tgt.key == src.key or (mutual and tgt.key in {s.key for s in speakers}):
                continue  # an act read as aimed at its own doer is misread; a side that tells of a clash charges no one
            if relation == "accuse" or (tgt is NOBODY and relation == "reject" and not self._harms(trig)):
                continue  # telling of a charge ("said New Delhi's allegations were baseless", "Canada requested dispute
                # consultations, the trade body said") or of a refusal of no one ("said Putin will not attend") is no charge
            holder = next((a for a in trig.ancestors if a.pos_ == "VERB"), None) if trig.pos_ == "NOUN" else None
            grounds = holder is not None and any(a.lower_ in ("over", "for") for a in trig.ancestors if a.i > holder.i)
            if grounds and not {r.key for r in self.clauses.subjects(res, holder)} & {s.key for s in speakers}:
                continue  # "Canada requested consultations with the U.S. over its imposition of duties, the trade body
                # said": the grounds of another's act are that one's charge
            if any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in trig.children):
                continue  # "declared support unwavering a year after Russia invaded": the narrator's time, no charge
            if trig.pos_ == "VERB" and src.key not in {r.key for r in self.clauses.subjects(res, trig)}:
                continue  # "said Pyongyang sent troops to help it fight Ukraine": the fight's doer is charged, not Ukraine
            news = speech is not None and speech.lemma_.lower() == "report"  # "U.S. jets struck Syria, Xinhua reported":
            if news and any(
                getattr(res.mentions.get(c.i), "label", "") == "CAPITAL" for c in speech.children if c.dep_ == "nsubj"
            ):
                continue  # a state's agency tells news, no charge (not "Ukraine reported Russian strikes")
            if speakers and self._approved(trig, speech):
                continue  # "considers the withdrawal of forces by America a good step" approves the act
            if relation == "sanction" and tgt.key not in {s.key for s in speakers}:
                continue  # "Turkey said it had halted the flow of Iraqi crude, and Japan has banned oil imports from Iraq"
            out += [
                Found("accuse", speech, "112", "claim", s, src, "asserted") for s in speakers if (s.key, src.key) not in backed
            ]
        return out

    def _harms(self, verb: Token) -> bool:
        """Whether a hostile act's object is people or places that war spares ("shelled civilians", "struck a
        hospital"), or a truce or pact it breaks ("Indian troops violated the ceasefire")."""
        spared = self.lex["protected_nouns"] | self.lex["agreement_nouns"]
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in spared for c in verb.children)

    def _own_word(self, res: Resolver, item: Found) -> bool:
        speech = self.clauses.speech(item.trigger, res.quoted)
        return speech is not None and any(s.key == item.source.key for s in self.clauses.subjects(res, speech))

    def _menace(self, relation: str, trig: Token, speech: Token) -> bool:
        """Whether an actor's own future act, said, menaces: an attack; a sanction warned of or said in retaliation
        ("warned it would cut gas supplies", "said it would retaliate with tariffs"; "announced it would cease aid"
        announces a sanction); a refusal warned of ("warned it would block Sweden's bid")."""
        if relation == "attack":
            return True
        verb = trig if trig.pos_ in ("VERB", "AUX") else next((t for t in trig.ancestors if t.pos_ in ("VERB", "AUX")), trig)
        warned = speech.lemma_.lower() in self.lex["threat_verbs"]  # "warned Ankara would block Sweden's bid" too
        words = {verb.lemma_.lower(), trig.lemma_.lower(), *(c.lemma_.lower() for c in trig.children if c.dep_ == "amod")}
        answer = words & self.lex["retaliation_words"]  # ("would take countermeasures", "retaliatory measures")
        return (relation == "sanction" and (warned or bool(answer))) or (relation == "reject" and warned)

    def unattributed(self, res: Resolver, labels: list[Token]) -> list[Ref]:
        """Bearers of the hostile labels (``labels``) of a sentence that names no speaker, for the next one."""
        out: list[Ref] = []
        for tok in labels:
            pred, bearers = self.bearers(res, tok)
            if pred is not None and pred.dep_ == "ROOT" and not self.clauses.speaker(res, pred):
                out += bearers if self.clauses.modality(pred, res.year) else []
        return out

    def pinned_claim(self, res: Resolver, sent: Span, pending: list[Ref]) -> list[Found]:
        """ "This is the accusation made by X": X makes the previous sentence's claim."""
        root = sent.root
        if not pending or root.lemma_.lower() != "be":
            return []
        if not any(c.dep_ == "nsubj" and c.lower_ in ("this", "that", "it", "such") for c in root.children):
            return []
        for attr in (c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in self.lex["claim_nouns"]):
            agents = [p for c in attr.children if c.dep_ == "acl" for p in self.clauses.agents(c)]
            agents += [c for c in attr.children if c.dep_ == "poss"] + self.clauses.pobjs(attr, ("by", "from"))
            speakers = [r for a in agents for r in res.refs(a, "source")]
            return [Found("accuse", attr, "112", "claim", s, b, "asserted") for s in speakers for b in pending]
        return []
