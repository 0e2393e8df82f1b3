#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this for each cross build)
# libjs.a and the runtime of this build's architecture need nothing from
# outside but the compiler's four mem* (docs/design.md rule 6): no libgcc helper
# (128-bit division, outline atomics on aarch64, ...) sneaks in on any
# architecture, and nothing unprefixed is exported.  Uses the target's own
# gcc-nm, which also reads the LTO symbol tables.  The entry may also use
# main and what the linker itself defines (_DYNAMIC and __ehdr_start for
# static-pie self-relocation, riscv64's __global_pointer$, the bounds of
# the constructor, destructor and IRELATIVE tables, the GOT that
# position-independent runtime code addresses, and the bounds of the
# js_syscalls records that libjs-cc --sandbox reads, docs/sandbox.md).
#   tests/sh/test_symbols_arch.sh BUILD_DIR TOP
B=$1
pass=0 fail=0
if [ -n "${JS_RUN:-}" ]; then nm=${JS_RUN#qemu-}-linux-gnu-gcc-nm; else nm=gcc-nm; fi
command -v "$nm" > /dev/null || nm=nm
for f in libjs.a libjs-rt.a crt1.o rcrt1.o; do
	defined=$($nm -g --defined-only "$B/$f" "$B/libjs.a" 2>/dev/null | awk 'NF==3{print $3}' | sort -u)
	undef=$($nm -u "$B/$f" | awk 'NF>=1 && !/:$/{print $NF}' | sort -u |
		grep -vxF -e memcpy -e memmove -e memset -e memcmp -e main \
			-e _DYNAMIC -e __ehdr_start -e '__global_pointer$' \
			-e __preinit_array_start -e __preinit_array_end \
			-e __init_array_start -e __init_array_end \
			-e __fini_array_start -e __fini_array_end \
			-e __rela_iplt_start -e __rela_iplt_end \
			-e _GLOBAL_OFFSET_TABLE_ \
			-e __start_js_syscalls -e __stop_js_syscalls |
		while read -r s; do printf '%s\n' "$defined" | grep -qxF "$s" || echo "$s"; done)
	if [ -z "$undef" ]; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "FAIL: $f needs" $undef
	fi
done
exported=$($nm -g --defined-only "$B/libjs.a" | awk 'NF==3{print $3}' | grep -v -e '^js_' -e '^JS_' | sort -u)
if [ -z "$exported" ]; then pass=$((pass + 1)); else
	fail=$((fail + 1)); echo "FAIL: exported without js_:" $exported
fi
echo "$pass passed, $fail failed"
