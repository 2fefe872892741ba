"""Numbered schema migrations. Each runs inside one transaction; the vault is copied
aside (still encrypted) before the first one runs. Never edit a released migration:
add the next number."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str


M1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    profile TEXT NOT NULL CHECK (profile IN ('BE', 'NL')),
    language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'fr', 'en')),
    appointment_date TEXT,
    retention_years INTEGER,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (date('now'))
);
CREATE TABLE dossiers (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    code TEXT NOT NULL,
    real_name TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    request_date TEXT NOT NULL,
    intake_date TEXT,
    channel TEXT NOT NULL,
    sphere TEXT NOT NULL,
    relation TEXT NOT NULL,
    gender TEXT,
    age_band TEXT,
    role TEXT,
    senior_involved INTEGER NOT NULL DEFAULT 0,
    group_problem INTEGER NOT NULL DEFAULT 0,
    formal_request_considered INTEGER NOT NULL DEFAULT 0,
    paps_involved INTEGER NOT NULL DEFAULT 0,
    intake_notes TEXT NOT NULL DEFAULT '',
    closed_date TEXT,
    outcome TEXT,
    closure_note TEXT NOT NULL DEFAULT '',
    erasure_confirmed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX dossiers_org_date ON dossiers(org_id, intake_date);
CREATE INDEX dossiers_status ON dossiers(status);
CREATE TABLE dossier_themes (
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (dossier_id, theme)
) WITHOUT ROWID;
CREATE INDEX dossier_themes_theme ON dossier_themes(theme);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_dossier ON contacts(dossier_id, date);
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    given_by TEXT NOT NULL DEFAULT 'requester' CHECK (given_by IN ('requester', 'other_party')),
    given_date TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    withdrawn_date TEXT
);
CREATE INDEX consents_dossier ON consents(dossier_id);
CREATE TABLE interventions (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    type TEXT NOT NULL,
    consent_id INTEGER REFERENCES consents(id) ON DELETE RESTRICT,
    other_party_agreed INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interventions_dossier ON interventions(dossier_id, date);
CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    destination TEXT NOT NULL,
    consent_id INTEGER REFERENCES consents(id) ON DELETE RESTRICT,
    formal_request INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referrals_dossier ON referrals(dossier_id, date);
CREATE TABLE status_events (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('closed', 'reopened')),
    date TEXT NOT NULL,
    outcome TEXT
);
CREATE INDEX status_events_dossier ON status_events(dossier_id);
CREATE TABLE paper_documents (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('request_informal', 'confirmation_interview')),
    intervention_type TEXT,
    signed_date TEXT NOT NULL,
    copy_given INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE register_entries (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    seq INTEGER NOT NULL,
    registered_date TEXT NOT NULL,
    facts_from TEXT NOT NULL,
    facts_to TEXT,
    place TEXT NOT NULL DEFAULT '',
    third_party_capacity TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    worker_consent INTEGER NOT NULL DEFAULT 0,
    worker_identity TEXT,
    measures TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    UNIQUE (org_id, seq),
    CHECK (worker_identity IS NULL OR worker_consent = 1)
);
CREATE TABLE register_entry_types (
    entry_id INTEGER NOT NULL REFERENCES register_entries(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    PRIMARY KEY (entry_id, type)
) WITHOUT ROWID;
CREATE TABLE own_activities (
    id INTEGER PRIMARY KEY,
    org_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE deletion_log (
    id INTEGER PRIMARY KEY,
    done_at TEXT NOT NULL,
    record_type TEXT NOT NULL,
    count INTEGER NOT NULL,
    period_from TEXT,
    period_to TEXT
);
CREATE TABLE report_exports (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    figures TEXT NOT NULL
);
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
"""

# Full-text search over pseudonyms and every note, inside the encrypted file. The index
# holds copies of the text (encrypted like every page); triggers keep it in step and FTS5's
# secure-delete makes erasure real. The index rowid encodes where a text comes from:
# ``dossier_id << 32 | id << 3 | k`` (k names the source table), so a search yields dossier
# ids from rowids alone, and updates and deletes find their index row without a scan. The
# update triggers fire only when an indexed text (or the owning dossier) really changed.
FTS_SOURCES = {
    # source: (k, table, text expression, dossier id column, indexed columns)
    "dossier": (1, "dossiers", "{r}.code || ' ' || {r}.intake_notes || ' ' || {r}.closure_note", "id",
                "code, intake_notes, closure_note"),
    "contact": (2, "contacts", "{r}.notes", "dossier_id", "notes, dossier_id"),
    "intervention": (3, "interventions", "{r}.notes", "dossier_id", "notes, dossier_id"),
    "referral": (4, "referrals", "{r}.notes || ' ' || {r}.outcome", "dossier_id", "notes, outcome, dossier_id"),
    "consent": (5, "consents", "{r}.description", "dossier_id", "description, dossier_id"),
}
FTS_DOSSIER_SHIFT = 32
FTS_ID_SHIFT = 3


def fts_rowid_sql(row: str, k: int, dossier_col: str) -> str:
    return f"(({row}.{dossier_col} << {FTS_DOSSIER_SHIFT}) | ({row}.id << {FTS_ID_SHIFT}) | {k})"


