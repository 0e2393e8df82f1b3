/* Layouts and constants of the file API against the kernel's own UAPI
 * headers (linux-libc-dev), with no glibc header that could stand in for
 * them.  linux/stat.h comes first on purpose: before any glibc header has
 * defined __GLIBC__, it still defines the S_IF* / S_I* values itself, so
 * those are compared against the kernel too. */
#include <linux/stat.h>
#include <asm/stat.h>
#include <asm/unistd_64.h>
#include <asm-generic/errno.h>
#include <linux/auxvec.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/limits.h>
#include <linux/time_types.h>
#include <linux/uio.h>
#include <linux/utime.h>
#include "layout.h"
#include <libjs/libjs.h>

#ifndef S_IFMT
#error "linux/stat.h did not define S_IFMT: included after a glibc header?"
#endif

/* An offset-only row, for a member whose type differs on purpose (our
 * js_timespec pair vs the kernel's st_atime / st_atime_nsec longs). */
#define OFF_ROW(js, jm, k, km) \
	{ #js "." #jm, (long)offsetof(struct js, jm), (long)offsetof(struct k, km) }

/* struct linux_dirent64 is not in any UAPI header; getdents64(2) gives it:
 *   struct linux_dirent64 { ino64_t d_ino; off64_t d_off;
 *       unsigned short d_reclen; unsigned char d_type; char d_name[]; }; */
struct man_linux_dirent64 {
	__u64 d_ino;
	__s64 d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static void structs(void **state)
{
	static const struct layout_row rows[] = {
		/* asm/stat.h, x86_64 branch */
		LAYOUT_SIZE(js_stat, stat),
		LAYOUT_ALIGN(js_stat, stat),
		LAYOUT_FIELD(js_stat, stat, st_dev),
		LAYOUT_FIELD(js_stat, stat, st_ino),
		LAYOUT_FIELD(js_stat, stat, st_nlink),
		LAYOUT_FIELD(js_stat, stat, st_mode),
		LAYOUT_FIELD(js_stat, stat, st_uid),
		LAYOUT_FIELD(js_stat, stat, st_gid),
		LAYOUT_FIELD(js_stat, stat, __pad0),
		LAYOUT_FIELD(js_stat, stat, st_rdev),
		LAYOUT_FIELD(js_stat, stat, st_size),
		LAYOUT_FIELD(js_stat, stat, st_blksize),
		LAYOUT_FIELD(js_stat, stat, st_blocks),
		OFF_ROW(js_stat, st_atim.tv_sec, stat, st_atime),
		OFF_ROW(js_stat, st_atim.tv_nsec, stat, st_atime_nsec),
		OFF_ROW(js_stat, st_mtim.tv_sec, stat, st_mtime),
		OFF_ROW(js_stat, st_mtim.tv_nsec, stat, st_mtime_nsec),
		OFF_ROW(js_stat, st_ctim.tv_sec, stat, st_ctime),
		OFF_ROW(js_stat, st_ctim.tv_nsec, stat, st_ctime_nsec),
		{ "sizeof js_stat.st_atim", (long)sizeof(((struct js_stat *)0)->st_atim),
		  (long)(sizeof(((struct stat *)0)->st_atime) + sizeof(((struct stat *)0)->st_atime_nsec)) },
		LAYOUT_FIELD(js_stat, stat, __unused),

		/* linux/stat.h */
		LAYOUT_SIZE(js_statx_timestamp, statx_timestamp),
		LAYOUT_FIELD(js_statx_timestamp, statx_timestamp, tv_sec),
		LAYOUT_FIELD(js_statx_timestamp, statx_timestamp, tv_nsec),
		LAYOUT_FIELD(js_statx_timestamp, statx_timestamp, __reserved),
		LAYOUT_SIZE(js_statx, statx),
		LAYOUT_ALIGN(js_statx, statx),
		LAYOUT_FIELD(js_statx, statx, stx_mask),
		LAYOUT_FIELD(js_statx, statx, stx_blksize),
		LAYOUT_FIELD(js_statx, statx, stx_attributes),
		LAYOUT_FIELD(js_statx, statx, stx_nlink),
		LAYOUT_FIELD(js_statx, statx, stx_uid),
		LAYOUT_FIELD(js_statx, statx, stx_gid),
		LAYOUT_FIELD(js_statx, statx, stx_mode),
		LAYOUT_FIELD(js_statx, statx, __spare0),
		LAYOUT_FIELD(js_statx, statx, stx_ino),
		LAYOUT_FIELD(js_statx, statx, stx_size),
		LAYOUT_FIELD(js_statx, statx, stx_blocks),
		LAYOUT_FIELD(js_statx, statx, stx_attributes_mask),
		LAYOUT_FIELD(js_statx, statx, stx_atime),
		LAYOUT_FIELD(js_statx, statx, stx_btime),
		LAYOUT_FIELD(js_statx, statx, stx_ctime),
		LAYOUT_FIELD(js_statx, statx, stx_mtime),
		LAYOUT_FIELD(js_statx, statx, stx_rdev_major),
		LAYOUT_FIELD(js_statx, statx, stx_rdev_minor),
		LAYOUT_FIELD(js_statx, statx, stx_dev_major),
		LAYOUT_FIELD(js_statx, statx, stx_dev_minor),
		LAYOUT_FIELD(js_statx, statx, stx_mnt_id),
		LAYOUT_FIELD(js_statx, statx, stx_dio_mem_align),
		LAYOUT_FIELD(js_statx, statx, stx_dio_offset_align),
		LAYOUT_FIELD(js_statx, statx, __spare3),

		/* getdents64(2) */
		LAYOUT_SIZE(js_linux_dirent64, man_linux_dirent64),
		LAYOUT_ALIGN(js_linux_dirent64, man_linux_dirent64),
		LAYOUT_FIELD(js_linux_dirent64, man_linux_dirent64, d_ino),
		LAYOUT_FIELD(js_linux_dirent64, man_linux_dirent64, d_off),
		LAYOUT_FIELD(js_linux_dirent64, man_linux_dirent64, d_reclen),
		LAYOUT_FIELD(js_linux_dirent64, man_linux_dirent64, d_type),
		OFF_ROW(js_linux_dirent64, d_name, man_linux_dirent64, d_name),

		/* linux/time_types.h, linux/utime.h, linux/uio.h */
		LAYOUT_SIZE(js_timespec, __kernel_timespec),
		LAYOUT_FIELD(js_timespec, __kernel_timespec, tv_sec),
		LAYOUT_FIELD(js_timespec, __kernel_timespec, tv_nsec),
		LAYOUT_SIZE(js_timeval, __kernel_old_timeval),
		LAYOUT_FIELD(js_timeval, __kernel_old_timeval, tv_sec),
		LAYOUT_FIELD(js_timeval, __kernel_old_timeval, tv_usec),
		LAYOUT_SIZE(js_utimbuf, utimbuf),
		LAYOUT_FIELD(js_utimbuf, utimbuf, actime),
		LAYOUT_FIELD(js_utimbuf, utimbuf, modtime),
		LAYOUT_SIZE(js_iovec, iovec),
		LAYOUT_FIELD(js_iovec, iovec, iov_base),
		LAYOUT_FIELD(js_iovec, iovec, iov_len),
	};
	(void)state;
	check_rows(rows, ARRAY_LEN(rows));
}

static void fs_constants(void **state)
{
	static const struct layout_row rows[] = {
		/* asm-generic/fcntl.h via asm/fcntl.h: the kernel's values,
		 * O_LARGEFILE included (glibc spells it 0 on x86_64). */
		CONST_ROW(JS_O_ACCMODE, O_ACCMODE),
		CONST_ROW(JS_O_RDONLY, O_RDONLY),
		CONST_ROW(JS_O_WRONLY, O_WRONLY),
		CONST_ROW(JS_O_RDWR, O_RDWR),
		CONST_ROW(JS_O_CREAT, O_CREAT),
		CONST_ROW(JS_O_EXCL, O_EXCL),
		CONST_ROW(JS_O_NOCTTY, O_NOCTTY),
		CONST_ROW(JS_O_TRUNC, O_TRUNC),
		CONST_ROW(JS_O_APPEND, O_APPEND),
		CONST_ROW(JS_O_NONBLOCK, O_NONBLOCK),
		CONST_ROW(JS_O_NDELAY, O_NDELAY),
		CONST_ROW(JS_O_DSYNC, O_DSYNC),
		CONST_ROW(JS_FASYNC, FASYNC),
		CONST_ROW(JS_O_DIRECT, O_DIRECT),
		CONST_ROW(JS_O_LARGEFILE, O_LARGEFILE),
		CONST_ROW(JS_O_DIRECTORY, O_DIRECTORY),
		CONST_ROW(JS_O_NOFOLLOW, O_NOFOLLOW),
		CONST_ROW(JS_O_NOATIME, O_NOATIME),
		CONST_ROW(JS_O_CLOEXEC, O_CLOEXEC),
		CONST_ROW(JS___O_SYNC, __O_SYNC),
		CONST_ROW(JS_O_SYNC, O_SYNC),
		CONST_ROW(JS_O_PATH, O_PATH),
		CONST_ROW(JS___O_TMPFILE, __O_TMPFILE),
		CONST_ROW(JS_O_TMPFILE, O_TMPFILE),
		/* linux/fcntl.h */
		CONST_ROW(JS_AT_FDCWD, AT_FDCWD),
		CONST_ROW(JS_AT_SYMLINK_NOFOLLOW, AT_SYMLINK_NOFOLLOW),
		CONST_ROW(JS_AT_EACCESS, AT_EACCESS),
		CONST_ROW(JS_AT_REMOVEDIR, AT_REMOVEDIR),
		CONST_ROW(JS_AT_SYMLINK_FOLLOW, AT_SYMLINK_FOLLOW),
		CONST_ROW(JS_AT_NO_AUTOMOUNT, AT_NO_AUTOMOUNT),
		CONST_ROW(JS_AT_EMPTY_PATH, AT_EMPTY_PATH),
		CONST_ROW(JS_AT_STATX_SYNC_TYPE, AT_STATX_SYNC_TYPE),
		CONST_ROW(JS_AT_STATX_SYNC_AS_STAT, AT_STATX_SYNC_AS_STAT),
		CONST_ROW(JS_AT_STATX_FORCE_SYNC, AT_STATX_FORCE_SYNC),
		CONST_ROW(JS_AT_STATX_DONT_SYNC, AT_STATX_DONT_SYNC),
		CONST_ROW(JS_AT_RECURSIVE, AT_RECURSIVE),
		/* linux/stat.h (kernel branch, see the top of this file) */
		CONST_ROW(JS_S_IFMT, S_IFMT),
		CONST_ROW(JS_S_IFSOCK, S_IFSOCK),
		CONST_ROW(JS_S_IFLNK, S_IFLNK),
		CONST_ROW(JS_S_IFREG, S_IFREG),
		CONST_ROW(JS_S_IFBLK, S_IFBLK),
		CONST_ROW(JS_S_IFDIR, S_IFDIR),
		CONST_ROW(JS_S_IFCHR, S_IFCHR),
		CONST_ROW(JS_S_IFIFO, S_IFIFO),
		CONST_ROW(JS_S_ISUID, S_ISUID),
		CONST_ROW(JS_S_ISGID, S_ISGID),
		CONST_ROW(JS_S_ISVTX, S_ISVTX),
		CONST_ROW(JS_S_IRWXU, S_IRWXU),
		CONST_ROW(JS_S_IRUSR, S_IRUSR),
		CONST_ROW(JS_S_IWUSR, S_IWUSR),
		CONST_ROW(JS_S_IXUSR, S_IXUSR),
		CONST_ROW(JS_S_IRWXG, S_IRWXG),
		CONST_ROW(JS_S_IRGRP, S_IRGRP),
		CONST_ROW(JS_S_IWGRP, S_IWGRP),
		CONST_ROW(JS_S_IXGRP, S_IXGRP),
		CONST_ROW(JS_S_IRWXO, S_IRWXO),
		CONST_ROW(JS_S_IROTH, S_IROTH),
		CONST_ROW(JS_S_IWOTH, S_IWOTH),
		CONST_ROW(JS_S_IXOTH, S_IXOTH),
		/* linux/fs.h */
		CONST_ROW(JS_SEEK_SET, SEEK_SET),
		CONST_ROW(JS_SEEK_CUR, SEEK_CUR),
		CONST_ROW(JS_SEEK_END, SEEK_END),
		CONST_ROW(JS_SEEK_DATA, SEEK_DATA),
		CONST_ROW(JS_SEEK_HOLE, SEEK_HOLE),
		CONST_ROW(JS_RENAME_NOREPLACE, RENAME_NOREPLACE),
		CONST_ROW(JS_RENAME_EXCHANGE, RENAME_EXCHANGE),
		CONST_ROW(JS_RENAME_WHITEOUT, RENAME_WHITEOUT),
		/* linux/stat.h */
		CONST_ROW(JS_STATX_TYPE, STATX_TYPE),
		CONST_ROW(JS_STATX_MODE, STATX_MODE),
		CONST_ROW(JS_STATX_NLINK, STATX_NLINK),
		CONST_ROW(JS_STATX_UID, STATX_UID),
		CONST_ROW(JS_STATX_GID, STATX_GID),
		CONST_ROW(JS_STATX_ATIME, STATX_ATIME),
		CONST_ROW(JS_STATX_MTIME, STATX_MTIME),
		CONST_ROW(JS_STATX_CTIME, STATX_CTIME),
		CONST_ROW(JS_STATX_INO, STATX_INO),
		CONST_ROW(JS_STATX_SIZE, STATX_SIZE),
		CONST_ROW(JS_STATX_BLOCKS, STATX_BLOCKS),
		CONST_ROW(JS_STATX_BASIC_STATS, STATX_BASIC_STATS),
		CONST_ROW(JS_STATX_BTIME, STATX_BTIME),
		CONST_ROW(JS_STATX_MNT_ID, STATX_MNT_ID),
		CONST_ROW(JS_STATX_DIOALIGN, STATX_DIOALIGN),
		CONST_ROW(JS_STATX__RESERVED, STATX__RESERVED),
		CONST_ROW(JS_STATX_ALL, STATX_ALL),
		CONST_ROW(JS_STATX_ATTR_COMPRESSED, STATX_ATTR_COMPRESSED),
		CONST_ROW(JS_STATX_ATTR_IMMUTABLE, STATX_ATTR_IMMUTABLE),
		CONST_ROW(JS_STATX_ATTR_APPEND, STATX_ATTR_APPEND),
		CONST_ROW(JS_STATX_ATTR_NODUMP, STATX_ATTR_NODUMP),
		CONST_ROW(JS_STATX_ATTR_ENCRYPTED, STATX_ATTR_ENCRYPTED),
		CONST_ROW(JS_STATX_ATTR_AUTOMOUNT, STATX_ATTR_AUTOMOUNT),
		CONST_ROW(JS_STATX_ATTR_MOUNT_ROOT, STATX_ATTR_MOUNT_ROOT),
		CONST_ROW(JS_STATX_ATTR_VERITY, STATX_ATTR_VERITY),
		CONST_ROW(JS_STATX_ATTR_DAX, STATX_ATTR_DAX),
		/* linux/limits.h */
		CONST_ROW(JS_PATH_MAX, PATH_MAX),
		CONST_ROW(JS_NAME_MAX, NAME_MAX),
		/* One maximal getdents64 record: header, 255 bytes, NUL,
		 * rounded up to 8 as the kernel does. */
		CONST_ROW(JS_DIR_MIN, (offsetof(struct man_linux_dirent64, d_name) + NAME_MAX + 1 + 7) & ~7ul),
	};
	(void)state;
	check_rows(rows, ARRAY_LEN(rows));
}

/* The S_IS* tests give the kernel's answers on every file type. */
static void mode_macros(void **state)
{
	unsigned int types[] = { S_IFSOCK, S_IFLNK, S_IFREG, S_IFBLK, S_IFDIR, S_IFCHR, S_IFIFO };

	(void)state;
	for (size_t i = 0; i < ARRAY_LEN(types); i++) {
		unsigned int m = types[i] | 0755;

		assert_int_equal(!!JS_S_ISLNK(m), !!S_ISLNK(m));
		assert_int_equal(!!JS_S_ISREG(m), !!S_ISREG(m));
		assert_int_equal(!!JS_S_ISDIR(m), !!S_ISDIR(m));
		assert_int_equal(!!JS_S_ISCHR(m), !!S_ISCHR(m));
		assert_int_equal(!!JS_S_ISBLK(m), !!S_ISBLK(m));
		assert_int_equal(!!JS_S_ISFIFO(m), !!S_ISFIFO(m));
		assert_int_equal(!!JS_S_ISSOCK(m), !!S_ISSOCK(m));
	}
}

/* Every JS_NR_* against asm/unistd_64.h, from the one X-macro list. */
static void syscall_numbers(void **state)
{
	static const struct layout_row rows[] = {
#define JS_NR_X(n) CONST_ROW(JS_NR_##n, __NR_##n),
#include <libjs/arch/x86_64/nr_list.h>
#undef JS_NR_X
	};
	(void)state;
	check_rows(rows, ARRAY_LEN(rows));
	/* The table is the whole kernel list, not a sample. */
	assert_true(ARRAY_LEN(rows) >= 360);
}

/* Every JS_E* (and the number in the message table) against
 * asm-generic/errno.h. */
static void errno_numbers(void **state)
{
	static const struct layout_row rows[] = {
#define JS_ERRNO_X(name, n, msg) CONST_ROW(JS_##name, name), CONST_ROW(n, name),
#include "../../src/errno/errno_list.h"
#undef JS_ERRNO_X
		CONST_ROW(JS_EWOULDBLOCK, EWOULDBLOCK),
		CONST_ROW(JS_EDEADLOCK, EDEADLOCK),
	};
	(void)state;
	check_rows(rows, ARRAY_LEN(rows));
	/* 131 numbers and the two aliases: the kernel's 133 names. */
	assert_int_equal(ARRAY_LEN(rows), 2 * 131 + 2);
}

/* The auxiliary vector types of proc.h against linux/auxvec.h and
 * asm/auxvec.h. */
static void auxv_types(void **state)
{
	static const struct layout_row rows[] = {
		CONST_ROW(JS_AT_NULL, AT_NULL),
		CONST_ROW(JS_AT_IGNORE, AT_IGNORE),
		CONST_ROW(JS_AT_EXECFD, AT_EXECFD),
		CONST_ROW(JS_AT_PHDR, AT_PHDR),
		CONST_ROW(JS_AT_PHENT, AT_PHENT),
		CONST_ROW(JS_AT_PHNUM, AT_PHNUM),
		CONST_ROW(JS_AT_PAGESZ, AT_PAGESZ),
		CONST_ROW(JS_AT_BASE, AT_BASE),
		CONST_ROW(JS_AT_FLAGS, AT_FLAGS),
		CONST_ROW(JS_AT_ENTRY, AT_ENTRY),
		CONST_ROW(JS_AT_NOTELF, AT_NOTELF),
		CONST_ROW(JS_AT_UID, AT_UID),
		CONST_ROW(JS_AT_EUID, AT_EUID),
		CONST_ROW(JS_AT_GID, AT_GID),
		CONST_ROW(JS_AT_EGID, AT_EGID),
		CONST_ROW(JS_AT_PLATFORM, AT_PLATFORM),
		CONST_ROW(JS_AT_HWCAP, AT_HWCAP),
		CONST_ROW(JS_AT_CLKTCK, AT_CLKTCK),
		CONST_ROW(JS_AT_SECURE, AT_SECURE),
		CONST_ROW(JS_AT_BASE_PLATFORM, AT_BASE_PLATFORM),
		CONST_ROW(JS_AT_RANDOM, AT_RANDOM),
		CONST_ROW(JS_AT_HWCAP2, AT_HWCAP2),
		CONST_ROW(JS_AT_EXECFN, AT_EXECFN),
		CONST_ROW(JS_AT_SYSINFO_EHDR, AT_SYSINFO_EHDR),
		CONST_ROW(JS_AT_MINSIGSTKSZ, AT_MINSIGSTKSZ),
	};
	(void)state;
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs),
		cmocka_unit_test(fs_constants),
		cmocka_unit_test(mode_macros),
		cmocka_unit_test(syscall_numbers),
		cmocka_unit_test(errno_numbers),
		cmocka_unit_test(auxv_types),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
