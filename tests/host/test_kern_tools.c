/* Kernel behaviour of the calls glibc does not wrap: modules and kexec on
 * their error paths only (never loading, unloading or booting anything),
 * userfaultfd resolving a real fault from a thread, a software perf
 * counter, and a bpf array map and program.  The kernel's configuration
 * decides some answers: without CONFIG_MODULES (no /proc/modules) and
 * CONFIG_KEXEC_CORE (no /sys/kernel/kexec_loaded) those calls are
 * -ENOSYS, asserted as such (docs/kern.md). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "host.h"
#include <libjs/kern.h>
#include <libjs/fs.h>
#include <libjs/proc.h>
#include <libjs/errno.h>

/* Busy work the compiler must keep: the counters need time to count. */
static volatile unsigned long spin_sink;

static int have(const char *path)
{
	return access(path, F_OK) == 0;
}

/* Run fn in a child as nobody (uid/gid 65534); its result, or a
 * recognisable failure.  Bounded: the child is killed after 10 s. */
static long as_nobody(long (*fn)(void))
{
	int p[2];
	long r = -99999;

	if (pipe(p) != 0)
		return r;
	pid_t pid = fork();
	if (pid == 0) {
		alarm(10);
		if (setgid(65534) != 0 || setuid(65534) != 0)
			_exit(1);
		long v = fn();
		_exit(write(p[1], &v, sizeof v) == sizeof v ? 0 : 2);
	}
	close(p[1]);
	if (read(p[0], &r, sizeof r) != sizeof r)
		r = -99999;
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
	return r;
}

/* ---- modules ---------------------------------------------------------- */

static void modules_error_paths(void **state)
{
	(void)state;
	const int mods = have("/proc/modules");
	char path[] = "/tmp/libjs-notamodule.XXXXXX";
	int fd = mkstemp(path);
	static const char junk[] = "this is not an ELF module";

	assert_true(fd >= 0);
	unlink(path);
	assert_int_equal(write(fd, junk, sizeof junk), sizeof junk);
	lseek(fd, 0, SEEK_SET);
	/* Not ELF: the kernel's ENOEXEC (or ENOSYS without module support). */
	assert_int_equal(js_finit_module(fd, "", 0), mods ? -JS_ENOEXEC : -JS_ENOSYS);
	assert_int_equal(js_init_module(junk, sizeof junk, ""), mods ? -JS_ENOEXEC : -JS_ENOSYS);
	/* Unknown flags; a bad fd. */
	assert_int_equal(js_finit_module(fd, "", 0x40000000), mods ? -JS_EINVAL : -JS_ENOSYS);
	assert_int_equal(js_finit_module(-1, "", 0), mods ? -JS_EBADF : -JS_ENOSYS);
	close(fd);
	assert_int_equal(js_delete_module("libjs_no_such_module", JS_O_NONBLOCK),
			 mods ? -JS_ENOENT : -JS_ENOSYS);
}

static long delete_as_nobody(void)
{
	return js_delete_module("libjs_no_such_module", JS_O_NONBLOCK);
}

static void modules_need_privilege(void **state)
{
	(void)state;
	assert_int_equal(as_nobody(delete_as_nobody),
			 have("/proc/modules") ? -JS_EPERM : -JS_ENOSYS);
}

/* ---- kexec ------------------------------------------------------------ */

static void kexec_error_paths(void **state)
{
	(void)state;
	const int kx = have("/sys/kernel/kexec_loaded");
	struct js_kexec_segment seg[JS_KEXEC_SEGMENT_MAX + 1];

	memset(seg, 0, sizeof seg);
	/* More segments than KEXEC_SEGMENT_MAX: EINVAL before anything. */
	assert_int_equal(js_kexec_load(0, JS_KEXEC_SEGMENT_MAX + 1, seg, 0),
			 kx ? -JS_EINVAL : -JS_ENOSYS);
	/* An architecture that is not this one. */
	assert_int_equal(js_kexec_load(0, 1, seg, 0x7f0000),
			 kx ? -JS_EINVAL : -JS_ENOSYS);
	/* Unknown kexec_file_load flags. */
	assert_int_equal(js_kexec_file_load(-1, -1, 0, 0, 0x80000000UL),
			 kx ? -JS_EINVAL : -JS_ENOSYS);
}

static long kexec_as_nobody(void)
{
	struct js_kexec_segment seg;

	memset(&seg, 0, sizeof seg);
	return js_kexec_load(0, 1, &seg, 0);
}

