#!/bin/sh
# Pre-renders the symbolic SVG icons into the .symbolic.png files GTK
# recolours like the SVGs. GTK picks a PNG of the exact size over the SVG,
# so showing the view switcher does not load librsvg (about 5 MB resident
# and some milliseconds at start-up; see docs/performance.md). Run it after
# changing an SVG here, and commit the PNGs: the build does not need
# gtk4-encode-symbolic-svg (Debian: libgtk-4-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 32; do
  mkdir -p "${size}x${size}"
  for svg in kw-*-symbolic.svg; do
    gtk4-encode-symbolic-svg -o "${size}x${size}" "$svg" "${size}x${size}"
  done
done
