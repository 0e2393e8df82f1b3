/* The memory calls of the kernel-and-memory group with no libc, on every
 * architecture (qemu-user for aarch64 and riscv64).  Where qemu-user 7.2
 * lacks a call (JS_RUN set) the test asserts its exact answer instead;
 * docs/kern.md lists these gaps. */
#include "runner.h"
#include "mem_arch.h"

#define PAGE 4096UL

static int under_qemu(void)
{
	const char *e = js_getenv("JS_RUN");

	return e && *e;
}

static char *anon(unsigned long n)
{
	char *p = js_mmap(0, n, JS_PROT_READ | JS_PROT_WRITE,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	CHECK(!JS_IS_ERR(p));
	return p;
}

static void t_mlock2(void)
{
	char *p = anon(4 * PAGE);
	long r = js_mlock2(p, 4 * PAGE, JS_MLOCK_ONFAULT);

	if (under_qemu()) {
		CHECK_EQ(r, -JS_ENOSYS);
		js_munmap(p, 4 * PAGE);
		return;
	}
	CHECK_EQ(r, 0);
	CHECK_EQ(js_munlock(p, 4 * PAGE), 0);
	CHECK_EQ(js_mlock2(p, PAGE, 2), -JS_EINVAL);
	js_munmap(p, 4 * PAGE);
	CHECK_EQ(js_mlock2(p, PAGE, 0), -JS_ENOMEM);
}

static void t_pkeys(void)
{
	long k = js_pkey_alloc(0, JS_PKEY_DISABLE_WRITE);

	if (under_qemu()) {
		CHECK_EQ(k, -JS_ENOSYS);
		return;
	}
	/* An architecture whose kernel has no pkeys (mem_arch.h). */
	if (jt_kernel_before(JT_PKEYS_SINCE_MAJOR, JT_PKEYS_SINCE_MINOR)) {
		CHECK_EQ(k, -JS_ENOSYS);
		CHECK_EQ(js_pkey_free(1), -JS_ENOSYS);
		CHECK_EQ(js_pkey_mprotect(0, PAGE, JS_PROT_READ, -1), -JS_ENOSYS);
		jt_not_run("this kernel has no pkey_* calls on this architecture (mem_arch.h)");
		return;
	}
	/* x86_64 without PKU (this machine): the first call of a process
	 * is EINVAL, later ones ENOSPC. */
	if (k >= 0)
		CHECK_EQ(js_pkey_free((int)k), 0);
	else
		CHECK(k == -JS_EINVAL || k == -JS_ENOSPC);
	CHECK_EQ(js_pkey_alloc(1, 0), -JS_EINVAL);
	CHECK_EQ(js_pkey_free(15), -JS_EINVAL);
	char *p = anon(PAGE);
	CHECK_EQ(js_pkey_mprotect(p, PAGE, JS_PROT_READ, -1), 0);
	CHECK_EQ(js_pkey_mprotect(p, PAGE, JS_PROT_READ, 15), -JS_EINVAL);
	js_munmap(p, PAGE);
}

static void t_mempolicy(void)
{
	int mode = -1;
	unsigned long mask[2] = { 0, 0 };
	const unsigned long node0 = 1;
	long r = js_get_mempolicy(&mode, mask, 128, 0, 0);

	if (under_qemu()) {
		CHECK_EQ(r, -JS_ENOSYS);
		CHECK_EQ(js_set_mempolicy(JS_MPOL_DEFAULT, 0, 0), -JS_ENOSYS);
		CHECK_EQ(js_mbind(0, PAGE, JS_MPOL_DEFAULT, 0, 0, 0), -JS_ENOSYS);
		return;
	}
	CHECK_EQ(r, 0);
	CHECK_EQ(mode, JS_MPOL_DEFAULT);
	CHECK_EQ(js_set_mempolicy(JS_MPOL_BIND, &node0, 64), 0);
	CHECK_EQ(js_get_mempolicy(&mode, mask, 128, 0, 0), 0);
	CHECK_EQ(mode, JS_MPOL_BIND);
	CHECK_EQ(mask[0], 1);
	CHECK_EQ(js_set_mempolicy(JS_MPOL_DEFAULT, 0, 0), 0);
	char *p = anon(2 * PAGE);
	CHECK_EQ(js_mbind(p, 2 * PAGE, JS_MPOL_BIND, &node0, 64, 0), 0);
	CHECK_EQ(js_get_mempolicy(&mode, mask, 128, p, JS_MPOL_F_ADDR), 0);
	CHECK_EQ(mode, JS_MPOL_BIND);
	CHECK_EQ(js_set_mempolicy_home_node((unsigned long)p, 2 * PAGE, 0, 0), 0);
	p[0] = 1;
	void *pages[1] = { p };
	int status[1] = { -1 };
	CHECK_EQ(js_move_pages(0, 1, pages, 0, status, 0), 0);
	CHECK_EQ(status[0], 0);
	CHECK_EQ(js_migrate_pages(0, 64, &node0, &node0), 0);
	js_munmap(p, 2 * PAGE);
}

static void t_memfd_secret(void)
{
	long fd = js_memfd_secret(JS_O_CLOEXEC);

	if (under_qemu()) {
		CHECK_EQ(fd, -JS_ENOSYS);
		return;
	}
	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK_EQ(js_ftruncate((int)fd, PAGE), 0);
	char *m = js_mmap(0, PAGE, JS_PROT_READ | JS_PROT_WRITE, JS_MAP_SHARED, (int)fd, 0);
	CHECK(!JS_IS_ERR(m));
	if (JS_IS_ERR(m)) {
		js_close((int)fd);
		return;
	}
	m[0] = 's';
	CHECK_EQ(m[0], 's');
	js_munmap(m, PAGE);
	js_close((int)fd);
	CHECK_EQ(js_memfd_secret(1), -JS_EINVAL);
}

static void t_mseal(void)
{
	char *p = anon(2 * PAGE);
	long r = js_mseal(p, PAGE, 0);

	/* qemu-user 7.2 predates mseal (6.10). */
	if (under_qemu()) {
		CHECK_EQ(r, -JS_ENOSYS);
		return;
	}
	/* So does make check-boot's 6.1 kernel (docs/boot.md). */
	if (jt_kernel_before(6, 10)) {
		CHECK_EQ(r, -JS_ENOSYS);
		js_munmap(p, 2 * PAGE);
		jt_not_run("mseal is Linux 6.10's: -ENOSYS asserted");
		return;
	}
	CHECK_EQ(r, 0);
	CHECK_EQ(js_munmap(p, PAGE), -JS_EPERM);
	CHECK_EQ(js_mprotect(p, PAGE, JS_PROT_READ), -JS_EPERM);
	CHECK_EQ(js_mseal(p + PAGE, PAGE, 1), -JS_EINVAL);
	CHECK_EQ(js_munmap(p + PAGE, PAGE), 0);
}

/* No user shadow stacks on this kernel (x86_64), nor in qemu-user: the
 * call answers ENOSYS everywhere here. */
static void t_map_shadow_stack(void)
{
	void *p = js_map_shadow_stack(0, PAGE, JS_SHADOW_STACK_SET_TOKEN);

	CHECK(JS_IS_ERR(p));
	CHECK_EQ(JS_PTR_ERR(p), -JS_ENOSYS);
}

static void t_remap_file_pages(void)
{
	long fd = js_memfd_create("rfp", JS_MFD_CLOEXEC);
	char buf[PAGE];
	volatile char fill = 'a';

	CHECK(fd >= 0);
	for (int page = 0; page < 2; page++, fill = 'b') {
		for (unsigned i = 0; i < PAGE; i++)
			buf[i] = fill;
		CHECK_EQ(js_write((int)fd, buf, PAGE), PAGE);
	}
	char *m = js_mmap(0, 2 * PAGE, JS_PROT_READ, JS_MAP_SHARED, (int)fd, 0);
	CHECK(!JS_IS_ERR(m));
	long r = js_remap_file_pages(m, PAGE, 0, 1, 0);
	if (under_qemu()) {
		CHECK_EQ(r, -JS_ENOSYS);
	} else {
		CHECK_EQ(r, 0);
		CHECK_EQ(m[0], 'b');
		CHECK_EQ(js_remap_file_pages(m, PAGE, JS_PROT_READ, 1, 0), -JS_EINVAL);
	}
	js_munmap(m, 2 * PAGE);
	js_close((int)fd);
}

JT_MAIN(T(t_mlock2), T(t_pkeys), T(t_mempolicy), T(t_memfd_secret),
	T(t_mseal), T(t_map_shadow_stack), T(t_remap_file_pages))
