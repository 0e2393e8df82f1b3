/* jail: a bubblewrap-like sandbox, freestanding (docs/sandbox.md, "jail").
 *
 *   jail [--ro PATH]... [--rw PATH]... [--tmpfs PATH]... [--net]
 *        [--nproc N] [--] CMD ARGS...
 *
 * CMD runs in new user, mount, PID, IPC, UTS and (without --net) network
 * namespaces, on an empty tmpfs root holding only the given binds (each
 * MS_NOSUID|MS_NODEV, read-only for --ro), a fresh /proc and a minimal
 * /dev, after pivot_root; with no capability at all, no_new_privs, a
 * Landlock ruleset that mirrors the binds (read-only where --ro), and a
 * seccomp deny-list of what container runtimes refuse by default.  jail
 * is PID 1 inside, reaps what CMD leaves, and exits with CMD's status
 * (128 + the signal when it was killed); 125 when it cannot set up. */
#include <libjs/libjs.h>

#define MAXB 64
enum kind { RO, RW, TMPFS };
static struct { const char *path; enum kind kind; } binds[MAXB];
static int nbinds;

/* ---- Messages: the number and a name for the errors setup can meet
 * (js_strerror's table alone would double jail's size). */
static void say(const char *s) { js_write_str(2, s); }

static void say_err(long e)
{
	static const struct { short e; const char *n; } names[] = {
		{ JS_EPERM, "EPERM" }, { JS_ENOENT, "ENOENT" },
		{ JS_EACCES, "EACCES" }, { JS_EINVAL, "EINVAL" },
		{ JS_ENOSPC, "ENOSPC" }, { JS_ENOSYS, "ENOSYS" },
		{ JS_EUSERS, "EUSERS" }, { JS_EBUSY, "EBUSY" },
		{ JS_ENOTDIR, "ENOTDIR" }, { JS_EROFS, "EROFS" },
	};
	char num[8], *p = num + sizeof num;
	unsigned long v = (unsigned long)-e;

	*--p = 0;
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	say(": errno ");
	say(p);
	for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].e == -e) {
			say(" ");
			say(names[i].n);
		}
	say("\n");
}

__attribute__((noreturn)) static void die(const char *what, const char *arg, long e)
{
	say("jail: ");
	say(what);
	if (arg) {
		say(" ");
		say(arg);
	}
	say_err(e);
	js_exit_group(125);
}

static long must(long r, const char *what, const char *arg)
{
	if (r < 0)
		die(what, arg, r);
	return r;
}

/* ---- Paths ---- */
static char *cat2(char *buf, const char *a, const char *b)
{
	size_t n = 0;

	for (; *a && n < 4000; a++)
		buf[n++] = *a;
	for (; *b && n < 4094; b++)
		buf[n++] = *b;
	buf[n] = 0;
	return buf;
}

/* mkdir -p of path's components (all of them, or all but the last). */
static void mkdirs(char *path, int last)
{
	for (char *p = path + 1;; p++) {
		if (*p == '/' || (*p == 0 && last)) {
			char c = *p;

			*p = 0;
			long r = js_mkdir(path, 0755);
			if (r < 0 && r != -JS_EEXIST)
				die("mkdir", path, r);
			*p = c;
		}
		if (*p == 0)
			break;
	}
}

static void write_file(const char *path, const char *s)
{
	long fd = must(js_open(path, JS_O_WRONLY | JS_O_CLOEXEC), "open", path);

	if (js_write_str((int)fd, s) < 0)
		die("write", path, -JS_EPERM);
	js_close((int)fd);
}

static char *utoa(char *p, unsigned long v)
{
	char t[24];
	int n = 0;

	do
		t[n++] = (char)('0' + v % 10);
	while (v /= 10);
	while (n)
		*p++ = t[--n];
	return p;
}

/* "ID ID 1\n": the caller's own id is the only one inside, as bwrap
 * maps it by default (root stays root, a user stays that user). */
