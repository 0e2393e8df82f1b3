/* The network, process, signal and memory decoders (src/trace/dec_net.c,
 * dec_proc.c, dec_signal.c, dec_mem.c) on crafted arguments: whole lines
 * from js_trace_format as strace 6.1 prints them, the in/out length forms
 * through js__trace_format_pre, and bad pointers shown as addresses. */
#include <string.h>
#include <stdio.h>
#include "host.h"
#include <libjs/libjs.h>
#include "../../src/trace/trace.h"

static char line[2048];

static const char *fmtp(long nr, const long a[6], long ret, long v)
{
	struct js__pre pre = { .v = v };
	size_t n = js__trace_format_pre(line, sizeof line, nr, a, ret, 0, &pre);

	assert_int_equal(n, strlen(line));
	assert_int_equal(line[n - 1], '\n');
	line[n - 1] = 0;
	return line + strlen("libjs:syscall ");
}

static const char *fmt(long nr, long ret, long a0, long a1, long a2, long a3,
		       long a4, long a5)
{
	long a[6] = { a0, a1, a2, a3, a4, a5 };

	return fmtp(nr, a, ret, JS__NOPRE);
}
#define F(nr, ret, ...) fmt(nr, ret, __VA_ARGS__)

/* A pointer nothing is mapped at. */
#define BAD 0x10L

