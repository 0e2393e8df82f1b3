#!/bin/sh
# strace cannot see what the vDSO answers: it is the proof that the calls
# docs/vdso.md lists really stay in user space (x86_64, whose kernel maps a
# vDSO here; the qemu-user runs of tests/free/test_vdso.c cover the
# system-call fallback).
#   one million js_clock_gettime(CLOCK_MONOTONIC) make no clock_gettime
#   system call (strace -c -f), in a freestanding program and in one
#   linked next to glibc, and the values only move forward, between two
#   system-call readings; a control loop of system calls is counted;
#   js_getrandom makes no getrandom system call after its first (which
#   keys the thread's state) on a kernel with vgetrandom;
#   js_getcpu, pinned, agrees with the getcpu system call and makes none;
#   js_vdso_sym finds the known symbols and not unknown names or versions;
#   with DEBUG=libjs:* the calls the vDSO answered are traced, marked
#   " (vdso)", while strace sees only the real system calls.
B=$1 top=$2
cc=${CC:-cc}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
if ! strace -o /dev/null true 2>/dev/null; then
	echo "strace cannot trace here (ptrace refused)"
	echo "0 passed, 1 failed"
	exit 1
fi
tmp=$(mktemp -d /tmp/libjs-vdso.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
CC=$cc "$B/bin/libjs-cc" -O2 "$top/tests/sh/vdso_calls.c" -o "$tmp/free" || ko "build freestanding"
$cc -O2 -I"$top/include" "$top/tests/sh/vdso_calls.c" "$B/libjs.a" -o "$tmp/glibc" || ko "build next to glibc"

# The count strace -c gives for one system call ("" when none was made).
count() { # log name
	awk -v n="$2" '$NF == n { print ($4 ~ /^[0-9]+$/) ? $4 : $3 }' "$1"
}
for p in free glibc; do
	env -u DEBUG -u LIBJS_FAULT strace -f -c -o "$tmp/c.$p" "$tmp/$p" clock 1000000 > "$tmp/out.$p"
	[ "$(cat "$tmp/out.$p")" = ok ] && ok || ko "$p clock loop: $(cat "$tmp/out.$p")"
	n=$(count "$tmp/c.$p" clock_gettime)
	# The two bracketing system calls are the only ones.
	[ "$n" = 2 ] && ok || ko "$p: one million js_clock_gettime made ${n:-no} clock_gettime system calls, not the 2 bracketing ones"
done
env -u DEBUG strace -f -c -o "$tmp/c.raw" "$tmp/free" raw 1000 > /dev/null
[ "$(count "$tmp/c.raw" clock_gettime)" = 1000 ] && ok || ko "control: strace counted $(count "$tmp/c.raw" clock_gettime) of 1000 system calls"

# getrandom: the lines after each marker write.
after() { # log marker
	sed -n "/^[0-9 ]*write(1, \"$2\\\\n\"/,\$p" "$1" | grep -c 'getrandom('
}
for p in free glibc; do
	env -u DEBUG -u LIBJS_FAULT strace -f -o "$tmp/r.$p" "$tmp/$p" random 100000 > "$tmp/rout.$p"
	[ "$(tail -n 1 "$tmp/rout.$p")" = ok ] && ok || ko "$p random loop: $(cat "$tmp/rout.$p")"
	first=$(after "$tmp/r.$p" first) rest=$(after "$tmp/r.$p" rest)
	[ "$first" -le 1 ] && ok || ko "$p: the first js_getrandom made $first getrandom system calls"
	[ "$rest" = 0 ] && ok || ko "$p: 100,000 js_getrandom after the first made $rest getrandom system calls"
	echo "$p: getrandom system calls: $first from the first js_getrandom, $rest from 100,000 more"
done
# getcpu: the two system calls it is checked against, none of its own.
for p in free glibc; do
	env -u DEBUG -u LIBJS_FAULT strace -f -c -o "$tmp/g.$p" "$tmp/$p" getcpu 100000 > "$tmp/gout.$p"
	[ "$(cat "$tmp/gout.$p")" = ok ] && ok || ko "$p getcpu: $(cat "$tmp/gout.$p")"
	n=$(count "$tmp/g.$p" getcpu)
	[ "$n" = 2 ] && ok || ko "$p: 100,000 js_getcpu: strace counted ${n:-no} getcpu system calls, not the 2 reference ones"
	"$tmp/$p" sym 0 > "$tmp/sym.$p"
	[ "$(cat "$tmp/sym.$p")" = ok ] && ok || ko "$p js_vdso_sym: $(cat "$tmp/sym.$p")"
done

# The trace shows the vDSO's answers, marked; strace does not see them.
CC=$cc "$B/bin/libjs-cc" --trace -O2 "$top/tests/sh/vdso_calls.c" -o "$tmp/traced" || ko "build traced"
DEBUG='libjs:*' strace -f -o "$tmp/t.strace" "$tmp/traced" clock 3 > /dev/null 2> "$tmp/t.trace"
marked=$(grep -c '^libjs:syscall clock_gettime(CLOCK_MONOTONIC, {tv_sec=[0-9]*, tv_nsec=[0-9]*}) = 0 (vdso)$' "$tmp/t.trace")
plain=$(grep -c '^libjs:syscall clock_gettime(CLOCK_MONOTONIC, {tv_sec=[0-9]*, tv_nsec=[0-9]*}) = 0$' "$tmp/t.trace")
seen=$(grep -c 'clock_gettime(CLOCK_MONOTONIC' "$tmp/t.strace")
[ "$marked" = 3 ] && ok || ko "trace marked $marked of 3 vDSO calls: $(cat "$tmp/t.trace")"
[ "$plain" = 2 ] && [ "$seen" = 2 ] && ok || ko "trace shows $plain unmarked clock_gettime lines, strace $seen; both should be the 2 system calls"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
