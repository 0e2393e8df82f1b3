#!/bin/sh
# The trace against strace, the differential test: every program in
# tests/sh/trace_diff/ (and tests/sh/trace_calls.c) is built with
# `libjs-cc --trace` and run once as
#   DEBUG='libjs:*' strace -ff -s 32 -e write=2 -o s ./prog
# so strace records each call and, in its hex dump of the trace's own
# write(2, "libjs:syscall ..."), the trace's line for it;
# tools/trace-diff.py pairs the two and prints every difference.
# Required: each program exits 0, at least MIN_LINES distinct trace lines
# in all, and at least MIN_PCT% of the lines identical (README, "The
# trace": the figure and the differences that remain).
B=$1 top=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
MIN_PCT=98 MIN_LINES=300
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

for src in "$top"/tests/sh/trace_calls.c "$top"/tests/sh/trace_diff/*.c; do
	[ -f "$src" ] || continue
	p=$(basename "$src" .c)
	if ! CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror "$src" -o "$p.bin"; then
		ko "$p: build"
		continue
	fi
	mkdir "run.$p"
	(cd "run.$p" && DEBUG='libjs:*' timeout 60 strace -ff -s 32 -e write=2 \
		-o "../s.$p" "../$p.bin" >/dev/null 2>&1) && ok || ko "$p: exit status $?"
done
ls s.* >/dev/null 2>&1 || { ko "no program ran"; echo "$pass passed, $fail failed"; exit 1; }
python3 "$top/tools/trace-diff.py" --strict s.* > diff.out
cat diff.out
tail -n 1 diff.out | grep -q '^trace-diff: ' && ok || ko "trace-diff.py gave no summary"
python3 "$top/tools/trace-diff.py" --strict --summary --min "$MIN_PCT" s.* >/dev/null && ok ||
	ko "fewer than $MIN_PCT% of the lines identical"
python3 "$top/tools/trace-diff.py" --strict --summary --min-lines "$MIN_LINES" s.* >/dev/null && ok ||
	ko "fewer than $MIN_LINES distinct lines"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
