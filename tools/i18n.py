#!/usr/bin/env python3
"""Translations: Qt .ts files in resources/i18n, compiled to .qm at set-up.

    python tools/i18n.py update    # lupdate over src/, then fill from resources/i18n/phrases/*.json
    python tools/i18n.py release   # lrelease every .ts into a .qm (run by dev.py and the installer)
    python tools/i18n.py check     # exit 1 if any .ts entry is unfinished or missing

Source strings are English. Phrase files map an English source text to its Dutch and French
translations: {"Save": {"nl": "Opslaan", "fr": "Enregistrer"}}. Each area of the app keeps its
own phrase file, so people working on different screens do not edit the same file.

Counts use Qt's plural forms: the source has %n and is translated with ``tr(text, "", n)``;
its phrase gives a list of forms per language, singular first:
{"%n dossier(s)": {"nl": ["%n dossier", "%n dossiers"], "fr": [...], "en": [...]}}. English
forms default to the source with "(s)"/"(ies)" resolved ("%n entry(ies)" -> "%n entry",
"%n entries"); give "en" forms where more than the noun changes ("needs" / "need").
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("nl", "fr", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    for cand in (exe, exe.with_suffix(".exe")):
        if cand.exists():
            return str(cand)
    found = shutil.which(name)
    if not found:
        sys.exit(f"i18n: {name} not found (install PySide6-Essentials)")
    return found


def ts_path(lang: str) -> Path:
    return I18N / f"vp_desk_{lang}.ts"


def phrases() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for f in sorted((I18N / "phrases").glob("*.json")):
        for src, tr in json.loads(f.read_text("utf-8")).items():
            out.setdefault(src, {}).update(tr)
    return out


def english_forms(src: str) -> list[str]:
    """Singular and plural of an English source with "(s)" / "(ies)" in it."""
    one = re.sub(r"(\w)\(s\)", r"\1", src.replace("y(ies)", "y"))
    many = re.sub(r"(\w)\(s\)", r"\1s", src.replace("y(ies)", "ies"))
    return [one, many]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "vp_desk").rglob("*.py"))


def update() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *sources(), "-ts", str(ts_path(lang))],
                       check=True, cwd=ROOT)
    table = phrases()
    missing: set[str] = set()
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        for msg in tree.getroot().iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            text = table.get(src, {}).get(lang, src) if lang == "en" else table.get(src, {}).get(lang)
            if msg.get("numerus") == "yes" and lang == "en":
                text = table.get(src, {}).get("en") or english_forms(src)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                forms = text if isinstance(text, list) else ([text, text] if text else None)
                if forms:
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                    tr.attrib.pop("type", None)
                else:
                    tr.set("type", "unfinished")
                    missing.add(src)
                continue
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
            else:
                tr.text = None
                tr.set("type", "unfinished")
                missing.add(src)
        ET.indent(tree)
        tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    for src in sorted(missing):
        print("untranslated:", json.dumps(src, ensure_ascii=False))
    return 1 if missing else 0


def unfinished(lang: str) -> list[str]:
    tree = ET.parse(ts_path(lang))
    out = []
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (
                (tr.text or "").strip() or list(tr)):
            out.append(msg.findtext("source") or "")
    return out


def check() -> int:
    bad = 0
    for lang in LANGS:
        for src in unfinished(lang):
            print(f"{lang}: unfinished: {src!r}")
            bad += 1
    return 1 if bad else 0


def release() -> int:
    for lang in LANGS:
        ts = ts_path(lang)
        if ts.exists():
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    sys.exit({"update": update, "release": release, "check": check}.get(cmd, lambda: print(__doc__) or 2)())
