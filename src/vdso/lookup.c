/* The slow side of a wrapper's vDSO slot (vdso.h): runs once per slot. */
#include <libjs/proc.h>
#include "vdso.h"

void *js__vdso_lookup(void **slot, const char *name)
{
	void *p = __atomic_load_n(slot, __ATOMIC_RELAXED);

	if (p)
		return (uintptr_t)p > 1 ? p : 0;
	p = js_vdso_sym(name, JS_VDSO_VERSION);
	if (!p && !js_getauxval(JS_AT_PAGESZ))
		return 0;	/* auxv not recorded yet: look again later */
	__atomic_store_n(slot, p ? p : (void *)1, __ATOMIC_RELAXED);
	return p;
}
