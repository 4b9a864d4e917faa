"""Hostile labels and whom they are said of: "X said Y is the greatest threat", "called the move reckless", "described
the launch as barbaric". A mixin of :class:`kg.language.claims.Claims`, which provides ``lex`` and ``clauses``."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .refs import SUBJECTS, Ref
from .resolve import Resolver

__all__ = ["Labels", "label_first", "labelled_objects"]


class Labels:
    """The moves from a label to its predicate and the actors it judges, driven by ``data/lexicon.yaml``."""

    def evaluated(self, res: Resolver, tok: Token, judge: Token | None = None) -> list[Ref]:
        """Who is blamed when ``tok`` is judged: its owner ("Putin's rhetoric"), or, for "it" or "the move", the actor of
        the latest event before it ("India called the move unfair"); an event of the judge's own points at its target."""
        personal = tok.lower_ in ("them", "him", "her")  # "expelled Russian diplomats, calling them a threat"
        told = tok.lemma_.lower() in self.lex["claim_nouns"]  # "called the allegations baseless": who alleged earlier
        refs = [r for r in res.refs(tok, "target", owner=True) if r.via != "anaphora" or personal or told]
        if refs:
            return refs
        judges = {r.key for r in self.clauses.subjects(res, judge)} if judge is not None else set()
        if told and judge is not None:  # "Tehran called the allegations baseless": who accused it before
            return res.accusers(judges)
        definite = tok.lower_ in ("it", "this") or any(c.lower_ in ("the", "this", "that") for c in tok.children)
        namer = tok.head.head if tok.head.lower_ == "as" else tok.head  # "condemned what he called an unprovoked attack"
        named = tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as")
        definite = definite or (named and any(c.dep_ == "dobj" and c.lower_ == "what" for c in namer.children))
        if definite and (tok.pos_ == "PRON" or tok.lemma_.lower() in self.lex["event_nouns"]):
            return res.event_antecedent(tok, exclude=judges)
        if tok.lower_ in ("that", "which") and tok.head.dep_ in ("relcl", "acl"):  # "in a move that Beijing described as
            refs = [r for r in res.refs(tok.head.head, "target", owner=True) if r.key not in judges]  # an abuse": the move
            tok = tok.head.head
        summed = self._summed_clause(res, tok) if not refs else None
        return refs or ([r for r in self.clauses.subjects(res, summed) if r.key not in judges] if summed is not None else [])

    @staticmethod
    def _used(thing: Token) -> list[Token]:
        """Who wields a thing an adjective judges, when no one owns it by name: the subject of the verb it is the object
        of ("said the Yugoslav army had used disproportionate force"; not "proclaimed the annexation" in passing)."""
        if (
            thing.dep_ != "dobj"
            or any(c.dep_ == "poss" for c in thing.children)
            or not any(c.dep_ == "amod" for c in thing.children)
        ):
            return []
        return [c for c in thing.head.children if c.dep_ == "nsubj"]

    @staticmethod
    def _summed_clause(res: Resolver, noun: Token) -> Token | None:
        """The clause an act noun beside it sums up: "seized three vessels, in a sharp escalation that Kiev called ...",
        "stormed the embassy in Quito, a raid Obrador called ...", "fired missiles, a show of force that Japan protested"."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # ("a show of force")
        if noun.lemma_.lower() not in res.acts or any(c.dep_ == "poss" for c in noun.children):
            return None
        after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
        beside = noun.dep_ in ("appos", "npadvmod") or (noun.dep_ == "dobj" and after_comma)
        beside = beside or (noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB" and after_comma)
        return next((a for a in noun.ancestors if a.pos_ == "VERB"), None) if beside else None

    def bearers(self, res: Resolver, label: Token) -> tuple[Token | None, list[Ref]]:
        """The predicate and the actors a hostile label is said of.

        The label may sit inside its phrase ("an act of war", "dangerous and reckless"): the
        phrase's head decides the shape.
        """
        quoted = label.i in res.quoted
        if label.pos_ == "ADP":  # "said Washington was behind the unrest": one is behind an act, not behind an actor
            acts = [p for p in label.children if p.dep_ == "pobj" and not res.refs(p)]
            if label.dep_ != "prep" or label.head.lemma_.lower() not in self.lex["bridge_verbs"] or not acts:
                return None, []
            return label.head, [r for c in label.head.children if c.dep_ in SUBJECTS for r in res.refs(c, "target")]
        like = label.head if label.dep_ in ("amod", "compound") and label.head.dep_ == "pobj" else label  # "a terrorist state"
        held = like.head.head if like.dep_ == "pobj" and like.head.lower_ == "like" else None
        verbs = self.lex["likeness_verbs"]  # "said Israel was behaving like a war criminal"
        if held is None and label.dep_ == "pobj" and label.head.lower_ == "in":
            held, verbs = label.head.head, self.lex["bridge_verbs"]
        if held is not None and held.lemma_.lower() in verbs:
            subjects = [c for c in held.children if c.dep_ in SUBJECTS]  # "said Israel was in breach of the convention"
            return held, [r for s in subjects for r in res.refs(s, "target", owner=True)]
        for _ in range(3):  # climb to the head of the label's phrase (to "to" in "amounted to war crimes")
            if label.dep_ in ("amod", "compound", "pobj", "prep", "conj", "advmod", "nmod") and label.lower_ != "to":
                if label.dep_ in ("pobj", "amod") and label.head.lower_ == "as":
                    break  # "described the launch as barbaric" (an adjective, too, hangs on "as")
                label = label.head
        if label.lemma_.lower() in self.lex["topic_nouns"]:
            return None, []  # "Taiwan was the most dangerous issue in relations": a topic judged, not a conduct
        head = label.head
        blamed = label.dep_ == "xcomp" and label.lemma_.lower() == "blame"  # "said Ukraine was to blame for the attack"
        if (label.dep_ in ("attr", "dobj", "acomp", "prep") or blamed) and head.lemma_.lower() in self.lex["bridge_verbs"]:
            subjects = [c for c in head.children if c.dep_ in SUBJECTS]
            # "expanding cooperation between Russia and North Korea is dangerous": the gerund's object is judged
            subjects += [o for c in head.children if c.dep_ == "csubj" for o in c.children if o.dep_ == "dobj"]
            if subjects and subjects[0].lower_ in ("that", "who", "which") and head.dep_ == "ccomp" and head.head.lemma_ == "be":
                head = head.head  # cleft: "it is X and Y that are the threat"
                subjects = [c for c in head.children if c.dep_ == "attr"]
            judged = [r for s in subjects for r in res.refs(s, "target", owner=True)] or self.referred(res, head, subjects)
            # "said the embargo was an act of war by the United States": whom the label names as the doer
            judged = [r for p in self.clauses.pobjs(label, ("by",)) for r in res.refs(p, "target")] or judged
            # "cut ties with Nairobi over what it said was interference": whom the act taken over it is aimed at
            what = not judged and bool(subjects) and subjects[0].lower_ == "what"
            over = next((a for a in head.ancestors if a.dep_ == "prep" and a.lower_ in ("over", "for")), None) if what else None
            if over is not None:
                acted = [c for c in over.head.children if c.dep_ == "dobj"]
                aimed = [p for o in acted for p in (o, *self.clauses.pobjs(o, ("with", "on", "against", "to")))]
                judged = [r for p in aimed for r in res.refs(p, "target")]
            # "said the move was counterproductive": an act named again is judged in its doers
            told = [s for s in subjects if s.lemma_.lower() in self.lex["event_nouns"]]  # (not "the S-400 poses no threat")
            acts = [s for s in told if any(d.lower_ in ("the", "this") for d in s.children)]
            return head, judged or [r for s in acts for r in res.event_antecedent(s)]
        as_ = label.dep_ in ("pobj", "amod") and head.lower_ == "as"
        if label.dep_ == "oprd" or as_:
            verb = head if label.dep_ == "oprd" else head.head
            if as_ and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in self.lex["label_verbs"]:
                return verb.head.head, self.evaluated(res, verb.head, verb)  # "expelled diplomats identified as spies"
            # "described Finland's decision to join NATO as a mistake", "described North Korea's launch of a missile
            # that flew over Japan as barbaric": "as" hung on a clause inside the object
            judged = next((a for a in verb.ancestors if a.dep_ == "dobj"), None) if verb.dep_ in ("acl", "relcl") else None
            between = [a for a in verb.ancestors if judged is not None and a in judged.subtree]
            outer = judged is not None and judged.head.lemma_.lower() in self.lex["speech_verbs"] | self.lex["label_verbs"]
            # (not a clause that labels on its own: "a claim Baku dismissed as disinformation")
            own = verb.lemma_.lower() in self.lex["label_verbs"] | self.lex["speech_verbs"] and any(
                c.dep_ in SUBJECTS and c.tag_ not in ("WDT", "WP") for c in verb.children
            )
            if as_ and outer and not own and all(a.pos_ in ("NOUN", "PROPN", "ADP") for a in between):
                verb = judged.head
            elif as_ and verb.dep_ == "dobj":  # "dismissed Russia's claims as propaganda"
                verb = verb.head
            elif as_ and verb.lemma_.lower() in self.lex["use_verbs"]:  # "says Moscow is using energy as a weapon"
                users = [r for c in verb.children if c.dep_ in SUBJECTS for r in res.refs(c, "target")]
                return (self.clauses.speech(verb, res.quoted), users) if users else (None, [])
            if verb.lemma_.lower() in self.lex["speech_verbs"] | self.lex["label_verbs"]:  # (and "called the raid a
                by = [r for p in self.clauses.pobjs(label, ("by",)) for r in res.refs(p, "target")]  # violation by Bogota")
                return verb, by or [r for c in self._judged(verb, label) for r in self.evaluated(res, c, verb)]
        if label.dep_ == "dobj" and head.dep_ in ("oprd", "dobj") and head.head.lemma_.lower() in self.lex["label_verbs"]:
            verb = head.head  # "called the U.S. plan a provocation", parsed as if one plans a provocation
            things = [c for c in verb.children if c.dep_ == "dobj" and c.i < head.i] or [head]
            return verb, [r for t in things for r in self.evaluated(res, t, verb)]
        first = next((c for c in head.children if c.dep_ == "dobj"), None)
        marked = head.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
        if label == first and marked and head.lemma_.lower() in self.lex["label_verbs"]:
            return head, self.evaluated(res, head.head, head)  # "strikes that Moscow branded terrorist attacks" ("that" a mark)
        if label.dep_ == "dobj" and first is not None and first.i < label.i and head.lemma_.lower() in self.lex["label_verbs"]:
            return head, self.evaluated(res, first, head)  # "branded the incursion a terrorist attack": two objects
        if quoted and label.dep_ == "dobj" and head.lemma_.lower() in self.lex["label_verbs"]:
            return head, self.evaluated(res, label, head)  # "called Putin's rhetoric “reckless”", the quote parsed as a modifier
        if label.dep_ == "ccomp" and head.lemma_.lower() in self.lex["label_verbs"]:  # "called [the strikes an act of war]"
            return head, [r for c in label.children if c.dep_ in SUBJECTS for r in self.evaluated(res, c, head)]
        if label.dep_ == "appos" and head.dep_ == "dobj" and head.head.lemma_.lower() in self.lex["label_verbs"]:
            verb = head.head  # 'calling the proposal "a farce"', the quoted label parsed as an apposition
            return verb, [r for c in self._judged(verb, label) for r in self.evaluated(res, c, verb)]
        if quoted and label.dep_ == "appos":  # "“Israel, the cruel terrorist state, attacks ...,” Erdogan said"
            pred = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            return (pred, res.refs(head, "target")) if pred is not None else (None, [])
        return None, []

    def _judged(self, verb: Token, label: Token) -> list[Token]:
        """What a label verb judges: its object ("called the move reckless"), or a noun the parser made a
        second predicate ("called Pakistan's assertions baseless", both words parsed as oprd), or the label's own subject."""
        judged = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "oprd" and c.pos_ == "NOUN" and c.i != label.i)]
        judged = judged or [c for c in label.children if c.dep_ == "nsubj"]  # "called [Canada's allegations absurd]"
        # "denied the allegations, calling them baseless": a participle's pronoun stands for the claim its clause answers
        # (the participle may hang on a clause inside the claim: "dismissed accusations that it had supplied missiles to
        # Moscow, calling them baseless")
        above = verb.ancestors if verb.dep_ == "advcl" and verb.tag_ == "VBG" else ()
        said = [o for a in above for o in a.children if o.dep_ == "dobj" and o.i < verb.i]
        said = [o for o in said if o.lemma_.lower() in self.lex["claim_nouns"] | self.lex["idea_nouns"]][:1]
        pronouns = [c for c in judged if c.dep_ == "dobj"]
        kinds = self.lex["claim_nouns"] | self.lex["idea_nouns"]  # ("spurned Seoul's offer, calling the proposal a farce")
        again = [c for c in pronouns if c.lemma_.lower() in kinds and self._bare_definite(c)]
        if said and pronouns and all(c.lower_ in ("it", "them", "this") or c in again for c in pronouns):
            judged = said + [c for c in judged if c.dep_ != "dobj"]  # ("calling them baseless propaganda")
        return judged or ([verb.head] if verb.dep_ in ("acl", "relcl") else [])  # "a move Canberra called unjustified"

    @staticmethod
    def _bare_definite(noun: Token) -> bool:
        """Whether a noun is only "the" or "this" and its noun ("the proposal"), pointing back to one named before."""
        dets = [d for d in noun.children if d.dep_ == "det"]
        return [d.lower_ for d in dets] in (["the"], ["this"]) and not any(
            d.dep_ in ("poss", "prep", "compound") for d in noun.children
        )

    def _dismissed(self, pred: Token, label: Token) -> bool:
        """ "called Pakistan's assertions baseless", "said most of Beijing's claims were unlawful": calling a claim untrue
        rejects its maker, not accuses."""
        things = self._judged(pred, label) + ([label.head] if label.dep_ == "amod" else [])
        if pred.lemma_.lower() in self.lex["bridge_verbs"]:  # "said New Delhi's allegations were baseless"
            things += [c for c in pred.children if c.dep_ in SUBJECTS]
        things += [p for t in things if t.pos_ in ("ADJ", "DET", "PRON", "NUM") for p in self.clauses.pobjs(t, ("of",))]
        word, judged, claims = label.lemma_.lower(), {t.lemma_.lower() for t in things}, self.lex["claim_nouns"]
        ruse = word in self.lex["ruse_labels"] and bool(judged & claims)  # (a plan called a stunt is criticised)
        return ruse or (word in self.lex["dismissive_labels"] and bool(judged & (claims | self.lex["idea_nouns"])))

    def referred(self, res: Resolver, pred: Token, subjects: list[Token]) -> list[Ref]:
        """What "this" or "it" in a quote is said of: '"This is a provocation," X said of the U.S. patrols', '..., X said,
        referring to U.S. statements on Hong Kong'."""
        speech = self.clauses.speech(pred, res.quoted)
        if speech is None or pred.i not in res.quoted or not any(s.lower_ in ("this", "it", "that") for s in subjects):
            return []
        things = self.clauses.pobjs(speech, ("of",))
        things += [p for c in speech.children if c.lemma_.lower() == "refer" for p in self.clauses.pobjs(c, ("to",))]
        return [r for t in things for r in res.refs(t, "target", owner=True)]

    def _approved(self, trig: Token, speech: Token) -> bool:
        """Whether the clause that tells of an act judges it well: "called the withdrawal a positive step", "said the
        move was right"."""
        pred = next((a for a in (trig, *trig.ancestors) if a.head.i == speech.i), None)
        if pred is None or pred.i == trig.i:
            return False
        words = [pred, *(c for c in pred.children if c.dep_ in ("amod", "acomp", "attr"))]
        words += [a for w in words if w.dep_ == "attr" for a in w.children if a.dep_ == "amod"]
        return any(w.lemma_.lower() in self.lex["approving_labels"] or w.lower_ in self.lex["approving_labels"] for w in words)


