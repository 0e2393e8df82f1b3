/* Unix domain sockets: stream and datagram, by path and in the abstract
 * namespace (with the exact address lengths), socketpair, an open file
 * passed with SCM_RIGHTS and read through in the receiver, credentials
 * (SO_PEERCRED, SCM_CREDENTIALS), the cmsg helpers against glibc's
 * macros, and the address builders' edge cases. */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include "net_test.h"

/* A stream server at addr (len bytes): connect, accept, data both ways,
 * and the server's name read back exactly. */
static void stream_at(const struct js_sockaddr_un *addr, js_socklen_t len)
{
	struct js_sockaddr_un got;
	js_socklen_t glen = sizeof got;
	char buf[16];
	int l = (int)js_socket(JS_AF_UNIX, JS_SOCK_STREAM, 0);
	int c = (int)js_socket(JS_AF_UNIX, JS_SOCK_STREAM, 0);

	assert_true(l >= 0 && c >= 0);
	assert_int_equal(js_bind(l, (const struct js_sockaddr *)addr, len), 0);
	assert_int_equal(js_getsockname(l, (struct js_sockaddr *)&got, &glen), 0);
	assert_int_equal(glen, len);
	assert_memory_equal(&got, addr, len);
	assert_int_equal(js_listen(l, 1), 0);
	assert_int_equal(js_connect(c, (const struct js_sockaddr *)addr, len), 0);
	int s = (int)js_accept4(l, NULL, NULL, JS_SOCK_CLOEXEC);
	assert_true(s >= 0);
	assert_int_equal(js_send(c, "unix", 4, 0), 4);
	assert_int_equal(js_recv(s, buf, 4, JS_MSG_WAITALL), 4);
	assert_memory_equal(buf, "unix", 4);
	assert_int_equal(js_send(s, "back", 4, 0), 4);
	assert_int_equal(js_recv(c, buf, 4, JS_MSG_WAITALL), 4);
	assert_memory_equal(buf, "back", 4);
	assert_int_equal(js_shutdown(s, JS_SHUT_WR), 0);
	assert_int_equal(js_recv(c, buf, sizeof buf, 0), 0);
	/* The client's view of its peer is the server's name. */
	glen = sizeof got;
	assert_int_equal(js_getpeername(c, (struct js_sockaddr *)&got, &glen), 0);
	assert_int_equal(glen, len);
	assert_memory_equal(&got, addr, len);
	close(s);
	close(c);
	close(l);
}

static void abstract_name(struct js_sockaddr_un *sa, js_socklen_t *len, const char *tag)
{
	char name[64];
	int n = snprintf(name, sizeof name, "libjs-test-%d-%s", (int)getpid(), tag);
	long r = js_sockaddr_un_abstract(sa, name, (size_t)n);

	assert_int_equal(r, 2 + 1 + n);
	assert_int_equal(sa->sun_path[0], 0);
	*len = (js_socklen_t)r;
}

static void unix_stream_path(void **state)
{
	(void)state;
	struct js_sockaddr_un sa;
	long len = js_sockaddr_un_init(&sa, "stream.sock");

	assert_int_equal(len, 2 + 11 + 1);
	stream_at(&sa, (js_socklen_t)len);
	/* The path now exists as a socket file; binding it again fails. */
	int fd = (int)js_socket(JS_AF_UNIX, JS_SOCK_STREAM, 0);
	assert_int_equal(js_bind(fd, (struct js_sockaddr *)&sa, (js_socklen_t)len), -JS_EADDRINUSE);
	close(fd);
	assert_int_equal(unlink("stream.sock"), 0);
}

static void unix_stream_abstract(void **state)
{
	(void)state;
	struct js_sockaddr_un sa;
	js_socklen_t len;

	abstract_name(&sa, &len, "stream");
	stream_at(&sa, len);
	/* Nothing was created in the file system. */
	assert_int_equal(access("libjs-test", F_OK), -1);
}

