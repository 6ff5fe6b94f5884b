#!/usr/bin/env bash
# Renders the application icon (resources/icons/segmenta.svg) as the hicolor theme's PNG sizes into
# resources/icons/hicolor/, which is committed: the build needs no SVG renderer. Run it after changing the
# SVG (rsvg-convert comes from Debian's librsvg2-bin, convert from imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" --output "hicolor/${size}x${size}/apps/segmenta.png" segmenta.svg
done
# The Windows installer's and executable's icon (packaging/windows/Nsis.cmake), from the same PNGs
# (ImageMagick's convert).
convert hicolor/{16x16,32x32,48x48,256x256}/apps/segmenta.png ../../packaging/windows/segmenta.ico
