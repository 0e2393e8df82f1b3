/* System calls newer than the kernel headers the JS_NR_* tables were
 * generated from (Linux 6.1), up to Linux 6.18.  Since Linux 5.1
 * (io_uring), new calls get one number on every architecture
 * (scripts/syscall.tbl), so these are architecture-independent.
 * Numbers from the kernel's scripts/syscall.tbl and
 * include/uapi/asm-generic/unistd.h; the release that added each is
 * given.  JS_NR_NEW_LIST lets the trace's name table take them from here. */
#ifndef LIBJS_NR_NEW_H
#define LIBJS_NR_NEW_H

#ifndef JS_NR_cachestat
#define JS_NR_cachestat 451          /* 6.5 */
#endif
#ifndef JS_NR_fchmodat2
#define JS_NR_fchmodat2 452          /* 6.6 */
#endif
#ifndef JS_NR_map_shadow_stack
#define JS_NR_map_shadow_stack 453   /* 6.6 */
#endif
#ifndef JS_NR_futex_wake
#define JS_NR_futex_wake 454         /* 6.7 */
#endif
#ifndef JS_NR_futex_wait
#define JS_NR_futex_wait 455         /* 6.7 */
#endif
#ifndef JS_NR_futex_requeue
#define JS_NR_futex_requeue 456      /* 6.7 */
#endif
#ifndef JS_NR_statmount
#define JS_NR_statmount 457          /* 6.8 */
#endif
#ifndef JS_NR_listmount
#define JS_NR_listmount 458          /* 6.8 */
#endif
#ifndef JS_NR_lsm_get_self_attr
#define JS_NR_lsm_get_self_attr 459  /* 6.8 */
#endif
#ifndef JS_NR_lsm_set_self_attr
#define JS_NR_lsm_set_self_attr 460  /* 6.8 */
#endif
#ifndef JS_NR_lsm_list_modules
#define JS_NR_lsm_list_modules 461   /* 6.8 */
#endif
#ifndef JS_NR_mseal
#define JS_NR_mseal 462              /* 6.10 */
#endif
#ifndef JS_NR_setxattrat
#define JS_NR_setxattrat 463         /* 6.13 */
#endif
#ifndef JS_NR_getxattrat
#define JS_NR_getxattrat 464         /* 6.13 */
#endif
#ifndef JS_NR_listxattrat
#define JS_NR_listxattrat 465        /* 6.13 */
#endif
#ifndef JS_NR_removexattrat
#define JS_NR_removexattrat 466      /* 6.13 */
#endif
#ifndef JS_NR_open_tree_attr
#define JS_NR_open_tree_attr 467     /* 6.15 */
#endif
#ifndef JS_NR_file_getattr
#define JS_NR_file_getattr 468       /* 6.17 */
#endif
#ifndef JS_NR_file_setattr
#define JS_NR_file_setattr 469       /* 6.17 */
#endif

/* X(name) for each call above, in number order. */
#define JS_NR_NEW_LIST(X)                                                      \
	X(cachestat) X(fchmodat2) X(map_shadow_stack) X(futex_wake)            \
	X(futex_wait) X(futex_requeue) X(statmount) X(listmount)               \
	X(lsm_get_self_attr) X(lsm_set_self_attr) X(lsm_list_modules)          \
	X(mseal) X(setxattrat) X(getxattrat) X(listxattrat)                    \
	X(removexattrat) X(open_tree_attr) X(file_getattr) X(file_setattr)

#endif