static void kexec_needs_privilege(void **state)
{
	(void)state;
	assert_int_equal(as_nobody(kexec_as_nobody),
			 have("/sys/kernel/kexec_loaded") ? -JS_EPERM : -JS_ENOSYS);
}

/* ---- userfaultfd ------------------------------------------------------ */

struct toucher {
	volatile char *page;
	char seen;
};

static void *touch(void *arg)
{
	struct toucher *t = arg;

	t->seen = t->page[10];	/* faults; waits for UFFDIO_COPY */
	return NULL;
}

static void userfaultfd_copy_resolves_fault(void **state)
{
	(void)state;
	long psz = sysconf(_SC_PAGESIZE);
	long fd = js_userfaultfd(JS_O_CLOEXEC | JS_O_NONBLOCK);

	assert_true(fd >= 0);
	struct js_uffdio_api api = { JS_UFFD_API, 0, 0 };
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_API, &api), 0);
	assert_int_equal(api.api, JS_UFFD_API);
	assert_true(api.ioctls & (1ULL << JS__UFFDIO_REGISTER));
	/* A second handshake is refused. */
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_API, &api), -JS_EINVAL);

	char *area = mmap(0, psz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(area != MAP_FAILED);
	struct js_uffdio_register reg = { { (uint64_t)(uintptr_t)area, (uint64_t)psz },
					  JS_UFFDIO_REGISTER_MODE_MISSING, 0 };
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_REGISTER, &reg), 0);
	assert_true(reg.ioctls & (1ULL << JS__UFFDIO_COPY));

	struct toucher t = { area, 0 };
	pthread_t th;
	assert_int_equal(pthread_create(&th, NULL, touch, &t), 0);
	struct pollfd pfd = { (int)fd, POLLIN, 0 };
	int ready = poll(&pfd, 1, 10000);
	struct js_uffd_msg msg;
	memset(&msg, 0, sizeof msg);
	long n = ready == 1 ? js_read((int)fd, &msg, sizeof msg) : -1;

	/* Resolve whatever happened, so the thread never stays blocked. */
	static char src[65536] __attribute__((aligned(65536)));
	memset(src, 'u', sizeof src);
	struct js_uffdio_copy cp = { (uint64_t)(uintptr_t)area, (uint64_t)(uintptr_t)src,
				     (uint64_t)psz, 0, 0 };
	long c = js_ioctl((int)fd, JS_UFFDIO_COPY, &cp);
	pthread_join(th, NULL);

	assert_int_equal(ready, 1);
	assert_int_equal(n, sizeof msg);
	assert_int_equal(msg.event, JS_UFFD_EVENT_PAGEFAULT);
	assert_true(msg.arg.pagefault.address >= (uint64_t)(uintptr_t)area);
	assert_true(msg.arg.pagefault.address < (uint64_t)(uintptr_t)area + psz);
	assert_int_equal(msg.arg.pagefault.flags & JS_UFFD_PAGEFAULT_FLAG_WRITE, 0);
	assert_int_equal(c, 0);
	assert_int_equal(cp.copy, psz);
	assert_int_equal(t.seen, 'u');

	/* The page is there now: a second copy finds it (EEXIST). */
	cp.copy = 0;
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_COPY, &cp), -JS_EEXIST);
	struct js_uffdio_range rng = { (uint64_t)(uintptr_t)area, (uint64_t)psz };
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_UNREGISTER, &rng), 0);
	munmap(area, psz);
	assert_int_equal(js_close((int)fd), 0);
	/* Unknown flags. */
	assert_int_equal(js_userfaultfd(0x10), -JS_EINVAL);
}

/* UFFDIO_MOVE (6.8) and UFFDIO_POISON (6.6), newer than the headers the
 * layout tests read: checked here on the running kernel, which offers
 * both features. */
