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
# table -> catalog list; single-choice tables add up to the new requests (who asks with its
# "not recorded" rest, like the breakdowns: dossiers from before it was asked have none)
SINGLE = {"channel": "channels", "sphere": "spheres", "relation": "relations", "requester": "requester_positions"}
BREAKDOWNS = {"gender": "genders", "age_band": "age_bands", "role": "roles"}
# several per request: themes; the risk domains (BE) with the requests that have none as "not recorded"
OTHER = {"themes": "themes", "interventions": "intervention_types", "referrals": "referral_destinations",
         "outcomes": "outcomes", "register": "register_types", "domains": "risk_domains"}
CATALOG_LIST = {**SINGLE, **BREAKDOWNS, **OTHER}
WITH_UNKNOWN = (*BREAKDOWNS, "requester", "domains")
# requests with at least one theme of a theme group (a request counts once per group); not a
# catalog list: its categories are the groups
GROUP_REQUESTS = "group_requests"
# what may be hidden together to protect a count: a table with the facts it adds up to
FAMILY = {"open_at_start": "flow", "open_at_end": "flow", "closed": "flow", "outcomes": "flow",
          "themes": "themes", "theme_groups": "themes", "formal_referrals": "referrals",
          "register_entries": "register", GROUP_REQUESTS: "themes"}


class UnknownCategory(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The report was not made: the vault holds a category ({key}) that the catalog of this "
        "organisation's profile does not know. Correct the record, then export again.")


def family(stat: str) -> str:
    name = stat.partition(".")[0]
    return FAMILY.get(name, name)


def categories(profile: Profile, table: str) -> list[str]:
    if table == GROUP_REQUESTS:
        return list(theme_groups(profile))
    keys = list(profile.keys(CATALOG_LIST[table]))
    return keys + [UNKNOWN] if table in WITH_UNKNOWN else keys


def applies(profile: Profile, table: str) -> bool:
    """Whether the profile has this table (the register and the risk domains are Belgian)."""
    if table == "register":
        return profile.has_register
    if table == "domains":
        return bool(profile.keys("risk_domains"))
    return True


def theme_groups(profile: Profile) -> dict[str, list[str]]:
    """The catalog's theme groups (e.g. unwanted behaviour / integrity / psychosocial)."""
    return profile.groups("themes")


def theme_subtotals(profile: Profile) -> dict[str, list[str]]:
    """The parts of the themes table whose sums the report prints elsewhere (per theme group)."""
    return {group: [f"themes.{k}" for k in keys] for group, keys in theme_groups(profile).items()}


def statistics(fig: YearFigures, profile: Profile) -> dict[str, int]:
    """Every statistic of one period as integers; refuses a category the catalog does not know."""
    out = {name: int(getattr(fig, name)) for name in SCALARS}
    for table in CATALOG_LIST:
        if not applies(profile, table):
            continue
        counts = dict(getattr(fig, table))
        keys = categories(profile, table)
        for key in counts:
            if key not in keys:
                raise UnknownCategory(key=f"{table}.{key}"[:60])
        if table in (*BREAKDOWNS, "requester"):
            counts[UNKNOWN] = fig.new_requests - sum(counts.values())
        elif table == "domains" and UNKNOWN not in counts:  # figures frozen before domains were asked
            counts[UNKNOWN] = 0 if counts else fig.new_requests
        for key in keys:
            out[f"{table}.{key}"] = int(counts.get(key, 0))
    if fig.group_requests is not None:
        for group in theme_groups(profile):
            out[f"{GROUP_REQUESTS}.{group}"] = int(fig.group_requests.get(group, 0))
    return out
