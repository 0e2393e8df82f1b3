/* Hostile input, one table (issue 10): a row per public function that
 * takes a pointer or a size, given NULL, an unmapped page (U), a read-only
 * page for an output (RO), a buffer that ends at an unmapped page (EDGE:
 * the last 8 bytes of a page before U), sizes 0, 1 and SIZE_MAX, and
 * negative and huge fds.  Each row states what must come back: the
 * kernel's error, a success, or, for the documented exceptions
 * (docs/exceptions.md), the SIGSEGV of code that reads or writes the
 * caller's memory itself.
 *
 * Every row runs in a child of its own (js_fork), so a crash is reported
 * with the row's name and the run goes on; a row that has not finished
 * after ROW_SECS is killed and fails.  The rows run one after another, so
 * the test never has more than one child.  Runs on all three
 * architectures (make check: qemu-user for aarch64 and riscv64). */
#include "runner.h"
#include "mem_arch.h"

#define ROW_SECS 20
#define BIGFD 0x7fffffff
#define NEGFD (-5)
#define SMAX ((size_t)-1)

enum how {
	EQ,	/* the result is `want` */
	OK,	/* the result is >= 0 (not an error) */
	SEGV,	/* documented exception: libjs touches the memory itself */
	VDSO,	/* `want`, or SIGSEGV where the vDSO writes the caller's
		 * struct itself (docs/exceptions.md: vDSO calls) */
};

static char *U, *RO, *RW, *EDGE;
static int rfd, dfd, sv[2], ep;

/* ---- The rows ------------------------------------------------------- */
#define F(x) ((void *)(x))
#define SA(x) ((struct js_sockaddr *)(void *)(x))
#define SS(x) ((js_sigset_t *)(void *)(x))
#define TS(x) ((struct js_timespec *)(void *)(x))
#define SU(x) ((union js_semun){ .array = (unsigned short *)(void *)(x) })

