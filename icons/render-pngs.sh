#!/bin/sh
# Renders every SVG source to the committed PNGs (16, 32 and 64 px; the app icon also at 256 px
# for the desktop entry and the window) and redraws the
# contact sheet docs/icons.png. Needs rsvg-convert (librsvg2-bin) and, for the sheet,
# ImageMagick; the build itself never runs this.
set -eu
cd "$(dirname "$0")"
dir=src/main/resources/dev/policydesigner/icons
for svg in "$dir"/*.svg; do
  name=${svg%.svg}
  for size in 16 32 64; do
    rsvg-convert -w "$size" -h "$size" -o "$name-$size.png" "$svg"
  done
done
rsvg-convert -w 256 -h 256 -o "$dir/app-256.png" "$dir/app.svg"
if command -v montage >/dev/null 2>&1; then
  tiles=$(mktemp -d)
  for svg in "$dir"/*.svg; do
    name=$(basename "${svg%.svg}")
    convert -background white "$dir/$name-32.png" "$dir/$name-16.png" \
      -gravity center +append +repage -gravity center -extent 96x40 -alpha remove -alpha off \
      "$tiles/$name.png"
  done
  mkdir -p ../docs
  montage -label '%t' -pointsize 11 -background white -geometry +6+4 -tile 7x \
    "$tiles"/*.png ../docs/icons.png
  convert ../docs/icons.png -background white -alpha remove -alpha off ../docs/icons.png
  rm -r "$tiles"
fi
