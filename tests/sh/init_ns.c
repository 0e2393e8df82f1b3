/* init_ns: runs a program as PID 1 of a new PID namespace, in new mount
 * and UTS namespaces, with /proc, /sys, /dev and /run detached, so that
 * an init finds them unmounted and may set the hostname
 * (tests/sh/test_init.sh).  Made with libjs's own calls:
 * js_unshare(CLONE_NEWPID) makes the next child PID 1 of a new namespace,
 * js_clone(CLONE_NEWNS | CLONE_NEWUTS) gives it its own mounts and name.
 *
 *   init_ns [-h FILE] [-t] PIDFILE PROG [ARGS...]
 *
 * -h FILE is bound onto /etc/hostname inside.  -t starts PROG with fds
 * 0-2 closed and a new pseudoterminal bound onto /dev/console (/dev then
 * stays mounted), and copies what is written to it to init_ns's stdout:
 * a console that is nobody's controlling terminal yet, as at boot.
 * Writes PROG's pid as this namespace's parent sees it to PIDFILE and
 * exits with PROG's status (128 + the signal when it was killed); 125
 * when it cannot set up.  PROG gets SIGKILL if init_ns dies first, which
 * ends the whole namespace: a test killed by its timeout leaves nothing. */
#include <libjs/libjs.h>

static int pty = -1;

static int fail(const char *what, long e)
{
	js_dprintf(2, "init_ns: %s: %s\n", what, js_strerror(e));
	return 125;
}

/* A pseudoterminal master in pty, its slave's name in slave.  The slave
 * is opened here too (and left open) so that reading the master never
 * ends early with EIO while nobody else has it open. */
static long open_pty(char *slave)
{
	unsigned int n;
	int unlock = 0;
	long r;

	r = js_open("/dev/ptmx", JS_O_RDWR | JS_O_NOCTTY | JS_O_CLOEXEC);
	if (r < 0)
		return r;
	pty = (int)r;
	if ((r = js_ioctl(pty, JS_TIOCSPTLCK, &unlock)) < 0 ||
	    (r = js_ioctl(pty, JS_TIOCGPTN, &n)) < 0)
		return r;
	js_snprintf(slave, 32, "/dev/pts/%u", n);
	r = js_open(slave, JS_O_RDWR | JS_O_NOCTTY | JS_O_CLOEXEC);
	return r < 0 ? r : 0;
}

/* Copies the master to stdout until pid has ended and nothing more is
 * waiting. */
static long relay(int pid, int *st)
{
	char buf[4096];
	long done = 0, n;

	for (;;) {
		struct js_pollfd p = { .fd = pty, .events = JS_POLLIN };

		if (js_poll(&p, 1, done ? 0 : 100) > 0 && (n = js_read(pty, buf, sizeof buf)) > 0) {
			js_write_all(1, buf, (size_t)n);
			continue;
		}
		if (done)
			return done;
		done = js_wait4(pid, st, JS_WNOHANG, 0);
		if (done < 0)
			return done;
	}
}

int main(int argc, char **argv)
{
	static const char *const gone[] = { "/proc", "/sys", "/dev", "/run" };
	const char *host = 0;
	char slave[32];
	long r, pid, fd;
	int st;

	if (argc > 2 && !js_strcmp(argv[1], "-h")) {
		host = argv[2];
		argv += 2;
		argc -= 2;
	}
	if (argc > 1 && !js_strcmp(argv[1], "-t")) {
		pty = 1;
		argv++;
		argc--;
	}
	if (argc < 3)
		return fail("usage: init_ns [-h FILE] [-t] PIDFILE PROG [ARGS...]", -JS_EINVAL);
	if (pty > 0 && (r = open_pty(slave)) < 0)
		return fail("a pseudoterminal", r);
	if ((r = js_unshare(JS_CLONE_NEWPID)) < 0)
		return fail("unshare(CLONE_NEWPID)", r);
	pid = js_clone(JS_CLONE_NEWNS | JS_CLONE_NEWUTS | JS_SIGCHLD, 0, 0, 0, 0);
	if (pid < 0)
		return fail("clone(CLONE_NEWNS)", pid);
	if (pid == 0) {
		js_prctl(JS_PR_SET_PDEATHSIG, JS_SIGKILL, 0, 0, 0);
		/* Private first, or the detaching below would propagate to
		 * the parent's namespace. */
		r = js_mount("none", "/", 0, JS_MS_REC | JS_MS_PRIVATE, 0);
		if (r < 0)
			js_exit_group(fail("making / private", r));
		for (unsigned i = 0; i < sizeof gone / sizeof gone[0]; i++) {
			if (pty >= 0 && !js_strcmp(gone[i], "/dev")) {
				r = js_mount(slave, "/dev/console", 0, JS_MS_BIND, 0);
				if (r < 0)
					js_exit_group(fail("/dev/console", r));
				for (int f = 0; f < 3; f++)
					js_close(f);
				continue;
			}
			r = js_umount2(gone[i], JS_MNT_DETACH);
			if (r < 0 && r != -JS_EINVAL)
				js_exit_group(fail(gone[i], r));
		}
		if (host && (r = js_mount(host, "/etc/hostname", 0, JS_MS_BIND, 0)) < 0)
			js_exit_group(fail(host, r));
		r = js_execve(argv[2], argv + 2, js_environ);
		js_exit_group(fail(argv[2], r));
	}
	fd = js_open(argv[1], JS_O_WRONLY | JS_O_CREAT | JS_O_TRUNC | JS_O_CLOEXEC, 0644);
	if (fd < 0 || js_dprintf((int)fd, "%ld\n", pid) < 0) {
		js_kill((int)pid, JS_SIGKILL);
		return fail(argv[1], fd < 0 ? fd : -JS_EIO);
	}
	js_close((int)fd);
	if (pty >= 0)
		r = relay((int)pid, &st);
	else
		while ((r = js_wait4((int)pid, &st, 0, 0)) == -JS_EINTR)
			;
	if (r < 0)
		return fail("wait4", r);
	return JS_WIFSIGNALED(st) ? 128 + JS_WTERMSIG(st) : JS_WEXITSTATUS(st);
}
