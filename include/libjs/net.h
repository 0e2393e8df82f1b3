/* Sockets: the JavaScript libjs's socket calls, their everyday neighbours, the
 * structures and constants they take, and the JavaScript libjs's `socket` helpers
 * (byte order, address text, address builders, control messages).
 * Every call returns the kernel's raw result: >= 0 success, -errno on
 * failure (errno.h).  The man page named for each is the reference.
 *
 * Values: x86_64, aarch64 and riscv64 all use the asm-generic socket
 * numbers (asm-generic/socket.h, asm-generic/fcntl.h), so everything here
 * is shared; architectures with their own values (mips, sparc, alpha,
 * parisc, powerpc) would move the SO_* and SOCK_* blocks to arch/. */
#ifndef LIBJS_NET_H
#define LIBJS_NET_H

#include "sys.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Types ----------------------------------------------------------- */

typedef uint32_t js_socklen_t;          /* socklen_t: int-sized, unsigned */
typedef unsigned short js_sa_family_t;  /* __kernel_sa_family_t */
typedef uint16_t js_in_port_t;          /* network byte order */
typedef uint32_t js_in_addr_t;          /* network byte order */

/* struct sockaddr (linux/socket.h, sys/socket.h) */
struct js_sockaddr {
	js_sa_family_t sa_family;
	char sa_data[14];
};

/* struct __kernel_sockaddr_storage (linux/socket.h): 128 bytes, aligned
 * like a pointer, big enough for every address family. */
struct js_sockaddr_storage {
	js_sa_family_t ss_family;
	char __ss_padding[128 - sizeof(js_sa_family_t) - sizeof(unsigned long)];
	unsigned long __ss_align;
};

/* struct in_addr, struct sockaddr_in (linux/in.h).  The kernel calls the
 * padding __pad; glibc's name sin_zero is what programs write. */
struct js_in_addr {
	js_in_addr_t s_addr;
};

struct js_sockaddr_in {
	js_sa_family_t sin_family;
	js_in_port_t sin_port;
	struct js_in_addr sin_addr;
	unsigned char sin_zero[8];
};

/* struct in6_addr (linux/in6.h).  glibc makes s6_addr a macro for
 * __in6_u.__u6_addr8, so the union carries glibc's member names and the
 * same macros are defined here (identical tokens, so either header may
 * come first): `a.s6_addr[i]` works with or without glibc's headers. */
struct js_in6_addr {
	union {
		uint8_t __u6_addr8[16];
		uint16_t __u6_addr16[8];
		uint32_t __u6_addr32[4];
	} __in6_u;
};
#ifndef s6_addr
#define s6_addr			__in6_u.__u6_addr8
#endif
#ifndef s6_addr16
#define s6_addr16		__in6_u.__u6_addr16
#endif
#ifndef s6_addr32
#define s6_addr32		__in6_u.__u6_addr32
#endif

/* struct sockaddr_in6 (linux/in6.h) */
struct js_sockaddr_in6 {
	js_sa_family_t sin6_family;
	js_in_port_t sin6_port;
	uint32_t sin6_flowinfo;
	struct js_in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};

/* struct sockaddr_un (linux/un.h): a path, or with sun_path[0] == 0 a
 * name in the abstract namespace counted by the address length. */
#define JS_UNIX_PATH_MAX 108
struct js_sockaddr_un {
	js_sa_family_t sun_family;
	char sun_path[JS_UNIX_PATH_MAX];
};

/* struct user_msghdr (include/linux/socket.h), sendmsg(2)/recvmsg(2) */
struct js_msghdr {
	void *msg_name;
	js_socklen_t msg_namelen;
	struct js_iovec *msg_iov;
	size_t msg_iovlen;
	void *msg_control;
	size_t msg_controllen;
	int msg_flags;
};

/* struct mmsghdr, sendmmsg(2)/recvmmsg(2): msg_len is what was moved. */
struct js_mmsghdr {
	struct js_msghdr msg_hdr;
	unsigned int msg_len;
};

/* struct cmsghdr (include/linux/socket.h); the data follows the header
 * at JS_CMSG_ALIGN(sizeof(struct js_cmsghdr)). */
struct js_cmsghdr {
	size_t cmsg_len;
	int cmsg_level;
	int cmsg_type;
};

