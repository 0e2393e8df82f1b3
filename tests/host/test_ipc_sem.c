/* System V semaphores next to glibc's semget/semop/semtimedop/semctl: a
 * semaphore blocks a forked child until the parent posts it (the child's
 * wait is a semtimedop of at most 60 s, the parent's of the child at most
 * 60 s: bounded), semtimedop's EAGAIN after its timeout, every semctl
 * command with glibc's view of the same set, SEM_UNDO, and the error
 * paths, the same from both.  The teardown removes the set whatever
 * happened. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/wait.h>
#include "host.h"
#include <libjs/ipc.h>
#include <libjs/errno.h>

static int sid = -1;
static pid_t kid = -1;

static int cleanup(void **state)
{
	(void)state;
	if (kid > 0) {
		kill(kid, SIGKILL);
		waitpid(kid, 0, 0);
	}
	kid = -1;
	if (sid >= 0)
		semctl(sid, 0, IPC_RMID);
	sid = -1;
	return 0;
}

static long gl(long r) { return r < 0 ? -errno : r; }
static union js_semun V(int v) { union js_semun u; u.__pad = 0; u.val = v; return u; }

static void blocks_and_wakes_a_child(void **state)
{
	(void)state;
	long id = js_semget(JS_IPC_PRIVATE, 1, JS_IPC_CREAT | 0600);
	assert_true(id >= 0);
	sid = (int)id;
	assert_int_equal(js_semctl(sid, 0, JS_GETVAL, V(0)), 0);

	kid = fork();
	assert_true(kid >= 0);
	if (kid == 0) {
		struct js_sembuf down = { 0, -1, 0 };
		struct js_timespec t = { 60, 0 };
		_exit(js_semtimedop(sid, &down, 1, &t) == 0 ? 0 : 1);
	}
	/* The child is asleep on the semaphore when GETNCNT counts it. */
	int waited = 0;
	while (js_semctl(sid, 0, JS_GETNCNT, V(0)) != 1 && waited < 6000) {
		usleep(10000);
		waited++;
	}
	assert_int_equal(js_semctl(sid, 0, JS_GETNCNT, V(0)), 1);
	assert_int_equal(semctl(sid, 0, GETNCNT), 1);
	int status = 0;
	assert_int_equal(waitpid(kid, &status, WNOHANG), 0);	/* still blocked */

	struct js_sembuf up = { 0, 1, 0 };
	assert_int_equal(js_semop(sid, &up, 1), 0);
	for (waited = 0; waitpid(kid, &status, WNOHANG) == 0 && waited < 6000; waited++)
		usleep(10000);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	kid = -1;
	/* The child took the one unit; it was the last to operate. */
	assert_int_equal(js_semctl(sid, 0, JS_GETVAL, V(0)), 0);
	assert_int_equal(js_semctl(sid, 0, JS_GETNCNT, V(0)), 0);
	assert_true(js_semctl(sid, 0, JS_GETPID, V(0)) != getpid());
}

static void timeout_and_nowait(void **state)
{
	(void)state;
	long id = js_semget(JS_IPC_PRIVATE, 1, JS_IPC_CREAT | 0600);
	assert_true(id >= 0);
	sid = (int)id;
	struct js_sembuf down = { 0, -1, 0 };
	struct js_timespec t = { 0, 20000000 };
	struct timespec gt = { 0, 20000000 };
	assert_int_equal(js_semtimedop(sid, &down, 1, &t), -JS_EAGAIN);
	assert_int_equal(gl(semtimedop(sid, (struct sembuf *)(void *)&down, 1, &gt)), -EAGAIN);
	down.sem_flg = JS_IPC_NOWAIT;
	assert_int_equal(js_semop(sid, &down, 1), -JS_EAGAIN);
	assert_int_equal(gl(semop(sid, (struct sembuf *)(void *)&down, 1)), -EAGAIN);
	/* a bad timeout */
	down.sem_flg = 0;
	t.tv_nsec = 1000000000;
	assert_int_equal(js_semtimedop(sid, &down, 1, &t), -JS_EINVAL);
	gt.tv_nsec = 1000000000;
	assert_int_equal(gl(semtimedop(sid, (struct sembuf *)(void *)&down, 1, &gt)), -EINVAL);
}

