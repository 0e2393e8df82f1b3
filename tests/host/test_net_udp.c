/* UDP over 127.0.0.1 and ::1: sendto/recvfrom with the sender's address
 * checked, sendmsg/recvmsg, and sendmmsg/recvmmsg batches. */
#include "net_test.h"

static void sendto_recvfrom(int af)
{
	struct js_sockaddr_storage aa, ba, from;
	js_socklen_t alen, blen, flen;
	char buf[64];
	int a = bound_socket(af, JS_SOCK_DGRAM, &aa, &alen);
	int b = bound_socket(af, JS_SOCK_DGRAM | JS_SOCK_CLOEXEC, &ba, &blen);

	assert_int_equal(js_sendto(a, "ping", 4, 0, (struct js_sockaddr *)&ba, blen), 4);
	flen = sizeof from;
	memset(&from, 0xee, sizeof from);
	assert_int_equal(js_recvfrom(b, buf, sizeof buf, 0, (struct js_sockaddr *)&from, &flen), 4);
	assert_memory_equal(buf, "ping", 4);
	assert_int_equal(flen, alen);
	same_address(&from, &aa, alen);

	/* Answer to the address recvfrom reported. */
	assert_int_equal(js_sendto(b, "pong!", 5, 0, (struct js_sockaddr *)&from, flen), 5);
	flen = sizeof from;
	assert_int_equal(js_recvfrom(a, buf, sizeof buf, 0, (struct js_sockaddr *)&from, &flen), 5);
	assert_memory_equal(buf, "pong!", 5);
	same_address(&from, &ba, blen);

	/* A datagram larger than the buffer: truncated, MSG_TRUNC gives the
	 * real size. */
	assert_int_equal(js_sendto(a, "0123456789", 10, 0, (struct js_sockaddr *)&ba, blen), 10);
	assert_int_equal(js_recv(b, buf, 4, JS_MSG_TRUNC), 10);
	assert_memory_equal(buf, "0123", 4);

	/* Connected: send/recv without addresses. */
	assert_int_equal(js_connect(a, (struct js_sockaddr *)&ba, blen), 0);
	assert_int_equal(js_send(a, "c", 1, 0), 1);
	assert_int_equal(js_recv(b, buf, sizeof buf, 0), 1);
	assert_int_equal(js_recv(b, buf, sizeof buf, JS_MSG_DONTWAIT), -JS_EAGAIN);
	close(a);
	close(b);
}

static void udp_ipv4(void **state)
{
	(void)state;
	sendto_recvfrom(JS_AF_INET);
}

static void udp_ipv6(void **state)
{
	(void)state;
	sendto_recvfrom(JS_AF_INET6);
}

/* sendmsg with a scatter list arrives as one datagram; recvmsg fills the
 * source address and its length. */
static void msg_gather_scatter(void **state)
{
	(void)state;
	struct js_sockaddr_storage aa, ba, from;
	js_socklen_t alen, blen;
	int a = bound_socket(JS_AF_INET, JS_SOCK_DGRAM, &aa, &alen);
	int b = bound_socket(JS_AF_INET, JS_SOCK_DGRAM, &ba, &blen);
	struct js_iovec out[3] = { { "ab", 2 }, { "cde", 3 }, { "f", 1 } };
	struct js_msghdr m = { .msg_name = &ba, .msg_namelen = blen,
			       .msg_iov = out, .msg_iovlen = 3 };
	char x[2], y[10];
	struct js_iovec in[2] = { { x, sizeof x }, { y, sizeof y } };

	assert_int_equal(js_sendmsg(a, &m, 0), 6);
	m = (struct js_msghdr){ .msg_name = &from, .msg_namelen = sizeof from,
				.msg_iov = in, .msg_iovlen = 2 };
	assert_int_equal(js_recvmsg(b, &m, 0), 6);
	assert_int_equal(m.msg_namelen, alen);
	same_address(&from, &aa, alen);
	assert_memory_equal(x, "ab", 2);
	assert_memory_equal(y, "cdef", 4);
	assert_int_equal(m.msg_flags, 0);
	assert_int_equal(js_sendmsg(a, NULL, 0), -JS_EFAULT);
	assert_int_equal(js_recvmsg(-1, &m, 0), -JS_EBADF);
	close(a);
	close(b);
}

