/* Small glibc-side helpers shared by the file-API host tests: counting open
 * descriptors (to prove no fd is leaked), making files, comparing name
 * sets.  The oracle side of every test uses glibc only. */
#ifndef LIBJS_TESTS_FS_UTIL_H
#define LIBJS_TESTS_FS_UTIL_H
#include <dirent.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "host.h"

#ifndef ARRAY_LEN
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#endif

/* Open descriptors of this process (the listing's own fd counts in both
 * the before and the after, so differences are exact). */
static inline int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	assert_non_null(d);
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

/* An address no one maps (the first page), hidden from the compiler's
 * own object-size checks: the kernel must answer EFAULT. */
static inline void *bad_ptr(void)
{
	volatile uintptr_t a = 8;

	return (void *)a;
}

/* glibc's result in our convention: -errno on failure. */
#define GLIBC(call) ((call) < 0 ? -(long)errno : (long)(call))

static inline void put_file(const char *path, const char *data)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, strlen(data)), (ssize_t)strlen(data));
	close(fd);
}

static inline int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A name of length len made of c after a 5-digit i (unique per i when
 * len > 5). */
static inline void long_name(char *out, size_t len, int i, char c)
{
	memset(out, c, len);
	out[len] = 0;
	if (len > 5) {
		snprintf(out, 6, "%05u", (unsigned)i % 100000u);
		out[5] = c;
	}
}

#endif