/* struct linger (include/linux/socket.h), SO_LINGER */
struct js_linger {
	int l_onoff;
	int l_linger;
};

/* struct ucred (include/linux/socket.h), SO_PEERCRED / SCM_CREDENTIALS */
struct js_ucred {
	int pid;
	js_uid_t uid;
	js_gid_t gid;
};

/* ---- Interface flags (netdevice(7)) -- issue 15 (boot) -------------- */
/* What a boot needs to bring the loopback interface up: an initramfs's
 * first process finds lo down.  IFNAMSIZ and IFF_* are linux/if.h's,
 * SIOC[GS]IFFLAGS linux/sockios.h's; through js_ioctl on any socket. */
#define JS_IFNAMSIZ     16
#define JS_SIOCGIFFLAGS 0x8913
#define JS_SIOCSIFFLAGS 0x8914
#define JS_IFF_UP       0x1
#define JS_IFF_LOOPBACK 0x8
#define JS_IFF_RUNNING  0x40
/* struct ifreq (linux/if.h) with the kernel's member names, so that the
 * ifr_name and ifr_flags macros of linux/if.h or glibc's net/if.h reach
 * them too: the name's union, then a union of which only the flags are
 * named here; ifru__pad gives it the kernel's size and alignment (its
 * largest members: struct ifmap, struct sockaddr). */
struct js_ifreq {
	union {
		char ifrn_name[JS_IFNAMSIZ];
	} ifr_ifrn;
	union {
		short ifru_flags;
		int ifru_ivalue;
		unsigned long ifru__pad[24 / sizeof(unsigned long)];
	} ifr_ifru;
};
/* ---- end of issue 15 (boot) ---- */

/* ---- Calls (the JavaScript libjs's) --------------------------------------------- */
long js_socket(int domain, int type, int protocol);            /* socket(2) */
long js_connect(int fd, const struct js_sockaddr *addr,
		js_socklen_t addrlen);                          /* connect(2) */
long js_bind(int fd, const struct js_sockaddr *addr,
	     js_socklen_t addrlen);                             /* bind(2) */
long js_listen(int fd, int backlog);                           /* listen(2) */
/* accept(2): *addrlen is the size of addr on entry and the address's
 * real length on return (the JavaScript libjs passed it by value).  addr and
 * addrlen may both be NULL. */
long js_accept(int fd, struct js_sockaddr *addr, js_socklen_t *addrlen);
long js_accept4(int fd, struct js_sockaddr *addr, js_socklen_t *addrlen,
		int flags);                                     /* accept4(2) */
long js_shutdown(int fd, int how);                             /* shutdown(2) */
/* send(2): sendto(2) with no address (neither x86_64 nor the generic
 * table has a send system call). */
long js_send(int fd, const void *buf, size_t len, int flags);
long js_sendto(int fd, const void *buf, size_t len, int flags,
	       const struct js_sockaddr *dest, js_socklen_t addrlen); /* sendto(2) */

/* ---- Calls (neighbours) --------------------------------------------- */
/* recv(2): recvfrom(2) with no address. */
long js_recv(int fd, void *buf, size_t len, int flags);
long js_recvfrom(int fd, void *buf, size_t len, int flags,
		 struct js_sockaddr *src, js_socklen_t *addrlen); /* recvfrom(2) */
long js_sendmsg(int fd, const struct js_msghdr *msg, int flags); /* sendmsg(2) */
long js_recvmsg(int fd, struct js_msghdr *msg, int flags);     /* recvmsg(2) */
/* sendmmsg(2)/recvmmsg(2): the number of messages moved; each
 * msgvec[i].msg_len is set. */
long js_sendmmsg(int fd, struct js_mmsghdr *msgvec, unsigned int vlen,
		 int flags);
long js_recvmmsg(int fd, struct js_mmsghdr *msgvec, unsigned int vlen,
		 int flags, struct js_timespec *timeout);
long js_setsockopt(int fd, int level, int optname, const void *optval,
		   js_socklen_t optlen);                        /* setsockopt(2) */
long js_getsockopt(int fd, int level, int optname, void *optval,
		   js_socklen_t *optlen);                       /* getsockopt(2) */
long js_getsockname(int fd, struct js_sockaddr *addr,
		    js_socklen_t *addrlen);                     /* getsockname(2) */
