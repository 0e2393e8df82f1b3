#include <libjs/net.h>

/* cmsg(3)'s CMSG_NXTHDR.  Sizes are compared rather than pointers, so a corrupt cmsg_len (a
 * message received from anyone) can neither wrap an addition nor walk
 * outside msg_control. */
struct js_cmsghdr *js_cmsg_nxthdr(const struct js_msghdr *msg,
				  const struct js_cmsghdr *c)
{
	const unsigned char *base;
	size_t total, off, step;
	const struct js_cmsghdr *next;

	if (!msg || !c || !msg->msg_control)
		return 0;
	base = msg->msg_control;
	total = msg->msg_controllen;
	if ((const unsigned char *)c < base)
		return 0;
	off = (size_t)((const unsigned char *)c - base);
	/* c itself must lie inside msg_control before its length is read. */
	if (off > total || total - off < sizeof(struct js_cmsghdr) ||
	    c->cmsg_len < sizeof(struct js_cmsghdr))
		return 0;
	step = JS_CMSG_ALIGN(c->cmsg_len);
	if (step < c->cmsg_len || step > total - off)
		return 0;
	off += step;
	if (total - off < sizeof(struct js_cmsghdr))
		return 0;
	/* glibc stops here and hands out the next header whatever its
	 * length says; checking it too means a caller that reads cmsg_len
	 * bytes from the result never leaves msg_control.  Its padding may
	 * lie past the end: the kernel trims the last message's padding
	 * when the buffer has no room for it. */
	next = (const struct js_cmsghdr *)(base + off);
	if (next->cmsg_len < sizeof(struct js_cmsghdr) ||
	    next->cmsg_len > total - off)
		return 0;
	return (struct js_cmsghdr *)next;
}
