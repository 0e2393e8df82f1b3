#!/bin/sh
# JS_RUN: yes
# The trace's decoding is the same on every architecture (issue 11): every
# program of the differential test (tests/sh/trace_diff/*.c, none left
# out) and tests/sh/trace_calls.c, built with `libjs-cc --trace` for the
# build machine and for aarch64 / riscv64, run with DEBUG='libjs:*' (the
# others under qemu-user), must trace the same calls with the same values
# and the same names, line for line.  Each program's compared lines are
# counted and printed.  Normalised first, and only this (docs/trace-
# constants.md lists it too):
#  - what differs from run to run: addresses (hex of 5 digits or more);
#    process and thread ids (every number a getpid/gettid/getppid/fork/
#    vfork/clone/clone3/set_tid_address line or semctl(GETPID) returned,
#    wherever it appears) and the System V IPC ids msgget/semget/shmget
#    returned; what the file system or the clock says: st_dev/st_ino/
#    times in struct stat and statx (stx_*), statfs's f_bfree/f_bavail/
#    f_ffree, the msg/sem/shm times, getrandom's bytes, the numbers of
#    clock_gettime/gettimeofday/times/getrusage/sysinfo/clock_getres
#    lines, wait4's ru_utime/ru_stime; the time left on a timer
#    (getitimer/timer_gettime/timerfd_gettime's it_value, the old
#    it_value setitimer/timer_settime/timerfd_settime return) and alarm's
#    answer; ports the kernel chose (those in its ip_local_port_range);
#    the program's own path in execve lines;
#  - calls an architecture lacks, written in one form: openat(AT_FDCWD,
#    p, ...) is open(p, ...) and with O_WRONLY|O_CREAT|O_TRUNC creat(p,
#    m), unlinkat(AT_FDCWD, p, 0) unlink(p) and with AT_REMOVEDIR
#    rmdir(p), mkdirat/mknodat/fchmodat/faccessat/readlinkat/symlinkat/
#    linkat/fchownat with AT_FDCWD their old names (fchownat with
#    AT_SYMLINK_NOFOLLOW lchown), newfstatat(AT_FDCWD, p, s, 0) stat
#    (AT_SYMLINK_NOFOLLOW: lstat), renameat/renameat2(..., 0) rename,
#    dup3(a, b, 0) dup2, pipe2(f, 0) pipe, epoll_create(n)
#    epoll_create1(0), epoll_pwait(..., NULL, 8) epoll_wait,
#    inotify_init1(0) inotify_init, eventfd2(n, 0) eventfd,
#    clone(child_stack=NULL, flags=SIGCHLD) fork, getpgid(0) getpgrp;
#    utimes/futimesat (microseconds) and utime (seconds) as the
#    utimensat(..., 0) they are made from, in nanoseconds; ppoll(...,
#    {0, 0} or NULL, NULL, 8) as poll(..., 0 or -1) without the time
#    left; pselect6(..., NULL) as select with microseconds;
#    setitimer(ITIMER_REAL, {0 interval, N s}, old) as alarm(N); and
#    the kernel copies libjs makes for those conversions (js__kcopy: a
#    pipe2(O_CLOEXEC), a write, a read, two closes, just before the
#    utimensat or pselect6, or just after the pselect6, writing select's
#    time left back) are left out;
#  - x86_64's own: arch_prctl and its restorer's traced rt_sigreturn (any
#    other call made on one side only fails the test), and SA_RESTORER
#    with its sa_restorer, which the others' kernels do not use;
#  - the order of lines across processes (forked children interleave):
#    the lines are compared as sorted lists; the line written before an
#    execve/execveat that then failed (`= 0`) is left out, as its failure
#    line says the same (an injected call has no such line);
#  - gaps of qemu-user 7.2, not of libjs:
#    * calls it lacks or answers otherwise for the whole run: a program
#      names them in a `trace-cross-arch: LIBJS_FAULT=<rules> (why)`
#      line and the native baseline runs with that LIBJS_FAULT, so that
#      both take the same path; the injected lines' `(INJECTED)` is
#      dropped.  ENOSYS: the mount API (fsopen, fsconfig, fsmount,
#      fspick, move_mount, open_tree, mount_setattr), openat2, preadv2,
#      pwritev2, epoll_pwait2, fanotify_init/fanotify_mark, io_setup/
#      io_destroy, mq_notify, clone3, execveat, set_robust_list, rseq;
#      ENOEXEC: an execve of a program for the other architecture (it
#      hands execve to the host kernel);
#    * it translates flag bits it does not know away, or checks
#      arguments in another order: on a pipe2/mmap/mprotect/socket line
#      whose flags carry an unknown bit (`/* X_??? */` or a `|0x...`
#      remainder) the answer (and pipe2's fds) is not compared;
#    * it refuses prctl PR_SET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER
#      and PR_GET_SECCOMP (EINVAL): their answers (and the value
#      PR_GET_CHILD_SUBREAPER stores) are not compared; it accepts any
#      madvise advice (0 for 999, EINVAL on the kernel) and refuses
#      MAP_SHARED_VALIDATE (EINVAL where the kernel first finds fd -1
#      bad, EBADF): those answers are not compared; it answers an ioctl
#      it cannot translate (`_IOC(...)`) ENOSYS where the kernel says
#      ENOTTY: that answer is not compared;
#    * its struct msqid_ds has 8-byte msg_lspid/msg_lrpid (the kernel's
#      are 4 bytes), so msg_lrpid reads 0: not compared; its fork-like
#      clone stores CLONE_PARENT_SETTID's id in the child's memory only,
#      so the parent's parent_tid=[...] is not compared (without
#      CLONE_VM); it gives its own POSIX timer ids (0x0caf0000 + index:
#      made the kernel's index again, on the architecture's side only);
#      its waitid copies si_utime/si_stime from its own siginfo, which
#      the kernel's waitid never writes: not compared on waitid lines;
#      it drops O_LARGEFILE from fcntl(F_GETFL)'s answer: that flag and
#      the number are left out of F_GETFL's result.
#    (qemu-riscv64 7.2 also writes a 32-byte struct sigaction, with an
#    sa_restorer word the riscv64 kernel's 24-byte one lacks: the
#    programs leave room after oldact, tests/sh/trace_diff/proc_signals.c.)
# Run by each architecture's stage of make check (JS_RUN=qemu-<arch>),
# where both that architecture's library and the native one exist; the
# native stage checks the baseline itself.
#   tests/sh/test_trace_cross_arch.sh BUILD_DIR TOP
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
MIN_LINES=700	# per architecture, over all programs: about 80% of the 878 compared (2026-12-01)

