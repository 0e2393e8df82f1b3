/* The toolkit with no libc, on every architecture (under qemu-user for
 * the others): formatting, js_out, strings, numbers, sorting, dates,
 * options, js_perror, js_execvpe's search and js_dir_fd.  The host tests
 * compare the same functions with glibc; this proves they work
 * freestanding. */
#include "runner.h"

static char b[128];

static void t_snprintf(void)
{
	volatile int v300 = 300;	/* as signed char: 44 */

	CHECK_EQ(js_snprintf(b, sizeof b, "%d|%5s|%-4x|%#o|%c|%%", -42, "ab", 255u, 8u, 'z'), 22);
	CHECK_STR(b, "-42|   ab|ff  |010|z|%");
	CHECK_EQ(js_snprintf(b, sizeof b, "%+.3ld %zu %hhd %llX %p %p", 7L, (size_t)9, (signed char)v300,
			     0xabcULL, (void *)0x10, (void *)0), 24);
	CHECK_STR(b, "+007 9 44 ABC 0x10 (nil)");
	CHECK_EQ(js_snprintf(b, 4, "%s", "hello"), 5);
	CHECK_STR(b, "hel");
	CHECK_EQ(js_snprintf(b, sizeof b, "%*.*d|%s", -5, 3, 1, (char *)0), 12);
	CHECK_STR(b, "001  |(null)");
	CHECK_EQ(js_snprintf(b, sizeof b, "x%ny", (int *)b), -JS_EINVAL);
	CHECK_EQ(js_snprintf(b, sizeof b, "%.1f|%d", 2.5, 3), 6);
	CHECK_STR(b, "%.1f|3");
	CHECK_EQ(js_snprintf(b, sizeof b, "%lld %llu", -9223372036854775807LL - 1,
			     18446744073709551615ULL), 41);
	CHECK_STR(b, "-9223372036854775808 18446744073709551615");
}

/* Output through a pipe, read back. */
static long drain(int fd, char *buf, size_t size)
{
	long n = js_read(fd, buf, size - 1);

	buf[n > 0 ? n : 0] = 0;
	return n;
}

static void t_dprintf_out(void)
{
	int p[2];
	char big[2000], back[4096];
	struct js_out o;

	CHECK_EQ(js_pipe(p), 0);
	CHECK_EQ(js_dprintf(p[1], "%s=%u\n", "n", 12u), 5);
	CHECK_EQ(drain(p[0], back, sizeof back), 5);
	CHECK_STR(back, "n=12\n");
	/* js_out: nothing written until full or flushed. */
	js_out_init(&o, p[1], b, 16);
	CHECK_EQ(js_out_str(&o, "abc"), 0);
	CHECK_EQ(js_out_printf(&o, "%05d", 42), 5);
	CHECK_EQ(o.len, 8);
	CHECK_EQ(js_out_printf(&o, "%20s", "x"), 20);	/* spills */
	CHECK_EQ(js_out_flush(&o), 0);
	CHECK_EQ(drain(p[0], back, sizeof back), 28);
	CHECK_STR(back, "abc00042                   x");
	/* Longer than JS_DPRINTF_BUF: still all of it. */
	for (int i = 0; i < 1999; i++)
		big[i] = (char)('a' + i % 26);
	big[1999] = 0;
	CHECK_EQ(js_dprintf(p[1], "<%s>", big), 2001);
	CHECK_EQ(drain(p[0], back, sizeof back), 2001);
	CHECK_EQ(back[2000], '>');
	/* Without a buffer: js_out_write goes straight through, and
	 * js_out_printf has nowhere to format. */
	js_out_init(&o, p[1], 0, 0);
	CHECK_EQ(js_out_write(&o, "direct", 6), 0);
	CHECK_EQ(drain(p[0], back, sizeof back), 6);
	CHECK_STR(back, "direct");
	CHECK_EQ(js_out_printf(&o, "%d", 1), -JS_EINVAL);
	/* The first error is kept. */
	js_close(p[0]);
	js_sigaction(JS_SIGPIPE, &(struct js_sigaction){ .sa_handler = JS_SIG_IGN }, 0);
	CHECK_EQ(js_dprintf(p[1], "x"), -JS_EPIPE);
	js_out_init(&o, p[1], b, 16);
	CHECK_EQ(js_out_write(&o, "0123456789abcdefghij", 20), -JS_EPIPE);
	CHECK_EQ(js_out_str(&o, "more"), -JS_EPIPE);
	CHECK_EQ(js_out_flush(&o), -JS_EPIPE);
	js_close(p[1]);
}

