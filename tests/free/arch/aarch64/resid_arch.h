/* aarch64 has no calls of its own (include/libjs/arch/aarch64/
 * nr_arch_new.h): the other architectures' are neither declared nor
 * named here. */

static void t_arch_calls_absent(void)
{
	CHECK_EQ(js_syscall_nr("arch_prctl"), -1);
	CHECK_EQ(js_syscall_nr("modify_ldt"), -1);
	CHECK_EQ(js_syscall_nr("riscv_hwprobe"), -1);
	CHECK_EQ(js_syscall_nr("riscv_flush_icache"), -1);
}

#define RESID_ARCH_CASES T(t_arch_calls_absent)