static void map_id(const char *file, unsigned long id)
{
	char line[64], *p = utoa(line, id);

	*p++ = ' ';
	p = utoa(p, id);
	*p++ = ' ';
	*p++ = '1';
	*p++ = '\n';
	*p = 0;
	write_file(file, line);
}

/* ---- The new root ---- */
static void bind(const char *src, const char *dst, unsigned long extra)
{
	unsigned long fl = JS_MS_REMOUNT | JS_MS_BIND | JS_MS_NOSUID | JS_MS_NODEV | extra;
	long r;

	must(js_mount(src, dst, 0, JS_MS_BIND | JS_MS_REC, 0), "bind", src);
	r = js_mount(0, dst, 0, fl, 0);
	/* A mount of the host with flags its owner locked (noexec, ...):
	 * keep them, as a user namespace must. */
	if (r == -JS_EPERM)
		r = js_mount(0, dst, 0, fl | JS_MS_NOEXEC, 0);
	must(r, "remount", dst);
}

static void make_target(const char *src, char *dst)
{
	struct js_stat st;

	must(js_stat(src, &st), "stat", src);
	if (JS_S_ISDIR(st.st_mode)) {
		mkdirs(dst, 1);
	} else {
		mkdirs(dst, 0);
		js_close((int)must(js_open(dst, JS_O_CREAT | JS_O_WRONLY | JS_O_CLOEXEC, 0644),
				   "create", dst));
	}
}

static void build_root(void)
{
	static const char *const devs[] = { "null", "zero", "full", "random", "urandom", "tty" };
	static const char *const links[][2] = {
		{ "/proc/self/fd", "/newroot/dev/fd" }, { "/proc/self/fd/0", "/newroot/dev/stdin" },
		{ "/proc/self/fd/1", "/newroot/dev/stdout" }, { "/proc/self/fd/2", "/newroot/dev/stderr" },
	};
	char src[4096], dst[4096];
	const unsigned long nsd = JS_MS_NOSUID | JS_MS_NODEV;

	/* Nothing of what follows may reach the host's mount tree. */
	must(js_mount(0, "/", 0, JS_MS_REC | JS_MS_PRIVATE, 0), "make / private", 0);
	/* A tmpfs to stand on (bwrap's base): old root below it, new root in it. */
	must(js_mount("tmpfs", "/tmp", "tmpfs", nsd, "mode=0755"), "mount tmpfs on", "/tmp");
	must(js_mkdir("/tmp/oldroot", 0755), "mkdir", "/tmp/oldroot");
	must(js_mkdir("/tmp/newroot", 0755), "mkdir", "/tmp/newroot");
	must(js_pivot_root("/tmp", "/tmp/oldroot"), "pivot_root", "/tmp");
	must(js_chdir("/"), "chdir", "/");
	must(js_mount("tmpfs", "/newroot", "tmpfs", nsd, "mode=0755"), "mount tmpfs on", "/");
	for (int i = 0; i < nbinds; i++) {
		cat2(dst, "/newroot", binds[i].path);
		if (binds[i].kind == TMPFS) {
			mkdirs(dst, 1);
			must(js_mount("tmpfs", dst, "tmpfs", nsd, "mode=0755"), "mount tmpfs on", binds[i].path);
			continue;
		}
		cat2(src, "/oldroot", binds[i].path);
		make_target(src, dst);
		bind(src, dst, binds[i].kind == RO ? JS_MS_RDONLY : 0);
	}
	mkdirs(cat2(dst, "/newroot", "/proc"), 1);
	must(js_mount("proc", dst, "proc", nsd | JS_MS_NOEXEC, 0), "mount", "/proc");
	mkdirs(cat2(dst, "/newroot", "/dev"), 1);
	must(js_mount("tmpfs", dst, "tmpfs", JS_MS_NOSUID | JS_MS_NOEXEC, "mode=0755"),
	     "mount tmpfs on", "/dev");
	for (unsigned i = 0; i < sizeof devs / sizeof devs[0]; i++) {
		cat2(src, "/oldroot/dev/", devs[i]);
		cat2(dst, "/newroot/dev/", devs[i]);
		make_target(src, dst);
		must(js_mount(src, dst, 0, JS_MS_BIND, 0), "bind", src);
	}
	for (unsigned i = 0; i < sizeof links / sizeof links[0]; i++)
		must(js_symlink(links[i][0], links[i][1]), "symlink", links[i][1]);
	must(js_umount2("/oldroot", JS_MNT_DETACH), "umount", "the old root");
	/* The new root becomes /, and the base under it goes. */
	must(js_chdir("/newroot"), "chdir", "/newroot");
	must(js_pivot_root(".", "."), "pivot_root", "/newroot");
	must(js_umount2(".", JS_MNT_DETACH), "umount", "the base");
	must(js_chdir("/"), "chdir", "/");
}

