/* libjs-cc --sandbox: before any constructor or main, the start code
 * installs a seccomp filter that allows exactly the program's link-time
 * system-call set and answers any other call as the mode says (kill the
 * process, -ENOSYS, or log and allow).  The set is the records in section
 * js_syscalls (libjs/sandbox.h, JS_SANDBOX_ALLOW): every wrapper and raw
 * call of the runtime records its number there, and the linker keeps a
 * record exactly when it keeps the function that makes the call.  Linked
 * only by --sandbox (sandbox_kill.c, sandbox_errno.c, sandbox_log.c
 * replace the start code's weak js__sandbox_start); docs/sandbox.md. */
#include <libjs/sandbox.h>
#include <libjs/errno.h>
#include <libjs/fs.h>
#include <libjs/proc.h>
#include "rt.h"

extern const unsigned int __start_js_syscalls[] __attribute__((visibility("hidden")));
extern const unsigned int __stop_js_syscalls[] __attribute__((visibility("hidden")));

/* Above every number Linux gives on the three architectures (469 in
 * 6.18); records are below it, or -1 (a number known only at run time)
 * or -2 (a constant at or past it, such as a program probing
 * js_syscall(100000) for ENOSYS), which are left out: such a call gets
 * the mode's answer, as any call outside the set does. */
#define NR_LIMIT 1024
#define MAX_CALLS 512

static void say(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	js_write(2, s, n);
}

/* The number only: js_strerror's table would be most of a small
 * program (4 KiB).  Exit 127, as the start code does when it cannot set
 * up the program; running without the filter is never the fallback. */
__attribute__((noreturn, cold)) static void refuse(long err)
{
	char num[24], *p = num + sizeof num;
	unsigned long v = (unsigned long)(err < 0 ? -err : err);

	*--p = 0;
	*--p = '\n';
	*--p = ')';
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	say("libjs: --sandbox: cannot install the system-call filter (errno ");
	say(p);
	js_exit_group(127);
}

void js__sandbox_install(unsigned int default_action)
{
	unsigned char seen[NR_LIMIT / 8] = { 0 };
	unsigned int nrs[MAX_CALLS];
	struct js_sock_filter prog[JS_SECCOMP_BUILD_MAX(MAX_CALLS)];
	struct js_sock_fprog fp;
	size_t n = 0;
	long len;

	/* The calls the kernel itself makes the program issue: the return
	 * from a signal handler (through the vDSO's trampoline on aarch64
	 * and riscv64, not through any code of ours), the restart of an
	 * interrupted sleep, and the ends of a process and a thread. */
	JS_SANDBOX_ALLOW(JS_NR_rt_sigreturn);
	JS_SANDBOX_ALLOW(JS_NR_restart_syscall);
	JS_SANDBOX_ALLOW(JS_NR_exit_group);
	JS_SANDBOX_ALLOW(JS_NR_exit);
	for (const unsigned int *r = __start_js_syscalls; r < __stop_js_syscalls; r++) {
		if (*r >= NR_LIMIT)
			continue;
		seen[*r / 8] |= (unsigned char)(1u << (*r % 8));
	}
	for (unsigned int v = 0; v < NR_LIMIT; v++)
		if (seen[v / 8] & (1u << (v % 8))) {
			if (n == MAX_CALLS)
				refuse(-JS_E2BIG);
			nrs[n++] = v;
		}
	len = js_seccomp_build(prog, sizeof prog / sizeof prog[0], nrs, n,
			       JS_SECCOMP_RET_ALLOW, default_action);
	if (len < 0)
		refuse(len);
	/* js_seccomp_install's two steps, without its capget path, which
	 * would put capget in every sandboxed program's set. */
	fp.len = (unsigned short)len;
	fp.filter = prog;
	len = js_prctl(JS_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (len == 0)
		len = js_seccomp(JS_SECCOMP_SET_MODE_FILTER, 0, &fp);
	if (len < 0)
		refuse(len);
}