static void userfaultfd_move_and_poison(void **state)
{
	(void)state;
	long psz = sysconf(_SC_PAGESIZE);
	long fd = js_userfaultfd(JS_O_CLOEXEC | JS_O_NONBLOCK);

	assert_true(fd >= 0);
	struct js_uffdio_api api = { JS_UFFD_API, JS_UFFD_FEATURE_MOVE | JS_UFFD_FEATURE_POISON, 0 };
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_API, &api), 0);
	assert_true(api.features & JS_UFFD_FEATURE_MOVE);
	assert_true(api.features & JS_UFFD_FEATURE_POISON);
	char *dst = mmap(0, 2 * psz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *src = mmap(0, psz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(dst != MAP_FAILED && src != MAP_FAILED);
	memset(src, 'm', psz);
	struct js_uffdio_register reg = { { (uint64_t)(uintptr_t)dst, (uint64_t)(2 * psz) },
					  JS_UFFDIO_REGISTER_MODE_MISSING, 0 };
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_REGISTER, &reg), 0);
	assert_true(reg.ioctls & (1ULL << JS__UFFDIO_MOVE));
	assert_true(reg.ioctls & (1ULL << JS__UFFDIO_POISON));
	struct js_uffdio_move mv = { (uint64_t)(uintptr_t)dst, (uint64_t)(uintptr_t)src,
				     (uint64_t)psz, 0, 0 };
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_MOVE, &mv), 0);
	assert_int_equal(mv.move, psz);
	assert_int_equal(dst[7], 'm');
	/* The destination page exists now: a second move is refused. */
	mv.move = 0;
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_MOVE, &mv), -JS_EEXIST);
	struct js_uffdio_poison po = { { (uint64_t)(uintptr_t)(dst + psz), (uint64_t)psz }, 0, 0 };
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_POISON, &po), 0);
	assert_int_equal(po.updated, psz);
	struct js_uffdio_range rng = { (uint64_t)(uintptr_t)dst, (uint64_t)(2 * psz) };
	assert_int_equal(js_ioctl((int)fd, JS_UFFDIO_UNREGISTER, &rng), 0);
	munmap(dst, 2 * psz);
	munmap(src, psz);
	js_close((int)fd);
}

/* ---- perf_event_open -------------------------------------------------- */

static void perf_task_clock_grows(void **state)
{
	(void)state;
	struct js_perf_event_attr a;

	memset(&a, 0, sizeof a);
	a.type = JS_PERF_TYPE_SOFTWARE;
	a.size = sizeof a;
	a.config = JS_PERF_COUNT_SW_TASK_CLOCK;
	a.flags = JS_PERF_ATTR_DISABLED | JS_PERF_ATTR_EXCLUDE_KERNEL | JS_PERF_ATTR_EXCLUDE_HV;
	long fd = js_perf_event_open(&a, 0, -1, -1, JS_PERF_FLAG_FD_CLOEXEC);
	if (fd < 0) {
		/* Refused only by perf_event_paranoid > 2 (Debian's 3) for
		 * an unprivileged caller: assert that is the reason. */
		FILE *f = fopen("/proc/sys/kernel/perf_event_paranoid", "r");
		int level = 0;
		assert_non_null(f);
		assert_int_equal(fscanf(f, "%d", &level), 1);
		fclose(f);
		assert_true(level > 2 && geteuid() != 0);
		assert_true(fd == -JS_EACCES || fd == -JS_EPERM);
		return;
	}
	assert_int_equal(js_ioctl((int)fd, JS_PERF_EVENT_IOC_RESET, 0), 0);
	assert_int_equal(js_ioctl((int)fd, JS_PERF_EVENT_IOC_ENABLE, 0), 0);
	uint64_t v1 = 0, v2 = 0;
	for (unsigned long i = 0; i < 20000000; i++)
		spin_sink += i;
	assert_int_equal(js_read((int)fd, &v1, sizeof v1), 8);
	for (unsigned long i = 0; i < 20000000; i++)
		spin_sink += i;
	assert_int_equal(js_read((int)fd, &v2, sizeof v2), 8);
	assert_true(v1 > 0);
	assert_true(v2 > v1);
	assert_int_equal(js_ioctl((int)fd, JS_PERF_EVENT_IOC_DISABLE, 0), 0);
	js_close((int)fd);

	/* A size below the first version's, and a bad type. */
	a.size = JS_PERF_ATTR_SIZE_VER0 - 8;
	assert_int_equal(js_perf_event_open(&a, 0, -1, -1, 0), -JS_E2BIG);
	a.size = JS_PERF_ATTR_SIZE_VER0;
	a.type = 0x7fffffff;
	long r = js_perf_event_open(&a, 0, -1, -1, 0);
	assert_true(r == -JS_ENOENT || r == -JS_EINVAL);
	/* Unknown flags */
	a.type = JS_PERF_TYPE_SOFTWARE;
	assert_int_equal(js_perf_event_open(&a, 0, -1, -1, 0x100), -JS_EINVAL);
}

