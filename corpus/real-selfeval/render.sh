#!/usr/bin/env bash
# Regenerates ID.docx and ID.pdf from every ID.html in this folder with LibreOffice (headless).
#   corpus/real-selfeval/render.sh            (needs soffice; fonts-noto-cjk for the CJK glyphs)
# The .html files are the source of truth; the .docx/.pdf are committed so that the measurement needs no LibreOffice.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v soffice >/dev/null || { echo "render.sh: 未找到 soffice（请安装 libreoffice-writer-nogui）" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
out=$(mktemp -d)
for html in "$here"/r*.html; do
  # Each conversion gets its own user profile so that a stale lock of another LibreOffice does not block it.
  soffice -env:UserInstallation=file://"$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$html" >/dev/null
  soffice -env:UserInstallation=file://"$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$out" "$html" >/dev/null
done
mv "$out"/*.docx "$out"/*.pdf "$here"/
rm -rf "$out"
ls -l "$here"/*.docx "$here"/*.pdf | awk '{print $5, $9}'
