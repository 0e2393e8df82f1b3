/* The kernel tools with no libc, on every architecture (qemu-user for
 * aarch64 and riscv64): ptrace stopping a forked child and reading a word
 * and the registers, modules and kexec on error paths only, the
 * userfaultfd handshake, a software perf counter, a bpf array map.
 * qemu-user 7.2 implements none of ptrace, userfaultfd, perf_event_open
 * and bpf, and no kexec: under it (JS_RUN set) each of those asserts that
 * gap, -JS_ENOSYS, instead (docs/kern.md lists them). */
#include "runner.h"

/* Busy work the compiler must keep: the counters need time to count. */
static volatile unsigned long spin_sink;

static int under_qemu(void)
{
	const char *e = js_getenv("JS_RUN");

	return e && *e;
}

/* Wait for pid for at most 20 s; its status, or -1 (it is then killed). */
static int wait_bounded(long pid)
{
	int st = 0;

	for (int i = 0; i < 2000; i++) {
		long r = js_wait4((int)pid, &st, JS_WNOHANG | JS___WALL, 0);
		if (r == pid)
			return st;
		if (r < 0)
			return -1;
		struct js_timespec ts = { 0, 10 * 1000 * 1000 };
		js_nanosleep(&ts, 0);
	}
	js_kill((int)pid, 9);
	js_wait4((int)pid, &st, 0, 0);
	return -1;
}

static volatile long word = 1;

static void t_ptrace_child(void)
{
	long w = 0;

	if (under_qemu()) {
		CHECK_EQ(js_ptrace(JS_PTRACE_PEEKDATA, (int)js_getppid(), (void *)&word, &w), -JS_ENOSYS);
		return;
	}
	long pid = js_fork();
	if (pid == 0) {
		if (js_ptrace(JS_PTRACE_TRACEME, 0, 0, 0) != 0)
			js_exit_group(3);
		word = 0x5eed;
		js_kill((int)js_getpid(), JS_SIGSTOP);
		js_exit_group(word == 0x600d ? 0 : 4);
	}
	CHECK(pid > 0);
	int st = wait_bounded(pid);
	CHECK(st != -1 && JS_WIFSTOPPED(st) && JS_WSTOPSIG(st) == JS_SIGSTOP);
	if (st == -1 || !JS_WIFSTOPPED(st))
		return;
	CHECK_EQ(js_ptrace(JS_PTRACE_SETOPTIONS, (int)pid, 0, (void *)(long)JS_PTRACE_O_EXITKILL), 0);
	js_siginfo_t si;
	si.si_signo = 0;
	CHECK_EQ(js_ptrace(JS_PTRACE_GETSIGINFO, (int)pid, 0, &si), 0);
	CHECK_EQ(si.si_signo, JS_SIGSTOP);
	CHECK_EQ(js_ptrace(JS_PTRACE_PEEKDATA, (int)pid, (void *)&word, &w), 0);
	CHECK_EQ(w, 0x5eed);
	struct js_user_regs regs;
	struct js_iovec iov = { &regs, sizeof regs };
	CHECK_EQ(js_ptrace(JS_PTRACE_GETREGSET, (int)pid, (void *)(long)JS_NT_PRSTATUS, &iov), 0);
	CHECK_EQ(iov.iov_len, sizeof regs);
	CHECK(JS_USER_REGS_PC(&regs) != 0);
	CHECK(JS_USER_REGS_SP(&regs) != 0);
	CHECK_EQ(js_ptrace(JS_PTRACE_PEEKDATA, (int)pid, (void *)8, &w), -JS_EIO);
	CHECK_EQ(js_ptrace(JS_PTRACE_POKEDATA, (int)pid, (void *)&word, (void *)0x600dL), 0);
	CHECK_EQ(js_ptrace(JS_PTRACE_DETACH, (int)pid, 0, 0), 0);
	st = wait_bounded(pid);
	CHECK(st != -1 && JS_WIFEXITED(st));
	CHECK_EQ(JS_WEXITSTATUS(st), 0);
	/* Not our tracee */
	CHECK_EQ(js_ptrace(JS_PTRACE_PEEKDATA, (int)js_getppid(), (void *)&word, &w), -JS_ESRCH);
}

/* Modules: never loaded or unloaded.  Without CONFIG_MODULES (no
 * /proc/modules; this machine) every call is ENOSYS. */
static void t_modules(void)
{
	const int mods = js_access("/proc/modules", JS_F_OK) == 0;
	static const char junk[] = "not a module";

	CHECK_EQ(js_init_module(junk, sizeof junk, ""), mods ? -JS_ENOEXEC : -JS_ENOSYS);
	CHECK_EQ(js_finit_module(-1, "", 0), mods ? -JS_EBADF : -JS_ENOSYS);
	CHECK_EQ(js_delete_module("libjs_no_such_module", JS_O_NONBLOCK),
		 mods ? -JS_ENOENT : -JS_ENOSYS);
}

/* kexec: error paths only.  Without CONFIG_KEXEC_CORE (no
 * /sys/kernel/kexec_loaded; this machine), and under qemu, ENOSYS. */
