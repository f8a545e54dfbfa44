#!/usr/bin/env bash
# Regenerates the SalesGrid icons in assets/ (a green rounded square with a white bar chart)
# with ImageMagick. The PNGs are committed, so this only runs when the mark changes.
set -euo pipefail
cd "$(dirname "$0")/.."
master="$(mktemp --suffix=.png)"
trap 'rm -f "$master"' EXIT
# Drawn once at 512 px and downsampled, so every size shares the same geometry.
convert -size 512x512 xc:none \
  -fill '#107C41' -draw 'roundrectangle 16,16 495,495 96,96' \
  -fill white \
  -draw 'rectangle 112,300 176,400' \
  -draw 'rectangle 224,220 288,400' \
  -draw 'rectangle 336,136 400,400' \
  -draw 'rectangle 96,416 416,440' \
  "$master"
for size in 16 32 64 80 128; do
  convert "$master" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:assets/icon-${size}.png"
done
echo "assets/icon-{16,32,64,80,128}.png written"
