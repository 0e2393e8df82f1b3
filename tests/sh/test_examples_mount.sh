#!/bin/sh
# examples/mount and examples/umount against util-linux's, inside a
# private mount namespace (unshare -m: the host's mounts are untouched):
# the option strings, mounted once by each, must give the same per-mount
# and superblock options in /proc/self/mountinfo; remount, bind (with
# flags: a bind then a remount), rbind, move and the propagation changes
# do what the kernel then reports; the listing is util-linux's `mount`
# output, names with spaces included; umount, -l, -f, -R and the error
# paths (messages, status 32 for a failed mount or unmount, 1 for usage).
# Needs root (as .ci/run and make check run).
#   tests/sh/test_examples_mount.sh BUILD_DIR TOP   (cwd: a scratch directory)
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
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }
# A mount point's per-mount options (field 6) and, after " - ", its type,
# source and superblock options: what the kernel says of a mount.
minfo() { awk -v p="$1" '$5 == p { sub(/^.* - /, "", $0); print o " " $0 } $5 == p { o = $6 }' /proc/self/mountinfo; }
# The same for the last mount on p, fully: per-mount options, then the rest.
mi() { awk -v p="$1" '$5 == p { m = $6; s = $0; sub(/^.* - /, "", s) } END { print m " | " s }' /proc/self/mountinfo; }
# The optional fields (shared:N, master:N, unbindable) of p's mount.
prop() { awk -v p="$1" '$5 == p { s = ""; for (i = 7; $i != "-"; i++) s = s " " $i; x = s } END { print x }' /proc/self/mountinfo | sed 's/:[0-9]*//g; s/^ //'; }
mkdir -p a b

# ---- Option strings: ours and util-linux's give the kernel the same.
for o in defaults ro rw,nosuid nodev,noexec noatime nodiratime,strictatime relatime \
	lazytime sync dirsync ro,nodev,noexec,size=2m,nr_inodes=100 silent,loud \
	nosymfollow 'x-gvfs-show,nofail,size=1m,auto' atime,noatime,atime rw,ro,rw,mode=711 \
	'size=3m,mode=0700,uid=12,gid=34' suid,dev,exec,async,norelatime noiversion; do
	"$E/mount" -t tmpfs -o "$o" ours "$S/a"; rc=$?
	mount -t tmpfs -o "$o" ours "$S/b"
	x=$(mi "$S/a") y=$(mi "$S/b")
	check "mount -o $o: exit 0 and the kernel reports what util-linux gets ($x / $y)" \
		[ "$rc" = 0 ] && [ "$x" = "$y" ] && [ -n "$x" ]
	umount "$S/a"; umount "$S/b"
done
"$E/mount" -r -t tmpfs -o nosuid x "$S/a"; mount -r -t tmpfs -o nosuid x "$S/b"
check "-r is ro" [ "$(mi "$S/a")" = "$(mi "$S/b")" ]
"$E/mount" -t tmpfs -o nosuid -o nodev,size=1m x "$S/a"; mount -t tmpfs -o nosuid -o nodev,size=1m x "$S/b"
check "-o given twice: both apply ($(mi "$S/a"))" [ "$(mi "$S/a")" = "$(mi "$S/b")" ]

# ---- remount.
"$E/mount" -o remount,ro,noexec "$S/a"; rc=$?; mount -o remount,ro,noexec "$S/b"
check "mount -o remount,ro,noexec TARGET: exit 0 ($(mi "$S/a"))" \
	[ "$rc" = 0 ] && [ "$(mi "$S/a")" = "$(mi "$S/b")" ]
check "remount: the mount is read-only now" sh -c '! touch "$1/f" 2>/dev/null' - "$S/a"
"$E/mount" -o remount,rw "$S/a"
check "and writable after remount,rw" touch "$S/a/f"
umount "$S/b"

# ---- bind, bind with flags, rbind, move.
mkdir -p c d e a/sub; echo hello > a/file
"$E/mount" --bind "$S/a" "$S/c"; rc=$?
check "mount --bind: exit 0, the same files" sh -c '[ "$1" = 0 ] && [ "$(cat "$2/c/file")" = hello ]' - "$rc" "$S"
umount "$S/c"
"$E/mount" -o bind,ro "$S/a" "$S/c"; mount -o bind,ro "$S/a" "$S/b"
check "mount -o bind,ro: read-only bind, as util-linux's ($(mi "$S/c"))" \
	[ "$(mi "$S/c")" = "$(mi "$S/b")" ]
