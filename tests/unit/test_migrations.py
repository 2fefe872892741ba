"""Every earlier schema version migrates to the current one, data intact, copy kept."""

from __future__ import annotations

import hashlib

import pytest
import sqlcipher3

from vp_desk.storage.keys import quote_passphrase
from vp_desk.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault, build_at_version

from ..conftest import PASSPHRASE


def test_versions_are_numbered_without_gaps():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


@pytest.mark.parametrize("version", [m.version for m in MIGRATIONS[:-1]])
def test_every_earlier_version_migrates(tmp_path, version):
    path = tmp_path / f"v{version}.vpvault"
    build_at_version(path, PASSPHRASE, version)
    c = sqlcipher3.connect(str(path))
    c.execute(f"PRAGMA key = {quote_passphrase(PASSPHRASE)}")
    c.execute("INSERT INTO organisations(id, name, profile) VALUES (1, 'Oude Org', 'BE')")
    c.execute("INSERT INTO dossiers(id, org_id, code, request_date, intake_date, channel, sphere, relation, "
              "intake_notes) VALUES (1, 1, 'K-1', '2024-02-29', '2024-03-01', 'phone', 'work', 'colleague', "
              "'spreekwoordelijke olifant')")
    c.execute("INSERT INTO dossier_themes VALUES (1, 'stress')")
    c.commit()
    c.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with Vault.open(path, PASSPHRASE) as v:
        assert v.schema_version() == SCHEMA_VERSION
        assert v.migrated_from == version
        repo = Repository(v)
        d = repo.dossier(1)
        assert d.code == "K-1" and d.themes == ("stress",)
        assert [h.dossier_id for h in repo.search("olifant")] == [1]
        assert v.integrity_errors() == []
        copy = v.pre_migration_copy
    assert copy is not None and copy.exists()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
    with Vault.open(copy, PASSPHRASE, migrate=False) as old:
        assert old.schema_version() == version


def test_current_version_is_not_migrated_again(vault_path):
    Vault.create(vault_path, PASSPHRASE).close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.migrated_from is None
    assert not list(vault_path.parent.glob("*.bak"))