#define ROWS(X)                                                                \
	/* fs: data */                                                         \
	X(read_null, js_read(rfd, 0, 16), EQ, -JS_EFAULT)                      \
	X(read_unmapped, js_read(rfd, U, 16), EQ, -JS_EFAULT)                  \
	X(read_readonly, js_read(rfd, RO, 16), EQ, -JS_EFAULT)                 \
	X(read_edge, js_read(rfd, EDGE, 16), EQ, 8)                            \
	X(read_size0, js_read(rfd, RW, 0), EQ, 0)                              \
	X(read_size1, js_read(rfd, RW, 1), EQ, 1)                              \
	X(read_sizemax, js_read(rfd, RW, SMAX), EQ, -JS_EFAULT)                \
	X(read_negfd, js_read(NEGFD, RW, 1), EQ, -JS_EBADF)                    \
	X(read_bigfd, js_read(BIGFD, RW, 1), EQ, -JS_EBADF)                    \
	X(write_null, js_write(rfd, 0, 16), EQ, -JS_EFAULT)                    \
	X(write_unmapped, js_write(rfd, U, 16), EQ, -JS_EFAULT)                \
	X(write_edge, js_write(rfd, EDGE, 16), EQ, 8)                          \
	X(write_sizemax, js_write(rfd, RW, SMAX), EQ, -JS_EFAULT)              \
	X(write_negfd, js_write(NEGFD, RW, 1), EQ, -JS_EBADF)                  \
	X(pread_unmapped, js_pread(rfd, U, 16, 0), EQ, -JS_EFAULT)             \
	X(pread_negoff, js_pread(rfd, RW, 16, -1), EQ, -JS_EINVAL)             \
	X(pwrite_unmapped, js_pwrite(rfd, U, 16, 0), EQ, -JS_EFAULT)           \
	X(readv_unmapped, js_readv(rfd, F(U), 1), EQ, -JS_EFAULT)              \
	X(readv_negcount, js_readv(rfd, F(RW), -1), EQ, -JS_EINVAL)            \
	X(writev_null, js_writev(rfd, 0, 1), EQ, -JS_EFAULT)                   \
	X(writev_hugecount, js_writev(rfd, F(RW), 0x7fffffff), EQ, -JS_EINVAL) \
	X(lseek_bigfd, js_lseek(BIGFD, 0, JS_SEEK_SET), EQ, -JS_EBADF)         \
	X(sendfile_unmapped_off, js_sendfile(sv[0], rfd, F(U), 1), EQ,         \
	  -JS_EFAULT)                                                          \
	X(copy_file_range_unmapped, js_copy_file_range(rfd, F(U), rfd, 0, 1,   \
						       0), EQ, -JS_EFAULT)     \
	X(getdents64_unmapped, js_getdents64(dfd, U, 4096), EQ, -JS_EFAULT)   \
	X(getdents64_size0, js_getdents64(dfd, RW, 0), EQ, -JS_EINVAL)         \
	X(getdents64_sizemax, js_getdents64(dfd, U, SMAX), EQ, -JS_EFAULT)     \
	X(write_str_null, js_write_str(rfd, 0), EQ, -JS_EFAULT)                \
	X(write_str_unmapped, js_write_str(rfd, U), SEGV, 0)                   \
	X(write_all_unmapped, js_write_all(rfd, U, 16), EQ, -JS_EFAULT)        \
	X(write_all_null0, js_write_all(rfd, 0, 0), EQ, 0)                     \
	X(write_str_edge_unterminated, js_write_str(rfd, EDGE), SEGV, 0)       \
	/* fs: paths and metadata */                                           \
	X(open_null, js_open(0, JS_O_RDONLY), EQ, -JS_EFAULT)                  \
	X(open_unmapped, js_open(U, JS_O_RDONLY), EQ, -JS_EFAULT)              \
	X(open_edge_unterminated, js_open(EDGE, JS_O_RDONLY), EQ, -JS_EFAULT)  \
	X(openat_bigfd, js_openat(BIGFD, "f", JS_O_RDONLY), EQ, -JS_EBADF)     \
	X(close_negfd, js_close(NEGFD), EQ, -JS_EBADF)                         \
	X(dup_bigfd, js_dup(BIGFD), EQ, -JS_EBADF)                             \
	X(dup2_bignew, js_dup2(rfd, BIGFD), EQ, -JS_EBADF)                     \
	X(dup3_negfd, js_dup3(NEGFD, 9, 0), EQ, -JS_EBADF)                     \
	X(pipe_unmapped, js_pipe(F(U)), EQ, -JS_EFAULT)                        \
	X(pipe2_readonly, js_pipe2(F(RO), 0), EQ, -JS_EFAULT)                  \
	X(stat_null, js_stat(0, F(RW)), EQ, -JS_EFAULT)                        \
	X(stat_unmapped_out, js_stat("f", F(U)), EQ, -JS_EFAULT)               \
	X(stat_readonly_out, js_stat("f", F(RO)), EQ, -JS_EFAULT)              \
	X(stat_edge_out, js_stat("f", F(EDGE)), EQ, -JS_EFAULT)                \
	X(lstat_unmapped, js_lstat(U, F(RW)), EQ, -JS_EFAULT)                  \
	X(fstat_null, js_fstat(rfd, 0), EQ, -JS_EFAULT)                        \
	X(fstat_negfd, js_fstat(NEGFD, F(RW)), EQ, -JS_EBADF)                  \
	X(fstatat_unmapped, js_fstatat(JS_AT_FDCWD, "f", F(U), 0), EQ,         \
	  -JS_EFAULT)                                                          \
	X(statx_readonly, js_statx(JS_AT_FDCWD, "f", 0, 0xfff, F(RO)), EQ,     \
	  -JS_EFAULT)                                                          \
	X(access_unmapped, js_access(U, JS_F_OK), EQ, -JS_EFAULT)              \
	X(faccessat2_null, js_faccessat2(JS_AT_FDCWD, 0, JS_F_OK, 0), EQ,      \
	  -JS_EFAULT)                                                          \
	X(chmod_unmapped, js_chmod(U, 0644), EQ, -JS_EFAULT)                   \
	X(fchmod_bigfd, js_fchmod(BIGFD, 0644), EQ, -JS_EBADF)                 \
	X(fchmodat_null, js_fchmodat(JS_AT_FDCWD, 0, 0644, 0), EQ, -JS_EFAULT) \
	X(chown_unmapped, js_chown(U, 0, 0), EQ, -JS_EFAULT)                   \
	X(fchown_negfd, js_fchown(NEGFD, 0, 0), EQ, -JS_EBADF)                 \
	X(lchown_null, js_lchown(0, 0, 0), EQ, -JS_EFAULT)                     \
	X(fchownat_unmapped, js_fchownat(JS_AT_FDCWD, U, 0, 0, 0), EQ,         \
	  -JS_EFAULT)                                                          \
	X(truncate_unmapped, js_truncate(U, 0), EQ, -JS_EFAULT)                \
	X(ftruncate_negfd, js_ftruncate(NEGFD, 0), EQ, -JS_EBADF)              \
	X(utime_unmapped_times, js_utime("f", F(U)), EQ, -JS_EFAULT)           \
	X(utime_null_path, js_utime(0, 0), EQ, -JS_EFAULT)                     \
	X(utimes_unmapped_times, js_utimes("f", F(U)), EQ, -JS_EFAULT)         \
	X(utimes_edge_times, js_utimes("f", F(EDGE)), EQ, -JS_EFAULT)          \
	X(utimensat_unmapped, js_utimensat(JS_AT_FDCWD, "f", F(U), 0), EQ,     \
	  -JS_EFAULT)                                                          \
	X(futimens_negfd, js_futimens(NEGFD, 0), EQ, -JS_EBADF)                \
	X(futimens_unmapped, js_futimens(rfd, F(U)), EQ, -JS_EFAULT)           \
	X(rename_unmapped, js_rename(U, "g"), EQ, -JS_EFAULT)                  \
	X(renameat_null, js_renameat(JS_AT_FDCWD, "f", JS_AT_FDCWD, 0), EQ,    \
	  -JS_EFAULT)                                                          \
	X(renameat2_unmapped, js_renameat2(JS_AT_FDCWD, U, JS_AT_FDCWD, "g",  \
					   0), EQ, -JS_EFAULT)                 \
	X(link_null, js_link(0, "g"), EQ, -JS_EFAULT)                          \
	X(linkat_unmapped, js_linkat(JS_AT_FDCWD, "f", JS_AT_FDCWD, U, 0), EQ, \
	  -JS_EFAULT)                                                          \
	X(symlink_unmapped, js_symlink(U, "g"), EQ, -JS_EFAULT)                \
	X(symlinkat_null, js_symlinkat("f", JS_AT_FDCWD, 0), EQ, -JS_EFAULT)   \
	X(readlink_unmapped_buf, js_readlink("l", U, 16), EQ, -JS_EFAULT)      \
	X(readlink_size0, js_readlink("l", RW, 0), EQ, -JS_EINVAL)             \
	X(readlinkat_readonly, js_readlinkat(JS_AT_FDCWD, "l", RO, 16), EQ,    \
	  -JS_EFAULT)                                                          \
	X(unlink_null, js_unlink(0), EQ, -JS_EFAULT)                           \
	X(unlinkat_unmapped, js_unlinkat(JS_AT_FDCWD, U, 0), EQ, -JS_EFAULT)   \
	X(mkdir_unmapped, js_mkdir(U, 0755), EQ, -JS_EFAULT)                   \
	X(mkdirat_null, js_mkdirat(JS_AT_FDCWD, 0, 0755), EQ, -JS_EFAULT)      \
	X(rmdir_unmapped, js_rmdir(U), EQ, -JS_EFAULT)                         \
	X(chdir_null, js_chdir(0), EQ, -JS_EFAULT)                             \
	X(fchdir_bigfd, js_fchdir(BIGFD), EQ, -JS_EBADF)                       \
	X(getcwd_null, js_getcwd(0, 4096), EQ, -JS_EFAULT)                     \
	X(getcwd_size0, js_getcwd(RW, 0), EQ, -JS_ERANGE)                      \
	X(getcwd_readonly, js_getcwd(RO, 4096), EQ, -JS_EFAULT)                \
	/* js_cwd: the first call fits nothing, so the truncated copy is     \
	 * the one that meets the bad buffer (issue 10: it crashed). */        \
	X(cwd_null_size1, js_cwd(0, 1), EQ, -JS_EFAULT)                        \
	X(cwd_unmapped_size5, js_cwd(U, 5), EQ, -JS_EFAULT)                    \
	X(cwd_readonly_size2, js_cwd(RO, 2), EQ, -JS_EFAULT)                   \
	X(cwd_edge_fits_not, cwd_edge(64), EQ, -JS_EFAULT)                     \
	X(cwd_edge_truncated, cwd_edge(9), EQ, -JS_EFAULT)                     \
	X(cwd_null_size0, js_cwd(0, 0), OK, 0)                                 \
	X(cwd_no_free_fd, cwd_no_free_fd(), EQ, -JS_EMFILE)                    \
	X(cwd_unmapped_sizemax, js_cwd(U, SMAX), EQ, -JS_EFAULT)               \
	X(dir_open_null_dir, js_dir_open(0, ".", RW, 4096), EQ, -JS_EFAULT)    \
	X(dir_open_null_buf, js_dir_open(F(RW), ".", 0, 4096), EQ, -JS_EFAULT) \
	X(dir_open_size1, js_dir_open(F(RW), ".", RW + 64, 1), EQ, -JS_EINVAL) \
	X(dir_open_unmapped_buf, dir_unmapped_buf(), EQ, -JS_EFAULT)           \
	X(dir_open_unmapped_dir, js_dir_open(F(U), ".", RW, 4096), SEGV, 0)    \
	X(dir_read_null, js_dir_read(0, F(RW)), EQ, -JS_EFAULT)                \
	X(dir_read_unmapped, js_dir_read(F(U), F(RW)), SEGV, 0)                \
	X(dir_close_null, js_dir_close(0), EQ, -JS_EFAULT)                     \
	X(dir_openat_bigfd, js_dir_openat(F(RW), BIGFD, "x", RW + 512, 4096 - \
					  512), EQ, -JS_EBADF)                 \
	X(readdir_list_null, js_readdir_list(".", 0, 4096), EQ, -JS_EFAULT)    \
	X(readdir_list_unmapped, js_readdir_list(".", U, 4096), EQ, -JS_EFAULT) \
	X(readdir_list_unmapped_small, js_readdir_list(".", U, 100), EQ,       \
	  -JS_EFAULT)                                                          \
	X(readdir_list_readonly_small, js_readdir_list(".", RO, 100), EQ,      \
	  -JS_EFAULT)                                                          \
	X(readdir_list_edge, js_readdir_list(".", EDGE, 100), EQ, -JS_EFAULT)  \
	X(readdir_list_size0, js_readdir_list(".", RW, 0), EQ, -JS_ERANGE)     \
	X(readdir_list_path_unmapped, js_readdir_list(U, RW, 4096), EQ,        \
	  -JS_EFAULT)                                                          \
	/* net */                                                              \
	X(connect_unmapped, js_connect(sv[0], SA(U), 16), EQ, -JS_EFAULT)      \
	X(connect_longlen, js_connect(sv[0], SA(RW), 1000), EQ,                \
	  -JS_EINVAL)                                                          \
	X(bind_null, js_bind(sv[0], 0, 16), EQ, -JS_EFAULT)                    \
	X(accept_bigfd, js_accept(BIGFD, 0, 0), EQ, -JS_EBADF)                 \
	X(accept4_negfd, js_accept4(NEGFD, 0, 0, 0), EQ, -JS_EBADF)            \
	X(send_unmapped, js_send(sv[0], U, 16, 0), EQ, -JS_EFAULT)             \
	X(sendto_unmapped_addr, js_sendto(sv[0], RW, 1, 0, SA(U), 16), EQ,     \
	  -JS_EFAULT)                                                          \
	X(recv_unmapped, recv_unmapped(), EQ, -JS_EFAULT)                      \
	X(recvfrom_readonly_len, recvfrom_readonly_len(), EQ, -JS_EFAULT)      \
	X(sendmsg_unmapped, js_sendmsg(sv[0], F(U), 0), EQ, -JS_EFAULT)        \
	X(recvmsg_null, js_recvmsg(sv[0], 0, 0), EQ, -JS_EFAULT)               \
	X(sendmmsg_unmapped, js_sendmmsg(sv[0], F(U), 1, 0), EQ, -JS_EFAULT)   \
	X(recvmmsg_unmapped, js_recvmmsg(sv[0], F(U), 1, JS_MSG_DONTWAIT, 0),  \
	  EQ, -JS_EFAULT)                                                      \
	X(setsockopt_unmapped, js_setsockopt(sv[0], JS_SOL_SOCKET,             \
					     JS_SO_SNDBUF, U, 4), EQ,          \
	  -JS_EFAULT)                                                          \
	X(getsockopt_unmapped_len, js_getsockopt(sv[0], JS_SOL_SOCKET,         \
						 JS_SO_TYPE, RW, F(U)), EQ,    \
	  -JS_EFAULT)                                                          \
	X(getsockname_unmapped, getsockname_unmapped(), EQ, -JS_EFAULT)        \
	X(getpeername_null_len, js_getpeername(sv[0], SA(RW), 0), EQ,          \
	  -JS_EFAULT)                                                          \
	X(socketpair_readonly, js_socketpair(JS_AF_UNIX, JS_SOCK_STREAM, 0,    \
					     F(RO)), EQ, -JS_EFAULT)           \
	X(inet_pton_null, js_inet_pton(JS_AF_INET, 0, RW), EQ, -JS_EFAULT)     \
	X(inet_pton_unmapped_dst, js_inet_pton(JS_AF_INET, "1.2.3.4", U),      \
	  SEGV, 0)                                                             \
	X(inet_pton_unmapped_src, js_inet_pton(JS_AF_INET6, U, RW), SEGV, 0)   \
	X(inet_ntop_null, js_inet_ntop(JS_AF_INET, RW, 0, 16), EQ, -JS_EFAULT) \
	X(inet_ntop_unmapped_src, js_inet_ntop(JS_AF_INET6, U, RW, 64), SEGV, \
	  0)                                                                   \
	X(inet_ntop_size0, js_inet_ntop(JS_AF_INET, RW, RW + 64, 0), EQ,       \
	  -JS_ENOSPC)                                                          \
	X(inet_ntop_readonly_dst, js_inet_ntop(JS_AF_INET, RW, RO, 16), SEGV,  \
	  0)                                                                   \
	X(sockaddr_in6_init_unmapped_addr, js_sockaddr_in6_init(F(RW), F(U),   \
								80), SEGV, 0)  \
	X(sockaddr_un_init_unmapped_path, js_sockaddr_un_init(F(RW), U), SEGV, \
	  0)                                                                   \
	X(sockaddr_un_abstract_unmapped, js_sockaddr_un_abstract(F(RW), U, 4), \
	  SEGV, 0)                                                             \
	X(sockaddr_in_init_null, js_sockaddr_in_init(0, 0, 80), EQ,            \
	  -JS_EFAULT)                                                          \
	X(sockaddr_in_init_unmapped, js_sockaddr_in_init(F(U), 0, 80), SEGV,   \
	  0)                                                                   \
	X(sockaddr_in6_init_null, js_sockaddr_in6_init(0, 0, 80), EQ,          \
	  -JS_EFAULT)                                                          \
	X(sockaddr_un_init_null, js_sockaddr_un_init(0, "x"), EQ, -JS_EFAULT)  \
	X(sockaddr_un_abstract_null, js_sockaddr_un_abstract(0, "x", 1), EQ,   \
	  -JS_EFAULT)                                                          \
	X(sockaddr_un_init_readonly, js_sockaddr_un_init(F(RO), "x"), SEGV, 0) \
	X(sockaddr_un_abstract_sizemax, js_sockaddr_un_abstract(F(RW), RW,     \
								SMAX), EQ,     \
	  -JS_ENAMETOOLONG)                                                    \
	X(sockaddr_parse_null, js_sockaddr_parse(0, "::1", 1), EQ, -JS_EFAULT) \
	X(sockaddr_parse_unmapped, js_sockaddr_parse(F(U), "::1", 1), SEGV, 0) \
	X(sockaddr_port_null, js_sockaddr_port(0), EQ, -JS_EFAULT)             \
	X(sockaddr_port_unmapped, js_sockaddr_port(SA(U)), SEGV, 0)            \
	X(cmsg_firsthdr_null, (long)js_cmsg_firsthdr(0), EQ, 0)                \
	X(cmsg_nxthdr_null, (long)js_cmsg_nxthdr(0, F(RW)), EQ, 0)             \
	X(cmsg_nxthdr_unmapped, (long)js_cmsg_nxthdr(F(U), F(RW)), SEGV, 0)    \
	X(cmsg_firsthdr_runs_past, cmsg_first_runs_past(), EQ, 0)              \
	X(cmsg_nxthdr_header_outside, cmsg_next_outside(), EQ, 0)              \
	/* proc */                                                             \
	X(clone3_unmapped, js_clone3(F(U), 88), EQ, -JS_EFAULT)                \
	X(clone3_size0, js_clone3(F(RW), 0), EQ, -JS_EINVAL)                   \
	X(clone_badflags, js_clone(JS_CLONE_SIGHAND, 0, F(U), F(U), 0), EQ,    \
	  -JS_EINVAL)                                                          \
	X(clone_fn_null_fn, js_clone_fn(0, RW + 4096, 0, 0, 0, 0, 0), EQ,      \
	  -JS_EINVAL)                                                          \
	X(clone_fn_null_stack, js_clone_fn(child_fn, 0, 0, 0, 0, 0, 0), EQ,    \
	  -JS_EINVAL)                                                          \
	X(clone_fn_unmapped_stack, js_clone_fn(child_fn, U + 4096, 0, 0, 0, 0, \
					       0), SEGV, 0)                    \
	X(execve_unmapped, js_execve(U, 0, 0), EQ, -JS_EFAULT)                 \
	X(execveat_null, js_execveat(JS_AT_FDCWD, 0, 0, 0, 0), EQ, -JS_EFAULT) \
	X(wait4_unmapped, wait_unmapped(), EQ, -JS_EFAULT)                     \
	X(waitid_unmapped, js_waitid(JS_P_ALL, 0, F(U), JS_WEXITED), EQ,       \
	  -JS_EFAULT)                                                          \
	X(pidfd_send_signal_unmapped, js_pidfd_send_signal(BIGFD, 0, F(U), 0), \
	  EQ, -JS_EBADF)                                                       \
	X(getresuid_unmapped, js_getresuid(F(U), F(U), F(U)), EQ, -JS_EFAULT)  \
	X(getresgid_readonly, js_getresgid(F(RO), F(RO), F(RO)), EQ,           \
	  -JS_EFAULT)                                                          \
	X(setgroups_sizemax, js_setgroups(SMAX, F(RW)), EQ,                    \
	  -JS_EPERM_OR_INVAL)                                                  \
	X(getgroups_size0, js_getgroups(0, F(U)), OK, 0)                       \
	X(getgroups_neg, js_getgroups(-1, F(RW)), EQ, -JS_EINVAL)              \
	X(prlimit64_unmapped, js_prlimit64(0, 7, 0, F(U)), EQ, -JS_EFAULT)     \
	X(getrlimit_readonly, js_getrlimit(7, F(RO)), EQ, -JS_EFAULT)          \
	X(setrlimit_unmapped, js_setrlimit(7, F(U)), EQ, -JS_EFAULT)           \
	X(getrusage_unmapped, js_getrusage(0, F(U)), EQ, -JS_EFAULT)           \
	X(uname_null, js_uname(0), EQ, -JS_EFAULT)                             \
	X(uname_edge, js_uname(F(EDGE)), EQ, -JS_EFAULT)                       \
	X(sethostname_sizemax, js_sethostname(RW, SMAX), EQ,                   \
	  -JS_EPERM_OR_INVAL)                                                  \
	X(setdomainname_unmapped, js_setdomainname(U, 4), EQ, -JS_EPERM_OR_FAULT) \
	X(getrandom_unmapped, js_getrandom(U, 16, 0), VDSO, -JS_EFAULT)        \
	X(getrandom_readonly, js_getrandom(RO, 16, 0), VDSO, -JS_EFAULT)       \
	X(getrandom_size0, js_getrandom(U, 0, 0), EQ, 0)                       \
	X(sched_getaffinity_unmapped, js_sched_getaffinity(0, 128, F(U)), EQ,  \
	  -JS_EFAULT)                                                          \
	X(sched_getaffinity_size1, js_sched_getaffinity(0, 1, F(RW)), EQ,      \
	  -JS_EINVAL)                                                          \
	X(sched_setaffinity_unmapped, js_sched_setaffinity(0, 128, F(U)), EQ,  \
	  -JS_EFAULT)                                                          \
	X(mount_unmapped, js_mount(U, U, U, 0, 0), EQ, -JS_EFAULT)     \
	X(umount2_unmapped, js_umount2(U, 0), EQ, -JS_EFAULT)          \
	X(chroot_null, js_chroot(0), EQ, -JS_EFAULT)                   \
	X(pivot_root_unmapped, js_pivot_root(U, U), EQ, -JS_EPERM_OR_FAULT)    \
	/* Wrong magic numbers: refused before anything else happens. */      \
	X(reboot_badmagic_unmapped, js_reboot(0, 0, 0, U), EQ,                 \
	  -JS_EPERM_OR_INVAL)                                                  \
	X(syncfs_negfd, js_syncfs(NEGFD), EQ, -JS_EBADF)                       \
	X(prctl_set_name_unmapped, js_prctl(15, (unsigned long)U, 0, 0, 0), EQ, \
	  -JS_EFAULT)                                                          \
	X(prctl_get_name_readonly, js_prctl(16, (unsigned long)RO, 0, 0, 0),   \
	  EQ, -JS_EFAULT)                                                      \
	X(setns_bigfd, js_setns(BIGFD, 0), EQ, -JS_EBADF)                      \
	X(getenv_null, (long)js_getenv(0), EQ, 0)                              \
	X(getenv_empty, (long)js_getenv(""), EQ, 0)                            \
	X(getenv_unmapped, (long)js_getenv(U), SEGV, 0)                        \
	X(env_init_null, env_init_null(), EQ, 0)                               \
	/* signals */                                                          \
	X(sigaction_unmapped_old, js_sigaction(JS_SIGUSR1, 0, F(U)), EQ,       \
	  -JS_EFAULT)                                                          \
	X(sigaction_unmapped_act, js_sigaction(JS_SIGUSR1, F(U), 0), SEGV, 0)  \
	X(sigprocmask_unmapped, js_sigprocmask(JS_SIG_BLOCK, SS(U), 0), EQ,    \
	  -JS_EFAULT)                                                          \
	X(sigprocmask_readonly_old, js_sigprocmask(JS_SIG_BLOCK, 0, SS(RO)),   \
	  EQ, -JS_EFAULT)                                                      \
	X(sigpending_null, js_sigpending(0), EQ, -JS_EFAULT)                   \
	X(sigtimedwait_unmapped, js_sigtimedwait(SS(U), 0, 0), EQ, -JS_EFAULT) \
	X(sigsuspend_unmapped, js_sigsuspend(SS(U)), EQ, -JS_EFAULT)           \
	X(sigaltstack_unmapped, js_sigaltstack(F(U), 0), EQ, -JS_EFAULT)       \
	X(signalfd_unmapped, js_signalfd(-1, SS(U), 0), EQ, -JS_EFAULT)        \
	X(sigemptyset_null, js_sigemptyset(0), EQ, -JS_EFAULT)                 \
	X(sigemptyset_readonly, js_sigemptyset(SS(RO)), SEGV, 0)               \
	X(sigfillset_null, js_sigfillset(0), EQ, -JS_EFAULT)                   \
	X(sigaddset_unmapped, js_sigaddset(SS(U), 1), SEGV, 0)                 \
	X(sigdelset_null, js_sigdelset(0, 1), EQ, -JS_EFAULT)                  \
	X(sigismember_null, js_sigismember(0, 1), EQ, -JS_EFAULT)              \
	/* threads and synchronisation (thread.h) */                          \
	X(futex_null, js_futex(0, JS_FUTEX_WAIT_PRIVATE, 0, 0, 0, 0), EQ,      \
	  -JS_EFAULT)                                                          \
	X(futex_unmapped, js_futex(F(U), JS_FUTEX_WAIT_PRIVATE, 0, 0, 0, 0),   \
	  EQ, -JS_EFAULT)                                                      \
	X(futex_wait_null, js_futex_wait(0, 0, 0), EQ, -JS_EFAULT)             \
	X(futex_wait_unmapped, js_futex_wait(F(U), 0, 0), EQ, -JS_EFAULT)      \
	X(futex_wait_unmapped_tmo, js_futex_wait(F(RW), 0, TS(U)), EQ,         \
	  -JS_EFAULT)                                                          \
	/* a private wake only hashes the address: nobody waits there */      \
	X(futex_wake_unmapped, js_futex_wake(F(U), 1), EQ, 0)                  \
	X(futex_wake_misaligned, js_futex_wake(F(RW + 1), 1), EQ, -JS_EINVAL)  \
	X(futex_waitv_null, js_futex_waitv(0, 1, 0, 0, 1), EQ, -JS_EINVAL)     \
	X(futex_waitv_unmapped, js_futex_waitv(F(U), 1, 0, 0, 1), EQ,          \
	  -JS_EFAULT)                                                          \
	X(futex_waitv_size0, js_futex_waitv(F(RW), 0, 0, 0, 1), EQ,            \
	  -JS_EINVAL)                                                          \
	X(futex_waitv_sizemax, js_futex_waitv(F(RW), 0xffffffffu, 0, 0, 1),    \
	  EQ, -JS_EINVAL)                                                      \
	X(mutex_lock_null, js_mutex_lock(0), EQ, -JS_EFAULT)                   \
	X(mutex_lock_unmapped, js_mutex_lock(F(U)), SEGV, 0)                   \
	X(mutex_trylock_null, js_mutex_trylock(0), EQ, -JS_EFAULT)             \
	X(mutex_trylock_readonly, js_mutex_trylock(F(RO)), SEGV, 0)            \
	X(mutex_unlock_null, js_mutex_unlock(0), EQ, -JS_EFAULT)               \
	X(once_null, js_once(0, once_fn), EQ, -JS_EFAULT)                      \
	X(once_null_fn, js_once(F(RW + 64), 0), EQ, -JS_EFAULT)                \
	X(once_unmapped, js_once(F(U), once_fn), SEGV, 0)                      \
	X(thread_create_null, js_thread_create(0, thread_fn, 0, 0), EQ,        \
	  -JS_EINVAL)                                                          \
	X(thread_create_null_fn, js_thread_create(F(RW + 128), 0, 0, 0), EQ,   \
	  -JS_EINVAL)                                                          \
	X(thread_create_sizemax, js_thread_create(F(RW + 128), thread_fn, 0,   \
						  SMAX), EQ, -JS_EINVAL)       \
	X(thread_create_size1, thread_size1(), EQ, 7)                          \
	X(thread_create_unmapped, js_thread_create(F(U), thread_fn, 0, 0),     \
	  SEGV, 0)                                                             \
	X(thread_join_null, js_thread_join(0, 0), EQ, -JS_EINVAL)              \
	X(thread_join_unmapped, js_thread_join(F(U), 0), SEGV, 0)              \
	X(thread_join_empty, thread_join_empty(), EQ, -JS_EINVAL)              \
	X(program_exit_in_child, program_exit_in_child(), EQ, 3)              \
	/* sandbox (issue 16): the builder and the fit write the caller's  \
	 * memory themselves; the calls hand it to the kernel */          \
	X(seccomp_notif_sizes_unmapped, js_seccomp(JS_SECCOMP_GET_NOTIF_SIZES, \
						   0, U), EQ, -JS_EFAULT)      \
	X(seccomp_build_null, js_seccomp_build(0, 8, 0, 0, 0, 0), EQ,          \
	  -JS_EFAULT)                                                          \
	X(seccomp_build_null_nrs, js_seccomp_build(F(RW), 64, 0, 1, 0, 0), EQ, \
	  -JS_EFAULT)                                                          \
	X(seccomp_build_unmapped, js_seccomp_build(F(U), 64, F(RW), 1, 0, 0),  \
	  SEGV, 0)                                                             \
	X(seccomp_build_unmapped_nrs, js_seccomp_build(F(RW), 64, F(U), 1, 0,  \
						       0), SEGV, 0)            \
	X(seccomp_build_sizemax, js_seccomp_build(F(RW), 64, F(RW), SMAX, 0,   \
						  0), EQ, -JS_EINVAL)          \
	X(seccomp_install_size0, js_seccomp_install(F(RW), 0, 0), EQ,          \
	  -JS_EINVAL)                                                          \
	X(landlock_create_ruleset_unmapped, js_landlock_create_ruleset(F(U),  \
							24, 0), EQ, -JS_EFAULT) \
	X(landlock_create_ruleset_sizemax, js_landlock_create_ruleset(F(RW),  \
							SMAX, 0), EQ, -JS_E2BIG) \
	X(landlock_fit_null, (js_landlock_fit(0, 7), 0), EQ, 0)                \
	X(landlock_fit_unmapped, (js_landlock_fit(F(U), 7), 0), SEGV, 0)       \
	X(capget_unmapped, js_capget(F(U), 0), EQ, -JS_EFAULT)                 \
	X(capget_null, js_capget(0, 0), EQ, -JS_EFAULT)                        \
	X(capset_unmapped, js_capset(F(U), F(RW)), EQ, -JS_EFAULT)             \
	/* vDSO (vdso.h) */                                                    \
	X(vdso_sym_null, (long)js_vdso_sym(0, 0), EQ, 0)                       \
	X(vdso_sym_unmapped, vdso_sym_unmapped(), SEGV, 0)                     \
	X(getcpu_null, js_getcpu(0, 0, 0), EQ, 0)                              \
	X(getcpu_unmapped, js_getcpu(F(U), 0, 0), VDSO, -JS_EFAULT)            \
	/* time */                                                             \
	X(clock_gettime_unmapped, js_clock_gettime(0, TS(U)), VDSO, -JS_EFAULT) \
	X(clock_gettime_readonly, js_clock_gettime(1, TS(RO)), VDSO,           \
	  -JS_EFAULT)                                                          \
	X(clock_getres_unmapped, js_clock_getres(0, TS(U)), VDSO, -JS_EFAULT)  \
	X(clock_nanosleep_unmapped, js_clock_nanosleep(0, 0, TS(U), 0), EQ,    \
	  -JS_EFAULT)                                                          \
	X(nanosleep_null, js_nanosleep(0, 0), EQ, -JS_EFAULT)                  \
	X(gettimeofday_unmapped, js_gettimeofday(F(U), 0), VDSO, -JS_EFAULT)   \
	X(time_unmapped, js_time(F(U)), VDSO, -JS_EFAULT)                      \
	/* time, timers and scheduling (issue 14); js_select's timeout is  \
	 * read and written back through the kernel on aarch64/riscv64 */  \
	X(select_unmapped_tmo, js_select(0, 0, 0, 0, F(U)), EQ, -JS_EFAULT)    \
	X(select_edge_tmo, js_select(0, 0, 0, 0, F(EDGE)), EQ, -JS_EFAULT)     \
	X(select_readonly_zero_tmo, js_select(0, 0, 0, 0, F(RO)), EQ, 0)       \
	X(select_unmapped_set, js_select(1, F(U), 0, 0, F(RO)), EQ, -JS_EFAULT) \
	X(select_negcount, js_select(-1, 0, 0, 0, F(RO)), EQ, -JS_EINVAL)      \
	X(pselect6_unmapped_tmo, js_pselect6(0, 0, 0, 0, TS(U), 0), EQ,        \
	  -JS_EFAULT)                                                          \
	X(pselect6_unmapped_mask, js_pselect6(0, 0, 0, 0, TS(RO), SS(U)), EQ,  \
	  -JS_EFAULT)                                                          \
	X(setitimer_unmapped, js_setitimer(0, F(U), 0), EQ, -JS_EFAULT)        \
	X(getitimer_unmapped, js_getitimer(0, F(U)), EQ, -JS_EFAULT)           \
	X(getitimer_readonly, js_getitimer(0, F(RO)), EQ, -JS_EFAULT)          \
	X(timer_create_unmapped_ev, js_timer_create(1, F(U), F(RW)), EQ,       \
	  -JS_EFAULT)                                                          \
	X(timer_create_unmapped_id, js_timer_create(1, 0, F(U)), EQ,           \
	  -JS_EFAULT)                                                          \
	X(timer_settime_unmapped, timer_call_unmapped(0), EQ, -JS_EFAULT)      \
	X(timer_gettime_unmapped, timer_call_unmapped(1), EQ, -JS_EFAULT)      \
	X(clock_settime_unmapped, js_clock_settime(0, TS(U)), EQ, -JS_EFAULT)  \
	X(settimeofday_unmapped, js_settimeofday(F(U), 0), EQ, -JS_EFAULT)     \
	X(adjtimex_unmapped, js_adjtimex(F(U)), EQ, -JS_EFAULT)                \
	X(clock_adjtime_unmapped, js_clock_adjtime(0, F(U)), EQ, -JS_EFAULT)   \
	X(times_unmapped, js_times(F(U)), EQ, -JS_EFAULT)                      \
	X(times_readonly, js_times(F(RO)), EQ, -JS_EFAULT)                     \
	X(sched_getparam_unmapped, js_sched_getparam(0, F(U)), EQ, -JS_EFAULT) \
	X(sched_setparam_null, js_sched_setparam(0, 0), EQ, -JS_EINVAL)        \
	X(sched_setparam_unmapped, js_sched_setparam(0, F(U)), EQ, -JS_EFAULT) \
	X(sched_setscheduler_unmapped, js_sched_setscheduler(0, 0, F(U)), EQ,  \
	  -JS_EFAULT)                                                          \
	X(sched_rr_get_interval_unmapped, js_sched_rr_get_interval(0, TS(U)),  \
	  EQ, -JS_EFAULT)                                                      \
	X(sched_setattr_unmapped, js_sched_setattr(0, F(U), 0), EQ, -JS_EFAULT) \
	X(sched_getattr_unmapped, js_sched_getattr(0, F(U), 56, 0), EQ,        \
	  -JS_EFAULT)                                                          \
	X(sched_getattr_null, js_sched_getattr(0, 0, 56, 0), EQ, -JS_EINVAL)   \
	X(rt_sigqueueinfo_unmapped, js_rt_sigqueueinfo((int)js_getpid(), 10,   \
						       F(U)), EQ, -JS_EFAULT)  \
	X(rt_tgsigqueueinfo_unmapped, js_rt_tgsigqueueinfo((int)js_getpid(),   \
		(int)js_gettid(), 10, F(U)), EQ, -JS_EFAULT)                   \
	/* memory */                                                           \
	X(mmap_size0, (long)js_mmap(0, 0, JS_PROT_READ,                        \
				    JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0), \
	  EQ, -JS_EINVAL)                                                      \
	X(mmap_sizemax, (long)js_mmap(0, SMAX, JS_PROT_READ,                   \
				      JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1,   \
				      0), EQ, -JS_ENOMEM)                      \
	X(munmap_unaligned, js_munmap(RW + 1, 1), EQ, -JS_EINVAL)              \
	X(mprotect_sizemax, js_mprotect(RW, SMAX, JS_PROT_READ), EQ,           \
	  -JS_ENOMEM)                                                          \
	X(mremap_size0, (long)js_mremap(RW, 4096, 0, 0), EQ, -JS_EINVAL)       \
	X(madvise_sizemax, js_madvise(RW, SMAX, 0), EQ, -JS_EINVAL)            \
	X(msync_unaligned, js_msync(RW + 1, 1, JS_MS_SYNC), EQ, -JS_EINVAL)    \
	X(mincore_unmapped_vec, js_mincore(RW, 4096, F(U)), EQ, -JS_EFAULT)    \
	X(mincore_unmapped, js_mincore(U, 4096, F(RW)), EQ, -JS_ENOMEM)        \
	X(memfd_create_unmapped, js_memfd_create(U, 0), EQ, -JS_EFAULT)        \
	X(shmctl_unmapped, js_shmctl(0, JS_IPC_STAT, F(U)), EQ, -JS_EINVAL)    \
	X(shmdt_unaligned, js_shmdt(RW + 1), EQ, -JS_EINVAL)                   \
	X(shmat_badid, (long)js_shmat(-1, U, 0), EQ, -JS_EINVAL)               \
	X(shmget_sizemax, js_shmget(0, SMAX, 0), EQ, -JS_EINVAL)               \
	X(mlock_unmapped, js_mlock(U, 4096), EQ, -JS_ENOMEM)                   \
	X(munlock_unmapped, js_munlock(U, 4096), EQ, -JS_ENOMEM)               \
	X(brk_unmapped, (long)js_brk(U), OK, 0)                                \
	/* kernel tools and memory (issue 14's kern/mem group) */             \
	X(mlock2_unmapped, js_mlock2(U, 4096, 0), EQ, -JS_ENOMEM)               \
	X(pkey_mprotect_unmapped, js_pkey_mprotect(U, 4096, JS_PROT_READ, -1), \
	  EQ, -JS_ENOMEM)                                                      \
	X(mbind_unmapped_mask, js_mbind(RW, 4096, JS_MPOL_BIND, F(U), 64, 0),  \
	  EQ, -JS_EFAULT)                                                      \
	X(get_mempolicy_unmapped, js_get_mempolicy(F(U), 0, 0, 0, 0), EQ,      \
	  -JS_EFAULT)                                                          \
	X(set_mempolicy_unmapped, js_set_mempolicy(JS_MPOL_BIND, F(U), 64),    \
	  EQ, -JS_EFAULT)                                                      \
	X(migrate_pages_unmapped, js_migrate_pages(0, 64, F(U), F(U)), EQ,     \
	  -JS_EFAULT)                                                          \
	X(move_pages_unmapped, js_move_pages(0, 1, F(U), 0, F(RW), 0), EQ,     \
	  -JS_EFAULT)                                                          \
	X(mseal_unmapped, js_mseal(U, 4096, 0), EQ, -JS_ENOMEM)                \
	X(remap_file_pages_unmapped, js_remap_file_pages(U, 4096, 0, 0, 0),    \
	  EQ, -JS_EINVAL)                                                      \
	X(ptrace_unmapped, js_ptrace(JS_PTRACE_PEEKDATA, 1, U, U), EQ,         \
	  -JS_ESRCH)                                                           \
	X(perf_event_open_unmapped, js_perf_event_open(F(U), 0, -1, -1, 0),    \
	  EQ, -JS_EFAULT)                                                      \
	X(bpf_unmapped, js_bpf(JS_BPF_MAP_CREATE, F(U), 64), EQ, -JS_EFAULT)   \
	/* end of the kern/mem group */                                        \
	/* ipc.h and aio.h (issue 14: IPC and asynchronous I/O) */             \
	X(msgsnd_unmapped, js_msgsnd(-1, U, 8, 0), EQ, -JS_EFAULT)             \
	X(msgrcv_unmapped, js_msgrcv(-1, U, 8, 0, 0), EQ, -JS_EINVAL)          \
	X(msgctl_unmapped, js_msgctl(-1, JS_IPC_STAT, F(U)), EQ, -JS_EINVAL)   \
	X(semop_unmapped, js_semop(-1, F(U), 1), EQ, -JS_EFAULT)               \
	X(semop_sizemax, js_semop(-1, F(RW), SMAX), EQ, -JS_E2BIG)             \
	X(semtimedop_unmapped_tmo, js_semtimedop(-1, F(RW), 1, TS(U)),         \
	  EQ, -JS_EFAULT)                                                      \
	X(mq_open_null, js_mq_open(0, 0, 0, 0), EQ, -JS_EFAULT)                \
	X(mq_open_unmapped, js_mq_open(U, 0, 0, 0), EQ, -JS_EFAULT)            \
	X(mq_unlink_unmapped, js_mq_unlink(U), EQ, -JS_EFAULT)                 \
	X(mq_timedsend_unmapped, js_mq_timedsend(-1, U, 8, 0, 0),              \
	  EQ, -JS_EBADF)                                                       \
	X(mq_getsetattr_unmapped, js_mq_getsetattr(-1, F(U), F(U)),            \
	  EQ, -JS_EFAULT)                                                      \
	X(add_key_unmapped, js_add_key(U, U, 0, 0, 0), EQ, -JS_EFAULT)         \
	X(request_key_null, js_request_key(0, 0, 0, 0), EQ, -JS_EFAULT)        \
	X(io_setup_unmapped, js_io_setup(1, F(U)), EQ, -JS_EFAULT)             \
	X(io_submit_unmapped, js_io_submit(0, 1, F(U)), EQ, -JS_EINVAL)        \
	X(io_getevents_unmapped, js_io_getevents(0, 1, 1, F(U), TS(U)),        \
	  EQ, -JS_EFAULT)                                                      \
	X(io_uring_setup_unmapped, js_io_uring_setup(1, F(U)), EQ, -JS_EFAULT) \
	X(io_uring_setup_null, js_io_uring_setup(1, 0), EQ, -JS_EFAULT)        \
	X(semctl_getall_unmapped, js_semctl(-1, 0, JS_GETALL, SU(U)),          \
	  EQ, -JS_EINVAL)                                                      \
	X(mq_timedreceive_unmapped, js_mq_timedreceive(-1, U, 8, F(U), TS(U)), \
	  EQ, -JS_EFAULT)                                                      \
	X(mq_notify_unmapped, js_mq_notify(-1, F(U)), EQ, -JS_EFAULT)          \
	X(mq_getattr_readonly, js_mq_getattr(-1, F(RO)), EQ, -JS_EBADF)        \
	X(keyctl_read_unmapped,                                                \
	  js_keyctl(JS_KEYCTL_READ, 0, (unsigned long)U, 8, 0),                \
	  EQ, -JS_ENOKEY)                                                      \
	X(io_cancel_unmapped, js_io_cancel(0, F(U), F(U)), EQ, -JS_EFAULT)     \
	X(io_pgetevents_unmapped_sig,                                          \
	  js_io_pgetevents(0, 1, 1, F(RW), 0, F(U)),                           \
	  EQ, -JS_EFAULT)                                                      \
	X(io_uring_enter_unmapped, js_io_uring_enter(NEGFD, 1, 1, 0, F(U), 8), \
	  EQ, -JS_EBADF)                                                       \
	X(io_uring_register_unmapped, js_io_uring_register(NEGFD, 0, F(U), 1), \
	  EQ, -JS_EBADF)                                                       \
	/* events */                                                           \
	X(epoll_ctl_unmapped, js_epoll_ctl(ep, JS_EPOLL_CTL_ADD, sv[0],        \
					   F(U)), EQ, -JS_EFAULT)              \
	X(epoll_wait_negmax, js_epoll_wait(ep, F(RW), -1, 0), EQ, -JS_EINVAL)  \
	X(epoll_pwait_unmapped_mask, js_epoll_pwait(ep, F(RW), 1, 0, SS(U)),   \
	  EQ, -JS_EFAULT)                                                      \
	X(epoll_pwait2_unmapped_tmo, js_epoll_pwait2(ep, F(RW), 1, TS(U), 0),  \
	  EQ, -JS_EFAULT)                                                      \
	X(inotify_add_watch_unmapped, inotify_unmapped(), EQ, -JS_EFAULT)      \
	X(inotify_next_null, js_inotify_next(0, 16, F(RW), F(RW + 64)), EQ,    \
	  -JS_EFAULT)                                                          \
	X(inotify_next_unmapped, inotify_next_unmapped(), SEGV, 0)             \
	X(poll_unmapped, js_poll(F(U), 1, 0), EQ, -JS_EFAULT)                  \
	X(poll_hugecount, js_poll(F(RW), 0x7fffffff, 0), EQ, -JS_EINVAL)       \
	X(ppoll_unmapped_fds, js_ppoll(F(U), 1, 0, 0), EQ, -JS_EFAULT)         \
	X(ppoll_unmapped_tmo, js_ppoll(F(RW), 0, TS(U), 0), SEGV, 0)           \
	X(timerfd_settime_unmapped, js_timerfd_settime(BIGFD, 0, F(U), 0), EQ, \
	  -JS_EFAULT)                                                          \
	X(timerfd_gettime_negfd, js_timerfd_gettime(NEGFD, F(RW)), EQ,         \
	  -JS_EBADF)                                                           \
	X(fcntl_bigfd, js_fcntl(BIGFD, JS_F_GETFL), EQ, -JS_EBADF)             \
	X(ioctl_negfd, js_ioctl(NEGFD, 0x5401, RW), EQ, -JS_EBADF)             \
	/* issue 14, files (calls qemu-user 7.2 passes on) */                  \
	X(statfs_unmapped_path, js_statfs(U, F(RW)), EQ, -JS_EFAULT)           \
	X(statfs_unmapped_buf, js_statfs("/", F(U)), EQ, -JS_EFAULT)           \
	X(fstatfs_negfd, js_fstatfs(NEGFD, F(RW)), EQ, -JS_EBADF)              \
	X(mknod_unmapped, js_mknod(U, JS_S_IFIFO | 0600, 0), EQ, -JS_EFAULT)   \
	X(mknod_hugedev, js_mknod("f", JS_S_IFIFO | 0600, ~0ULL), EQ,          \
	  -JS_EINVAL)                                                          \
	X(creat_unmapped, js_creat(U, 0600), EQ, -JS_EFAULT)                   \
	X(futimesat_unmapped_times, js_futimesat(JS_AT_FDCWD, "f", F(U)), EQ,  \
	  -JS_EFAULT)                                                          \
	X(futimesat_edge_times, js_futimesat(JS_AT_FDCWD, "f", F(EDGE)), EQ,   \
	  -JS_EFAULT)                                                          \
	X(getxattr_unmapped_name, js_getxattr("f", U, F(RW), 8), EQ,           \
	  -JS_EFAULT)                                                          \
	X(name_to_handle_unmapped, js_name_to_handle_at(JS_AT_FDCWD, "f",      \
							F(U), F(RW), 0),       \
	  EQ, -JS_EFAULT)                                                      \
	X(fanotify_next_null, js_fanotify_next(0, 24, F(RW), F(RW + 64),       \
					       F(RW + 128)), EQ, -JS_EFAULT)   \
	X(fanotify_next_unmapped, fanotify_next_unmapped(), SEGV, 0)           \
	/* trace, errors, any call */                                          \
	X(debug_enabled_null, js_debug_enabled(0, "x"), EQ, 0)                 \
	X(fault_parse_null, js_fault_parse(0), EQ, 0)                          \
	X(fault_parse_exit_group, js_fault_parse("exit_group:EIO"), EQ,        \
	  -JS_EINVAL)                                                          \
	X(syscall_nr_null, js_syscall_nr(0), EQ, -1)                           \
	X(syscall_nr_unmapped, js_syscall_nr(U), SEGV, 0)                      \
	X(syscall_name_neg, (long)js_syscall_name(-1), EQ, 0)                  \
	X(debug_enabled_unmapped, js_debug_enabled(U, "x"), SEGV, 0)           \
	X(fault_parse_unmapped, js_fault_parse(U), SEGV, 0)                    \
	X(trace_init_null, js_trace_init(0), EQ, 0)                            \
	X(trace_format_unmapped_buf, (long)js_trace_format(U, 64, 0, F(RW), 0, \
							   0), SEGV, 0)        \
	X(trace_format_size0, (long)js_trace_format(RW, 0, 0, F(RW), 0, 0),    \
	  EQ, 0)                                                               \
	X(trace_format_null, (long)js_trace_format(0, 64, 0, F(RW), 0, 0),     \
	  EQ, 0)                                                               \
	X(trace_format_ok_unmapped, trace_format_unmapped(), EQ, 1)            \
	X(strerror_huge, (long)!js_strerror(-100000), EQ, 0)                   \
	X(errname_huge, (long)!js_errname(1L << 40), EQ, 0)                    \
	X(syscall_unmapped, js_syscall(JS_NR_uname, U), EQ, -JS_EFAULT)        \
	/* the every-syscall issue's residual calls (coverage branch) */         \
	X(sysinfo_null, js_sysinfo(0), EQ, -JS_EFAULT)                         \
	X(sysinfo_unmapped, js_sysinfo(F(U)), EQ, -JS_EFAULT)                  \
	X(sysinfo_readonly, js_sysinfo(F(RO)), EQ, -JS_EFAULT)                 \
	X(syslog_sizemax, js_syslog(JS_SYSLOG_ACTION_READ_ALL, RW, -1), EQ,    \
	  -JS_EINVAL)                                                          \
	X(get_robust_list_unmapped, js_get_robust_list(0, F(U), F(RW)), EQ,    \
	  -JS_EFAULT)                                                          \
	X(futex2_wait_unmapped, js_futex2_wait(F(U), 0, 0xffffffff, 2, 0, 0),  \
	  EQ, -JS_EFAULT)                                                      \
	X(futex2_requeue_unmapped, js_futex2_requeue(F(U), 0, 1, 1), EQ,       \
	  -JS_EFAULT)                                                          \
	X(process_vm_readv_unmapped, js_process_vm_readv((int)js_getpid(),    \
	  F(U), 1, F(RW), 1, 0), EQ, -JS_EFAULT)                               \
	X(pidfd_getfd_bigfd, js_pidfd_getfd(BIGFD, 0, 0), EQ, -JS_EBADF)       \
	X(process_madvise_bigfd, js_process_madvise(BIGFD, F(RW), 1,           \
	  JS_MADV_COLD, 0), EQ, -JS_EBADF)                                     \
	X(lsm_list_modules_unmapped, js_lsm_list_modules(F(U), F(U), 0), EQ,   \
	  -JS_EFAULT)                                                          \
	X(syscall_badnr, js_syscall(-1), EQ, -JS_ENOSYS)                       \
	/* toolkit (issue 13): docs/exceptions.md, "The toolkit" */            \
	X(snprintf_nullbuf, js_snprintf(0, 8, "x"), EQ, -JS_EFAULT)            \
	X(snprintf_nullbuf_size0, js_snprintf(0, 0, "%d", 123), EQ, 3)         \
	X(snprintf_nullfmt, js_snprintf(RW, 8, nofmt, 0), EQ, -JS_EFAULT)      \
	X(snprintf_unmapped, js_snprintf(U, 8, "x"), SEGV, 0)                  \
	X(snprintf_readonly, js_snprintf(RO, 8, "x"), SEGV, 0)                 \
	X(snprintf_edge, js_snprintf(EDGE, 64, "%40s", "x"), SEGV, 0)          \
	X(snprintf_str_unmapped, js_snprintf(RW, 8, "%s", U), SEGV, 0)         \
	X(snprintf_sizemax, js_snprintf(RW, SMAX, "ab"), EQ, 2)                \
	X(dprintf_nullfmt, js_dprintf(rfd, nofmt, 0), EQ, -JS_EFAULT)          \
	X(dprintf_negfd, js_dprintf(NEGFD, "x"), EQ, -JS_EBADF)                \
	X(dprintf_bigfd, js_dprintf(BIGFD, "x"), EQ, -JS_EBADF)                \
	X(out_write_null, js_out_write(0, RW, 1), EQ, -JS_EFAULT)              \
	X(out_str_null, js_out_str(0, "x"), EQ, -JS_EFAULT)                    \
	X(out_flush_null, js_out_flush(0), EQ, -JS_EFAULT)                     \
	X(out_printf_null, js_out_printf(0, "x"), EQ, -JS_EFAULT)              \
	X(out_write_unmapped, out_write_unmapped(), SEGV, 0)                   \
	X(perror_unmapped, js_perror(U, 2), SEGV, 0)                           \
	X(perror_null, js_perror(0, 2), OK, 0)                                 \
	X(strlen_null, js_strlen(0), SEGV, 0)                                  \
	X(strlen_unmapped, js_strlen(U), SEGV, 0)                              \
	X(strnlen_size0, js_strnlen(U, 0), EQ, 0)                              \
	X(strcmp_unmapped, js_strcmp(U, "a"), SEGV, 0)                         \
	X(strncmp_size0, js_strncmp(U, U, 0), EQ, 0)                           \
	X(strchr_unmapped, (long)!js_strchr(U, 'a'), SEGV, 0)                  \
	X(strstr_unmapped, (long)!js_strstr(U, "a"), SEGV, 0)                  \
	X(memchr_size0, (long)!js_memchr(0, 'a', 0), EQ, 1)                    \
	X(strlcpy_readonly, js_strlcpy(RO, "abc", 4), SEGV, 0)                 \
	X(strlcpy_size0, js_strlcpy(0, "abc", 0), EQ, 3)                       \
	X(strtol_null, js_strtol(0, 0, 10, 0), EQ, 0)                          \
	X(strtoul_null_err, strtoul_null_err(), EQ, -JS_EFAULT)                \
	X(strtol_unmapped, js_strtol(U, 0, 10, 0), SEGV, 0)                    \
	X(qsort_null, (js_qsort(0, 5, 4, cmp_first), 0L), EQ, 0)               \
	X(qsort_sizemax, (js_qsort(RW, SMAX, 0, cmp_first), 0L), EQ, 0)        \
	X(qsort_unmapped, (js_qsort(U, 2, 4, cmp_first), 0L), SEGV, 0)         \
	X(gmtime_null, js_gmtime(0, 0), EQ, -JS_EFAULT)                        \
	X(gmtime_readonly, js_gmtime(0, F(RO)), SEGV, 0)                       \
	X(getopt_null, js_getopt(0, 1, 0, "a"), EQ, -1)                        \
	X(getopt_unmapped, js_getopt(F(U), 1, F(RW), "a"), SEGV, 0)          \
	X(execvpe_null, js_execvpe(0, 0, 0), EQ, -JS_EFAULT)                   \
	X(execvpe_unmapped, js_execvpe(U, 0, 0), SEGV, 0)                      \
	X(dir_fd_null, js_dir_fd(0), EQ, -JS_EFAULT)                           \
	X(dir_fd_unmapped, js_dir_fd(F(U)), SEGV, 0)