static void sockaddrs(void **state)
{
	(void)state;
	struct js_sockaddr_in in;
	struct js_sockaddr_in6 in6;
	struct js_sockaddr_un un;
	struct js_in6_addr mapped;
	js_socklen_t len = sizeof in6;
	long a[6];

	js_sockaddr_in_init(&in, 0x0a010203, 80);
	assert_string_equal(F(JS_NR_connect, 0, 3, (long)&in, sizeof in, 0, 0, 0),
			    "connect(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"10.1.2.3\")}, 16) = 0");
	/* ::ffff:10.1.2.3 through js_inet_ntop's code (issue 11). */
	assert_int_equal(js_inet_pton(JS_AF_INET6, "::ffff:10.1.2.3", &mapped), 1);
	js_sockaddr_in6_init(&in6, &mapped, 443);
	in6.sin6_scope_id = 0;
	assert_string_equal(F(JS_NR_bind, 0, 4, (long)&in6, sizeof in6, 0, 0, 0),
			    "bind(4, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::ffff:10.1.2.3\", &sin6_addr), sin6_scope_id=0}, 28) = 0");
	in6.sin6_scope_id = 70000;	/* host order */
	assert_non_null(strstr(F(JS_NR_bind, 0, 4, (long)&in6, sizeof in6, 0, 0, 0),
			       "&sin6_addr), sin6_scope_id=70000}, 28) = 0"));
	assert_non_null(strstr(F(JS_NR_bind, 0, 4, (long)&in6, 24, 0, 0, 0),
			       "&sin6_addr)}, 24) = 0"));
	/* Short: the family and sa_data as it is. */
	assert_string_equal(F(JS_NR_connect, -JS_EINVAL, 3, (long)&in, 4, 0, 0, 0),
			    "connect(3, {sa_family=AF_INET, sa_data=\"\\0P\"}, 4) = -1 EINVAL (Invalid argument)");
	assert_non_null(strstr(F(JS_NR_connect, -JS_EINVAL, 3, (long)&in, 1, 0, 0, 0), ", 1) = -1 EINVAL"));
	assert_string_equal(F(JS_NR_connect, -JS_EFAULT, 3, BAD, 16, 0, 0, 0),
			    "connect(3, 0x10, 16) = -1 EFAULT (Bad address)");
	js_sockaddr_un_init(&un, "/run/x.sock");
	assert_string_equal(F(JS_NR_bind, 0, 5, (long)&un, 2 + 12, 0, 0, 0),
			    "bind(5, {sa_family=AF_UNIX, sun_path=\"/run/x.sock\"}, 14) = 0");
	js_sockaddr_un_abstract(&un, "ab\0c", 4);
	assert_string_equal(F(JS_NR_bind, 0, 5, (long)&un, 2 + 1 + 4, 0, 0, 0),
			    "bind(5, {sa_family=AF_UNIX, sun_path=@\"ab\\0c\"}, 7) = 0");
	in.sin_family = 12345;
	assert_string_equal(F(JS_NR_connect, -JS_EAFNOSUPPORT, 3, (long)&in, 16, 0, 0, 0),
			    "connect(3, {sa_family=0x3039 /* AF_??? */, sa_data=\"\\0P\\n\\1\\2\\3\\0\\0\\0\\0\\0\\0\\0\\0\"}, 16) = -1 EAFNOSUPPORT (Address family not supported by protocol)");

	/* Written by the kernel: the length before and after. */
	js_sockaddr_in_init(&in, 0x7f000001, 1234);
	len = sizeof in;
	a[0] = 3, a[1] = (long)&in, a[2] = (long)&len;
	assert_string_equal(fmtp(JS_NR_getsockname, a, 0, 128),
			    "getsockname(3, {sa_family=AF_INET, sin_port=htons(1234), sin_addr=inet_addr(\"127.0.0.1\")}, [128 => 16]) = 0");
	assert_string_equal(fmtp(JS_NR_getsockname, a, 0, 16),
			    "getsockname(3, {sa_family=AF_INET, sin_port=htons(1234), sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 0");
	/* A buffer shorter than the address: only what fit is shown. */
	assert_string_equal(fmtp(JS_NR_getpeername, a, 0, 8),
			    "getpeername(3, {sa_family=AF_INET, sa_data=\"\\4\\322\\177\\0\\0\\1\"}, [8 => 16]) = 0");
	assert_non_null(strstr(fmtp(JS_NR_getpeername, a, -JS_ENOTCONN, 8), ", [8]) = -1 ENOTCONN"));
	a[3] = JS_SOCK_NONBLOCK | JS_SOCK_CLOEXEC;
	assert_non_null(strstr(fmtp(JS_NR_accept4, a, 5, 16), ", [16], SOCK_CLOEXEC|SOCK_NONBLOCK) = 5"));
	assert_string_equal(F(JS_NR_accept4, 5, 3, 0, 0, 0, 0, 0),
			    "accept4(3, NULL, NULL, 0) = 5");
	/* recvfrom: data, then the address with its length. */
	a[0] = 3, a[1] = (long)"hi", a[2] = 32, a[3] = 0, a[4] = (long)&in, a[5] = (long)&len;
	assert_string_equal(fmtp(JS_NR_recvfrom, a, 2, 16),
			    "recvfrom(3, \"hi\", 32, 0, {sa_family=AF_INET, sin_port=htons(1234), sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 2");
	a[4] = a[5] = 0;
	assert_string_equal(fmtp(JS_NR_recvfrom, a, 2, JS__NOPRE),
			    "recvfrom(3, \"hi\", 32, 0, NULL, NULL) = 2");
}