static void datagram_at(const struct js_sockaddr_un *raddr, js_socklen_t rlen,
			const struct js_sockaddr_un *saddr, js_socklen_t slen)
{
	struct js_sockaddr_un from;
	js_socklen_t flen = sizeof from;
	char buf[16];
	int r = (int)js_socket(JS_AF_UNIX, JS_SOCK_DGRAM, 0);
	int s = (int)js_socket(JS_AF_UNIX, JS_SOCK_DGRAM, 0);

	assert_int_equal(js_bind(r, (const struct js_sockaddr *)raddr, rlen), 0);
	assert_int_equal(js_bind(s, (const struct js_sockaddr *)saddr, slen), 0);
	assert_int_equal(js_sendto(s, "dgram", 5, 0, (const struct js_sockaddr *)raddr, rlen), 5);
	assert_int_equal(js_recvfrom(r, buf, sizeof buf, 0, (struct js_sockaddr *)&from, &flen), 5);
	assert_memory_equal(buf, "dgram", 5);
	assert_int_equal(flen, slen);
	assert_memory_equal(&from, saddr, slen);
	/* And back to the address recvfrom gave. */
	assert_int_equal(js_sendto(r, "ok", 2, 0, (struct js_sockaddr *)&from, flen), 2);
	assert_int_equal(js_recv(s, buf, sizeof buf, 0), 2);
	close(r);
	close(s);
}

static void unix_dgram_path(void **state)
{
	(void)state;
	struct js_sockaddr_un ra, sa;
	long rl = js_sockaddr_un_init(&ra, "recv.sock");
	long sl = js_sockaddr_un_init(&sa, "send.sock");

	datagram_at(&ra, (js_socklen_t)rl, &sa, (js_socklen_t)sl);
	unlink("recv.sock");
	unlink("send.sock");
}

static void unix_dgram_abstract(void **state)
{
	(void)state;
	struct js_sockaddr_un ra, sa;
	js_socklen_t rl, sl;

	abstract_name(&ra, &rl, "dgram-r");
	abstract_name(&sa, &sl, "dgram-s");
	datagram_at(&ra, rl, &sa, sl);
}

static void socketpair_both_ways(void **state)
{
	(void)state;
	int sv[2] = { -1, -1 };
	char buf[8];

	assert_int_equal(js_socketpair(JS_AF_UNIX, JS_SOCK_STREAM | JS_SOCK_CLOEXEC, 0, sv), 0);
	assert_true(sv[0] >= 0 && sv[1] >= 0);
	assert_true(fcntl(sv[0], F_GETFD) & FD_CLOEXEC);
	assert_false(fcntl(sv[0], F_GETFL) & O_NONBLOCK);
	assert_int_equal(js_send(sv[0], "left", 4, 0), 4);
	assert_int_equal(js_recv(sv[1], buf, 4, JS_MSG_WAITALL), 4);
	assert_memory_equal(buf, "left", 4);
	assert_int_equal(js_send(sv[1], "right", 5, 0), 5);
	assert_int_equal(js_recv(sv[0], buf, 5, JS_MSG_WAITALL), 5);
	assert_memory_equal(buf, "right", 5);
	close(sv[0]);
	close(sv[1]);

	assert_int_equal(js_socketpair(JS_AF_UNIX, JS_SOCK_DGRAM | JS_SOCK_NONBLOCK, 0, sv), 0);
	assert_true(fcntl(sv[1], F_GETFL) & O_NONBLOCK);
	assert_int_equal(js_recv(sv[1], buf, sizeof buf, 0), -JS_EAGAIN);
	close(sv[0]);
	close(sv[1]);

	assert_int_equal(js_socketpair(JS_AF_INET, JS_SOCK_STREAM, 0, sv), -JS_EOPNOTSUPP);
	assert_int_equal(js_socketpair(JS_AF_UNIX, JS_SOCK_STREAM, 0, NULL), -JS_EFAULT);
}

/* Sends fds over sock with one SCM_RIGHTS message and a byte of data. */
static void send_fds(int sock, const int *fds, int n)
{
	union { char buf[JS_CMSG_SPACE(4 * sizeof(int))]; struct js_cmsghdr align; } u;
	struct js_iovec iov = { "F", 1 };
	struct js_msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			       .msg_control = u.buf,
			       .msg_controllen = JS_CMSG_SPACE(n * sizeof(int)) };
	struct js_cmsghdr *c;

	memset(u.buf, 0, sizeof u.buf);
	c = js_cmsg_firsthdr(&m);
	assert_non_null(c);
	c->cmsg_level = JS_SOL_SOCKET;
	c->cmsg_type = JS_SCM_RIGHTS;
	c->cmsg_len = JS_CMSG_LEN(n * sizeof(int));
	memcpy(js_cmsg_data(c), fds, n * sizeof(int));
	assert_null(js_cmsg_nxthdr(&m, c));
	assert_int_equal(js_sendmsg(sock, &m, 0), 1);
}

