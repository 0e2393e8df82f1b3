/* Freestanding events: epoll over a pipe, a socketpair, an eventfd and a
 * timerfd; edge-triggered and one-shot; epoll_pwait's mask; inotify read
 * back through js_inotify_next; poll and fcntl, without libc. */
#include "runner.h"

#define SIGWINCH_ 28	/* default action: ignore, so it is safe to raise */

static void add(int ep, int fd, uint32_t events, uint64_t tag)
{
	struct js_epoll_event ev;
	ev.events = events;
	ev.data.u64 = tag;
	CHECK_EQ(js_epoll_ctl(ep, JS_EPOLL_CTL_ADD, fd, &ev), 0);
}

static void t_four_sources(void)
{
	int p[2], sp[2];
	CHECK_EQ(js_pipe(p), 0);
	CHECK_EQ(js_syscall(JS_NR_socketpair, 1 /* AF_UNIX */,
			    1 /* SOCK_STREAM */, 0, sp), 0);
	long efd = js_eventfd(0, JS_EFD_NONBLOCK);
	long tfd = js_timerfd_create(1 /* CLOCK_MONOTONIC */, JS_TFD_NONBLOCK);
	long ep = js_epoll_create1(JS_EPOLL_CLOEXEC);
	CHECK(efd >= 0 && tfd >= 0 && ep >= 0);
	add((int)ep, p[0], JS_EPOLLIN, 0x100000000ull | 1);
	add((int)ep, sp[1], JS_EPOLLIN, 0x100000000ull | 2);
	add((int)ep, (int)efd, JS_EPOLLIN, 0x100000000ull | 3);
	add((int)ep, (int)tfd, JS_EPOLLIN, 0x100000000ull | 4);

	struct js_epoll_event evs[4];
	CHECK_EQ(js_epoll_wait((int)ep, evs, 4, 0), 0);
	CHECK_EQ(js_write(p[1], "a", 1), 1);
	CHECK_EQ(js_write(sp[0], "b", 1), 1);
	uint64_t one = 1;
	CHECK_EQ(js_write((int)efd, &one, 8), 8);
	struct js_itimerspec its = { { 0, 0 }, { 0, 5000000 } };
	CHECK_EQ(js_timerfd_settime((int)tfd, 0, &its, 0), 0);

	unsigned seen = 0;
	for (int round = 0; round < 20 && seen != 0x1e; round++) {
		long n = js_epoll_wait((int)ep, evs, 4, 500);
		CHECK(n >= 0);
		for (long i = 0; i < n; i++) {
			CHECK_EQ(evs[i].data.u64 >> 32, 1);
			unsigned w = (unsigned)evs[i].data.u32;
			seen |= 1u << w;
			char buf[8];
			int fd = w == 1 ? p[0] : w == 2 ? sp[1] :
				 w == 3 ? (int)efd : (int)tfd;
			CHECK(js_read(fd, buf, 8) > 0);
		}
	}
	CHECK_EQ(seen, 0x1e);
	js_close(p[0]), js_close(p[1]), js_close(sp[0]), js_close(sp[1]);
	js_close((int)efd), js_close((int)tfd), js_close((int)ep);
}

static void t_edge_and_oneshot(void)
{
	int p[2];
	CHECK_EQ(js_pipe2(p, JS_O_NONBLOCK), 0);
	long et = js_epoll_create(1), os = js_epoll_create(1);
	add((int)et, p[0], JS_EPOLLIN | JS_EPOLLET, 1);
	add((int)os, p[0], JS_EPOLLIN | JS_EPOLLONESHOT, 2);
	struct js_epoll_event ev;
	CHECK_EQ(js_write(p[1], "xy", 2), 2);
	CHECK_EQ(js_epoll_wait((int)et, &ev, 1, 0), 1);
	CHECK_EQ(js_epoll_wait((int)et, &ev, 1, 0), 0);
	CHECK_EQ(js_epoll_wait((int)os, &ev, 1, 0), 1);
	CHECK_EQ(js_epoll_wait((int)os, &ev, 1, 0), 0);
	CHECK_EQ(js_write(p[1], "z", 1), 1);
	CHECK_EQ(js_epoll_wait((int)et, &ev, 1, 0), 1);
	CHECK_EQ(js_epoll_wait((int)os, &ev, 1, 0), 0);
	ev.events = JS_EPOLLIN | JS_EPOLLONESHOT;
	ev.data.u64 = 3;
	CHECK_EQ(js_epoll_ctl((int)os, JS_EPOLL_CTL_MOD, p[0], &ev), 0);
	CHECK_EQ(js_epoll_wait((int)os, &ev, 1, 0), 1);
	CHECK_EQ(ev.data.u64, 3);
	CHECK_EQ(js_epoll_create(0), -JS_EINVAL);
	js_close(p[0]), js_close(p[1]), js_close((int)et), js_close((int)os);
}

