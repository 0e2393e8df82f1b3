/* The kernel-tools and memory layouts and constants (include/libjs/kern.h,
 * mem.h's kernel-and-memory block) against the kernel's UAPI headers, on
 * this machine; tests/sh/test_kernmem_arch_layout.sh proves the same lists
 * and each architecture's register set on all three. */
#include <string.h>
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
#include "layout.h"
#include "kern_consts.h"
#include "kern_fields.h"
#include "kern_perf_bits.h"
#include <libjs/kern.h>
#include <libjs/mem.h>

#define ROW_S(js, k) { "sizeof " #js, (long)sizeof(js), (long)sizeof(k) },
#define ROW_O(js, jm, k, km) \
	{ #js "." #jm " offset", (long)offsetof(js, jm), (long)offsetof(k, km) },
#define ROW_F(js, jm, k, km) ROW_O(js, jm, k, km)                              \
	{ #js "." #jm " size", (long)sizeof(((js *)0)->jm), (long)sizeof(((k *)0)->km) },
#define ROW_C(name) CONST_ROW(JS_##name, name),

static void structs_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = { KERN_FIELDS(ROW_S, ROW_F, ROW_O) };
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = { KERN_CONSTS(ROW_C) };
	check_rows(rows, ARRAY_LEN(rows));
}

/* struct perf_event_attr: the size versions, config3 past 6.1's end, and
 * the attribute word where the kernel's bitfield is. */
static void perf_attr_matches_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		{ "sizeof js_perf_event_attr", (long)sizeof(struct js_perf_event_attr), JS_PERF_ATTR_SIZE_VER8 },
		{ "offset config3", (long)offsetof(struct js_perf_event_attr, config3), (long)sizeof(struct perf_event_attr) },
		{ "offset flags", (long)offsetof(struct js_perf_event_attr, flags),
		  (long)offsetof(struct perf_event_attr, read_format) + 8 },
		{ "offset after flags", (long)offsetof(struct js_perf_event_attr, wakeup_events),
		  (long)offsetof(struct perf_event_attr, wakeup_events) },
		{ "offset sig_data = VER7 - 8", (long)offsetof(struct js_perf_event_attr, sig_data), PERF_ATTR_SIZE_VER7 - 8 },
		{ "offset config2 = VER1 - 8", (long)offsetof(struct js_perf_event_attr, config2), PERF_ATTR_SIZE_VER1 - 8 },
	};
	check_rows(rows, ARRAY_LEN(rows));
}

/* Each JS_PERF_ATTR_* bit is the kernel's bitfield member of that name:
 * set the member alone and read the word. */
static uint64_t word_of(const struct perf_event_attr *a)
{
	uint64_t w;

	memcpy(&w, (const char *)a + offsetof(struct js_perf_event_attr, flags), 8);
	return w;
}
#define BIT(member, js)                                                       \
	do {                                                                   \
		struct perf_event_attr a;                                      \
		memset(&a, 0, sizeof a);                                       \
		a.member = 1;                                                  \
		if (word_of(&a) != (js)) {                                     \
			print_error(#member ": kernel 0x%llx, libjs 0x%llx\n", \
				    (unsigned long long)word_of(&a),           \
				    (unsigned long long)(js));                 \
			bad++;                                                 \
		}                                                              \
		n++;                                                           \
	} while (0)

static void perf_attr_bits_match_bitfield(void **state)
{
	int bad = 0, n = 0;
	(void)state;
#define ONE(m, js) BIT(m, js);
	KERN_PERF_ATTR_BITS(ONE)
#undef ONE
	{
		struct perf_event_attr a;
		memset(&a, 0, sizeof a);
		a.precise_ip = 3;
		assert_true(word_of(&a) == JS_PERF_ATTR_PRECISE_IP_MASK);
	}
	assert_int_equal(bad, 0);
	assert_int_equal(n, 37);
}

/* struct bpf_insn's register nibbles are JS_BPF_REGS's. */
static void bpf_insn_regs_match_bitfield(void **state)
{
	(void)state;
	for (int d = 0; d < 16; d++)
		for (int s = 0; s < 16; s++) {
			struct bpf_insn k;
			struct js_bpf_insn j;
			memset(&k, 0, sizeof k);
			k.dst_reg = d & 0xf;
			k.src_reg = s & 0xf;
			j.code = 0;
			j.regs = JS_BPF_REGS(d, s);
			j.off = 0;
			j.imm = 0;
			assert_memory_equal(&k, &j, sizeof k);
			assert_int_equal(JS_BPF_DST_REG(j.regs), d);
			assert_int_equal(JS_BPF_SRC_REG(j.regs), s);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs_match_kernel),
		cmocka_unit_test(constants_match_kernel),
		cmocka_unit_test(perf_attr_matches_kernel),
		cmocka_unit_test(perf_attr_bits_match_bitfield),
		cmocka_unit_test(bpf_insn_regs_match_bitfield),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
