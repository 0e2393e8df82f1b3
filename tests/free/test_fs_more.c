/* The issue-14 file calls (docs/files.md) with their results and errors,
 * on all three architectures (make check runs this under qemu-user too).
 * Each test works in a fresh directory of its own in the scratch
 * directory tests/run.sh gives (an ext4 or tmpfs /tmp: user xattrs,
 * fallocate, file handles).  Where qemu-user 7.2 lacks a call the row
 * asserts the exact gap (-JS_ENOSYS) instead; docs/files.md lists them. */
#include "fs_free.h"

/* qemu-user answers a call it does not know with ENOSYS; a real kernel
 * (6.18 here) never does for these, so the gap is accepted only under the
 * emulator (make check sets JS_RUN then). */
/* tmpfs's magic number (linux/magic.h TMPFS_MAGIC). */
#define TMPFS_MAGIC 0x01021994
static int on_tmpfs(int fd)
{
	struct js_statfs sf;

	return js_fstatfs(fd, &sf) == 0 && sf.f_type == TMPFS_MAGIC;
}

static int cwd_on_tmpfs(void)
{
	struct js_statfs sf;

	return js_statfs(".", &sf) == 0 && sf.f_type == TMPFS_MAGIC;
}

static int qemu_gap(long r)
{
	return r == -JS_ENOSYS && js_getenv("JS_RUN");
}

/* -ENOSYS from qemu-user, or from a kernel older than the call (make
 * check-boot's 6.1 kernels, docs/boot.md). */
static int lacks(long r, int major, int minor)
{
	return r == -JS_ENOSYS && (js_getenv("JS_RUN") || jt_kernel_before(major, minor));
}

static void enter(const char *dir)
{
	CHECK_EQ(js_mkdir(dir, 0755), 0);
	CHECK_EQ(js_chdir(dir), 0);
}

static void leave(void)
{
	CHECK_EQ(js_chdir(".."), 0);
}

static void t_statfs(void)
{
	struct js_statfs a, b;
	long fd = js_open("/", JS_O_RDONLY | JS_O_DIRECTORY);

	CHECK_EQ(js_statfs("/", &a), 0);
	CHECK(fd >= 0);
	CHECK_EQ(js_fstatfs((int)fd, &b), 0);
	js_close((int)fd);
	CHECK_EQ(a.f_type, b.f_type);
	CHECK_EQ(a.f_bsize, b.f_bsize);
	CHECK_EQ(a.f_blocks, b.f_blocks);
	CHECK_EQ(a.f_fsid.val[0], b.f_fsid.val[0]);
	CHECK(a.f_bsize > 0 && a.f_blocks >= a.f_bfree && a.f_bfree >= a.f_bavail);
	CHECK_EQ(a.f_namelen, 255);
	CHECK(a.f_flags & JS_ST_VALID);
	CHECK_EQ(js_statfs("/proc", &a), 0);
	CHECK_EQ(a.f_type, 0x9fa0); /* PROC_SUPER_MAGIC */
	CHECK_EQ(js_statfs("missing", &a), -JS_ENOENT);
	CHECK_EQ(js_statfs(0, &a), -JS_EFAULT);
	CHECK_EQ(js_statfs("/", 0), -JS_EFAULT);
	CHECK_EQ(js_fstatfs(-1, &a), -JS_EBADF);
}

static void t_makedev(void)
{
	uint64_t d = JS_makedev(0x12345u, 0xabcdef12u);

	CHECK_EQ(JS_major(d), 0x12345);
	CHECK_EQ(JS_minor(d), 0xabcdef12u);
	CHECK_EQ(JS_makedev(1, 3), 0x103);
	CHECK_EQ(JS_makedev(8, 257), 0x100801); /* minor's high bits above */
	CHECK_EQ(JS_major(0x100801), 8);
	CHECK_EQ(JS_minor(0x100801), 257);
}

static void t_mknod(void)
{
	struct js_stat st;
	char c = 0;
	long fd;

	enter("mknod");
	CHECK_EQ(js_mknod("fifo", JS_S_IFIFO | 0600, 0), 0);
	CHECK_EQ(js_stat("fifo", &st), 0);
	CHECK(JS_S_ISFIFO(st.st_mode));
	CHECK_EQ(st.st_mode & 0777, 0600 & ~0); /* umask 022 leaves 0600 */
	fd = js_open("fifo", JS_O_RDWR);
	CHECK(fd >= 0);
	CHECK_EQ(js_write((int)fd, "x", 1), 1);
	CHECK_EQ(js_read((int)fd, &c, 1), 1);
	CHECK_EQ(c, 'x');
	js_close((int)fd);
	CHECK_EQ(js_mknod("fifo", JS_S_IFIFO | 0600, 0), -JS_EEXIST);
	CHECK_EQ(js_mknodat(JS_AT_FDCWD, "reg", JS_S_IFREG | 0644, 0), 0);
	CHECK_EQ(js_stat("reg", &st), 0);
	CHECK(JS_S_ISREG(st.st_mode));
	/* A dev_t wider than the kernel's 32 bits is refused, not cut. */
	CHECK_EQ(js_mknod("big", JS_S_IFCHR | 0600, JS_makedev(0x1000, 0)), -JS_EINVAL);
	CHECK_EQ(js_mknodat(-1, "rel", JS_S_IFIFO | 0600, 0), -JS_EBADF);
	CHECK_EQ(js_mknod("missing/x", JS_S_IFIFO | 0600, 0), -JS_ENOENT);
	/* As root: a character device, /dev/null's numbers. */
	if (js_geteuid() == 0) {
		CHECK_EQ(js_mknod("null", JS_S_IFCHR | 0600, JS_makedev(1, 3)), 0);
		CHECK_EQ(js_stat("null", &st), 0);
		CHECK(JS_S_ISCHR(st.st_mode));
		CHECK_EQ(JS_major(st.st_rdev), 1);
		CHECK_EQ(JS_minor(st.st_rdev), 3);
		fd = js_open("null", JS_O_WRONLY);
		CHECK(fd >= 0);
		CHECK_EQ(js_write((int)fd, "abc", 3), 3);
		js_close((int)fd);
	}
	leave();
}

static void t_creat(void)
{
	struct js_stat st;
	char c;
	long fd;

	enter("creat");
	put("f", "old contents");
	fd = js_creat("f", 0600);
	CHECK(fd >= 0);
	CHECK_EQ(js_fstat((int)fd, &st), 0);
	CHECK_EQ(st.st_size, 0);                     /* O_TRUNC */
	CHECK_EQ(js_read((int)fd, &c, 1), -JS_EBADF); /* O_WRONLY */
	CHECK_EQ(js_write((int)fd, "n", 1), 1);
	js_close((int)fd);
	fd = js_creat("g", 0640);
	CHECK(fd >= 0);
	js_close((int)fd);
	CHECK_EQ(js_stat("g", &st), 0);
	CHECK_EQ(st.st_mode & 0777, 0640);
	CHECK_EQ(js_creat("missing/x", 0600), -JS_ENOENT);
	CHECK_EQ(js_creat(0, 0600), -JS_EFAULT);
	leave();
}

