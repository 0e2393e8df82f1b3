#!/bin/sh
# The lines of calls made in assembly or that do not return
# (docs/tracing.md), against strace -ff -s 32 (one file per process):
# tests/sh/trace_asm.c's rt_sigreturn, js_vfork (the parent's line, none
# in the child), the child's successful execve (the line written before
# the new image starts, as strace shows it in that process's file) and the
# exit_group lines "= ?".  Pids and addresses normalised (they change
# between runs).  Then the trace's own system calls per line, and the
# hooked path's stub.
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror \
	"$top/tests/sh/trace_asm.c" -o asm || { ko "build"; echo "$pass passed, $fail failed"; exit 1; }
norm='s/ += / = /
s/0x[0-9a-f]{6,}/ADDR/g
s/^(vfork\(\) = |clone\(.*\) = )[0-9]+$/\1PID/
s/^(kill|wait4)\([0-9]+/\1(PID/
s/^(getpid\(\)) = [0-9]+/\1 = PID/
s/ = [0-9]+ \/\* [0-9]+ vars \*\/\)/ = ENV)/
s/, \[\{WIFEXITED[^]]*\]/, ADDR/'

DEBUG=libjs:* ./asm 2> ours.raw
rc=$?
[ $rc = 0 ] && ok || ko "traced run: exit status $rc"
strace -qq -ff -s 32 -o ff ./asm
rc=$?
[ $rc = 0 ] && ok || ko "under strace: exit status $rc"
parent=$(ls ff.* | head -1) child=$(ls ff.* | tail -1)
[ "$(ls ff.* | wc -l)" = 2 ] && [ "$parent" != "$child" ] && ok || ko "expected two processes: $(ls ff.*)"
sed -n 's/^libjs:syscall //p' ours.raw | sed -E "$norm" > ours
sed -E "$norm" "$parent" "$child" > theirs
for l in 'rt_sigreturn({mask=[]}) = 0' 'vfork() = PID' 'exit_group(0) = ?' 'exit_group(3) = ?'; do
	grep -qxF "$l" theirs || ko "strace has no line '$l' (strace changed?)"
	[ "$(grep -cxF "$l" ours)" = 1 ] && ok || ko "trace: not one line '$l': $(grep -cxF "$l" ours)"
done
# The vfork line is the parent's only: no "= 0" line for it anywhere.
grep -qE '^(vfork|clone)\(.*\) = 0$' ours && ko "a line for the child's side of vfork" || ok
# The child's execve, whole, as strace shows it in the child's file (the
# argument decoding is the process decoders'; the line and its "= 0" are
# written before the new image starts).
grep '^execve("\./asm"' "$child" | sed -E "$norm" > t.exec
grep '^execve("\./asm"' ours > o.exec
[ "$(wc -l < o.exec)" = 1 ] && ok || ko "trace: not one execve line: $(cat o.exec)"
case $(cat o.exec) in *') = 0') ok ;; *) ko "execve line: $(cat o.exec)" ;; esac
grep -q '^execve("\./asm", \["\./asm", "child"\], .*) = 0$' t.exec && ok || ko "strace's execve: $(cat t.exec)"
# In the trace, the child's lines come between the parent's vfork and its
# wait4's end: execve, then the new image's exit_group(3).
sed -n '/^execve(/,/^exit_group(3)/p' ours | grep -c . | grep -qx '[2-9]' && ok || ko "execve not followed by the new image's lines"
# The trace's own system calls (docs/tracing.md, "Cost"): until the
# process makes a child the hook does not see (js_vfork), a line costs
# its write and nothing else (no gettid/getpid per line); from the vfork
# on, each line asks the kernel whose it is.
mkdir tr && (cd tr && DEBUG='libjs:*' strace -qq -ff -o t ../asm 2>/dev/null)
tparent=$(ls tr/t.* | head -1)
sed '/^vfork(/q' "$tparent" > before
[ "$(grep -c '^gettid(' before)" = 0 ] && ok || ko "gettid before the vfork: $(grep -c '^gettid(' before)"
[ "$(grep -c '^getpid()' before)" -le 2 ] && ok || ko "getpid per line before the vfork: $(grep -c '^getpid()' before)"
sed '1,/^vfork(/d' "$tparent" | grep -q '^gettid(' && ok || ko "no gettid after the vfork"
# clone's vfork form through the hook (no child stack) is made a fork, as
# a vfork through the hook is (docs/tracing.md): the child would return
# through the stub's frame, which the parent needs after it resumes.  The
# parent's line is the clone it made (strace sees the same), and its wait
# gets the child's exit status.
DEBUG='libjs:*' ./asm clone 2> clone.raw && ok || ko "clone's vfork form, traced: exit status $?"
sed -n 's/^libjs:syscall //p' clone.raw | sed -E "$norm" > clone.ours
grep -qxF 'clone(child_stack=NULL, flags=SIGCHLD) = PID' clone.ours && ok || ko "clone's vfork form: $(head -3 clone.ours)"
grep -q '^wait4(PID, ADDR, 0, NULL) = [0-9]' clone.ours && ok || ko "clone's vfork form, the wait: $(grep wait4 clone.ours)"
# The hooked path (src/arch/<arch>/hook_call.S): the call and the line's
# write are made in the stub itself, which resumes the wrapper by an
# indirect jump, never a return (a return after a system call is
# mispredicted: docs/tracing.md, "Cost").  Read from this build's own
# machine code (objdump knows the host's architecture).
stub=$(objdump -d --no-show-raw-insn asm | sed -n '/<js__hook_call5>:/,/^$/p')
case $(uname -m) in
x86_64) sc=syscall jump='jmp +\*%r' ret='ret' ;;
aarch64) sc=svc jump='br +x' ret='ret' ;;
riscv64) sc=ecall jump='(jr|jalr) +(t1|zero,0\(t1\))' ret='ret' ;;
*) sc= ;;
esac
if [ -n "$sc" ]; then
	[ "$(echo "$stub" | grep -cw "$sc")" = 2 ] && ok || ko "the stub's system calls: $(echo "$stub" | grep -cw "$sc")"
	echo "$stub" | grep -Eq "$jump" && ok || ko "the stub does not end in an indirect jump"
	echo "$stub" | grep -qw "$ret" && ko "the stub returns: $(echo "$stub" | grep -w "$ret")" || ok
fi
# The stub's CFI (.debug_frame): a debugger stopped in it, here by the
# SIGUSR1 the program sends itself through the hook, finds its caller:
# send_usr1, or main when the compiler made send_usr1's call and
# js_kill's a tail call (clang, with no LTO into libjs.a), so that the
# stub returns to main itself.  The frames above are the program's:
# built without -g, it has no unwind tables of its own.  Without the CFI
# gdb's backtrace ends at the stub ("0x0000000000000000 in ?? ()").
gdb -q -batch -ex run -ex bt --args env DEBUG='libjs:*' ./asm usr1 > gdb.out 2>&1
if grep -q 'SIGUSR1' gdb.out && grep -q 'hook_call5' gdb.out; then
	grep -Eq '^#1 .* in (send_usr1|main) ' gdb.out && ok ||
		ko "gdb's backtrace from the stub: $(grep '^#' gdb.out | tr '\n' ' ')"
else
	ko "gdb did not stop in the stub: $(tail -5 gdb.out | tr '\n' ' ')"
fi
echo "$pass passed, $fail failed"
