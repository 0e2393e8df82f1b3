/* js_thread_join (thread.h): the kernel clears the thread's tid in its
 * control block and wakes that address (CLONE_CHILD_CLEARTID, a shared
 * futex wake) once the thread is gone for good; until then this waits on
 * it.  Only then is the mapping (stack, TLS, control block) unmapped. */
#include <libjs/errno.h>
#include <libjs/mem.h>
#include "thread.h"

long js_thread_join(struct js_thread *t, int *result)
{
	struct js__tcb *tcb;
	int tid;

	if (!t || !t->desc)
		return -JS_EINVAL;
	tcb = (struct js__tcb *)t->desc;
	if (tcb == js__self())
		return -JS_EDEADLK;
	if (!tcb->map) /* the main thread's: not js_thread_create's */
		return -JS_EINVAL;
	/* JS_FUTEX_WAIT, not the private form: the kernel's wake at thread
	 * exit is a shared one. */
	while ((tid = __atomic_load_n(&tcb->tid, __ATOMIC_ACQUIRE)) != 0)
		js_futex((uint32_t *)&tcb->tid, JS_FUTEX_WAIT, (uint32_t)tid, 0, 0, 0);
	if (result)
		*result = tcb->result;
	t->desc = 0;
	return js_munmap(tcb->map, tcb->map_size);
}
