/* Fault injection: LIBJS_FAULT's syntax and `when` rules, thread-safe
 * counters, `short`, and libjs's own helpers under injected faults
 * (docs/tracing.md): js_write_all survives short writes and EINTR, js_cwd's
 * retry path runs, the directory iterator and js_readdir_list report an
 * error in the middle of a listing and leak no fd, mmap's ENOMEM comes
 * back cleanly.  glibc makes the checks' own calls, which the hook never
 * sees. */
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "host.h"
#include <libjs/libjs.h>

static int reset(void **state)
{
	(void)state;
	js_fault_clear();
	js_trace_set(0, 2);
	return 0;
}

static int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	assert_non_null(d);
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

/* The trace, into a file the test reads back. */
static int trace_fd;
static void trace_to_file(void)
{
	trace_fd = open("trace.out", O_RDWR | O_CREAT | O_TRUNC, 0600);
	assert_true(trace_fd >= 0);
	js_trace_set(1, trace_fd);
}
static char *trace_text(void)
{
	static char buf[1 << 18];
	ssize_t n;

	js_trace_set(0, 2);
	n = pread(trace_fd, buf, sizeof buf - 1, 0);
	close(trace_fd);
	buf[n < 0 ? 0 : n] = 0;
	return buf;
}
static int count(const char *hay, const char *needle)
{
	int n = 0;

	while ((hay = strstr(hay, needle)))
		n++, hay++;
	return n;
}

static void parse_rules(void **state)
{
	(void)state;
	static const char *good[] = {
		"openat:ENOENT:1,read:EINTR:2+", "getppid:EPERM", "getppid:1",
		"read:short", "write:short:3+", " getppid:EPERM , getpid:EPERM:7 ",
		"", ",,", "getdents64:EIO:2", "mmap:ENOMEM", "read:4095",
		/* strace's when forms and its inject= syntax */
		"getppid:EPERM:2+2", "getppid:EPERM:2..4", "getppid:EPERM:2..4+",
		"getppid:EPERM:2..4+3", "getppid:error=EPERM:when=2+2",
		"getppid:retval=42", "getppid:retval=0x2a:when=3",
		"getppid:when=2:error=eperm", "getppid:EPERM:65535",
		"getppid:EPERM:1..65534", "getppid:EPERM:when=1:when=2",
		"getppid:error=5", "read:short:when=2..3",
		"getppid:retval=9223372036854775807",
		"getppid:retval=0x7fffffffffffffff",
	};
	static const char *bad[] = {
		"nosuchcall:EPERM", "getppid", "getppid:", "getppid:ENOPE",
		"getppid:EPERM:0", "getppid:EPERM:x", "getppid:EPERM:+",
		"getppid:EPERM:2:3", "getppid:short", "read:0", "read:4096",
		"getppid:EPERM:1++", ":EPERM",
		"getppid:EPERM:65536", "getppid:EPERM:1..65535", "getppid:EPERM:4..2",
		"getppid:EPERM:2+0", "getppid:EPERM:2...4", "getppid:EPERM:2.4",
		"getppid:error=EPERM:retval=1", "getppid:EPERM:error=EIO",
		"getppid:retval=-1", "getppid:retval=", "getppid:retval=0x",
		"getppid:when=2", "getppid:EPERM:when=x", "getppid:error=short",
		"getppid:EPERM:when=", "getppid:EPERM:2:when=3:4",
		"getppid:retval=9223372036854775808",
		"getppid:retval=99999999999999999999",
		"getppid:retval=0x8000000000000000", "getppid:retval=0x1g",
	};

	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		js_fault_clear();
		if (js_fault_parse(good[i]) != 0)
			fail_msg("rejected '%s'", good[i]);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		js_fault_clear();
		if (js_fault_parse(bad[i]) != -JS_EINVAL)
			fail_msg("accepted '%s'", bad[i]);
	}
	js_fault_clear();
	assert_int_equal(js_fault_set(-1, JS_EPERM, 0), -JS_EINVAL);
	assert_int_equal(js_fault_set(JS_NR_getppid, -1, 0), -JS_EINVAL);
	assert_int_equal(js_fault_set(JS_NR_getppid, JS_FAULT_SHORT, 0), -JS_EINVAL);
	/* when beyond strace's 16-bit counters */
	assert_int_equal(js_fault_set(JS_NR_getppid, JS_EPERM, 65536), -JS_EINVAL);
	assert_int_equal(js_fault_set(JS_NR_getppid, JS_EPERM, JS_FAULT_FROM), -JS_EINVAL);
	assert_int_equal(js_fault_add(JS_NR_getppid, JS_FAULT_DO_ERROR, 1, 3, 2, 1), -JS_EINVAL);
	assert_int_equal(js_fault_add(JS_NR_getppid, JS_FAULT_DO_RETVAL, -1, 1, JS_FAULT_LAST_INF, 1), -JS_EINVAL);
	assert_int_equal(js_fault_add(JS_NR_getppid, 0, 1, 1, JS_FAULT_LAST_INF, 1), -JS_EINVAL);
	/* JS_FAULT_MAX calls; a rule for one of them again replaces its
	 * rule and takes no room. */
	static const char *const calls[JS_FAULT_MAX + 1] = {
		"getuid", "getgid", "geteuid", "getegid", "getpid", "getppid",
		"gettid", "sched_yield", "sync", "getcwd", "umask", "uname",
		"getpgid", "getsid", "dup", "close", "fsync",
	};
	for (int i = 0; i < JS_FAULT_MAX; i++)
		assert_int_equal(js_fault_set(js_syscall_nr(calls[i]), JS_EPERM, 1000 + i), 0);
	assert_int_equal(js_fault_set(JS_NR_getuid, JS_EPERM, 0), 0);
	assert_int_equal(js_fault_set(js_syscall_nr(calls[JS_FAULT_MAX]), JS_EPERM, 0), -JS_ENOSPC);
	js_fault_clear();
	assert_int_equal(js_getppid(), getppid());
}

