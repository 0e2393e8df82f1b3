/* Compiled by tests/sh/test_kernmem_arch_layout.sh with each
 * architecture's own compiler against its own kernel UAPI headers: every
 * struct, union and constant of include/libjs/kern.h (and mem.h's
 * kernel-and-memory block) proven at compile time.  The register set and
 * the architecture's own requests come in from the script (KERNMEM_ARCH). */
#include <linux/ptrace.h>
#include <asm/ptrace.h>
#include <linux/elf.h>
#include <linux/kexec.h>
#include <linux/module.h>
#include <linux/userfaultfd.h>
#include <linux/perf_event.h>
#include <linux/bpf.h>
#include <linux/mempolicy.h>
#include <linux/mman.h>
#include "include/libjs/kern.h"
#include "include/libjs/mem.h"
#include "tests/host/kern_consts.h"
#include "tests/host/kern_fields.h"

#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b);
#define A_S(js, k) SAME(sizeof(js), sizeof(k))
#define A_O(js, jm, k, km) SAME(__builtin_offsetof(js, jm), __builtin_offsetof(k, km))
#define A_F(js, jm, k, km) A_O(js, jm, k, km) SAME(sizeof(((js *)0)->jm), sizeof(((k *)0)->km))
#define A_C(name) SAME(JS_##name, name)

KERN_FIELDS(A_S, A_F, A_O)
KERN_CONSTS(A_C)
SAME(sizeof(struct js_perf_event_attr), JS_PERF_ATTR_SIZE_VER8)
SAME(__builtin_offsetof(struct js_perf_event_attr, config3), sizeof(struct perf_event_attr))
SAME(__builtin_offsetof(struct js_perf_event_attr, flags),
     __builtin_offsetof(struct perf_event_attr, read_format) + 8)
SAME(__builtin_offsetof(struct js_perf_event_attr, wakeup_events),
     __builtin_offsetof(struct perf_event_attr, wakeup_events))

/* The architecture's part: R(ours, theirs) registers, C(name) constants. */
#define R(jm, km) A_F(struct js_user_regs, jm, KERNMEM_REGS, km)
KERNMEM_ARCH