/* ---- Confinement ---- */
#define READ (JS_LANDLOCK_ACCESS_FS_EXECUTE | JS_LANDLOCK_ACCESS_FS_READ_FILE | \
	      JS_LANDLOCK_ACCESS_FS_READ_DIR)

static void allow(int fd, const char *path, unsigned long long rights)
{
	struct js_landlock_path_beneath_attr pb;
	long dir = must(js_open(path, JS_O_PATH | JS_O_CLOEXEC), "open", path);

	struct js_stat st;

	/* A file takes only the rights that apply to files. */
	if (js_fstat((int)dir, &st) == 0 && !JS_S_ISDIR(st.st_mode))
		rights &= JS_LANDLOCK_ACCESS_FS_EXECUTE | JS_LANDLOCK_ACCESS_FS_WRITE_FILE |
			  JS_LANDLOCK_ACCESS_FS_READ_FILE | JS_LANDLOCK_ACCESS_FS_TRUNCATE |
			  JS_LANDLOCK_ACCESS_FS_IOCTL_DEV;
	pb.allowed_access = rights;
	pb.parent_fd = (int)dir;
	must(js_landlock_add_rule(fd, JS_LANDLOCK_RULE_PATH_BENEATH, &pb, 0), "landlock rule", path);
	js_close((int)dir);
}

/* Landlock, best effort: what this kernel knows of everything, then one
 * rule per bind (read-only for --ro), reading /proc, and /dev's devices. */
static void landlock(void)
{
	struct js_landlock_ruleset_attr a = { ~0ull, 0, 0 };
	long abi = js_landlock_abi(), fd;
	unsigned long long all;

	if (abi < 1)
		return; /* no Landlock here: the mounts still hold */
	js_landlock_fit(&a, abi);
	all = a.handled_access_fs;
	fd = must(js_landlock_create_ruleset(&a, sizeof a, 0), "landlock", 0);
	allow((int)fd, "/", JS_LANDLOCK_ACCESS_FS_READ_DIR);
	for (int i = 0; i < nbinds; i++)
		allow((int)fd, binds[i].path, binds[i].kind == RO ? READ & all : all);
	allow((int)fd, "/proc", READ & all);
	allow((int)fd, "/dev", (READ | JS_LANDLOCK_ACCESS_FS_WRITE_FILE |
				JS_LANDLOCK_ACCESS_FS_IOCTL_DEV) & all);
	must(js_landlock_restrict_self((int)fd, 0), "landlock_restrict_self", 0);
	js_close((int)fd);
}

/* The calls Docker's default profile and bubblewrap refuse (EPERM):
 * modules, kexec, reboot, swap, clocks, accounting, keys, bpf, perf,
 * userfaultfd, NUMA policy, other processes' memory, handles that bypass
 * paths, the mount API and new namespaces.  Calls this architecture does
 * not have are left out. */
