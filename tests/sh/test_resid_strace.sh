#!/bin/sh
# strace shows that each residual wrapper (the every-syscall issue's calls
# without an owner group: tests/free/test_resid.c makes them all) issues
# its own system call with its arguments in place.  strace 6.1 does not
# know the calls newer than Linux 6.6 (futex_wake 454, futex_wait 455,
# futex_requeue 456, lsm_get_self_attr 459, lsm_set_self_attr 460,
# lsm_list_modules 461): it prints them as syscall_0x<number> with raw
# arguments, which are checked as such.  On the build machine's
# architecture (x86_64: with arch_prctl, modify_ldt, ioperm, iopl).  Then
# the same program built with libjs-cc --trace: DEBUG=libjs:* names and
# decodes the same calls (src/trace/table.c's rows).
#   tests/sh/test_resid_strace.sh BUILD_DIR TOP
B=$1
pass=0 fail=0
check() { # description, extended regexp, file
	if grep -Eq "$2" "$3"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
if ! command -v strace >/dev/null; then
	echo "FAIL: strace is missing (tools/need-tools.sh installs it)"
	echo "0 passed, 1 failed"; exit 1
fi
strace -f -o r.log "$B/tests/free/test_resid" > out.log 2>&1
grep -q '^[0-9]* passed, 0 failed' out.log || { fail=$((fail + 1)); echo "FAIL: test_resid itself:"; tail -5 out.log; }
P='[0-9]+ +'
H='0x[0-9a-f]+'
check "js_futex2_wake is futex_wake (454): addr, mask, nr, FUTEX2_SIZE_U32|PRIVATE" "^$P(futex_wake|syscall_0x1c6)\($H, 0xffffffff, 0x1, 0x82[,)].* = 0$" r.log
check "js_futex2_wait is futex_wait (455): addr, val, mask, flags, timeout, clock" "^$P(futex_wait|syscall_0x1c7)\($H, 0x5, 0xffffffff, 0x82, $H, 0x1\) += -1 ETIMEDOUT" r.log
check "js_futex2_requeue is futex_requeue (456): waiters, flags, nr_wake, nr_requeue" "^$P(futex_requeue|syscall_0x1c8)\($H, 0x1, 0x1, 0x1[,)].* = -1 EINVAL" r.log
check "js_set_tid_address is set_tid_address" "^$P""set_tid_address\((NULL|0)\) += [0-9]+$" r.log
check "js_get_robust_list is get_robust_list" "^$P""get_robust_list\(0, \[NULL\], \[24\]\) += 0" r.log
check "js_set_robust_list is set_robust_list" "^$P""set_robust_list\($H, 24\) += 0" r.log
check "js_rseq is rseq" "^$P""rseq\($H, 0x20, 0, 0x53053053\) += 0" r.log
check "js_membarrier is membarrier" "^$P""membarrier\(MEMBARRIER_CMD_QUERY, 0\) += 0x" r.log
check "js_kcmp is kcmp" "^$P""kcmp\([0-9]+, [0-9]+, KCMP_FILE, 1, [0-9]+\) += 0" r.log
check "js_pidfd_getfd is pidfd_getfd" "^$P""pidfd_getfd\([0-9]+, 100000, 0\) += -1 EBADF" r.log
check "js_process_vm_readv is process_vm_readv" "^$P""process_vm_readv\([0-9]+, \[\{iov_base=\"remote bytes\", iov_len=12\}\], 1, \[\{iov_base=$H, iov_len=12\}\], 1, 0\) += 12" r.log
check "js_process_vm_writev is process_vm_writev" "^$P""process_vm_writev\([0-9]+, \[\{iov_base=\"written\", iov_len=7\}\], 1, \[\{iov_base=$H, iov_len=7\}\], 1, 0\) += 7" r.log
check "js_process_madvise is process_madvise" "^$P""process_madvise\([0-9]+, \[\{iov_base=$H, iov_len=8192\}\], 1, MADV_COLD, 0\) += 8192" r.log
check "js_process_mrelease is process_mrelease" "^$P""process_mrelease\([0-9]+, 0\) += -1 EINVAL" r.log
check "js_sysinfo is sysinfo" "^$P""sysinfo\(\{uptime=[0-9]+, .*mem_unit=[0-9]+\}\) += 0" r.log
check "js_syslog is syslog" "^$P""syslog\(10 /\* SYSLOG_ACTION_SIZE_BUFFER \*/\) += [0-9]+" r.log
# vhangup runs in a child while the parent waits: under load strace may
# split its line into "vhangup( <unfinished ...>" and "<... vhangup
# resumed>) = 0".
check "js_vhangup is vhangup" "^$P(vhangup\(\)|<\.\.\. vhangup resumed>\)) += 0" r.log
check "js_restart_syscall is restart_syscall" "^$P""restart_syscall\(<\.\.\. resuming" r.log
check "js_lsm_list_modules is lsm_list_modules (461)" "^$P(lsm_list_modules|syscall_0x1cd)\($H, $H, 0[,)].* = 0x[0-9a-f]+$" r.log
check "js_lsm_get_self_attr is lsm_get_self_attr (459)" "^$P(lsm_get_self_attr|syscall_0x1cb)\(0x64, $H, $H, 0[,)]" r.log
check "js_lsm_set_self_attr is lsm_set_self_attr (460)" "^$P(lsm_set_self_attr|syscall_0x1cc)\(0x64, $H, 0, 0[,)].* = -1 EINVAL" r.log
if grep -q '^#define JS_NR_arch_prctl ' "${2:-.}/include/libjs/arch/$(uname -m)/nr.h"; then
	check "js_arch_prctl is arch_prctl" "^$P""arch_prctl\(ARCH_GET_FS, \[$H\]\) += 0" r.log
	check "js_modify_ldt is modify_ldt, a user_desc in place" "^$P""modify_ldt\(17, \{entry_number=1, base_addr=0x0*1000, limit=0x0*ff, seg_32bit=1, contents=0, .*useable=1, lm=0\}, 16" r.log
	check "js_ioperm is ioperm" "^$P""ioperm\(0x10000, 0x1, 1\) += " r.log
	check "js_iopl is iopl" "^$P""iopl\((3|4)\) += " r.log
fi
# The trace (DEBUG=libjs:*) names and decodes them too, the calls newer
# than the generated prototypes included (src/trace/table.c rows).
top=${2:-.}
arch=$(uname -m)
if CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 -I"$top/tests/free" -I"$top/tests/free/arch/$arch" \
	"$top/tests/free/test_resid.c" "$top/tests/free/runner.c" -o resid_traced 2> cc.log; then
	DEBUG='libjs:*' ./resid_traced 2> t.log > /dev/null
	T='^libjs:syscall (\[pid [0-9]+\] )?'
	check "trace: futex_wake" "$T""futex_wake\($H, 0xffffffff, 1, FUTEX_32\|FUTEX_PRIVATE_FLAG\) = 0" t.log
	check "trace: futex_wait" "$T""futex_wait\($H, 0, 0xffffffff, FUTEX_32\|FUTEX_PRIVATE_FLAG, \{tv_sec=[0-9]+, tv_nsec=[0-9]+\}, CLOCK_MONOTONIC\) = 0" t.log
	check "trace: futex_requeue" "$T""futex_requeue\($H, 0, 1, 1\) = 0" t.log
	check "trace: lsm_list_modules" "$T""lsm_list_modules\($H, $H, 0\) = [0-9]+" t.log
	check "trace: lsm_get_self_attr" "$T""lsm_get_self_attr\(100, $H, $H, 0\) = " t.log
	check "trace: lsm_set_self_attr" "$T""lsm_set_self_attr\(100, $H, 0, 0\) = -1 EINVAL" t.log
	# strace 6.1 has no rseq decoder: its words in hex, as the trace shows them
	check "trace: rseq" "$T""rseq\($H, 0x20, 0, 0x53053053\) = 0" t.log
	check "trace: set_tid_address" "$T""set_tid_address\(NULL\) = [0-9]+" t.log
	if grep -q '^#define JS_NR_modify_ldt ' "$top/include/libjs/arch/$arch/nr.h"; then
		check "trace: modify_ldt" "$T""modify_ldt\(17, $H, 16\) = 0" t.log
		check "trace: arch_prctl" "$T""arch_prctl\(ARCH_GET_FS, \[($H|NULL)\]\) = 0" t.log
	fi
else
	fail=$((fail + 1)); echo "FAIL: libjs-cc --trace test_resid.c:"; cat cc.log
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
