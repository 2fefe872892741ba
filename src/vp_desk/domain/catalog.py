"""The jurisdiction catalog: category lists, wording and defaults per profile.

The lists are data (``catalog.json``) with stable keys, so that reports stay comparable
across years; labels exist in Dutch, French and English. Profile-specific lists (themes,
intervention types, referral destinations …) override the common ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("nl", "fr", "en")
PROFILES = ("BE", "NL")


@dataclass(frozen=True)
class Item:
    key: str
    labels: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str = "nl") -> str:
        return self.labels.get(lang) or self.labels.get("nl") or self.key

    def flag(self, name: str) -> bool:
        return bool(self.extra.get(name, False))


LAW, PRACTICE = "law", "practice"


@dataclass(frozen=True)
class Rule:
    """A rule the app applies, with where it comes from. A rule of ``kind`` "practice" (an
    employer's or the profession's own practice) can be switched per organisation; "law" cannot.
    ``scope`` is the country code or "BE/Flemish government" (one employer type)."""

    key: str
    labels: dict[str, str]
    kind: str
    scope: str
    sources: dict[str, str]
    default: bool = True
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def switchable(self) -> bool:
        return self.kind == PRACTICE

    def label(self, lang: str = "nl") -> str:
        return self.labels.get(lang) or self.labels.get("nl") or self.key

    def source(self, lang: str = "nl") -> str:
        return self.sources.get(lang) or self.sources.get("nl") or ""


@dataclass(frozen=True)
class Profile:
    code: str
    names: dict[str, str]
    laws: dict[str, str]
    retention_years_after_closure: int
    register_retention_years: int
    first_hearing_days: int | None
    has_register: bool
    wording: dict[str, dict[str, str]]
    lists: dict[str, tuple[Item, ...]]
    rules: tuple[Rule, ...] = ()
    list_sources: dict[str, dict[str, str]] = field(default_factory=dict)  # list -> its source per language

    def list_source(self, list_name: str, lang: str = "nl") -> str:
        """Where a list comes from (e.g. the law that defines the risk domains), or ""."""
        src = self.list_sources.get(list_name, {})
        return src.get(lang) or src.get("nl") or ""

    def rule(self, key: str) -> Rule | None:
        return next((r for r in self.rules if r.key == key), None)

    def for_organisation(self, switches: dict[str, bool]) -> Profile:
        """The profile as one organisation applies it: an item with ``label_if_<rule>`` takes
        that wording where the practice rule is on (NL: "Bemiddeling" only where the
        organisation allows mediation, seed 001). Keys stay the same."""
        lists = {}
        for name, items in self.lists.items():
            lists[name] = tuple(_relabelled(i, self, switches) for i in items)
        return replace(self, lists=lists)

    def name(self, lang: str = "nl") -> str:
        return self.names.get(lang, self.names["nl"])

    def word(self, key: str, lang: str = "nl") -> str:
        w = self.wording.get(key, {})
        return w.get(lang) or w.get("nl") or key

    def items(self, list_name: str) -> tuple[Item, ...]:
        return self.lists.get(list_name, ())

    def keys(self, list_name: str) -> tuple[str, ...]:
        return tuple(i.key for i in self.items(list_name))

    def groups(self, list_name: str) -> dict[str, list[str]]:
        """The list's items by their ``group`` (themes: unwanted behaviour / integrity / psychosocial)."""
        out: dict[str, list[str]] = {}
        for item in self.items(list_name):
            if item.extra.get("group"):
                out.setdefault(str(item.extra["group"]), []).append(item.key)
        return out

    def item(self, list_name: str, key: str) -> Item | None:
        for i in self.items(list_name):
            if i.key == key:
                return i
        return None

    def label(self, list_name: str, key: str | None, lang: str = "nl") -> str:
        if key is None:
            return ""
        i = self.item(list_name, key)
        return i.label(lang) if i else key


LIST_NAMES = (
    "themes", "channels", "spheres", "relations", "genders", "age_bands", "roles",
    "contact_kinds", "outcomes", "own_activities", "consent_scopes", "intervention_types",
    "referral_destinations", "register_types", "third_party_capacities", "requester_positions", "risk_domains",
    "signal_addressees",
)


def _relabelled(item: Item, prof: Profile, switches: dict[str, bool]) -> Item:
    for name, labels in item.extra.items():
        if not name.startswith("label_if_"):
            continue
        rule = prof.rule(name.removeprefix("label_if_"))
        if rule is not None and (not rule.switchable or switches.get(rule.key, rule.default)):
            return Item(item.key, dict(labels), item.extra)
    return item


def _rules(raw: list[dict[str, Any]]) -> tuple[Rule, ...]:
    fixed = ("key", "label", "kind", "scope", "source", "default")
    return tuple(Rule(d["key"], dict(d["label"]), d["kind"], d["scope"], dict(d["source"]), bool(d["default"]),
                      {k: v for k, v in d.items() if k not in fixed}) for d in raw)


def _items(raw: list[dict[str, Any]]) -> tuple[Item, ...]:
    out = []
    for d in raw:
        extra = {k: v for k, v in d.items() if k not in ("key", "label")}
        out.append(Item(d["key"], dict(d["label"]), extra))
    return tuple(out)


@cache
def load_catalog() -> dict[str, Profile]:
    text = resources.files("vp_desk.domain").joinpath("catalog.json").read_text("utf-8")
    data = json.loads(text)
    common = data["common"]
    profiles: dict[str, Profile] = {}
    for code, p in data["profiles"].items():
        lists = {name: _items(raw) for name, raw in common.items()}
        lists.update({name: _items(raw) for name, raw in p["lists"].items()})
        for name in LIST_NAMES:
            lists.setdefault(name, ())
        profiles[code] = Profile(
            code=code,
            names=p["name"],
            laws=p["law"],
            retention_years_after_closure=int(p["retention_years_after_closure"]),
            register_retention_years=int(p["register_retention_years"]),
            first_hearing_days=p["first_hearing_days"],
            has_register=bool(p["has_register"]),
            wording=p["wording"],
            lists=lists,
            rules=_rules(p.get("rules", [])),
            list_sources={k: dict(v) for k, v in p.get("list_sources", {}).items()},
        )
    return profiles


def profile(code: str) -> Profile:
    try:
        return load_catalog()[code]
    except KeyError:
        raise ValueError(f"unknown jurisdiction profile {code!r}") from None
