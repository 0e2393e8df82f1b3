/* echo_load: the load generator for examples/echo-server (glibc; built
 * by tests/sh/test_echo_server.sh and bench/echo.sh with cc).
 *
 *   echo_load HOST PORT NCONN BYTES [SECONDS] [--hold] [--stall]
 *
 * Opens NCONN connections to an echo server at once and keeps every one
 * of them moving, full-duplex, on one epoll loop: each sends BYTES bytes
 * of its own deterministic data (a hash of the connection number and the
 * offset, so a byte sent on the wrong connection or at the wrong place
 * is caught), shuts down its side, reads the echo to EOF and checks every
 * byte.  Prints one line per connection that went wrong and a summary;
 * exits 0 only when every connection got exactly its bytes back.
 * SECONDS (default 60) bounds the whole run.
 *
 * --hold: send and read back, but do not shut down; print "ready" once
 * every echo is back, then wait for the server to close each connection
 * (exit 0 when all of them got EOF in time, with nothing extra).  This is
 * how the test watches a graceful stop.
 *
 * --stall: read nothing until sending has made no progress for a second
 * (or everything is sent), print "stalled after N bytes sent", then go on
 * as usual.  Against a server whose memory per connection is bounded, N
 * stays far below a large BYTES: the server stops reading from a peer
 * that does not read its echo, and the kernel's buffers fill up. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CHUNK 65536

struct cl {
	int fd;
	int connected, shut, eof, failed;
	uint64_t sent, got;
	uint64_t bad, first_bad;   /* mismatching bytes, first offset */
};

static struct cl *cls;
static int nconn;
static uint64_t total;
static int hold, stall;
static int reading = 1;
static double last_sent;