static unsigned int denied[] = {
#ifdef JS_NR_acct
	JS_NR_acct,
#endif
#ifdef JS_NR_add_key
	JS_NR_add_key,
#endif
#ifdef JS_NR_bpf
	JS_NR_bpf,
#endif
#ifdef JS_NR_clock_adjtime
	JS_NR_clock_adjtime,
#endif
#ifdef JS_NR_clock_settime
	JS_NR_clock_settime,
#endif
#ifdef JS_NR_create_module
	JS_NR_create_module,
#endif
#ifdef JS_NR_delete_module
	JS_NR_delete_module,
#endif
#ifdef JS_NR_finit_module
	JS_NR_finit_module,
#endif
#ifdef JS_NR_fsconfig
	JS_NR_fsconfig,
#endif
#ifdef JS_NR_fsmount
	JS_NR_fsmount,
#endif
#ifdef JS_NR_fsopen
	JS_NR_fsopen,
#endif
#ifdef JS_NR_fspick
	JS_NR_fspick,
#endif
#ifdef JS_NR_get_kernel_syms
	JS_NR_get_kernel_syms,
#endif
#ifdef JS_NR_get_mempolicy
	JS_NR_get_mempolicy,
#endif
#ifdef JS_NR_init_module
	JS_NR_init_module,
#endif
#ifdef JS_NR_ioperm
	JS_NR_ioperm,
#endif
#ifdef JS_NR_iopl
	JS_NR_iopl,
#endif
#ifdef JS_NR_kcmp
	JS_NR_kcmp,
#endif
#ifdef JS_NR_kexec_file_load
	JS_NR_kexec_file_load,
#endif
#ifdef JS_NR_kexec_load
	JS_NR_kexec_load,
#endif
#ifdef JS_NR_keyctl
	JS_NR_keyctl,
#endif
#ifdef JS_NR_lookup_dcookie
	JS_NR_lookup_dcookie,
#endif
#ifdef JS_NR_mbind
	JS_NR_mbind,
#endif
#ifdef JS_NR_mount
	JS_NR_mount,
#endif
#ifdef JS_NR_mount_setattr
	JS_NR_mount_setattr,
#endif
#ifdef JS_NR_move_mount
	JS_NR_move_mount,
#endif
#ifdef JS_NR_move_pages
	JS_NR_move_pages,
#endif
#ifdef JS_NR_name_to_handle_at
	JS_NR_name_to_handle_at,
#endif
#ifdef JS_NR_nfsservctl
	JS_NR_nfsservctl,
#endif
#ifdef JS_NR_open_by_handle_at
	JS_NR_open_by_handle_at,
#endif
#ifdef JS_NR_open_tree
	JS_NR_open_tree,
#endif
#ifdef JS_NR_perf_event_open
	JS_NR_perf_event_open,
#endif
#ifdef JS_NR_pivot_root
	JS_NR_pivot_root,
#endif
#ifdef JS_NR_process_vm_readv
	JS_NR_process_vm_readv,
#endif
#ifdef JS_NR_process_vm_writev
	JS_NR_process_vm_writev,
#endif
#ifdef JS_NR_query_module
	JS_NR_query_module,
#endif
#ifdef JS_NR_quotactl
	JS_NR_quotactl,
#endif
#ifdef JS_NR_reboot
	JS_NR_reboot,
#endif
#ifdef JS_NR_request_key
	JS_NR_request_key,
#endif
#ifdef JS_NR_set_mempolicy
	JS_NR_set_mempolicy,
#endif
#ifdef JS_NR_setns
	JS_NR_setns,
#endif
#ifdef JS_NR_settimeofday
	JS_NR_settimeofday,
#endif
#ifdef JS_NR_swapoff
	JS_NR_swapoff,
#endif
#ifdef JS_NR_swapon
	JS_NR_swapon,
#endif
#ifdef JS_NR_sysfs
	JS_NR_sysfs,
#endif
#ifdef JS_NR__sysctl
	JS_NR__sysctl,
#endif
#ifdef JS_NR_umount2
	JS_NR_umount2,
#endif
#ifdef JS_NR_unshare
	JS_NR_unshare,
#endif
#ifdef JS_NR_uselib
	JS_NR_uselib,
#endif
#ifdef JS_NR_userfaultfd
	JS_NR_userfaultfd,
#endif
#ifdef JS_NR_ustat
	JS_NR_ustat,
#endif
#ifdef JS_NR_vhangup
	JS_NR_vhangup,
#endif
};

