"""Parameterised queries over an open vault: the records kept with a dossier (contacts,
consents, interventions, referrals, paper documents) and the VP's own activities, saved
and deleted one at a time."""

from __future__ import annotations

from datetime import date

from vp_desk.domain.models import (
    Consent,
    ConsentParty,
    Contact,
    Intervention,
    OwnActivity,
    PaperDocument,
    Referral,
)
from vp_desk.storage.rows import NotFound, VaultRows, d2s, s2d


class RecordQueries(VaultRows):
    # -- contacts -----------------------------------------------------------------
    def contacts(self, dossier_id: int) -> list[Contact]:
        return [Contact(id=r[0], dossier_id=dossier_id, date=s2d(r[1]), kind=r[2], minutes=r[3], notes=r[4])
                for r in self.conn.execute("SELECT id, date, kind, minutes, notes FROM contacts "
                                           "WHERE dossier_id = ? ORDER BY date, id", (dossier_id,))]

    def save_contact(self, x: Contact) -> int:
        values = (x.dossier_id, d2s(x.date), x.kind, int(x.minutes), x.notes)
        return self._save("contacts", ("dossier_id", "date", "kind", "minutes", "notes"), values, x)

    # -- consents -----------------------------------------------------------------
    def consents(self, dossier_id: int) -> list[Consent]:
        return [Consent(id=r[0], dossier_id=dossier_id, scope=r[1], given_by=ConsentParty(r[2]),
                        given_date=s2d(r[3]), description=r[4], withdrawn_date=s2d(r[5]))
                for r in self.conn.execute(
                    "SELECT id, scope, given_by, given_date, description, withdrawn_date FROM consents "
                    "WHERE dossier_id = ? ORDER BY given_date, id", (dossier_id,))]

    def save_consent(self, x: Consent) -> int:
        values = (x.dossier_id, x.scope, x.given_by.value, d2s(x.given_date), x.description,
                  d2s(x.withdrawn_date))
        return self._save("consents", ("dossier_id", "scope", "given_by", "given_date", "description",
                                       "withdrawn_date"), values, x)

    def withdraw_consent(self, consent_id: int, day: date) -> None:
        with self.vault.transaction() as c:
            cur = c.execute("UPDATE consents SET withdrawn_date = ? WHERE id = ?", (d2s(day), consent_id))
            if cur.rowcount == 0:
                raise NotFound()

    # -- interventions ------------------------------------------------------------
    def interventions(self, dossier_id: int) -> list[Intervention]:
        return [Intervention(id=r[0], dossier_id=dossier_id, date=s2d(r[1]), type=r[2], consent_id=r[3],
                             other_party_agreed=bool(r[4]), notes=r[5])
                for r in self.conn.execute(
                    "SELECT id, date, type, consent_id, other_party_agreed, notes FROM interventions "
                    "WHERE dossier_id = ? ORDER BY date, id", (dossier_id,))]

    def save_intervention(self, x: Intervention) -> int:
        values = (x.dossier_id, d2s(x.date), x.type, x.consent_id, int(x.other_party_agreed), x.notes)
        return self._save("interventions", ("dossier_id", "date", "type", "consent_id",
                                            "other_party_agreed", "notes"), values, x)

    # -- referrals ----------------------------------------------------------------
    def referrals(self, dossier_id: int) -> list[Referral]:
        return [Referral(id=r[0], dossier_id=dossier_id, date=s2d(r[1]), destination=r[2], consent_id=r[3],
                         formal_request=bool(r[4]), outcome=r[5], notes=r[6], confidant_contacts=bool(r[7]))
                for r in self.conn.execute(
                    "SELECT id, date, destination, consent_id, formal_request, outcome, notes, confidant_contacts "
                    "FROM referrals WHERE dossier_id = ? ORDER BY date, id", (dossier_id,))]

    def save_referral(self, x: Referral) -> int:
        values = (x.dossier_id, d2s(x.date), x.destination, x.consent_id, int(x.formal_request),
                  x.outcome, x.notes, int(x.confidant_contacts))
        return self._save("referrals", ("dossier_id", "date", "destination", "consent_id",
                                        "formal_request", "outcome", "notes", "confidant_contacts"), values, x)

    # -- paper documents (BE) -----------------------------------------------------
    def paper_documents(self, dossier_id: int) -> list[PaperDocument]:
        return [PaperDocument(id=r[0], dossier_id=dossier_id, kind=r[1], intervention_type=r[2],
                              signed_date=s2d(r[3]), copy_given=bool(r[4]))
                for r in self.conn.execute(
                    "SELECT id, kind, intervention_type, signed_date, copy_given FROM paper_documents "
                    "WHERE dossier_id = ? ORDER BY signed_date, id", (dossier_id,))]

    def save_paper_document(self, x: PaperDocument) -> int:
        values = (x.dossier_id, x.kind, x.intervention_type, d2s(x.signed_date), int(x.copy_given))
        return self._save("paper_documents", ("dossier_id", "kind", "intervention_type", "signed_date",
                                              "copy_given"), values, x)

    # -- own activities -----------------------------------------------------------
    def own_activities(self, org_id: int | None = None) -> list[OwnActivity]:
        sql = "SELECT id, org_id, kind, date, hours, note, certificate_date FROM own_activities"
        args: tuple = ()
        if org_id is not None:
            sql += " WHERE org_id = ? OR org_id IS NULL"
            args = (org_id,)
        return [OwnActivity(id=r[0], org_id=r[1], kind=r[2], date=s2d(r[3]), hours=r[4], note=r[5],
                            certificate_date=s2d(r[6]))
                for r in self.conn.execute(sql + " ORDER BY date DESC, id DESC", args)]

    def save_own_activity(self, x: OwnActivity) -> int:
        values = (x.org_id, x.kind, d2s(x.date), float(x.hours), x.note, d2s(x.certificate_date))
        return self._save("own_activities", ("org_id", "kind", "date", "hours", "note", "certificate_date"),
                          values, x)

    # -- generic ------------------------------------------------------------------
    # The record kinds a caller may delete one of, and the table each lives in (table names
    # stay inside storage).
    DELETABLE_KINDS = {"contact": "contacts", "consent": "consents", "intervention": "interventions",
                       "referral": "referrals", "paper_document": "paper_documents",
                       "own_activity": "own_activities"}

    def _save(self, table: str, cols: tuple[str, ...], values: tuple, obj) -> int:
        with self.vault.transaction() as c:
            if obj.id is None:
                cur = c.execute(f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                values)
                obj.id = int(cur.lastrowid)
            else:
                sets = ", ".join(f"{col} = ?" for col in cols)
                cur = c.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values, obj.id))
                if cur.rowcount == 0:
                    raise NotFound()
            if "dossier_id" in cols:
                c.execute("UPDATE dossiers SET updated_at = datetime('now') WHERE id = ?", (values[0],))
        return obj.id

    def delete(self, kind: str, row_id: int) -> None:
        """Delete one record of ``kind`` (a key of :attr:`DELETABLE_KINDS`)."""
        table = self.DELETABLE_KINDS.get(kind)
        if table is None:
            raise ValueError(kind)
        with self.vault.transaction() as c:
            c.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    def consent_in_use(self, consent_id: int) -> bool:
        for table in ("interventions", "referrals"):
            if self.conn.execute(f"SELECT 1 FROM {table} WHERE consent_id = ? LIMIT 1",
                                 (consent_id,)).fetchone():
                return True
        return False