long js_getpeername(int fd, struct js_sockaddr *addr,
		    js_socklen_t *addrlen);                     /* getpeername(2) */
long js_socketpair(int domain, int type, int protocol, int sv[2]); /* socketpair(2) */

/* ---- Byte order (byteorder(3)): network order is big-endian --------- */
/* Written through the bytes in memory rather than by testing the host's
 * endianness: right on every host, and compiled to one bswap (or
 * nothing) by gcc and clang. */
static inline uint16_t js_htons(uint16_t x)
{
	union { uint8_t b[2]; uint16_t v; } u;
	u.b[0] = (uint8_t)(x >> 8);
	u.b[1] = (uint8_t)x;
	return u.v;
}
static inline uint32_t js_htonl(uint32_t x)
{
	union { uint8_t b[4]; uint32_t v; } u;
	u.b[0] = (uint8_t)(x >> 24);
	u.b[1] = (uint8_t)(x >> 16);
	u.b[2] = (uint8_t)(x >> 8);
	u.b[3] = (uint8_t)x;
	return u.v;
}
/* 64-bit: htobe64(3). */
static inline uint64_t js_htonll(uint64_t x)
{
	union { uint8_t b[8]; uint64_t v; } u;
	for (int i = 0; i < 8; i++)
		u.b[i] = (uint8_t)(x >> (56 - 8 * i));
	return u.v;
}
/* Converting is its own inverse. */
static inline uint16_t js_ntohs(uint16_t x) { return js_htons(x); }
static inline uint32_t js_ntohl(uint32_t x) { return js_htonl(x); }
static inline uint64_t js_ntohll(uint64_t x) { return js_htonll(x); }

/* ---- Address text (inet_pton(3), inet_ntop(3)) ---------------------- */
#define JS_INET_ADDRSTRLEN  16
#define JS_INET6_ADDRSTRLEN 46

/* Text to address with exactly glibc's rules: IPv4 only as four decimal
 * octets without leading zeros; IPv6 with at most one "::", groups of one
 * to four hex digits, an optional trailing dotted quad, no zone suffix.
 * Returns 1 (dst holds 4 or 16 bytes), 0 (not an address, dst unchanged),
 * -JS_EAFNOSUPPORT, or -JS_EFAULT for a NULL pointer. */
long js_inet_pton(int af, const char *src, void *dst);

/* Address to text, glibc's canonical form (RFC 5952: lower case, the
 * longest run of two or more zero groups, the first on a tie, as "::";
 * ::a.b.c.d and ::ffff:a.b.c.d as dotted quads).  Writes the text and its
 * NUL into dst (size bytes) and returns the text's length; -JS_ENOSPC if
 * it does not fit, -JS_EAFNOSUPPORT, -JS_EFAULT for a NULL pointer.
 * (inet_ntop(3) returns dst; the length is what callers need next.) */
long js_inet_ntop(int af, const void *src, char *dst, js_socklen_t size);

/* ---- Address builders ----------------------------------------------- */
/* Each fills the whole structure (padding zeroed) and returns the length
 * to pass to bind/connect/sendto, or -errno; NULL gives -JS_EFAULT. */

/* IPv4; addr and port in host order (JS_INADDR_LOOPBACK, 8080). */
long js_sockaddr_in_init(struct js_sockaddr_in *sa, uint32_t addr,
			 uint16_t port);
/* IPv6; addr NULL means :: (any); port in host order. */
long js_sockaddr_in6_init(struct js_sockaddr_in6 *sa,
			  const struct js_in6_addr *addr, uint16_t port);
/* Unix path: the length counts the terminating NUL, as unix(7) advises.
 * -JS_EINVAL for "", -JS_ENAMETOOLONG beyond 107 bytes. */
long js_sockaddr_un_init(struct js_sockaddr_un *sa, const char *path);
/* Unix abstract namespace: sun_path[0] = 0 followed by the len bytes of
 * name (no NUL; the length alone delimits it).  -JS_ENAMETOOLONG beyond
 * 107 bytes. */
long js_sockaddr_un_abstract(struct js_sockaddr_un *sa, const void *name,
			     size_t len);
/* An IPv4 or IPv6 literal (js_inet_pton's rules) and a host-order port
 * into *ss as a sockaddr_in or sockaddr_in6.  -JS_EINVAL when text is
 * neither. */
