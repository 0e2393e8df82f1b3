#include <libjs/sandbox.h>
#include <libjs/errno.h>

/* The program (seccomp(2) "Pitfalls": check the architecture first, and
 * the x32 bit on x86_64):
 *
 *   ld [arch]; jeq JS_AUDIT_ARCH, +1; ret KILL_PROCESS; ld [nr];
 *   (x86_64: a number in [JS_X32_SYSCALL_BIT, 2^31): ret KILL_PROCESS;)
 *   a binary-search tree over the sorted numbers
 *
 * Each inner node is `jge pivot` to the right half; a leaf of at most
 * LEAF numbers is `jeq` to its own `ret action`, else `ret default`, so no
 * jump has to reach a shared return across the whole program.  BPF jumps
 * go forward by at most 255 instructions: a node whose left half is
 * longer reaches its right half through a `ja` (32-bit offset). */
#define LEAF 3
#define OFF_NR 0
#define OFF_ARCH 4

struct build {
	struct js_sock_filter *p;
	size_t cap, len;
	const unsigned int *nr;
	unsigned int action, dflt;
};

/* noinline: inlined into itself, -O2 makes this 1 KiB. */
__attribute__((noinline)) static size_t tree_size(size_t n)
{
	size_t half, left;

	if (n <= LEAF)
		return n + 2;
	half = n / 2;
	left = tree_size(half);
	return 1 + (left > 255) + left + tree_size(n - half);
}

static void put(struct build *b, unsigned int code, unsigned int k,
		unsigned int jt, unsigned int jf)
{
	struct js_sock_filter *f = &b->p[b->len++];

	f->code = (unsigned short)code;
	f->jt = (unsigned char)jt;
	f->jf = (unsigned char)jf;
	f->k = k;
}

__attribute__((noinline)) static void tree(struct build *b, size_t lo, size_t n)
{
	size_t half, left;

	if (n <= LEAF) {
		for (size_t i = 0; i < n; i++)
			put(b, JS_BPF_JMP | JS_BPF_JEQ | JS_BPF_K, b->nr[lo + i],
			    (unsigned int)(n - i), 0);
		put(b, JS_BPF_RET | JS_BPF_K, b->dflt, 0, 0);
		put(b, JS_BPF_RET | JS_BPF_K, b->action, 0, 0);
		return;
	}
	half = n / 2;
	left = tree_size(half);
	if (left > 255) {
		put(b, JS_BPF_JMP | JS_BPF_JGE | JS_BPF_K, b->nr[lo + half], 0, 1);
		put(b, JS_BPF_JMP | JS_BPF_JA, (unsigned int)left, 0, 0);
	} else {
		put(b, JS_BPF_JMP | JS_BPF_JGE | JS_BPF_K, b->nr[lo + half],
		    (unsigned int)left, 0);
	}
	tree(b, lo, half);
	tree(b, lo + half, n - half);
}

static size_t sort_unique(unsigned int *a, size_t n)
{
	size_t k = 0;

	for (size_t i = 1; i < n; i++) {
		unsigned int v = a[i];
		size_t j = i;

		for (; j > 0 && a[j - 1] > v; j--)
			a[j] = a[j - 1];
		a[j] = v;
	}
	for (size_t i = 0; i < n; i++)
		if (k == 0 || a[k - 1] != a[i])
			a[k++] = a[i];
	return k;
}

long js_seccomp_build(struct js_sock_filter *prog, size_t cap,
		      unsigned int *nrs, size_t n, unsigned int action,
		      unsigned int default_action)
{
	struct build b = { prog, cap, 0, nrs, action, default_action };
	size_t head = 4, need;

	if (!prog || (!nrs && n))
		return -JS_EFAULT;
	if (n > 4000)
		return -JS_EINVAL;
	for (size_t i = 0; i < n; i++)
		if (nrs[i] >= 0x40000000u)
			return -JS_EINVAL;
	n = sort_unique(nrs, n);
#ifdef JS_X32_SYSCALL_BIT
	head += 3;
#endif
	need = head + (n ? tree_size(n) : 1);
	if (need > JS_BPF_MAXINSNS)
		return -JS_EINVAL;
	if (need > cap)
		return -JS_ENOSPC;
	put(&b, JS_BPF_LD | JS_BPF_W | JS_BPF_ABS, OFF_ARCH, 0, 0);
	put(&b, JS_BPF_JMP | JS_BPF_JEQ | JS_BPF_K, JS_AUDIT_ARCH, 1, 0);
	put(&b, JS_BPF_RET | JS_BPF_K, JS_SECCOMP_RET_KILL_PROCESS, 0, 0);
	put(&b, JS_BPF_LD | JS_BPF_W | JS_BPF_ABS, OFF_NR, 0, 0);
#ifdef JS_X32_SYSCALL_BIT
	/* Only the x32 range proper: a negative number (-1, which ptrace
	 * uses to skip a call) is no x32 call and gets the default. */
	put(&b, JS_BPF_JMP | JS_BPF_JGE | JS_BPF_K, 0x80000000u, 2, 0);
	put(&b, JS_BPF_JMP | JS_BPF_JGE | JS_BPF_K, JS_X32_SYSCALL_BIT, 0, 1);
	put(&b, JS_BPF_RET | JS_BPF_K, JS_SECCOMP_RET_KILL_PROCESS, 0, 0);
#endif
	if (n)
		tree(&b, 0, n);
	else
		put(&b, JS_BPF_RET | JS_BPF_K, default_action, 0, 0);
	return (long)b.len;
}
