#!/bin/sh
# The initramfs tools of examples/ against coreutils (issue 15): ls -l's
# columns (against `TZ=UTC ls -ln --time-style=long-iso`), cat, env,
# mknod (a FIFO, and as root a null device, c 1 3), true and false; every
# error path gives its message and status.
#   tests/sh/test_examples_tools.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1
E=$B/examples
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }
# coreutils' ls -l, in the form examples/ls prints.
lsl() { TZ=UTC LC_ALL=C ls -ln --time-style=long-iso "$@"; }
root=0; [ "$(id -u)" = 0 ] && root=1

# ---- true, false.
"$E/true"; check "true exits 0" [ $? = 0 ]
"$E/true" --anything at all; check "true exits 0 whatever its arguments" [ $? = 0 ]
"$E/false"; check "false exits 1" [ $? = 1 ]
"$E/false" x; check "false exits 1 whatever its arguments" [ $? = 1 ]

# ---- ls -l: every kind of file, set-id and sticky bits, a symbolic
# link's target, a 7-digit size, other owners, an old and a future date.
mkdir t && cd t || exit 1
printf 'abc' > small; head -c 1234567 /dev/zero > big
mkdir dir sticky; chmod 1777 sticky; chmod 2755 dir
: > suid; chmod 4754 suid; : > noexec-suid; chmod 4644 noexec-suid
ln -s small link; ln -s "a target with spaces" dangling; ln small hard
mkfifo fifo; : > .dot
touch -d '1999-12-31 23:59:58 UTC' old; touch -d '2041-02-03 04:05:06 UTC' future
if [ $root = 1 ]; then
	mknod null c 1 3; mknod blk b 259 100000; chown 65534:100 small
	chown 12345:7 big
fi
cd ..
"$E/ls" -l t > got; lsl t > want
check "ls -l is ls -ln --time-style=long-iso in UTC, column for column" cmp -s got want
cmp -s got want || diff want got
"$E/ls" -la t > got; lsl -a t > want
check "ls -la is ls -lna" cmp -s got want
"$E/ls" -n t > got; lsl t > want
check "ls -n is ls -l" cmp -s got want
# A system directory may change between the two listings (the machine is
# shared): one second try.
for d in /etc /usr/lib; do
	"$E/ls" -la "$d" > got 2>&1; lsl -a "$d" > want 2>&1
	cmp -s got want || { "$E/ls" -la "$d" > got 2>&1; lsl -a "$d" > want 2>&1; }
	check "ls -la $d is ls -lna $d" cmp -s got want
done
"$E/ls" -l t/small t/link t/fifo > got; lsl t/small t/link t/fifo > want
check "ls -l FILE... lists the files themselves" cmp -s got want
"$E/ls" t/dir t/small t > got 2>&1; LC_ALL=C ls -1 t/dir t/small t > want 2>&1
check "several operands: files first, then each directory under a header" cmp -s got want
"$E/ls" -l t/none t/small > got 2> err; rc=$?
check "ls -l with a missing operand still lists the others, exit 2" \
	sh -c '[ "$1" = 2 ] && grep -q small got' - "$rc"
check "and names the missing one" grep -qx "ls: cannot access 't/none': No such file or directory" err
"$E/ls" -x > /dev/null 2> err; rc=$?
check "ls -x (unknown option) exits 2 with a message" sh -c '[ "$1" = 2 ] && [ -s err ]' - "$rc"
if [ $root = 1 ]; then
	mkdir closed; chmod 000 closed
	setpriv --reuid=65534 --regid=65534 --clear-groups "$E/ls" closed > /dev/null 2> err; rc=$?
	check "ls of an unreadable directory exits 2 (ran as nobody: $rc)" [ "$rc" = 2 ]
	check "and says it cannot open it" \
		grep -qx "ls: cannot open directory 'closed': Permission denied" err
fi

# ---- cat: against coreutils' cat, files and stdin and errors.
printf 'one\ntwo' > f1; printf '' > empty; head -c 300000 /dev/urandom > f2
echo stdin | "$E/cat" f1 - empty f2 > got; echo stdin | cat f1 - empty f2 > want
check "cat f1 - empty f2 is coreutils' cat" cmp -s got want
"$E/cat" < f2 > got; check "cat with no operand copies stdin" cmp -s got f2
"$E/cat" f1 missing f1 > got 2> err; rc=$?
cat f1 f1 > want
check "cat goes on past a missing file" cmp -s got want
check "cat of a missing file exits 1" [ "$rc" = 1 ]
cat missing 2> want.err
check "cat's message is coreutils'" cmp -s err want.err
"$E/cat" t 2> err > /dev/null; rc=$?
check "cat of a directory exits 1: cat: t: Is a directory" \
	sh -c '[ "$1" = 1 ] && grep -qx "cat: t: Is a directory" err' - "$rc"