/* A bad pointer the compiler cannot see through. */
static const struct js_timeval *volatile bad_tv = (const struct js_timeval *)8;

static void t_futimesat(void)
{
	struct js_timeval tv[2] = { { 1000000000, 250000 }, { 1100000000, 500000 } };
	struct js_stat st;
	long dfd;

	enter("futimesat");
	put("f", "x");
	dfd = js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);
	CHECK(dfd >= 0);
	CHECK_EQ(js_futimesat((int)dfd, "f", tv), 0);
	CHECK_EQ(js_stat("f", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	CHECK_EQ(st.st_atim.tv_nsec, 250000000);
	CHECK_EQ(st.st_mtim.tv_sec, 1100000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 500000000);
	CHECK_EQ(js_futimesat((int)dfd, "f", 0), 0);
	CHECK_EQ(js_stat("f", &st), 0);
	CHECK(st.st_mtim.tv_sec > 1100000000);
	tv[1].tv_usec = 1000000;
	CHECK_EQ(js_futimesat((int)dfd, "f", tv), -JS_EINVAL);
	tv[1].tv_usec = -1;
	CHECK_EQ(js_futimesat((int)dfd, "f", tv), -JS_EINVAL);
	tv[1].tv_usec = 0;
	CHECK_EQ(js_futimesat((int)dfd, "missing", tv), -JS_ENOENT);
	CHECK_EQ(js_futimesat(-1, "f", tv), -JS_EBADF);
	CHECK_EQ(js_futimesat((int)dfd, "f", bad_tv), -JS_EFAULT);
	js_close((int)dfd);
	leave();
}

static void t_fallocate(void)
{
	struct js_stat st;
	long fd;

	enter("fallocate");
	fd = js_open("f", JS_O_RDWR | JS_O_CREAT, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(js_fallocate((int)fd, 0, 0, 1 << 20), 0);
	CHECK_EQ(js_fstat((int)fd, &st), 0);
	CHECK_EQ(st.st_size, 1 << 20);
	CHECK(st.st_blocks * 512 >= 1 << 20);
	CHECK_EQ(js_fallocate((int)fd, JS_FALLOC_FL_KEEP_SIZE, 1 << 20, 1 << 20), 0);
	CHECK_EQ(js_fstat((int)fd, &st), 0);
	CHECK_EQ(st.st_size, 1 << 20);
	CHECK_EQ(js_fallocate((int)fd, JS_FALLOC_FL_PUNCH_HOLE | JS_FALLOC_FL_KEEP_SIZE,
			      0, 1 << 20), 0);
	/* PUNCH_HOLE must come with KEEP_SIZE (fallocate(2)). */
	CHECK_EQ(js_fallocate((int)fd, JS_FALLOC_FL_PUNCH_HOLE, 0, 4096), -JS_EOPNOTSUPP);
	CHECK_EQ(js_fallocate((int)fd, 0, 0, 0), -JS_EINVAL);
	CHECK_EQ(js_fallocate((int)fd, 0, -1, 4096), -JS_EINVAL);
	CHECK_EQ(js_fallocate(-1, 0, 0, 4096), -JS_EBADF);
	js_close((int)fd);
	leave();
}

static void t_flock(void)
{
	long a, b;

	enter("flock");
	put("f", "x");
	a = js_open("f", JS_O_RDONLY);
	b = js_open("f", JS_O_RDONLY);
	CHECK(a >= 0 && b >= 0);
	CHECK_EQ(js_flock((int)a, JS_LOCK_EX), 0);
	CHECK_EQ(js_flock((int)b, JS_LOCK_EX | JS_LOCK_NB), -JS_EWOULDBLOCK);
	CHECK_EQ(js_flock((int)b, JS_LOCK_SH | JS_LOCK_NB), -JS_EWOULDBLOCK);
	CHECK_EQ(js_flock((int)a, JS_LOCK_UN), 0);
	CHECK_EQ(js_flock((int)b, JS_LOCK_SH | JS_LOCK_NB), 0);
	CHECK_EQ(js_flock((int)a, JS_LOCK_SH | JS_LOCK_NB), 0);
	CHECK_EQ(js_flock((int)a, 0), -JS_EINVAL);
	CHECK_EQ(js_flock(-1, JS_LOCK_SH), -JS_EBADF);
	js_close((int)a);
	js_close((int)b);
	leave();
}

static void t_fadvise_readahead_sync(void)
{
	int p[2];
	long fd;

	enter("fadvise");
	put("f", "some data to advise about");
	fd = js_open("f", JS_O_RDWR);
	CHECK(fd >= 0);
	for (int adv = JS_POSIX_FADV_NORMAL; adv <= JS_POSIX_FADV_NOREUSE; adv++)
		CHECK_EQ(js_posix_fadvise((int)fd, 0, 0, adv), 0);
	CHECK_EQ(js_posix_fadvise((int)fd, 0, 0, 99), -JS_EINVAL);
	CHECK_EQ(js_posix_fadvise((int)fd, 0, -1, JS_POSIX_FADV_NORMAL), -JS_EINVAL);
	CHECK_EQ(js_posix_fadvise(-1, 0, 0, JS_POSIX_FADV_NORMAL), -JS_EBADF);
	CHECK_EQ(js_readahead((int)fd, 0, 4096), 0);
	CHECK_EQ(js_readahead(-1, 0, 4096), -JS_EBADF);
	CHECK_EQ(js_sync_file_range((int)fd, 0, 0, JS_SYNC_FILE_RANGE_WRITE_AND_WAIT), 0);
	CHECK_EQ(js_sync_file_range((int)fd, 0, 0, 8), -JS_EINVAL);
	CHECK_EQ(js_sync_file_range((int)fd, -1, 0, 0), -JS_EINVAL);
	CHECK_EQ(js_sync_file_range(-1, 0, 0, 0), -JS_EBADF);
	CHECK_EQ(js_pipe(p), 0);
	CHECK_EQ(js_posix_fadvise(p[0], 0, 0, JS_POSIX_FADV_NORMAL), -JS_ESPIPE);
	CHECK_EQ(js_readahead(p[0], 0, 4096), -JS_EINVAL);
	CHECK_EQ(js_sync_file_range(p[0], 0, 0, 0), -JS_ESPIPE);
	js_close(p[0]);
	js_close(p[1]);
	js_close((int)fd);
	leave();
}

static unsigned char big[1 << 20], back[1 << 20];

/* A MiB from a file through a pipe into another file with splice, and the
 * bytes compared. */
static void t_splice(void)
{
	int p[2];
	long in, out, off_in = 0, off_out = 0, moved = 0, r;

	enter("splice");
	for (unsigned long i = 0; i < sizeof big; i++)
		big[i] = (unsigned char)(i * 7 + (i >> 13));
	in = js_open("in", JS_O_RDWR | JS_O_CREAT, 0600);
	out = js_open("out", JS_O_RDWR | JS_O_CREAT, 0600);
	CHECK(in >= 0 && out >= 0);
	CHECK_EQ(js_write_all((int)in, big, sizeof big), (long)sizeof big);
	CHECK_EQ(js_pipe(p), 0);
	while (moved < (long)sizeof big) {
		r = js_splice((int)in, &off_in, p[1], 0, sizeof big - moved,
			      JS_SPLICE_F_MOVE);
		CHECK(r > 0);
		if (r <= 0)
			break;
		for (long left = r; left > 0;) {
			long w = js_splice(p[0], 0, (int)out, &off_out, left, 0);
			CHECK(w > 0);
			if (w <= 0)
				break;
			left -= w;
		}
		moved += r;
	}
	CHECK_EQ(moved, (long)sizeof big);
	CHECK_EQ(off_in, (long)sizeof big);
	CHECK_EQ(off_out, (long)sizeof big);
	CHECK_EQ(js_pread((int)out, back, sizeof back, 0), (long)sizeof back);
	CHECK(mem_eq(big, back, sizeof big));
	/* Neither end a pipe; a bad fd; an offset on a pipe. */
	CHECK_EQ(js_splice((int)in, 0, (int)out, 0, 10, 0), -JS_EINVAL);
	CHECK_EQ(js_splice(-1, 0, p[1], 0, 10, 0), -JS_EBADF);
	off_in = 0;
	CHECK_EQ(js_splice(p[0], &off_in, (int)out, 0, 10, 0), -JS_ESPIPE);
	CHECK_EQ(js_splice(p[0], 0, (int)out, 0, 10, JS_SPLICE_F_NONBLOCK), -JS_EAGAIN);
	js_close(p[0]);
	js_close(p[1]);
	js_close((int)in);
	js_close((int)out);
	leave();
}

static void t_tee_vmsplice(void)
{
	int a[2], b[2];
	char buf[16];
	struct js_iovec iov[2] = { { "hello ", 6 }, { "world", 5 } };

	CHECK_EQ(js_pipe(a), 0);
	CHECK_EQ(js_pipe(b), 0);
	CHECK_EQ(js_vmsplice(a[1], iov, 2, 0), 11);
	CHECK_EQ(js_tee(a[0], b[1], 100, JS_SPLICE_F_NONBLOCK), 11);
	CHECK_EQ(js_read(b[0], buf, sizeof buf), 11);
	CHECK(mem_eq(buf, "hello world", 11));
	CHECK_EQ(js_read(a[0], buf, sizeof buf), 11);   /* tee consumed nothing */
	CHECK(mem_eq(buf, "hello world", 11));
	CHECK_EQ(js_tee(a[0], b[1], 100, JS_SPLICE_F_NONBLOCK), -JS_EAGAIN);
	CHECK_EQ(js_tee(a[0], a[1], 10, 0), -JS_EINVAL); /* same pipe */
	CHECK_EQ(js_tee(-1, b[1], 10, 0), -JS_EBADF);
	CHECK_EQ(js_vmsplice(a[1], iov, 2, 0xff00), -JS_EINVAL);
	CHECK_EQ(js_vmsplice(-1, iov, 2, 0), -JS_EBADF);
	js_close(a[0]);
	js_close(a[1]);
	js_close(b[0]);
	js_close(b[1]);
}

static void t_preadv_pwritev(void)
{
	char x[4] = "abcd", y[3] = "XYZ", r1[4], r2[3];
	struct js_iovec w[2] = { { x, 4 }, { y, 3 } }, r[2] = { { r1, 4 }, { r2, 3 } };
	const long far = 5L << 30; /* above 4 GiB: the offset's high half counts */
	struct js_stat st;
	long fd;

	enter("preadv");
	fd = js_open("f", JS_O_RDWR | JS_O_CREAT, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(js_pwritev((int)fd, w, 2, 100), 7);
	CHECK_EQ(js_lseek((int)fd, 0, JS_SEEK_CUR), 0); /* position unmoved */
	CHECK_EQ(js_preadv((int)fd, r, 2, 100), 7);
	CHECK(mem_eq(r1, "abcd", 4) && mem_eq(r2, "XYZ", 3));
	CHECK_EQ(js_pwritev((int)fd, w, 2, far), 7);
	CHECK_EQ(js_fstat((int)fd, &st), 0);
	CHECK_EQ(st.st_size, far + 7);
	fill(r1, 0, 4);
	CHECK_EQ(js_preadv((int)fd, r, 1, far), 4);
	CHECK(mem_eq(r1, "abcd", 4));
	CHECK_EQ(js_preadv((int)fd, r, 1, far - 4096), 4); /* a hole: zeros */
	CHECK_EQ(r1[0], 0);
	CHECK_EQ(js_preadv((int)fd, r, 2, -1), -JS_EINVAL);
	CHECK_EQ(js_preadv(-1, r, 2, 0), -JS_EBADF);
	CHECK_EQ(js_pwritev((int)fd, w, -1, 0), -JS_EINVAL);
	CHECK_EQ(js_ftruncate((int)fd, 0), 0);
	js_close((int)fd);
	leave();
}

static void t_preadv2_pwritev2(void)
{
	char x[4] = "abcd", y[3] = "XYZ", r1[4], r2[3];
	struct js_iovec w[2] = { { x, 4 }, { y, 3 } }, r[2] = { { r1, 4 }, { r2, 3 } };
	long fd, rc;

	enter("preadv2");
	fd = js_open("f", JS_O_RDWR | JS_O_CREAT, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(js_pwritev((int)fd, w, 2, 100), 7);
	/* -1 is the file position, which then moves. */
	CHECK_EQ(js_lseek((int)fd, 100, JS_SEEK_SET), 100);
	rc = js_preadv2((int)fd, r, 2, -1, 0);
	if (qemu_gap(rc)) {
		CHECK_EQ(js_pwritev2((int)fd, w, 1, -1, 0), -JS_ENOSYS);
		jt_not_run("qemu-user 7.2 has no preadv2/pwritev2");
		js_close((int)fd);
		leave();
		return;
	}
	CHECK_EQ(rc, 7);
	CHECK_EQ(js_lseek((int)fd, 0, JS_SEEK_CUR), 107);
	CHECK_EQ(js_pwritev2((int)fd, w, 1, -1, JS_RWF_DSYNC), 4);
	CHECK_EQ(js_lseek((int)fd, 0, JS_SEEK_CUR), 111);
	/* tmpfs (make check-boot's scratch directories) does not say
	 * FMODE_NOWAIT, so RWF_NOWAIT is refused there on every kernel. */
	if (on_tmpfs((int)fd)) {
		CHECK_EQ(js_preadv2((int)fd, r, 1, 107, JS_RWF_NOWAIT), -JS_EOPNOTSUPP);
		memcpy(r1, "abcd", 4);
	} else {
		CHECK_EQ(js_preadv2((int)fd, r, 1, 107, JS_RWF_NOWAIT), 4);
	}
	CHECK(mem_eq(r1, "abcd", 4));
	CHECK_EQ(js_pwritev2((int)fd, w, 1, 0, JS_RWF_HIPRI | JS_RWF_SYNC), 4);
	CHECK_EQ(js_preadv2((int)fd, r, 1, 0, 0x40000000), -JS_EOPNOTSUPP);
	CHECK_EQ(js_preadv2((int)fd, r, 1, -2, 0), -JS_EINVAL);
	CHECK_EQ(js_pwritev2(-1, w, 1, 0, 0), -JS_EBADF);
	js_close((int)fd);
	leave();
}

static void t_rwf_flags(void)
{
	/* Every RWF_ flag of fs.h is one this kernel knows: an unknown one is
	 * -EOPNOTSUPP before anything else (kiocb_set_rw_flags), a known one
	 * on a pipe write passes that check. */
	static const struct { int flag, major, minor; } flags[] = {
		{ JS_RWF_DSYNC, 4, 7 }, { JS_RWF_SYNC, 4, 7 }, { JS_RWF_APPEND, 4, 16 },
		{ JS_RWF_NOAPPEND, 6, 9 }, { JS_RWF_NOSIGNAL, 6, 18 },
	};
	struct js_iovec v = { "z", 1 };
	char c;
	int p[2];

	CHECK_EQ(js_pipe(p), 0);
	if (qemu_gap(js_pwritev2(p[1], &v, 1, -1, 0))) {
		jt_not_run("qemu-user 7.2 has no pwritev2");
		js_close(p[0]);
		js_close(p[1]);
		return;
	}
	CHECK_EQ(js_read(p[0], &c, 1), 1);
	for (unsigned i = 0; i < sizeof flags / sizeof flags[0]; i++) {
		long r = js_pwritev2(p[1], &v, 1, -1, flags[i].flag);

		/* A kernel older than the flag does not know it. */
		if (jt_kernel_before(flags[i].major, flags[i].minor)) {
			CHECK_EQ(r, -JS_EOPNOTSUPP);
			continue;
		}
		CHECK_EQ(r, 1);
		CHECK_EQ(js_read(p[0], &c, 1), 1);
	}
	CHECK_EQ(js_pwritev2(p[1], &v, 1, -1, 0x200000), -JS_EOPNOTSUPP);
	/* RWF_NOSIGNAL (6.18): a write to a pipe nobody reads is -EPIPE
	 * without the SIGPIPE that would end this process. */
	js_close(p[0]);
	if (jt_kernel_before(6, 18))
		jt_not_run("RWF_NOAPPEND is Linux 6.9's, RWF_NOSIGNAL 6.18's (-EOPNOTSUPP before)");
	else
		CHECK_EQ(js_pwritev2(p[1], &v, 1, -1, JS_RWF_NOSIGNAL), -JS_EPIPE);
	js_close(p[1]);
}

static void t_close_range(void)
{
	long a = js_dup(0), b = js_dup(0), c = js_dup(0);

	CHECK(a >= 0 && b == a + 1 && c == a + 2);
	CHECK_EQ(js_close_range((unsigned)b, (unsigned)c, JS_CLOSE_RANGE_CLOEXEC), 0);
	CHECK_EQ(js_fcntl((int)b, JS_F_GETFD), JS_FD_CLOEXEC);
	CHECK_EQ(js_fcntl((int)a, JS_F_GETFD), 0);
	CHECK_EQ(js_close_range((unsigned)a, (unsigned)c, 0), 0);
	CHECK_EQ(js_close((int)a), -JS_EBADF);
	CHECK_EQ(js_close((int)c), -JS_EBADF);
	CHECK_EQ(js_close_range(5, 4, 0), -JS_EINVAL);
	CHECK_EQ(js_close_range(1000, 2000, 1), -JS_EINVAL);
	/* Nothing open there: still 0. */
	CHECK_EQ(js_close_range(100000, ~0u, JS_CLOSE_RANGE_UNSHARE), 0);
}

static void t_openat2(void)
{
	struct js_open_how how = { JS_O_RDONLY, 0, JS_RESOLVE_BENEATH };
	long dfd, fd;

	enter("openat2");
	CHECK_EQ(js_mkdir("sub", 0755), 0);
	put("sub/f", "x");
	put("top", "y");
	CHECK_EQ(js_symlink("f", "sub/l"), 0);
	dfd = js_open("sub", JS_O_RDONLY | JS_O_DIRECTORY);
	CHECK(dfd >= 0);
	fd = js_openat2((int)dfd, "f", &how, sizeof how);
	if (qemu_gap(fd)) {
		jt_not_run("qemu-user 7.2 has no openat2");
		js_close((int)dfd);
		leave();
		return;
	}
	CHECK(fd >= 0);
	js_close((int)fd);
	CHECK_EQ(js_openat2((int)dfd, "../top", &how, sizeof how), -JS_EXDEV);
	CHECK_EQ(js_openat2((int)dfd, "/etc/passwd", &how, sizeof how), -JS_EXDEV);
	how.resolve = JS_RESOLVE_NO_SYMLINKS;
	CHECK_EQ(js_openat2((int)dfd, "l", &how, sizeof how), -JS_ELOOP);
	how.resolve = JS_RESOLVE_IN_ROOT;  /* ".." stops at dfd */
	fd = js_openat2((int)dfd, "../../f", &how, sizeof how);
	CHECK(fd >= 0);
	js_close((int)fd);
	how.resolve = 0x40; /* unknown */
	CHECK_EQ(js_openat2((int)dfd, "f", &how, sizeof how), -JS_EINVAL);
	how.resolve = 0;
	how.mode = 0600;  /* a mode without O_CREAT */
	CHECK_EQ(js_openat2((int)dfd, "f", &how, sizeof how), -JS_EINVAL);
	how.mode = 0;
	CHECK_EQ(js_openat2((int)dfd, "f", &how, 16), -JS_EINVAL);
	CHECK_EQ(js_openat2((int)dfd, "f", 0, sizeof how), -JS_EFAULT);
	how.flags = JS_O_RDWR | JS_O_CREAT;
	how.mode = 0640;
	fd = js_openat2((int)dfd, "new", &how, sizeof how);
	CHECK(fd >= 0);
	js_close((int)fd);
	js_close((int)dfd);
	leave();
}

static void t_xattr(void)
{
	char v[64], list[256];
	long fd;

	enter("xattr");
	put("f", "x");
	CHECK_EQ(js_symlink("f", "l"), 0);
	/* tmpfs keeps user xattrs from Linux 6.6 (make check-boot's 6.1
	 * kernels scratch on a tmpfs). */
	if (jt_kernel_before(6, 6) && cwd_on_tmpfs()) {
		CHECK_EQ(js_setxattr("f", "user.a", "one", 3, JS_XATTR_CREATE), -JS_EOPNOTSUPP);
		jt_not_run("tmpfs keeps user xattrs from Linux 6.6: -EOPNOTSUPP asserted");
		leave();
		return;
	}
	CHECK_EQ(js_setxattr("f", "user.a", "one", 3, JS_XATTR_CREATE), 0);
	CHECK_EQ(js_setxattr("f", "user.a", "one", 3, JS_XATTR_CREATE), -JS_EEXIST);
	CHECK_EQ(js_setxattr("f", "user.b", "two", 3, JS_XATTR_REPLACE), -JS_ENODATA);
	CHECK_EQ(js_getxattr("f", "user.a", v, sizeof v), 3);
	CHECK(mem_eq(v, "one", 3));
	CHECK_EQ(js_getxattr("l", "user.a", v, sizeof v), 3);  /* follows */
	CHECK_EQ(js_getxattr("f", "user.a", 0, 0), 3);         /* size query */
	CHECK_EQ(js_getxattr("f", "user.a", v, 2), -JS_ERANGE);
	CHECK_EQ(js_getxattr("f", "user.none", v, sizeof v), -JS_ENODATA);
	CHECK_EQ(js_lgetxattr("l", "user.a", v, sizeof v), -JS_ENODATA);
	/* user.* on a symlink itself is refused (xattr(7)). */
	CHECK_EQ(js_lsetxattr("l", "user.a", "s", 1, 0), -JS_EPERM);
	CHECK_EQ(js_lsetxattr("f", "user.b", "two", 3, 0), 0);
	fd = js_open("f", JS_O_RDWR);
	CHECK(fd >= 0);
	CHECK_EQ(js_fsetxattr((int)fd, "user.c", "three", 5, 0), 0);
	CHECK_EQ(js_fgetxattr((int)fd, "user.c", v, sizeof v), 5);
	CHECK(mem_eq(v, "three", 5));
	CHECK_EQ(js_listxattr("f", list, sizeof list), 21);
	CHECK_EQ(js_llistxattr("f", list, sizeof list), 21);
	CHECK_EQ(js_flistxattr((int)fd, list, sizeof list), 21);
	CHECK_EQ(js_flistxattr((int)fd, 0, 0), 21);
	CHECK_EQ(js_flistxattr((int)fd, list, 3), -JS_ERANGE);
	CHECK_EQ(js_removexattr("f", "user.a"), 0);
	CHECK_EQ(js_removexattr("f", "user.a"), -JS_ENODATA);
	CHECK_EQ(js_lremovexattr("f", "user.b"), 0);
	CHECK_EQ(js_fremovexattr((int)fd, "user.c"), 0);
	CHECK_EQ(js_flistxattr((int)fd, list, sizeof list), 0);
	CHECK_EQ(js_fsetxattr((int)fd, "nonamespace", "x", 1, 0), -JS_EOPNOTSUPP);
	CHECK_EQ(js_fsetxattr((int)fd, "user.a", "x", 1, 4), -JS_EINVAL);
	CHECK_EQ(js_fgetxattr(-1, "user.a", v, sizeof v), -JS_EBADF);
	CHECK_EQ(js_getxattr("missing", "user.a", v, sizeof v), -JS_ENOENT);
	CHECK_EQ(js_listxattr(0, list, sizeof list), -JS_EFAULT);
	js_close((int)fd);
	leave();
}

/* The *xattrat calls (6.13); qemu-user 7.2 predates them. */
static void t_xattrat(void)
{
	struct js_xattr_args a = { 0, 0, 0 };
	char v[16], list[64];
	long r, dfd;

	enter("xattrat");
	put("f", "x");
	CHECK_EQ(js_symlink("f", "l"), 0);
	dfd = js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);
	CHECK(dfd >= 0);
	a.value = (uint64_t)(uintptr_t)"val";
	a.size = 3;
	r = js_setxattrat((int)dfd, "f", 0, "user.x", &a, sizeof a);
	if (lacks(r, 6, 13)) {
		CHECK_EQ(js_getxattrat((int)dfd, "f", 0, "user.x", &a, sizeof a), -JS_ENOSYS);
		CHECK_EQ(js_listxattrat((int)dfd, "f", 0, list, sizeof list), -JS_ENOSYS);
		CHECK_EQ(js_removexattrat((int)dfd, "f", 0, "user.x"), -JS_ENOSYS);
		jt_not_run("qemu-user 7.2 or this kernel has no *xattrat calls (Linux 6.13)");
		js_close((int)dfd);
		leave();
		return;
	}
	CHECK_EQ(r, 0);
	a.flags = JS_XATTR_CREATE;
	CHECK_EQ(js_setxattrat((int)dfd, "l", 0, "user.x", &a, sizeof a), -JS_EEXIST);
	CHECK_EQ(js_setxattrat((int)dfd, "f", 0, "user.x", &a, 8), -JS_EINVAL);
	a.flags = 0;
	a.value = (uint64_t)(uintptr_t)v;
	a.size = sizeof v;
	CHECK_EQ(js_getxattrat((int)dfd, "l", 0, "user.x", &a, sizeof a), 3);
	CHECK(mem_eq(v, "val", 3));
	CHECK_EQ(js_getxattrat((int)dfd, "l", JS_AT_SYMLINK_NOFOLLOW, "user.x", &a,
			       sizeof a), -JS_ENODATA);
	a.flags = 1;  /* get takes no flags */
	CHECK_EQ(js_getxattrat((int)dfd, "f", 0, "user.x", &a, sizeof a), -JS_EINVAL);
	CHECK_EQ(js_listxattrat((int)dfd, "f", 0, list, sizeof list), 7);
	CHECK(mem_eq(list, "user.x", 7));
	CHECK_EQ(js_removexattrat((int)dfd, "f", 0x1, "user.x"), -JS_EINVAL);
	CHECK_EQ(js_removexattrat((int)dfd, "f", 0, "user.x"), 0);
	CHECK_EQ(js_listxattrat((int)dfd, "f", 0, list, sizeof list), 0);
	CHECK_EQ(js_removexattrat(-1, "f", 0, "user.x"), -JS_EBADF);
	js_close((int)dfd);
	leave();
}

static void t_handles(void)
{
	JS_FILE_HANDLE_DECL(h);
	int mnt = -1;
	char c = 0;
	long r, dfd, fd;

	enter("handles");
	put("f", "Q");
	h.fh.handle_bytes = 0;
	r = js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt, 0);
	CHECK_EQ(r, -JS_EOVERFLOW);    /* and says how much it needs */
	CHECK(h.fh.handle_bytes > 0 && h.fh.handle_bytes <= JS_MAX_HANDLE_SZ);
	CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt, 0), 0);
	CHECK(mnt >= 0);
	dfd = js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);
	CHECK(dfd >= 0);
	fd = js_open_by_handle_at((int)dfd, &h.fh, JS_O_RDONLY);
	if (js_geteuid() == 0) {
		CHECK(fd >= 0);
		CHECK_EQ(js_read((int)fd, &c, 1), 1);
		CHECK_EQ(c, 'Q');
		js_close((int)fd);
	} else {
		CHECK_EQ(fd, -JS_EPERM);
	}
	CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt, 0x4000), -JS_EINVAL);
	CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "missing", &h.fh, &mnt, 0), -JS_ENOENT);
	CHECK_EQ(js_open_by_handle_at(-1, &h.fh, JS_O_RDONLY),
		 js_geteuid() == 0 ? -JS_EBADF : -JS_EPERM);
	/* The newer flags, as this kernel (6.18) takes them: a FID-only
	 * handle (6.5), the unique 64-bit mount id statx also gives (6.12),
	 * a connectable handle (6.13). */
	h.fh.handle_bytes = JS_MAX_HANDLE_SZ;
	/* Older kernels (make check-boot's 6.1) refuse each unknown flag. */
	if (jt_kernel_before(6, 13)) {
		CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt,
					      JS_AT_HANDLE_CONNECTABLE), -JS_EINVAL);
		if (jt_kernel_before(6, 12))
			CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt,
						      JS_AT_HANDLE_MNT_ID_UNIQUE), -JS_EINVAL);
		if (jt_kernel_before(6, 5))
			CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt,
						      JS_AT_HANDLE_FID), -JS_EINVAL);
		jt_not_run("AT_HANDLE_FID is Linux 6.5's, AT_HANDLE_MNT_ID_UNIQUE 6.12's, "
			   "AT_HANDLE_CONNECTABLE 6.13's: -EINVAL asserted before");
		js_close((int)dfd);
		leave();
		return;
	}
	CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt, JS_AT_HANDLE_FID), 0);
	{
		struct js_statx stx;
		uint64_t id = 0;

		h.fh.handle_bytes = JS_MAX_HANDLE_SZ;
		CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, (int *)&id,
					      JS_AT_HANDLE_MNT_ID_UNIQUE), 0);
		CHECK_EQ(js_statx(JS_AT_FDCWD, "f", 0, 0x4000, &stx), 0);
		CHECK(id > 0x80000000u); /* unique ids start above 2^31 */
		/* qemu-user 7.2 copies no stx_mnt_id back (0 there). */
		if (!(js_getenv("JS_RUN") && stx.stx_mnt_id == 0))
			CHECK_EQ(id, stx.stx_mnt_id);
	}
	h.fh.handle_bytes = JS_MAX_HANDLE_SZ;
	CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt,
				      JS_AT_HANDLE_CONNECTABLE), 0);
	h.fh.handle_bytes = JS_MAX_HANDLE_SZ + 1;
	CHECK_EQ(js_name_to_handle_at(JS_AT_FDCWD, "f", &h.fh, &mnt, 0), -JS_EINVAL);
	js_close((int)dfd);
	leave();
}

