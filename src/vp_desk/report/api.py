"""One entry point for the GUI, the command line and the benchmarks, so all three make
the same PDF: period check -> frozen yearly figures -> disclosure control audited against
every earlier release -> document -> PDF bytes -> atomic write -> release recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vp_desk.domain.catalog import Profile
from vp_desk.domain.catalog import profile as get_profile
from vp_desk.domain.dates import format_day
from vp_desk.domain.periods import Period, ReportingCalendar
from vp_desk.domain.signals import MAX_SIGNALS_TEXT, Hit, catalog_words
from vp_desk.paths import atomic_write_bytes
from vp_desk.report import disclosure
from vp_desk.report import figures as fig_mod
from vp_desk.report import tables as tb
from vp_desk.report.audit import Finding, ReaderModel
from vp_desk.report.disclosure import DEFAULT_THRESHOLD, clamp_threshold, primary
from vp_desk.report.document import BREAKDOWNS, Options, ReportDocument, build, describe_key
from vp_desk.report.own import own_values, signal_values
from vp_desk.report.reader import (
    ReleaseSpec,
    add_edition,
    add_group_targets,
    add_release,
    link,
    release_expr,
)
from vp_desk.settings import VaultKey
from vp_desk.storage import releases as ledger
from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError
from vp_desk.storage.repository import Repository
from vp_desk.storage.signals_screen import screen
from vp_desk.storage.vault import Vault


class PeriodRefused(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "{start} to {end} is not a reporting period of this organisation. A report covers one "
        "whole reporting year (or a summary of 2 to 5 of them), so that no two reports differ by a few people.")


class SignalsRefused(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The report was not exported: its signals and recommendations text holds words "
        "that could identify someone ({count}: {words}). Rewrite them, then export again. Nothing was written.")


class SignalsTooLong(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The signals and recommendations text is too long ({length} characters; at most {limit}). "
        "Nothing was written.")


class ReleaseRefused(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This report cannot be exported: together with the reports exported before, it would "
        "let a reader work out a small number ({what}). Nothing was written.")


def options_from_settings(vault: Vault) -> Options:
    repo = Repository(vault)
    try:
        rec = int(repo.get_setting(VaultKey.REPORT_RECURRING_MIN, "5") or 5)
    except ValueError:
        rec = 5
    breakdowns = tuple(b for b in (repo.get_setting(VaultKey.REPORT_BREAKDOWNS, "") or "").split(",") if b in BREAKDOWNS)
    return Options(threshold=clamp_threshold(repo.get_setting(VaultKey.REPORT_THRESHOLD, str(DEFAULT_THRESHOLD))),
                   breakdowns=breakdowns, recurring_min=rec, vp_name=repo.get_setting(VaultKey.REPORT_VP_NAME, "") or "")


@dataclass
class Prepared:
    org_id: int
    period: Period
    document: ReportDocument
    options: Options
    editions: dict[int, int]
    new_base: list[ledger.BaseFigures]
    reissue: bool  # the same figures as an earlier release of this period
    corrected: bool  # a corrected edition of a released period
    changes: list[str] = field(default_factory=list)  # cells that differ: live data vs. released / new edition
    exported_before: int = 0
    prior: list[Finding] = field(default_factory=list)  # disclosed by earlier releases alone

    @property
    def figures(self) -> dict[str, str]:
        return self.document.published()


def calendar(vault: Vault, org_id: int) -> ReportingCalendar:
    return ReportingCalendar(ledger.start_month(vault, org_id))


def _stats(vault: Vault, org_id: int, prof, period: Period) -> tuple[dict[str, int], fig_mod.YearFigures]:
    fig = fig_mod.compute(vault, org_id, prof.code, period.start, period.end)
    return tb.statistics(fig, prof), fig


def _combined(stats: list[dict[str, int]]) -> dict[str, int]:
    """A summary's statistics: the sum of its years' (only what every year has: a year frozen
    before the requests per theme group were counted has none)."""
    out = {k: sum(s[k] for s in stats) for k in stats[0] if all(k in s for s in stats)}
    out["open_at_start"], out["open_at_end"] = stats[0]["open_at_start"], stats[-1]["open_at_end"]
    return out


def _printed(prof, stats: dict[str, int], options: Options, t: int) -> dict[str, str]:
    """The first, "<t"-protected values of every part the report prints."""
    if stats["new_requests"] < t:
        return {"new_requests": f"<{t}", "reduced": "1"}
    keys = ["new_requests", "open_at_start", "open_at_end", "closed", "contacts", "senior_involved", "group_problem"]
    if prof.code == "BE":
        keys.append("formal_referrals")
    if prof.has_register:
        keys.append("register_entries")
    values = {k: primary(stats[k], t) for k in keys}
    values["new_requests"] = str(stats["new_requests"])
    tables = ["channel", "sphere", "relation", "requester", "themes", "domains", "interventions", "referrals",
              "outcomes", "register", *(b for b in BREAKDOWNS if b in options.breakdowns)]
    if all(f"{tb.GROUP_REQUESTS}.{g}" in stats for g in tb.theme_groups(prof)):
        tables.append(tb.GROUP_REQUESTS)
    for table in (x for x in tables if tb.applies(prof, x)):
        for k in tb.categories(prof, table):
            values[f"{table}.{k}"] = primary(stats[f"{table}.{k}"], t)
    for g, members in tb.theme_groups(prof).items():
        values[f"theme_groups.{g}"] = primary(sum(stats[f"themes.{k}"] for k in members), t)
    return values


class _Ledger:
    """Everything released for one organisation, as the reader's model."""

    def __init__(self, vault: Vault, org_id: int, prof, cal: ReportingCalendar, t: int) -> None:
        self.prof, self.cal, self.t = prof, cal, t
        self.base = ledger.base_figures(vault, org_id)
        self.releases = ledger.releases(vault, org_id)
        self.editions: dict[tuple[int, str], dict[str, int]] = {}
        for year, eds in self.base.items():
            for b in eds:
                self.editions[(year, str(b.edition))] = tb.statistics(fig_mod.YearFigures.from_json(b.figures), prof)
        self._base: ReaderModel | None = None  # the ledger's model, built once per set of new editions
        self._base_key: tuple | None = None
        self.specs = [ReleaseSpec(f"r{r.id}", [(y, str(r.editions[y])) for y in sorted(r.editions)],
                                  r.published, r.threshold) for r in self.releases]
        # exports made before the ledger existed: their true figures, read as if every count
        # of t or more had been shown exactly (more than they showed: a safe assumption)
        for i, old in enumerate(ledger.legacy_exports(vault, org_id)):
            period = cal.match(old.start, old.end)
            if period is None or not cal.is_single(period):
                continue
            year = cal.base_years(period)[0]
            try:
                stats = tb.statistics(fig_mod.YearFigures.from_json(old.figures), prof)
            except (VaultError, TypeError, ValueError, KeyError):
                continue
            self.editions[(year, f"L{i}")] = stats
            shown = {k: primary(v, t) for k, v in stats.items()}
            self.specs.append(ReleaseSpec(f"legacy{i}", [(year, f"L{i}")], shown, t))

    def latest(self, year: int) -> ledger.BaseFigures | None:
        eds = self.base.get(year)
        return eds[-1] if eds else None

    def model(self, extra: dict[tuple[int, str], dict[str, int]], candidate: ReleaseSpec | None) -> ReaderModel:
        """The reader's model of every release so far (built once per set of new editions)
        plus the candidate release, if any."""
        key = tuple(sorted(extra))
        if self._base_key != key:
            self._base, self._base_key = self._ledger_model(extra), key
        base = self._base
        if candidate is None:
            return base
        m = ReaderModel(base.t, dict(base.truth), list(base.constraints), list(base.targets),
                        base.big)
        add_release(m, self.prof, candidate)
        add_group_targets(m, self.prof, [candidate])
        return m

    def _ledger_model(self, extra: dict[tuple[int, str], dict[str, int]]) -> ReaderModel:
        m = ReaderModel(self.t)
        editions = {**self.editions, **extra}
        for (year, ed), stats in sorted(editions.items()):
            add_edition(m, self.prof, year, ed, stats)
        by_year: dict[int, list[str]] = {}
        for year, ed in sorted(editions):
            by_year.setdefault(year, []).append(ed)
        for year, eds in by_year.items():
            for a, b in zip(eds, eds[1:], strict=False):
                for stat in [k for k in editions[(year, a)] if k in editions[(year, b)]]:  # older figures have fewer
                    link(m, f"{year}.{b}:{stat}", f"{year}.{a}:{stat}", f"change {year}:{stat}", tb.family(stat))
            for ed in eds:
                for ed_next in by_year.get(year + 1, []):
                    link(m, f"{year + 1}.{ed_next}:open_at_start", f"{year}.{ed}:open_at_end",
                         f"carry {year}-{year + 1}", "flow")
        for spec in self.specs:
            add_release(m, self.prof, spec)
        add_group_targets(m, self.prof, self.specs)
        m.big = max(1000, 4 * sum(s.get("new_requests", 0) + s.get("contacts", 0) for s in editions.values()))
        return m


