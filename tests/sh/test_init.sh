#!/bin/sh
# examples/init (docs/init.md), as PID 1 of a new PID + mount + UTS
# namespace (made by tests/sh/init_ns.c with js_unshare and js_clone) and
# as a subreaper when not PID 1:
#   - a child that spawns orphans: each is reparented to init and reaped
#     (no zombie, watched from outside through /proc), the child's exit
#     status arrives;
#   - SIGTERM to init stops a long-running child cleanly within the grace
#     period, and one that ignores SIGTERM by SIGKILL after it;
#   - SIGHUP/SIGINT/SIGUSR1/SIGUSR2 reach the child's whole process group;
#   - what is left when the child exits is stopped, group leavers too;
#   - as PID 1 the mounts happen inside (fresh /proc: its PID 1 is init),
#     the hostname comes from /etc/hostname, and nothing is left mounted
#     outside; as a subreaper nothing is mounted;
#   - with no fds 0-2, init and the child are on /dev/console, which is
#     the child's controlling terminal, the child a session leader;
#   - options, the default /bin/sh, a command that cannot run;
#   - a --trace build traces its calls under DEBUG=libjs:*.
# Every process runs under `timeout -s KILL`, in a pids cgroup of 64 when
# the cgroup v1 pids controller is there; every wait is a bounded poll.
# The namespace part needs root (CLONE_NEWPID, mount): said, and counted
# as a failure, when it cannot run.
#   tests/sh/test_init.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1 top=$2
I=$B/examples/init
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { what=$1; shift; if "$@"; then ok; else ko "$what"; fi; }
# waitfor TENTHS COMMAND...: polls every 0.1 s, at most TENTHS times.
waitfor() {
	n=$1; shift
	while [ "$n" -gt 0 ]; do "$@" && return 0; sleep 0.1; n=$((n - 1)); done
	return 1
}

"$B/bin/libjs-cc" -O2 -Wall -Wextra -Werror "$top/tests/sh/init_ns.c" -o init_ns ||
	{ echo "FAIL: init_ns builds"; echo "0 passed, 1 failed"; exit 1; }

# The pids cgroup: every test process joins it first.
cg=
cgroot=/sys/fs/cgroup/pids
if [ -w "$cgroot" ] && mkdir "$cgroot/libjs-init-test.$$" 2> /dev/null; then
	cg=$cgroot/libjs-init-test.$$
	echo 64 > "$cg/pids.max"
else
	echo "no writable cgroup v1 pids controller: bounded by timeouts only"
fi
cleanup() {
	[ -n "$cg" ] || return
	for p in $(cat "$cg/cgroup.procs" 2> /dev/null); do kill -KILL "$p" 2> /dev/null; done
	waitfor 50 sh -c '[ -z "$(cat "$1/cgroup.procs")" ]' sh "$cg"
	rmdir "$cg" 2> /dev/null
}
trap cleanup EXIT

# ns PIDFILE INIT-ARGS...: init as PID 1 of new namespaces; sub PIDFILE
# INIT-ARGS...: init as a subreaper.  Each writes init's pid to PIDFILE.
ns() {
	pf=$1; shift
	timeout -s KILL 60 sh -c 'cg=$1; shift; [ -z "$cg" ] || echo $$ > "$cg/cgroup.procs"; exec "$@"' \
		sh "$cg" ./init_ns -h hostname.in "$pf" "$I" "$@"
}
sub() {
	pf=$1; shift
	timeout -s KILL 60 sh -c 'cg=$1 pf=$2; shift 2; [ -z "$cg" ] || echo $$ > "$cg/cgroup.procs"
		echo $$ > "$pf"; exec "$@"' sh "$cg" "$pf" "$I" "$@"
}
echo ' libjs-init-test ' > hostname.in

