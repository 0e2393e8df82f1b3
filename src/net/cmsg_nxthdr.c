#include <libjs/net.h>

/* Sizes are compared rather than pointers, so a corrupt cmsg_len (a
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
	if (c->cmsg_len < sizeof(struct js_cmsghdr))
		return 0;
	step = JS_CMSG_ALIGN(c->cmsg_len);
	if (step < c->cmsg_len || off > total || step > total - off)
		return 0;
	off += step;
	if (total - off < sizeof(struct js_cmsghdr))
		return 0;
	next = (const struct js_cmsghdr *)(base + off);
	step = JS_CMSG_ALIGN(next->cmsg_len);
	if (step < next->cmsg_len || step > total - off)
		return 0;
	return (struct js_cmsghdr *)next;
}
