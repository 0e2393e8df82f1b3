/* mount: util-linux's mount(8) for the common cases, without fstab.
 *   mount [-t TYPES]                       list the mounts (/proc/self/mounts)
 *   mount [-rw] [-t TYPE] [-o OPTS] SOURCE TARGET
 *   mount -o remount[,OPTS] TARGET         (also with SOURCE TARGET)
 *   mount --bind|--rbind|--move SOURCE TARGET
 *   mount --make-[r]{shared,slave,private,unbindable} TARGET
 * Options may come anywhere among the operands (as util-linux's getopt
 * permutes them); -o may be given more than once.  The option string is
 * split at commas (not inside double quotes) and each option that names
 * a mount flag sets or clears it (the table below: util-linux's names and
 * meanings, libmount's optmap); options only fstab tools read (auto,
 * noauto, nofail, _netdev, x-*, comment=) are dropped; everything else is
 * passed to the filesystem, comma-joined in order, as mount(2)'s data.
 * As util-linux does: a bind mount with flags is a bind followed by a
 * remount (MS_REMOUNT|MS_BIND with the flags), since mount(2) ignores
 * them on a bind; a propagation change is its own mount(2) call after the
 * mount; without -t each type of /proc/filesystems not marked nodev is
 * tried in turn.
 * Exit status as util-linux's: 0, 1 for a usage error, 32 when a mount
 * failed; messages "mount: TARGET: ..." on fd 2. */
#include <libjs/libjs.h>

#define EX_USAGE 1
#define EX_FAIL  32

#define PROP (JS_MS_SHARED | JS_MS_SLAVE | JS_MS_PRIVATE | JS_MS_UNBINDABLE)

struct opt {
	const char *name;
	unsigned long set, clear;
};
static const struct opt opts[] = {
	{ "defaults", 0, 0 },
	{ "ro", JS_MS_RDONLY, 0 },           { "rw", 0, JS_MS_RDONLY },
	{ "nosuid", JS_MS_NOSUID, 0 },       { "suid", 0, JS_MS_NOSUID },
	{ "nodev", JS_MS_NODEV, 0 },         { "dev", 0, JS_MS_NODEV },
	{ "noexec", JS_MS_NOEXEC, 0 },       { "exec", 0, JS_MS_NOEXEC },
	{ "sync", JS_MS_SYNCHRONOUS, 0 },    { "async", 0, JS_MS_SYNCHRONOUS },
	{ "dirsync", JS_MS_DIRSYNC, 0 },
	{ "remount", JS_MS_REMOUNT, 0 },
	{ "bind", JS_MS_BIND, 0 },           { "rbind", JS_MS_BIND | JS_MS_REC, 0 },
	{ "move", JS_MS_MOVE, 0 },
	{ "noatime", JS_MS_NOATIME, 0 },     { "atime", 0, JS_MS_NOATIME },
	{ "nodiratime", JS_MS_NODIRATIME, 0 }, { "diratime", 0, JS_MS_NODIRATIME },
	{ "relatime", JS_MS_RELATIME, 0 },   { "norelatime", 0, JS_MS_RELATIME },
	{ "strictatime", JS_MS_STRICTATIME, 0 }, { "nostrictatime", 0, JS_MS_STRICTATIME },
	{ "lazytime", JS_MS_LAZYTIME, 0 },   { "nolazytime", 0, JS_MS_LAZYTIME },
	{ "iversion", JS_MS_I_VERSION, 0 },  { "noiversion", 0, JS_MS_I_VERSION },
	{ "mand", JS_MS_MANDLOCK, 0 },       { "nomand", 0, JS_MS_MANDLOCK },
	{ "nosymfollow", JS_MS_NOSYMFOLLOW, 0 }, { "symfollow", 0, JS_MS_NOSYMFOLLOW },
	{ "silent", JS_MS_SILENT, 0 },       { "loud", 0, JS_MS_SILENT },
	{ "shared", JS_MS_SHARED, 0 },       { "rshared", JS_MS_SHARED | JS_MS_REC, 0 },
	{ "slave", JS_MS_SLAVE, 0 },         { "rslave", JS_MS_SLAVE | JS_MS_REC, 0 },
	{ "private", JS_MS_PRIVATE, 0 },     { "rprivate", JS_MS_PRIVATE | JS_MS_REC, 0 },
	{ "unbindable", JS_MS_UNBINDABLE, 0 },
	{ "runbindable", JS_MS_UNBINDABLE | JS_MS_REC, 0 },
	/* Read by fstab tools only; never reach the kernel. */
	{ "auto", 0, 0 }, { "noauto", 0, 0 }, { "nofail", 0, 0 }, { "_netdev", 0, 0 },
};

