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
#include "x86_64/signal.h"
#include "x86_64/proc.h"
#include "x86_64/kern.h"
#include "x86_64/vdso.h"
#include "x86_64/ipc.h"
#include "x86_64/nr_arch_new.h"
#define JS_NR_ARCH_NEW_LIST JS_X86_64_NR_NEW_LIST
#include "x86_64/calls.h"
#include "x86_64/sandbox.h" /* issue 16 */
/* Lists that tables elsewhere build by #include (the trace decoder). */
#define JS_ARCH_NR_LIST "libjs/arch/x86_64/nr_list.h"
#define JS_ARCH_TRACE_ARGS "libjs/arch/x86_64/trace_args_list.h"
#elif defined(__aarch64__)
#include "aarch64/syscall.h"
#include "aarch64/nr.h"
#include "aarch64/abi.h"
#include "aarch64/signal.h"
#include "aarch64/proc.h"
#include "aarch64/kern.h"
#include "aarch64/vdso.h"
#include "aarch64/nr_arch_new.h"
#define JS_NR_ARCH_NEW_LIST JS_AARCH64_NR_NEW_LIST
#include "aarch64/sandbox.h" /* issue 16 */
#include "generic/events.h"
#include "generic/ipc.h"
#define JS_ARCH_NR_LIST "libjs/arch/aarch64/nr_list.h"
#define JS_ARCH_TRACE_ARGS "libjs/arch/aarch64/trace_args_list.h"
#elif defined(__riscv) && __riscv_xlen == 64
#include "riscv64/syscall.h"
#include "riscv64/nr.h"
#include "riscv64/abi.h"
#include "riscv64/signal.h"
#include "riscv64/proc.h"
#include "riscv64/kern.h"
#include "riscv64/vdso.h"
#include "riscv64/nr_arch_new.h"
#define JS_NR_ARCH_NEW_LIST JS_RISCV64_NR_NEW_LIST
#include "riscv64/calls.h"
#include "riscv64/sandbox.h" /* issue 16 */
#include "generic/events.h"
#include "generic/ipc.h"
#define JS_ARCH_NR_LIST "libjs/arch/riscv64/nr_list.h"
#define JS_ARCH_TRACE_ARGS "libjs/arch/riscv64/trace_args_list.h"
#else
#error "libjs: unsupported architecture (x86_64, aarch64, riscv64)"
#endif

#endif
