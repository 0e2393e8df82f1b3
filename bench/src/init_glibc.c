/* The glibc-static twin of libjs's init for bench/boot.sh: the same
 * mounts (/proc, /sys, /dev, /dev/pts, /run, each directory made where
 * missing), the console on fds 0-2 when it starts with none, its command
 * (after an optional "--") run as a child in its own session, reaping
 * until that child exits, then sync and power off, with the same log
 * lines.  Built with `gcc -Os -static` for each architecture.  Only the
 * boot-time figure needs it: it is no reference for init's behaviour. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void mnt(const char *src, const char *dir, const char *type, const char *data)
{
	mkdir(dir, 0755);
	if (mount(src, dir, type, MS_NOSUID, data) < 0)
		dprintf(1, "init: mount %s: %m\n", dir);
}

int main(int argc, char **argv)
{
	int st = 0, i = 1;
	pid_t pid, r;

	mnt("proc", "/proc", "proc", 0);
	mnt("sysfs", "/sys", "sysfs", 0);
	mnt("devtmpfs", "/dev", "devtmpfs", 0);
	mnt("devpts", "/dev/pts", "devpts", 0);
	mnt("tmpfs", "/run", "tmpfs", "mode=0755");
	if (fcntl(0, F_GETFD) < 0 && open("/dev/console", O_RDWR) == 0) {
		dup2(0, 1);
		dup2(0, 2);
	}
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i < argc) {
		dprintf(1, "init: running %s\n", argv[i]);
		pid = fork();
		if (pid == 0) {
			setsid();
			execv(argv[i], argv + i);
			dprintf(1, "init: %s: %m\n", argv[i]);
			_exit(127);
		}
		while ((r = wait(&st)) != pid && r > 0)
			;
		dprintf(1, "init: child exited with status %d\n",
			WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
	}
	sync();
	dprintf(1, "init: powering off\n");
	reboot(RB_POWER_OFF);
	return 1;
}
