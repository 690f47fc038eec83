#!/usr/bin/env bash
# Regenerate ID.docx and ID.pdf from every ID.html in this folder with LibreOffice (headless).
# The .docx is converted from the HTML; the .pdf from that .docx, so both carry the same Writer layout.
# Needs: soffice (libreoffice-writer-nogui) and a CJK font (fonts-noto-cjk).   usage: ./render.sh [ID.html …]
set -euo pipefail
cd "$(dirname "$0")"
command -v soffice >/dev/null || { echo "render.sh: soffice not found (apt-get install libreoffice-writer-nogui fonts-noto-cjk)" >&2; exit 1; }
profile=$(mktemp -d)          # a private LibreOffice profile, so a running instance does not block the conversion
trap 'rm -rf "$profile"' EXIT
files=("$@"); [ ${#files[@]} -gt 0 ] || files=(*.html)
for html in "${files[@]}"; do
  id=${html%.html}
  soffice -env:UserInstallation=file://"$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to docx:"MS Word 2007 XML" --outdir . "$html" >/dev/null
  soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir . "$id.docx" >/dev/null
  echo "$id: $(stat -c %s "$id.docx") bytes docx, $(stat -c %s "$id.pdf") bytes pdf"
done
