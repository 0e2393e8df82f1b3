# libjs: see README.md.  `make` builds build/libjs.a, the freestanding
# runtime (build/crt1.o, build/rcrt1.o, build/libjs-rt.a), the compiler
# wrapper build/bin/libjs-cc and the examples.

TRACE  ?= 1
OPT    ?= -O2
PREFIX ?= /usr/local

# The version, written once in include/libjs/version.h (libjs.pc says the
# same).
VERSION := $(shell sed -n 's/^\#define JS_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)$$/\2/p' include/libjs/version.h | paste -sd.)

# Quiet by default, one line per step ("  CC      build/obj/fs/open.c.o");
# `make V=1` prints every command in full.
ifeq ($(V),1)
Q   :=
msg  = @:
else
Q   := @
msg  = @printf '  %-7s %s\n' '$(1)' '$(2)'
endif
export V

# Architectures (docs/architectures.md): x86_64, aarch64, riscv64.
# `make ARCH=aarch64` cross-builds with aarch64-linux-gnu-gcc into
# build-aarch64/; without ARCH, the architecture is the compiler's.
NATIVE := $(shell uname -m)
ifeq ($(origin ARCH),undefined)
ARCH := $(firstword $(subst -, ,$(shell $(CC) -dumpmachine 2>/dev/null)) $(NATIVE))
else ifeq ($(origin CC),default)
CC := $(if $(filter $(NATIVE),$(ARCH)),cc,$(ARCH)-linux-gnu-gcc)
endif
# BB: the base build directory; each other architecture builds beside it
# in $(BB)-<arch>, which is where libjs-cc --target=<arch> looks.
ifeq ($(ARCH),$(NATIVE))
B  ?= build
BB ?= $(B)
else
BB ?= build
B  ?= $(BB)-$(ARCH)
endif
ifeq ($(filter $(ARCH),x86_64 aarch64 riscv64),)
$(error ARCH=$(ARCH): libjs supports x86_64, aarch64 and riscv64)
endif
CROSS_ARCHS ?= $(filter-out $(NATIVE),x86_64 aarch64 riscv64)
# Programs of another architecture run under qemu-user.
RUN := $(if $(filter $(NATIVE),$(ARCH)),,qemu-$(ARCH))

IS_CLANG := $(shell $(CC) -dM -E - </dev/null 2>/dev/null | grep -c __clang__)
CINC     := $(shell $(CC) -print-file-name=include)
WARN     := -Wall -Wextra -Werror

# libjs.a is freestanding and position-independent; only the compiler's own
# headers are visible to it (-nostdinc), so libc can never leak in.
# Code-generation flags an architecture needs for freestanding code
# (src/arch/<arch>/cflags; aarch64: atomics inline, since libgcc's
# outlined ones need glibc's __getauxval).  Installed beside the library so
# that libjs-cc compiles user code with them too.
ARCH_CFLAGS := $(shell cat src/arch/$(ARCH)/cflags 2>/dev/null)
LIB_CFLAGS := -std=c11 $(OPT) $(WARN) -ffreestanding -fno-stack-protector \
	-fPIC -fno-ident -ffunction-sections -fdata-sections \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	-nostdinc -isystem $(CINC) -Iinclude -Isrc/arch/$(ARCH) \
	-DLIBJS_HOOK=$(TRACE) $(ARCH_CFLAGS)
# With gcc the archive also carries LTO bytecode (fat objects), so that
# libjs-cc can inline a wrapper into its call site; plain links use the
# machine code beside it.  clang cannot read gcc's bytecode: no LTO there.
ifeq ($(IS_CLANG),0)
LTO_FLAGS := -flto -ffat-lto-objects
# The archive index must come from the same compiler's LTO plugin:
# aarch64-linux-gnu-gcc pairs with aarch64-linux-gnu-gcc-ar.
AR        := $(if $(filter %gcc,$(CC)),$(CC)-ar,$(if $(filter $(NATIVE),$(ARCH)),gcc-ar,$(ARCH)-linux-gnu-gcc-ar))
else
LTO_FLAGS :=
AR        ?= ar
endif
# The entry code runs once: smallest beats fastest.
RT_CFLAGS := $(filter-out -fPIC $(OPT),$(LIB_CFLAGS)) -Os