def _profile_of(vault: Vault, org) -> Profile:
    """The organisation's profile with its own practice switches (wording such as
    "Bemiddeling" only where mediation is allowed); the catalog keys stay the same."""
    return get_profile(org.profile).for_organisation(Repository(vault).rule_switches(org.id))


def _frozen_options(earlier: list[ledger.Release], options: Options) -> Options:
    """A released period keeps the threshold and breakdowns it was released with."""
    if not earlier:
        return options
    last = earlier[-1]
    return Options(threshold=last.threshold, breakdowns=tuple(last.options.get("breakdowns", ())),
                   recurring_min=int(last.options.get("recurring_min", options.recurring_min)),
                   vp_name=options.vp_name)


@dataclass
class _Editions:
    """Which edition of each year's figures a release uses: the frozen one, or a new one
    (a year never released, or a corrected edition of one whose data changed)."""
    used: dict[int, int] = field(default_factory=dict)
    extra: dict[tuple[int, str], dict[str, int]] = field(default_factory=dict)  # new editions' statistics
    new_base: list[ledger.BaseFigures] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # "year:statistic" that differ from the frozen edition
    figures: dict[int, fig_mod.YearFigures] = field(default_factory=dict)


def _choose_editions(book: _Ledger, live: dict, corrected: bool) -> _Editions:
    out = _Editions()
    for y, (stats, fig) in live.items():
        base = book.latest(y)
        frozen = book.editions[(y, str(base.edition))] if base else None
        changed = [] if frozen is None else [k for k in stats if k in frozen and stats[k] != frozen[k]]
        out.changed += [f"{y}:{k}" for k in changed]  # (a statistic the frozen year lacks is no change)
        if base is None or (corrected and changed):
            ed = base.edition + 1 if base else 1
            out.new_base.append(ledger.BaseFigures(y, ed, fig.to_json()))
            out.extra[(y, str(ed))] = stats
            out.used[y], out.figures[y] = ed, fig
        else:
            out.used[y] = base.edition
            out.figures[y] = fig_mod.YearFigures.from_json(book.base[y][base.edition - 1].figures)
    return out


