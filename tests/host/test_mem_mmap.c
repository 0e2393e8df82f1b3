/* Mappings against the kernel, glibc as the oracle: anonymous and
 * file-backed mmap, mprotect enforced (a write to a read-only page is a
 * SIGSEGV, caught with glibc's sigaction), mremap growth keeping contents,
 * memfd round trip, and the smaller neighbours. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include "host.h"
#include <libjs/mem.h>
#include <libjs/fs.h>
#include <libjs/events.h>
#include <libjs/errno.h>

#define PAGE 4096UL

static void *anon(size_t len)
{
	void *p = js_mmap(0, len, JS_PROT_READ | JS_PROT_WRITE,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	assert_false(JS_IS_ERR(p));
	return p;
}

static void anonymous_mapping(void **state)
{
	(void)state;
	unsigned char *p = anon(2 * PAGE);
	assert_int_equal((uintptr_t)p % PAGE, 0);
	/* Fresh anonymous memory is zero. */
	for (size_t i = 0; i < 2 * PAGE; i++)
		assert_int_equal(p[i], 0);
	memset(p, 0xa5, 2 * PAGE);
	assert_int_equal(p[2 * PAGE - 1], 0xa5);

	/* MAP_FIXED_NOREPLACE refuses to overwrite what is there. */
	void *q = js_mmap(p, PAGE, JS_PROT_READ,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS |
				  JS_MAP_FIXED_NOREPLACE, -1, 0);
	assert_true(JS_IS_ERR(q));
	assert_int_equal(JS_PTR_ERR(q), -JS_EEXIST);
	assert_int_equal(js_munmap(p, 2 * PAGE), 0);

	/* Errors come back as error pointers, the same errno as glibc. */
	void *e = js_mmap(0, 0, JS_PROT_READ,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	assert_true(JS_IS_ERR(e));
	assert_int_equal(JS_PTR_ERR(e), -JS_EINVAL);
	errno = 0;
	assert_ptr_equal(mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS,
			      -1, 0), MAP_FAILED);
	assert_int_equal(errno, EINVAL);
	e = js_mmap(0, PAGE, JS_PROT_READ, JS_MAP_SHARED, -1, 0);
	assert_int_equal(JS_PTR_ERR(e), -JS_EBADF);
	assert_int_equal(js_munmap((void *)1, PAGE), -JS_EINVAL);
	/* MAP_POPULATE maps and faults in at once. */
	unsigned char vec[4] = { 0 };
	p = js_mmap(0, 4 * PAGE, JS_PROT_READ | JS_PROT_WRITE,
		    JS_MAP_PRIVATE | JS_MAP_ANONYMOUS | JS_MAP_POPULATE, -1, 0);
	assert_false(JS_IS_ERR(p));
	assert_int_equal(js_mincore(p, 4 * PAGE, vec), 0);
	for (int i = 0; i < 4; i++)
		assert_int_equal(vec[i] & 1, 1);
	assert_int_equal(js_munmap(p, 4 * PAGE), 0);
}

