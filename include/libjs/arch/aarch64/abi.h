/* aarch64 kernel layouts and values that differ between architectures.
 * Proven against the cross kernel headers (linux-libc-dev-arm64-cross) by
 * tests/sh/test_arch_layout.sh. */
#ifndef LIBJS_ARCH_AARCH64_ABI_H
#define LIBJS_ARCH_AARCH64_ABI_H

#include "../generic/stat.h"

/* open(2) flags that arm64 moves away from the asm-generic values
 * (arch/arm64/include/uapi/asm/fcntl.h, as 32-bit ARM has them). */
#define JS_O_DIRECTORY 0040000
#define JS_O_NOFOLLOW  0100000
#define JS_O_DIRECT    0200000
#define JS_O_LARGEFILE 0400000

#endif
