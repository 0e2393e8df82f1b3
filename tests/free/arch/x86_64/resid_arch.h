/* x86_64's own calls for tests/free/test_resid.c (include/libjs/arch/
 * x86_64/calls.h): arch_prctl, modify_ldt, ioperm, iopl; the trace's name
 * table knows them and no other architecture's call. */

static void t_arch_prctl(void)
{
	unsigned long fs = 0, self;

	/* The runtime's thread control block starts with its own address,
	 * which is the fs base. */
	__asm__ __volatile__("mov %%fs:0, %0" : "=r"(self));
	CHECK_EQ(js_arch_prctl(JS_ARCH_GET_FS, (unsigned long)&fs), 0);
	CHECK_EQ(fs, self);
	CHECK_EQ(js_arch_prctl(JS_ARCH_SET_FS, fs), 0);
	CHECK_EQ(js_arch_prctl(0x7777, 0), -JS_EINVAL);
	CHECK_EQ(js_arch_prctl(JS_ARCH_GET_FS, 16), -JS_EFAULT);
	long c = js_arch_prctl(JS_ARCH_GET_CPUID, 0);
	CHECK(c == 0 || c == 1);
	CHECK_EQ(js_syscall_nr("arch_prctl"), JS_NR_arch_prctl);
	CHECK_EQ(js_syscall_nr("riscv_hwprobe"), -1);
}

static void t_modify_ldt(void)
{
	unsigned char ldt[JS_LDT_ENTRY_SIZE * 4];
	long pid = js_fork();

	/* In a child: the LDT written here stays with the process. */
	if (pid == 0) {
		if (js_modify_ldt(0, ldt, sizeof ldt) != 0)
			js_exit(2);
		struct js_user_desc d = { 0 };
		d.entry_number = 1;
		d.base_addr = 0x1000;
		d.limit = 0xff;
		d.seg_32bit = 1;
		d.contents = JS_MODIFY_LDT_CONTENTS_DATA;
		d.useable = 1;
		if (js_modify_ldt(0x11, &d, sizeof d) != 0)
			js_exit(3);
		/* Entry 1 set: the table has two entries; the kernel copies
		 * them, zeroes the rest and returns bytecount. */
		ldt[20] = 0x5a;
		if (js_modify_ldt(0, ldt, sizeof ldt) != (long)sizeof ldt || ldt[20] != 0)
			js_exit(4);
		/* The descriptor's low limit bytes and base bytes (SDM 3.4.5). */
		if (ldt[8] != 0xff || ldt[9] != 0 || ldt[10] != 0x00 || ldt[11] != 0x10)
			js_exit(5);
		/* An unknown func is -ENOSYS, narrowed from the kernel's
		 * zero-extended int. */
		if (js_modify_ldt(99, ldt, sizeof ldt) != -JS_ENOSYS)
			js_exit(6);
		if (js_modify_ldt(0x11, &d, 3) != -JS_EINVAL)
			js_exit(7);
		js_exit(0);
	}
	int st = -1;
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	CHECK_EQ(st, 0);
}

static void t_ioperm(void)
{
	long r = js_ioperm(0x10000, 1, 1);

	/* Kernels without CONFIG_X86_IOPL_IOPERM (this machine's 6.18) have
	 * neither call: exactly -ENOSYS for both. */
	if (r == -JS_ENOSYS) {
		CHECK_EQ(js_iopl(3), -JS_ENOSYS);
		jt_not_run("kernel without CONFIG_X86_IOPL_IOPERM: ioperm and iopl are -ENOSYS");
		return;
	}
	CHECK_EQ(r, -JS_EINVAL);
	CHECK_EQ(js_iopl(4), -JS_EINVAL);
	CHECK_EQ(js_iopl(0), 0);
}

#define RESID_ARCH_CASES T(t_arch_prctl), T(t_modify_ldt), T(t_ioperm)
