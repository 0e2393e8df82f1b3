/* Every kernel-tools and memory-group wrapper once, with arguments strace
 * can show and that change nothing (each call fails on its arguments
 * before acting: no module, kexec image, policy or mapping is touched).
 * Run by test_kernmem_strace.sh, which checks the call each one issued. */
#include <libjs/libjs.h>

int main(void)
{
	long w = 0;
	void *p = (void *)0x10000;

	js_ptrace(JS_PTRACE_PEEKDATA, -1, (void *)0x10, &w);
	js_ptrace(JS_PTRACE_CONT, -1, 0, (void *)9);
	js_kexec_load(0x1000, JS_KEXEC_SEGMENT_MAX + 1, 0, 0);
	js_kexec_file_load(-1, -2, 3, "ab", 0x80000000UL);
	js_init_module(0, 0, "p=1");
	js_finit_module(-1, "p=1", 0);
	js_delete_module("libjs_no_such_module", JS_O_NONBLOCK);
	js_userfaultfd(0x10);
	js_perf_event_open(0, 0, -1, -1, JS_PERF_FLAG_FD_CLOEXEC);
	js_bpf(0x7fff, 0, 0);
	js_mlock2(p, 4096, JS_MLOCK_ONFAULT);
	js_pkey_alloc(1, JS_PKEY_DISABLE_WRITE);
	js_pkey_free(15);
	js_pkey_mprotect(p, 4096, JS_PROT_READ, 15);
	js_mbind(p, 4096, 99, 0, 0, 0);
	js_get_mempolicy(0, 0, 0, p, 0x100);
	js_set_mempolicy(99, 0, 0);
	js_set_mempolicy_home_node(0x10000, 4096, 0, 1);
	js_migrate_pages(-1, 64, 0, 0);
	js_move_pages(-1, 0, 0, 0, 0, 0);
	js_memfd_secret(0x1);
	js_mseal(p, 4096, 1);
	js_map_shadow_stack(0, 4096, 1);
	js_remap_file_pages(p, 4096, 1, 2, 0);
	return 0;
}
