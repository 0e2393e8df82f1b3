/* riscv64 process-call details that differ between architectures. */
#ifndef LIBJS_ARCH_RISCV64_PROC_H
#define LIBJS_ARCH_RISCV64_PROC_H

/* The raw clone(2) argument order on riscv64 (CONFIG_CLONE_BACKWARDS):
 * flags, stack, parent_tid, tls, child_tid.  js_clone takes the x86_64
 * order (flags, stack, parent_tid, child_tid, tls); this puts tls first. */
#define JS__CLONE_ARGS(flags, stack, ptid, ctid, tls) flags, stack, ptid, tls, ctid

#endif
