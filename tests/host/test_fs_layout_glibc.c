/* Layouts and constants of the file API against glibc's headers: what a
 * C user compares with.  Where glibc and the kernel disagree the kernel
 * wins (test_fs_layout_kernel.c): O_LARGEFILE is 0 in glibc on x86_64 and
 * is left out here. */
#include <dirent.h>
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include "layout.h"
#include <libjs/libjs.h>

static void structs(void **state)
{
	static const struct layout_row rows[] = {
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
		LAYOUT_FIELD(js_stat, stat, st_atim),
		LAYOUT_FIELD(js_stat, stat, st_mtim),
		LAYOUT_FIELD(js_stat, stat, st_ctim),
		LAYOUT_FIELD2(js_stat, st_atim.tv_nsec, stat, st_atim.tv_nsec),
		LAYOUT_FIELD2(js_stat, __unused, stat, __glibc_reserved),

		/* glibc 2.36 takes struct statx from linux/stat.h when it
		 * can (bits/statx.h), so these are the kernel's names. */
		LAYOUT_SIZE(js_statx_timestamp, statx_timestamp),
		LAYOUT_FIELD(js_statx_timestamp, statx_timestamp, tv_sec),
		LAYOUT_FIELD(js_statx_timestamp, statx_timestamp, tv_nsec),
		LAYOUT_FIELD(js_statx_timestamp, statx_timestamp, __reserved),
		LAYOUT_SIZE(js_statx, statx),
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

		/* glibc's dirent64 gives d_name a fixed 256 bytes: same
		 * offsets, and the name starts where the kernel puts it. */
		LAYOUT_FIELD(js_linux_dirent64, dirent64, d_ino),
		LAYOUT_FIELD(js_linux_dirent64, dirent64, d_off),
		LAYOUT_FIELD(js_linux_dirent64, dirent64, d_reclen),
		LAYOUT_FIELD(js_linux_dirent64, dirent64, d_type),
		{ "js_linux_dirent64.d_name", (long)offsetof(struct js_linux_dirent64, d_name),
		  (long)offsetof(struct dirent64, d_name) },
		{ "JS_DIR_MIN", JS_DIR_MIN, (long)((offsetof(struct dirent64, d_name) + 256 + 7) & ~7ul) },

		LAYOUT_SIZE(js_timespec, timespec),
		LAYOUT_FIELD(js_timespec, timespec, tv_sec),
		LAYOUT_FIELD(js_timespec, timespec, tv_nsec),
		LAYOUT_SIZE(js_timeval, timeval),
		LAYOUT_FIELD(js_timeval, timeval, tv_sec),
		LAYOUT_FIELD(js_timeval, timeval, tv_usec),
		LAYOUT_SIZE(js_utimbuf, utimbuf),
		LAYOUT_FIELD(js_utimbuf, utimbuf, actime),
		LAYOUT_FIELD(js_utimbuf, utimbuf, modtime),
		LAYOUT_SIZE(js_iovec, iovec),
		LAYOUT_FIELD(js_iovec, iovec, iov_base),
		LAYOUT_FIELD(js_iovec, iovec, iov_len),
		/* The kernel-width typedefs. */
		{ "sizeof js_off_t", sizeof(js_off_t), sizeof(off_t) },
		{ "sizeof js_mode_t", sizeof(js_mode_t), sizeof(mode_t) },
		{ "sizeof js_uid_t", sizeof(js_uid_t), sizeof(uid_t) },
		{ "sizeof js_gid_t", sizeof(js_gid_t), sizeof(gid_t) },
	};
	(void)state;
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants(void **state)
{
	static const struct layout_row rows[] = {
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
		CONST_ROW(JS_O_ASYNC, O_ASYNC),
		CONST_ROW(JS_O_DIRECT, O_DIRECT),
		CONST_ROW(JS_O_DIRECTORY, O_DIRECTORY),
		CONST_ROW(JS_O_NOFOLLOW, O_NOFOLLOW),
		CONST_ROW(JS_O_NOATIME, O_NOATIME),
		CONST_ROW(JS_O_CLOEXEC, O_CLOEXEC),
		CONST_ROW(JS_O_SYNC, O_SYNC),
		CONST_ROW(JS_O_RSYNC, O_RSYNC),
		CONST_ROW(JS_O_PATH, O_PATH),
		CONST_ROW(JS_O_TMPFILE, O_TMPFILE),
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
		CONST_ROW(JS_SEEK_SET, SEEK_SET),
		CONST_ROW(JS_SEEK_CUR, SEEK_CUR),
		CONST_ROW(JS_SEEK_END, SEEK_END),
		CONST_ROW(JS_SEEK_DATA, SEEK_DATA),
		CONST_ROW(JS_SEEK_HOLE, SEEK_HOLE),
		CONST_ROW(JS_F_OK, F_OK),
		CONST_ROW(JS_X_OK, X_OK),
		CONST_ROW(JS_W_OK, W_OK),
		CONST_ROW(JS_R_OK, R_OK),
		CONST_ROW(JS_DT_UNKNOWN, DT_UNKNOWN),
		CONST_ROW(JS_DT_FIFO, DT_FIFO),
		CONST_ROW(JS_DT_CHR, DT_CHR),
		CONST_ROW(JS_DT_DIR, DT_DIR),
		CONST_ROW(JS_DT_BLK, DT_BLK),
		CONST_ROW(JS_DT_REG, DT_REG),
		CONST_ROW(JS_DT_LNK, DT_LNK),
		CONST_ROW(JS_DT_SOCK, DT_SOCK),
		CONST_ROW(JS_DT_WHT, DT_WHT),
		CONST_ROW(JS_UTIME_NOW, UTIME_NOW),
		CONST_ROW(JS_UTIME_OMIT, UTIME_OMIT),
		CONST_ROW(JS_RENAME_NOREPLACE, RENAME_NOREPLACE),
		CONST_ROW(JS_RENAME_EXCHANGE, RENAME_EXCHANGE),
		CONST_ROW(JS_RENAME_WHITEOUT, RENAME_WHITEOUT),
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
		CONST_ROW(JS_STATX_ALL, STATX_ALL),
		CONST_ROW(JS_STATX__RESERVED, STATX__RESERVED),
		CONST_ROW(JS_STATX_ATTR_COMPRESSED, STATX_ATTR_COMPRESSED),
		CONST_ROW(JS_STATX_ATTR_IMMUTABLE, STATX_ATTR_IMMUTABLE),
		CONST_ROW(JS_STATX_ATTR_APPEND, STATX_ATTR_APPEND),
		CONST_ROW(JS_STATX_ATTR_NODUMP, STATX_ATTR_NODUMP),
		CONST_ROW(JS_STATX_ATTR_ENCRYPTED, STATX_ATTR_ENCRYPTED),
		CONST_ROW(JS_STATX_ATTR_AUTOMOUNT, STATX_ATTR_AUTOMOUNT),
		/* Auxiliary vector types (elf.h). */
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

/* O_LARGEFILE: the kernel reports it back from F_GETFL on 64-bit, with
 * the kernel's value, which is ours (glibc's O_LARGEFILE is 0 here). */
static void largefile_is_the_kernels(void **state)
{
	int fd = open("/dev/null", O_RDONLY);

	(void)state;
	assert_int_equal(fcntl(fd, F_GETFL) & JS_O_LARGEFILE, JS_O_LARGEFILE);
	close(fd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs),
		cmocka_unit_test(constants),
		cmocka_unit_test(largefile_is_the_kernels),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
