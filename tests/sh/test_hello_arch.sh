#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this under qemu-user, with JS_RUN set)
# The hello example on this build's architecture, natively or under
# qemu-user: prints exactly "hello, world\n", exits 0, and asks the kernel
# for nothing but write and exit_group (strace natively, qemu's -strace
# under emulation).
#   tests/sh/test_hello_arch.sh BUILD_DIR TOP
B=$1
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

${JS_RUN:-} "$B/examples/hello" > out; rc=$?
[ "$rc" = 0 ] && ok || ko "hello exits $rc"
printf 'hello, world\n' | cmp -s - out && ok || ko "hello prints: $(cat out)"
if [ -n "${JS_RUN:-}" ]; then
	$JS_RUN -strace "$B/examples/hello" 2> trace > /dev/null
	calls=$(sed -n 's/^[0-9]* \([a-z_0-9]*\)(.*/\1/p' trace | tr '\n' ' ')
	want="write exit_group "
elif command -v strace > /dev/null; then
	strace -qq -o trace "$B/examples/hello" > /dev/null
	calls=$(sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' trace | tr '\n' ' ')
	want="execve write exit_group "
else
	calls="(strace missing: tools/need-tools.sh installs it)" want=
fi
[ "$calls" = "$want" ] && ok || ko "hello's calls: $calls (want $want)"
echo "$pass passed, $fail failed"