static unsigned long flags;
/* Propagation changes, in the order given: each is one mount(2) call. */
static unsigned long props[8];
static int nprops;
static char data[4096];
static size_t datalen;

static int add_prop(unsigned long p)
{
	if (nprops == (int)(sizeof props / sizeof props[0])) {
		js_dprintf(2, "mount: too many propagation options\n");
		return -1;
	}
	props[nprops++] = p;
	return 0;
}

/* One option, s[0..n). */
static int option(const char *s, size_t n)
{
	size_t i;

	if (!n)
		return 0;
	for (i = 0; i < sizeof opts / sizeof opts[0]; i++) {
		const struct opt *o = &opts[i];

		if (js_strlen(o->name) != n || js_strncmp(o->name, s, n))
			continue;
		if (o->set & PROP)
			return add_prop(o->set);
		flags = (flags | o->set) & ~o->clear;
		return 0;
	}
	if ((n >= 2 && !js_strncmp(s, "x-", 2)) || (n >= 8 && !js_strncmp(s, "comment=", 8)))
		return 0;
	if (datalen + (datalen > 0) + n >= sizeof data) {
		js_dprintf(2, "mount: options too long (%zu bytes at most)\n", sizeof data - 1);
		return -1;
	}
	if (datalen)
		data[datalen++] = ',';
	memcpy(data + datalen, s, n);
	datalen += n;
	data[datalen] = 0;
	return 0;
}

/* An -o argument: options split at commas outside double quotes. */
static int options(const char *s)
{
	const char *start = s;
	int quoted = 0;

	for (;; s++) {
		if (*s == '"')
			quoted = !quoted;
		if (*s && (*s != ',' || quoted))
			continue;
		if (option(start, (size_t)(s - start)) < 0)
			return -1;
		if (!*s)
			return 0;
		start = s + 1;
	}
}

/* ---- Listing: /proc/self/mounts as "SRC on DIR type TYPE (OPTS)". */

/* The kernel writes space, tab, newline and backslash in names as \ooo
 * (fs/proc_namespace.c, mangle()); util-linux prints them plain, but a
 * control character as '?', as here. */
static char *unescape(char *s)
{
	char *r = s, *w = s;

	while (*r) {
		if (r[0] == '\\' && r[1] >= '0' && r[1] <= '3' && r[2] >= '0' &&
		    r[2] <= '7' && r[3] >= '0' && r[3] <= '7') {
			*w = (char)((r[1] - '0') * 64 + (r[2] - '0') * 8 + (r[3] - '0'));
			r += 4;
		} else {
			*w = *r++;
		}
		if ((unsigned char)*w < 32 || *w == 127)
			*w = '?';
		w++;
	}
	*w = 0;
	return s;
}

/* Is type in the comma list types ("" or NULL: every type)? */
static int type_listed(const char *types, const char *type)
{
	size_t n = js_strlen(type);

	if (!types || !*types)
		return 1;
	while (*types) {
		const char *end = js_strchr(types, ',');
		size_t len = end ? (size_t)(end - types) : js_strlen(types);

		if (len == n && !js_strncmp(types, type, n))
			return 1;
		types += len + (end != 0);
	}
	return 0;
}

