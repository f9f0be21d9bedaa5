#!/bin/sh
# Conversion benchmark: the full paper → PDF/A pipeline (OCR off: sniff, keep the page images, marker,
# QR, PDF/A, agency signature, blob store, register) against signAsAgency (PAdES-B with the seal image)
# and bare DSS PAdES-B without an image on the same scans in the same run, alternating scan by scan; then
# the full pipeline with OCR against the bare tesseract CLI on the same page images (default OpenMP
# threads, and OMP_THREAD_LIMIT=1). The machine load is printed before and after.
#   bench/convert.sh [scans, default 200] [scans also OCR-ed, default 5]
# Results are printed and written to target/bench/convert/results.txt.
set -eu
cd "$(dirname "$0")/.."
uptime
./mvnw -B -o test -Dtest=ConversionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Xmx2g" \
  -Dcongso.bench.conversion.scans="${1:-200}" -Dcongso.bench.conversion.ocr-scans="${2:-5}" && uptime
