/* js_write_str, js_write_all and js_cwd, hard: short writes and EINTR
 * (real ones from a signal timer, and forced ones through the call hook),
 * and every size case of the snprintf-style js_cwd against glibc. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include "fs_util.h"
#include <libjs/libjs.h>

/* ---- js_write_str --------------------------------------------------- */

static void write_str(void **state)
{
	char buf[16];
	int p[2];

	(void)state;
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_write_str(p[1], "hello"), 5);
	assert_int_equal(js_write_str(p[1], ""), 0);
	/* No stray NUL (the JavaScript libjs's defect): exactly the bytes of the string. */
	assert_int_equal(js_write_str(p[1], "!"), 1);
	close(p[1]);
	assert_int_equal(read(p[0], buf, sizeof buf), 6);
	assert_memory_equal(buf, "hello!", 6);
	close(p[0]);
	assert_int_equal(js_write_str(p[1], "x"), -JS_EBADF);
	assert_int_equal(js_write_str(1, NULL), -JS_EFAULT);
	assert_int_equal(js_write_str(-1, NULL), -JS_EFAULT);
}

/* ---- js_write_all --------------------------------------------------- */

#define BIG (1 << 20)
static unsigned char src[BIG], dst[BIG];

struct reader {
	int fd;
	size_t got;
	size_t chunk;
};

static void *drain(void *arg)
{
	struct reader *r = arg;
	ssize_t n;

	while ((n = read(r->fd, dst + r->got, r->chunk)) > 0) {
		r->got += (size_t)n;
		if (r->got % 65536 < r->chunk)
			usleep(200);
	}
	return NULL;
}

static void fill(void)
{
	for (size_t i = 0; i < BIG; i++)
		src[i] = (unsigned char)(i * 7 + (i >> 11));
}

static void write_all_file(void **state)
{
	int fd = open("wa", O_RDWR | O_CREAT | O_TRUNC, 0644);

	(void)state;
	fill();
	assert_true(fd >= 0);
	assert_int_equal(js_write_all(fd, src, BIG), BIG);
	assert_int_equal(js_write_all(fd, src, 0), 0);
	assert_int_equal(pread(fd, dst, BIG, 0), BIG);
	assert_memory_equal(src, dst, BIG);
	close(fd);
	assert_int_equal(js_write_all(fd, src, 10), -JS_EBADF);
	fd = open("wa", O_RDONLY);
	assert_int_equal(js_write_all(fd, src, 10), -JS_EBADF);
	close(fd);
}

static volatile sig_atomic_t alarms;
static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

/* A pipe far smaller than the data, a slow reader thread, and a timer
 * interrupting the writer every 200 us without SA_RESTART: write(2) comes
 * back short or with EINTR again and again, and every byte still arrives
 * once, in order. */
static void write_all_pipe_interrupted(void **state)
{
	struct sigaction sa = { .sa_handler = on_alarm };
	struct itimerval it = { { 0, 200 }, { 0, 200 } }, off = { 0 };
	struct reader r = { .chunk = 1000 };
	sigset_t set;
	pthread_t t;
	int p[2];

	(void)state;
	fill();
	memset(dst, 0, sizeof dst);
	assert_int_equal(pipe(p), 0);
	fcntl(p[1], F_SETPIPE_SZ, 4096);
	r.fd = p[0];
	sigaction(SIGALRM, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGALRM);
	/* The reader must not take the signals: only the writer's write(2)
	 * should be interrupted. */
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	assert_int_equal(pthread_create(&t, NULL, drain, &r), 0);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	alarms = 0;
	setitimer(ITIMER_REAL, &it, NULL);
	assert_int_equal(js_write_all(p[1], src, BIG), BIG);
	setitimer(ITIMER_REAL, &off, NULL);
	close(p[1]);
	pthread_join(t, NULL);
	close(p[0]);
	assert_int_equal(r.got, BIG);
	assert_memory_equal(src, dst, BIG);
	print_message("write_all_pipe_interrupted: %d signals during the write\n",
		      (int)alarms);
	assert_true(alarms > 0);
	signal(SIGALRM, SIG_DFL);
}

/* O_NONBLOCK: the first write is short (the pipe fills), the next one
 * gives EAGAIN, which js_write_all returns; what fit was written. */
