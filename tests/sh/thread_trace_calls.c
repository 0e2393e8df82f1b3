/* The scripted program of tests/sh/test_thread_trace_vs_strace.sh: every
 * futex(2) operation (each returns at once: a value mismatch, a timeout
 * already past, nobody to wake) and futex_waitv(2), run once under
 * strace and once with DEBUG=libjs:*.  Built with `libjs-cc --trace`. */
#include <libjs/libjs.h>

#define V2(n) ((const struct js_timespec *)(uintptr_t)(n))

/* `calls quiet`: 1,000 uncontended lock/unlock pairs, trylocks, an
 * unlock of an unlocked mutex and js_once twice: no futex call at all. */
static void nothing(void)
{
}

static int quiet(void)
{
	static struct js_mutex m;
	static struct js_once o;

	for (int i = 0; i < 1000; i++) {
		js_mutex_lock(&m);
		js_mutex_unlock(&m);
	}
	js_mutex_trylock(&m);
	js_mutex_trylock(&m);
	js_mutex_unlock(&m);
	js_mutex_unlock(&m);
	js_once(&o, nothing);
	js_once(&o, nothing);
	return 0;
}

/* `calls contend`: a bare thread blocks on a mutex the main thread
 * holds; the main thread's unlock wakes it.  The thread's lock sleeps
 * with FUTEX_WAIT_PRIVATE on 2, the unlock wakes 1. */
static struct js_mutex held;
static int taker(void *arg)
{
	(void)arg;
	js_mutex_lock(&held);
	js_mutex_unlock(&held);
	return 0;
}

