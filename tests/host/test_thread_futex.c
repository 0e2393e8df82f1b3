/* The futex calls, mutex and once next to glibc: js_futex and
 * js_futex_waitv against glibc's syscall(SYS_futex / SYS_futex_waitv) on
 * the same inputs (same result, same errno, same effect on the words),
 * and js_mutex / js_once between pthreads. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <linux/futex.h>
#include "host.h"
#include <libjs/libjs.h>

static long glibc_result(long r)
{
	return r == -1 ? -errno : r;
}

/* Each row runs twice, from the same starting words: once through
 * js_futex, once through glibc's syscall(); nothing here can block. */
struct row {
	int op;
	uint32_t val;
	uintptr_t timeout;	/* 1: a 1 ms timespec; else passed as is */
	int use_uaddr2;
	uint32_t val3;
	uint32_t w0, w1;	/* the words before */
};

static void futex_same_as_glibc(void **state)
{
	(void)state;
	static const struct row rows[] = {
		{ FUTEX_WAIT, 4, 0, 0, 0, 5, 0 },
		{ FUTEX_WAIT_PRIVATE, 5, 1, 0, 0, 5, 0 },
		{ FUTEX_WAIT, 5, 16, 0, 0, 5, 0 },
		{ FUTEX_WAKE, 1, 0, 0, 0, 5, 0 },
		{ FUTEX_WAKE_PRIVATE, INT_MAX, 0, 0, 0, 5, 0 },
		{ FUTEX_FD, 0, 0, 0, 0, 5, 0 },
		{ FUTEX_REQUEUE_PRIVATE, 1, 7, 1, 0, 5, 0 },
		{ FUTEX_CMP_REQUEUE_PRIVATE, 1, 7, 1, 5, 5, 0 },
		{ FUTEX_CMP_REQUEUE_PRIVATE, 1, 7, 1, 4, 5, 0 },
		{ FUTEX_WAKE_OP_PRIVATE, 1, 1, 1, FUTEX_OP(FUTEX_OP_ADD, 3, FUTEX_OP_CMP_GT, 0), 5, 10 },
		{ FUTEX_WAKE_OP, 1, 1, 1, FUTEX_OP(FUTEX_OP_ANDN, 2, FUTEX_OP_CMP_EQ, 0), 5, 7 },
		{ FUTEX_WAKE_OP, 1, 1, 1, FUTEX_OP((FUTEX_OP_XOR | FUTEX_OP_OPARG_SHIFT), 4, 0, 0), 5, 1 },
		{ FUTEX_WAKE_OP, 1, 1, 1, 0xffffffff, 5, 1 },
		{ FUTEX_WAIT_BITSET_PRIVATE, 5, 16, 0, FUTEX_BITSET_MATCH_ANY, 5, 0 },
		{ FUTEX_WAIT_BITSET, 4, 0, 0, 3, 5, 0 },
		{ FUTEX_WAIT_BITSET, 5, 0, 0, 0, 5, 0 },
		{ FUTEX_WAKE_BITSET_PRIVATE, 1, 0, 0, FUTEX_BITSET_MATCH_ANY, 5, 0 },
		{ FUTEX_LOCK_PI_PRIVATE, 0, 0, 0, 0, 0, 0 },
		{ FUTEX_TRYLOCK_PI, 0, 0, 0, 0, 0, 0 },
		{ FUTEX_UNLOCK_PI_PRIVATE, 0, 0, 0, 0, 0, 0 },
		{ FUTEX_LOCK_PI2_PRIVATE, 0, 0, 0, 0, 0, 0 },
		{ FUTEX_WAIT_REQUEUE_PI_PRIVATE, 4, 0, 1, 0, 5, 0 },
		{ FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, 1, 1, 5, 5, 0 },
		{ FUTEX_CMP_REQUEUE_PI_PRIVATE, 2, 1, 1, 5, 5, 0 },
		{ FUTEX_WAKE | FUTEX_CLOCK_REALTIME, 1, 0, 0, 0, 5, 0 },
		{ FUTEX_WAIT | FUTEX_CLOCK_REALTIME, 4, 0, 0, 0, 5, 0 },
		{ 14, 0, 0, 0, 0, 5, 0 },
		{ -1, 0, 0, 0, 0, 5, 0 },
	};
	struct timespec one_ms = { 0, 1000000 };

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct row *r = &rows[i];
		uint32_t a[2] = { r->w0, r->w1 }, b[2] = { r->w0, r->w1 };
		const void *t = r->timeout == 1 ? (const void *)&one_ms : (const void *)r->timeout;
		long ours = js_futex(&a[0], r->op, r->val, t, r->use_uaddr2 ? &a[1] : 0, r->val3);
		long theirs = glibc_result(syscall(SYS_futex, &b[0], r->op, r->val, t,
						   r->use_uaddr2 ? &b[1] : 0, r->val3));

		if (ours != theirs)
			print_error("row %zu (op %#x): libjs %ld, glibc %ld\n", i, r->op, ours, theirs);
		assert_int_equal(ours, theirs);
		/* PI words hold the caller's tid: the same thread did both. */
		assert_int_equal(a[0], b[0]);
		assert_int_equal(a[1], b[1]);
		if (a[0] == (uint32_t)gettid())	/* leave no PI lock held */
			js_futex(&a[0], FUTEX_UNLOCK_PI, 0, 0, 0, 0);
	}
}

