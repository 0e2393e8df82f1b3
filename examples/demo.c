/* `make demo`: a tour of libjs on the real machine, with no libc at all.
 * Prints the current directory, lists /, stats a few files, builds and
 * removes a small tree under /tmp, and shows what an error looks like.
 * Exits 0 when every step did what it should, 1 otherwise; the /tmp tree
 * is removed on every path. */
#include <libjs/libjs.h>

/* ---- Output: buffered through a js_out, numbers by js_out_printf ------- */

static char outbuf[4096];
static struct js_out out = { outbuf, sizeof outbuf, 0, 1, 0 };
static int failures;

static void flush(void)
{
	js_out_flush(&out);
}

static void put(const char *s)
{
	js_out_str(&out, s);
}

/* v in base 8 or 10, at least width digits (zero-padded for base 8,
 * space-padded for base 10), right-aligned. */
static void putnum(long v, unsigned base, int width)
{
	if (base == 8)
		js_out_printf(&out, "%0*lo", width, (unsigned long)v);
	else
		js_out_printf(&out, "%*ld", width, v);
}

static void nl(void)
{
	put("\n");
	flush();
}

/* "what: -2 ENOENT (No such file or directory)": how a libjs error reads. */
static void put_err(long r)
{
	putnum(r, 10, 0);
	put(" ");
	put(js_errname(r));
	put(" (");
	put(js_strerror(r));
	put(")");
}

/* One step: prints "  what = r" or the error; counts a result that is not
 * what the step expects (ok: success wanted, or the exact -errno wanted). */
static long step(const char *what, long r, long want)
{
	int good = want == 0 ? r >= 0 : r == want;

	put(good ? "  " : "! ");
	put(what);
	put(": ");
	if (r < 0)
		put_err(r);
	else
		putnum(r, 10, 0);
	if (!good) {
		put("   <- expected ");
		if (want)
			put(js_errname(want));
		else
			put("success");
		failures++;
	}
	nl();
	return r;
}

static void cat2(char *dst, const char *a, const char *b)
{
	while (*a)
		*dst++ = *a++;
	while (*b)
		*dst++ = *b++;
	*dst = 0;
}

/* ---- The tour --------------------------------------------------------- */

static void show_cwd(void)
{
	char buf[JS_PATH_MAX];
	long n = js_cwd(buf, sizeof buf);

	put("== js_cwd: the current directory\n  ");
	if (n < 0) {
		put_err(n);
		failures++;
	} else {
		put(buf);
		put("  (");
		putnum(n, 10, 0);
		put(" bytes)");
	}
	nl();
}

static char type_char(unsigned char t)
{
	switch (t) {
	case JS_DT_DIR: return 'd';
	case JS_DT_REG: return '-';
	case JS_DT_LNK: return 'l';
	case JS_DT_CHR: return 'c';
	case JS_DT_BLK: return 'b';
	case JS_DT_FIFO: return 'p';
	case JS_DT_SOCK: return 's';
	default: return '?';
	}
}

static void list_dir(const char *path)
{
	/* The iterator reads into our buffer; 8-aligned as entries are. */
	static unsigned long long buf[JS_DIR_BUFSIZE / 8];
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	long r, n = 0;

	put("== js_dir_open/js_dir_read: the entries of ");
	put(path);
	put(" (d dir, - file, l symlink)\n");
	r = js_dir_open(&d, path, buf, sizeof buf);
	if (r < 0) {
		step("js_dir_open", r, 0);
		return;
	}
	while ((r = js_dir_read(&d, &e)) > 0) {
		char t[2] = { type_char(e->d_type), 0 };

		put("  ");
		put(t);
		put("  ");
		put(e->d_name);
		nl();
		n++;
	}
	if (r < 0)
		step("js_dir_read", r, 0);
	step("js_dir_close", js_dir_close(&d), 0);
	put("  ");
	putnum(n, 10, 0);
	put(" entries, read in one buffer of ");
	putnum(sizeof buf, 10, 0);
	put(" bytes");
	nl();
}

static const char *type_name(unsigned int mode)
{
	switch (mode & JS_S_IFMT) {
	case JS_S_IFDIR: return "directory";
	case JS_S_IFREG: return "regular file";
	case JS_S_IFLNK: return "symbolic link";
	case JS_S_IFCHR: return "character device";
	case JS_S_IFBLK: return "block device";
	case JS_S_IFIFO: return "fifo";
	case JS_S_IFSOCK: return "socket";
	default: return "unknown";
	}
}

static void show_stat(const char *call, const char *path, long r,
		      const struct js_stat *st)
{
	put("  ");
	put(call);
	put(path);
	put(": ");
	if (r < 0) {
		put_err(r);
		failures++;
		nl();
		return;
	}
	put("size ");
	putnum(st->st_size, 10, 0);
	put(", mode ");
	putnum(st->st_mode & 07777, 8, 4);
	put(", ");
	put(type_name(st->st_mode));
	put(", inode ");
	putnum((long)st->st_ino, 10, 0);
	put(", links ");
	putnum((long)st->st_nlink, 10, 0);
	nl();
}

