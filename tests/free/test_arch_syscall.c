/* The syscall primitive of this architecture, every arity from 0 to 6
 * arguments: each argument lands in the right register (a swapped or
 * dropped one changes the result), the result comes back, and values the
 * compiler keeps in registers across a call survive it (the clobber list
 * is right: x86_64 loses rcx and r11, aarch64 and riscv64 nothing but the
 * result register). */
#include "runner.h"

static const char text[] = "0123456789abcdef";

static long mkdata(void)
{
	long fd = js_open("data", JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0600);

	if (fd >= 0)
		js_write(fd, text, 16);
	return fd;
}

static void t_arities(void)
{
	long in = mkdata(), out, off_in = 4, off_out = 2;
	char buf[16] = { 0 };

	CHECK(in >= 0);
	/* 0 */ CHECK(js_getpid() > 0);
	/* 1 */ CHECK_EQ(js_close(-7), -JS_EBADF);
	/* 2 */ CHECK_EQ(js_access("data", JS_R_OK), 0);
	/* 3 */ CHECK_EQ(js_lseek(in, 3, JS_SEEK_SET), 3);
	/* 4 */ CHECK_EQ(js_pread(in, buf, 5, 10), 5);
	CHECK_STR(buf, "abcde");
	/* 5 */ CHECK_EQ(js_renameat2(JS_AT_FDCWD, "data", JS_AT_FDCWD, "data2", 0), 0);
	out = js_open("copy", JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0600);
	CHECK(out >= 0);
	/* 6: copy_file_range(in, &4, out, &2, 3, 0) copies "456" to offset 2. */
	CHECK_EQ(js_copy_file_range(in, &off_in, out, &off_out, 3, 0), 3);
	CHECK_EQ(off_in, 7);
	CHECK_EQ(off_out, 5);
	CHECK_EQ(js_pread(out, buf, 16, 0), 5);
	CHECK(buf[0] == 0 && buf[1] == 0 && buf[2] == '4' && buf[4] == '6');
	/* The same six through js_syscall's variadic path. */
	off_in = 0, off_out = 0;
	CHECK_EQ(js_syscall(JS_NR_copy_file_range, in, &off_in, out, &off_out, 2L, 0L), 2);
	CHECK_EQ(js_pread(out, buf, 2, 0), 2);
	CHECK(buf[0] == '0' && buf[1] == '1');
	js_close(in);
	js_close(out);
}

static void t_registers_survive(void)
{
	/* Many live values across calls in a loop: with a missing clobber the
	 * compiler would keep one of them in a register the kernel changes. */
	volatile long seed = 3;
	long a = seed, b = a * 5, c = b + 7, d = c * 3, e = d - 11, f = e * 2,
	     g = f + a, h = g ^ b, sum = 0;

	for (int i = 0; i < 50; i++) {
		sum += js_getppid() > 0;
		sum += js_close(-1) == -JS_EBADF;
		a += 1, b += 2, c += 3, d += 4, e += 5, f += 6, g += 7, h += 8;
	}
	CHECK_EQ(sum, 100);
	CHECK_EQ(a, 3 + 50);
	CHECK_EQ(b, 15 + 100);
	CHECK_EQ(c, 22 + 150);
	CHECK_EQ(d, 66 + 200);
	CHECK_EQ(e, 55 + 250);
	CHECK_EQ(f, 110 + 300);
	CHECK_EQ(g, 113 + 350);
	CHECK_EQ(h, (113 ^ 15) + 400);
}

/* js_syscall converts each argument to long: an int -1 reaches
 * the kernel as -1, not 4294967295 (which the variadic function read on
 * x86_64 and aarch64, where the upper half of an int's register is not
 * defined), and an unsigned int stays unsigned.  Calls through the
 * function itself still work with long arguments. */
static void t_int_args(void)
{
	long fd = mkdata();
	int back = -1;
	unsigned int fwd = 3;
	long (*indirect)(long, ...) = js_syscall;

	CHECK(fd >= 0);
	CHECK_EQ(js_syscall(JS_NR_lseek, (int)fd, back, JS_SEEK_END), 15);
	CHECK_EQ(js_syscall(JS_NR_lseek, fd, (int)-16, JS_SEEK_END), 0);
	CHECK_EQ(js_syscall(JS_NR_lseek, fd, fwd, JS_SEEK_SET), 3);
	CHECK_EQ(js_syscall(JS_NR_lseek, fd, (short)-2, JS_SEEK_CUR), 1);
	CHECK_EQ(js_syscall(JS_NR_lseek, fd, (signed char)-1, JS_SEEK_END), 15);
	CHECK_EQ(indirect(JS_NR_lseek, fd, -4L, (long)JS_SEEK_END), 12);
	CHECK_EQ((js_syscall)(JS_NR_getpid), js_getpid());
	CHECK_EQ(js_syscall(JS_NR_close, (int)fd), 0);
}

static void t_error_range(void)
{
	/* Every -errno comes back whole on a 64-bit register. */
	CHECK_EQ(js_syscall(-1L), -JS_ENOSYS);
	CHECK_EQ(js_syscall(100000L), -JS_ENOSYS);
	CHECK(JS_IS_ERR_VALUE(js_close(-1)));
}

JT_MAIN(T(t_int_args), T(t_arities), T(t_registers_survive), T(t_error_range))
