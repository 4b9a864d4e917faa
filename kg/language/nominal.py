"""Events of a trigger noun: the participants on it ("talks between A and B", "X's accusation against Y", "the
Mexico-Canada talks") or in its clause ("A and B held talks", "imposed sanctions on Russia"), and acts received."""

from __future__ import annotations

import dataclasses
import itertools

from spacy.tokens import Token

from .clauses import Clauses
from .parties import NounParties
from .refs import GROUND_PREPS, NOBODY, REASON_PREPS, Found, Ref, in_words
from .resolve import Resolver
from .rules import Rules, Trigger, dated, fits_modifiers, fits_verb

__all__ = ["NominalRules"]


class NominalRules:
    """The noun moves of the rules, driven by ``data/relations.yaml`` (``nouns``) and ``data/lexicon.yaml``."""

    def __init__(self, rules: Rules, clauses: Clauses):
        self.rules, self.lex, self.clauses = rules, rules.lexicon, clauses
        self.parties = NounParties(rules, clauses)

    def events(self, res: Resolver, noun: Token, trig: Trigger) -> list[Found]:
        children = list(noun.children)
        held_by = noun.head.head.lemma_.lower() if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" else ""
        stopped = held_by in self.lex["halt_nouns"] or (held_by in self.lex["bar_nouns"] and trig.relation != "sanction")
        if stopped or (held_by in self.lex["envoy_nouns"] and noun.head.lower_ == "for"):
            return []  # "the pause in aid to Ukraine": no aid goes; "the envoy for the Belgrade-Pristina dialogue": a brief
        barred = any(c.dep_ == "prep" and c.lower_ in trig.forbid_prep and not dated(c) for c in children)
        if barred or not fits_modifiers(trig, noun):
            return []  # "a call for a ceasefire" is an appeal, not a phone call
        gov, dep = self.clauses.governor(noun)
        held = children + (list(gov.children) if gov is not None and dep == "dobj" else [])  # "staged drills around Taiwan"
        if trig.requires_prep and not any(c.dep_ == "prep" and c.lower_ in trig.requires_prep for c in held):
            return []  # "a news conference with the French minister", not any conference
        if gov is not None and gov.dep_ == "xcomp" and trig.relation == "meet" and noun.head.lower_ in ("during", "at"):
            # "urged Israel to show restraint during his talks with Netanyahu": the talks are the setting of the urging
            gov = gov.head if dep == "pobj" and gov.head.lemma_.lower() in self.lex["setting_verbs"] else gov
        if gov is not None and gov.lemma_.lower() in trig.forbid_verb:
            return []  # "supported the call"
        if trig.given_by:  # "came under fire from Turkey", "drew the ire of Manila": nothing else reads these
            if trig.requires_verb and (gov is None or gov.lemma_.lower() not in trig.requires_verb):
                return []  # "received jets from Denmark", not "faced missiles from Russia"
            modality = self.clauses.modality(gov, res.year) if gov is not None else None
            pairs = self.parties.received(res, noun, gov, trig) if modality else []
            return [Found(trig.relation, noun, trig.cameo, "noun", a, b, modality) for a, b in pairs]
        arrived = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.lex["arrival_verbs"] and not trig.given_by
        if arrived and self.clauses.pobjs(noun.head, ("from",)):  # (not "the visit comes after ...": told as before)
            modality = self.clauses.modality(noun.head, res.year)
            pairs = self.parties.arrived(res, noun, noun.head, trig) if modality else []
            return [Found(trig.relation, noun, trig.cameo, "noun", a, b, modality) for a, b in pairs]
        blamed = noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in self.lex["blame_verbs"]
        if blamed or (gov is not None and dep == "dobj" and gov.lemma_.lower() in self.lex["blame_verbs"]):
            return []  # "blamed the attacks on Afghanistan", "traded blame for an attack": whose, the blame says
        if gov is not None and gov.dep_ == "conj" and gov.lemma_.lower() in self.lex["facing_verbs"]:
            return self.parties.ultimatum(res, noun, gov, trig)  # "told Iran to stop ... or face sanctions"
        pairwise = trig.pair_modifiers or self.rules.relations[trig.relation].symmetric
        paired = self.parties.paired_modifiers(res, noun) if pairwise else []
        # "started the conflict between Russia and Ukraine": a definite fight's sides ("a war between A and B would": none)
        definite = trig.pair_modifiers and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        told = noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or (noun.dep_ == "pobj" and noun.head.lower_ == "by")
        if definite and told and len(paired) < 2:  # what acts or is acted on, not the setting: "pauses in the war between"
            sides = {r.key: r for p in self.clauses.pobjs(noun, ("between",)) for r in res.refs(p)}
            paired = list(sides.values()) if len(sides) > 1 else paired
        owners = [c for c in children if c.dep_ == "poss" and res.refs(c)] if trig.owned or trig.state else []
        owners += [p for p in self.clauses.pobjs(noun, ("by",)) if res.refs(p)] if trig.state else []  # "threats by X to"
        # "threatened war against Hezbollah": what is threatened need not be waged; "despite U.S. threats": made
        menaced = gov is not None and dep == "dobj" and gov.lemma_.lower() in self.lex["threat_verbs"]
        menaced = menaced or (noun.dep_ == "pobj" and noun.head.lower_ in self.lex["defiance_preps"])
        # "Indian agents were involved in the killing", "linked to a campaign of violence": tied to an act, one did it
        tied = dep == "pobj" and gov is not None and gov.pos_ == "VERB" and noun.dep_ == "pobj"
        tied = tied and f"{gov.lemma_.lower()} {self.clauses.holder(noun).head.lower_}" in self.lex["authorship_links"]
        shown = noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self.lex["display_nouns"] and dep == "pobj"
        unheld = gov is None or not self.parties.light(noun, dep, gov) or gov.lemma_.lower() not in trig.requires_verb
        if trig.requires_verb and not (owners or len(paired) > 1 or menaced or tied or shown) and unheld:
            return []
        if self.parties.named_work(noun, dep, gov) or self.parties.negotiated(noun, trig.relation):
            return []  # "Organisation of Islamic Cooperation", "the Minsk Agreements"; "talks on a trade deal", "on supplies"
        known = bool(owners) or (definite and len(paired) > 1)  # "in the face of Russia's war": a known fight is there
        presupposed = (trig.pair_modifiers and known) or (trig.state and bool(owners))
        if self.parties.asked(noun, dep, gov, trig, presupposed):  # "called for tough U.N. sanctions against Pyongyang"
            return []
        # "transfers that violate U.N. sanctions on North Korea": what is evaded stands, when its maker is named
        evaded = gov is not None and dep == "dobj" and gov.lemma_.lower() in self.lex["evasion_verbs"]
        presupposed = presupposed or (evaded and any(c.dep_ in ("poss", "compound", "amod") and res.refs(c) for c in children))
        # "froze trade over Madrid's backing of Morocco's plan": a named party's act a reaction answers (not hostile ones)
        answered = noun.dep_ == "pobj" and noun.head.lower_ in ("for", "over") and gov is not None
        answered = answered and any(c.dep_ == "poss" and (c.i in res.mentions or res.refs(c)) for c in children)
        hostile, refused = self.rules.relations[trig.relation].family == "hostile", False
        ruled = dep == "pobj" and noun.head.lower_ == "under"  # "froze enrichment under a deal with Britain": in force
        presupposed = presupposed or (answered and not hostile) or ruled or self.clauses.spent(noun, gov)  # (or a span ends)
        modality = self.clauses.modality(noun, res.year)  # "no plans for a meeting": the noun's own frame counts too
        if gov is not None and dep == "dobj" and gov.lemma_.lower() in trig.requires_verb:
            modality = self.clauses.modality(gov, res.year)  # "demanded an apology from Beijing": the verb is the expression
        setting = (  # "warned Putin during a video call", "signed it at the end of their talks": a meeting that is a setting
            dep == "pobj" and self.clauses.holder(noun).head.lower_ in ("during", "in", "at", "on", "over", "by", "via")
        ) and trig.relation == "meet"
        # "praised Modi during talks": a gathering one is at; "Blinken, on a visit to Cairo, urged": a journey one is on
        journey = noun.head.lower_ == "on" and noun.lemma_.lower() in self.lex["journey_nouns"]
        attended = setting and (noun.head.lower_ in ("during", "at", "in") or journey)
        spoken = self.lex["setting_verbs" if attended else "address_verbs"]  # (those said at a gathering one is at)
        if setting and gov is not None and gov.lemma_.lower() in spoken:
            modality = self.clauses.modality(gov, res.year) if self.clauses.stated(noun, res.year) else None
        # a setting is there, whatever the clause denies; one "after" which it happens is past, whatever the clause's mood
        past = dep == "pobj" and self.clauses.holder(noun).head.lower_ == "after"  # ("after four days of talks")
        during = past or (dep == "pobj" and noun.head.lower_ in ("during", "amid"))
        # "At a meeting with Vietnam's president, Xi called for ...": a setting that opens the sentence took place
        opening = setting and noun.head.i == noun.sent.start and noun.head.lower_ in ("at", "in", "during")
        called_off = noun.dep_ == "nsubjpass" and noun.head.lemma_ in self.lex["cessation_verbs"]  # "talks ... were postponed"
        if called_off and noun.lemma_ not in self.lex["claim_nouns"]:  # (not "the allegation was denied")
            modality = None
        elif presupposed or opening:
            modality = self.clauses.stated(noun, res.year)
        elif gov is not None and modality is not None and not past:
            outer = self.clauses.modality(gov, res.year)
            if outer == "threatened" and dep != "dobj" and noun.head.lower_ not in ("of", "with"):
                outer = None  # "vowed to keep fighting in response to the US strikes": no threat, and told in passing
            modality = None if outer is None else outer if modality == "asserted" else modality
        elif noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and modality == "asserted":
            modality = self.clauses.modality(noun.head, res.year)  # "hopes a ceasefire could take place": as its clause
            # "a Chinese invasion of Taiwan would wipe $10 trillion off" is imagined ("talks would take place" are planned),
            # "a Saudi-Israeli normalisation deal remains out of reach" not yet there
            would = any(c.dep_ == "aux" and c.lower_ == "would" for c in noun.head.children) and modality == "planned"
            said = {" ".join(t.lower_ for t in c.subtree) for c in noun.head.children if c.dep_ in ("acomp", "attr", "prep")}
            if (would and noun.head.lemma_.lower() not in self.lex["occurrence_verbs"]) or said & self.lex["unreached_words"]:
                modality = None
        if modality is None and not hostile and gov is not None and dep == "dobj" and self.clauses.refused_ahead(gov):
            # "will not resume talks with the US until ...": refused from now on (CAMEO 125 for talks)
            cameo = "125" if trig.relation == "meet" else self.rules.relations["reject"].cameo
            trig, modality, refused = dataclasses.replace(trig, relation="reject", cameo=cameo), "asserted", True
        threat = hostile and gov is not None and (gov.lemma_.lower() in self.lex["threat_verbs"] or self.clauses.weighs(gov))
        # ("threatened sanctions", "is considering sanctions"); "would not rule out military action against Venezuela": theirs
        ready = hostile and gov is not None and dep == "dobj" and bool(self.clauses.resolved(gov))
        if ready:
            threat, modality = True, self.clauses.stated(noun, res.year) and "threatened"
        discussed = gov is not None and dep == "dobj" and gov.lemma_.lower() in self.lex["discussion_verbs"]
        if hostile and discussed and (len(paired) > 1 or any(c.lower_ in ("the", "this", "these", "those") for c in children)):
            return []  # "discussed the war between Israel and Hamas", "met to discuss the strikes": a topic
        if hostile and discussed and modality == "asserted":
            modality = "threatened"  # "the G7 discussed new sanctions on Russia"
        promised = set() if hostile else self.lex["intent_verbs"]  # "vowed unwavering support for Russia's war" as "pledged"
        if (
            not (threat or presupposed or setting)
            and not (during or trig.under_preps or held_by in self.lex["grounds_idioms"])  # ("in protest at": grounds)
            and not (dep == "pobj" and self.clauses.holder(noun).head.lower_ in REASON_PREPS)  # ("banned apps over a clash")
            and gov is not None
            and self.clauses.phrasal(gov)
            & (self.lex["denial_verbs"] | (self.lex["irrealis_verbs"] - {trig.relation, *trig.requires_verb} - promised))
            and not self.clauses.onward(gov)  # "pressed on with"
        ):
            return []
        if modality is None or any(c.dep_ == "det" and c.lower_ == "no" for c in children):
            return []
        ahead = noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"  # "ahead of his visit to Moscow": to come
        modality = "planned" if ahead and modality == "asserted" else modality
        rel = self.rules.relations[trig.relation]
        # "clashes between Indian and Chinese troops", "clashes erupted between ...": the sides named after "between"
        held = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]  # ("3R relaunched hostilities": its)
        sides = {r.key: r for h in held for p in self.clauses.pobjs(h, ("between",)) for r in res.refs(p)}
        sides = sides if trig.reciprocal else {}
        if trig.reciprocal and (len(sides) > 1 or noun.dep_ != "dobj"):
            relation = in_words(rel.name, list(sides.values()))  # "the Oval Office clash between Trump and Zelenskyy"
            cameo = trig.cameo if relation == rel.name else "111"
            return [Found(relation, noun, cameo, "noun", a, b, modality) for a, b in itertools.permutations(sides.values(), 2)]
        if trig.bearer_party:
            pairs = [(b, a) if trig.bearer_receives else (a, b) for a, b in self.parties.bearers(res, noun, trig)]
            return [Found(rel.name, noun, trig.cameo, "noun", a, b, modality) for a, b in pairs]
        received = self.parties.received(res, noun, gov, trig)
        if received:
            return [Found(rel.name, noun, trig.cameo, "noun", a, b, modality) for a, b in received]
        if len(paired) > 1 and (trig.pair_modifiers or rel.symmetric):  # "the Russia-Ukraine war", "the US-Japan summit"
            pairs = itertools.permutations(paired, 2) if trig.pair_modifiers else itertools.combinations(paired, 2)
            return [Found(rel.name, noun, trig.cameo, "noun", a, b, modality) for a, b in pairs]
        # "the agreement, which was signed by India and Japan"; brokers and requesters are not parties
        done = self.lex["mediation_verbs"] | self.lex["proposer_verbs"]
        agents = [p for c in children if c.dep_ in ("acl", "relcl") and c.lemma_ not in done for p in self.clauses.agents(c)]
        # "Washington's imposition of tariffs on Canadian steel", "the EU's extension of sanctions": the measure's maker
        enacted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        enacted = enacted if enacted.lemma_.lower() in self.lex["enactment_nouns"] else noun
        agents += self.clauses.pobjs(noun, ("by",)) + (self.clauses.pobjs(enacted, ("by",)) if enacted is not noun else [])
        # "the expulsion of 20 Russian diplomats by Germany": "by" hung on what the act befalls
        agents += [a for p in self.clauses.pobjs(noun, ("of",)) for a in self.clauses.pobjs(p, ("by",))] if not agents else []
        # "the attacks in Paris were an act of war committed by Islamic State": the doer named on what they are called
        called = [c for c in noun.head.children if c.dep_ == "attr"] if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else []
        agents += [p for a in called for c in a.children if c.dep_ in ("acl", "relcl") for p in self.clauses.agents(c)]
        makers = [c for c in enacted.children if c.dep_ == "poss" or (enacted is not noun and c.i in res.mentions)]
        # "Russia and North Korea's treaty", parsed "Russia and [North Korea's treaty]": the two own it
        makers += [noun.head] if noun.dep_ == "conj" and makers and noun.head.i in res.mentions and noun.head.i < noun.i else []
        sources = [r for c in makers for r in res.refs(c, "source")]
        thanked = gov is not None and dep == "pobj" and noun.head.lower_ == "for"  # "Kyiv thanked London for its support"
        thanked = thanked and gov.lemma_.lower() in self.lex["praise_verbs"]
        if thanked and all(c.lower_ in self.lex["pronouns"] for c in children if c.dep_ == "poss"):
            sources = [r for o in gov.children if o.dep_ == "dobj" for r in res.refs(o)] or sources
        fronted = gov is not None and any(c.dep_ == "nsubj" and c.i > noun.i for c in gov.children)  # (not "after his
        named = {r.key for r in self.clauses.subjects(res, gov)} if gov is not None and not fronted else set()  # summit, Trump")
        if named and any(r.via == "anaphora" and (r.key in named or len(sources) > 1) for r in sources) and not thanked:
            sources = []  # "A and B held their first summit": the clause names the parties (not "on Iran over its")
        sources += [r for a in agents for r in res.refs(a, "source")]
        halted = self.clauses.pobjs(noun, ("of", "in", "on", "to")) if noun.lemma_.lower() in self.lex["halt_nouns"] else []
        sources += self.parties.senders(res, noun, halted)
        mods = self.parties.modifiers(res, noun)
        # "imposed sanctions on Russia", "retaliated with tariffs on U.S. goods": the (light) verb carries the target
        light = gov is not None and (dep == "dobj" or (noun.head.lower_ == "with" and noun.head.head == gov))
        holders = [noun, gov] if light else [noun]
        if light and dep == "dobj":  # "filed a complaint with the Security Council against Israel" (not "with the help of")
            holders += [p for p in self.clauses.pobjs(gov, ("with", "to")) if p.lemma_.lower() not in self.lex["backing_verbs"]]
        if len(holders) > 1:  # "defending plans for joint drills with Russia": "with" hung on a noun between
            holders += self.parties.between(noun, gov, rel.name)
        holders += halted  # "the pause in aid to Ukraine": "to" hung on the goods
        if noun.lemma_.lower() in self.lex["transfer_nouns"] | self.lex["acquisition_nouns"] or trig.object_preps:
            holders += self.clauses.pobjs(noun, ("of",))  # "the dispatch of troops to Russia", "closure of its border with Haiti"
        # "tariffs of 25% on Mexico and 10% on goods from China": a rate conjoined is another; "sanctions imposed on Iran"
        holders += [c for c in children if (c.dep_ == "conj" and c.ent_type_ in ("PERCENT", "MONEY")) or c.tag_ == "VBN"]
        holders += [gov] if trig.under_preps and gov is not None else []  # "in protest at X": "at" hung on the verb
        owned = rel.name in ("attack", "sanction") or trig.owner_target
        pointed = [p for h in holders for p in self.clauses.pobjs(h, trig.target_preps)]
        aimed_at = any(p.head.lower_ not in ("at", *GROUND_PREPS) for p in pointed)  # "a condemnation of Bogota at the
        body = [p for p in pointed if p.head.lower_ == "at" and p.i in res.mentions]  # OAS": the body it is sought at
        pointed = [p for p in pointed if not (aimed_at and p in body and res.types.get(res.mentions[p.i].key) != "state")]
        aimed = [(p.head.lower_ in GROUND_PREPS, r) for p in pointed for r in res.refs(p, "target", owner=owned)]
        # "a suicide bombing that killed 13 U.S. service members", "a cyberattack that paralysed Ukraine's grid": an attack
        harms = [c for c in children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in self.lex["harm_verbs"]]  # harms
        harmed = [o for c in harms if rel.name == "attack" for o in c.children if o.dep_ == "dobj"]  # what its clause says
        aimed += [(False, r) for o in harmed for r in res.refs(o, "target", True)]
        # "an offensive against the YPG in northeast Syria": where it happens is its target only if no one else is named
        own = {r.key for r in sources}  # "pressed on with its war in Ukraine": not the war's own side
        targets = [r for ground, r in aimed if not ground and r.key not in own] or [r for _, r in aimed]
        if not targets and trig.addressee_preps:  # "lodged a complaint with South Korea" (a state: not "with the UN")
            addressed = [r for h in holders for p in self.clauses.pobjs(h, trig.addressee_preps) for r in res.refs(p, "target")]
            targets = [r for r in addressed if res.types.get(r.key) == "state"]
        # "a price for what he called an aggression": the one who names a thing another did is not its doer
        named_as = noun.dep_ == "oprd" and noun.head.dep_ == "pcomp" and any(c.lower_ == "what" for c in noun.head.children)
        clause = self.clauses.subjects(res, gov) if gov is not None and dep in ("dobj", "pobj") and not named_as else []
        if setting and gov is not None and noun.head.lower_ in ("during", "at", "in"):  # "During the negotiations, the
            clause += [r for c in gov.conjuncts for r in self.clauses.subjects(res, c)]  # Chinese side proposed ..., but
            # the European side refused": the sides that act at talks hold them
        if noun.dep_ == "pobj" and noun.head.lower_ in ("over", "about") and noun.head.head.pos_ == "NOUN":
            clause = []  # "imposed sanctions on Lockheed over arms sales to Taiwan": what is disputed is another's
        # "condemned the transfer of drones", "condemned the talks", "the accord was welcomed by": the judge is not its doer
        senses = self.rules.verbs.get(gov.lemma_.lower(), ()) if gov is not None else ()
        fitting = [t for t in senses if not t.object_lemmas or noun.lemma_.lower() in t.object_lemmas]  # ("laid siege to")
        judged = {t.relation for t in fitting if fits_verb(gov, t, list(gov.children))} & {"accuse", "reject"}
        judged = judged or (noun.dep_ == "nsubjpass" and bool(senses) and gov.lemma_.lower() in self.lex["praise_verbs"])
        judged = judged or (dep == "dobj" and not rel.symmetric and self.clauses.labelling(gov))  # "called the raid a crime"
        clause = [] if judged and rel.symmetric and not (opening or attended) else clause
        # "Turkey and Hungary discussed Sweden's accession": another's act talked of is not the talkers' own
        talked = {r.key for c in children if c.dep_ == "poss" for r in res.refs(c)} if discussed else set()
        clause = [] if talked - {r.key for r in clause} else clause
        # "the ceasefire was brokered by Qatar and Egypt": the brokers are not its parties (hosts hold talks)
        brokered = dep == "dobj" and gov is not None and (noun.dep_ == "nsubjpass" or (rel.name != "meet" and not targets))
        clause = [] if rel.symmetric and brokered and gov.lemma_.lower() in self.lex["mediation_verbs"] else clause
        if rel.symmetric and gov is not None and gov.lemma_.lower() in self.lex["proposer_verbs"] and not (opening or attended):
            # "A, along with B and C, called a Council meeting": asking for talks is not holding them, and the body
            clause, mods = [], []  # named on them is where they are asked ("requested WTO consultations with the U.S.")
        if (
            rel.name == "meet" and gov is not None and dep == "pobj" and gov.lemma_.lower() in self.lex["address_verbs"]
        ) and not targets:  # "told Putin in a call", "A and B told Trump in calls" (not each other); a partner named decides
            targets += [r for c in gov.children if c.dep_ in ("dobj", "dative") for r in res.refs(c, "target")]
        elif attended and gov is not None and not targets:  # "Biden criticized Xi during their summit": the one addressed
            met = any(t.relation == "meet" for t in self.rules.verbs.get(gov.lemma_.lower(), ()))  # (not "met Putin at a summit")
            targets = [] if met else [r for c in gov.children if c.dep_ == "dobj" for r in res.refs(c, "target") if r.person]
        if gov is not None and dep == "dobj":
            targets += [r for c in gov.children if c.dep_ == "dative" for r in res.refs(c, "target")]
            if gov.lemma_.lower() in self.lex["reciprocal_verbs"] and not rel.symmetric:  # "exchanged fire with India"
                sides = clause + [r for h in holders for p in self.clauses.pobjs(h, ("with",)) for r in res.refs(p, "target")]
                return [Found(rel.name, noun, trig.cameo, "noun", a, b, modality) for a, b in itertools.permutations(sides, 2)]
        targets = clause if thanked and not targets else targets
        if trig.subject_party:
            parties = sources + mods + targets
            return [Found(rel.name, noun, trig.cameo, "noun", a, b, modality) for a in clause for b in parties]
        if rel.symmetric:
            # "the exchange of prisoners between Russia and Ukraine", "an agreement signed between Greece and Egypt"
            signed = [c for c in children if c.dep_ == "acl" and c.lemma_.lower() in self.lex["copresence_verbs"]]
            held = [noun, *self.clauses.pobjs(noun, ("of",)), *signed]
            between = [r for h in held for p in self.clauses.pobjs(h, ("between",)) for r in res.refs(p)]
            if not targets:  # "signed agreements normalising relations with Israel"
                for c in (c for c in children if c.dep_ == "acl"):
                    for h in [c, *(o for o in c.children if o.dep_ == "dobj")]:
                        targets += [r for p in self.clauses.pobjs(h, ("with",)) for r in res.refs(p, "target")]
                targets += self.parties.met(res, gov) if gov is not None and dep == "dobj" else []  # "met X and signed a pact"
            targets = [t for t in targets if t.key not in {b.key for b in between}]
            named = sources + mods
            if not targets and not between and (dep == "dobj" or attended) and len({r.key for r in named}) < 2 <= len(clause):
                named = clause  # "the leaders of A, B and C held a Quad summit": the name is not a party
            sources = named or clause or (self.parties.teller(res, noun) if targets else [])  # "Pakistan said talks with the IMF"
            apart = any(c.lower_ in self.lex["separate_words"] for c in children)  # "separate talks with A and B"
            if targets:  # "joint exercises with China and Iran": the partners too, and leaders holding talks with another
                # ("Obasanjo and Biya held talks with Annan"; not "Egypt and Qatar held talks with Israel")
                leaders = [r for r in sources if r.person] if noun.dep_ == "dobj" else []
                groups = (targets, leaders) if trig.multilateral and not apart else ()
                pairs = [(s, t) for s in sources for t in targets]
                pairs += [p for g in groups for p in itertools.combinations({r.key: r for r in g}.values(), 2)]
            else:
                pairs = self.parties.group_pairs(res, held, between or sources, len({r.text for r in between}) < 2, gov)
            return [Found(rel.name, noun, trig.cameo, "noun", a, b, modality) for a, b in pairs]
        targets = targets or self.parties.told_targets(res, noun, trig)
        instrument = dep == "pobj" and noun.head.lower_ == "with"  # "China hit back with tariffs on US goods"
        # "Kyiv was behind the drone attack": who stands behind an act did it
        behind = rel.family == "hostile" and dep == "pobj" and noun.head.lower_ in self.lex["authorship_preps"]
        behind = behind and gov is not None and gov.lemma_.lower() in self.lex["bridge_verbs"]
        if tied and rel.family == "hostile":
            # "allegations linking Indian agents to the killing": whom the verb ties to it
            held = [c for c in gov.children if c.dep_ in ("nsubjpass", "dobj")]
            held = held or [gov.head] * (gov.dep_ == "acl" and gov.tag_ == "VBN")
            clause, behind = [r for h in held for r in res.refs(h, "source")], True
        # "warned of retaliation": a noun its required verb does, though after "of"
        light = bool(trig.requires_verb) and gov is not None and gov.lemma_.lower() in trig.requires_verb
        light = light and self.parties.light(noun, dep, gov)
        if rel.name == "accuse" and clause and dep == "dobj":  # "requested WTO dispute consultations": the body is where
            mods = [m for m in mods if res.types.get(m.key) not in self.lex["forum_types"]]
        if refused and clause:  # "will not resume talks with the US"; "will not attend the BRICS summit" refuses no one
            sources, mods = clause, []
        # "the EU agreed on an aid package for Ukraine": what a clause settles on is its subject's
        prep = noun.head.head if noun.dep_ == "compound" else noun.head  # ("voted on a tariff increase")
        settled = gov is not None and dep == "pobj" and prep.lower_ in ("on", "upon", "to")  # "agreed to an aid package"
        settled = settled and gov.lemma_.lower() in self.lex["settling_verbs"]
        # "Russian drones violated Poland's airspace during an attack on western Ukraine": armed doers do the attack
        armed_in = rel.name == "attack" and dep == "pobj" and noun.head.lower_ == "in"
        after = noun.head.lower_ == "of" and self.clauses.holder(noun).head.lower_ == "after"  # ("after a week of strikes")
        armed = rel.name == "attack" and dep == "pobj" and (noun.head.lower_ == "during" or after or armed_in)
        armed = armed and any(r.via == "force" for r in clause)
        # "launched air strikes in support of Hadi", "a show of support for Israel", "came to the aid of": whom the doers back
        rescue = noun.head.lower_ == "to" and self.parties.light(noun, dep, gov) if gov is not None else False
        backing = rel.name == "support" and dep == "pobj" and (noun.head.lower_ == "in" or shown or rescue)
        # "claimed responsibility on Saturday for the attacks": "for" hung on the verb, past the claim
        claimed = gov is not None and dep == "pobj" and noun.head.lower_ == "for" and noun.head.head == gov
        claimed = claimed and any(o.dep_ == "dobj" and o.lemma_.lower() in self.lex["blame_nouns"] for o in gov.children)
        own_clause = (
            (dep == "dobj" and not judged) or ready or instrument or behind or light or settled or armed or backing or claimed
        ) or bool(trig.under_preps)  # "in protest at X", "in a swipe at X": the clause's subject's
        if rel.name in ("sanction", "support") and own_clause and clause and not (targets or sources):  # "imposed new
            targets = self.parties.compounded(res, noun, gov, clause)  # Russia sanctions": on the state compounded
            mods = [m for m in mods if m.key not in {t.key for t in targets}]
        sources, targets = self.parties.joined(res, noun, gov, rel, (clause, sources or mods, targets), own_clause)
        targets = self.parties.not_themselves(targets, sources)
        if rel.name == "attack" and not sources and trig.mutual:  # "the fight against al-Shabab": the state it fights
            sources = [Ref(res.fights[t.key], "", "home", None) for t in targets if t.key in res.fights]
        if rel.name == "sanction" and not sources:  # "tariff hikes on Chinese imports to the U.S.": where goods go levies
            goods = [p for p in self.clauses.pobjs(noun, ("on",)) if p.lemma_.lower() in self.lex["trade_nouns"]]
            ends = [d for h in goods + [noun] * bool(goods) for d in self.clauses.pobjs(h, ("to", "into"))]
            sources = [r for d in ends for r in res.refs(d, "source")]
        if rel.family == "hostile" and not sources and noun.dep_ in ("nsubj", "nsubjpass") and modality != "asserted":
            sources = self.clauses.speaker(res, noun.head)  # "Trump said tariffs would be imposed on Mexico": the speaker's
        if not targets and rel.name == "attack" and (hit := self.clauses.pobjs(noun, ("on", "against"))):
            targets = self.clauses.struck_ground(res, noun, hit)  # "launched strikes on terrorist camps in Pakistan"
        targets = targets or (self.parties.met(res, gov) if rel.name == "support" and gov is not None else [])
        fought = not targets and rel.name == "attack" and dep == "dobj" and self.clauses.fends(gov) and bool(clause)
        if fought:  # "Ukrainian forces repelled a Russian assault": who fends it off is its target, not its doer ("A and
            targets, fought = clause, self.clauses.fought_back(res, gov)  # B would suffer attacks"), and fights its doer
            sources = [s for s in sources if s.key not in {t.key for t in clause}]  # back, if it repels or beats it back
        if not targets and rel.name == "attack" and gov is not None and dep == "pobj" and sources:  # "defend Ukraine against
            targets = self.clauses.withstood(res, noun, gov, sources)  # Russia's aggression": there, as what is withstood
            modality = self.clauses.stated(noun, res.year) if targets else modality
        if (not targets or all(g for g, _ in aimed)) and armed_in and gov is not None and gov.lemma_ in self.lex["harm_verbs"]:
            # "Tel Aviv was hit by a drone, in an attack claimed by the Houthis": what was hit ("killed ... in a raid in Jenin")
            acts = [gov, gov.head] if gov.dep_ == "advcl" and gov.head.lemma_.lower() in self.lex["harm_verbs"] else [gov]
            hit = [c for a in acts for c in a.children if c.dep_ in ("nsubjpass", "dobj")]  # (", killing one man,")
            hit = [r for c in hit for r in res.refs(c, "target", owner=True) if r.key not in {s.key for s in sources}]
            targets = hit or targets
        if targets and all(g for g, _ in aimed) and rel.family == "hostile":  # "air strikes across Yemen in retaliation
            targets = self.clauses.retaliated(res, [noun] if gov is None else [noun, gov], sources) or targets  # against X"
        if not targets and rel.family == "hostile":
            aimed = self.clauses.pobjs(noun, trig.target_preps)
            heads = [noun] if gov is None else [noun, gov]
            targets = [t for t in self.clauses.answered(res, heads, aimed) if t.key not in {s.key for s in sources}]
            if not targets and trig.under_preps and gov is not None:  # "recalled its envoy to Australia in protest":
                targets = [t for i, _, t in res.events if i == gov.i and t.key]  # whom the act it names is aimed at
                sources = sources or list({s.key: s for i, s, _ in res.events if i == gov.i and s.key}.values())
            if not targets and not aimed and dep == "pobj":  # "struck Iran in response to Iran's attack": on the answerer
                targets = self.clauses.retorted(res, noun, gov, sources)
            targets = targets or (self.clauses.asked(res, heads) if rel.name == "threaten" else [])  # "warnings demanding"
            # "hit back with its own tariffs after U.S. duties took effect": a reprisal answers the act that occasioned it
            back = gov is not None and any(c.lower_ == "back" for c in gov.children)
            reprisal = back or (gov is not None and gov.lemma_.lower() in self.lex["retaliation_words"])
            # "opposes the arms sale and would take countermeasures": a reprisal answers its taker's act told before it in
            if not targets and noun.dep_ == "dobj" and noun.lemma_.lower() in self.lex["retaliation_words"]:  # the sentence,
                own, told = {s.key for s in sources}, [e for e in res.events if noun.sent.start <= e[0] < noun.i]
                targets = [t for _, s, t in told if s.key in own and t.key not in own]  # or another's act: "Finland joined
                targets = targets or [s for _, s, _ in told if s.key and s.key not in own][-1:]  # NATO, and Moscow said"
            targets = targets or (self.clauses.occasioned(res, heads, reprisal) if rel.name == "accuse" or reprisal else [])
            targets = targets or (self.clauses.punished(res, noun, sources) if rel.name == "sanction" else [])
            targets = targets or [NOBODY]
            if targets == [NOBODY] and any(c.lemma_.lower() in self.lex["internal_words"] for c in children):
                return []  # "suffering from the country's civil war": a war within, on no one named, is no one's charge
        mutual = len(sources) > 1 and self.clauses.mutual(self.clauses.pobjs(noun, trig.target_preps))  # "strikes on each
        pairs = [(s, t) for s in sources for t in (sources if mutual else targets) if not (mutual and s == t)]  # other's"
        # a fight "with" someone is fought by both ("a tariff fight with Mexico"), unless one side's ("his trade war with
        # Canada") or begun here ("ignited the economic war with Canada")
        begun = gov is not None and gov.lemma_.lower() in self.lex["inception_verbs"]
        if trig.pair_modifiers and not begun and not any(c.dep_ == "poss" for c in children):
            sides = {r.key for p in self.clauses.pobjs(noun, ("with",)) for r in res.refs(p)}
            pairs += [(t, s) for s, t in pairs if t.key in sides]
        if trig.mutual:  # "Somalia's fight against al-Shabab": each side attacks the other
            pairs += [(t, s) for s, t in pairs if t is not NOBODY]
        found = [Found(rel.name, noun, trig.cameo, "noun", s, t, modality) for s, t in pairs]
        return found + [Found(rel.name, gov, "190", "verb", t, s, modality) for s, t in pairs if fought]  # (repelled: its act)