native=$(uname -m)
arch=${JS_RUN#qemu-}
[ -n "${JS_RUN:-}" ] || arch=$native
# The native build directory: BUILD_DIR itself, or the one the
# architecture's build-<arch> sits beside.
nb=${B%-"$arch"}
cc="$nb/bin/libjs-cc"

# Every program is compared: none is left out.
progs="$top/tests/sh/trace_calls.c"
for p in "$top"/tests/sh/trace_diff/*.c; do
	[ -e "$p" ] && progs="$progs $p"
done

# drop_kcopy FILE: the lines of libjs's kernel copy (js__kcopy:
# pipe2(O_CLOEXEC), a write into it, a read back, two closes) made just
# before a utimensat or pselect6 -- the conversion of utimes/utime/
# futimesat/select on an architecture that lacks them -- or just after the
# pselect6 (select's time left, written back) are dropped: the call they
# convert is compared in its one form below.
drop_kcopy() {
	awk '
	function flush(i) { if (n == 5 && after) n = 0; for (i = 1; i <= n; i++) print buf[i]; n = 0 }
	{
		line = $0; sub(/^libjs:syscall /, "", line)
		if (line ~ /^pipe2\(\[[0-9]+, [0-9]+\], O_CLOEXEC\) = 0$/) { flush(); buf[++n] = $0; next }
		if (n == 1 && line ~ /^write\(/ || n == 2 && line ~ /^read\(/ || (n == 3 || n == 4) && line ~ /^close\([0-9]+\) = 0$/) { buf[++n] = $0; next }
		if (n == 5 && line ~ /^(utimensat|pselect6)\(/) n = 0
		flush(); print
		after = line ~ /^pselect6\(/
	}
	END { flush() }' "$1"
}

# ports: a port in the kernel's ephemeral range (ip_local_port_range,
# where it picks a port for bind to 0 or an unbound connect) is PORT.
ports() {
	awk -v range="$(cat /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768 60999)" '
	BEGIN { split(range, r, /[ \t]+/); lo = r[1] + 0; hi = r[2] + 0 }
	{
		out = ""; line = $0
		while (match(line, /_port=htons\([0-9]+\)/)) {
			v = substr(line, RSTART + 12, RLENGTH - 13) + 0
			out = out substr(line, 1, RSTART - 1) (v >= lo && v <= hi ? "_port=htons(PORT)" : substr(line, RSTART, RLENGTH))
			line = substr(line, RSTART + RLENGTH)
		}
		print out line
	}'
}

# drop_exec_pre: the line the trace writes before an execve or execveat
# (`= 0`, the new image may never come back) is left out for each such
# call that failed: its failure line says the same, and an injected call
# (never made) has none.
drop_exec_pre() {
	awk '
	{ l[NR] = $0 }
	/^execve(at)?\(.*\) = -1 / { k = $0; sub(/ = -1 .*/, "", k); failed[k]++ }
	END {
		for (i = 1; i <= NR; i++) {
			k = l[i]
			if (sub(/ = 0$/, "", k) && k ~ /^execve(at)?\(/ && failed[k] > 0) { failed[k]--; continue }
			print l[i]
		}
	}'
}