static void file_backed_mapping(void **state)
{
	(void)state;
	int fd = open("data", O_RDWR | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	char page[PAGE];
	memset(page, 'x', sizeof page);
	memcpy(page, "hello, mapping", 14);
	assert_int_equal(write(fd, page, PAGE), PAGE);
	assert_int_equal(write(fd, "second page", 11), 11);

	/* Private read-only view of page 0. */
	char *r = js_mmap(0, PAGE, JS_PROT_READ, JS_MAP_PRIVATE, fd, 0);
	assert_false(JS_IS_ERR(r));
	assert_memory_equal(r, "hello, mapping", 14);
	/* A byte offset, page-aligned: page 1. */
	char *r1 = js_mmap(0, PAGE, JS_PROT_READ, JS_MAP_SHARED, fd, PAGE);
	assert_false(JS_IS_ERR(r1));
	assert_memory_equal(r1, "second page", 11);
	assert_int_equal(r1[11], 0);	/* past EOF within the page: zero */
	/* An unaligned offset is refused. */
	void *bad = js_mmap(0, PAGE, JS_PROT_READ, JS_MAP_SHARED, fd, 100);
	assert_int_equal(JS_PTR_ERR(bad), -JS_EINVAL);

	/* Shared writable mapping: stores reach the file (msync, pread). */
	char *w = js_mmap(0, PAGE, JS_PROT_READ | JS_PROT_WRITE, JS_MAP_SHARED,
			  fd, 0);
	assert_false(JS_IS_ERR(w));
	memcpy(w, "HELLO", 5);
	assert_int_equal(js_msync(w, PAGE, JS_MS_SYNC), 0);
	assert_int_equal(js_msync(w, PAGE, JS_MS_SYNC | JS_MS_ASYNC),
			 -JS_EINVAL);
	char back[8] = { 0 };
	assert_int_equal(pread(fd, back, 5, 0), 5);
	assert_memory_equal(back, "HELLO", 5);
	/* The private view shares unmodified pages with the page cache. */
	assert_memory_equal(r, "HELLO, mapping", 14);

	/* Writing through a read-only file descriptor mapping is refused. */
	int ro = open("data", O_RDONLY);
	void *e = js_mmap(0, PAGE, JS_PROT_WRITE, JS_MAP_SHARED, ro, 0);
	assert_int_equal(JS_PTR_ERR(e), -JS_EACCES);
	close(ro);

	assert_int_equal(js_munmap(w, PAGE), 0);
	assert_int_equal(js_munmap(r1, PAGE), 0);
	assert_int_equal(js_munmap(r, PAGE), 0);
	close(fd);
}

static sigjmp_buf segv_jump;
static void *volatile segv_addr;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	segv_addr = si->si_addr;
	siglongjmp(segv_jump, 1);
}

static void mprotect_read_only_faults(void **state)
{
	(void)state;
	volatile char *p = anon(PAGE);
	p[10] = 1;
	assert_int_equal(js_mprotect((void *)p, PAGE, JS_PROT_READ), 0);
	assert_int_equal(p[10], 1);	/* still readable */

	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	assert_int_equal(sigaction(SIGSEGV, &sa, &old), 0);
	int faulted = 0;
	segv_addr = 0;
	if (sigsetjmp(segv_jump, 1) == 0)
		p[20] = 2;
	else
		faulted = 1;
	assert_int_equal(sigaction(SIGSEGV, &old, 0), 0);
	assert_int_equal(faulted, 1);
	assert_ptr_equal(segv_addr, (void *)(p + 20));
	assert_int_equal(p[20], 0);

	/* Writable again, and the store lands. */
	assert_int_equal(js_mprotect((void *)p, PAGE,
				     JS_PROT_READ | JS_PROT_WRITE), 0);
	p[20] = 2;
	assert_int_equal(p[20], 2);
	assert_int_equal(js_mprotect((void *)(p + 1), PAGE, JS_PROT_READ),
			 -JS_EINVAL);
	assert_int_equal(js_munmap((void *)p, PAGE), 0);
}

