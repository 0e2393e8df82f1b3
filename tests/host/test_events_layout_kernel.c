/* Event structs and constants against the kernel's UAPI headers. */
#include <linux/eventpoll.h>
#include <linux/inotify.h>
#include <linux/poll.h>
#include <linux/fcntl.h>
#include <linux/time_types.h>
#include <linux/timerfd.h>
#include "layout.h"
#include <libjs/events.h>

#define OFFSET_ROW(js, jm, k, km) \
	{ #js "." #jm, (long)offsetof(struct js, jm), (long)offsetof(struct k, km) }

static void structs_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		/* Packed on x86_64: 12 bytes, data at 4. */
		LAYOUT_SIZE(js_epoll_event, epoll_event),
		LAYOUT_ALIGN(js_epoll_event, epoll_event),
		LAYOUT_FIELD(js_epoll_event, epoll_event, events),
		LAYOUT_FIELD(js_epoll_event, epoll_event, data),

		LAYOUT_SIZE(js_inotify_event, inotify_event),
		LAYOUT_ALIGN(js_inotify_event, inotify_event),
		LAYOUT_FIELD(js_inotify_event, inotify_event, wd),
		LAYOUT_FIELD(js_inotify_event, inotify_event, mask),
		LAYOUT_FIELD(js_inotify_event, inotify_event, cookie),
		LAYOUT_FIELD(js_inotify_event, inotify_event, len),
		OFFSET_ROW(js_inotify_event, name, inotify_event, name),

		LAYOUT_SIZE(js_pollfd, pollfd),
		LAYOUT_FIELD(js_pollfd, pollfd, fd),
		LAYOUT_FIELD(js_pollfd, pollfd, events),
		LAYOUT_FIELD(js_pollfd, pollfd, revents),

		LAYOUT_SIZE(js_flock, flock),
		LAYOUT_ALIGN(js_flock, flock),
		LAYOUT_FIELD(js_flock, flock, l_type),
		LAYOUT_FIELD(js_flock, flock, l_whence),
		LAYOUT_FIELD(js_flock, flock, l_start),
		LAYOUT_FIELD(js_flock, flock, l_len),
		LAYOUT_FIELD(js_flock, flock, l_pid),

		LAYOUT_SIZE(js_f_owner_ex, f_owner_ex),
		LAYOUT_FIELD(js_f_owner_ex, f_owner_ex, type),
		LAYOUT_FIELD(js_f_owner_ex, f_owner_ex, pid),

		LAYOUT_SIZE(js_itimerspec, __kernel_itimerspec),
		LAYOUT_FIELD(js_itimerspec, __kernel_itimerspec, it_interval),
		LAYOUT_FIELD(js_itimerspec, __kernel_itimerspec, it_value),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void epoll_poll_constants_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_EPOLL_CLOEXEC, EPOLL_CLOEXEC),
		CONST_ROW(JS_EPOLL_CTL_ADD, EPOLL_CTL_ADD),
		CONST_ROW(JS_EPOLL_CTL_DEL, EPOLL_CTL_DEL),
		CONST_ROW(JS_EPOLL_CTL_MOD, EPOLL_CTL_MOD),
		CONST_ROW(JS_EPOLLIN, EPOLLIN),
		CONST_ROW(JS_EPOLLPRI, EPOLLPRI),
		CONST_ROW(JS_EPOLLOUT, EPOLLOUT),
		CONST_ROW(JS_EPOLLERR, EPOLLERR),
		CONST_ROW(JS_EPOLLHUP, EPOLLHUP),
		CONST_ROW(JS_EPOLLNVAL, EPOLLNVAL),
		CONST_ROW(JS_EPOLLRDNORM, EPOLLRDNORM),
		CONST_ROW(JS_EPOLLRDBAND, EPOLLRDBAND),
		CONST_ROW(JS_EPOLLWRNORM, EPOLLWRNORM),
		CONST_ROW(JS_EPOLLWRBAND, EPOLLWRBAND),
		CONST_ROW(JS_EPOLLMSG, EPOLLMSG),
		CONST_ROW(JS_EPOLLRDHUP, EPOLLRDHUP),
		CONST_ROW(JS_EPOLLEXCLUSIVE, EPOLLEXCLUSIVE),
		CONST_ROW(JS_EPOLLWAKEUP, EPOLLWAKEUP),
		CONST_ROW(JS_EPOLLONESHOT, EPOLLONESHOT),
		CONST_ROW(JS_EPOLLET, EPOLLET),
		CONST_ROW(JS_POLLIN, POLLIN),
		CONST_ROW(JS_POLLPRI, POLLPRI),
		CONST_ROW(JS_POLLOUT, POLLOUT),
		CONST_ROW(JS_POLLERR, POLLERR),
		CONST_ROW(JS_POLLHUP, POLLHUP),
		CONST_ROW(JS_POLLNVAL, POLLNVAL),
		CONST_ROW(JS_POLLRDNORM, POLLRDNORM),
		CONST_ROW(JS_POLLRDBAND, POLLRDBAND),
		CONST_ROW(JS_POLLWRNORM, POLLWRNORM),
		CONST_ROW(JS_POLLWRBAND, POLLWRBAND),
		CONST_ROW(JS_POLLMSG, POLLMSG),
		CONST_ROW(JS_POLLREMOVE, POLLREMOVE),
		CONST_ROW(JS_POLLRDHUP, POLLRDHUP),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void inotify_timerfd_constants_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_IN_ACCESS, IN_ACCESS),
		CONST_ROW(JS_IN_MODIFY, IN_MODIFY),
		CONST_ROW(JS_IN_ATTRIB, IN_ATTRIB),
		CONST_ROW(JS_IN_CLOSE_WRITE, IN_CLOSE_WRITE),
		CONST_ROW(JS_IN_CLOSE_NOWRITE, IN_CLOSE_NOWRITE),
		CONST_ROW(JS_IN_OPEN, IN_OPEN),
		CONST_ROW(JS_IN_MOVED_FROM, IN_MOVED_FROM),
		CONST_ROW(JS_IN_MOVED_TO, IN_MOVED_TO),
		CONST_ROW(JS_IN_CREATE, IN_CREATE),
		CONST_ROW(JS_IN_DELETE, IN_DELETE),
		CONST_ROW(JS_IN_DELETE_SELF, IN_DELETE_SELF),
		CONST_ROW(JS_IN_MOVE_SELF, IN_MOVE_SELF),
		CONST_ROW(JS_IN_UNMOUNT, IN_UNMOUNT),
		CONST_ROW(JS_IN_Q_OVERFLOW, IN_Q_OVERFLOW),
		CONST_ROW(JS_IN_IGNORED, IN_IGNORED),
		CONST_ROW(JS_IN_CLOSE, IN_CLOSE),
		CONST_ROW(JS_IN_MOVE, IN_MOVE),
		CONST_ROW(JS_IN_ONLYDIR, IN_ONLYDIR),
		CONST_ROW(JS_IN_DONT_FOLLOW, IN_DONT_FOLLOW),
		CONST_ROW(JS_IN_EXCL_UNLINK, IN_EXCL_UNLINK),
		CONST_ROW(JS_IN_MASK_CREATE, IN_MASK_CREATE),
		CONST_ROW(JS_IN_MASK_ADD, IN_MASK_ADD),
		CONST_ROW(JS_IN_ISDIR, IN_ISDIR),
		CONST_ROW(JS_IN_ONESHOT, IN_ONESHOT),
		CONST_ROW(JS_IN_ALL_EVENTS, IN_ALL_EVENTS),
		CONST_ROW(JS_IN_CLOEXEC, IN_CLOEXEC),
		CONST_ROW(JS_IN_NONBLOCK, IN_NONBLOCK),
		CONST_ROW(JS_TFD_TIMER_ABSTIME, TFD_TIMER_ABSTIME),
		CONST_ROW(JS_TFD_TIMER_CANCEL_ON_SET, TFD_TIMER_CANCEL_ON_SET),
		CONST_ROW(JS_TFD_CLOEXEC, TFD_CLOEXEC),
		CONST_ROW(JS_TFD_NONBLOCK, TFD_NONBLOCK),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void fcntl_constants_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_F_DUPFD, F_DUPFD),
		CONST_ROW(JS_F_GETFD, F_GETFD),
		CONST_ROW(JS_F_SETFD, F_SETFD),
		CONST_ROW(JS_F_GETFL, F_GETFL),
		CONST_ROW(JS_F_SETFL, F_SETFL),
		CONST_ROW(JS_F_GETLK, F_GETLK),
		CONST_ROW(JS_F_SETLK, F_SETLK),
		CONST_ROW(JS_F_SETLKW, F_SETLKW),
		CONST_ROW(JS_F_SETOWN, F_SETOWN),
		CONST_ROW(JS_F_GETOWN, F_GETOWN),
		CONST_ROW(JS_F_SETSIG, F_SETSIG),
		CONST_ROW(JS_F_GETSIG, F_GETSIG),
		CONST_ROW(JS_F_SETOWN_EX, F_SETOWN_EX),
		CONST_ROW(JS_F_GETOWN_EX, F_GETOWN_EX),
		CONST_ROW(JS_F_GETOWNER_UIDS, F_GETOWNER_UIDS),
		CONST_ROW(JS_F_OFD_GETLK, F_OFD_GETLK),
		CONST_ROW(JS_F_OFD_SETLK, F_OFD_SETLK),
		CONST_ROW(JS_F_OFD_SETLKW, F_OFD_SETLKW),
		CONST_ROW(JS_F_SETLEASE, F_SETLEASE),
		CONST_ROW(JS_F_GETLEASE, F_GETLEASE),
		CONST_ROW(JS_F_NOTIFY, F_NOTIFY),
		CONST_ROW(JS_F_CANCELLK, F_CANCELLK),
		CONST_ROW(JS_F_DUPFD_CLOEXEC, F_DUPFD_CLOEXEC),
		CONST_ROW(JS_F_SETPIPE_SZ, F_SETPIPE_SZ),
		CONST_ROW(JS_F_GETPIPE_SZ, F_GETPIPE_SZ),
		CONST_ROW(JS_F_ADD_SEALS, F_ADD_SEALS),
		CONST_ROW(JS_F_GET_SEALS, F_GET_SEALS),
		CONST_ROW(JS_F_GET_RW_HINT, F_GET_RW_HINT),
		CONST_ROW(JS_F_SET_RW_HINT, F_SET_RW_HINT),
		CONST_ROW(JS_F_GET_FILE_RW_HINT, F_GET_FILE_RW_HINT),
		CONST_ROW(JS_F_SET_FILE_RW_HINT, F_SET_FILE_RW_HINT),
		CONST_ROW(JS_FD_CLOEXEC, FD_CLOEXEC),
		CONST_ROW(JS_F_RDLCK, F_RDLCK),
		CONST_ROW(JS_F_WRLCK, F_WRLCK),
		CONST_ROW(JS_F_UNLCK, F_UNLCK),
		CONST_ROW(JS_F_OWNER_TID, F_OWNER_TID),
		CONST_ROW(JS_F_OWNER_PID, F_OWNER_PID),
		CONST_ROW(JS_F_OWNER_PGRP, F_OWNER_PGRP),
		CONST_ROW(JS_F_SEAL_SEAL, F_SEAL_SEAL),
		CONST_ROW(JS_F_SEAL_SHRINK, F_SEAL_SHRINK),
		CONST_ROW(JS_F_SEAL_GROW, F_SEAL_GROW),
		CONST_ROW(JS_F_SEAL_WRITE, F_SEAL_WRITE),
		CONST_ROW(JS_F_SEAL_FUTURE_WRITE, F_SEAL_FUTURE_WRITE),
		CONST_ROW(JS_DN_ACCESS, DN_ACCESS),
		CONST_ROW(JS_DN_MODIFY, DN_MODIFY),
		CONST_ROW(JS_DN_CREATE, DN_CREATE),
		CONST_ROW(JS_DN_DELETE, DN_DELETE),
		CONST_ROW(JS_DN_RENAME, DN_RENAME),
		CONST_ROW(JS_DN_ATTRIB, DN_ATTRIB),
		CONST_ROW(JS_DN_MULTISHOT, DN_MULTISHOT),
		CONST_ROW(JS_EPOLL_CLOEXEC, O_CLOEXEC),
		CONST_ROW(JS_EFD_CLOEXEC, O_CLOEXEC),
		CONST_ROW(JS_EFD_NONBLOCK, O_NONBLOCK),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs_match_kernel),
		cmocka_unit_test(epoll_poll_constants_match_kernel),
		cmocka_unit_test(inotify_timerfd_constants_match_kernel),
		cmocka_unit_test(fcntl_constants_match_kernel),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
