/* init: a PID 1 for initramfs and containers, freestanding (docs/init.md).
 *
 *   init [--reboot] [--grace=SECONDS] [--] [CMD [ARGS...]]
 *
 * As PID 1 it puts fds 0-2 on /dev/console when it starts with none,
 * mounts /proc, /sys, /dev, /dev/pts and /run where nothing is mounted
 * yet, sets the hostname from /etc/hostname, and runs CMD (default
 * /bin/sh) as a session leader with the console as its controlling
 * terminal.  Not PID 1, it only makes itself a child subreaper.  Either
 * way it reaps every zombie, forwards SIGTERM/SIGINT/SIGHUP/SIGUSR1/
 * SIGUSR2 to CMD's process group, and when CMD exits (or on SIGPWR, or
 * SIGTERM as PID 1) it sends SIGTERM, then SIGKILL after the grace
 * period, to whatever is left.  Then the system's PID 1 syncs, unmounts
 * what it mounted and powers off (reboots with --reboot); any other init
 * (a subreaper, or PID 1 of a PID namespace) exits with CMD's status,
 * 128 + the signal when CMD was killed, as tini does.  Every step is one
 * "init: ..." line on fd 2. */
#include <libjs/libjs.h>

#define FORWARD(s) ((s) == JS_SIGTERM || (s) == JS_SIGINT || (s) == JS_SIGHUP || \
		    (s) == JS_SIGUSR1 || (s) == JS_SIGUSR2)
#define GRACE_MAX 600	/* seconds: the longest --grace */

static int pid1;	/* we are PID 1 (of the system or of a PID namespace) */
static int system_init;	/* reboot(2) is ours: PID 1 of the initial namespace */
static int no_fds;	/* started without fds 0-2, not yet on the console */
static long child;	/* CMD's pid (also its process group), 0 once reaped */
static int pgrp;	/* CMD's process group, kept after CMD is reaped */
static int status = 1;	/* what to exit with: CMD's status once known */
static unsigned mine;	/* bit i: mounts[i] was mounted by us */
static js_sigset_t set;	/* the signals init waits for, blocked */

/* ---- Log lines: "init: " and the parts, one write each. */
#define say(...) say_(__VA_ARGS__, (const char *)0)
static void say_(const char *s, ...)
{
	char line[256];
	size_t n = 0;
	va_list ap;

	va_start(ap, s);
	for (const char *p = "init: "; p; p = s, s = s ? va_arg(ap, const char *) : 0)
		while (*p && n < sizeof line - 1)
			line[n++] = *p++;
	va_end(ap);
	line[n++] = '\n';
	js_write(2, line, n);
}

static const char *num(long v, char *buf)	/* buf: 24 bytes */
{
	char *p = buf + 23;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;

	*p = 0;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	return p;
}

/* The errors init's calls meet, by name (js_errname's table of every name
 * would add 3.3 KB, past init's 8 KiB target); any other by number. */
static const char *err(long e, char *buf)
{
	static const struct { unsigned char e; char n[8]; } names[] = {
		{ JS_EPERM, "EPERM" }, { JS_ENOENT, "ENOENT" }, { JS_EACCES, "EACCES" },
		{ JS_EBUSY, "EBUSY" }, { JS_ENODEV, "ENODEV" }, { JS_ENOTDIR, "ENOTDIR" },
		{ JS_EINVAL, "EINVAL" }, { JS_EROFS, "EROFS" }, { JS_ENOSPC, "ENOSPC" },
		{ JS_ENOEXEC, "ENOEXEC" }, { JS_EAGAIN, "EAGAIN" }, { JS_ENOMEM, "ENOMEM" },
	};

	for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].e == -e)
			return names[i].n;
	return num(e, buf);
}

/* ---- Setup as PID 1 */
/* fds 0-2 on /dev/console.  Before /dev is mounted there may be no
 * console yet: "/" (O_PATH) holds the numbers meanwhile, so that no file
 * init opens lands on 0-2, and mount_all tries again after each mount
 * until the console is there (/dev comes first). */
static void console(void)
{
	long fd = js_open("/dev/console", JS_O_RDWR | JS_O_NOCTTY);	/* CMD inherits it */

	if (fd >= 0)
		no_fds = 0;
	else
		fd = js_open("/", JS_O_PATH);
	if (fd < 0)
		return;
	for (int i = 0; i < 3; i++)
		if (fd != i)
			js_dup3((int)fd, i, 0);
	if (fd > 2)
		js_close((int)fd);
}

static const struct mnt {
	const char *dir, *up, *type;
	unsigned long flags;
	const char *data;
} mounts[] = {
	{ "/dev", "/", "devtmpfs", JS_MS_NOSUID, 0 },	/* first: the console */
	{ "/dev/pts", "/dev", "devpts", JS_MS_NOSUID | JS_MS_NOEXEC, "mode=620,ptmxmode=666" },
	{ "/proc", "/", "proc", JS_MS_NOSUID | JS_MS_NODEV | JS_MS_NOEXEC, 0 },
	{ "/sys", "/", "sysfs", JS_MS_NOSUID | JS_MS_NODEV | JS_MS_NOEXEC, 0 },
	{ "/run", "/", "tmpfs", JS_MS_NOSUID | JS_MS_NODEV, "mode=755" },
};
#define NMOUNTS (sizeof mounts / sizeof mounts[0])