static void t_fanotify(void)
{
	_Alignas(8) unsigned char buf[4096];
	struct js_fanotify_event_metadata m;
	const unsigned char *rec;
	size_t pos = 0;
	long fan, fd, n, r;
	int seen = 0;

	enter("fanotify");
	put("f", "x");
	fan = js_fanotify_init(JS_FAN_CLASS_NOTIF | JS_FAN_CLOEXEC | JS_FAN_NONBLOCK,
			       JS_O_RDONLY);
	if (qemu_gap(fan)) {
		CHECK_EQ(js_fanotify_mark(3, JS_FAN_MARK_ADD, JS_FAN_OPEN, JS_AT_FDCWD, "f"),
			 -JS_ENOSYS);
		jt_not_run("qemu-user 7.2 has no fanotify");
		leave();
		return;
	}
	if (js_geteuid() != 0) {
		CHECK_EQ(fan, -JS_EPERM);
		leave();
		return;
	}
	CHECK(fan >= 0);
	CHECK_EQ(js_fanotify_mark((int)fan, JS_FAN_MARK_ADD, JS_FAN_OPEN | JS_FAN_CLOSE_WRITE,
				  JS_AT_FDCWD, "f"), 0);
	CHECK_EQ(js_fanotify_mark((int)fan, JS_FAN_MARK_ADD, 1ULL << 40, JS_AT_FDCWD, "f"),
		 -JS_EINVAL);
	CHECK_EQ(js_fanotify_mark((int)fan, JS_FAN_MARK_ADD, JS_FAN_OPEN, JS_AT_FDCWD,
				  "missing"), -JS_ENOENT);
	fd = js_open("f", JS_O_WRONLY);
	CHECK(fd >= 0);
	js_close((int)fd);
	n = js_read((int)fan, buf, sizeof buf);
	/* One record or two: the group may merge the open and the close. */
	CHECK(n >= JS_FAN_EVENT_METADATA_LEN);
	while ((r = js_fanotify_next(buf, n, &pos, &m, &rec)) > 0) {
		CHECK_EQ(m.vers, JS_FANOTIFY_METADATA_VERSION);
		CHECK_EQ(m.pid, js_getpid());
		CHECK(m.fd >= 0);
		if (m.mask & JS_FAN_OPEN)
			seen |= 1;
		if (m.mask & JS_FAN_CLOSE_WRITE)
			seen |= 2;
		CHECK(rec == buf + pos - m.event_len);
		js_close(m.fd);
	}
	CHECK_EQ(r, 0);
	CHECK_EQ(seen, 3);
	CHECK_EQ(js_fanotify_init(0xfff00000u, 0), -JS_EINVAL);
	/* The newer init flags are ones this kernel knows (an unknown bit is
	 * -EINVAL, as the row above). */
	r = js_fanotify_init(JS_FAN_CLASS_NOTIF | JS_FAN_REPORT_FD_ERROR, JS_O_RDONLY);
	/* Older kernels (make check-boot's 6.1): FAN_REPORT_FD_ERROR is
	 * Linux 6.13's, FAN_REPORT_MNT 6.14's; -EINVAL before. */
	if (jt_kernel_before(6, 13)) {
		CHECK_EQ(r, -JS_EINVAL);
		CHECK_EQ(js_fanotify_init(JS_FAN_REPORT_MNT, 0), -JS_EINVAL);
		jt_not_run("FAN_REPORT_FD_ERROR (6.13) and FAN_REPORT_MNT (6.14): -EINVAL asserted");
		js_close((int)fan);
		leave();
		return;
	}
	CHECK(r >= 0);
	js_close((int)r);
	r = js_fanotify_init(JS_FAN_REPORT_MNT, 0);
	CHECK(r >= 0);
	if (r >= 0) {
		CHECK_EQ(js_fanotify_mark((int)r, JS_FAN_MARK_ADD | JS_FAN_MARK_MNTNS,
					  JS_FAN_MNT_ATTACH | JS_FAN_MNT_DETACH,
					  JS_AT_FDCWD, "/proc/self/ns/mnt"), 0);
		js_close((int)r);
	}
	CHECK_EQ(js_fanotify_mark(-1, JS_FAN_MARK_ADD, JS_FAN_OPEN, JS_AT_FDCWD, "f"),
		 -JS_EBADF);
	js_close((int)fan);
	leave();
}

