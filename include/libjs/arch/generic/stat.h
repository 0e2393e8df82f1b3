/* struct stat of the asm-generic table (include/uapi/asm-generic/stat.h,
 * the 64-bit branch: 128 bytes), used by aarch64 and riscv64.  Unlike
 * x86_64's, st_nlink and st_blksize are 32-bit and st_mode comes before
 * st_nlink.  The kernel's st_atime/st_atime_nsec pairs are spelled as
 * js_timespec members (same bytes), as on x86_64 (docs/design.md rule 1). */
#ifndef LIBJS_ARCH_GENERIC_STAT_H
#define LIBJS_ARCH_GENERIC_STAT_H

#include "../../types.h"

struct js_stat {
	unsigned long st_dev;
	unsigned long st_ino;
	unsigned int st_mode;
	unsigned int st_nlink;
	unsigned int st_uid;
	unsigned int st_gid;
	unsigned long st_rdev;
	unsigned long __pad1;
	long st_size;
	int st_blksize;
	int __pad2;
	long st_blocks;
	struct js_timespec st_atim;
	struct js_timespec st_mtim;
	struct js_timespec st_ctim;
	unsigned int __unused4;
	unsigned int __unused5;
};

#endif
