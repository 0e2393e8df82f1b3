/* Event structs and constants against glibc's headers: code written for
 * libc compiles and means the same with the js_ names. */
#include <fcntl.h>
#include <poll.h>
#include <time.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/timerfd.h>
#include "layout.h"
#include <libjs/events.h>

#define OFFSET_ROW(js, jm, k, km) \
	{ #js "." #jm, (long)offsetof(struct js, jm), (long)offsetof(struct k, km) }

static void structs_match_glibc(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_epoll_event, epoll_event),
		LAYOUT_ALIGN(js_epoll_event, epoll_event),
		LAYOUT_FIELD(js_epoll_event, epoll_event, events),
		LAYOUT_FIELD(js_epoll_event, epoll_event, data),
		LAYOUT_FIELD(js_epoll_event, epoll_event, data.ptr),
		LAYOUT_FIELD(js_epoll_event, epoll_event, data.fd),
		LAYOUT_FIELD(js_epoll_event, epoll_event, data.u32),
		LAYOUT_FIELD(js_epoll_event, epoll_event, data.u64),
		{ "sizeof js_epoll_data_t", (long)sizeof(js_epoll_data_t),
		  (long)sizeof(epoll_data_t) },

		LAYOUT_SIZE(js_inotify_event, inotify_event),
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
		LAYOUT_FIELD(js_flock, flock, l_type),
		LAYOUT_FIELD(js_flock, flock, l_whence),
		LAYOUT_FIELD(js_flock, flock, l_start),
		LAYOUT_FIELD(js_flock, flock, l_len),
		LAYOUT_FIELD(js_flock, flock, l_pid),

		LAYOUT_SIZE(js_f_owner_ex, f_owner_ex),
		LAYOUT_FIELD(js_f_owner_ex, f_owner_ex, type),
		LAYOUT_FIELD(js_f_owner_ex, f_owner_ex, pid),

		LAYOUT_SIZE(js_itimerspec, itimerspec),
		LAYOUT_FIELD(js_itimerspec, itimerspec, it_interval),
		LAYOUT_FIELD(js_itimerspec, itimerspec, it_value),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants_match_glibc(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_EPOLL_CLOEXEC, EPOLL_CLOEXEC),
		CONST_ROW(JS_EPOLL_CTL_ADD, EPOLL_CTL_ADD),
		CONST_ROW(JS_EPOLL_CTL_DEL, EPOLL_CTL_DEL),
		CONST_ROW(JS_EPOLL_CTL_MOD, EPOLL_CTL_MOD),
		CONST_ROW(JS_EPOLLIN, EPOLLIN),
		CONST_ROW(JS_EPOLLOUT, EPOLLOUT),
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
		CONST_ROW(JS_IN_ALL_EVENTS, IN_ALL_EVENTS),
		CONST_ROW(JS_IN_MOVED_FROM, IN_MOVED_FROM),
		CONST_ROW(JS_IN_MOVED_TO, IN_MOVED_TO),
		CONST_ROW(JS_IN_MASK_CREATE, IN_MASK_CREATE),
		CONST_ROW(JS_IN_CLOEXEC, IN_CLOEXEC),
		CONST_ROW(JS_IN_NONBLOCK, IN_NONBLOCK),
		CONST_ROW(JS_EFD_SEMAPHORE, EFD_SEMAPHORE),
		CONST_ROW(JS_EFD_CLOEXEC, EFD_CLOEXEC),
		CONST_ROW(JS_EFD_NONBLOCK, EFD_NONBLOCK),
		CONST_ROW(JS_TFD_TIMER_ABSTIME, TFD_TIMER_ABSTIME),
		CONST_ROW(JS_TFD_TIMER_CANCEL_ON_SET, TFD_TIMER_CANCEL_ON_SET),
		CONST_ROW(JS_TFD_CLOEXEC, TFD_CLOEXEC),
		CONST_ROW(JS_TFD_NONBLOCK, TFD_NONBLOCK),
		CONST_ROW(JS_F_DUPFD, F_DUPFD),
		CONST_ROW(JS_F_DUPFD_CLOEXEC, F_DUPFD_CLOEXEC),
		CONST_ROW(JS_F_GETFD, F_GETFD),
		CONST_ROW(JS_F_SETFD, F_SETFD),
		CONST_ROW(JS_F_GETFL, F_GETFL),
		CONST_ROW(JS_F_SETFL, F_SETFL),
		/* glibc's F_GETLK is F_GETLK64 on 64-bit: the same number. */
		CONST_ROW(JS_F_GETLK, F_GETLK),
		CONST_ROW(JS_F_SETLK, F_SETLK),
		CONST_ROW(JS_F_SETLKW, F_SETLKW),
		CONST_ROW(JS_F_OFD_GETLK, F_OFD_GETLK),
		CONST_ROW(JS_F_OFD_SETLK, F_OFD_SETLK),
		CONST_ROW(JS_F_OFD_SETLKW, F_OFD_SETLKW),
		CONST_ROW(JS_F_SETPIPE_SZ, F_SETPIPE_SZ),
		CONST_ROW(JS_F_GETPIPE_SZ, F_GETPIPE_SZ),
		CONST_ROW(JS_F_ADD_SEALS, F_ADD_SEALS),
		CONST_ROW(JS_F_GET_SEALS, F_GET_SEALS),
		CONST_ROW(JS_F_SETOWN_EX, F_SETOWN_EX),
		CONST_ROW(JS_F_GETOWN_EX, F_GETOWN_EX),
		CONST_ROW(JS_FD_CLOEXEC, FD_CLOEXEC),
		CONST_ROW(JS_F_RDLCK, F_RDLCK),
		CONST_ROW(JS_F_WRLCK, F_WRLCK),
		CONST_ROW(JS_F_UNLCK, F_UNLCK),
		CONST_ROW(JS_DN_MULTISHOT, DN_MULTISHOT),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs_match_glibc),
		cmocka_unit_test(constants_match_glibc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