static void t_kexec(void)
{
	const int kx = !under_qemu() && js_access("/sys/kernel/kexec_loaded", JS_F_OK) == 0;
	struct js_kexec_segment seg[JS_KEXEC_SEGMENT_MAX + 1];

	for (unsigned i = 0; i < sizeof seg / sizeof seg[0]; i++)
		seg[i] = (struct js_kexec_segment){ 0, 0, 0, 0 };
	CHECK_EQ(js_kexec_load(0, JS_KEXEC_SEGMENT_MAX + 1, seg, 0), kx ? -JS_EINVAL : -JS_ENOSYS);
	/* kexec_file_load is CONFIG_KEXEC_FILE's, apart from CONFIG_KEXEC
	 * and with no trace in /sys: Debian 12's arm64 kernel (make
	 * check-boot, docs/boot.md) has kexec_load but not it. */
	long f = js_kexec_file_load(-1, -1, 0, 0, 0x80000000UL);

	if (kx)
		CHECK(f == -JS_EINVAL || f == -JS_ENOSYS);
	else
		CHECK_EQ(f, -JS_ENOSYS);
}

static void t_userfaultfd(void)
{
	long fd = js_userfaultfd(JS_O_CLOEXEC | JS_O_NONBLOCK);

	if (under_qemu()) {
		CHECK_EQ(fd, -JS_ENOSYS);
		return;
	}
	CHECK(fd >= 0);
	struct js_uffdio_api api = { JS_UFFD_API, 0, 0 };
	CHECK_EQ(js_ioctl((int)fd, JS_UFFDIO_API, &api), 0);
	CHECK(api.ioctls & (1ULL << JS__UFFDIO_REGISTER));
	char *p = js_mmap(0, 65536, JS_PROT_READ | JS_PROT_WRITE,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	CHECK(!JS_IS_ERR(p));
	struct js_uffdio_register reg = { { (uint64_t)(uintptr_t)p, 65536 },
					  JS_UFFDIO_REGISTER_MODE_MISSING, 0 };
	CHECK_EQ(js_ioctl((int)fd, JS_UFFDIO_REGISTER, &reg), 0);
	CHECK(reg.ioctls & (1ULL << JS__UFFDIO_COPY));
	/* Resolve a fault before it happens: copy the first page in. */
	static char src[65536];
	for (int i = 0; i < 65536; i++)
		src[i] = 'u';
	struct js_uffdio_copy cp = { (uint64_t)(uintptr_t)p, (uint64_t)(uintptr_t)src, 65536, 0, 0 };
	CHECK_EQ(js_ioctl((int)fd, JS_UFFDIO_COPY, &cp), 0);
	CHECK_EQ(cp.copy, 65536);
	CHECK_EQ(p[100], 'u');
	struct js_uffdio_range rng = { (uint64_t)(uintptr_t)p, 65536 };
	CHECK_EQ(js_ioctl((int)fd, JS_UFFDIO_UNREGISTER, &rng), 0);
	js_munmap(p, 65536);
	js_close((int)fd);
	CHECK_EQ(js_userfaultfd(0x10), -JS_EINVAL);
}

static void t_perf(void)
{
	struct js_perf_event_attr a;
	char *b = (char *)&a;

	for (unsigned i = 0; i < sizeof a; i++)
		b[i] = 0;
	a.type = JS_PERF_TYPE_SOFTWARE;
	a.size = sizeof a;
	a.config = JS_PERF_COUNT_SW_TASK_CLOCK;
	a.flags = JS_PERF_ATTR_EXCLUDE_KERNEL | JS_PERF_ATTR_EXCLUDE_HV;
	long fd = js_perf_event_open(&a, 0, -1, -1, JS_PERF_FLAG_FD_CLOEXEC);
	if (under_qemu()) {
		CHECK_EQ(fd, -JS_ENOSYS);
		return;
	}
	CHECK(fd >= 0);
	uint64_t v1 = 0, v2 = 0;
	for (unsigned long i = 0; i < 10000000; i++)
		spin_sink += i;
	CHECK_EQ(js_read((int)fd, &v1, 8), 8);
	for (unsigned long i = 0; i < 10000000; i++)
		spin_sink += i;
	CHECK_EQ(js_read((int)fd, &v2, 8), 8);
	CHECK(v1 > 0);
	CHECK(v2 > v1);
	js_close((int)fd);
}

static void t_bpf_map(void)
{
	union js_bpf_attr at;
	char *b = (char *)&at;

	for (unsigned i = 0; i < sizeof at; i++)
		b[i] = 0;
	at.map_create.map_type = JS_BPF_MAP_TYPE_ARRAY;
	at.map_create.key_size = 4;
	at.map_create.value_size = 8;
	at.map_create.max_entries = 2;
	long map = js_bpf(JS_BPF_MAP_CREATE, &at, sizeof at);
	if (under_qemu()) {
		CHECK_EQ(map, -JS_ENOSYS);
		return;
	}
	CHECK(map >= 0);
	uint32_t key = 1;
	uint64_t val = 0xfeedface12345678ULL, got = 0;
	for (unsigned i = 0; i < sizeof at; i++)
		b[i] = 0;
	at.elem.map_fd = (uint32_t)map;
	at.elem.key = (uint64_t)(uintptr_t)&key;
	at.elem.value = (uint64_t)(uintptr_t)&val;
	CHECK_EQ(js_bpf(JS_BPF_MAP_UPDATE_ELEM, &at, sizeof at), 0);
	at.elem.value = (uint64_t)(uintptr_t)&got;
	CHECK_EQ(js_bpf(JS_BPF_MAP_LOOKUP_ELEM, &at, sizeof at), 0);
	CHECK(got == val);
	key = 2;
	CHECK_EQ(js_bpf(JS_BPF_MAP_LOOKUP_ELEM, &at, sizeof at), -JS_ENOENT);
	js_close((int)map);
}

JT_MAIN(T(t_ptrace_child), T(t_modules), T(t_kexec), T(t_userfaultfd),
	T(t_perf), T(t_bpf_map))