# The runtime's own C (src/rt/) and the threads, which need its TLS and so
# exist only in freestanding programs, go into libjs-rt.a, not libjs.a.
RT_THREAD_SRCS := $(wildcard src/thread/thread_*.c)
LIB_SRCS := $(filter-out src/rt/% $(RT_THREAD_SRCS),$(wildcard src/*/*.c)) \
	    $(filter-out src/arch/$(ARCH)/start.S,$(wildcard src/arch/$(ARCH)/*.[cS]))
LIB_OBJS := $(patsubst src/%,$(B)/obj/%.o,$(LIB_SRCS))
HDRS     := $(shell find include src -name '*.h')

EXAMPLES := $(patsubst examples/%.c,$(B)/examples/%,$(wildcard examples/*.c))
RUNTIME  := $(B)/crt1.o $(B)/rcrt1.o $(B)/libjs-rt.a $(B)/cflags \
	    $(if $(wildcard src/arch/$(ARCH)/link.ld),$(B)/link.ld)
CCWRAP   := $(B)/bin/libjs-cc
# libjs-syscalls and its number-to-name tables, one per architecture.
SCTOOL   := $(B)/bin/libjs-syscalls $(patsubst %,$(B)/share/libjs/syscalls-%.txt,x86_64 aarch64 riscv64)

all: $(B)/libjs.a $(RUNTIME) $(CCWRAP) $(EXAMPLES) $(SCTOOL)

$(B)/obj/%.c.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) $(LIB_CFLAGS) $(LTO_FLAGS) -c $< -o $@

$(B)/obj/%.S.o: src/%.S
	@mkdir -p $(@D)
	$(call msg,AS,$@)
	$(Q)$(CC) $(LIB_CFLAGS) -c $< -o $@

# The formatter (docs/toolkit.md) is compiled for size: it is in every
# program that prints, and -O2's vectorised loops tripled it.
$(B)/obj/fmt/%: LIB_CFLAGS += -Os

$(B)/libjs.a: $(LIB_OBJS)
	@rm -f $@
	$(call msg,AR,$@)
	$(Q)$(AR) rcs $@ $^

# The runtime: never LTO (the compiler emits calls to mem* after LTO has
# run), never in libjs.a (docs/design.md rule 7).
$(B)/rt/start.o: src/arch/$(ARCH)/start.S
	@mkdir -p $(@D)
	$(call msg,AS,$@)
	$(Q)$(CC) $(RT_CFLAGS) -c $< -o $@
# crt1.o (static) and rcrt1.o (static-pie): the entry and start.c,
# compiled once per kind.
RT_CRT := start
$(B)/rt/%_c.o: src/rt/%.c $(HDRS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) $(RT_CFLAGS) -fno-pic -c $< -o $@
$(B)/rt/%_r.o: src/rt/%.c $(HDRS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) $(RT_CFLAGS) -fPIC -DJS_STATIC_PIE=1 -c $< -o $@
$(B)/crt1.o: $(B)/rt/start.o $(patsubst %,$(B)/rt/%_c.o,$(RT_CRT))
	$(call msg,LD,$@)
	$(Q)$(CC) -r -nostdlib -o $@ $^
$(B)/rcrt1.o: $(B)/rt/start.o $(patsubst %,$(B)/rt/%_r.o,$(RT_CRT))
	$(call msg,LD,$@)
	$(Q)$(CC) -r -nostdlib -o $@ $^
# libjs-rt.a: what the compiler itself calls (mem*, the protector's
# __stack_chk_fail), the optional start-up parts (TLS, IRELATIVE) and the
# threads, position-independent so both kinds of link take it.  It calls
# into libjs.a (the threads' mmap, futex, ...), so libjs-cc links the two
# as a group.
$(B)/rt/mem.o: src/rt/mem.c
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) $(LIB_CFLAGS) -c $< -o $@
$(B)/rt/%.o: src/rt/%.c $(HDRS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) $(RT_CFLAGS) -fPIC -c $< -o $@
$(B)/rt/thread/%.o: src/thread/%.c $(HDRS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) $(RT_CFLAGS) -fPIC -c $< -o $@
$(B)/cflags: $(wildcard src/arch/$(ARCH)/cflags)
	@mkdir -p $(@D)
	$(call msg,GEN,$@)
	$(Q)echo '$(ARCH_CFLAGS)' > $@
# An architecture's additions to the linker's default script
# (src/arch/<arch>/link.ld), which libjs-cc passes with -T when present.
$(B)/link.ld: src/arch/$(ARCH)/link.ld
	@mkdir -p $(@D)
	$(call msg,GEN,$@)
	$(Q)cp $< $@
$(B)/libjs-rt.a: $(B)/rt/mem.o $(B)/rt/ssp.o $(B)/rt/tls.o $(B)/rt/irel.o $(B)/rt/wx.o \
		$(patsubst src/rt/%.c,$(B)/rt/%.o,$(wildcard src/rt/sandbox*.c)) \
		$(patsubst src/thread/%.c,$(B)/rt/thread/%.o,$(RT_THREAD_SRCS))
	@rm -f $@
	$(call msg,AR,$@)
	$(Q)$(AR) rcs $@ $^

# The compiler wrapper, pointing into the build tree (install rewrites it).
$(CCWRAP): tools/libjs-cc.in
	@mkdir -p $(@D)
	$(call msg,GEN,$@)
	$(Q)sed -e 's|@INCDIR@|$(CURDIR)/include|' -e 's|@LIBDIR@|$(abspath $(B))|' \
	    -e 's|@ARCH@|$(ARCH)|' -e 's|@LIBBASE@|$(abspath $(BB))|' \
	    -e 's|@LIBSEP@|-|' -e 's|@SRCDIR@|$(CURDIR)|' $< > $@
	$(Q)chmod +x $@

# libjs-syscalls (issue 16): "number name" lines from the same lists as
# the JS_NR_* values and the trace's names.
$(B)/bin/libjs-syscalls: tools/libjs-syscalls.in
	@mkdir -p $(@D)
	sed -e 's|@SHAREDIR@|$(abspath $(B))/share/libjs|' $< > $@
	chmod +x $@
$(B)/share/libjs/syscalls-%.txt: include/libjs/arch/%/nr_list.h include/libjs/arch/%/nr.h include/libjs/nr_new.h
	@mkdir -p $(@D)
	printf '#include "libjs/arch/$*/nr.h"\n#include "libjs/nr_new.h"\n#define JS_NR_X(n) JS_NR_##n n\n#include "libjs/arch/$*/nr_list.h"\n#define X(n) JS_NR_##n n\nJS_NR_NEW_LIST(X)\n' | \
		$(CC) -E -P -Iinclude -x c - | tr -s ' \n' '\n\n' | grep . | paste -d' ' - - > $@

$(B)/examples/%: examples/%.c $(B)/libjs.a $(RUNTIME) $(CCWRAP)
	@mkdir -p $(@D)
	$(call msg,CCLD,$@)
	$(Q)CC=$(CC) $(CCWRAP) -Os $(WARN) $< -o $@

demo: all
	$(RUN) $(B)/examples/demo

# ---- Tests ------------------------------------------------------------
# On the build machine's own architecture: every test, then the
# freestanding suite again for each other architecture under qemu-user,
# each with its own "N passed, N failed" line.  For another ARCH: that
# architecture's freestanding suite under qemu-$(ARCH).
ifeq ($(ARCH),$(NATIVE))
check: all
	@CC="$(CC)" tools/need-tools.sh
	@rm -f $(B)/check.sum
	@fail=0; export JS_SUMMARY=$(abspath $(B))/check.sum; \
	$(MAKE) --no-print-directory -f tests/tests.mk CC=$(CC) B=$(B) ARCH=$(ARCH) check || fail=1; \
	for a in $(CROSS_ARCHS); do \
		$(MAKE) --no-print-directory ARCH=$$a CC=$$a-linux-gnu-gcc \
			BB=$(B) B=$(B)-$$a check || fail=1; \
	done; \
	$(MAKE) --no-print-directory B=$(B) CC=$(CC) check-boot || fail=1; \
	awk '{p += $$1; f += $$2} END {printf "total: %d passed, %d failed\n", p, f}' $(B)/check.sum; \
	exit $$fail
else
check: all
	@CC="$(CC)" tools/need-tools.sh cross
	@echo "== $(ARCH) under qemu-$(ARCH)"
	@$(MAKE) --no-print-directory -f tests/tests.mk CC=$(CC) B=$(B) ARCH=$(ARCH) \
		JS_RUN=$(RUN) check-free
endif

# The real boots (docs/boot.md, tests/boot/): each architecture's
# freestanding suite as init's child on a real kernel under qemu-system.
# The kernels (Debian's, and riscv64's built from linux-source-6.1) are
# fetched or built once into BOOT_CACHE, which every build directory
# shares (make clean keeps it).
BOOT_CACHE ?= build-boot
BOOT_ARCHS ?= x86_64 aarch64 riscv64
boot-files: all
	@$(MAKE) --no-print-directory -f tests/tests.mk CC=$(CC) B=$(B) ARCH=$(ARCH) boot-files
ifeq ($(ARCH),$(NATIVE))
check-boot: boot-files
	@for a in $(filter-out $(NATIVE),$(BOOT_ARCHS)); do \
		$(MAKE) --no-print-directory ARCH=$$a CC=$$a-linux-gnu-gcc \
			BB=$(B) B=$(B)-$$a boot-files || exit 1; \
	done
	@tests/boot/check.sh $(B) $(BOOT_CACHE) $(BOOT_ARCHS)
endif

check-sanitize: all
	@CC="$(CC)" tools/need-tools.sh
	@$(MAKE) --no-print-directory -f tests/tests.mk CC=$(CC) B=$(B) ARCH=$(ARCH) check-sanitize

# The libFuzzer targets, each for FUZZ_TIME seconds (default 60).
fuzz: all
	@CC=clang tools/need-tools.sh
	@$(MAKE) --no-print-directory -f tests/tests.mk CC=$(CC) B=$(B) ARCH=$(ARCH) fuzz

bench: all
	@CC="$(CC)" tools/need-tools.sh bench
	bench/run.sh

# Every committed generated file from its generator (tools/generate.sh:
# syscall numbers, errno tables, the trace's argument rows, the table in
# docs/syscalls.md); make check fails when one differs
# (tests/sh/test_generated.sh).
generate:
	@tools/generate.sh

# How much of each architecture's system-call table has a wrapper
# (docs/syscalls.md); fails naming each number neither wrapped nor excluded.
coverage:
	@tools/coverage.sh

# The build machine's own architecture installs into lib/libjs, any other
# into lib/libjs/<arch>, where libjs-cc --target=<arch> looks; the
# installed libjs-cc is the same whichever ARCH installed it last.  The
# installed libjs-cc and libjs.pc find the tree from where they are
# (<prefix>/bin, <prefix>/lib/pkgconfig), so DESTDIR (a staging root,
# prefixed to every path) gives a tree that already works where it is.
INSTLIB := $(PREFIX)/lib/libjs$(if $(filter $(NATIVE),$(ARCH)),,/$(ARCH))
install: all
	$(call msg,INSTALL,$(DESTDIR)$(PREFIX))
	$(Q)install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(INSTLIB) \
		$(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig
	$(Q)cp -R include/libjs $(DESTDIR)$(PREFIX)/include/
	$(Q)install -m 644 $(B)/libjs.a $(RUNTIME) $(DESTDIR)$(INSTLIB)/
	$(Q)sed -e 's|@INCDIR@||' -e 's|@LIBDIR@||' -e 's|@LIBBASE@||' -e 's|@SRCDIR@||' \
	    -e 's|@ARCH@|$(NATIVE)|' -e 's|@LIBSEP@|/|' \
	    tools/libjs-cc.in > $(DESTDIR)$(PREFIX)/bin/libjs-cc
	$(Q)chmod 755 $(DESTDIR)$(PREFIX)/bin/libjs-cc
	$(Q)install -d $(DESTDIR)$(PREFIX)/share/libjs
	$(Q)install -m 644 $(filter %.txt,$(SCTOOL)) $(DESTDIR)$(PREFIX)/share/libjs/
	$(Q)sed -e 's|@SHAREDIR@||' tools/libjs-syscalls.in > $(DESTDIR)$(PREFIX)/bin/libjs-syscalls
	$(Q)chmod 755 $(DESTDIR)$(PREFIX)/bin/libjs-syscalls
	$(Q)sed -e 's|@VERSION@|$(VERSION)|' tools/libjs.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/libjs.pc

# What install put there: for the build machine's own architecture all of
# it (every architecture's libraries too); for another ARCH its libraries.
uninstall:
	$(call msg,UNINSTALL,$(DESTDIR)$(PREFIX))
ifeq ($(ARCH),$(NATIVE))
	$(Q)rm -rf $(DESTDIR)$(PREFIX)/include/libjs $(DESTDIR)$(PREFIX)/lib/libjs $(DESTDIR)$(PREFIX)/share/libjs
	$(Q)rm -f $(DESTDIR)$(PREFIX)/bin/libjs-cc $(DESTDIR)$(PREFIX)/bin/libjs-syscalls $(DESTDIR)$(PREFIX)/lib/pkgconfig/libjs.pc
else
	$(Q)rm -rf $(DESTDIR)$(INSTLIB)
endif

# On the build machine's own architecture also the other architectures'
# directories beside it, which make check creates.
clean:
	rm -rf $(B) $(if $(RUN),,$(addprefix $(B)-,$(CROSS_ARCHS)))

.PHONY: all demo check check-boot boot-files check-sanitize fuzz bench coverage generate install uninstall clean
