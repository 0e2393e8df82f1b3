#include <libjs/proc.h>
#include "../vdso/vdso.h"

/* getcpu(2) through the vDSO where it answers in user space (x86_64;
 * docs/vdso.md says why not elsewhere). */
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
#endif

long js_getcpu(unsigned int *cpu, unsigned int *node, void *unused)
{
#ifdef JS_VDSO_SYM_GETCPU
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_GETCPU);

	if (f) {
		if (JS__HOOKED())
			return js__hook_vdso(JS_NR_getcpu, (long)cpu,
					     (long)node, (long)unused, try_vdso);
		return f(cpu, node, unused);
	}
#endif
	return JS_SC3(JS_NR_getcpu, cpu, node, unused);
}
