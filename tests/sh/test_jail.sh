#!/bin/sh
# examples/jail, and the same scenarios under Debian's bubblewrap (bwrap)
# for comparison: the observable results must be the same.  Inside, the
# host's /etc/shadow is invisible, --ro paths are readable and not
# writable, host PIDs are invisible, mounting fails, loading a module
# fails, CMD's exit status comes back, and (as nobody, with a process
# limit) a fork bomb is contained and leaves nothing behind.  jail inside
# jail is refused with a message that says why.
#   tests/sh/test_jail.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1 top=$2
J=$B/examples/jail
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { what=$1; shift; if "$@"; then ok; else ko "$what"; fi; }

mkdir -p data && echo secret-free > data/f
"$B/bin/libjs-cc" -O2 "$top/tests/sh/jail_modload.c" -o data/modload || ko "modload builds"
D=$PWD/data
sys="/usr /bin /lib /lib64"
jail() {
	set -- "$J" $(for p in $sys; do [ -e "$p" ] && printf -- '--ro %s ' "$p"; done) --ro "$D" -- "$@"
	timeout 60 "$@"
}
bwrap_() {
	set -- bwrap --unshare-all --unshare-user --cap-drop ALL --die-with-parent \
		$(for p in $sys; do [ -e "$p" ] && printf -- '--ro-bind %s %s ' "$p" "$p"; done) \
		--ro-bind "$D" "$D" --proc /proc --dev /dev -- "$@"
	timeout 60 "$@"
}
have_bwrap=0
command -v bwrap > /dev/null && bwrap_ /bin/true 2> /dev/null && have_bwrap=1
[ $have_bwrap = 1 ] || echo "bwrap missing or refused here: the comparison is not made"

hostpid=$$
scenario() { # name, then the shell script to run inside both
	name=$1 script=$2
	jail /bin/sh -c "$script" x "$D" "$hostpid" > "j.$name" 2> /dev/null
	echo "rc=$?" >> "j.$name"
	if [ $have_bwrap = 1 ]; then
		bwrap_ /bin/sh -c "$script" x "$D" "$hostpid" > "b.$name" 2> /dev/null
		echo "rc=$?" >> "b.$name"
		check "$name: jail and bwrap agree ($(tr '\n' ' ' < "j.$name")/ $(tr '\n' ' ' < "b.$name"))" \
			cmp -s "j.$name" "b.$name"
	fi
}
scenario shadow 'test -e /etc/shadow && echo visible || echo invisible'
check "the host's /etc/shadow is invisible" grep -qx invisible j.shadow
scenario ro 'cat "$1/f"; (echo x > "$1/f") 2>/dev/null && echo writable || echo read-only'
check "--ro is readable and not writable" sh -c 'head -n 2 j.ro | tr "\n" " " | grep -qx "secret-free read-only "'
scenario pids 'test -e /proc/$2 && echo host-pid-seen || echo host-pid-unseen; test -e /proc/1 && echo has-pid-1'
check "host PIDs are invisible, and there is a PID 1" sh -c 'head -n 2 j.pids | tr "\n" " " | grep -qx "host-pid-unseen has-pid-1 "'
scenario mount 'mount -t tmpfs none /proc 2>/dev/null && echo mounted || echo refused'
check "mounting a new filesystem fails" grep -qx refused j.mount
scenario module '"$1/modload"'
check "loading a module fails, both ways" grep -qx 'failed failed' j.module
"$J" --ro /usr --ro /bin --ro /lib --ro /lib64 --ro "$D" -- "$D/modload" 2>&1 >/dev/null | grep -qx 'EPERM EPERM'
check "jail refuses modules with EPERM (its deny-list)" [ $? = 0 ]
scenario status 'exit 7'
check "CMD's exit status comes back" grep -qx 'rc=7' j.status
scenario signal 'kill -TERM $$'
check "a CMD killed by a signal gives 128 + the signal" grep -qx 'rc=143' j.signal

timeout 60 "$J" --ro /usr --ro /bin --ro /lib --ro /lib64 --ro "$J" -- "$J" --ro /usr -- /bin/true > /dev/null 2> nested; rc=$?
check "jail inside jail is refused (rc $rc)" [ "$rc" = 125 ]
check "with a message that says why" grep -q 'unprivileged user namespaces may be disabled' nested
"$J" 2> usage; rc=$?
check "no CMD: usage, 125" sh -c "[ $rc = 125 ] && grep -q '^usage: jail' usage"

# A fork bomb as nobody, with a limit of 30 processes: contained (the
# shell is told it cannot fork; the limit counts every process of nobody
# on the machine, so whether the shell then still answers depends on what
# else runs as nobody), the jail ends within the bound, and nothing of the
# bomb is left.
if [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null; then
	chmod 755 . data
	bomb='b() { b | b & }; b; sleep 1; echo alive'
	setpriv --reuid=65534 --regid=65534 --clear-groups \
		timeout 60 "$J" --ro /usr --ro /bin --ro /lib --ro /lib64 --nproc 30 -- /bin/sh -c "$bomb" > j.bomb 2> j.bomb.err
	rc=$?
	check "jail: the fork bomb ends within the bound (rc $rc)" [ "$rc" != 124 ]
	check "jail: it hit the process limit" grep -q 'Cannot fork' j.bomb.err
	sleep 1
	check "jail: nothing of it is left" [ -z "$(pgrep -u 65534 -x sh)" ]
	if [ $have_bwrap = 1 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups \
			prlimit --nproc=30:30 timeout 60 bwrap --unshare-all --die-with-parent \
			--ro-bind /usr /usr --ro-bind /bin /bin --ro-bind /lib /lib --ro-bind /lib64 /lib64 \
			--proc /proc --dev /dev -- /bin/sh -c "$bomb" > b.bomb 2> b.bomb.err
		rc=$?
		check "bwrap: the same bomb ends within the bound too (rc $rc)" [ "$rc" != 124 ]
		check "bwrap: it hit the process limit too" grep -q 'Cannot fork' b.bomb.err
		sleep 1
		check "bwrap: nothing of it is left" [ -z "$(pgrep -u 65534 -x sh)" ]
	fi
else
	echo "not root (or no setpriv): the fork bomb is not run"
fi
echo "$pass passed, $fail failed"