static void waitv_same_as_glibc(void **state)
{
	(void)state;
	uint32_t w[2] = { 5, 0 };
	struct timespec past = { 0, 0 };
	struct { uint32_t flags0, flags1, res, n, flags; uint64_t val0; int clock; int timed; } rows[] = {
		{ FUTEX_32 | FUTEX_PRIVATE_FLAG, FUTEX_32, 0, 2, 0, 5, CLOCK_MONOTONIC, 1 },
		{ FUTEX_32 | FUTEX_PRIVATE_FLAG, FUTEX_32, 0, 2, 0, 5, CLOCK_REALTIME, 1 },
		{ FUTEX_32, FUTEX_32, 0, 2, 0, 4, CLOCK_MONOTONIC, 0 },
		{ 0, FUTEX_32, 0, 2, 0, 5, CLOCK_MONOTONIC, 0 },
		{ FUTEX_32, FUTEX_32, 1, 2, 0, 4, CLOCK_MONOTONIC, 0 },
		{ FUTEX_32, FUTEX_32, 0, 2, 1, 4, CLOCK_MONOTONIC, 0 },
		{ FUTEX_32, FUTEX_32, 0, 0, 0, 4, CLOCK_MONOTONIC, 0 },
		{ FUTEX_32, FUTEX_32, 0, FUTEX_WAITV_MAX + 1, 0, 4, CLOCK_MONOTONIC, 0 },
		{ FUTEX_32, FUTEX_32, 0, 2, 0, 5, CLOCK_BOOTTIME, 1 },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct js_futex_waitv v[2] = {
			{ rows[i].val0, (uintptr_t)&w[0], rows[i].flags0, rows[i].res },
			{ 0, (uintptr_t)&w[1], rows[i].flags1, 0 },
		};
		long ours = js_futex_waitv(v, rows[i].n, rows[i].flags,
					   rows[i].timed ? (const struct js_timespec *)&past : 0,
					   rows[i].clock);
		long theirs = glibc_result(syscall(SYS_futex_waitv, v, rows[i].n, rows[i].flags,
						   rows[i].timed ? &past : 0, rows[i].clock));

		if (ours != theirs)
			print_error("waitv row %zu: libjs %ld, glibc %ld\n", i, ours, theirs);
		assert_int_equal(ours, theirs);
	}
	assert_int_equal(js_futex_waitv((struct js_futex_waitv *)16, 1, 0, 0, 0), -EFAULT);
}

/* js_futex_wake returns how many it woke: 1 once the waiter sleeps. */
static uint32_t wake_word;
static void *sleeper(void *arg)
{
	struct js_timespec limit = { 10, 0 };

	*(long *)arg = js_futex_wait(&wake_word, 0, &limit);
	return 0;
}

static void wake_counts_woken(void **state)
{
	(void)state;
	pthread_t t;
	long r = 1, woke = 0;
	struct timespec ms = { 0, 1000000 };

	assert_int_equal(pthread_create(&t, 0, sleeper, &r), 0);
	for (int i = 0; i < 5000 && woke == 0; i++) {
		nanosleep(&ms, 0);
		woke = js_futex_wake(&wake_word, 1);
	}
	pthread_join(t, 0);
	assert_int_equal(woke, 1);
	assert_int_equal(r, 0);
	assert_int_equal(js_futex_wake(&wake_word, 1), 0);
}

/* A handler that runs during js_futex_wait ends it with -EINTR (the
 * handler is installed without SA_RESTART). */
static uint32_t intr_word;
static volatile int woke_by_signal;
static void on_usr1(int sig)
{
	(void)sig;
	woke_by_signal = 1;
}
static void *intr_sleeper(void *arg)
{
	struct js_timespec limit = { 10, 0 };

	*(long *)arg = js_futex_wait(&intr_word, 0, &limit);
	return 0;
}

static void wait_interrupted(void **state)
{
	(void)state;
	struct sigaction sa, old;
	pthread_t t;
	long r = 1;
	struct timespec ms = { 0, 50000000 };

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	assert_int_equal(sigaction(SIGUSR1, &sa, &old), 0);
	assert_int_equal(pthread_create(&t, 0, intr_sleeper, &r), 0);
	nanosleep(&ms, 0);	/* let it reach the kernel */
	pthread_kill(t, SIGUSR1);
	pthread_join(t, 0);
	sigaction(SIGUSR1, &old, 0);
	assert_int_equal(woke_by_signal, 1);
	assert_int_equal(r, -EINTR);
}

