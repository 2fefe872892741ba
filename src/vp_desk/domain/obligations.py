"""Mijn rol: the confidant's own obligations, per organisation. Pure functions.

Each obligation comes from a rule of the organisation's profile in the catalog, which
holds its source, its scope and its figures (``Obligation.rule`` names it):

- BE: basic training completed within 2 years of the appointment (law; the 35 h is the
  usual 5-day course, marked "check" in the catalog); intervisie at least 1 day (7 h) per
  calendar year; regular consultation with the prevention adviser (PAPS); extra training
  1 day a year and the three quiet years (practice of the Flemish government, seed 004,
  switchable per organisation);
- NL: the LVV's basic course and yearly further training (professional practice,
  switchable); no legal deadline;
- prevention work: hours shown (no minimum, no rule).

Activities without an organisation (``org_id is None``) are the confidant's own training
and count for every organisation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from vp_desk.domain import rules
from vp_desk.domain.catalog import profile
from vp_desk.domain.dates import day_params, format_day
from vp_desk.domain.models import Organisation, OwnActivity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    return text


DAY_HOURS = 7.0

DONE, DUE, OVERDUE, RECOMMENDED, INFO, WARNING = "done", "due", "overdue", "recommended", "info", "warning"


@dataclass(frozen=True)
class Obligation:
    kind: str  # basic_training | intervisie | extra_training | paps_consultation | prevention | no_dossiers | certificates
    org_id: int | None
    status: str  # DONE | DUE | OVERDUE | RECOMMENDED | INFO | WARNING
    due: date | None
    text: str  # English source, context "Obligations", {placeholders} from params
    params: tuple[tuple[str, object], ...] = ()
    rule: str | None = None  # the catalog rule of the organisation's profile it comes from

    def render(self, translate=None) -> str:
        t = translate("Obligations", self.text) if translate else self.text
        try:
            return t.format(**day_params(dict(self.params)))
        except (KeyError, IndexError, ValueError):
            return t


def _hours(acts: Iterable[OwnActivity], kind: str, year: int | None = None, upto: date | None = None) -> float:
    return sum(a.hours for a in acts if a.kind == kind and (year is None or a.date.year == year)
               and (upto is None or a.date <= upto))


def _hours_text(h: float) -> float:
    """Hours as a message parameter: written at render time in the UI language (3,5 / 3.5)."""
    return float(h)


def obligations(org: Organisation, activities: Iterable[OwnActivity], today: date,
                dossiers_per_year: dict[int, int] | None = None,
                switches: Mapping[str, bool] | None = None) -> list[Obligation]:
    """One block per rule of the organisation's profile that applies to it (``switches``: its
    practice rules switched on or off), in the order the screen lists them."""
    prof = profile(org.profile)
    acts = [a for a in activities if a.org_id in (None, org.id)]
    out: list[Obligation] = []

    def on(key: str) -> bool:
        return rules.rule_on(prof, key, switches)

    if on("basic_training"):
        out.append(_basic_training(org, acts, today, float(prof.rule("basic_training").params["hours"])))
    if on("lvv_basic_course"):
        done = _hours(acts, "basic_training")
        out.append(Obligation("basic_training", org.id, DONE if done > 0 else RECOMMENDED, None, QT_TRANSLATE_NOOP(
            "Obligations", "Basic course for confidential advisers (LVV registration): {hours} h recorded."),
            (("hours", _hours_text(done)),), "lvv_basic_course"))
    year = today.year
    if on("intervisie"):
        out += _intervisie(org, acts, year, float(prof.rule("intervisie").params["hours_per_year"]))
    if on("extra_training"):
        extra = _hours(acts, "extra_training", year)
        out.append(Obligation("extra_training", org.id, DONE if extra >= DAY_HOURS else RECOMMENDED,
                              date(year, 12, 31), QT_TRANSLATE_NOOP(
            "Obligations", "Extra training {year}: {hours} h; one day (7 h) a year is recommended."),
            (("year", year), ("hours", _hours_text(extra))), "extra_training"))
    if on("lvv_further_training"):
        extra = _hours(acts, "extra_training", year)
        out.append(Obligation("extra_training", org.id, DONE if extra > 0 else RECOMMENDED, date(year, 12, 31),
                              QT_TRANSLATE_NOOP(
            "Obligations", "Further training {year} (bij- en nascholing, LVV registration): {hours} h."),
            (("year", year), ("hours", _hours_text(extra))), "lvv_further_training"))
    if on("paps_consultation"):
        out.append(_paps_consultation(org, acts, today, int(prof.rule("paps_consultation").params["months"])))
    if on("certificates"):
        cert = certificates_obligation(org, acts)
        if cert is not None:
            out.append(cert)
    prev = _hours([a for a in acts if a.org_id == org.id], "prevention", year)
    out.append(Obligation("prevention", org.id, INFO, None, QT_TRANSLATE_NOOP(
        "Obligations", "Prevention work {year} (information sessions, risk analysis, working group): {hours} h."),
        (("year", year), ("hours", _hours_text(prev)))))
    if on("quiet_years"):
        warn = quiet_warning(org, dossiers_per_year or {}, today, int(prof.rule("quiet_years").params["years"]))
        if warn is not None:
            out.append(warn)
    return out


def _basic_training(org: Organisation, acts: list[OwnActivity], today: date, hours: float) -> Obligation:
    done = _hours(acts, "basic_training")
    if org.appointment_date is None:
        return Obligation("basic_training", org.id, DUE, None, QT_TRANSLATE_NOOP(
            "Obligations", "Appointment date not recorded: enter it with Edit organisation, so the deadline of "
            "the basic training can be shown. Basic training so far: {hours} h of {need} h."),
            (("hours", _hours_text(done)), ("need", _hours_text(hours))), "basic_training")
    deadline = rules.basic_training_due(org.appointment_date)
    if done >= hours:
        return Obligation("basic_training", org.id, DONE, deadline, QT_TRANSLATE_NOOP(
            "Obligations", "Basic training completed ({hours} h)."), (("hours", _hours_text(done)),),
            "basic_training")
    return Obligation("basic_training", org.id, OVERDUE if today > deadline else DUE, deadline, QT_TRANSLATE_NOOP(
        "Obligations", "Basic training ({need} h) to complete by {due}, 2 years after the "
        "appointment of {appointed}: {hours} h done."),
        (("due", format_day(deadline)), ("appointed", format_day(org.appointment_date)),
         ("hours", _hours_text(done)), ("need", _hours_text(hours))), "basic_training")


def _intervisie(org: Organisation, acts: list[OwnActivity], year: int, need: float) -> list[Obligation]:
    """Last year (if appointed before it) and this year."""
    out = []
    started = org.appointment_date.year if org.appointment_date else None
    if started is not None and started < year:
        last = _hours(acts, "intervisie", year - 1)
        if last < need:
            out.append(Obligation("intervisie", org.id, OVERDUE, date(year - 1, 12, 31), QT_TRANSLATE_NOOP(
                "Obligations", "Intervisie {year}: {hours} h of at least 7 h (one day) — missed."),
                (("year", year - 1), ("hours", _hours_text(last))), "intervisie"))
    now = _hours(acts, "intervisie", year)
    out.append(Obligation("intervisie", org.id, DONE if now >= need else DUE, date(year, 12, 31),
                          QT_TRANSLATE_NOOP(
        "Obligations", "Intervisie {year}: {hours} h of at least 7 h (one day, often two half days)."),
        (("year", year), ("hours", _hours_text(now))), "intervisie"))
    return out


def _paps_consultation(org: Organisation, acts: list[OwnActivity], today: date, months: int) -> Obligation:
    years = max(1, months // 12)
    consults = sorted(a.date for a in acts if a.kind == "paps_consultation" and a.org_id == org.id
                      and a.date <= today)
    last_c = consults[-1] if consults else None
    if last_c is not None and rules.add_years(last_c, years) >= today:
        nxt = rules.add_years(last_c, years)
        return Obligation("paps_consultation", org.id, DONE, nxt, QT_TRANSLATE_NOOP(
            "Obligations", "Consultation with the prevention adviser: last on {last}; next by {due}."),
            (("last", format_day(last_c)), ("due", format_day(nxt))), "paps_consultation")
    overdue = last_c is not None or (org.appointment_date is not None
                                      and rules.add_years(org.appointment_date, years) < today)
    return Obligation("paps_consultation", org.id, OVERDUE if overdue else DUE, None, QT_TRANSLATE_NOOP(
        "Obligations", "No consultation with the prevention adviser in the past 12 months."), (),
        "paps_consultation")


def quiet_warning(org: Organisation, per_year: dict[int, int], today: date, quiet_years: int = 3) -> Obligation | None:
    """Seed 004 (practice of the Flemish government): three calendar years (this one and the
    two before) without any registered dossier, for an organisation served that long, is
    worth a conversation."""
    years = range(today.year - quiet_years + 1, today.year + 1)
    if any(per_year.get(y, 0) for y in years):
        return None
    since = org.appointment_date
    if since is not None and since > date(today.year - quiet_years + 1, 1, 1):
        return None
    last = max((y for y, n in per_year.items() if n), default=None)
    return Obligation("no_dossiers", org.id, WARNING, None, QT_TRANSLATE_NOOP(
        "Obligations", "No registered dossier in {first}–{this} (last year with a dossier: {last}). Three "
        "years without requests is worth a conversation with the employer: do workers know you are there?"),
        (("first", years[0]), ("this", years[-1]), ("last", last if last is not None else "—")), "quiet_years")


CERTIFICATE_KINDS = ("basic_training", "intervisie", "extra_training")


def needs_certificate(a: OwnActivity) -> bool:
    """A training or intervisie entry whose attendance certificate has not been filed."""
    return a.kind in CERTIFICATE_KINDS and a.certificate_date is None


def certificates_obligation(org: Organisation, acts: Iterable[OwnActivity]) -> Obligation | None:
    """The attendance certificates of training and intervisie are paper documents (seed 004:
    "attest", "aanwezigheidsattest"): which entries have none filed yet; None without any."""
    entries = [a for a in acts if a.kind in CERTIFICATE_KINDS]
    if not entries:
        return None
    missing = sorted((a for a in entries if a.certificate_date is None), key=lambda a: a.date)
    nl = org.profile == "NL"  # Netherlands Dutch: "bewijs van deelname" (LVV), not "attest"
    if not missing:
        return Obligation("certificates", org.id, DONE, None, QT_TRANSLATE_NOOP(
            "Obligations", "Proof of attendance filed for every training entry ({count}).") if nl else
            QT_TRANSLATE_NOOP("Obligations", "Certificates filed for every training and intervisie entry ({count})."),
            (("count", len(entries)),), "certificates")
    return Obligation("certificates", org.id, DUE, None, QT_TRANSLATE_NOOP(
        "Obligations", "No proof of attendance filed yet for training on {dates} ({count} in all; LVV "
        "registration): select the entry under My activities and press Proof filed.") if nl else QT_TRANSLATE_NOOP(
        "Obligations", "No certificate filed yet for training or intervisie on {dates} ({count} in all): "
        "select the entry under My activities and press Certificate filed."),
        (("count", len(missing)), ("dates", ", ".join(format_day(a.date) for a in missing[:6])
                                   + (" …" if len(missing) > 6 else ""))), "certificates")


def overdue_count(items: Iterable[Obligation]) -> int:
    return sum(1 for i in items if i.status in (OVERDUE, WARNING))


MAX_HOURS = 1000.0


def validate_own_activity(a: OwnActivity, kinds: Iterable[str], today: date) -> list:
    from vp_desk.domain.validation import MAX_NOTE_CHARS, Message, _date_problems, _text_problems

    out = _date_problems("date", a.date, today)
    if a.kind not in set(kinds):
        out.append(Message("kind", QT_TRANSLATE_NOOP("Validation", "Please make a choice.")))
    if not 0 <= a.hours <= MAX_HOURS:
        out.append(Message("hours", QT_TRANSLATE_NOOP("Validation", "The hours must be between 0 and {max}."),
                           {"max": int(MAX_HOURS)}))
    if a.certificate_date is not None and a.certificate_date < a.date:
        out.append(Message("certificate_date", QT_TRANSLATE_NOOP(
            "Validation", "The certificate cannot be filed before the activity ({day})."), {"day": format_day(a.date)}))
    elif a.certificate_date is not None:
        out += _date_problems("certificate_date", a.certificate_date, today)
    out += _text_problems("note", a.note, MAX_NOTE_CHARS)
    return out
