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
	BIT(disabled, JS_PERF_ATTR_DISABLED);
	BIT(inherit, JS_PERF_ATTR_INHERIT);
	BIT(pinned, JS_PERF_ATTR_PINNED);
	BIT(exclusive, JS_PERF_ATTR_EXCLUSIVE);
	BIT(exclude_user, JS_PERF_ATTR_EXCLUDE_USER);
	BIT(exclude_kernel, JS_PERF_ATTR_EXCLUDE_KERNEL);
	BIT(exclude_hv, JS_PERF_ATTR_EXCLUDE_HV);
	BIT(exclude_idle, JS_PERF_ATTR_EXCLUDE_IDLE);
	BIT(mmap, JS_PERF_ATTR_MMAP);
	BIT(comm, JS_PERF_ATTR_COMM);
	BIT(freq, JS_PERF_ATTR_FREQ);
	BIT(inherit_stat, JS_PERF_ATTR_INHERIT_STAT);
	BIT(enable_on_exec, JS_PERF_ATTR_ENABLE_ON_EXEC);
	BIT(task, JS_PERF_ATTR_TASK);
	BIT(watermark, JS_PERF_ATTR_WATERMARK);
	BIT(precise_ip, 1ULL << JS_PERF_ATTR_PRECISE_IP_SHIFT);
	BIT(mmap_data, JS_PERF_ATTR_MMAP_DATA);
	BIT(sample_id_all, JS_PERF_ATTR_SAMPLE_ID_ALL);
	BIT(exclude_host, JS_PERF_ATTR_EXCLUDE_HOST);
	BIT(exclude_guest, JS_PERF_ATTR_EXCLUDE_GUEST);
	BIT(exclude_callchain_kernel, JS_PERF_ATTR_EXCLUDE_CALLCHAIN_KERNEL);
	BIT(exclude_callchain_user, JS_PERF_ATTR_EXCLUDE_CALLCHAIN_USER);
	BIT(mmap2, JS_PERF_ATTR_MMAP2);
	BIT(comm_exec, JS_PERF_ATTR_COMM_EXEC);
	BIT(use_clockid, JS_PERF_ATTR_USE_CLOCKID);
	BIT(context_switch, JS_PERF_ATTR_CONTEXT_SWITCH);
	BIT(write_backward, JS_PERF_ATTR_WRITE_BACKWARD);
	BIT(namespaces, JS_PERF_ATTR_NAMESPACES);
	BIT(ksymbol, JS_PERF_ATTR_KSYMBOL);
	BIT(bpf_event, JS_PERF_ATTR_BPF_EVENT);
	BIT(aux_output, JS_PERF_ATTR_AUX_OUTPUT);
	BIT(cgroup, JS_PERF_ATTR_CGROUP);
	BIT(text_poke, JS_PERF_ATTR_TEXT_POKE);
	BIT(build_id, JS_PERF_ATTR_BUILD_ID);
	BIT(inherit_thread, JS_PERF_ATTR_INHERIT_THREAD);
	BIT(remove_on_exec, JS_PERF_ATTR_REMOVE_ON_EXEC);
	BIT(sigtrap, JS_PERF_ATTR_SIGTRAP);
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