/* Whether something is mounted on dir: statx(2)'s STATX_ATTR_MOUNT_ROOT
 * (Linux 5.8), else a device other than its parent's (which misses a
 * bind mount of the parent's own filesystem). */
static int mounted(const struct mnt *m)
{
	struct js_statx a, b;

	if (js_statx(JS_AT_FDCWD, m->dir, 0, 0, &a) < 0)
		return 0;
	if (a.stx_attributes_mask & JS_STATX_ATTR_MOUNT_ROOT)
		return !!(a.stx_attributes & JS_STATX_ATTR_MOUNT_ROOT);
	return js_statx(JS_AT_FDCWD, m->up, 0, 0, &b) == 0 &&
	       (a.stx_dev_major != b.stx_dev_major || a.stx_dev_minor != b.stx_dev_minor);
}

static void mount_all(void)
{
	char b[24];

	for (unsigned i = 0; i < NMOUNTS; i++) {
		const struct mnt *m = &mounts[i];
		long r;

		if (mounted(m)) {
			say(m->dir, " is already mounted");
			continue;
		}
		r = js_mkdir(m->dir, 0755);
		if (r == -JS_EEXIST)
			r = 0;
		if (r == 0)
			r = js_mount(m->type, m->dir, m->type, m->flags, m->data);
		if (r < 0) {
			say("cannot mount ", m->type, " on ", m->dir, ": ", err(r, b));
			continue;
		}
		mine |= 1u << i;
		if (no_fds)
			console();
		say("mounted ", m->type, " on ", m->dir);
	}
}

/* In reverse order, detached (the console stays open on /dev).  Someone
 * may have moved them (switch-root moves /proc, /sys, /dev and /run into
 * the new root): a failure is a line, not the end. */
static void umount_all(void)
{
	char b[24];

	for (unsigned i = NMOUNTS; i-- > 0;) {
		long r;

		if (!(mine & (1u << i)))
			continue;
		r = js_umount2(mounts[i].dir, JS_MNT_DETACH);
		if (r < 0)
			say("cannot unmount ", mounts[i].dir, ": ", err(r, b));
		else
			say("unmounted ", mounts[i].dir);
	}
}

/* The first line of /etc/hostname, blanks trimmed. */
static void hostname(void)
{
	char h[JS_UTSNAME_LENGTH], b[24];
	long fd = js_open("/etc/hostname", JS_O_RDONLY | JS_O_CLOEXEC), n, r;
	char *p = h;

	if (fd < 0)
		return;
	n = js_read((int)fd, h, sizeof h - 1);
	js_close((int)fd);
	if (n <= 0)
		return;
	h[n] = 0;
	while (*p == ' ' || *p == '\t')
		p++;
	for (n = 0; p[n] && p[n] != '\n'; n++)
		;
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
		n--;
	p[n] = 0;
	if (n == 0)
		return;
	r = js_sethostname(p, (size_t)n);
	if (r < 0)
		say("cannot set the hostname: ", err(r, b));
	else
		say("hostname ", p);
}

/* ---- Children */
/* Collects every zombie; records CMD's status when it is one of them.
 * Returns 0 while children remain, -JS_ECHILD when there are none. */
static long reap(void)
{
	char b[24];
	int st;
	long p;

	while ((p = js_wait4(-1, &st, JS_WNOHANG, 0)) > 0) {
		if (p != child)
			continue;
		child = 0;
		if (JS_WIFSIGNALED(st)) {
			status = 128 + JS_WTERMSIG(st);
			say("child killed by signal ", num(JS_WTERMSIG(st), b));
		} else {
			status = JS_WEXITSTATUS(st);
			say("child exited with status ", num(status, b));
		}
	}
	return p;
}

/* sig to everything left: as PID 1 that is every process it can see
 * (kill -1); a subreaper signals CMD's process group and each of its own
 * children (those that left the group included), from
 * /proc/thread-self/children when /proc is there. */
static void signal_rest(int sig)
{
	char buf[512];
	long fd, n, v = 0;

	if (pid1) {
		js_kill(-1, sig);
		return;
	}
	if (pgrp)
		js_kill(-pgrp, sig);
	fd = js_open("/proc/thread-self/children", JS_O_RDONLY | JS_O_CLOEXEC);
	if (fd < 0)
		return;
	while ((n = js_read((int)fd, buf, sizeof buf)) > 0)
		for (long i = 0; i < n; i++) {
			if (buf[i] >= '0' && buf[i] <= '9') {
				v = v * 10 + buf[i] - '0';
			} else if (v) {
				js_kill((int)v, sig);
				v = 0;
			}
		}
	js_close((int)fd);
}

/* Reaps until no child is left (1) or seconds have passed (0). */
static int wait_gone(unsigned seconds)
{
	int gone = 0;

	js_alarm(seconds);
	while (seconds && !(gone = reap() == -JS_ECHILD))
		if (js_sigtimedwait(&set, 0, 0) == JS_SIGALRM)
			break;
	js_alarm(0);
	return gone;
}