static void write_all_nonblocking(void **state)
{
	int p[2];
	long cap;

	(void)state;
	fill();
	assert_int_equal(pipe2(p, O_NONBLOCK), 0);
	cap = fcntl(p[1], F_SETPIPE_SZ, 4096);
	assert_true(cap >= 4096);
	assert_int_equal(js_write_all(p[1], src, (size_t)cap + 100), -JS_EAGAIN);
	assert_int_equal(read(p[0], dst, BIG), cap);
	assert_memory_equal(src, dst, (size_t)cap);
	/* Room again: the rest goes through. */
	assert_int_equal(js_write_all(p[1], src, 100), 100);
	close(p[1]);
	close(p[0]);
	/* A reader that is gone: EPIPE (SIGPIPE ignored, as a server does). */
	signal(SIGPIPE, SIG_IGN);
	assert_int_equal(pipe(p), 0);
	close(p[0]);
	assert_int_equal(js_write_all(p[1], src, 10), -JS_EPIPE);
	close(p[1]);
	signal(SIGPIPE, SIG_DFL);
}

/* Exact control through the call hook (sys.h): every write is cut to 3
 * bytes and every other one fails with EINTR first; then a write that
 * makes no progress must end the loop with EIO, not spin. */
static int hook_mode, hook_calls;
static long fake(long nr, long a, long b, long c, long d, long e, long f)
{
	(void)d; (void)e; (void)f;
	if (nr != JS_NR_write)
		return syscall(nr, a, b, c);
	hook_calls++;
	if (hook_mode == 0)
		return 0;
	if (hook_calls % 2)
		return -JS_EINTR;
	return syscall(JS_NR_write, a, b, c < 3 ? c : 3) < 0 ? -errno : (c < 3 ? c : 3);
}

static void write_all_hooked(void **state)
{
	char buf[64];
	int p[2];

	(void)state;
	assert_int_equal(pipe(p), 0);
	hook_mode = 1;
	hook_calls = 0;
	js__hook = fake;
	assert_int_equal(js_write_all(p[1], "0123456789abcdefghij", 20), 20);
	js__hook = NULL;
	/* 7 short writes (3*6 + 2), each after one EINTR. */
	assert_int_equal(hook_calls, 14);
	assert_int_equal(read(p[0], buf, sizeof buf), 20);
	assert_memory_equal(buf, "0123456789abcdefghij", 20);
	hook_mode = 0;
	hook_calls = 0;
	js__hook = fake;
	assert_int_equal(js_write_all(p[1], "abc", 3), -JS_EIO);
	js__hook = NULL;
	assert_int_equal(hook_calls, 1);
	close(p[0]);
	close(p[1]);
}

/* ---- js_getcwd and js_cwd ------------------------------------------- */

static void getcwd_raw(void **state)
{
	char want[4096], buf[4096];
	long len;

	(void)state;
	assert_non_null(getcwd(want, sizeof want));
	len = (long)strlen(want);
	/* The raw call counts the NUL. */
	assert_int_equal(js_getcwd(buf, sizeof buf), len + 1);
	assert_string_equal(buf, want);
	assert_int_equal(js_getcwd(buf, (size_t)len + 1), len + 1);
	assert_int_equal(js_getcwd(buf, (size_t)len), -JS_ERANGE);
	assert_int_equal(GLIBC(getcwd(buf, (size_t)len) ? 0 : -1), -JS_ERANGE);
	assert_int_equal(js_getcwd(buf, 0), -JS_ERANGE);
	assert_int_equal(js_getcwd(NULL, 100), -JS_EFAULT);
	assert_int_equal(js_getcwd(bad_ptr(), 4096), -JS_EFAULT);
}

