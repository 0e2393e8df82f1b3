/* js_thread_create (thread.h).  One mapping, lowest address first:
 *   [guard page, PROT_NONE][stack ...][TLS block and TCB (tcb.h)]
 * The stack grows down from the start of the TLS area.  The new thread
 * starts in js_clone_fn (src/arch/<arch>/clone_fn.S) on that stack, with
 * its thread pointer already set by CLONE_SETTLS, and runs start(). */
#include <libjs/errno.h>
#include <libjs/mem.h>
#include <libjs/proc.h>
#include "thread.h"

/* A POSIX thread's flags (thread.h says why each). */
#define THREAD_FLAGS                                                          \
	(JS_CLONE_VM | JS_CLONE_FS | JS_CLONE_FILES | JS_CLONE_SIGHAND |       \
	 JS_CLONE_THREAD | JS_CLONE_SYSVSEM | JS_CLONE_SETTLS |                \
	 JS_CLONE_PARENT_SETTID | JS_CLONE_CHILD_CLEARTID)

#define PAGE 4096UL

static int start(void *arg)
{
	struct js__tcb *t = arg;

	js_thread_exit(t->fn(t->arg));
}

long js_thread_create(struct js_thread *t, int (*fn)(void *), void *arg,
		      size_t stack_size)
{
	struct js__tcb *self, *tcb;
	size_t stack, tls, size;
	char *map;
	void *tp;
	long r;

	if (!t)
		return -JS_EINVAL;
	/* On any failure the handle is left empty (js_thread_join refuses
	 * it), never half-filled. */
	t->desc = 0;
	t->tid = 0;
	if (!fn)
		return -JS_EINVAL;
	JS__NEED_TLS_SETUP();
	self = js__self();
	if (stack_size == 0)
		stack_size = JS_THREAD_STACK_DEFAULT;
	if (stack_size < JS_THREAD_STACK_MIN)
		stack_size = JS_THREAD_STACK_MIN;
	/* Sizes that would wrap when rounded are refused, not wrapped. */
	if (stack_size > ((size_t)1 << 46))
		return -JS_EINVAL;
	stack = (stack_size + PAGE - 1) & ~(PAGE - 1);
	tls = (js__tls_size(&self->tls) + PAGE - 1) & ~(PAGE - 1);
	size = PAGE + stack + tls;
	map = js_mmap(0, size, JS_PROT_READ | JS_PROT_WRITE,
		      JS_MAP_PRIVATE | JS_MAP_ANONYMOUS | JS_MAP_STACK, -1, 0);
	if (JS_IS_ERR(map))
		return JS_PTR_ERR(map);
	r = js_mprotect(map, PAGE, JS_PROT_NONE);
	if (r < 0)
		goto fail;
	tp = js__tls_place(map + PAGE + stack, &self->tls);
	tcb = js__tcb_of(tp);
	JS_TCB_COPY_GUARD(tcb, self);
	tcb->map = map;
	tcb->map_size = size;
	tcb->fn = fn;
	tcb->arg = arg;
	r = js_clone_fn(start, map + PAGE + stack, THREAD_FLAGS, tcb, &tcb->tid,
			(unsigned long)tp, &tcb->tid);
	if (r < 0)
		goto fail;
	t->desc = (struct js_thread_desc *)tcb;
	t->tid = (int)r;
	return 0;
fail:
	js_munmap(map, size);
	return r;
}
