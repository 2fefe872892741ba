"""Shared fixtures. GUI tests run headless; every test gets its own config/data dirs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

PASSPHRASE = "kwartel pinda regenjas 7"

pytest_plugins = ["tests.diskfull"]  # the small_disk fixture


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("VP_DESK_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("VP_DESK_DATA_DIR", str(base / "data"))
    yield
    try:
        from vp_desk.ui.common import seams
    except ImportError:
        return
    seams.reset()


@pytest.fixture(autouse=True)
def _language_restored():
    """A test that installs a language leaves the next one the language it found (tests
    assume the default: no translator installed, catalog labels in Dutch)."""
    from vp_desk import i18n

    before = i18n.current_language()
    yield
    if i18n.current_language() != before or i18n._installed:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        for t in i18n._installed:
            if app is not None:
                app.removeTranslator(t)
        i18n._installed.clear()
        i18n._current = before
    from vp_desk.domain.dates import set_decimal_separator

    set_decimal_separator("." if before == "en" else ",")


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path) -> Path:
    return tmp_path / "test.vpvault"


@pytest.fixture
def vault(vault_path):
    from vp_desk.storage.vault import Vault

    v = Vault.create(vault_path, PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def service(vault):
    from vp_desk.usecases.desk import DeskService

    return DeskService(vault, today=lambda: date(2026, 11, 23))


@pytest.fixture
def be_org(service):
    from vp_desk.domain.models import Organisation

    org = Organisation(name="Zorgcentrum Test", profile="BE", appointment_date=date(2024, 1, 15))
    service.save_organisation(org)
    return org


@pytest.fixture
def nl_org(service):
    from vp_desk.domain.models import Organisation

    org = Organisation(name="Gemeente Test", profile="NL")
    service.save_organisation(org)
    return org


@pytest.fixture
def make_dossier(service):
    from vp_desk.domain.models import Dossier

    def make(org, **kw):
        d = Dossier(org_id=org.id, code=kw.pop("code", None) or service.suggest_code(org.id),
                    request_date=kw.pop("request_date", date(2026, 3, 2)),
                    intake_date=kw.pop("intake_date", date(2026, 3, 4)),
                    channel=kw.pop("channel", "phone"), themes=kw.pop("themes", ("stress",) if org.profile == "BE" else ("bullying",)),
                    **kw)
        service.save_dossier(d)
        return d

    return make