long js_sockaddr_parse(struct js_sockaddr_storage *ss, const char *text,
		       uint16_t port);
/* The port of an AF_INET or AF_INET6 address in host order; -JS_EAFNOSUPPORT
 * for other families, -JS_EFAULT for NULL. */
long js_sockaddr_port(const struct js_sockaddr *sa);

/* ---- Control messages (cmsg(3)) ------------------------------------- */
#define JS_CMSG_ALIGN(len) \
	(((len) + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1))
/* Bytes a message with len data bytes occupies in msg_control. */
#define JS_CMSG_SPACE(len) \
	(JS_CMSG_ALIGN(len) + JS_CMSG_ALIGN(sizeof(struct js_cmsghdr)))
/* cmsg_len for len data bytes. */
#define JS_CMSG_LEN(len) (JS_CMSG_ALIGN(sizeof(struct js_cmsghdr)) + (len))

/* The data of a control message. */
static inline unsigned char *js_cmsg_data(const struct js_cmsghdr *c)
{
	return (unsigned char *)c + JS_CMSG_ALIGN(sizeof(struct js_cmsghdr));
}

/* The first control message of msg, NULL when msg_control cannot hold a
 * header or when the cmsg_len it announces runs past msg_controllen (a
 * crafted or corrupt message: reading cmsg_len bytes would leave the
 * buffer).  A cmsg_len of 0 is returned, so that a zeroed buffer can be
 * filled in (cmsg(3)'s sending idiom: zero it first, as an uninitialised
 * one may announce anything). */
static inline struct js_cmsghdr *js_cmsg_firsthdr(const struct js_msghdr *msg)
{
	if (!msg || !msg->msg_control ||
	    msg->msg_controllen < sizeof(struct js_cmsghdr) ||
	    ((const struct js_cmsghdr *)msg->msg_control)->cmsg_len >
		    msg->msg_controllen)
		return 0;
	return (struct js_cmsghdr *)msg->msg_control;
}

/* The control message after c, NULL when there is none: when c's length
 * is malformed, or the next header or the cmsg_len bytes it announces
 * would not lie inside msg_control (glibc checks only the header). */
struct js_cmsghdr *js_cmsg_nxthdr(const struct js_msghdr *msg,
				  const struct js_cmsghdr *c);

/* ---- Address families (linux/socket.h) ------------------------------ */
#define JS_AF_UNSPEC     0
#define JS_AF_UNIX       1
#define JS_AF_LOCAL      JS_AF_UNIX
#define JS_AF_INET       2
#define JS_AF_AX25       3
#define JS_AF_IPX        4
#define JS_AF_APPLETALK  5
#define JS_AF_NETROM     6
#define JS_AF_BRIDGE     7
#define JS_AF_ATMPVC     8
#define JS_AF_X25        9
#define JS_AF_INET6      10
#define JS_AF_ROSE       11
#define JS_AF_DECnet     12
#define JS_AF_NETBEUI    13
#define JS_AF_SECURITY   14
#define JS_AF_KEY        15
#define JS_AF_NETLINK    16
#define JS_AF_ROUTE      JS_AF_NETLINK
#define JS_AF_PACKET     17
#define JS_AF_ASH        18
#define JS_AF_ECONET     19
#define JS_AF_ATMSVC     20
#define JS_AF_RDS        21
#define JS_AF_SNA        22
#define JS_AF_IRDA       23
#define JS_AF_PPPOX      24
#define JS_AF_WANPIPE    25
#define JS_AF_LLC        26
#define JS_AF_IB         27
#define JS_AF_MPLS       28
#define JS_AF_CAN        29
#define JS_AF_TIPC       30
#define JS_AF_BLUETOOTH  31
#define JS_AF_IUCV       32
#define JS_AF_RXRPC      33
#define JS_AF_ISDN       34
#define JS_AF_PHONET     35
#define JS_AF_IEEE802154 36
#define JS_AF_CAIF       37
#define JS_AF_ALG        38
#define JS_AF_NFC        39
#define JS_AF_VSOCK      40
#define JS_AF_KCM        41
#define JS_AF_QIPCRTR    42
#define JS_AF_SMC        43
#define JS_AF_XDP        44
#define JS_AF_MCTP       45
#define JS_PF_UNSPEC     JS_AF_UNSPEC
#define JS_PF_UNIX       JS_AF_UNIX
#define JS_PF_LOCAL      JS_AF_LOCAL
#define JS_PF_INET       JS_AF_INET
#define JS_PF_INET6      JS_AF_INET6
#define JS_PF_NETLINK    JS_AF_NETLINK
#define JS_PF_PACKET     JS_AF_PACKET

