#!/bin/sh
# The constants examples/init and its test launcher (tests/sh/init_ns.c)
# give the kernel, against each architecture's own UAPI headers
# (linux-libc-dev and the arm64/riscv64 cross packages), compiled with
# that architecture's compiler:
#   asm/ioctls.h    TIOCSCTTY, TIOCGPTN, TIOCSPTLCK (include/libjs/proc.h,
#                   "Terminal ioctls": the asm-generic numbers, which
#                   x86_64 shares)
#   linux/reboot.h  LINUX_REBOOT_MAGIC*, LINUX_REBOOT_CMD_*
#   linux/prctl.h   PR_SET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER,
#                   PR_SET_PDEATHSIG
# One pass or failure per architecture.
#   tests/sh/test_init_arch_consts.sh BUILD_DIR TOP
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
consts() { for n in "$@"; do echo "SAME((long long)(JS_$n), (long long)($n));"; done; }

for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	if ! command -v "$cc" > /dev/null; then
		echo "FAIL $arch: no compiler $cc (tools/need-tools.sh installs it)"
		fail=$((fail + 1)); continue
	fi
	f=$tmp/$arch.c
	{
		echo '#include <asm/ioctls.h>'
		echo '#include <linux/reboot.h>'
		echo '#include <linux/prctl.h>'
		echo '#include <libjs/libjs.h>'
		echo '#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b)'
		consts TIOCSCTTY TIOCGPTN TIOCSPTLCK
		consts LINUX_REBOOT_MAGIC1 LINUX_REBOOT_MAGIC2 LINUX_REBOOT_MAGIC2A \
			LINUX_REBOOT_MAGIC2B LINUX_REBOOT_MAGIC2C
		consts LINUX_REBOOT_CMD_RESTART LINUX_REBOOT_CMD_HALT LINUX_REBOOT_CMD_CAD_ON \
			LINUX_REBOOT_CMD_CAD_OFF LINUX_REBOOT_CMD_POWER_OFF LINUX_REBOOT_CMD_RESTART2 \
			LINUX_REBOOT_CMD_SW_SUSPEND LINUX_REBOOT_CMD_KEXEC
		consts PR_SET_CHILD_SUBREAPER PR_GET_CHILD_SUBREAPER PR_SET_PDEATHSIG
	} > "$f"
	if $cc -std=gnu11 -fsyntax-only -Wall -Werror -Iinclude "$f" 2> "$f.err"; then
		pass=$((pass + 1))
		echo "$arch: $(grep -c '^SAME' "$f") constant checks hold"
	else
		fail=$((fail + 1))
		echo "FAIL $arch:"; grep 'error' "$f.err" | head -20
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