/* Receives one message; returns how many fds arrived in out[]. */
static int recv_fds(int sock, int *out, int max, int flags)
{
	union { char buf[JS_CMSG_SPACE(4 * sizeof(int))]; struct js_cmsghdr align; } u;
	char byte;
	struct js_iovec iov = { &byte, 1 };
	struct js_msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			       .msg_control = u.buf, .msg_controllen = sizeof u.buf };
	int n = 0;

	assert_int_equal(js_recvmsg(sock, &m, flags), 1);
	assert_int_equal(byte, 'F');
	assert_int_equal(m.msg_flags & JS_MSG_CTRUNC, 0);
	for (struct js_cmsghdr *c = js_cmsg_firsthdr(&m); c; c = js_cmsg_nxthdr(&m, c)) {
		assert_int_equal(c->cmsg_level, JS_SOL_SOCKET);
		assert_int_equal(c->cmsg_type, JS_SCM_RIGHTS);
		int k = (int)((c->cmsg_len - JS_CMSG_LEN(0)) / sizeof(int));
		assert_true(n + k <= max);
		memcpy(out + n, js_cmsg_data(c), k * sizeof(int));
		n += k;
	}
	return n;
}

static void scm_rights_passes_open_files(void **state)
{
	(void)state;
	int sv[2], fds[2], got[4];
	char buf[16];

	FILE *f = fopen("a.txt", "w");
	fputs("secret-a", f);
	fclose(f);
	f = fopen("b.txt", "w");
	fputs("secret-b", f);
	fclose(f);
	assert_int_equal(js_socketpair(JS_AF_UNIX, JS_SOCK_STREAM, 0, sv), 0);

	/* One fd; the sender closes its copy before the receiver reads. */
	fds[0] = open("a.txt", O_RDONLY);
	send_fds(sv[0], fds, 1);
	close(fds[0]);
	assert_int_equal(recv_fds(sv[1], got, 4, 0), 1);
	assert_int_equal(read(got[0], buf, sizeof buf), 8);
	assert_memory_equal(buf, "secret-a", 8);
	assert_false(fcntl(got[0], F_GETFD) & FD_CLOEXEC);
	close(got[0]);

	/* Two fds in one message, received close-on-exec. */
	fds[0] = open("a.txt", O_RDONLY);
	fds[1] = open("b.txt", O_RDONLY);
	send_fds(sv[1], fds, 2);
	close(fds[0]);
	close(fds[1]);
	assert_int_equal(recv_fds(sv[0], got, 4, JS_MSG_CMSG_CLOEXEC), 2);
	assert_int_equal(read(got[1], buf, sizeof buf), 8);
	assert_memory_equal(buf, "secret-b", 8);
	assert_int_equal(read(got[0], buf, sizeof buf), 8);
	assert_memory_equal(buf, "secret-a", 8);
	assert_true(fcntl(got[0], F_GETFD) & FD_CLOEXEC);
	assert_true(fcntl(got[1], F_GETFD) & FD_CLOEXEC);
	close(got[0]);
	close(got[1]);
	close(sv[0]);
	close(sv[1]);
}

static void peer_credentials(void **state)
{
	(void)state;
	int sv[2], on = 1;
	struct js_ucred cr;
	js_socklen_t len = sizeof cr;

	assert_int_equal(js_socketpair(JS_AF_UNIX, JS_SOCK_STREAM, 0, sv), 0);
	assert_int_equal(js_getsockopt(sv[0], JS_SOL_SOCKET, JS_SO_PEERCRED, &cr, &len), 0);
	assert_int_equal(len, sizeof cr);
	assert_int_equal(cr.pid, getpid());
	assert_int_equal(cr.uid, getuid());
	assert_int_equal(cr.gid, getgid());

	/* SCM_CREDENTIALS: the receiver asks with SO_PASSCRED and the
	 * kernel attaches the sender's credentials. */
	assert_int_equal(js_setsockopt(sv[1], JS_SOL_SOCKET, JS_SO_PASSCRED, &on, sizeof on), 0);
	assert_int_equal(js_send(sv[0], "c", 1, 0), 1);
	union { char buf[JS_CMSG_SPACE(sizeof(struct js_ucred))]; struct js_cmsghdr a; } u;
	char byte;
	struct js_iovec iov = { &byte, 1 };
	struct js_msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			       .msg_control = u.buf, .msg_controllen = sizeof u.buf };
	assert_int_equal(js_recvmsg(sv[1], &m, 0), 1);
	struct js_cmsghdr *c = js_cmsg_firsthdr(&m);
	assert_non_null(c);
	assert_int_equal(c->cmsg_level, JS_SOL_SOCKET);
	assert_int_equal(c->cmsg_type, JS_SCM_CREDENTIALS);
	assert_int_equal(c->cmsg_len, JS_CMSG_LEN(sizeof(struct js_ucred)));
	memcpy(&cr, js_cmsg_data(c), sizeof cr);
	assert_int_equal(cr.pid, getpid());
	assert_int_equal(cr.uid, getuid());
	close(sv[0]);
	close(sv[1]);
}

