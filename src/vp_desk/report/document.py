"""What the report shows: the protected tables built from ``YearFigures``.

The GUI preview and the PDF both render this one structure, so the preview is exactly
what will be exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from vp_desk.domain.catalog import profile as get_profile
from vp_desk.domain.rules import add_years
from vp_desk.report.disclosure import (
    ProtectedTable,
    clamp_threshold,
    protect,
    protect_flow,
    protect_scalar,
)
from vp_desk.report.figures import YearFigures
from vp_desk.report.texts import text

# single choice tables add up to the number of new requests
SINGLE_CHOICE = ("channel", "sphere", "relation")
BREAKDOWNS = ("gender", "age_band", "role")
CATALOG_LIST = {"channel": "channels", "sphere": "spheres", "relation": "relations", "themes": "themes",
                "interventions": "intervention_types", "referrals": "referral_destinations",
                "outcomes": "outcomes", "register": "register_types", "gender": "genders",
                "age_band": "age_bands", "role": "roles", "own": "own_activities"}


@dataclass(frozen=True)
class Options:
    threshold: int = 5
    breakdowns: tuple[str, ...] = ()  # any of BREAKDOWNS; off by default
    recurring_min: int = 5
    vp_name: str = ""


@dataclass
class Section:
    key: str
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # (label, shown value)
    tables: list[tuple[str, ProtectedTable, dict[str, str]]] = field(default_factory=list)  # title, table, labels
    paragraphs: list[str] = field(default_factory=list)
    hours: list[tuple[str, str, str]] = field(default_factory=list)  # own activity rows


@dataclass
class ReportDocument:
    org_name: str
    lang: str
    profile: str
    start: date
    end: date
    generated: date
    threshold: int
    vp_name: str
    reduced: bool
    sections: list[Section]

    def title(self) -> str:
        """"Yearly report" for twelve months (a calendar or school year), "Report" otherwise;
        the Dutch profile's English wording is "confidential adviser"."""
        key = "title_nl_profile" if self.profile == "NL" else "title"
        twelve_months = self.end == add_years(self.start, 1) - timedelta(days=1)
        return text(key if twelve_months else f"period_{key}", self.lang)

    def period_text(self) -> str:
        if self.start.month == 1 and self.start.day == 1 and self.end == date(self.start.year, 12, 31):
            return str(self.start.year)
        return f"{self.start.strftime('%d-%m-%Y')} \u2013 {self.end.strftime('%d-%m-%Y')}"

    def hidden_cells(self) -> int:
        return sum(sum(1 for c in t.cells if c.hidden) + (len(t.cells) if t.withheld else 0)
                   for s in self.sections for _title, t, _l in s.tables)


def _labels(prof, list_key: str, lang: str, keys) -> dict[str, str]:
    out = {}
    for k in keys:
        if k == "_unknown":
            out[k] = text("unknown", lang)
        else:
            out[k] = prof.label(CATALOG_LIST[list_key], k, lang)
    return out


def _order(prof, list_key: str) -> list[str]:
    return list(prof.keys(CATALOG_LIST[list_key])) + ["_unknown"]