/* The iterator on buffers that are not what the kernel wrote. */
static void t_fanotify_next_hostile(void)
{
	_Alignas(8) unsigned char b[64];
	struct js_fanotify_event_metadata m;
	const unsigned char *rec;
	size_t pos = 0;

	fill(b, 0, sizeof b);
	CHECK_EQ(js_fanotify_next(b, 0, &pos, &m, &rec), 0);
	CHECK_EQ(js_fanotify_next(b, 10, &pos, &m, &rec), -JS_EINVAL); /* short */
	b[0] = 24; b[4] = 3; b[6] = 24;                /* a minimal record */
	CHECK_EQ(js_fanotify_next(b, 24, &pos, &m, &rec), 1);
	CHECK_EQ(pos, 24);
	CHECK_EQ(js_fanotify_next(b, 24, &pos, &m, &rec), 0);
	pos = 0;
	b[0] = 200;                                    /* past the end */
	CHECK_EQ(js_fanotify_next(b, 64, &pos, &m, &rec), -JS_EINVAL);
	b[0] = 0xff; b[3] = 0xff;                      /* huge: no wrap */
	CHECK_EQ(js_fanotify_next(b, 64, &pos, &m, &rec), -JS_EINVAL);
	b[0] = 24; b[3] = 0; b[6] = 32;                /* metadata > event */
	CHECK_EQ(js_fanotify_next(b, 64, &pos, &m, &rec), -JS_EINVAL);
	b[6] = 24; b[4] = 2;                           /* old version */
	CHECK_EQ(js_fanotify_next(b, 64, &pos, &m, &rec), -JS_EINVAL);
	b[4] = 3; b[0] = 28;                           /* 4-aligned next one */
	b[28] = 24; b[32] = 3; b[34] = 24;
	CHECK_EQ(js_fanotify_next(b, 52, &pos, &m, &rec), 1);
	CHECK_EQ(js_fanotify_next(b, 52, &pos, &m, &rec), 1);
	CHECK(rec == b + 28);
	CHECK_EQ(pos, 52);
	pos = 60;
	CHECK_EQ(js_fanotify_next(b, 52, &pos, &m, &rec), -JS_EINVAL);
	CHECK_EQ(js_fanotify_next(b, -1, &pos, &m, &rec), -JS_EINVAL);
	CHECK_EQ(js_fanotify_next(0, 10, &pos, &m, &rec), -JS_EFAULT);
	CHECK_EQ(js_fanotify_next(b, 10, 0, &m, &rec), -JS_EFAULT);
	CHECK_EQ(js_fanotify_next(b, 10, &pos, 0, &rec), -JS_EFAULT);
	CHECK_EQ(js_fanotify_next(b, 10, &pos, &m, 0), -JS_EFAULT);
}