static void mremap_grows_keeping_contents(void **state)
{
	(void)state;
	unsigned char *p = anon(2 * PAGE);
	for (size_t i = 0; i < 2 * PAGE; i++)
		p[i] = (unsigned char)(i * 7);
	/* Block the in-place growth so that the kernel must move it. */
	void *block = js_mmap(p + 2 * PAGE, PAGE, JS_PROT_NONE,
			      JS_MAP_PRIVATE | JS_MAP_ANONYMOUS |
				      JS_MAP_FIXED_NOREPLACE, -1, 0);
	int blocked = !JS_IS_ERR(block);
	if (blocked) {
		void *e = js_mremap(p, 2 * PAGE, 8 * PAGE, 0);
		assert_int_equal(JS_PTR_ERR(e), -JS_ENOMEM);
	}
	unsigned char *q = js_mremap(p, 2 * PAGE, 8 * PAGE, JS_MREMAP_MAYMOVE);
	assert_false(JS_IS_ERR(q));
	for (size_t i = 0; i < 2 * PAGE; i++)
		assert_int_equal(q[i], (unsigned char)(i * 7));
	for (size_t i = 2 * PAGE; i < 8 * PAGE; i++)
		assert_int_equal(q[i], 0);
	q[8 * PAGE - 1] = 9;

	/* MREMAP_FIXED: the fifth argument is the target. */
	unsigned char *target = anon(8 * PAGE);
	unsigned char *r = js_mremap(q, 8 * PAGE, 8 * PAGE,
				     JS_MREMAP_MAYMOVE | JS_MREMAP_FIXED,
				     (void *)target);
	assert_ptr_equal(r, target);
	assert_int_equal(r[5], 35);
	assert_int_equal(r[8 * PAGE - 1], 9);
	/* Shrinking in place. */
	assert_ptr_equal(js_mremap(r, 8 * PAGE, PAGE, 0), r);
	assert_int_equal(js_munmap(r, PAGE), 0);
	if (blocked)
		assert_int_equal(js_munmap(block, PAGE), 0);
}

static void memfd_round_trip(void **state)
{
	(void)state;
	long fd = js_memfd_create("libjs-test",
				  JS_MFD_CLOEXEC | JS_MFD_ALLOW_SEALING);
	assert_true(fd >= 0);
	char path[64], link[128] = { 0 };
	snprintf(path, sizeof path, "/proc/self/fd/%ld", fd);
	assert_true(readlink(path, link, sizeof link - 1) > 0);
	assert_int_equal(strncmp(link, "/memfd:libjs-test", 17), 0);
	assert_int_equal(js_fcntl((int)fd, JS_F_GETFD), JS_FD_CLOEXEC);

	assert_int_equal(js_write((int)fd, "round trip", 10), 10);
	assert_int_equal(js_ftruncate((int)fd, PAGE), 0);
	char *m = js_mmap(0, PAGE, JS_PROT_READ | JS_PROT_WRITE, JS_MAP_SHARED,
			  (int)fd, 0);
	assert_false(JS_IS_ERR(m));
	assert_memory_equal(m, "round trip", 10);
	memcpy(m + 100, "via map", 7);
	char back[8] = { 0 };
	assert_int_equal(js_pread((int)fd, back, 7, 100), 7);
	assert_memory_equal(back, "via map", 7);
	assert_int_equal(js_munmap(m, PAGE), 0);

	/* Seals: after F_SEAL_WRITE the file refuses writes. */
	assert_int_equal(js_fcntl((int)fd, JS_F_GET_SEALS), 0);
	assert_int_equal(js_fcntl((int)fd, JS_F_ADD_SEALS,
				  JS_F_SEAL_WRITE | JS_F_SEAL_SHRINK), 0);
	assert_int_equal(js_fcntl((int)fd, JS_F_GET_SEALS),
			 JS_F_SEAL_WRITE | JS_F_SEAL_SHRINK);
	assert_int_equal(js_pwrite((int)fd, "x", 1, 0), -JS_EPERM);
	assert_int_equal(js_ftruncate((int)fd, 1), -JS_EPERM);
	assert_int_equal(js_close((int)fd), 0);

	/* Errors: unknown flag, name too long (249 + "memfd:" > NAME_MAX). */
	assert_int_equal(js_memfd_create("x", 0x8000u), -JS_EINVAL);
	char longname[300];
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	assert_int_equal(js_memfd_create(longname, 0), -JS_EINVAL);
	assert_int_equal(js_memfd_create(0, 0), -JS_EFAULT);
}

