/* System V shared memory: a segment written by its creator is read by a
 * forked child that attaches it again; IPC_STAT (the 64-bit shmid64_ds
 * layout) agrees with glibc's shmctl; every shmctl command; errors. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include "host.h"
#include <libjs/mem.h>
#include <libjs/errno.h>

#define SEG 8192

static void shared_with_forked_child(void **state)
{
	(void)state;
	long id = js_shmget(JS_IPC_PRIVATE, SEG, JS_IPC_CREAT | 0600);
	assert_true(id >= 0);
	char *p = js_shmat((int)id, 0, 0);
	assert_false(JS_IS_ERR(p));
	strcpy(p, "written by the creator");

	int up[2], down[2];
	assert_int_equal(pipe(up), 0);
	assert_int_equal(pipe(down), 0);
	pid_t child = fork();
	assert_true(child >= 0);
	if (child == 0) {
		/* Drop the attachment fork inherited, attach afresh, read. */
		char ok = 'n', go;
		if (js_shmdt(p) == 0) {
			char *q = js_shmat((int)id, 0, JS_SHM_RDONLY);
			if (!JS_IS_ERR(q) &&
			    strcmp(q, "written by the creator") == 0)
				ok = 'y';
		}
		if (write(up[1], &ok, 1) != 1 || read(down[0], &go, 1) != 1)
			_exit(3);
		_exit(ok == 'y' ? 0 : 2);
	}
	char ok = 0;
	assert_int_equal(read(up[0], &ok, 1), 1);
	assert_int_equal(ok, 'y');

	/* Both attached now: creator's and child's. */
	struct js_shmid_ds ds;
	memset(&ds, 0xff, sizeof ds);
	assert_int_equal(js_shmctl((int)id, JS_IPC_STAT, &ds), 0);
	assert_int_equal(ds.shm_nattch, 2);
	assert_int_equal(ds.shm_cpid, getpid());
	assert_int_equal(ds.shm_lpid, child);
	assert_int_equal(ds.shm_segsz, SEG);
	assert_int_equal(ds.shm_perm.mode & 0777, 0600);
	assert_int_equal(ds.shm_perm.uid, getuid());
	assert_int_equal(ds.shm_perm.cuid, getuid());
	assert_int_equal(ds.shm_perm.gid, getgid());
	assert_int_equal(ds.shm_perm.key, JS_IPC_PRIVATE);
	assert_true(ds.shm_atime > 0);
	assert_true(ds.shm_ctime > 0);

	/* glibc's view of the same segment says the same. */
	struct shmid_ds g;
	assert_int_equal(shmctl((int)id, IPC_STAT, &g), 0);
	assert_int_equal(g.shm_nattch, ds.shm_nattch);
	assert_int_equal(g.shm_cpid, ds.shm_cpid);
	assert_int_equal(g.shm_lpid, ds.shm_lpid);
	assert_int_equal(g.shm_segsz, ds.shm_segsz);
	assert_int_equal(g.shm_atime, ds.shm_atime);
	assert_int_equal(g.shm_dtime, ds.shm_dtime);
	assert_int_equal(g.shm_ctime, ds.shm_ctime);
	assert_int_equal(g.shm_perm.mode, ds.shm_perm.mode);
	assert_int_equal(g.shm_perm.__seq, ds.shm_perm.seq);

	assert_int_equal(write(down[1], "g", 1), 1);
	int status;
	assert_int_equal(waitpid(child, &status, 0), child);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	close(up[0]), close(up[1]), close(down[0]), close(down[1]);

	assert_int_equal(js_shmctl((int)id, JS_IPC_STAT, &ds), 0);
	assert_int_equal(ds.shm_nattch, 1);

	/* IPC_RMID marks it; it lives until the last detach. */
	assert_int_equal(js_shmctl((int)id, JS_IPC_RMID, 0), 0);
	assert_int_equal(js_shmctl((int)id, JS_IPC_STAT, &ds), 0);
	assert_true(ds.shm_perm.mode & JS_SHM_DEST);
	assert_string_equal(p, "written by the creator");
	assert_int_equal(js_shmdt(p), 0);
	assert_int_equal(js_shmctl((int)id, JS_IPC_STAT, &ds), -JS_EINVAL);
}

