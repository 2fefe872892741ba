"""The house rules of issue 14, checked on the source: the screens reach storage only
through the use-case door (vp_desk.usecases), and SQL lives only in storage/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "vp_desk"
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|PRAGMA)\b")
# The shell still opens and closes the vault file itself (lock/unlock).
SHELL_MAY_OPEN = {"vp_desk.storage.vault"}


def _modules(folder: str) -> list[Path]:
    return sorted((SRC / folder).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_ui_imports_no_storage_module_but_through_the_use_cases():
    offenders = {}
    for path in _modules("ui"):
        bad = {m for m in _imports(path) if m.startswith("vp_desk.storage")} - SHELL_MAY_OPEN
        bad |= {m for m in _imports(path) if m in ("vp_desk.services", "vp_desk.dossier_flow")}
        if bad:
            offenders[str(path.relative_to(SRC))] = sorted(bad)
    assert offenders == {}


def test_ui_never_reaches_a_repository_store_or_connection():
    pattern = re.compile(r"\.repo\b|\.conn\b|Repository\(|RegisterStore\(|RetentionStore\(")
    hits = [f"{p.relative_to(SRC)}:{n}" for p in _modules("ui")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert hits == []


def test_sql_only_in_storage():
    hits = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC)
        if rel.parts[0] == "storage":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                      and isinstance(n.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                    and SQL.search(node.value):
                hits.append(f"{rel}:{node.lineno}")
    assert hits == []


def test_the_floors_below_the_screens_import_no_qt():
    for floor in ("domain", "storage", "report", "usecases", "cli"):
        for path in _modules(floor):
            assert not {m for m in _imports(path) if m.startswith("PySide6")}, path


def test_command_line_lists_its_sub_commands_explicitly():
    from vp_desk.cli.main import COMMANDS

    assert set(COMMANDS) == {"demo-data", "report", "backup", "verify"}
    sources = [p.read_text(encoding="utf-8") for p in _modules("cli")]
    assert not any("import_module" in s for s in sources)


def test_command_line_reaches_storage_only_through_the_use_cases():
    offenders = {str(p.relative_to(SRC)): sorted(m for m in _imports(p) if m.startswith("vp_desk.storage"))
                 for p in _modules("cli")}
    assert {k: v for k, v in offenders.items() if v} == {}


FEATURES = ("access", "dossier", "organisation", "register", "reports", "retention", "role", "security")


def test_a_feature_never_imports_another_feature_or_the_shell():
    offenders = {}
    for feature in FEATURES:
        for path in _modules(f"ui/{feature}"):
            bad = sorted(m for m in _imports(path) if m.startswith("vp_desk.ui.")
                         and m.split(".")[2] not in (feature, "common"))
            if bad:
                offenders[str(path.relative_to(SRC))] = bad
    common = {str(p.relative_to(SRC)): sorted(m for m in _imports(p) if m.startswith("vp_desk.ui.")
                                              and m.split(".")[2] != "common")
              for p in _modules("ui/common")}
    # the shell protocol names the shell's own view types for type checkers only
    common.pop("ui/common/shell.py", None)
    assert offenders == {} and {k: v for k, v in common.items() if v} == {}


def test_no_import_time_hooks_or_loading_by_name():
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import_module" not in text and "window_hook" not in text, path


def _grep(pattern: str) -> list[str]:
    rx = re.compile(pattern)
    return [f"{p.relative_to(SRC)}:{n}" for p in sorted(SRC.rglob("*.py"))
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if rx.search(line)]


def test_one_date_formatter_one_error_colour_one_passphrase_form():
    assert [h for h in _grep(r"%d-%m-%Y") if not h.startswith("domain/dates.py")] == []
    assert [h for h in _grep(r"(?i)#b00020|#8a1c13") if not h.startswith("ui/common/styles.py")] == []
    assert [h for h in _grep(r"StrengthMeter\(") if not h.startswith("ui/common/passphrase.py")] == []


def test_setting_keys_come_from_the_typed_registry():
    literal_key = r"""(config|cfg|self\.config)\.(get|set)\(\s*["']|_setting\(\s*["']"""
    assert _grep(literal_key) == []
    from vp_desk.paths import Config
    from vp_desk.settings import CONFIG_DEFAULTS, ConfigKey

    assert set(Config.DEFAULTS) == set(ConfigKey) == set(CONFIG_DEFAULTS)


# No exceptions left: every src/ file is under 400 lines and every function under 60 or
# says why in its docstring (issue 14).
LONG_FILES: set[str] = set()
LONG_FUNCTIONS: set[str] = set()


def test_files_and_functions_stay_small_or_say_why():
    files = {str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
             if len(p.read_text(encoding="utf-8").splitlines()) > 400}
    assert files <= LONG_FILES, files - LONG_FILES
    long_functions = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > 60 \
                    and "Long:" not in (ast.get_docstring(node) or ""):
                long_functions.add(f"{path.relative_to(SRC)}:{node.name}")
    assert long_functions <= LONG_FUNCTIONS, long_functions - LONG_FUNCTIONS
