#!/bin/sh
# make check's short fuzzing run: every libFuzzer target (tests/fuzz,
# built by tests/tests.mk) for 2 seconds from its seed corpus; one pass or
# failure per target.  `make fuzz` is the long run (FUZZ_TIME, default 60).
B=$1 top=$2
cd "$top" || exit 1
tests/fuzz/run.sh "$B" "${FUZZ_CHECK_TIME:-2}"
