#!/bin/sh
# Layouts, constants and syscall numbers for every architecture, proven at
# compile time against that architecture's own kernel UAPI headers
# (linux-libc-dev, linux-libc-dev-arm64-cross, linux-libc-dev-riscv64-cross):
# one translation unit per architecture includes libjs's headers and the
# kernel's side by side and is compiled with the target's compiler
# (-fsyntax-only), so every _Static_assert is evaluated with the target's
# type sizes and alignment.  Checked: sizeof/offsetof/member size of
# js_stat, js_statx, js_timespec, js_timeval, js_utimbuf, js_iovec,
# js_linux_dirent64, js_epoll_event (packed on x86_64 only), js_pollfd,
# js_flock, js_itimerspec, js_inotify_event, js_ipc_perm, js_shmid_ds,
# js_sockaddr_in/in6/un/storage, js_in6_addr;
# every JS_O_/JS_AT_/JS_S_/JS_SEEK_/JS_RENAME_/JS_STATX_/JS_E* constant
# and the memory and event families (PROT_, MAP_, MADV_, MS_, MCL_, MFD_,
# EPOLL, POLL, IN_, EFD_, TFD_, IPC_, SHM_) and socket options (SO_, SOL_,
# SCM_, IPPROTO_, TCP_, IP_, IPV6_) the kernel headers also define; every JS_NR_*
# against __NR_*, and no __NR_* without its JS_NR_*.  One pass or failure
# per architecture and group (structs, constants, numbers).
#   tests/sh/test_arch_layout.sh BUILD_DIR TOP
top=${2:-.}
cd "$top" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc_for() {
	case $1 in
	"$(uname -m)") echo "${HOSTCC:-gcc}" ;;
	*) echo "$1-linux-gnu-gcc" ;;
	esac
}

# Struct rows: FIELD js_struct js_member kernel_struct kernel_member
field() {
	printf '_Static_assert(__builtin_offsetof(struct %s, %s) == __builtin_offsetof(struct %s, %s), "offsetof %s.%s");\n' "$1" "$2" "$3" "$4" "$1" "$2"
	printf '_Static_assert(sizeof(((struct %s *)0)->%s) == sizeof(((struct %s *)0)->%s), "sizeof %s.%s");\n' "$1" "$2" "$3" "$4" "$1" "$2"
}
size() {
	printf '_Static_assert(sizeof(struct %s) == sizeof(struct %s), "sizeof %s");\n' "$1" "$2" "$1"
	printf '_Static_assert(_Alignof(struct %s) == _Alignof(struct %s), "alignof %s");\n' "$1" "$2" "$1"
}

structs() {
	size js_stat stat
	for m in st_dev st_ino st_nlink st_mode st_uid st_gid st_rdev st_size \
		st_blksize st_blocks; do field js_stat $m stat $m; done
	for t in a m c; do
		field js_stat st_${t}tim.tv_sec stat st_${t}time
		field js_stat st_${t}tim.tv_nsec stat st_${t}time_nsec
	done
	size js_statx statx
	for m in stx_mask stx_blksize stx_attributes stx_nlink stx_uid stx_gid \
		stx_mode stx_ino stx_size stx_blocks stx_attributes_mask \
		stx_atime stx_btime stx_ctime stx_mtime stx_rdev_major \
		stx_rdev_minor stx_dev_major stx_dev_minor stx_mnt_id \
		stx_dio_mem_align stx_dio_offset_align \
		stx_atime.tv_sec stx_atime.tv_nsec; do field js_statx $m statx $m; done
	size js_statx_timestamp statx_timestamp
	size js_timespec __kernel_timespec
	field js_timespec tv_sec __kernel_timespec tv_sec
	field js_timespec tv_nsec __kernel_timespec tv_nsec
	size js_timeval __kernel_old_timeval
	field js_timeval tv_sec __kernel_old_timeval tv_sec
	field js_timeval tv_usec __kernel_old_timeval tv_usec
	size js_utimbuf utimbuf
	field js_utimbuf actime utimbuf actime
	field js_utimbuf modtime utimbuf modtime
	size js_iovec iovec
	field js_iovec iov_base iovec iov_base
	field js_iovec iov_len iovec iov_len
	# struct linux_dirent64 is not in the UAPI headers: its layout is the
	# kernel's include/linux/dirent.h, the same on every architecture.
	printf '_Static_assert(__builtin_offsetof(struct js_linux_dirent64, %s) == %s, "dirent64 %s");\n' \
		d_ino 0 d_ino d_off 8 d_off d_reclen 16 d_reclen d_type 18 d_type d_name 19 d_name
	printf '_Static_assert(sizeof(struct js_linux_dirent64) == 24, "sizeof dirent64");\n'
	# Memory and events: the layouts the kernel reads or writes.
	size js_epoll_event epoll_event
	field js_epoll_event events epoll_event events
	field js_epoll_event data epoll_event data
	size js_pollfd pollfd
	for m in fd events revents; do field js_pollfd $m pollfd $m; done
	size js_flock flock
	for m in l_type l_whence l_start l_len l_pid; do field js_flock $m flock $m; done
	size js_itimerspec __kernel_itimerspec
	field js_itimerspec it_interval __kernel_itimerspec it_interval
	field js_itimerspec it_value __kernel_itimerspec it_value
	size js_inotify_event inotify_event
	for m in wd mask cookie len; do field js_inotify_event $m inotify_event $m; done
	printf '_Static_assert(__builtin_offsetof(struct js_inotify_event, name) == __builtin_offsetof(struct inotify_event, name), "offsetof inotify name");\n'
	size js_ipc_perm ipc64_perm
	for m in key uid gid cuid cgid mode seq; do field js_ipc_perm $m ipc64_perm $m; done
	size js_sockaddr_in sockaddr_in
	for m in sin_family sin_port sin_addr; do field js_sockaddr_in $m sockaddr_in $m; done
	size js_sockaddr_in6 sockaddr_in6
	for m in sin6_family sin6_port sin6_flowinfo sin6_addr sin6_scope_id; do
		field js_sockaddr_in6 $m sockaddr_in6 $m; done
	size js_in6_addr in6_addr
	size js_sockaddr_un sockaddr_un
	for m in sun_family sun_path; do field js_sockaddr_un $m sockaddr_un $m; done
	size js_sockaddr_storage __kernel_sockaddr_storage
	size js_shmid_ds shmid64_ds
	for m in shm_perm shm_segsz shm_atime shm_dtime shm_ctime shm_cpid \
		shm_lpid shm_nattch; do field js_shmid_ds $m shmid64_ds $m; done
}