/* Calls where root and non-root see different (both correct) errors:
 * without the capability, EPERM comes before the pointer or size is
 * looked at.  A positive `want` is never a result these calls give:
 * judge() turns it into the error for the uid the test runs as (make
 * check runs as root in CI; as nobody it passes too). */
#define JS_EPERM_OR_FAULT (-1000000)
#define JS_EPERM_OR_INVAL (-1000002)

/* Rows that need a little setup of their own. */
static const char *nofmt;	/* a NULL format the compiler cannot see */

static int cmp_first(const void *a, const void *b)
{
	return *(const char *)a - *(const char *)b;
}

static long out_write_unmapped(void)
{
	struct js_out o;

	js_out_init(&o, rfd, RW, 64);
	return js_out_write(&o, U, 16);
}

static long strtoul_null_err(void)
{
	int err = 0;

	js_strtoul(0, 0, 10, &err);
	return err;
}

static int child_fn(void *arg)
{
	(void)arg;
	return 0;
}

static void once_fn(void)
{
}

static int thread_fn(void *p)
{
	(void)p;
	return 7;
}

/* Stack size 1 is raised to JS_THREAD_STACK_MIN: a working thread. */
static long thread_size1(void)
{
	struct js_thread t;
	int r = -1;
	long e = js_thread_create(&t, thread_fn, 0, 1);

	return e ? e : js_thread_join(&t, &r) ? -1 : r;
}