static void t_quota(void)
{
	struct js_dqinfo qi;
	long dfd = js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);
	long r;

	CHECK(dfd >= 0);
	r = js_quotactl(JS_QCMD(JS_Q_GETINFO, JS_USRQUOTA), "/nonexistent", 0, &qi);
	if (qemu_gap(r)) {
		CHECK_EQ(js_quotactl_fd((unsigned)dfd, (unsigned)JS_QCMD(JS_Q_GETINFO,
				JS_USRQUOTA), 0, &qi), -JS_ENOSYS);
		jt_not_run("qemu-user 7.2 has no quotactl, quotactl_fd");
		js_close((int)dfd);
		return;
	}
	CHECK_EQ(r, -JS_ENOENT);
	CHECK_EQ(js_quotactl(JS_QCMD(0x7777, JS_USRQUOTA), "/nonexistent", 0, &qi),
		 -JS_ENOENT);
	r = js_quotactl_fd((unsigned)dfd, (unsigned)JS_QCMD(JS_Q_GETINFO, JS_USRQUOTA), 0, &qi);
	/* quota off (or on) for this fs; a tmpfs mounted without quota
	 * options (make check-boot's) has no quota operations at all. */
	if (on_tmpfs((int)dfd))
		CHECK_EQ(r, -JS_ENOSYS);
	else
		CHECK(r == -JS_ESRCH || r == 0);
	CHECK_EQ(js_quotactl_fd(~0u, (unsigned)JS_QCMD(JS_Q_GETINFO, JS_USRQUOTA), 0, &qi),
		 -JS_EBADF);
	js_close((int)dfd);
}

