/* The second stage of make check-boot (docs/boot.md): what switch-root
 * runs in the new root, still init's child.  It checks that it is in the
 * new root (the initramfs's /init gone, /proc moved along), says so, then
 * runs every freestanding test program in /tests as tests/run.sh does on
 * the host (each in a fresh scratch directory, its "N passed, N failed"
 * line added up, a crash or a silent program counted as a failure),
 * prints the sum as "suite: N passed, N failed" and exits 0 only when
 * nothing failed; init reports that status and powers off.  The host
 * reads the console: nothing here decides whether the boot passed.
 *
 * The suite runs here and not in the initramfs because the initramfs is
 * the kernel's rootfs, which pivot_root(2) refuses to move (EINVAL: it
 * has no parent mount), and a test pivots its root.
 *
 * JS_RUN is not set, so every test takes its real-kernel branch (the
 * tests excuse a qemu-user gap only when JS_RUN names the emulator). */
#include <libjs/libjs.h>

#define TESTS "/tests"
#define MAXTESTS 256
/* A test that has not finished in this many seconds is killed (its
 * process group) and counted as a failure.  Generous: the tests' own
 * timeouts under TCG, on a machine shared with other builds. */
#define TEST_LIMIT_S 90
#define TAIL 16384

static char names[MAXTESTS][64];
static long total_pass, total_fail;

static int by_name(const void *a, const void *b)
{
	return js_strcmp(a, b);
}

