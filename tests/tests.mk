# Test build and run, included by `make check` (see the top Makefile).
# Three layers (docs/design.md): cmocka host tests next to glibc, freestanding
# tests built with libjs-cc, and the host tests again under ASan+UBSan.

B    ?= build
CC   ?= cc
WARN := -Wall -Wextra -Werror
# Quiet unless V=1, as the top Makefile.
ifeq ($(V),1)
Q   :=
msg  = @:
else
Q   := @
msg  = @printf '  %-7s %s\n' '$(1)' '$(2)'
endif
HOST_CFLAGS := -std=c11 -O1 -g $(WARN) -D_GNU_SOURCE -Iinclude -Itests/host
SAN_FLAGS   := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

HOST_SRCS := $(wildcard tests/host/test_*.c)
HOST_BINS := $(patsubst tests/host/%.c,$(B)/tests/host/%,$(HOST_SRCS))
SAN_BINS  := $(patsubst tests/host/%.c,$(B)/tests/san/%,$(HOST_SRCS))
FREE_SRCS := $(wildcard tests/free/test_*.c)
FREE_BINS := $(patsubst tests/free/%.c,$(B)/tests/free/%,$(FREE_SRCS))
# The runtime's, the threads' and the vDSO's tests again as static-pie
# programs (rcrt1.o).
PIE_BINS  := $(patsubst tests/free/%.c,$(B)/tests/pie/%,$(wildcard tests/free/test_rt_*.c tests/free/test_thread*.c tests/free/test_vdso*.c))
TEST_HDRS := $(wildcard tests/host/*.h tests/free/*.h include/libjs/*.h include/libjs/*/*.h include/libjs/*/*/*.h)

# The library again, instrumented, for the sanitizer run.
# With each architecture's own wrappers (src/arch/<arch>/*.c: x86_64's
# arch_prctl, riscv64's riscv_hwprobe, ...).
LIB_SRCS  := $(filter-out src/rt/% src/thread/thread_%,$(wildcard src/*/*.c)) \
	     $(wildcard src/arch/$(ARCH)/*.c)
SAN_OBJS  := $(patsubst src/%.c,$(B)/san/obj/%.o,$(LIB_SRCS))
# The architecture's assembly (js_vfork, js_clone_fn, the wrappers'
# hooked path js__hook_call5), as the top Makefile built it for libjs.a:
# both instrumented libraries take it as it is.
ARCH_ASM_OBJS := $(patsubst src/%,$(B)/obj/%.o,$(filter-out src/arch/$(ARCH)/start.S,$(wildcard src/arch/$(ARCH)/*.S)))

# Per-test libraries: libseccomp is the filter builder's oracle (issue 16).
HOST_LIBS_test_sandbox_seccomp_oracle := -lseccomp
$(B)/tests/host/%: tests/host/%.c $(B)/libjs.a $(TEST_HDRS)
	@mkdir -p $(@D)
	$(call msg,CCLD,$@)
	$(Q)$(CC) $(HOST_CFLAGS) $< -o $@ $(B)/libjs.a -lcmocka $(HOST_LIBS_$*)

$(B)/san/obj/%.o: src/%.c $(TEST_HDRS) $(wildcard src/*.h src/*/*.h)
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) -std=c11 -O1 -g $(WARN) $(SAN_FLAGS) -ffreestanding -Iinclude -Isrc/arch/$(ARCH) -c $< -o $@
$(B)/san/libjs.a: $(SAN_OBJS) $(ARCH_ASM_OBJS)
	@rm -f $@
	$(call msg,AR,$@)
	$(Q)ar rcs $@ $^
$(B)/tests/san/%: tests/host/%.c $(B)/san/libjs.a $(TEST_HDRS)
	@mkdir -p $(@D)
	$(call msg,CCLD,$@)
	$(Q)$(CC) $(HOST_CFLAGS) $(SAN_FLAGS) $< -o $@ $(B)/san/libjs.a -lcmocka $(HOST_LIBS_$*)

# libFuzzer targets (tests/fuzz/fuzz_*.c, README "A tour"): always
# clang, whose libFuzzer they are, with ASan + UBSan, linked against the
# library built once more with the fuzzer's coverage.  `make fuzz` runs
# each FUZZ_TIME seconds (default 60); make check runs each for 2
# (tests/sh/test_fuzz.sh).
FUZZ_CC    ?= clang
FUZZ_TIME  ?= 60
FUZZ_FLAGS := -std=c11 -O1 -g $(WARN) -fsanitize=address,undefined \
	      -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_SRCS  := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BINS  := $(patsubst tests/fuzz/%.c,$(B)/fuzz/%,$(FUZZ_SRCS))