static void when_rules(void **state)
{
	(void)state;
	assert_int_equal(js_fault_parse("getppid:EPERM:2"), 0);
	assert_int_equal(js_getppid(), getppid());
	assert_int_equal(js_getppid(), -JS_EPERM);
	assert_int_equal(js_getppid(), getppid());
	js_fault_clear();

	assert_int_equal(js_fault_parse("getppid:EACCES:2+"), 0);
	assert_int_equal(js_getppid(), getppid());
	for (int i = 0; i < 5; i++)
		assert_int_equal(js_getppid(), -JS_EACCES);
	js_fault_clear();

	assert_int_equal(js_fault_parse("getppid:13"), 0);	/* by number */
	for (int i = 0; i < 3; i++)
		assert_int_equal(js_getppid(), -JS_EACCES);
	assert_int_equal(js_getpid(), getpid());		/* other calls pass */
	js_fault_clear();

	/* Two rules on one call: the last replaces the others, as strace
	 * keeps the last inject= for a call. */
	assert_int_equal(js_fault_parse("getppid:EPERM:1,getppid:EIO:2,getppid:EBUSY:3+"), 0);
	assert_int_equal(js_getppid(), getppid());
	assert_int_equal(js_getppid(), getppid());
	assert_int_equal(js_getppid(), -JS_EBUSY);
	assert_int_equal(js_getppid(), -JS_EBUSY);
	js_fault_clear();

	/* js_syscall goes through the same hook. */
	assert_int_equal(js_fault_set(JS_NR_getppid, JS_ENOSYS, 0), 0);
	assert_int_equal(js_syscall(JS_NR_getppid), -JS_ENOSYS);
}

/* The injected call never reaches the kernel and the trace says so. */
static void injected_in_trace(void **state)
{
	(void)state;
	char *t;

	trace_to_file();
	assert_int_equal(js_fault_parse("openat:ENOENT:1"), 0);
	assert_int_equal(js_openat(JS_AT_FDCWD, "trace.out", JS_O_RDONLY, 0), -JS_ENOENT);
	t = trace_text();
	assert_string_equal(t, "libjs:syscall openat(AT_FDCWD, \"trace.out\", O_RDONLY) = -1 ENOENT (No such file or directory) (INJECTED)\n");
}

static void *hammer(void *arg)
{
	long *hits = arg;

	for (int i = 0; i < 2000; i++)
		if (js_getppid() == -JS_EPERM)
			(*hits)++;
	return NULL;
}

/* Each thread counts its own calls, as strace counts per task: with
 * when=1500..1999+100 every one of four concurrent threads fails its calls
 * 1500, 1600, ..., 1900, and no more. */
static void counters_are_per_thread(void **state)
{
	(void)state;
	pthread_t th[4];
	long hits[4] = { 0 };

	assert_int_equal(js_fault_parse("getppid:EPERM:1500..1999+100"), 0);
	for (int i = 0; i < 4; i++)
		pthread_create(&th[i], NULL, hammer, &hits[i]);
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		assert_int_equal(hits[i], 5);
	}
	/* The main thread's count has not moved: its call 1 passes. */
	assert_int_equal(js_getppid(), getppid());
}

/* 200 threads, more than JS_FAULT_THREADS, one after the other: the rows
 * of threads that have ended are taken again, so each new thread still
 * counts from 1 (when=1: every thread's first call fails). */
