#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this under qemu-user, with JS_RUN set)
# Which system call each legacy wrapper really issues, as strace (on the
# host) or qemu-user's -strace (JS_RUN=qemu-<arch>) sees it while the
# freestanding legacy test runs: the legacy call itself wherever the
# architecture's table has it (x86_64: open, stat, dup2, ... unchanged),
# otherwise its *at/2/3 replacement.  A call qemu does not know shows up
# as "Unknown syscall" and fails the test.
#   tests/sh/test_legacy_calls.sh BUILD_DIR TOP
B=$1 top=${2:-.}
pass=0 fail=0
if [ -n "${JS_RUN:-}" ]; then
	arch=${JS_RUN#qemu-}
	trace() { $JS_RUN -strace "$@" 2>&1 >/dev/null; }
else
	arch=$(uname -m)
	if ! command -v strace >/dev/null; then
		echo "FAIL: strace is missing (tools/need-tools.sh installs it)"
		echo "0 passed, 1 failed"; exit 1
	fi
	trace() { strace -qq -o /dev/stderr "$@" 2>&1 >/dev/null; }
fi
nr=$top/include/libjs/arch/$arch/nr.h
prog=$B/tests/free/test_fs_legacy
log=$(pwd)/trace.log
trace "$prog" > "$log"
# The names the program asked for, one per line.
sed -n 's/^\([0-9]* \)\{0,1\}\([a-z0-9_]*\)(.*/\2/p' "$log" | sort -u > names
[ -s names ] || { echo "FAIL: no trace output"; echo "0 passed, 1 failed"; exit 1; }
for pair in open:openat stat:newfstatat lstat:newfstatat access:faccessat \
	mkdir:mkdirat rmdir:unlinkat unlink:unlinkat link:linkat \
	symlink:symlinkat readlink:readlinkat rename:renameat/renameat2 \
	chmod:fchmodat chown:fchownat lchown:fchownat utime:utimensat \
	utimes:utimensat pipe:pipe2 dup2:dup3/fcntl; do
	legacy=${pair%%:*} modern=${pair#*:}
	if grep -q "^#define JS_NR_$legacy " "$nr"; then
		want=$legacy
	elif [ "$legacy" = rename ] && ! grep -q "^#define JS_NR_renameat " "$nr"; then
		want=renameat2
	elif [ "$legacy" = rename ]; then
		want=renameat
	else
		want=$modern
	fi
	ok=1
	for w in $(echo "$want" | tr / ' '); do
		grep -qx "$w" names || ok=0
	done
	if [ $ok = 1 ]; then
		pass=$((pass + 1)); echo "$arch: js_$legacy issues $want"
	else
		fail=$((fail + 1)); echo "FAIL $arch: js_$legacy should issue $want"
	fi
done
if grep -qi 'unknown syscall' "$log"; then
	fail=$((fail + 1)); echo "FAIL $arch: a call the emulator does not know:"
	grep -i 'unknown syscall' "$log" | sort -u | head
else
	pass=$((pass + 1))
fi
echo "$pass passed, $fail failed"