#define BATCH 5

static void mmsg_batches(int af)
{
	struct js_sockaddr_storage aa, ba, from[BATCH];
	js_socklen_t alen, blen;
	int a = bound_socket(af, JS_SOCK_DGRAM, &aa, &alen);
	int b = bound_socket(af, JS_SOCK_DGRAM, &ba, &blen);
	static const char *payload[BATCH] = { "one", "two!", "three", "", "five5" };
	struct js_iovec iov[BATCH], riov[BATCH];
	struct js_mmsghdr out[BATCH], in[BATCH];
	char rbuf[BATCH][16];

	memset(out, 0, sizeof out);
	for (int i = 0; i < BATCH; i++) {
		iov[i].iov_base = (void *)payload[i];
		iov[i].iov_len = strlen(payload[i]);
		out[i].msg_hdr.msg_name = &ba;
		out[i].msg_hdr.msg_namelen = blen;
		out[i].msg_hdr.msg_iov = &iov[i];
		out[i].msg_hdr.msg_iovlen = 1;
		out[i].msg_len = 12345;
	}
	assert_int_equal(js_sendmmsg(a, out, BATCH, 0), BATCH);
	for (int i = 0; i < BATCH; i++)
		assert_int_equal(out[i].msg_len, strlen(payload[i]));

	memset(in, 0, sizeof in);
	for (int i = 0; i < BATCH; i++) {
		riov[i].iov_base = rbuf[i];
		riov[i].iov_len = sizeof rbuf[i];
		in[i].msg_hdr.msg_name = &from[i];
		in[i].msg_hdr.msg_namelen = sizeof from[i];
		in[i].msg_hdr.msg_iov = &riov[i];
		in[i].msg_hdr.msg_iovlen = 1;
	}
	struct js_timespec t = { 5, 0 };
	assert_int_equal(js_recvmmsg(b, in, BATCH, 0, &t), BATCH);
	for (int i = 0; i < BATCH; i++) {
		assert_int_equal(in[i].msg_len, strlen(payload[i]));
		assert_memory_equal(rbuf[i], payload[i], in[i].msg_len);
		assert_int_equal(in[i].msg_hdr.msg_namelen, alen);
		same_address(&from[i], &aa, alen);
	}
	/* Nothing left: a nonblocking batch gives EAGAIN. */
	assert_int_equal(js_recvmmsg(b, in, BATCH, JS_MSG_DONTWAIT, NULL), -JS_EAGAIN);
	/* A partial batch: two sent, WAITFORONE returns what is there. */
	assert_int_equal(js_sendmmsg(a, out, 2, 0), 2);
	wait_readable(b);
	long got = js_recvmmsg(b, in, BATCH, JS_MSG_WAITFORONE, NULL);
	assert_true(got >= 1 && got <= 2);
	if (got == 1)
		assert_int_equal(js_recvmmsg(b, in + 1, 1, 0, NULL), 1);
	assert_memory_equal(rbuf[1], "two!", 4);
	assert_int_equal(js_sendmmsg(-1, out, 1, 0), -JS_EBADF);
	close(a);
	close(b);
}

static void mmsg_ipv4(void **state)
{
	(void)state;
	mmsg_batches(JS_AF_INET);
}

static void mmsg_ipv6(void **state)
{
	(void)state;
	mmsg_batches(JS_AF_INET6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(udp_ipv4),
		cmocka_unit_test(udp_ipv6),
		cmocka_unit_test(msg_gather_scatter),
		cmocka_unit_test(mmsg_ipv4),
		cmocka_unit_test(mmsg_ipv6),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
