#!/bin/sh
# The time, timer and scheduling layouts and constants (issue 14:
# js_itimerval, js_tms, js_timex, js_sigevent, js_fd_set, js_sched_param,
# js_sched_attr, JS_ITIMER_/ADJ_/STA_/TIME_/SIGEV_/PRIO_/SCHED_/IOPRIO_/PER_)
# proven at compile time with each architecture's own compiler against its
# own kernel UAPI headers (tests/sh/timesched_layout.c).  An architecture
# whose compiler is not installed is reported as not checked.
#   tests/sh/test_timesched_arch_layout.sh BUILD_DIR TOP
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
	if "$cc" -std=gnu11 -fsyntax-only -I. tests/sh/timesched_layout.c 2> "$tmp/$arch.err"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $arch time and scheduling layouts"
		head -n 20 "$tmp/$arch.err"
	fi
done
echo "$pass passed, $fail failed"