static void cwd_sizes(void **state)
{
	char want[4096], buf[4096];
	long len;

	(void)state;
	assert_non_null(getcwd(want, sizeof want));
	len = (long)strlen(want);
	assert_true(len > 8);
	assert_int_equal(js_cwd(buf, sizeof buf), len);
	assert_string_equal(buf, want);
	/* Exact size: len + 1. */
	memset(buf, 'X', sizeof buf);
	assert_int_equal(js_cwd(buf, (size_t)len + 1), len);
	assert_string_equal(buf, want);
	/* One short: snprintf's answer, a truncated copy and the full length. */
	memset(buf, 'X', sizeof buf);
	assert_int_equal(js_cwd(buf, (size_t)len), len);
	assert_int_equal(strlen(buf), len - 1);
	assert_memory_equal(buf, want, (size_t)len - 1);
	assert_int_equal(buf[len], 'X');
	/* Much too small. */
	memset(buf, 'X', sizeof buf);
	assert_int_equal(js_cwd(buf, 5), len);
	assert_int_equal(strlen(buf), 4);
	assert_memory_equal(buf, want, 4);
	assert_int_equal(buf[5], 'X');
	/* Size 1: just the NUL. */
	memset(buf, 'X', sizeof buf);
	assert_int_equal(js_cwd(buf, 1), len);
	assert_int_equal(buf[0], 0);
	assert_int_equal(buf[1], 'X');
	/* Size 0: nothing written, not even a NUL; NULL is then fine. */
	memset(buf, 'X', sizeof buf);
	assert_int_equal(js_cwd(buf, 0), len);
	assert_int_equal(buf[0], 'X');
	assert_int_equal(js_cwd(NULL, 0), len);
	/* A bad pointer is the kernel's EFAULT. */
	assert_int_equal(js_cwd(NULL, 100), -JS_EFAULT);
}

static void cwd_deep_and_removed(void **state)
{
	char want[8192], buf[4096], small[64];
	int home = open(".", O_RDONLY | O_DIRECTORY), depth = 0;
	long len;

	(void)state;
	assert_true(home >= 0);
	/* Deeper than the JavaScript libjs's 64-byte first try. */
	for (int i = 0; i < 12; i++) {
		assert_int_equal(mkdir("a-rather-long-directory-name", 0755), 0);
		assert_int_equal(chdir("a-rather-long-directory-name"), 0);
	}
	assert_non_null(getcwd(want, sizeof want));
	len = (long)strlen(want);
	assert_true(len > 300);
	assert_int_equal(js_cwd(buf, sizeof buf), len);
	assert_string_equal(buf, want);
	assert_int_equal(js_cwd(small, sizeof small), len);
	assert_int_equal(strlen(small), sizeof small - 1);
	assert_memory_equal(small, want, sizeof small - 1);
	/* Longer than PATH_MAX: the kernel gives up with ENAMETOOLONG (glibc
	 * falls back to walking ".." in user space; libjs reports it). */
	char name[201];
	memset(name, 'n', 200);
	name[200] = 0;
	while (len < 4200) {
		assert_int_equal(mkdir(name, 0755), 0);
		assert_int_equal(chdir(name), 0);
		len += 201;
		depth++;
	}
	assert_int_equal(syscall(SYS_getcwd, buf, sizeof buf), -1);
	assert_int_equal(errno, ENAMETOOLONG);
	assert_int_equal(js_cwd(buf, sizeof buf), -JS_ENAMETOOLONG);
	assert_int_equal(js_cwd(small, sizeof small), -JS_ENAMETOOLONG);
	while (depth--) {
		assert_int_equal(chdir(".."), 0);
		assert_int_equal(rmdir(name), 0);
	}
	/* Removed: ENOENT, as glibc's getcwd says too. */
	assert_int_equal(mkdir("gone", 0755), 0);
	assert_int_equal(chdir("gone"), 0);
	assert_int_equal(rmdir("../gone"), 0);
	assert_int_equal(js_cwd(buf, sizeof buf), -JS_ENOENT);
	assert_int_equal(js_cwd(small, 2), -JS_ENOENT);
	assert_int_equal(js_cwd(NULL, 0), -JS_ENOENT);
	assert_int_equal(GLIBC(getcwd(buf, sizeof buf) ? 0 : -1), -JS_ENOENT);
	assert_int_equal(fchdir(home), 0);
	close(home);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(write_str),
		cmocka_unit_test(write_all_file),
		cmocka_unit_test(write_all_pipe_interrupted),
		cmocka_unit_test(write_all_nonblocking),
		cmocka_unit_test(write_all_hooked),
		cmocka_unit_test(getcwd_raw),
		cmocka_unit_test(cwd_sizes),
		cmocka_unit_test(cwd_deep_and_removed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
