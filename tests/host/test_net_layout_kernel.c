/* Socket structures and constants against the kernel's UAPI headers
 * (linux/in.h, linux/in6.h, linux/un.h, linux/socket.h, asm/socket.h,
 * linux/tcp.h): what glibc's headers also define is checked in
 * test_net_layout.c; the two header sets cannot share a file. */
#include <linux/socket.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/tcp.h>
#include <linux/un.h>
#include <asm/socket.h>
#include <linux/fcntl.h>
#include "layout.h"
#include <libjs/net.h>

static void structs_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_sockaddr_storage, __kernel_sockaddr_storage),
		LAYOUT_ALIGN(js_sockaddr_storage, __kernel_sockaddr_storage),
		LAYOUT_FIELD(js_sockaddr_storage, __kernel_sockaddr_storage, ss_family),
		LAYOUT_SIZE(js_in_addr, in_addr),
		LAYOUT_FIELD(js_in_addr, in_addr, s_addr),
		/* linux/in.h spells the padding __pad with sin_zero a macro
		 * for it, so the same name reaches both. */
		LAYOUT_SIZE(js_sockaddr_in, sockaddr_in),
		LAYOUT_FIELD(js_sockaddr_in, sockaddr_in, sin_family),
		LAYOUT_FIELD(js_sockaddr_in, sockaddr_in, sin_port),
		LAYOUT_FIELD(js_sockaddr_in, sockaddr_in, sin_addr),
		LAYOUT_FIELD(js_sockaddr_in, sockaddr_in, sin_zero),
		LAYOUT_SIZE(js_in6_addr, in6_addr),
		LAYOUT_ALIGN(js_in6_addr, in6_addr),
		LAYOUT_FIELD2(js_in6_addr, __in6_u.__u6_addr8, in6_addr, in6_u.u6_addr8),
		LAYOUT_FIELD2(js_in6_addr, __in6_u.__u6_addr16, in6_addr, in6_u.u6_addr16),
		LAYOUT_FIELD2(js_in6_addr, __in6_u.__u6_addr32, in6_addr, in6_u.u6_addr32),
		LAYOUT_SIZE(js_sockaddr_in6, sockaddr_in6),
		LAYOUT_FIELD(js_sockaddr_in6, sockaddr_in6, sin6_family),
		LAYOUT_FIELD(js_sockaddr_in6, sockaddr_in6, sin6_port),
		LAYOUT_FIELD(js_sockaddr_in6, sockaddr_in6, sin6_flowinfo),
		LAYOUT_FIELD(js_sockaddr_in6, sockaddr_in6, sin6_addr),
		LAYOUT_FIELD(js_sockaddr_in6, sockaddr_in6, sin6_scope_id),
		LAYOUT_SIZE(js_sockaddr_un, sockaddr_un),
		LAYOUT_FIELD(js_sockaddr_un, sockaddr_un, sun_family),
		LAYOUT_FIELD(js_sockaddr_un, sockaddr_un, sun_path),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_SOCK_NONBLOCK, O_NONBLOCK),
		CONST_ROW(JS_SOCK_CLOEXEC, O_CLOEXEC),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs_match_kernel),
		cmocka_unit_test(constants_match_kernel),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
