/* Memory: mappings, locking, memfd, the program break and System V shared
 * memory.  Every call returns the kernel's raw result (>= 0 success,
 * -errno failure); calls whose result is an address return void * and are
 * tested with JS_IS_ERR / JS_PTR_ERR (sys.h).  The man page named for each
 * is the reference. */
#ifndef LIBJS_MEM_H
#define LIBJS_MEM_H

#include "sys.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Structures (System V IPC, 64-bit forms) ------------------------ */

/* struct ipc64_perm, include/uapi/asm-generic/ipcbuf.h: the form every
 * 64-bit architecture libjs supports uses (mode_t is 32 bits there, so the
 * kernel's __pad1 has size 0 and is left out). */
struct js_ipc_perm {
	int key;
	unsigned int uid;
	unsigned int gid;
	unsigned int cuid;
	unsigned int cgid;
	unsigned int mode;
	unsigned short seq;
	unsigned short __pad2;
	unsigned long __unused1;
	unsigned long __unused2;
};

/* struct shmid64_ds, include/uapi/asm-generic/shmbuf.h (the
 * __BITS_PER_LONG == 64 branch; x86_64's asm/shmbuf.h uses it too). */
struct js_shmid_ds {
	struct js_ipc_perm shm_perm;
	size_t shm_segsz;
	long shm_atime;
	long shm_dtime;
	long shm_ctime;
	int shm_cpid;
	int shm_lpid;
	unsigned long shm_nattch;
	unsigned long __unused4;
	unsigned long __unused5;
};

/* struct shminfo64 (asm-generic/shmbuf.h): what IPC_INFO writes. */
struct js_shminfo64 {
	unsigned long shmmax;
	unsigned long shmmin;
	unsigned long shmmni;
	unsigned long shmseg;
	unsigned long shmall;
	unsigned long __unused1;
	unsigned long __unused2;
	unsigned long __unused3;
	unsigned long __unused4;
};

/* struct shm_info (include/uapi/linux/shm.h): what SHM_INFO writes. */
struct js_shm_info {
	int used_ids;
	unsigned long shm_tot;
	unsigned long shm_rss;
	unsigned long shm_swp;
	unsigned long swap_attempts;
	unsigned long swap_successes;
};

typedef int js_key_t;

/* ---- Constants ------------------------------------------------------ */

/* mmap(2) protection and flags: include/uapi/asm-generic/mman-common.h
 * and asm-generic/mman.h (per-architecture extras: arch/<name>/mem.h). */
#define JS_PROT_NONE      0x0
#define JS_PROT_READ      0x1
#define JS_PROT_WRITE     0x2
#define JS_PROT_EXEC      0x4
#define JS_PROT_SEM       0x8
#define JS_PROT_GROWSDOWN 0x01000000
#define JS_PROT_GROWSUP   0x02000000

#define JS_MAP_SHARED          0x01
#define JS_MAP_PRIVATE         0x02
#define JS_MAP_SHARED_VALIDATE 0x03
#define JS_MAP_TYPE            0x0f
#define JS_MAP_FIXED           0x10
#define JS_MAP_ANONYMOUS       0x20
#define JS_MAP_ANON            JS_MAP_ANONYMOUS
#define JS_MAP_GROWSDOWN       0x0100
#define JS_MAP_DENYWRITE       0x0800
#define JS_MAP_EXECUTABLE      0x1000
#define JS_MAP_LOCKED          0x2000
#define JS_MAP_NORESERVE       0x4000
#define JS_MAP_POPULATE        0x008000
#define JS_MAP_NONBLOCK        0x010000
#define JS_MAP_STACK           0x020000
#define JS_MAP_HUGETLB         0x040000
#define JS_MAP_SYNC            0x080000
#define JS_MAP_FIXED_NOREPLACE 0x100000
#define JS_MAP_UNINITIALIZED   0x4000000
#define JS_MAP_HUGE_SHIFT      26
#define JS_MAP_HUGE_MASK       0x3f
/* ---- tconst (issue 11): the name strace gives a mapping type of 0
 * (asm-generic/mman-common.h's compatibility flag). ---- */
#define JS_MAP_FILE            0
/* ---- end of tconst ---- */
/* What mmap returns on failure in libc terms; js_mmap never returns it
 * (it returns the -errno pointer instead), but code ported from libc
 * compares against it. */
#define JS_MAP_FAILED ((void *)-1)

/* mremap(2): include/uapi/linux/mman.h */
#define JS_MREMAP_MAYMOVE   1
#define JS_MREMAP_FIXED     2
#define JS_MREMAP_DONTUNMAP 4

