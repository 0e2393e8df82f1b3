#!/bin/sh
# DEBUG=libjs:* decodes every issue-14 file and mount call by name with
# its own arguments (src/trace/table.c's issue-14 block for the calls
# newer than the generated Linux 6.1 rows, and for fanotify_mark, whose
# generated row splits the mask as a 32-bit kernel would): the strace
# program, built with --trace, must print one line per call, as below.
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
libjs:syscall mknod("q/r", 010600, 0)
libjs:syscall mknodat(-1, "p", 020600, 259)
libjs:syscall creat("q/r", 0640)
libjs:syscall futimesat(-1, "p", PTR)
libjs:syscall fallocate(-1, 1, 1, 2)
libjs:syscall flock(-1, 6)
libjs:syscall fadvise64(-1, 3, 4, 4)
libjs:syscall readahead(-1, 5, 6)
libjs:syscall sync_file_range(-1, 7, 8, 0x2)
libjs:syscall splice(-1, PTR, -2, PTR, 9, 0x1)
libjs:syscall tee(-1, -2, 10, 0x2)
libjs:syscall vmsplice(-1, PTR, 1, 0x8)
libjs:syscall preadv(-1, PTR, 1, 11)
libjs:syscall pwritev(-1, PTR, 1, 21474836480)
libjs:syscall preadv2(-1, PTR, 1, 12, 0, 0x8)
libjs:syscall pwritev2(-1, PTR, 1, -1, 4294967295, 0x2)
libjs:syscall close_range(1000, 1001, 0x4)
libjs:syscall openat2(-1, "p", PTR, 24)
libjs:syscall setxattr("p", "user.a", PTR, 3, 0x1)
libjs:syscall lsetxattr("p", "user.a", PTR, 3, 0x2)
libjs:syscall fsetxattr(-1, "user.a", PTR, 3, 0)
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
libjs:syscall name_to_handle_at(-1, "p", PTR, PTR, 0)
libjs:syscall open_by_handle_at(-1, PTR, O_RDONLY)
libjs:syscall fanotify_init(0x1, O_RDONLY)
libjs:syscall fanotify_mark(-1, 0x1, 0x28, AT_FDCWD, "p")
libjs:syscall quotactl(0x80000500, "p", 13, NULL)
libjs:syscall quotactl_fd(-1, 0x80000401, 14, NULL)
libjs:syscall swapon("p", 0x8001)
libjs:syscall swapoff("p")
libjs:syscall acct("p")
libjs:syscall cachestat(-1, PTR, PTR, 0)
libjs:syscall file_getattr(-1, "p", PTR, 24, 0)
libjs:syscall file_setattr(-1, "p", PTR, 24, AT_SYMLINK_NOFOLLOW)
libjs:syscall fsopen("p", 0x1)
libjs:syscall fsconfig(-1, 1, "size", PTR, 0)
libjs:syscall fsmount(-1, 0x1, 0x4)
libjs:syscall fspick(-1, "p", 0x1)
libjs:syscall move_mount(-1, "", -2, "p", 0x4)
libjs:syscall open_tree(-1, "p", 0x1)
libjs:syscall open_tree_attr(-1, "p", 0x1, PTR, 32)
libjs:syscall mount_setattr(-1, "p", 0, PTR, 32)
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
