/* The memory calls of the kernel-and-memory group: mlock2, the pkey calls
 * and remap_file_pages next to glibc's wrappers (same results, same
 * errors); the NUMA policy calls, memfd_secret, mseal and
 * map_shadow_stack, which glibc 2.36 does not wrap, against the kernel's
 * behaviour. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "host.h"
#include <libjs/mem.h>
#include <libjs/fs.h>
#include <libjs/errno.h>

static long psz;

static void *anon(size_t n)
{
	void *p = mmap(0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(p != MAP_FAILED);
	return p;
}

static void mlock2_matches_glibc(void **state)
{
	(void)state;
	char *p = anon(4 * psz);

	assert_int_equal(js_mlock2(p, 4 * psz, JS_MLOCK_ONFAULT), 0);
	assert_int_equal(js_munlock(p, 4 * psz), 0);
	assert_int_equal(mlock2(p, 4 * psz, MLOCK_ONFAULT), 0);
	assert_int_equal(munlock(p, 4 * psz), 0);
	assert_int_equal(js_mlock2(p, psz, 0), 0);
	assert_int_equal(js_munlock(p, psz), 0);
	/* Unknown flags; an unmapped range. */
	assert_int_equal(js_mlock2(p, psz, 2), -JS_EINVAL);
	assert_int_equal(mlock2(p, psz, 2), -1);
	assert_int_equal(errno, EINVAL);
	munmap(p, 4 * psz);
	assert_int_equal(js_mlock2(p, psz, JS_MLOCK_ONFAULT), -JS_ENOMEM);
	assert_int_equal(mlock2(p, psz, MLOCK_ONFAULT), -1);
	assert_int_equal(errno, ENOMEM);
}

/* The first pkey_alloc of a fresh process, through libjs or glibc, in a
 * child: the result, or -errno.  (A CPU without protection keys makes the
 * kernel answer the first call of a process EINVAL and every later one
 * ENOSPC, so only first calls compare.) */
static long first_pkey_alloc(int through_glibc)
{
	int p[2];
	long r = -99999;

	if (pipe(p) != 0)
		return r;
	pid_t pid = fork();
	if (pid == 0) {
		alarm(10);
		long v;
		if (through_glibc) {
			v = pkey_alloc(0, PKEY_DISABLE_WRITE);
			if (v < 0)
				v = -errno;
		} else {
			v = js_pkey_alloc(0, JS_PKEY_DISABLE_WRITE);
		}
		_exit(write(p[1], &v, sizeof v) == sizeof v ? 0 : 1);
	}
	close(p[1]);
	if (read(p[0], &r, sizeof r) != sizeof r)
		r = -99999;
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
	return r;
}

/* Where the CPU has protection keys both allocate one; where it has none
 * (this machine's x86_64 without PKU) both fail with the same error. */
