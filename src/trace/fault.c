/* Fault injection rules (trace.h) with strace's `-f -e inject=` semantics
 * (strace(1), "Tampering"; docs/tracing.md):
 *
 * - One rule per system call: a later rule for the same call replaces the
 *   earlier one, as strace's qualify keeps the last expression for a call.
 * - A rule is strace's when=FIRST..LAST+STEP window, kept as the three
 *   numbers strace keeps (first 1-65535, last up to 65534 or "none",
 *   step) and counted down the way strace counts them: at every
 *   invocation, if neither first nor last has reached 0, last (unless
 *   "none") and first go down by one, and when first reaches 0 the call is
 *   injected and first starts again from step (0: never again).
 * - The counts are per thread, as strace's are per traced task: each
 *   thread (the main one included) has its own copy of every rule's
 *   (first, last), made from the rule when the thread first makes that
 *   call.  A forked child starts from the rules again (its tid is new, and
 *   the hook clears the table it inherited); execve carries the calling
 *   thread's copies into the new image by rewriting LIBJS_FAULT in the
 *   environment the call passes (js__fault_exec).
 *
 * The table is fixed (JS_FAULT_MAX rules, JS_FAULT_THREADS threads), so
 * adding a rule or meeting a new thread allocates nothing. */
#include <libjs/errno.h>
#include <libjs/sys.h>
#include <libjs/proc.h>
#include <libjs/mem.h>
#include "trace.h"

#define INF JS_FAULT_LAST_INF

struct rule {
	long nr;
	long value;		/* the error, or the return value */
	unsigned int gen;	/* new for every rule put in this slot */
	unsigned char action;	/* JS_FAULT_DO_* */
	unsigned short first, last, step;
};

static struct rule rules[JS_FAULT_MAX];
static unsigned int nrules;
static unsigned int gens;

/* The threads' copies.  owner[i] is the tid that owns row i (0: free);
 * row JS_FAULT_THREADS is shared by the threads that find no row.  Each
 * copy is one word, gen << 32 | first << 16 | last, changed by
 * compare-and-swap: a signal handler that makes the same call in between
 * (or threads sharing the last row) never lose a count.  A copy whose gen
 * is not its rule's is stale (the rule was replaced): the rule's own
 * numbers hold. */
static int owner[JS_FAULT_THREADS];
static unsigned long long copies[JS_FAULT_THREADS + 1][JS_FAULT_MAX];

int js__fault_any(void)
{
	return __atomic_load_n(&nrules, __ATOMIC_ACQUIRE) != 0;
}

static unsigned int take(unsigned int i)
{
	unsigned int j;

	for (j = 0; j < JS_FAULT_MAX; j++)
		__atomic_store_n(&copies[i][j], 0, __ATOMIC_RELAXED);
	return i;
}