static void stop_all(unsigned grace)
{
	if (reap() == -JS_ECHILD)
		return;
	say("sending SIGTERM to all processes");
	signal_rest(JS_SIGTERM);
	if (wait_gone(grace))
		return;
	say("sending SIGKILL to all processes");
	signal_rest(JS_SIGKILL);
	if (!wait_gone(2))
		say("processes are left");
}

static void run(char **argv, const js_sigset_t *mask)
{
	char b[24];
	long r;

	say("running ", argv[0]);
	r = js_fork();
	if (r == 0) {
		js_sigprocmask(JS_SIG_SETMASK, mask, 0);
		js_setsid();
		js_ioctl(0, JS_TIOCSCTTY, 0UL);	/* fails without a tty: fine */
		r = js_execvp(argv[0], argv);
		say("cannot run ", argv[0], ": ", err(r, b));
		js_exit_group(r == -JS_ENOENT ? 127 : 126);
	}
	if (r < 0)
		say("cannot fork: ", err(r, b));
	else
		child = pgrp = (int)r;
}

static int option(const char *a, int *reboot, unsigned *grace)
{
	if (!js_strcmp(a, "--reboot"))
		return *reboot = 1;
	if (!js_strncmp(a, "--grace=", 8) && a[8]) {
		unsigned long v = 0;

		for (a += 8; *a >= '0' && *a <= '9' && v <= GRACE_MAX; a++)
			v = v * 10 + (unsigned long)(*a - '0');
		if (*a || v > GRACE_MAX)
			return 0;
		*grace = (unsigned)v;
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static char *sh[] = { "/bin/sh", 0 };
	static const struct js_sigaction dfl = { .sa_handler = JS_SIG_DFL };
	char **cmd = sh, b[24];
	int i = 1, reboot = 0;
	unsigned grace = 2;
	js_sigset_t old;
	long r;

	pid1 = js_getpid() == 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!js_strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (option(argv[i], &reboot, &grace))
			continue;
		say("unknown option ", argv[i]);
		if (!pid1) {	/* PID 1 goes on: its exit would panic the kernel */
			say("usage: init [--reboot] [--grace=SECONDS] [--] [CMD [ARGS...]]");
			return 2;
		}
	}
	if (i < argc)
		cmd = argv + i;

	/* Blocked signals are queued even for PID 1 (which the kernel spares
	 * the signals it has no handler for): init takes them with
	 * sigtimedwait.  SIGCHLD at its default, whatever init inherited:
	 * ignored, the kernel would reap CMD itself and send no SIGCHLD. */
	js_sigaction(JS_SIGCHLD, &dfl, 0);
	js_sigemptyset(&set);
	for (int s = 1; s <= JS_SIGPWR; s++)
		if (FORWARD(s) || s == JS_SIGCHLD || s == JS_SIGPWR || s == JS_SIGALRM)
			js_sigaddset(&set, s);
	js_sigprocmask(JS_SIG_BLOCK, &set, &old);

	if (pid1) {
		if (js_fcntl(0, JS_F_GETFD) < 0 && js_fcntl(1, JS_F_GETFD) < 0 &&
		    js_fcntl(2, JS_F_GETFD) < 0) {
			no_fds = 1;
			console();
		}
		/* Ctrl-Alt-Del becomes SIGINT to init; the call succeeds only
		 * for the system's PID 1 (EINVAL in a PID namespace, EPERM
		 * without CAP_SYS_BOOT), which is who may power off. */
		system_init = js_reboot((int)JS_LINUX_REBOOT_MAGIC1, JS_LINUX_REBOOT_MAGIC2,
					JS_LINUX_REBOOT_CMD_CAD_OFF, 0) == 0;
		mount_all();
		if (no_fds)
			console();
		hostname();
	} else if ((r = js_prctl(JS_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)) < 0) {
		say("cannot become a subreaper: ", err(r, b));
	}

	run(cmd, &old);
	while (child) {
		long s = js_sigtimedwait(&set, 0, 0);

		if (s == JS_SIGCHLD) {
			reap();
		} else if (s == JS_SIGPWR || (s == JS_SIGTERM && pid1)) {
			say("shutting down on signal ", num(s, b));
			break;
		} else if (FORWARD(s) && js_kill(-pgrp, (int)s) == -JS_ESRCH) {
			js_kill(pgrp, (int)s);
		}
	}
	stop_all(grace);
	if (system_init)
		js_sync();
	if (pid1)
		umount_all();
	if (!system_init) {
		say("exiting with status ", num(status, b));
		return status;
	}
	say(reboot ? "rebooting" : "powering off");
	r = js_reboot((int)JS_LINUX_REBOOT_MAGIC1, JS_LINUX_REBOOT_MAGIC2,
		      reboot ? JS_LINUX_REBOOT_CMD_RESTART : JS_LINUX_REBOOT_CMD_POWER_OFF, 0);
	say("reboot failed: ", err(r, b));
	for (;;)	/* the system's PID 1 must not exit: wait, not spin */
		js_sigtimedwait(&set, 0, 0);
}
