#include <libjs/signal.h>
#include "../call.h"
#include "../internal.h"

/* The trampoline a handler returns to where the architecture needs one
 * from user space (x86_64: src/arch/x86_64/restore_rt.S): it makes
 * rt_sigreturn, which restores the interrupted context the kernel saved
 * on the signal stack.  aarch64 and riscv64 return through the vDSO's. */
JS__HIDDEN void js__restore_rt(void);
/* The same, reporting rt_sigreturn to the trace first: installed while
 * tracing is on (js__asm_trace set), so the trace shows the call. */
JS__HIDDEN void js__restore_rt_traced(void);

long js_sigaction(int sig, const struct js_sigaction *act,
		  struct js_sigaction *oldact)
{
	struct js_sigaction k;

	if (act) {
		k = *act;
#ifdef JS__RESTORE_RT
		if (!(k.sa_flags & JS_SA_RESTORER)) {
			k.sa_flags |= JS_SA_RESTORER;
			k.sa_restorer = js__asm_trace ? js__restore_rt_traced
						      : js__restore_rt;
		}
#endif
		act = &k;
	}
	return JS_SC4(JS_NR_rt_sigaction, sig, act, oldact, sizeof(js_sigset_t));
}