/* ---- Socket types (linux/net.h); the flags are O_NONBLOCK and
 *      O_CLOEXEC (asm-generic/fcntl.h) ------------------------------- */
#define JS_SOCK_STREAM    1
#define JS_SOCK_DGRAM     2
#define JS_SOCK_RAW       3
#define JS_SOCK_RDM       4
#define JS_SOCK_SEQPACKET 5
#define JS_SOCK_DCCP      6
#define JS_SOCK_PACKET    10
#define JS_SOCK_NONBLOCK  00004000
#define JS_SOCK_CLOEXEC   02000000

/* ---- Message flags (linux/socket.h) --------------------------------- */
#define JS_MSG_OOB          0x1
#define JS_MSG_PEEK         0x2
#define JS_MSG_DONTROUTE    0x4
#define JS_MSG_CTRUNC       0x8
#define JS_MSG_PROXY        0x10
#define JS_MSG_TRUNC        0x20
#define JS_MSG_DONTWAIT     0x40
#define JS_MSG_EOR          0x80
#define JS_MSG_WAITALL      0x100
#define JS_MSG_FIN          0x200
#define JS_MSG_SYN          0x400
#define JS_MSG_CONFIRM      0x800
#define JS_MSG_RST          0x1000
#define JS_MSG_ERRQUEUE     0x2000
#define JS_MSG_NOSIGNAL     0x4000
#define JS_MSG_MORE         0x8000
#define JS_MSG_WAITFORONE   0x10000
#define JS_MSG_BATCH        0x40000
#define JS_MSG_ZEROCOPY     0x4000000
#define JS_MSG_FASTOPEN     0x20000000
#define JS_MSG_CMSG_CLOEXEC 0x40000000
/* ---- tconst (issue 11): flags the kernel keeps out of its UAPI
 * (include/linux/socket.h) but that strace names in any flags word:
 * MSG_PROBE is 0x10's kernel name (glibc's MSG_PROXY). ---- */
#define JS_MSG_PROBE           0x10
#define JS_MSG_SENDPAGE_NOTLAST 0x20000
#define JS_MSG_NO_SHARED_FRAGS 0x80000
#define JS_MSG_CMSG_COMPAT     0x80000000
/* ---- end of tconst ---- */

/* ---- shutdown(2) ---------------------------------------------------- */
#define JS_SHUT_RD   0
#define JS_SHUT_WR   1
#define JS_SHUT_RDWR 2

/* listen(2) backlog cap (include/linux/socket.h, since Linux 5.4) */
#define JS_SOMAXCONN 4096

/* ---- Option levels (include/linux/socket.h, asm-generic/socket.h) --- */
#define JS_SOL_IP     0
#define JS_SOL_SOCKET 1
#define JS_SOL_TCP    6
#define JS_SOL_UDP    17
#define JS_SOL_IPV6   41
#define JS_SOL_ICMPV6 58
#define JS_SOL_RAW    255
#define JS_SOL_PACKET 263
#define JS_SOL_NETLINK 270
#define JS_SOL_TLS    282

/* ---- SOL_SOCKET options (asm-generic/socket.h; on 64-bit the plain
 *      SO_RCVTIMEO/SO_TIMESTAMP names are the _OLD numbers) ---------- */
