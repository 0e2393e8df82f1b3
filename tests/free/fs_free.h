/* Helpers for the freestanding file-API tests: no libc, so the few string
 * and file chores the tests need are written here on top of libjs. */
#ifndef LIBJS_TESTS_FREE_FS_H
#define LIBJS_TESTS_FREE_FS_H
#include "runner.h"

static inline unsigned long slen(const char *s)
{
	unsigned long n = 0;

	while (s[n])
		n++;
	return n;
}

static inline int mem_eq(const void *a, const void *b, unsigned long n)
{
	const unsigned char *p = a, *q = b;

	while (n--)
		if (*p++ != *q++)
			return 0;
	return 1;
}

static inline void fill(void *p, int c, unsigned long n)
{
	unsigned char *d = p;

	while (n--)
		*d++ = (unsigned char)c;
}

/* A file holding data, created with mode 0644. */
static inline void put(const char *path, const char *data)
{
	long fd = js_open(path, JS_O_WRONLY | JS_O_CREAT | JS_O_TRUNC, 0644);

	CHECK(fd >= 0);
	CHECK_EQ(js_write_all((int)fd, data, slen(data)), (long)slen(data));
	js_close((int)fd);
}

/* Open descriptors, counted through /proc/self/fd with libjs itself. */
static inline int fd_count(void)
{
	_Alignas(8) char buf[4096];
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	int n = 0;

	if (js_dir_open(&d, "/proc/self/fd", buf, sizeof buf) != 0)
		return -1;
	while (js_dir_read(&d, &e) == 1)
		n++;
	js_dir_close(&d);
	return n;
}

/* A NUL-terminated run of n copies of c in out. */
static inline char *run_of(char *out, char c, unsigned long n)
{
	fill(out, c, n);
	out[n] = 0;
	return out;
}

#endif
