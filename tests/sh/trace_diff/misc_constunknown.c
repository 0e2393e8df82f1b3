/* Flag words with bits no name covers, as strace prints them: the hex
 * value and, when nothing was named, its C comment (O_???, PROT_???,
 * MAP_???, SOCK_???, GRND_???); a remainder after named bits, bare.
 * Compared across architectures too; qemu-user translates unknown flag
 * bits away or checks arguments in another order, so there the answers
 * to the pipe2/mmap/mprotect/socket lines with unknown bits are not
 * compared (tests/sh/test_trace_cross_arch.sh), their decoding is.
 * getrandom is given a buffer (of 0 bytes): qemu-user refuses NULL
 * (EFAULT) before the kernel could look at the flags. */
#include <libjs/libjs.h>

int main(void)
{
	int p[2];
	void *m;
	char rnd[1];

	js_syscall(JS_NR_pipe2, 0L, 0x8L);
	js_syscall(JS_NR_pipe2, p, (long)JS_O_CLOEXEC | 0x8L);
	js_syscall(JS_NR_dup3, 0L, 21L, 0x8L);
	js_syscall(JS_NR_accept4, -1L, 0L, 0L, 0x8L);
	m = (void *)js_syscall(JS_NR_mmap, 0L, 4096L, (long)JS_PROT_READ,
			       (long)(JS_MAP_PRIVATE | JS_MAP_ANONYMOUS), -1L, 0L);
	js_syscall(JS_NR_mprotect, m, 4096L, 0x10L);
	js_syscall(JS_NR_mprotect, m, 4096L, (long)JS_PROT_READ | 0x10L);
	js_syscall(JS_NR_munmap, m, 4096L);
	js_syscall(JS_NR_mmap, 0L, 4096L, (long)JS_PROT_READ, 0xfL, -1L, 0L);
	js_syscall(JS_NR_mmap, 0L, 4096L, (long)JS_PROT_READ, 0x6L | JS_MAP_ANONYMOUS, -1L, 0L);
	js_syscall(JS_NR_socket, (long)JS_AF_INET, (long)JS_SOCK_DGRAM | 0x100000L, 0L);
	js_syscall(JS_NR_socket, (long)JS_AF_INET, 0xfL, 0L);
	js_syscall(JS_NR_socket, (long)JS_AF_INET, 0xfL | JS_SOCK_CLOEXEC | 0x100000L, 0L);
	js_syscall(JS_NR_wait4, -1L, 0L, 0x10L, 0L);
	js_syscall(JS_NR_wait4, -1L, 0L, (long)(JS_WNOHANG | JS_WSTOPPED | JS_WEXITED |
						JS___WALL | JS___WCLONE), 0L);
	js_syscall(JS_NR_unshare, 0x400000L);
	js_syscall(JS_NR_getrandom, rnd, 0L, (long)(JS_GRND_NONBLOCK | JS_GRND_INSECURE));
	js_syscall(JS_NR_getrandom, rnd, 0L, 8L);
	js_syscall(JS_NR_sendto, -1L, 0L, 0L, 0x1000000L, 0L, 0L);
	js_syscall(JS_NR_clock_nanosleep, (long)JS_CLOCK_REALTIME, 2L, 0L, 0L);
	return 0;
}