def prepare(vault: Vault, org_id: int, start: date, end: date, options: Options | None = None, *,
            corrected: bool = False, today: date | None = None) -> Prepared:
    """What an export of this period would publish: a re-issue of an earlier release, or
    new figures protected against everything released before (raises PeriodRefused,
    ReleaseRefused or UnknownCategory)."""
    org = Repository(vault).organisation(org_id)
    prof = _profile_of(vault, org)
    cal = calendar(vault, org_id)
    period = cal.match(start, end)
    if period is None:
        raise PeriodRefused(start=format_day(start), end=format_day(end))
    years = cal.base_years(period)
    earlier = [r for r in ledger.releases(vault, org_id) if (r.start, r.end) == (period.start, period.end)]
    options = _frozen_options(earlier, options or options_from_settings(vault))
    t = clamp_threshold(options.threshold)
    book = _Ledger(vault, org_id, prof, cal, t)
    eds = _choose_editions(book, {y: _stats(vault, org_id, prof, cal.period(y)) for y in years}, corrected)

    def document(values: dict[str, str], reasons: dict[str, str]) -> ReportDocument:
        doc = build(values, org.name, org.language, prof.code, period.start, period.end, options,
                    today or date.today(), period_label=cal.label(period), reasons=reasons, prof=prof)
        doc.edition = 1 + sum(1 for b in eds.new_base if b.edition > 1) if eds.new_base else 1
        return doc

    if earlier and not eds.new_base:  # re-issue exactly what was released, on the same editions
        doc = document({**earlier[-1].published}, {})
        doc.signals_text = earlier[-1].signals_text  # and the same signals text
        return Prepared(org_id, period, doc, options, dict(earlier[-1].editions), [], True, False,
                        changes=_changed_cells(eds.changed), exported_before=len(earlier))
    pub, stats = _protect(vault, book, prof, years, eds, options, t, f"{org_id}:{period}:{len(earlier)}",
                          org.language)
    out = {**pub.published(), **own_values(eds.figures[y] for y in years),
           **signal_values(eds.figures[y] for y in years), "threshold": str(t),
           "period.start": period.start.isoformat(), "period.end": period.end.isoformat()}
    if "reduced" not in out:
        out["hours"] = f"{sum(eds.figures[y].minutes for y in years) / 60:.1f}"
    return Prepared(org_id, period, document(out, pub.reasons), options, eds.used, eds.new_base, False,
                    bool(earlier), changes=_changed_cells(eds.changed) if corrected else [],
                    exported_before=len(earlier), prior=pub.prior)