/* ---- bpf -------------------------------------------------------------- */

static void bpf_array_map_and_program(void **state)
{
	(void)state;
	union js_bpf_attr at;

	memset(&at, 0, sizeof at);
	at.map_create.map_type = JS_BPF_MAP_TYPE_ARRAY;
	at.map_create.key_size = 4;
	at.map_create.value_size = 8;
	at.map_create.max_entries = 4;
	memcpy(at.map_create.map_name, "libjs_test", 11);
	long map = js_bpf(JS_BPF_MAP_CREATE, &at, sizeof at);
	assert_true(map >= 0);

	uint32_t key = 2;
	uint64_t val = 0x0123456789abcdefULL, got = 0;
	memset(&at, 0, sizeof at);
	at.elem.map_fd = (uint32_t)map;
	at.elem.key = (uint64_t)(uintptr_t)&key;
	at.elem.value = (uint64_t)(uintptr_t)&val;
	at.elem.flags = JS_BPF_ANY;
	assert_int_equal(js_bpf(JS_BPF_MAP_UPDATE_ELEM, &at, sizeof at), 0);
	at.elem.value = (uint64_t)(uintptr_t)&got;
	at.elem.flags = 0;
	assert_int_equal(js_bpf(JS_BPF_MAP_LOOKUP_ELEM, &at, sizeof at), 0);
	assert_true(got == val);
	/* An array's elements always exist: NOEXIST is refused. */
	at.elem.value = (uint64_t)(uintptr_t)&val;
	at.elem.flags = JS_BPF_NOEXIST;
	assert_int_equal(js_bpf(JS_BPF_MAP_UPDATE_ELEM, &at, sizeof at), -JS_EEXIST);
	/* Out of range */
	key = 4;
	at.elem.flags = JS_BPF_ANY;
	assert_int_equal(js_bpf(JS_BPF_MAP_UPDATE_ELEM, &at, sizeof at), -JS_E2BIG);
	/* next key after 1 is 2 */
	uint32_t next = 0;
	key = 1;
	at.elem.value = (uint64_t)(uintptr_t)&next;
	assert_int_equal(js_bpf(JS_BPF_MAP_GET_NEXT_KEY, &at, sizeof at), 0);
	assert_int_equal(next, 2);

	/* The map's info: struct bpf_map_info starts with type, id,
	 * key_size, value_size (u32 each). */
	uint32_t info[32];
	memset(info, 0, sizeof info);
	memset(&at, 0, sizeof at);
	at.info.bpf_fd = (uint32_t)map;
	at.info.info_len = sizeof info;
	at.info.info = (uint64_t)(uintptr_t)info;
	assert_int_equal(js_bpf(JS_BPF_OBJ_GET_INFO_BY_FD, &at, sizeof at), 0);
	assert_int_equal(info[0], JS_BPF_MAP_TYPE_ARRAY);
	assert_int_equal(info[2], 4);
	assert_int_equal(info[3], 8);
	uint32_t id = info[1];
	/* The same map again, by its id. */
	memset(&at, 0, sizeof at);
	at.get_id.id = id;
	long again = js_bpf(JS_BPF_MAP_GET_FD_BY_ID, &at, sizeof at);
	assert_true(again >= 0);
	js_close((int)again);
	js_close((int)map);

	/* r0 = 0; exit: the smallest program a socket filter may be. */
	struct js_bpf_insn prog[2] = {
		{ JS_BPF_ALU64 | JS_BPF_MOV | JS_BPF_K, JS_BPF_REGS(0, 0), 0, 0 },
		{ JS_BPF_JMP | JS_BPF_EXIT, 0, 0, 0 },
	};
	char log[256];
	memset(&at, 0, sizeof at);
	at.prog_load.prog_type = JS_BPF_PROG_TYPE_SOCKET_FILTER;
	at.prog_load.insn_cnt = 2;
	at.prog_load.insns = (uint64_t)(uintptr_t)prog;
	at.prog_load.license = (uint64_t)(uintptr_t)"GPL";
	at.prog_load.log_buf = (uint64_t)(uintptr_t)log;
	at.prog_load.log_size = sizeof log;
	at.prog_load.log_level = 1;
	log[0] = 0;
	long pfd = js_bpf(JS_BPF_PROG_LOAD, &at, sizeof at);
	if (pfd < 0)
		print_error("PROG_LOAD: %ld: %s\n", pfd, log);
	assert_true(pfd >= 0);
	js_close((int)pfd);
	/* Without the exit the verifier refuses it. */
	at.prog_load.insn_cnt = 1;
	assert_int_equal(js_bpf(JS_BPF_PROG_LOAD, &at, sizeof at), -JS_EINVAL);
	/* A non-zero byte past what the kernel knows: E2BIG. */
	unsigned char big[4096];
	memset(big, 0, sizeof big);
	big[sizeof big - 1] = 1;
	assert_int_equal(js_bpf(JS_BPF_MAP_CREATE, (union js_bpf_attr *)big, sizeof big), -JS_E2BIG);
	assert_int_equal(js_bpf(0x7fff, &at, sizeof at), -JS_EINVAL);
}

