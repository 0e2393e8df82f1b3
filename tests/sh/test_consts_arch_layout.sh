#!/bin/sh
# Every public constant against its namesakes (issue 11, "every constant
# table written once"): each object-like `#define JS_X value` of the
# public headers (include/libjs/*.h, and include/libjs/arch/<a>/ and
# arch/generic/ for that architecture) is compared at compile time with
# the kernel UAPI macro X, for x86_64, aarch64 and riscv64, each with its
# own compiler and kernel headers (linux-libc-dev, linux-libc-dev-arm64-
# cross, linux-libc-dev-riscv64-cross); and, natively, with glibc's X.
# The trace's constant sets (src/trace/flags.c, dec_*.c) are rows of
# these constants, so this is also what proves the trace's values,
# architecture by architecture: a constant that differs between
# architectures must live under include/libjs/arch/<a>/, or one of the
# three compiles fails.  A JS_ name with no namesake is listed, never
# counted as checked.  Names glibc gives another value on purpose are
# listed in GLIBC_DIFFERS with the reason.
#   tests/sh/test_consts_arch_layout.sh BUILD_DIR TOP
top=${2:-.}
cd "$top" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# At least this many names must be checked against each architecture's
# kernel headers, and against glibc's: a header list that silently
# stopped compiling, or a broken extraction, shows as a shortfall.
MIN_KERNEL=1500
MIN_GLIBC=1000

# The kernel UAPI headers, compiled together with libjs.h for every
# architecture (a header that stops compiling fails the test: listed, not
# dropped).
KHDRS='asm/unistd.h asm/stat.h asm/errno.h asm/signal.h asm/socket.h
asm/shmbuf.h asm/ioctls.h asm/mman.h asm/fcntl.h linux/stat.h linux/fcntl.h
linux/fs.h linux/time_types.h linux/time.h linux/utime.h linux/uio.h
linux/auxvec.h linux/eventpoll.h linux/poll.h linux/inotify.h linux/mman.h
linux/memfd.h linux/ipc.h linux/shm.h linux/msg.h linux/sem.h linux/mqueue.h
linux/in.h linux/in6.h linux/tcp.h linux/udp.h linux/un.h linux/socket.h
linux/sched.h linux/wait.h linux/random.h linux/futex.h linux/prctl.h
linux/resource.h linux/capability.h linux/mount.h linux/aio_abi.h
linux/io_uring.h linux/keyctl.h linux/seccomp.h linux/filter.h
linux/bpf_common.h linux/audit.h linux/ptrace.h linux/userfaultfd.h
linux/signalfd.h linux/personality.h linux/utsname.h linux/reboot.h
linux/falloc.h linux/fadvise.h linux/xattr.h linux/quota.h linux/landlock.h
linux/membarrier.h linux/rseq.h linux/close_range.h linux/openat2.h
linux/pidfd.h linux/kcmp.h linux/netlink.h linux/if_packet.h
linux/errqueue.h linux/net_tstamp.h linux/sockios.h linux/mempolicy.h
linux/kexec.h linux/module.h linux/sysinfo.h linux/times.h linux/ioprio.h
linux/fanotify.h linux/elf.h linux/perf_event.h linux/loop.h linux/fsmap.h
linux/fiemap.h linux/nsfs.h linux/sched/types.h linux/timerfd.h
linux/auto_fs.h linux/if_ether.h linux/netfilter.h linux/icmpv6.h
linux/ip.h linux/ipv6.h linux/rtnetlink.h linux/securebits.h linux/kd.h
linux/vt.h linux/blkpg.h linux/hdreg.h linux/unistd.h linux/hw_breakpoint.h
linux/pkt_sched.h linux/dccp.h linux/if_alg.h linux/tipc.h linux/nfs.h
linux/btrfs.h linux/fscrypt.h linux/fsverity.h linux/watch_queue.h
linux/bpf.h'