def labelled_objects(children: list[Token], labels: Collection[str] = ()) -> list[Token]:
    """The object a verb names after the label it gives it, however the parser hangs it: "condemned as 'cowardly'
    an Israeli strike", "rejected as baseless the accusations", "condemned as a violation the Israeli strike" (a bare
    noun after an adjective too, unless a label itself: ``labels``)."""
    out = []
    for c in children:
        if c.pos_ == "ADJ" and c.dep_ in ("advcl", "acomp") and any(k.lower_ == "as" for k in c.children):
            objects = [k for k in c.children if k.dep_ in ("dobj", "pobj")]  # "as baseless the accusations"
        elif c.dep_ == "prep" and c.lower_ == "as":
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
            labelled = any(k.pos_ in ("ADJ", "ADV") for k in c.children)  # "as 'cowardly' an Israeli strike"
            # 'as "completely unacceptable" remarks by Erdogan': the label read as the object's adjective
            told = [p for p in pobjs if p.lemma_.lower() not in labels and not any(d.dep_ == "det" for d in p.children)]
            labelled = labelled or any(a.dep_ == "amod" and a.pos_ == "ADJ" for p in told for a in p.children if a.i < p.i)
            objects = (pobjs if labelled else []) + [a for p in pobjs for a in p.children if a.dep_ == "appos" and a.i > p.i]
        else:
            continue
        out += [o for o in objects if o.lower_ not in ("what", "which")]
    return out


def label_first(prep: Token) -> bool:
    """ "as groundless the accusations", "as “meaningless” US accusations": an adjective comes first."""
    after = next((t for t in prep.doc[prep.i + 1 : prep.i + 4] if not t.is_punct), None)
    return after is not None and after.pos_ == "ADJ"
