#!/bin/sh
# The residual calls' layouts and constants (include/libjs/thread.h,
# proc.h, arch/x86_64/calls.h) against each architecture's own kernel UAPI
# headers (linux-libc-dev and the arm64/riscv64 cross packages, Linux 6.1),
# compiled with that architecture's compiler so that every _Static_assert
# sees the target's sizes:
#   linux/futex.h      struct robust_list, robust_list_head
#   linux/rseq.h       struct rseq (the 6.1 members; node_id and mm_cid are
#                      Linux 6.3, inside the same 32 bytes), struct rseq_cs,
#                      RSEQ_* (enum values)
#   linux/membarrier.h MEMBARRIER_CMD_* (GET_REGISTRATIONS is 6.3: not in
#                      these headers, checked by the kernel's QUERY answer
#                      in tests/free/test_resid.c)
#   linux/kcmp.h       KCMP_*, struct kcmp_epoll_slot
#   linux/sysinfo.h    struct sysinfo, SI_LOAD_SHIFT
#   x86_64 only:       asm/ldt.h struct user_desc (size; the bit-fields by
#                      value in tests/host/test_resid_glibc.c) and
#                      LDT_*/MODIFY_LDT_*, asm/prctl.h ARCH_*
# linux/lsm.h (6.8) and asm/hwprobe.h (6.4) are newer than these headers:
# their values are tied to the running kernel's answers instead
# (tests/free/test_resid.c, tests/free/arch/riscv64/resid_arch.h).
# One pass or failure per architecture; then, per architecture, that x86_64's
# and riscv64's own calls are declared there and nowhere else.
#   tests/sh/test_resid_arch_layout.sh BUILD_DIR TOP
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
# struct js, struct kernel, members...
fields() {
	js=$1 k=$2; shift 2
	echo "SAME(sizeof(struct $js), sizeof(struct $k));"
	echo "SAME(_Alignof(struct $js), _Alignof(struct $k));"
	for m in "$@"; do
		echo "SAME(__builtin_offsetof(struct $js, $m), __builtin_offsetof(struct $k, $m));"
		echo "SAME(sizeof(((struct $js *)0)->$m), sizeof(((struct $k *)0)->$m));"
	done
}
consts() { for n in "$@"; do echo "SAME((long long)(JS_$n), (long long)($n));"; done; }

for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	if ! command -v "$cc" >/dev/null; then
		echo "FAIL $arch: no compiler $cc (tools/need-tools.sh installs it)"
		fail=$((fail + 1)); continue
	fi
	f=$tmp/$arch.c
	{
		echo '#include <linux/futex.h>'
		echo '#include <linux/rseq.h>'
		echo '#include <linux/membarrier.h>'
		echo '#include <linux/kcmp.h>'
		echo '#include <linux/sysinfo.h>'
		[ $arch = x86_64 ] && echo '#include <asm/ldt.h>' && echo '#include <asm/prctl.h>'
		echo '#include <libjs/libjs.h>'
		echo '#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b)'
		fields js_robust_list robust_list next
		fields js_robust_list_head robust_list_head list futex_offset list_op_pending
		fields js_rseq rseq cpu_id_start cpu_id rseq_cs flags
		echo "SAME(sizeof(struct js_rseq), JS_RSEQ_ORIG_SIZE);"
		fields js_rseq_cs rseq_cs version flags start_ip post_commit_offset abort_ip
		consts RSEQ_FLAG_UNREGISTER RSEQ_CPU_ID_UNINITIALIZED RSEQ_CPU_ID_REGISTRATION_FAILED \
			RSEQ_CS_FLAG_NO_RESTART_ON_PREEMPT RSEQ_CS_FLAG_NO_RESTART_ON_SIGNAL \
			RSEQ_CS_FLAG_NO_RESTART_ON_MIGRATE
		consts MEMBARRIER_CMD_QUERY MEMBARRIER_CMD_GLOBAL MEMBARRIER_CMD_GLOBAL_EXPEDITED \
			MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED MEMBARRIER_CMD_PRIVATE_EXPEDITED \
			MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE \
			MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ \
			MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ MEMBARRIER_CMD_SHARED MEMBARRIER_CMD_FLAG_CPU
		consts KCMP_FILE KCMP_VM KCMP_FILES KCMP_FS KCMP_SIGHAND KCMP_IO KCMP_SYSVSEM KCMP_EPOLL_TFD
		fields js_kcmp_epoll_slot kcmp_epoll_slot efd tfd toff
		fields js_sysinfo sysinfo uptime loads totalram freeram sharedram bufferram \
			totalswap freeswap procs pad totalhigh freehigh mem_unit
		consts SI_LOAD_SHIFT
		if [ $arch = x86_64 ]; then
			echo "SAME(sizeof(struct js_user_desc), sizeof(struct user_desc));"
			echo "SAME(_Alignof(struct js_user_desc), _Alignof(struct user_desc));"
			for m in entry_number base_addr limit; do
				echo "SAME(__builtin_offsetof(struct js_user_desc, $m), __builtin_offsetof(struct user_desc, $m));"
			done
			consts LDT_ENTRIES LDT_ENTRY_SIZE MODIFY_LDT_CONTENTS_DATA MODIFY_LDT_CONTENTS_STACK \
				MODIFY_LDT_CONTENTS_CODE
			consts $(sed -n 's/^#define \(ARCH_[A-Z0-9_]*\)[ 	].*/\1/p' /usr/include/x86_64-linux-gnu/asm/prctl.h)
		fi
	} > "$f"
	if $cc -std=gnu11 -fsyntax-only -Wall -Werror -Iinclude "$f" 2>"$f.err"; then
		pass=$((pass + 1))
		echo "$arch: $(grep -c '^SAME' "$f") layout and constant checks hold"
	else
		fail=$((fail + 1))
		echo "FAIL $arch:"; grep 'error' "$f.err" | head -20
	fi
done
# Each architecture's own calls are declared on it alone: on any other,
# calling one does not compile.
for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	command -v "$cc" >/dev/null || continue
	for fn in js_arch_prctl js_modify_ldt js_riscv_hwprobe js_riscv_flush_icache; do
		case $fn in js_arch_prctl | js_modify_ldt) own=x86_64 ;; *) own=riscv64 ;; esac
		printf '#include <libjs/libjs.h>\nlong f(void) { return (long)&%s; }\n' $fn > "$tmp/decl.c"
		if $cc -std=c11 -fsyntax-only -Werror -Iinclude "$tmp/decl.c" 2>/dev/null; then got=$arch; else got=; fi
		if [ "$arch" = $own ]; then want=$arch; else want=; fi
		if [ "$got" = "$want" ]; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1)); echo "FAIL $arch: $fn declared: ${got:-no}, want it on $own only"
		fi
	done
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
