/* The glibc side of bench/echo.sh: every system call examples/echo-server.c
 * makes, as the js_* function it calls, done by glibc's own wrapper
 * (-errno from errno, the libjs convention).  Linked before libjs.a, these
 * definitions win, so that libjs.a supplies only what makes no system
 * call (js_strerror's text, address parsing, signal-set bits, and
 * js_write_all/js_write_str, whose writes land in js_write here).
 * bench/echo.sh lists the libjs.a members that went in. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <libjs/libjs.h>

static inline long R(long r)
{
	return r < 0 ? -(long)errno : r;
}

/* The kernel's 64-bit set to glibc's 1024-bit one. */
static void to_glibc(const js_sigset_t *in, sigset_t *out)
{
	sigemptyset(out);
	for (int s = 1; s <= 64; s++)
		if (js_sigismember(in, s) == 1)
			sigaddset(out, s);
}

long js_read(int fd, void *buf, size_t n) { return R(read(fd, buf, n)); }
long js_write(int fd, const void *buf, size_t n) { return R(write(fd, buf, n)); }
long js_close(int fd) { return R(close(fd)); }

long js_socket(int domain, int type, int protocol)
{
	return R(socket(domain, type, protocol));
}

long js_setsockopt(int fd, int level, int name, const void *val, js_socklen_t len)
{
	return R(setsockopt(fd, level, name, val, len));
}

long js_bind(int fd, const struct js_sockaddr *a, js_socklen_t len)
{
	return R(bind(fd, (const struct sockaddr *)a, len));
}

long js_listen(int fd, int backlog) { return R(listen(fd, backlog)); }

long js_getsockname(int fd, struct js_sockaddr *a, js_socklen_t *len)
{
	return R(getsockname(fd, (struct sockaddr *)a, len));
}

long js_accept4(int fd, struct js_sockaddr *a, js_socklen_t *len, int flags)
{
	return R(accept4(fd, (struct sockaddr *)a, len, flags));
}

long js_send(int fd, const void *buf, size_t n, int flags)
{
	return R(send(fd, buf, n, flags));
}

long js_recv(int fd, void *buf, size_t n, int flags)
{
	return R(recv(fd, buf, n, flags));
}

long js_epoll_create1(int flags) { return R(epoll_create1(flags)); }

/* struct js_epoll_event is the kernel's struct, as glibc's is. */
long js_epoll_ctl(int ep, int op, int fd, struct js_epoll_event *ev)
{
	return R(epoll_ctl(ep, op, fd, (struct epoll_event *)ev));
}

long js_epoll_wait(int ep, struct js_epoll_event *evs, int max, int timeout)
{
	return R(epoll_wait(ep, (struct epoll_event *)evs, max, timeout));
}

long js_sigprocmask(int how, const js_sigset_t *set, js_sigset_t *old)
{
	sigset_t s, o;

	if (set)
		to_glibc(set, &s);
	int r = sigprocmask(how, set ? &s : 0, &o);
	if (r == 0 && old) {
		js_sigemptyset(old);
		for (int n = 1; n <= 64; n++)
			if (sigismember(&o, n) == 1)
				js_sigaddset(old, n);
	}
	return R(r);
}

long js_signalfd(int fd, const js_sigset_t *mask, int flags)
{
	sigset_t s;

	to_glibc(mask, &s);
	return R(signalfd(fd, &s, flags));
}

/* struct js_rlimit is struct rlimit on 64-bit. */
long js_getrlimit(int resource, struct js_rlimit *rl)
{
	return R(getrlimit(resource, (struct rlimit *)rl));
}

long js_setrlimit(int resource, const struct js_rlimit *rl)
{
	return R(setrlimit(resource, (const struct rlimit *)rl));
}