# kids PID: "pid state" of each child of PID, from /proc.
kids() {
	cat /proc/[0-9]*/stat 2> /dev/null |
		awk -v p="$1" '{ pid = $1; sub(/.*\) /, ""); if ($2 == p) print pid, $1 }'
}
nkids() { [ "$(kids "$1" | wc -l)" "$2" "$3" ]; }
no_zombie() { ! kids "$1" | grep -q ' Z$'; }
mounts_here() { awk '$5 ~ /^\/(proc|sys|dev|dev\/pts|run)$/ { print $5 }' /proc/self/mountinfo | sort; }
# now: hundredths of a second since boot
now() { awk '{ printf "%d\n", $1 * 100 }' /proc/uptime; }

have_ns=0
if [ "$(id -u)" = 0 ] && ns ns.probe /bin/true > /dev/null 2> probe.err; then
	have_ns=1
else
	ko "init as PID 1 of a PID namespace cannot run here (needs root): $(cat probe.err)"
fi
modes=sub
[ $have_ns = 1 ] && modes="ns sub"

# ---- Orphans: three that live 3 s and three that end at once; the child
# waits for the test's go and exits 7.
orphans='for i in 1 2 3; do (sleep 3 &); (true &); done
	cat /proc/1/comm > comm 2> /dev/null; uname -n > hostname.out
	touch started; while [ ! -e go ]; do sleep 0.1; done; exit 7'
before=$(mounts_here)
for m in $modes; do
	rm -f started go pid
	$m pid -- /bin/sh -c "$orphans" > $m.orph.out 2> $m.orph.log &
	bg=$!
	waitfor 100 test -e started; p=$(cat pid 2> /dev/null)
	check "$m: the child starts" [ -e started -a -n "$p" ]
	check "$m: the orphans are reparented to init" waitfor 100 nkids "$p" -ge 4
	if [ $m = ns ]; then
		# While it runs: the mounts inside, seen from outside.
		awk '{ for (i = 7; $i != "-"; i++); print $5, $(i + 1) }' /proc/"$p"/mountinfo > ns.mnt
		for want in "/proc proc" "/sys sysfs" "/dev devtmpfs" "/dev/pts devpts" "/run tmpfs"; do
			check "ns: $want is mounted inside" grep -qx "$want" ns.mnt
		done
		check "ns: /proc inside is the namespace's (its PID 1 is init)" grep -qx init comm
		check "ns: the hostname comes from /etc/hostname" grep -qx libjs-init-test hostname.out
		check "ns: the host's hostname is not touched" [ "$(uname -n)" != libjs-init-test ]
	fi
	check "$m: every orphan is reaped (init keeps only its child)" waitfor 200 nkids "$p" -eq 1
	check "$m: no zombie is left under init" no_zombie "$p"
	touch go
	wait $bg; rc=$?
	check "$m: the child's exit status arrives (rc $rc)" [ $rc = 7 ]
	check "$m: init says the child exited with status 7" grep -qx 'init: child exited with status 7' $m.orph.log
	check "$m: init's last line gives the status" sh -c "tail -n 1 $m.orph.log | grep -qx 'init: exiting with status 7'"
done
after=$(mounts_here)
check "nothing init mounted is left outside" [ "$before" = "$after" ]
if [ $have_ns = 1 ]; then
	for d in /proc /sys /dev /dev/pts /run; do
		check "ns: init unmounts $d at the end" grep -qx "init: unmounted $d" ns.orph.log
	done
fi
check "sub: a subreaper mounts nothing" sh -c '! grep -q mount sub.orph.log'
check "sub: a subreaper sets no hostname" sh -c '! grep -q hostname sub.orph.log'