static void every_shmctl_command(void **state)
{
	(void)state;
	long id = js_shmget(JS_IPC_PRIVATE, 4096, JS_IPC_CREAT | 0600);
	assert_true(id >= 0);
	struct js_shmid_ds ds;

	/* IPC_SET changes the mode, IPC_STAT shows it. */
	assert_int_equal(js_shmctl((int)id, JS_IPC_STAT, &ds), 0);
	ds.shm_perm.mode = 0640;
	assert_int_equal(js_shmctl((int)id, JS_IPC_SET, &ds), 0);
	assert_int_equal(js_shmctl((int)id, JS_IPC_STAT, &ds), 0);
	assert_int_equal(ds.shm_perm.mode & 0777, 0640);

	/* IPC_INFO fills a shminfo64, as glibc's struct shminfo. */
	struct js_shminfo64 info;
	struct shminfo ginfo;
	long hi = js_shmctl(0, JS_IPC_INFO, (struct js_shmid_ds *)(void *)&info);
	assert_true(hi >= 0);
	assert_int_equal(shmctl(0, IPC_INFO, (struct shmid_ds *)(void *)&ginfo),
			 hi);
	assert_int_equal(info.shmmax, ginfo.shmmax);
	assert_int_equal(info.shmmni, ginfo.shmmni);
	assert_int_equal(info.shmall, ginfo.shmall);
	assert_int_equal(info.shmmin, 1);

	/* SHM_INFO: our segment is counted; the result is the top index. */
	struct js_shm_info si;
	long top = js_shmctl(0, JS_SHM_INFO, (struct js_shmid_ds *)(void *)&si);
	assert_true(top >= 0);
	assert_true(si.used_ids >= 1);

	/* SHM_STAT takes an index and returns the id: ours is among them. */
	int found = 0;
	for (long i = 0; i <= top; i++) {
		long r = js_shmctl((int)i, JS_SHM_STAT, &ds);
		if (r == id) {
			found = 1;
			assert_int_equal(ds.shm_segsz, 4096);
		}
	}
	assert_true(found);

	/* SHM_LOCK/SHM_UNLOCK agree with glibc (they need privileges). */
	long r = js_shmctl((int)id, JS_SHM_LOCK, 0);
	int g = shmctl((int)id, SHM_LOCK, 0) == 0 ? 0 : -errno;
	assert_int_equal(r, g);
	if (r == 0) {
		assert_int_equal(js_shmctl((int)id, JS_IPC_STAT, &ds), 0);
		assert_true(ds.shm_perm.mode & JS_SHM_LOCKED);
	}
	assert_int_equal(js_shmctl((int)id, JS_SHM_UNLOCK, 0), r);
	assert_int_equal(js_shmctl((int)id, JS_IPC_RMID, 0), 0);
}

static void errors(void **state)
{
	(void)state;
	struct js_shmid_ds ds;
	/* Bad ids. */
	assert_int_equal(js_shmctl(-1, JS_IPC_STAT, &ds), -JS_EINVAL);
	assert_int_equal(js_shmctl(0x7ffffff0, JS_IPC_STAT, &ds), -JS_EINVAL);
	void *a = js_shmat(-1, 0, 0);
	assert_true(JS_IS_ERR(a));
	assert_int_equal(JS_PTR_ERR(a), -JS_EINVAL);
	assert_int_equal(js_shmdt((void *)4096), -JS_EINVAL);
	assert_int_equal(js_shmdt((void *)4097), -JS_EINVAL);

	long id = js_shmget(JS_IPC_PRIVATE, 4096, JS_IPC_CREAT | 0600);
	assert_true(id >= 0);
	/* Bad commands: unknown, and the IPC_64 flag x86_64 does not take
	 * (which is why js_shmctl passes cmd as it is). */
	assert_int_equal(js_shmctl((int)id, 99, &ds), -JS_EINVAL);
	assert_int_equal(js_shmctl((int)id, JS_IPC_STAT | JS_IPC_64, &ds),
			 -JS_EINVAL);
	assert_int_equal(js_shmctl((int)id, JS_IPC_STAT, (void *)8), -JS_EFAULT);
	/* Bad attach flags and addresses. */
	a = js_shmat((int)id, 0, JS_SHM_REMAP);
	assert_int_equal(JS_PTR_ERR(a), -JS_EINVAL);
	a = js_shmat((int)id, (void *)0x10001, 0);
	assert_int_equal(JS_PTR_ERR(a), -JS_EINVAL);
	/* Bad get flags and sizes. */
	key_t key = (key_t)(0x4a530000 | (getpid() & 0xffff));
	long k = js_shmget(key, 4096, JS_IPC_CREAT | JS_IPC_EXCL | 0600);
	assert_true(k >= 0);
	assert_int_equal(js_shmget(key, 4096, JS_IPC_CREAT | JS_IPC_EXCL | 0600),
			 -JS_EEXIST);
	assert_int_equal(js_shmget(key, 4096, 0), k);
	assert_int_equal(js_shmget(key, 8192, 0), -JS_EINVAL);
	assert_int_equal(js_shmctl((int)k, JS_IPC_RMID, 0), 0);
	assert_int_equal(js_shmget(key, 4096, 0600), -JS_ENOENT);
	assert_int_equal(js_shmget(JS_IPC_PRIVATE, 0, JS_IPC_CREAT | 0600),
			 -JS_EINVAL);
	assert_int_equal(js_shmctl((int)id, JS_IPC_RMID, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(shared_with_forked_child),
		cmocka_unit_test(every_shmctl_command),
		cmocka_unit_test(errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