# norm FILE: the normalised, sorted lines of one run (the header lists
# every rule and why).
norm() {
	# Process and thread ids first, from the lines that return them; the
	# System V IPC ids likewise.
	pids=$(sed -nE 's/^(libjs:syscall )?((getpid|gettid|getppid|fork|vfork|clone|clone3|set_tid_address)\(.*|semctl\([0-9]+, [0-9]+, GETPID, .*)\) = ([0-9]+)$/\4/p' "$1" | sort -u | tr '\n' '|' | sed 's/|$//')
	ipcids=$(sed -nE 's/^(libjs:syscall )?(msgget|semget|shmget)\(.*\) = ([0-9]+)$/\3/p' "$1" | sort -u | tr '\n' '|' | sed 's/|$//')
	drop_kcopy "$1" | sed -E \
		-e 's/^libjs:syscall //' \
		-e 's/ \(INJECTED\)$//' \
		-e "s#\"$PWD/bin/prog\"#\"PROG\"#g" \
		-e 's/0x[0-9a-f]{5,}/ADDR/g' \
		-e 's/(st_dev|st_ino|st_rdev|st_[amc]time(_nsec)?|st_blocks|stx_ino|stx_dev_major|stx_dev_minor|stx_mnt_id|stx_blocks)=[^,}]*/\1=N/g' \
		-e 's/(stx_[abcm]time)=\{[^}]*\}/\1=T/g' \
		-e 's/(f_bfree|f_bavail|f_ffree)=[0-9]+/\1=N/g' \
		-e 's/(msg_[src]time|sem_[oc]time|shm_[adc]time)=[0-9]+/\1=T/g' \
		-e '/^wait4\(/s/(ru_[us]time)=\{[^}]*\}/\1=T/g' \
		-e '/^(getitimer|timer_gettime|timerfd_gettime)\(/s/it_value=\{[^}]*\}/it_value=T/' \
		-e '/^(setitimer|timer_settime|timerfd_settime)\(/s/(it_value=)\{[^}]*\}\}\) = /\1T}) = /' \
		-e '/^alarm\(/s/\) = [0-9]+$/) = REM/' \
		-e 's/^getrandom\("[^"]*"/getrandom(DATA/' \
		-e '/^(clock_gettime|gettimeofday|times|getrusage|sysinfo|clock_getres)\(/s/[0-9]+/N/g' \
		-e 's/^openat\(AT_FDCWD, /open(/' \
		-e 's/^open\(("([^"\\]|\\.)*"), O_WRONLY\|O_CREAT\|O_TRUNC, /creat(\1, /' \
		-e 's/^unlinkat\(AT_FDCWD, ("([^"\\]|\\.)*"|ADDR|NULL), 0\)/unlink(\1)/' \
		-e 's/^unlinkat\(AT_FDCWD, ("([^"\\]|\\.)*"|ADDR|NULL), AT_REMOVEDIR\)/rmdir(\1)/' \
		-e 's/^(mkdir|readlink|mknod)at\(AT_FDCWD, /\1(/' \
		-e 's/^fchmodat\(AT_FDCWD, /chmod(/' -e 's/^faccessat\(AT_FDCWD, /access(/' \
		-e 's/^symlinkat\(("([^"\\]|\\.)*"|ADDR|NULL), AT_FDCWD, /symlink(\1, /' \
		-e 's/^linkat\(AT_FDCWD, ("([^"\\]|\\.)*"|ADDR|NULL), AT_FDCWD, ("([^"\\]|\\.)*"|ADDR|NULL), 0\)/link(\1, \3)/' \
		-e 's/^fchownat\(AT_FDCWD, (.*), AT_SYMLINK_NOFOLLOW\)/lchown(\1)/' \
		-e 's/^fchownat\(AT_FDCWD, (.*), 0\)/chown(\1)/' \
		-e 's/^newfstatat\(AT_FDCWD, (.*), 0\)/stat(\1)/' \
		-e 's/^newfstatat\(AT_FDCWD, (.*), AT_SYMLINK_NOFOLLOW\)/lstat(\1)/' \
		-e 's/^renameat2\(AT_FDCWD, ("([^"\\]|\\.)*"|ADDR|NULL), AT_FDCWD, ("([^"\\]|\\.)*"|ADDR|NULL), 0\)/rename(\1, \3)/' \
		-e 's/^renameat\(AT_FDCWD, ("([^"\\]|\\.)*"|ADDR|NULL), AT_FDCWD, ("([^"\\]|\\.)*"|ADDR|NULL)\)/rename(\1, \3)/' \
		-e 's/^dup3\(([0-9]+), ([0-9]+), 0\)/dup2(\1, \2)/' \
		-e 's/^pipe2\((.*), 0\)/pipe(\1)/' \
		-e 's/^epoll_create\([0-9]+\)/epoll_create1(0)/' \
		-e 's/^epoll_pwait\((.*), NULL, 8\)/epoll_wait(\1)/' \
		-e 's/^inotify_init1\(0\)/inotify_init()/' \
		-e 's/^eventfd2\(([0-9]+), 0\)/eventfd(\1)/' \
		-e 's/^clone\(child_stack=NULL, flags=SIGCHLD\)/fork()/' \
		-e 's/^getpgid\(0\)/getpgrp()/' \
		-e '/^(utimes|futimesat)\(/{s/tv_usec=0\}/tv_nsec=0}/g; s/tv_usec=([0-9]+)\}/tv_nsec=\1000}/g; s/(\.[0-9]{6})\+0000/\1000+0000/g}' \
		-e 's/^utimes\((.*)\) = /utimensat(AT_FDCWD, \1, 0) = /' \
		-e 's/^futimesat\((.*)\) = /utimensat(\1, 0) = /' \
		-e 's/^utime\(("([^"\\]|\\.)*"), \{actime=([0-9]+) (\/\*[^*]*\*\/), modtime=([0-9]+) (\/\*[^*]*\*\/)\}\) = /utimensat(AT_FDCWD, \1, [{tv_sec=\3, tv_nsec=0} \4, {tv_sec=\5, tv_nsec=0} \6], 0) = /' \
		-e 's/^utime\(("([^"\\]|\\.)*"), NULL\) = /utimensat(AT_FDCWD, \1, NULL, 0) = /' \
		-e '/^ppoll\(.*, NULL, 8\) = /{s/, left \{[^}]*\}\)$/)/; s/^ppoll\((.*), \{tv_sec=0, tv_nsec=0\}, NULL, 8\) = /poll(\1, 0) = /; s/^ppoll\((.*), NULL, NULL, 8\) = /poll(\1, -1) = /}' \
		-e '/^pselect6\(.*, NULL\) = /{s/tv_nsec=0\}/tv_usec=0}/g; s/tv_nsec=([0-9]+)000\}/tv_usec=\1}/g; s/^pselect6\((.*), NULL\) = /select(\1) = /}' \
		-e 's/^setitimer\(ITIMER_REAL, \{it_interval=\{tv_sec=0, tv_usec=0\}, it_value=\{tv_sec=([0-9]+), tv_usec=0\}\}, \{it_interval=\{tv_sec=0, tv_usec=0\}, it_value=T\}\) = 0$/alarm(\1) = REM/' \
		-e '/F_GETFL\) = /{s/= 0x[0-9a-f]+ /= HEX /; s/\|O_LARGEFILE//}' \
		-e 's/SA_RESTORER\|//g; s/\|SA_RESTORER//g; s/sa_flags=SA_RESTORER([,}])/sa_flags=0\1/g; s/, sa_restorer=ADDR//g' \
		-e '/^waitid\(/s/si_utime=[0-9]+, si_stime=[0-9]+/si_utime=N, si_stime=N/' \
		-e '/(\/\* [A-Z_]+\?\?\? \*\/|\|0x[0-9a-f]+)/{s/^pipe2\(\[[0-9]+, [0-9]+\]/pipe2(ADDR/; s/\) = .*/) = QEMU/}' \
		-e '/^prctl\(PR_GET_CHILD_SUBREAPER, /s/, .*/, QEMU/' \
		-e 's/^prctl\((PR_SET_CHILD_SUBREAPER, 1|PR_GET_SECCOMP)\) = .*/prctl(\1) = QEMU/' \
		-e '/^madvise\(.* \/\* MADV_\?\?\? \*\/\) = /s/\) = .*/) = QEMU/' \
		-e '/^mmap\(.*, MAP_SHARED_VALIDATE, -1, 0\) = -1 /s/\) = .*/) = QEMU/' \
		-e '/^ioctl\([0-9]+, _IOC\(.*\) = -1 (ENOTTY|ENOSYS) /s/\) = .*/) = QEMU/' \
		-e '/^(pipe2|mmap|mprotect|socket)\(.*(\/\* [A-Z_]+\?\?\? \*\/|\|(0x[0-9a-f]+|ADDR))/{s/^pipe2\(\[[0-9]+, [0-9]+\]/pipe2(ADDR/; s/\) = .*/) = QEMU/}' \
		-e 's/msg_lrpid=[0-9]+/msg_lrpid=QEMU/' \
		-e '/^clone\(/{/CLONE_VM/!s/parent_tid=\[[0-9]+\]/parent_tid=[TID]/}' \
		| if [ -n "$pids" ]; then sed -E "s/\\b($pids)\\b/PID/g"; else cat; fi \
		| if [ -n "$ipcids" ]; then sed -E "s/\\b($ipcids)\\b/IPCID/g"; else cat; fi \
		| ports | drop_exec_pre | sort
}