static void pkeys_match_glibc(void **state)
{
	(void)state;
	long k = first_pkey_alloc(0);
	long g = first_pkey_alloc(1);

	assert_int_equal(k, g);
	k = js_pkey_alloc(0, JS_PKEY_DISABLE_WRITE);
	if (k >= 0) {
		char *p = anon(psz);
		assert_int_equal(js_pkey_mprotect(p, psz, JS_PROT_READ | JS_PROT_WRITE, (int)k), 0);
		assert_int_equal(js_pkey_free((int)k), 0);
		munmap(p, psz);
	} else {
		assert_true(k == -JS_EINVAL || k == -JS_ENOSPC);
	}
	/* Flags must be 0; rights only the two bits. */
	assert_int_equal(js_pkey_alloc(1, 0), -JS_EINVAL);
	assert_int_equal(pkey_alloc(1, 0), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(js_pkey_alloc(0, 4), -JS_EINVAL);
	/* A key never allocated */
	assert_int_equal(js_pkey_free(15), -JS_EINVAL);
	assert_int_equal(pkey_free(15), -1);
	assert_int_equal(errno, EINVAL);
	/* pkey -1 is mprotect. */
	char *p = anon(psz);
	assert_int_equal(js_pkey_mprotect(p, psz, JS_PROT_READ, -1), 0);
	assert_int_equal(pkey_mprotect(p, psz, PROT_READ, -1), 0);
	assert_int_equal(js_pkey_mprotect(p, psz, JS_PROT_READ, 15), -JS_EINVAL);
	assert_int_equal(pkey_mprotect(p, psz, PROT_READ, 15), -1);
	assert_int_equal(errno, EINVAL);
	munmap(p, psz);
}

/* remap_file_pages: the page at p shows the file's page 1 afterwards. */
static void remap_file_pages_matches_glibc(void **state)
{
	(void)state;
	char path[] = "/tmp/libjs-rfp.XXXXXX";
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	unlink(path);
	char *buf = calloc(2, psz);
	memset(buf, 'a', psz);
	memset(buf + psz, 'b', psz);
	assert_int_equal(write(fd, buf, 2 * psz), 2 * psz);
	free(buf);
	for (int round = 0; round < 2; round++) {
		char *m = mmap(0, 2 * psz, PROT_READ, MAP_SHARED, fd, 0);
		assert_true(m != MAP_FAILED);
		assert_int_equal(m[0], 'a');
		long r = round ? remap_file_pages(m, psz, 0, 1, 0)
			       : js_remap_file_pages(m, psz, 0, 1, 0);
		assert_int_equal(r, 0);
		assert_int_equal(m[0], 'b');
		/* prot must be 0 */
		if (round) {
			assert_int_equal(remap_file_pages(m, psz, PROT_READ, 1, 0), -1);
			assert_int_equal(errno, EINVAL);
		} else {
			assert_int_equal(js_remap_file_pages(m, psz, JS_PROT_READ, 1, 0), -JS_EINVAL);
		}
		munmap(m, 2 * psz);
	}
	/* A private mapping cannot be remapped. */
	char *m = mmap(0, 2 * psz, PROT_READ, MAP_PRIVATE, fd, 0);
	assert_int_equal(js_remap_file_pages(m, psz, 0, 1, 0), -JS_EINVAL);
	assert_int_equal(remap_file_pages(m, psz, 0, 1, 0), -1);
	assert_int_equal(errno, EINVAL);
	munmap(m, 2 * psz);
	close(fd);
}

/* NUMA: the caller's policy and a range's, on node 0, set and read back. */
static void mempolicy_round_trip(void **state)
{
	(void)state;
	int mode = -1;
	unsigned long mask[2] = { 0, 0 };
	const unsigned long node0 = 1;

	assert_int_equal(js_get_mempolicy(&mode, mask, 128, 0, 0), 0);
	assert_int_equal(mode, JS_MPOL_DEFAULT);
	assert_int_equal(js_set_mempolicy(JS_MPOL_BIND, &node0, 64), 0);
	assert_int_equal(js_get_mempolicy(&mode, mask, 128, 0, 0), 0);
	assert_int_equal(mode, JS_MPOL_BIND);
	assert_int_equal(mask[0], 1);
	assert_int_equal(js_set_mempolicy(JS_MPOL_DEFAULT, 0, 0), 0);
	assert_int_equal(js_get_mempolicy(&mode, 0, 0, 0, 0), 0);
	assert_int_equal(mode, JS_MPOL_DEFAULT);
	/* A mode that does not exist; BIND with no node. */
	assert_int_equal(js_set_mempolicy(99, &node0, 64), -JS_EINVAL);
	const unsigned long none = 0;
	assert_int_equal(js_set_mempolicy(JS_MPOL_BIND, &none, 64), -JS_EINVAL);

	char *p = anon(4 * psz);
	assert_int_equal(js_mbind(p, 4 * psz, JS_MPOL_BIND, &node0, 64, 0), 0);
	mask[0] = 0;
	assert_int_equal(js_get_mempolicy(&mode, mask, 128, p, JS_MPOL_F_ADDR), 0);
	assert_int_equal(mode, JS_MPOL_BIND);
	assert_int_equal(mask[0], 1);
	/* The home node of a BIND range: 0 (flags must be 0). */
	assert_int_equal(js_set_mempolicy_home_node((unsigned long)p, 4 * psz, 0, 0), 0);
	assert_int_equal(js_set_mempolicy_home_node((unsigned long)p, 4 * psz, 0, 1), -JS_EINVAL);
	/* Where a touched page is: node 0. */
	p[0] = 1;
	void *pages[1] = { p };
	int status[1] = { -1 };
	assert_int_equal(js_move_pages(0, 1, pages, 0, status, 0), 0);
	assert_int_equal(status[0], 0);
	/* Moving it to node 0, where it is. */
	int nodes[1] = { 0 };
	assert_int_equal(js_move_pages(0, 1, pages, nodes, status, JS_MPOL_MF_MOVE), 0);
	assert_int_equal(status[0], 0);
	assert_int_equal(js_move_pages(0, 1, pages, nodes, status, 0x100), -JS_EINVAL);
	/* Back to the default; MF_STRICT with a wrong mode. */
	assert_int_equal(js_mbind(p, 4 * psz, JS_MPOL_DEFAULT, 0, 0, 0), 0);
	assert_int_equal(js_get_mempolicy(&mode, 0, 0, p, JS_MPOL_F_ADDR), 0);
	assert_int_equal(mode, JS_MPOL_DEFAULT);
	assert_int_equal(js_mbind(p, 4 * psz, 99, &node0, 64, 0), -JS_EINVAL);
	assert_int_equal(js_mbind(p, 4 * psz, JS_MPOL_DEFAULT, 0, 0, JS_MPOL_MF_LAZY), -JS_EINVAL);
	munmap(p, 4 * psz);
	/* Node 0 to node 0: nothing to move, 0 left behind. */
	assert_int_equal(js_migrate_pages(0, 64, &node0, &node0), 0);
	assert_int_equal(js_migrate_pages(-1, 64, &node0, &node0), -JS_ESRCH);
}

static void memfd_secret_maps(void **state)
{
	(void)state;
	long fd = js_memfd_secret(JS_O_CLOEXEC);

	/* This kernel has CONFIG_SECRETMEM (without it: -JS_ENOSYS). */
	assert_true(fd >= 0);
	assert_int_equal(ftruncate((int)fd, psz), 0);
	char *m = mmap(0, psz, PROT_READ | PROT_WRITE, MAP_SHARED, (int)fd, 0);
	assert_true(m != MAP_FAILED);
	strcpy(m, "secret");
	assert_string_equal(m, "secret");
	munmap(m, psz);
	/* read(2) of a secret fd is refused. */
	char c;
	assert_int_equal(js_read((int)fd, &c, 1), -JS_EINVAL);
	close((int)fd);
	assert_int_equal(js_memfd_secret(0x1), -JS_EINVAL);
}

static void mseal_refuses_munmap(void **state)
{
	(void)state;
	char *p = anon(2 * psz);

	assert_int_equal(js_mseal(p, psz, 0), 0);
	assert_int_equal(js_munmap(p, psz), -JS_EPERM);
	assert_int_equal(js_mprotect(p, psz, JS_PROT_READ), -JS_EPERM);
	/* The neighbour is not sealed. */
	assert_int_equal(js_mprotect(p + psz, psz, JS_PROT_READ), 0);
	/* flags must be 0; the length is rounded but the start must be
	 * page-aligned. */
	assert_int_equal(js_mseal(p + psz, psz, 1), -JS_EINVAL);
	assert_int_equal(js_mseal(p + 1, psz, 0), -JS_EINVAL);
	assert_int_equal(js_munmap(p + psz, psz), 0);
	/* An unmapped range */
	assert_int_equal(js_mseal(p + psz, psz, 0), -JS_ENOMEM);
	/* p stays mapped (and sealed) until exit. */
}

/* This kernel has no user shadow stacks (CONFIG_X86_USER_SHADOW_STACK off,
 * and no CET on the CPU): the call exists and answers ENOSYS. */
static void map_shadow_stack_enosys(void **state)
{
	(void)state;
	void *p = js_map_shadow_stack(0, 4096, JS_SHADOW_STACK_SET_TOKEN);

	assert_true(JS_IS_ERR(p));
	assert_int_equal(JS_PTR_ERR(p), -JS_ENOSYS);
}

int main(void)
{
	psz = sysconf(_SC_PAGESIZE);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mlock2_matches_glibc),
		cmocka_unit_test(pkeys_match_glibc),
		cmocka_unit_test(remap_file_pages_matches_glibc),
		cmocka_unit_test(mempolicy_round_trip),
		cmocka_unit_test(memfd_secret_maps),
		cmocka_unit_test(mseal_refuses_munmap),
		cmocka_unit_test(map_shadow_stack_enosys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
