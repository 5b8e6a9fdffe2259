#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages factcheck needs to build and test that are
# not installed yet. Safe to run again. Usage: scripts/install-deps.sh [--dev]
#   --dev  also the tools CI uses: clang-format, clang (fuzzers), the PostgreSQL server (the
#          archive tests run against a throwaway cluster, scripts/pg-cluster.sh), Node.js and
#          npm when there is no node (the SARIF schema test's validator, tests/sarif/).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libre2-dev libicu-dev libyaml-cpp-dev libyaml-dev catch2 libexpected-dev libcli11-dev
  nlohmann-json3-dev libstemmer-dev libxxhash-dev libsqlite3-dev libpqxx-dev libjemalloc-dev
  cmark-gfm python3 python3-yaml
)
if [[ "${1:-}" == "--dev" ]]; then
  packages+=(clang-format clang libclang-rt-14-dev libbenchmark-dev time bc postgresql)
  # A node that did not come from Debian's package (another build of Node.js ships its own
  # npm) is kept: Debian's npm would replace it.
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
  fi
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