def _fts_sql() -> str:
    parts = [
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');",
        "INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);",
    ]
    for k, table, expr, dossier_col, columns in FTS_SOURCES.values():
        delete = f"DELETE FROM search_index WHERE rowid = {fts_rowid_sql('OLD', k, dossier_col)};"
        insert = (f"INSERT INTO search_index(rowid, body) "
                  f"VALUES ({fts_rowid_sql('NEW', k, dossier_col)}, {expr.format(r='NEW')});")
        changed = " OR ".join(f"OLD.{c.strip()} IS NOT NEW.{c.strip()}" for c in columns.split(","))
        parts.append(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert} END;")
        parts.append(f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN {delete} END;")
        parts.append(f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {columns} ON {table} "
                     f"WHEN {changed} BEGIN {delete} {insert} END;")
        parts.append(f"INSERT INTO search_index(rowid, body) SELECT {fts_rowid_sql('t', k, dossier_col)}, "
                     f"{expr.format(r='t')} FROM {table} t ORDER BY 1;")
    return "\n".join(parts)


# Reporting calendars and the release ledger (issue 12). ``report_base_figures`` keeps the
# counts of every reporting year as they were when first released (an *edition*), so a
# re-export re-issues them and summaries add up the same numbers; ``report_releases`` keeps
# exactly what every export published. Numbers and catalog keys only, never text.
# ``report_exports`` (the old, per-export figures) stays for history and is read as legacy.
M3 = """
ALTER TABLE organisations ADD COLUMN report_start_month INTEGER NOT NULL DEFAULT 1
    CHECK (report_start_month BETWEEN 1 AND 12);
CREATE TABLE report_base_figures (
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    edition INTEGER NOT NULL CHECK (edition >= 1),
    figures TEXT NOT NULL,
    frozen_at TEXT NOT NULL,
    PRIMARY KEY (org_id, year, edition)
);
CREATE TABLE report_releases (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    editions TEXT NOT NULL,
    threshold INTEGER NOT NULL CHECK (threshold >= 3),
    options TEXT NOT NULL,
    published TEXT NOT NULL,
    released_at TEXT NOT NULL
);
CREATE INDEX report_releases_org ON report_releases(org_id, period_start);
INSERT OR IGNORE INTO settings(key, value) VALUES ('report.secret', lower(hex(randomblob(16))));
"""

# Issue 15: the practice done right. One migration in three parts so each part can be read
# (and reviewed) on its own; they run as one transaction.
# Who asks and through which psychosocial risk domain (BE, Codex I.3-1: arbeidsorganisatie,
# arbeidsinhoud, arbeidsvoorwaarden, arbeidsomstandigheden, interpersoonlijke relaties).
# ``requester`` is a catalog key; NULL on dossiers made before it was asked.
M4_INTAKE = """
ALTER TABLE dossiers ADD COLUMN requester TEXT;
CREATE TABLE dossier_domains (
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    PRIMARY KEY (dossier_id, domain)
) WITHOUT ROWID;
CREATE INDEX dossier_domains_domain ON dossier_domains(domain);
"""

# Signals and advice to management, the works council / CPBW / OR or the prevention
# adviser: the confidant's log (the note stays in the vault), and the "signals and
# recommendations" text the confidant wrote for a release (screened before export).
M4_SIGNALS = """
CREATE TABLE signals (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    addressee TEXT NOT NULL,
    asked INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX signals_org_date ON signals(org_id, date);
CREATE TABLE signal_themes (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (signal_id, theme)
) WITHOUT ROWID;
ALTER TABLE report_releases ADD COLUMN signals_text TEXT NOT NULL DEFAULT '';
"""

# Aftercare ("nazorg") follow-up date; whether the confidant contacts or informs a referral's
# destination (only then is consent needed; old referrals all had consent, so 1); the date
# an attendance certificate for training or intervisie was filed (paper, not scanned); each
# closing keeps its own note (a second closing after a reopening overwrote the first one's;
# existing notes go to each dossier's last closing).
M4_CARE = """
ALTER TABLE dossiers ADD COLUMN aftercare_date TEXT;
ALTER TABLE referrals ADD COLUMN confidant_contacts INTEGER NOT NULL DEFAULT 1
    CHECK (confidant_contacts IN (0, 1));
ALTER TABLE own_activities ADD COLUMN certificate_date TEXT;
CREATE INDEX dossiers_aftercare ON dossiers(aftercare_date) WHERE aftercare_date IS NOT NULL;
ALTER TABLE status_events ADD COLUMN note TEXT NOT NULL DEFAULT '';
UPDATE status_events SET note = (SELECT closure_note FROM dossiers WHERE dossiers.id = status_events.dossier_id)
    WHERE kind = 'closed' AND id = (SELECT max(s.id) FROM status_events s
                                    WHERE s.dossier_id = status_events.dossier_id AND s.kind = 'closed');
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "base tables", M1),
    Migration(2, "full-text index over pseudonyms and notes", _fts_sql()),
    Migration(3, "reporting calendars, base figures and the release ledger", M3),
    Migration(4, "who asks, risk domains, signals and advice, aftercare, consent where needed",
              M4_INTAKE + M4_SIGNALS + M4_CARE),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
