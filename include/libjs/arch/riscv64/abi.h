/* riscv64 kernel layouts and values that differ between architectures.
 * Proven against the cross kernel headers (linux-libc-dev-riscv64-cross)
 * by tests/sh/test_arch_layout.sh. */
#ifndef LIBJS_ARCH_RISCV64_ABI_H
#define LIBJS_ARCH_RISCV64_ABI_H

#include "../generic/stat.h"

/* open(2) flags that vary by architecture: riscv64 keeps the asm-generic
 * values (arch/riscv/include/uapi/asm has no fcntl.h of its own). */
#define JS_O_DIRECT    00040000
#define JS_O_LARGEFILE 00100000
#define JS_O_DIRECTORY 00200000
#define JS_O_NOFOLLOW  00400000

#endif
