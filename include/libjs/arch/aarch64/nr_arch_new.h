/* System calls newer than the Linux 6.1 table (nr.h) that only aarch64
 * has, which tools/coverage.sh and the trace's name table add to it:
 * none (every call since 6.1 has the common number of nr_new.h). */
#ifndef LIBJS_ARCH_AARCH64_NR_ARCH_NEW_H
#define LIBJS_ARCH_AARCH64_NR_ARCH_NEW_H
#define JS_AARCH64_NR_NEW_LIST(X)
#endif