# ---- env: against coreutils' env.
env -i A=1 B='two words' "$E/env" > got; env -i A=1 B='two words' env > want
check "env prints the environment as coreutils' env" cmp -s got want
FOO=bar "$E/env" > got; FOO=bar env > want
check "env prints the inherited environment in order" cmp -s got want
env -i A=1 B=2 C=3 "$E/env" -u B C=4 D=5 > got; env -i A=1 B=2 C=3 env -u B C=4 D=5 > want
check "env -u NAME NAME=VALUE: removed, replaced, added" cmp -s got want
env -i A=1 "$E/env" -i X=y > got; printf 'X=y\n' > want
check "env -i starts empty" cmp -s got want
env -i A=1 "$E/env" - X=y > got
check "env - is env -i" cmp -s got want
env -i A=1 B=2 "$E/env" -0 > got; env -i A=1 B=2 env -0 > want
check "env -0 ends each with NUL" cmp -s got want
out=$(env -i PATH=/usr/bin:/bin "$E/env" X=42 sh -c 'echo "$X"')
check "env CMD runs CMD (PATH searched) with NAME=VALUE added ($out)" [ "$out" = 42 ]
out=$(env -i A=1 "$E/env" -i X=42 "$E/env")
check "env -i CMD runs CMD in only the given environment ($out)" [ "$out" = X=42 ]
env -i "$E/env" PATH=/nowhere:/bin sh -c 'exit 7'; rc=$?
check "env passes CMD's exit status (PATH from the new environment)" [ "$rc" = 7 ]
"$E/env" no-such-command-xyz 2> err; rc=$?
check "env of a missing command exits 127" [ "$rc" = 127 ]
check "with coreutils' message" grep -qx "env: 'no-such-command-xyz': No such file or directory" err
"$E/env" ./f1 2> err; rc=$?
check "env of a file that is not executable exits 126" [ "$rc" = 126 ]
"$E/env" -u 'A=B' 2> err; rc=$?
check "env -u NAME=VALUE is refused with 125" sh -c '[ "$1" = 125 ] && [ -s err ]' - "$rc"
"$E/env" -z 2> err; rc=$?
check "env -z (unknown option) exits 125" [ "$rc" = 125 ]

# ---- mknod: a FIFO (any user), a null device and a block device (root).
"$E/mknod" p1 p; check "mknod NAME p makes a FIFO" test -p p1
mknod p2 p; check "the same mode as coreutils' mknod" [ "$(stat -c %a p1)" = "$(stat -c %a p2)" ]
"$E/mknod" -m 0600 p3 p; check "mknod -m 0600 sets the mode exactly" [ "$(stat -c %a p3)" = 600 ]
(umask 077; "$E/mknod" -m 666 p4 p); check "-m ignores the umask" [ "$(stat -c %a p4)" = 666 ]
"$E/mknod" p1 p 2> err; rc=$?
check "mknod of an existing name exits 1: mknod: p1: File exists" \
	sh -c '[ "$1" = 1 ] && grep -qx "mknod: p1: File exists" err' - "$rc"
"$E/mknod" p5 p 1 3 2> err; rc=$?
check "a FIFO with device numbers is refused" sh -c '[ "$1" = 1 ] && [ -s err ] && [ ! -e p5 ]' - "$rc"
"$E/mknod" c1 c 2> err; rc=$?
check "a device without numbers is refused" sh -c '[ "$1" = 1 ] && [ -s err ] && [ ! -e c1 ]' - "$rc"
"$E/mknod" x1 q 1 2 2> err; rc=$?
check "an unknown type is refused" sh -c '[ "$1" = 1 ] && grep -q "invalid device type" err' - "$rc"
"$E/mknod" x2 c 1 zz 2> err; rc=$?
check "a bad minor is refused" sh -c '[ "$1" = 1 ] && grep -q "invalid minor" err' - "$rc"
"$E/mknod" -m 9 x3 p 2> err; rc=$?
check "a bad mode is refused" sh -c '[ "$1" = 1 ] && grep -q "invalid mode" err' - "$rc"
"$E/mknod" 2> err; rc=$?
check "no operand: usage, exit 1" sh -c '[ "$1" = 1 ] && grep -q usage err' - "$rc"
if [ $root = 1 ]; then
	"$E/mknod" n1 c 1 3 && mknod n2 c 1 3
	check "mknod NAME c 1 3 makes a null device as coreutils' does" \
		[ "$(stat -c '%F %t %T %a' n1)" = "$(stat -c '%F %t %T %a' n2)" ]
	check "which is a null device" sh -c 'echo x > n1 && [ ! -s n1 ] && [ "$(stat -c %t,%T n1)" = 1,3 ]'
	"$E/mknod" -m 640 n3 u 0x1 0x3
	check "u and hex numbers: c 1 3 with mode 640" [ "$(stat -c '%F %t %T %a' n3)" = "character special file 1 3 640" ]
	"$E/mknod" b1 b 259 100000 && mknod b2 b 259 100000
	check "a block device with a 20-bit minor, as coreutils'" \
		[ "$(stat -c '%F %t %T %a' b1)" = "$(stat -c '%F %t %T %a' b2)" ]
else
	echo "FAIL: not root: the device nodes are not made"; fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
