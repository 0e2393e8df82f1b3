#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this under qemu-user, with JS_RUN set)
# A smoke run of every initramfs tool of examples/ on this build's
# architecture, natively or under qemu-user: true, false, env (and env
# running a host program), cat, ls -l against coreutils (the stat layout
# of the architecture), mknod of a FIFO, mount's listing against
# util-linux's, a tmpfs mounted and unmounted in a private mount namespace
# (root), umount's and switch-root's refusals.
#   tests/sh/test_examples_arch.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1
case $B in /*) ;; *) B=$PWD/$B ;; esac
E=$B/examples
R=${JS_RUN:-}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }

$R "$E/true"; check "true exits 0" [ $? = 0 ]
$R "$E/false"; check "false exits 1" [ $? = 1 ]
check "env -i A=1 B=2 prints them" [ "$($R "$E/env" -i A=1 B=2 | tr '\n' ' ')" = "A=1 B=2 " ]
check "env runs a program" [ "$($R "$E/env" -i X=7 /bin/sh -c 'echo $X')" = 7 ]
printf 'abc\n' > f; check "cat f - copies" [ "$(echo def | $R "$E/cat" f - | tr '\n' ' ')" = "abc def " ]
$R "$E/cat" missing 2> err; rc=$?
check "cat of a missing file: exit 1 and the message" \
	sh -c '[ "$1" = 1 ] && grep -qx "cat: missing: No such file or directory" err' - "$rc"
mkdir d; : > d/b; printf 12345 > d/a; ln -s a d/l; mkdir d/s; $R "$E/mknod" d/p p
check "mknod NAME p makes a FIFO" test -p d/p
touch -d '2001-02-03 04:05:06 UTC' d/a
$R "$E/ls" -la d > got; TZ=UTC LC_ALL=C ls -lna --time-style=long-iso d > want
check "ls -la is coreutils' ls -lna" cmp -s got want
cmp -s got want || diff want got
$R "$E/ls" d > got; LC_ALL=C ls -1 d > want
check "ls is coreutils' ls -1" cmp -s got want
$R "$E/mount" > got; mount > want
check "mount lists what util-linux's mount lists" cmp -s got want
$R "$E/umount" 2> err; rc=$?
check "umount without a target: usage, exit 1" [ "$rc" = 1 ]
case $(stat -f -c %T /) in
tmpfs|ramfs) ko "/ is a tmpfs here: switch-root's first refusal is not tried" ;;
*)
	$R "$E/switch-root" /proc /bin/true 2> err; rc=$?
	check "switch-root refuses a / that is not an initramfs" sh -c \
		'[ "$1" = 1 ] && grep -qx "switch-root: /: not a ramfs or tmpfs, refusing to delete its files" err' - "$rc" ;;
esac
if [ "$(id -u)" = 0 ] && command -v unshare > /dev/null; then
	mkdir m
	unshare -m --propagation private sh -c '
		$1 "$2/mount" -t tmpfs -o size=1m,nodev,mode=700 smoke "$PWD/m" &&
		awk -v p="$PWD/m" "\$5 == p { print \$6, \$NF }" /proc/self/mountinfo &&
		$1 "$2/umount" "$PWD/m" &&
		awk -v p="$PWD/m" "\$5 == p" /proc/self/mountinfo' - "$R" "$E" > got 2>&1
	check "mount -t tmpfs -o size=1m,nodev,mode=700, umount ($(cat got))" \
		[ "$(cat got)" = "rw,nodev,relatime rw,size=1024k,mode=700" ]
else
	ko "not root: mount and umount are not run"
fi
echo "$pass passed, $fail failed"
