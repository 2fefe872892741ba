"""Use cases of the report window: the saved report options, the reporting calendar,
preparing the anonymous figures and writing the PDF (the release is recorded in the
vault). Qt-free, so the window can run :meth:`Reports.prepare` and :meth:`Reports.write`
on a worker thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vp_desk.domain.models import Organisation
from vp_desk.domain.periods import Period, ReportingCalendar
from vp_desk.report import api
from vp_desk.report.document import Options
from vp_desk.settings import VaultKey
from vp_desk.usecases.desk import DeskService

Prepared = api.Prepared


class Reports:
    def __init__(self, service: DeskService) -> None:
        self.service = service

    def organisations(self) -> list[Organisation]:
        return self.service.organisations(include_archived=True)

    def saved_options(self) -> Options:
        return api.options_from_settings(self.service.vault)

    def calendar(self, org_id: int) -> ReportingCalendar:
        return api.calendar(self.service.vault, org_id)

    def released_periods(self, org_id: int) -> list[Period]:
        return api.released_periods(self.service.vault, org_id)

    def prepare(self, org_id: int, start: date, end: date, options: Options | None = None,
                corrected: bool = False) -> Prepared:
        """``options`` default to the saved ones."""
        return api.prepare(self.service.vault, org_id, start, end, options, corrected=corrected)

    def write(self, prepared: Prepared, out: Path, keep: Options | None = None,
              signals_text: str | None = None) -> None:
        """Keep ``keep`` (the options on screen) as the next report's defaults, if given;
        screen ``signals_text`` (SignalsRefused while a word could identify someone), write
        the PDF and record the release with the text."""
        if keep is not None:
            self._keep(keep)
        api.write(self.service.vault, prepared, out, signals_text)

    def _keep(self, opts: Options) -> None:
        repo = self.service.repo
        repo.set_setting(VaultKey.REPORT_THRESHOLD, str(opts.threshold))
        repo.set_setting(VaultKey.REPORT_VP_NAME, opts.vp_name)
        repo.set_setting(VaultKey.REPORT_BREAKDOWNS, ",".join(opts.breakdowns))