/* futex_waitv returns the index of the word that was woken. */
static uint32_t vwords[3];
static void *vwaker(void *arg)
{
	struct timespec ms = { 0, 20000000 };

	(void)arg;
	nanosleep(&ms, 0);
	__atomic_store_n(&vwords[2], 1, __ATOMIC_RELEASE);
	js_futex_wake(&vwords[2], 1);
	return 0;
}

static void waitv_returns_woken_index(void **state)
{
	(void)state;
	pthread_t t;
	struct js_futex_waitv v[3];
	struct timespec now;
	long r = -1;

	for (int i = 0; i < 3; i++) {
		v[i].val = 0;
		v[i].uaddr = (uintptr_t)&vwords[i];
		v[i].flags = JS_FUTEX2_SIZE_U32 | JS_FUTEX2_PRIVATE;
		v[i].__reserved = 0;
	}
	assert_int_equal(pthread_create(&t, 0, vwaker, 0), 0);
	clock_gettime(CLOCK_MONOTONIC, &now);
	now.tv_sec += 10;
	/* -EAGAIN when the waker was first; then the word says so. */
	while (__atomic_load_n(&vwords[2], __ATOMIC_ACQUIRE) == 0) {
		r = js_futex_waitv(v, 3, 0, (const struct js_timespec *)&now, JS_CLOCK_MONOTONIC);
		if (r != -EAGAIN)
			break;
	}
	pthread_join(t, 0);
	if (r != 2)
		print_message("futex_waitv: %ld (the waker came first)\n", r);
	assert_true(r == 2 || r == -EAGAIN);
	assert_int_equal(vwords[2], 1);
}

/* The figure docs/threads.md gives: 8 threads x 100,000 increments under js_mutex. */
#define THREADS 8
#define ROUNDS 100000
static struct js_mutex lock;
static long counter;
static void *hammer(void *arg)
{
	(void)arg;
	for (int i = 0; i < ROUNDS; i++) {
		js_mutex_lock(&lock);
		counter++;
		js_mutex_unlock(&lock);
	}
	return 0;
}

static void mutex_between_pthreads(void **state)
{
	(void)state;
	pthread_t t[THREADS];

	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], 0, hammer, 0), 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	assert_int_equal(counter, (long)THREADS * ROUNDS);
	assert_int_equal(lock.__state, 0);
	assert_int_equal(js_mutex_trylock(&lock), 0);
	assert_int_equal(js_mutex_trylock(&lock), -EBUSY);
	js_mutex_unlock(&lock);
}

/* A waiter on a held mutex sleeps in the kernel (the word becomes 2) and
 * gets it after the unlock. */
static struct js_mutex held;
static int got_it;
static void *taker(void *arg)
{
	(void)arg;
	js_mutex_lock(&held);
	got_it = 1;
	js_mutex_unlock(&held);
	return 0;
}

static void mutex_waiter_sleeps_and_wakes(void **state)
{
	(void)state;
	pthread_t t;
	struct timespec ms = { 0, 1000000 };

	js_mutex_lock(&held);
	assert_int_equal(pthread_create(&t, 0, taker, 0), 0);
	for (int i = 0; i < 5000 && __atomic_load_n(&held.__state, __ATOMIC_ACQUIRE) != 2; i++)
		nanosleep(&ms, 0);
	assert_int_equal(held.__state, 2);
	assert_int_equal(got_it, 0);
	js_mutex_unlock(&held);
	pthread_join(t, 0);
	assert_int_equal(got_it, 1);
	assert_int_equal(held.__state, 0);
}

static struct js_once once;
static int runs;
static void init(void)
{
	struct timespec t = { 0, 20000000 };

	nanosleep(&t, 0);
	runs++;
}
static void *once_caller(void *arg)
{
	js_once(&once, init);
	*(int *)arg = runs;
	return 0;
}

static void once_between_pthreads(void **state)
{
	(void)state;
	pthread_t t[THREADS];
	int seen[THREADS];

	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], 0, once_caller, &seen[i]), 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	assert_int_equal(runs, 1);
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(seen[i], 1);
	js_once(&once, init);
	assert_int_equal(runs, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(futex_same_as_glibc),
		cmocka_unit_test(waitv_same_as_glibc),
		cmocka_unit_test(wake_counts_woken),
		cmocka_unit_test(wait_interrupted),
		cmocka_unit_test(waitv_returns_woken_index),
		cmocka_unit_test(mutex_between_pthreads),
		cmocka_unit_test(mutex_waiter_sleeps_and_wakes),
		cmocka_unit_test(once_between_pthreads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