# qemu_ids FILE: qemu-user 7.2 hands out POSIX timer ids of its own
# (0x0caf0000 plus its table index) where the kernel counts from 0.
qemu_ids() {
	sed -E '/^(libjs:syscall )?timer_/{s/\b212795392\b/0/g; s/\b212795393\b/1/g; s/\b212795394\b/2/g; s/\b212795395\b/3/g; s/\b212795396\b/4/g; s/\b212795397\b/5/g; s/\b212795398\b/6/g; s/\b212795399\b/7/g}' "$1"
}

# run PROG OUT [EMULATOR]: one traced run in an empty directory, bounded.
# FAULT (set by the caller) is the LIBJS_FAULT of the run, empty for none.
# Every program runs as the same path, $PWD/bin/prog, so that its argv[0]
# (which strace's -s 32 may cut anywhere) reads the same on both sides.
run() {
	rm -rf rundir bin; mkdir rundir bin
	cp "$1" bin/prog
	prog=$PWD/bin/prog
	(cd rundir && DEBUG='libjs:*' LIBJS_FAULT="$FAULT" timeout 60 ${3:-} "$prog" 2>"../$2.raw" >/dev/null)
	rc=$?
	grep '^libjs:syscall ' "$2.raw" > "$2.lines"
	return $rc
}

