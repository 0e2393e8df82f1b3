# libjs: see README.md.  `make` builds build/libjs.a, the freestanding
# runtime (build/crt1.o, build/rcrt1.o, build/libjs-rt.a), the compiler
# wrapper build/bin/libjs-cc and the examples.

ARCH   ?= x86_64
CC     ?= cc
TRACE  ?= 1
OPT    ?= -O2
PREFIX ?= /usr/local
B      ?= build

IS_CLANG := $(shell $(CC) -dM -E - </dev/null 2>/dev/null | grep -c __clang__)
CINC     := $(shell $(CC) -print-file-name=include)
WARN     := -Wall -Wextra -Werror

# libjs.a is freestanding and position-independent; only the compiler's own
# headers are visible to it (-nostdinc), so libc can never leak in.
LIB_CFLAGS := -std=c11 $(OPT) $(WARN) -ffreestanding -fno-stack-protector \
	-fPIC -fno-ident -ffunction-sections -fdata-sections \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	-nostdinc -isystem $(CINC) -Iinclude -DLIBJS_HOOK=$(TRACE)
# With gcc the archive also carries LTO bytecode (fat objects), so that
# libjs-cc can inline a wrapper into its call site; plain links use the
# machine code beside it.  clang cannot read gcc's bytecode: no LTO there.
ifeq ($(IS_CLANG),0)
LTO_FLAGS := -flto -ffat-lto-objects
AR        := gcc-ar
else
LTO_FLAGS :=
AR        ?= ar
endif
# The entry code runs once: smallest beats fastest.
RT_CFLAGS := $(filter-out -fPIC $(OPT),$(LIB_CFLAGS)) -Os -Isrc/arch/$(ARCH)

LIB_SRCS := $(filter-out src/rt/%,$(wildcard src/*/*.c)) \
	    $(filter-out src/arch/$(ARCH)/start.S,$(wildcard src/arch/$(ARCH)/*.[cS]))
LIB_OBJS := $(patsubst src/%,$(B)/obj/%.o,$(LIB_SRCS))
HDRS     := $(shell find include src -name '*.h')

EXAMPLES := $(patsubst examples/%.c,$(B)/examples/%,$(wildcard examples/*.c))
RUNTIME  := $(B)/crt1.o $(B)/rcrt1.o $(B)/libjs-rt.a
CCWRAP   := $(B)/bin/libjs-cc

all: $(B)/libjs.a $(RUNTIME) $(CCWRAP) $(EXAMPLES)

$(B)/obj/%.c.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) $(LTO_FLAGS) -c $< -o $@

$(B)/obj/%.S.o: src/%.S
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c $< -o $@

$(B)/libjs.a: $(LIB_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

# The runtime: never LTO (the compiler emits calls to mem* after LTO has
# run), never in libjs.a (DESIGN.md rule 7).
$(B)/rt/start.o: src/arch/$(ARCH)/start.S
	@mkdir -p $(@D)
	$(CC) $(RT_CFLAGS) -c $< -o $@
$(B)/rt/start_c.o: src/rt/start.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(RT_CFLAGS) -fno-pic -c $< -o $@
$(B)/rt/rstart_c.o: src/rt/start.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(RT_CFLAGS) -fPIC -DJS_STATIC_PIE=1 -c $< -o $@
$(B)/crt1.o: $(B)/rt/start.o $(B)/rt/start_c.o
	$(CC) -r -nostdlib -o $@ $^
$(B)/rcrt1.o: $(B)/rt/start.o $(B)/rt/rstart_c.o
	$(CC) -r -nostdlib -o $@ $^
$(B)/rt/mem.o: src/rt/mem.c
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c $< -o $@
$(B)/libjs-rt.a: $(B)/rt/mem.o
	@rm -f $@
	$(AR) rcs $@ $^

# The compiler wrapper, pointing into the build tree (install rewrites it).
$(CCWRAP): tools/libjs-cc.in
	@mkdir -p $(@D)
	sed -e 's|@INCDIR@|$(CURDIR)/include|' -e 's|@LIBDIR@|$(CURDIR)/$(B)|' \
	    -e 's|@ARCH@|$(ARCH)|' $< > $@
	chmod +x $@

$(B)/examples/%: examples/%.c $(B)/libjs.a $(RUNTIME) $(CCWRAP)
	@mkdir -p $(@D)
	CC=$(CC) $(CCWRAP) -Os $(WARN) $< -o $@

demo: all
	$(B)/examples/demo

# ---- Tests ------------------------------------------------------------
check: all
	@tools/need-tools.sh
	@$(MAKE) --no-print-directory -f tests/tests.mk CC=$(CC) B=$(B) ARCH=$(ARCH) check

check-sanitize: all
	@tools/need-tools.sh
	@$(MAKE) --no-print-directory -f tests/tests.mk CC=$(CC) B=$(B) ARCH=$(ARCH) check-sanitize

bench: all
	@tools/need-tools.sh bench
	bench/run.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/libjs \
		$(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig
	cp -R include/libjs $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(B)/libjs.a $(RUNTIME) $(DESTDIR)$(PREFIX)/lib/libjs/
	sed -e 's|@INCDIR@|$(PREFIX)/include|' -e 's|@LIBDIR@|$(PREFIX)/lib/libjs|' \
	    -e 's|@ARCH@|$(ARCH)|' tools/libjs-cc.in > $(DESTDIR)$(PREFIX)/bin/libjs-cc
	chmod 755 $(DESTDIR)$(PREFIX)/bin/libjs-cc
	sed -e 's|@PREFIX@|$(PREFIX)|' tools/libjs.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/libjs.pc

clean:
	rm -rf $(B)

.PHONY: all demo check check-sanitize bench install clean
