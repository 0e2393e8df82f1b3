/* sigsetops(3) over the kernel's set: signal n is bit n-1. */
#include <libjs/signal.h>
#include <libjs/errno.h>

#define BITS (8 * sizeof(unsigned long))

long js_sigemptyset(js_sigset_t *set)
{
	for (unsigned i = 0; i < sizeof set->sig / sizeof set->sig[0]; i++)
		set->sig[i] = 0;
	return 0;
}

long js_sigfillset(js_sigset_t *set)
{
	for (unsigned i = 0; i < sizeof set->sig / sizeof set->sig[0]; i++)
		set->sig[i] = ~0UL;
	return 0;
}

static int bad(int sig)
{
	return sig < 1 || sig > JS_NSIG;
}

long js_sigaddset(js_sigset_t *set, int sig)
{
	if (bad(sig))
		return -JS_EINVAL;
	set->sig[(sig - 1) / BITS] |= 1UL << ((sig - 1) % BITS);
	return 0;
}

long js_sigdelset(js_sigset_t *set, int sig)
{
	if (bad(sig))
		return -JS_EINVAL;
	set->sig[(sig - 1) / BITS] &= ~(1UL << ((sig - 1) % BITS));
	return 0;
}

long js_sigismember(const js_sigset_t *set, int sig)
{
	if (bad(sig))
		return -JS_EINVAL;
	return (set->sig[(sig - 1) / BITS] >> ((sig - 1) % BITS)) & 1;
}