/* js_cmsg_firsthdr/nxthdr/data walk a control buffer as glibc's
 * CMSG_FIRSTHDR/CMSG_NXTHDR/CMSG_DATA do, with one deliberate difference:
 * glibc hands out a first or next header whose cmsg_len runs past
 * msg_controllen (a next one also when it is malformed), libjs stops there
 * instead. */
static void cmsg_walk_matches_glibc(void **state)
{
	(void)state;
	union { unsigned char b[256]; struct js_cmsghdr a; } u;
	static const size_t lens[] = { 0, 1, 4, 7, 8, 12, 16, 24, 33 };

	for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++)
		for (size_t j = 0; j < sizeof lens / sizeof lens[0]; j++)
			for (size_t ctl = 0; ctl <= 120; ctl += 4) {
				memset(u.b, 0, sizeof u.b);
				struct js_cmsghdr *c1 = (struct js_cmsghdr *)u.b;
				c1->cmsg_len = JS_CMSG_LEN(lens[i]);
				struct js_cmsghdr *c2 = (struct js_cmsghdr *)(u.b + JS_CMSG_SPACE(lens[i]));
				c2->cmsg_len = JS_CMSG_LEN(lens[j]);

				struct js_msghdr jm = { .msg_control = u.b, .msg_controllen = ctl };
				struct msghdr gm = { .msg_control = u.b, .msg_controllen = ctl };
				struct js_cmsghdr *jc = js_cmsg_firsthdr(&jm);
				struct cmsghdr *gc = CMSG_FIRSTHDR(&gm);
				int steps = 0;

				if (gc && gc->cmsg_len > ctl)
					gc = NULL;

				while (gc || jc) {
					assert_ptr_equal(jc, gc);
					assert_ptr_equal(js_cmsg_data(jc), CMSG_DATA(gc));
					jc = js_cmsg_nxthdr(&jm, jc);
					gc = CMSG_NXTHDR(&gm, gc);
					if (gc && (gc->cmsg_len < sizeof *gc ||
						   gc->cmsg_len > (size_t)(u.b + ctl - (unsigned char *)gc)))
						gc = NULL;
					assert_true(++steps < 40);
				}
			}
	/* Malformed lengths end the walk instead of looping or escaping. */
	struct js_msghdr m = { .msg_control = u.b, .msg_controllen = sizeof u.b };
	struct js_cmsghdr *c = js_cmsg_firsthdr(&m);
	c->cmsg_len = 0;
	assert_null(js_cmsg_nxthdr(&m, c));
	c->cmsg_len = (size_t)-1;
	assert_null(js_cmsg_nxthdr(&m, c));
	c->cmsg_len = (size_t)-8;
	assert_null(js_cmsg_nxthdr(&m, c));
	assert_null(js_cmsg_nxthdr(NULL, c));
	assert_null(js_cmsg_nxthdr(&m, NULL));
	assert_null(js_cmsg_firsthdr(NULL));
}

/* A crafted msghdr (hostile input): the first header announcing more than
 * msg_controllen, and a header handed to nxthdr that straddles the end of
 * the buffer.  The buffer is a heap block of exactly controllen bytes, so
 * ASan (the sanitizer run of this test) sees any read past it. */