static void *first_call(void *arg)
{
	*(long *)arg = js_getppid();
	return NULL;
}

/* 70 threads alive at once, each making its first call while all are
 * alive: the main thread holds a row, 63 threads get the other rows and
 * count apart, the 7 left share one count, so with when=1 64 of the 70
 * fail. */
#define CROWD 70
static pthread_barrier_t crowd_in, crowd_out;
static void *crowd(void *arg)
{
	pthread_barrier_wait(&crowd_in);
	*(long *)arg = js_getppid();
	pthread_barrier_wait(&crowd_out);
	return NULL;
}

static void overflow_threads_share_a_count(void **state)
{
	(void)state;
	pthread_t t[CROWD];
	long r[CROWD];
	int failed = 0;

	assert_int_equal(js_fault_parse("getppid:EPERM:1"), 0);
	assert_int_equal(js_getppid(), -JS_EPERM);	/* the main thread's row */
	pthread_barrier_init(&crowd_in, NULL, CROWD);
	pthread_barrier_init(&crowd_out, NULL, CROWD);
	for (int i = 0; i < CROWD; i++)
		assert_int_equal(pthread_create(&t[i], NULL, crowd, &r[i]), 0);
	for (int i = 0; i < CROWD; i++) {
		pthread_join(t[i], NULL);
		failed += r[i] == -JS_EPERM;
	}
	pthread_barrier_destroy(&crowd_in);
	pthread_barrier_destroy(&crowd_out);
	assert_int_equal(failed, JS_FAULT_THREADS - 1 + 1);
}

static void thread_rows_come_back(void **state)
{
	(void)state;
	assert_int_equal(js_fault_parse("getppid:EPERM:1"), 0);
	for (int i = 0; i < 200; i++) {
		pthread_t t;
		long r = 0;

		pthread_create(&t, NULL, first_call, &r);
		pthread_join(t, NULL);
		assert_int_equal(r, -JS_EPERM);
	}
}

static void *tracer(void *arg)
{
	(void)arg;
	for (int i = 0; i < 300; i++)
		js_write(-1, "0123456789012345678901234567890123456789", 40);
	return NULL;
}

/* Lines from concurrent threads never interleave: each is one write. */
static void lines_are_whole(void **state)
{
	(void)state;
	pthread_t th[4];
	const char *want = "libjs:syscall write(-1, \"0123456789012345678901234567890"
			   "1\"..., 40) = -1 EBADF (Bad file descriptor)\n";
	char *t, *p;
	int n = 0;

	trace_to_file();
	for (int i = 0; i < 4; i++)
		pthread_create(&th[i], NULL, tracer, NULL);
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	t = trace_text();
	/* Each line whole, and marked as strace -f marks a thread that is
	 * not the main one: "libjs:syscall [pid TID] write(...". */
	for (p = t; *p; n++) {
		const char *head = "libjs:syscall [pid ";
		char *end = p;

		if (strncmp(p, head, strlen(head)) ||
		    strtol(p + strlen(head), &end, 10) == getpid() ||
		    strncmp(end, "] ", 2) ||
		    strncmp(end + 2, want + strlen("libjs:syscall "),
			    strlen(want) - strlen("libjs:syscall "))) {
			fail_msg("line %d broken: %.200s", n, p);
		}
		p = end + 2 + strlen(want) - strlen("libjs:syscall ");
	}
	assert_int_equal(n, 1200);
}

static void write_all_survives(void **state)
{
	(void)state;
	char out[64] = { 0 };
	int fd = open("w.out", O_RDWR | O_CREAT | O_TRUNC, 0600);
	char *t;

	trace_to_file();
	/* Call 1 is interrupted, then (a second rule for write replaces the
	 * first, as in strace) every write is cut to half its bytes. */
	assert_int_equal(js_fault_parse("write:EINTR:1"), 0);
	assert_int_equal(js_write_all(fd, "abcde", 5), 5);
	assert_int_equal(js_fault_parse("write:short"), 0);
	assert_int_equal(js_write_all(fd, "fghij", 5), 5);
	js_fault_clear();
	t = trace_text();
	assert_int_equal(pread(fd, out, sizeof out, 0), 10);
	assert_string_equal(out, "abcdefghij");
	/* 10 -> 5 written, 5 -> 3, 2 -> 1, 1 -> 1: four writes after EINTR. */
	assert_int_equal(count(t, "= -1 EINTR (Interrupted system call) (INJECTED)"), 1);
	assert_int_equal(count(t, "libjs:syscall write("), 5);
	/* The trace shows what the kernel was asked for. */
	assert_non_null(strstr(t, ", \"abcde\", 5) = 5\n"));
	assert_non_null(strstr(t, ", \"fgh\", 3) = 3\n"));
	assert_non_null(strstr(t, ", \"j\", 1) = 1\n"));
	close(fd);
}

