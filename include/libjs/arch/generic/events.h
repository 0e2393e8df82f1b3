/* Event layouts of the architectures that follow the generic ABI
 * (aarch64, riscv64): struct epoll_event is not packed there. */
#ifndef LIBJS_ARCH_GENERIC_EVENTS_H
#define LIBJS_ARCH_GENERIC_EVENTS_H

#include <stdint.h>

/* epoll_ctl(2)'s user data (glibc's epoll_data). */
typedef union js_epoll_data {
	void *ptr;
	int fd;
	uint32_t u32;
	uint64_t u64;
} js_epoll_data_t;

/* struct epoll_event, include/uapi/linux/eventpoll.h without EPOLL_PACKED:
 * 16 bytes, data at offset 8. */
struct js_epoll_event {
	uint32_t events;
	js_epoll_data_t data;
};

#endif
