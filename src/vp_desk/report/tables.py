"""The statistics a report can publish, named as the release ledger names them.

A statistic key is a scalar (``new_requests``) or ``table.category`` with a catalog key
(``channel.phone``, ``themes.stress``, ``gender._unknown``). Every category of the catalog
is a statistic, also when its count is 0: a reader knows the catalog.
"""

from __future__ import annotations

from vp_desk.domain.catalog import Profile
from vp_desk.report.figures import YearFigures
from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError

UNKNOWN = "_unknown"
SCALARS = ("new_requests", "open_at_start", "open_at_end", "closed", "contacts", "senior_involved",
           "group_problem", "formal_referrals", "register_entries")
# table -> catalog list; single-choice tables add up to the new requests
SINGLE = {"channel": "channels", "sphere": "spheres", "relation": "relations"}
BREAKDOWNS = {"gender": "genders", "age_band": "age_bands", "role": "roles"}
OTHER = {"themes": "themes", "interventions": "intervention_types", "referrals": "referral_destinations",
         "outcomes": "outcomes", "register": "register_types"}
CATALOG_LIST = {**SINGLE, **BREAKDOWNS, **OTHER}
# what may be hidden together to protect a count: a table with the facts it adds up to
FAMILY = {"open_at_start": "flow", "open_at_end": "flow", "closed": "flow", "outcomes": "flow",
          "themes": "themes", "theme_groups": "themes", "formal_referrals": "referrals",
          "register_entries": "register"}


class UnknownCategory(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The report was not made: the vault holds a category ({key}) that the catalog of this "
        "organisation's profile does not know. Correct the record, then export again.")


def family(stat: str) -> str:
    name = stat.partition(".")[0]
    return FAMILY.get(name, name)


def categories(profile: Profile, table: str) -> list[str]:
    keys = list(profile.keys(CATALOG_LIST[table]))
    return keys + [UNKNOWN] if table in BREAKDOWNS else keys


def theme_groups(profile: Profile) -> dict[str, list[str]]:
    """The catalog's theme groups (e.g. unwanted behaviour / integrity / psychosocial)."""
    out: dict[str, list[str]] = {}
    for item in profile.items("themes"):
        group = item.extra.get("group")
        if group:
            out.setdefault(str(group), []).append(item.key)
    return out


def statistics(fig: YearFigures, profile: Profile) -> dict[str, int]:
    """Every statistic of one period as integers; refuses a category the catalog does not know."""
    out = {name: int(getattr(fig, name)) for name in SCALARS}
    for table in CATALOG_LIST:
        if table == "register" and not profile.has_register:
            continue
        counts = dict(getattr(fig, table))
        keys = categories(profile, table)
        for key in counts:
            if key not in keys:
                raise UnknownCategory(key=f"{table}.{key}"[:60])
        if table in BREAKDOWNS:
            counts[UNKNOWN] = fig.new_requests - sum(counts.values())
        for key in keys:
            out[f"{table}.{key}"] = int(counts.get(key, 0))
    return out
