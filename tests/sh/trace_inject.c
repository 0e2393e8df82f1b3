/* The program of tests/sh/test_trace_inject.sh: libjs's helpers facing
 * injected faults, run once with LIBJS_FAULT and once under strace's own
 * injection (-e inject=...); both runs must print the same.  argv[1] picks
 * the scenario.  Built with `libjs-cc --trace`: no libc. */
#include <libjs/libjs.h>

static size_t len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

static void say(const char *s)
{
	js_write_all(1, s, len(s));
}

static void say_num(long v)
{
	char b[24], *p = b + sizeof b;

	*--p = 0;
	if (v < 0) {
		say("-");
		v = -v;
	}
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	say(p);
}

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* fds 0..63 that are open, by F_GETFD (not by listing /proc/self/fd, which
 * would be getdents64 calls of its own and shift the injection count). */
static long open_fds(void)
{
	long n = 0;

	for (long fd = 0; fd < 64; fd++)
		if (js_syscall(JS_NR_fcntl, fd, 1L /* F_GETFD */) >= 0)
			n++;
	return n;
}

static void read_loop(void)
{
	char b[2];
	long fd, r, retries = 0;

	fd = js_open("data", JS_O_WRONLY | JS_O_CREAT | JS_O_TRUNC, 0600);
	js_write_all((int)fd, "abcdef", 6);
	js_close((int)fd);
	fd = js_open("data", JS_O_RDONLY);
	for (;;) {
		r = js_read((int)fd, b, 2);
		if (r == -JS_EINTR) {
			if (++retries == 3) {
				say("read: EINTR 3 times, giving up\n");
				break;
			}
			continue;
		}
		if (r <= 0)
			break;
		say("got ");
		js_write_all(1, b, (size_t)r);
		say("\n");
	}
	js_close((int)fd);
}

static void dir_listing(void)
{
	static char buf[JS_DIR_MIN] __attribute__((aligned(8)));
	char name[] = "dir/file-with-a-longish-name-00";
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	long n = 0, r, before;

	js_mkdir("dir", 0700);
	for (int i = 0; i < 60; i++) {
		name[sizeof name - 3] = (char)('0' + i / 10);
		name[sizeof name - 2] = (char)('0' + i % 10);
		js_close((int)js_open(name, JS_O_WRONLY | JS_O_CREAT, 0600));
	}
	before = open_fds();
	js_dir_open(&d, "dir", buf, sizeof buf);
	while ((r = js_dir_read(&d, &e)) == 1)
		n++;
	js_dir_close(&d);
	say("entries before the error: ");
	say_num(n);
	say(", result ");
	say(js_errname(r));
	say(", fds leaked: ");
	say_num(open_fds() - before);
	say("\n");
}

int main(int argc, char **argv)
{
	const char *m = argc > 1 ? argv[1] : "";
	char cwd[4096];

	if (same(m, "read")) {
		read_loop();
	} else if (same(m, "write")) {
		say("hello through EINTR\n");
	} else if (same(m, "cwd")) {
		long n = js_cwd(cwd, sizeof cwd);

		say("cwd length ");
		say_num(n);
		say(n > 0 && cwd[0] == '/' ? " path ok\n" : " no path\n");
	} else if (same(m, "dir")) {
		dir_listing();
	} else if (same(m, "mmap")) {
		void *p = (void *)js_syscall(JS_NR_mmap, 0L, 4096L, 3L, 0x22L, -1L, 0L);

		say(JS_IS_ERR(p) ? "mmap: " : "mmap: ok");
		if (JS_IS_ERR(p)) {
			say(js_errname(JS_PTR_ERR(p)));
			say(" (");
			say(js_strerror(JS_PTR_ERR(p)));
			say(")");
		}
		say("\n");
	} else {
		return 2;
	}
	return 0;
}
