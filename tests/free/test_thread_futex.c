/* Freestanding: futex(2) and futex_waitv(2) on a single thread, where
 * every operation returns at once (a value mismatch, a timeout, nobody
 * to wake).  The waits that really sleep are in test_thread_mutex.c. */
#include "runner.h"

static uint32_t word = 5, other = 0;

static long ns_since(const struct js_timespec *a)
{
	struct js_timespec b;

	js_clock_gettime(JS_CLOCK_MONOTONIC, &b);
	return (b.tv_sec - a->tv_sec) * 1000000000L + (b.tv_nsec - a->tv_nsec);
}

static void t_wait_times_out(void)
{
	struct js_timespec t0, ten_ms = { 0, 10000000 };

	js_clock_gettime(JS_CLOCK_MONOTONIC, &t0);
	CHECK_EQ(js_futex_wait(&word, 5, &ten_ms), -JS_ETIMEDOUT);
	CHECK(ns_since(&t0) >= 10000000);
	/* The raw call, shared futex, the same relative timeout. */
	js_clock_gettime(JS_CLOCK_MONOTONIC, &t0);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAIT, 5, &ten_ms, 0, 0), -JS_ETIMEDOUT);
	CHECK(ns_since(&t0) >= 10000000);
}

static void t_wait_mismatch(void)
{
	CHECK_EQ(js_futex_wait(&word, 4, 0), -JS_EAGAIN);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAIT_PRIVATE, 6, 0, 0, 0), -JS_EAGAIN);
	CHECK_EQ(js_futex_wait(0, 0, 0), -JS_EFAULT);
	struct js_timespec bad = { 0, 1000000000 };
	CHECK_EQ(js_futex_wait(&word, 5, &bad), -JS_EINVAL);
}

static void t_wake_nobody(void)
{
	CHECK_EQ(js_futex_wake(&word, 1), 0);
	CHECK_EQ(js_futex_wake(&word, 0x7fffffff), 0);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAKE, 1, 0, 0, 0), 0);
}

/* The fourth argument as val2: the kernel checks val3 against *uaddr
 * (CMP_REQUEUE) and reports what it woke plus requeued (none here). */
static void t_requeue_and_wake_op(void)
{
	const struct js_timespec *val2 = (const struct js_timespec *)(uintptr_t)7;

	CHECK_EQ(js_futex(&word, JS_FUTEX_REQUEUE_PRIVATE, 1, val2, &other, 0), 0);
	CHECK_EQ(js_futex(&word, JS_FUTEX_CMP_REQUEUE_PRIVATE, 1, val2, &other, 5), 0);
	CHECK_EQ(js_futex(&word, JS_FUTEX_CMP_REQUEUE_PRIVATE, 1, val2, &other, 4), -JS_EAGAIN);
	/* WAKE_OP changes *uaddr2 whether or not it wakes anyone. */
	other = 10;
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAKE_OP_PRIVATE, 1, val2, &other,
			  JS_FUTEX_OP(JS_FUTEX_OP_ADD, 5, JS_FUTEX_OP_CMP_GT, 0)), 0);
	CHECK_EQ(other, 15);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAKE_OP_PRIVATE, 1, val2, &other,
			  JS_FUTEX_OP(JS_FUTEX_OP_OR | JS_FUTEX_OP_OPARG_SHIFT, 8,
				      JS_FUTEX_OP_CMP_EQ, 0)), 0);
	CHECK_EQ(other, 15 | 256);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAKE_OP_PRIVATE, 1, val2, &other,
			  JS_FUTEX_OP(JS_FUTEX_OP_SET, 0, JS_FUTEX_OP_CMP_EQ, 0)), 0);
	CHECK_EQ(other, 0);
}

static void t_bitset(void)
{
	struct js_timespec now;

	/* WAIT_BITSET's timeout is absolute: a moment already past. */
	js_clock_gettime(JS_CLOCK_MONOTONIC, &now);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAIT_BITSET_PRIVATE, 5, &now, 0,
			  JS_FUTEX_BITSET_MATCH_ANY), -JS_ETIMEDOUT);
	js_clock_gettime(JS_CLOCK_REALTIME, &now);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAIT_BITSET_PRIVATE | JS_FUTEX_CLOCK_REALTIME,
			  5, &now, 0, JS_FUTEX_BITSET_MATCH_ANY), -JS_ETIMEDOUT);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAIT_BITSET, 5, 0, 0, 0), -JS_EINVAL);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAKE_BITSET_PRIVATE, 1, 0, 0,
			  JS_FUTEX_BITSET_MATCH_ANY), 0);
}

static void t_bad_ops(void)
{
	CHECK_EQ(js_futex(&word, JS_FUTEX_FD, 0, 0, 0, 0), -JS_ENOSYS);
	CHECK_EQ(js_futex(&word, 14, 0, 0, 0, 0), -JS_ENOSYS);
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAKE | JS_FUTEX_CLOCK_REALTIME, 1, 0, 0, 0),
		 -JS_ENOSYS);
	/* The realtime clock only with the absolute-timeout operations. */
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAIT | JS_FUTEX_CLOCK_REALTIME, 4, 0, 0, 0),
		 -JS_ENOSYS);
	CHECK_EQ(js_futex((uint32_t *)16, JS_FUTEX_LOCK_PI | JS_FUTEX_CLOCK_REALTIME,
			  0, 0, 0, 0), -JS_ENOSYS);
}

