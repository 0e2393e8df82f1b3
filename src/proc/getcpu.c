#include <libjs/proc.h>
#include "../vdso/vdso.h"

/* getcpu(2) through the vDSO where it answers in user space (x86_64;
 * docs/vdso.md says why not elsewhere).  Fast path and out-of-line rest
 * as in src/time/clock_gettime.c. */
#ifdef JS_VDSO_SYM_GETCPU
typedef long (*fn)(unsigned int *, unsigned int *, void *);
static void *slot;

static long try_vdso(long *a)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_GETCPU);

	if (!f)
		return JS__VDSO_NO;
	return f((unsigned int *)a[0], (unsigned int *)a[1], (void *)a[2]);
}

static __attribute__((noinline, cold)) long
slow(unsigned int *cpu, unsigned int *node, void *unused)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_GETCPU);

	if (f) {
		if (JS__HOOKED())
			return js__hook_vdso(JS_NR_getcpu, (long)cpu,
					     (long)node, (long)unused, try_vdso);
		return f(cpu, node, unused);
	}
	return JS_SC3(JS_NR_getcpu, cpu, node, unused);
}

long js_getcpu(unsigned int *cpu, unsigned int *node, void *unused)
{
	fn f = (fn)js__vdso_ready(&slot);

	if (__builtin_expect(f && !JS__HOOKED(), 1))
		return f(cpu, node, unused);
	return slow(cpu, node, unused);
}
#else
long js_getcpu(unsigned int *cpu, unsigned int *node, void *unused)
{
	return JS_SC3(JS_NR_getcpu, cpu, node, unused);
}
#endif
