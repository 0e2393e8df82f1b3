/* Each flag bit of struct perf_event_attr's bitfield word (linux/
 * perf_event.h) beside the plain bit libjs names for it (kern.h): one
 * list for the host test (tests/host/test_kern_layout_kernel.c) and the
 * per-architecture run (tests/sh/kernmem_bits.c), which set the kernel's
 * bitfield member and compare the word with the libjs value.
 * X(member, libjs value). */
#ifndef LIBJS_TEST_KERN_PERF_BITS_H
#define LIBJS_TEST_KERN_PERF_BITS_H

#define KERN_PERF_ATTR_BITS(X) \
	X(disabled, JS_PERF_ATTR_DISABLED) \
	X(inherit, JS_PERF_ATTR_INHERIT) \
	X(pinned, JS_PERF_ATTR_PINNED) \
	X(exclusive, JS_PERF_ATTR_EXCLUSIVE) \
	X(exclude_user, JS_PERF_ATTR_EXCLUDE_USER) \
	X(exclude_kernel, JS_PERF_ATTR_EXCLUDE_KERNEL) \
	X(exclude_hv, JS_PERF_ATTR_EXCLUDE_HV) \
	X(exclude_idle, JS_PERF_ATTR_EXCLUDE_IDLE) \
	X(mmap, JS_PERF_ATTR_MMAP) \
	X(comm, JS_PERF_ATTR_COMM) \
	X(freq, JS_PERF_ATTR_FREQ) \
	X(inherit_stat, JS_PERF_ATTR_INHERIT_STAT) \
	X(enable_on_exec, JS_PERF_ATTR_ENABLE_ON_EXEC) \
	X(task, JS_PERF_ATTR_TASK) \
	X(watermark, JS_PERF_ATTR_WATERMARK) \
	X(precise_ip, 1ULL << JS_PERF_ATTR_PRECISE_IP_SHIFT) \
	X(mmap_data, JS_PERF_ATTR_MMAP_DATA) \
	X(sample_id_all, JS_PERF_ATTR_SAMPLE_ID_ALL) \
	X(exclude_host, JS_PERF_ATTR_EXCLUDE_HOST) \
	X(exclude_guest, JS_PERF_ATTR_EXCLUDE_GUEST) \
	X(exclude_callchain_kernel, JS_PERF_ATTR_EXCLUDE_CALLCHAIN_KERNEL) \
	X(exclude_callchain_user, JS_PERF_ATTR_EXCLUDE_CALLCHAIN_USER) \
	X(mmap2, JS_PERF_ATTR_MMAP2) \
	X(comm_exec, JS_PERF_ATTR_COMM_EXEC) \
	X(use_clockid, JS_PERF_ATTR_USE_CLOCKID) \
	X(context_switch, JS_PERF_ATTR_CONTEXT_SWITCH) \
	X(write_backward, JS_PERF_ATTR_WRITE_BACKWARD) \
	X(namespaces, JS_PERF_ATTR_NAMESPACES) \
	X(ksymbol, JS_PERF_ATTR_KSYMBOL) \
	X(bpf_event, JS_PERF_ATTR_BPF_EVENT) \
	X(aux_output, JS_PERF_ATTR_AUX_OUTPUT) \
	X(cgroup, JS_PERF_ATTR_CGROUP) \
	X(text_poke, JS_PERF_ATTR_TEXT_POKE) \
	X(build_id, JS_PERF_ATTR_BUILD_ID) \
	X(inherit_thread, JS_PERF_ATTR_INHERIT_THREAD) \
	X(remove_on_exec, JS_PERF_ATTR_REMOVE_ON_EXEC) \
	X(sigtrap, JS_PERF_ATTR_SIGTRAP)

#endif