# ---- SIGTERM to init: a child that ends on SIGTERM stops well within the
# grace period.  As PID 1, one that ignores it is killed after the grace
# period; a subreaper only forwards SIGTERM, and shuts down so on SIGPWR.
for m in $modes; do
	rm -f started pid
	$m pid --grace=20 -- /bin/sh -c 'trap "exit 3" TERM; touch started
		while :; do sleep 0.1; done' > /dev/null 2> $m.term.log &
	bg=$!
	waitfor 100 test -e started
	t0=$(now); kill -TERM "$(cat pid)"; wait $bg; rc=$?; t=$(( $(now) - t0 ))
	check "$m: SIGTERM stops the child cleanly (rc $rc)" [ $rc = 3 ]
	check "$m: within the grace period (${t}0 ms < 10 s)" [ "$t" -lt 1000 ]
	check "$m: init says so" grep -qx 'init: child exited with status 3' $m.term.log
	rm -f started pid
	$m pid --grace=1 -- /bin/sh -c 'trap "" TERM; touch started
		while :; do sleep 0.1; done' > /dev/null 2> $m.kill.log &
	bg=$!
	waitfor 100 test -e started
	sig=TERM; [ $m = sub ] && sig=PWR
	t0=$(now); kill -$sig "$(cat pid)"; wait $bg; rc=$?; t=$(( $(now) - t0 ))
	check "$m: SIG$sig to init: a child ignoring SIGTERM is killed (rc $rc)" [ $rc = 137 ]
	check "$m: after the 1 s grace period (${t}0 ms)" [ "$t" -ge 90 -a "$t" -lt 1500 ]
	check "$m: with SIGKILL" grep -qx 'init: sending SIGKILL to all processes' $m.kill.log
	check "$m: init says the child was killed by signal 9" grep -qx 'init: child killed by signal 9' $m.kill.log
done
[ $have_ns = 1 ] && check "ns: PID 1 shuts down on SIGTERM" grep -qx 'init: shutting down on signal 15' ns.term.log
check "sub: a subreaper shuts down on SIGPWR" grep -qx 'init: shutting down on signal 30' sub.kill.log
check "sub: a subreaper forwards SIGTERM instead" sh -c '! grep -q "shutting down" sub.term.log'

# ---- Forwarding: each signal reaches the child and the other members of
# its process group (a background subshell).
fwd='for s in HUP INT USR1 USR2; do trap "echo parent-$s >> sig" $s; done
	(for s in HUP USR1; do trap "echo kid-$s >> sig" $s; done
	 touch kid; while [ ! -e go ]; do sleep 0.1; done) &
	while [ ! -e kid ]; do sleep 0.1; done; touch started
	while [ ! -e go ]; do sleep 0.1; done; wait; exit 0'
for m in $modes; do
	rm -f started go kid sig pid
	$m pid -- /bin/sh -c "$fwd" > /dev/null 2> $m.fwd.log &
	bg=$!
	waitfor 100 test -e started; p=$(cat pid)
	for s in HUP INT USR1 USR2; do
		kill -$s "$p"
		check "$m: SIG$s reaches the child" waitfor 100 grep -qsx "parent-$s" sig
		case $s in HUP|USR1)
			check "$m: SIG$s reaches the rest of its group" waitfor 100 grep -qsx "kid-$s" sig ;;
		esac
	done
	touch go; wait $bg; rc=$?
	check "$m: the child still exits normally (rc $rc)" [ $rc = 0 ]
done

# ---- What is left when the child exits: a process in its group and one
# that left it (setsid) get SIGTERM; one that ignores it gets SIGKILL.
# Their pids go to files (as a subreaper the test checks them; in the
# namespace they are its own pids, and its end ends them anyway); they
# sleep 30 s at most, should init fail.
left='(sleep 31 & echo $! > left.1); (setsid sleep 32 & echo $! > left.2)
	(trap "" TERM; exec sleep 33) & echo $! > left.3
	sleep 0.5; exit 4'
gone() { for f in left.1 left.2 left.3; do kill -0 "$(cat $f)" 2> /dev/null && return 1; done; return 0; }
for m in $modes; do
	rm -f left.1 left.2 left.3
	$m pid --grace=1 -- /bin/sh -c "$left" > /dev/null 2> $m.left.log; rc=$?
	check "$m: the child's status with leftovers (rc $rc)" [ $rc = 4 ]
	check "$m: SIGTERM, then SIGKILL for the one that ignores it" sh -c \
		"grep -qx 'init: sending SIGTERM to all processes' $m.left.log &&
		 grep -qx 'init: sending SIGKILL to all processes' $m.left.log"
	if [ $m = sub ]; then
		check "sub: the three leftovers ran" [ -s left.1 -a -s left.2 -a -s left.3 ]
		check "sub: nothing is left" waitfor 50 gone
	fi
done

