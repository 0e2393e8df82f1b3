/* x86_64 event layouts that differ between architectures. */
#ifndef LIBJS_ARCH_X86_64_EVENTS_H
#define LIBJS_ARCH_X86_64_EVENTS_H

/* struct epoll_event is packed on x86_64 (EPOLL_PACKED in
 * include/uapi/linux/eventpoll.h): 12 bytes with data at offset 4, the
 * layout of the i386 ABI the call was first written for. */
#define JS_EPOLL_PACKED __attribute__((packed))

#endif