# glibc's headers (native only; _GNU_SOURCE for the Linux names).
GHDRS='fcntl.h sys/stat.h sys/mman.h sys/socket.h netinet/in.h
netinet/tcp.h netinet/udp.h sys/un.h signal.h sys/wait.h time.h sched.h
sys/epoll.h sys/inotify.h sys/eventfd.h sys/timerfd.h sys/signalfd.h
sys/random.h sys/prctl.h sys/resource.h sys/ipc.h sys/shm.h sys/msg.h
sys/sem.h mqueue.h errno.h unistd.h poll.h sys/mount.h sys/xattr.h
sys/personality.h sys/reboot.h sys/utsname.h sys/file.h sys/uio.h
sys/time.h sys/times.h sys/sysinfo.h sys/auxv.h sys/fsuid.h sys/klog.h
sys/swap.h sys/pidfd.h sys/quota.h sys/ptrace.h spawn.h dirent.h
stdio.h stdlib.h limits.h linux/falloc.h sys/statvfs.h sys/vfs.h
sys/sysmacros.h sys/select.h sys/ioctl.h termios.h net/if.h'

# Where the kernel headers mean something else by the same name, or are
# older than libjs (reason after '#'); left out for every architecture.
KERNEL_DIFFERS='
AUDIT_ARCH	# kernel: the audit rule field number 11; libjs: this architecture'"'"'s AUDIT_ARCH_* value (checked by name)
NSIG	# x86_64'"'"'s asm/signal.h: the old 32; libjs: the kernel'"'"'s _NSIG, 64
MOVE_MOUNT__MASK	# the installed headers predate MOVE_MOUNT_BENEATH (Linux 6.5), which libjs'"'"'s mask includes
'

# Where glibc means something else by the same name (reason after '#').
GLIBC_DIFFERS='
__O_TMPFILE	# glibc: with O_DIRECTORY in it (its O_TMPFILE); libjs: the kernel'"'"'s bit alone
MOVE_MOUNT__MASK	# as for the kernel headers
O_LARGEFILE	# glibc: 0 on 64-bit, the flag is implied; the kernel bit is what the trace decodes
SIGRTMIN	# glibc: a function, reserving 2 signals for NPTL; libjs reserves none
SIGRTMAX	# glibc: a function
NSIG	# glibc: _NSIG (65); libjs: the kernel count, 64
_NSIG	# as NSIG
RLIM_INFINITY	# glibc: its own rlim_t typed value; same bits, checked through the kernel
PTHREAD_STACK_MIN	# glibc: a call of sysconf
MSG_PROXY	# glibc names 0x10 MSG_PROXY, which libjs keeps: this just notes MSG_PROBE is the kernel name
'

cc_for() {
	case $1 in
	"$(uname -m)") echo "${HOSTCC:-gcc}" ;;
	*) echo "$1-linux-gnu-gcc" ;;
	esac
}