/* Accounting on into a file for as long as a child takes to exit: the
 * kernel appends its record (struct acct_v3, 64 bytes, ac_version 3 in
 * its second byte; kernel/acct.c). */
static void acct_record(void)
{
	struct js_stat st;
	unsigned char rec[64];
	long pid, fd;
	int status;

	enter("acct");
	fd = js_creat("log", 0600);
	CHECK(fd >= 0);
	js_close((int)fd);
	CHECK_EQ(js_acct("log"), 0);
	pid = js_fork();
	if (pid == 0)
		js_exit(0);
	CHECK_EQ(js_wait4((int)pid, &status, 0, 0), pid);
	CHECK_EQ(js_acct(0), 0);
	CHECK_EQ(js_stat("log", &st), 0);
	CHECK(st.st_size >= 64 && st.st_size % 64 == 0);
	fd = js_open("log", JS_O_RDONLY);
	CHECK_EQ(js_read((int)fd, rec, sizeof rec), 64);
	CHECK_EQ(rec[1] & 0x7f, 3);
	js_close((int)fd);
	leave();
}

static void t_swap_acct(void)
{
	if (js_geteuid() == 0) {
		CHECK_EQ(js_swapon("missing", 0), -JS_ENOENT);
		put("notswap", "not a swap area");
		CHECK_EQ(js_swapon("notswap", JS_SWAP_FLAG_PREFER | 5), -JS_EINVAL);
		CHECK_EQ(js_swapoff("notswap"), -JS_EINVAL);
		CHECK_EQ(js_swapoff("missing"), -JS_ENOENT);
		CHECK_EQ(js_acct("missing/x"), -JS_ENOENT);
		CHECK_EQ(js_acct(0), 0);  /* off, which it already was */
		acct_record();
	} else {
		CHECK_EQ(js_swapon("missing", 0), -JS_EPERM);
		CHECK_EQ(js_acct(0), -JS_EPERM);
	}
}

