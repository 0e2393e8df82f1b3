/* Freestanding: capget/capset (version 3, two data elements) and the
 * dropping helpers.  capget's answer is compared with the kernel's other
 * view of the same sets, /proc/self/status (CapInh, CapPrm, CapEff,
 * CapBnd, CapAmb).  Every change happens in a child. */
#include "sandbox_free.h"

/* The 64-bit hex value after "name:\t" in /proc/self/status, or -1. */
static long long status_caps(const char *name)
{
	static char buf[4096];
	long fd = js_open("/proc/self/status", JS_O_RDONLY | JS_O_CLOEXEC), n;
	size_t len = 0, nl = 0;

	while (name[nl])
		nl++;
	if (fd < 0)
		return -1;
	n = js_read((int)fd, buf, sizeof buf - 1);
	js_close((int)fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	for (char *p = buf; *p; p++) {
		if ((p == buf || p[-1] == '\n') && !__builtin_memcmp(p, name, nl) &&
		    p[nl] == ':') {
			unsigned long long v = 0;

			for (p += nl + 1; *p == '\t' || *p == ' '; p++)
				;
			for (; *p && *p != '\n'; p++, len++)
				v = v * 16 + (unsigned long long)(*p <= '9' ? *p - '0' : *p - 'a' + 10);
			return len == 16 ? (long long)v : -1;
		}
	}
	return -1;
}

static unsigned long long both(unsigned int lo, unsigned int hi)
{
	return (unsigned long long)hi << 32 | lo;
}

static long get(struct js_user_cap_data_struct d[2])
{
	struct js_user_cap_header_struct h = { JS_LINUX_CAPABILITY_VERSION_3, 0 };

	return js_capget(&h, d);
}

static void t_capget_matches_status(void)
{
	struct js_user_cap_data_struct d[2];

	CHECK_EQ(get(d), 0);
	CHECK_EQ(both(d[0].effective, d[1].effective), status_caps("CapEff"));
	CHECK_EQ(both(d[0].permitted, d[1].permitted), status_caps("CapPrm"));
	CHECK_EQ(both(d[0].inheritable, d[1].inheritable), status_caps("CapInh"));
	if (js_geteuid() == 0)
		CHECK(d[0].effective & JS_CAP_TO_MASK(JS_CAP_SYS_ADMIN));
}

/* A version the kernel does not know: the kernel writes its preferred
 * version into the header, and answers EINVAL, or 0 when data is NULL
 * (the probe capget(2) describes). */
static void t_capget_version(void)
{
	struct js_user_cap_header_struct h = { 0x12345678u, 0 };
	struct js_user_cap_data_struct d[2];

	CHECK_EQ(js_capget(&h, d), -JS_EINVAL);
	CHECK_EQ(h.version, JS_LINUX_CAPABILITY_VERSION_3);
	h.version = 0x12345678u;
	CHECK_EQ(js_capget(&h, 0), 0);
	CHECK_EQ(h.version, JS_LINUX_CAPABILITY_VERSION_3);
	h.pid = -5;
	CHECK_EQ(js_capget(&h, d), -JS_EINVAL);
}

/* Round trip: remove a capability from the effective set, see it gone in
 * both views, and raise it again (still permitted). */
static int round_trip(void)
{
	struct js_user_cap_header_struct h = { JS_LINUX_CAPABILITY_VERSION_3, 0 };
	struct js_user_cap_data_struct d[2], e[2];
	unsigned int m = JS_CAP_TO_MASK(JS_CAP_NET_RAW);

	if (get(d) != 0 || !(d[0].permitted & m))
		return 50;
	d[0].effective &= ~m;
	if (js_capset(&h, d) != 0)
		return 51;
	if (get(e) != 0 || (e[0].effective & m) ||
	    both(e[0].effective, e[1].effective) != (unsigned long long)status_caps("CapEff"))
		return 52;
	d[0].effective |= m;
	if (js_capset(&h, d) != 0 || get(e) != 0 || !(e[0].effective & m))
		return 53;
	/* Raising what is not permitted is refused. */
	d[0].permitted &= ~m;
	d[0].effective &= ~m;
	if (js_capset(&h, d) != 0)
		return 54;
	d[0].effective |= m;
	if (js_capset(&h, d) != -JS_EPERM)
		return 55;
	return 22;
}

static void t_capset_round_trip(void)
{
	long pid;

	if (js_geteuid() != 0) {
		jt_not_run("needs root's capabilities to change");
		return;
	}
	pid = js_fork();
	if (pid == 0)
		js_exit_group(round_trip());
	CHECK_EQ(sb_wait(pid, 10000), 22 << 8);
}

static int drop_everything(void)
{
	struct js_user_cap_data_struct d[2];

	if (js_cap_bound_drop(JS_CAP_SYS_MODULE) != 0 ||
	    js_prctl(JS_PR_CAPBSET_READ, JS_CAP_SYS_MODULE, 0, 0, 0) != 0 ||
	    js_prctl(JS_PR_CAPBSET_READ, JS_CAP_SYS_ADMIN, 0, 0, 0) != 1)
		return 60;
	if (js_cap_bound_drop(9999) != -JS_EINVAL)
		return 61;
	if (js_prctl(JS_PR_CAP_AMBIENT, JS_PR_CAP_AMBIENT_RAISE, JS_CAP_SYS_ADMIN, 0, 0) == 0)
		return 62; /* not inheritable: raising it is refused */
	if (js_cap_ambient_clear() != 0)
		return 63;
	if (js_cap_drop_all() != 0)
		return 64;
	if (get(d) != 0 || d[0].effective | d[0].permitted | d[0].inheritable |
				   d[1].effective | d[1].permitted | d[1].inheritable)
		return 65;
	if (status_caps("CapBnd") != 0 || status_caps("CapAmb") != 0 ||
	    status_caps("CapEff") != 0 || status_caps("CapPrm") != 0)
		return 66;
	/* Nothing left to drop; a second pass (no CAP_SETPCAP now) is fine. */
	if (js_cap_drop_all() != 0)
		return 67;
	if (js_cap_bound_drop(JS_CAP_CHOWN) != -JS_EPERM)
		return 68;
	return 23;
}

static void t_drop_all(void)
{
	long pid;

	if (js_geteuid() != 0) {
		jt_not_run("needs root's capabilities to drop");
		return;
	}
	pid = js_fork();
	if (pid == 0)
		js_exit_group(drop_everything());
	CHECK_EQ(sb_wait(pid, 10000), 23 << 8);
}

JT_MAIN(T(t_capget_matches_status), T(t_capget_version),
	T(t_capset_round_trip), T(t_drop_all))
