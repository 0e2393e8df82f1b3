/* Freestanding: js_mutex and js_once between real threads.  The threads
 * are bare clones (js_clone_fn with the thread flags on an mmap'd stack):
 * no TLS, no runtime support, which is all js_mutex and js_once need.
 * The main thread waits for each through the kernel's CLONE_CHILD_CLEARTID
 * futex, every wait bounded. */
#include "runner.h"

#define TASKS 4
#define ROUNDS 20000
#define STACK (64 * 1024)

static struct js_mutex lock;	/* zero: unlocked, no initializer */
static struct js_once once;
static long counter;		/* plain: only the mutex protects it */
static int init_runs;		/* plain: only js_once protects it */
static int saw_init[TASKS];

static void init(void)
{
	/* Long enough that the other tasks arrive and have to sleep. */
	struct js_timespec t = { 0, 20000000 };

	js_nanosleep(&t, 0);
	init_runs++;
}

static int task(void *arg)
{
	long id = (long)arg;

	js_once(&once, init);
	saw_init[id] = init_runs;
	for (int i = 0; i < ROUNDS; i++) {
		/* Now and then the other way in, under contention. */
		if (i % 1000 == 0 && js_mutex_trylock(&lock) == 0) {
			counter++;
			js_mutex_unlock(&lock);
			continue;
		}
		js_mutex_lock(&lock);
		counter++;
		js_mutex_unlock(&lock);
	}
	return 0;
}

/* Sleeps on the CLONE_CHILD_CLEARTID word until the kernel zeroes it.
 * The kernel's wake there is a shared-futex wake, so this waits with
 * JS_FUTEX_WAIT, not the private js_futex_wait. */
static long join(volatile int *tid)
{
	struct js_timespec slice = { 1, 0 };

	for (int waited = 0; waited < 60; waited++) {
		int t = *tid;

		if (t == 0)
			return 0;
		js_futex((uint32_t *)tid, JS_FUTEX_WAIT, (uint32_t)t, &slice, 0, 0);
	}
	return -JS_ETIMEDOUT;
}

static void t_mutex_trylock(void)
{
	struct js_mutex m = { 0 };

	CHECK_EQ(js_mutex_trylock(&m), 0);
	CHECK_EQ(m.__state, 1);
	CHECK_EQ(js_mutex_trylock(&m), -JS_EBUSY);
	js_mutex_unlock(&m);
	CHECK_EQ(m.__state, 0);
	/* Not error-checking: unlocking an unlocked mutex leaves it so. */
	js_mutex_unlock(&m);
	CHECK_EQ(m.__state, 0);
	CHECK_EQ(js_mutex_lock(&m), 0);
	CHECK_EQ(m.__state, 1);
	CHECK_EQ(js_mutex_trylock(&m), -JS_EBUSY);
	CHECK_EQ(js_mutex_unlock(&m), 0);
	CHECK_EQ(js_mutex_trylock(&m), 0);
	CHECK_EQ(js_mutex_unlock(&m), 0);
	CHECK_EQ(m.__state, 0);
	/* What these helpers read themselves: NULL is refused, not used. */
	CHECK_EQ(js_mutex_lock(0), -JS_EFAULT);
	CHECK_EQ(js_mutex_trylock(0), -JS_EFAULT);
	CHECK_EQ(js_mutex_unlock(0), -JS_EFAULT);
}

static int once_runs;
static void count_once(void)
{
	once_runs++;
}

static void t_once_single(void)
{
	struct js_once o = { 0 };

	CHECK_EQ(js_once(&o, count_once), 0);
	CHECK_EQ(js_once(&o, count_once), 0);
	CHECK_EQ(once_runs, 1);
	CHECK_EQ(js_once(&o, 0), 0);	/* done: fn is not looked at */
	CHECK_EQ(js_once(0, count_once), -JS_EFAULT);
	struct js_once fresh = { 0 };
	CHECK_EQ(js_once(&fresh, 0), -JS_EFAULT);
	CHECK_EQ(fresh.__state, 0);
	CHECK_EQ(once_runs, 1);
}

