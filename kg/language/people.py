"""People and organisations in the text: which of them act, and for whom.

A mixin of :class:`kg.language.resolve.Resolver`, run once its mention table is built: an organisation in the
title of a state's envoy is the envoy's post ("China's U.N. Ambassador"), a demonym that only describes a private
person or company is no actor ("Israeli businessman Amir Gal-Or"), and people the gazetteer does not know are
placed by the title the article gives them once ("Russian Ambassador Vassily Nebenzia ... Nebenzia"). An office
holder's polity is read from the title's modifiers, an "of" phrase, an apposition or the capital the office sits in.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Span, Token

from .gazetteer import Gazetteer, Person, slug
from .refs import MODIFIER_DEPTH, Mention, Ref

__all__ = ["People"]

#: A middle initial in a name: the "S." of "Mikhail S. Gorbachev".
INITIAL = re.compile(r"[A-Z]\.")


class People:
    """The mention-table and office-holder moves of the resolver (which provides ``doc``, ``lex``, ``mentions``,
    ``types``, ``cache``, ``refs`` and ``_modifier_refs``)."""

    def _drop_posts(self) -> None:
        """An organisation in the title of a state's envoy is the envoy's post, not an actor: "China's U.N. Ambassador
        Fu Cong", "Russia's UN envoy", "his U.N. mission" act for their state alone ("U.N. envoy Hans Grundberg" stays the
        U.N.'s)."""
        for i, m in list(self.mentions.items()):
            if self.types.get(m.key, "state") == "state" or m.person:
                continue
            chain = [self.doc[i]]
            while chain[-1].dep_ in ("compound", "amod", "nmod") and chain[-1].head != chain[-1]:
                chain.append(chain[-1].head)
            named = (self.mentions.get(t.i) for c in chain[-1].lefts for t in c.subtree)
            states = any(n is not None and self.types.get(n.key) == "state" for n in named)
            states = states or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in chain[-1].lefts)  # "his U.N. mission"
            if states and any(t.lemma_.lower() in self.lex["envoy_nouns"] for t in chain[1:]):
                del self.mentions[i]

    def _drop_private(self) -> None:
        """A demonym that only describes a private person or company is no actor: "Israeli businessman Amir Gal-Or",
        "Chinese tech giant Huawei" (an office keeps it: "Chinese Foreign Minister Wang Yi"); nor are the names of a
        community within a state: "Bosnian Serb leader Milorad Dodik", "Turkish Cypriot", "the Krajina Serb army"; nor
        a region's ("the Central American country", "Latin American leaders")."""
        ends = self.lex["community_words"] | {name.split()[-1] for name in self.lex["region_names"]}
        for tok in (t for t in self.doc[1:] if t.lower_ in ends):
            before = tok.nbor(-1)
            named = before.pos_ == "PROPN" or before.ent_type_ in ("NORP", "GPE", "LOC")  # (not "top Albanian officials")
            region = f"{before.lower_} {tok.lower_}" in self.lex["region_names"]
            if region or (tok.lower_ in self.lex["community_words"] and named and before.head == tok.head):
                for t in (before, tok):
                    self.mentions.pop(t.i, None)
        titles = self.lex["office_nouns"] | self.lex["agentive_nouns"] | self.lex["polity_nouns"]
        for i, m in list(self.mentions.items()):
            tok = self.doc[i]
            if m.person or tok.ent_type_ != "NORP" or tok.dep_ not in ("amod", "compound"):
                continue
            chain = [tok]
            while chain[-1].dep_ in ("compound", "amod", "nmod") and chain[-1].head != chain[-1]:
                chain.append(chain[-1].head)
            named = [t for t in (chain[-1], *chain[-1].children) if t.i == chain[-1].i or t.dep_ == "appos"]
            private = any(t.ent_type_ in ("PERSON", "ORG") and t.i not in self.mentions for t in named)
            if private and not any(t.lemma_.lower() in titles for t in chain[1:]):
                del self.mentions[i]

    def _with_titled_surnames(self, spans: list[Span], gazetteer: Gazetteer, day: str | None) -> list[Span]:
        """The ruler's spans and known people named by a title and a surname the gazetteer holds no alias for, when only
        one person of that name held office on the article's day: "President Carter" in 1979, "Mr. Begin"."""
        taken, titles = {t.i for s in spans for t in s}, self.lex["name_titles"] | self.lex["office_nouns"]
        found = []
        for ent in (e for e in self.doc.ents if e.label_ == "PERSON" and not any(t.i in taken for t in e)):
            words = [t for t in ent if t.lower_ not in titles]
            titled = len(words) < len(ent) or (ent.start > 0 and self.doc[ent.start - 1].lower_ in titles)
            key = gazetteer.holder_named(words[0].text, day) if titled and len(words) == 1 else None
            found += [Span(self.doc, words[0].i, words[0].i + 1, label="PERSON", span_id=key)] if key else []
        return spans + found

    def _initialled(self, span: Span, person: Person | None) -> bool:
        """Whether a surname sits in its owner's name written with middle initials: "Mikhail S. Gorbachev"."""
        ent = next((e for e in self.doc.ents if e.start <= span.start < e.end), None)
        if ent is None or person is None:
            return False
        words = [t.text for t in ent if not INITIAL.fullmatch(t.text) and t.lower_ not in self.lex["name_titles"]]
        plain = unicodedata.normalize("NFKD", person.name).encode("ascii", "ignore").decode()
        return len(words) < len(ent) and " ".join(words) in (person.name, plain)

    def _titled_name(self, tok: Token) -> bool:
        """Whether a name comes with an office and no word that takes it out of office: "Foreign Minister Charles
        Murigande" (not "retired Turkish admiral Cem Gurdeniz", nor a bare name)."""
        title = [t for c in tok.lefts for t in c.subtree]
        office = any(t.lemma_.lower() in self.lex["office_nouns"] for t in title)
        return office and not any(t.lower_.rstrip("-") in self.lex["former_words"] for t in title)

    def _title_polity(self, title: list[Token], served: set[str], named_at: dict[int, str], end: int) -> str | None:
        """The one polity an office holder's title names, when it names one and an office ("NATO Secretary-General"),
        or one the holder served ("Germany's Baerbock", who later presided over the UN General Assembly); ``named_at``
        gives the names after the holder's, at ``end``, which the mention table has not reached yet. A title ends at a
        comma or "and" before the name ("Choi Ho-joong and Soviet Foreign Minister Eduard Shevardnadze": Soviet)."""
        cut = max((t.i for t in title if t.i < end and t.lower_ in ("and", ",", "or")), default=-1)
        found = (self.mentions.get(t.i) for t in title if t.i > cut)
        named = {m.key for m in found if m is not None and not m.person}
        named |= {named_at[t.i] for t in title if t.i >= end and t.i in named_at}
        office = any(t.lemma_.lower() in self.lex["office_nouns"] for t in title if t.i > cut)
        return named.pop() if len(named) == 1 and (office or named <= served) else None

    @staticmethod
    def _appositive_title(span: Span) -> list[Token]:
        """The title an apposition gives a name, its noun and the words before it: "Nato's secretary general, Jens
        Stoltenberg", "Jens Stoltenberg, Nato's secretary general" (not an "of" phrase: "an ally of Russia's leader")."""
        root = span.root
        nouns = [root.head] if root.dep_ == "appos" else [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        return [t for n in nouns for c in n.lefts for t in c.subtree] + nouns

    def _introduced(self, ent: Span) -> list[Ref]:
        """The polity of an unnamed office holder who spoke in the sentence before, for a name that opens the next one:
        "China's U.N. ambassador told reporters ... . Fu Cong blamed the Trump administration" (Fu Cong is that envoy)."""
        root, sent = ent.root, ent.sent
        if ent.start != sent.start or sent.start == 0 or root.dep_ != "nsubj" or root.head.i != sent.root.i:
            return []
        if any(c.dep_ == "appos" for c in root.children):
            return []  # "John Smith, an analyst, said": the name comes with its own description
        before = self.doc[sent.start - 1].sent
        holders = [c for c in before.root.children if c.dep_ == "nsubj"]
        if len(holders) != 1 or holders[0].lemma_.lower() not in self.lex["office_nouns"] | self.lex["envoy_nouns"]:
            return []
        if any(t.ent_type_ == "PERSON" for t in holders[0].subtree):
            return []  # that office holder was named: the new name is someone else
        return [r for r in self._titled(holders[0]) if not r.person]

    def _described(self, ent: Span) -> list[Ref]:
        """The polity of a speaker the next sentence goes on to describe by title: "..., said Rashid Tanveer. The
        Pakistani minister spoke in Islamabad" (the minister is he)."""
        root, sent = ent.root, ent.sent
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in self.lex["speech_verbs"] or sent.end >= len(self.doc):
            return []
        after = self.doc[sent.end].sent
        holders = [c for c in after.root.children if c.dep_ == "nsubj" and c.i < after.start + 5]
        if len(holders) != 1 or holders[0].tag_ != "NN" or holders[0].lemma_.lower() not in self.lex["person_offices"]:
            return []
        if not any(c.lower_ == "the" for c in holders[0].children) or any(t.ent_type_ == "PERSON" for t in holders[0].subtree):
            return []  # "a Taliban commander" is someone else; "The Taliban chief Akhundzada" names himself
        return [r for r in self._titled(holders[0]) if not r.person]

    def _joined_home(self, ent: Span) -> list[Ref]:
        """The polity of an office holder whose title names none, acting in a clause joined to one a state acts in:
        "Ecuador granted asylum to Assange, and Foreign Minister Ricardo Patino accused Britain" (Ecuador's)."""
        root = ent.root
        if root.dep_ != "nsubj" or root.head.dep_ != "conj" or not self._titled_name(root):
            return []
        first = [c for c in root.head.head.children if c.dep_ == "nsubj"]
        refs = [r for c in first for r in self.refs(c) if not r.person and self.types.get(r.key, "state") == "state"]
        return [Ref(r.key, r.text, "office") for r in refs[:1]] if len({r.key for r in refs}) == 1 else []

    def _link_people(self) -> None:
        """People the gazetteer does not know, placed by the title the article gives them once:
        after "Russian Ambassador Vassily Nebenzia", a later "Nebenzia" is Russia's too."""
        names = [e for e in self.doc.ents if e.label_ == "PERSON" and not any(t.i in self.mentions for t in e)]
        placed: dict[str, Ref] = {}
        for ent in names:
            # a title's polity, not the office of a neighbour the parser hung the name on ("Blinken said Berisha ...")
            refs = [r for r in self._titled(ent.root) if not (r.person and r.via == "office")]
            refs = refs or self._introduced(ent) or self._described(ent) or self._joined_home(ent)
            if len({r.key for r in refs}) == 1 and ent[-1].text not in placed:
                placed[ent[-1].text] = refs[0]
        # "Prime Minister Imran Khan ... Khan accused": a known name's surname again, unless another bears it ("Liri Berisha")
        full = {e.text for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1}
        for m in (m for m in self.mentions.values() if m.person and m.label.startswith("PERSON") and " " in m.text):
            if not {n for n in full if n.split()[-1] == m.text.split()[-1]} - {m.text}:
                placed.setdefault(m.text.split()[-1], Ref(m.key, m.text, "office", m.person))
        self.cache.clear()  # refs found before the names were placed
        if not placed:
            return
        # a later surname alone, whatever the recogniser made of it ("Nebenzia" is sometimes a place)
        alone = [self.doc[t.i : t.i + 1] for t in self.doc if t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and t.text in placed]
        for span in (*names, *alone):
            ref = placed.get(span[-1].text)
            if ref is not None and not any(t.i in self.mentions for t in span):
                person = slug(span.text if len(span) > 1 else ref.person or span.text)
                for tok in span:
                    self.mentions[tok.i] = Mention(ref.key, "PERSON", span.text, person)

    def _titled(self, tok: Token, depth: int = 0) -> list[Ref]:
        """The polity of an office holder: in modifiers, an "of" phrase, or an apposition."""
        titles = [t for t in tok.subtree if t.i < tok.i and t.dep_ in ("amod", "compound", "advmod")]
        titles += [t for a in tok.children if a.dep_ == "appos" for t in a.subtree]  # "Uganda's Bobi Wine, an opposition MP"
        if any(t.lower_.rstrip("-") in self.lex["former_words"] for t in titles):
            return []  # "former prime minister Tony Blair" acts for no one
        found = self._modifier_refs(tok, depth) or self._local_seat(tok, titles)
        if found or depth > MODIFIER_DEPTH:
            return list({r.key: r for r in found}.values())
        # "officials in Ankara", "security forces in Somalia" (not bare "forces in Syria", often another's)
        phrase = " ".join([c.lemma_.lower() for c in tok.lefts if c.dep_ == "compound"] + [tok.lemma_.lower()])
        seated = tok.lemma_.lower() in self.lex["seated_nouns"] or phrase in self.lex["seated_nouns"]
        via = "force" if tok.lemma_.lower() in self.lex["agentive_nouns"] else "office"
        after = tok.doc[min(tok.right_edge.i + 1, len(tok.doc) - 1)]  # "accused the junta in Bamako of": hung on the verb
        hung = [after] if seated and tok.dep_ == "dobj" and after.lower_ == "in" and after.head == tok.head else []
        for child in [*tok.children, *hung]:
            if child.dep_ == "prep" and child.lower_ == "in" and seated:
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                # "officials in charge of foreign trade in the EU, Belgium and Germany"
                pobjs += [p for c in pobjs if c.lower_ == "charge" for i in c.children if i.lower_ == "in" for p in i.children]
                seats = [
                    p
                    for p in pobjs
                    if any(self.mentions.get(t.i) and self.mentions[t.i].label in ("CAPITAL", "STATE") for t in (p, *p.conjuncts))
                ]
                if seats:  # "officials in Ankara", "the government in Kabul"
                    return [Ref(r.key, r.text, via, r.person) for p in seats for r in self.refs(p, "place")]
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "to", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        refs = self.refs(pobj)
                        if refs:
                            return [Ref(r.key, r.text, "office", r.person or self._person(tok)) for r in refs]
            if child.dep_ == "appos" and child.lemma_.lower() not in self.lex["observer_nouns"]:  # (not "a Somali analyst")
                refs = self._titled(child, depth + 1) or ([self._mention_ref(child)] if child.i in self.mentions else [])
                if refs:
                    return [Ref(r.key, r.text, "office", r.person or self._person(tok)) for r in refs]
        leaders = [  # "a delegation led by Wang Yi", "forces led by Saudi Arabia": whoever leads them
            p
            for c in tok.children
            if c.dep_ == "acl" and c.lemma_.lower() in self.lex["leading_verbs"]
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
        ]
        led = [r for p in leaders for r in self.refs(p)]
        if led:
            return [Ref(r.key, r.text, "office", r.person) for r in led]
        if tok.dep_ == "appos" and depth == 0 and tok.head.i in self.mentions:
            return [self._mention_ref(tok.head)]
        following = [c for c in tok.head.children if c.i == tok.right_edge.i + 1 and c.dep_ == "prep" and c.lower_ == "from"]
        if tok.dep_ == "dobj" and following:  # "met officials from Germany and France", "from" hung on the verb
            pobjs = [p for p in following[0].children if p.dep_ == "pobj"]
            return [Ref(r.key, r.text, "office", r.person) for p in pobjs for r in self.refs(p)]
        return []

    def _local_seat(self, tok: Token, titles: list[Token]) -> list[Ref]:
        """A province's or a city's office is its state's: "Balochistan Chief Minister Sarfraz Bugti", "the governor of
        Kursk region" (``local_offices``; not a separatist's or a rebel's)."""
        words = [t.lemma_.lower() for t in (*titles, tok)]
        phrase = " ".join(words)
        if not any(o in phrase for o in self.lex["local_offices"]) or self.lex["armed_nouns"].intersection(words):
            return []
        seats = [t for t in tok.subtree if t.i < tok.i and t.dep_ in ("compound", "amod", "nmod", "poss")]
        seats += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        found = {m.key: m for t in seats if (m := self._place(t)) is not None and m.label in ("PLACE", "STATE")}
        if not found and self.lex["regional_words"].intersection(words):  # "the regional governor said": of the one
            own = {t.i for t in titles}  # state whose ground the sentence names
            found = {m.key: m for t in tok.sent if t.i not in own and (m := self._place(t)) is not None and m.label == "PLACE"}
        return [Ref(m.key, m.text, "office") for m in found.values()] if len(found) == 1 else []

    def _mention_ref(self, tok: Token) -> Ref:
        m = self.mentions[tok.i]
        return Ref(m.key, m.text, "office", m.person)

    def _person(self, tok: Token) -> str | None:
        return slug(tok.text) if tok.ent_type_ == "PERSON" else None