# ---- The console: started with no fds 0-2, init puts them on
# /dev/console (a pseudoterminal here), and the child is a session leader
# whose controlling terminal it is.
if [ $have_ns = 1 ]; then
	timeout -s KILL 60 sh -c 'cg=$1; shift; [ -z "$cg" ] || echo $$ > "$cg/cgroup.procs"; exec "$@"' \
		sh "$cg" ./init_ns -t pid "$I" -- /bin/sh -c \
		'set -- $(cut -d" " -f6,7 /proc/$$/stat); echo "pid $$ sid $1 tty $2"; [ -t 0 ] && echo tty; exit 5' |
		tr -d '\r' > con.out
	rc=$?
	check "console: the child's status (rc $rc)" [ "$(cat con.out | tail -n 1)" = "init: exiting with status 5" ]
	check "console: init's lines are on the console" grep -qx 'init: running /bin/sh' con.out
	check "console: so is the child's output" grep -qx tty con.out
	check "console: the child is a session leader with a controlling terminal" \
		grep -q '^pid \([0-9]*\) sid \1 tty [1-9]' con.out
fi

# ---- Options, the default command, a command that cannot run.
"$I" --bogus > /dev/null 2> opt.err; rc=$?
check "an unknown option: status 2 (rc $rc)" [ $rc = 2 ]
check "with a message and the usage" sh -c "grep -qx 'init: unknown option --bogus' opt.err &&
	grep -qx 'init: usage: init \[--reboot\] \[--grace=SECONDS\] \[--\] \[CMD \[ARGS...\]\]' opt.err"
for bad in --grace= --grace=x --grace=601 --grace=-1; do
	"$I" "$bad" /bin/true 2> /dev/null; rc=$?
	check "$bad is refused (rc $rc)" [ $rc = 2 ]
done
echo 'exit 6' | sub pid > /dev/null 2> sh.log; rc=$?
check "no CMD runs /bin/sh (rc $rc)" [ $rc = 6 ]
check "and says so" grep -qx 'init: running /bin/sh' sh.log
sub pid --reboot --grace=0 -- /bin/true 2> rb.log; rc=$?
check "--reboot and --grace=0 are taken; a subreaper still exits (rc $rc)" [ $rc = 0 ]
sub pid /nonexistent/cmd 2> nx.log; rc=$?
check "a command that is not there: 127 (rc $rc)" [ $rc = 127 ]
check "with a message" grep -qx 'init: cannot run /nonexistent/cmd: ENOENT' nx.log
sub pid /dev/null 2> nx.log; rc=$?
check "a command that cannot run: 126 (rc $rc)" [ $rc = 126 ]
perl -e '$SIG{CHLD} = "IGNORE"; open(F, ">pid"); print F "$$\n"; close(F); exec @ARGV' \
	"$I" -- sh -c 'exit 9' 2> /dev/null & bg=$!
waitfor 100 sh -c '! kill -0 $0 2> /dev/null' $bg || { kill -KILL "$(cat pid)"; sleep 0.1; }
wait $bg; rc=$?
check "started with SIGCHLD ignored, init still gets the status (rc $rc)" [ $rc = 9 ]
sub pid -- -x 2> dash.log; rc=$?
check "after --, a CMD starting with - is a command (rc $rc)" sh -c "[ $rc = 127 ] && grep -qx 'init: running -x' dash.log"

# ---- --trace: the same source traces its own calls.
"$B/bin/libjs-cc" --trace -Os "$top/examples/init.c" -o init-trace ||
	ko "init builds with libjs-cc --trace"
DEBUG='libjs:*' ./init-trace /bin/true 2> trace.log; rc=$?
check "the --trace build works (rc $rc)" [ $rc = 0 ]
for c in prctl rt_sigprocmask wait4 rt_sigtimedwait; do
	check "the --trace build traces $c" grep -q "^libjs:syscall $c(" trace.log
done
DEBUG='libjs:*' "$I" /bin/true 2> notrace.log
check "the normal build does not trace" sh -c '! grep -q "^libjs:" notrace.log'
echo "$pass passed, $fail failed"
