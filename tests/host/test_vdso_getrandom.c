/* js_getrandom through the vDSO's getrandom (docs/vdso.md), next to
 * glibc: the bytes, the flags it hands to the system call, signal
 * handlers that call it in the middle of a call, fork (the child must not
 * repeat the parent's stream), and the state pool threads give back to.
 * Skipped as a whole (and counted as failing) on a kernel without
 * vgetrandom; this machine's has it. */
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "host.h"
#include <libjs/libjs.h>

void js__getrandom_thread_exit(void);

static void has_vgetrandom(void **state)
{
	(void)state;
	/* Every other test here means something only if this holds. */
	assert_non_null(js_vdso_sym(JS_VDSO_SYM_GETRANDOM, JS_VDSO_VERSION));
}

/* Runs before any other js_getrandom: with the batch's mmap failing, the
 * call is the system call (traced without the vDSO mark); the next call,
 * with mmap working again, maps a batch and is answered by the vDSO. */
static void failed_mapping_falls_back(void **state)
{
	(void)state;
	unsigned char a[16];
	char text[2048];
	int fds[2];

	assert_int_equal(pipe(fds), 0);
	js_trace_set(1, fds[1]);
	assert_int_equal(js_fault_set(JS_NR_mmap, JS_ENOMEM, 0), 0);
	assert_int_equal(js_getrandom(a, sizeof a, 0), 16);
	js_fault_clear();
	assert_int_equal(js_getrandom(a, sizeof a, 0), 16);
	js_trace_set(0, 2);
	close(fds[1]);
	ssize_t n = read(fds[0], text, sizeof text - 1);
	close(fds[0]);
	assert_true(n > 0);
	text[n] = 0;
	char *p = strstr(text, "mmap(");
	assert_non_null(p);
	assert_non_null(strstr(p, "= -1 ENOMEM (Cannot allocate memory) (INJECTED)\nlibjs:syscall getrandom("));
	p = strstr(p, "libjs:syscall getrandom(");
	assert_non_null(strstr(p, ", 16, 0) = 16\nlibjs:syscall mmap("));
	p = strstr(p + 1, "libjs:syscall getrandom(");
	assert_non_null(p);
	assert_non_null(strstr(p, ", 16, 0) = 16 (vdso)\n"));
}

static void fills_and_differs(void **state)
{
	(void)state;
	static unsigned char big[1 << 20];
	unsigned char a[16], b[16];
	static const size_t sizes[] = { 1, 15, 16, 17, 63, 64, 65, 255, 256,
					 257, 4096, 12345 };

	assert_int_equal(js_getrandom(a, sizeof a, 0), 16);
	assert_int_equal(js_getrandom(b, sizeof b, 0), 16);
	assert_memory_not_equal(a, b, 16);
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		memset(big, 0, sizes[i] + 1);
		assert_int_equal(js_getrandom(big, sizes[i], 0), (long)sizes[i]);
		/* Nothing past the end, something in the last 8 bytes. */
		assert_int_equal(big[sizes[i]], 0);
		if (sizes[i] >= 8) {
			uint64_t w;
			memcpy(&w, big + sizes[i] - 8, 8);
			assert_true(w != 0);
		}
	}
	assert_int_equal(js_getrandom(big, sizeof big, 0), (long)sizeof big);
	int zero = 0;
	for (size_t i = 0; i < sizeof big; i++)
		zero += big[i] == 0;
	/* About 4096 expected; 1/256 of the bytes. */
	assert_true(zero > 3000 && zero < 5300);
}

static void flags_and_odd_arguments(void **state)
{
	(void)state;
	unsigned char a[32];

	assert_int_equal(js_getrandom(a, sizeof a, JS_GRND_NONBLOCK), 32);
	assert_int_equal(js_getrandom(a, sizeof a, JS_GRND_INSECURE), 32);
	assert_int_equal(js_getrandom(a, sizeof a, JS_GRND_RANDOM), 32);
	assert_int_equal(js_getrandom(a, sizeof a, 0x80), -JS_EINVAL);
	assert_int_equal(js_getrandom(a, sizeof a, JS_GRND_RANDOM | JS_GRND_INSECURE),
			 -JS_EINVAL);
	assert_int_equal(js_getrandom(NULL, 8, 0), -JS_EFAULT);
	assert_int_equal(js_getrandom(NULL, 0, 0), 0);
	assert_int_equal(js_getrandom(a, 0, 0), 0);
}

static volatile sig_atomic_t in_handler_ok, in_handler_bad;

static void on_alarm(int sig)
{
	unsigned char x[24];

	(void)sig;
	if (js_getrandom(x, sizeof x, 0) == 24)
		in_handler_ok++;
	else
		in_handler_bad++;
}

/* A handler that calls js_getrandom while the interrupted code is inside
 * js_getrandom gets its own state and good bytes; the outer call still
 * completes. */
static void signal_handler_calls(void **state)
{
	(void)state;
	struct sigaction sa;
	struct itimerval it = { { 0, 50 }, { 0, 50 } }, off = { { 0, 0 }, { 0, 0 } };
	unsigned char buf[256];
	time_t end = time(NULL) + 10;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = SA_RESTART;
	assert_int_equal(sigaction(SIGALRM, &sa, NULL), 0);
	assert_int_equal(setitimer(ITIMER_REAL, &it, NULL), 0);
	while (in_handler_ok < 2000 && time(NULL) < end)
		assert_int_equal(js_getrandom(buf, sizeof buf, 0), 256);
	assert_int_equal(setitimer(ITIMER_REAL, &off, NULL), 0);
	signal(SIGALRM, SIG_DFL);
	assert_true(in_handler_ok >= 2000);
	assert_int_equal(in_handler_bad, 0);
}

