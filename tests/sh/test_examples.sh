#!/bin/sh
# The examples, run as a user would: cat copies bytes exactly, ls lists
# what `ls -1` and `ls -a1` list, demo succeeds and cleans up, and hello is the
# smallest possible program (execve, write, exit_group: nothing else).
#   tests/sh/test_examples.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1
E=$B/examples
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }

# ---- cat: a 1 MiB file of every byte value, by name and from stdin.
head -c 1048576 /dev/urandom > big
"$E/cat" big > out1; check "cat FILE copies 1 MiB byte-exactly" cmp -s big out1
"$E/cat" < big > out2; check "cat < FILE copies 1 MiB byte-exactly" cmp -s big out2
printf 'a\n' > a; printf 'b\n' > b
"$E/cat" a - b < big > out3
{ cat a big b; } > want3; check "cat a - b concatenates in order" cmp -s want3 out3
"$E/cat" does-not-exist > /dev/null 2> err; rc=$?
check "cat of a missing file exits 1" [ "$rc" = 1 ]
check "cat names the missing file and the error" \
	grep -qx 'cat: does-not-exist: No such file or directory' err

# ---- ls: exactly what coreutils' ls -1 (and ls -a1) prints in the C
# locale, names sorted, here and in fuller directories.
mkdir d; i=0
while [ $i -lt 300 ]; do : > "d/file-with-a-longish-name-$i"; i=$((i + 1)); done
mkdir d/sub; ln -s nowhere d/link; : > d/.hidden
for dir in d /etc /; do
	"$E/ls" "$dir" > got; LC_ALL=C ls -1 "$dir" > want
	check "ls $dir prints what ls -1 prints" cmp -s got want
	"$E/ls" -a "$dir" > got; LC_ALL=C ls -a1 "$dir" > want
	check "ls -a $dir prints what ls -a1 prints" cmp -s got want
done
(cd d && "$E/ls") > got; (cd d && LC_ALL=C ls -1) > want
check "ls without an argument lists ." cmp -s got want
"$E/ls" does-not-exist > /dev/null 2> err; rc=$?
check "ls of a missing directory exits 2, as coreutils' ls" [ "$rc" = 2 ]
check "ls names the missing operand as coreutils does" \
	grep -qx "ls: cannot access 'does-not-exist': No such file or directory" err

# ---- demo: exit 0 and nothing left under /tmp (it names its tree, so
# another demo running at the same time cannot confuse the check).
"$E/demo" > demo.out 2>&1; rc=$?
check "demo exits 0" [ "$rc" = 0 ]
check "demo shows an error the documented way" \
	grep -q 'open /nonexistent: -2 ENOENT (No such file or directory)' demo.out
tree=$(sed -n 's/^== a temporary tree in \(\/tmp\/libjs-demo\.[0-9]*\)$/\1/p' demo.out)
check "demo says where its tree is" [ -n "$tree" ]
check "demo leaves nothing in /tmp ($tree)" sh -c '[ -n "$1" ] && [ ! -e "$1" ]' - "$tree"
[ "$rc" = 0 ] || cat demo.out

# ---- hello: prints hello; execve, write, exit_group and nothing else.
check "hello prints hello, world" [ "$("$E/hello")" = "hello, world" ]
if command -v strace > /dev/null; then
	strace -f -o trace "$E/hello" > /dev/null
	calls=$(grep -v -e '+++' -e '---' trace | sed 's/^[0-9]* *//; s/(.*//' | tr '\n' ' ')
	check "hello makes execve write exit_group only (got: $calls)" \
		[ "$calls" = "execve write exit_group " ]
else
	echo "strace missing (tools/need-tools.sh installs it): hello trace not checked"
fi
echo "$pass passed, $fail failed"