static long thread_join_empty(void)
{
	struct js_thread t = { 0, 0 };

	return js_thread_join(&t, 0);
}

/* js_program_exit ends the row's child with the status it is given. */
static long program_exit_in_child(void)
{
	int st = 0;
	long pid = js_fork();

	if (pid == 0)
		js_program_exit(3);
	if (pid < 0 || js_wait4((int)pid, &st, 0, 0) != pid || !JS_WIFEXITED(st))
		return -1;
	return JS_WEXITSTATUS(st);
}

/* With a vDSO the name is read (SIGSEGV); without one, NULL comes back
 * before the name is looked at: the same SIGSEGV is forced then, so the
 * row states one answer on every architecture. */
static long vdso_sym_unmapped(void)
{
	void *p = js_vdso_sym(U, 0);

	if (!js_getauxval(JS_AT_SYSINFO_EHDR))
		*(volatile char *)U = 0;
	return (long)p;
}

static long env_init_null(void)
{
	js_env_init(0);
	return (long)js_getenv("PATH");
}

static long dir_unmapped_buf(void)
{
	struct js_dir d;

	/* Open succeeds (the buffer is only a size to it); the first read
	 * hands U to getdents64. */
	long r = js_dir_open(&d, ".", U, 4096);
	const struct js_linux_dirent64 *e;

	if (r < 0)
		return r;
	r = js_dir_read(&d, &e);
	js_dir_close(&d);
	return r;
}

