/* The one place that picks the architecture: everything per-architecture
 * (syscall primitive, syscall numbers, kernel struct layouts that differ)
 * lives under include/libjs/arch/<name>/ and is reached through here. */
#ifndef LIBJS_ARCH_H
#define LIBJS_ARCH_H

#if defined(__x86_64__)
#include "x86_64/syscall.h"
#include "x86_64/nr.h"
#include "x86_64/abi.h"
#include "x86_64/signal.h"
#include "x86_64/proc.h"
#else
#error "libjs: unsupported architecture"
#endif

#endif
