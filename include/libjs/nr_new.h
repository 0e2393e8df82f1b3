/* System calls newer than the kernel headers the JS_NR_* tables were
 * generated from (Linux 6.1).  Since Linux 5.1 (io_uring), new calls get
 * one number on every architecture (scripts/syscall.tbl), so these are
 * architecture-independent. */
#ifndef LIBJS_NR_NEW_H
#define LIBJS_NR_NEW_H

#ifndef JS_NR_fchmodat2
#define JS_NR_fchmodat2 452
#endif

#endif