/* splitmix64 of (connection, 8-byte block): the stream's bytes. */
static uint64_t word(uint64_t conn, uint64_t block)
{
	uint64_t z = (conn << 40 ^ block) + 0x9e3779b97f4a7c15ull;

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static void fill(int i, uint64_t off, unsigned char *p, size_t n)
{
	size_t j = 0;

	while (j < n) {
		uint64_t at = off + j, w = word((uint64_t)i, at >> 3);
		for (unsigned b = at & 7; b < 8 && j < n; b++, j++)
			p[j] = (unsigned char)(w >> (8 * b));
	}
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int errors;

static void fail_conn(int i, const char *what, int err)
{
	struct cl *c = &cls[i];

	if (c->failed)
		return;
	c->failed = 1;
	errors++;
	printf("conn %d: %s%s%s (sent %llu, got back %llu of %llu)\n", i, what,
	       err ? ": " : "", err ? strerror(err) : "",
	       (unsigned long long)c->sent, (unsigned long long)c->got,
	       (unsigned long long)total);
}

static void finish(int ep, int i)
{
	struct cl *c = &cls[i];

	epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, 0);
	close(c->fd);
	c->fd = -1;
}

static void check(int i, const unsigned char *p, size_t n)
{
	static unsigned char want[CHUNK];
	struct cl *c = &cls[i];

	if (c->got + n > total) {
		fail_conn(i, "more bytes than were sent", 0);
		n = c->got > total ? 0 : (size_t)(total - c->got);
	}
	fill(i, c->got, want, n);
	if (memcmp(want, p, n)) {
		for (size_t j = 0; j < n; j++) {
			if (want[j] != p[j]) {
				if (!c->bad)
					c->first_bad = c->got + j;
				c->bad++;
			}
		}
	}
	c->got += n;
}

static void do_send(int ep, int i)
{
	static unsigned char buf[CHUNK];
	struct cl *c = &cls[i];

	while (c->sent < total) {
		size_t n = total - c->sent < CHUNK ? (size_t)(total - c->sent) : CHUNK;
		fill(i, c->sent, buf, n);
		ssize_t r = send(c->fd, buf, n, MSG_NOSIGNAL);
		if (r < 0) {
			if (errno == EAGAIN || errno == EINTR)
				return;
			fail_conn(i, "send", errno);
			finish(ep, i);
			return;
		}
		c->sent += (uint64_t)r;
		last_sent = now();
	}
	/* All sent: stop asking for EPOLLOUT (and, while stalling, for
	 * anything: the stall ends on a clock, not on an event). */
	struct epoll_event ev = { .events = reading ? EPOLLIN : 0, .data.u32 = (uint32_t)i };
	epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
	if (!reading)
		return;
	if (!hold && !c->shut) {
		c->shut = 1;
		if (shutdown(c->fd, SHUT_WR) < 0) {
			fail_conn(i, "shutdown", errno);
			finish(ep, i);
		}
	}
}

static int echoed;

static void do_recv(int ep, int i)
{
	static unsigned char buf[CHUNK];
	struct cl *c = &cls[i];

	for (;;) {
		ssize_t r = recv(c->fd, buf, sizeof buf, 0);
		if (r < 0) {
			if (errno == EAGAIN || errno == EINTR)
				return;
			fail_conn(i, "recv", errno);
			finish(ep, i);
			return;
		}
		if (r == 0) {
			c->eof = 1;
			if (c->got != total)
				fail_conn(i, "EOF before the whole echo", 0);
			finish(ep, i);
			return;
		}
		uint64_t before = c->got;
		check(i, buf, (size_t)r);
		if (before < total && c->got >= total) {
			echoed++;
			if (hold && echoed == nconn) {
				printf("ready\n");
				fflush(stdout);
			}
		}
	}
}

int main(int argc, char **argv)
{
	double limit = 60;

	for (int a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "--hold") || !strcmp(argv[a], "--stall")) {
			if (argv[a][2] == 'h')
				hold = 1;
			else
				stall = 1, reading = 0;
			memmove(argv + a, argv + a + 1, (size_t)(argc - a) * sizeof *argv);
			argc--;
			a--;
		}
	}
	if (argc < 5 || argc > 6) {
		fprintf(stderr, "usage: echo_load HOST PORT NCONN BYTES [SECONDS] [--hold] [--stall]\n");
		return 2;
	}
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[2])) };
	if (inet_pton(AF_INET, argv[1], &sa.sin_addr) != 1) {
		fprintf(stderr, "echo_load: bad IPv4 address %s\n", argv[1]);
		return 2;
	}
	nconn = atoi(argv[3]);
	total = strtoull(argv[4], 0, 0);
	if (argc == 6)
		limit = atof(argv[5]);
	if (nconn <= 0 || !(cls = calloc((size_t)nconn, sizeof *cls))) {
		fprintf(stderr, "echo_load: bad connection count\n");
		return 2;
	}
	setvbuf(stdout, 0, _IOLBF, 0);

	int ep = epoll_create1(EPOLL_CLOEXEC);
	if (ep < 0) {
		perror("echo_load: epoll_create1");
		return 1;
	}
	double t0 = now(), deadline = t0 + limit;
	int open = 0;
	for (int i = 0; i < nconn; i++) {
		struct cl *c = &cls[i];
		c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
		if (c->fd < 0) {
			fail_conn(i, "socket", errno);
			continue;
		}
		if (connect(c->fd, (struct sockaddr *)&sa, sizeof sa) < 0 && errno != EINPROGRESS) {
			fail_conn(i, "connect", errno);
			close(c->fd);
			c->fd = -1;
			continue;
		}
		/* While stalling, EPOLLIN would report the echo over and over. */
		struct epoll_event ev = { .events = (reading ? EPOLLIN : 0) | EPOLLOUT,
					  .data.u32 = (uint32_t)i };
		epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev);
		open++;
	}
	last_sent = now();

	struct epoll_event evs[256];
	while (open) {
		double left = deadline - now();
		if (left <= 0)
			break;
		int n = epoll_wait(ep, evs, 256, left > 1 ? 1000 : (int)(left * 1000) + 1);
		if (n < 0 && errno != EINTR) {
			perror("echo_load: epoll_wait");
			return 1;
		}
		if (!reading && now() - last_sent > 1) {
			uint64_t sent = 0;
			for (int i = 0; i < nconn; i++) {
				sent += cls[i].sent;
				if (cls[i].fd < 0)
					continue;
				struct epoll_event ev = { .events = EPOLLIN, .data.u32 = (uint32_t)i };
				if (cls[i].sent < total)
					ev.events |= EPOLLOUT;
				epoll_ctl(ep, EPOLL_CTL_MOD, cls[i].fd, &ev);
			}
			printf("stalled after %llu bytes sent\n", (unsigned long long)sent);
			reading = 1;
			for (int i = 0; i < nconn; i++)
				if (cls[i].fd >= 0 && cls[i].sent == total)
					do_send(ep, i);    /* shut down what is all sent */
			continue;
		}
		for (int k = 0; k < n; k++) {
			int i = (int)evs[k].data.u32;
			struct cl *c = &cls[i];
			if (c->fd < 0)
				continue;
			if (!c->connected) {
				int err = 0;
				socklen_t len = sizeof err;
				getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
				if (err) {
					fail_conn(i, "connect", err);
					finish(ep, i);
					open--;
					continue;
				}
				c->connected = 1;
			}
			if (evs[k].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
				do_recv(ep, i);
			if (c->fd >= 0 && (evs[k].events & EPOLLOUT))
				do_send(ep, i);
			if (c->fd < 0)
				open--;
		}
	}
	double secs = now() - t0;

	int stuck = 0;
	for (int i = 0; i < nconn; i++) {
		struct cl *c = &cls[i];
		if (c->fd >= 0) {
			if (stuck++ < 10)
				fail_conn(i, "timed out", 0);
			else
				errors++;
			close(c->fd);
		}
		if (c->bad) {
			printf("conn %d: %llu bytes differ, the first at offset %llu\n", i,
			       (unsigned long long)c->bad, (unsigned long long)c->first_bad);
			errors++;
		}
	}
	uint64_t back = 0;
	for (int i = 0; i < nconn; i++)
		back += cls[i].got;
	printf("echo_load: %d connections x %llu bytes: %llu bytes echoed in %.2f s "
	       "(%.1f MiB/s), %d errors\n", nconn, (unsigned long long)total,
	       (unsigned long long)back, secs, back / 1048576.0 / secs, errors);
	return errors ? 1 : 0;
}