# "NAME" per object-like public JS_ constant visible for architecture $1
# (JS__ names are internal; JS___X is the public spelling of __X).
names() {
	cat include/libjs/*.h include/libjs/arch/$1/*.h include/libjs/arch/generic/*.h |
		sed -n 's/^#[ 	]*define[ 	]\{1,\}JS_\([A-Za-z_][A-Za-z0-9_]*\)[ 	]\{1,\}\(.*\)/\1 \2/p' |
		grep -v '^_[^_]' | grep -v '^[A-Za-z0-9_]* .*"' |
		grep -v '^EPOLL_PACKED ' |	# an attribute, checked through the struct layouts
		grep -v '^[A-Za-z0-9_]* *$' | awk '{print $1}' | sort -u
}

# One line per name: checked when both sides define it (a value, an
# integer constant; compared as 64-bit unsigned, or as 32 bits when both
# are 32-bit types, since the kernel writes some bits as int and some as
# unsigned), a marker line otherwise.
asserts() {
	while read -r n; do
		printf '#if defined(JS_%s) && defined(%s)\n' "$n" "$n"
		printf '_Static_assert((unsigned long long)(JS_%s) == (unsigned long long)(%s) || (sizeof(JS_%s) <= 4 && sizeof(%s) <= 4 && (unsigned int)(JS_%s) == (unsigned int)(%s)), "%s");\n' \
			"$n" "$n" "$n" "$n" "$n" "$n" "$n"
		printf 'CHECKED %s\n#elif defined(JS_%s)\nABSENT %s\n#endif\n' "$n" "$n" "$n"
	done
}

# compile LABEL CC FILE: the markers counted from the preprocessed file,
# then the syntax check; an assertion that is not an integer constant
# expression on the other side (a macro that calls a function, a pointer)
# is "not comparable" and listed; one that fails is a failure.
compile() {
	label=$1 cc=$2 f=$3 min=$4
	if ! $cc -E -P -D_GNU_SOURCE -Iinclude "$f" > "$f.i" 2>"$f.err"; then
		fail=$((fail + 1)); echo "FAIL $label: headers do not preprocess:"
		grep error "$f.err" | head; return
	fi
	grep -v -e '^CHECKED ' -e '^ABSENT ' "$f.i" > "$f.c"
	$cc -std=gnu11 -fsyntax-only -fmax-errors=0 -x c "$f.c" 2>"$f.err"
	bad=$(sed -n 's/.*static assertion failed: "\([A-Za-z0-9_]*\)".*/\1/p' "$f.err" | sort -u)
	# Lines whose assertion could not be evaluated: the name is on the line.
	nc=$(grep 'error:' "$f.err" | grep -v 'static assertion failed' |
		sed -n 's/^[^:]*:\([0-9]*\):.*/\1/p' | sort -un | while read -r l; do
			sed -n "${l}p" "$f.c" | sed -n 's/.*"\([A-Za-z0-9_]*\)");$/\1/p'
		done | sort -u)
	other=$(grep 'error:' "$f.err" | grep -v 'static assertion failed' |
		sed -n 's/^[^:]*:\([0-9]*\):.*/\1/p' | sort -un | while read -r l; do
			sed -n "${l}p" "$f.c" | grep -q '_Static_assert' || echo "$l"
		done)
	n=$(grep -c '^CHECKED ' "$f.i")
	nnc=$(echo "$nc" | grep -c .)
	checked=$((n - nnc))
	if [ -n "$other" ]; then
		fail=$((fail + 1)); echo "FAIL $label: the headers themselves do not compile:"
		grep 'error:' "$f.err" | grep -v 'static assertion' | head -5
	elif [ -n "$bad" ]; then
		fail=$((fail + 1)); echo "FAIL $label: these JS_ constants differ ($checked compared):" $bad
	elif [ "$checked" -lt "$min" ]; then
		fail=$((fail + 1)); echo "FAIL $label: only $checked names checked (at least $min expected)"
	else
		pass=$((pass + 1)); echo "$label: all $checked constants equal"
	fi
	[ -n "$nc" ] && echo "$label: not comparable (not an integer constant on the other side):" $nc
	echo "$label: no namesake:" $(grep -c '^ABSENT ' "$f.i") "names"
}

for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	if ! command -v "$cc" >/dev/null; then
		echo "FAIL $arch: no compiler $cc (tools/need-tools.sh installs it)"
		fail=$((fail + 1)); continue
	fi
	f=$tmp/$arch-kernel.c
	kskip=$(echo "$KERNEL_DIFFERS" | sed -n 's/^\([A-Za-z0-9_]*\)	#.*/\1/p')
	{
		for h in $KHDRS; do echo "#include <$h>"; done
		echo '#include <libjs/libjs.h>'
		names $arch | grep -vxF "$kskip" | asserts
	} > "$f"
	compile "$arch kernel UAPI" "$cc" "$f" $MIN_KERNEL
done

# glibc, on the build machine's architecture.
arch=$(uname -m)
f=$tmp/glibc.c
skip=$(echo "$GLIBC_DIFFERS" | sed -n 's/^\([A-Za-z0-9_]*\)	#.*/\1/p')
{
	for h in $GHDRS; do echo "#include <$h>"; done
	echo '#include <libjs/libjs.h>'
	names $arch | grep -vxF "$skip" | asserts
} > "$f"
compile "$arch glibc" "${HOSTCC:-gcc}" "$f" $MIN_GLIBC
echo "left out on purpose, kernel:"
echo "$KERNEL_DIFFERS" | grep .
echo "left out on purpose, glibc:"
echo "$GLIBC_DIFFERS" | grep .
echo "$pass passed, $fail failed"
