#!/bin/sh
# Run test programs and scripts, each in a fresh scratch directory, and add
# up their results into one closing line "N passed, N failed".
#   tests/run.sh BUILD_DIR PROGRAM...
# A program reports either cmocka's "[  PASSED  ] N test(s)." and
# "[  FAILED  ] N test(s)" lines or the plain "N passed, N failed" line.
# A program that reports nothing, or exits non-zero with no failure
# counted, counts as one failure: a crash is never a pass.
# tests/sh/test_*.sh are run too, with BUILD_DIR as their argument.
# JS_RUN (for example qemu-aarch64) runs every program through an emulator;
# of the shell tests only those marked "# JS_RUN: yes" (emulator-aware)
# run then, the others examine the host build.
B=$1; shift
top=$(pwd)
pass=0 fail=0 bad=
scratch=$(mktemp -d /tmp/libjs-test.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

run_one() {
	name=$1; shift
	dir=$scratch/$(echo "$name" | tr '/' '_')
	mkdir -p "$dir"
	log=$dir.log
	( cd "$dir" && "$@" ) >"$log" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p; s/^\([0-9]*\) passed, [0-9]* failed.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p; s/^[0-9]* passed, \([0-9]*\) failed.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		f=1
	fi
	if [ "$p" = 0 ] && [ "$f" = 0 ]; then
		f=1
		echo "$name: reported no result" >>"$log"
	fi
	pass=$((pass + p)); fail=$((fail + f))
	if [ "$f" != 0 ]; then
		bad="$bad $name"
		echo "---- $name (exit $rc): $p passed, $f failed"
		tail -n 40 "$log"
	else
		echo "$name: $p passed"
	fi
}

for prog in "$@"; do
	case $prog in /*) abs=$prog ;; *) abs=$top/$prog ;; esac
	run_one "$prog" ${JS_RUN:-} "$abs"
done
for s in tests/sh/test_*.sh; do
	[ -e "$s" ] || continue
	[ -z "${JS_RUN:-}" ] || grep -q '^# JS_RUN: yes' "$s" || continue
	run_one "$s" sh "$top/$s" "$top/$B" "$top"
done
[ -n "$bad" ] && echo "failing:$bad"
echo "$pass passed, $fail failed"
# make check adds every stage (native, each architecture) into one total.
[ -n "${JS_SUMMARY:-}" ] && echo "$pass $fail" >>"$JS_SUMMARY"
[ "$fail" = 0 ]