static void cmsg_walk_stays_inside_crafted(void **state)
{
	(void)state;
	size_t hdr = sizeof(struct js_cmsghdr);
	unsigned char *b = malloc(2 * hdr);
	struct js_msghdr m = { .msg_control = b, .msg_controllen = hdr };
	struct js_cmsghdr first;

	assert_non_null(b);
	memset(b, 0, 2 * hdr);
	first.cmsg_len = 1000;
	first.cmsg_level = first.cmsg_type = 0;
	memcpy(b, &first, sizeof first);
	assert_null(js_cmsg_firsthdr(&m));
	first.cmsg_len = hdr;
	memcpy(b, &first, sizeof first);
	assert_ptr_equal(js_cmsg_firsthdr(&m), b);
	free(b);

	/* Exactly hdr + 4 bytes: a header at offset 8 would end 4 bytes
	 * past the block. */
	b = malloc(hdr + 4);
	assert_non_null(b);
	memset(b, 0, hdr + 4);
	m.msg_control = b;
	m.msg_controllen = hdr + 4;
	assert_null(js_cmsg_nxthdr(&m, (struct js_cmsghdr *)(void *)(b + 8)));
	assert_null(js_cmsg_nxthdr(&m, (struct js_cmsghdr *)(void *)(b + hdr + 4)));
	assert_null(js_cmsg_nxthdr(&m, (struct js_cmsghdr *)(void *)(b + hdr + 64)));
	free(b);
}

static void builders_edges(void **state)
{
	(void)state;
	struct js_sockaddr_un sa;
	struct js_sockaddr_storage ss;
	char path[200];

	memset(path, 'p', sizeof path);
	path[107] = 0;
	assert_int_equal(js_sockaddr_un_init(&sa, path), 2 + 107 + 1);
	assert_int_equal(sa.sun_path[107], 0);
	path[107] = 'p';
	path[108] = 0;
	assert_int_equal(js_sockaddr_un_init(&sa, path), -JS_ENAMETOOLONG);
	assert_int_equal(js_sockaddr_un_init(&sa, ""), -JS_EINVAL);
	assert_int_equal(js_sockaddr_un_init(NULL, "x"), -JS_EFAULT);
	assert_int_equal(js_sockaddr_un_init(&sa, NULL), -JS_EFAULT);
	assert_int_equal(js_sockaddr_un_abstract(&sa, path, 107), 2 + 108);
	assert_int_equal(js_sockaddr_un_abstract(&sa, path, 108), -JS_ENAMETOOLONG);
	assert_int_equal(js_sockaddr_un_abstract(&sa, NULL, 0), 3);
	assert_int_equal(js_sockaddr_un_abstract(&sa, NULL, 1), -JS_EFAULT);
	/* Abstract names may hold NULs: the length, not a NUL, ends them. */
	assert_int_equal(js_sockaddr_un_abstract(&sa, "a\0b", 3), 6);
	assert_memory_equal(sa.sun_path, "\0a\0b", 4);

	assert_int_equal(js_sockaddr_parse(&ss, "10.1.2.3", 80), sizeof(struct js_sockaddr_in));
	assert_int_equal(ss.ss_family, JS_AF_INET);
	assert_int_equal(js_sockaddr_port((struct js_sockaddr *)&ss), 80);
	assert_int_equal(((struct js_sockaddr_in *)&ss)->sin_addr.s_addr, js_htonl(0x0a010203));
	assert_int_equal(js_sockaddr_parse(&ss, "::ffff:10.1.2.3", 65535), sizeof(struct js_sockaddr_in6));
	assert_int_equal(ss.ss_family, JS_AF_INET6);
	assert_int_equal(js_sockaddr_port((struct js_sockaddr *)&ss), 65535);
	assert_int_equal(js_sockaddr_parse(&ss, "localhost", 1), -JS_EINVAL);
	assert_int_equal(js_sockaddr_parse(&ss, "fe80::1%lo", 1), -JS_EINVAL);
	assert_int_equal(js_sockaddr_parse(NULL, "::1", 1), -JS_EFAULT);
	assert_int_equal(js_sockaddr_port(NULL), -JS_EFAULT);
	sa.sun_family = JS_AF_UNIX;
	assert_int_equal(js_sockaddr_port((struct js_sockaddr *)&sa), -JS_EAFNOSUPPORT);
	assert_int_equal(js_sockaddr_in_init(NULL, 0, 0), -JS_EFAULT);
	assert_int_equal(js_sockaddr_in6_init(NULL, NULL, 0), -JS_EFAULT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(unix_stream_path),
		cmocka_unit_test(unix_stream_abstract),
		cmocka_unit_test(unix_dgram_path),
		cmocka_unit_test(unix_dgram_abstract),
		cmocka_unit_test(socketpair_both_ways),
		cmocka_unit_test(scm_rights_passes_open_files),
		cmocka_unit_test(peer_credentials),
		cmocka_unit_test(cmsg_walk_matches_glibc),
		cmocka_unit_test(cmsg_walk_stays_inside_crafted),
		cmocka_unit_test(builders_edges),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
