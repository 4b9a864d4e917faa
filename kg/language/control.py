"""Control: who a pronoun stands for, read from the clause around it rather than from the words before it.

A mixin of :class:`kg.language.resolve.Resolver` (which provides ``doc``, ``lex``, ``quoted`` and ``refs``): the
object that controls an infinitive or gerund ("urged Iran to halt its program"), the subject of a main clause a
phrase is put before ("After his summit with Putin, Trump ..."), a group named just before "their", the pair the
sentence before joins ("Their second summit ..."), the one backed in a clause of support ("would stand with
Israel as it fought Hamas"), the one acted on for what it did ("sanctions on Iran over its supply of drones"), and the
one reproached for what a clause after tells ("accused China of aggression after it fired water cannon").
"""

from __future__ import annotations

from spacy.tokens import Token

from .refs import ARGUMENTS, SUBJECTS, Ref

__all__ = ["Control"]


class Control:
    """The moves of the resolver that read a pronoun's antecedent from the clause it sits in."""

    def _controller(self, tok: Token) -> list[Ref]:
        """Who does the act a possessive sits in, when it has no subject of its own: the object of the verb above ("urged
        Iran to halt its program", "called on Iran to ...", "accused Pyongyang of funding its weapons programs"); not when
        the act harms or meddles with what is owned ("accused the US of meddling in its affairs", unless "its own")."""
        act = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None) if tok.dep_ == "poss" else None
        if act is None or act.tag_ not in ("VBG", "VB") or any(c.dep_ in SUBJECTS for c in act.children):
            return []
        own = any(c.lower_ == "own" for c in tok.head.children)
        if not own and act.lemma_.lower() in self.lex["harm_verbs"] | self.lex["interference_verbs"]:
            return []
        gov = act.head.head if act.dep_ == "pcomp" else act.head if act.dep_ == "xcomp" else None
        kids = list(gov.children) if gov is not None and gov.pos_ == "VERB" else []
        objects = [c for c in kids if c.dep_ == "dobj"] + [p for c in kids if c.lower_ == "on" for p in c.children]
        personal = tok.lower_ in ("his", "her")  # "urged Israel to show restraint during his talks": not Israel's
        return [Ref(r.key, r.text, "anaphora", r.person) for o in objects for r in self.refs(o) if r.person or not personal]

    def _group_before(self, tok: Token) -> list[Ref]:
        """ "their" after a group of actors named earlier in its sentence is the group's: "refer to these four nations as
        the Axis of Upheaval, describing their growing collaboration", "sanctioned Russia and China for their support"."""
        if tok.lower_ != "their":
            return []
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):
            if t.dep_ in ARGUMENTS and t.dep_ != "conj" and t.i not in self.quoted:
                group = {r.key: r for r in self.refs(t)}
                if len(group) > 1:
                    return [Ref(r.key, r.text, "anaphora", r.person) for r in group.values()]
        return []

    def _pair_before(self, tok: Token) -> list[Ref]:
        """ "Trump met Kim in Singapore. Their second summit was in Hanoi": "their" opening a sentence, on a thing held
        together (``joint_nouns``), is the two people the sentence before joins as subject and object (or "with")."""
        if tok.lower_ != "their" or tok.i != tok.sent.start or tok.head.lemma_.lower() not in self.lex["joint_nouns"]:
            return []
        root = self.doc[tok.sent.start - 1].sent.root if tok.sent.start > 0 else None
        parts = [c for c in root.children if c.dep_ in ("nsubj", "dobj")] if root is not None else []
        parts += [p for c in (root.children if root is not None else ()) if c.lower_ == "with" for p in c.children]  # "met with"
        people = {r.key: r for c in parts for r in self.refs(c) if r.person}
        return [Ref(r.key, r.text, "anaphora", r.person) for r in people.values()] if len(people) == 2 else []

    def _fronted(self, tok: Token) -> list[Ref]:
        """ "After his summit with Putin, Trump declined ...", "Ahead of his visit to Moscow, Modi said": "his" or "her"
        in a phrase put before the main clause's subject is that subject's, when the subject is a person."""
        root = tok.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if tok.dep_ != "poss" or tok.lower_ not in ("his", "her") or subject is None or tok.i > subject.left_edge.i:
            return []
        top = next((a for a in tok.ancestors if a.head.i == root.i), None)
        if top is None or top.dep_ not in ("prep", "advcl", "npadvmod", "advmod") or top.i > subject.i:  # ("Ahead of his")
            return []
        return [Ref(r.key, r.text, "anaphora", r.person) for r in self.refs(subject) if r.person]

    def _backed(self, tok: Token) -> list[Ref]:
        """ "would stand with Israel as it fought Hamas", "will support Ukraine while it defends itself": the subject of
        an "as" or "while" clause under a verb of backing (``backing_verbs``) is the one backed."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head.lemma_.lower() not in self.lex["backing_verbs"]:
            return []
        if not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children):
            return []
        kids = list(clause.head.children)
        backed = [c for c in kids if c.dep_ == "dobj"] + [
            p for c in kids if c.lower_ in ("with", "behind", "by") for p in c.children
        ]
        return [Ref(r.key, r.text, "anaphora", r.person) for b in backed for r in self.refs(b)]

    def _grounds(self, tok: Token) -> list[Ref]:
        """ "imposed sanctions on Iran over its supply of drones", "criticised China for its treatment of Uyghurs": "its"
        in the grounds of an act aimed at one actor is that actor's (the object, or what "on" or "against" names, else
        whom the act is addressed "to" or done "with")."""
        grounds = tok.head.head if tok.dep_ == "poss" and tok.lower_ == "its" and tok.head.dep_ == "pobj" else None
        idiom = grounds is not None and grounds.lower_ in ("at", "of", "to") and grounds.head.lemma_ in self.lex["grounds_idioms"]
        if grounds is None or not (grounds.lower_ in ("over", "for") or idiom) or grounds.head.pos_ not in ("VERB", "NOUN"):
            return []  # (also "in protest at its offensive", "in response to its strikes")
        act = grounds.head  # ("took China to task over its support": "over" hung on the phrase's noun)
        act = act.head.head if act.dep_ == "pobj" and act.i not in self.mentions and act.head.head.pos_ == "VERB" else act
        acts = [act, *(c for c in act.children if c.dep_ == "dobj")]
        aimed = [c for a in acts for c in a.children if c.dep_ == "dobj"]
        aimed += [p for a in acts for c in a.children if c.lower_ in ("on", "against") for p in c.children]
        found = {r.key: r for a in aimed for r in self.refs(a)}
        # "protested to NATO over its missile attack", "lodged a protest with Japan over its decision": the addressee's
        addressed = [p for a in acts for c in a.children if c.lower_ in ("to", "with") for p in c.children]
        found = found or {r.key: r for a in addressed for r in self.refs(a)}
        return [Ref(r.key, r.text, "anaphora", r.person) for r in found.values()] if len(found) == 1 else []

    def _reproached(self, tok: Token) -> list[Ref]:
        """ "The Philippines accused its Chinese counterpart of aggression after it fired water cannon", "condemned Japan
        after its ships entered the zone": the subject of an "after" or "because" clause under a verb of reproach
        (``reproach_verbs``) is the one reproached, the object, when it names one actor."""
        subject = tok.head if tok.dep_ == "poss" and tok.lower_ in ("its", "their") else tok
        clause = subject.head
        if subject.dep_ != "nsubj" or tok.lower_ not in ("it", "its", "they", "their") or clause.dep_ != "advcl":
            return []
        if clause.head.lemma_.lower() not in self.lex["reproach_verbs"]:
            return []
        if not any(c.dep_ == "mark" and c.lower_ in self.lex["occasion_marks"] for c in clause.children):
            return []
        found = {r.key: r for c in clause.head.children if c.dep_ == "dobj" for r in self.refs(c)}
        return [Ref(r.key, r.text, "anaphora", r.person) for r in found.values()] if len(found) == 1 else []

    def companions(self, subject: Token, verb: Token) -> list[Ref]:
        """Who acts with the subject: "The US, along with Britain and France, called a meeting", "China, alongside
        Russia, vetoed", "Estonia joined NATO along with Bulgaria"; the words are ``companion_words`` in
        ``data/lexicon.yaml`` (after the verb not "alongside": "fought alongside Russian forces" is with them), and those
        "with" whom it is done "taking part" (``participation_verbs``)."""
        words = self.lex["companion_words"]
        out: list[Ref] = []
        for p in (c for h in (subject, verb) for c in h.children if c.dep_ == "prep" and subject.i < c.i != verb.i):
            inner = [c for c in p.children if c.dep_ == "prep" and c.lower_ == "with"] if p.lower_ in words else []
            if (p.lower_ == "alongside" and p.i < verb.i) or (p.lower_ == "with" and any(c.lower_ in words for c in p.children)):
                inner = [p]
            inner = inner if p.i < verb.i or p.head == verb else []
            out += [r for w in inner for o in w.children if o.dep_ == "pobj" for r in self.refs(o, "source")]
            # "launched air strikes on Islamic State, with Jordan and Bahrain taking part": those who take part
            partaking = [c for c in p.children if c.dep_ == "pcomp" and c.lemma_.lower() in self.lex["participation_verbs"]]
            partaking = partaking if p.lower_ == "with" and p.head == verb else []
            out += [r for c in partaking for s in c.children if s.dep_ == "nsubj" for r in self.refs(s, "source")]
        return out
