#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this under qemu-user, with JS_RUN set)
# examples/init as a subreaper on this build's architecture, natively or
# under qemu-user (make check runs it for aarch64 and riscv64 so): the
# orphans its child leaves are reparented to it and reaped (no zombie,
# watched through /proc: under qemu-user init's pid is the emulator's), the
# one still running when the child exits is stopped, the child's status
# comes back, SIGTERM is forwarded, an unknown option is status 2.
# qemu-user 7.2 refuses prctl(PR_SET_CHILD_SUBREAPER) with EINVAL (its
# prctl passes on only the options it knows): under it the test asserts
# that exact line, and that init still reaps its own child, gives its
# status and forwards signals; the orphans then go to the machine's
# subreaper, so they are short-lived there.  Every run is under
# `timeout -s KILL`, every wait a bounded poll.
#   tests/sh/test_init_arch.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1
I=$B/examples/init
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { what=$1; shift; if "$@"; then ok; else ko "$what"; fi; }
waitfor() {
	n=$1; shift
	while [ "$n" -gt 0 ]; do "$@" && return 0; sleep 0.1; n=$((n - 1)); done
	return 1
}
kids() {
	cat /proc/[0-9]*/stat 2> /dev/null |
		awk -v p="$1" '{ pid = $1; sub(/.*\) /, ""); if ($2 == p) print pid, $1 }'
}
nkids() { [ "$(kids "$1" | wc -l)" "$2" "$3" ]; }
no_zombie() { ! kids "$1" | grep -q ' Z$'; }
run() { timeout -s KILL 60 sh -c 'echo $$ > pid; exec "$@"' sh ${JS_RUN:-} "$I" "$@"; }
arch=${JS_RUN:-native}

rm -f started go pid
if [ -z "${JS_RUN:-}" ]; then
	run -- /bin/sh -c 'for i in 1 2 3; do (sleep 0.3 &); done; (sleep 30 & echo $! > left)
		touch started; while [ ! -e go ]; do sleep 0.1; done; exit 3' > /dev/null 2> orph.log &
	bg=$!
	waitfor 300 test -e started; p=$(cat pid)
	check "$arch: the orphans are reaped, the long one stays" waitfor 300 nkids "$p" -eq 2
	check "$arch: no zombie under init" no_zombie "$p"
	touch go; wait $bg; rc=$?
	check "$arch: the orphan left running is stopped" waitfor 50 sh -c '[ -s left ] && ! kill -0 "$(cat left)" 2> /dev/null'
	printf '%s\n' 'init: running /bin/sh' 'init: child exited with status 3' \
		'init: sending SIGTERM to all processes' 'init: exiting with status 3' > want
else
	run -- /bin/sh -c 'for i in 1 2 3; do (sleep 0.3 &); done
		touch started; while [ ! -e go ]; do sleep 0.1; done; exit 3' > /dev/null 2> orph.log &
	bg=$!
	waitfor 300 test -e started; p=$(cat pid)
	check "$arch: init keeps only its child (the orphans are not its own here)" waitfor 300 nkids "$p" -eq 1
	check "$arch: no zombie under init" no_zombie "$p"
	touch go; wait $bg; rc=$?
	printf '%s\n' 'init: cannot become a subreaper: EINVAL' 'init: running /bin/sh' \
		'init: child exited with status 3' 'init: exiting with status 3' > want
fi
check "$arch: the child's status comes back (rc $rc)" [ $rc = 3 ]
check "$arch: init's lines: $(tr '\n' '|' < orph.log)" cmp -s want orph.log

rm -f started pid
run -- /bin/sh -c 'trap "exit 5" TERM; touch started; while :; do sleep 0.1; done' 2> term.log &
bg=$!
waitfor 300 test -e started
kill -TERM "$(cat pid)"; wait $bg; rc=$?
check "$arch: SIGTERM is forwarded to the child (rc $rc)" [ $rc = 5 ]

${JS_RUN:-} "$I" --bogus 2> /dev/null; rc=$?
check "$arch: an unknown option is status 2 (rc $rc)" [ $rc = 2 ]
echo "$pass passed, $fail failed"
