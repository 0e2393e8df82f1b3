/* trace-cross-arch: LIBJS_FAULT=set_robust_list:ENOSYS,rseq:ENOSYS (qemu-user 7.2 answers ENOSYS to both, on purpose: it keeps the guest from registering them with the host kernel) */
/* Differential trace program (tests/sh/test_trace_diff.sh), process
 * domain: the calls a thread runtime makes (set_tid_address,
 * set_robust_list, rseq, the fs base where the architecture has
 * arch_prctl), capabilities read and written back, sysinfo.  Bounded by
 * alarm(20). */
#include <libjs/libjs.h>

static struct js_rseq rs __attribute__((aligned(32)));

int main(void)
{
	struct js_robust_list_head head;
	struct js_user_cap_header_struct ch = { JS_LINUX_CAPABILITY_VERSION_3, 0 };
	struct js_user_cap_data_struct cd[2];
	struct js_sysinfo si;
	static int tid;

	js_alarm(20);
	js_set_tid_address(&tid);
	head.list.next = &head.list;
	head.futex_offset = 0;
	head.list_op_pending = 0;
	js_set_robust_list(&head, sizeof head);
	js_set_robust_list(&head, 1);
	js_rseq(&rs, 32, 0, 0x53053053);
	js_rseq(&rs, 32, JS_RSEQ_FLAG_UNREGISTER, 0x53053053);
	js_rseq(&rs, 31, 0, 0x53053053);
#ifdef JS_NR_arch_prctl
	{
		unsigned long fs = 0;

		js_syscall(JS_NR_arch_prctl, JS_ARCH_GET_FS, (long)&fs);
		js_syscall(JS_NR_arch_prctl, JS_ARCH_SET_FS, (long)fs);
		js_syscall(JS_NR_arch_prctl, 0x9999, 0);
	}
#endif
	js_capget(&ch, 0);
	__builtin_memset(cd, 0, sizeof cd);
	/* Keep two capabilities (a full set's line is longer than a trace
	 * line's buffer), then read them back. */
	cd[0].effective = cd[0].permitted = 1u << JS_CAP_CHOWN | 1u << JS_CAP_KILL;
	cd[0].inheritable = 0;
	cd[1].effective = cd[1].permitted = 1u << (JS_CAP_SYSLOG - 32);
	cd[1].inheritable = 0;
	js_capset(&ch, cd);
	js_capget(&ch, cd);
	ch.version = 0x12345678;
	js_capget(&ch, cd);
	js_sysinfo(&si);
	return 0;
}
