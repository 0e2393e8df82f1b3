#!/bin/sh
# The issue-14 file and mount layouts and constants (fs.h's statfs,
# open_how, file_handle, dqblk/dqinfo, cachestat, xattr_args, file_attr;
# events.h's fanotify records; mount.h's mount_attr, mnt_id_req,
# statmount) proven at compile time with each architecture's own
# compiler: against its kernel UAPI headers (tests/sh/
# fs_more_layout_kernel.c) and against its glibc (fs_more_layout_glibc.c).
# An architecture whose compiler is not installed is reported as not
# checked (neither passed nor failed).
#   tests/sh/test_fs_more_arch_layout.sh BUILD_DIR TOP
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
		    tests/sh/fs_more_layout_$side.c 2> "$tmp/$arch.$side.err"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL: $arch file/mount layouts against $side"
			head -n 20 "$tmp/$arch.$side.err"
		fi
	done
done
echo "$pass passed, $fail failed"
