#!/bin/sh
# DEBUG=libjs:* shows futex(2) and futex_waitv(2) as strace does: every
# operation, with the arguments that operation reads (timeout or val2,
# uaddr2, bitset, the FUTEX_OP() encoding), unknown operations and flags
# in strace's hex form, and futex_waitv's array.  tests/sh/
# thread_trace_calls.c runs once under strace and once traced; the two
# must agree line by line after the normalisation of
# tests/sh/test_trace_vs_strace.sh (padding, addresses, -errno vs -1).
# And uncontended js_mutex / js_once make no futex call at all.
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror \
	"$top/tests/sh/thread_trace_calls.c" -o calls || { ko "build"; echo "$pass passed, $fail failed"; exit 1; }

norm='s/ += / = /
s/ = -[0-9]+ (E[A-Z0-9]+) /ERR \1 /
s/0x[0-9a-f]{8,}/ADDR/g'

DEBUG=libjs:* ./calls 2>ours.raw || ko "traced run failed"
sed -n 's/^libjs:syscall //p' ours.raw | grep '^futex' | sed -E "$norm" > ours
strace -qq -e trace=futex,futex_waitv -o strace.raw ./calls || ko "strace run failed"
sed -E "$norm" strace.raw > theirs

n=$(wc -l < ours)
[ "$n" -ge 45 ] && ok || ko "only $n futex lines traced"
[ "$n" = "$(wc -l < theirs)" ] && ok || ko "line counts differ: $n vs $(wc -l < theirs)"
i=0
while IFS= read -r a && IFS= read -r b <&3; do
	i=$((i + 1))
	[ "$a" = "$b" ] && ok || ko "line $i: libjs: $a
      strace: $b"
done < ours 3< theirs

# `calls quiet`: strace sees no futex call, the trace prints none.
strace -qq -f -e trace=futex -o quiet.raw ./calls quiet || ko "strace quiet run failed"
[ -f quiet.raw ] && [ ! -s quiet.raw ] && ok || ko "uncontended mutex/once made futex calls: $(head -3 quiet.raw)"
DEBUG=libjs:* ./calls quiet 2>quiet.trace || ko "traced quiet run failed"
grep -q 'futex' quiet.trace && ko "traced futex lines: $(head -3 quiet.trace)" || ok
# `calls contend`: the sleeping lock (in the other thread, so marked
# "[pid TID] " as strace -f marks it) and the main thread's waking unlock.
DEBUG=libjs:* ./calls contend 2>contend.trace || ko "traced contend run failed"
grep -qE '^libjs:syscall \[pid [0-9]+\] futex\(0x[0-9a-f]+, FUTEX_WAIT_PRIVATE, 2, NULL\) = 0$' contend.trace &&
	ok || ko "no sleeping lock line: $(grep futex contend.trace | head -3)"
grep -qE '^libjs:syscall futex\(0x[0-9a-f]+, FUTEX_WAKE_PRIVATE, 1\) = 1$' contend.trace &&
	ok || ko "no waking unlock line: $(grep futex contend.trace | head -3)"
echo "$pass passed, $fail failed"