#define JS_SO_DEBUG           1
#define JS_SO_REUSEADDR       2
#define JS_SO_TYPE            3
#define JS_SO_ERROR           4
#define JS_SO_DONTROUTE       5
#define JS_SO_BROADCAST       6
#define JS_SO_SNDBUF          7
#define JS_SO_RCVBUF          8
#define JS_SO_KEEPALIVE       9
#define JS_SO_OOBINLINE       10
#define JS_SO_NO_CHECK        11
#define JS_SO_PRIORITY        12
#define JS_SO_LINGER          13
#define JS_SO_BSDCOMPAT       14
#define JS_SO_REUSEPORT       15
#define JS_SO_PASSCRED        16
#define JS_SO_PEERCRED        17
#define JS_SO_RCVLOWAT        18
#define JS_SO_SNDLOWAT        19
#define JS_SO_RCVTIMEO        20
#define JS_SO_SNDTIMEO        21
#define JS_SO_BINDTODEVICE    25
#define JS_SO_ATTACH_FILTER   26
#define JS_SO_DETACH_FILTER   27
#define JS_SO_PEERNAME        28
#define JS_SO_TIMESTAMP       29
#define JS_SO_ACCEPTCONN      30
#define JS_SO_PEERSEC         31
#define JS_SO_SNDBUFFORCE     32
#define JS_SO_RCVBUFFORCE     33
#define JS_SO_PASSSEC         34
#define JS_SO_TIMESTAMPNS     35
#define JS_SO_MARK            36
#define JS_SO_TIMESTAMPING    37
#define JS_SO_PROTOCOL        38
#define JS_SO_DOMAIN          39
#define JS_SO_RXQ_OVFL        40
#define JS_SO_PEEK_OFF        42
#define JS_SO_BUSY_POLL       46
#define JS_SO_INCOMING_CPU    49
#define JS_SO_ATTACH_BPF      50
#define JS_SO_COOKIE          57
#define JS_SO_PEERGROUPS      59
#define JS_SO_ZEROCOPY        60
#define JS_SO_TXTIME          61
#define JS_SO_BINDTOIFINDEX   62

/* ---- tdec2: the time options' _OLD names (asm-generic/socket.h): on a
 * 64-bit kernel SO_RCVTIMEO and the rest are these numbers, and strace
 * names them so. */
#define JS_SO_RCVTIMEO_OLD      20
#define JS_SO_SNDTIMEO_OLD      21
#define JS_SO_TIMESTAMP_OLD     29
#define JS_SO_TIMESTAMPNS_OLD   35
#define JS_SO_TIMESTAMPING_OLD  37
/* ---- end of tdec2 ---- */

/* ---- Control message types (linux/socket.h) ------------------------- */
#define JS_SCM_RIGHTS      1
#define JS_SCM_CREDENTIALS 2

/* ---- Protocols (linux/in.h, linux/in6.h) ---------------------------- */
#define JS_IPPROTO_IP       0
#define JS_IPPROTO_HOPOPTS  0
#define JS_IPPROTO_ICMP     1
#define JS_IPPROTO_IGMP     2
#define JS_IPPROTO_IPIP     4
#define JS_IPPROTO_TCP      6
#define JS_IPPROTO_EGP      8
#define JS_IPPROTO_PUP      12
#define JS_IPPROTO_UDP      17
#define JS_IPPROTO_IDP      22
#define JS_IPPROTO_TP       29
#define JS_IPPROTO_DCCP     33
#define JS_IPPROTO_IPV6     41
#define JS_IPPROTO_ROUTING  43
#define JS_IPPROTO_FRAGMENT 44
#define JS_IPPROTO_RSVP     46
#define JS_IPPROTO_GRE      47
#define JS_IPPROTO_ESP      50
#define JS_IPPROTO_AH       51
#define JS_IPPROTO_ICMPV6   58
#define JS_IPPROTO_NONE     59
#define JS_IPPROTO_DSTOPTS  60
#define JS_IPPROTO_MTP      92
#define JS_IPPROTO_BEETPH   94
#define JS_IPPROTO_ENCAP    98
#define JS_IPPROTO_PIM      103
#define JS_IPPROTO_COMP     108
#define JS_IPPROTO_L2TP     115
#define JS_IPPROTO_SCTP     132
#define JS_IPPROTO_MH       135
#define JS_IPPROTO_UDPLITE  136
#define JS_IPPROTO_MPLS     137
#define JS_IPPROTO_ETHERNET 143
#define JS_IPPROTO_RAW      255
#define JS_IPPROTO_MPTCP    262

/* ---- IPv4 addresses, host order (linux/in.h) ------------------------ */
#define JS_INADDR_ANY       0x00000000u
#define JS_INADDR_BROADCAST 0xffffffffu
#define JS_INADDR_NONE      0xffffffffu
#define JS_INADDR_LOOPBACK  0x7f000001u

