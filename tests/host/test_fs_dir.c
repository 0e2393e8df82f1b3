/* The directory iterator (js_dir_*) and js_readdir_list against glibc's
 * readdir(3): same names, same d_type, nothing skipped at a batch boundary,
 * clear errors on misuse, and no descriptor leaked on any path. */
#include <stdio.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include "fs_util.h"
#include <libjs/libjs.h>

#define MAXN 2100

struct listing {
	int n;
	char *e[MAXN];
};

static void add(struct listing *l, const char *name, unsigned type)
{
	char *s;

	assert_true(l->n < MAXN);
	assert_true(asprintf(&s, "%s/%u", name, type) > 0);
	l->e[l->n++] = s;
}

static void done(struct listing *l)
{
	qsort(l->e, (size_t)l->n, sizeof l->e[0], cmp_str);
}

static void drop(struct listing *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->e[i]);
	l->n = 0;
}

static void same(struct listing *a, struct listing *b)
{
	assert_int_equal(a->n, b->n);
	for (int i = 0; i < a->n; i++)
		assert_string_equal(a->e[i], b->e[i]);
}

static void glibc_list(const char *path, struct listing *l, int dots)
{
	DIR *d = opendir(path);
	struct dirent64 *e;

	assert_non_null(d);
	while ((e = readdir64(d)))
		if (dots || (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")))
			add(l, e->d_name, e->d_type);
	closedir(d);
	done(l);
}

/* Our listing with a buffer of the given size at buf; returns calls. */
static long js_list(const char *path, void *buf, size_t size, struct listing *l)
{
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	long r, n = 0;

	assert_int_equal(js_dir_open(&d, path, buf, size), 0);
	while ((r = js_dir_read(&d, &e)) == 1) {
		add(l, e->d_name, e->d_type);
		n++;
	}
	assert_int_equal(r, 0);
	/* The end stays the end. */
	assert_int_equal(js_dir_read(&d, &e), 0);
	assert_int_equal(js_dir_close(&d), 0);
	done(l);
	return n;
}

/* A directory with every kind of entry glibc can tell apart. */
static int mixed(void **state)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char name[300];
	int s;

	(void)state;
	mkdir("mix", 0755);
	put_file("mix/file", "x");
	mkdir("mix/sub", 0755);
	symlink("file", "mix/link");
	mkfifo("mix/fifo", 0644);
	strcpy(sa.sun_path, "mix/sock");
	s = socket(AF_UNIX, SOCK_STREAM, 0);
	if (s >= 0) {
		bind(s, (struct sockaddr *)&sa, sizeof sa);
		close(s);
	}
	for (int i = 0; i < 60; i++) {
		char p[320];

		long_name(name, (size_t)(1 + (i * 37) % 255), i, 'a' + i % 26);
		if (strlen(name) < 6)
			snprintf(name, sizeof name, "%d", i);
		snprintf(p, sizeof p, "mix/%s", name);
		put_file(p, "");
	}
	return 0;
}

static void iterator_matches_glibc(void **state)
{
	static _Alignas(8) char buf[JS_DIR_BUFSIZE];
	struct listing a = { 0 }, b = { 0 };
	int fds = count_fds();

	(void)state;
	glibc_list("mix", &a, 1);
	assert_true(a.n >= 66);
	js_list("mix", buf, sizeof buf, &b);
	same(&a, &b);
	drop(&a);
	drop(&b);
	assert_int_equal(count_fds(), fds);
}

/* Every buffer size from one maximal record up, in 8-byte steps, and
 * sizes that make a batch end exactly at the end of a record: the same
 * names each time (the JavaScript libjs dropped the record ending at the end). */
static void batch_boundaries(void **state)
{
	static _Alignas(8) char big[65536], buf[65536];
	struct listing a = { 0 }, b = { 0 };
	long n, fd, pos = 0;

	(void)state;
	glibc_list("mix", &a, 1);
	for (size_t size = JS_DIR_MIN; size <= 4096; size += 8) {
		js_list("mix", buf, size, &b);
		same(&a, &b);
		drop(&b);
	}
	/* The record boundaries, as the kernel lays them out. */
	fd = js_open("mix", JS_O_RDONLY | JS_O_DIRECTORY);
	assert_true(fd >= 0);
	n = js_getdents64((int)fd, big, sizeof big);
	assert_true(n > 0);
	assert_int_equal(js_getdents64((int)fd, big + n, sizeof big - (size_t)n), 0);
	js_close((int)fd);
	while (pos < n) {
		pos += ((struct js_linux_dirent64 *)(big + pos))->d_reclen;
		if (pos < JS_DIR_MIN)
			continue;
		js_list("mix", buf, (size_t)pos, &b);
		same(&a, &b);
		drop(&b);
	}
	assert_int_equal(pos, n);
	drop(&a);
}

static void minimum_buffer_and_misuse(void **state)
{
	static _Alignas(8) char buf[JS_DIR_MIN + 16];
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	struct listing a = { 0 }, b = { 0 };
	int fds = count_fds();

	(void)state;
	glibc_list("mix", &a, 1);
	js_list("mix", buf, JS_DIR_MIN, &b);
	same(&a, &b);
	drop(&b);
	/* Too small: EINVAL at open, no fd, and d reads as closed. */
	assert_int_equal(js_dir_open(&d, "mix", buf, JS_DIR_MIN - 1), -JS_EINVAL);
	assert_int_equal(d.fd, -1);
	assert_int_equal(js_dir_read(&d, &e), -JS_EBADF);
	assert_int_equal(js_dir_close(&d), -JS_EBADF);
	assert_int_equal(js_dir_open(&d, "mix", buf, 0), -JS_EINVAL);
	/* Unaligned: used from the first aligned byte, which must leave one
	 * maximal record. */
	js_list("mix", buf + 1, JS_DIR_MIN + 7, &b);
	same(&a, &b);
	drop(&b);
	assert_int_equal(js_dir_open(&d, "mix", buf + 1, JS_DIR_MIN + 6), -JS_EINVAL);
	assert_int_equal(js_dir_open(&d, "mix", buf + 3, JS_DIR_MIN), -JS_EINVAL);
	/* NULLs. */
	assert_int_equal(js_dir_open(NULL, "mix", buf, sizeof buf), -JS_EFAULT);
	assert_int_equal(js_dir_open(&d, "mix", NULL, sizeof buf), -JS_EFAULT);
	assert_int_equal(js_dir_open(&d, NULL, buf, sizeof buf), -JS_EFAULT);
	assert_int_equal(js_dir_read(NULL, &e), -JS_EFAULT);
	assert_int_equal(js_dir_close(NULL), -JS_EFAULT);
	/* Open errors are the kernel's, and leave nothing open. */
	assert_int_equal(js_dir_open(&d, "mix/file", buf, sizeof buf), -JS_ENOTDIR);
	assert_int_equal(js_dir_open(&d, "nope", buf, sizeof buf), -JS_ENOENT);
	assert_int_equal(js_dir_openat(&d, 12345, "x", buf, sizeof buf), -JS_EBADF);
	assert_int_equal(count_fds(), fds);
	/* Read after close, double close. */
	assert_int_equal(js_dir_open(&d, "mix", buf, sizeof buf), 0);
	assert_int_equal(count_fds(), fds + 1);
	assert_int_equal(js_dir_read(&d, NULL), -JS_EFAULT);
	assert_int_equal(js_dir_read(&d, &e), 1);
	assert_int_equal(js_dir_close(&d), 0);
	assert_int_equal(js_dir_read(&d, &e), -JS_EBADF);
	assert_int_equal(js_dir_close(&d), -JS_EBADF);
	assert_int_equal(count_fds(), fds);
	drop(&a);
}

static void openat_and_cloexec(void **state)
{
	static _Alignas(8) char buf[4096];
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	int dfd = open("mix", O_RDONLY | O_DIRECTORY), seen = 0;

	(void)state;
	assert_true(dfd >= 0);
	assert_int_equal(js_dir_openat(&d, dfd, "sub", buf, sizeof buf), 0);
	assert_int_equal(fcntl(d.fd, F_GETFD), FD_CLOEXEC);
	while (js_dir_read(&d, &e) == 1) {
		seen++;
		assert_int_equal(e->d_type, DT_DIR);
		assert_true(!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."));
	}
	assert_int_equal(seen, 2);
	assert_int_equal(js_dir_close(&d), 0);
	/* A bad fd inside the struct surfaces as the kernel's EBADF. */
	assert_int_equal(js_dir_openat(&d, dfd, ".", buf, sizeof buf), 0);
	close(d.fd);
	assert_int_equal(js_dir_read(&d, &e), -JS_EBADF);
	assert_int_equal(js_dir_close(&d), -JS_EBADF);
	close(dfd);
}

/* A buffer over 4 GiB must not be cut to its low 32 bits on the way to
 * getdents64's unsigned int count (4 GiB would read as 0: EINVAL). */
static void huge_buffer(void **state)
{
	size_t size = (1ul << 32) + 8;
	char *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	struct listing a = { 0 }, b = { 0 };

	(void)state;
	if (p == MAP_FAILED) {
		print_message("huge_buffer: skipped, no 4 GiB mapping here (%s)\n", strerror(errno));
		skip();
	}
	glibc_list("mix", &a, 1);
	js_list("mix", p, size - 8, &b);
	same(&a, &b);
	drop(&b);
	drop(&a);
	glibc_list("mix", &a, 0);
	{
		long r = js_readdir_list("mix", p, size - 8);
		int n = 0;

		assert_true(r > 0);
		for (long i = 0; i < r; i += (long)strlen(p + i) + 1)
			n++;
		assert_int_equal(n, a.n);
	}
	drop(&a);
	/* The raw call caps the count as glibc's getdents64 does. */
	{
		int fd = open("mix", O_RDONLY | O_DIRECTORY), g = open("mix", O_RDONLY | O_DIRECTORY);
		long r = js_getdents64(fd, p, 1ul << 32);

		assert_true(r > 0);
		assert_int_equal(r, getdents64(g, p + (1ul << 31), 1ul << 31));
		close(fd);
		close(g);
	}
	munmap(p, size);
}

/* ---- js_readdir_list ------------------------------------------------ */

static void list_names(const char *names, long n, struct listing *l)
{
	for (long i = 0; i < n; i += (long)strlen(names + i) + 1) {
		char *s = strdup(names + i);

		assert_true(l->n < MAXN);
		l->e[l->n++] = s;
	}
	done(l);
}

static void glibc_names(const char *path, struct listing *l)
{
	DIR *d = opendir(path);
	struct dirent *e;

	assert_non_null(d);
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			l->e[l->n++] = strdup(e->d_name);
	closedir(d);
	done(l);
}

static void check_list(const char *path, int expect_n)
{
	struct listing a = { 0 }, b = { 0 };
	size_t need = 0;
	long r;
	char *names;
	int fds = count_fds();

	glibc_names(path, &a);
	assert_int_equal(a.n, expect_n);
	for (int i = 0; i < a.n; i++)
		need += strlen(a.e[i]) + 1;
	names = malloc(need + 64);
	/* Plenty of room. */
	r = js_readdir_list(path, names, need + 64);
	assert_int_equal(r, (long)need);
	list_names(names, r, &b);
	same(&a, &b);
	drop(&b);
	/* Exact fit: the last names fit where their records would not. */
	free(names);
	names = malloc(need ? need : 1);
	r = js_readdir_list(path, names, need);
	assert_int_equal(r, (long)need);
	list_names(names, r, &b);
	same(&a, &b);
	drop(&b);
	/* Exact fit at every alignment of the buffer. */
	for (int off = 1; off < 8; off++) {
		char *m = malloc(need + 8);

		assert_int_equal(js_readdir_list(path, m + off, need), (long)need);
		free(m);
	}
	/* One byte short. */
	if (need) {
		assert_int_equal(js_readdir_list(path, names, need - 1), -JS_ERANGE);
		assert_int_equal(js_readdir_list(path, names, 0), -JS_ERANGE);
	}
	assert_int_equal(count_fds(), fds);
	free(names);
	drop(&a);
}

static void readdir_list_small(void **state)
{
	(void)state;
	check_list("mix", 65 - (access("mix/sock", F_OK) ? 1 : 0));
	mkdir("empty", 0755);
	check_list("empty", 0);
	{
		char c;

		assert_int_equal(js_readdir_list("empty", &c, 0), 0);
	}
}

static void readdir_list_2000_long_names(void **state)
{
	char name[256], p[300];

	(void)state;
	mkdir("big", 0755);
	for (int i = 0; i < 2000; i++) {
		long_name(name, 200 + (size_t)(i % 56), i, 'A' + i % 26);
		snprintf(p, sizeof p, "big/%s", name);
		put_file(p, "");
	}
	check_list("big", 2000);
	/* And through the iterator with its default buffer. */
	{
		static _Alignas(8) char buf[JS_DIR_BUFSIZE];
		struct listing a = { 0 }, b = { 0 };

		glibc_list("big", &a, 1);
		js_list("big", buf, sizeof buf, &b);
		same(&a, &b);
		drop(&a);
		drop(&b);
	}
}

static void readdir_list_errors(void **state)
{
	char names[4096];
	int fds = count_fds();

	(void)state;
	assert_int_equal(js_readdir_list("mix", NULL, 100), -JS_EFAULT);
	assert_int_equal(js_readdir_list(NULL, names, sizeof names), -JS_EFAULT);
	assert_int_equal(js_readdir_list("nope", names, sizeof names), -JS_ENOENT);
	assert_int_equal(js_readdir_list("mix/file", names, sizeof names), -JS_ENOTDIR);
	assert_int_equal(js_readdir_list("", names, sizeof names), -JS_ENOENT);
	/* The names buffer is written by the kernel: unmapped is EFAULT,
	 * not a crash, and the fd is closed. */
	assert_int_equal(js_readdir_list("mix", bad_ptr(), 4096), -JS_EFAULT);
	assert_int_equal(count_fds(), fds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(iterator_matches_glibc),
		cmocka_unit_test(batch_boundaries),
		cmocka_unit_test(minimum_buffer_and_misuse),
		cmocka_unit_test(openat_and_cloexec),
		cmocka_unit_test(huge_buffer),
		cmocka_unit_test(readdir_list_small),
		cmocka_unit_test(readdir_list_2000_long_names),
		cmocka_unit_test(readdir_list_errors),
	};
	return cmocka_run_group_tests(tests, mixed, NULL);
}
