#!/bin/sh
# DEBUG=libjs:* decodes every issue-14 file and mount call by name with
# its own arguments (src/trace/dec_fs*.c and dec_mount.c as strace 6.1
# decodes them; src/trace/table.c's issue-14 block for the calls newer
# than the generated Linux 6.1 rows): the strace program, built with
# --trace, must print one line per call, as below.
#   tests/sh/test_fs_more_trace.sh BUILD_DIR TOP
B=$1 top=$2
tmp=$(mktemp -d /tmp/libjs-trace.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0
CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 "$top/tests/sh/fs_more_strace_prog.c" -o "$tmp/prog" || fail=1
(cd "$tmp" && env -u LIBJS_FAULT DEBUG='libjs:*' ./prog 2> "$tmp/log") || fail=1
sed -e 's/ = .*//' -e 's/0x7ff[0-9a-f]*/PTR/g' -e 's/0x4[0-9a-f]\{5\}\b/PTR/g' "$tmp/log" > "$tmp/got"
cat > "$tmp/want" <<'EOT'
libjs:syscall statfs("p", PTR)
libjs:syscall fstatfs(-1, PTR)
libjs:syscall mknod("q/r", S_IFIFO|0600)
libjs:syscall mknodat(-1, "p", S_IFCHR|0600, makedev(0x1, 0x3))
libjs:syscall creat("q/r", 0640)
libjs:syscall futimesat(-1, "p", [{tv_sec=1, tv_usec=2} /* 1970-01-01T00:00:01.000002+0000 */, {tv_sec=3, tv_usec=4} /* 1970-01-01T00:00:03.000004+0000 */])
libjs:syscall fallocate(-1, FALLOC_FL_KEEP_SIZE, 1, 2)
libjs:syscall flock(-1, LOCK_EX|LOCK_NB)
libjs:syscall fadvise64(-1, 3, 4, POSIX_FADV_DONTNEED)
libjs:syscall readahead(-1, 5, 6)
libjs:syscall sync_file_range(-1, 7, 8, SYNC_FILE_RANGE_WRITE)
libjs:syscall splice(-1, [1], -2, [2], 9, SPLICE_F_MOVE)
libjs:syscall tee(-1, -2, 10, SPLICE_F_NONBLOCK)
libjs:syscall vmsplice(-1, [{iov_base="abc", iov_len=3}], 1, SPLICE_F_GIFT)
libjs:syscall preadv(-1, [{iov_base=PTR, iov_len=3}], 1, 11)
libjs:syscall pwritev(-1, [{iov_base="abc", iov_len=3}], 1, 21474836480)
libjs:syscall preadv2(-1, [{iov_base=PTR, iov_len=3}], 1, 12, RWF_NOWAIT)
libjs:syscall pwritev2(-1, [{iov_base="abc", iov_len=3}], 1, -1, RWF_DSYNC)
libjs:syscall close_range(1000, 1001, CLOSE_RANGE_CLOEXEC)
libjs:syscall openat2(-1, "p", {flags=O_RDONLY, resolve=RESOLVE_BENEATH}, 24)
libjs:syscall setxattr("p", "user.a", "abc", 3, XATTR_CREATE)
libjs:syscall lsetxattr("p", "user.a", "abc", 3, XATTR_REPLACE)
libjs:syscall fsetxattr(-1, "user.a", "abc", 3, 0)
libjs:syscall getxattr("p", "user.a", PTR, 8)
libjs:syscall lgetxattr("p", "user.a", PTR, 8)
libjs:syscall fgetxattr(-1, "user.a", PTR, 8)
libjs:syscall listxattr("p", PTR, 8)
libjs:syscall llistxattr("p", PTR, 8)
libjs:syscall flistxattr(-1, PTR, 8)
libjs:syscall removexattr("p", "user.a")
libjs:syscall lremovexattr("p", "user.a")
libjs:syscall fremovexattr(-1, "user.a")
libjs:syscall setxattrat(-1, "p", AT_SYMLINK_NOFOLLOW, "user.a", PTR, 16)
libjs:syscall getxattrat(-1, "p", 0, "user.a", PTR, 16)
libjs:syscall listxattrat(-1, "p", 0, PTR, 8)
libjs:syscall removexattrat(-1, "p", 0, "user.a")
libjs:syscall name_to_handle_at(-1, "p", {handle_bytes=0}, PTR, 0)
libjs:syscall open_by_handle_at(-1, {handle_bytes=0, handle_type=0, f_handle=""}, O_RDONLY)
libjs:syscall fanotify_init(FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY)
libjs:syscall fanotify_mark(-1, FAN_MARK_ADD, FAN_CLOSE_WRITE|FAN_OPEN, AT_FDCWD, "p")
libjs:syscall quotactl(0x80000500, "p", 13, NULL)
libjs:syscall quotactl_fd(-1, 0x80000401, 14, NULL)
libjs:syscall swapon("p", SWAP_FLAG_PREFER|1)
libjs:syscall swapoff("p")
libjs:syscall acct("p")
libjs:syscall cachestat(-1, PTR, PTR, 0)
libjs:syscall file_getattr(-1, "p", PTR, 24, 0)
libjs:syscall file_setattr(-1, "p", PTR, 24, AT_SYMLINK_NOFOLLOW)
libjs:syscall fsopen("p", FSOPEN_CLOEXEC)
libjs:syscall fsconfig(-1, FSCONFIG_SET_STRING, "size", "1m", 0)
libjs:syscall fsmount(-1, FSMOUNT_CLOEXEC, MOUNT_ATTR_NODEV)
libjs:syscall fspick(-1, "p", FSPICK_CLOEXEC)
libjs:syscall move_mount(-1, "", -2, "p", MOVE_MOUNT_F_EMPTY_PATH)
libjs:syscall open_tree(-1, "p", OPEN_TREE_CLONE)
libjs:syscall open_tree_attr(-1, "p", 0x1, PTR, 32)
libjs:syscall mount_setattr(-1, "p", 0, {attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, propagation=0 /* MS_??? */, userns_fd=0}, 32)
libjs:syscall statmount(PTR, NULL, 0, 0)
libjs:syscall listmount(PTR, PTR, 2, 0)
libjs:syscall exit_group(0)
EOT
n=$(wc -l < "$tmp/want")
bad=$(diff "$tmp/want" "$tmp/got" | grep -c '^<')
[ -s "$tmp/got" ] || bad=$n
if [ "$bad" != 0 ] || [ "$fail" != 0 ]; then
	echo "trace differs (want / got):"
	diff "$tmp/want" "$tmp/got"
	[ "$bad" = 0 ] && bad=1
fi
echo "$((n - bad)) passed, $bad failed"