static void sockets_and_options(void **state)
{
	(void)state;
	int one = 1, sv[2] = { 3, 4 };
	struct js_linger lg = { 1, 5 };
	js_socklen_t l = 8;
	long a[6];

	assert_string_equal(F(JS_NR_socket, 3, JS_AF_INET6, JS_SOCK_DGRAM | JS_SOCK_NONBLOCK | JS_SOCK_CLOEXEC, 0, 0, 0, 0),
			    "socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 3");
	assert_string_equal(F(JS_NR_socket, -JS_EINVAL, 99, 15, 0, 0, 0, 0),
			    "socket(0x63 /* AF_??? */, 0xf /* SOCK_??? */, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_socketpair, 0, JS_AF_UNIX, JS_SOCK_STREAM, 0, (long)sv, 0, 0),
			    "socketpair(AF_UNIX, SOCK_STREAM, 0, [3, 4]) = 0");
	assert_string_equal(F(JS_NR_shutdown, 0, 3, JS_SHUT_RDWR, 0, 0, 0, 0), "shutdown(3, SHUT_RDWR) = 0");
	assert_string_equal(F(JS_NR_shutdown, -JS_EINVAL, 3, 9, 0, 0, 0, 0),
			    "shutdown(3, 0x9 /* SHUT_??? */) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_setsockopt, 0, 4, JS_SOL_SOCKET, JS_SO_REUSEADDR, (long)&one, 4, 0),
			    "setsockopt(4, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0");
	assert_string_equal(F(JS_NR_setsockopt, 0, 4, JS_IPPROTO_TCP, JS_TCP_NODELAY, (long)&one, 4, 0),
			    "setsockopt(4, SOL_TCP, TCP_NODELAY, [1], 4) = 0");
	assert_string_equal(F(JS_NR_setsockopt, 0, 4, JS_SOL_SOCKET, JS_SO_LINGER, (long)&lg, 8, 0),
			    "setsockopt(4, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8) = 0");
	assert_string_equal(F(JS_NR_setsockopt, -JS_ENOPROTOOPT, 4, 999, 7, (long)&one, 4, 0),
			    "setsockopt(4, 0x3e7 /* SOL_?? */, 7, [1], 4) = -1 ENOPROTOOPT (Protocol not available)");
	assert_string_equal(F(JS_NR_setsockopt, -JS_EFAULT, 4, JS_SOL_SOCKET, JS_SO_SNDBUF, BAD, 4, 0),
			    "setsockopt(4, SOL_SOCKET, SO_SNDBUF, 0x10, 4) = -1 EFAULT (Bad address)");
	a[0] = 4, a[1] = JS_SOL_SOCKET, a[2] = JS_SO_LINGER, a[3] = (long)&lg, a[4] = (long)&l;
	assert_string_equal(fmtp(JS_NR_getsockopt, a, 0, 16),
			    "getsockopt(4, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, [16 => 8]) = 0");
	l = 4;
	a[2] = JS_SO_ERROR, a[3] = (long)&one;
	assert_string_equal(fmtp(JS_NR_getsockopt, a, 0, 4),
			    "getsockopt(4, SOL_SOCKET, SO_ERROR, [1], [4]) = 0");
	a[3] = a[4] = 0;
	assert_string_equal(fmtp(JS_NR_getsockopt, a, -JS_EFAULT, JS__NOPRE),
			    "getsockopt(4, SOL_SOCKET, SO_ERROR, NULL, NULL) = -1 EFAULT (Bad address)");
}

