/* trace-cross-arch: LIBJS_FAULT=epoll_pwait2:ENOSYS,fanotify_init:ENOSYS,fanotify_mark:ENOSYS (qemu-user 7.2 lacks these: ENOSYS) */
/* Differential trace program (tests/sh/test_trace_diff.sh): readiness
 * and notification: epoll, poll, select, eventfd, signalfd, inotify,
 * fanotify, with the arrays strace shows after the call (ready events,
 * revents, the sets select leaves).  Every wait has a zero timeout or
 * something already ready.  Runs in an empty scratch directory. */
#include <libjs/libjs.h>

int main(void)
{
	struct js_epoll_event ev = { JS_EPOLLIN | JS_EPOLLET, { .u64 = 42 } }, out[4];
	struct js_pollfd pf[3];
	struct js_timespec z = { 0, 0 };
	struct js_timeval tv = { 0, 0 };
	js_fd_set rs, ws;
	js_sigset_t mask;
	uint64_t one = 1, got;
	int p[2];
	long ep, efd, sfd, ifd, wd, fan;

	js_alarm(20);
	js_pipe2(p, 0);
	{	/* timeouts that expire: shown as passed, not as the kernel left them */
		struct js_timeval ms = { 0, 1000 };
		struct js_timespec ms2 = { 0, 1000000 };
		struct js_pollfd in = { .fd = p[0], .events = JS_POLLIN };

		JS_FD_ZERO(&rs);
		JS_FD_SET(p[0], &rs);
		js_select(p[0] + 1, &rs, 0, 0, &ms);
		js_ppoll(&in, 1, &ms2, 0);
		JS_FD_SET(p[0], &rs);
		js_pselect6(p[0] + 1, &rs, 0, 0, &ms2, 0);
	}
	ep = js_epoll_create1(JS_EPOLL_CLOEXEC);
	js_epoll_create(1);
	js_epoll_ctl((int)ep, JS_EPOLL_CTL_ADD, p[0], &ev);
	ev.events = JS_EPOLLOUT;
	ev.data.fd = p[1];
	js_epoll_ctl((int)ep, JS_EPOLL_CTL_ADD, p[1], &ev);
	js_epoll_ctl((int)ep, JS_EPOLL_CTL_MOD, p[1], &ev);
	js_epoll_ctl((int)ep, JS_EPOLL_CTL_DEL, p[1], 0);
	js_epoll_ctl((int)ep, JS_EPOLL_CTL_ADD, 99, &ev);
	js_epoll_wait((int)ep, out, 4, 0);
	js_write(p[1], "x", 1);
	js_epoll_wait((int)ep, out, 4, 0);
	js_epoll_pwait((int)ep, out, 4, 0, 0);
	js_epoll_pwait2((int)ep, out, 4, &z, 0);
	js_epoll_wait(-1, out, 4, 0);
	pf[0].fd = p[0];
	pf[0].events = JS_POLLIN | JS_POLLPRI;
	pf[1].fd = p[1];
	pf[1].events = JS_POLLOUT;
	pf[2].fd = -1;
	pf[2].events = JS_POLLIN;
	js_poll(pf, 3, 0);
	js_poll(pf + 2, 1, 0);
	js_ppoll(pf, 2, &z, 0);
	js_ppoll(pf, 1, &z, 0);
	JS_FD_ZERO(&rs);
	JS_FD_ZERO(&ws);
	JS_FD_SET(p[0], &rs);
	JS_FD_SET(p[1], &ws);
	js_select(p[1] + 1, &rs, &ws, 0, &tv);
	JS_FD_ZERO(&rs);
	JS_FD_SET(p[1], &rs);
	js_select(p[1] + 1, &rs, 0, 0, &tv);
	JS_FD_SET(p[0], &rs);
	js_pselect6(p[1] + 1, &rs, 0, 0, &z, 0);
	js_read(p[0], &got, 1);
	efd = js_eventfd2(3, JS_EFD_CLOEXEC | JS_EFD_NONBLOCK);
	js_eventfd2(0, JS_EFD_SEMAPHORE);
	js_eventfd2(0, 0x10);
	js_write(efd, &one, 8);
	js_read(efd, &got, 8);
	js_read(efd, &got, 8);
	js_sigemptyset(&mask);
	js_sigaddset(&mask, JS_SIGUSR2);
	js_sigaddset(&mask, JS_SIGHUP);
	sfd = js_signalfd(-1, &mask, JS_SFD_CLOEXEC | JS_SFD_NONBLOCK);
	js_signalfd((int)sfd, &mask, 0);
	js_close(sfd);
	ifd = js_inotify_init1(JS_IN_CLOEXEC | JS_IN_NONBLOCK);
	js_inotify_init();
	wd = js_inotify_add_watch((int)ifd, ".", JS_IN_CREATE | JS_IN_DELETE | JS_IN_ONLYDIR);
	js_inotify_add_watch((int)ifd, "nope", JS_IN_ALL_EVENTS);
	js_inotify_rm_watch((int)ifd, (int)wd);
	js_inotify_rm_watch((int)ifd, 99);
	fan = js_fanotify_init(JS_FAN_CLASS_NOTIF | JS_FAN_CLOEXEC | JS_FAN_REPORT_FID, JS_O_RDONLY | JS_O_LARGEFILE);
	js_fanotify_mark((int)fan, JS_FAN_MARK_ADD | JS_FAN_MARK_ONLYDIR, JS_FAN_CREATE | JS_FAN_ONDIR, JS_AT_FDCWD, ".");
	js_fanotify_mark((int)fan, JS_FAN_MARK_REMOVE, JS_FAN_CREATE | JS_FAN_ONDIR, JS_AT_FDCWD, ".");
	js_fanotify_init(0x80000000u, 0);
	return 0;
}
