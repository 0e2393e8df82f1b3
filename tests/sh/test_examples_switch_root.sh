#!/bin/sh
# examples/switch-root, inside a private mount namespace (unshare -m):
# its refusals, each with its exact message and nothing changed, and a
# real switch.  An initramfs is stood in for by a tmpfs that the test
# chroots into (statfs("/") then says tmpfs, as in an initramfs), with
# the new root a tmpfs mounted inside it and /proc, /sys mounted there
# too.  The switch must move /proc into the new root, unmount /sys
# (which the new root lacks) with a message, put the new root on /, run
# INIT there (our mount, listing what it sees), and leave the old root
# empty, except a mount it must not cross into.  The old root is watched
# through a recursive bind mount of it made beforehand.  The real initramfs run is
# the boot test's (make check-boot).  Needs root.
#   tests/sh/test_examples_switch_root.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1
case $B in /*) ;; *) B=$PWD/$B ;; esac
if [ "$(id -u)" != 0 ] || ! command -v unshare > /dev/null; then
	echo "FAIL: needs root and unshare (util-linux) for a private mount namespace"
	echo "0 passed, 1 failed"; exit 1
fi
cat > inner.sh <<'INNER'
set -u
E=$1/examples
S=$PWD
R=$S/R
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }
has_mount() { awk -v p="$1" '$5 == p { f = 1 } END { exit !f }' /proc/self/mountinfo; }

"$E/switch-root" 2> err; rc=$?
check "no operand: usage, exit 1" sh -c '[ "$1" = 1 ] && grep -qx "usage: switch-root NEWROOT INIT \[ARG\]..." err' - "$rc"
"$E/switch-root" /new 2> err; rc=$?
check "one operand: usage, exit 1" [ "$rc" = 1 ]

# ---- / not a ramfs or tmpfs: a chroot into this scratch directory or,
# if that is a tmpfs, the host's /.
t=$(stat -f -c %T "$S")
case $t in
tmpfs|ramfs) disk=/; t=$(stat -f -c %T /) ;;
*) disk=$S ;;
esac
case $t in
tmpfs|ramfs) ko "neither / nor $S is on a disk filesystem: the first refusal is not tested" ;;
*)
	mkdir -p "$disk/sr-bin" "$S/sr-new"; cp "$E/switch-root" "$disk/sr-bin/"
	mount -t tmpfs new "$S/sr-new"
	chroot "$disk" /sr-bin/switch-root /proc /sr-bin/switch-root 2> err; rc=$?
	check "/ on $t: refused, exit 1" [ "$rc" = 1 ]
	check "with: switch-root: /: not a ramfs or tmpfs, refusing to delete its files" \
		grep -qx "switch-root: /: not a ramfs or tmpfs, refusing to delete its files" err
	check "and nothing moved (/proc still mounted)" has_mount /proc
	check "and nothing deleted" test -x "$disk/sr-bin/switch-root"
	rm -rf "$disk/sr-bin"; umount "$S/sr-new"
	;;
esac

# ---- The stand-in initramfs.
mkdir -p "$R" view
mount -t tmpfs initramfs "$R" || { echo "0 passed, 1 failed"; exit 1; }
mkdir -p "$R/bin" "$R/new" "$R/plain" "$R/proc" "$R/sys" "$R/dev" "$R/keep"
cp "$E/switch-root" "$E/env" "$E/true" "$R/bin/"
mkdir -p "$R/deep"; d=$R/deep; i=0
while [ $i -lt 40 ]; do d=$d/d$i; i=$((i + 1)); done
mkdir -p "$d" && echo bottom > "$d/f"
i=0; while [ $i -lt 500 ]; do : > "$R/bin/file-$i"; i=$((i + 1)); done
ln -s /nowhere "$R/dangling"; ln -s /bin "$R/binlink"; mkfifo "$R/fifo"
mknod "$R/dev/null" c 1 3; : > "$R/locked"; chmod 000 "$R/locked"
mkdir "$R/ro-dir"; : > "$R/ro-dir/f"; chmod 555 "$R/ro-dir"
mount -t tmpfs keep "$R/keep"; echo kept > "$R/keep/x"
mount --rbind "$R" "$S/view"
mount -t proc proc "$R/proc"; mount -t sysfs sys "$R/sys"
before=$(find "$S/view" | wc -l)

chroot "$R" /bin/switch-root /plain /bin/true 2> err; rc=$?
check "NEWROOT not a mount point: refused, exit 1" [ "$rc" = 1 ]
check "with: switch-root: /plain: not a mount point" grep -qx "switch-root: /plain: not a mount point" err
chroot "$R" /bin/switch-root /missing /bin/true 2> err; rc=$?
check "a missing NEWROOT: exit 1, ENOENT's message" \
	sh -c '[ "$1" = 1 ] && grep -qx "switch-root: /missing: No such file or directory" err' - "$rc"
chroot "$R" /bin/switch-root /bin/true /bin/true 2> err; rc=$?
check "a NEWROOT that is a file: exit 1" sh -c '[ "$1" = 1 ] && [ -s err ]' - "$rc"
check "the refusals changed nothing" [ "$(find "$S/view" | wc -l)" = "$before" ]
check "(/proc still mounted in the stand-in)" has_mount "$R/proc"

# An INIT the new root lacks: found out after the switch (symbolic links
# are resolved in the new root), and the old root's files are kept.
mount -t tmpfs newroot1 "$R/new"
chroot "$R" /bin/switch-root /new /bin/nope 2> err; rc=$?
check "an INIT missing in the new root: exit 1" [ "$rc" = 1 ]
check "with: switch-root: /bin/nope: No such file or directory" \
	grep -qx "switch-root: /bin/nope: No such file or directory" err
check "and: the old root's files are left" grep -qx "switch-root: the old root's files are left" err
check "which they are" [ "$(find "$S/view" | wc -l)" = "$before" ]
# Undo that switch: newroot1 now sits on $R; /proc and /sys, which it
# lacks, were unmounted.
umount "$R"
mount -t proc proc "$R/proc"; mount -t sysfs sys "$R/sys"
has_mount "$R/new" && umount "$R/new"

# ---- The real switch.
mount -t tmpfs newroot "$R/new"
mkdir -p "$R/new/bin" "$R/new/proc" "$R/new/dev"
cp "$E/mount" "$R/new/bin/"
chroot "$R" /bin/switch-root /new /bin/mount -t tmpfs,proc,sysfs > out 2> err; rc=$?
check "switch-root NEWROOT INIT ARGS: INIT's status (0) comes back" [ "$rc" = 0 ]
check "INIT ran in the new root, which is / ($(tr '\n' ';' < out))" \
	grep -qx "newroot on / type tmpfs (rw,relatime)" out
check "/proc moved into the new root" grep -qx "proc on /proc type proc (rw,relatime)" out
check "/sys, which the new root lacks, is not there" sh -c '! grep -q sysfs out'
check "but unmounted, with a message" \
	grep -qx "switch-root: cannot move /sys to /new/sys (No such file or directory): unmounting it" err
check "and no longer mounted anywhere" sh -c '! grep -q " - sysfs sys " /proc/self/mountinfo'
check "nothing else said ($(cat err))" [ "$(wc -l < err)" = 1 ]
left=$(cd "$S/view" && find . | sort | tr '\n' ' ')
check "the old root is empty but for the mount it must not cross ($left)" \
	[ "$left" = ". ./keep ./keep/x " ]
check "whose files are intact" [ "$(cat "$S/view/keep/x")" = kept ]
echo "$pass passed, $fail failed"
INNER
timeout 300 unshare -m --propagation private sh inner.sh "$B"
