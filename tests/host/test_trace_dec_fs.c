/* The file decoders (src/trace/dec_fs*.c, dec_mount.c) through
 * js_trace_format on crafted calls: strace 6.1's forms for the structs,
 * modes, devices, times and flags, its comments for unknown values, and
 * addresses where nothing may be read (a failed call, an unmapped
 * pointer).  The memory shown is real memory here, as after a call;
 * device numbers are glibc's makedev, encoded as the kernel's stat does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysmacros.h>
#include "host.h"
#include <libjs/libjs.h>
#include "../../src/trace/trace.h"

static char line[2048];

static const char *fmt(long nr, long a0, long a1, long a2, long a3, long a4,
		       long a5, long ret)
{
	long a[6] = { a0, a1, a2, a3, a4, a5 };
	size_t n = js_trace_format(line, sizeof line, nr, a, ret, 0);

	assert_int_equal(n, strlen(line));
	assert_int_equal(line[n - 1], '\n');
	line[n - 1] = 0;
	return line + strlen("libjs:syscall ");
}
#define F(nr, ret, ...) fmt(nr, __VA_ARGS__, ret)

/* A page that is not mapped: what a lying "successful" call points at. */
static long hole(void)
{
	void *p = mmap(0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	assert_true(p != MAP_FAILED);
	munmap(p, 4096);
	return (long)p;
}

/* The kernel's new_encode_dev (linux/kdev_t.h), as stat writes st_rdev. */
static unsigned long kdev(unsigned int major, unsigned int minor)
{
	return (minor & 0xff) | (major << 8) | ((unsigned long)(minor & ~0xffu) << 12);
}

static void stat_structs(void **state)
{
	struct js_stat st;
	char want[128];

	(void)state;
	memset(&st, 0, sizeof st);
	st.st_mode = JS_S_IFREG | 0644;
	st.st_size = 1221;
	assert_string_equal(F(JS_NR_fstat, 0, 3, (long)&st, 0, 0, 0, 0),
			    "fstat(3, {st_mode=S_IFREG|0644, st_size=1221, ...}) = 0");
	st.st_mode = JS_S_IFDIR | JS_S_ISVTX | 01777;
	assert_string_equal(F(JS_NR_newfstatat, 0, JS_AT_FDCWD, (long)"/tmp", (long)&st, JS_AT_SYMLINK_NOFOLLOW, 0, 0),
			    "newfstatat(AT_FDCWD, \"/tmp\", {st_mode=S_IFDIR|S_ISVTX|0777, st_size=1221, ...}, AT_SYMLINK_NOFOLLOW) = 0");
	/* devices: st_rdev instead of the size, glibc's major and minor */
	st.st_mode = JS_S_IFCHR | 0620;
	st.st_rdev = kdev(136, 0x12345);
	snprintf(want, sizeof want, "fstat(0, {st_mode=S_IFCHR|0620, st_rdev=makedev(%#x, %#x), ...}) = 0",
		 major(st.st_rdev), minor(st.st_rdev));
	assert_string_equal(F(JS_NR_fstat, 0, 0, (long)&st, 0, 0, 0, 0), want);
	assert_string_equal(want, "fstat(0, {st_mode=S_IFCHR|0620, st_rdev=makedev(0x88, 0x12345), ...}) = 0");
	/* a mode with no file type, and an unknown type: octal */
	st.st_mode = 0170644;
	assert_string_equal(F(JS_NR_fstat, 0, 0, (long)&st, 0, 0, 0, 0),
			    "fstat(0, {st_mode=0170644, st_size=1221, ...}) = 0");
	/* failed, or pointing at nothing: the address */
	assert_string_equal(F(JS_NR_fstat, -JS_EBADF, 9, 0x1000, 0, 0, 0, 0),
			    "fstat(9, 0x1000) = -1 EBADF (Bad file descriptor)");
	{
		long h = hole();

		snprintf(want, sizeof want, "fstat(1, %#lx) = 0", h);
		assert_string_equal(F(JS_NR_fstat, 0, 1, h, 0, 0, 0, 0), want);
	}
}

static void statx_struct(void **state)
{
	struct js_statx sx;

	(void)state;
	memset(&sx, 0, sizeof sx);
	sx.stx_mask = JS_STATX_BASIC_STATS | JS_STATX_MNT_ID;
	sx.stx_attributes = JS_STATX_ATTR_APPEND | 0x100000000UL;
	sx.stx_mode = JS_S_IFLNK | 0777;
	sx.stx_size = 7;
	assert_string_equal(F(JS_NR_statx, 0, 5, (long)"", JS_AT_EMPTY_PATH | JS_AT_STATX_DONT_SYNC,
			      JS_STATX_ALL, (long)&sx, 0),
			    "statx(5, \"\", AT_STATX_DONT_SYNC|AT_EMPTY_PATH, STATX_ALL, "
			    "{stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_attributes=STATX_ATTR_APPEND|0x100000000, "
			    "stx_mode=S_IFLNK|0777, stx_size=7, ...}) = 0");
	assert_string_equal(F(JS_NR_statx, -JS_ENOENT, JS_AT_FDCWD, (long)"x", 0, 0x40000000, 0x1000, 0),
			    "statx(AT_FDCWD, \"x\", AT_STATX_SYNC_AS_STAT, 0x40000000 /* STATX_??? */, 0x1000) = -1 ENOENT (No such file or directory)");
	assert_string_equal(F(JS_NR_statx, -JS_EINVAL, JS_AT_FDCWD, (long)"x", 0x6000, JS_STATX_TYPE | 0x40000000, 0, 0),
			    "statx(AT_FDCWD, \"x\", AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC, STATX_TYPE|0x40000000, NULL) = -1 EINVAL (Invalid argument)");
}

static void times_modes_offsets(void **state)
{
	struct js_timespec ts[2] = { { 1700000000, 0 }, { 0, JS_UTIME_NOW } };
	long off = 12;

	(void)state;
	assert_string_equal(F(JS_NR_utimensat, 0, 3, 0, (long)ts, 0, 0, 0),
			    "utimensat(3, NULL, [{tv_sec=1700000000, tv_nsec=0} /* 2023-11-14T22:13:20+0000 */, UTIME_NOW], 0) = 0");
	ts[0].tv_nsec = 1000000000;	/* out of range: no date */
	assert_string_equal(F(JS_NR_utimensat, -JS_EINVAL, 3, 0, (long)ts, 0, 0, 0),
			    "utimensat(3, NULL, [{tv_sec=1700000000, tv_nsec=1000000000}, UTIME_NOW], 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_mknodat, 0, JS_AT_FDCWD, (long)"b", JS_S_IFBLK | JS_S_ISGID | 0600, kdev(8, 1), 0, 0),
			    "mknodat(AT_FDCWD, \"b\", S_IFBLK|S_ISGID|0600, makedev(0x8, 0x1)) = 0");
	assert_string_equal(F(JS_NR_mknodat, 0, JS_AT_FDCWD, (long)"s", JS_S_IFSOCK | 0600, 99, 0, 0),
			    "mknodat(AT_FDCWD, \"s\", S_IFSOCK|0600) = 0");
	assert_string_equal(F(JS_NR_lseek, -JS_EINVAL, 3, -1, 9, 0, 0, 0),
			    "lseek(3, -1, 0x9 /* SEEK_??? */) = -1 EINVAL (Invalid argument)");
	/* sendfile moved the offset by its result: before => after */
	assert_string_equal(F(JS_NR_sendfile, 4, 1, 3, (long)&off, 4, 0, 0),
			    "sendfile(1, 3, [8] => [12], 4) = 4");
	assert_string_equal(F(JS_NR_sendfile, -JS_EBADF, 1, 3, (long)&off, 4, 0, 0),
			    "sendfile(1, 3, [12], 4) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(F(JS_NR_copy_file_range, 2, 3, (long)&off, 4, 0, 2, 0),
			    "copy_file_range(3, [10], 4, NULL, 2, 0) = 2");
	assert_string_equal(F(JS_NR_fallocate, -JS_EOPNOTSUPP, 3, 0x100, 0, 1, 0, 0),
			    "fallocate(3, 0x100 /* FALLOC_FL_??? */, 0, 1) = -1 EOPNOTSUPP (Operation not supported)");
	assert_string_equal(F(JS_NR_sync_file_range, 0, 3, 0, 0, 7, 0, 0),
			    "sync_file_range(3, 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE|SYNC_FILE_RANGE_WRITE|SYNC_FILE_RANGE_WAIT_AFTER) = 0");
	assert_string_equal(F(JS_NR_flock, 0, 3, JS_LOCK_SH | JS_LOCK_NB, 0, 0, 0, 0),
			    "flock(3, LOCK_SH|LOCK_NB) = 0");
}

/* getdents64: the number of records in the bytes the call filled. */
static void dirents(void **state)
{
	unsigned char b[96];
	struct js_linux_dirent64 *d;
	char want[96];
	int i;

	(void)state;
	memset(b, 0, sizeof b);
	for (i = 0; i < 3; i++) {
		d = (struct js_linux_dirent64 *)(b + 32 * i);
		d->d_reclen = 32;
		d->d_name[0] = (char)('a' + i);
	}
	snprintf(want, sizeof want, "getdents64(3, %p /* 3 entries */, 4096) = 96", (void *)b);
	assert_string_equal(F(JS_NR_getdents64, 96, 3, (long)b, 4096, 0, 0, 0), want);
	/* a result larger than the buffer counts no further than the buffer */
	snprintf(want, sizeof want, "getdents64(3, %p /* 2 entries */, 64) = 96", (void *)b);
	assert_string_equal(F(JS_NR_getdents64, 96, 3, (long)b, 64, 0, 0, 0), want);
	snprintf(want, sizeof want, "getdents64(3, %p, 64) = -1 EBADF (Bad file descriptor)", (void *)b);
	assert_string_equal(F(JS_NR_getdents64, -JS_EBADF, 3, (long)b, 64, 0, 0, 0), want);
}

static void fcntl_cmds(void **state)
{
	struct js_flock fl = { JS_F_RDLCK, JS_SEEK_CUR, -5, 0, 42 };

	(void)state;
	assert_string_equal(F(JS_NR_fcntl, 0, 3, JS_F_GETLK, (long)&fl, 0, 0, 0),
			    "fcntl(3, F_GETLK, {l_type=F_RDLCK, l_whence=SEEK_CUR, l_start=-5, l_len=0, l_pid=42}) = 0");
	assert_string_equal(F(JS_NR_fcntl, 0, 3, JS_F_OFD_SETLKW, (long)&fl, 0, 0, 0),
			    "fcntl(3, F_OFD_SETLKW, {l_type=F_RDLCK, l_whence=SEEK_CUR, l_start=-5, l_len=0}) = 0");
	assert_string_equal(F(JS_NR_fcntl, -JS_EINVAL, 3, JS_F_GETLK, 0x1000, 0, 0, 0),
			    "fcntl(3, F_GETLK, 0x1000) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_fcntl, 0, 3, JS_F_SETFD, 0, 0, 0, 0), "fcntl(3, F_SETFD, 0) = 0");
	assert_string_equal(F(JS_NR_fcntl, 0x8002, 3, JS_F_GETFL, 0, 0, 0, 0),
			    "fcntl(3, F_GETFL) = 0x8002 (flags O_RDWR|O_LARGEFILE)");
	assert_string_equal(F(JS_NR_fcntl, 0x5, 3, JS_F_GET_SEALS, 0, 0, 0, 0),
			    "fcntl(3, F_GET_SEALS) = 0x5 (seals F_SEAL_SEAL|F_SEAL_GROW)");
	assert_string_equal(F(JS_NR_fcntl, 0, 3, JS_F_GETLEASE, 0, 0, 0, 0),
			    "fcntl(3, F_GETLEASE) = 0 (F_RDLCK)");
	assert_string_equal(F(JS_NR_fcntl, 0, 3, JS_F_ADD_SEALS, JS_F_SEAL_WRITE, 0, 0, 0),
			    "fcntl(3, F_ADD_SEALS, F_SEAL_WRITE) = 0");
	assert_string_equal(F(JS_NR_fcntl, -JS_EINVAL, 3, 999, 7, 0, 0, 0),
			    "fcntl(3, 0x3e7 /* F_??? */, 7) = -1 EINVAL (Invalid argument)");
}

static void statfs_xattr_openat2(void **state)
{
	struct js_statfs sf;
	struct js_open_how how = { JS_O_WRONLY | JS_O_CREAT, 0640, 0x100 };
	char v[40];

	(void)state;
	memset(&sf, 0, sizeof sf);
	sf.f_type = 0x1234;
	sf.f_bsize = 512;
	sf.f_fsid.val[0] = -1;
	sf.f_namelen = 255;
	sf.f_flags = JS_ST_RDONLY | 0x100000;
	assert_string_equal(F(JS_NR_fstatfs, 0, 3, (long)&sf, 0, 0, 0, 0),
			    "fstatfs(3, {f_type=0x1234 /* ??? */, f_bsize=512, f_blocks=0, f_bfree=0, f_bavail=0, "
			    "f_files=0, f_ffree=0, f_fsid={val=[0xffffffff, 0]}, f_namelen=255, f_frsize=0, "
			    "f_flags=ST_RDONLY|0x100000}) = 0");
	sf.f_type = JS_TMPFS_MAGIC;
	assert_non_null(strstr(F(JS_NR_statfs, 0, (long)"/", (long)&sf, 0, 0, 0, 0), "{f_type=TMPFS_MAGIC, "));
	memset(v, 'x', sizeof v);
	assert_string_equal(F(JS_NR_setxattr, 0, (long)"f", (long)"user.v", (long)v, 40, 3, 0),
			    "setxattr(\"f\", \"user.v\", \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"..., 40, XATTR_CREATE|XATTR_REPLACE) = 0");
	assert_string_equal(F(JS_NR_fgetxattr, 2, 3, (long)"user.v", (long)"ab", 8, 0, 0),
			    "fgetxattr(3, \"user.v\", \"ab\", 8) = 2");
	assert_string_equal(F(JS_NR_flistxattr, 0, 3, 0, 0, 0, 0, 0), "flistxattr(3, NULL, 0) = 0");
	assert_string_equal(F(JS_NR_openat2, 3, JS_AT_FDCWD, (long)"f", (long)&how, sizeof how, 0, 0),
			    "openat2(AT_FDCWD, \"f\", {flags=O_WRONLY|O_CREAT, mode=0640, resolve=0x100 /* RESOLVE_??? */}, 24) = 3");
	/* a size too small for the struct: the address */
	assert_non_null(strstr(F(JS_NR_openat2, -JS_EINVAL, JS_AT_FDCWD, (long)"f", (long)&how, 8, 0, 0),
			       "\"f\", 0x"));
}

static void mounts(void **state)
{
	struct js_mount_attr ma = { JS_MOUNT_ATTR_NOEXEC, 0, JS_MS_SLAVE, 0 };

	(void)state;
	assert_string_equal(F(JS_NR_mount, 0, (long)"src", (long)"/mnt", 0, JS_MS_BIND | JS_MS_REC, 0, 0),
			    "mount(\"src\", \"/mnt\", NULL, MS_BIND|MS_REC, NULL) = 0");
	assert_string_equal(F(JS_NR_mount, 0, 0, (long)"/mnt", 0, JS_MS_SHARED, 0, 0),
			    "mount(NULL, \"/mnt\", NULL, MS_SHARED, NULL) = 0");
	assert_string_equal(F(JS_NR_umount2, 0, (long)"/mnt", JS_MNT_FORCE | 0x80, 0, 0, 0, 0),
			    "umount2(\"/mnt\", MNT_FORCE|0x80) = 0");
	assert_string_equal(F(JS_NR_fsconfig, 0, 3, JS_FSCONFIG_SET_PATH, (long)"source", (long)"/dev/x", JS_AT_FDCWD, 0),
			    "fsconfig(3, FSCONFIG_SET_PATH, \"source\", \"/dev/x\", AT_FDCWD) = 0");
	assert_string_equal(F(JS_NR_fsconfig, -JS_EINVAL, 3, 42, 0, 0, 0, 0),
			    "fsconfig(3, 0x2a /* FSCONFIG_??? */, NULL, NULL, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_mount_setattr, 0, 3, (long)"", JS_AT_EMPTY_PATH, (long)&ma, sizeof ma, 0),
			    "mount_setattr(3, \"\", AT_EMPTY_PATH, {attr_set=MOUNT_ATTR_NOEXEC, attr_clr=0, propagation=MS_SLAVE, userns_fd=0}, 32) = 0");
	assert_string_equal(F(JS_NR_open_tree, 4, JS_AT_FDCWD, (long)"/", JS_OPEN_TREE_CLONE | JS_AT_RECURSIVE, 0, 0, 0),
			    "open_tree(AT_FDCWD, \"/\", OPEN_TREE_CLONE|AT_RECURSIVE) = 4");
}

/* A line cut anywhere stays a line: no overflow, ends "\n\0". */
static void small_buffers(void **state)
{
	struct js_stat st;
	long a[6] = { 3, (long)&st, 0, 0, 0, 0 };
	char small[64];
	size_t n, i;

	(void)state;
	memset(&st, 0, sizeof st);
	st.st_mode = JS_S_IFREG | 0600;
	for (i = 2; i <= sizeof small; i++) {
		memset(small, 0x55, sizeof small);
		n = js_trace_format(small, i, JS_NR_fstat, a, 0, 0);
		assert_true(n < i);
		assert_int_equal(small[n], 0);
		assert_int_equal(small[n - 1], '\n');
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(stat_structs),
		cmocka_unit_test(statx_struct),
		cmocka_unit_test(times_modes_offsets),
		cmocka_unit_test(dirents),
		cmocka_unit_test(fcntl_cmds),
		cmocka_unit_test(statfs_xattr_openat2),
		cmocka_unit_test(mounts),
		cmocka_unit_test(small_buffers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
