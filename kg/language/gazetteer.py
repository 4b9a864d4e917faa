"""The gazetteer: states (pycountry + ``states.yaml``), organisations and dated officials.

It compiles every name, alias, demonym, capital and official into ``span_ruler`` patterns
whose ``id`` is the actor key (or ``person:<slug>``), and resolves a person to the polity
they represented on a date.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date as Date

import pycountry

from ..errors import RuleDataError
from ..model import Actor, read_data

__all__ = ["Gazetteer", "Office", "Person", "load_gazetteer", "slug"]

EXTRA_STATES = {"TWN", "XKX", "PSE", "VAT"}
#: Words after a surname that are not it ("Martin Luther King Jr.", "Abdullah II").
NAME_SUFFIXES = {"Jr.", "Sr.", "II", "III", "IV"}
ORG_TYPES = {"alliance", "intergovernmental", "un_body", "court", "bloc", "armed_group", "party", "collective"}


def slug(text: str) -> str:
    """Lower-case ASCII key for a name: ``"Wagner Group" -> "wagner_group"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


@dataclass(frozen=True)
class Office:
    """A post held by a person for a polity, from ``start`` to ``end`` (open if None)."""

    actor: str
    role: str
    start: str | None
    end: str | None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    wikidata: str | None
    offices: tuple[Office, ...]


@dataclass(frozen=True)
class Gazetteer:
    """Actors, people and the ruler patterns that find them in text."""

    actors: dict[str, Actor]
    people: dict[str, Person]
    patterns: tuple[dict, ...]
    names: frozenset[str]
    governs: dict[str, Office] = field(default_factory=dict)  # a movement that became a state's government
    fights: dict[str, str] = field(default_factory=dict)  # an armed group -> the state it wages its war on
    members: dict[str, tuple[Office, ...]] = field(default_factory=dict)  # a body -> its member states, dated
    seats: dict[str, str] = field(default_factory=dict)  # a body -> the state whose capital is its metonym
    headquarters: dict[str, str] = field(default_factory=dict)  # a body -> the state it sits in (no visit there)
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the last word of a person's name -> people

    def member_of(self, state: str, body: str, day: str | None) -> bool:
        """Whether ``state`` is a member of ``body`` on ``day`` (ever, with no date).

        >>> g = load_gazetteer()
        >>> g.member_of("SWE", "NATO", "2023-06-01"), g.member_of("SWE", "NATO", "2024-06-01")
        (False, True)
        """
        return any(m.actor == state and (day is None or m.holds_on(day)) for m in self.members.get(body, ()))

    def acts_for(self, key: str, day: str | None) -> str:
        """The actor a named organisation acts for on ``day``: the state it governs then, else itself.

        >>> g = load_gazetteer()
        >>> g.acts_for("taliban", "2025-03-14"), g.acts_for("taliban", "2019-11-25")
        ('AFG', 'taliban')
        """
        ruled = self.governs.get(key)
        return ruled.actor if ruled is not None and day is not None and ruled.holds_on(day) else key

    def office_on(self, person_key: str, day: str | None) -> Office | None:
        """The office through which a person acts on ``day`` (the latest one if no date).

        >>> g = load_gazetteer()
        >>> g.office_on("person:jens_stoltenberg", "2024-07-13").actor
        'NATO'
        """
        person = self.people.get(person_key)
        if person is None or not person.offices:
            return None
        if day is None:
            return max(person.offices, key=lambda o: o.start or "")
        held = [o for o in person.offices if o.holds_on(day)]
        return max(held, key=lambda o: o.start or "") if held else None

    def holder_named(self, surname: str, day: str | None) -> str | None:
        """The one person of that surname in office on ``day``: "President Carter" in 1979 is Jimmy Carter, not Ashton."""
        held = [k for k in self.surnames.get(surname, ()) if day is not None and self.office_on(k, day) is not None]
        return held[0] if len(held) == 1 else None

    def sole_office(self, person_key: str) -> Office | None:
        """The latest office of a person who only ever acted for one polity, whatever the date.

        Titles carry nationality outside a term too ("Trump" in 2022 is still American); a person who
        served two polities (Rutte: the Netherlands, then NATO) gives ``None``.
        """
        person = self.people.get(person_key)
        if person is None or len({o.actor for o in person.offices}) != 1:
            return None
        return max(person.offices, key=lambda o: o.start or "")


