/* riscv64's own calls for tests/free/test_resid.c (include/libjs/arch/
 * riscv64/calls.h): riscv_flush_icache and riscv_hwprobe, whose keys
 * (Linux 6.4, newer than the 6.1 cross headers) are checked against the
 * kernel's answers. */

static void t_riscv_flush_icache(void)
{
	static unsigned char code[64];

	CHECK_EQ(js_riscv_flush_icache(code, code + sizeof code, 0), 0);
	CHECK_EQ(js_riscv_flush_icache(code, code + sizeof code,
				       JS_SYS_RISCV_FLUSH_ICACHE_LOCAL), 0);
	long r = js_riscv_flush_icache(code, code + sizeof code, 2);
	/* qemu 7.2 flushes whatever the flags (its own translation cache). */
	if (under_qemu() && r == 0)
		jt_not_run("qemu 7.2 ignores riscv_flush_icache's flags");
	else
		CHECK_EQ(r, -JS_EINVAL);
	CHECK_EQ(js_syscall_nr("riscv_flush_icache"), JS_NR_riscv_flush_icache);
	CHECK_EQ(js_syscall_nr("riscv_hwprobe"), JS_NR_riscv_hwprobe);
	CHECK_EQ(js_syscall_nr("arch_prctl"), -1);
}

static void t_riscv_hwprobe(void)
{
	struct js_riscv_hwprobe p[3] = {
		{ JS_RISCV_HWPROBE_KEY_BASE_BEHAVIOR, 0 },
		{ JS_RISCV_HWPROBE_KEY_IMA_EXT_0, 0 },
		{ 100000, 7 },
	};
	long r = js_riscv_hwprobe(p, 3, 0, 0, 0);

	if (qemu_lacks(r, "qemu 7.2 has no riscv_hwprobe (Linux 6.4)"))
		return;
	/* Nor has make check-boot's 6.1 kernel (docs/boot.md). */
	if (jt_kernel_before(6, 4)) {
		CHECK_EQ(r, -JS_ENOSYS);
		jt_not_run("riscv_hwprobe is Linux 6.4's: -ENOSYS asserted");
		return;
	}
	CHECK_EQ(r, 0);
	CHECK(p[0].value & JS_RISCV_HWPROBE_BASE_BEHAVIOR_IMA);
	CHECK_EQ(p[2].key, -1);
	CHECK_EQ(p[2].value, 0);
	CHECK_EQ(js_riscv_hwprobe(p, 3, 0, 0, 0x80), -JS_EINVAL);
}

#define RESID_ARCH_CASES T(t_riscv_flush_icache), T(t_riscv_hwprobe)
