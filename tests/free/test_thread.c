/* Threads (src/thread/): 16 at once, each with its own initialised copy
 * of every __thread variable (and an aligned one), its own identity, its
 * creator's signal mask, and a result that js_thread_join returns; 1,000
 * create/join cycles leave the process's mappings as they were; bad
 * arguments give -JS_EINVAL / -JS_EDEADLK.  Built with
 * -fstack-protector-strong (tests.mk), so every thread runs protected
 * code against its own guard slot where the architecture has one. */
#include <stdint.h>
#include "runner.h"

#define NTHREADS 16

static __thread int tvar = 7;
static __thread long tzero[16];
_Alignas(64) static __thread char taligned[8] = "tls";

struct work {
	int id;
	int ok;
	struct js_thread_desc *self;
	js_sigset_t mask;
	volatile int *go;
};

static int worker(void *p)
{
	struct work *w = p;
	char buf[32];

	w->ok = tvar == 7 && tzero[3] == 0 && ((uintptr_t)taligned & 63) == 0 &&
		jt_streq(taligned, "tls");
	tvar = w->id;
	tzero[3] = w->id;
	/* Everyone has started before anyone checks its copy again. */
	while (!*w->go)
		js_sched_yield();
	w->ok = w->ok && tvar == w->id && tzero[3] == w->id;
	w->self = js_thread_self();
	js_sigprocmask(JS_SIG_BLOCK, 0, &w->mask);
	buf[0] = (char)w->id; /* a protected frame */
	return 100 + w->id + buf[0] - w->id;
}

static void t_sixteen(void)
{
	struct js_thread t[NTHREADS];
	struct work w[NTHREADS];
	volatile int go = 0;
	js_sigset_t set, old;

	js_sigemptyset(&set);
	js_sigaddset(&set, JS_SIGUSR1);
	js_sigprocmask(JS_SIG_BLOCK, &set, &old);
	for (int i = 0; i < NTHREADS; i++) {
		w[i] = (struct work){ .id = i + 1, .go = &go };
		CHECK_EQ(js_thread_create(&t[i], worker, &w[i], 0), 0);
		CHECK(t[i].tid > 0);
	}
	js_sigprocmask(JS_SIG_SETMASK, &old, 0);
	go = 1;
	for (int i = 0; i < NTHREADS; i++) {
		int res = -1;

		CHECK_EQ(js_thread_join(&t[i], &res), 0);
		CHECK_EQ(res, 101 + i);
		CHECK(w[i].ok);
		CHECK(w[i].self != js_thread_self());
		for (int j = 0; j < i; j++)
			CHECK(w[i].self != w[j].self);
		CHECK(js_sigismember(&w[i].mask, JS_SIGUSR1) == 1);
	}
	/* The main thread's copy is its own. */
	CHECK_EQ(tvar, 7);
	CHECK_EQ(tzero[3], 0);
}

static int nothing(void *p)
{
	return (int)(intptr_t)p;
}

static long count_maps(void)
{
	char buf[4096];
	long fd = js_open("/proc/self/maps", JS_O_RDONLY), n, lines = 0;

	if (fd < 0)
		return fd;
	while ((n = js_read((int)fd, buf, sizeof buf)) > 0)
		for (long i = 0; i < n; i++)
			lines += buf[i] == '\n';
	js_close((int)fd);
	return lines;
}

static void t_cycles_unmap(void)
{
	long before = count_maps();

	CHECK(before > 0);
	for (int i = 0; i < 1000; i++) {
		struct js_thread t;
		int res = 0;

		if (js_thread_create(&t, nothing, (void *)(intptr_t)i, JS_THREAD_STACK_MIN) != 0 ||
		    js_thread_join(&t, &res) != 0 || res != i) {
			CHECK(!"create/join cycle failed");
			break;
		}
	}
	CHECK_EQ(count_maps(), before);
}

static int random_bytes(void *p)
{
	unsigned char b[16];

	(void)p;
	return js_getrandom(b, sizeof b, 0) == 16;
}

/* A thread's vgetrandom state goes back to the pool at thread exit: 300
 * threads in turn, each taking a state, leave the mappings as one did
 * (without the hand-back each would need a state of its own, and more
 * than a batch holds). */
static void t_getrandom_states_reused(void)
{
	struct js_thread t;
	int ok = 0;
	long before;

	CHECK_EQ(js_thread_create(&t, random_bytes, 0, 0), 0);
	CHECK_EQ(js_thread_join(&t, &ok), 0);
	CHECK_EQ(ok, 1);
	before = count_maps();
	for (int i = 0; i < 300; i++) {
		ok = 0;
		if (js_thread_create(&t, random_bytes, 0, JS_THREAD_STACK_MIN) != 0 ||
		    js_thread_join(&t, &ok) != 0 || !ok) {
			CHECK(!"getrandom thread failed");
			break;
		}
	}
	CHECK_EQ(count_maps(), before);
}

/* 8 threads x 100,000 increments of one counter under a js_mutex. */
static struct js_mutex count_lock;
static long counter;

static int count_up(void *p)
{
	(void)p;
	for (int i = 0; i < 100000; i++) {
		js_mutex_lock(&count_lock);
		counter++;
		js_mutex_unlock(&count_lock);
	}
	return 0;
}

static void t_mutex_800000(void)
{
	struct js_thread t[8];

	for (int i = 0; i < 8; i++)
		CHECK_EQ(js_thread_create(&t[i], count_up, 0, 0), 0);
	for (int i = 0; i < 8; i++)
		CHECK_EQ(js_thread_join(&t[i], 0), 0);
	CHECK_EQ(counter, 800000);
}

static int exits_early(void *p)
{
	(void)p;
	js_thread_exit(33);
}

static void t_exit_result(void)
{
	struct js_thread t;
	int res = 0;

	CHECK_EQ(js_thread_create(&t, exits_early, 0, 0), 0);
	CHECK_EQ(js_thread_join(&t, &res), 0);
	CHECK_EQ(res, 33);
	/* Joined once: the handle is spent. */
	CHECK_EQ(js_thread_join(&t, &res), -JS_EINVAL);
}

static void t_bad_args(void)
{
	struct js_thread t = { 0, 0 }, me = { js_thread_self(), 0 };

	CHECK_EQ(js_thread_create(0, nothing, 0, 0), -JS_EINVAL);
	CHECK_EQ(js_thread_create(&t, 0, 0, 0), -JS_EINVAL);
	CHECK_EQ(js_thread_create(&t, nothing, 0, (size_t)-1), -JS_EINVAL);
	CHECK_EQ(js_thread_join(0, 0), -JS_EINVAL);
	CHECK_EQ(js_thread_join(&t, 0), -JS_EINVAL);
	CHECK_EQ(js_thread_join(&me, 0), -JS_EDEADLK);
}

JT_MAIN(T(t_sixteen), T(t_cycles_unmap), T(t_getrandom_states_reused), T(t_mutex_800000),
	T(t_exit_result), T(t_bad_args))
