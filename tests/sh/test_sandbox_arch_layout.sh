#!/bin/sh
# sandbox.h (seccomp, classic BPF, audit, Landlock, capabilities) proven at
# compile time with each architecture's own compiler against its own
# kernel UAPI headers (linux-libc-dev, linux-libc-dev-arm64-cross,
# linux-libc-dev-riscv64-cross): the rows of tests/host/sandbox_kernel_rows.h
# as _Static_asserts, plus the build's own JS_AUDIT_ARCH.  An architecture
# whose compiler is not installed is reported as not checked.
#   tests/sh/test_sandbox_arch_layout.sh BUILD_DIR TOP
top=${2:-.}
cd "$top" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for arch in x86_64 aarch64 riscv64; do
	case $arch in
	"$(uname -m)") cc=${HOSTCC:-gcc} ;;
	*) cc=$arch-linux-gnu-gcc ;;
	esac
	case $arch in
	x86_64) own='SAME(JS_AUDIT_ARCH, AUDIT_ARCH_X86_64);
SAME(JS_X32_SYSCALL_BIT, __X32_SYSCALL_BIT);' ;;
	aarch64) own='SAME(JS_AUDIT_ARCH, AUDIT_ARCH_AARCH64);' ;;
	riscv64) own='SAME(JS_AUDIT_ARCH, AUDIT_ARCH_RISCV64);' ;;
	esac
	if ! command -v "$cc" >/dev/null 2>&1; then
		echo "not checked: $arch ($cc is not installed)"
		continue
	fi
	cat > "$tmp/$arch.c" <<EOC
#include <stddef.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/landlock.h>
#include <linux/capability.h>
#include <linux/prctl.h>
#include <asm/unistd.h>
#include <sys/ioctl.h>
#include "include/libjs/sandbox.h"
#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b)
#define SB_SIZE(js, k) SAME(sizeof(struct js), sizeof(struct k)); \
	SAME(_Alignof(struct js), _Alignof(struct k));
#define SB_FIELD(js, k, m) SAME(offsetof(struct js, m), offsetof(struct k, m)); \
	SAME(sizeof(((struct js *)0)->m), sizeof(((struct k *)0)->m));
#define SB_CONST(a, b) SAME(a, b);
#include "tests/host/sandbox_kernel_rows.h"
$own
SAME(sizeof(struct js_landlock_ruleset_attr), 24);
SAME(sizeof(struct js_landlock_net_port_attr), 16);
EOC
	if "$cc" -std=gnu11 -fsyntax-only -I. "$tmp/$arch.c" 2> "$tmp/$arch.err"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $arch sandbox layouts"
		head -n 20 "$tmp/$arch.err"
	fi
done
echo "$pass passed, $fail failed"