static void messages(void **state)
{
	(void)state;
	char d1[] = "abc", d2[] = "xy";
	struct js_iovec iov[2] = { { d1, 3 }, { d2, 2 } };
	union { struct js_cmsghdr h; unsigned char b[64]; } ctl;
	struct js_msghdr m;
	struct js_cmsghdr *h;
	int fds[2] = { 7, 8 };
	struct js_ucred cr = { 42, 1000, 100 };
	long a[6];

	memset(&m, 0, sizeof m);
	memset(&ctl, 0, sizeof ctl);
	m.msg_iov = iov;
	m.msg_iovlen = 2;
	m.msg_control = ctl.b;
	m.msg_controllen = JS_CMSG_SPACE(sizeof fds);
	h = js_cmsg_firsthdr(&m);
	h->cmsg_len = JS_CMSG_LEN(sizeof fds);
	h->cmsg_level = JS_SOL_SOCKET;
	h->cmsg_type = JS_SCM_RIGHTS;
	memcpy(js_cmsg_data(h), fds, sizeof fds);
	assert_string_equal(F(JS_NR_sendmsg, 5, 3, (long)&m, JS_MSG_NOSIGNAL, 0, 0, 0),
			    "sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"abc\", iov_len=3}, {iov_base=\"xy\", iov_len=2}], msg_iovlen=2, msg_control=[{cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[7, 8]}], msg_controllen=24, msg_flags=0}, MSG_NOSIGNAL) = 5");
	/* Received: data up to the result, credentials. */
	memset(&ctl, 0, sizeof ctl);
	m.msg_controllen = JS_CMSG_SPACE(sizeof cr);
	h->cmsg_len = JS_CMSG_LEN(sizeof cr);
	h->cmsg_level = JS_SOL_SOCKET;
	h->cmsg_type = JS_SCM_CREDENTIALS;
	memcpy(js_cmsg_data(h), &cr, sizeof cr);
	m.msg_iovlen = 2;
	a[0] = 3, a[1] = (long)&m, a[2] = JS_MSG_CMSG_CLOEXEC;
	assert_string_equal(fmtp(JS_NR_recvmsg, a, 4, 0),
			    "recvmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"abc\", iov_len=3}, {iov_base=\"x\", iov_len=2}], msg_iovlen=2, msg_control=[{cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=42, uid=1000, gid=100}}], msg_controllen=32, msg_flags=0}, MSG_CMSG_CLOEXEC) = 4");
	assert_string_equal(fmtp(JS_NR_recvmsg, a, -JS_EAGAIN, 0),
			    "recvmsg(3, {msg_namelen=0}, MSG_CMSG_CLOEXEC) = -1 EAGAIN (Resource temporarily unavailable)");
	/* A control length that wraps when aligned ends the walk. */
	h->cmsg_len = ~(size_t)0 - 2;
	assert_non_null(strstr(fmtp(JS_NR_recvmsg, a, 4, 0), "msg_control=[{cmsg_len=18446744073709551613, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=42, uid=1000, gid=100}}], msg_controllen=32"));
	/* A msghdr whose pointers lead nowhere: addresses, never a fault. */
	m.msg_iov = (struct js_iovec *)BAD;
	m.msg_control = (void *)BAD;
	assert_non_null(strstr(fmtp(JS_NR_recvmsg, a, 4, 0), "msg_iov=[0x10], msg_iovlen=2, msg_control=0x10, msg_controllen=32"));
	assert_string_equal(F(JS_NR_sendmsg, -JS_EFAULT, 3, BAD, 0, 0, 0, 0),
			    "sendmsg(3, 0x10, 0) = -1 EFAULT (Bad address)");
}

static void signals(void **state)
{
	(void)state;
	struct js_sigaction sa;
	js_sigset_t set;
	js_siginfo_t si;
	char *p = (char *)&si;
	int v;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = JS_SIG_IGN;
	js_sigaddset(&sa.sa_mask, JS_SIGINT);
	js_sigaddset(&sa.sa_mask, JS_SIGRTMIN + 2);
	sa.sa_flags = JS_SA_RESTART | JS_SA_SIGINFO;
	assert_string_equal(F(JS_NR_rt_sigaction, 0, JS_SIGTERM, (long)&sa, 0, 8, 0, 0),
			    "rt_sigaction(SIGTERM, {sa_handler=SIG_IGN, sa_mask=[INT RT_2], sa_flags=SA_RESTART|SA_SIGINFO}, NULL, 8) = 0");
	assert_string_equal(F(JS_NR_rt_sigaction, -JS_EINVAL, 70, 0, BAD, 8, 0, 0),
			    "rt_sigaction(70, NULL, 0x10, 8) = -1 EINVAL (Invalid argument)");
	js_sigfillset(&set);
	js_sigdelset(&set, JS_SIGRTMIN);
	js_sigdelset(&set, JS_SIGRTMIN + 1);
	assert_string_equal(F(JS_NR_rt_sigprocmask, 0, JS_SIG_SETMASK, (long)&set, 0, 8, 0, 0),
			    "rt_sigprocmask(SIG_SETMASK, ~[RTMIN RT_1], NULL, 8) = 0");
	js_sigemptyset(&set);
	assert_string_equal(F(JS_NR_rt_sigprocmask, 0, JS_SIG_BLOCK, (long)&set, 0, 8, 0, 0),
			    "rt_sigprocmask(SIG_BLOCK, [], NULL, 8) = 0");
	/* Only the kernel's set size is decoded. */
	assert_non_null(strstr(F(JS_NR_rt_sigprocmask, -JS_EINVAL, 5, (long)&set, 0, 4, 0, 0),
			       "rt_sigprocmask(0x5 /* SIG_??? */, 0x"));
	assert_non_null(strstr(line, ", NULL, 4) = -1 EINVAL"));
	assert_string_equal(F(JS_NR_kill, 0, 12, JS_SIGRTMIN + 3, 0, 0, 0, 0), "kill(12, SIGRT_3) = 0");
	assert_string_equal(F(JS_NR_kill, 0, 12, 0, 0, 0, 0, 0), "kill(12, 0) = 0");
	assert_string_equal(F(JS_NR_tgkill, 0, 12, 13, JS_SIGSEGV, 0, 0, 0), "tgkill(12, 13, SIGSEGV) = 0");
	/* siginfo: a child's exit. */
	memset(&si, 0, sizeof si);
	v = JS_SIGCHLD; memcpy(p, &v, 4);
	v = JS_CLD_EXITED; memcpy(p + 8, &v, 4);
	v = 99; memcpy(p + 16, &v, 4);
	v = 3; memcpy(p + 24, &v, 4);
	assert_string_equal(F(JS_NR_waitid, 0, JS_P_PID, 99, (long)&si, JS_WEXITED, 0, 0),
			    "waitid(P_PID, 99, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=99, si_uid=0, si_status=3, si_utime=0, si_stime=0}, WEXITED, NULL) = 0");
	assert_string_equal(F(JS_NR_rt_sigtimedwait, JS_SIGCHLD, (long)&set, (long)&si, 0, 8, 0, 0),
			    "rt_sigtimedwait([], {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=99, si_uid=0, si_status=3, si_utime=0, si_stime=0}, NULL, 8) = 17 (SIGCHLD)");
}

