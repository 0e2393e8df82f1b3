#!/bin/sh
# LIBJS_FAULT against `strace -ff -e inject=`, rule by rule: when forms
# (N, N+, N+STEP, N..M, N..M+STEP), two rules for one call (the last
# wins), retval=, strace's own syntax inside LIBJS_FAULT, and counting
# across fork (the child starts afresh), across execve (the count goes on)
# and in a second thread (its own count).  The program
# (tests/sh/trace_inject_when.c, libjs-cc --trace) prints what every call
# returned; both runs must print the same and exit the same way, and the
# in-process trace must show the same injected lines as strace's log
# (normalised: strace's padding and pid column, the trace's prefix, and
# addresses).
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror \
	"$top/tests/sh/trace_inject_when.c" -o prog ||
	{ ko "build"; echo "$pass passed, $fail failed"; exit 1; }

# The injected lines of a log, one shape for both: no "libjs:syscall ",
# no "[pid N] " or leading pid, one space around "=", addresses as 0x_,
# and "-N EXXX" as strace's "-1 EXXX".
norm() {
	grep '(INJECTED)$' "$1" |
	sed -e 's/^libjs:syscall //' -e 's/^\[pid [0-9]*\] //' -e 's/^[0-9][0-9]* //' \
	    -e 's/)  *= /) = /' -e 's/0x[0-9a-f]*/0x_/g' -e 's/= -[0-9]* E/= -1 E/' |
	sort
}

# mode  call  LIBJS_FAULT  strace's inject= (several: separated by +)  how
# many calls the rule must inject in all (so that no row passes by doing
# nothing)
while read -r mode call ours theirs want; do
	set --
	old=$IFS IFS='|'
	for e in $theirs; do set -- "$@" -e "inject=$e"; done
	IFS=$old
	(timeout 60 env DEBUG='libjs:*' LIBJS_FAULT="$ours" ./prog "$mode" "$call" >a.out 2>a.err)
	echo "exit $?" >> a.out
	rm -f b.trace.*
	# -ff: one log per task, so no line is split in "<... resumed>".
	(timeout 60 strace -ff -qq -o b.trace "$@" ./prog "$mode" "$call" >b.out 2>/dev/null)
	echo "exit $?" >> b.out
	cat b.trace.* > b.trace
	if cmp -s a.out b.out; then ok; else ko "$mode $call: LIBJS_FAULT=$ours printed
$(cat a.out)
  strace $* printed
$(cat b.out)"; fi
	norm a.err > a.inj
	norm b.trace > b.inj
	n=$(wc -l < a.inj)
	if cmp -s a.inj b.inj && [ "$n" = "$want" ]; then ok; else ko "$mode $call $ours: $n injected lines (want $want)
$(cat a.inj)
  strace's:
$(cat b.inj)"; fi
done <<'EOF'
seq getppid getppid:EIO:3 getppid:error=EIO:when=3 1
seq getppid getppid:EIO:2+ getppid:error=EIO:when=2+ 5
seq getppid getppid:EIO:2+2 getppid:error=EIO:when=2+2 3
seq getppid getppid:ENOENT:2..4 getppid:error=ENOENT:when=2..4 3
seq getppid getppid:EIO:2..5+ getppid:error=EIO:when=2..5+ 4
seq getppid getppid:EIO:1..5+2 getppid:error=EIO:when=1..5+2 3
seq getppid getppid:error=EACCES:when=3+3 getppid:error=EACCES:when=3+3 2
seq getppid getppid:13:when=4 getppid:error=13:when=4 1
seq getppid getppid:error=eacces:when=9:when=2..3 getppid:error=eacces:when=9:when=2..3 2
seq getppid getppid:EPERM:1,getppid:EIO:2 getppid:error=EPERM:when=1|getppid:error=EIO:when=2 1
seq getppid getppid:retval=42:when=2..3 getppid:retval=42:when=2..3 2
seq write write:EIO:3 write:error=EIO:when=3 1
seq read read:EINTR:2+2 read:error=EINTR:when=2+2 3
fork getppid getppid:EIO:3 getppid:error=EIO:when=3 2
fork write write:EIO:3 write:error=EIO:when=3 2
fork getppid getppid:EIO:2+2 getppid:error=EIO:when=2+2 2
exec getppid getppid:EIO:3 getppid:error=EIO:when=3 1
exec getppid getppid:EIO:1+2 getppid:error=EIO:when=1+2 2
exec getppid getppid:EIO:2..3 getppid:error=EIO:when=2..3 2
exec getppid getppid:EIO:1 getppid:error=EIO:when=1 1
exec getppid getppid:retval=7:when=2+ getppid:retval=7:when=2+ 3
thread getppid getppid:EIO:2 getppid:error=EIO:when=2 2
thread getppid getppid:EIO:1+2 getppid:error=EIO:when=1+2 4
thread read read:EINTR:3 read:error=EINTR:when=3 2
EOF
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
