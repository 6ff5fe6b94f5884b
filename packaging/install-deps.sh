#!/usr/bin/env bash
# Installs every Debian 12 package that Segmenta's build, tests and benchmarks need; with --fixtures also
# the tools that regenerate the committed test fixtures (R).
# Idempotent: when everything is present it changes nothing and does not touch the network.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config clang-format
  # libFuzzer targets (packaging/check-fuzz.sh): clang and its runtime with the fuzzer and sanitizers
  clang libclang-rt-14-dev
  # Qt 6.4 (Charts needs the OpenGL development package on Debian 12; the l10n packages translate the
  # interface: lupdate/lrelease, and Qt's own dialogs and buttons)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-translations-l10n
  # numerics, storage, file formats, encryption
  libeigen3-dev libsqlite3-dev sqlite3 libquazip1-qt6-dev zlib1g-dev zip libxlsxwriter-dev libsodium-dev
  # the PostgreSQL import test runs a real server
  postgresql
  # benchmarks race scikit-learn and pandas in the same run
  libbenchmark-dev python3-sklearn python3-pandas python3-openpyxl
  # looking at what a user sees, and reading reports back with tools no one here wrote: offscreen X server,
  # PDF tools, LibreOffice converting the XLSX exports to CSV
  xvfb xauth poppler-utils libreoffice-calc-nogui
  # the Debian package and its checks (packaging/check-deb.sh): dpkg-shlibdeps, lintian, the desktop entry
  # and AppStream validators, the MIME database and xdg-mime's reader of it, man to format the man pages
  dpkg-dev lintian desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl man-db
)
if [ "${1:-}" = "--fixtures" ]; then
  # only to regenerate tests/fixtures: R's cluster and e1071 references
  packages+=(r-cran-cluster r-cran-e1071)
  # packaging/make-icons.sh renders the committed PNG icons from the SVG
  packages+=(librsvg2-bin imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root (or with sudo) to install them" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
