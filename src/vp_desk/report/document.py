"""What the report shows, built from a release's published values only.

The GUI preview and the PDF both render this one structure, so the preview is exactly
what will be exported; ``ReportDocument.published()`` is that same content as the flat map
the release ledger stores. Only catalog labels are printed: a key the catalog does not
know was refused before (``tables.UnknownCategory``), and a label lookup that still fails
raises instead of printing the raw key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from vp_desk.domain.catalog import Profile
from vp_desk.domain.catalog import profile as get_profile
from vp_desk.domain.dates import format_span
from vp_desk.domain.rules import add_years
from vp_desk.report import tables as tb
from vp_desk.report.disclosure import is_hidden
from vp_desk.report.texts import number, report_lang, text

BREAKDOWNS = tuple(tb.BREAKDOWNS)


@dataclass(frozen=True)
class Options:
    threshold: int = 5
    breakdowns: tuple[str, ...] = ()  # any of BREAKDOWNS; off by default
    recurring_min: int = 5
    vp_name: str = ""


@dataclass(frozen=True)
class ShownCell:
    key: str
    text: str  # "12", "0", "<5" or "x"

    def shown(self, _t: int | None = None) -> str:
        return self.text

    @property
    def hidden(self) -> bool:
        return is_hidden(self.text)

    @property
    def value(self) -> int:
        """The count for a chart (visible cells only; hidden ones are 0 here)."""
        return 0 if self.hidden else int(self.text)


@dataclass(frozen=True)
class ShownTable:
    name: str
    cells: tuple[ShownCell, ...]
    total: str | None  # the total row, when the table prints one
    withheld: bool = False

    @property
    def total_shown(self) -> bool:
        return self.total is not None and not self.withheld


@dataclass
class Section:
    key: str
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # (label, shown value)
    tables: list[tuple[str, ShownTable, dict[str, str]]] = field(default_factory=list)  # title, table, labels
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
    period_label: str = ""
    values: dict[str, str] = field(default_factory=dict)  # the published map (see published())
    reasons: dict[str, str] = field(default_factory=dict)  # why each hidden value is hidden
    edition: int = 1
    running: bool = False  # the period was not over when the report was made
    # the confidant's "signals and recommendations" text, screened against the vault before
    # export: the only free text a report prints (stored with the release, re-issued with it)
    signals_text: str = ""

    def title(self) -> str:
        """"Yearly report" for twelve months, "Report" for a multi-year summary; the Dutch
        profile's English wording is "confidential adviser"."""
        key = "title_nl_profile" if self.profile == "NL" else "title"
        twelve_months = self.end == add_years(self.start, 1) - timedelta(days=1)
        return text(key if twelve_months else f"period_{key}", self.lang)

    def period_text(self) -> str:
        return self.period_label or format_span(self.start, self.end)

    def published(self) -> dict[str, str]:
        return dict(self.values)

    def hidden_cells(self) -> int:
        return sum(1 for k, v in self.values.items() if "." in k and is_hidden(v)
                   and not k.startswith(("own.", "period.", "signals.")))


def _label(prof: Profile, table: str, key: str, lang: str) -> str:
    if key == tb.UNKNOWN:
        return text("unknown", lang)
    if table in ("theme_groups", tb.GROUP_REQUESTS):
        return text(f"group_{key}", lang)
    item = prof.item(tb.CATALOG_LIST[table], key)
    if item is None:
        raise tb.UnknownCategory(key=f"{table}.{key}"[:60])
    return item.label(lang)


TOTAL_ROW = {"channel", "sphere", "relation", "requester", "gender", "age_band", "role", "outcomes"}


def _table(prof: Profile, values: dict[str, str], table: str, lang: str) -> tuple[str, ShownTable, dict[str, str]]:
    withheld = values.get(f"{table}.__withheld__") == "1"
    keys = tb.categories(prof, table) if table != "theme_groups" else list(tb.theme_groups(prof))
    cells = tuple(ShownCell(k, values[f"{table}.{k}"]) for k in keys if f"{table}.{k}" in values)
    total = None
    if table in TOTAL_ROW:
        total = values.get("closed" if table == "outcomes" else "new_requests")
    labels = {c.key: _label(prof, table, c.key, lang) for c in cells}
    return text(table, lang), ShownTable(table, cells, total, withheld), labels