/* Initialisers for struct js_in6_addr: :: and ::1 (in6.h). */
#define JS_IN6ADDR_ANY_INIT { { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } } }
#define JS_IN6ADDR_LOOPBACK_INIT { { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 } } }

/* ---- IPPROTO_IP options (linux/in.h) -------------------------------- */
#define JS_IP_TOS                 1
#define JS_IP_TTL                 2
#define JS_IP_HDRINCL             3
#define JS_IP_OPTIONS             4
#define JS_IP_PKTINFO             8
#define JS_IP_MTU_DISCOVER        10
#define JS_IP_RECVERR             11
#define JS_IP_RECVTTL             12
#define JS_IP_RECVTOS             13
#define JS_IP_MTU                 14
#define JS_IP_FREEBIND            15
#define JS_IP_TRANSPARENT         19
#define JS_IP_MINTTL              21
#define JS_IP_BIND_ADDRESS_NO_PORT 24
#define JS_IP_MULTICAST_IF        32
#define JS_IP_MULTICAST_TTL       33
#define JS_IP_MULTICAST_LOOP      34
#define JS_IP_ADD_MEMBERSHIP      35
#define JS_IP_DROP_MEMBERSHIP     36
#define JS_IP_PMTUDISC_DONT       0
#define JS_IP_PMTUDISC_WANT       1
#define JS_IP_PMTUDISC_DO         2
#define JS_IP_PMTUDISC_PROBE      3

/* ---- IPPROTO_IPV6 options (linux/in6.h) ----------------------------- */
#define JS_IPV6_UNICAST_HOPS   16
#define JS_IPV6_MULTICAST_IF   17
#define JS_IPV6_MULTICAST_HOPS 18
#define JS_IPV6_MULTICAST_LOOP 19
#define JS_IPV6_JOIN_GROUP     20
#define JS_IPV6_LEAVE_GROUP    21
#define JS_IPV6_ADD_MEMBERSHIP JS_IPV6_JOIN_GROUP
#define JS_IPV6_DROP_MEMBERSHIP JS_IPV6_LEAVE_GROUP
#define JS_IPV6_MTU_DISCOVER   23
#define JS_IPV6_MTU            24
#define JS_IPV6_RECVERR        25
#define JS_IPV6_V6ONLY         26
#define JS_IPV6_RECVPKTINFO    49
#define JS_IPV6_PKTINFO        50
#define JS_IPV6_RECVHOPLIMIT   51
#define JS_IPV6_HOPLIMIT       52
#define JS_IPV6_RECVTCLASS     66
#define JS_IPV6_TCLASS         67
#define JS_IPV6_TRANSPARENT    75
#define JS_IPV6_FREEBIND       78

/* ---- IPPROTO_TCP options (linux/tcp.h) ------------------------------ */
#define JS_TCP_NODELAY              1
#define JS_TCP_MAXSEG               2
#define JS_TCP_CORK                 3
#define JS_TCP_KEEPIDLE             4
#define JS_TCP_KEEPINTVL            5
#define JS_TCP_KEEPCNT              6
#define JS_TCP_SYNCNT               7
#define JS_TCP_LINGER2              8
#define JS_TCP_DEFER_ACCEPT         9
#define JS_TCP_WINDOW_CLAMP         10
#define JS_TCP_INFO                 11
#define JS_TCP_QUICKACK             12
#define JS_TCP_CONGESTION           13
#define JS_TCP_MD5SIG               14
#define JS_TCP_THIN_LINEAR_TIMEOUTS 16
#define JS_TCP_THIN_DUPACK          17
#define JS_TCP_USER_TIMEOUT         18
#define JS_TCP_REPAIR               19
#define JS_TCP_FASTOPEN             23
#define JS_TCP_TIMESTAMP            24
#define JS_TCP_NOTSENT_LOWAT        25
#define JS_TCP_CC_INFO              26
#define JS_TCP_SAVE_SYN             27
#define JS_TCP_SAVED_SYN            28
#define JS_TCP_FASTOPEN_CONNECT     30
#define JS_TCP_ULP                  31
#define JS_TCP_FASTOPEN_NO_COOKIE   34
#define JS_TCP_INQ                  36
#define JS_TCP_TX_DELAY             37

#ifdef __cplusplus
}
#endif

#endif