static int list(const char *types)
{
	static char buf[65536], outbuf[16384];
	struct js_out out;
	size_t have = 0;
	long fd = js_open("/proc/self/mounts", JS_O_RDONLY | JS_O_CLOEXEC), n = 0;

	if (fd < 0) {
		js_dprintf(2, "mount: /proc/self/mounts: %s\n", js_strerror(fd));
		return EX_FAIL;
	}
	js_out_init(&out, 1, outbuf, sizeof outbuf);
	for (;;) {
		char *line = buf, *nl;

		n = js_read((int)fd, buf + have, sizeof buf - 1 - have);
		if (n == -JS_EINTR)
			continue;
		if (n < 0)
			break;
		have += (size_t)n;
		buf[have] = 0;
		while ((nl = js_strchr(line, '\n'))) {
			char *f[4];
			int i;

			*nl = 0;
			for (i = 0; i < 4; i++) {
				f[i] = line;
				line = js_strchr(line, ' ');
				if (!line)
					break;
				*line++ = 0;
			}
			if (i == 4 && type_listed(types, f[2]))
				js_out_printf(&out, "%s on %s type %s (%s)\n", unescape(f[0]),
					      unescape(f[1]), f[2], f[3]);
			line = nl + 1;
		}
		have -= (size_t)(line - buf);
		memmove(buf, line, have);
		if (n == 0)
			break;
		if (have == sizeof buf - 1) {
			n = -JS_E2BIG;  /* one line longer than the buffer */
			break;
		}
	}
	js_close((int)fd);
	if (n < 0) {
		js_dprintf(2, "mount: /proc/self/mounts: %s\n", js_strerror(n));
		return EX_FAIL;
	}
	if (js_out_flush(&out) < 0) {
		js_dprintf(2, "mount: write error: %s\n", js_strerror(out.err));
		return EX_FAIL;
	}
	return 0;
}

/* ---- Mounting. */

/* Without a type: each of /proc/filesystems' block-device types in turn,
 * until one takes the source (util-linux does so after asking blkid). */
static long mount_any(const char *src, const char *dst, unsigned long fl, const char *d)
{
	static char buf[8192];
	long fd = js_open("/proc/filesystems", JS_O_RDONLY | JS_O_CLOEXEC);
	long n = fd < 0 ? fd : js_read((int)fd, buf, sizeof buf - 1), r = -JS_ENODEV;
	char *line = buf, *nl;

	if (fd >= 0)
		js_close((int)fd);
	if (n < 0)
		return n;
	buf[n] = 0;
	for (; (nl = js_strchr(line, '\n')); line = nl + 1) {
		*nl = 0;
		/* "nodev\tproc" or "\text4". */
		if (js_strncmp(line, "nodev", 5) && *line == '\t') {
			r = js_mount(src, dst, line + 1, fl, d);
			if (r != -JS_EINVAL && r != -JS_ENODEV && r != -JS_ENOTBLK)
				return r;
		}
	}
	return r;
}

static int fail(const char *what, long r)
{
	js_dprintf(2, "mount: %s: %s\n", what, js_strerror(r));
	return EX_FAIL;
}

static int usage(const char *why)
{
	if (why)
		js_dprintf(2, "mount: %s\n", why);
	js_dprintf(2, "usage: mount [-t TYPES]\n"
		      "       mount [-rw] [-t TYPE] [-o OPTS] SOURCE TARGET\n"
		      "       mount -o remount[,OPTS] TARGET\n"
		      "       mount --bind|--rbind|--move SOURCE TARGET\n"
		      "       mount --make-[r]{shared,slave,private,unbindable} TARGET\n");
	return EX_USAGE;
}

