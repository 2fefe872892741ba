#!/usr/bin/env bash
# Build the Linux installer: a PyInstaller one-folder bundle packed as a .deb, then run
# the smoke test against the frozen app. Needs only python3 and dpkg-deb (Debian/Ubuntu).
#
#   bash installer/build_linux.sh            # -> dist/vp-desk_<version>_<arch>.deb
#
# Why a .deb and not an AppImage: appimagetool is a binary download that our build machines
# cannot fetch, while dpkg-deb is part of every Debian/Ubuntu; a .deb also declares the
# system libraries Qt needs (libGL, libEGL, fontconfig, xcb) so the package manager
# installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VERSION=$(python3 -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
BVENV="$ROOT/build/venv"
start=$(date +%s)

if [ ! -x "$BVENV/bin/pyinstaller" ]; then
    python3 -m venv "$BVENV"
    "$BVENV/bin/pip" install -q --disable-pip-version-check pyinstaller -e "$ROOT"
fi
"$BVENV/bin/python" tools/i18n.py release
"$BVENV/bin/python" installer/make_icons.py >/dev/null
rm -rf build/pyinstaller dist/vp-desk
"$BVENV/bin/pyinstaller" --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist \
    installer/vp-desk.spec

PKG="build/deb/vp-desk_${VERSION}_${ARCH}"
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
         "$PKG/usr/share/icons/hicolor/scalable/apps" "$PKG/usr/share/doc/vp-desk"
cp -a dist/vp-desk "$PKG/opt/vp-desk"
ln -s /opt/vp-desk/vp-desk "$PKG/usr/bin/vp-desk"
cp resources/linux/vp-desk.desktop "$PKG/usr/share/applications/"
cp resources/icons/vp-desk.svg "$PKG/usr/share/icons/hicolor/scalable/apps/vp-desk.svg"
for s in 48 128 256; do
    mkdir -p "$PKG/usr/share/icons/hicolor/${s}x${s}/apps"
    cp "resources/icons/vp-desk-$s.png" "$PKG/usr/share/icons/hicolor/${s}x${s}/apps/vp-desk.png"
done
cp LICENSE "$PKG/usr/share/doc/vp-desk/copyright"
SIZE_KB=$(du -sk "$PKG" | cut -f1)
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: vp-desk
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: VP Desk developers <vp-desk@localhost>
Installed-Size: ${SIZE_KB}
Depends: libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libglib2.0-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xkb1, fonts-dejavu-core
Section: utils
Priority: optional
Homepage: https://example.invalid/vp-desk
Description: Encrypted case notes and anonymous yearly reports for confidants at work
 VP Desk keeps the notes of a vertrouwenspersoon (confidential counsellor at work,
 Belgium and the Netherlands) in one encrypted SQLCipher file and exports only
 anonymous aggregate counts as a yearly PDF report. Works offline.
CONTROL
mkdir -p dist
dpkg-deb --root-owner-group --build "$PKG" "dist/vp-desk_${VERSION}_${ARCH}.deb" >/dev/null
end=$(date +%s)

echo "bundle:  dist/vp-desk  $(du -sh dist/vp-desk | cut -f1)"
echo "package: dist/vp-desk_${VERSION}_${ARCH}.deb  $(du -sh "dist/vp-desk_${VERSION}_${ARCH}.deb" | cut -f1)"
echo "build time: $((end - start)) s"
"$BVENV/bin/python" installer/smoke_test.py dist/vp-desk/vp-desk
