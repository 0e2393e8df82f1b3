/* System calls newer than the Linux 6.1 table (nr.h) that only riscv64
 * has, which tools/coverage.sh and the trace's name table add to it.
 * From the kernel's arch/riscv/include/uapi/asm/unistd.h:
 * __NR_arch_specific_syscall (244) + 14. */
#ifndef LIBJS_ARCH_RISCV64_NR_ARCH_NEW_H
#define LIBJS_ARCH_RISCV64_NR_ARCH_NEW_H
#ifndef JS_NR_riscv_hwprobe
#define JS_NR_riscv_hwprobe 258      /* 6.4 */
#endif
#define JS_RISCV64_NR_NEW_LIST(X) X(riscv_hwprobe)
#endif
