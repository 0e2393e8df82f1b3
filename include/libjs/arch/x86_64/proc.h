/* x86_64 process-call details that differ between architectures. */
#ifndef LIBJS_ARCH_X86_64_PROC_H
#define LIBJS_ARCH_X86_64_PROC_H

/* The raw clone(2) argument order.  x86_64: flags, stack, parent_tid,
 * child_tid, tls.  aarch64 and riscv64 (CONFIG_CLONE_BACKWARDS) pass tls
 * before child_tid.  js_clone always takes the x86_64 order and this macro
 * puts the arguments where the kernel wants them. */
#define JS__CLONE_ARGS(flags, stack, ptid, ctid, tls) flags, stack, ptid, ctid, tls

#endif
