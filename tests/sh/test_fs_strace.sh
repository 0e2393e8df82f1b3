#!/bin/sh
# Each file-API wrapper issues exactly the system call it claims, with its
# arguments in the right places, as strace sees it (docs/design.md, tests layer
# 3): fs_strace_prog.c calls every wrapper once, freestanding, and the
# trace must read as the list below (addresses shown as PTR).
#   tests/sh/test_fs_strace.sh BUILD_DIR TOP
B=$1 top=$2
tmp=$(mktemp -d /tmp/libjs-strace.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0
CC=${CC:-cc} "$B/bin/libjs-cc" -O2 "$top/tests/sh/fs_strace_prog.c" -o "$tmp/prog" || fail=1
# Tracing or fault injection switched on from the environment would add
# or change calls: the program runs with neither.
(cd "$tmp" && env -u DEBUG -u LIBJS_FAULT strace -o "$tmp/log" ./prog) || fail=1
# Drop execve and exit_group and the results; fchmodat2 is new (Linux
# 6.6): strace 6.1 shows it by number.
sed -e '1d' -e '/^exit_group/,$d' -e 's/ *= .*//' \
    -e 's/^syscall_0x1c4(0xffffffffffffffff, 0x[0-9a-f]*, 0x184, 0x100, .*/fchmodat2(-1, "p", 0604, AT_SYMLINK_NOFOLLOW)/' \
    -e 's/0x[0-9a-f]\{6,\}/PTR/g' "$tmp/log" > "$tmp/got"
cat > "$tmp/want" <<'EOT'
read(-1, PTR, 1)
write(-1, "ab", 2)
pread64(-1, PTR, 3, 4)
pwrite64(-1, "abcde", 5, 6)
readv(-1, [{iov_base=PTR, iov_len=1}], 1)
writev(-1, [{iov_base="a", iov_len=1}], 1)
lseek(-1, 7, SEEK_END)
sendfile(-1, -2, [0], 8)
copy_file_range(-1, NULL, -2, NULL, 9, 0)
fsync(-1)
fdatasync(-1)
open("p", O_RDONLY)
open("p", O_WRONLY|O_CREAT|O_EXCL|O_DIRECTORY, 0640)
openat(-1, "p", O_RDONLY)
close(-1)
dup(-1)
dup2(-1, 5)
dup3(-1, 6, O_CLOEXEC)
pipe(NULL)
pipe2(NULL, O_CLOEXEC)
stat("p", PTR)
lstat("p", PTR)
fstat(-1, PTR)
newfstatat(-1, "p", PTR, AT_SYMLINK_NOFOLLOW)
statx(-1, "p", AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS, PTR)
access("p", R_OK)
faccessat2(-1, "p", W_OK, AT_EACCESS)
chmod("p", 0601)
fchmod(-1, 0602)
fchmodat(-1, "p", 0603)
fchmodat2(-1, "p", 0604, AT_SYMLINK_NOFOLLOW)
chown("p", 1, 2)
fchown(-1, 3, 4)
lchown("p", 5, 6)
fchownat(-1, "p", 7, 8, 0)
truncate("p", 10)
ftruncate(-1, 11)
utime("p", NULL)
utimes("p", NULL)
utimensat(-1, "p", NULL, 0)
utimensat(99, NULL, NULL, 0)
rename("p", "q")
renameat(-1, "p", -2, "q")
renameat2(-1, "p", -2, "q", RENAME_NOREPLACE)
link("p", "q")
linkat(-1, "p", -2, "q", 0)
symlink("p", "q/r")
symlinkat("p", -1, "q")
readlink("p", PTR, 8)
readlinkat(-1, "p", PTR, 8)
unlink("p")
unlinkat(-1, "p", 0)
mkdir("p/q", 0755)
mkdirat(-1, "p", 0755)
rmdir("p")
chdir("p")
fchdir(-1)
getcwd(PTR, 1)
getdents64(-1, PTR, 8)
EOT
pass=0
# One result per wrapper call: a line that differs is that wrapper's failure.
n=$(wc -l < "$tmp/want")
bad=$(diff "$tmp/want" "$tmp/got" | grep -c '^<')
[ -s "$tmp/got" ] || bad=$n
if [ "$bad" != 0 ] || [ "$fail" != 0 ]; then
	echo "strace differs (want / got):"
	diff "$tmp/want" "$tmp/got"
	[ "$bad" = 0 ] && bad=1
fi
pass=$((n - bad))
echo "$pass passed, $bad failed"