/* A current directory longer than EDGE's 8 bytes: the kernel's copy (64)
 * or js_cwd's truncated one (9) meets the unmapped page. */
static long cwd_edge(size_t size)
{
	static const char name[] = "a-directory-name-longer-than-8";

	js_mkdir(name, 0755);	/* or made by the row before */
	if (js_chdir(name) < 0)
		return 1;
	return js_cwd(EDGE, size);
}

/* docs/exceptions.md: js_cwd's kernel copy needs a pipe; with no fd
 * free it says so rather than copying by itself. */
static long cwd_no_free_fd(void)
{
	struct js_rlimit lim = { 3, 3 };	/* 0-2 and the setup's are open */

	if (js_setrlimit(JS_RLIMIT_NOFILE, &lim) < 0)
		return 1;
	return js_cwd(RW, 2);
}

/* issue 10: a first header announcing 1000 bytes in a 16-byte buffer. */
static long cmsg_first_runs_past(void)
{
	struct js_msghdr m = { 0 };
	size_t len = 1000;

	__builtin_memcpy(RW, &len, sizeof len);
	m.msg_control = RW;
	m.msg_controllen = 16;
	return (long)js_cmsg_firsthdr(&m);
}

/* issue 10: a header handed to nxthdr 12 bytes into a 16-byte buffer
 * that ends at U: its cmsg_len must not be read (it would cross into U).
 * gcc's LTO folded the old read away here; tests/host/test_net_unix.c's
 * ASan run is the one that saw it. */
