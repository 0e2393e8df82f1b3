/* x86_64 kernel layouts and values that differ between architectures.
 * Everything here is proven against the kernel's UAPI headers in
 * tests/host/test_fs_layout_kernel.c and test_fs_layout_glibc.c. */
#ifndef LIBJS_ARCH_X86_64_ABI_H
#define LIBJS_ARCH_X86_64_ABI_H

#include "../../types.h"

/* struct stat as arch/x86/include/uapi/asm/stat.h has it (the !__i386__
 * branch).  The kernel's st_atime/st_atime_nsec pairs are spelled as
 * js_timespec members, as glibc and musl do: same bytes, and the names do
 * not collide with glibc's st_atime macros (docs/design.md rule 1). */
struct js_stat {
	unsigned long st_dev;
	unsigned long st_ino;
	unsigned long st_nlink;
	unsigned int st_mode;
	unsigned int st_uid;
	unsigned int st_gid;
	unsigned int __pad0;
	unsigned long st_rdev;
	long st_size;
	long st_blksize;
	long st_blocks;
	struct js_timespec st_atim;
	struct js_timespec st_mtim;
	struct js_timespec st_ctim;
	long __unused[3];
};

/* open(2) flags that are not the asm-generic values on every architecture
 * (asm-generic/fcntl.h; x86_64 uses the generic ones). */
#define JS_O_DIRECT    00040000
#define JS_O_LARGEFILE 00100000
#define JS_O_DIRECTORY 00200000
#define JS_O_NOFOLLOW  00400000

#endif
