/* The first stage of make check-boot (docs/boot.md): the command init
 * runs from the initramfs.  It makes the second root (a tmpfs at
 * /newroot), copies the initramfs's programs and files into it (/bin,
 * /etc, /usr, /tests) with the mount points switch-root moves the kernel
 * file systems to, and execs switch-root, which runs /bin/suite there. */
#include <libjs/libjs.h>

#define NEWROOT "/newroot"

static long copy_file(int from_dir, const char *name, int to_dir, unsigned mode)
{
	char buf[16384];
	long in = js_openat(from_dir, name, JS_O_RDONLY | JS_O_CLOEXEC), out, r;

	if (in < 0)
		return in;
	out = js_openat(to_dir, name, JS_O_WRONLY | JS_O_CREAT | JS_O_EXCL | JS_O_CLOEXEC, mode);
	if (out < 0) {
		js_close((int)in);
		return out;
	}
	while ((r = js_read((int)in, buf, sizeof buf)) > 0) {
		long w = js_write((int)out, buf, (size_t)r);

		if (w != r) {
			r = w < 0 ? w : -JS_EIO;
			break;
		}
	}
	js_close((int)in);
	js_close((int)out);
	return r;
}

/* Copies the directory tree FROM into TO (which exists): directories and
 * regular files, with their modes; 0 or the first -errno. */
static long copy_tree(int from, int to)
{
	unsigned long long buf[JS_DIR_BUFSIZE / 8];
	const struct js_linux_dirent64 *e;
	struct js_dir d;
	struct js_stat st;
	long r = js_dir_openat(&d, from, ".", buf, sizeof buf);

	if (r < 0)
		return r;
	while (r >= 0 && (r = js_dir_read(&d, &e)) > 0) {
		const char *n = e->d_name;

		if (n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])))
			continue;
		r = js_fstatat(from, n, &st, JS_AT_SYMLINK_NOFOLLOW);
		if (r < 0)
			break;
		if (JS_S_ISDIR(st.st_mode)) {
			long a, b;

			r = js_mkdirat(to, n, st.st_mode & 07777);
			a = js_openat(from, n, JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
			b = js_openat(to, n, JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
			if (r == 0 && a >= 0 && b >= 0)
				r = copy_tree((int)a, (int)b);
			else if (r == 0)
				r = a < 0 ? a : b;
			if (a >= 0)
				js_close((int)a);
			if (b >= 0)
				js_close((int)b);
		} else if (JS_S_ISREG(st.st_mode)) {
			r = copy_file(from, n, to, st.st_mode & 07777);
		}
	}
	js_dir_close(&d);
	return r;
}

/* A machine without a real-time clock (the riscv64 kernel's virt board,
 * tinyconfig with no RTC driver) starts in 1970, and tests compare file
 * times with today.  The host puts its time on the kernel command line
 * (JS_BOOT_EPOCH=seconds, which the kernel hands to init's environment
 * and init to its command); the clock is set from it only when it is
 * behind, as fake-hwclock does on boards without an RTC. */
static void clock_from_host(void)
{
	const char *e = js_getenv("JS_BOOT_EPOCH");
	struct js_timespec now, host = { 0, 0 };
	int err = 0;
	long r;

	if (!e)
		return;
	host.tv_sec = js_strtol(e, 0, 10, &err);
	if (err || js_clock_gettime(JS_CLOCK_REALTIME, &now) < 0 || now.tv_sec >= host.tv_sec)
		return;
	r = js_clock_settime(JS_CLOCK_REALTIME, &host);
	js_dprintf(1, "stage: no real-time clock (%ld s after 1970): set to the host's time: %s\n",
		   (long)now.tv_sec, r < 0 ? js_strerror(r) : "done");
}

int main(void)
{
	static const char *const copied[] = { "bin", "etc", "usr", "tests" };
	static const char *const made[] = { "proc", "sys", "dev", "run", "tmp" };
	long r, root;

	clock_from_host();
	js_mkdir(NEWROOT, 0755);
	r = js_mount("newroot", NEWROOT, "tmpfs", 0, "mode=0755");
	root = r < 0 ? r : js_open(NEWROOT, JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
	if (root < 0) {
		js_dprintf(1, "stage: %s: %s\n", NEWROOT, js_strerror(root));
		return 2;
	}
	for (unsigned i = 0; i < sizeof made / sizeof made[0]; i++)
		js_mkdirat((int)root, made[i], i == 4 ? 01777 : 0755);
	for (unsigned i = 0; i < sizeof copied / sizeof copied[0]; i++) {
		long from = js_open(copied[i], JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC), to;

		r = from;
		if (from >= 0) {
			r = js_mkdirat((int)root, copied[i], 0755);
			to = js_openat((int)root, copied[i], JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
			r = r < 0 ? r : to < 0 ? to : copy_tree((int)from, (int)to);
			if (to >= 0)
				js_close((int)to);
			js_close((int)from);
		}
		if (r < 0) {
			js_dprintf(1, "stage: copying /%s: %s\n", copied[i], js_strerror(r));
			return 2;
		}
	}
	js_close((int)root);
	js_dprintf(1, "stage: %s populated, switching root\n", NEWROOT);

	char *argv[] = { "switch-root", NEWROOT, "/bin/suite", 0 };

	r = js_execve("/bin/switch-root", argv, js_environ);
	js_dprintf(1, "stage: /bin/switch-root: %s\n", js_strerror(r));
	return 2;
}
