/* Differential trace program (tests/sh/test_trace_diff.sh), process
 * domain: identities, limits, usage, names, prctl's options, uname,
 * capabilities, CPU affinity, priorities, personality and the pid
 * family.  Values the kernel writes are shown after the call.  Bounded
 * by alarm(20). */
#include <libjs/libjs.h>

int main(void)
{
	struct js_rlimit rl, old;
	struct js_rusage ru;
	struct js_utsname un;
	js_cpu_set_t cpus;
	unsigned int r, e, s, groups[64];
	char name[16];
	int v;

	js_alarm(20);
	js_getpid();
	js_getppid();
	js_gettid();
	js_getuid();
	js_geteuid();
	js_getgid();
	js_getegid();
	js_getpgrp();
	js_getpgid(0);
	js_getsid(0);
	js_getresuid(&r, &e, &s);
	js_getresgid(&r, &e, &s);
	js_getgroups(0, 0);
	js_getgroups(64, groups);
	js_setresuid(-1, -1, -1);
	js_setresgid(-1, -1, -1);
	js_setreuid(-1, -1);
	js_setregid(-1, -1);
	js_setuid((unsigned int)js_getuid());
	js_setgid((unsigned int)js_getgid());
	js_setfsuid(-1);
	js_setfsgid(-1);

	/* Limits, through prlimit64. */
	js_getrlimit(JS_RLIMIT_NOFILE, &rl);
	rl.rlim_cur = rl.rlim_max > 512 ? 512 : rl.rlim_max;
	js_setrlimit(JS_RLIMIT_NOFILE, &rl);
	js_prlimit64(0, JS_RLIMIT_CORE, 0, &old);
	js_prlimit64(0, JS_RLIMIT_STACK, 0, &old);
	js_prlimit64(0, JS_RLIMIT_AS, 0, &old);
	js_prlimit64(0, JS_RLIMIT_CPU, &old, &rl);
	js_prlimit64(0, 99, 0, &old);
	js_prlimit64(-1, JS_RLIMIT_NPROC, 0, &old);
	js_getrusage(JS_RUSAGE_CHILDREN, &ru);
	js_getrusage(7, &ru);

	/* prctl: names, flags, a signal. */
	js_prctl(JS_PR_SET_NAME, (unsigned long)"tdec2-proc", 0, 0, 0);
	js_prctl(JS_PR_GET_NAME, (unsigned long)name, 0, 0, 0);
	js_prctl(JS_PR_SET_PDEATHSIG, JS_SIGTERM, 0, 0, 0);
	js_prctl(JS_PR_GET_PDEATHSIG, (unsigned long)&v, 0, 0, 0);
	js_prctl(JS_PR_SET_PDEATHSIG, 0, 0, 0, 0);
	js_prctl(JS_PR_GET_DUMPABLE, 0, 0, 0, 0);
	js_prctl(JS_PR_SET_DUMPABLE, 1, 0, 0, 0);
	js_prctl(JS_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
	js_prctl(JS_PR_GET_CHILD_SUBREAPER, (unsigned long)&v, 0, 0, 0);
	js_prctl(JS_PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	js_prctl(JS_PR_GET_KEEPCAPS, 0, 0, 0, 0);
	js_prctl(JS_PR_CAPBSET_READ, 0, 0, 0, 0);
	js_prctl(JS_PR_GET_SECCOMP, 0, 0, 0, 0);
	js_prctl(JS_PR_GET_TIMERSLACK, 0, 0, 0, 0);
	js_prctl(1000, 1, 2, 3, 4);
	js_prctl(JS_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);

	js_uname(&un);
	js_sched_getaffinity(0, sizeof cpus, &cpus);
	js_sched_getaffinity(0, 1, &cpus);
	js_sched_setaffinity(0, sizeof cpus, &cpus);
	js_getpriority(JS_PRIO_PROCESS, 0);
	js_setpriority(JS_PRIO_PROCESS, 0, 0);
	js_personality(0xffffffff);
	js_sched_yield();
	js_umask(022);
	js_umask(022);
	/* Namespaces: what any user may unshare, and errors. */
	js_unshare(JS_CLONE_FS | JS_CLONE_FILES);
	js_unshare(0x1);
	js_setns(-1, JS_CLONE_NEWNET | JS_CLONE_NEWUTS);
	js_setns(-1, 0);
	return 0;
}
