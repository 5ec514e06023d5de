#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, when they are missing:
# headless Chromium (the end-to-end browser test), DejaVu fonts (generated PDFs
# with combining marks) and Tesseract with its Swedish model (the OCR reader).
# `system-deps.sh ocr`: Tesseract alone (what `make run` needs to read scanned minutes).
set -euo pipefail
missing=()
if [ "${1:-}" != ocr ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
fi
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
langs=$(tesseract --list-langs 2>/dev/null || true)
grep -qx swe <<<"$langs" || missing+=(tesseract-ocr-swe)
# `system-deps.sh libreoffice`: also LibreOffice Writer and Impress, for regenerating the
# fixtures that are Word documents and slide decks converted to PDF (make fixtures).
if [ "${1:-}" = libreoffice ]; then
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer)
  command -v loimpress >/dev/null 2>&1 || missing+=(libreoffice-impress)
fi
# `system-deps.sh poppler`: also poppler-utils, for pdftotext, the floor `make bench` measures.
if [ "${1:-}" = poppler ]; then
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${missing[*]}; install these Debian packages (needs root)" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]} (Debian)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
