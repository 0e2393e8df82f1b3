/* echo-server: a freestanding TCP echo server on libjs (no libc; build
 * with libjs-cc).  Single-threaded, nonblocking, on epoll.
 *
 *   echo-server [-b ADDR] PORT
 *
 * Listens on ADDR (an IPv4 or IPv6 literal; default every address, IPv6
 * and IPv4) and PORT (0: the kernel picks one), prints the bound port on
 * stdout as one line, and sends back every byte each peer sends.  A peer
 * that shuts down its side gets the rest of its echo, then the server
 * closes.  SIGTERM or SIGINT (read from a signalfd) stops it: the
 * listener and every connection are closed and it exits 0.
 *
 * Memory is bounded and static: MAXCONN connections with a BUFSZ queue
 * each.  A peer whose queue is full is not read from until the queue
 * drains (TCP then slows the peer down); when the table is full, new
 * peers wait in the listen backlog until a slot frees. */
#include <libjs/libjs.h>

#define MAXCONN 1024
#define BUFSZ   65536

/* epoll data: the slot index in the low 32 bits and the slot's
 * generation in the high ones, so that an event still in a batch for a
 * connection closed earlier in that batch cannot reach the peer accepted
 * into the same slot since.  Two indexes above the table name the
 * listener and the signalfd. */
#define TAG_LISTEN MAXCONN
#define TAG_SIGNAL (MAXCONN + 1)

struct conn {
	int fd;          /* -1: free */
	uint32_t gen;
	uint32_t head;   /* first queued byte in buf */
	uint32_t count;  /* queued bytes (from head, wrapping) */
	uint8_t readable; /* no EAGAIN from recv since the last EPOLLIN */
	uint8_t eof;      /* the peer shut down its side */
};

static struct conn conns[MAXCONN];
static char bufs[MAXCONN][BUFSZ];
static uint32_t free_slots[MAXCONN];
static uint32_t nfree;
static int nopen;

static int epfd = -1, lfd = -1;
/* An EPOLLIN seen on the listener that was not yet accepted to the end
 * (the table or the fd limit was full): retried when a slot frees. */
static int accept_pending;

static void say(const char *what, long err)
{
	if (err < 0)
		js_dprintf(2, "echo-server: %s: %s\n", what, js_strerror(err));
	else
		js_dprintf(2, "echo-server: %s\n", what);
}

static int fail(const char *what, long err)
{
	say(what, err);
	return 1;
}

/* A decimal port 0..65535, or -1.  Digits only: js_strtoul alone would
 * also take leading space, a sign or an empty string. */
static long parse_port(const char *s)
{
	char *end;
	int err;
	unsigned long v = js_strtoul(s, &end, 10, &err);

	if (*s < '0' || *s > '9' || *end || err || v > 65535)
		return -1;
	return (long)v;
}

/* The port and a newline, in one write so that a reader sees the line
 * whole. */
static long print_port(unsigned long port)
{
	return js_dprintf(1, "%lu\n", port);
}

static uint64_t tag(uint32_t slot)
{
	return (uint64_t)conns[slot].gen << 32 | slot;
}

static void conn_close(uint32_t slot)
{
	struct conn *c = &conns[slot];

	/* Closing the last descriptor of the socket also takes it out of
	 * the epoll set (epoll(7)). */
	js_close(c->fd);
	c->fd = -1;
	c->gen++;
	free_slots[nfree++] = slot;
	nopen--;
}

/* Move bytes until neither direction can: send what is queued, read
 * while there is room.  Returns 0 while the connection lives on, -1 once
 * it is closed. */
static int pump(uint32_t slot)
{
	struct conn *c = &conns[slot];
	char *buf = bufs[slot];

	for (;;) {
		int progress = 0;

		while (c->count) {
			/* The queued bytes up to the end of the buffer; the
			 * rest, wrapped to the start, on the next turn. */
			uint32_t n = c->count;
			if (n > BUFSZ - c->head)
				n = BUFSZ - c->head;
			long r = js_send(c->fd, buf + c->head, n, JS_MSG_NOSIGNAL);
			if (r == -JS_EAGAIN || r == -JS_EINTR)
				break;
			if (r < 0) {
				conn_close(slot);
				return -1;
			}
			c->head = (c->head + (uint32_t)r) % BUFSZ;
			c->count -= (uint32_t)r;
			progress = 1;
		}
		if (!c->count)
			c->head = 0;    /* keep the next read contiguous */

		if (c->readable && !c->eof && c->count < BUFSZ) {
			uint32_t tail = (c->head + c->count) % BUFSZ;
			uint32_t room = BUFSZ - c->count;
			if (room > BUFSZ - tail)
				room = BUFSZ - tail;
			long r = js_recv(c->fd, buf + tail, room, 0);
			if (r > 0) {
				c->count += (uint32_t)r;
				progress = 1;
			} else if (r == 0) {
				c->eof = 1;
			} else if (r == -JS_EAGAIN) {
				c->readable = 0;
			} else if (r != -JS_EINTR) {
				conn_close(slot);
				return -1;
			}
		}
		if (!progress)
			break;
	}
	if (c->eof && !c->count) {
		conn_close(slot);
		return -1;
	}
	return 0;
}

