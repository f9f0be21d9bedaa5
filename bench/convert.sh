#!/bin/sh
# Conversion benchmark: the full paper → PDF/A pipeline (OCR off: render, embed, marker, QR, agency
# signature, blob store, register) against bare PAdES-B signing of the same scans in the same run;
# then the pipeline's OCR path against the bare tesseract CLI on the same page images.
#   bench/convert.sh [scans, default 200] [scans also OCR-ed, default 5]
# Results are printed and written to target/bench/convert/results.txt.
set -eu
cd "$(dirname "$0")/.."
exec ./mvnw -B -o test -Dtest=ConversionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx2g" \
  -Dcongso.bench.conversion.scans="${1:-200}" -Dcongso.bench.conversion.ocr-scans="${2:-5}"
