"""Whether a clause is asserted, planned, threatened, hinted, or not real at all: negated, denied, hypothetical,
wished, conditional or historical. A mixin of :class:`kg.language.clauses.Clauses`, which provides ``lex``, the memo
and ``_misattached``."""

from __future__ import annotations

import functools
import itertools

from spacy.tokens import Token

from .refs import REASON_PREPS, SUBJECTS

__all__ = ["HISTORY_YEARS", "Modality"]

#: An act dated this many years or more before the article is history, not news ("invaded Cyprus in 1974"); a recent
#: one told in passing still counts, as the VOA labels code it ("the 2004 bombing of a French base", told in 2021).
HISTORY_YEARS = 20


class Modality:
    """The modality moves over one clause, driven by the word lists of ``data/lexicon.yaml``."""

    def modality(self, tok: Token, year: int | None = None, negation: bool = True) -> str | None:
        """``asserted``, ``planned``, ``threatened`` (under "vow", "threaten", "consider", or a future act on a
        condition), ``hinted`` (a possible act, said: "said it could retaliate"), or None for negated, denied or
        hypothetical. Without ``negation`` the word's own negation (:meth:`negated`) is passed over."""
        if tok.doc is not self._doc:
            self._doc, self._memo = tok.doc, {}
        key = (tok.i, year, negation)
        if key not in self._memo:
            self._memo[key] = self._modality(tok, year, negation)
        return self._memo[key]

    @staticmethod
    def described(tok: Token, noun: Token) -> bool:
        """Whether ``tok`` is in a clause that tells of a noun, not what it asks: "a demand rejected by Washington", "a
        demand that Washington rejected" (not "a demand to withdraw", "a demand that Israel withdraw")."""
        below = next((a for a in (tok, *tok.ancestors) if a.head == noun and a is not noun), None)
        if noun.pos_ != "NOUN" or below is None or below.dep_ not in ("acl", "relcl"):
            return False
        relative = [c for c in below.children if c.dep_ in ("nsubj", "dobj") and (c.tag_ in ("WDT", "WP") or c.lower_ == "that")]
        told = any(c.dep_ == "nsubj" for c in below.children) and not any(c.dep_ in ("mark", "dobj") for c in below.children)
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        return not to and (below.tag_ == "VBN" or bool(relative) or told)  # ("a verdict Nairobi said it rejected")

    def negated(self, tok: Token) -> bool:
        """Whether a word itself is negated: "did not support", "its reluctance to endorse", "refused to cave"."""
        refusals = self.lex["refusal_nouns"] | self.lex["refusal_verbs"]
        refused = tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() in refusals
        return refused or self.no_longer(tok) or any(c.dep_ == "neg" for c in tok.children) or self.hung_negation(tok)

    @staticmethod
    def hung_negation(verb: Token) -> bool:
        """A negation the parser hangs elsewhere: "would 'never, never, never' recognise" (between an auxiliary and its
        verb), "neither confirmed nor denied"."""
        auxes = [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
        between = verb.doc[min(auxes) + 1 : verb.i] if auxes else ()
        return any(w.lower_ in ("not", "never") for w in between) or any(
            c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children
        )

    def no_longer(self, verb: Token) -> bool:
        """Whether a verb is negated by a negated adverb of time: "would no longer send weapons", "will no more talk"."""
        return any(
            c.dep_ == "advmod" and c.lower_ in self.lex["negating_adverbs"] and any(g.dep_ == "neg" for g in c.children)
            for c in verb.children
        )

    def phrasal(self, verb: Token) -> set[str]:
        """A verb's lemma, with a particle ("call off") or a preposition and its object ("put on hold") when it has one
        (the latter only for a verb that heads such a phrase in the lexicon)."""
        lemma = verb.lemma_.lower()
        held = (
            {f"{lemma} {c.lower_} {p.lower_}" for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"}
            if lemma in self._phrase_heads
            else set()
        )
        return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"), *held}

    @functools.cached_property
    def _phrase_heads(self) -> frozenset[str]:
        return frozenset(p.split()[0] for p in self.lex["denial_verbs"] | self.lex["irrealis_verbs"] if p.count(" ") == 2)

    @staticmethod
    def condition(clause: Token) -> bool:
        """Whether a clause is a condition: "if Europe keeps its levy", "unless Kyiv pays", "each time Israel bombs"."""
        return any(
            (m.dep_ == "mark" and m.lower_ in ("if", "unless", "whenever"))
            or (m.lemma_.lower() == "time" and any(d.lower_ in ("each", "every") for d in m.children))
            for m in clause.children
        )

    def ceased(self, verb: Token) -> Token | None:
        """The word that stops a verb's act from now on: "stopped sending weapons" (stopped), "would no longer supply
        arms" (the verb itself); None when nothing stops it (a refusal or a denial is no stop)."""
        if self.no_longer(verb):
            return verb
        stops = self.lex["cessation_verbs"] - self.lex["refusal_verbs"] - self.lex["gainsay_verbs"]
        return verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in stops else None

    def refused_ahead(self, verb: Token) -> bool:
        """Whether a verb is negated from now on: "will not resume talks", "would not negotiate"."""
        children = list(verb.children)
        future = any(c.dep_ == "aux" and c.lower_ in self.lex["future_aux"] for c in children)
        return self.no_longer(verb) or (future and any(c.dep_ == "neg" for c in children))

    def onward(self, verb: Token) -> bool:
        """Whether a verb goes on with something: "pressed on with its offensive", "pressed an offensive against" (not
        "pressed Iran to stop"; ``pressed_acts``)."""
        pressed = verb.lemma_.lower() == "press" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex["pressed_acts"] for c in verb.children
        )
        return pressed or any(c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "ahead", "forward") for c in verb.children)

    def resolved(self, t: Token) -> bool | None:
        """Whether a word says its subject stands ready to act: "ready", "prepared", or a negated "hesitate" or
        "rule out" (``resolve_words``, ``litotes_verbs``); a hostile act under it is a threat, another a plan. False
        for a negated readiness ("is not ready to negotiate"), None for any other word."""
        lemma = t.lemma_.lower()
        if lemma in self.lex["readiness_adjectives"]:
            held = [*t.children, *(t.head.children if t.dep_ == "acomp" else ())]
            if any(c.dep_ == "neg" for c in held):
                return False
            return True if lemma in self.lex["resolve_words"] else None
        refused = t.dep_ == "xcomp" and t.head.lemma_.lower() in self.lex["refusing_verbs"]  # "refused to rule out"
        litotes = lemma in self.lex["litotes_verbs"] and (refused or any(c.dep_ == "neg" for c in t.children))
        litotes = litotes and (lemma != "rule" or any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children))
        return True if litotes else None

    def spent(self, noun: Token, verb: Token | None) -> bool:
        """Whether ``noun`` fills a span of time ``verb`` ends, so took place whatever the clause's mood: "ended two days of
        talks at Glassboro", "a truce that would halt 15 months of fighting"."""
        span = noun.head.head if noun.head.lower_ == "of" else noun
        ending = verb is not None and verb.lemma_.lower() in self.lex["ending_verbs"]
        return ending and span.dep_ == "dobj" and span.head == verb and span.lemma_.lower() in self.lex["spell_nouns"]

    def weighs(self, verb: Token) -> bool:
        """Whether a verb weighs an act ("is considering sanctions"), not judges a thing ("considers Russia a threat")."""
        return verb.lemma_.lower() in self.lex["deliberation_verbs"] and not any(
            c.dep_ in ("oprd", "ccomp", "attr") for c in verb.children
        )

    def _modality(self, tok: Token, year: int | None, negation: bool = True) -> str | None:
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.lex["change_nouns"] | self.lex["enactment_nouns"]:
            tok = tok.head  # "is considering a tariff hike on China": as the hike
        modality, t, clausal, came_by_conj = "asserted", tok, True, False
        threat = any(a.lemma_.lower() in self.lex["threat_verbs"] for a in (tok, *tok.ancestors))  # threats are often conditional
        if self.prospect(tok):
            return None
        for _ in range(6):
            ready = self.resolved(t) if t is not tok else None
            if ready is not None:  # "will not hesitate to strike", "is ready to impose sanctions"; "is not ready to talk"
                return "threatened" if ready and clausal else None
            if (
                t.dep_ == "prep"
                and t.lower_ == "for"
                and t.head.pos_ == "NOUN"
                and t.head.lemma_.lower() in self.lex["appeal_nouns"]
            ):
                return None  # "after calls for boosting aid for Kyiv": asked for, not done
            journey = t.lower_ == "on" and tok.head == t and tok.lemma_.lower() in self.lex["journey_nouns"]  # "on a visit to"
            after = t.dep_ == "prep" and t.lower_ == "after" and t.i != tok.i and t.head.pos_ in ("VERB", "AUX")
            if after and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in t.head.children):
                return "planned"  # "said he would announce further sanctions after meeting G7 leaders": to come as well
            if t.dep_ == "prep" and (t.lower_ in ("during", "amid", "after") or journey) and t.i != tok.i:
                return modality  # "violated Poland's airspace during an attack on Ukraine", "after his summit with X": there
            if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "without":
                return None  # "the army said, without giving figures for the Chinese side", "without consulting Kyiv"
            charged = t.head.lower_ in ("of", "with", "for") and t.head.head.lemma_.lower() in self.lex["charging_verbs"]
            if t.dep_ == "pcomp" and charged:
                return None  # "accused Iran of helping Russia", "charged it with", "blamed Armenian forces for shelling its
                # positions": a charge its accuser makes, no act told
            if t.i != tok.i and t.dep_ in ("prep", "acl") and t.head.lemma_.lower() in self.lex["alleging_nouns"]:
                modality = "reported"  # "Moscow's claims of a Ukrainian drone attack": only said to have happened
            if self.no_longer(t) and (negation or t.i != tok.i):
                return None
            if t.dep_ in ("acl", "relcl") and self.prospect(t.head):
                return None  # "any Japanese aircraft entering its airspace would be shot down": none has yet
            # "each time Israel bombed civilian homes" (a clause, or one the parser hangs on "time"): a condition
            if (t.dep_ == "advcl" and self.condition(t)) or (
                t.dep_ == "relcl" and t.head.lemma_.lower() == "time" and any(d.lower_ in ("each", "every") for d in t.head.lefts)
            ):
                return None
            # "had no choice but to impose sanctions": a compulsion, not a negation
            forced = t.lemma_.lower() in self.lex["compulsion_nouns"] and any(c.lower_ == "but" for c in t.children)
            for c in t.children:
                scant = c.dep_ == "advmod" and c.lower_ in self.lex["scant_adverbs"] and not came_by_conj  # "seldom criticized"
                scant = scant or (c.dep_ in ("aux", "preconj") and self.hung_negation(t))
                denied = c.dep_ == "det" and c.lower_ in ("no", "never") and not forced
                if (c.dep_ == "neg" or scant or denied) and (negation or t.i != tok.i):
                    return None
                if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "whenever"):
                    return None
                if c.lower_ == "how" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
                    return None  # "held talks on how to protect the kingdom": a topic
                if c.dep_ == "aux":
                    if c.lower_ in self.lex["future_aux"]:
                        modality = "planned"
                    elif c.lemma_.lower() in self.lex["hypothetical_aux"]:
                        # "Beijing hinted that it could retaliate": what may come, said; a threat if the actor says it
                        said = t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex["speech_verbs"]
                        return "hinted" if said and c.lower_ in self.lex["hinting_aux"] else None
            for c in t.children:  # "invaded Poland in September 1939", "on Aug. 2, 1990", "the 1982 war": history ("since
                # 1947" runs to now)
                day = c.lower_ in ("in", "during") or (c.lower_ == "on" and any(p.ent_type_ == "DATE" for p in c.children))
                dated = (c.dep_ == "prep" and day) or c.dep_ in ("nummod", "compound", "npadvmod")
                if dated and self.old(c, year):
                    return None
                made = t is tok and c.dep_ == "acl" and c.tag_ == "VBN"  # "the treaty, signed by Egypt and Israel in 1979"
                if made and any(p.dep_ == "prep" and p.lower_ == "in" and self.old(p, year) for p in c.children):
                    return None
                if not threat and c.dep_ == "prep" and _eventual(c):  # "pledging to assist one another in the event of
                    return None  # an attack", "... against any armed rebellion": a pact's condition
                if c.lower_ == "ago" and any(y.lemma_.lower() in ("year", "decade", "century") for y in c.subtree):
                    return None  # "Twenty years ago on Monday, ... invaded Iraq": an anniversary
                if c.dep_ == "advcl" and not threat and self.condition(c):
                    # "if Europe keeps its levy, we will impose tariffs": a future act on a condition is a threat
                    # (only a hostile one counts: "if elected, he would restore relations" is no event)
                    future = any(a.dep_ == "aux" and a.lower_ in self.lex["future_aux"] for a in t.children)
                    return "threatened" if future else None
            if t.dep_ in ("relcl", "acl") and any(
                c.dep_ in ("nummod", "compound") and self.old(c, year) for c in t.head.children
            ):
                return None  # "the 1982 war, in which Argentina invaded ..."
            if any(
                c.dep_ in SUBJECTS and any(d.dep_ == "det" and d.lower_ in ("no", "none") for d in c.children) for c in t.children
            ):
                return None  # "no date has been set for a meeting"
            # (a verb with no subject of its own inverts nothing: "opposed the visit and had lodged representations")
            subject_at = min((c.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), default=-1)
            # ("an incursion, were it ever to take place, would be hampered": a subject after "were", whatever comes before;
            # not "Among the dead were two soldiers")
            inverted = t.lower_ in ("were", "had", "should") and any(c.dep_ == "nsubj" and c.i > t.i for c in t.children)
            inverted = inverted and (t.pos_ == "AUX" or any(c.dep_ == "xcomp" for c in t.children))
            if inverted or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "had", "should") and c.i < subject_at for c in t.children
            ):
                return None  # "Were Israel to hit Iran's oil facilities, ...": an inverted condition
            auxes = [c.lower_ for c in t.children if c.dep_ == "aux"]
            if "have" in auxes and ("would" in auxes or ("to" in auxes and t.head.lemma_ == "be")):
                return None  # "a resolution that would have deplored ...", "a summit that was to have brought together"
            if t is not tok and not came_by_conj:
                if t.lemma_.lower() in self.lex["threat_verbs"]:
                    # "vowed to annihilate South Korea" is a threat; "vowed ... in response to US strikes" is not
                    return "threatened" if clausal else None
                if self.weighs(t):  # "is considering sanctions against Somalia": a threat, like "vowed"
                    return "threatened" if clausal else None
                if self.phrasal(t) & (self.lex["denial_verbs"] | self.lex["irrealis_verbs"]):  # ("held up")
                    refused = not negation and t.i == tok.head.i and t.lemma_.lower() in self.lex["refusal_verbs"]
                    exempt = refused or self.onward(t)  # "pressed on with its offensive": no appeal
                    exempt = exempt or (t.pos_ == "NOUN" and t.head.lower_ in ("at", "by"))  # "at the end of their talks"
                    exempt = exempt or self.spent(tok, t)  # "ended two days of talks"
                    # "froze talks in protest at India's remarks", "cut ties in protest at its offensive": the grounds of
                    # a halt are not halted
                    grounds = [a for a in (tok, *tok.ancestors) if a.lemma_.lower() in self.lex["grounds_idioms"]]
                    # ("banned Chinese apps over a clash between Indian and Chinese troops", "after the coup")
                    reasons = [a for a in tok.ancestors if a.dep_ == "prep" and a.lower_ in REASON_PREPS]
                    reasons = [a for a in reasons if any(c.dep_ == "pobj" for c in a.children)]  # (not "after granting")
                    exempt = exempt or any(t.is_ancestor(a) for a in reasons) or self.described(tok, t)
                    if not (exempt or any(a.head.lower_ == "in" and t.is_ancestor(a) for a in grounds)):
                        return None
                if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex["irrealis_nouns"]:
                    return None  # "little chance that another summit will take place": a prospect, not an event
                if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex["threat_nouns"] and clausal and tok.head.lower_ == "of":
                    return "threatened" if self.owned(t) else None

                if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex["refusal_nouns"] and (negation or t.i != tok.head.i):
                    return None  # "its reluctance to endorse the plan": no endorsement
                if t.lemma_.lower() in self.lex["intent_verbs"]:
                    modality = "planned"
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            if to and t.dep_ == "advcl" and t.head.lemma_.lower() in self.lex["denial_verbs"]:
                return None  # "vetoed a US push to impose sanctions", the infinitive parsed as a purpose
            if to and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children):
                return None  # "calls from Brussels for Belgrade to normalise relations": wanted, not done
            bare_gerund = (
                t.dep_ == "advcl"
                and t.tag_ == "VBG"
                and not any(c.dep_ in ("nsubj", "mark") for c in t.children)
                and not any(x.is_punct for x in t.doc[min(t.i, t.head.i) : max(t.i, t.head.i)])
            )
            # "Russia denied that its forces had killed civilians in Bucha"; not "X accused Y ..., a charge Y denies",
            # which the parser makes a clause of the denial
            charged = any(
                c.dep_ in ("dobj", "nsubj", "compound") and c.i > t.i and c.lemma_.lower() in self.lex["blame_nouns"]
                for s in t.head.children
                for c in (s, *s.lefts)
            )
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex["gainsay_verbs"] and not charged:
                return None
            negated = any(c.dep_ == "neg" for c in t.head.children) and t.head.lemma_.lower() in self.lex["implying_verbs"]
            if t.dep_ == "ccomp" and negated:
                return None  # "the agreement did not mean Belgrade recognised Kosovo"
            # a guess ("believes the two leaders will meet") or a wish ("hopes the U.S. and Britain can work together")
            # (also "expect China and India to clash again")
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            guess = (modality == "planned" or to) and t.head.lemma_.lower() in self.lex["belief_verbs"]
            if t.dep_ == "ccomp" and (guess or t.head.lemma_.lower() in self.lex["wish_verbs"]):
                return None
            outcome = t.head.lemma_.lower() in self.lex["outcome_verbs"] and t.dep_ in ("ccomp", "xcomp")
            if outcome and any(c.dep_ == "aux" and c.lower_ in self.lex["hinting_aux"] for c in t.head.children):
                return None  # "a second Trump presidency could see Washington cut off aid": a possible outcome
            asked = (
                t.dep_ == "ccomp"
                and t.i > t.head.i
                and t.head.lemma_.lower() in self.lex["appeal_verbs"] - self.lex["speech_verbs"]
            )
            yet = t.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.head.children)  # "has yet to"
            if asked or yet or (t.dep_ == "xcomp" and t.head.lemma_.lower() in self.lex["appeal_verbs"]):
                return None  # "called on China to cease its support for Russia", "demanded that Vilnius withdraw": asked
            if to and t.head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.head.children):
                return None  # "it is important for Japan to work with China": an infinitive judged, no act told
            # "no plans for Putin to meet Zelensky": an infinitive the parser hung on a noun as an adverbial clause
            noun_clause = t.dep_ == "advcl" and t.head.pos_ == "NOUN"
            # 'threatened on Tuesday to "totally destroy" North Korea': an infinitive the parser made an adverbial clause;
            # "would not allow Sweden to join NATO": one it made a reported clause; "will travel to Sochi to meet Putin":
            # a purpose, as sure as the act it is for
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.dep_ in ("ccomp", "advcl")
            if t.dep_ == "xcomp" and any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.lefts) for c in t.head.children):
                return None  # "had no plans at present to hold talks": the infinitive hung on the verb, not on "plans"
            report = t.head if t.dep_ in ("ccomp", "acl") and t.head.lemma_.lower() in self.lex["claim_nouns"] else None
            if (
                report is not None
                and report.dep_ == "nsubj"
                and any(
                    c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self.lex["dismissive_labels"]
                    for c in report.head.children
                )
            ):
                return None  # "reports that the two had met secretly were completely unfounded"
            lasting = t.head.lemma_.lower() in ("remain", "continue", "stay", "last", "persist")  # ("if sanctions remain")
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "advcl" and self.condition(t.head) and not lasting:
                return None  # "will respond if the joint drills go ahead": what a condition names has not happened
            if (
                t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "dobj", "acl", "conj", "agent")
                and not bare_gerund
                and not noun_clause
                and not infinitive
            ) or t.head == t:
                break  # "has not ruled out sending weapons": a bare gerund is the verb's complement
            if t.dep_ == "conj" and t.head.pos_ != t.pos_:
                break
            # "vowed to strike", "vowed retaliation", "warned of retaliation": what the threat says
            clausal = clausal and (
                t.dep_ in ("xcomp", "dobj") or infinitive or (t.dep_ in ("pobj", "prep") and "of" in (t.lower_, t.head.lower_))
            )
            came_by_conj = t.dep_ == "conj"  # "withdraw from the deal and reimpose sanctions": parallel, not under
            t = self._misattached(t) or t.head
        return modality

    def stated(self, noun: Token, year: int | None = None) -> str | None:
        """The modality of a noun by its own words alone: "no war", "any future war", "the 1982 war" are none."""
        children = list(noun.children)
        if self.prospect(noun) or any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "never")) for c in children):
            return None
        own = [c for c in children if c.dep_ in ("nummod", "compound", "npadvmod") or (c.dep_ == "prep" and c.lower_ == "in")]
        return None if any(self.old(c, year) for c in own) else "asserted"

    @staticmethod
    def owned(noun: Token) -> bool:
        """Whether a noun names whose it is: "Washington's threat", "the US threat", "a threat by Moscow"."""
        return any(
            c.dep_ == "poss"
            or (c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG")))
            or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
            for c in noun.children
        )

    def prospect(self, tok: Token) -> bool:
        """Whether a word's modifiers make it a prospect: "any future meetings", "a possible summit"."""
        return any(c.dep_ in ("amod", "det") and c.lower_ in self.lex["prospect_modifiers"] for c in tok.children)

    def old(self, prep: Token, year: int | None) -> bool:
        """Whether a phrase dates its act to history: a year ``HISTORY_YEARS`` or more before the article's."""
        years = [
            int(t.text)
            for t in prep.subtree
            if t.like_num
            and len(t.text) == 4
            and t.text.isdigit()
            # not a year further in: "in breach of the 1948 Genocide Convention" dates the convention, not the breach
            # ("in the summer of 1974" still dates the act)
            and not any(
                a.dep_ == "prep" and a.head.lemma_.lower() not in self.lex["time_nouns"]
                for a in itertools.takewhile(lambda a: a != prep, t.ancestors)
            )
        ]
        relative = prep.lemma_.lower() == "year" and any(t.lower_ in ("following", "previous", "same") for t in prep.lefts)
        if relative and not years:  # "signed in 1978, paved the way for a treaty the following year": the year told before
            years = [int(t.text) for t in prep.doc[prep.sent.start : prep.i] if len(t.text) == 4 and t.text.isdigit()][-1:]
        return bool(years) and year is not None and max(years) <= year - HISTORY_YEARS


def _eventual(prep: Token) -> bool:
    """Whether a phrase sets a condition: "in the event of an attack", "in case of war", "against any aggression"."""
    if prep.lower_ == "against":
        return any(d.dep_ == "det" and d.lower_ == "any" for p in prep.children for d in p.children)
    events = (p for p in prep.children if prep.lower_ == "in" and p.lemma_.lower() in ("event", "case"))
    return any(q.lower_ == "of" for p in events for q in p.children)
