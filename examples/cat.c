/* cat: copies each file named in argv (or stdin when there is none, or for
 * "-") to stdout with a read / js_write_all loop.  Errors go to stderr as
 * "cat: NAME: Message"; the exit status is 1 if any file failed. */
#include <libjs/libjs.h>

/* One write per message (js_dprintf), so it never interleaves with
 * another's. */
static void complain(const char *name, long err)
{
	js_dprintf(2, "cat: %s: %s\n", name, js_strerror(err));
}

/* 0, or the -errno that stopped the copy. */
static long copy(int fd, char *buf, size_t size)
{
	for (;;) {
		long n = js_read(fd, buf, size);

		if (n == -JS_EINTR)
			continue;
		if (n <= 0)
			return n;
		n = js_write_all(1, buf, (size_t)n);
		if (n < 0)
			return n;
	}
}

int main(int argc, char **argv)
{
	static char buf[65536];
	int i, status = 0;

	if (argc < 2) {
		long r = copy(0, buf, sizeof buf);

		if (r < 0)
			complain("-", r);
		return r < 0;
	}
	for (i = 1; i < argc; i++) {
		int stdin_ = argv[i][0] == '-' && !argv[i][1];
		long fd = stdin_ ? 0 : js_open(argv[i], JS_O_RDONLY | JS_O_CLOEXEC);
		long r = fd < 0 ? fd : copy((int)fd, buf, sizeof buf);

		if (r < 0) {
			complain(argv[i], r);
			status = 1;
		}
		if (fd > 0)
			js_close((int)fd);
	}
	return status;
}
