/* The i386 ABI from a 64-bit process: `int $0x80` with i386's numbers
 * (arch/x86/entry/syscalls/syscall_32.tbl: getpid is 20).  A filter sees
 * it as AUDIT_ARCH_I386.  The kernel zeroes r8-r11 on this path. */
#define JT_HAVE_COMPAT 1
static inline long jt_compat_getpid(void)
{
	long r = 20;

	__asm__ __volatile__("int $0x80"
			     : "+a"(r)
			     :
			     : "r8", "r9", "r10", "r11", "memory");
	return r;
}
