/* Run by tests/sh/test_kernmem_arch_layout.sh on each architecture (under
 * qemu-user for the foreign ones): the bit order of the kernel's
 * bitfields, which no compile-time check can see, against the plain bits
 * libjs uses instead (JS_PERF_ATTR_*, JS_BPF_REGS).  Prints
 * "N passed, N failed". */
#include <stdio.h>
#include <string.h>
#include <linux/perf_event.h>
#include <linux/bpf.h>
#include "include/libjs/kern.h"
#include "tests/host/kern_perf_bits.h"

static int pass, fail;

static unsigned long long word(const struct perf_event_attr *a)
{
	unsigned long long w;

	memcpy(&w, (const char *)a + __builtin_offsetof(struct js_perf_event_attr, flags), 8);
	return w;
}

#define BIT(m, js)                                                             \
	do {                                                                   \
		struct perf_event_attr a;                                      \
		memset(&a, 0, sizeof a);                                       \
		a.m = 1;                                                       \
		if (word(&a) == (unsigned long long)(js))                      \
			pass++;                                                \
		else {                                                         \
			fail++;                                                \
			printf("FAIL: %s: kernel %#llx, libjs %#llx\n", #m,    \
			       word(&a), (unsigned long long)(js));            \
		}                                                              \
	} while (0)

int main(void)
{
#define ONE(m, js) BIT(m, js);
	KERN_PERF_ATTR_BITS(ONE)
#undef ONE
	{
		struct perf_event_attr a;
		memset(&a, 0, sizeof a);
		a.precise_ip = 3;
		if (word(&a) == JS_PERF_ATTR_PRECISE_IP_MASK)
			pass++;
		else
			fail++, printf("FAIL: precise_ip mask\n");
	}
	{
		int bad = 0;
		for (int d = 0; d < 16; d++)
			for (int s = 0; s < 16; s++) {
				struct bpf_insn k;
				struct js_bpf_insn j = { 0, JS_BPF_REGS(d, s), 0, 0 };
				memset(&k, 0, sizeof k);
				k.dst_reg = d & 0xf;
				k.src_reg = s & 0xf;
				bad += memcmp(&k, &j, sizeof k) != 0;
			}
		if (bad)
			fail++, printf("FAIL: bpf_insn register nibbles\n");
		else
			pass++;
	}
	printf("%d passed, %d failed\n", pass, fail);
	return fail != 0;
}
