/* riscv64's own system calls (the every-syscall issue): the instruction
 * cache flush and the hardware probe.  Declared only on riscv64 (through
 * <libjs/sys.h>): the x86_64 and aarch64 tables have neither.
 * riscv_hwprobe's layout and keys: arch/riscv/include/uapi/asm/hwprobe.h
 * (Linux 6.4 and later, newer than the 6.1 cross headers: proven by
 * the kernel's answers, tests/free/test_resid_riscv.c). */
#ifndef LIBJS_ARCH_RISCV64_CALLS_H
#define LIBJS_ARCH_RISCV64_CALLS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* riscv_flush_icache(2): makes instructions the process wrote in
 * [start, end) visible to instruction fetch (fence.i alone does not: the
 * thread may move to another hart).  flags 0 flushes for every thread of
 * the process, JS_SYS_RISCV_FLUSH_ICACHE_LOCAL for the caller only; any
 * other bit is -JS_EINVAL.  The kernel ignores the range today.  The flag
 * is from arch/riscv/include/asm/cacheflush.h (no UAPI header has it). */
#define JS_SYS_RISCV_FLUSH_ICACHE_LOCAL 1UL
long js_riscv_flush_icache(void *start, void *end, unsigned long flags);

/* riscv_hwprobe(2) (Linux 6.4): fills the value of each key of pairs
 * (a key the kernel does not know gets key -1) for the CPUs of cpus
 * (cpusetsize bytes; 0 and NULL: every online CPU); returns 0.
 * flags 0, or JS_RISCV_HWPROBE_WHICH_CPUS (Linux 6.8: pairs carry values,
 * and cpus is narrowed to the CPUs that have all of them). */
struct js_riscv_hwprobe {
	int64_t key;
	uint64_t value;
};
#define JS_RISCV_HWPROBE_KEY_MVENDORID         0
#define JS_RISCV_HWPROBE_KEY_MARCHID           1
#define JS_RISCV_HWPROBE_KEY_MIMPID            2
#define JS_RISCV_HWPROBE_KEY_BASE_BEHAVIOR     3
#define JS_RISCV_HWPROBE_BASE_BEHAVIOR_IMA     (1 << 0)
#define JS_RISCV_HWPROBE_KEY_IMA_EXT_0         4
#define JS_RISCV_HWPROBE_IMA_FD                (1 << 0)
#define JS_RISCV_HWPROBE_IMA_C                 (1 << 1)
#define JS_RISCV_HWPROBE_IMA_V                 (1 << 2)
#define JS_RISCV_HWPROBE_KEY_CPUPERF_0         5
#define JS_RISCV_HWPROBE_KEY_ZICBOZ_BLOCK_SIZE 6
#define JS_RISCV_HWPROBE_WHICH_CPUS            (1 << 0)
long js_riscv_hwprobe(struct js_riscv_hwprobe *pairs, size_t pair_count,
		      size_t cpusetsize, unsigned long *cpus,
		      unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif
