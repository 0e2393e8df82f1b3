/* STAND-IN for examples/switch-root (written on another branch): only
 * what make check-boot needs, under a name that is not the real
 * program's.  standin_switch_root NEWROOT INIT [ARGS]: moves /proc, /sys,
 * /dev and /run into NEWROOT, deletes the initramfs's files (not crossing
 * into other mounts), makes NEWROOT the root and execs INIT. */
#include <libjs/libjs.h>

static void wipe(int dirfd, unsigned long dev)
{
	static unsigned long long buf[JS_DIR_BUFSIZE / 8];
	const struct js_linux_dirent64 *e;
	struct js_dir d;
	struct js_stat st;

	if (js_dir_openat(&d, dirfd, ".", buf, sizeof buf) < 0)
		return;
	while (js_dir_read(&d, &e) > 0) {
		const char *n = e->d_name;

		if (n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])))
			continue;
		if (js_fstatat(dirfd, n, &st, JS_AT_SYMLINK_NOFOLLOW) < 0 || st.st_dev != dev)
			continue;
		if (JS_S_ISDIR(st.st_mode)) {
			long fd = js_openat(dirfd, n, JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);

			if (fd >= 0) {
				wipe((int)fd, dev);
				js_close((int)fd);
			}
			js_unlinkat(dirfd, n, JS_AT_REMOVEDIR);
		} else {
			js_unlinkat(dirfd, n, 0);
		}
	}
	js_dir_close(&d);
}

int main(int argc, char **argv)
{
	static const char *const moved[] = { "/proc", "/sys", "/dev", "/run" };
	char to[256];
	struct js_stat st;
	long r, root;

	if (argc < 3) {
		js_dprintf(2, "usage: standin_switch_root NEWROOT INIT [ARGS]\n");
		return 1;
	}
	for (unsigned i = 0; i < sizeof moved / sizeof moved[0]; i++) {
		js_snprintf(to, sizeof to, "%s%s", argv[1], moved[i]);
		r = js_mount(moved[i], to, 0, JS_MS_MOVE, 0);
		if (r < 0)
			js_dprintf(2, "switch-root: move %s: %s\n", moved[i], js_strerror(r));
	}
	root = js_open("/", JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
	if (root < 0 || js_fstat((int)root, &st) < 0)
		return 1;
	if (js_chdir(argv[1]) < 0)
		return 1;
	wipe((int)root, st.st_dev);
	js_close((int)root);
	r = js_mount(".", "/", 0, JS_MS_MOVE, 0);
	if (r == 0)
		r = js_chroot(".");
	if (r == 0)
		r = js_chdir("/");
	if (r < 0) {
		js_dprintf(2, "switch-root: %s: %s\n", argv[1], js_strerror(r));
		return 1;
	}
	r = js_execve(argv[2], argv + 2, js_environ);
	js_dprintf(2, "switch-root: %s: %s\n", argv[2], js_strerror(r));
	return 1;
}
