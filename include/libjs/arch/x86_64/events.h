/* x86_64 event layouts that differ between architectures. */
#ifndef LIBJS_ARCH_X86_64_EVENTS_H
#define LIBJS_ARCH_X86_64_EVENTS_H

#include <stdint.h>

/* epoll_ctl(2)'s user data: the kernel stores and returns 64 bits, which
 * the caller reads as whichever member it wrote (glibc's epoll_data). */
typedef union js_epoll_data {
	void *ptr;
	int fd;
	uint32_t u32;
	uint64_t u64;
} js_epoll_data_t;

/* struct epoll_event, include/uapi/linux/eventpoll.h: packed on x86_64
 * (EPOLL_PACKED), so 12 bytes with data at offset 4, the layout of the
 * i386 ABI the call was first written for.  Other architectures leave it
 * unpacked (16 bytes). */
struct js_epoll_event {
	uint32_t events;
	js_epoll_data_t data;
} __attribute__((packed));

#endif
