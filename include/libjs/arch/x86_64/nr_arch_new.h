/* System calls newer than the Linux 6.1 table (nr.h) that only x86_64
 * has, which tools/coverage.sh and the trace's name table add to it: none
 * yet.  (uretprobe, 335, and uprobe, 336, Linux 6.11 and 6.16, are entered
 * only from the trampolines the kernel itself maps for uprobes, so libjs
 * neither numbers nor wraps them.) */
#ifndef LIBJS_ARCH_X86_64_NR_ARCH_NEW_H
#define LIBJS_ARCH_X86_64_NR_ARCH_NEW_H
#define JS_X86_64_NR_NEW_LIST(X)
#endif