/* The calling thread's row. */
static unsigned int row(void)
{
	int tid = (int)js_syscall0(JS_NR_gettid), t;
	long pid;
	unsigned int i;

	for (i = 0; i < JS_FAULT_THREADS; i++)
		if (__atomic_load_n(&owner[i], __ATOMIC_RELAXED) == tid)
			return i;
	for (i = 0; i < JS_FAULT_THREADS; i++) {
		t = 0;
		if (__atomic_compare_exchange_n(&owner[i], &t, tid, 0,
						__ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
			return take(i);
	}
	/* Full: a row whose thread has ended is free again (tgkill with
	 * signal 0 only checks that the thread exists in this process). */
	pid = js_syscall0(JS_NR_getpid);
	for (i = 0; i < JS_FAULT_THREADS; i++) {
		t = __atomic_load_n(&owner[i], __ATOMIC_RELAXED);
		if (t && js_syscall3(JS_NR_tgkill, pid, t, 0) == -JS_ESRCH &&
		    __atomic_compare_exchange_n(&owner[i], &t, tid, 0,
						__ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
			return take(i);
	}
	return JS_FAULT_THREADS;
}

/* The rule for nr, or -1. */
static int find(long nr, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (rules[i].nr == nr)
			return (int)i;
	return -1;
}

/* The state of rule i in copy c: *f, *l. */
static void unpack(unsigned int i, unsigned long long c, unsigned int gen,
		   unsigned int *f, unsigned int *l)
{
	if ((unsigned int)(c >> 32) == gen) {
		*f = (unsigned int)(c >> 16) & 0xffff;
		*l = (unsigned int)c & 0xffff;
	} else {
		*f = rules[i].first;
		*l = rules[i].last;
	}
}

int js__fault_check(long nr, long *value)
{
	unsigned int n = __atomic_load_n(&nrules, __ATOMIC_ACQUIRE);
	int i = find(nr, n), hit;
	unsigned int gen, f, l;
	unsigned long long *p, c, d;

	if (i < 0)
		return 0;
	gen = __atomic_load_n(&rules[i].gen, __ATOMIC_ACQUIRE);
	p = &copies[row()][i];
	c = __atomic_load_n(p, __ATOMIC_RELAXED);
	do {
		unpack((unsigned int)i, c, gen, &f, &l);
		hit = 0;
		if (f && l) {
			if (l != INF)
				l--;
			if (!--f) {
				hit = 1;
				f = rules[i].step;
			}
		}
		d = (unsigned long long)gen << 32 | f << 16 | l;
	} while (!__atomic_compare_exchange_n(p, &c, d, 0, __ATOMIC_RELAXED,
					      __ATOMIC_RELAXED));
	if (!hit)
		return 0;
	*value = rules[i].value;
	return rules[i].action;
}

void js__fault_forked(long nr, const long a[6])
{
	unsigned long flags = nr == JS_NR_clone ? (unsigned long)a[0] : 0;
	unsigned int i;

	/* clone3's flags are the first field of struct clone_args
	 * (include/uapi/linux/sched.h), which the kernel has just read: the
	 * child has the same memory (copied), so the read cannot fault. */
	if (nr == JS_NR_clone3)
		flags = *(const unsigned long *)a[0];
	/* A thread, or a process sharing the parent's memory (the table is
	 * the parent's too): a row of its own is enough. */
	if (flags & (JS_CLONE_VM | JS_CLONE_THREAD))
		return;
	/* A new process: every row belonged to the parent's threads. */
	for (i = 0; i < JS_FAULT_THREADS; i++)
		__atomic_store_n(&owner[i], 0, __ATOMIC_RELAXED);
	for (i = 0; i < JS_FAULT_MAX; i++)
		__atomic_store_n(&copies[JS_FAULT_THREADS][i], 0, __ATOMIC_RELAXED);
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

long js_fault_add(long nr, int action, long value, unsigned int first,
		  unsigned int last, unsigned int step)
{
	unsigned int n, g;
	int i;

	if (!js_syscall_name(nr) || js__fault_refused(nr))
		return -JS_EINVAL;
	if ((action == JS_FAULT_DO_ERROR && (value < 1 || value > JS_MAX_ERRNO)) ||
	    (action == JS_FAULT_DO_RETVAL && value < 0) ||
	    (action == JS_FAULT_DO_SHORT && js__sc_len_arg(nr) < 0) ||
	    action < JS_FAULT_DO_ERROR || action > JS_FAULT_DO_SHORT)
		return -JS_EINVAL;
	/* strace's ranges (filter_qualify.c): first and step fit its
	 * 16-bit counters, last below its "none" value. */
	if (first < 1 || first > 0xffff || step > 0xffff ||
	    (last != INF && (last < first || last > INF)))
		return -JS_EINVAL;
	n = __atomic_load_n(&nrules, __ATOMIC_ACQUIRE);
	i = find(nr, n);
	if (i < 0) {
		if (n >= JS_FAULT_MAX)
			return -JS_ENOSPC;
		i = (int)n;
	}
	rules[i].nr = nr;
	rules[i].action = (unsigned char)action;
	rules[i].value = action == JS_FAULT_DO_SHORT ? 0 : value;
	rules[i].first = (unsigned short)first;
	rules[i].last = (unsigned short)last;
	rules[i].step = (unsigned short)step;
	/* A new gen makes every thread's copy of the old rule stale (0 is
	 * the copies' "never counted"). */
	do
		g = __atomic_add_fetch(&gens, 1, __ATOMIC_RELAXED);
	while (!g);
	__atomic_store_n(&rules[i].gen, g, __ATOMIC_RELEASE);
	if ((unsigned int)i == n)
		__atomic_store_n(&nrules, n + 1, __ATOMIC_RELEASE);
	js__trace_update();
	return 0;
}

long js_fault_set(long nr, long error, unsigned long when)
{
	unsigned long at = when & ~JS_FAULT_FROM;

	if (error < 0 || (when && !at) || at > 0xffff)
		return -JS_EINVAL;
	return js_fault_add(nr, error ? JS_FAULT_DO_ERROR : JS_FAULT_DO_SHORT,
			    error, when ? (unsigned int)at : 1, INF,
			    !when || (when & JS_FAULT_FROM) ? 1 : 0);
}

void js_fault_clear(void)
{
	__atomic_store_n(&nrules, 0, __ATOMIC_RELEASE);
	js__trace_update();
}

/* ---- LIBJS_FAULT ------------------------------------------------------ */

static int upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* Digits s..e as a number up to max; -1 if not that. */
static long number(const char *s, const char *e, long max)
{
	long v = 0;

	if (s == e)
		return -1;
	for (; s < e; s++) {
		if (*s < '0' || *s > '9' || v > (max - (*s - '0')) / 10)
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

/* An error given by name (ENOENT, any case, as strace takes it) or number
 * (2); -1 if neither. */
static long error_of(const char *s, const char *e)
{
	long v;
	size_t i, n = (size_t)(e - s);

	if (n && s[0] >= '0' && s[0] <= '9') {
		v = number(s, e, JS_MAX_ERRNO);
		return v > 0 ? v : -1;
	}
	if (!n || n > 20)
		return -1;
	for (v = 1; v <= JS_MAX_ERRNO; v++) {
		const char *name = js_errname(v);

		for (i = 0; i < n && name[i] && upper(s[i]) == name[i]; i++)
			;
		if (i == n && !name[i] && !js__streq(name, "EUNKNOWN"))
			return v;
	}
	return -1;
}

/* A return value: decimal, or hexadecimal after 0x; -1 if neither. */
static long retval_of(const char *s, const char *e)
{
	unsigned long v = 0;
	int d;

	if (e - s > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		for (s += 2; s < e; s++) {
			d = *s >= '0' && *s <= '9' ? *s - '0' :
			    upper(*s) >= 'A' && upper(*s) <= 'F' ? upper(*s) - 'A' + 10 : -1;
			if (d < 0 || v >> 59)
				return -1;
			v = v << 4 | (unsigned long)d;
		}
		return v > (unsigned long)0x7fffffffffffffffL ? -1 : (long)v;
	}
	return number(s, e, 0x7fffffffffffffffL);
}

static const char *prefixed(const char *s, const char *e, const char *lit)
{
	while (s < e && *lit && *s == *lit)
		s++, lit++;
	return *lit ? 0 : s;
}

/* strace's when expression s..e: F, F+, F+S, F..L, F..L+, F..L+S. */
static int when_of(const char *s, const char *e, unsigned int w[3])
{
	const char *p = s, *dots = 0, *plus = 0;
	long f, l = INF, st;

	for (; p < e; p++) {
		if (*p == '.' && p + 1 < e && p[1] == '.' && !dots && !plus)
			dots = p++;
		else if (*p == '+' && !plus)
			plus = p;
		else if (*p < '0' || *p > '9')
			return -1;
	}
	f = number(s, dots ? dots : plus ? plus : e, 0xffff);
	if (f < 1)
		return -1;
	if (dots) {
		l = number(dots + 2, plus ? plus : e, INF - 1);
		if (l < f)
			return -1;
	}
	if (plus && plus + 1 < e) {
		st = number(plus + 1, e, 0xffff);
		if (st < 1)
			return -1;
	} else {
		/* F alone: only call F; F+ and F..L[+]: every call. */
		st = plus || dots ? 1 : 0;
	}
	w[0] = (unsigned int)f;
	w[1] = (unsigned int)l;
	w[2] = (unsigned int)st;
	return 0;
}

#define WHY_WHEN "bad when (N, N+, N+STEP, N..M, N..M+STEP; N and STEP 1-65535, M N-65534)"

/* One entry, s..e: the system call, then `:`-separated fields.  On a bad
 * one, *why says what is wrong with it. */
static long entry(const char *s, const char *e, const char **why)
{
	const char *f = s, *fe, *v;
	char name[32];
	int bare_when = 0, action = 0;
	long nr, value = 0, r;
	unsigned int w[3] = { 1, INF, 1 };
	size_t i;

	for (fe = f; fe < e && *fe != ':'; fe++)
		;
	*why = "unknown system call";
	if ((size_t)(fe - f) >= sizeof name)
		return -JS_EINVAL;
	for (i = 0; f + i < fe; i++)
		name[i] = f[i];
	name[i] = 0;
	nr = js_syscall_nr(name);
	if (nr < 0)
		return -JS_EINVAL;
	if ((*why = js__fault_refused(nr)))
		return -JS_EINVAL;
	while (fe < e) {
		f = fe + 1;
		for (fe = f; fe < e && *fe != ':'; fe++)
			;
		if ((v = prefixed(f, fe, "when=")) || (!prefixed(f, fe, "error=") &&
				!prefixed(f, fe, "retval=") && action)) {
			/* when=W anywhere (strace lets a later one replace an
			 * earlier one), or a bare W after the action. */
			if (!v) {
				v = f;
				*why = "more than <syscall>:<error>:<when>";
				if (bare_when++)
					return -JS_EINVAL;
			}
			*why = WHY_WHEN;
			if (when_of(v, fe, w) < 0)
				return -JS_EINVAL;
			continue;
		}
		*why = "more than one action (error, retval or short)";
		if (action)
			return -JS_EINVAL;
		if ((v = prefixed(f, fe, "retval="))) {
			*why = "bad retval (a number from 0, decimal or 0x hexadecimal)";
			action = JS_FAULT_DO_RETVAL;
			value = retval_of(v, fe);
		} else if (!(v = prefixed(f, fe, "error=")) && fe - f == 5 &&
			   prefixed(f, fe, "short")) {
			action = JS_FAULT_DO_SHORT;	/* libjs's own, bare only */
		} else {
			*why = "unknown error (a name such as EINTR, a number 1-4095, or short)";
			action = JS_FAULT_DO_ERROR;
			value = error_of(v ? v : f, fe);
		}
		if (value < 0)
			return -JS_EINVAL;
	}
	*why = "not <syscall>:<error>[:<when>] or <syscall>:error=<error>|retval=<value>[:when=<when>]";
	if (!action)
		return -JS_EINVAL;
	r = js_fault_add(nr, action, value, w[0], w[1], w[2]);
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

/* ---- Across execve ---------------------------------------------------- */

size_t js__fault_env(char *buf, size_t size)
{
	char *const start = buf;
	struct js__w w = { buf, buf + size - 2 };
	unsigned int n = __atomic_load_n(&nrules, __ATOMIC_ACQUIRE), i, f, l;
	unsigned int r = row();
	int any = 0;

	if (size < 2)
		return 0;
	JS__PUTS(&w, "LIBJS_FAULT=");
	for (i = 0; i < n; i++) {
		struct rule *u = &rules[i];
		unsigned int s = u->step;
		const char *en;

		unpack(i, __atomic_load_n(&copies[r][i], __ATOMIC_RELAXED),
		       __atomic_load_n(&u->gen, __ATOMIC_ACQUIRE), &f, &l);
		/* Spent: no call can be injected any more. */
		if (!f || !l || (l != INF && l < f))
			continue;
		if (any++)
			js__putc(&w, ',');
		js__put(&w, js_syscall_name(u->nr));
		js__putc(&w, ':');
		if (u->action == JS_FAULT_DO_SHORT) {
			JS__PUTS(&w, "short");
		} else if (u->action == JS_FAULT_DO_RETVAL) {
			JS__PUTS(&w, "retval=");
			js__put_dec(&w, u->value);
		} else if (!js__streq(en = js_errname(u->value), "EUNKNOWN")) {
			js__put(&w, en);
		} else {
			js__put_dec(&w, u->value);
		}
		js__putc(&w, ':');
		/* The window left, as a when that a fresh count reads the
		 * same: (f, none, 0) is "f", (f, none, s) "f+s", and a
		 * finite one "f..l+s" ("f" when s is 0: call f only). */
		js__put_udec(&w, f);
		if (l != INF && s) {
			JS__PUTS(&w, "..");
			js__put_udec(&w, l);
		}
		if (s) {
			js__putc(&w, '+');
			js__put_udec(&w, s);
		}
	}
	*w.p = 0;
	return w.p == w.end ? 0 : (size_t)(w.p - start);
}

/* The first bytes of the caller's memory at p, read without faulting. */
static size_t peek(void *dst, const void *p, size_t n)
{
	return js__fetch(dst, p, n, 1);
}

#define ENV_TEXT 2048

long js__fault_exec(long nr, const long a[6])
{
	static const char var[] = "LIBJS_FAULT=";
	int k = nr == JS_NR_execveat ? 3 : 2;
	const long *envp = (const long *)a[k];
	long b[6], chunk[32], r, *nev, got;
	size_t n = 0, i, j, size;
	char head[sizeof var - 1], *text;
	int done = 0;

	for (i = 0; i < 6; i++)
		b[i] = a[i];
	/* Count the caller's variables; if they cannot be read (a bad
	 * pointer: the kernel will say EFAULT; or no process_vm_readv, as
	 * under qemu-user) the call goes as given. */
	while (envp && !done) {
		got = (long)(peek(chunk, envp + n, sizeof chunk) / sizeof chunk[0]);
		if (!got)
			goto plain;
		for (i = 0; i < (size_t)got && !done; i++, n++)
			done = !chunk[i];
		n -= done;
	}
	size = (n + 2) * sizeof(long) + ENV_TEXT;
	nev = (long *)js_syscall6(JS_NR_mmap, 0, (long)size,
				  JS_PROT_READ | JS_PROT_WRITE,
				  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	if (JS_IS_ERR_VALUE((long)nev))
		goto plain;
	for (i = j = 0; i < n; i++) {
		long v;

		if (peek(&v, envp + i, sizeof v) != sizeof v)
			break;
		/* Every LIBJS_FAULT goes: the new image gets this thread's. */
		got = (long)peek(head, (const void *)v, sizeof head);
		if (got == (long)sizeof head && prefixed(head, head + sizeof head, var))
			continue;
		nev[j++] = v;
	}
	text = (char *)(nev + n + 2);
	if (js__fault_env(text, ENV_TEXT) > sizeof var - 1)
		nev[j++] = (long)text;
	nev[j] = 0;
	b[k] = (long)nev;
	r = js_syscall6(nr, b[0], b[1], b[2], b[3], b[4], b[5]);
	js_syscall2(JS_NR_munmap, (long)nev, (long)size);
	return r;
plain:
	return js_syscall6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}
