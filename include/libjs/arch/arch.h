/* The one place that picks the architecture: everything per-architecture
 * (syscall primitive, syscall numbers, kernel struct layouts that differ)
 * lives under include/libjs/arch/<name>/ and is reached through here. */
#ifndef LIBJS_ARCH_H
#define LIBJS_ARCH_H

#if defined(__x86_64__)
#include "x86_64/syscall.h"
#include "x86_64/nr.h"
#include "x86_64/abi.h"
#include "x86_64/mem.h"
#include "x86_64/events.h"
#elif defined(__aarch64__)
#include "aarch64/syscall.h"
#include "aarch64/nr.h"
#include "aarch64/abi.h"
#include "generic/events.h"
#elif defined(__riscv) && __riscv_xlen == 64
#include "riscv64/syscall.h"
#include "riscv64/nr.h"
#include "riscv64/abi.h"
#include "generic/events.h"
#else
#error "libjs: unsupported architecture (x86_64, aarch64, riscv64)"
#endif

#endif