int main(int argc, char **argv)
{
	const char *type = 0, *src = 0, *dst = 0, *operand[2];
	int i, nop = 0, dashdash = 0, any_opt = 0;
	unsigned long attrs;
	long r = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (dashdash || a[0] != '-' || !a[1]) {
			if (nop == 2)
				return usage("too many operands");
			operand[nop++] = a;
			continue;
		}
		if (!js_strcmp(a, "--")) {
			dashdash = 1;
			continue;
		}
		if (a[1] == '-') {
			static const char *const prop_names[] = {
				"shared", "slave", "private", "unbindable",
			};
			static const unsigned long prop_flags[] = {
				JS_MS_SHARED, JS_MS_SLAVE, JS_MS_PRIVATE, JS_MS_UNBINDABLE,
			};
			int k, found = 0;

			any_opt = 1;
			if (!js_strcmp(a, "--bind"))
				flags |= JS_MS_BIND;
			else if (!js_strcmp(a, "--rbind"))
				flags |= JS_MS_BIND | JS_MS_REC;
			else if (!js_strcmp(a, "--move"))
				flags |= JS_MS_MOVE;
			else if (!js_strcmp(a, "--read-only"))
				flags |= JS_MS_RDONLY;
			else if (!js_strcmp(a, "--rw") || !js_strcmp(a, "--read-write"))
				flags &= ~(unsigned long)JS_MS_RDONLY;
			else if (!js_strncmp(a, "--make-", 7)) {
				const char *p = a + 7;
				unsigned long rec = 0;

				/* rshared, rslave, rprivate, runbindable */
				for (k = 0; *p == 'r' && k < 4; k++)
					if (!js_strcmp(p + 1, prop_names[k])) {
						rec = JS_MS_REC;
						p++;
						break;
					}
				for (k = 0; k < 4; k++)
					if (!js_strcmp(p, prop_names[k])) {
						found = 1;
						if (add_prop(prop_flags[k] | rec) < 0)
							return EX_USAGE;
					}
				if (!found)
					return usage("unknown --make- option");
			} else {
				js_dprintf(2, "mount: unknown option %s\n", a);
				return usage(0);
			}
			continue;
		}
		/* A cluster of short options: -rw, -t TYPE, -tTYPE, -o OPTS. */
		for (a++; *a; a++) {
			if (*a == 'r') {
				flags |= JS_MS_RDONLY;
			} else if (*a == 'w') {
				flags &= ~(unsigned long)JS_MS_RDONLY;
			} else if (*a == 'B') {
				flags |= JS_MS_BIND;
			} else if (*a == 'R') {
				flags |= JS_MS_BIND | JS_MS_REC;
			} else if (*a == 'M') {
				flags |= JS_MS_MOVE;
			} else if (*a == 't' || *a == 'o') {
				const char *v = a[1] ? a + 1 : argv[++i];

				if (!v)
					return usage(*a == 't' ? "-t needs a type" : "-o needs options");
				if (*a == 't')
					type = v;
				else if (options(v) < 0)
					return EX_USAGE;
				if (*a == 'o')
					any_opt = 1;
				break;
			} else {
				js_dprintf(2, "mount: unknown option -%c\n", *a);
				return usage(0);
			}
			any_opt = 1;
		}
	}

	if (nop == 0) {
		if (any_opt || nprops)
			return usage("no target given");
		return list(type);
	}
	if (nop == 1) {
		if (!(flags & JS_MS_REMOUNT) && (!nprops || flags))
			return usage("give SOURCE and TARGET (there is no fstab)");
		dst = operand[0];
	} else {
		src = operand[0];
		dst = operand[1];
	}

	/* The mount itself, unless only propagation changes were asked. */
	attrs = flags & (JS_MS_RDONLY | JS_MS_NOSUID | JS_MS_NODEV | JS_MS_NOEXEC |
			 JS_MS_NOATIME | JS_MS_NODIRATIME | JS_MS_RELATIME |
			 JS_MS_STRICTATIME | JS_MS_NOSYMFOLLOW);
	if (src || (flags & JS_MS_REMOUNT)) {
		const char *d = datalen ? data : 0;

		if (flags & JS_MS_MOVE)
			r = js_mount(src, dst, 0, JS_MS_MOVE, 0);
		else if ((flags & JS_MS_BIND) && !(flags & JS_MS_REMOUNT)) {
			r = js_mount(src, dst, 0, flags & (JS_MS_BIND | JS_MS_REC), 0);
			if (r == 0 && attrs)
				r = js_mount("none", dst, 0, JS_MS_REMOUNT | JS_MS_BIND | attrs, 0);
		} else if (type || (flags & JS_MS_REMOUNT))
			r = js_mount(src, dst, type, flags, d);
		else
			r = mount_any(src, dst, flags, d);
		if (r < 0)
			return fail(dst, r);
	}
	for (i = 0; i < nprops; i++) {
		r = js_mount("none", dst, 0, props[i], 0);
		if (r < 0)
			return fail(dst, r);
	}
	return 0;
}
