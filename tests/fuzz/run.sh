#!/bin/sh
# Run every libFuzzer target built in BUILD_DIR/fuzz (tests/fuzz/fuzz_*.c,
# clang, ASan + UBSan) for SECONDS each (default 60), each on a corpus
# seeded from the tests (tests/fuzz/seeds.sh), and report
# "N passed, N failed" (a target passes when it ran its time with no
# finding).  `make fuzz` runs it with FUZZ_TIME (default 60), `make check`
# with 2 (tests/sh/test_fuzz.sh).  A finding leaves the input in
# BUILD_DIR/fuzz/<target>-crash-* and the log in BUILD_DIR/fuzz/<target>.log.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS]
B=$1
secs=${2:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
pass=0 fail=0
for bin in "$B"/fuzz/fuzz_*; do
	[ -x "$bin" ] || continue
	name=${bin##*/}
	corpus=$B/fuzz/corpus/$name
	log=$B/fuzz/$name.log
	mkdir -p "$corpus"
	sh "$top/tests/fuzz/seeds.sh" "$name" "$corpus" "$top"
	# -timeout: one input taking 10 s is a hang, also a finding.
	if "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$B/fuzz/$name-" \
		"$corpus" >"$log" 2>&1; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
		echo "$name: ${runs:-?} runs in $secs s, no finding"
		pass=$((pass + 1))
	else
		echo "$name: FINDING (log $log)"
		grep -A25 "ERROR\|==.*==\|deadly signal" "$log" | head -40
		fail=$((fail + 1))
	fi
done
[ $((pass + fail)) = 0 ] && echo "no fuzz targets in $B/fuzz: build them first (make fuzz)"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" != 0 ]
