#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this under qemu-user, with JS_RUN set)
# Which system call js_mknod, js_creat and js_futimesat really issue, as
# strace (on the host) or qemu-user's -strace (JS_RUN=qemu-<arch>) sees
# them while tests/free/test_fs_more runs: x86_64's own mknod, creat and
# futimesat; on aarch64 and riscv64, whose tables lack them, mknodat,
# openat and utimensat with the same arguments (docs/files.md).
#   tests/sh/test_fs_more_legacy_calls.sh BUILD_DIR TOP
B=$1
case $B in /*) ;; *) B=$(pwd)/$B ;; esac
pass=0 fail=0
work=$(mktemp -d /tmp/libjs-legacy.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ -n "${JS_RUN:-}" ]; then
	arch=${JS_RUN#qemu-}
	(cd "$work" && $JS_RUN -strace "$B/tests/free/test_fs_more" 2> log >/dev/null)
	set -- \
	  'mknodat(AT_FDCWD,"fifo",S_IFIFO|0600)' \
	  'openat(AT_FDCWD,"g",O_WRONLY|O_CREAT|O_TRUNC,0640)' \
	  'utimensat([0-9]*,"f",0x[0-9a-f]*,0)'
	absent='^[0-9]* \(mknod\|creat\|futimesat\)('
else
	arch=$(uname -m)
	(cd "$work" && strace -qq -o log "$B/tests/free/test_fs_more" >/dev/null)
	set -- \
	  'mknod("fifo", S_IFIFO|0600)' \
	  'creat("g", 0640)' \
	  'futimesat([0-9]*, "f", \[{tv_sec=1000000000, tv_usec=250000}'
	absent='^\(mknodat(AT_FDCWD, "fifo"\|openat(AT_FDCWD, "g"\)'
fi
for want in "$@"; do
	# $want is a basic regular expression: ( ) | { } are literal.
	if grep -q "^[0-9 ]*$want" "$work/log"; then
		pass=$((pass + 1)); echo "$arch: issues $want"
	else
		fail=$((fail + 1)); echo "FAIL $arch: no $want"
	fi
done
if grep -q "$absent" "$work/log"; then
	fail=$((fail + 1)); echo "FAIL $arch: the other form was issued:"
	grep "$absent" "$work/log" | head -3
else
	pass=$((pass + 1))
fi
echo "$pass passed, $fail failed"