def _variants(name: str) -> set[str]:
    """The name, its accent-free spelling and, for acronyms, the newspaper style ("Nato")."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    out = {name, unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()}
    if name.isupper() and name.isalpha() and len(name) >= 4:
        out.add(name.title())
    if "-" in name and " " not in name.split("-", 1)[0]:  # "al-Shabaab" is also written "al Shabaab"
        out.add(name.replace("-", " "))
    return {n for n in out if n}


def _day(value: object, where: str) -> str | None:
    if value is None:
        return None
    try:
        return Date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise RuleDataError(f"{where}: not an ISO date: {value!r}") from None


def _plurals(demonym: str) -> set[str]:
    return {demonym, demonym + "s"} if demonym.endswith(("n", "i", "t", "k")) else {demonym}  # "Soviets", "Uzbeks"


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Read states.yaml, organizations.yaml and officials.yaml into a validated :class:`Gazetteer`.

    Raises:
        RuleDataError: naming the file, entry and key at fault.
    """
    actors: dict[str, Actor] = {}
    patterns: list[dict] = []
    governs: dict[str, Office] = {}
    fights: dict[str, str] = {}
    members: dict[str, tuple[Office, ...]] = {}
    seats: dict[str, str] = {}
    headquarters: dict[str, str] = {}

    def add(label: str, key: str, names) -> None:
        for name in names:
            for variant in _variants(str(name)):
                patterns.append({"label": label, "pattern": variant, "id": key})

    for key, spec in (read_data("states.yaml") or {}).items():
        where = f"kg/data/states.yaml: entry {key!r}"
        country = pycountry.countries.get(alpha_3=key) or pycountry.historic_countries.get(alpha_3=key)
        if country is None and key not in EXTRA_STATES:
            raise RuleDataError(f"{where}: not an ISO 3166-1 alpha-3 code")
        spec = spec or {}
        iso_names = [getattr(country, a, None) for a in ("name", "official_name", "common_name")] if country else []
        iso_names = [n for n in iso_names if n and "," not in n and n not in spec.get("not_names", [])]
        label = spec.get("name") or (iso_names[-1] if iso_names else key)
        actors[key] = Actor(key, label, "state", spec.get("wikidata"))
        add("STATE", key, [label, key, *iso_names, *spec.get("aliases", [])])
        add("DEMONYM", key, [p for d in spec.get("demonyms", []) for p in _plurals(d)])
        add("CAPITAL", key, [*spec.get("capitals", []), *spec.get("metonyms", [])])
        add("PLACE", key, [*spec.get("places", []), *spec.get("companies", [])])
        add("STATE_CONTEXT", key, spec.get("contextual", []))  # "the North" after "North Korea"

    for key, spec in (read_data("organizations.yaml") or {}).items():
        where = f"kg/data/organizations.yaml: entry {key!r}"
        if not isinstance(spec, dict) or spec.get("type") not in ORG_TYPES:
            raise RuleDataError(f"{where}: 'type' must be one of {sorted(ORG_TYPES)}")
        actors[key] = Actor(key, spec.get("name", key), spec["type"], spec.get("wikidata"))
        add("ORG", key, [spec.get("name", key), key, *spec.get("aliases", [])])
        add("DEMONYM", key, [p for d in spec.get("demonyms", []) for p in _plurals(d)])  # "European tariffs"
        add("CAPITAL", key, spec.get("metonyms", []))
        # a contextual name counts capitalised ("the Alliance" is NATO, "an alliance" is not), or lower-case with its
        # article: "the watchdog" after "the IAEA" (not "a rights watchdog")
        contextual = [str(n) for n in spec.get("contextual", [])]
        add("ORG_CONTEXT", key, [n for n in contextual if n.removeprefix("the ")[:1].isupper()])
        lower = [n[4:] for n in contextual if n.startswith("the ") and n[4:5].islower()]
        patterns += [{"label": "ORG_CONTEXT", "pattern": f"{the} {n}", "id": key} for n in lower for the in ("the", "The")]
        if "governs" in spec:
            ruled = spec["governs"]
            if not isinstance(ruled, dict) or ruled.get("actor") not in actors:
                raise RuleDataError(f"{where}: 'governs' needs an 'actor' among the states listed before it, got: {ruled!r}")
            governs[key] = Office(ruled["actor"], "government", _day(ruled.get("start"), where), _day(ruled.get("end"), where))
        if "seat" in spec:
            if actors.get(spec["seat"], Actor("", "", "")).type != "state" or not spec.get("metonyms"):
                raise RuleDataError(f"{where}: 'seat' names a state listed in states.yaml, for a body with metonyms")
            seats[key] = spec["seat"]
        if "headquarters" in spec:
            if actors.get(spec["headquarters"], Actor("", "", "")).type != "state":
                raise RuleDataError(f"{where}: 'headquarters' names a state listed in states.yaml, got: {spec['headquarters']!r}")
            headquarters[key] = spec["headquarters"]
        if "fights" in spec:
            if spec["type"] != "armed_group" or actors.get(spec["fights"], Actor("", "", "")).type != "state":
                raise RuleDataError(f"{where}: 'fights' is for an armed group and names a state, got: {spec['fights']!r}")
            fights[key] = spec["fights"]
        for member in spec.get("members", []):
            member = member if isinstance(member, dict) else {"actor": member}
            if actors.get(member.get("actor"), Actor("", "", "")).type != "state":
                raise RuleDataError(f"{where}: 'members' names states listed in states.yaml, got: {member!r}")
            office = Office(member["actor"], "member", _day(member.get("start"), where), _day(member.get("end"), where))
            members[key] = (*members.get(key, ()), office)

    people: dict[str, Person] = {}
    surnames: dict[str, tuple[str, ...]] = {}
    for i, spec in enumerate(read_data("officials.yaml") or []):
        where = f"kg/data/officials.yaml: entry {i} ({spec.get('name', '?')!r})"
        if "name" not in spec:
            raise RuleDataError(f"{where}: missing 'name'")
        key = "person:" + slug(spec["name"])
        offices = []
        for office in spec.get("offices", []):
            if office.get("actor") not in actors:
                raise RuleDataError(f"{where}: office actor {office.get('actor')!r} is not a known state or organisation")
            offices.append(
                Office(
                    office["actor"], str(office.get("role", "")), _day(office.get("start"), where), _day(office.get("end"), where)
                )
            )
        people[key] = Person(key, spec["name"], spec.get("wikidata"), tuple(offices))
        add("PERSON", key, [spec["name"], *spec.get("aliases", [])])
        surname = [w for w in spec["name"].split() if w not in NAME_SUFFIXES][-1]
        surnames[surname] = (*surnames.get(surname, ()), key)

    names = frozenset(w for p in patterns for w in p["pattern"].split())
    return Gazetteer(actors, people, tuple(patterns), names, governs, fights, members, seats, headquarters, surnames)
