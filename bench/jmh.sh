#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds and runs the JMH micro-benchmarks. Arguments go to JMH (e.g. a regex: bench/jmh.sh ReadBenchmark.headerOnly).
# Run from anywhere; data defaults to ../shared/data/sample_series beside the repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -B -q -DskipTests -pl bench -am package)
cd "$root"
exec java -jar bench/target/benchmarks.jar "$@"
