#include <libjs/proc.h>
#include "../vdso/vdso.h"
#include "../internal.h"

/* getrandom(2) through the vDSO's getrandom where the kernel has it
 * (docs/vdso.md), with the calling thread's opaque state.
 *
 * The state pointer lives in a thread-local variable (initial-exec: a
 * fixed offset from the thread pointer, no __tls_get_addr).  A call takes
 * it by setting the variable to NULL for the duration, so a signal
 * handler that calls js_getrandom meanwhile finds NULL and uses a state
 * of its own from the pool (src/vdso/vgetrandom.c) rather than the one in
 * use; whoever finishes swaps its state back in and returns any state it
 * displaced to the pool.  After fork the child's states are wiped by the
 * kernel (the pages are MAP_DROPPABLE) and the vDSO re-keys them. */
static __thread void *state __attribute__((tls_model("initial-exec")));

static long via_vdso(js__vgetrandom_fn f, void *buf, size_t len,
		     unsigned int flags)
{
	void *st = __atomic_load_n(&state, __ATOMIC_RELAXED);
	long r;

	__atomic_store_n(&state, (void *)0, __ATOMIC_RELAXED);
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	if (!st && !(st = js__vgetrandom_state_get()))
		return JS__VDSO_NO;
	r = f(buf, len, flags, st, js__vgetrandom_state_size());
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	/* An exchange, not a store: a handler that ran in between may have
	 * left its own state here, which must go back to the pool. */
	st = __atomic_exchange_n(&state, st, __ATOMIC_RELAXED);
	if (st)
		js__vgetrandom_state_put(st);
	return r;
}

/* The system call refuses GRND_RANDOM with GRND_INSECURE (-EINVAL,
 * drivers/char/random.c); the vDSO does not check, so that pair goes to
 * the kernel too, and both paths give the same answer. */
static int usable(const void *buf, unsigned int flags)
{
	return buf && !(flags & ~JS__VGETRANDOM_FLAGS) &&
	       (flags & (JS_GRND_RANDOM | JS_GRND_INSECURE)) !=
		       (JS_GRND_RANDOM | JS_GRND_INSECURE);
}

static long try_vdso(long *a)
{
	js__vgetrandom_fn f = js__vgetrandom();

	if (!f || !usable((void *)a[0], (unsigned int)a[2]))
		return JS__VDSO_NO;
	return via_vdso(f, (void *)a[0], (size_t)a[1], (unsigned int)a[2]);
}

long js_getrandom(void *buf, size_t buflen, unsigned int flags)
{
	js__vgetrandom_fn f;

	if (usable(buf, flags) && (f = js__vgetrandom())) {
		long r;

		if (JS__HOOKED())
			return js__hook_vdso(JS_NR_getrandom, (long)buf,
					     (long)buflen, flags, try_vdso);
		r = via_vdso(f, buf, buflen, flags);
		if (r != JS__VDSO_NO)
			return r;
	}
	return JS_SC3(JS_NR_getrandom, buf, buflen, flags);
}

/* src/internal.h: the exiting thread's state goes back to the pool. */
void js__getrandom_thread_exit(void)
{
	void *st = __atomic_exchange_n(&state, (void *)0, __ATOMIC_RELAXED);

	if (st)
		js__vgetrandom_state_put(st);
}
