#!/bin/sh
# The kernel-tools and memory layouts (include/libjs/kern.h, mem.h's
# kernel-and-memory block, include/libjs/arch/<arch>/kern.h) on every
# architecture, with each architecture's own compiler:
#  - tests/sh/kernmem_layout.c: every struct, union and constant against
#    that architecture's kernel UAPI headers, and struct js_user_regs
#    register by register against the kernel's register set (x86_64 struct
#    pt_regs and the rest of user_regs_struct, aarch64 struct user_pt_regs,
#    riscv64 struct user_regs_struct), at compile time;
#  - the same register set against glibc's (struct user_regs_struct where
#    glibc has it, elf_gregset_t everywhere);
#  - tests/sh/kernmem_bits.c, run (under qemu-user for the foreign
#    architectures): the bit order of perf_event_attr's and bpf_insn's
#    bitfields against JS_PERF_ATTR_* and JS_BPF_REGS.
# An architecture whose compiler is not installed is reported as not
# checked (neither passed nor failed).
#   tests/sh/test_kernmem_arch_layout.sh BUILD_DIR TOP
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
run_for() {
	case $1 in
	"$(uname -m)") echo "" ;;
	*) echo "qemu-$1" ;;
	esac
}
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

# The architecture's part of kernmem_layout.c: R(ours, kernel's) for each
# register, SAME() for its own requests and note types.
arch_kernel() {
	case $1 in
	x86_64)
		echo '-DKERNMEM_REGS=struct pt_regs'
		printf '%s' '-DKERNMEM_ARCH='
		for r in r15 r14 r13 r12 rbp rbx r11 r10 r9 r8 rax rcx rdx rsi \
			rdi orig_rax rip cs eflags rsp ss; do printf 'R(%s,%s) ' $r $r; done
		printf 'SAME(__builtin_offsetof(struct js_user_regs,fs_base),sizeof(struct pt_regs)) '
		for c in PTRACE_GETREGS PTRACE_SETREGS PTRACE_GETFPREGS PTRACE_SETFPREGS \
			PTRACE_GETFPXREGS PTRACE_SETFPXREGS PTRACE_OLDSETOPTIONS \
			PTRACE_GET_THREAD_AREA PTRACE_SET_THREAD_AREA PTRACE_ARCH_PRCTL \
			PTRACE_SYSEMU PTRACE_SYSEMU_SINGLESTEP PTRACE_SINGLEBLOCK NT_X86_XSTATE; do
			printf 'A_C(%s) ' $c
		done
		echo ;;
	aarch64)
		echo '-DKERNMEM_REGS=struct user_pt_regs'
		printf '%s' '-DKERNMEM_ARCH='
		printf 'A_S(struct js_user_regs,struct user_pt_regs) '
		for r in regs sp pc pstate; do printf 'R(%s,%s) ' $r $r; done
		for c in PTRACE_SYSEMU PTRACE_SYSEMU_SINGLESTEP PTRACE_PEEKMTETAGS \
			PTRACE_POKEMTETAGS NT_ARM_VFP NT_ARM_TLS NT_ARM_HW_BREAK \
			NT_ARM_HW_WATCH NT_ARM_SYSTEM_CALL NT_ARM_SVE NT_ARM_PAC_MASK \
			NT_ARM_PACA_KEYS NT_ARM_PACG_KEYS NT_ARM_TAGGED_ADDR_CTRL \
			NT_ARM_PAC_ENABLED_KEYS NT_ARM_SSVE NT_ARM_ZA; do
			printf 'A_C(%s) ' $c
		done
		echo ;;
	riscv64)
		echo '-DKERNMEM_REGS=struct user_regs_struct'
		printf '%s' '-DKERNMEM_ARCH='
		printf 'A_S(struct js_user_regs,struct user_regs_struct) '
		for r in pc ra sp gp tp t0 t1 t2 s0 s1 a0 a1 a2 a3 a4 a5 a6 a7 \
			s2 s3 s4 s5 s6 s7 s8 s9 s10 s11 t3 t4 t5 t6; do
			printf 'R(%s,%s) ' $r $r
		done
		echo ;;
	esac
}

# glibc's register set: struct user_regs_struct where <sys/user.h> has
# one (riscv64's glibc has none), elf_gregset_t on all three.
arch_glibc() {
	{
		echo '#include <sys/user.h>'
		echo '#include <sys/procfs.h>'
		echo '#include "include/libjs/kern.h"'
		echo '#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b);'
		echo '#define G(jm, gm) SAME(__builtin_offsetof(struct js_user_regs, jm), __builtin_offsetof(struct user_regs_struct, gm)) SAME(sizeof(((struct js_user_regs *)0)->jm), sizeof(((struct user_regs_struct *)0)->gm))'
		echo 'SAME(sizeof(struct js_user_regs), sizeof(elf_gregset_t))'
		case $1 in
		x86_64)
			echo 'SAME(sizeof(struct js_user_regs), sizeof(struct user_regs_struct))'
			for r in r15 r14 r13 r12 rbp rbx r11 r10 r9 r8 rax rcx rdx rsi rdi \
				orig_rax rip cs eflags rsp ss fs_base gs_base ds es fs gs; do
				echo "G($r, $r)"
			done ;;
		aarch64)
			echo 'SAME(sizeof(struct js_user_regs), sizeof(struct user_regs_struct))'
			for r in regs sp pc pstate; do echo "G($r, $r)"; done ;;
		esac
	} > "$tmp/$1-glibc.c"
}

for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	if ! command -v "$cc" >/dev/null 2>&1; then
		echo "not checked: $arch ($cc is not installed)"
		continue
	fi
	regs=$(arch_kernel $arch | sed -n 1p)
	part=$(arch_kernel $arch | sed -n 2p)
	if "$cc" -std=gnu11 -fsyntax-only -I. "$regs" "$part" \
		tests/sh/kernmem_layout.c 2> "$tmp/$arch.err"; then
		ok
	else
		ko "$arch kernel-tools layouts against the kernel's headers"
		head -n 20 "$tmp/$arch.err"
	fi
	arch_glibc $arch
	if "$cc" -std=gnu11 -D_GNU_SOURCE -fsyntax-only -I. "$tmp/$arch-glibc.c" \
		2> "$tmp/$arch.err"; then
		ok
	else
		ko "$arch register set against glibc's"
		head -n 20 "$tmp/$arch.err"
	fi
	# The bitfields: only a running program sees their bit order.
	run=$(run_for $arch)
	if [ -n "$run" ] && ! command -v "$run" >/dev/null 2>&1; then
		echo "not checked: $arch bitfields ($run is not installed)"
		continue
	fi
	if ! "$cc" -std=gnu11 -O1 -static -I. tests/sh/kernmem_bits.c \
		-o "$tmp/bits-$arch" 2> "$tmp/$arch.err"; then
		ko "$arch bitfield program does not build"
		head -n 20 "$tmp/$arch.err"
		continue
	fi
	if $run "$tmp/bits-$arch" > "$tmp/$arch.out" 2>&1 &&
		grep -qx '39 passed, 0 failed' "$tmp/$arch.out"; then
		ok
	else
		ko "$arch bitfield bit order"
		cat "$tmp/$arch.out"
	fi
done
echo "$pass passed, $fail failed"
