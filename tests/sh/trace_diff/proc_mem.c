/* Differential trace program (tests/sh/test_trace_diff.sh), memory:
 * mmap's forms (anonymous, file, fixed, errors), mprotect, mremap with
 * and without a new address, madvise, mlock family, mincore, msync,
 * brk.  Addresses are whatever the kernel picks: both views show the
 * same ones.  Bounded by alarm(20). */
#include <libjs/libjs.h>

int main(void)
{
	unsigned char vec[4];
	char *p, *q, *r;
	long fd;
	void *b;

	js_alarm(20);
	p = js_mmap(0, 16384, JS_PROT_READ | JS_PROT_WRITE,
		    JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	p[0] = 1;
	js_mprotect(p + 4096, 4096, JS_PROT_READ);
	js_mprotect(p, 4096, JS_PROT_NONE);
	js_mprotect(p, 4096, JS_PROT_READ | JS_PROT_WRITE | JS_PROT_EXEC);
	js_mprotect(p + 1, 4096, JS_PROT_READ);
	js_madvise(p, 16384, JS_MADV_DONTNEED);
	js_madvise(p, 16384, JS_MADV_WILLNEED);
	js_madvise(p, 16384, JS_MADV_NOHUGEPAGE);
	js_madvise(p, 16384, 999);
	js_mincore(p, 16384, vec);
	js_mlock(p, 4096);
	js_munlock(p, 4096);
	js_mlockall(JS_MCL_CURRENT);
	js_munlockall();
	js_msync(p, 4096, JS_MS_SYNC);
	js_msync(p, 4096, JS_MS_ASYNC | JS_MS_INVALIDATE);
	js_mprotect(p, 16384, JS_PROT_READ | JS_PROT_WRITE);
	q = js_mremap(p, 16384, 32768, JS_MREMAP_MAYMOVE);
	r = js_mmap(0, 8192, JS_PROT_READ, JS_MAP_PRIVATE | JS_MAP_ANONYMOUS | JS_MAP_NORESERVE, -1, 0);
	q = js_mremap(q, 32768, 8192, JS_MREMAP_MAYMOVE | JS_MREMAP_FIXED, r);
	js_mremap(q, 8192, 4096, 0);
	js_munmap(q, 8192);

	/* A file mapping, shared and private. */
	fd = js_openat(JS_AT_FDCWD, "map.bin", JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0600);
	js_ftruncate((int)fd, 8192);
	p = js_mmap(0, 8192, JS_PROT_READ | JS_PROT_WRITE, JS_MAP_SHARED, (int)fd, 0);
	p[1] = 2;
	js_msync(p, 8192, JS_MS_SYNC);
	js_munmap(p, 8192);
	p = js_mmap(0, 4096, JS_PROT_READ, JS_MAP_PRIVATE | JS_MAP_POPULATE, (int)fd, 4096);
	js_munmap(p, 4096);
	js_mmap(0, 4096, JS_PROT_READ, JS_MAP_SHARED, (int)fd, 1);
	js_mmap(0, 0, JS_PROT_READ, JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	js_mmap(0, 4096, JS_PROT_READ, JS_MAP_SHARED_VALIDATE, -1, 0);
	js_close((int)fd);
	js_unlinkat(JS_AT_FDCWD, "map.bin", 0);
	p = js_mmap(0, 4096, JS_PROT_READ, JS_MAP_PRIVATE | JS_MAP_ANONYMOUS | JS_MAP_STACK | JS_MAP_GROWSDOWN, -1, 0);
	js_munmap(p, 4096);

	b = js_brk(0);
	js_brk((char *)b + 8192);
	js_brk(b);
	return 0;
}
