#!/bin/sh
# Each kernel-tools and memory-group wrapper issues exactly the system
# call it claims, with its arguments in place, as strace sees it:
# kernmem_strace_prog.c calls every wrapper once (arguments that make each
# call fail before acting) and the trace must read as the list below.
# strace 6.1 predates mseal and map_shadow_stack and shows them by number;
# libjs's own trace (DEBUG=libjs:*) must name them, checked after.
#   tests/sh/test_kernmem_strace.sh BUILD_DIR TOP
B=$1 top=$2
tmp=$(mktemp -d /tmp/libjs-strace.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0
CC=${CC:-cc} "$B/bin/libjs-cc" -O2 "$top/tests/sh/kernmem_strace_prog.c" -o "$tmp/prog" || fail=1
CC=${CC:-cc} "$B/bin/libjs-cc" --trace -O2 "$top/tests/sh/kernmem_strace_prog.c" -o "$tmp/traced" || fail=1
(cd "$tmp" && env -u DEBUG -u LIBJS_FAULT timeout 60 strace -o "$tmp/log" ./prog) || fail=1
# Drop execve, exit_group and the results; stack addresses become PTR;
# of a call strace does not know (shown with six arguments) only the
# three the call takes count, the other registers hold whatever was there.
sed -e '1d' -e '/^exit_group/,$d' -e 's/ *= .*//' \
    -e 's/^\(syscall_0x[0-9a-f]*([^,]*, [^,]*, [^,]*\),.*/\1)/' \
    -e 's/0x7ff[0-9a-f]\{9\}/PTR/g' "$tmp/log" > "$tmp/got"
cat > "$tmp/want" <<'EOT'
ptrace(PTRACE_PEEKDATA, -1, 0x10, PTR)
ptrace(PTRACE_CONT, -1, NULL, SIGKILL)
kexec_load(0x1000, 17, NULL, KEXEC_ARCH_DEFAULT)
kexec_file_load(-1, -2, 3, "ab\0", 0x80000000 /* KEXEC_FILE_??? */)
init_module(NULL, 0, "p=1")
finit_module(-1, "p=1", 0)
delete_module("libjs_no_such_module", O_NONBLOCK)
userfaultfd(0x10 /* UFFD_??? */)
perf_event_open(NULL, 0, -1, -1, PERF_FLAG_FD_CLOEXEC)
bpf(0x7fff /* BPF_??? */, NULL, 0)
mlock2(0x10000, 4096, MLOCK_ONFAULT)
pkey_alloc(0x1, PKEY_DISABLE_WRITE)
pkey_free(15)
pkey_mprotect(0x10000, 4096, PROT_READ, 15)
mbind(0x10000, 4096, 0x63 /* MPOL_??? */, NULL, 0, 0)
get_mempolicy(NULL, NULL, 0, 0x10000, 0x100 /* MPOL_??? */)
set_mempolicy(0x63 /* MPOL_??? */, NULL, 0)
set_mempolicy_home_node(0x10000, 4096, 0, 0x1)
migrate_pages(-1, 64, NULL, NULL)
move_pages(-1, 0, NULL, NULL, NULL, 0)
memfd_secret(0x1)
syscall_0x1ce(0x10000, 0x1000, 0x1)
syscall_0x1c5(0, 0x1000, 0x1)
remap_file_pages(0x10000, 4096, PROT_READ, 2, MAP_FILE)
EOT
# One result per wrapper call: a line that differs is that wrapper's failure.
n=$(wc -l < "$tmp/want")
bad=$(diff "$tmp/want" "$tmp/got" | grep -c '^<')
[ -s "$tmp/got" ] || bad=$n
if [ "$bad" != 0 ] || [ "$fail" != 0 ]; then
	echo "strace differs (want / got):"
	diff "$tmp/want" "$tmp/got"
	[ "$bad" = 0 ] && bad=1
fi
pass=$((n - bad))
# libjs's trace knows the two calls newer than the generated rows (their
# results depend on the kernel: only the call is compared).
(cd "$tmp" && DEBUG='libjs:*' env -u LIBJS_FAULT timeout 60 ./traced 2> "$tmp/ours") || true
sed -i 's/ = .*//' "$tmp/ours"
for l in 'libjs:syscall mseal(0x10000, 4096, 0x1)' \
	 'libjs:syscall map_shadow_stack(NULL, 4096, 0x1)' \
	 'libjs:syscall remap_file_pages(0x10000, 4096, PROT_READ, 2, 0)' \
	 'libjs:syscall pkey_mprotect(0x10000, 4096, PROT_READ, 15)' \
	 'libjs:syscall mbind(0x10000, 4096, 99, NULL, 0, 0)'; do
	if grep -qxF "$l" "$tmp/ours"; then
		pass=$((pass + 1))
	else
		bad=$((bad + 1))
		echo "libjs trace lacks: $l"
	fi
done
[ "$bad" != 0 ] && cat "$tmp/ours"
echo "$pass passed, $bad failed"
