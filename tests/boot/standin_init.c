/* STAND-IN for examples/init (issue 15's real PID 1, written on another
 * branch): only what make check-boot needs, under a name that is not the
 * real program's.  Mounts the kernel file systems, runs its arguments
 * (after an optional "--") as a child, reaps until that child exits, logs
 * the lines the boot test reads, and powers off. */
#include <libjs/libjs.h>

static void mnt(const char *src, const char *dir, const char *type, const char *data)
{
	long r;

	js_mkdir(dir, 0755);
	r = js_mount(src, dir, type, JS_MS_NOSUID, data);
	if (r < 0)
		js_dprintf(1, "init: mount %s: %s\n", dir, js_strerror(r));
}

int main(int argc, char **argv)
{
	int st = 0, i = 1;
	long pid, r;

	mnt("proc", "/proc", "proc", 0);
	mnt("sysfs", "/sys", "sysfs", 0);
	mnt("devtmpfs", "/dev", "devtmpfs", 0);
	mnt("devpts", "/dev/pts", "devpts", 0);
	mnt("tmpfs", "/run", "tmpfs", "mode=0755");
	/* An initramfs without /dev/console starts init with no fds 0-2. */
	if (js_fcntl(0, JS_F_GETFD) < 0) {
		long c = js_open("/dev/console", JS_O_RDWR);

		if (c == 0) {
			js_dup2(0, 1);
			js_dup2(0, 2);
		}
	}
	if (i < argc && js_strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc) {
		js_dprintf(1, "init: no command\n");
	} else {
		js_dprintf(1, "init: running %s\n", argv[i]);
		pid = js_fork();
		if (pid == 0) {
			js_setsid();
			r = js_execve(argv[i], argv + i, js_environ);
			js_dprintf(1, "init: %s: %s\n", argv[i], js_strerror(r));
			js_exit_group(127);
		}
		while ((r = js_wait4(-1, &st, 0, 0)) != pid)
			if (r == -JS_ECHILD)
				break;
		js_dprintf(1, "init: child exited with status %d\n",
			   JS_WIFEXITED(st) ? JS_WEXITSTATUS(st) : 128 + JS_WTERMSIG(st));
	}
	js_kill(-1, JS_SIGKILL);
	js_sync();
	js_dprintf(1, "init: powering off\n");
	js_reboot((int)JS_LINUX_REBOOT_MAGIC1, JS_LINUX_REBOOT_MAGIC2,
		  JS_LINUX_REBOOT_CMD_POWER_OFF, 0);
	return 1;
}
