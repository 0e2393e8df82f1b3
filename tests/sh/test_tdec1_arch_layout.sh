#!/bin/sh
# The constants and the struct the trace's fs decoders added to fs.h (its
# tdec1 block: statfs magic numbers, ioctl requests and request fields,
# struct winsize) proven at compile time with each architecture's own
# compiler: against its kernel UAPI headers (tests/sh/tdec1_layout_kernel.c)
# and against its glibc (tdec1_layout_glibc.c).  An architecture whose
# compiler is not installed is reported as not checked.
#   tests/sh/test_tdec1_arch_layout.sh BUILD_DIR TOP
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
	for side in kernel glibc; do
		if "$cc" -std=gnu11 -fsyntax-only -Iinclude \
		    tests/sh/tdec1_layout_$side.c 2> "$tmp/$arch.$side.err"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL: $arch trace fs constants against $side"
			head -n 20 "$tmp/$arch.$side.err"
		fi
	done
done
echo "$pass passed, $fail failed"
