/* Freestanding memory: mmap (anonymous, file), mprotect enforced (seen as
 * a child killed by SIGSEGV), mremap, memfd, brk, and a shm segment shared
 * with a child made by a raw clone, all without libc. */
#include "runner.h"

#define PAGE 4096UL
#define SIGCHLD_ 17
#define SIGSEGV_ 11

/* The process calls come from the proc domain; raw calls suffice here. */
static long fork_(void)
{
	return js_syscall(JS_NR_clone, SIGCHLD_, 0, 0, 0, 0);
}

static long wait_(long pid, int *status)
{
	return js_syscall(JS_NR_wait4, pid, status, 0, 0);
}

static void t_anonymous(void)
{
	unsigned char *p = js_mmap(0, 2 * PAGE, JS_PROT_READ | JS_PROT_WRITE,
				   JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	CHECK(!JS_IS_ERR(p));
	CHECK_EQ(p[0] | p[2 * PAGE - 1], 0);
	for (unsigned long i = 0; i < 2 * PAGE; i++)
		p[i] = (unsigned char)i;
	CHECK_EQ(p[PAGE + 3], 3);
	CHECK_EQ(js_munmap(p, 2 * PAGE), 0);
	void *e = js_mmap(0, 0, JS_PROT_READ, JS_MAP_PRIVATE | JS_MAP_ANONYMOUS,
			  -1, 0);
	CHECK(JS_IS_ERR(e));
	CHECK_EQ(JS_PTR_ERR(e), -JS_EINVAL);
	CHECK_EQ(JS_PTR_ERR(js_mmap(0, PAGE, JS_PROT_READ, JS_MAP_SHARED, 77, 0)),
		 -JS_EBADF);
}

static void t_file(void)
{
	long fd = js_open("mapped", JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(js_write((int)fd, "file contents", 13), 13);
	char *m = js_mmap(0, PAGE, JS_PROT_READ | JS_PROT_WRITE, JS_MAP_SHARED,
			  (int)fd, 0);
	CHECK(!JS_IS_ERR(m));
	CHECK_EQ(m[0], 'f');
	CHECK_EQ(m[12], 's');
	m[0] = 'F';
	CHECK_EQ(js_msync(m, PAGE, JS_MS_SYNC), 0);
	char c = 0;
	CHECK_EQ(js_pread((int)fd, &c, 1, 0), 1);
	CHECK_EQ(c, 'F');
	CHECK_EQ(js_munmap(m, PAGE), 0);
	js_close((int)fd);
}

static void t_mprotect(void)
{
	volatile char *p = js_mmap(0, PAGE, JS_PROT_READ | JS_PROT_WRITE,
				   JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	CHECK(!JS_IS_ERR(p));
	p[1] = 5;
	CHECK_EQ(js_mprotect((void *)p, PAGE, JS_PROT_READ), 0);
	CHECK_EQ(p[1], 5);
	long pid = fork_();
	if (pid == 0) {
		p[1] = 6;		/* must fault */
		js_exit_group(0);
	}
	CHECK(pid > 0);
	int st = 0;
	CHECK_EQ(wait_(pid, &st), pid);
	CHECK_EQ(st & 0x7f, SIGSEGV_);	/* killed by the signal */
	CHECK_EQ(js_munmap((void *)p, PAGE), 0);
}

static void t_mremap(void)
{
	unsigned char *p = js_mmap(0, PAGE, JS_PROT_READ | JS_PROT_WRITE,
				   JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	CHECK(!JS_IS_ERR(p));
	for (unsigned long i = 0; i < PAGE; i++)
		p[i] = (unsigned char)(i ^ 0x5a);
	unsigned char *q = js_mremap(p, PAGE, 16 * PAGE, JS_MREMAP_MAYMOVE);
	CHECK(!JS_IS_ERR(q));
	int same = 1;
	for (unsigned long i = 0; i < PAGE; i++)
		same &= q[i] == (unsigned char)(i ^ 0x5a);
	CHECK(same);
	q[16 * PAGE - 1] = 1;
	CHECK_EQ(js_munmap(q, 16 * PAGE), 0);
}

static void t_memfd(void)
{
	long fd = js_memfd_create("free", JS_MFD_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(js_write((int)fd, "memfd!", 6), 6);
	char *m = js_mmap(0, PAGE, JS_PROT_READ, JS_MAP_SHARED, (int)fd, 0);
	CHECK(!JS_IS_ERR(m));
	CHECK_EQ(m[5], '!');
	CHECK_EQ(js_munmap(m, PAGE), 0);
	char b[6];
	CHECK_EQ(js_pread((int)fd, b, 6, 0), 6);
	CHECK_EQ(b[0], 'm');
	js_close((int)fd);
}

static void t_brk(void)
{
	char *b = js_brk(0);
	CHECK(!JS_IS_ERR(b));
	CHECK(js_brk(b + PAGE) == b + PAGE);
	b[PAGE - 1] = 7;
	CHECK(js_brk(b) == b);
}

static void t_shm_with_child(void)
{
	long id = js_shmget(JS_IPC_PRIVATE, PAGE, JS_IPC_CREAT | 0600);
	CHECK(id >= 0);
	char *p = js_shmat((int)id, 0, 0);
	CHECK(!JS_IS_ERR(p));
	p[0] = 'h', p[1] = 'i', p[2] = 0;
	int up[2], down[2];
	CHECK_EQ(js_pipe(up), 0);
	CHECK_EQ(js_pipe(down), 0);
	long pid = fork_();
	if (pid == 0) {
		char ok = 'n', go;
		if (js_shmdt(p) == 0) {
			char *q = js_shmat((int)id, 0, JS_SHM_RDONLY);
			if (!JS_IS_ERR(q) && q[0] == 'h' && q[1] == 'i')
				ok = 'y';
		}
		js_write(up[1], &ok, 1);
		js_read(down[0], &go, 1);
		js_exit_group(ok == 'y' ? 0 : 1);
	}
	CHECK(pid > 0);
	char ok = 0;
	CHECK_EQ(js_read(up[0], &ok, 1), 1);
	CHECK_EQ(ok, 'y');
	struct js_shmid_ds ds;
	CHECK_EQ(js_shmctl((int)id, JS_IPC_STAT, &ds), 0);
	CHECK_EQ(ds.shm_nattch, 2);
	CHECK_EQ(ds.shm_cpid, js_getpid());
	CHECK_EQ(ds.shm_lpid, pid);
	CHECK_EQ(ds.shm_segsz, PAGE);
	js_write(down[1], "g", 1);
	int st = -1;
	CHECK_EQ(wait_(pid, &st), pid);
	CHECK_EQ(st, 0);
	CHECK_EQ(js_shmctl((int)id, JS_IPC_RMID, 0), 0);
	CHECK_EQ(js_shmdt(p), 0);
	CHECK_EQ(js_shmctl((int)id, JS_IPC_STAT, &ds), -JS_EINVAL);
	CHECK_EQ(js_shmctl(-1, JS_IPC_STAT, &ds), -JS_EINVAL);
	CHECK_EQ(JS_PTR_ERR(js_shmat(-1, 0, 0)), -JS_EINVAL);
	js_close(up[0]), js_close(up[1]), js_close(down[0]), js_close(down[1]);
}

JT_MAIN(T(t_anonymous), T(t_file), T(t_mprotect), T(t_mremap), T(t_memfd),
	T(t_brk), T(t_shm_with_child))
