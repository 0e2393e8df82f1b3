/* IRELATIVE relocations (src/rt/irel.c, and rcrt1.o's own pass in the
 * static-pie build of tests/sh/test_rt_pie.sh): an ifunc's resolver runs
 * before main, gets what glibc passes it on this architecture
 * (arch/<arch>/resolver.h) and the function then runs the implementation
 * it chose.  libjs-cc links irel.c in because the program has IRELATIVE
 * relocations. */
#include "runner.h"
#include "resolver.h"

static int resolver_calls;

static int impl_plain(int x) { return x + 1; }
static int impl_chosen(int x) { return x * 10; }

typedef int (*pick_fn)(int);
__attribute__((used)) static pick_fn resolve_pick(JT_RESOLVER_PARAMS)
{
	JT_RESOLVER_SAVE();
	resolver_calls++;
	(void)impl_plain;
	return impl_chosen;
}
int pick(int x) __attribute__((ifunc("resolve_pick")));

static void t_resolved(void)
{
	CHECK_EQ(pick(4), 40);
	CHECK_EQ(resolver_calls, 1);
}

static void t_resolver_args(void)
{
	CHECK(JT_RESOLVER_ARGS_OK());
}

JT_MAIN(T(t_resolved), T(t_resolver_args))
