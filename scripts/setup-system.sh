#!/usr/bin/env bash
# System packages geokg needs and npm cannot provide: Java 17+ and Maven (the embedded Neo4j), and for the
# tests Chromium (dashboard tests). Installs with apt only what is missing; does nothing when all are there.
#   scripts/setup-system.sh        what `npm start` needs (run by prestart)
#   scripts/setup-system.sh test   what `npm test` needs as well (run by pretest and .ci/run)
# Without root or apt it names what is missing and exits 0: the tests then skip what cannot run and say so
# at the end of the run, or fail naming it when CI is set.
set -euo pipefail
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if [ "${1:-}" = test ] && [ -z "${GEOKG_CHROMIUM:-}" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "geokg needs: ${missing[*]} — install them with your package manager." >&2
  exit 0
fi
echo "Installing ${missing[*]} with apt-get..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
