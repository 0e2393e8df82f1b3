#!/bin/sh
# Each issue-14 file and mount wrapper issues exactly the system call it
# claims, with its arguments in the right places, as strace sees it
# (docs/design.md, tests layer 3): fs_more_strace_prog.c calls every
# wrapper once, freestanding, and the trace must read as the list below
# (stack and data addresses shown as PTR; -1 as an unsigned int is
# 0xffffffff, as a long 0xffffffffffffffff).  strace 6.1 names no call newer than Linux
# 6.1: those lines (syscall_0x1c3 ...) are given their names and only the
# call's own arguments are kept.
#   tests/sh/test_fs_more_strace.sh BUILD_DIR TOP
B=$1 top=$2
tmp=$(mktemp -d /tmp/libjs-strace.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0
CC=${CC:-cc} "$B/bin/libjs-cc" -O2 "$top/tests/sh/fs_more_strace_prog.c" -o "$tmp/prog" || fail=1
(cd "$tmp" && env -u DEBUG -u LIBJS_FAULT strace -o "$tmp/log" ./prog) || fail=1
# Drop execve, exit_group and the results; name the numbered calls
# (include/libjs/nr_new.h) and keep their argument count.
sed -e '1d' -e '/^exit_group/,$d' -e 's/ *= [-0-9?].*//' "$tmp/log" |
awk -F'(' '
BEGIN {
	split("451 cachestat 4 457 statmount 4 458 listmount 4 463 setxattrat 6 " \
	      "464 getxattrat 6 465 listxattrat 5 466 removexattrat 4 " \
	      "467 open_tree_attr 5 468 file_getattr 5 469 file_setattr 5", t, " ")
	for (i = 1; i in t; i += 3) { name[t[i]] = t[i + 1]; argc[t[i]] = t[i + 2] }
}
/^syscall_0x/ {
	nr = 0; hex = substr($1, 11)
	for (i = 1; i <= length(hex); i++)
		nr = nr * 16 + index("0123456789abcdef", substr(hex, i, 1)) - 1
	rest = substr($0, length($1) + 2); sub(/\)$/, "", rest)
	n = split(rest, a, ", ")
	out = name[nr] "("
	for (i = 1; i <= argc[nr]; i++) out = out (i > 1 ? ", " : "") a[i]
	print out ")"; next
}
{ print }' | sed -e 's/0x7ff[0-9a-f]\{6,\}/PTR/g' -e 's/0x4[0-9a-f]\{5\}\b/PTR/g' \
    -e 's| /\* [-0-9T:.+]* \*/||g' > "$tmp/got"
cat > "$tmp/want" <<'EOT'
statfs("p", PTR)
fstatfs(-1, PTR)
mknod("q/r", S_IFIFO|0600)
mknodat(-1, "p", S_IFCHR|0600, makedev(0x1, 0x3))
creat("q/r", 0640)
futimesat(-1, "p", [{tv_sec=1, tv_usec=2}, {tv_sec=3, tv_usec=4}])
fallocate(-1, FALLOC_FL_KEEP_SIZE, 1, 2)
flock(-1, LOCK_EX|LOCK_NB)
fadvise64(-1, 3, 4, POSIX_FADV_DONTNEED)
readahead(-1, 5, 6)
sync_file_range(-1, 7, 8, SYNC_FILE_RANGE_WRITE)
splice(-1, [1], -2, [2], 9, SPLICE_F_MOVE)
tee(-1, -2, 10, SPLICE_F_NONBLOCK)
vmsplice(-1, [{iov_base="abc", iov_len=3}], 1, SPLICE_F_GIFT)
preadv(-1, [{iov_base=PTR, iov_len=3}], 1, 11)
pwritev(-1, [{iov_base="abc", iov_len=3}], 1, 21474836480)
preadv2(-1, [{iov_base=PTR, iov_len=3}], 1, 12, RWF_NOWAIT)
pwritev2(-1, [{iov_base="abc", iov_len=3}], 1, -1, RWF_DSYNC)
close_range(1000, 1001, CLOSE_RANGE_CLOEXEC)
openat2(-1, "p", {flags=O_RDONLY, resolve=RESOLVE_BENEATH}, 24)
setxattr("p", "user.a", "abc", 3, XATTR_CREATE)
lsetxattr("p", "user.a", "abc", 3, XATTR_REPLACE)
fsetxattr(-1, "user.a", "abc", 3, 0)
getxattr("p", "user.a", PTR, 8)
lgetxattr("p", "user.a", PTR, 8)
fgetxattr(-1, "user.a", PTR, 8)
listxattr("p", PTR, 8)
llistxattr("p", PTR, 8)
flistxattr(-1, PTR, 8)
removexattr("p", "user.a")
lremovexattr("p", "user.a")
fremovexattr(-1, "user.a")
setxattrat(0xffffffffffffffff, PTR, 0x100, PTR, PTR, 0x10)
getxattrat(0xffffffffffffffff, PTR, 0, PTR, PTR, 0x10)
listxattrat(0xffffffffffffffff, PTR, 0, PTR, 0x8)
removexattrat(0xffffffffffffffff, PTR, 0, PTR)
name_to_handle_at(-1, "p", {handle_bytes=0}, PTR, 0)
open_by_handle_at(-1, {handle_bytes=0, handle_type=0, f_handle=""}, O_RDONLY)
fanotify_init(FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY)
fanotify_mark(-1, FAN_MARK_ADD, FAN_CLOSE_WRITE|FAN_OPEN, AT_FDCWD, "p")
quotactl(QCMD(Q_GETINFO, USRQUOTA), "p", NULL)
quotactl_fd(-1, QCMD(Q_GETFMT, GRPQUOTA), NULL)
swapon("p", SWAP_FLAG_PREFER|1)
swapoff("p")
acct("p")
cachestat(0xffffffff, PTR, PTR, 0)
file_getattr(0xffffffffffffffff, PTR, PTR, 0x18, 0)
file_setattr(0xffffffffffffffff, PTR, PTR, 0x18, 0x100)
fsopen("p", FSOPEN_CLOEXEC)
fsconfig(-1, FSCONFIG_SET_STRING, "size", "1m", 0)
fsmount(-1, FSMOUNT_CLOEXEC, MOUNT_ATTR_NODEV)
fspick(-1, "p", FSPICK_CLOEXEC)
move_mount(-1, "", -2, "p", MOVE_MOUNT_F_EMPTY_PATH)
open_tree(-1, "p", OPEN_TREE_CLONE)
open_tree_attr(0xffffffffffffffff, PTR, 0x1, PTR, 0x20)
mount_setattr(-1, "p", 0, {attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, propagation=0 /* MS_??? */, userns_fd=0}, 32)
statmount(PTR, 0, 0, 0)
listmount(PTR, PTR, 0x2, 0)
EOT
n=$(wc -l < "$tmp/want")
bad=$(diff "$tmp/want" "$tmp/got" | grep -c '^<')
[ -s "$tmp/got" ] || bad=$n
if [ "$bad" != 0 ] || [ "$fail" != 0 ]; then
	echo "strace differs (want / got):"
	diff "$tmp/want" "$tmp/got"
	[ "$bad" = 0 ] && bad=1
fi
echo "$((n - bad)) passed, $bad failed"