/* What a list cannot say: personality only with Docker's values, clone
 * without new namespaces, clone3 (its flags are in memory a filter cannot
 * read) answered ENOSYS so that libcs fall back to clone.  A second
 * filter; the kernel applies the stricter answer of the two.  Written with
 * the raw BPF macros: args[0]'s low half is at offset 16 on these
 * little-endian machines. */
#define NSFLAGS (JS_CLONE_NEWNS | JS_CLONE_NEWCGROUP | JS_CLONE_NEWUTS | JS_CLONE_NEWIPC | \
		 JS_CLONE_NEWUSER | JS_CLONE_NEWPID | JS_CLONE_NEWNET | JS_CLONE_NEWTIME)
#define LD(off) JS_BPF_STMT(JS_BPF_LD | JS_BPF_W | JS_BPF_ABS, off)
#define EQ(k, t, f) JS_BPF_JUMP(JS_BPF_JMP | JS_BPF_JEQ | JS_BPF_K, k, t, f)
#define RET(k) JS_BPF_STMT(JS_BPF_RET | JS_BPF_K, k)
static const struct js_sock_filter by_args[] = {
	/* 0 */ LD(4),
	/* 1 */ EQ(JS_AUDIT_ARCH, 1, 0),
	/* 2 */ RET(JS_SECCOMP_RET_KILL_PROCESS),
	/* 3 */ LD(0),
	/* 4 */ EQ(JS_NR_personality, 0, 8),
	/* 5 */ LD(16),
	/* 6 */ EQ(0, 5, 0),
	/* 7 */ EQ(8, 4, 0),
	/* 8 */ EQ(0x20000, 3, 0),
	/* 9 */ EQ(0x20008, 2, 0),
	/* 10 */ EQ(0xffffffff, 1, 0),
	/* 11 */ RET(JS_SECCOMP_RET_ERRNO | JS_EPERM),
	/* 12 */ RET(JS_SECCOMP_RET_ALLOW),
	/* 13 */ EQ(JS_NR_clone, 0, 4),
	/* 14 */ LD(16),
	/* 15 */ JS_BPF_JUMP(JS_BPF_JMP | JS_BPF_JSET | JS_BPF_K, NSFLAGS, 0, 1),
	/* 16 */ RET(JS_SECCOMP_RET_ERRNO | JS_EPERM),
	/* 17 */ RET(JS_SECCOMP_RET_ALLOW),
	/* 18 */ EQ(JS_NR_clone3, 0, 1),
	/* 19 */ RET(JS_SECCOMP_RET_ERRNO | JS_ENOSYS),
	/* 20 */ RET(JS_SECCOMP_RET_ALLOW),
};