static long cmsg_next_outside(void)
{
	struct js_msghdr m = { 0 };

	m.msg_control = U - 16;
	m.msg_controllen = 16;
	return (long)js_cmsg_nxthdr(&m, (const void *)(U - 4));
}

static long recv_unmapped(void)
{
	js_write(sv[1], "x", 1);
	return js_recv(sv[0], U, 16, 0);
}

static long recvfrom_readonly_len(void)
{
	js_write(sv[1], "x", 1);
	return js_recvfrom(sv[0], RW, 16, 0, SA(RW + 64), F(RO));
}

static long getsockname_unmapped(void)
{
	js_socklen_t len = 16;

	return js_getsockname(sv[0], SA(U), &len);
}

static long wait_unmapped(void)
{
	long pid = js_fork();

	if (pid == 0)
		js_exit_group(0);
	return js_wait4((int)pid, F(U), 0, 0);
}

static long inotify_unmapped(void)
{
	long fd = js_inotify_init1(0);

	return fd < 0 ? fd : js_inotify_add_watch((int)fd, U, 0xfff);
}

/* A timer of the process's own, then timer_settime's new value (0) or
 * timer_gettime's result (1) at an unmapped page.  A timer id of its own,
 * since qemu-user looks the id up before it reads anything. */
static long timer_call_unmapped(int get)
{
	js_timer_t id;
	long r = js_timer_create(JS_CLOCK_MONOTONIC, 0, &id);

	if (r < 0)
		return r;
	return get ? js_timer_gettime(id, F(U)) : js_timer_settime(id, 0, F(U), 0);
}