/* Priority-inheritance futexes: the word holds the owner's thread id. */
static void t_pi(void)
{
	static uint32_t pi;
	uint32_t tid = (uint32_t)js_gettid();

	CHECK_EQ(js_futex(&pi, JS_FUTEX_LOCK_PI_PRIVATE, 0, 0, 0, 0), 0);
	CHECK_EQ(pi & JS_FUTEX_TID_MASK, tid);
	CHECK_EQ(js_futex(&pi, JS_FUTEX_TRYLOCK_PI_PRIVATE, 0, 0, 0, 0), -JS_EDEADLK);
	CHECK_EQ(js_futex(&pi, JS_FUTEX_UNLOCK_PI_PRIVATE, 0, 0, 0, 0), 0);
	CHECK_EQ(pi, 0);
	CHECK_EQ(js_futex(&pi, JS_FUTEX_UNLOCK_PI_PRIVATE, 0, 0, 0, 0), -JS_EPERM);
	CHECK_EQ(js_futex(&pi, JS_FUTEX_TRYLOCK_PI, 0, 0, 0, 0), 0);
	CHECK_EQ(pi, tid);
	CHECK_EQ(js_futex(&pi, JS_FUTEX_UNLOCK_PI, 0, 0, 0, 0), 0);
	CHECK_EQ(js_futex(&pi, JS_FUTEX_LOCK_PI2_PRIVATE, 0, 0, 0, 0), 0);
	CHECK_EQ(pi, tid);
	CHECK_EQ(js_futex(&pi, JS_FUTEX_UNLOCK_PI_PRIVATE, 0, 0, 0, 0), 0);
	/* LOCK_PI2 is the PI lock that takes the realtime clock. */
	CHECK_EQ(js_futex(&pi, JS_FUTEX_LOCK_PI2 | JS_FUTEX_CLOCK_REALTIME, 0, 0, 0, 0), 0);
	CHECK_EQ(pi, tid);
	CHECK_EQ(js_futex(&pi, JS_FUTEX_UNLOCK_PI, 0, 0, 0, 0), 0);
	/* Requeue-PI: a mismatch before any sleep; requeueing onto the PI
	 * word wakes at most one (val must be 1). */
	CHECK_EQ(js_futex(&word, JS_FUTEX_WAIT_REQUEUE_PI_PRIVATE, 4, 0, &pi, 0), -JS_EAGAIN);
	CHECK_EQ(js_futex(&word, JS_FUTEX_CMP_REQUEUE_PI_PRIVATE, 1,
			  (const struct js_timespec *)(uintptr_t)1, &pi, 5), 0);
	CHECK_EQ(js_futex(&word, JS_FUTEX_CMP_REQUEUE_PI_PRIVATE, 2,
			  (const struct js_timespec *)(uintptr_t)1, &pi, 5), -JS_EINVAL);
}

static void t_waitv(void)
{
	struct js_futex_waitv w[2] = {
		{ 5, (uint64_t)(uintptr_t)&word, JS_FUTEX2_SIZE_U32 | JS_FUTEX2_PRIVATE, 0 },
		{ 1, (uint64_t)(uintptr_t)&other, JS_FUTEX_32, 0 },
	};
	struct js_timespec now;
	long r;

	other = 1;
	js_clock_gettime(JS_CLOCK_MONOTONIC, &now);
	r = js_futex_waitv(w, 2, 0, &now, JS_CLOCK_MONOTONIC);
	/* qemu-user 7.2 has no futex_waitv (docs/architectures.md); the
	 * kernel here has had it since 5.16. */
	if (r == -JS_ENOSYS && js_getenv("JS_RUN")) {
		jt_not_run("qemu-user has no futex_waitv");
		return;
	}
	CHECK_EQ(r, -JS_ETIMEDOUT);
	other = 0;
	CHECK_EQ(js_futex_waitv(w, 2, 0, 0, JS_CLOCK_MONOTONIC), -JS_EAGAIN);
	w[1].flags = JS_FUTEX2_SIZE_U64;
	CHECK_EQ(js_futex_waitv(w, 2, 0, 0, JS_CLOCK_MONOTONIC), -JS_EINVAL);
	CHECK_EQ(js_futex_waitv(w, 1, 1, 0, JS_CLOCK_MONOTONIC), -JS_EINVAL);
	CHECK_EQ(js_futex_waitv(w, 0, 0, 0, JS_CLOCK_MONOTONIC), -JS_EINVAL);
	CHECK_EQ(js_futex_waitv(w, JS_FUTEX_WAITV_MAX + 1, 0, 0, JS_CLOCK_MONOTONIC), -JS_EINVAL);
	CHECK_EQ(js_futex_waitv(0, 1, 0, 0, JS_CLOCK_MONOTONIC), -JS_EINVAL);
	CHECK_EQ(js_futex_waitv((struct js_futex_waitv *)16, 1, 0, 0, JS_CLOCK_MONOTONIC),
		 -JS_EFAULT);
	w[1].flags = JS_FUTEX_32;
	w[1].__reserved = 1;
	CHECK_EQ(js_futex_waitv(w, 2, 0, 0, JS_CLOCK_MONOTONIC), -JS_EINVAL);
}

JT_MAIN(T(t_wait_times_out), T(t_wait_mismatch), T(t_wake_nobody),
	T(t_requeue_and_wake_op), T(t_bitset), T(t_bad_ops), T(t_pi), T(t_waitv))