check "and the source stays writable" touch "$S/a/g"
check "the bind is read-only" sh -c '! touch "$1/c/h" 2>/dev/null' - "$S"
umount "$S/c" "$S/b"
mount -t tmpfs sub "$S/a/sub"
"$E/mount" --bind "$S/a" "$S/c"
check "--bind does not take submounts" [ -z "$(minfo "$S/c/sub")" ]
umount "$S/c"
"$E/mount" --rbind "$S/a" "$S/c"
check "--rbind does" [ -n "$(minfo "$S/c/sub")" ]
umount "$S/c/sub" "$S/c"
"$E/mount" -o rbind "$S/a" "$S/c"
check "-o rbind too" [ -n "$(minfo "$S/c/sub")" ]
umount "$S/c/sub" "$S/c"
mount -t tmpfs mv "$S/d"; echo moved > d/m
"$E/mount" --move "$S/d" "$S/e"; rc=$?
check "mount --move: exit 0, gone from the old place, at the new" \
	sh -c '[ "$1" = 0 ] && [ "$(cat "$2/e/m")" = moved ] && [ ! -e "$2/d/m" ]' - "$rc" "$S"
"$E/mount" -M "$S/e" "$S/d"
check "mount -M moves back" [ "$(cat "$S/d/m")" = moved ]
umount "$S/a/sub"
for m in a a b b; do umount "$S/$m" 2>/dev/null; done
check "(clean: nothing mounted on a or b)" [ -z "$(minfo "$S/a")$(minfo "$S/b")" ]

# ---- Propagation: each its own mount(2) call after the mount.
"$E/mount" --make-shared "$S/d"; check "--make-shared ($(prop "$S/d"))" [ "$(prop "$S/d")" = shared ]
"$E/mount" --bind "$S/d" "$S/e"
"$E/mount" --make-slave "$S/e"; check "--make-slave ($(prop "$S/e"))" [ "$(prop "$S/e")" = master ]
"$E/mount" --make-private "$S/e"; check "--make-private ($(prop "$S/e"))" [ -z "$(prop "$S/e")" ]
"$E/mount" --make-unbindable "$S/e"; check "--make-unbindable ($(prop "$S/e"))" [ "$(prop "$S/e")" = unbindable ]
"$E/mount" -o private "$S/e"; check "-o private on its own" [ -z "$(prop "$S/e")" ]
umount "$S/e" "$S/d"
"$E/mount" -t tmpfs -o size=1m,shared t "$S/d"
check "-t tmpfs -o size=1m,shared: mounted, then made shared ($(prop "$S/d"))" \
	[ "$(prop "$S/d")" = shared ] && [ -n "$(minfo "$S/d")" ]
mount -t tmpfs inner "$S/d/x" 2>/dev/null || { mkdir -p d/x; mount -t tmpfs inner "$S/d/x"; }
"$E/mount" --make-rprivate "$S/d"
check "--make-rprivate reaches the submount ($(prop "$S/d") / $(prop "$S/d/x"))" \
	[ -z "$(prop "$S/d")" ] && [ -z "$(prop "$S/d/x")" ]
"$E/mount" --make-rshared "$S/d"
check "--make-rshared too" [ "$(prop "$S/d/x")" = shared ]
umount "$S/d/x" "$S/d"

# ---- Listing: util-linux's `mount` output, a mount point with a space,
# a tab and a backslash included, and with -t.
mkdir -p "sp ace" "ta	b" 'back\slash'
mount -t tmpfs "src with space" "$S/sp ace"; mount -t tmpfs tab "$S/ta	b"; mount -t ramfs bs "$S/back\\slash"
"$E/mount" > got; mount > want
check "mount with no operand prints what util-linux's mount prints" cmp -s got want
cmp -s got want || diff want got | head -5
"$E/mount" -t tmpfs > got; mount -t tmpfs > want
check "mount -t tmpfs lists the tmpfs mounts only" cmp -s got want
"$E/mount" -t ramfs,proc > got; mount -t ramfs,proc > want
check "mount -t ramfs,proc: a comma list" cmp -s got want
umount "$S/sp ace" "$S/ta	b" "$S/back\\slash"