/* Accept until the backlog is empty, or until there is no slot or no
 * descriptor left (then accept_pending stays set for conn_close's
 * caller to come back). */
static void accept_all(void)
{
	accept_pending = 1;
	while (nfree) {
		long fd = js_accept4(lfd, 0, 0, JS_SOCK_NONBLOCK | JS_SOCK_CLOEXEC);

		if (fd == -JS_EAGAIN) {
			accept_pending = 0;
			return;
		}
		if (fd == -JS_EMFILE || fd == -JS_ENFILE || fd == -JS_ENOBUFS ||
		    fd == -JS_ENOMEM) {
			/* Only a close can help: with nothing open, say so
			 * rather than wait silently. */
			if (!nopen)
				say("accept", fd);
			return;
		}
		if (fd == -JS_ECONNABORTED || fd == -JS_EPROTO || fd == -JS_EPERM ||
		    fd == -JS_EINTR)
			continue;   /* that peer only (accept(2), "Error handling") */
		if (fd < 0) {
			say("accept", fd);
			return;
		}

		uint32_t slot = free_slots[--nfree];
		struct conn *c = &conns[slot];
		c->fd = (int)fd;
		c->head = c->count = 0;
		c->readable = 1;    /* bytes may have come before the ADD */
		c->eof = 0;
		nopen++;
		/* Both directions edge-triggered, registered once: EPOLLOUT
		 * reports the send buffer freeing up, and no epoll_ctl is
		 * needed as the queue fills and drains. */
		struct js_epoll_event ev = {
			.events = JS_EPOLLIN | JS_EPOLLOUT | JS_EPOLLRDHUP | JS_EPOLLET,
		};
		ev.data.u64 = tag(slot);
		long r = js_epoll_ctl(epfd, JS_EPOLL_CTL_ADD, c->fd, &ev);
		if (r < 0) {
			say("epoll_ctl", r);
			conn_close(slot);
			continue;
		}
		pump(slot);
	}
}

static void on_conn(uint32_t slot, uint32_t events)
{
	if (events & (JS_EPOLLIN | JS_EPOLLRDHUP | JS_EPOLLHUP | JS_EPOLLERR))
		conns[slot].readable = 1;
	if (pump(slot) < 0 && accept_pending)
		accept_all();
}

/* The listening socket on at:port, or -errno (with what failed). */
static long listen_on(const char *at, long port, const char **what)
{
	struct js_sockaddr_storage ss;
	long len = js_sockaddr_parse(&ss, at, (uint16_t)port);
	int one = 1, zero = 0;

	*what = "bad address (IPv4 or IPv6 literal)";
	if (len < 0)
		return len;
	*what = "socket";
	long fd = js_socket(ss.ss_family, JS_SOCK_STREAM | JS_SOCK_NONBLOCK | JS_SOCK_CLOEXEC, 0);
	if (fd < 0)
		return fd;
	js_setsockopt((int)fd, JS_SOL_SOCKET, JS_SO_REUSEADDR, &one, sizeof one);
	/* The default [::] takes IPv4 peers too. */
	if (ss.ss_family == JS_AF_INET6)
		js_setsockopt((int)fd, JS_IPPROTO_IPV6, JS_IPV6_V6ONLY, &zero, sizeof zero);
	long r = js_bind((int)fd, (struct js_sockaddr *)&ss, (js_socklen_t)len);
	*what = "bind";
	if (r >= 0) {
		*what = "listen";
		r = js_listen((int)fd, JS_SOMAXCONN);
	}
	if (r < 0) {
		js_close((int)fd);
		return r;
	}
	return fd;
}

/* Room for the whole table: the soft descriptor limit raised towards
 * MAXCONN plus the few the server holds itself, if the hard one allows. */
static void raise_fd_limit(void)
{
	struct js_rlimit rl;

	if (js_getrlimit(JS_RLIMIT_NOFILE, &rl) < 0 || rl.rlim_cur >= MAXCONN + 16)
		return;
	rl.rlim_cur = rl.rlim_max < MAXCONN + 16 ? rl.rlim_max : MAXCONN + 16;
	js_setrlimit(JS_RLIMIT_NOFILE, &rl);
}

