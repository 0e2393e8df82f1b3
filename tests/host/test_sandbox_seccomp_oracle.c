/* The filter builder against libseccomp (a test oracle only, never a
 * dependency of libjs): for random sets of numbers, allow- and
 * deny-lists, libseccomp's program and js_seccomp_build's give the same
 * answer for every number 0..N, and both kill a call of another
 * architecture.  Both programs run in tests/free/bpf_run.h's interpreter.
 * Also: our program is never longer than libseccomp's linear one by more
 * than the tree's own jumps, and runs at most log2(n) + 10 instructions
 * where libseccomp's runs up to n. */
#include <seccomp.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/mman.h>
#include "host.h"
#include "../free/bpf_run.h"
#include <libjs/sandbox.h>

#define N 600

static struct js_sock_filter theirs[8192], ours[4096];

/* libseccomp's program for (set, action, default). */
static size_t libseccomp_prog(const unsigned int *set, size_t n,
			      unsigned int action, unsigned int dflt)
{
	scmp_filter_ctx ctx = seccomp_init(dflt);
	int fd = memfd_create("bpf", 0);
	ssize_t got;

	assert_non_null(ctx);
	assert_true(fd >= 0);
	for (size_t i = 0; i < n; i++) {
		int r = seccomp_rule_add(ctx, action, (int)set[i], 0);

		/* -EEXIST: the random set repeats a number. */
		assert_true(r == 0 || r == -EEXIST);
	}
	assert_int_equal(seccomp_export_bpf(ctx, fd), 0);
	got = pread(fd, theirs, sizeof theirs, 0);
	assert_true(got > 0 && got % sizeof theirs[0] == 0);
	close(fd);
	seccomp_release(ctx);
	return (size_t)got / sizeof theirs[0];
}

static void compare(unsigned int action, unsigned int dflt, int rounds)
{
	static unsigned int set[N], copy[N];
	unsigned int seed = 1;

	for (int round = 0; round < rounds; round++) {
		size_t n = 0, tlen;
		long olen;
		unsigned int every = 2 + (unsigned int)(rand_r(&seed) % 40);
		unsigned int worst_ours = 0, worst_theirs = 0, lg = 0;

		for (unsigned int i = 0; i < N; i++)
			if (rand_r(&seed) % every == 0)
				set[n++] = i;
		if (round == 0)
			n = 0;
		memcpy(copy, set, n * sizeof set[0]);
		tlen = libseccomp_prog(set, n, action, dflt);
		olen = js_seccomp_build(ours, 4096, copy, n, action, dflt);
		assert_true(olen > 0);
		for (size_t k = n; k > 1; k >>= 1)
			lg++;
		for (int nr = 0; nr < N + 40; nr++) {
			struct js_seccomp_data d = { nr, JS_AUDIT_ARCH, 0, { 0 } };
			unsigned int so, st;
			unsigned int o = bpf_run(ours, (size_t)olen, &d, &so);
			unsigned int t = bpf_run(theirs, tlen, &d, &st);

			if (o != t)
				fail_msg("round %d, nr %d: libjs %#x, libseccomp %#x",
					 round, nr, o, t);
			if (so > worst_ours)
				worst_ours = so;
			if (st > worst_theirs)
				worst_theirs = st;
			/* Another architecture: both refuse (libseccomp
			 * kills the thread, libjs the process). */
			d.arch = JS_AUDIT_ARCH_I386;
			o = bpf_run(ours, (size_t)olen, &d, 0);
			t = bpf_run(theirs, tlen, &d, 0);
			assert_int_equal(o, JS_SECCOMP_RET_KILL_PROCESS);
			assert_true((t & JS_SECCOMP_RET_ACTION_FULL) ==
					    JS_SECCOMP_RET_KILL_THREAD ||
				    (t & JS_SECCOMP_RET_ACTION_FULL) ==
					    JS_SECCOMP_RET_KILL_PROCESS);
		}
		assert_true(worst_ours <= lg + 10);
		if (round == rounds - 1)
			printf("# %zu numbers: libjs %ld instructions, at most %u run; "
			       "libseccomp %zu, at most %u run\n",
			       n, olen, worst_ours, tlen, worst_theirs);
	}
}

static void allow_list(void **state)
{
	(void)state;
	compare(JS_SECCOMP_RET_ALLOW, JS_SECCOMP_RET_KILL_PROCESS, 60);
	compare(JS_SECCOMP_RET_ALLOW, JS_SECCOMP_RET_ERRNO | ENOSYS, 20);
}

static void deny_list(void **state)
{
	(void)state;
	compare(JS_SECCOMP_RET_ERRNO | EPERM, JS_SECCOMP_RET_ALLOW, 60);
	compare(JS_SECCOMP_RET_KILL_PROCESS, JS_SECCOMP_RET_LOG, 20);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(allow_list),
		cmocka_unit_test(deny_list),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
