#!/bin/sh
# DEBUG=libjs:* against strace: tests/sh/trace_calls.c makes
# about forty different calls; run once under `strace -s 32` and once with
# the in-process trace, the two must name the same calls with the same
# arguments and results, line by line.  Normalised first: strace's column
# padding, addresses (they move between runs), the pid, getrandom's
# bytes, and the struct stat strace decodes where libjs shows the pointer.
# Errors are compared as they are: both print "= -1 ENOENT (...)".
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror \
	"$top/tests/sh/trace_calls.c" -o calls || { ko "build"; echo "$pass passed, $fail failed"; exit 1; }
# Freestanding: static, and nothing of a libc inside.
file calls | grep -q 'statically linked' && ok || ko "not static: $(file calls)"
nm calls | grep -qwE '__libc_start_main|malloc|printf|_IO_stdin_used' && ko "libc inside" || ok

norm='s/ += / = /
s/0x[0-9a-f]{8,}/ADDR/g
s/\{st_[^}]*\}/ADDR/g
s/^(getpid\(\) = |kill\()[0-9]+/\1PID/
s/^getrandom\("[^"]*"/getrandom(DATA/'

# Both runs in the same directory: getcwd's result is compared too.
mkdir run1
(cd run1 && DEBUG=libjs:* ../calls 2>../ours.raw) || ko "traced run failed"
rm -rf run1/*
sed -n 's/^libjs:syscall //p' ours.raw | sed -E "$norm" > ours
names=$(sed -n 's/^\([a-z0-9_]*\)(.*/\1/p' ours | sort -u | tr '\n' ',' | sed 's/,$//')
n=$(echo "$names" | tr ',' '\n' | wc -l)
[ "$n" -ge 40 ] && ok || ko "only $n different calls"
(cd run1 && strace -qq -s 32 -e trace="$names" -o ../strace.raw ../calls) || ko "strace run failed"
sed -E "$norm" strace.raw > theirs

[ "$(wc -l < ours)" = "$(wc -l < theirs)" ] && ok || ko "line counts differ: $(wc -l < ours) vs $(wc -l < theirs)"
i=0
while IFS= read -r a && IFS= read -r b <&3; do
	i=$((i + 1))
	[ "$a" = "$b" ] && ok || ko "line $i: libjs: $a
      strace: $b"
done < ours 3< theirs

# The trace lines are the program's only output on fd 2; the trace does
# not trace its own writes (they are direct), and each line is exactly
# one write(2) (seen from outside by strace).
grep -v '^libjs:syscall ' ours.raw | grep -q . && ko "stray output: $(grep -v '^libjs:syscall ' ours.raw | head -3)" || ok
grep -q 'write(2, ' ours.raw && ko "the trace traced its own write" || ok
(cd run1 && rm -rf * && DEBUG=libjs:* strace -qq -s 0 -e trace=write -o ../w.raw ../calls 2>../w.err)
[ "$(grep -c '^write(2, ' w.raw)" = "$(wc -l < w.err)" ] && ok || ko "not one write per line: $(grep -c '^write(2, ' w.raw) writes, $(wc -l < w.err) lines"

# DEBUG spellings: on, off, excluded.
for d in 'libjs:*' 'libjs:syscall' '*' 'foo,libjs:*' 'foo libjs:sys*'; do
	(cd run1 && rm -rf * && DEBUG="$d" ../calls 2>../e.raw)
	grep -q '^libjs:syscall openat' e.raw && ok || ko "DEBUG='$d' did not trace"
done
for d in '' 'libjs' 'libjs:fs' '*,-libjs:syscall' '-libjs:*,libjs:*'; do
	(cd run1 && rm -rf * && DEBUG="$d" ../calls 2>../e.raw)
	[ -s e.raw ] && ko "DEBUG='$d' traced" || ok
done
echo "$pass passed, $fail failed"
