"""A small vault of one organisation, filled through the service layer, and the exports a
reader collects from it: each export goes through ``api.prepare`` + ``api.write`` (a real
PDF in a temporary folder) and the reader keeps what the PDF shows.

Works against both report APIs: the issue-12 one (``published()``, ``corrected``,
``PeriodRefused``/``ReleaseRefused``, ``reissue``) and the one before it (arbitrary
periods, sections of facts and tables), for which :func:`published` rebuilds the same
flat mapping from the document's sections.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tests.adversary.reader import SCALARS, STOCKS, Edition, Reader, Snapshot, truth_of
from vp_desk.domain.models import Consent, Dossier, Intervention, Organisation, Referral
from vp_desk.report import api
from vp_desk.report import figures as fig_mod
from vp_desk.storage.vault import Vault
from vp_desk.usecases.desk import DeskService

TODAY = date(2026, 11, 23)
PASSPHRASE = "kwartel pinda regenjas 7"


@dataclass(frozen=True)
class Requester:
    request: date
    channel: str = "phone"
    sphere: str = "work"
    relation: str = "colleague"
    themes: tuple[str, ...] = ("stress",)
    gender: str | None = None
    age_band: str | None = None
    role: str | None = None
    senior: bool = False
    group: bool = False
    closed_after: int | None = None  # days after the request; None: still open
    outcome: str = "resolved_informally"
    conversation: bool = False
    referral: str | None = None

    def short(self) -> str:
        bits = [self.request.isoformat(), self.channel, self.sphere, self.relation, "+".join(self.themes)]
        bits += [b for b in (self.gender, self.age_band, self.role) if b]
        if self.closed_after is not None:
            bits.append(f"closed+{self.closed_after}d:{self.outcome}")
        return " ".join(bits)


def published(document: object) -> dict[str, str]:
    """Everything the PDF shows about requesters, as ``ReportDocument.published()`` defines it."""
    if hasattr(document, "published"):
        return dict(document.published())  # type: ignore[attr-defined]
    return _published_from_sections(document)


def _published_from_sections(doc: object) -> dict[str, str]:
    from vp_desk.report.texts import text

    lang, t = doc.lang, doc.threshold  # type: ignore[attr-defined]
    by_label = {text(k, lang): k for k in (*SCALARS, *STOCKS)}
    out = {"period.start": doc.start.isoformat(), "period.end": doc.end.isoformat(),  # type: ignore[attr-defined]
           "threshold": str(t)}
    if doc.reduced:  # type: ignore[attr-defined]  # "fewer than t requests": 0 included
        out["new_requests"] = f"<={t - 1}"
    for section in doc.sections:  # type: ignore[attr-defined]
        if section.key in ("recurring", "own"):
            continue  # recurring repeats visible theme counts; own activity is not about requesters
        for label, shown in section.facts:
            if label in by_label:
                out[by_label[label]] = shown
        for _title, table, _labels in section.tables:
            if table.withheld:
                out[f"{table.name}.__withheld__"] = "1"
                continue
            for cell in table.cells:
                out[f"{table.name}.{cell.key}"] = cell.shown(t)
            if table.total_shown:
                out[f"{table.name}.__total__"] = str(table.total)
    return out


def labels_printed(document: object) -> list[str]:
    """Every row label the document prints in a table (for the unknown-key check)."""
    return [str(lbl) for s in document.sections for _t, _tab, labels in s.tables  # type: ignore[attr-defined]
            for lbl in labels.values()]


REFUSALS = tuple(getattr(api, n) for n in ("PeriodRefused", "ReleaseRefused") if hasattr(api, n))
HAS_CORRECTED = "corrected" in inspect.signature(api.prepare).parameters
NEW_API = HAS_CORRECTED
# what an "x" tells the reader: "t or more" where the README says so (the issue-12 protection
# hides only such counts as extra cells), else nothing beyond >= 0
X_AT_LEAST_T = '"x", a count of' in (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


class AppCrashed(AssertionError):
    """An export raised something other than a refusal."""


@dataclass
class Archive:
    """One organisation's vault, its data versions and the editions a reader holds."""

    folder: Path
    profile: str = "BE"
    cuts: list[date] = field(default_factory=list)
    start_month: int = 1  # the organisation's reporting calendar (1: calendar years)
    version: int = 0
    dirty: bool = True
    snapshots: dict[int, Snapshot] = field(default_factory=dict)
    editions: list[Edition] = field(default_factory=list)
    log: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    base_versions: dict[tuple[int, int], int] = field(default_factory=dict)  # (year, base edition) -> version
    _n: int = 0

    def __post_init__(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.vault = Vault.create(self.folder / "adversary.vpvault", PASSPHRASE)
        self.service = DeskService(self.vault, today=lambda: TODAY)
        extra = {"report_start_month": self.start_month} if self.start_month != 1 else {}
        self.org = Organisation(name="Adversary Org", profile=self.profile, appointment_date=date(2015, 1, 1),
                                **extra)
        self.service.save_organisation(self.org)
        self.cuts = sorted(set(self.cuts))

    def close(self) -> None:
        self.vault.close()

    # -- data ------------------------------------------------------------------------
    def add(self, r: Requester, late: bool = False) -> None:
        s = self.service
        d = Dossier(org_id=self.org.id, code=s.suggest_code(self.org.id, r.request), request_date=r.request,
                    intake_date=r.request, channel=r.channel, sphere=r.sphere, relation=r.relation,
                    themes=r.themes, gender=r.gender, age_band=r.age_band, role=r.role,
                    senior_involved=r.senior, group_problem=r.group)
        s.save_dossier(d)
        if r.conversation:
            s.save_intervention(Intervention(d.id, r.request, "conversation"))
        if r.referral:
            c = Consent(d.id, "referral", r.request, description="akkoord")
            s.save_consent(c)
            s.save_referral(Referral(d.id, r.request, r.referral, consent_id=c.id))
        if r.closed_after is not None:
            closed = r.request + timedelta(days=r.closed_after)
            if closed <= TODAY:
                s.close_dossier(d.id, closed, r.outcome)
        self.dirty = True
        if late:
            self.log.append(f"add late request {r.short()}")

    # -- exports ---------------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        atoms, stocks = [], []
        for a in range(len(self.cuts) - 1):
            start, end = self.cuts[a], self.cuts[a + 1] - timedelta(days=1)
            f = fig_mod.compute(self.vault, self.org.id, self.profile, start, end)
            atoms.append(truth_of(f))
            stocks.append(f.open_at_start)
        stocks.append(f.open_at_end)
        return Snapshot(atoms, stocks)

    def export(self, start: date, end: date, threshold: int = 5, breakdowns: tuple[str, ...] = (),
               corrected: bool = False, label: str = "") -> dict[str, str] | None:
        """Prepare + write one PDF; the reader keeps it. None when the app refused it."""
        if start not in self.cuts or end + timedelta(days=1) not in self.cuts:
            raise ValueError(f"{start}..{end} is not on the archive's cuts")
        opts = api.Options(threshold=threshold, breakdowns=tuple(breakdowns))
        what = label or f"export {start}..{end} t={threshold}" + (f" breakdowns={','.join(breakdowns)}"
                                                                   if breakdowns else "")
        if corrected:
            what += " corrected"
        kwargs = {"corrected": corrected} if HAS_CORRECTED else {}
        self._n += 1
        try:
            prepared = api.prepare(self.vault, self.org.id, start, end, opts, today=TODAY, **kwargs)
            api.write(self.vault, prepared, self.folder / f"export-{self._n}.pdf")
        except REFUSALS as exc:
            self.log.append(f"{what}: refused ({exc})")
            self.refused.append(what)
            return None
        except Exception as exc:  # a crash is a finding too: the user would see a traceback
            raise AppCrashed(f"{what} crashed: {exc.__class__.__name__}: {exc}\nexport sequence:\n"
                             f"{self.story()}") from exc
        if self.dirty:
            self.version += 1
            self.snapshots[self.version] = self._snapshot()
            self.dirty = False
        version, atom_versions = self.version, None
        base = getattr(prepared, "editions", None)
        if isinstance(base, dict) and base:
            # the issue-12 API freezes each reporting year's figures at its first release (a
            # new "base edition" only for a corrected one); a period shows the base editions
            # its years use, which the reader is told
            atom_versions = {}
            for y, ed in base.items():
                frozen = self.base_versions.setdefault((y, ed), self.version)
                for a in self.reader_atoms(*self.period(y)):
                    atom_versions[a] = frozen
            if len(set(atom_versions.values())) == 1:
                version, atom_versions = next(iter(atom_versions.values())), None
        elif getattr(prepared, "reissue", False):  # the figures of the last release of this period
            earlier = [e for e in self.editions if (e.start, e.end) == (start, end)]
            if earlier:
                version = earlier[-1].version
        pub = published(prepared.document)
        self.editions.append(Edition(version, start, end, pub, what, atom_versions))
        self.log.append(what + (" (re-issue)" if getattr(prepared, "reissue", False) else ""))
        return pub

    def reader_atoms(self, start: date, end: date) -> list[int]:
        return list(range(self.cuts.index(start), self.cuts.index(end + timedelta(days=1))))

    def period(self, y: int, count: int = 1) -> tuple[date, date]:
        """The reporting period starting in ``y`` (``count`` periods long)."""
        return date(y, self.start_month, 1), date(y + count, self.start_month, 1) - timedelta(days=1)

    def year(self, y: int, **kw) -> dict[str, str] | None:
        return self.export(*self.period(y), label=kw.pop("label", "") or self._lbl(f"year {y}", kw), **kw)

    def summary(self, first: int, count: int, **kw) -> dict[str, str] | None:
        return self.export(*self.period(first, count),
                           label=self._lbl(f"summary {first}-{first + count - 1}", kw), **kw)

    @staticmethod
    def _lbl(base: str, kw: dict) -> str:
        out = base + f" t={kw.get('threshold', 5)}"
        if kw.get("breakdowns"):
            out += " breakdowns=" + ",".join(kw["breakdowns"])
        return out

    # -- the reader ------------------------------------------------------------------
    def reader(self) -> Reader:
        versions = sorted(self.snapshots)
        return Reader(self.profile, self.cuts, self.snapshots, self.editions,
                      linked=list(zip(versions, versions[1:], strict=False)), x_at_least_t=X_AT_LEAST_T)

    def story(self) -> str:
        return "\n".join(f"  {i + 1}. {line}" for i, line in enumerate(self.log))


def year_cuts(first: int, last: int, extra: tuple[date, ...] = (), start_month: int = 1) -> list[date]:
    """The boundaries of the reporting periods starting in ``first`` .. ``last`` (plus ``extra``)."""
    return sorted({date(y, start_month, 1) for y in range(first, last + 2)} | set(extra))