static void cwd_retry_runs(void **state)
{
	(void)state;
	char buf[4096], want[4096];
	char *t;

	assert_non_null(getcwd(want, sizeof want));
	trace_to_file();
	assert_int_equal(js_fault_parse("getcwd:ERANGE:1"), 0);
	assert_int_equal(js_cwd(buf, sizeof buf), (long)strlen(want));
	t = trace_text();
	assert_string_equal(buf, want);
	assert_int_equal(count(t, "libjs:syscall getcwd("), 2);
	assert_int_equal(count(t, "= -1 ERANGE (Numerical result out of range) (INJECTED)"), 1);
	/* Failing every time: the error comes back, not a path. */
	js_fault_clear();
	assert_int_equal(js_fault_parse("getcwd:ENOENT"), 0);
	assert_int_equal(js_cwd(buf, sizeof buf), -JS_ENOENT);
}

static void make_dir(int files)
{
	char name[64];

	mkdir("dir", 0700);
	for (int i = 0; i < files; i++) {
		snprintf(name, sizeof name, "dir/file-with-a-longish-name-%03d", i);
		close(open(name, O_WRONLY | O_CREAT, 0600));
	}
}

static void dir_error_mid_listing(void **state)
{
	(void)state;
	static char buf[JS_DIR_MIN] __attribute__((aligned(8)));
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	int before, n = 0;
	long r;

	make_dir(60);
	before = count_fds();
	assert_int_equal(js_fault_parse("getdents64:EIO:3"), 0);
	assert_int_equal(js_dir_open(&d, "dir", buf, sizeof buf), 0);
	while ((r = js_dir_read(&d, &e)) == 1)
		n++;
	assert_int_equal(r, -JS_EIO);
	assert_true(n > 0 && n < 62);	/* stopped in the middle */
	assert_int_equal(js_dir_close(&d), 0);
	assert_int_equal(count_fds(), before);

	/* js_readdir_list closes its fd on the error path too. */
	js_fault_clear();
	char names[8192];
	assert_int_equal(js_fault_parse("getdents64:EIO:2"), 0);
	assert_int_equal(js_readdir_list("dir", names, sizeof names), -JS_EIO);
	assert_int_equal(count_fds(), before);
	js_fault_clear();
	assert_true(js_readdir_list("dir", names, sizeof names) > 0);
	assert_int_equal(count_fds(), before);
}

static void mmap_enomem(void **state)
{
	(void)state;
	void *p;
	char *t;

	trace_to_file();
	assert_int_equal(js_fault_parse("mmap:ENOMEM"), 0);
	p = (void *)js_syscall(JS_NR_mmap, 0L, 4096L, 3L, 0x22L, -1L, 0L);
	t = trace_text();
	assert_true(JS_IS_ERR(p));
	assert_int_equal(JS_PTR_ERR(p), -JS_ENOMEM);
	assert_string_equal(t, "libjs:syscall mmap(NULL, 4096, PROT_READ|PROT_WRITE, "
			       "MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM (Cannot allocate memory) (INJECTED)\n");
}

/* `short` on a read: the kernel is asked for half, rounded up. */
static void short_read(void **state)
{
	(void)state;
	char buf[16];
	int fd = open("r.in", O_RDWR | O_CREAT | O_TRUNC, 0600);

	assert_int_equal(write(fd, "abcdefg", 7), 7);
	assert_int_equal(js_fault_parse("pread64:short"), 0);
	assert_int_equal(js_pread(fd, buf, 7, 0), 4);
	assert_int_equal(js_pread(fd, buf, 1, 0), 1);
	close(fd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(parse_rules, reset),
		cmocka_unit_test_setup(when_rules, reset),
		cmocka_unit_test_setup(injected_in_trace, reset),
		cmocka_unit_test_setup(counters_are_per_thread, reset),
		cmocka_unit_test_setup(thread_rows_come_back, reset),
		cmocka_unit_test_setup(overflow_threads_share_a_count, reset),
		cmocka_unit_test_setup(lines_are_whole, reset),
		cmocka_unit_test_setup(write_all_survives, reset),
		cmocka_unit_test_setup(cwd_retry_runs, reset),
		cmocka_unit_test_setup(dir_error_mid_listing, reset),
		cmocka_unit_test_setup(mmap_enomem, reset),
		cmocka_unit_test_setup(short_read, reset),
	};
	return cmocka_run_group_tests(tests, NULL, reset);
}