static long inotify_next_unmapped(void)
{
	size_t pos = 0;
	const struct js_inotify_event *ev;

	return js_inotify_next(U, 32, &pos, &ev);
}

/* A successful call's pointers may point at nothing (/dev/null's write
 * never reads its buffer): the line shows addresses, and nothing faults. */
static long trace_format_unmapped(void)
{
	static const long nrs[] = { JS_NR_write, JS_NR_writev, JS_NR_openat,
				    JS_NR_pipe2, JS_NR_read, JS_NR_nanosleep };
	char line[512];
	long a[6] = { (long)U, (long)U, (long)U, (long)U, (long)U, (long)U };

	for (unsigned int i = 0; i < sizeof nrs / sizeof nrs[0]; i++)
		if (js_trace_format(line, sizeof line, nrs[i], a, 5, 0) < 10)
			return 0;
	return 1;
}

static long fanotify_next_unmapped(void)
{
	size_t pos = 0;
	struct js_fanotify_event_metadata m;
	const unsigned char *rec;

	return js_fanotify_next(U, 32, &pos, &m, &rec);
}

/* Under qemu-user (make check runs aarch64 and riscv64 there, and names
 * the emulator in JS_RUN) some calls are emulated, not passed through,
 * and answer differently; docs/architectures.md lists these gaps.  Here
 * is what each such row gets there instead. */
