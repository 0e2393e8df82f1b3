/* What the tracer knows about each system call: how many arguments, how
 * each is shown, how the result is shown.  Every call has a row generated
 * from the kernel's prototypes (JS_ARCH_TRACE_ARGS: numbers, pointers,
 * strings, modes); the calls below are decoded richly on top of it.  A
 * call missing from both is shown with six hex arguments. */
#include <libjs/sys.h>
#include <libjs/nr_new.h>
#include "trace.h"

#define JS_TRACE_ARGS(name, n, ...) [JS_NR_##name] = { n, R_DEC | R_SAFE, { __VA_ARGS__ } },
static const struct js__sc generic[] = {
#include JS_ARCH_TRACE_ARGS
};
#undef JS_TRACE_ARGS

#define S(name, r, n, ...) [JS_NR_##name] = { n, r, { __VA_ARGS__ } }
static const struct js__sc rich[] = {
	S(read, R_DEC, 3, K_INT, K_OBUF, K_ULONG),
	S(write, R_DEC, 3, K_INT, K_IBUF, K_ULONG),
	S(pread64, R_DEC, 4, K_INT, K_OBUF, K_ULONG, K_LONG),
	S(pwrite64, R_DEC, 4, K_INT, K_IBUF, K_ULONG, K_LONG),
	S(readv, R_DEC, 3, K_INT, K_IOVOUT, K_INT),
	S(writev, R_DEC, 3, K_INT, K_IOVIN, K_INT),
	S(openat, R_DEC, 4, K_DIRFD, K_STR, K_OFLAGS, K_OMODE),
	S(close, R_DEC, 1, K_INT),
	S(fstat, R_DEC, 2, K_INT, K_PTR),
	S(newfstatat, R_DEC, 4, K_DIRFD, K_STR, K_PTR, K_ATFLAGS),
	S(statx, R_DEC, 5, K_DIRFD, K_STR, K_STATXAT, K_HEX, K_PTR),
	S(lseek, R_DEC, 3, K_INT, K_LONG, K_WHENCE),
	S(mmap, R_HEX, 6, K_PTR, K_ULONG, K_PROT, K_MAPF, K_INT, K_HEX),
	S(mprotect, R_DEC, 3, K_PTR, K_ULONG, K_PROT),
	S(munmap, R_DEC, 2, K_PTR, K_ULONG),
	S(mremap, R_HEX, 5, K_PTR, K_ULONG, K_ULONG, K_HEX, K_PTR),
	S(brk, R_HEX, 1, K_PTR),
	S(shmat, R_HEX, 3, K_INT, K_PTR, K_HEX),
	S(rt_sigaction, R_DEC, 4, K_SIG, K_PTR, K_PTR, K_ULONG),
	S(rt_sigprocmask, R_DEC, 4, K_SIGHOW, K_PTR, K_PTR, K_ULONG),
	S(faccessat, R_DEC, 3, K_DIRFD, K_STR, K_ACCESS),
	S(faccessat2, R_DEC, 4, K_DIRFD, K_STR, K_ACCESS, K_FACCESSAT2),
	S(pipe2, R_DEC, 2, K_OFDS, K_FDFLAGS),
	S(dup, R_DEC, 1, K_INT),
	S(dup3, R_DEC, 3, K_INT, K_INT, K_FDFLAGS),
	S(nanosleep, R_DEC, 2, K_TIMESPEC, K_PTR),
	S(clock_nanosleep, R_DEC, 4, K_CLOCK, K_TIMERFLAGS, K_TIMESPEC, K_PTR),
	S(clock_gettime, R_DEC, 2, K_CLOCK, K_PTR),
	S(clock_getres, R_DEC, 2, K_CLOCK, K_PTR),
	S(socket, R_DEC, 3, K_AF, K_SOCKTYPE, K_PROTO),
	S(socketpair, R_DEC, 4, K_AF, K_SOCKTYPE, K_PROTO, K_OFDS),
	S(connect, R_DEC, 3, K_INT, K_SOCKADDR, K_INT),
	S(bind, R_DEC, 3, K_INT, K_SOCKADDR, K_INT),
	S(listen, R_DEC, 2, K_INT, K_INT),
	S(accept, R_DEC, 3, K_INT, K_PTR, K_PTR),
	S(accept4, R_DEC, 4, K_INT, K_PTR, K_PTR, K_SOCKFLAGS),
	S(sendto, R_DEC, 6, K_INT, K_IBUF, K_ULONG, K_MSGF, K_SOCKADDR, K_INT),
	S(recvfrom, R_DEC, 6, K_INT, K_OBUF, K_ULONG, K_MSGF, K_PTR, K_PTR),
	S(sendmsg, R_DEC, 3, K_INT, K_PTR, K_MSGF),
	S(recvmsg, R_DEC, 3, K_INT, K_PTR, K_MSGF),
	S(shutdown, R_DEC, 2, K_INT, K_SHUT),
	S(clone, R_DEC, 5, K_CLONE, K_PTR, K_PTR, K_PTR, K_HEX),
	S(execve, R_DEC, 3, K_STR, K_PTR, K_PTR),
	S(exit, R_NONE, 1, K_INT),
	S(exit_group, R_NONE, 1, K_INT),
	S(wait4, R_DEC, 4, K_INT, K_PTR, K_WAITOPT, K_PTR),
	S(kill, R_DEC, 2, K_INT, K_SIG),
	S(tkill, R_DEC, 2, K_INT, K_SIG),
	S(tgkill, R_DEC, 3, K_INT, K_INT, K_SIG),
	S(fcntl, R_FCNTL, 3, K_INT, K_FCNTL, K_FCNTLARG),
	S(fsync, R_DEC, 1, K_INT),
	S(fdatasync, R_DEC, 1, K_INT),
	S(truncate, R_DEC, 2, K_STR, K_LONG),
	S(ftruncate, R_DEC, 2, K_INT, K_LONG),
	S(getdents64, R_DEC, 3, K_INT, K_OBUFP, K_ULONG),
	S(getcwd, R_DEC, 2, K_OSTR, K_ULONG),
	S(chdir, R_DEC, 1, K_STR),
	S(fchdir, R_DEC, 1, K_INT),
#ifdef JS_NR_renameat
	S(renameat, R_DEC, 4, K_DIRFD, K_STR, K_DIRFD, K_STR),
#endif
	S(renameat2, R_DEC, 5, K_DIRFD, K_STR, K_DIRFD, K_STR, K_RENAME),
	S(mkdirat, R_DEC, 3, K_DIRFD, K_STR, K_MODE),
	S(linkat, R_DEC, 5, K_DIRFD, K_STR, K_DIRFD, K_STR, K_ATFLAGS),
	S(symlinkat, R_DEC, 3, K_STR, K_DIRFD, K_STR),
	S(unlinkat, R_DEC, 3, K_DIRFD, K_STR, K_RMFLAGS),
	S(readlinkat, R_DEC, 4, K_DIRFD, K_STR, K_OBUF, K_ULONG),
	S(fchmod, R_DEC, 2, K_INT, K_MODE),
	S(fchmodat, R_DEC, 3, K_DIRFD, K_STR, K_MODE),
	S(fchmodat2, R_DEC, 4, K_DIRFD, K_STR, K_MODE, K_ATFLAGS),
	S(fchownat, R_DEC, 5, K_DIRFD, K_STR, K_INT, K_INT, K_ATFLAGS),
	S(utimensat, R_DEC, 4, K_DIRFD, K_STR, K_PTR, K_ATFLAGS),
	S(umask, R_OCT, 1, K_UMASK),
	S(epoll_create1, R_DEC, 1, K_EPFLAGS),
	S(epoll_ctl, R_DEC, 4, K_INT, K_EPCTL, K_INT, K_EPEV),
	S(epoll_pwait, R_DEC, 6, K_INT, K_PTR, K_INT, K_INT, K_PTR, K_ULONG),
	S(inotify_init1, R_DEC, 1, K_INFLAGS),
	S(inotify_add_watch, R_DEC, 3, K_INT, K_STR, K_INMASK),
	S(inotify_rm_watch, R_DEC, 2, K_INT, K_INT),
	S(getrandom, R_DEC, 3, K_OBUFX, K_ULONG, K_GRND),
	S(sendfile, R_DEC, 4, K_INT, K_INT, K_PTR, K_ULONG),
	S(copy_file_range, R_DEC, 6, K_INT, K_PTR, K_INT, K_PTR, K_ULONG, K_HEX),
	S(madvise, R_DEC, 3, K_PTR, K_ULONG, K_INT),
	S(futex, R_DEC, 6, K_PTR, K_FUTEXOP, K_FUTEXARG, K_FUTEXARG, K_FUTEXARG, K_FUTEXARG),
	S(futex_waitv, R_DEC, 5, K_FUTEXWAITV, K_UINT, K_HEX, K_TIMESPEC, K_CLOCK),
	/* ---- IPC and asynchronous I/O (ipc.h, aio.h; issue 14) ---- */
	/* System V keys and flags in hex (IPC_CREAT, IPC_NOWAIT and the
	 * MSG_ bits read best so until the trace has their names). */
	S(msgget, R_DEC, 2, K_HEX, K_HEX),
	S(msgsnd, R_DEC, 4, K_INT, K_PTR, K_ULONG, K_HEX),
	S(msgrcv, R_DEC, 5, K_INT, K_PTR, K_ULONG, K_LONG, K_HEX),
	S(msgctl, R_DEC, 3, K_INT, K_INT, K_PTR),
	S(semget, R_DEC, 3, K_HEX, K_INT, K_HEX),
	S(semop, R_DEC, 3, K_INT, K_PTR, K_ULONG),
	S(semtimedop, R_DEC, 4, K_INT, K_PTR, K_ULONG, K_TIMESPEC),
	S(semctl, R_DEC, 4, K_INT, K_INT, K_INT, K_HEX),
	/* mq_open's flags and, with O_CREAT only, its mode as open's; the
	 * message itself as read's and write's buffers. */
	S(mq_open, R_DEC, 4, K_STR, K_OFLAGS, K_OMODE, K_PTR),
	S(mq_unlink, R_DEC, 1, K_STR),
	S(mq_timedsend, R_DEC, 5, K_INT, K_IBUF, K_ULONG, K_UINT, K_TIMESPEC),
	S(mq_timedreceive, R_DEC, 5, K_INT, K_OBUF, K_ULONG, K_PTR, K_TIMESPEC),
	S(mq_notify, R_DEC, 2, K_INT, K_PTR),
	S(mq_getsetattr, R_DEC, 3, K_INT, K_PTR, K_PTR),
	S(add_key, R_DEC, 5, K_STR, K_STR, K_IBUF, K_ULONG, K_INT),
	S(request_key, R_DEC, 4, K_STR, K_STR, K_STR, K_INT),
	S(keyctl, R_DEC, 5, K_INT, K_HEX, K_HEX, K_HEX, K_HEX),
	/* AIO contexts are addresses (hex); timeouts are timespecs. */
	S(io_setup, R_DEC, 2, K_UINT, K_PTR),
	S(io_destroy, R_DEC, 1, K_HEX),
	S(io_submit, R_DEC, 3, K_HEX, K_LONG, K_PTR),
	S(io_cancel, R_DEC, 3, K_HEX, K_PTR, K_PTR),
	S(io_getevents, R_DEC, 5, K_HEX, K_LONG, K_LONG, K_PTR, K_TIMESPEC),
	S(io_pgetevents, R_DEC, 6, K_HEX, K_LONG, K_LONG, K_PTR, K_TIMESPEC, K_PTR),
	S(io_uring_setup, R_DEC, 2, K_UINT, K_PTR),
	S(io_uring_enter, R_DEC, 6, K_UINT, K_UINT, K_UINT, K_HEX, K_PTR, K_ULONG),
	S(io_uring_register, R_DEC, 4, K_UINT, K_UINT, K_PTR, K_UINT),
	/* ---- end of IPC and asynchronous I/O ---- */
	/* ---- issue 14, time and scheduling calls: the clocks, signals and
	 * flags the existing decoders know (timeouts the kernel rewrites,
	 * pselect6's, stay pointers: they are read after the call). */
	S(clock_settime, R_DEC, 2, K_CLOCK, K_TIMESPEC),
	S(clock_adjtime, R_DEC, 2, K_CLOCK, K_PTR),
	S(timer_create, R_DEC, 3, K_CLOCK, K_PTR, K_PTR),
	S(timer_settime, R_DEC, 4, K_INT, K_TIMERFLAGS, K_PTR, K_PTR),
	S(rt_sigqueueinfo, R_DEC, 3, K_INT, K_SIG, K_PTR),
	S(rt_tgsigqueueinfo, R_DEC, 4, K_INT, K_INT, K_SIG, K_PTR),
	S(personality, R_HEX, 1, K_HEX),
	/* ---- end of issue 14, time and scheduling calls */
	/* ---- Issue 14, files: calls newer than the generated rows (Linux
	 * 6.1), nr_new.h; strings are read safely (R_SAFE) since a failed
	 * call may not have read them all. ---- */
	S(statmount, R_DEC | R_SAFE, 4, K_PTR, K_PTR, K_ULONG, K_HEX),
	S(listmount, R_DEC | R_SAFE, 4, K_PTR, K_PTR, K_ULONG, K_HEX),
	S(setxattrat, R_DEC | R_SAFE, 6, K_DIRFD, K_STR, K_ATFLAGS, K_STR, K_PTR, K_ULONG),
	S(getxattrat, R_DEC | R_SAFE, 6, K_DIRFD, K_STR, K_ATFLAGS, K_STR, K_PTR, K_ULONG),
	S(listxattrat, R_DEC | R_SAFE, 5, K_DIRFD, K_STR, K_ATFLAGS, K_PTR, K_ULONG),
	S(removexattrat, R_DEC | R_SAFE, 4, K_DIRFD, K_STR, K_ATFLAGS, K_STR),
	S(open_tree_attr, R_DEC | R_SAFE, 5, K_DIRFD, K_STR, K_HEX, K_PTR, K_ULONG),
	S(file_getattr, R_DEC | R_SAFE, 5, K_DIRFD, K_STR, K_PTR, K_ULONG, K_ATFLAGS),
	S(file_setattr, R_DEC | R_SAFE, 5, K_DIRFD, K_STR, K_PTR, K_ULONG, K_ATFLAGS),
	/* Rows the generated ones show less well: fanotify_mark's fd is a
	 * directory fd (AT_FDCWD by name); preadv/pwritev show the offset
	 * as strace does (pos_h, which a 64-bit kernel ignores, left out). */
	S(fanotify_mark, R_DEC | R_SAFE, 5, K_INT, K_HEX, K_HEX, K_DIRFD, K_STR),
	S(fanotify_init, R_DEC, 2, K_HEX, K_OFLAGS),
	S(open_by_handle_at, R_DEC, 3, K_INT, K_PTR, K_OFLAGS),
	S(preadv, R_DEC, 4, K_INT, K_PTR, K_INT, K_LONG),
	S(pwritev, R_DEC, 4, K_INT, K_PTR, K_INT, K_LONG),
	S(preadv2, R_DEC, 6, K_INT, K_PTR, K_INT, K_LONG, K_ULONG, K_HEX),
	S(pwritev2, R_DEC, 6, K_INT, K_PTR, K_INT, K_LONG, K_ULONG, K_HEX),
	S(quotactl, R_DEC | R_SAFE, 4, K_HEX, K_STR, K_INT, K_PTR),
	S(quotactl_fd, R_DEC, 4, K_INT, K_HEX, K_INT, K_PTR),
	S(cachestat, R_DEC, 4, K_INT, K_PTR, K_PTR, K_HEX),
	/* ---- end of issue 14, files ---- */
	/* Calls missing from the generic table (no asm-generic number):
	 * feature-tested, as their wrappers are. */
#ifdef JS_NR_poll
	S(poll, R_DEC, 3, K_PTR, K_UINT, K_INT),
#endif
#ifdef JS_NR_open
	S(open, R_DEC, 3, K_STR, K_OFLAGS, K_OMODE),
#endif
#ifdef JS_NR_stat
	S(stat, R_DEC, 2, K_STR, K_PTR),
	S(lstat, R_DEC, 2, K_STR, K_PTR),
#endif
#ifdef JS_NR_access
	S(access, R_DEC, 2, K_STR, K_ACCESS),
#endif
#ifdef JS_NR_pipe
	S(pipe, R_DEC, 1, K_OFDS),
#endif
#ifdef JS_NR_dup2
	S(dup2, R_DEC, 2, K_INT, K_INT),
#endif
#ifdef JS_NR_rename
	S(rename, R_DEC, 2, K_STR, K_STR),
	S(mkdir, R_DEC, 2, K_STR, K_MODE),
	S(rmdir, R_DEC, 1, K_STR),
	S(link, R_DEC, 2, K_STR, K_STR),
	S(symlink, R_DEC, 2, K_STR, K_STR),
	S(unlink, R_DEC, 1, K_STR),
	S(readlink, R_DEC, 3, K_STR, K_OBUF, K_ULONG),
	S(chmod, R_DEC, 2, K_STR, K_MODE),
	S(utime, R_DEC, 2, K_STR, K_PTR),
	S(utimes, R_DEC, 2, K_STR, K_PTR),
#endif
#ifdef JS_NR_epoll_create
	S(epoll_create, R_DEC, 1, K_INT),
	S(epoll_wait, R_DEC, 4, K_INT, K_PTR, K_INT, K_INT),
#endif
#ifdef JS_NR_arch_prctl
	S(arch_prctl, R_DEC, 2, K_HEX, K_HEX),
#endif
	/* ---- kernel tools and memory (issue 14's kern/mem group) ----
	 * mseal and map_shadow_stack are newer than the generated rows
	 * (nr_new.h); the others show addresses as pointers and protections
	 * by name, as mprotect's row does. */
	S(mseal, R_DEC, 3, K_PTR, K_ULONG, K_HEX),
	S(map_shadow_stack, R_HEX, 3, K_PTR, K_ULONG, K_HEX),
	S(pkey_mprotect, R_DEC, 4, K_PTR, K_ULONG, K_PROT, K_INT),
	S(mlock2, R_DEC, 3, K_PTR, K_ULONG, K_HEX),
	S(mbind, R_DEC, 6, K_PTR, K_ULONG, K_INT, K_PTR, K_ULONG, K_HEX),
	S(get_mempolicy, R_DEC, 5, K_PTR, K_PTR, K_ULONG, K_PTR, K_HEX),
	S(remap_file_pages, R_DEC, 5, K_PTR, K_ULONG, K_PROT, K_ULONG, K_HEX),
	/* ---- end of the kern/mem group ---- */
	/* ==== Every-syscall issue, residual calls (coverage branch): calls
	 * newer than the 6.1 prototypes the generic rows come from. */
	S(futex_wake, R_DEC, 4, K_PTR, K_HEX, K_INT, K_FUTEX2),
	S(futex_wait, R_DEC, 6, K_PTR, K_ULONG, K_HEX, K_FUTEX2, K_TIMESPEC, K_CLOCK),
	S(futex_requeue, R_DEC, 4, K_PTR, K_HEX, K_INT, K_INT),
	S(lsm_get_self_attr, R_DEC, 4, K_UINT, K_PTR, K_PTR, K_HEX),
	S(lsm_set_self_attr, R_DEC, 4, K_UINT, K_PTR, K_UINT, K_HEX),
	S(lsm_list_modules, R_DEC, 3, K_PTR, K_PTR, K_HEX),
	S(rseq, R_DEC, 4, K_PTR, K_UINT, K_HEX, K_HEX),
	/* Each architecture's own calls, where the generated row has no
	 * prototype to go by (six hex words). */
#ifdef JS_NR_modify_ldt
	S(modify_ldt, R_DEC, 3, K_INT, K_PTR, K_ULONG),
	S(iopl, R_DEC, 1, K_INT),
#endif
#ifdef JS_NR_riscv_flush_icache
	S(riscv_flush_icache, R_DEC, 3, K_PTR, K_PTR, K_HEX),
#endif
#ifdef JS_NR_riscv_hwprobe
	S(riscv_hwprobe, R_DEC, 5, K_PTR, K_ULONG, K_ULONG, K_PTR, K_HEX),
#endif
	/* ==== end of the coverage branch's block ==== */
};
#undef S