def build(fig: YearFigures, org_name: str, lang: str, options: Options, generated: date) -> ReportDocument:
    t = clamp_threshold(options.threshold)
    prof = get_profile(fig.profile)
    reduced = fig.new_requests < t
    sections: list[Section] = []

    if not reduced:
        act = Section("activity", text("activity", lang))
        open_start, closed, open_end = protect_flow(fig.open_at_start, fig.new_requests, fig.closed,
                                                    fig.open_at_end, t)
        act.facts = [
            (text("new_requests", lang), str(fig.new_requests)),
            (text("open_at_start", lang), open_start),
            (text("open_at_end", lang), open_end),
            (text("closed", lang), closed),
            (text("contacts", lang), protect_scalar(fig.contacts, t)),
            (text("hours", lang), f"{fig.hours:.0f}"),
            (text("senior_involved", lang), protect_scalar(fig.senior_involved, t)),
            (text("group_problem", lang), protect_scalar(fig.group_problem, t)),
        ]
        if fig.profile == "BE":
            act.facts.append((text("formal_referrals", lang), protect_scalar(fig.formal_referrals, t)))
        for key in ("channel",):
            counts = dict(getattr(fig, key))
            tab = protect(key, counts, _order(prof, key), t, total=fig.new_requests)
            act.tables.append((text(key, lang), tab, _labels(prof, key, lang, counts)))
        for key in ("interventions", "referrals"):
            counts = dict(getattr(fig, key))
            if counts:
                tab = protect(key, counts, _order(prof, key), t)
                act.tables.append((text(key, lang), tab, _labels(prof, key, lang, counts)))
        if fig.outcomes:
            tab = protect("outcomes", dict(fig.outcomes), _order(prof, "outcomes"), t, total=fig.closed)
            act.tables.append((text("outcomes", lang), tab, _labels(prof, "outcomes", lang, fig.outcomes)))
        sections.append(act)

        th = Section("themes", text("themes_section", lang))
        tab = protect("themes", dict(fig.themes), _order(prof, "themes"), t)
        themes_table = tab
        th.tables.append((text("themes", lang), tab, _labels(prof, "themes", lang, fig.themes)))
        for key in ("sphere", "relation"):
            counts = dict(getattr(fig, key))
            tab = protect(key, counts, _order(prof, key), t, total=fig.new_requests)
            th.tables.append((text(key, lang), tab, _labels(prof, key, lang, counts)))
        for key in BREAKDOWNS:
            if key in options.breakdowns:
                counts = dict(getattr(fig, key))
                missing = fig.new_requests - sum(counts.values())
                if missing > 0:
                    counts["_unknown"] = missing
                tab = protect(key, counts, _order(prof, key), t, total=fig.new_requests)
                th.tables.append((text(key, lang), tab, _labels(prof, key, lang, counts)))
        sections.append(th)

        n = max(t, int(options.recurring_min))
        rec = Section("recurring", text("recurring", lang))
        # only counts the themes table shows: a theme hidden there to protect a small one
        # must not get its exact count back here
        recurring = sorted(((v, k) for k, v in themes_table.visible_values().items() if v >= n), reverse=True)
        if recurring:
            rec.paragraphs.append(text("recurring_text", lang, n=n))
            rec.facts = [(prof.label("themes", k, lang), str(v)) for v, k in recurring]
        else:
            rec.paragraphs.append(text("recurring_none", lang, n=n))
        sections.append(rec)

        if prof.has_register:
            reg = Section("register", text("register", lang))
            reg.facts = [(text("register_entries", lang), protect_scalar(fig.register_entries, t))]
            if fig.register_entries >= t:
                tab = protect("register", dict(fig.register), _order(prof, "register"), t)
                reg.tables.append((text("register", lang), tab, _labels(prof, "register", lang, fig.register)))
            sections.append(reg)
    else:
        low = Section("activity", text("activity", lang))
        low.paragraphs.append(text("too_few", lang, t=t))
        sections.append(low)

    own = Section("own", text("own", lang))
    for k in prof.keys("own_activities"):
        if k in fig.own_hours or k in fig.own_count:
            own.hours.append((prof.label("own_activities", k, lang), str(fig.own_count.get(k, 0)),
                              f"{fig.own_hours.get(k, 0.0):.1f}"))
    if not own.hours:
        own.paragraphs.append(text("own_none", lang))
    sections.append(own)
    return ReportDocument(org_name=org_name, lang=lang, profile=fig.profile, start=fig.start, end=fig.end,
                          generated=generated, threshold=t, vp_name=options.vp_name.strip(), reduced=reduced,
                          sections=sections)


_CHANGE_TEXT = {"minutes": "hours", "own_hours": "own", "own_count": "own"}


def describe_change(key: str, profile_code: str, lang: str) -> str:
    """A changed cell from ``api.diff`` (``themes.stress``, ``new_requests``) in the report's
    own words, for the differencing warning."""
    prof = get_profile(profile_code)
    table, _, cell = key.partition(".")
    name = _CHANGE_TEXT.get(table, table)
    try:
        title = text(name, lang)
    except KeyError:
        title = table
    if not cell:
        return title
    list_key = CATALOG_LIST.get("own" if table in ("own_hours", "own_count") else table)
    label = cell
    if cell == "_unknown":
        label = text("unknown", lang)
    elif list_key:
        try:
            label = prof.label(list_key, cell, lang)
        except (KeyError, ValueError):
            label = cell
    return f"{title}: {label}"
