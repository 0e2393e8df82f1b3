/* A classic-BPF interpreter for seccomp programs (the instructions a
 * seccomp filter may use, seccomp_check_filter in kernel/seccomp.c), so
 * tests can run a program on a made-up seccomp_data: on every
 * architecture, also under qemu-user, and against libseccomp's programs
 * on the host.  Returns the program's answer, or 0xffffffff for a program
 * the kernel would reject (bad load, jump out of range, no return);
 * *steps (when not NULL) counts the instructions that ran. */
#ifndef LIBJS_TESTS_FREE_BPF_RUN_H
#define LIBJS_TESTS_FREE_BPF_RUN_H

#include <libjs/sandbox.h>

#define BPF_RUN_BAD 0xffffffffu

static inline unsigned int bpf_run(const struct js_sock_filter *p, size_t len,
				   const struct js_seccomp_data *d,
				   unsigned int *steps)
{
	unsigned int a = 0, x = 0, m[JS_BPF_MEMWORDS] = { 0 }, dummy;
	const unsigned char *pkt = (const unsigned char *)d;

	if (!steps)
		steps = &dummy;
	*steps = 0;
	for (size_t pc = 0; pc < len; pc++) {
		const struct js_sock_filter *f = &p[pc];

		++*steps;
		unsigned int src = JS_BPF_SRC(f->code) == JS_BPF_X ? x : f->k;

		switch (JS_BPF_CLASS(f->code)) {
		case JS_BPF_LD:
			if (f->code == (JS_BPF_LD | JS_BPF_W | JS_BPF_ABS)) {
				if (f->k > sizeof *d - 4 || (f->k & 3))
					return BPF_RUN_BAD;
				__builtin_memcpy(&a, pkt + f->k, 4);
			} else if (f->code == (JS_BPF_LD | JS_BPF_W | JS_BPF_LEN)) {
				a = sizeof *d;
			} else if (f->code == (JS_BPF_LD | JS_BPF_IMM)) {
				a = f->k;
			} else if (f->code == (JS_BPF_LD | JS_BPF_MEM) && f->k < JS_BPF_MEMWORDS) {
				a = m[f->k];
			} else {
				return BPF_RUN_BAD;
			}
			break;
		case JS_BPF_LDX:
			if (f->code == (JS_BPF_LDX | JS_BPF_IMM))
				x = f->k;
			else if (f->code == (JS_BPF_LDX | JS_BPF_MEM) && f->k < JS_BPF_MEMWORDS)
				x = m[f->k];
			else if (f->code == (JS_BPF_LDX | JS_BPF_W | JS_BPF_LEN))
				x = sizeof *d;
			else
				return BPF_RUN_BAD;
			break;
		case JS_BPF_ST:
		case JS_BPF_STX:
			if (f->k >= JS_BPF_MEMWORDS)
				return BPF_RUN_BAD;
			m[f->k] = JS_BPF_CLASS(f->code) == JS_BPF_ST ? a : x;
			break;
		case JS_BPF_ALU:
			switch (JS_BPF_OP(f->code)) {
			case JS_BPF_ADD: a += src; break;
			case JS_BPF_SUB: a -= src; break;
			case JS_BPF_MUL: a *= src; break;
			case JS_BPF_DIV: if (!src) return 0; a /= src; break;
			case JS_BPF_MOD: if (!src) return 0; a %= src; break;
			case JS_BPF_OR: a |= src; break;
			case JS_BPF_AND: a &= src; break;
			case JS_BPF_XOR: a ^= src; break;
			case JS_BPF_LSH: a = src < 32 ? a << src : 0; break;
			case JS_BPF_RSH: a = src < 32 ? a >> src : 0; break;
			case JS_BPF_NEG: a = -a; break;
			default: return BPF_RUN_BAD;
			}
			break;
		case JS_BPF_JMP: {
			size_t to;

			if (JS_BPF_OP(f->code) == JS_BPF_JA) {
				to = pc + 1 + f->k;
			} else {
				int t;

				switch (JS_BPF_OP(f->code)) {
				case JS_BPF_JEQ: t = a == src; break;
				case JS_BPF_JGT: t = a > src; break;
				case JS_BPF_JGE: t = a >= src; break;
				case JS_BPF_JSET: t = (a & src) != 0; break;
				default: return BPF_RUN_BAD;
				}
				to = pc + 1 + (t ? f->jt : f->jf);
			}
			if (to >= len)
				return BPF_RUN_BAD;
			pc = to - 1;
			break;
		}
		case JS_BPF_RET:
			return JS_BPF_RVAL(f->code) == JS_BPF_A ? a : f->k;
		case JS_BPF_MISC:
			if (JS_BPF_MISCOP(f->code) == JS_BPF_TAX)
				x = a;
			else
				a = x;
			break;
		}
	}
	return BPF_RUN_BAD;
}

#endif
