/* umount [-l] [-f] [-R] TARGET...: util-linux's umount(8) for mount
 * points.  -l detaches lazily (MNT_DETACH), -f forces (MNT_FORCE), -R
 * unmounts everything mounted below TARGET first, deepest first (the
 * mounts of /proc/self/mounts at or under TARGET, in reverse order: a
 * mount is always listed after the mount it sits on).  Each TARGET is
 * tried even if an earlier one failed.  Exit status as util-linux's: 0,
 * 1 for a usage error, 32 when an unmount failed; messages
 * "umount: TARGET: ..." on fd 2 (EINVAL, which the kernel gives for a
 * path that is not a mount point, reads "not mounted"). */
#include <libjs/libjs.h>

#define EX_USAGE 1
#define EX_FAIL  32

static int umount_one(const char *target, int flags)
{
	long r = js_umount2(target, flags);

	if (r == 0)
		return 0;
	js_dprintf(2, "umount: %s: %s\n", target,
		   r == -JS_EINVAL ? "not mounted" : js_strerror(r));
	return EX_FAIL;
}

/* Undo the kernel's \ooo escapes (fs/proc_namespace.c, mangle()). */
static void unescape(char *s)
{
	char *w = s;

	while (*s) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' &&
		    s[2] <= '7' && s[3] >= '0' && s[3] <= '7') {
			*w++ = (char)((s[1] - '0') * 64 + (s[2] - '0') * 8 + (s[3] - '0'));
			s += 4;
		} else {
			*w++ = *s++;
		}
	}
	*w = 0;
}

/* -R: the mount points at or under target, deepest (last listed) first.
 * target is used as the kernel lists it, so give it as an absolute path
 * without a trailing slash. */
static int umount_tree(const char *target, int flags)
{
	static char buf[1 << 20];
	static char *points[8192];
	size_t have = 0, tlen = js_strlen(target);
	long fd = js_open("/proc/self/mounts", JS_O_RDONLY | JS_O_CLOEXEC), n;
	char *line;
	int np = 0, status = 0;

	if (fd < 0) {
		js_dprintf(2, "umount: /proc/self/mounts: %s\n", js_strerror(fd));
		return EX_FAIL;
	}
	while ((n = js_read((int)fd, buf + have, sizeof buf - 1 - have)) > 0 || n == -JS_EINTR)
		have += n > 0 ? (size_t)n : 0;
	js_close((int)fd);
	if (n < 0 || have == sizeof buf - 1) {
		js_dprintf(2, "umount: /proc/self/mounts: %s\n",
			   js_strerror(n < 0 ? n : -JS_E2BIG));
		return EX_FAIL;
	}
	buf[have] = 0;
	while (tlen > 1 && target[tlen - 1] == '/')
		tlen--;
	for (line = buf; *line;) {
		char *dir = js_strchr(line, ' '), *end, *nl = js_strchr(line, '\n');

		if (!nl)
			break;
		*nl = 0;
		if (dir && (end = js_strchr(++dir, ' '))) {
			*end = 0;
			unescape(dir);
			/* At or below target: "/a" matches /a and /a/b, not /ab. */
			if (!js_strncmp(dir, target, tlen) &&
			    (dir[tlen] == 0 || dir[tlen] == '/' || tlen == 1)) {
				if (np == (int)(sizeof points / sizeof points[0])) {
					js_dprintf(2, "umount: %s: too many mounts below\n", target);
					return EX_FAIL;
				}
				points[np++] = dir;
			}
		}
		line = nl + 1;
	}
	if (!np)
		return umount_one(target, flags);  /* says why */
	while (np--)
		status |= umount_one(points[np], flags);
	return status;
}

static int usage(void)
{
	js_dprintf(2, "usage: umount [-l] [-f] [-R] TARGET...\n");
	return EX_USAGE;
}

int main(int argc, char **argv)
{
	struct js_getopt g = JS_GETOPT_INIT;
	int c, i, flags = 0, recursive = 0, status = 0;

	while ((c = js_getopt(&g, argc, argv, "flR")) != -1) {
		if (c == 'f')
			flags |= JS_MNT_FORCE;
		else if (c == 'l')
			flags |= JS_MNT_DETACH;
		else if (c == 'R')
			recursive = 1;
		else
			return usage();
	}
	if (g.ind == argc)
		return usage();
	for (i = g.ind; i < argc; i++)
		status |= recursive ? umount_tree(argv[i], flags) : umount_one(argv[i], flags);
	return status;
}
