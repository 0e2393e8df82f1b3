#!/bin/sh
# LIBJS_FAULT against strace's own fault injection: the same
# freestanding program (tests/sh/trace_inject.c, built with libjs-cc
# --trace) runs with LIBJS_FAULT=<rule> and under strace -e inject=<rule>;
# the program must print the same thing and exit the same way, and the
# in-process trace must mark as many calls INJECTED as strace does.
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror \
	"$top/tests/sh/trace_inject.c" -o inject ||
	{ ko "build"; echo "$pass passed, $fail failed"; exit 1; }

# scenario  LIBJS_FAULT  strace's inject=  what the output must say
while read -r mode ours theirs want; do
	rm -rf a b && mkdir a b
	(cd a && DEBUG=libjs:* LIBJS_FAULT=$ours ../inject "$mode" >../a.out 2>../a.err)
	echo "exit $?" >> a.out
	(cd b && strace -qq -o ../b.trace -e inject="$theirs" ../inject "$mode" >../b.out 2>/dev/null)
	echo "exit $?" >> b.out
	if cmp -s a.out b.out; then ok; else ko "$mode: LIBJS_FAULT=$ours printed
$(cat a.out)
  strace -e inject=$theirs printed
$(cat b.out)"; fi
	grep -q -- "$want" a.out && ok || ko "$mode: output lacks '$want': $(cat a.out)"
	n=$(grep -c '(INJECTED)$' a.err)
	(cd b && rm -rf * && strace -qq -o ../c.trace -e trace="${theirs%%:*}" -e inject="$theirs" ../inject "$mode" >/dev/null 2>&1)
	m=$(grep -c '(INJECTED)$' c.trace)
	[ "$n" = "$m" ] && [ "$n" -gt 0 ] && ok || ko "$mode: $n injected here, $m under strace"
done <<'EOF2'
read read:EINTR:2+ read:error=EINTR:when=2+ giving.up
write write:EINTR:1 write:error=EINTR:when=1 hello.through.EINTR
cwd getcwd:ERANGE:1 getcwd:error=ERANGE:when=1 path.ok
dir getdents64:EIO:3 getdents64:error=EIO:when=3 result.EIO,.fds.leaked:.0
mmap mmap:ENOMEM mmap:error=ENOMEM mmap:.ENOMEM.(Cannot.allocate.memory)
EOF2

# Without --trace, LIBJS_FAULT and DEBUG do nothing (the decoder is not in).
CC=${CC:-cc} "$B/bin/libjs-cc" -O2 "$top/tests/sh/trace_inject.c" -o plain || ko "build plain"
out=$(DEBUG=libjs:* LIBJS_FAULT=mmap:ENOMEM ./plain mmap 2>&1)
[ "$out" = "mmap: ok" ] && ok || ko "plain build reacted: $out"
# A bad LIBJS_FAULT is reported, not silently ignored.
LIBJS_FAULT=nosuch:EPERM ./inject mmap 2>err.out >/dev/null
grep -q 'LIBJS_FAULT: "nosuch:EPERM" refused: unknown system call' err.out && ok ||
	ko "bad LIBJS_FAULT not named: $(cat err.out)"
# A rule no hook can honour is refused by name, and the program ends as
# it would without it (exit_group:EIO once made it spin for ever,
# printing without end under DEBUG); bounded by timeout.
DEBUG=libjs:* LIBJS_FAULT=exit_group:EIO timeout 20 ./inject mmap >out.txt 2>err.out
rc=$?
[ "$rc" = 0 ] && [ "$(cat out.txt)" = "mmap: ok" ] && ok ||
	ko "exit_group:EIO: exit $rc, printed $(head -c 200 out.txt)"
grep -q 'LIBJS_FAULT: "exit_group:EIO" refused: the call does not return' err.out && ok ||
	ko "exit_group:EIO not refused by name: $(head -c 300 err.out)"
[ "$(wc -l < err.out)" -lt 50 ] && ok || ko "exit_group:EIO: $(wc -l < err.out) lines on stderr"
echo "$pass passed, $fail failed"
