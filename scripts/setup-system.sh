#!/usr/bin/env bash
# System packages the tests need and npm cannot provide: Java 17+ and Maven (embedded Neo4j),
# Chromium (dashboard tests). Installs with apt only what is missing; does nothing when all are present.
set -euo pipefail
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if [ -z "${NEO4J_URI:-}" ] || [ "${GEOKG_BROWSER_TESTS:-1}" != 0 ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "geokg needs: ${missing[*]} — install them with your package manager." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} with apt-get..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
