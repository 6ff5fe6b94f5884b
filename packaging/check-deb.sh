#!/usr/bin/env bash
# Builds the Debian package from the release build (build/release, made by packaging/build.sh) and checks it
# as Debian and a user would: lintian, the desktop entry and AppStream validators, then installed with apt:
# the CLI's version and an analysis with PDF and XLSX reports, the project's MIME type, the app's smoke
# run; finally purged, after which no file of the package may be left. Also runs the XLSX export from the
# .tar.gz unpacked in another prefix. Needs root (it installs the package) and leaves the machine as found.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build/release
start=$SECONDS
package=segmenta

step() { echo "check-deb: $*"; }
fail() {
  echo "check-deb: FAILED: $*" >&2
  exit 1
}

work=$(mktemp -d)
purge() { dpkg-query -W -f='${Status}' $package 2>/dev/null | grep -q installed && apt-get purge -y -qq $package >/dev/null || true; }
trap 'purge; rm -rf "$work"' EXIT

step "packing (cpack: DEB and TGZ) from $build"
rm -f "$build"/segmenta_*.deb "$build"/segmenta-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$build"/segmenta_*.deb)
tgz=$(ls "$build"/segmenta-*.tar.gz)
dpkg-deb --field "$deb" Package Version Section Depends Recommends

step "lintian $(basename "$deb")"
# Errors fail; the warnings left are listed and explained in the README ("The Debian package").
lintian --fail-on error --display-info "$deb" | tee "$work/lintian.log" || fail "lintian reports errors"

step "installing with apt-get"
purge
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" ||
  { cat "$work/apt.log"; fail "apt-get install"; }
dpkg -L $package | sort >"$work/files"

step "validating the installed desktop entry and AppStream metadata"
desktop-file-validate /usr/share/applications/org.segmenta.Segmenta.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.segmenta.Segmenta.metainfo.xml
LC_ALL=C.UTF-8 man --warnings -l /usr/share/man/man1/segmenta-cli.1.gz >/dev/null 2>"$work/man.log" && ! grep -q . "$work/man.log" ||
  { cat "$work/man.log"; fail "the man page of segmenta-cli does not format cleanly"; }

step "segmenta-cli from the package"
cd "$work"
/usr/bin/segmenta-cli --version | grep -qx "segmenta-cli [0-9.]*" || fail "segmenta-cli --version"
/usr/bin/segmenta-cli analyze --sample --pdf r.pdf --xlsx r.xlsx >/dev/null
[ "$(head -c 4 r.pdf)" = "%PDF" ] || fail "the PDF report is not a PDF"
/usr/bin/python3 -m zipfile -l r.xlsx | grep -q 'xl/worksheets/sheet1.xml' || fail "the XLSX export is not a workbook"

step "MIME type of a project, by name and by contents"
/usr/bin/segmenta-cli import /usr/share/doc/segmenta/examples/wholesale_customers.csv --project p.segmenta >/dev/null
[ "$(xdg-mime query filetype p.segmenta)" = "application/x-segmenta-project" ] || fail "p.segmenta: $(xdg-mime query filetype p.segmenta)"
cp p.segmenta renamed.bin # the magic (SQLite header and application_id) without the name
[ "$(xdg-mime query filetype renamed.bin)" = "application/x-segmenta-project" ] || fail "renamed.bin: $(xdg-mime query filetype renamed.bin)"
sqlite3 plain.bin 'CREATE TABLE t (x)' # another SQLite database is not a project
[ "$(xdg-mime query filetype plain.bin)" = "application/vnd.sqlite3" ] || fail "plain.bin: $(xdg-mime query filetype plain.bin)"

step "segmenta --smoke (offscreen)"
QT_QPA_PLATFORM=offscreen /usr/bin/segmenta --smoke || fail "segmenta --smoke"

step "XLSX export from the .tar.gz unpacked in another prefix"
mkdir elsewhere && tar -xzf "$tgz" -C elsewhere
elsewhere/segmenta-*/bin/segmenta-cli analyze --sample --k 3 --xlsx elsewhere.xlsx >/dev/null
/usr/bin/python3 -m zipfile -l elsewhere.xlsx | grep -q 'xl/worksheets/sheet1.xml' || fail "the XLSX export from the unpacked tree"
cd "$root"

step "purging: no file of the package may be left"
apt-get purge -y -qq $package >/dev/null
left=0
while read -r path; do
  [ "$path" = "/." ] && continue
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    # a directory is ours to remove when no other package owns it and nothing else is in it
    if ! dpkg -S "$path" >/dev/null 2>&1 && [ -z "$(ls -A "$path")" ]; then
      echo "left behind: $path/" >&2
      left=1
    fi
  elif [ -e "$path" ] || [ -L "$path" ]; then
    echo "left behind: $path" >&2
    left=1
  fi
done <"$work/files"
[ $left -eq 0 ] || fail "files of the package are left after purge"

step "passed in $((SECONDS - start)) s"