/* msync(2) */
#define JS_MS_ASYNC      1
#define JS_MS_INVALIDATE 2
#define JS_MS_SYNC       4

/* mlockall(2) */
#define JS_MCL_CURRENT 1
#define JS_MCL_FUTURE  2
#define JS_MCL_ONFAULT 4

/* mlock2(2)'s flag (include/uapi/asm-generic/mman-common.h). */
#define JS_MLOCK_ONFAULT 0x01

/* madvise(2): asm-generic/mman-common.h */
#define JS_MADV_NORMAL          0
#define JS_MADV_RANDOM          1
#define JS_MADV_SEQUENTIAL      2
#define JS_MADV_WILLNEED        3
#define JS_MADV_DONTNEED        4
#define JS_MADV_FREE            8
#define JS_MADV_REMOVE          9
#define JS_MADV_DONTFORK        10
#define JS_MADV_DOFORK          11
#define JS_MADV_MERGEABLE       12
#define JS_MADV_UNMERGEABLE     13
#define JS_MADV_HUGEPAGE        14
#define JS_MADV_NOHUGEPAGE      15
#define JS_MADV_DONTDUMP        16
#define JS_MADV_DODUMP          17
#define JS_MADV_WIPEONFORK      18
#define JS_MADV_KEEPONFORK      19
#define JS_MADV_COLD            20
#define JS_MADV_PAGEOUT         21
#define JS_MADV_POPULATE_READ   22
#define JS_MADV_POPULATE_WRITE  23
#define JS_MADV_DONTNEED_LOCKED 24
#define JS_MADV_COLLAPSE        25
#define JS_MADV_HWPOISON        100
#define JS_MADV_SOFT_OFFLINE    101

/* memfd_create(2): include/uapi/linux/memfd.h (NOEXEC_SEAL and EXEC:
 * Linux 6.3, newer than the 6.1 headers the layout tests read; tested on
 * the running kernel instead) */
#define JS_MFD_CLOEXEC       0x0001U
#define JS_MFD_ALLOW_SEALING 0x0002U
#define JS_MFD_HUGETLB       0x0004U
#define JS_MFD_NOEXEC_SEAL   0x0008U
#define JS_MFD_EXEC          0x0010U
#define JS_MFD_HUGE_SHIFT    26
#define JS_MFD_HUGE_MASK     0x3f

/* System V IPC: include/uapi/linux/ipc.h */
#define JS_IPC_PRIVATE ((js_key_t)0)
#define JS_IPC_CREAT   00001000
#define JS_IPC_EXCL    00002000
#define JS_IPC_NOWAIT  00004000
#define JS_IPC_RMID    0
#define JS_IPC_SET     1
#define JS_IPC_STAT    2
#define JS_IPC_INFO    3
/* The "64-bit structures" flag of old ABIs.  x86_64, aarch64 and riscv64
 * always use the 64-bit forms and reject a cmd carrying it (see
 * src/mem/shmctl.c): never pass it to js_shmctl. */
#define JS_IPC_64      0x0100

/* Shared memory: include/uapi/linux/shm.h */
#define JS_SHM_RDONLY    010000
#define JS_SHM_RND       020000
#define JS_SHM_REMAP     040000
#define JS_SHM_EXEC      0100000
#define JS_SHM_LOCK      11
#define JS_SHM_UNLOCK    12
#define JS_SHM_STAT      13
#define JS_SHM_INFO      14
#define JS_SHM_STAT_ANY  15
#define JS_SHM_HUGETLB   04000
#define JS_SHM_NORESERVE 010000
#define JS_SHM_HUGE_SHIFT 26
#define JS_SHM_HUGE_MASK  0x3f
#define JS_SHM_DEST      01000
#define JS_SHM_LOCKED    02000

/* ---- Mappings -------------------------------------------------------- */

/* mmap(2): the mapping's address, or an error pointer (JS_IS_ERR).
 * offset is in bytes and must be a multiple of the page size. */
void *js_mmap(void *addr, size_t length, int prot, int flags, int fd,
	      long offset);
long js_munmap(void *addr, size_t length);                     /* munmap(2) */
long js_mprotect(void *addr, size_t len, int prot);            /* mprotect(2) */
/* mremap(2): with JS_MREMAP_FIXED pass the target address as a fifth
 * argument (void *); it is read only then. */
void *js_mremap(void *old_address, size_t old_size, size_t new_size,
		int flags, ...);
