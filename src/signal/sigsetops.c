/* sigsetops(3) over the kernel's set: signal n is bit n-1.  A NULL set
 * gives -JS_EFAULT, as the kernel would, rather than a crash here. */
#include <libjs/signal.h>
#include <libjs/errno.h>

#define BITS (8 * sizeof(unsigned long))

long js_sigemptyset(js_sigset_t *set)
{
	if (!set)
		return -JS_EFAULT;
	for (unsigned i = 0; i < sizeof set->sig / sizeof set->sig[0]; i++)
		set->sig[i] = 0;
	return 0;
}

long js_sigfillset(js_sigset_t *set)
{
	if (!set)
		return -JS_EFAULT;
	for (unsigned i = 0; i < sizeof set->sig / sizeof set->sig[0]; i++)
		set->sig[i] = ~0UL;
	return 0;
}

/* 0, or the error for this set and signal number */
static long check(const js_sigset_t *set, int sig)
{
	if (!set)
		return -JS_EFAULT;
	return sig < 1 || sig > JS_NSIG ? -JS_EINVAL : 0;
}

long js_sigaddset(js_sigset_t *set, int sig)
{
	long e = check(set, sig);

	if (e)
		return e;
	set->sig[(sig - 1) / BITS] |= 1UL << ((sig - 1) % BITS);
	return 0;
}

long js_sigdelset(js_sigset_t *set, int sig)
{
	long e = check(set, sig);

	if (e)
		return e;
	set->sig[(sig - 1) / BITS] &= ~(1UL << ((sig - 1) % BITS));
	return 0;
}

long js_sigismember(const js_sigset_t *set, int sig)
{
	long e = check(set, sig);

	if (e)
		return e;
	return (set->sig[(sig - 1) / BITS] >> ((sig - 1) % BITS)) & 1;
}
