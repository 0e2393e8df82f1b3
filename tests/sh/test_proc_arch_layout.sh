#!/bin/sh
# The signal layouts that differ per architecture (include/libjs/arch/
# <arch>/signal.h: struct js_sigaction, SA_RESTORER, MINSIGSTKSZ,
# SIGSTKSZ) and the generic ones next to them (js_sigset_t, js_siginfo_t),
# proven at compile time with each architecture's own compiler against its
# own kernel UAPI headers (linux-libc-dev, linux-libc-dev-arm64-cross,
# linux-libc-dev-riscv64-cross).  signal.h is included, and through it
# the target compiler picks the arch header;
# it needs nothing else of the port.  An architecture whose compiler
# is not installed is reported as not checked (neither passed nor failed).
#   tests/sh/test_proc_arch_layout.sh BUILD_DIR TOP
top=${2:-.}
cd "$top" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc_for() {
	case $1 in
	"$(uname -m)") echo "${HOSTCC:-gcc}" ;;
	*) echo "$1-linux-gnu-gcc" ;;
	esac
}

for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	if ! command -v "$cc" >/dev/null 2>&1; then
		echo "not checked: $arch ($cc is not installed)"
		continue
	fi
	cat > "$tmp/$arch.c" <<EOC
#include <asm/signal.h>
#include <asm/siginfo.h>
#define K(m) __builtin_offsetof(siginfo_t, m)
enum {
	k_pid = K(si_pid), k_uid = K(si_uid), k_tid = K(si_tid),
	k_overrun = K(si_overrun), k_status = K(si_status), k_utime = K(si_utime),
	k_stime = K(si_stime), k_value = K(si_value), k_addr = K(si_addr),
	k_addr_lsb = K(si_addr_lsb), k_lower = K(si_lower), k_pkey = K(si_pkey),
	k_band = K(si_band), k_fd = K(si_fd), k_call_addr = K(si_call_addr),
	k_syscall = K(si_syscall), k_arch = K(si_arch),
	k_handler = __builtin_offsetof(struct sigaction, sa_handler),
};
#undef si_pid
#undef si_uid
#undef si_tid
#undef si_overrun
#undef si_status
#undef si_utime
#undef si_stime
#undef si_value
#undef si_addr
#undef si_addr_lsb
#undef si_lower
#undef si_pkey
#undef si_band
#undef si_fd
#undef si_call_addr
#undef si_syscall
#undef si_arch
#undef sa_handler
#include "include/libjs/signal.h"
#define J(m) __builtin_offsetof(js_siginfo_t, m)
#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b)
SAME(sizeof(js_siginfo_t), sizeof(siginfo_t));
SAME(sizeof(js_siginfo_t), 128);
SAME(J(si_signo), K(si_signo)); SAME(J(si_errno), K(si_errno));
SAME(J(si_code), K(si_code));
SAME(J(si_pid), k_pid); SAME(J(si_uid), k_uid); SAME(J(si_timerid), k_tid);
SAME(J(si_overrun), k_overrun); SAME(J(si_status), k_status);
SAME(J(si_utime), k_utime); SAME(J(si_stime), k_stime);
SAME(J(si_value), k_value); SAME(J(si_addr), k_addr);
SAME(J(si_addr_lsb), k_addr_lsb); SAME(J(si_lower), k_lower);
SAME(J(si_pkey), k_pkey); SAME(J(si_band), k_band); SAME(J(si_fd), k_fd);
SAME(J(si_call_addr), k_call_addr); SAME(J(si_syscall), k_syscall);
SAME(J(si_arch), k_arch);
SAME(J(_sifields._kill.si_pid), k_pid);
SAME(J(_sifields._sigchld.si_status), k_status);
SAME(sizeof(struct js_sigaction), sizeof(struct sigaction));
SAME(_Alignof(struct js_sigaction), _Alignof(struct sigaction));
SAME(__builtin_offsetof(struct js_sigaction, sa_handler), k_handler);
SAME(__builtin_offsetof(struct js_sigaction, sa_sigaction), k_handler);
SAME(__builtin_offsetof(struct js_sigaction, __sigaction_handler), k_handler);
SAME(__builtin_offsetof(struct js_sigaction, sa_flags), __builtin_offsetof(struct sigaction, sa_flags));
SAME(__builtin_offsetof(struct js_sigaction, sa_mask), __builtin_offsetof(struct sigaction, sa_mask));
SAME(sizeof(js_sigset_t), sizeof(sigset_t));
#ifdef SA_RESTORER
SAME(JS_SA_RESTORER, SA_RESTORER);
SAME(__builtin_offsetof(struct js_sigaction, sa_restorer), __builtin_offsetof(struct sigaction, sa_restorer));
#elif defined(JS_SA_RESTORER)
#error "JS_SA_RESTORER defined where the kernel has no SA_RESTORER"
#endif
SAME(JS_MINSIGSTKSZ, MINSIGSTKSZ);
SAME(JS_SIGSTKSZ, SIGSTKSZ);
SAME(sizeof(stack_t), 24);
EOC
	if "$cc" -std=gnu11 -fsyntax-only -I. "$tmp/$arch.c" 2> "$tmp/$arch.err"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $arch signal layouts"
		head -n 20 "$tmp/$arch.err"
	fi
done
echo "$pass passed, $fail failed"
