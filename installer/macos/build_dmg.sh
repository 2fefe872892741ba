#!/usr/bin/env bash
# macOS: build "VP Desk.app" with PyInstaller (BUNDLE in installer/vp-desk.spec) and pack it
# into a compressed .dmg with a link to /Applications. Run on a Mac with python3 3.11+.
#   bash installer/macos/build_dmg.sh      -> dist/vp-desk-<version>.dmg
# Signing/notarisation: set CODESIGN_ID to a "Developer ID Application" identity to sign.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
python3 -m venv build/venv
build/venv/bin/pip install -q pyinstaller -e .
build/venv/bin/python tools/i18n.py release
build/venv/bin/python installer/make_icons.py
build/venv/bin/pyinstaller --noconfirm --workpath build/pyinstaller --distpath dist installer/vp-desk.spec
if [ -n "${CODESIGN_ID:-}" ]; then
    codesign --deep --force --options runtime --sign "$CODESIGN_ID" "dist/VP Desk.app"
fi
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "dist/VP Desk.app" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "VP Desk" -srcfolder "$STAGE" -ov -format UDZO "dist/vp-desk-${VERSION}.dmg"
build/venv/bin/python installer/smoke_test.py "dist/VP Desk.app/Contents/MacOS/vp-desk"
