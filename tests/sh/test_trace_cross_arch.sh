#!/bin/sh
# JS_RUN: yes
# The trace's decoding is the same on every architecture (issue 11): the
# programs of the differential test (tests/sh/trace_diff/*.c, whatever
# exist) and tests/sh/trace_calls.c, built with `libjs-cc --trace` for the
# build machine and for aarch64 / riscv64, run with DEBUG='libjs:*' (the
# others under qemu-user), must trace the same calls with the same values
# and the same names.  Normalised first, and only that (docs/tracing.md
# lists it):
#  - addresses (hex of 5 digits or more): mappings and stacks differ;
#  - process and thread ids: every number a getpid/gettid/getppid/fork/
#    vfork/clone/clone3 line returned, wherever it appears;
#  - what the file system or the clock says: st_dev/st_ino/times in a
#    struct stat and statx (stx_*), getrandom's bytes, the numbers of
#    clock_gettime/gettimeofday/times/getrusage/sysinfo lines;
#  - calls an architecture lacks, written in one form: openat(AT_FDCWD,
#    p, ...) is open(p, ...), unlinkat(AT_FDCWD, p, 0) unlink(p) and
#    with AT_REMOVEDIR rmdir(p), mkdirat/fchmodat/faccessat/readlinkat/
#    symlinkat/linkat/fchownat with AT_FDCWD their old names,
#    newfstatat(AT_FDCWD, p, s, 0) stat (AT_SYMLINK_NOFOLLOW: lstat),
#    renameat/renameat2(..., 0) rename, dup3(a, b, 0) dup2, pipe2(f, 0)
#    pipe, epoll_create(n) epoll_create1(0), epoll_pwait(..., NULL, 8)
#    epoll_wait, inotify_init1(0) inotify_init, eventfd2(n, 0) eventfd,
#    clone(child_stack=NULL, flags=SIGCHLD) fork, getpgid(0) getpgrp;
#  - the calls only one side makes (x86_64's arch_prctl and alarm, its
#    restorer's traced rt_sigreturn; setitimer where aarch64 and riscv64
#    make alarm from it), and x86_64's SA_RESTORER with its sa_restorer,
#    which the others' kernels do not use: only calls both make compare;
#  - the order of lines across processes (forked children interleave):
#    the lines are compared as sorted lists;
#  - two gaps of qemu-user 7.2, not of libjs: it has no process_vm_readv
#    (ENOSYS), through which the trace reads a failed call's memory, so on
#    every line whose result is an error, strings and structs are one
#    word (MEM) on every architecture; and it drops O_LARGEFILE from
#    fcntl(F_GETFL)'s answer, so that flag and the number are left out
#    of F_GETFL's result.
# Run by each architecture's stage of make check (JS_RUN=qemu-<arch>),
# where both that architecture's library and the native one exist; the
# native stage checks the baseline itself.
#   tests/sh/test_trace_cross_arch.sh BUILD_DIR TOP
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
MIN_LINES=80	# per architecture, over all programs

