/* aarch64's seccomp identity (linux/audit.h; the values themselves are in
 * sandbox.h, written once for every architecture). */
#ifndef LIBJS_ARCH_AARCH64_SANDBOX_H
#define LIBJS_ARCH_AARCH64_SANDBOX_H

/* What seccomp_data.arch holds for a native call of this build. */
#define JS_AUDIT_ARCH JS_AUDIT_ARCH_AARCH64

#endif