static void t_mutex_and_once_threads(void)
{
	static volatile int tids[TASKS];
	char *stacks = js_mmap(0, TASKS * STACK, JS_PROT_READ | JS_PROT_WRITE,
			       JS_MAP_PRIVATE | JS_MAP_ANONYMOUS | JS_MAP_STACK, -1, 0);
	struct js_timespec settle = { 0, 10000000 };
	long started = 0;

	CHECK(!JS_IS_ERR(stacks));
	if (JS_IS_ERR(stacks))
		return;
	/* Held while the tasks start: their first locks must sleep. */
	js_mutex_lock(&lock);
	for (long i = 0; i < TASKS; i++) {
		long r = js_clone_fn(task, stacks + (i + 1) * STACK,
				     JS_CLONE_VM | JS_CLONE_FS | JS_CLONE_FILES |
				     JS_CLONE_SIGHAND | JS_CLONE_THREAD |
				     JS_CLONE_SYSVSEM | JS_CLONE_PARENT_SETTID |
				     JS_CLONE_CHILD_CLEARTID,
				     (void *)i, (int *)&tids[i], 0, (int *)&tids[i]);
		CHECK(r > 0);
		started += r > 0;
	}
	for (int i = 0; i < 50 && lock.__state != 2; i++)
		js_nanosleep(&settle, 0);
	CHECK_EQ(lock.__state, 2);	/* someone sleeps on it */
	js_mutex_unlock(&lock);
	for (long i = 0; i < started; i++)
		CHECK_EQ(join(&tids[i]), 0);
	CHECK_EQ(started, TASKS);
	CHECK_EQ(counter, TASKS * ROUNDS);
	CHECK_EQ(lock.__state, 0);
	CHECK_EQ(init_runs, 1);
	CHECK_EQ(once.__state, 3);
	for (int i = 0; i < TASKS; i++)
		CHECK_EQ(saw_init[i], 1);
	js_once(&once, init);
	CHECK_EQ(init_runs, 1);
	CHECK_EQ(js_munmap(stacks, TASKS * STACK), 0);
}

/* A futex_waitv sleeper woken by another thread: returns the index of
 * the futex that was woken. */
static uint32_t words[2];
static int waker(void *arg)
{
	struct js_timespec t = { 0, 20000000 };

	(void)arg;
	js_nanosleep(&t, 0);
	__atomic_store_n(&words[1], 1, __ATOMIC_RELEASE);
	js_futex_wake(&words[1], 1);
	return 0;
}

static void t_futex_wait_woken(void)
{
	static char stack[STACK] __attribute__((aligned(16)));
	static volatile int tid;
	struct js_timespec limit = { 10, 0 };
	long r = js_clone_fn(waker, stack + sizeof stack,
			     JS_CLONE_VM | JS_CLONE_FS | JS_CLONE_FILES |
			     JS_CLONE_SIGHAND | JS_CLONE_THREAD | JS_CLONE_SYSVSEM |
			     JS_CLONE_PARENT_SETTID | JS_CLONE_CHILD_CLEARTID,
			     0, (int *)&tid, 0, (int *)&tid);

	CHECK(r > 0);
	if (r <= 0)
		return;
	/* 0 when woken; -EAGAIN if the waker was faster than this call. */
	while (__atomic_load_n(&words[1], __ATOMIC_ACQUIRE) == 0) {
		r = js_futex_wait(&words[1], 0, &limit);
		CHECK(r == 0 || r == -JS_EAGAIN);
		if (r != 0 && r != -JS_EAGAIN)
			break;
	}
	CHECK_EQ(words[1], 1);
	CHECK_EQ(join(&tid), 0);
}

/* The kernel's CLONE_CHILD_CLEARTID wake is a shared-futex wake: a
 * private wait on the tid word is not woken by it (it times out though
 * the thread has gone), the shared wait of join() is. */
static int short_task(void *arg)
{
	struct js_timespec t = { 0, 50000000 };

	(void)arg;
	js_nanosleep(&t, 0);
	return 0;
}

static void t_cleartid_wake_is_shared(void)
{
	static char stack[STACK] __attribute__((aligned(16)));
	static volatile int tid;
	struct js_timespec limit = { 1, 0 };
	long r = js_clone_fn(short_task, stack + sizeof stack,
			     JS_CLONE_VM | JS_CLONE_FS | JS_CLONE_FILES |
			     JS_CLONE_SIGHAND | JS_CLONE_THREAD | JS_CLONE_SYSVSEM |
			     JS_CLONE_PARENT_SETTID | JS_CLONE_CHILD_CLEARTID,
			     0, (int *)&tid, 0, (int *)&tid);
	int t = tid;

	CHECK(r > 0);
	if (r <= 0)
		return;
	CHECK_EQ(js_futex_wait((uint32_t *)&tid, (uint32_t)t, &limit), -JS_ETIMEDOUT);
	CHECK_EQ(tid, 0);
	CHECK_EQ(join(&tid), 0);
}

JT_MAIN(T(t_mutex_trylock), T(t_once_single), T(t_mutex_and_once_threads), T(t_futex_wait_woken),
	T(t_cleartid_wake_is_shared))
