/* x86_64's own system calls (the every-syscall issue): the thread-pointer
 * and segment calls and the I/O-port permissions.  Declared only on
 * x86_64 (through <libjs/sys.h>): the aarch64 and riscv64 tables have
 * none of them, and code that calls them is x86_64 code anyway.
 * Layouts and constants: arch/x86/include/uapi/asm/ldt.h and
 * asm/prctl.h, proven by tests/sh/test_resid_arch_layout.sh. */
#ifndef LIBJS_ARCH_X86_64_CALLS_H
#define LIBJS_ARCH_X86_64_CALLS_H

#ifdef __cplusplus
extern "C" {
#endif

/* arch_prctl(2): code JS_ARCH_SET_FS / JS_ARCH_SET_GS set the fs / gs
 * base to addr; JS_ARCH_GET_FS / JS_ARCH_GET_GS store it at
 * (unsigned long *)addr.  The freestanding runtime keeps its thread
 * pointer in fs: setting fs under it breaks TLS and the stack protector.
 * JS_ARCH_GET_CPUID / SET_CPUID read and switch CPUID faulting; the XCOMP
 * codes query and request extended-state (AMX) permissions. */
#define JS_ARCH_SET_GS              0x1001
#define JS_ARCH_SET_FS              0x1002
#define JS_ARCH_GET_FS              0x1003
#define JS_ARCH_GET_GS              0x1004
#define JS_ARCH_GET_CPUID           0x1011
#define JS_ARCH_SET_CPUID           0x1012
#define JS_ARCH_GET_XCOMP_SUPP      0x1021
#define JS_ARCH_GET_XCOMP_PERM      0x1022
#define JS_ARCH_REQ_XCOMP_PERM      0x1023
#define JS_ARCH_GET_XCOMP_GUEST_PERM 0x1024
#define JS_ARCH_REQ_XCOMP_GUEST_PERM 0x1025
#define JS_ARCH_MAP_VDSO_X32        0x2001
#define JS_ARCH_MAP_VDSO_32         0x2002
#define JS_ARCH_MAP_VDSO_64         0x2003
long js_arch_prctl(int code, unsigned long addr);

/* ioperm(2): allow (turn_on 1) or deny the ports from .. from + num - 1
 * (below 0x400) to this thread; iopl(2): I/O privilege level 0-3 (3: every
 * port, and cli/sti on old kernels; since Linux 5.5 emulated as all-port
 * ioperm).  Both need CAP_SYS_RAWIO to grant (-JS_EPERM). */
long js_ioperm(unsigned long from, unsigned long num, int turn_on);
long js_iopl(int level);

/* struct user_desc: one segment descriptor, as modify_ldt reads and
 * writes it.  (set_thread_area and get_thread_area, which take it too,
 * have no entry point in the 64-bit table: always -JS_ENOSYS, see
 * docs/syscalls.md.) */
struct js_user_desc {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int seg_32bit : 1;
	unsigned int contents : 2;	/* JS_MODIFY_LDT_CONTENTS_* */
	unsigned int read_exec_only : 1;
	unsigned int limit_in_pages : 1;
	unsigned int seg_not_present : 1;
	unsigned int useable : 1;
	unsigned int lm : 1;		/* 64-bit code segment */
};
#define JS_LDT_ENTRIES              8192
#define JS_LDT_ENTRY_SIZE           8
#define JS_MODIFY_LDT_CONTENTS_DATA  0
#define JS_MODIFY_LDT_CONTENTS_STACK 1
#define JS_MODIFY_LDT_CONTENTS_CODE  2

/* modify_ldt(2): func 0 reads the process's local descriptor table into
 * ptr (bytecount bytes; returns the bytes read, 0 when there is none),
 * 2 reads the default (zeroes), 1 and 0x11 write one struct js_user_desc
 * (bytecount = its size).  Linux builds without CONFIG_MODIFY_LDT_SYSCALL
 * answer -JS_ENOSYS. */
long js_modify_ldt(int func, void *ptr, unsigned long bytecount);

#ifdef __cplusplus
}
#endif

#endif
