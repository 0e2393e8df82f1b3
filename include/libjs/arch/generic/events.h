/* Event layouts of the architectures that follow the generic ABI
 * (aarch64, riscv64). */
#ifndef LIBJS_ARCH_GENERIC_EVENTS_H
#define LIBJS_ARCH_GENERIC_EVENTS_H

/* struct epoll_event is not packed here (no EPOLL_PACKED in
 * include/uapi/linux/eventpoll.h): 16 bytes, data at offset 8. */
#define JS_EPOLL_PACKED

#endif