/* After fork, parent and child must not produce the same bytes: the
 * kernel wiped the child's copy of the state. */
static void fork_does_not_repeat(void **state)
{
	(void)state;
	unsigned char mine[32], theirs[32];
	int fds[2];

	assert_int_equal(js_getrandom(mine, sizeof mine, 0), 32);	/* keyed */
	assert_int_equal(pipe(fds), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		unsigned char c[32];
		int ok = js_getrandom(c, sizeof c, 0) == 32 &&
			 write(fds[1], c, sizeof c) == (ssize_t)sizeof c;
		_exit(ok ? 0 : 1);
	}
	close(fds[1]);
	assert_int_equal(js_getrandom(mine, sizeof mine, 0), 32);
	assert_int_equal(read(fds[0], theirs, sizeof theirs), 32);
	close(fds[0]);
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	assert_memory_not_equal(mine, theirs, 32);
}

static void *one_call(void *give_back)
{
	unsigned char x[16];
	long r = js_getrandom(x, sizeof x, 0);

	if (give_back)
		js__getrandom_thread_exit();
	return (void *)r;
}

/* Threads run one after another, each with one js_getrandom: with
 * js__getrandom_thread_exit each reuses the state the last one gave back
 * and nothing is mapped; without it each state is lost with its thread,
 * and the pool maps new batches (traced mmap calls count them). */
static long threads_mmaps(int n, int give_back)
{
	int fds[2];
	char buf[65536];
	long maps = 0;

	assert_int_equal(pipe(fds), 0);
	js_trace_set(1, fds[1]);
	for (int i = 0; i < n; i++) {
		pthread_t t;
		void *r;

		assert_int_equal(pthread_create(&t, NULL, one_call,
						(void *)(long)give_back), 0);
		assert_int_equal(pthread_join(t, &r), 0);
		assert_int_equal((long)r, 16);
	}
	js_trace_set(0, 2);
	close(fds[1]);
	ssize_t k, len = 0;
	while ((k = read(fds[0], buf + len, sizeof buf - 1 - (size_t)len)) > 0)
		len += k;
	close(fds[0]);
	buf[len] = 0;
	/* Lines of other threads read "libjs:syscall [pid N] mmap(...". */
	for (char *p = buf; (p = strstr(p, "] mmap(")); p++)
		maps++;
	/* Every getrandom answered by the vDSO. */
	long marked = 0;
	for (char *p = buf; (p = strstr(p, "] getrandom(")); p++)
		marked += strncmp(strchr(p, '\n') - 7, " (vdso)", 7) == 0;
	assert_int_equal(marked, n);
	return maps;
}

static void threads_give_states_back(void **state)
{
	(void)state;
	unsigned char x[8];

	assert_int_equal(js_getrandom(x, sizeof x, 0), 8);
	assert_int_equal(threads_mmaps(200, 1), 0);
	assert_true(threads_mmaps(130, 0) >= 1);
	/* The main thread's own state is still its own. */
	assert_int_equal(js_getrandom(x, sizeof x, 0), 8);
}

/* Fault rules apply to the vDSO call: `short` halves what it is asked
 * for, an error rule fails it without calling it; the trace marks the
 * first as answered by the vDSO. */
static void fault_rules_apply(void **state)
{
	(void)state;
	unsigned char a[16];
	char line[512];
	int fds[2];

	assert_int_equal(pipe(fds), 0);
	js_trace_set(1, fds[1]);
	assert_int_equal(js_fault_set(JS_NR_getrandom, JS_FAULT_SHORT, 0), 0);
	assert_int_equal(js_getrandom(a, sizeof a, 0), 8);
	js_fault_clear();
	assert_int_equal(js_fault_set(JS_NR_getrandom, JS_EAGAIN, 0), 0);
	assert_int_equal(js_getrandom(a, sizeof a, 0), -JS_EAGAIN);
	js_fault_clear();
	js_trace_set(0, 2);
	close(fds[1]);
	ssize_t n = read(fds[0], line, sizeof line - 1);
	close(fds[0]);
	assert_true(n > 0);
	line[n] = 0;
	assert_non_null(strstr(line, ", 8, 0) = 8 (vdso)\nlibjs:syscall getrandom("));
	assert_non_null(strstr(line, ", 16, 0) = -1 EAGAIN (Resource temporarily unavailable) (INJECTED)\n"));
}

int main(int argc, char **argv, char **envp)
{
	(void)argc;
	(void)argv;
	js_env_init(envp);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(has_vgetrandom),
		cmocka_unit_test(failed_mapping_falls_back),
		cmocka_unit_test(fills_and_differs),
		cmocka_unit_test(flags_and_odd_arguments),
		cmocka_unit_test(signal_handler_calls),
		cmocka_unit_test(fork_does_not_repeat),
		cmocka_unit_test(threads_give_states_back),
		cmocka_unit_test(fault_rules_apply),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