static void processes(void **state)
{
	(void)state;
	int st;
	char *argv[] = { "prog", "an argument longer than thirty-two bytes", 0 };
	char *envp[] = { "A=1", "B=2", 0 };
	struct js_rlimit rl = { 8192 * 1024, JS_RLIM64_INFINITY };
	char want[256];

	st = 7 << 8;
	assert_string_equal(F(JS_NR_wait4, 99, 99, (long)&st, 0, 0, 0, 0),
			    "wait4(99, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0, NULL) = 99");
	st = JS_SIGKILL | 0x80;
	assert_string_equal(F(JS_NR_wait4, 99, -1, (long)&st, JS_WNOHANG | JS___WALL, 0, 0, 0),
			    "wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL && WCOREDUMP(s)}], WNOHANG|__WALL, NULL) = 99");
	st = 0x7f | JS_SIGSTOP << 8;
	assert_string_equal(F(JS_NR_wait4, 99, 99, (long)&st, JS_WUNTRACED, 0, 0, 0),
			    "wait4(99, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], WSTOPPED, NULL) = 99");
	st = 0xffff;
	assert_string_equal(F(JS_NR_wait4, 99, 99, (long)&st, JS_WCONTINUED, 0, 0, 0),
			    "wait4(99, [{WIFCONTINUED(s)}], WCONTINUED, NULL) = 99");
	assert_non_null(strstr(F(JS_NR_wait4, 0, -1, (long)&st, JS_WNOHANG, 0, 0, 0), "wait4(-1, 0x"));
	/* clone: strace's names and order on every architecture. */
	{
		long a[6] = { JS_CLONE_FILES | JS_SIGCHLD, 0, 0, 0, 0, 0 };

		assert_string_equal(fmtp(JS_NR_clone, a, 42, JS__NOPRE),
				    "clone(child_stack=NULL, flags=CLONE_FILES|SIGCHLD) = 42");
		a[0] = 0;
		assert_string_equal(fmtp(JS_NR_clone, a, 42, JS__NOPRE),
				    "clone(child_stack=NULL, flags=0) = 42");
	}
	assert_string_equal(F(JS_NR_execve, -JS_ENOENT, (long)"/x", (long)argv, (long)envp, 0, 0, 0),
			    (snprintf(want, sizeof want,
				      "execve(\"/x\", [\"prog\", \"an argument longer than thirty-t\"...], %p /* 2 vars */) = -1 ENOENT (No such file or directory)",
				      (void *)envp), want));
	assert_string_equal(F(JS_NR_prlimit64, 0, 0, JS_RLIMIT_STACK, (long)&rl, 0, 0, 0),
			    "prlimit64(0, RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}, NULL) = 0");
	assert_string_equal(F(JS_NR_prctl, 0, JS_PR_SET_NAME, (long)"worker", 0, 0, 0, 0),
			    "prctl(PR_SET_NAME, \"worker\") = 0");
	assert_string_equal(F(JS_NR_prctl, 0, JS_PR_SET_PDEATHSIG, JS_SIGKILL, 0, 0, 0, 0),
			    "prctl(PR_SET_PDEATHSIG, SIGKILL) = 0");
	assert_string_equal(F(JS_NR_prctl, 0, JS_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0, 0),
			    "prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) = 0");
	assert_string_equal(F(JS_NR_prctl, -JS_EINVAL, 1000, 1, 2, 3, 4, 0),
			    "prctl(0x3e8 /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_prctl, 1, JS_PR_GET_DUMPABLE, 0, 0, 0, 0, 0),
			    "prctl(PR_GET_DUMPABLE) = 1 (SUID_DUMP_USER)");
	assert_string_equal(F(JS_NR_unshare, 0, JS_CLONE_NEWTIME | JS_CLONE_NEWUTS | JS_CLONE_VM, 0, 0, 0, 0, 0),
			    "unshare(CLONE_NEWTIME|CLONE_VM|CLONE_NEWUTS) = 0");
	assert_string_equal(F(JS_NR_unshare, -JS_EINVAL, 1, 0, 0, 0, 0, 0),
			    "unshare(0x1 /* CLONE_??? */) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_setns, -JS_EBADF, -1, 0, 0, 0, 0, 0),
			    "setns(-1, 0) = -1 EBADF (Bad file descriptor)");
}

