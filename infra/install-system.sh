#!/usr/bin/env bash
# Installs what the platform needs from Debian's packages when it is missing: Java 17+ and Maven (for the
# Kafka broker), the PostgreSQL server, Redis (the rate limits' counts), ClamAV's daemon (every uploaded
# file is scanned), Chromium, its driver and npm (for the browser tests); with BENCH=1 also wrk (the load generator of `make bench`), with DOCKER=1 Docker.
# Does nothing when all is there.
set -euo pipefail

missing=()
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
# Where the HTTP processes count requests for their rate limits
command -v redis-server >/dev/null || missing+=(redis-server)
# Scans every document citizens upload (infra/virus_scanner.py starts it with the project's own settings)
command -v clamd >/dev/null || [ -x /usr/sbin/clamd ] || missing+=(clamav-daemon)
command -v python3 >/dev/null || missing+=(python3 python3-venv)
# The browser tests: headless Chromium with its WebDriver, and npm for axe-core (the accessibility check).
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v npm >/dev/null || missing+=(npm)
# Only the benchmarks need these: `make bench` asks for them with BENCH=1.
if [ "${BENCH:-0}" = 1 ]; then
  command -v wrk >/dev/null || missing+=(wrk)
fi
# The containerised tests (`make test` asks with DOCKER=1): Docker's engine, compose, and debootstrap for the
# Debian base the local images start from (infra/images.py)
if [ "${DOCKER:-0}" = 1 ]; then
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-compose >/dev/null || docker compose version >/dev/null 2>&1 || missing+=(docker-compose)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing from Debian's packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