static void confine(void)
{
	static struct js_sock_filter prog[JS_SECCOMP_BUILD_MAX(sizeof denied / sizeof denied[0])];
	long len;

	must(js_prctl(JS_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs", 0);
	landlock();
	len = must(js_seccomp_build(prog, sizeof prog / sizeof prog[0], denied,
				    sizeof denied / sizeof denied[0],
				    JS_SECCOMP_RET_ERRNO | JS_EPERM, JS_SECCOMP_RET_ALLOW),
		   "seccomp filter", 0);
	must(js_seccomp_install(prog, (size_t)len, 0), "seccomp", 0);
	must(js_seccomp_install(by_args, sizeof by_args / sizeof by_args[0], 0), "seccomp", 0);
	must(js_cap_drop_all(), "drop capabilities", 0);
}

/* ---- CMD ---- */
static int has_slash(const char *s)
{
	for (; *s; s++)
		if (*s == '/')
			return 1;
	return 0;
}

/* execve, looking a bare name up in the usual directories (the jail has
 * no PATH of its own to trust). */
__attribute__((noreturn)) static void run(char **argv, char **envp)
{
	static const char *const dirs[] = { "/usr/local/bin/", "/usr/bin/", "/bin/",
					    "/usr/sbin/", "/sbin/" };
	char path[4096];
	long r = -JS_ENOENT;

	if (has_slash(argv[0])) {
		r = js_execve(argv[0], argv, envp);
	} else {
		for (unsigned i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
			long e = js_execve(cat2(path, dirs[i], argv[0]), argv, envp);

			if (e != -JS_ENOENT)
				r = e;
		}
	}
	say("jail: cannot run ");
	say(argv[0]);
	say_err(r);
	js_exit_group(r == -JS_ENOENT ? 127 : 126);
}

static int status_of(int st)
{
	return JS_WIFEXITED(st) ? JS_WEXITSTATUS(st) : 128 + JS_WTERMSIG(st);
}

/* PID 1 inside: set up, start CMD, reap everything, end with CMD. */
__attribute__((noreturn)) static void init(char **argv, char **envp, long nproc)
{
	long cmd;
	int st = 0;

	build_root();
	js_sethostname("jail", 4);
	confine();
	if (nproc > 0) {
		struct js_rlimit rl = { (unsigned long)nproc, (unsigned long)nproc };

		must(js_setrlimit(JS_RLIMIT_NPROC, &rl), "setrlimit", "RLIMIT_NPROC");
	}
	cmd = must(js_fork(), "fork", 0);
	if (cmd == 0)
		run(argv, envp);
	for (;;) {
		long r = js_wait4(-1, &st, 0, 0);

		if (r == cmd)
			js_exit_group(status_of(st));
		if (r == -JS_ECHILD)
			js_exit_group(125);
	}
}

__attribute__((noreturn)) static void usage(void)
{
	say("usage: jail [--ro PATH]... [--rw PATH]... [--tmpfs PATH]... [--net] [--nproc N] [--] CMD ARGS...\n");
	js_exit_group(125);
}

static int eq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

int main(int argc, char **argv, char **envp)
{
	int i = 1, flags = JS_CLONE_NEWUSER | JS_CLONE_NEWNS | JS_CLONE_NEWPID |
			   JS_CLONE_NEWIPC | JS_CLONE_NEWUTS | JS_CLONE_NEWNET;
	unsigned long uid = (unsigned long)js_getuid(), gid = (unsigned long)js_getgid();
	long nproc = 0, pid, r;
	int st = 0;

	for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
		const char *o = argv[i];

		if (eq(o, "--")) {
			i++;
			break;
		} else if (eq(o, "--net")) {
			flags &= ~JS_CLONE_NEWNET;
		} else if (i + 1 < argc && (eq(o, "--ro") || eq(o, "--rw") || eq(o, "--tmpfs"))) {
			if (nbinds == MAXB || argv[i + 1][0] != '/')
				usage();
			binds[nbinds].path = argv[++i];
			binds[nbinds++].kind = o[2] == 't' ? TMPFS : o[3] == 'o' ? RO : RW;
		} else if (i + 1 < argc && eq(o, "--nproc")) {
			for (const char *d = argv[++i]; *d; d++)
				nproc = nproc * 10 + (*d - '0');
		} else {
			usage();
		}
	}
	if (i >= argc)
		usage();
	r = js_unshare(flags);
	if (r < 0) {
		say("jail: the kernel refused new user, mount, PID, IPC, UTS or network "
		    "namespaces: unshare");
		say_err(r);
		if (r == -JS_EPERM || r == -JS_ENOSPC || r == -JS_EUSERS)
			say("jail: unprivileged user namespaces may be disabled here "
			    "(sysctl user.max_user_namespaces, "
			    "kernel.apparmor_restrict_unprivileged_userns), or this "
			    "process is already confined (seccomp, nested jail)\n");
		return 125;
	}
	write_file("/proc/self/setgroups", "deny\n");
	map_id("/proc/self/uid_map", uid);
	map_id("/proc/self/gid_map", gid);
	/* The first child is PID 1 of the new PID namespace. */
	pid = must(js_fork(), "fork", 0);
	if (pid == 0)
		init(argv + i, envp, nproc);
	while ((r = js_wait4((int)pid, &st, 0, 0)) == -JS_EINTR)
		;
	return r == pid ? status_of(st) : 125;
}