long js_madvise(void *addr, size_t length, int advice);        /* madvise(2) */
long js_msync(void *addr, size_t length, int flags);           /* msync(2) */
long js_mincore(void *addr, size_t length, unsigned char *vec); /* mincore(2) */

/* ---- Locking --------------------------------------------------------- */

long js_mlock(const void *addr, size_t len);                   /* mlock(2) */
long js_munlock(const void *addr, size_t len);                 /* munlock(2) */
long js_mlockall(int flags);                                   /* mlockall(2) */
long js_munlockall(void);                                      /* munlockall(2) */

/* ---- Anonymous files and the break ----------------------------------- */

/* memfd_create(2): a new fd for an anonymous file. */
long js_memfd_create(const char *name, unsigned int flags);
/* The raw brk system call (not libc's brk(2) wrapper): asks for the break
 * at addr and returns the break the kernel now has, as an address; it
 * never returns an error code.  js_brk(0) reads the current break; a
 * request the kernel refuses returns the old break unchanged. */
void *js_brk(void *addr);

/* ---- System V shared memory ------------------------------------------ */

long js_shmget(js_key_t key, size_t size, int shmflg);          /* shmget(2) */
/* shmat(2): the attach address, or an error pointer (JS_IS_ERR). */
void *js_shmat(int shmid, const void *shmaddr, int shmflg);
long js_shmdt(const void *shmaddr);                            /* shmdt(2) */
/* shmctl(2): cmd is one of JS_IPC_STAT, JS_IPC_SET, JS_IPC_RMID,
 * JS_SHM_STAT, JS_SHM_STAT_ANY (buf: struct js_shmid_ds), JS_IPC_INFO
 * (buf: a struct js_shminfo64, cast), JS_SHM_INFO (buf: a struct
 * js_shm_info, cast), JS_SHM_LOCK, JS_SHM_UNLOCK (buf unused).  IPC_INFO,
 * SHM_INFO, SHM_STAT return the highest index/the id. */
long js_shmctl(int shmid, int cmd, struct js_shmid_ds *buf);

/* ==== Locking flags, protection keys, NUMA policy, sealing, shadow
 * stacks (the kernel-and-memory group of issue 14; docs/kern.md) ===== */

/* Protection keys, pkey_alloc(2): asm-generic/mman-common.h. */
#define JS_PKEY_DISABLE_ACCESS 0x1
#define JS_PKEY_DISABLE_WRITE  0x2
#define JS_PKEY_ACCESS_MASK    (JS_PKEY_DISABLE_ACCESS | JS_PKEY_DISABLE_WRITE)

/* NUMA memory policy, set_mempolicy(2)/mbind(2): include/uapi/linux/
 * mempolicy.h.  Modes: */
#define JS_MPOL_DEFAULT              0
#define JS_MPOL_PREFERRED            1
#define JS_MPOL_BIND                 2
#define JS_MPOL_INTERLEAVE           3
#define JS_MPOL_LOCAL                4
#define JS_MPOL_PREFERRED_MANY       5
#define JS_MPOL_WEIGHTED_INTERLEAVE  6 /* 6.9 */
/* Mode flags, or'ed into the mode: */
#define JS_MPOL_F_STATIC_NODES   (1 << 15)
#define JS_MPOL_F_RELATIVE_NODES (1 << 14)
#define JS_MPOL_F_NUMA_BALANCING (1 << 13)
#define JS_MPOL_MODE_FLAGS                                                     \
	(JS_MPOL_F_STATIC_NODES | JS_MPOL_F_RELATIVE_NODES | JS_MPOL_F_NUMA_BALANCING)
/* get_mempolicy(2)'s flags: */
#define JS_MPOL_F_NODE         (1 << 0)
#define JS_MPOL_F_ADDR         (1 << 1)
#define JS_MPOL_F_MEMS_ALLOWED (1 << 2)
/* mbind(2)'s and move_pages(2)'s flags: */
#define JS_MPOL_MF_STRICT   (1 << 0)
#define JS_MPOL_MF_MOVE     (1 << 1)
#define JS_MPOL_MF_MOVE_ALL (1 << 2)
#define JS_MPOL_MF_LAZY     (1 << 3) /* not valid: refused (EINVAL) */
#define JS_MPOL_MF_INTERNAL (1 << 4) /* the kernel's own */
#define JS_MPOL_MF_VALID (JS_MPOL_MF_STRICT | JS_MPOL_MF_MOVE | JS_MPOL_MF_MOVE_ALL)
/* The kernel's internal policy flags, in the UAPI header: never passed. */
#define JS_MPOL_F_SHARED (1 << 0)
#define JS_MPOL_F_MOF    (1 << 3)
#define JS_MPOL_F_MORON  (1 << 4)