/* js_dprintf's writes, seen as records of a SOCK_SEQPACKET pair: up to
 * JS_DPRINTF_BUF bytes in one write, more in pieces of that size. */
static void t_dprintf_writes(void)
{
	int sv[2];
	char big[1300], back[2048];

	CHECK_EQ(js_socketpair(JS_AF_UNIX, JS_SOCK_SEQPACKET, 0, sv), 0);
	for (int i = 0; i < 1299; i++)
		big[i] = 'x';
	big[1299] = 0;
	CHECK_EQ(js_dprintf(sv[0], "%.*s", JS_DPRINTF_BUF, big), JS_DPRINTF_BUF);
	CHECK_EQ(js_read(sv[1], back, sizeof back), JS_DPRINTF_BUF);
	CHECK_EQ(js_dprintf(sv[0], "%s|%d", big, 7), 1301);
	CHECK_EQ(js_read(sv[1], back, sizeof back), JS_DPRINTF_BUF);
	CHECK_EQ(js_read(sv[1], back, sizeof back), JS_DPRINTF_BUF);
	CHECK_EQ(js_read(sv[1], back, sizeof back), 1301 - 2 * JS_DPRINTF_BUF);
	js_close(sv[0]);
	js_close(sv[1]);
}

static void t_perror_long(void)
{
	int p[2], save = (int)js_dup(2);
	char longp[600], back[700];

	for (int i = 0; i < 599; i++)
		longp[i] = 'p';
	longp[599] = 0;
	CHECK_EQ(js_pipe(p), 0);
	js_dup2(p[1], 2);
	CHECK_EQ(js_perror(longp, 2), 512);
	js_dup2(save, 2);
	js_close(save);
	js_close(p[1]);
	CHECK_EQ(drain(p[0], back, sizeof back), 512);
	CHECK_EQ(back[511], '\n');
	CHECK_EQ(back[510], 'p');
	js_close(p[0]);
}

static void t_perror(void)
{
	int p[2], save = (int)js_dup(2);
	char back[200];

	CHECK_EQ(js_pipe(p), 0);
	js_dup2(p[1], 2);
	CHECK_EQ(js_perror("prog", -JS_ENOENT), 32);
	CHECK_EQ(js_perror(0, JS_EACCES), 18);
	js_dup2(save, 2);
	js_close(save);
	js_close(p[1]);
	drain(p[0], back, sizeof back);
	CHECK_STR(back, "prog: No such file or directory\nPermission denied\n");
	js_close(p[0]);
}

static void t_strings(void)
{
	const char *s = "hello, world";
	char d[8];

	CHECK_EQ(js_strlen(s), 12);
	CHECK_EQ(js_strnlen(s, 5), 5);
	CHECK(js_strcmp("abc", "abd") < 0);
	CHECK(js_strcmp("\xff", "a") > 0);
	CHECK_EQ(js_strcmp("same", "same"), 0);
	CHECK_EQ(js_strncmp("abcx", "abcy", 3), 0);
	CHECK(js_strchr(s, 'o') == s + 4);
	CHECK(js_strchr(s, 0) == s + 12);
	CHECK(js_strrchr(s, 'o') == s + 8);
	CHECK(js_strstr(s, "wor") == s + 7);
	CHECK(js_strstr(s, "xyz") == 0);
	CHECK(js_memchr(s, 'w', 12) == s + 7);
	CHECK_EQ(js_strlcpy(d, s, sizeof d), 12);
	CHECK_STR(d, "hello, ");
	CHECK(memcmp(s, "hello", 5) == 0);
}