/* Graceful stop: the listener, then every connection (their queues are
 * dropped), then the server's own descriptors. */
static int stop(int sfd)
{
	js_close(lfd);
	for (uint32_t i = 0; i < MAXCONN; i++)
		if (conns[i].fd >= 0)
			conn_close(i);
	js_close(sfd);
	js_close(epfd);
	return 0;
}

static int serve(int sfd)
{
	static struct js_epoll_event evs[256];

	for (;;) {
		long n = js_epoll_wait(epfd, evs, 256, -1);

		if (n == -JS_EINTR)
			continue;
		if (n < 0)
			return fail("epoll_wait", n);
		for (long i = 0; i < n; i++) {
			uint64_t t = evs[i].data.u64;
			uint32_t events = evs[i].events;
			uint32_t slot = (uint32_t)t;

			if (slot == TAG_SIGNAL) {
				struct js_signalfd_siginfo si;
				long r = js_read(sfd, &si, sizeof si);
				if (r == (long)sizeof si)
					return stop(sfd);
				if (r != -JS_EAGAIN && r != -JS_EINTR)
					return fail("read signalfd", r < 0 ? r : -JS_EIO);
			} else if (slot == TAG_LISTEN) {
				accept_all();
			} else if (conns[slot].fd >= 0 && (uint32_t)(t >> 32) == conns[slot].gen) {
				on_conn(slot, events);
			}
		}
	}
}

static int usage(void)
{
	js_write_str(2, "usage: echo-server [-b ADDR] PORT\n");
	return 2;
}

int main(int argc, char **argv)
{
	const char *at = 0, *what;
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!js_strcmp(argv[i], "-b") && i + 1 < argc)
			at = argv[++i];
		else
			return usage();
	}
	if (argc - i != 1)
		return usage();
	long port = parse_port(argv[i]);
	if (port < 0)
		return fail("bad port (0 to 65535)", 0);

	/* The stop signals are blocked first, so that from here on they
	 * wait for the signalfd instead of killing the server. */
	js_sigset_t stopset;
	js_sigemptyset(&stopset);
	js_sigaddset(&stopset, JS_SIGTERM);
	js_sigaddset(&stopset, JS_SIGINT);
	long r = js_sigprocmask(JS_SIG_BLOCK, &stopset, 0);
	if (r < 0)
		return fail("sigprocmask", r);
	long sfd = js_signalfd(-1, &stopset, JS_SFD_NONBLOCK | JS_SFD_CLOEXEC);
	if (sfd < 0)
		return fail("signalfd", sfd);

	long fd = listen_on(at ? at : "::", port, &what);
	/* No IPv6 on this machine: the default falls back to IPv4. */
	if (fd == -JS_EAFNOSUPPORT && !at)
		fd = listen_on("0.0.0.0", port, &what);
	if (fd < 0)
		return fail(what, fd);
	lfd = (int)fd;

	struct js_sockaddr_storage bound;
	js_socklen_t blen = sizeof bound;
	r = js_getsockname(lfd, (struct js_sockaddr *)&bound, &blen);
	if (r < 0)
		return fail("getsockname", r);
	r = print_port((unsigned long)js_sockaddr_port((struct js_sockaddr *)&bound));
	if (r < 0)
		return fail("write stdout", r);

	raise_fd_limit();
	for (uint32_t s = 0; s < MAXCONN; s++) {
		conns[s].fd = -1;
		free_slots[s] = MAXCONN - 1 - s;
	}
	nfree = MAXCONN;

	long ep = js_epoll_create1(JS_EPOLL_CLOEXEC);
	if (ep < 0)
		return fail("epoll_create1", ep);
	epfd = (int)ep;
	struct js_epoll_event ev = { .events = JS_EPOLLIN | JS_EPOLLET };
	ev.data.u64 = TAG_LISTEN;
	if ((r = js_epoll_ctl(epfd, JS_EPOLL_CTL_ADD, lfd, &ev)) < 0)
		return fail("epoll_ctl listener", r);
	ev.events = JS_EPOLLIN;
	ev.data.u64 = TAG_SIGNAL;
	if ((r = js_epoll_ctl(epfd, JS_EPOLL_CTL_ADD, (int)sfd, &ev)) < 0)
		return fail("epoll_ctl signalfd", r);
	/* Peers that connected before the listener joined the set. */
	accept_all();
	return serve((int)sfd);
}