/* BTF_LOAD of the smallest useful type information (one 32-bit int, laid
 * out as include/uapi/linux/btf.h says), found again by its id; and
 * PROG_ATTACH, PROG_DETACH and LINK_CREATE on their error paths (bad fds:
 * no cgroup is touched). */
static void bpf_btf_and_attach_paths(void **state)
{
	(void)state;
	struct {
		uint16_t magic;
		uint8_t version, flags;
		uint32_t hdr_len, type_off, type_len, str_off, str_len;
		uint32_t type[4];	/* name_off, info (kind INT = 1 << 24), size, bits */
		char str[5];
	} __attribute__((packed)) btf = {
		0xeb9f, 1, 0, 24, 0, 16, 16, 5, { 1, 1u << 24, 4, 32 }, "\0int",
	};
	char log[1024];
	union js_bpf_attr at;

	memset(&at, 0, sizeof at);
	at.btf_load.btf = (uint64_t)(uintptr_t)&btf;
	at.btf_load.btf_size = sizeof btf;
	at.btf_load.btf_log_buf = (uint64_t)(uintptr_t)log;
	at.btf_load.btf_log_size = sizeof log;
	at.btf_load.btf_log_level = 1;
	long fd = js_bpf(JS_BPF_BTF_LOAD, &at, sizeof at);
	assert_true(fd >= 0);
	/* struct bpf_btf_info: btf (u64), btf_size, id (u32) */
	uint32_t info[8];
	memset(info, 0, sizeof info);
	memset(&at, 0, sizeof at);
	at.info.bpf_fd = (uint32_t)fd;
	at.info.info_len = sizeof info;
	at.info.info = (uint64_t)(uintptr_t)info;
	assert_int_equal(js_bpf(JS_BPF_OBJ_GET_INFO_BY_FD, &at, sizeof at), 0);
	assert_int_equal(info[2], sizeof btf);
	memset(&at, 0, sizeof at);
	at.get_id.id = info[3];
	long again = js_bpf(JS_BPF_BTF_GET_FD_BY_ID, &at, sizeof at);
	assert_true(again >= 0);
	js_close((int)again);
	js_close((int)fd);
	/* A bad magic */
	btf.magic = 0x1234;
	memset(&at, 0, sizeof at);
	at.btf_load.btf = (uint64_t)(uintptr_t)&btf;
	at.btf_load.btf_size = sizeof btf;
	assert_int_equal(js_bpf(JS_BPF_BTF_LOAD, &at, sizeof at), -JS_EINVAL);

	memset(&at, 0, sizeof at);
	at.attach.target_fd = (uint32_t)-1;
	at.attach.attach_bpf_fd = (uint32_t)-1;
	at.attach.attach_type = JS_BPF_CGROUP_INET_INGRESS;
	assert_int_equal(js_bpf(JS_BPF_PROG_ATTACH, &at, sizeof at), -JS_EBADF);
	assert_int_equal(js_bpf(JS_BPF_PROG_DETACH, &at, sizeof at), -JS_EBADF);
	memset(&at, 0, sizeof at);
	at.link_create.prog_fd = (uint32_t)-1;
	at.link_create.target_fd = (uint32_t)-1;
	at.link_create.attach_type = JS_BPF_CGROUP_INET_INGRESS;
	assert_int_equal(js_bpf(JS_BPF_LINK_CREATE, &at, sizeof at), -JS_EBADF);
	/* An id no map has */
	memset(&at, 0, sizeof at);
	at.get_id.id = 0x7fffffff;
	assert_int_equal(js_bpf(JS_BPF_MAP_GET_FD_BY_ID, &at, sizeof at), -JS_ENOENT);
}