static int contend(void)
{
	static char stack[65536] __attribute__((aligned(16)));
	static volatile int tid;
	struct js_timespec ms = { 0, 1000000 }, limit = { 1, 0 };
	int t;

	js_mutex_lock(&held);
	if (js_clone_fn(taker, stack + sizeof stack,
			JS_CLONE_VM | JS_CLONE_FS | JS_CLONE_FILES | JS_CLONE_SIGHAND |
			JS_CLONE_THREAD | JS_CLONE_SYSVSEM | JS_CLONE_PARENT_SETTID |
			JS_CLONE_CHILD_CLEARTID, 0, (int *)&tid, 0, (int *)&tid) <= 0)
		return 1;
	for (int i = 0; i < 5000 && __atomic_load_n(&held.__state, __ATOMIC_ACQUIRE) != 2; i++)
		js_nanosleep(&ms, 0);
	js_mutex_unlock(&held);
	for (int i = 0; i < 30 && (t = tid) != 0; i++)
		js_futex((uint32_t *)&tid, JS_FUTEX_WAIT, (uint32_t)t, &limit, 0, 0);
	return tid != 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && argv[1][0] == 'q')
		return quiet();
	if (argc > 1 && argv[1][0] == 'c')
		return contend();

	static uint32_t f = 5, g, pi;
	struct js_timespec ms = { 0, 1000000 }, zero = { 0, 0 };
	struct js_futex_waitv w[2] = {
		{ 5, (uintptr_t)&f, JS_FUTEX_32 | JS_FUTEX_PRIVATE_FLAG, 0 },
		{ 1, (uintptr_t)&g, JS_FUTEX_32, 0 },
	};

	js_futex_wait(&f, 4, 0);
	js_futex_wait(&f, 5, &ms);
	js_futex(&f, JS_FUTEX_WAIT, 5, &ms, 0, 0);
	js_futex(&f, JS_FUTEX_WAIT, 0xffffffff, 0, 0, 0);
	js_futex(&f, JS_FUTEX_WAIT, 5, V2(16), 0, 0);
	js_futex_wake(&f, 1);
	js_futex_wake(&f, 0x7fffffff);
	js_futex(&f, JS_FUTEX_FD, 1, 0, 0, 0);
	js_futex(&f, JS_FUTEX_FD | JS_FUTEX_PRIVATE_FLAG, 1, 0, 0, 0);
	js_futex(&f, JS_FUTEX_REQUEUE_PRIVATE, 1, V2(7), &g, 0);
	js_futex(&f, JS_FUTEX_CMP_REQUEUE_PRIVATE, 1, V2(0x7fffffff), &g, 5);
	js_futex(&f, JS_FUTEX_CMP_REQUEUE, 1, V2(1), &g, 4);
	js_futex(&f, JS_FUTEX_WAKE_OP_PRIVATE, 1, V2(1), &g,
		 JS_FUTEX_OP(JS_FUTEX_OP_SET, 0, JS_FUTEX_OP_CMP_GT, 1));
	js_futex(&f, JS_FUTEX_WAKE_OP, 1, V2(1), &g,
		 JS_FUTEX_OP(JS_FUTEX_OP_ADD | JS_FUTEX_OP_OPARG_SHIFT, 3,
			     JS_FUTEX_OP_CMP_NE, 0x12));
	js_futex(&f, JS_FUTEX_WAKE_OP, 1, V2(1), &g,
		 JS_FUTEX_OP(JS_FUTEX_OP_XOR, 0xfff, JS_FUTEX_OP_CMP_GE, 0xfff));
	js_futex(&f, JS_FUTEX_WAKE_OP, 1, V2(1), &g, 0xffffffff);
	js_futex(&f, JS_FUTEX_WAIT_BITSET_PRIVATE | JS_FUTEX_CLOCK_REALTIME, 5,
		 &ms, 0, JS_FUTEX_BITSET_MATCH_ANY);
	js_futex(&f, JS_FUTEX_WAIT_BITSET, 4, 0, 0, 3);
	js_futex(&f, JS_FUTEX_WAIT_BITSET, 5, 0, 0, 0);
	js_futex(&f, JS_FUTEX_WAKE_BITSET_PRIVATE, 1, 0, 0, JS_FUTEX_BITSET_MATCH_ANY);
	js_futex(&pi, JS_FUTEX_LOCK_PI_PRIVATE, 0, 0, 0, 0);
	js_futex(&pi, JS_FUTEX_TRYLOCK_PI_PRIVATE, 0, 0, 0, 0);
	js_futex(&pi, JS_FUTEX_UNLOCK_PI_PRIVATE, 0, 0, 0, 0);
	js_futex(&pi, JS_FUTEX_UNLOCK_PI, 0, 0, 0, 0);
	js_futex(&pi, JS_FUTEX_TRYLOCK_PI, 0, 0, 0, 0);
	js_futex(&pi, JS_FUTEX_UNLOCK_PI, 0, 0, 0, 0);
	js_futex(&pi, JS_FUTEX_LOCK_PI2_PRIVATE, 0, &ms, 0, 0);
	js_futex(&pi, JS_FUTEX_UNLOCK_PI_PRIVATE, 0, 0, 0, 0);
	js_futex(&pi, JS_FUTEX_LOCK_PI2 | JS_FUTEX_CLOCK_REALTIME, 0, 0, 0, 0);
	js_futex(&pi, JS_FUTEX_UNLOCK_PI, 0, 0, 0, 0);
	js_futex((uint32_t *)16, JS_FUTEX_LOCK_PI, 0, 0, 0, 0);
	js_futex(&f, JS_FUTEX_WAIT_REQUEUE_PI_PRIVATE, 4, &ms, &pi, 0);
	js_futex(&f, JS_FUTEX_WAIT_REQUEUE_PI | JS_FUTEX_CLOCK_REALTIME, 4, 0, &pi, 0);
	js_futex(&f, JS_FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, V2(1), &pi, 5);
	js_futex(&f, JS_FUTEX_WAIT | JS_FUTEX_CLOCK_REALTIME, 4, 0, 0, 0);
	js_futex(&f, JS_FUTEX_WAKE | JS_FUTEX_CLOCK_REALTIME, 1, 0, 0, 0);
	js_futex(&f, 14, 1, V2(2), &g, 0x33);
	js_futex(&f, 0x63, 1, 0, 0, 0);
	js_futex(&f, -1, 1, 0, 0, 0);

	js_futex_waitv(w, 2, 0, &zero, JS_CLOCK_MONOTONIC);	/* past: at once */
	w[0].val = 4;	/* f is 5: no sleep from here on */
	js_futex_waitv(w, 1, 0, 0, JS_CLOCK_REALTIME);
	js_futex_waitv(w, 2, 0, 0, JS_CLOCK_MONOTONIC);
	w[0].flags = 0;
	js_futex_waitv(w, 1, 0, 0, JS_CLOCK_MONOTONIC);
	w[0].flags = 3;
	js_futex_waitv(w, 1, 0, 0, JS_CLOCK_MONOTONIC);
	w[0].flags = 0x100;
	js_futex_waitv(w, 1, 0, 0, JS_CLOCK_MONOTONIC);
	w[0].flags = JS_FUTEX_PRIVATE_FLAG;
	w[0].__reserved = 5;
	js_futex_waitv(w, 1, 0, 0, JS_CLOCK_MONOTONIC);
	js_futex_waitv((struct js_futex_waitv *)16, 2, 0, 0, JS_CLOCK_MONOTONIC);
	js_futex_waitv(w, 0, 1, 0, JS_CLOCK_REALTIME_COARSE);
	js_futex_waitv(0, 1, 0, 0, JS_CLOCK_MONOTONIC);
	return 0;
}
