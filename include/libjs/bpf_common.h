/* The classic BPF instruction encoding (linux/bpf_common.h, and the
 * classic-only parts of linux/filter.h): one set for the seccomp filters
 * of sandbox.h and the eBPF instructions of kern.h, which extends it
 * (eBPF keeps classic's classes, sizes, modes, operations and sources).
 * Proven with the rest of both headers' constants on every architecture. */
#ifndef LIBJS_BPF_COMMON_H
#define LIBJS_BPF_COMMON_H

#define JS_BPF_CLASS(code) ((code) & 0x07)
#define JS_BPF_LD   0x00
#define JS_BPF_LDX  0x01
#define JS_BPF_ST   0x02
#define JS_BPF_STX  0x03
#define JS_BPF_ALU  0x04
#define JS_BPF_JMP  0x05
#define JS_BPF_RET  0x06
#define JS_BPF_MISC 0x07

#define JS_BPF_SIZE(code) ((code) & 0x18)
#define JS_BPF_W 0x00
#define JS_BPF_H 0x08
#define JS_BPF_B 0x10

#define JS_BPF_MODE(code) ((code) & 0xe0)
#define JS_BPF_IMM 0x00
#define JS_BPF_ABS 0x20
#define JS_BPF_IND 0x40
#define JS_BPF_MEM 0x60
#define JS_BPF_LEN 0x80
#define JS_BPF_MSH 0xa0

#define JS_BPF_OP(code) ((code) & 0xf0)
#define JS_BPF_ADD 0x00
#define JS_BPF_SUB 0x10
#define JS_BPF_MUL 0x20
#define JS_BPF_DIV 0x30
#define JS_BPF_OR  0x40
#define JS_BPF_AND 0x50
#define JS_BPF_LSH 0x60
#define JS_BPF_RSH 0x70
#define JS_BPF_NEG 0x80
#define JS_BPF_MOD 0x90
#define JS_BPF_XOR 0xa0

#define JS_BPF_JA   0x00
#define JS_BPF_JEQ  0x10
#define JS_BPF_JGT  0x20
#define JS_BPF_JGE  0x30
#define JS_BPF_JSET 0x40

#define JS_BPF_SRC(code) ((code) & 0x08)
#define JS_BPF_K 0x00
#define JS_BPF_X 0x08

#define JS_BPF_RVAL(code) ((code) & 0x18)
#define JS_BPF_A 0x10

#define JS_BPF_MISCOP(code) ((code) & 0xf8)
#define JS_BPF_TAX 0x00
#define JS_BPF_TXA 0x80

#define JS_BPF_MAXINSNS 4096
#define JS_BPF_MEMWORDS 16
#define JS_BPF_MAJOR_VERSION 1
#define JS_BPF_MINOR_VERSION 1

#endif
