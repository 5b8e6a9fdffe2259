#!/usr/bin/env bash
# The training workload of scripts/build-pgo.sh: every command on the texts that ship
# with the project (seeds/, tests/corpora/, the conformance sentences), on one thread
# and on two, so that the profile holds the paths real runs take.
#   scripts/pgo-train.sh BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpora=(seeds tests/corpora/*/)
for jobs in 1 2; do
  for dir in "${corpora[@]}"; do
    "$bin" extract --quiet --jobs "$jobs" "$dir" >/dev/null
    "$bin" claims --quiet --jobs "$jobs" "$dir" >/dev/null
    "$bin" check --quiet --jobs "$jobs" "$dir" --report "$tmp/r.md" --json "$tmp/r.json" \
      --sarif "$tmp/r.sarif" --fail-on never
  done
done
"$bin" extract --quiet --lines tests/conformance/*.tsv >/dev/null
"$bin" diff "$tmp/r.json" "$tmp/r.json" >/dev/null
"$bin" index --quiet seeds --db "$tmp/archive.sqlite"
for draft in seeds/*.txt; do
  "$bin" check --quiet --draft "$draft" --db "$tmp/archive.sqlite" --report "$tmp/d.md" \
    --json "$tmp/d.json" --fail-on never
done