def build(values: dict[str, str], org_name: str, lang: str, profile_code: str, start: date, end: date,
          options: Options, generated: date, period_label: str = "", reasons: dict[str, str] | None = None,
          prof: Profile | None = None) -> ReportDocument:
    """The document for a published map (``disclosure.Publication.published()`` plus the
    confidant's own activity as ``own.<kind>.count`` / ``own.<kind>.hours``). ``prof`` is the
    organisation's profile with its own switches (wording such as "Bemiddeling")."""
    lang = report_lang(lang, profile_code)  # Netherlands Dutch for a Dutch NL report (texts.py)
    t = int(values.get("threshold", options.threshold))
    prof = prof or get_profile(profile_code)
    reduced = values.get("reduced") == "1"
    if reduced:
        low = Section("activity", text("activity", lang))
        low.paragraphs.append(text("too_few", lang, t=t))
        sections = [low]
    else:
        sections = [_activity(prof, values, lang), _themes(prof, values, lang),
                    _recurring(prof, values, lang, max(t, int(options.recurring_min)))]
        if prof.has_register and ("register_entries" in values or "register.__withheld__" in values):
            sections.append(_register(prof, values, lang))
    sections.append(_own(prof, values, lang))
    if "signals.total" in values:  # releases made before the signals log have no such section
        sections.append(_signals(prof, values, lang))
    return ReportDocument(org_name=org_name, lang=lang, profile=profile_code, start=start, end=end,
                          generated=generated, threshold=t, vp_name=options.vp_name.strip(), reduced=reduced,
                          sections=sections, period_label=period_label, values=dict(values),
                          reasons=dict(reasons or {}), running=generated < end)


def _facts(values: dict[str, str], lang: str, keys: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(text(k, lang), values[k]) for k in keys if k in values]


def _activity(prof: Profile, values: dict[str, str], lang: str) -> Section:
    act = Section("activity", text("activity", lang))
    act.facts = _facts(values, lang, ("new_requests", "open_at_start", "open_at_end", "closed", "contacts"))
    act.facts.append((text("hours", lang), number(values.get("hours", "0"), lang)))
    act.facts += _facts(values, lang, ("senior_involved", "group_problem", "formal_referrals"))
    act.tables = [_table(prof, values, table, lang) for table in ("channel", "interventions", "referrals", "outcomes")]
    return act


def _themes(prof: Profile, values: dict[str, str], lang: str) -> Section:
    present = {k.partition(".")[0] for k in values}
    th = Section("themes", text("themes_section", lang))
    th.tables = [_table(prof, values, table, lang)
                 for table in ("themes", tb.GROUP_REQUESTS, "theme_groups", "domains", "requester", "sphere", "relation",
                               *BREAKDOWNS) if table in present]
    return th


def _recurring(prof: Profile, values: dict[str, str], lang: str, n: int) -> Section:
    """Themes named in at least ``n`` requests, from the themes table's shown counts only."""
    rec = Section("recurring", text("recurring", lang))
    recurring = sorted(((int(v), k.partition(".")[2]) for k, v in values.items()
                        if k.startswith("themes.") and not k.endswith("__withheld__")
                        and not is_hidden(v) and int(v) >= n), reverse=True)
    if values.get("themes.__withheld__") == "1":
        rec.paragraphs.append(text("recurring_withheld", lang))
    elif recurring:
        rec.paragraphs.append(text("recurring_text", lang, n=n))
        rec.facts = [(_label(prof, "themes", k, lang), str(v)) for v, k in recurring]
    else:
        rec.paragraphs.append(text("recurring_none", lang, n=n))
    return rec


def _register(prof: Profile, values: dict[str, str], lang: str) -> Section:
    reg = Section("register", text("register", lang))
    reg.facts = _facts(values, lang, ("register_entries",))
    reg.tables.append(_table(prof, values, "register", lang))
    return reg


def _own(prof: Profile, values: dict[str, str], lang: str) -> Section:
    """The confidant's own activity: about the confidant, not about requesters."""
    own = Section("own", text("own", lang, prof.code))
    for k in prof.keys("own_activities"):
        if f"own.{k}.count" in values:
            own.hours.append((prof.label("own_activities", k, lang), values[f"own.{k}.count"],
                              number(values.get(f"own.{k}.hours", "0"), lang)))
    if not own.hours:
        own.paragraphs.append(text("own_none", lang))
    return own


def _signals(prof: Profile, values: dict[str, str], lang: str) -> Section:
    """Signals and advice the confidant gave: the confidant's own activity, shown exactly."""
    sec = Section("signals", text("signals", lang, prof.code))
    total = values.get("signals.total", "0")
    if total == "0":
        sec.paragraphs.append(text("signals_none", lang))
        return sec
    sec.facts = [(text("signals_total", lang), total), (text("signals_asked", lang), values["signals.asked"]),
                 (text("signals_unasked", lang), values["signals.unasked"])]
    sec.facts += [(text("signals_to", lang, who=prof.label("signal_addressees", k, lang)), values[f"signals.to.{k}"])
                  for k in prof.keys("signal_addressees") if f"signals.to.{k}" in values]
    return sec


def describe_key(key: str, profile_code: str, lang: str) -> str:
    """A published key (``themes.stress``, ``new_requests``) in the report's own words."""
    lang = report_lang(lang, profile_code)
    prof = get_profile(profile_code)
    table, _, cell = key.partition(".")
    try:
        title = text(table, lang)
    except KeyError:
        title = table
    if not cell or table not in (*tb.CATALOG_LIST, "theme_groups", tb.GROUP_REQUESTS):
        return title
    try:
        return f"{title}: {_label(prof, table, cell, lang)}"
    except tb.UnknownCategory:
        return title
