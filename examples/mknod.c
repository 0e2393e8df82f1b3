/* mknod [-m MODE] NAME TYPE [MAJOR MINOR]: coreutils' mknod.  TYPE is p
 * (a FIFO), b (a block device), c or u (a character device); MAJOR and
 * MINOR are numbers in C's notation (decimal, 0x hex, 0 octal) and only
 * b, c and u take them.  MODE is octal only (coreutils also takes
 * symbolic modes); without -m the mode is 0666 less the umask, with -m it
 * is exactly MODE (the umask is cleared first, and a chmod follows for the
 * bits mknod(2) ignores, as coreutils does).  Errors: "mknod: ..." on
 * fd 2 and exit status 1. */
#include <libjs/libjs.h>

static int usage(const char *why)
{
	if (why)
		js_dprintf(2, "mknod: %s\n", why);
	js_dprintf(2, "usage: mknod [-m MODE] NAME TYPE [MAJOR MINOR]\n"
		      "  TYPE: b (block), c or u (character), p (FIFO)\n");
	return 1;
}

/* A whole-string number; -1 when s is not one or exceeds max. */
static long number(const char *s, unsigned long max)
{
	char *end;
	int err;
	unsigned long v = js_strtoul(s, &end, 0, &err);

	if (*s < '0' || *s > '9' || *end || err || v > max)
		return -1;
	return (long)v;
}

int main(int argc, char **argv)
{
	struct js_getopt g = JS_GETOPT_INIT;
	unsigned int mode = 0666, type;
	int c, have_mode = 0;
	const char *name;
	uint64_t dev = 0;
	long r;

	while ((c = js_getopt(&g, argc, argv, "m:")) != -1) {
		char *end;
		int err;
		unsigned long m;

		if (c != 'm')
			return usage(0);
		/* Octal whatever the leading digit: "644" means 0644. */
		m = js_strtoul(g.arg, &end, 8, &err);
		if (*g.arg < '0' || *g.arg > '7' || *end || err || m > 07777) {
			js_dprintf(2, "mknod: invalid mode '%s' (octal only)\n", g.arg);
			return 1;
		}
		mode = (unsigned int)m;
		have_mode = 1;
	}
	argv += g.ind;
	argc -= g.ind;
	if (argc < 2)
		return usage(argc ? "missing operand after the name" : "missing operand");
	name = argv[0];
	if (argv[1][1])
		goto badtype;
	switch (argv[1][0]) {
	case 'p':
		if (argc != 2)
			return usage("fifos do not have major and minor device numbers");
		type = JS_S_IFIFO;
		break;
	case 'b':
	case 'c':
	case 'u': {
		long ma, mi;

		type = argv[1][0] == 'b' ? JS_S_IFBLK : JS_S_IFCHR;
		if (argc != 4)
			return usage(argc < 4 ? "special files require major and minor device numbers"
					      : "extra operand");
		/* The kernel's dev_t holds a 12-bit major and a 20-bit minor. */
		ma = number(argv[2], 0xfff);
		mi = number(argv[3], 0xfffff);
		if (ma < 0 || mi < 0) {
			js_dprintf(2, "mknod: invalid %s device number '%s'\n",
				   ma < 0 ? "major" : "minor", ma < 0 ? argv[2] : argv[3]);
			return 1;
		}
		dev = JS_makedev(ma, mi);
		break;
	}
	default:
		goto badtype;
	}
	if (have_mode)
		js_umask(0);
	r = js_mknod(name, type | mode, dev);
	/* mknod(2) may drop the set-id and sticky bits: chmod sets them. */
	if (r == 0 && have_mode && (mode & 07000))
		r = js_chmod(name, mode);
	if (r < 0) {
		js_dprintf(2, "mknod: %s: %s\n", name, js_strerror(r));
		return 1;
	}
	return 0;
badtype:
	js_dprintf(2, "mknod: invalid device type '%s'\n", argv[1]);
	return usage(0);
}