total=0
for p in $progs; do
	n=$(basename "$p" .c)
	if ! CC="${HOSTCC:-cc}" timeout 300 "$cc" --trace -O2 -w "$p" -o "$n.native" 2>"$n.err"; then
		ko "$n: native build: $(head -3 "$n.err")"; continue
	fi
	if [ "$arch" = "$native" ]; then
		# The native stage: the baseline the other stages compare with.
		FAULT=
		run "$PWD/$n.native" "$n.native" || ko "$n: the native run failed (exit $rc)"
		normed=$(norm "$n.native.lines" | tee "$n.native.norm" | wc -l)
		[ "$normed" -gt 0 ] && ok || ko "$n: no trace lines natively"
		echo "$n: $normed lines natively"
		total=$((total + normed))
		continue
	fi
	if ! CC="$arch-linux-gnu-gcc" timeout 300 "$cc" --target="$arch" --trace -O2 -w "$p" -o "$n.$arch" 2>"$n.err"; then
		ko "$n: $arch build: $(head -3 "$n.err")"; continue
	fi
	# The calls qemu-user 7.2 lacks or refuses, which the program names in
	# a `trace-cross-arch: LIBJS_FAULT=...` line: the native baseline
	# makes them fail the same way by injection, so that both runs take
	# the same path (the arch's run must then answer exactly that).
	FAULT=$(sed -n 's/.*trace-cross-arch: LIBJS_FAULT=\([^ ]*\).*/\1/p' "$p" | head -1)
	[ -z "$FAULT" ] || echo "$n: native baseline with LIBJS_FAULT=$FAULT"
	run "$PWD/$n.native" "$n.native" || ko "$n: the native run failed (exit $rc)"
	norm "$n.native.lines" > "$n.native.norm"
	FAULT=
	run "$PWD/$n.$arch" "$n.$arch" "$JS_RUN" || ko "$n: the $arch run failed (exit $rc)"
	qemu_ids "$n.$arch.lines" > "$n.$arch.ids"
	norm "$n.$arch.ids" > "$n.$arch.norm"
	# A call only one side makes is allowed only where the architecture
	# makes it (x86_64's arch_prctl and its restorer's traced
	# rt_sigreturn); any other is a difference like any line.
	for f in native "$arch"; do
		sed -nE 's/^([a-z0-9_]+)\(.*/\1/p' "$n.$f.norm" | sort -u > "$n.$f.calls"
	done
	comm -3 "$n.native.calls" "$n.$arch.calls" | tr -d '\t' |
		grep -vxE 'arch_prctl|rt_sigreturn' > "$n.oneside"
	if [ -s "$n.oneside" ]; then
		ko "$n: calls made on one side only: $(tr '\n' ' ' < "$n.oneside")"
	fi
	for f in native "$arch"; do
		grep -vE '^(arch_prctl|rt_sigreturn)\(' "$n.$f.norm" > "$n.$f.cmp"
	done
	lines=$(wc -l < "$n.$arch.cmp")
	total=$((total + lines))
	if [ "$lines" -eq 0 ]; then
		ko "$n: no line compared"
	elif diff "$n.native.cmp" "$n.$arch.cmp" > "$n.diff"; then
		ok
		echo "$n: $lines lines compared, the same on $arch as on $native"
	else
		ko "$n: $lines lines compared, $arch traces differently from $native ('<' $native, '>' $arch):
$(head -40 "$n.diff")"
	fi
done
[ "$total" -ge "$MIN_LINES" ] && ok || ko "only $total trace lines compared on $arch (at least $MIN_LINES expected)"
if [ "$arch" = "$native" ]; then
	echo "$arch: $total lines traced (the baseline)"
else
	echo "$arch: $total lines compared"
fi
echo "$pass passed, $fail failed"