static void t_strto(void)
{
	char *e;
	int err;

	CHECK_EQ(js_strtol("  -0x1fz", &e, 0, &err), -31);
	CHECK_EQ(err, 0);
	CHECK_EQ(*e, 'z');
	CHECK_EQ(js_strtol("9223372036854775808", &e, 10, &err), 9223372036854775807L);
	CHECK_EQ(err, -JS_ERANGE);
	CHECK_EQ(js_strtoll("-9223372036854775809", &e, 10, &err), -9223372036854775807L - 1);
	CHECK_EQ(err, -JS_ERANGE);
	CHECK_EQ(js_strtoul("-1", &e, 10, &err), -1L);
	CHECK_EQ(err, 0);
	CHECK_EQ((long)js_strtoull("zz", &e, 36, &err), 1295);
	CHECK_EQ(js_strtoul("0777", &e, 0, &err), 511);
	CHECK_EQ(js_strtoul("xyz", &e, 10, &err), 0);
	CHECK_STR(e, "xyz");
	e = 0;
	CHECK_EQ(js_strtol("1", &e, 99, &err), 0);
	CHECK_EQ(err, -JS_EINVAL);
	CHECK_STR(e, "1");	/* *end = s for a bad base */
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static void t_qsort(void)
{
	int a[100];
	unsigned int x = 1;

	for (int i = 0; i < 100; i++) {
		x = x * 1103515245u + 12345u;
		a[i] = (int)(x >> 16) % 50;
	}
	js_qsort(a, 100, sizeof a[0], cmp_int);
	for (int i = 1; i < 100; i++)
		CHECK(a[i - 1] <= a[i]);
}

static void t_gmtime(void)
{
	struct js_tm t;

	CHECK_EQ(js_gmtime(951782400L, &t), 0);	/* 2000-02-29 00:00:00 */
	CHECK_EQ(t.tm_year, 100);
	CHECK_EQ(t.tm_mon, 1);
	CHECK_EQ(t.tm_mday, 29);
	CHECK_EQ(t.tm_wday, 2);
	CHECK_EQ(t.tm_yday, 59);
	CHECK_EQ(js_gmtime(-1, &t), 0);	/* 1969-12-31 23:59:59 */
	CHECK_EQ(t.tm_year, 69);
	CHECK_EQ(t.tm_hour, 23);
	CHECK_EQ(t.tm_sec, 59);
	CHECK_EQ(t.tm_wday, 3);
	CHECK_STR(t.tm_zone, "GMT");
	CHECK_EQ(js_gmtime(0x7fffffffffffffffL, &t), -JS_EOVERFLOW);
}

static void t_getopt(void)
{
	char *argv[] = { "p", "-ab", "v", "-c", "op", "-a", 0 };
	struct js_getopt g = JS_GETOPT_INIT;

	g.err = 0;
	CHECK_EQ(js_getopt(&g, 6, argv, "ab:c"), 'a');
	CHECK_EQ(js_getopt(&g, 6, argv, "ab:c"), 'b');
	CHECK_STR(g.arg, "v");
	CHECK_EQ(js_getopt(&g, 6, argv, "ab:c"), 'c');
	CHECK_EQ(js_getopt(&g, 6, argv, "ab:c"), -1);
	CHECK_EQ(g.ind, 4);	/* stops at the first operand */
}

static void t_execvpe(void)
{
	char *argv[] = { "no-such-program-here", 0 };
	char *envp[] = { 0 };

	CHECK_EQ(js_execvpe("no-such-program-here", argv, envp), -JS_ENOENT);
	CHECK_EQ(js_execvpe("", argv, envp), -JS_ENOENT);
	CHECK_EQ(js_execvpe("/nonexistent/x", argv, envp), -JS_ENOENT);
	CHECK_EQ(js_execvpe("/", argv, envp), -JS_EACCES);
	{
		char name[300];

		for (int i = 0; i < 299; i++)
			name[i] = 'n';
		name[299] = 0;
		CHECK_EQ(js_execvpe(name, argv, envp), -JS_ENAMETOOLONG);
	}
}

static void t_dir_fd(void)
{
	static unsigned long long buf[JS_DIR_MIN];
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	struct js_stat st;
	int found = 0;

	CHECK_EQ(js_dir_open(&d, "/", buf, sizeof buf), 0);
	CHECK(js_dir_fd(&d) >= 0);
	while (js_dir_read(&d, &e) > 0)
		if (!js_strcmp(e->d_name, "proc"))
			found = js_fstatat(js_dir_fd(&d), e->d_name, &st, 0) == 0 &&
				JS_S_ISDIR(st.st_mode);
	CHECK(found);
	js_dir_close(&d);
	CHECK_EQ(js_dir_fd(&d), -1);
}

static void t_strerror(void)
{
	CHECK_STR(js_strerror(-JS_ENOENT), "No such file or directory");
	CHECK_STR(js_strerror(JS_EHWPOISON), "Memory page has hardware error");
	CHECK_STR(js_errname(-JS_ENOTRECOVERABLE), "ENOTRECOVERABLE");
	CHECK_STR(js_strerror(41), "Unknown error");
	CHECK_STR(js_errname(41), "EUNKNOWN");
	/* Decoded once: the same pointer every time. */
	CHECK(js_strerror(JS_EPIPE) == js_strerror(-JS_EPIPE));
	CHECK(js_errname(JS_EPIPE) == js_errname(JS_EPIPE));
}

JT_MAIN(T(t_snprintf), T(t_dprintf_out), T(t_dprintf_writes), T(t_perror),
	T(t_perror_long), T(t_strings), T(t_strto),
	T(t_qsort), T(t_gmtime), T(t_getopt), T(t_execvpe), T(t_dir_fd), T(t_strerror))
