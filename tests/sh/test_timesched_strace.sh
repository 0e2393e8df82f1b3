#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this under qemu-user, with JS_RUN set)
# The time, timer and scheduling wrappers of issue 14 issue their own
# system calls with their arguments in place, as strace sees them while
# the freestanding tests test_time_timers and test_proc_sched run
# (docs/design.md, tests layer 3).  Under qemu-user (JS_RUN=qemu-<arch>)
# its -strace shows which call each wrapper the generic table lacks is
# made from: select -> pselect6, alarm -> setitimer, pause -> ppoll,
# getpgrp -> getpgid; a call qemu does not know fails the test.
#   tests/sh/test_timesched_strace.sh BUILD_DIR TOP
B=$1 top=${2:-.}
pass=0 fail=0
check() { # description, extended regexp, file
	if grep -Eq "$2" "$3"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

if [ -n "${JS_RUN:-}" ]; then
	arch=${JS_RUN#qemu-}
	nr=$top/include/libjs/arch/$arch/nr.h
	$JS_RUN -strace "$B/tests/free/test_time_timers" 2> tt.log >/dev/null
	$JS_RUN -strace "$B/tests/free/test_proc_sched" 2> ps.log >/dev/null
	# qemu 7.2 runs sched_setattr but its -strace has no name for it
	setattr=$(sed -n 's/^#define JS_NR_sched_setattr \([0-9]*\).*/\1/p' "$nr")
	sed -i "s/Unknown syscall $setattr\$/sched_setattr(/" ps.log
	for pair in select:pselect6 alarm:setitimer pause:ppoll getpgrp:getpgid; do
		legacy=${pair%%:*} modern=${pair#*:}
		if grep -q "^#define JS_NR_$legacy " "$nr"; then want=$legacy; else want=$modern; fi
		check "$arch: js_$legacy issues $want" "^[0-9]+ $want\(" "$([ $legacy = getpgrp ] && echo ps.log || echo tt.log)"
	done
	check "$arch: js_pause waits in ppoll with no fds, no timeout, no mask" '^[0-9]+ ppoll\(0,0,0,0,8,' tt.log
	for c in timer_create timer_settime timer_gettime timer_getoverrun timer_delete \
		getitimer clock_settime settimeofday adjtimex clock_adjtime times; do
		check "$arch: $c" "^[0-9]+ $c\(" tt.log
	done
	for c in getpriority setpriority sched_getscheduler sched_setscheduler \
		sched_getparam sched_get_priority_max sched_get_priority_min \
		sched_rr_get_interval sched_getattr sched_setattr ioprio_get \
		ioprio_set personality setreuid setregid setfsuid setfsgid tkill \
		rt_sigqueueinfo rt_tgsigqueueinfo; do
		check "$arch: $c" "^[0-9]+ $c\(" ps.log
	done
	if grep -qi 'unknown syscall' tt.log ps.log; then
		fail=$((fail + 1)); echo "FAIL $arch: a call the emulator does not know:"
		grep -hi 'unknown syscall' tt.log ps.log | sort -u | head
	else
		pass=$((pass + 1))
	fi
	echo "$pass passed, $fail failed"
	exit 0
fi

if ! strace -o /dev/null true 2>/dev/null; then
	echo "FAIL: strace cannot trace here (ptrace refused or strace missing)"
	echo "0 passed, 1 failed"; exit 1
fi
rm -f tt.[0-9]* ps.[0-9]*
# One file per process (-ff), so that no line is split by another
# process's ("<unfinished ...>"), then one log per program.
strace -ff -o tt "$B/tests/free/test_time_timers" >/dev/null 2>&1
strace -ff -o ps "$B/tests/free/test_proc_sched" >/dev/null 2>&1
cat tt.[0-9]* > tt.log
cat ps.[0-9]* > ps.log
# time and timers
check "js_timer_create passes clock, sigevent, id" 'timer_create\(CLOCK_MONOTONIC, \{sigev_value=\{sival_int=4242, sival_ptr=0x1092\}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL\}, \[[0-9]+\]\) = 0' tt.log
check "js_timer_create with NULL event" 'timer_create\(CLOCK_REALTIME, NULL, \[[0-9]+\]\) = 0' tt.log
check "js_timer_create SIGEV_THREAD_ID" 'timer_create\(CLOCK_MONOTONIC, \{sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=[0-9]+\}, \[[0-9]+\]\) = 0' tt.log
check "js_timer_settime passes id, flags, new, old" 'timer_settime\([0-9]+, TIMER_ABSTIME, \{it_interval=\{tv_sec=0, tv_nsec=0\}, it_value=\{tv_sec=0, tv_nsec=1\}\}, \{it_interval=' tt.log
check "js_timer_gettime" 'timer_gettime\([0-9]+, \{it_interval=\{tv_sec=0, tv_nsec=0\}, it_value=\{tv_sec=0, tv_nsec=0\}\}\) = 0' tt.log
check "js_timer_getoverrun" 'timer_getoverrun\([0-9]+\) += 0' tt.log
check "js_timer_delete" 'timer_delete\([0-9]+\) += -1 EINVAL' tt.log
check "js_setitimer passes which, new, old" 'setitimer\(ITIMER_REAL, \{it_interval=\{tv_sec=0, tv_usec=0\}, it_value=\{tv_sec=0, tv_usec=20000\}\}, \{it_interval=' tt.log
check "js_getitimer" 'getitimer\(ITIMER_REAL, \{it_interval=\{tv_sec=0, tv_usec=0\}, it_value=\{tv_sec=9[89], ' tt.log
check "js_alarm is alarm" 'alarm\(50\) += 100' tt.log
check "js_pause is pause" 'pause\(' tt.log
check "js_select is select with its timeval" 'select\(4, \[3\], NULL, NULL, \{tv_sec=0, tv_usec=2500000\}\) = 1 \(in \[3\], left \{tv_sec=2, ' tt.log
check "js_pselect6 passes the timespec, no mask" 'pselect6\(4, \[3\], NULL, NULL, \{tv_sec=0, tv_nsec=30000000\}, NULL\) = 0 \(Timeout\)' tt.log
check "js_pselect6 passes the mask with its size" 'pselect6\(0, NULL, NULL, NULL, \{tv_sec=10, tv_nsec=0\}, \{sigmask=\[\], sigsetsize=8\}\) = \? ERESTARTNOHAND' tt.log
check "js_clock_settime" 'clock_settime\(CLOCK_MONOTONIC, \{tv_sec=1, tv_nsec=0\}\) = -1 EINVAL' tt.log
check "js_settimeofday" 'settimeofday\(\{tv_sec=1, tv_usec=2000000\}, NULL\) = -1 EINVAL' tt.log
check "js_adjtimex reads with modes 0" 'adjtimex\(\{modes=0, ' tt.log
check "js_clock_adjtime" 'clock_adjtime\(CLOCK_REALTIME, \{modes=0, ' tt.log
check "js_clock_adjtime refused" 'clock_adjtime\(CLOCK_MONOTONIC, .*EOPNOTSUPP' tt.log
check "js_times" 'times\(\{tms_utime=[0-9]+( /\* [0-9.]+ s \*/)?, tms_stime=[0-9]+( /\* [0-9.]+ s \*/)?, tms_cutime=[0-9]+( /\* [0-9.]+ s \*/)?, tms_cstime=[0-9]+( /\* [0-9.]+ s \*/)?\}\) += ' tt.log
check "js_times(NULL)" 'times\(NULL\) += [0-9]+' tt.log
# processes and scheduling
check "js_getpriority issues getpriority (20 - nice)" 'getpriority\(PRIO_PROCESS, 0\) += 23' ps.log
check "js_setpriority" 'setpriority\(PRIO_PROCESS, 0, -3\) += 0' ps.log
check "js_sched_getscheduler" 'sched_getscheduler\(0\) += 0 \(SCHED_OTHER\)' ps.log
check "js_sched_setscheduler" 'sched_setscheduler\(0, SCHED_BATCH, \[5\]\) = -1 EINVAL' ps.log
check "js_sched_getparam" 'sched_getparam\(0, \[0\]\) += 0' ps.log
check "js_sched_get_priority_max" 'sched_get_priority_max\(SCHED_FIFO\) += 99' ps.log
check "js_sched_get_priority_min" 'sched_get_priority_min\(SCHED_FIFO\) += 1' ps.log
check "js_sched_rr_get_interval" 'sched_rr_get_interval\(0, \{tv_sec=[0-9]+, tv_nsec=[0-9]+\}\) = 0' ps.log
check "js_sched_setattr passes the struct and flags" 'sched_setattr\(0, \{size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=4, sched_priority=0, .*\}, 0\) = 0' ps.log
check "js_sched_getattr passes size and flags" 'sched_getattr\(0, \{size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=4, .*\}, 56, 0\) = 0' ps.log
check "js_ioprio_set" 'ioprio_set\(IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE\(IOPRIO_CLASS_BE, 6\)' ps.log
check "js_ioprio_get" 'ioprio_get\(IOPRIO_WHO_PROCESS, 0\) += ' ps.log
check "js_personality" 'personality\(PER_LINUX\|ADDR_NO_RANDOMIZE' ps.log
check "js_setreuid" 'setreuid\(65534, 65534\) += 0' ps.log
check "js_setregid" 'setregid\(65534, 65534\) += 0' ps.log
check "js_setfsuid" 'setfsuid\(4242\) += 0' ps.log
check "js_setfsgid" 'setfsgid\(4343\) += 0' ps.log
check "js_getpgrp is getpgrp" 'getpgrp\(\) += [0-9]+' ps.log
check "js_tkill" 'tkill\([0-9]+, SIGUSR2\) += 0' ps.log
check "js_rt_sigqueueinfo passes the info" 'rt_sigqueueinfo\([0-9]+, SIGUSR2, \{si_signo=SIGUSR2, si_code=SI_QUEUE, si_pid=[0-9]+, si_uid=[0-9]+, si_int=77, ' ps.log
check "js_rt_tgsigqueueinfo passes tgid, tid, info" 'rt_tgsigqueueinfo\([0-9]+, [0-9]+, SIGUSR2, \{si_signo=SIGUSR2, si_code=SI_QUEUE, .*si_int=78, ' ps.log
echo "$pass passed, $fail failed"
