"""Issue 16: the access view speaks the organisation's language, not the app's, and an
open (reopened) dossier does not show its old closing note as if it were current."""

from __future__ import annotations

from datetime import date

from vp_desk import i18n
from vp_desk.domain.models import Contact, Organisation
from vp_desk.ui.access.window import AccessView


def _view(qtbot, service, dossier_id: int) -> AccessView:
    av = AccessView(service, dossier_id)
    qtbot.addWidget(av)
    return av


def test_access_view_follows_the_organisation_language(qtbot, qapp, service, make_dossier):
    fr = Organisation(name="Hôpital Test", profile="BE", language="fr")
    nl = Organisation(name="Zorgcentrum Test", profile="BE", language="nl")
    service.save_organisation(fr)
    service.save_organisation(nl)
    i18n.install(qapp, "en")
    d_fr = make_dossier(fr, channel="phone")
    d_nl = make_dossier(nl, channel="phone")
    service.save_contact(Contact(dossier_id=d_fr.id, date=date(2026, 3, 10), kind="phone", minutes=20))
    av = _view(qtbot, service, d_fr.id)
    text = av.record.toPlainText()
    assert "Consentements" in text and "Historique" not in text  # no history yet
    assert "Téléphone" in text  # the catalog's labels too
    assert "Consents" not in text and "Phone" not in text
    assert av.windowTitle() == "Vue d'accès"
    i18n.install(qapp, "fr")
    try:
        av_nl = _view(qtbot, service, d_nl.id)
        text = av_nl.record.toPlainText()
        assert "Toestemmingen" in text and "Telefoon" in text and "Consentements" not in text
    finally:
        i18n.install(qapp, "en")


def test_reopened_dossier_shows_the_old_closing_note_only_as_history(qtbot, service, be_org, make_dossier):
    d = make_dossier(be_org)
    outcome = service.profile_of(be_org.id).keys("outcomes")[0]
    service.close_dossier(d.id, date(2026, 6, 1), outcome, "afgesloten na bemiddeling")
    before = _view(qtbot, service, d.id)
    closed = before.record.toPlainText()
    assert "Notitie bij afsluiting\n" in closed or "Closing note\n" in closed  # its own section while closed
    service.reopen_dossier(d.id, date(2026, 7, 1))
    after = _view(qtbot, service, d.id)
    text = after.record.toPlainText()
    assert "Closing note\n" not in text and "Notitie bij afsluiting\n" not in text
    history = text[text.index("Geschiedenis") if "Geschiedenis" in text else text.index("History"):]
    assert "afgesloten na bemiddeling" in history  # kept, under the closing it belongs to
    assert "01-06-2026" in history and "01-07-2026" in history