static void stat_files(void)
{
	static const char *const paths[] = { "/etc/passwd", "/dev/null", "/tmp", "/" };
	struct js_stat st;
	unsigned i;

	put("== js_stat / js_lstat: size, permission bits in octal, type\n");
	for (i = 0; i < sizeof paths / sizeof paths[0]; i++)
		show_stat("stat  ", paths[i], js_stat(paths[i], &st), &st);
	/* /proc/self/exe is a symlink: lstat sees the link, stat its target. */
	show_stat("lstat ", "/proc/self/exe", js_lstat("/proc/self/exe", &st), &st);
	show_stat("stat  ", "/proc/self/exe", js_stat("/proc/self/exe", &st), &st);
}

/* A tree under /tmp, made and removed again:
 *   libjs-demo.PID/            mkdir 0755
 *   libjs-demo.PID/sub/        mkdir 0700
 *   libjs-demo.PID/a.txt       open O_CREAT|O_EXCL 0640, write, close
 *   libjs-demo.PID/b.txt       rename a.txt -> b.txt
 *   libjs-demo.PID/sub/hard    link b.txt
 *   libjs-demo.PID/sym         symlink -> b.txt, readlink */
static void temp_tree(void)
{
	static const char text[] = "written by libjs, no libc\n";
	char top[64], dir[80], sub[96], a[96], b[96], hard[112], sym[96];
	char link[64], pid[24];
	struct js_stat st;
	long fd, r;
	int i = sizeof pid - 1;
	long p = js_getpid();

	pid[i] = 0;
	do
		pid[--i] = (char)('0' + p % 10);
	while (p /= 10);
	cat2(top, "/tmp/libjs-demo.", pid + i);
	cat2(dir, top, "");
	cat2(sub, dir, "/sub");
	cat2(a, dir, "/a.txt");
	cat2(b, dir, "/b.txt");
	cat2(hard, sub, "/hard");
	cat2(sym, dir, "/sym");

	put("== a temporary tree in ");
	put(dir);
	nl();
	step("mkdir  dir 0755", js_mkdir(dir, 0755), 0);
	step("mkdir  dir again", js_mkdir(dir, 0755), -JS_EEXIST);
	step("mkdir  dir/sub 0700", js_mkdir(sub, 0700), 0);
	fd = step("open   a.txt O_WRONLY|O_CREAT|O_EXCL 0640 (fd)",
		  js_open(a, JS_O_WRONLY | JS_O_CREAT | JS_O_EXCL | JS_O_CLOEXEC, 0640), 0);
	if (fd >= 0) {
		step("write  a.txt (bytes)", js_write_all((int)fd, text, sizeof text - 1), 0);
		r = js_fstat((int)fd, &st);
		show_stat("fstat ", "a.txt", r, &st);
		if (r == 0 && (st.st_size != sizeof text - 1 || (st.st_mode & 0777 & ~0640u)))
			step("fstat  size and mode as written", -JS_EIO, 0);
		step("close  a.txt", js_close((int)fd), 0);
	}
	step("rename a.txt -> b.txt", js_rename(a, b), 0);
	step("stat   a.txt after rename", js_stat(a, &st), -JS_ENOENT);
	step("link   b.txt -> sub/hard", js_link(b, hard), 0);
	r = js_stat(b, &st);
	show_stat("stat  ", "b.txt", r, &st);
	if (r == 0 && st.st_nlink != 2)
		step("stat   b.txt has 2 links", -JS_EIO, 0);
	step("symlink sym -> b.txt", js_symlink("b.txt", sym), 0);
	r = step("readlink sym (bytes)", js_readlink(sym, link, sizeof link - 1), 0);
	if (r >= 0) {
		link[r] = 0;
		put("  readlink says: ");
		put(link);
		nl();
	}
	step("rmdir  dir while full", js_rmdir(dir), -JS_ENOTEMPTY);

	put("== removing it again\n");
	step("unlink sym", js_unlink(sym), 0);
	step("unlink sub/hard", js_unlink(hard), 0);
	step("unlink b.txt", js_unlink(b), 0);
	step("rmdir  sub", js_rmdir(sub), 0);
	step("rmdir  dir", js_rmdir(dir), 0);
	step("stat   dir is gone", js_stat(dir, &st), -JS_ENOENT);
	/* Whatever failed above, leave nothing behind. */
	js_unlink(sym);
	js_unlink(hard);
	js_unlink(a);
	js_unlink(b);
	js_rmdir(sub);
	js_rmdir(dir);
}

static void errors(void)
{
	char buf[8];
	long r;

	put("== errors: every call returns -errno; no errno global\n");
	r = js_open("/nonexistent", JS_O_RDONLY);
	put("  open /nonexistent: ");
	put_err(r);
	nl();
	if (r != -JS_ENOENT)
		failures++;
	step("read   fd 12345", js_read(12345, buf, sizeof buf), -JS_EBADF);
	step("write_str NULL", js_write_str(1, 0), -JS_EFAULT);
	step("open   /etc/passwd/x", js_open("/etc/passwd/x", JS_O_RDONLY), -JS_ENOTDIR);
}

int main(int argc, char **argv)
{
	(void)argc;
	put("libjs demo: ");
	put(argv[0]);
	put(", no libc underneath");
	nl();
	show_cwd();
	list_dir("/");
	stat_files();
	temp_tree();
	errors();
	if (failures) {
		putnum(failures, 10, 0);
		put(" step(s) did not do what they should");
	} else {
		put("all steps did what they should");
	}
	nl();
	return failures != 0;
}
