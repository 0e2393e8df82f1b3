#!/bin/sh
# strace shows that the process and signal wrappers issue the system calls
# they claim (docs/design.md, tests layer 3): fork is clone(SIGCHLD), vfork is
# vfork, js_clone_fn passes its stack, js_sigaction passes SA_RESTORER
# with libjs's trampoline and an 8-byte set, handlers come back through
# rt_sigreturn, signalfd is signalfd4 with the kernel's set size.
B=$1
pass=0 fail=0
check() { # description, extended regexp, file
	if grep -Eq "$2" "$3"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
if ! strace -o /dev/null true 2>/dev/null; then
	echo "SKIP: strace cannot trace here (ptrace refused)"
	exit 0
fi
strace -f -o fork.log "$B/tests/free/test_proc_fork" >/dev/null 2>&1
strace -f -o sig.log "$B/tests/free/test_proc_signal" >/dev/null 2>&1
check "js_fork is clone(SIGCHLD)" 'clone\(child_stack=NULL, flags=SIGCHLD' fork.log
check "js_vfork is vfork" '^[0-9]+ +vfork\(' fork.log
check "js_clone_fn passes its stack" 'clone\(child_stack=0x[0-9a-f]+, flags=CLONE_VM\|.*CLONE_THREAD' fork.log
check "js_waitid is waitid" 'waitid\(P_PID, [0-9]+, ' fork.log
check "js_sigaction sets SA_RESTORER, 8-byte set" 'rt_sigaction\(SIGUSR1, \{sa_handler=0x[0-9a-f]+, sa_mask=\[\], sa_flags=SA_RESTORER, sa_restorer=0x[0-9a-f]+\}, NULL, 8\) = 0' sig.log
check "handlers return through rt_sigreturn" 'rt_sigreturn\(' sig.log
check "js_signalfd is signalfd4" 'signalfd4\(-1, \[[A-Z0-9 ]+\], 8, SFD_CLOEXEC\) = [0-9]+' sig.log
check "js_sigtimedwait is rt_sigtimedwait" 'rt_sigtimedwait\(\[.*\], .*, 8\) = ' sig.log
echo "$pass passed, $fail failed"