static const struct js__sc unknown = { 6, R_DEC | R_SAFE, { K_HEX, K_HEX, K_HEX, K_HEX, K_HEX, K_HEX } };

const struct js__sc *js__sc_desc(long nr)
{
	if (nr >= 0 && (unsigned long)nr < sizeof rich / sizeof rich[0] &&
	    (rich[nr].n || rich[nr].ret))
		return &rich[nr];
	/* Every generated row has R_SAFE set, so a zero row is a gap. */
	if (nr >= 0 && (unsigned long)nr < sizeof generic / sizeof generic[0] &&
	    generic[nr].ret)
		return &generic[nr];
	return &unknown;
}

int js__sc_len_arg(long nr)
{
	const struct js__sc *d = js__sc_desc(nr);
	int i;

	for (i = 0; i + 1 < d->n; i++)
		if (d->k[i] == K_IBUF || d->k[i] == K_OBUF || d->k[i] == K_OBUFX ||
		    d->k[i] == K_OBUFP)
			return i + 1;
	return -1;
}

/* Calls after which the caller may be a new process (the child's side of
 * a fork-like call returns 0). */
int js__sc_forks(long nr)
{
	return nr == JS_NR_clone || nr == JS_NR_clone3
#ifdef JS_NR_fork
	       || nr == JS_NR_fork
#endif
#ifdef JS_NR_vfork
	       || nr == JS_NR_vfork
#endif
		;
}