static void every_semctl_command(void **state)
{
	(void)state;
	long id = js_semget(JS_IPC_PRIVATE, 3, JS_IPC_CREAT | 0640);
	assert_true(id >= 0);
	sid = (int)id;

	unsigned short set[3] = { 5, 6, 7 }, got[3] = { 0 }, ggot[3] = { 0 };
	union js_semun u;
	u.array = set;
	assert_int_equal(js_semctl(sid, 0, JS_SETALL, u), 0);
	u.array = got;
	assert_int_equal(js_semctl(sid, 0, JS_GETALL, u), 0);
	assert_int_equal(semctl(sid, 0, GETALL, ggot), 0);
	assert_memory_equal(got, set, sizeof set);
	assert_memory_equal(ggot, set, sizeof set);
	assert_int_equal(js_semctl(sid, 1, JS_SETVAL, V(42)), 0);
	assert_int_equal(semctl(sid, 1, GETVAL), 42);
	assert_int_equal(js_semctl(sid, 2, JS_GETVAL, V(0)), 7);
	assert_int_equal(js_semctl(sid, 2, JS_GETZCNT, V(0)), 0);
	assert_int_equal(js_semctl(sid, 2, JS_GETPID, V(0)), getpid());
	assert_int_equal(js_semctl(sid, 1, JS_SETVAL, V(JS_SEMVMX + 1)), -JS_ERANGE);
	assert_int_equal(gl(semctl(sid, 1, SETVAL, 32768)), -ERANGE);

	struct js_semid_ds ds;
	struct semid_ds g;
	memset(&ds, 0xff, sizeof ds);
	u.buf = &ds;
	assert_int_equal(js_semctl(sid, 0, JS_IPC_STAT, u), 0);
	assert_int_equal(semctl(sid, 0, IPC_STAT, &g), 0);
	assert_int_equal(ds.sem_nsems, 3);
	assert_int_equal(g.sem_nsems, ds.sem_nsems);
	assert_int_equal(g.sem_ctime, ds.sem_ctime);
	assert_int_equal(g.sem_otime, ds.sem_otime);
	assert_int_equal(ds.sem_perm.mode & 0777, 0640);
	assert_int_equal(g.sem_perm.mode, ds.sem_perm.mode);
	assert_int_equal(ds.sem_perm.cuid, getuid());
	ds.sem_perm.mode = 0600;
	assert_int_equal(js_semctl(sid, 0, JS_IPC_SET, u), 0);
	assert_int_equal(semctl(sid, 0, IPC_STAT, &g), 0);
	assert_int_equal(g.sem_perm.mode & 0777, 0600);

	/* SEM_UNDO: a child's +1 is undone when it exits */
	kid = fork();
	assert_true(kid >= 0);
	if (kid == 0) {
		struct js_sembuf up = { 0, 1, JS_SEM_UNDO };
		_exit(js_semop(sid, &up, 1) == 0 && js_semctl(sid, 0, JS_GETVAL, V(0)) == 6 ? 0 : 1);
	}
	int status = 0;
	assert_int_equal(waitpid(kid, &status, 0), kid);
	kid = -1;
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(js_semctl(sid, 0, JS_GETVAL, V(0)), 5);

	struct js_seminfo si;
	struct seminfo gsi;
	u.__buf = &si;
	long hi = js_semctl(0, 0, JS_IPC_INFO, u);
	assert_true(hi >= 0);
	assert_int_equal(semctl(0, 0, IPC_INFO, &gsi), hi);
	assert_int_equal(si.semmsl, gsi.semmsl);
	assert_int_equal(si.semmni, gsi.semmni);
	assert_int_equal(si.semopm, gsi.semopm);
	assert_int_equal(si.semvmx, JS_SEMVMX);
	assert_true(js_semctl(0, 0, JS_SEM_INFO, u) >= 0);
	assert_true(si.semusz >= 1);	/* SEM_INFO: sets in use */
	u.buf = &ds;
	long idx_id = -1;
	for (int i = 0; i <= hi && idx_id != sid; i++)
		idx_id = js_semctl(i, 0, JS_SEM_STAT, u);
	assert_int_equal(idx_id, sid);
	assert_int_equal(js_semctl(sid, 0, JS_IPC_STAT | JS_IPC_64, u), -JS_EINVAL);
	assert_int_equal(js_semctl(sid, 0, JS_IPC_RMID, V(0)), 0);
	assert_int_equal(js_semctl(sid, 0, JS_GETVAL, V(0)), -JS_EINVAL);
	sid = -1;
}

static void errors(void **state)
{
	(void)state;
	struct js_sembuf op = { 0, 1, 0 };
	assert_int_equal(js_semop(-1, &op, 1), -JS_EINVAL);
	assert_int_equal(gl(semop(-1, (struct sembuf *)(void *)&op, 1)), -EINVAL);
	assert_int_equal(js_semctl(-1, 0, JS_GETVAL, V(0)), -JS_EINVAL);
	assert_int_equal(gl(semctl(-1, 0, GETVAL)), -EINVAL);
	assert_int_equal(js_semget(JS_IPC_PRIVATE, -1, JS_IPC_CREAT | 0600), -JS_EINVAL);
	assert_int_equal(gl(semget(IPC_PRIVATE, -1, IPC_CREAT | 0600)), -EINVAL);
	long id = js_semget(JS_IPC_PRIVATE, 1, JS_IPC_CREAT | 0600);
	assert_true(id >= 0);
	sid = (int)id;
	op.sem_num = 5;	/* past the set */
	assert_int_equal(js_semop(sid, &op, 1), -JS_EFBIG);
	assert_int_equal(gl(semop(sid, (struct sembuf *)(void *)&op, 1)), -EFBIG);
	assert_int_equal(js_semop(sid, 0, 1), -JS_EFAULT);
	assert_int_equal(js_semop(sid, &op, JS_SEMOPM + 1), -JS_E2BIG);
	assert_int_equal(js_semop(sid, &op, 0), -JS_EINVAL);
	assert_int_equal(gl(semop(sid, (struct sembuf *)(void *)&op, 0)), -EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(blocks_and_wakes_a_child, cleanup),
		cmocka_unit_test_teardown(timeout_and_nowait, cleanup),
		cmocka_unit_test_teardown(every_semctl_command, cleanup),
		cmocka_unit_test_teardown(errors, cleanup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