/* OBJ_PIN and OBJ_GET need a bpf file system: a child mounts one in a
 * mount namespace of its own (root only; this machine's tests run as
 * root), pins a map there, gets it back by path and reads an element
 * through the new fd.  Exit status 0 or the failing step. */
static int pin_in(const char *dir)
{
	char path[64];
	union js_bpf_attr at;
	uint32_t key = 0;
	uint64_t val = 0x77, got = 0;

	if (mount("bpf", dir, "bpf", 0, NULL) != 0)
		return 12;
	snprintf(path, sizeof path, "%s/map", dir);
	memset(&at, 0, sizeof at);
	at.map_create.map_type = JS_BPF_MAP_TYPE_ARRAY;
	at.map_create.key_size = 4;
	at.map_create.value_size = 8;
	at.map_create.max_entries = 1;
	long map = js_bpf(JS_BPF_MAP_CREATE, &at, sizeof at);
	if (map < 0)
		return 13;
	memset(&at, 0, sizeof at);
	at.elem.map_fd = (uint32_t)map;
	at.elem.key = (uint64_t)(uintptr_t)&key;
	at.elem.value = (uint64_t)(uintptr_t)&val;
	if (js_bpf(JS_BPF_MAP_UPDATE_ELEM, &at, sizeof at) != 0)
		return 14;
	memset(&at, 0, sizeof at);
	at.obj.pathname = (uint64_t)(uintptr_t)path;
	at.obj.bpf_fd = (uint32_t)map;
	if (js_bpf(JS_BPF_OBJ_PIN, &at, sizeof at) != 0)
		return 15;
	/* A second pin at the same path */
	if (js_bpf(JS_BPF_OBJ_PIN, &at, sizeof at) != -JS_EEXIST)
		return 16;
	js_close((int)map);
	memset(&at, 0, sizeof at);
	at.obj.pathname = (uint64_t)(uintptr_t)path;
	long again = js_bpf(JS_BPF_OBJ_GET, &at, sizeof at);
	if (again < 0)
		return 17;
	memset(&at, 0, sizeof at);
	at.elem.map_fd = (uint32_t)again;
	at.elem.key = (uint64_t)(uintptr_t)&key;
	at.elem.value = (uint64_t)(uintptr_t)&got;
	if (js_bpf(JS_BPF_MAP_LOOKUP_ELEM, &at, sizeof at) != 0 || got != val)
		return 18;
	/* A path that is not on a bpf file system: the kernel's EACCES */
	memset(&at, 0, sizeof at);
	at.obj.pathname = (uint64_t)(uintptr_t)"/tmp";
	long r = js_bpf(JS_BPF_OBJ_GET, &at, sizeof at);
	if (r != -JS_EACCES) {
		fprintf(stderr, "OBJ_GET /tmp: %ld\n", r);
		return 19;
	}
	return 0;
}

static int pin_child(void)
{
	char dir[] = "/tmp/libjs-bpffs.XXXXXX";

	if (unshare(CLONE_NEWNS) != 0 || mount("", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
		return 10;
	if (!mkdtemp(dir))
		return 11;
	int r = pin_in(dir);
	umount(dir);
	rmdir(dir);
	return r;
}

static void bpf_pin_and_get(void **state)
{
	(void)state;
	if (geteuid() != 0) {
		/* Mounting needs CAP_SYS_ADMIN: unprivileged, the
		 * namespace itself is refused. */
		assert_int_equal(unshare(CLONE_NEWNS), -1);
		assert_int_equal(errno, EPERM);
		return;
	}
	pid_t pid = fork();
	if (pid == 0) {
		alarm(10);
		_exit(pin_child());
	}
	assert_true(pid > 0);
	int st = 0;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(modules_error_paths),
		cmocka_unit_test(modules_need_privilege),
		cmocka_unit_test(kexec_error_paths),
		cmocka_unit_test(kexec_needs_privilege),
		cmocka_unit_test(userfaultfd_copy_resolves_fault),
		cmocka_unit_test(userfaultfd_move_and_poison),
		cmocka_unit_test(perf_task_clock_grows),
		cmocka_unit_test(bpf_array_map_and_program),
		cmocka_unit_test(bpf_pin_and_get),
		cmocka_unit_test(bpf_btf_and_attach_paths),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