FUZZ_OBJS  := $(patsubst src/%.c,$(B)/fuzz/obj/%.o,$(LIB_SRCS))

$(B)/fuzz/obj/%.o: src/%.c $(TEST_HDRS) $(wildcard src/*.h src/*/*.h)
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -ffreestanding -Iinclude -Isrc/arch/$(ARCH) -c $< -o $@
$(B)/fuzz/libjs.a: $(FUZZ_OBJS) $(ARCH_ASM_OBJS)
	@rm -f $@
	$(call msg,AR,$@)
	$(Q)ar rcs $@ $^
$(B)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(B)/fuzz/libjs.a
	$(call msg,CCLD,$@)
	$(Q)$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -D_GNU_SOURCE -Iinclude $< -o $@ $(B)/fuzz/libjs.a

fuzz: $(FUZZ_BINS)
	@tests/fuzz/run.sh $(B) $(FUZZ_TIME)

# Per-test libjs-cc flags (FREE_FLAGS_<name>); tests/free/arch/<arch>/
# holds what a test must say in the architecture's own terms.
FREE_FLAGS_test_rt_entry := --trace
FREE_FLAGS_test_rt_ssp   := -fstack-protector-strong
FREE_FLAGS_test_thread   := -fstack-protector-strong
$(B)/tests/free/%: tests/free/%.c tests/free/runner.c tests/free/runner.h $(wildcard tests/free/arch/$(ARCH)/*.h) $(B)/libjs.a $(B)/libjs-rt.a $(B)/crt1.o $(B)/bin/libjs-cc $(wildcard $(B)/link.ld)
	@mkdir -p $(@D)
	$(call msg,CCLD,$@)
	$(Q)CC=$(CC) $(B)/bin/libjs-cc -O2 $(WARN) $(FREE_FLAGS_$*) -Itests/free -Itests/free/arch/$(ARCH) $< tests/free/runner.c -o $@
$(B)/tests/pie/%: tests/free/%.c tests/free/runner.c tests/free/runner.h $(wildcard tests/free/arch/$(ARCH)/*.h) $(B)/libjs.a $(B)/libjs-rt.a $(B)/rcrt1.o $(B)/bin/libjs-cc $(wildcard $(B)/link.ld)
	@mkdir -p $(@D)
	$(call msg,CCLD,$@)
	$(Q)CC=$(CC) $(B)/bin/libjs-cc -static-pie -O2 $(WARN) $(FREE_FLAGS_$*) -Itests/free -Itests/free/arch/$(ARCH) $< tests/free/runner.c -o $@

# make check-boot (docs/boot.md): the programs of the boot besides the
# suite (the boot stage, the program run after switch-root, and the
# stand-ins for examples not written yet), built as the examples are.
BOOT_BINS := $(patsubst tests/boot/%.c,$(B)/tests/boot/%,$(wildcard tests/boot/*.c))
$(B)/tests/boot/%: tests/boot/%.c $(B)/libjs.a $(B)/libjs-rt.a $(B)/crt1.o $(B)/bin/libjs-cc $(wildcard $(B)/link.ld)
	@mkdir -p $(@D)
	$(call msg,CCLD,$@)
	$(Q)CC=$(CC) $(B)/bin/libjs-cc -Os $(WARN) $< -o $@
boot-files: $(FREE_BINS) $(PIE_BINS) $(BOOT_BINS)

check: $(HOST_BINS) $(FREE_BINS) $(PIE_BINS) $(SAN_BINS) $(FUZZ_BINS)
	@tests/run.sh $(B) $(HOST_BINS) $(FREE_BINS) $(PIE_BINS) $(SAN_BINS)

# Another architecture: only the freestanding programs can run (under
# qemu-user, JS_RUN); the host and sanitizer layers need the host's libc.
check-free: $(FREE_BINS) $(PIE_BINS)
	@JS_RUN="$(JS_RUN)" tests/run.sh $(B) $(FREE_BINS) $(PIE_BINS)

check-sanitize: $(SAN_BINS)
	@tests/run.sh $(B) $(SAN_BINS)

.PHONY: check check-free check-sanitize fuzz boot-files