/* map_shadow_stack(2)'s flags: include/uapi/asm-generic/mman.h (6.6,
 * SET_MARKER 6.13). */
#define JS_SHADOW_STACK_SET_TOKEN  (1ULL << 0)
#define JS_SHADOW_STACK_SET_MARKER (1ULL << 1)

/* mlock2(2): flags 0 (as js_mlock) or JS_MLOCK_ONFAULT (lock pages as
 * they are first touched). */
long js_mlock2(const void *addr, size_t len, unsigned int flags);

/* pkey_alloc(2): a protection key with access_rights (JS_PKEY_DISABLE_*)
 * for this thread, flags 0.  Where the CPU or kernel has no protection
 * keys the kernel refuses (x86_64 without PKU: -JS_EINVAL; docs/kern.md). */
long js_pkey_alloc(unsigned int flags, unsigned int access_rights);
long js_pkey_free(int pkey);                                   /* pkey_free(2) */
/* pkey_mprotect(2): mprotect(2) that also tags the pages with pkey
 * (-1: no key, as js_mprotect). */
long js_pkey_mprotect(void *addr, size_t len, int prot, int pkey);

/* NUMA policy.  A nodemask is an array of unsigned long, node n being bit
 * n % (8 * sizeof(long)) of word n / (8 * sizeof(long)); maxnode is the
 * number of bits the kernel reads (mbind(2) and set_mempolicy(2) read one
 * bit fewer than maxnode says, as the man pages explain). */
long js_mbind(void *addr, unsigned long len, int mode,
	      const unsigned long *nodemask, unsigned long maxnode,
	      unsigned int flags);                             /* mbind(2) */
long js_get_mempolicy(int *mode, unsigned long *nodemask, unsigned long maxnode,
		      void *addr, unsigned long flags);        /* get_mempolicy(2) */
long js_set_mempolicy(int mode, const unsigned long *nodemask,
		      unsigned long maxnode);                  /* set_mempolicy(2) */
/* set_mempolicy_home_node(2) (5.17): the preferred node of the range's
 * MPOL_BIND or MPOL_PREFERRED_MANY policy; flags 0. */
long js_set_mempolicy_home_node(unsigned long start, unsigned long len,
				unsigned long home_node, unsigned long flags);
/* migrate_pages(2): pid 0 is the caller.  Returns the pages that could
 * not be moved, or -errno. */
long js_migrate_pages(int pid, unsigned long maxnode,
		      const unsigned long *old_nodes,
		      const unsigned long *new_nodes);
/* move_pages(2): nodes NULL asks where each page is (status[i] = node or
 * -errno); flags JS_MPOL_MF_MOVE or JS_MPOL_MF_MOVE_ALL. */
long js_move_pages(int pid, unsigned long count, void **pages,
		   const int *nodes, int *status, int flags);

/* memfd_secret(2) (5.14): an fd whose pages are removed from the kernel's
 * direct map; flags JS_O_CLOEXEC or 0.  -JS_ENOSYS when the kernel is
 * built without CONFIG_SECRETMEM or booted without secretmem.enable. */
long js_memfd_secret(unsigned int flags);
/* mseal(2) (6.10): seal [addr, addr+len) against munmap, mremap, mmap
 * over it, mprotect and destructive madvise (those then fail with
 * -JS_EPERM); flags 0.  Older kernels answer -JS_ENOSYS. */
long js_mseal(void *addr, size_t len, unsigned long flags);
/* map_shadow_stack(2) (6.6): a new shadow stack of size bytes, optionally
 * with a restore token at its top (JS_SHADOW_STACK_SET_TOKEN); the
 * address, or an error pointer (JS_IS_ERR).  Only a kernel with user
 * shadow stacks on a CPU that has them (x86_64 CET, aarch64 GCS) makes
 * one; others answer -JS_ENOSYS (this machine: docs/kern.md). */
void *js_map_shadow_stack(void *addr, unsigned long size, unsigned int flags);
/* remap_file_pages(2): deprecated since Linux 3.16, which emulates it
 * with separate mappings; still in every table, so wrapped.  prot must
 * be 0, flags 0 or JS_MAP_NONBLOCK. */
long js_remap_file_pages(void *addr, size_t size, int prot, size_t pgoff,
			 int flags);

/* ==== end of the kernel-and-memory group ============================= */

#ifdef __cplusplus
}
#endif

#endif