static void memory(void **state)
{
	(void)state;
	unsigned char vec[3] = { 1, 0, 1 };

	assert_string_equal(F(JS_NR_madvise, 0, 0x7f0000000000, 8192, JS_MADV_DONTNEED, 0, 0, 0),
			    "madvise(0x7f0000000000, 8192, MADV_DONTNEED) = 0");
	assert_string_equal(F(JS_NR_madvise, -JS_EINVAL, 0x7f0000000000, 8192, 999, 0, 0, 0),
			    "madvise(0x7f0000000000, 8192, 0x3e7 /* MADV_??? */) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_mlock, 0, 0x7f0000001000, 4096, 0, 0, 0, 0),
			    "mlock(0x7f0000001000, 4096) = 0");
	assert_string_equal(F(JS_NR_mremap, 0x7f0000010000, 0x7f0000000000, 4096, 8192, JS_MREMAP_MAYMOVE, 0, 0),
			    "mremap(0x7f0000000000, 4096, 8192, MREMAP_MAYMOVE) = 0x7f0000010000");
	assert_string_equal(F(JS_NR_mremap, 0x7f0000010000, 0x7f0000000000, 4096, 8192,
			      JS_MREMAP_MAYMOVE | JS_MREMAP_FIXED, 0x7f0000010000, 0),
			    "mremap(0x7f0000000000, 4096, 8192, MREMAP_MAYMOVE|MREMAP_FIXED, 0x7f0000010000) = 0x7f0000010000");
	assert_string_equal(F(JS_NR_msync, 0, 0x7f0000000000, 4096, JS_MS_ASYNC | JS_MS_INVALIDATE, 0, 0, 0),
			    "msync(0x7f0000000000, 4096, MS_ASYNC|MS_INVALIDATE) = 0");
	assert_string_equal(F(JS_NR_mincore, 0, 0x7f0000000000, 3 * 4096, (long)vec, 0, 0, 0),
			    "mincore(0x7f0000000000, 12288, [1, 0, 1]) = 0");
	assert_string_equal(F(JS_NR_mlockall, 0, JS_MCL_CURRENT | JS_MCL_FUTURE, 0, 0, 0, 0, 0),
			    "mlockall(MCL_CURRENT|MCL_FUTURE) = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sockaddrs),
		cmocka_unit_test(sockets_and_options),
		cmocka_unit_test(messages),
		cmocka_unit_test(signals),
		cmocka_unit_test(processes),
		cmocka_unit_test(memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
