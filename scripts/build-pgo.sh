#!/usr/bin/env bash
# A release build of factcheck with link-time and profile-guided optimization (GCC):
# build it instrumented, run the training workload (scripts/pgo-train.sh: the bundled
# seeds, the test corpora and the conformance sentences, never the benchmark archives),
# then rebuild the same folder with the profiles it wrote. The result reads and reports
# exactly as the plain build does (CI compares their reports); it is faster, as bench/run
# measures.
#   scripts/build-pgo.sh [BUILD_DIR] [more cmake arguments...]    (default: build-release)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-release}
[[ $# -gt 0 ]] && shift
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACTCHECK_BUILD_TESTS=OFF \
  -DCMAKE_INTERPROCEDURAL_OPTIMIZATION=ON -DFACTCHECK_PGO=generate "$@" >/dev/null
cmake --build "$dir"
# Profiles of an earlier training would add up with this one's.
find "$dir" -name '*.gcda' -delete
scripts/pgo-train.sh "$dir/factcheck"
cmake -S . -B "$dir" -DFACTCHECK_PGO=use >/dev/null
cmake --build "$dir"
echo "profile-guided build: $dir/factcheck"
