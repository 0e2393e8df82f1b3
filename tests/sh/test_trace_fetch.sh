#!/bin/sh
# The trace never faults, and writes long lines whole: tests/sh/trace_fetch.c
# (successful writes from an unmapped buffer, a write cut short at an
# unmapped page, a 4000-byte path, 40 iovecs) runs with DEBUG=libjs:* and
# exits 0, where a trace reading the buffers directly died of SIGSEGV; its
# lines equal strace -s 32's for the same calls (addresses normalised: they
# move between runs), each line one write(2).
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror \
	"$top/tests/sh/trace_fetch.c" -o fetch || { ko "build"; echo "$pass passed, $fail failed"; exit 1; }
calls=write,pwrite64,writev,chdir
norm='s/ += / = /
s/0x[0-9a-f]{8,}/ADDR/g'

DEBUG=libjs:* ./fetch 2> ours.raw
rc=$?
[ $rc = 0 ] && ok || ko "traced run: exit status $rc"
sed -n 's/^libjs:syscall //p' ours.raw | grep -E "^($(echo $calls | tr , '|'))\(" |
	sed -E "$norm" > ours
# strace says on its stderr where it could not read: not compared.
strace -qq -s 32 -e trace=$calls -o strace.raw ./fetch 2> /dev/null
rc=$?
[ $rc = 0 ] && ok || ko "untraced run under strace: exit status $rc"
sed -E "$norm" strace.raw > theirs
[ "$(wc -l < ours)" = 7 ] && ok || ko "expected 7 lines, got $(wc -l < ours)"
[ "$(wc -l < ours)" = "$(wc -l < theirs)" ] && ok || ko "line counts differ: $(wc -l < ours) vs $(wc -l < theirs)"
i=0
while IFS= read -r a && IFS= read -r b <&3; do
	i=$((i + 1))
	[ "$a" = "$b" ] && ok || ko "line $i: libjs: $(echo "$a" | cut -c1-300)
      strace: $(echo "$b" | cut -c1-300)"
done < ours 3< theirs
# The long lines are whole: the path's 4000 bytes and the result after.
grep -q "^chdir(\"/d\{3999\}\") = -1 ENAMETOOLONG (File name too long)\$" ours && ok ||
	ko "the 4000-byte path's line is not whole"
grep -q '^writev(.*, \.\.\.\], 40) = 1440$' ours && ok || ko "the 40-iovec line is not whole"
# One write(2) per line, long ones included.
DEBUG=libjs:* strace -qq -s 0 -e trace=write -o w.raw ./fetch 2> w.err
[ "$(grep -c '^write(2, ' w.raw)" = "$(wc -l < w.err)" ] && ok ||
	ko "not one write per line: $(grep -c '^write(2, ' w.raw) writes, $(wc -l < w.err) lines"
# Sandboxed too (libjs-cc --sandbox): the trace's own calls (write,
# gettid, getpid, process_vm_readv) are in the program's link-time set.
if CC=${CC:-cc} "$B/bin/libjs-cc" --trace --sandbox -O2 "$top/tests/sh/trace_fetch.c" -o fetch-sbx; then
	DEBUG=libjs:* ./fetch-sbx 2> sbx.raw
	rc=$?
	[ $rc = 0 ] && ok || ko "sandboxed traced run: exit status $rc"
	# The same lines, plus the filter's installation (prctl, seccomp) first.
	[ "$(grep -c '^libjs:syscall ' sbx.raw)" = "$(($(grep -c '^libjs:syscall ' ours.raw) + 2))" ] && ok ||
		ko "sandboxed: $(grep -c '^libjs:syscall ' sbx.raw) lines, $(grep -c '^libjs:syscall ' ours.raw) unsandboxed"
else
	ko "build with --sandbox"
fi
echo "$pass passed, $fail failed"