# Every object-like JS_ constant of these families, compared with the
# kernel's macro of the same name when the kernel headers define one.
consts() {
	sed -n 's/^#define JS_\([A-Z][A-Z0-9_]*\)[ 	].*/\1/p' include/libjs/fs.h \
		include/libjs/proc.h include/libjs/errno_nr.h include/libjs/mem.h \
		include/libjs/events.h include/libjs/net.h include/libjs/arch/$1/*.h |
		grep -E '^(O_|AT_|S_I|SEEK_|RENAME_|STATX_|E[A-Z0-9]+$|F_|FASYNC|__O_|PROT_|MAP_|MREMAP_|MADV_|MS_|MCL_|MFD_|EPOLL|POLL|IN_|EFD_|TFD_|IPC_|SHM_|SO_|SOL_|SCM_|IPPROTO_|TCP_|IP_|IPV6_)' |
		grep -vx EPOLL_PACKED |	# an attribute, checked through the struct's layout
		sort -u | while read -r n; do
		printf '#ifdef %s\n_Static_assert((long)(JS_%s) == (long)(%s), "%s");\nCHECKED %s\n#else\nNOTKERNEL %s\n#endif\n' \
			"$n" "$n" "$n" "$n" "$n" "$n"
	done
}

# JS_NR_* one way, __NR_* the other.
numbers() {
	sed -n 's/^JS_NR_X(\(.*\))$/\1/p' include/libjs/arch/$1/nr_list.h | while read -r n; do
		printf '_Static_assert(JS_NR_%s == __NR_%s, "NR %s");\n' "$n" "$n" "$n"
	done
	printf '#include <asm/unistd.h>\n' | $cc -dM -E - | sed -n 's/^#define __NR_\([a-z0-9_]*\) .*/\1/p' |
		grep -vxE 'syscalls|arch_specific_syscall' | while read -r n; do
		printf '#ifndef JS_NR_%s\n#error "__NR_%s has no JS_NR_%s"\n#endif\n' "$n" "$n" "$n"
	done
}

headers='#include <asm/unistd.h>
#include <asm/stat.h>
#include <asm/errno.h>
#include <linux/stat.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/time_types.h>
#include <linux/utime.h>
#include <linux/uio.h>
#include <linux/auxvec.h>
#include <linux/eventpoll.h>
#include <linux/poll.h>
#include <linux/inotify.h>
#include <linux/mman.h>
#include <linux/memfd.h>
#include <linux/ipc.h>
#include <linux/shm.h>
#include <asm/shmbuf.h>
#include <asm/socket.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/tcp.h>
#include <linux/un.h>
#include <linux/socket.h>
#include <libjs/libjs.h>'

for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	if ! command -v "$cc" >/dev/null; then
		echo "FAIL $arch: no compiler $cc (tools/need-tools.sh installs it)"
		fail=$((fail + 1)); continue
	fi
	for part in structs consts numbers; do
		f=$tmp/$arch-$part.c
		{ echo "$headers"; $part $arch; } > "$f"
		# CHECKED/NOTKERNEL lines are markers for the preprocessor pass
		# below; the compile sees them removed.
		n=$(grep -c '_Static_assert\|^#error' "$f")
		if $cc -E -P -Iinclude "$f" > "$f.i" 2>"$f.err" &&
			grep -v -e '^CHECKED ' -e '^NOTKERNEL ' "$f.i" > "$f.c2.c" &&
			$cc -std=gnu11 -fsyntax-only -x c "$f.c2.c" 2>>"$f.err"; then
			[ "$part" = consts ] && n=$(grep -c '^CHECKED ' "$f.i")
			pass=$((pass + 1))
			echo "$arch $part: all $n checks hold"
		else
			fail=$((fail + 1))
			echo "FAIL $arch $part:"; grep 'error' "$f.err" | head -20
		fi
		if [ "$part" = consts ]; then
			echo "$arch: not in the kernel UAPI headers (libjs-only or libc names):" \
				$(sed -n 's/^NOTKERNEL //p' "$f.i")
		fi
	done
done
echo "$pass passed, $fail failed"