native=$(uname -m)
arch=${JS_RUN#qemu-}
[ -n "${JS_RUN:-}" ] || arch=$native
# The native build directory: BUILD_DIR itself, or the one the
# architecture's build-<arch> sits beside.
nb=${B%-"$arch"}
cc="$nb/bin/libjs-cc"

# A program that passes values qemu-user itself answers differently
# (unknown flag bits, which it translates away or checks in another
# order: pipe2(NULL, 0x8) makes the pipe and then fails EFAULT) says so
# in a line `trace-cross-arch: native only (reason)`; it is listed, and
# compared with strace natively by test_trace_diff.sh only.
progs="$top/tests/sh/trace_calls.c"
for p in "$top"/tests/sh/trace_diff/*.c; do
	[ -e "$p" ] || continue
	if grep -q 'trace-cross-arch: native only' "$p"; then
		echo "not compared across architectures: $(basename "$p"): $(sed -n 's/.*trace-cross-arch: native only *//p' "$p" | head -1)"
		continue
	fi
	progs="$progs $p"
done

norm() {
	# Process ids first, from the lines that return them.
	pids=$(sed -nE 's/^(libjs:syscall )?(getpid|gettid|getppid|fork|vfork|clone|clone3)\(.*\) = ([0-9]+)$/\3/p' "$1" | sort -u | tr '\n' '|' | sed 's/|$//')
	sed -E \
		-e 's/^libjs:syscall //' \
		-e 's/0x[0-9a-f]{5,}/ADDR/g' \
		-e 's/(st_dev|st_ino|st_rdev|st_[amc]time(_nsec)?|st_blocks|stx_ino|stx_dev_major|stx_dev_minor|stx_mnt_id|stx_blocks)=[^,}]*/\1=N/g' \
		-e 's/(stx_[abcm]time)=\{[^}]*\}/\1=T/g' \
		-e 's/^getrandom\("[^"]*"/getrandom(DATA/' \
		-e '/^(clock_gettime|gettimeofday|times|getrusage|sysinfo|clock_getres)\(/s/[0-9]+/N/g' \
		-e '/ = -[0-9]+ E[A-Z0-9]+ /{s/"([^"\\]|\\.)*"(\.\.\.)?/MEM/g; :s; s/\{[^{}]*\}/MEM/g; ts; s/\bADDR\b/MEM/g}' \
		-e 's/^openat\(AT_FDCWD, /open(/' \
		-e 's/^unlinkat\(AT_FDCWD, ("([^"\\]|\\.)*"|MEM), 0\)/unlink(\1)/' \
		-e 's/^unlinkat\(AT_FDCWD, ("([^"\\]|\\.)*"|MEM), AT_REMOVEDIR\)/rmdir(\1)/' \
		-e 's/^(mkdir|readlink)at\(AT_FDCWD, /\1(/' \
		-e 's/^fchmodat\(AT_FDCWD, /chmod(/' -e 's/^faccessat\(AT_FDCWD, /access(/' \
		-e 's/^symlinkat\(("([^"\\]|\\.)*"|MEM), AT_FDCWD, /symlink(\1, /' \
		-e 's/^linkat\(AT_FDCWD, ("([^"\\]|\\.)*"|MEM), AT_FDCWD, ("([^"\\]|\\.)*"|MEM), 0\)/link(\1, \3)/' \
		-e 's/^fchownat\(AT_FDCWD, (.*), 0\)/chown(\1)/' \
		-e 's/^newfstatat\(AT_FDCWD, (.*), 0\)/stat(\1)/' \
		-e 's/^newfstatat\(AT_FDCWD, (.*), AT_SYMLINK_NOFOLLOW\)/lstat(\1)/' \
		-e 's/^renameat2\(AT_FDCWD, ("([^"\\]|\\.)*"|MEM), AT_FDCWD, ("([^"\\]|\\.)*"|MEM), 0\)/rename(\1, \3)/' \
		-e 's/^renameat\(AT_FDCWD, ("([^"\\]|\\.)*"|MEM), AT_FDCWD, ("([^"\\]|\\.)*"|MEM)\)/rename(\1, \3)/' \
		-e 's/^dup3\(([0-9]+), ([0-9]+), 0\)/dup2(\1, \2)/' \
		-e 's/^pipe2\((.*), 0\)/pipe(\1)/' \
		-e 's/^epoll_create\([0-9]+\)/epoll_create1(0)/' \
		-e 's/^epoll_pwait\((.*), NULL, 8\)/epoll_wait(\1)/' \
		-e 's/^inotify_init1\(0\)/inotify_init()/' \
		-e 's/^eventfd2\(([0-9]+), 0\)/eventfd(\1)/' \
		-e 's/^clone\(child_stack=NULL, flags=SIGCHLD\)/fork()/' \
		-e 's/^getpgid\(0\)/getpgrp()/' \
		-e '/F_GETFL\) = /{s/= 0x[0-9a-f]+ /= HEX /; s/\|O_LARGEFILE//}' \
		-e 's/SA_RESTORER\|//g; s/, sa_restorer=ADDR//g' \
		"$1" | if [ -n "$pids" ]; then sed -E "s/\\b($pids)\\b/PID/g"; else cat; fi | sort
}

# run PROG OUT [EMULATOR]: one traced run in an empty directory, bounded.
run() {
	rm -rf rundir; mkdir rundir
	(cd rundir && DEBUG='libjs:*' timeout 60 ${3:-} "$1" 2>"../$2.raw" >/dev/null)
	rc=$?
	grep '^libjs:syscall ' "$2.raw" > "$2.lines"
	return $rc
}

total=0
for p in $progs; do
	n=$(basename "$p" .c)
	if ! CC="${HOSTCC:-cc}" "$cc" --trace -O2 -w "$p" -o "$n.native" 2>"$n.err"; then
		ko "$n: native build: $(head -3 "$n.err")"; continue
	fi
	run "$PWD/$n.native" "$n.native" || ko "$n: the native run failed (exit $rc)"
	normed=$(norm "$n.native.lines" | tee "$n.native.norm" | wc -l)
	if [ "$arch" = "$native" ]; then
		# The native stage: the baseline the other stages compare with.
		[ "$normed" -gt 0 ] && ok || ko "$n: no trace lines natively"
		total=$((total + normed))
		continue
	fi
	if ! CC="$arch-linux-gnu-gcc" "$cc" --target="$arch" --trace -O2 -w "$p" -o "$n.$arch" 2>"$n.err"; then
		ko "$n: $arch build: $(head -3 "$n.err")"; continue
	fi
	run "$PWD/$n.$arch" "$n.$arch" "$JS_RUN" || ko "$n: the $arch run failed (exit $rc)"
	norm "$n.$arch.lines" > "$n.$arch.norm"
	# Only the calls both make: an architecture's own calls (x86_64's
	# arch_prctl, alarm and its restorer's rt_sigreturn; aarch64's and
	# riscv64's setitimer for alarm) have no twin to compare with.
	for f in native "$arch"; do
		sed -nE 's/^([a-z0-9_]+)\(.*/\1/p' "$n.$f.norm" | sort -u > "$n.$f.calls"
	done
	comm -12 "$n.native.calls" "$n.$arch.calls" > "$n.both"
	for f in native "$arch"; do
		awk 'NR == FNR { keep[$1] = 1; next } { c = $0; sub(/\(.*/, "", c); if (c in keep) print }' \
			"$n.both" "$n.$f.norm" > "$n.$f.cmp"
	done
	total=$((total + $(wc -l < "$n.$arch.norm")))
	if diff "$n.native.cmp" "$n.$arch.cmp" > "$n.diff"; then
		ok
		echo "$n: $(wc -l < "$n.$arch.cmp") lines, the same on $arch as on $native"
	else
		ko "$n: $arch traces differently from $native ('<' $native, '>' $arch):
$(head -40 "$n.diff")"
	fi
done
[ "$total" -ge "$MIN_LINES" ] && ok || ko "only $total trace lines compared on $arch (at least $MIN_LINES expected)"
echo "$arch: $total lines"
echo "$pass passed, $fail failed"