def _protect(vault: Vault, book: _Ledger, prof, years: list[int], eds: _Editions, options: Options, t: int,
             salt: str, lang: str) -> tuple[disclosure.Publication, dict[str, int]]:
    """The disclosure-controlled values of a new release, audited against the ledger."""
    spec_editions = [(y, str(eds.used[y])) for y in years]
    stats = _combined([eds.extra.get(ed) or book.editions[ed] for ed in spec_editions])
    values = _printed(prof, stats, options, t)
    truth = {k: _truth(prof, stats, k) for k in values}

    def model_of(published: dict[str, str] | None) -> ReaderModel:
        cand = ReleaseSpec("new", spec_editions, published, t) if published is not None else None
        return book.model(eds.extra, cand)

    try:
        pub = disclosure.protect(values, truth, t, model_of, ledger.secret_key(vault), salt,
                                 lambda key: release_expr(prof, spec_editions, key), tb.theme_subtotals(prof))
    except disclosure.ReleaseRefused as exc:
        raise ReleaseRefused(what=_describe_target(exc.finding.target.key, prof.code, lang)) from None
    return pub, stats


def _truth(prof, stats: dict[str, int], key: str) -> int:
    table, _, cat = key.partition(".")
    if table == "theme_groups":
        return sum(stats[f"themes.{k}"] for k in tb.theme_groups(prof).get(cat, []))
    return stats.get(key, 0)


def _changed_cells(changed: list[str]) -> list[str]:
    return sorted({c.partition(":")[2] for c in changed})


def _describe_target(key: str, profile_code: str, lang: str) -> str:
    """A finding's target ("2025.1:channel.phone", "r3:themes.stress", "change 2025:new_requests")
    in the report's words, for the refusal message."""
    stat = key.split(":")[-2] if key.endswith(":shared") else key.rpartition(":")[2]
    where = key.split(":")[0].replace("change ", "").split(".")[0]
    words = describe_key(stat, profile_code, lang)
    return f"{words} ({where})" if where[:1].isdigit() else words


def screen_signals(vault: Vault, org_id: int, text: str, threshold: int) -> list[Hit]:
    """The words of a signals text that could identify someone (see ``signals_screen``)."""
    if not text.strip():
        return []
    prof = _profile_of(vault, Repository(vault).organisation(org_id))
    return screen(vault, org_id, text, clamp_threshold(threshold), catalog_words(prof))


def write(vault: Vault, prepared: Prepared, out: Path, signals_text: str | None = None) -> None:
    """Write the PDF and record the release. ``signals_text`` is the release's signals and
    recommendations text; it is screened first (SignalsRefused while any word could identify
    someone). A re-issue prints the text released before and ignores ``signals_text``."""
    from vp_desk.report import pdf  # reportlab loads on first export, not at app start

    p = prepared
    if not p.reissue:
        text = (signals_text or "").strip()
        if len(text) > MAX_SIGNALS_TEXT:
            raise SignalsTooLong(length=len(text), limit=MAX_SIGNALS_TEXT)
        hits = screen_signals(vault, p.org_id, text, p.document.threshold)
        if hits:
            raise SignalsRefused(count=len(hits), words=", ".join(h.word for h in hits[:8]))
        p.document.signals_text = text
    vault.require_intact()  # every page's HMAC: a damaged vault exports nothing and is not written
    data = pdf.render(p.document)
    atomic_write_bytes(Path(out), data)
    ledger.record_release(vault, p.org_id, p.period.start, p.period.end, p.editions, p.new_base,
                          p.document.threshold, {"breakdowns": list(p.options.breakdowns),
                                                 "recurring_min": p.options.recurring_min},
                          p.document.published(), p.document.signals_text)


def export_pdf(vault: Vault, org_id: int, year: int, out: Path, options: Options | None = None,
               signals_text: str | None = None) -> Prepared:
    period = calendar(vault, org_id).period(year)
    prepared = prepare(vault, org_id, period.start, period.end, options)
    write(vault, prepared, out, signals_text)
    return prepared


def released_periods(vault: Vault, org_id: int) -> list[Period]:
    return sorted({Period(r.start, r.end) for r in ledger.releases(vault, org_id)})