static void t_pwait_mask(void)
{
	js_sigset_t winch = { { 1ul << (SIGWINCH_ - 1) } }, none = { { 0 } };
	js_sigset_t old;
	CHECK_EQ(js_syscall(JS_NR_rt_sigprocmask, 0 /* SIG_BLOCK */, &winch,
			    &old, 8), 0);
	CHECK_EQ(js_syscall(JS_NR_kill, js_getpid(), SIGWINCH_), 0);
	long ep = js_epoll_create1(0);
	struct js_epoll_event ev;
	/* Masked during the wait: the wait runs out undisturbed. */
	CHECK_EQ(js_epoll_pwait((int)ep, &ev, 1, 20, &winch), 0);
	js_sigset_t pend = { { 0 } };
	CHECK_EQ(js_syscall(JS_NR_rt_sigpending, &pend, 8), 0);
	CHECK(pend.sig[0] & winch.sig[0]);
	/* Let through by the wait's mask: interrupted at once. */
	CHECK_EQ(js_epoll_pwait((int)ep, &ev, 1, 5000, &none), -JS_EINTR);
	CHECK_EQ(js_syscall(JS_NR_rt_sigprocmask, 2 /* SIG_SETMASK */, &old,
			    0, 8), 0);
	js_close((int)ep);
}

static void t_inotify(void)
{
	CHECK_EQ(js_mkdir("watched", 0700), 0);
	long in = js_inotify_init1(JS_IN_NONBLOCK);
	CHECK(in >= 0);
	long wd = js_inotify_add_watch((int)in, "watched",
				       JS_IN_CREATE | JS_IN_DELETE | JS_IN_MOVE);
	CHECK(wd >= 0);
	long f = js_open("watched/new", JS_O_WRONLY | JS_O_CREAT, 0600);
	js_close((int)f);
	CHECK_EQ(js_rename("watched/new", "watched/renamed"), 0);
	CHECK_EQ(js_unlink("watched/renamed"), 0);

	_Alignas(struct js_inotify_event) char buf[1024];
	long n = js_read((int)in, buf, sizeof buf);
	CHECK(n > 0);
	const char *names[4] = { "new", "new", "renamed", "renamed" };
	const uint32_t masks[4] = { JS_IN_CREATE, JS_IN_MOVED_FROM,
				    JS_IN_MOVED_TO, JS_IN_DELETE };
	size_t pos = 0;
	const struct js_inotify_event *ev;
	uint32_t cookie = 0;
	int i = 0;
	while (i < 4 && js_inotify_next(buf, n, &pos, &ev) > 0) {
		CHECK_EQ(ev->wd, wd);
		CHECK_EQ(ev->mask, masks[i]);
		CHECK_STR(ev->name, names[i]);
		if (i == 1)
			cookie = ev->cookie;
		if (i == 2)
			CHECK(cookie != 0 && ev->cookie == cookie);
		i++;
	}
	CHECK_EQ(i, 4);
	CHECK_EQ(js_inotify_next(buf, n, &pos, &ev), 0);
	CHECK_EQ(pos, n);
	/* A cut buffer is refused, not overread: the first record ("new",
	 * 16 + 16 bytes) is whole, the second is cut. */
	pos = 0;
	CHECK_EQ(js_inotify_next(buf, 40, &pos, &ev), 1);
	CHECK_EQ(pos, 32);
	CHECK_EQ(js_inotify_next(buf, 40, &pos, &ev), -JS_EINVAL);
	js_close((int)in);
}

static void t_poll_fcntl(void)
{
	int p[2];
	CHECK_EQ(js_pipe(p), 0);
	struct js_pollfd fds[2] = { { p[0], JS_POLLIN, 0 },
				    { p[1], JS_POLLOUT, 0 } };
	CHECK_EQ(js_poll(fds, 2, 0), 1);
	CHECK_EQ(fds[1].revents, JS_POLLOUT);
	CHECK_EQ(js_write(p[1], "q", 1), 1);
	struct js_timespec ts = { 1, 0 };
	CHECK_EQ(js_ppoll(fds, 1, &ts, 0), 1);
	CHECK_EQ(fds[0].revents, JS_POLLIN);
	long d = js_fcntl(p[0], JS_F_DUPFD_CLOEXEC, 30);
	CHECK(d >= 30);
	CHECK_EQ(js_fcntl((int)d, JS_F_GETFD), JS_FD_CLOEXEC);
	CHECK_EQ(js_fcntl(p[0], JS_F_SETFL, JS_O_NONBLOCK), 0);
	CHECK(js_fcntl(p[0], JS_F_GETFL) & JS_O_NONBLOCK);
	CHECK(js_fcntl(p[0], JS_F_GETPIPE_SZ) >= 4096);
	CHECK_EQ(js_fcntl(-1, JS_F_GETFD), -JS_EBADF);
	js_close(p[0]), js_close(p[1]), js_close((int)d);
}

JT_MAIN(T(t_four_sources), T(t_edge_and_oneshot), T(t_pwait_mask),
	T(t_inotify), T(t_poll_fcntl))