# ---- Errors.
"$E/mount" -t tmpfs x "$S/nonexistent" 2> err; rc=$?
check "mount on a missing directory: exit 32" [ "$rc" = 32 ]
check "mount: TARGET: No such file or directory" grep -qx "mount: $S/nonexistent: No such file or directory" err
"$E/mount" -t no-such-fs x "$S/a" 2> err; rc=$?
check "an unknown type: exit 32, ENODEV's message" sh -c '[ "$1" = 32 ] && grep -q "No such device" err' - "$rc"
"$E/mount" -t tmpfs -o size=banana x "$S/a" 2> err; rc=$?
check "a bad option value: the kernel's EINVAL, exit 32" sh -c '[ "$1" = 32 ] && grep -q "Invalid argument" err' - "$rc"
"$E/mount" -o ro 2> err; rc=$?
check "options without a target: usage, exit 1" sh -c '[ "$1" = 1 ] && grep -q usage err' - "$rc"
"$E/mount" "$S/a" 2> err; rc=$?
check "one operand without remount: usage, exit 1" sh -c '[ "$1" = 1 ] && grep -q "no fstab" err' - "$rc"
"$E/mount" a b c 2> err; rc=$?
check "three operands: usage, exit 1" [ "$rc" = 1 ]
"$E/mount" --frobnicate 2> err; rc=$?
check "an unknown long option: exit 1" sh -c '[ "$1" = 1 ] && grep -q "unknown option --frobnicate" err' - "$rc"
"$E/mount" -q 2> err; rc=$?
check "an unknown short option: exit 1" [ "$rc" = 1 ]
"$E/mount" -t 2> err; rc=$?
check "-t without its argument: exit 1" [ "$rc" = 1 ]
"$E/mount" --make-sideways "$S/a" 2> err; rc=$?
check "an unknown --make- option: exit 1" [ "$rc" = 1 ]
long=$(head -c 5000 /dev/zero | tr '\0' x)
"$E/mount" -t tmpfs -o "$long" x "$S/a" 2> err; rc=$?
check "a data string over 4 KiB: refused, exit 1" sh -c '[ "$1" = 1 ] && grep -q "too long" err' - "$rc"
"$E/mount" none "$S/a" 2> err; rc=$?
check "no -t and nothing takes the source: exit 32" [ "$rc" = 32 ]

# ---- umount.
mount -t tmpfs u1 "$S/a"; mount -t tmpfs u2 "$S/b"
"$E/umount" "$S/a" "$S/b"; rc=$?
check "umount A B: both gone, exit 0" [ "$rc" = 0 ] && [ -z "$(minfo "$S/a")$(minfo "$S/b")" ]
"$E/umount" "$S/a" 2> err; rc=$?
check "umount of what is not mounted: exit 32" [ "$rc" = 32 ]
check "umount: A: not mounted" grep -qx "umount: $S/a: not mounted" err
"$E/umount" "$S/nonexistent" 2> err; rc=$?
check "umount of a missing path: ENOENT's message" grep -qx "umount: $S/nonexistent: No such file or directory" err
mount -t tmpfs u1 "$S/a"
"$E/umount" "$S/b" "$S/a" 2> err; rc=$?
check "umount goes on past a failure and exits 32" [ "$rc" = 32 ] && [ -z "$(minfo "$S/a")" ]
mount -t tmpfs busy "$S/a"; exec 9< "$S/a"; (cd "$S/a" && sleep 30) & sl=$!
sleep 0.2
"$E/umount" "$S/a" 2> err; rc=$?
check "umount of a busy mount: exit 32, EBUSY's message" \
	sh -c '[ "$1" = 32 ] && grep -q "Device or resource busy" err' - "$rc"
"$E/umount" -l "$S/a"; rc=$?
check "umount -l detaches it (exit 0)" [ "$rc" = 0 ] && [ -z "$(minfo "$S/a")" ]
kill $sl 2>/dev/null; wait $sl 2>/dev/null; exec 9<&-
mount -t tmpfs f "$S/a"
"$E/umount" -f "$S/a"; rc=$?
check "umount -f" [ "$rc" = 0 ] && [ -z "$(minfo "$S/a")" ]
mount -t tmpfs r "$S/a"; mkdir -p a/x a/y; mount -t tmpfs x "$S/a/x"; mkdir a/x/z
mount -t tmpfs z "$S/a/x/z"; mount -t tmpfs y "$S/a/y"; mkdir -p a2; mount -t tmpfs a2 "$S/a2"
"$E/umount" "$S/a" 2> /dev/null; check "plain umount of a mount with submounts fails" [ -n "$(minfo "$S/a")" ]
"$E/umount" -R "$S/a"; rc=$?
check "umount -R unmounts the tree, deepest first, exit 0" \
	[ "$rc" = 0 ] && [ -z "$(minfo "$S/a")$(minfo "$S/a/x")$(minfo "$S/a/x/z")$(minfo "$S/a/y")" ]
check "and nothing that only shares the prefix (a2)" [ -n "$(minfo "$S/a2")" ]
"$E/umount" -R "$S/a" 2> err; rc=$?
check "umount -R of what is not mounted: exit 32" [ "$rc" = 32 ]
umount "$S/a2"
"$E/umount" 2> err; rc=$?
check "umount with no target: usage, exit 1" sh -c '[ "$1" = 1 ] && grep -q usage err' - "$rc"
"$E/umount" -x "$S/a" 2> err; rc=$?
check "umount -x: exit 1" [ "$rc" = 1 ]
echo "$pass passed, $fail failed"
INNER
timeout 300 unshare -m --propagation private sh inner.sh "$B"
