#!/bin/sh
# libjs-cc --sandbox on a program that calls js_syscall with a number the
# compiler cannot see: undeclared, the call is outside the filter (kill:
# SIGSYS, strace shows the kill; errno: -ENOSYS, strace shows the refused
# call; log: allowed); declared with JS_SANDBOX_ALLOW, it runs.  A bad mode
# is refused.  A sandboxed program passes its filter to what it forks.
# Under an emulator (JS_RUN, make check's aarch64 and riscv64 stages):
# qemu-user 7.2 answers seccomp(2) with ENOSYS, so a sandboxed program
# refuses to start (exit 127, naming the error) rather than run
# unfiltered; libjs-syscalls still reads its set.
#   tests/sh/test_sandbox_cc.sh BUILD_DIR TOP   (cwd: a scratch directory)
# JS_RUN: yes
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }
cc() { "$B/bin/libjs-cc" -O2 -Wall -Wextra -Werror "$@"; }

cat > raw.c <<'EOC'
#include <libjs/libjs.h>
/* argc hides the number from the compiler: js_syscall's own record is -1. */
static long raw(long nr)
{
#ifdef DECLARE
	JS_SANDBOX_ALLOW(JS_NR_getppid);
#endif
	return js_syscall(nr);
}
int main(int argc, char **argv)
{
	long r = raw(JS_NR_getppid + (argc > 5));
	const char *s = r > 0 ? "ran\n" : r == -JS_ENOSYS ? "enosys\n" : "other\n";

	(void)argv;
	js_write_str(1, s);
	if (argc == 2) { /* the filter goes with a child */
		long pid = js_fork();
		int st = 0;

		if (pid == 0)
			js_exit_group(raw(JS_NR_getppid) > 0 ? 0 : 3);
		js_wait4((int)pid, &st, 0, 0);
		js_write_str(1, JS_WIFSIGNALED(st) ? "child killed\n" : "child ran\n");
	}
	return 0;
}
EOC

run() { { out=$("$@"); rc=$?; } 2>/dev/null; }
if [ -n "${JS_RUN:-}" ]; then
	cc --sandbox -DDECLARE raw.c -o q && { $JS_RUN ./q > out 2> err; rc=$?; }
	check "under $JS_RUN a sandboxed program refuses to start (rc $rc)" [ "$rc" = 127 ]
	check "and says why" grep -qx 'libjs: --sandbox: cannot install the system-call filter (errno 38)' err
	check "without running main" [ ! -s out ]
	"$B/bin/libjs-syscalls" q > set 2>/dev/null
	check "libjs-syscalls reads the $JS_RUN binary's set" sh -c 'grep -qx getppid set && grep -qx seccomp set'
	echo "$pass passed, $fail failed"
	exit 0
fi
cc --sandbox raw.c -o kill_undeclared && run ./kill_undeclared
check "kill mode: an undeclared js_syscall number is killed by SIGSYS (rc $rc)" [ "$rc" = 159 ]
cc --sandbox=kill -DDECLARE raw.c -o kill_declared && run ./kill_declared
check "kill mode: declared with JS_SANDBOX_ALLOW, it runs" [ "$rc.$out" = "0.ran" ]
cc --sandbox=errno raw.c -o errno_undeclared && run ./errno_undeclared
check "errno mode: the undeclared call gets -ENOSYS and the program goes on" [ "$rc.$out" = "0.enosys" ]
cc --sandbox=log raw.c -o log_undeclared && run ./log_undeclared
check "log mode: the undeclared call is allowed" [ "$rc.$out" = "0.ran" ]
cc raw.c -o plain && run ./plain
check "without --sandbox nothing is filtered" [ "$rc.$out" = "0.ran" ]
run ./kill_declared x
check "the child of a sandboxed program inherits the filter (declared: runs)" \
	[ "$out" = "ran
child ran" ]
run ./errno_undeclared x
check "the child of a sandboxed program inherits the filter (errno mode)" \
	[ "$out" = "enosys
child ran" ]
cc --sandbox=bogus raw.c -o bogus 2> err; rc=$?
check "an unknown mode is refused (rc $rc)" [ "$rc" = 2 ]
check "and named" grep -q 'the modes are kill, errno and log' err

if command -v strace > /dev/null; then
	{ strace -f -o t.kill ./kill_undeclared > /dev/null; } 2>/dev/null
	check "strace: getppid is killed by SIGSYS" grep -q 'killed by SIGSYS' t.kill
	check "strace: the start code sets no_new_privs, then installs the filter" \
		sh -c 'grep -q "prctl(PR_SET_NO_NEW_PRIVS, 1" t.kill && grep -q "seccomp(SECCOMP_SET_MODE_FILTER, 0" t.kill'
	strace -f -o t.errno ./errno_undeclared > /dev/null 2>&1
	check "strace: in errno mode getppid answers ENOSYS" \
		grep -q '^[0-9]* *getppid() *= -1 ENOSYS' t.errno
else
	echo "strace missing (tools/need-tools.sh installs it): traces not checked"
fi

# Whole programs: freestanding test suites built with --sandbox (kill
# mode) pass as they do without: threads (clone, futex, the thread exit),
# signals (rt_sigreturn), fork and wait, TLS, sockets, epoll, the vDSO
# fallbacks, and js_syscall with constant numbers (one of them 100000,
# which names no system call: the filter answers it, the test expects
# ENOSYS, and gets the kill instead, so that suite runs in errno mode).
for t in test_thread test_thread_futex test_proc_signal test_proc_fork \
	 test_rt_tls test_net_loopback test_events_epoll test_vdso test_arch_syscall; do
	mode=--sandbox
	[ $t = test_arch_syscall ] && mode=--sandbox=errno
	cc $mode -fstack-protector-strong -I"$top/tests/free" -I"$top/tests/free/arch/$(uname -m)" \
		"$top/tests/free/$t.c" "$top/tests/free/runner.c" -o "sb_$t" 2> /dev/null
	mkdir -p "run_$t"
	{ out=$(cd "run_$t" && timeout 120 "../sb_$t" 2>&1 | tail -n 1); } 2> /dev/null
	check "$t built with $mode: $out" sh -c "echo '$out' | grep -q '^[1-9][0-9]* passed, 0 failed'"
done

# libjs-syscalls: the records, and the note for the run-time number.
"$B/bin/libjs-syscalls" kill_declared > set 2> note
check "libjs-syscalls lists the declared call" grep -qx getppid set
check "libjs-syscalls lists the filter's own calls" sh -c 'grep -qx seccomp set && grep -qx prctl set'
check "libjs-syscalls notes the run-time number" grep -q 'known only at run time' note
"$B/bin/libjs-syscalls" kill_undeclared > set2 2>/dev/null
check "undeclared, getppid is not in the set" sh -c '! grep -qx getppid set2'
printf 'int main(void) { return 0; }\n' > nolibjs.c
${HOSTCC:-gcc} nolibjs.c -o nolibjs
"$B/bin/libjs-syscalls" nolibjs > /dev/null 2> err; rc=$?
check "libjs-syscalls refuses a program without records (rc $rc)" [ "$rc" = 1 ]
echo "$pass passed, $fail failed"