#define QEMU_ANY 1000001
static const struct {
	const char *name;
	long want;
} qemu[] = {
	/* qemu checks the whole buffer before the call: no short copy */
	{ "read_edge", -JS_EFAULT },
	{ "write_edge", -JS_EFAULT },
	/* qemu allocates a host buffer of count bytes first */
	{ "getdents64_size0", -JS_ENOMEM },
	{ "mremap_size0", -JS_ENOMEM },
	/* calls qemu 7.2 does not implement */
	{ "seccomp_notif_sizes_unmapped", -JS_ENOSYS },
	{ "landlock_create_ruleset_unmapped", -JS_ENOSYS },
	{ "landlock_create_ruleset_sizemax", -JS_ENOSYS },
	{ "clone3_unmapped", -JS_ENOSYS },
	{ "clone3_size0", -JS_ENOSYS },
	{ "execveat_null", -JS_ENOSYS },
	{ "epoll_pwait2_unmapped_tmo", -JS_ENOSYS },
	{ "futex_waitv_null", -JS_ENOSYS },
	{ "futex_waitv_unmapped", -JS_ENOSYS },
	{ "futex_waitv_size0", -JS_ENOSYS },
	{ "futex_waitv_sizemax", -JS_ENOSYS },
	/* the residual calls (coverage branch): qemu 7.2 lacks these, drops
	 * sysinfo's failed copy-out, and maps syslog's buffer by its length
	 * before the kernel sees a negative one */
	{ "sysinfo_null", 0 },
	{ "syslog_sizemax", -JS_EFAULT },
	{ "get_robust_list_unmapped", -JS_ENOSYS },
	{ "futex2_wait_unmapped", -JS_ENOSYS },
	{ "futex2_requeue_unmapped", -JS_ENOSYS },
	{ "process_vm_readv_unmapped", -JS_ENOSYS },
	{ "process_madvise_bigfd", -JS_ENOSYS },
	{ "lsm_list_modules_unmapped", -JS_ENOSYS },
	/* qemu copies arguments in before the kernel's own checks, or
	 * writes results out only on success */
	{ "waitid_unmapped", -JS_ECHILD },
	{ "pidfd_send_signal_unmapped", -JS_EFAULT },
	{ "shmctl_unmapped", -JS_EFAULT },
	/* ipc.h and aio.h (docs/ipc.md, docs/aio.md): qemu copies the
	 * buffer before looking the id up, reads mq_getsetattr's new
	 * attributes into its own and rejects their flags, and passes no
	 * mq_notify, key or AIO call through */
	{ "msgrcv_unmapped", -JS_EFAULT },
	{ "msgctl_unmapped", -JS_EFAULT },
	{ "mq_getsetattr_unmapped", -JS_EINVAL },
	{ "add_key_unmapped", -JS_ENOSYS },
	{ "request_key_null", -JS_ENOSYS },
	{ "io_setup_unmapped", -JS_ENOSYS },
	{ "io_submit_unmapped", -JS_ENOSYS },
	{ "io_getevents_unmapped", -JS_ENOSYS },
	{ "io_uring_setup_unmapped", -JS_ENOSYS },
	{ "io_uring_setup_null", -JS_ENOSYS },
	{ "mq_notify_unmapped", -JS_ENOSYS },
	{ "keyctl_read_unmapped", -JS_ENOSYS },
	{ "io_cancel_unmapped", -JS_ENOSYS },
	{ "io_pgetevents_unmapped_sig", -JS_ENOSYS },
	{ "io_uring_enter_unmapped", -JS_ENOSYS },
	{ "io_uring_register_unmapped", -JS_ENOSYS },
	/* qemu drops the failed copy-out and reports success */
	{ "clock_getres_unmapped", 0 },
	/* qemu ignores the failed copy-in and sleeps for whatever its own
	 * uninitialised timespec holds: any result but a crash */
	{ "nanosleep_null", QEMU_ANY },
	/* kern/mem group: calls qemu 7.2 does not implement */
	{ "mlock2_unmapped", -JS_ENOSYS },
	{ "pkey_mprotect_unmapped", -JS_ENOSYS },
	{ "mbind_unmapped_mask", -JS_ENOSYS },
	{ "get_mempolicy_unmapped", -JS_ENOSYS },
	{ "set_mempolicy_unmapped", -JS_ENOSYS },
	{ "migrate_pages_unmapped", -JS_ENOSYS },
	{ "move_pages_unmapped", -JS_ENOSYS },
	{ "mseal_unmapped", -JS_ENOSYS },
	{ "remap_file_pages_unmapped", -JS_ENOSYS },
	{ "ptrace_unmapped", -JS_ENOSYS },
	{ "perf_event_open_unmapped", -JS_ENOSYS },
	{ "bpf_unmapped", -JS_ENOSYS },
};

/* Rows whose call a kernel older than the one these rows were written on
 * lacks (make check-boot boots Debian 12's 6.1 kernels, docs/boot.md):
 * there the call is -ENOSYS before it reads anything. */
static const struct {
	const char *name;
	int major, minor;
	long want;
} older[] = {
	{ "futex2_wait_unmapped", 6, 7, -JS_ENOSYS },
	{ "futex2_requeue_unmapped", 6, 7, -JS_ENOSYS },
	{ "lsm_list_modules_unmapped", 6, 8, -JS_ENOSYS },
	{ "mseal_unmapped", 6, 10, -JS_ENOSYS },
	/* The pkey calls: per architecture (mem_arch.h). */
	{ "pkey_mprotect_unmapped", JT_PKEYS_SINCE_MAJOR, JT_PKEYS_SINCE_MINOR, -JS_ENOSYS },
};

static int under_qemu(void)
{
	const char *e = js_getenv("JS_RUN");

	return e && *e;
}

#define FN(name, call, how, want)                                              \
	static long row_##name(void) { return (long)(call); }
ROWS(FN)

struct row {
	const char *name;
	long (*fn)(void);
	enum how how;
	long want;
};

#define ENTRY(name, call, how, want) { #name, row_##name, how, want },
/* Not const: `want` may depend on the uid, known only at run time. */
static struct row rows[] = { ROWS(ENTRY) };

/* ---- Running a row in a child --------------------------------------- */

static void say(const char *a, const char *b, long v)
{
	jt_puts(a);
	jt_puts(b);
	jt_putl(v);
	if (v < 0 && v > -4096) {
		jt_puts(" ");
		jt_puts(js_errname(v));
	}
	jt_puts("\n");
}

/* 0: the child exited after writing its result to the pipe (*res); or
 * the signal that ended it; or -1 when it did not finish in time. */
static int run_row(const struct row *r, long *res)
{
	int p[2], st = 0;
	long pid, n;
	struct js_pollfd pf;

	CHECK_EQ(js_pipe2(p, JS_O_CLOEXEC), 0);
	pid = js_fork();
	if (pid == 0) {
		long v = r->fn();

		js_write(p[1], &v, sizeof v);
		js_exit_group(0);
	}
	js_close(p[1]);
	CHECK(pid > 0);
	if (pid <= 0)
		return -1;
	pf.fd = p[0];
	pf.events = JS_POLLIN;
	/* POLLIN or POLLHUP (the child died without writing): both end
	 * the wait; nothing at all in ROW_SECS ends the row. */
	n = js_poll(&pf, 1, ROW_SECS * 1000);
	if (n == 0)
		js_kill((int)pid, JS_SIGKILL);
	n = n > 0 ? js_read(p[0], res, sizeof *res) : 0;
	js_close(p[0]);
	/* A child that has written its result may still not end (an
	 * exit_group that spins was issue 10's): the wait is bounded too. */
	for (int i = 0; js_wait4((int)pid, &st, JS_WNOHANG, 0) == 0; i++) {
		struct js_timespec ms10 = { 0, 10000000 };

		if (i == ROW_SECS * 100) {
			js_kill((int)pid, JS_SIGKILL);
			js_wait4((int)pid, &st, 0, 0);
			return -1;
		}
		js_nanosleep(&ms10, 0);
	}
	if (JS_WIFSIGNALED(st))
		return JS_WTERMSIG(st) == JS_SIGKILL && n <= 0 ? -1
								: JS_WTERMSIG(st);
	return n == sizeof *res ? 0 : -1;
}

static const char *how_text(enum how h)
{
	return h == OK ? ">= 0" : h == SEGV ? "SIGSEGV" : h == VDSO ? "or SIGSEGV" : "";
}

static int judge(struct row *r)
{
	long res = 0;
	int sig = run_row(r, &res);

	if (r->want == -JS_EPERM_OR_FAULT)
		r->want = js_geteuid() == 0 ? -JS_EFAULT : -JS_EPERM;
	if (r->want == -JS_EPERM_OR_INVAL)
		r->want = js_geteuid() == 0 ? -JS_EINVAL : -JS_EPERM;
	for (unsigned int i = 0; i < sizeof older / sizeof older[0]; i++)
		if (jt_streq(older[i].name, r->name) &&
		    jt_kernel_before(older[i].major, older[i].minor)) {
			r->how = EQ;
			r->want = older[i].want;
		}
	for (unsigned int i = 0; under_qemu() && i < sizeof qemu / sizeof qemu[0]; i++)
		if (jt_streq(qemu[i].name, r->name)) {
			r->how = qemu[i].want == QEMU_ANY ? OK : EQ;
			r->want = qemu[i].want;
		}

	if (sig < 0) {
		jt_puts("  timed out, or no result\n");
		return 0;
	}
	if (sig) {
		if ((r->how == SEGV || r->how == VDSO) && sig == JS_SIGSEGV)
			return 1;
		say("  killed by signal ", "", sig);
		return 0;
	}
	if (((r->how == EQ || r->how == VDSO) && res == r->want) ||
	    (r->how == OK && (res >= 0 || r->want == QEMU_ANY)))
		return 1;
	jt_puts("  want ");
	jt_puts(how_text(r->how));
	if (r->how == EQ || r->how == VDSO)
		say(" ", "", r->want);
	else
		jt_puts("\n");
	say("  got ", "", res);
	return 0;
}

static int setup(void)
{
	char *m = js_mmap(0, 4 * 4096, JS_PROT_READ | JS_PROT_WRITE,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	long fd;

	if (JS_IS_ERR(m))
		return 0;
	RW = m;
	U = m + 4096;
	RO = m + 2 * 4096;
	EDGE = U - 8;
	/* Not NUL-terminated: a string there runs into U. */
	for (int i = 0; i < 8; i++)
		EDGE[i] = 'a';
	/* Page 3 stays mapped: U is a hole between two mappings. */
	if (js_munmap(U, 4096) || js_mprotect(RO, 4096, JS_PROT_READ))
		return 0;
	fd = js_open("f", JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0644);
	if (fd < 0 || js_write((int)fd, "0123456789abcdef", 16) != 16 ||
	    js_lseek((int)fd, 0, JS_SEEK_SET) != 0 || js_symlink("f", "l"))
		return 0;
	rfd = (int)fd;
	dfd = (int)js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);
	ep = (int)js_epoll_create1(0);
	return dfd >= 0 && ep >= 0 &&
	       js_socketpair(JS_AF_UNIX, JS_SOCK_STREAM, 0, sv) == 0;
}

/* Its own main rather than JT_MAIN: one result line per row, and the
 * closing count is the rows'. */
int main(void)
{
	unsigned int i, pass = 0, fail = 0;

	if (!setup()) {
		jt_puts("setup failed\n0 passed, 1 failed\n");
		return 1;
	}
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int ok;

		jt_puts(rows[i].name);
		jt_puts(":\n");
		ok = judge(&rows[i]);
		jt_puts(ok ? "ok   " : "FAIL ");
		jt_puts(rows[i].name);
		jt_puts("\n");
		ok ? pass++ : fail++;
	}
	jt_putl(pass);
	jt_puts(" passed, ");
	jt_putl(fail);
	jt_puts(" failed\n");
	return fail != 0;
}
