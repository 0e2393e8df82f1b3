/* Memory structs and constants against the kernel's UAPI headers (the
 * oracle for layouts: these are what the kernel writes). */
#include <asm/ipcbuf.h>
#include <asm/shmbuf.h>
#include <asm/mman.h>
#include <linux/ipc.h>
#include <linux/shm.h>
#include <linux/mman.h>
#include <linux/memfd.h>
#include "layout.h"
#include <libjs/mem.h>

static void ipc_structs_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_ipc_perm, ipc64_perm),
		LAYOUT_ALIGN(js_ipc_perm, ipc64_perm),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, key),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, uid),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, gid),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, cuid),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, cgid),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, mode),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, seq),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, __pad2),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, __unused1),
		LAYOUT_FIELD(js_ipc_perm, ipc64_perm, __unused2),

		LAYOUT_SIZE(js_shmid_ds, shmid64_ds),
		LAYOUT_ALIGN(js_shmid_ds, shmid64_ds),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, shm_perm),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, shm_segsz),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, shm_atime),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, shm_dtime),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, shm_ctime),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, shm_cpid),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, shm_lpid),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, shm_nattch),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, __unused4),
		LAYOUT_FIELD(js_shmid_ds, shmid64_ds, __unused5),

		LAYOUT_SIZE(js_shminfo64, shminfo64),
		LAYOUT_FIELD(js_shminfo64, shminfo64, shmmax),
		LAYOUT_FIELD(js_shminfo64, shminfo64, shmmin),
		LAYOUT_FIELD(js_shminfo64, shminfo64, shmmni),
		LAYOUT_FIELD(js_shminfo64, shminfo64, shmseg),
		LAYOUT_FIELD(js_shminfo64, shminfo64, shmall),
		LAYOUT_FIELD(js_shminfo64, shminfo64, __unused4),

		LAYOUT_SIZE(js_shm_info, shm_info),
		LAYOUT_FIELD(js_shm_info, shm_info, used_ids),
		LAYOUT_FIELD(js_shm_info, shm_info, shm_tot),
		LAYOUT_FIELD(js_shm_info, shm_info, shm_rss),
		LAYOUT_FIELD(js_shm_info, shm_info, shm_swp),
		LAYOUT_FIELD(js_shm_info, shm_info, swap_attempts),
		LAYOUT_FIELD(js_shm_info, shm_info, swap_successes),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void ipc_constants_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_IPC_PRIVATE, IPC_PRIVATE),
		CONST_ROW(JS_IPC_CREAT, IPC_CREAT),
		CONST_ROW(JS_IPC_EXCL, IPC_EXCL),
		CONST_ROW(JS_IPC_NOWAIT, IPC_NOWAIT),
		CONST_ROW(JS_IPC_RMID, IPC_RMID),
		CONST_ROW(JS_IPC_SET, IPC_SET),
		CONST_ROW(JS_IPC_STAT, IPC_STAT),
		CONST_ROW(JS_IPC_INFO, IPC_INFO),
		CONST_ROW(JS_IPC_64, IPC_64),
		CONST_ROW(JS_SHM_RDONLY, SHM_RDONLY),
		CONST_ROW(JS_SHM_RND, SHM_RND),
		CONST_ROW(JS_SHM_REMAP, SHM_REMAP),
		CONST_ROW(JS_SHM_EXEC, SHM_EXEC),
		CONST_ROW(JS_SHM_LOCK, SHM_LOCK),
		CONST_ROW(JS_SHM_UNLOCK, SHM_UNLOCK),
		CONST_ROW(JS_SHM_STAT, SHM_STAT),
		CONST_ROW(JS_SHM_INFO, SHM_INFO),
		CONST_ROW(JS_SHM_STAT_ANY, SHM_STAT_ANY),
		CONST_ROW(JS_SHM_HUGETLB, SHM_HUGETLB),
		CONST_ROW(JS_SHM_NORESERVE, SHM_NORESERVE),
		CONST_ROW(JS_SHM_HUGE_SHIFT, SHM_HUGE_SHIFT),
		CONST_ROW(JS_SHM_HUGE_MASK, SHM_HUGE_MASK),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void mman_constants_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_PROT_NONE, PROT_NONE),
		CONST_ROW(JS_PROT_READ, PROT_READ),
		CONST_ROW(JS_PROT_WRITE, PROT_WRITE),
		CONST_ROW(JS_PROT_EXEC, PROT_EXEC),
		CONST_ROW(JS_PROT_SEM, PROT_SEM),
		CONST_ROW(JS_PROT_GROWSDOWN, PROT_GROWSDOWN),
		CONST_ROW(JS_PROT_GROWSUP, PROT_GROWSUP),
		CONST_ROW(JS_MAP_SHARED, MAP_SHARED),
		CONST_ROW(JS_MAP_PRIVATE, MAP_PRIVATE),
		CONST_ROW(JS_MAP_SHARED_VALIDATE, MAP_SHARED_VALIDATE),
		CONST_ROW(JS_MAP_TYPE, MAP_TYPE),
		CONST_ROW(JS_MAP_FIXED, MAP_FIXED),
		CONST_ROW(JS_MAP_ANONYMOUS, MAP_ANONYMOUS),
		CONST_ROW(JS_MAP_32BIT, MAP_32BIT),
		CONST_ROW(JS_MAP_GROWSDOWN, MAP_GROWSDOWN),
		CONST_ROW(JS_MAP_DENYWRITE, MAP_DENYWRITE),
		CONST_ROW(JS_MAP_EXECUTABLE, MAP_EXECUTABLE),
		CONST_ROW(JS_MAP_LOCKED, MAP_LOCKED),
		CONST_ROW(JS_MAP_NORESERVE, MAP_NORESERVE),
		CONST_ROW(JS_MAP_POPULATE, MAP_POPULATE),
		CONST_ROW(JS_MAP_NONBLOCK, MAP_NONBLOCK),
		CONST_ROW(JS_MAP_STACK, MAP_STACK),
		CONST_ROW(JS_MAP_HUGETLB, MAP_HUGETLB),
		CONST_ROW(JS_MAP_SYNC, MAP_SYNC),
		CONST_ROW(JS_MAP_FIXED_NOREPLACE, MAP_FIXED_NOREPLACE),
		CONST_ROW(JS_MAP_UNINITIALIZED, MAP_UNINITIALIZED),
		CONST_ROW(JS_MAP_HUGE_SHIFT, MAP_HUGE_SHIFT),
		CONST_ROW(JS_MAP_HUGE_MASK, MAP_HUGE_MASK),
		CONST_ROW(JS_MREMAP_MAYMOVE, MREMAP_MAYMOVE),
		CONST_ROW(JS_MREMAP_FIXED, MREMAP_FIXED),
		CONST_ROW(JS_MREMAP_DONTUNMAP, MREMAP_DONTUNMAP),
		CONST_ROW(JS_MS_ASYNC, MS_ASYNC),
		CONST_ROW(JS_MS_INVALIDATE, MS_INVALIDATE),
		CONST_ROW(JS_MS_SYNC, MS_SYNC),
		CONST_ROW(JS_MCL_CURRENT, MCL_CURRENT),
		CONST_ROW(JS_MCL_FUTURE, MCL_FUTURE),
		CONST_ROW(JS_MCL_ONFAULT, MCL_ONFAULT),
		CONST_ROW(JS_MLOCK_ONFAULT, MLOCK_ONFAULT),
		CONST_ROW(JS_MADV_NORMAL, MADV_NORMAL),
		CONST_ROW(JS_MADV_RANDOM, MADV_RANDOM),
		CONST_ROW(JS_MADV_SEQUENTIAL, MADV_SEQUENTIAL),
		CONST_ROW(JS_MADV_WILLNEED, MADV_WILLNEED),
		CONST_ROW(JS_MADV_DONTNEED, MADV_DONTNEED),
		CONST_ROW(JS_MADV_FREE, MADV_FREE),
		CONST_ROW(JS_MADV_REMOVE, MADV_REMOVE),
		CONST_ROW(JS_MADV_DONTFORK, MADV_DONTFORK),
		CONST_ROW(JS_MADV_DOFORK, MADV_DOFORK),
		CONST_ROW(JS_MADV_MERGEABLE, MADV_MERGEABLE),
		CONST_ROW(JS_MADV_UNMERGEABLE, MADV_UNMERGEABLE),
		CONST_ROW(JS_MADV_HUGEPAGE, MADV_HUGEPAGE),
		CONST_ROW(JS_MADV_NOHUGEPAGE, MADV_NOHUGEPAGE),
		CONST_ROW(JS_MADV_DONTDUMP, MADV_DONTDUMP),
		CONST_ROW(JS_MADV_DODUMP, MADV_DODUMP),
		CONST_ROW(JS_MADV_WIPEONFORK, MADV_WIPEONFORK),
		CONST_ROW(JS_MADV_KEEPONFORK, MADV_KEEPONFORK),
		CONST_ROW(JS_MADV_COLD, MADV_COLD),
		CONST_ROW(JS_MADV_PAGEOUT, MADV_PAGEOUT),
		CONST_ROW(JS_MADV_POPULATE_READ, MADV_POPULATE_READ),
		CONST_ROW(JS_MADV_POPULATE_WRITE, MADV_POPULATE_WRITE),
		CONST_ROW(JS_MADV_DONTNEED_LOCKED, MADV_DONTNEED_LOCKED),
		CONST_ROW(JS_MADV_COLLAPSE, MADV_COLLAPSE),
		CONST_ROW(JS_MADV_HWPOISON, MADV_HWPOISON),
		CONST_ROW(JS_MADV_SOFT_OFFLINE, MADV_SOFT_OFFLINE),
		CONST_ROW(JS_MFD_CLOEXEC, MFD_CLOEXEC),
		CONST_ROW(JS_MFD_ALLOW_SEALING, MFD_ALLOW_SEALING),
		CONST_ROW(JS_MFD_HUGETLB, MFD_HUGETLB),
		CONST_ROW(JS_MFD_HUGE_SHIFT, MFD_HUGE_SHIFT),
		CONST_ROW(JS_MFD_HUGE_MASK, MFD_HUGE_MASK),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ipc_structs_match_kernel),
		cmocka_unit_test(ipc_constants_match_kernel),
		cmocka_unit_test(mman_constants_match_kernel),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