static void t_cachestat(void)
{
	struct js_cachestat_range rg = { 0, 0 };
	struct js_cachestat cs;
	long fd, r;

	enter("cachestat");
	fd = js_open("f", JS_O_RDWR | JS_O_CREAT, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(js_write_all((int)fd, big, 65536), 65536);
	r = js_cachestat((unsigned)fd, &rg, &cs, 0);
	if (lacks(r, 6, 5)) {
		jt_not_run("qemu-user 7.2 or this kernel has no cachestat (Linux 6.5)");
		js_close((int)fd);
		leave();
		return;
	}
	CHECK_EQ(r, 0);
	CHECK_EQ(cs.nr_cache, 16);  /* 64 KiB just written: 16 pages cached */
	CHECK(cs.nr_dirty + cs.nr_writeback <= 16);
	CHECK_EQ(js_fsync((int)fd), 0);
	CHECK_EQ(js_cachestat((unsigned)fd, &rg, &cs, 0), 0);
	CHECK_EQ(cs.nr_dirty, 0);
	rg.len = 4096;
	CHECK_EQ(js_cachestat((unsigned)fd, &rg, &cs, 0), 0);
	CHECK_EQ(cs.nr_cache, 1);
	CHECK_EQ(js_cachestat((unsigned)fd, &rg, &cs, 1), -JS_EINVAL);
	CHECK_EQ(js_cachestat(~0u, &rg, &cs, 0), -JS_EBADF);
	CHECK_EQ(js_cachestat((unsigned)fd, 0, &cs, 0), -JS_EFAULT);
	js_close((int)fd);
	leave();
}

/* statmount/listmount (6.8): "/" found both ways, with statx's unique
 * mount id (STATX_MNT_ID_UNIQUE, 6.8) as the link between them. */
static void t_statmount_listmount(void)
{
	static _Alignas(8) char sbuf[4096];
	struct js_statmount *sm = (struct js_statmount *)sbuf;
	struct js_mnt_id_req req = { JS_MNT_ID_REQ_SIZE_VER0, 0, JS_LSMT_ROOT, 0, 0 };
	uint64_t ids[256];
	struct js_statx stx;
	long n, r;
	int found = 0;

	n = js_listmount(&req, ids, 256, 0);
	if (lacks(n, 6, 8)) {
		CHECK_EQ(js_statmount(&req, sm, sizeof sbuf, 0), -JS_ENOSYS);
		jt_not_run("qemu-user 7.2 or this kernel has no statmount, listmount (Linux 6.8)");
		return;
	}
	CHECK(n >= 1);
	CHECK_EQ(js_statx(JS_AT_FDCWD, "/", 0, 0x4000 /* STATX_MNT_ID_UNIQUE */, &stx), 0);
	for (long i = 0; i < n; i++)
		found |= ids[i] == stx.stx_mnt_id;
	req.mnt_id = stx.stx_mnt_id;
	req.param = JS_STATMOUNT_SB_BASIC | JS_STATMOUNT_MNT_BASIC |
		    JS_STATMOUNT_MNT_POINT | JS_STATMOUNT_FS_TYPE;
	r = js_statmount(&req, sm, sizeof sbuf, 0);
	CHECK_EQ(r, 0);
	CHECK(sm->size > sizeof *sm && sm->size <= sizeof sbuf);
	CHECK_EQ(sm->mnt_id, stx.stx_mnt_id);
	CHECK(sm->mask & JS_STATMOUNT_MNT_POINT);
	CHECK(sm->mnt_point < sm->size - sizeof *sm);
	CHECK_STR(sm->str + sm->mnt_point, "/");
	CHECK_EQ(sm->sb_dev_major, stx.stx_dev_major);
	CHECK_EQ(sm->sb_dev_minor, stx.stx_dev_minor);
	/* The root's children are what listmount(LSMT_ROOT) listed; "/"
	 * itself is one of them unless it is the namespace's root mount. */
	CHECK(found || sm->mnt_parent_id == sm->mnt_id);
	/* mnt_ns_fd (6.18; "spare", which had to be 0, before) names the
	 * namespace by an fd. */
	{
		long ns = js_open("/proc/self/ns/mnt", JS_O_RDONLY);
		struct js_mnt_id_req q = { JS_MNT_ID_REQ_SIZE_VER0, 0, JS_LSMT_ROOT, 0, 0 };

		CHECK(ns >= 0);
		q.mnt_ns_fd = (uint32_t)ns;
		CHECK_EQ(js_listmount(&q, ids, 256, 0), n);
		q.mnt_ns_fd = 0x7fffffff;
		CHECK_EQ(js_listmount(&q, ids, 256, 0), -JS_EBADF);
		js_close((int)ns);
	}
	/* LISTMOUNT_REVERSE (6.14): the same ids, last first. */
	{
		uint64_t rev[256];

		req.mnt_id = JS_LSMT_ROOT;
		req.param = 0;
		CHECK_EQ(js_listmount(&req, rev, 256, JS_LISTMOUNT_REVERSE), n);
		for (long i = 0; i < n && n <= 256; i++)
			CHECK_EQ(rev[i], ids[n - 1 - i]);
		req.mnt_id = stx.stx_mnt_id;
	}
	/* This kernel supports exactly the JS_STATMOUNT_* mask bits. */
	req.param = JS_STATMOUNT_SUPPORTED_MASK;
	CHECK_EQ(js_statmount(&req, sm, sizeof sbuf, 0), 0);
	CHECK_EQ(sm->supported_mask, 0x7fff);
	req.size = 8;
	CHECK_EQ(js_statmount(&req, sm, sizeof sbuf, 0), -JS_EINVAL);
	req.size = JS_MNT_ID_REQ_SIZE_VER0;
	CHECK_EQ(js_statmount(&req, sm, sizeof sbuf, 0x80), -JS_EINVAL);
	req.mnt_id = 1;  /* below the first unique id */
	CHECK_EQ(js_statmount(&req, sm, sizeof sbuf, 0), -JS_EINVAL);
	req.mnt_id = stx.stx_mnt_id + (1UL << 40);  /* no such mount */
	CHECK_EQ(js_statmount(&req, sm, sizeof sbuf, 0), -JS_ENOENT);
	CHECK_EQ(js_listmount(0, ids, 256, 0), -JS_EFAULT);
}

/* file_getattr/file_setattr (6.17); ext4 and tmpfs both know
 * FS_XFLAG_NODUMP. */
static void t_file_attr(void)
{
	struct js_file_attr fa;
	long r;

	enter("file_attr");
	put("f", "x");
	fill(&fa, 0xff, sizeof fa);
	r = js_file_getattr(JS_AT_FDCWD, "f", &fa, sizeof fa, 0);
	if (lacks(r, 6, 17)) {
		CHECK_EQ(js_file_setattr(JS_AT_FDCWD, "f", &fa, sizeof fa, 0), -JS_ENOSYS);
		jt_not_run("qemu-user 7.2 or this kernel has no file_getattr, file_setattr (Linux 6.17)");
		leave();
		return;
	}
	CHECK_EQ(r, 0);
	CHECK_EQ(fa.fa_xflags & JS_FS_XFLAG_NODUMP, 0);
	fa.fa_xflags |= JS_FS_XFLAG_NODUMP;
	r = js_file_setattr(JS_AT_FDCWD, "f", &fa, sizeof fa, 0);
	CHECK_EQ(r, 0);
	CHECK_EQ(js_file_getattr(JS_AT_FDCWD, "f", &fa, sizeof fa, 0), 0);
	CHECK(fa.fa_xflags & JS_FS_XFLAG_NODUMP);
	CHECK_EQ(js_file_getattr(JS_AT_FDCWD, "f", &fa, 16, 0), -JS_EINVAL);
	CHECK_EQ(js_file_getattr(JS_AT_FDCWD, "f", &fa, sizeof fa, 0x1), -JS_EINVAL);
	CHECK_EQ(js_file_getattr(JS_AT_FDCWD, "missing", &fa, sizeof fa, 0), -JS_ENOENT);
	CHECK_EQ(js_file_setattr(-1, "f", &fa, sizeof fa, 0), -JS_EBADF);
	leave();
}

JT_MAIN(T(t_statfs), T(t_makedev), T(t_mknod), T(t_creat), T(t_futimesat),
	T(t_fallocate), T(t_flock), T(t_fadvise_readahead_sync), T(t_splice),
	T(t_tee_vmsplice), T(t_preadv_pwritev), T(t_preadv2_pwritev2), T(t_rwf_flags),
	T(t_close_range), T(t_openat2), T(t_xattr), T(t_xattrat), T(t_handles),
	T(t_fanotify), T(t_fanotify_next_hostile), T(t_quota), T(t_swap_acct),
	T(t_cachestat), T(t_statmount_listmount), T(t_file_attr))