static void memfd_exec_flags(void **state)
{
	(void)state;
	long fd = js_memfd_create("noexec", JS_MFD_NOEXEC_SEAL);
	if (fd == -JS_EINVAL) {
		print_message("kernel older than 6.3 (no MFD_NOEXEC_SEAL): "
			      "skipped\n");
		skip();
	}
	assert_true(fd >= 0);
	struct js_stat st;
	assert_int_equal(js_fstat((int)fd, &st), 0);
	assert_int_equal(st.st_mode & 0111, 0);
	/* Sealed against exec, and sealing stays allowed (implied). */
	assert_true(js_fcntl((int)fd, JS_F_GET_SEALS) & JS_F_SEAL_EXEC);
	assert_int_equal(js_fchmod((int)fd, 0755), -JS_EPERM);
	js_close((int)fd);
	fd = js_memfd_create("exec", JS_MFD_EXEC);
	assert_true(fd >= 0);
	assert_int_equal(js_fstat((int)fd, &st), 0);
	assert_true(st.st_mode & 0111);
	js_close((int)fd);
	assert_int_equal(js_memfd_create("both",
					 JS_MFD_EXEC | JS_MFD_NOEXEC_SEAL),
			 -JS_EINVAL);
}

static void advice_locking_and_residency(void **state)
{
	(void)state;
	unsigned char *p = anon(4 * PAGE);
	unsigned char vec[4];
	memset(p, 1, PAGE);
	assert_int_equal(js_mincore(p, 4 * PAGE, vec), 0);
	assert_int_equal(vec[0] & 1, 1);
	/* MADV_DONTNEED on private anonymous memory: zero on next touch. */
	assert_int_equal(js_madvise(p, PAGE, JS_MADV_DONTNEED), 0);
	assert_int_equal(p[0], 0);
	assert_int_equal(js_madvise(p, PAGE, 12345), -JS_EINVAL);
	assert_int_equal(js_mincore(p + 1, PAGE, vec), -JS_EINVAL);

	/* Locking agrees with glibc (the result depends on privileges). */
	long r = js_mlock(p, PAGE);
	int g = mlock(p + PAGE, PAGE) == 0 ? 0 : -errno;
	assert_int_equal(r, g);
	assert_int_equal(js_munlock(p, PAGE), 0);
	assert_int_equal(munlock(p + PAGE, PAGE), 0);
	assert_int_equal(js_mlockall(0), -JS_EINVAL);
	assert_int_equal(js_mlockall(JS_MCL_ONFAULT), -JS_EINVAL);
	r = js_mlockall(JS_MCL_FUTURE);
	assert_int_equal(js_munlockall(), 0);
	g = mlockall(MCL_FUTURE) == 0 ? 0 : -errno;
	munlockall();
	assert_int_equal(r, g);
	assert_int_equal(js_munmap(p, 4 * PAGE), 0);
}

static void brk_reports_the_break(void **state)
{
	(void)state;
	char *b = js_brk(0);
	assert_false(JS_IS_ERR(b));
	assert_ptr_equal(b, sbrk(0));
	char *nb = js_brk(b + PAGE);
	char *now = js_brk(0);
	if (nb == b + PAGE)
		b[PAGE - 1] = 1;	/* the new memory is there */
	char *back = js_brk(b);
	assert_ptr_equal(nb, b + PAGE);
	assert_ptr_equal(now, b + PAGE);
	assert_ptr_equal(back, b);
	/* A refused request answers with the unchanged break. */
	assert_ptr_equal(js_brk((void *)8), b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(anonymous_mapping),
		cmocka_unit_test(file_backed_mapping),
		cmocka_unit_test(mprotect_read_only_faults),
		cmocka_unit_test(mremap_grows_keeping_contents),
		cmocka_unit_test(memfd_round_trip),
		cmocka_unit_test(memfd_exec_flags),
		cmocka_unit_test(advice_locking_and_residency),
		cmocka_unit_test(brk_reports_the_break),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
