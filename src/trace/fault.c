/* Fault injection rules (trace.h): a small fixed table, so adding a rule
 * allocates nothing.  Rules are added before the calls they aim at (at
 * start, from LIBJS_FAULT, or from code); each counts the calls it sees
 * with an atomic increment, so threads that make the same call concurrently
 * each get a distinct call number. */
#include <libjs/errno.h>
#include <libjs/sys.h>
#include "trace.h"

struct rule {
	long nr;
	long error;		/* > 0: fail with -error; JS_FAULT_SHORT */
	unsigned long when;	/* 0 every call; N; N | JS_FAULT_FROM */
	unsigned long seen;
};

static struct rule rules[JS_FAULT_MAX];
static unsigned int nrules;

int js__fault_any(void)
{
	return __atomic_load_n(&nrules, __ATOMIC_ACQUIRE) != 0;
}

long js__fault_check(long nr, int *hit)
{
	unsigned int i, n = __atomic_load_n(&nrules, __ATOMIC_ACQUIRE);
	long err = 0;

	/* Every rule for nr counts every call of nr, so "the Nth call" means
	 * the same with one rule or several; the first rule that hits wins. */
	*hit = 0;
	for (i = 0; i < n; i++) {
		struct rule *r = &rules[i];
		unsigned long k, at;

		if (r->nr != nr)
			continue;
		k = __atomic_add_fetch(&r->seen, 1, __ATOMIC_RELAXED);
		at = r->when & ~JS_FAULT_FROM;
		if (!*hit && (!r->when || k == at ||
			      ((r->when & JS_FAULT_FROM) && k >= at))) {
			*hit = 1;
			err = r->error;
		}
	}
	return err;
}

const char *js__fault_refused(long nr)
{
	/* These never come back through the hook: a rule would make the
	 * wrapper's "the kernel does not return" loop spin (js_exit_group
	 * retried a call the kernel never saw). */
	if (nr == JS_NR_exit || nr == JS_NR_exit_group)
		return "the call does not return, so it cannot fail";
	/* Made in assembly as well (src/arch/<arch>/clone_fn.S, vfork.S,
	 * restore_rt.S), where no hook is consulted: a rule would hold for
	 * some callers and silently not for others. */
	if (nr == JS_NR_clone || nr == JS_NR_rt_sigreturn)
		return "libjs also makes it in assembly (js_clone_fn, js_vfork, the signal restorer), which no rule can reach";
#ifdef JS_NR_vfork
	if (nr == JS_NR_vfork)
		return "libjs makes it in assembly (js_vfork), which no rule can reach";
#endif
	return 0;
}

long js_fault_set(long nr, long error, unsigned long when)
{
	unsigned int n;

	if (!js_syscall_name(nr) || js__fault_refused(nr) || error < 0 ||
	    error > JS_MAX_ERRNO ||
	    (error == JS_FAULT_SHORT && js__sc_len_arg(nr) < 0) ||
	    when == JS_FAULT_FROM)
		return -JS_EINVAL;
	n = __atomic_load_n(&nrules, __ATOMIC_ACQUIRE);
	if (n >= JS_FAULT_MAX)
		return -JS_ENOSPC;
	rules[n].nr = nr;
	rules[n].error = error;
	rules[n].when = when;
	rules[n].seen = 0;
	__atomic_store_n(&nrules, n + 1, __ATOMIC_RELEASE);
	js__trace_update();
	return 0;
}

void js_fault_clear(void)
{
	__atomic_store_n(&nrules, 0, __ATOMIC_RELEASE);
	js__trace_update();
}

/* An error given by name (ENOENT) or number (2); -1 if neither. */
static long error_of(const char *s, const char *e)
{
	char name[24];
	long v = 0;
	size_t i, n = (size_t)(e - s);

	if (n && s[0] >= '0' && s[0] <= '9') {
		for (; s < e; s++) {
			if (*s < '0' || *s > '9' || v > JS_MAX_ERRNO)
				return -1;
			v = v * 10 + (*s - '0');
		}
		return v > 0 && v <= JS_MAX_ERRNO ? v : -1;
	}
	if (!n || n >= sizeof name)
		return -1;
	for (i = 0; i < n; i++)
		name[i] = s[i];
	name[n] = 0;
	for (v = 1; v <= JS_MAX_ERRNO; v++)
		if (js__streq(js_errname(v), name))
			return v;
	return -1;
}

static int same(const char *s, const char *e, const char *lit)
{
	while (s < e && *lit && *s == *lit)
		s++, lit++;
	return s == e && !*lit;
}

/* One "<syscall>:<error>[:<when>]" entry, s..e; on a bad one, *why says
 * what is wrong with it. */
static long entry(const char *s, const char *e, const char **why)
{
	const char *f[3], *fe[3];
	char name[32];
	int nf = 0;
	long nr, err, r;
	unsigned long when = 0;
	size_t i;

	*why = "not <syscall>:<error>[:<when>]";
	f[0] = s;
	for (; s <= e; s++)
		if (s == e || *s == ':') {
			fe[nf++] = s;
			if (s < e) {
				if (nf == 3)
					return -JS_EINVAL;
				f[nf] = s + 1;
			}
		}
	if (nf < 2)
		return -JS_EINVAL;
	*why = "unknown system call";
	if ((size_t)(fe[0] - f[0]) >= sizeof name)
		return -JS_EINVAL;
	for (i = 0; f[0] + i < fe[0]; i++)
		name[i] = f[0][i];
	name[i] = 0;
	nr = js_syscall_nr(name);
	if (nr < 0)
		return -JS_EINVAL;
	if ((*why = js__fault_refused(nr)))
		return -JS_EINVAL;
	*why = "unknown error (a name such as EINTR, a number 1-4095, or short)";
	err = same(f[1], fe[1], "short") ? JS_FAULT_SHORT : error_of(f[1], fe[1]);
	if (err < 0)
		return -JS_EINVAL;
	if (nf == 3) {
		const char *p = f[2], *pe = fe[2];

		*why = "bad call number (N or N+, N from 1)";
		if (pe > p && pe[-1] == '+')
			when = JS_FAULT_FROM, pe--;
		if (p == pe)
			return -JS_EINVAL;
		for (i = 0; p < pe; p++) {
			if (*p < '0' || *p > '9' || i > 1000000000)
				return -JS_EINVAL;
			i = i * 10 + (size_t)(*p - '0');
		}
		if (!i)
			return -JS_EINVAL;
		when |= i;
	}
	r = js_fault_set(nr, err, when);
	*why = r == -JS_ENOSPC ? "too many rules (JS_FAULT_MAX)"
			       : "`short` needs a read- or write-like call";
	return r;
}

long js__fault_parse(const char *spec, const char **bad, size_t *badlen,
		     const char **why)
{
	const char *s = spec;

	if (!spec)
		return 0;
	while (*s) {
		const char *b;
		long r;

		while (*s == ',' || *s == ' ')
			s++;
		if (!*s)
			break;
		b = s;
		while (*s && *s != ',' && *s != ' ')
			s++;
		r = entry(b, s, why);
		if (r < 0) {
			*bad = b;
			*badlen = (size_t)(s - b);
			return r;
		}
	}
	return 0;
}

long js_fault_parse(const char *spec)
{
	const char *bad, *why;
	size_t n;

	return js__fault_parse(spec, &bad, &n, &why);
}