static long now_ms(void)
{
	struct js_timespec t;

	js_clock_gettime(JS_CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* The numbers of a line "N passed, M failed..." (the runner's closing
 * line); 0 when the line is something else. */
static int closing_line(const char *s, long *p, long *f)
{
	static const char mid[] = " passed, ";
	char *end;
	int err = 0;

	if (*s < '0' || *s > '9')
		return 0;
	*p = js_strtol(s, &end, 10, &err);
	if (err || js_strncmp(end, mid, sizeof mid - 1) != 0)
		return 0;
	s = end + sizeof mid - 1;
	*f = js_strtol(s, &end, 10, &err);
	return !err && js_strncmp(end, " failed", 7) == 0;
}

struct out {
	char line[512];
	unsigned long len;
	char tail[TAIL];
	unsigned long tlen;
	long pass, fail;
};

/* Keeps a line for the failure report unless it is a passed case's. */
static void keep(struct out *o, const char *s, unsigned long n)
{
	if (n >= 5 && js_strncmp(s, "ok   ", 5) == 0)
		return;
	if (n > TAIL / 2)
		n = TAIL / 2;
	if (o->tlen + n + 1 > TAIL) {
		memmove(o->tail, o->tail + TAIL / 2, TAIL / 2);
		o->tlen -= TAIL / 2;
	}
	memcpy(o->tail + o->tlen, s, n);
	o->tlen += n;
	o->tail[o->tlen++] = '\n';
}

static void take(struct out *o, const char *b, long n)
{
	for (long i = 0; i < n; i++) {
		if (b[i] != '\n') {
			if (o->len < sizeof o->line - 1)
				o->line[o->len++] = b[i];
			continue;
		}
		o->line[o->len] = 0;
		long p, f;

		if (closing_line(o->line, &p, &f)) {
			o->pass += p;
			o->fail += f;
		}
		keep(o, o->line, o->len);
		o->len = 0;
	}
}

/* Runs /tests/NAME in /tmp/boot/NAME; adds its counts to the totals. */
static void run_one(const char *name)
{
	char path[128], dir[128];
	static struct out o;
	int pfd[2], st = 0;
	long pid, deadline, r, t0 = now_ms();
	int killed = 0;

	js_snprintf(path, sizeof path, "%s/%s", TESTS, name);
	js_snprintf(dir, sizeof dir, "/tmp/boot/%s", name);
	js_mkdir(dir, 0755);
	memset(&o, 0, sizeof o);
	if (js_pipe2(pfd, JS_O_CLOEXEC) < 0) {
		js_dprintf(1, "---- %s: no pipe\n", name);
		total_fail++;
		return;
	}
	pid = js_fork();
	if (pid == 0) {
		char *argv[] = { path, 0 };

		/* Its own group, so that a timeout kills whatever it forked. */
		js_setpgid(0, 0);
		if (js_chdir(dir) < 0 || js_dup2(pfd[1], 1) < 0 || js_dup2(pfd[1], 2) < 0)
			js_exit_group(127);
		js_execve(path, argv, js_environ);
		js_exit_group(127);
	}
	js_close(pfd[1]);
	if (pid < 0) {
		js_close(pfd[0]);
		js_dprintf(1, "---- %s: fork: %s\n", name, js_strerror(pid));
		total_fail++;
		return;
	}
	deadline = now_ms() + TEST_LIMIT_S * 1000L;
	for (;;) {
		struct js_pollfd p = { pfd[0], JS_POLLIN, 0 };
		char buf[1024];
		long left = deadline - now_ms();

		if (left <= 0) {
			js_kill(-(int)pid, JS_SIGKILL);
			js_kill((int)pid, JS_SIGKILL);
			killed = 1;
			break;
		}
		r = js_poll(&p, 1, (int)(left > 1000 ? 1000 : left));
		if (r == -JS_EINTR || r == 0)
			continue;
		if (r < 0)
			break;
		r = js_read(pfd[0], buf, sizeof buf);
		if (r == -JS_EINTR)
			continue;
		if (r <= 0)
			break;
		take(&o, buf, r);
	}
	js_close(pfd[0]);
	while ((r = js_wait4((int)pid, &st, 0, 0)) == -JS_EINTR)
		;
	/* Whatever it left in its group goes too. */
	js_kill(-(int)pid, JS_SIGKILL);
	if (o.len)
		take(&o, "\n", 1);
	/* As tests/run.sh: a bad exit with no failure counted, or no result
	 * at all, is one failure. */
	if ((r < 0 || st != 0) && o.fail == 0)
		o.fail = 1;
	if (o.pass == 0 && o.fail == 0)
		o.fail = 1;
	total_pass += o.pass;
	total_fail += o.fail;
	if (o.fail == 0) {
		js_dprintf(1, "%s: %ld passed (%ld s)\n", name, o.pass, (now_ms() - t0) / 1000);
		return;
	}
	js_dprintf(1, "---- %s (status 0x%x%s, %ld s): %ld passed, %ld failed\n", name,
		   st, killed ? ", killed after the time limit" : "",
		   (now_ms() - t0) / 1000, o.pass, o.fail);
	js_write(1, o.tail, o.tlen);
	js_dprintf(1, "---- end of %s\n", name);
}

/* The loopback interface, down in a freshly booted kernel, up as every
 * system's start-up leaves it (the socket tests talk over 127.0.0.1). */
static void loopback_up(void)
{
	struct js_ifreq r;
	long fd = js_socket(JS_AF_INET, JS_SOCK_DGRAM | JS_SOCK_CLOEXEC, 0), e;

	memset(&r, 0, sizeof r);
	js_strlcpy(r.ifr_ifrn.ifrn_name, "lo", sizeof r.ifr_ifrn.ifrn_name);
	e = fd < 0 ? fd : js_ioctl((int)fd, JS_SIOCGIFFLAGS, &r);
	if (e >= 0) {
		r.ifr_ifru.ifru_flags |= JS_IFF_UP;
		e = js_ioctl((int)fd, JS_SIOCSIFFLAGS, &r);
	}
	if (e < 0)
		js_dprintf(1, "suite: bringing lo up: %s\n", js_strerror(e));
	if (fd >= 0)
		js_close((int)fd);
}

static int list_tests(void)
{
	static unsigned long long buf[JS_DIR_BUFSIZE / 8];
	const struct js_linux_dirent64 *e;
	struct js_dir d;
	long r = js_dir_open(&d, TESTS, buf, sizeof buf);
	int n = 0;

	if (r < 0) {
		js_dprintf(1, "suite: %s: %s\n", TESTS, js_strerror(r));
		return -1;
	}
	while ((r = js_dir_read(&d, &e)) > 0) {
		if (e->d_name[0] == '.' || n == MAXTESTS)
			continue;
		js_strlcpy(names[n++], e->d_name, sizeof names[0]);
	}
	js_dir_close(&d);
	js_qsort(names, (size_t)n, sizeof names[0], by_name);
	return n;
}

int main(void)
{
	int n;
	long t0 = now_ms();

	/* The initramfs held /init; the new root does not, and /proc was
	 * moved, not mounted again. */
	if (js_access("/init", JS_F_OK) == 0 || js_access("/proc/self/exe", JS_F_OK) != 0) {
		js_dprintf(1, "after: not in the new root (/init %s, /proc/self/exe %s)\n",
			   js_access("/init", JS_F_OK) == 0 ? "present" : "gone",
			   js_access("/proc/self/exe", JS_F_OK) == 0 ? "present" : "missing");
		return 3;
	}
	js_dprintf(1, "after: running in the new root\n");
	js_mkdir("/tmp", 01777);
	js_mkdir("/tmp/boot", 0755);
	loopback_up();
	n = list_tests();
	js_dprintf(1, "suite: %d test programs\n", n);
	for (int i = 0; i < n; i++)
		run_one(names[i]);
	if (n <= 0)
		total_fail++;
	js_dprintf(1, "suite: the tests took %ld s\n", (now_ms() - t0) / 1000);
	js_dprintf(1, "suite: %ld passed, %ld failed\n", total_pass, total_fail);
	return total_fail != 0;
}
