/* Asynchronous I/O, freestanding, on all three architectures: a read
 * through the native AIO calls (io_setup, io_submit, io_getevents,
 * io_pgetevents, io_cancel, io_destroy) and a read through an io_uring set
 * up by hand -- the rings mapped with js_mmap at the JS_IORING_OFF_*
 * offsets the kernel's io_uring_params gives, one SQE filled, submitted
 * with io_uring_enter, its CQE reaped -- each compared byte for byte with
 * the file.  qemu-user 7.2 passes none of these calls through: there the
 * exact error (-ENOSYS) of every call is asserted and the case reported as
 * not run (docs/aio.md). */
#include "runner.h"

static int under_qemu(void)
{
	const char *e = js_getenv("JS_RUN");

	return e && *e;
}

#define DATA "asynchronous bytes from a file, read back and compared"
#define LEN (sizeof DATA - 1)

static int same(const char *a, const char *b, unsigned long n)
{
	while (n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

/* A file holding DATA, already unlinked: nothing is left behind. */
static int data_file(const char *name)
{
	long fd = js_open(name, JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0600);

	if (fd < 0)
		return (int)fd;
	js_unlink(name);
	CHECK_EQ(js_write((int)fd, DATA, LEN), LEN);
	return (int)fd;
}

static void t_native_aio_read(void)
{
	js_aio_context_t ctx = 0;
	struct js_iocb cb, cb2, *list[1];
	struct js_io_event ev[2];
	struct js_timespec t = { 30, 0 };
	char buf[LEN + 8], buf2[8];
	long r, fd;

	r = js_io_setup(8, &ctx);
	if (r == -JS_ENOSYS && under_qemu()) {
		CHECK_EQ(js_io_destroy(ctx), -JS_ENOSYS);
		CHECK_EQ(js_io_submit(ctx, 0, 0), -JS_ENOSYS);
		CHECK_EQ(js_io_getevents(ctx, 0, 0, 0, 0), -JS_ENOSYS);
		CHECK_EQ(js_io_pgetevents(ctx, 0, 0, 0, 0, 0), -JS_ENOSYS);
		CHECK_EQ(js_io_cancel(ctx, 0, 0), -JS_ENOSYS);
		jt_not_run("qemu-user has no io_setup and the other io_* calls");
		return;
	}
	CHECK_EQ(r, 0);
	if (r != 0)
		return;
	CHECK(ctx != 0);
	fd = data_file("aio.data");
	CHECK(fd >= 0);

	__builtin_memset(&cb, 0, sizeof cb);
	cb.aio_data = 0x1234;
	cb.aio_lio_opcode = JS_IOCB_CMD_PREAD;
	cb.aio_fildes = (unsigned int)fd;
	cb.aio_buf = (unsigned long)buf;
	cb.aio_nbytes = sizeof buf;
	cb.aio_offset = 0;
	list[0] = &cb;
	CHECK_EQ(js_io_submit(ctx, 1, list), 1);
	r = js_io_getevents(ctx, 1, 2, ev, &t);
	CHECK_EQ(r, 1);
	CHECK_EQ(ev[0].data, 0x1234);
	CHECK_EQ(ev[0].obj, (unsigned long)&cb);
	CHECK_EQ(ev[0].res, LEN);
	CHECK(same(buf, DATA, LEN));

	/* A second read, from offset 13, reaped by io_pgetevents with a
	 * signal mask in place for the wait. */
	js_sigset_t none;
	struct js_aio_sigset us = { &none, sizeof none };
	js_sigemptyset(&none);
	cb2 = cb;
	cb2.aio_data = 2;
	cb2.aio_buf = (unsigned long)buf2;
	cb2.aio_nbytes = sizeof buf2;
	cb2.aio_offset = 13;
	list[0] = &cb2;
	CHECK_EQ(js_io_submit(ctx, 1, list), 1);
	CHECK_EQ(js_io_pgetevents(ctx, 1, 1, ev, &t, &us), 1);
	CHECK_EQ(ev[0].data, 2);
	CHECK_EQ(ev[0].res, 8);
	CHECK(same(buf2, &DATA[13], 8));
	/* nothing in flight: no event, at once (zero timeout) */
	t.tv_sec = 0;
	CHECK_EQ(js_io_getevents(ctx, 0, 1, ev, &t), 0);
	/* an iocb the context does not have in flight */
	CHECK_EQ(js_io_cancel(ctx, &cb2, ev), -JS_EINVAL);
	/* A poll on an empty pipe stays in flight until cancelled: the
	 * cancel answers -EINPROGRESS and the event (result 0, no events)
	 * comes through io_getevents, not *result. */
	int pp[2];
	struct js_iocb pc;
	CHECK_EQ(js_pipe2(pp, JS_O_CLOEXEC), 0);
	__builtin_memset(&pc, 0, sizeof pc);
	pc.aio_data = 3;
	pc.aio_lio_opcode = JS_IOCB_CMD_POLL;
	pc.aio_fildes = (unsigned int)pp[0];
	pc.aio_buf = JS_POLLIN;
	list[0] = &pc;
	CHECK_EQ(js_io_submit(ctx, 1, list), 1);
	CHECK_EQ(js_io_getevents(ctx, 0, 1, ev, &t), 0);	/* t is 0 s */
	ev[0].data = 0;
	CHECK_EQ(js_io_cancel(ctx, &pc, &ev[1]), -JS_EINPROGRESS);
	t.tv_sec = 30;
	CHECK_EQ(js_io_getevents(ctx, 1, 1, ev, &t), 1);
	CHECK_EQ(ev[0].data, 3);
	CHECK_EQ(ev[0].res, 0);
	t.tv_sec = 0;
	js_close(pp[0]);
	js_close(pp[1]);
	list[0] = &cb2;
	/* errors: a bad opcode, a bad fd, a bad context */
	cb2.aio_lio_opcode = 99;
	CHECK_EQ(js_io_submit(ctx, 1, list), -JS_EINVAL);
	cb2.aio_lio_opcode = JS_IOCB_CMD_PREAD;
	cb2.aio_fildes = 1000;
	CHECK_EQ(js_io_submit(ctx, 1, list), -JS_EBADF);
	CHECK_EQ(js_io_submit(ctx, -1, list), -JS_EINVAL);
	CHECK_EQ(js_io_destroy(ctx), 0);
	CHECK_EQ(js_io_destroy(ctx), -JS_EINVAL);
	CHECK_EQ(js_io_getevents(ctx, 0, 1, ev, &t), -JS_EINVAL);
	ctx = 1;
	CHECK_EQ(js_io_setup(1, &ctx), -JS_EINVAL);	/* *ctx must be 0 */
	js_close((int)fd);
}

static void t_io_uring_read(void)
{
	struct js_io_uring_params p;
	char buf[LEN];
	long r, ring, fd;

	__builtin_memset(&p, 0, sizeof p);
	ring = js_io_uring_setup(4, &p);
	if (ring == -JS_ENOSYS && under_qemu()) {
		CHECK_EQ(js_io_uring_enter(0, 0, 0, 0, 0, 0), -JS_ENOSYS);
		CHECK_EQ(js_io_uring_register(0, 0, 0, 0), -JS_ENOSYS);
		jt_not_run("qemu-user has no io_uring_setup, _enter, _register");
		return;
	}
	CHECK(ring >= 0);
	if (ring < 0)
		return;
	CHECK_EQ(p.sq_entries, 4);
	CHECK_EQ(p.cq_entries, 8);
	CHECK(p.features & JS_IORING_FEAT_SINGLE_MMAP);

	/* The three mappings io_uring_setup(2) describes (with
	 * FEAT_SINGLE_MMAP the two rings share one; mapped twice anyway,
	 * which the kernel allows, to use every offset). */
	unsigned long sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned int);
	unsigned long cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct js_io_uring_cqe);
	unsigned long sqe_len = p.sq_entries * sizeof(struct js_io_uring_sqe);
	char *sq = js_mmap(0, sq_len, JS_PROT_READ | JS_PROT_WRITE,
			   JS_MAP_SHARED | JS_MAP_POPULATE, (int)ring, JS_IORING_OFF_SQ_RING);
	char *cq = js_mmap(0, cq_len, JS_PROT_READ | JS_PROT_WRITE,
			   JS_MAP_SHARED | JS_MAP_POPULATE, (int)ring, JS_IORING_OFF_CQ_RING);
	struct js_io_uring_sqe *sqes = js_mmap(0, sqe_len, JS_PROT_READ | JS_PROT_WRITE,
					       JS_MAP_SHARED | JS_MAP_POPULATE, (int)ring,
					       JS_IORING_OFF_SQES);
	CHECK(!JS_IS_ERR(sq) && !JS_IS_ERR(cq) && !JS_IS_ERR(sqes));
	fd = data_file("uring.data");
	CHECK(fd >= 0);
	if (JS_IS_ERR(sq) || JS_IS_ERR(cq) || JS_IS_ERR(sqes) || fd < 0)
		goto out;
	CHECK_EQ(*(unsigned int *)(sq + p.sq_off.ring_entries), 4);
	CHECK_EQ(*(unsigned int *)(cq + p.cq_off.ring_entries), 8);

	/* One SQE: read the file from offset 0. */
	unsigned int *sq_tail = (unsigned int *)(sq + p.sq_off.tail);
	unsigned int mask = *(unsigned int *)(sq + p.sq_off.ring_mask);
	unsigned int *array = (unsigned int *)(sq + p.sq_off.array);
	unsigned int tail = *sq_tail, idx = tail & mask;
	struct js_io_uring_sqe *e = &sqes[idx];

	__builtin_memset(e, 0, sizeof *e);
	e->opcode = JS_IORING_OP_READ;
	e->fd = (int)fd;
	e->addr = (unsigned long)buf;
	e->len = sizeof buf;
	e->off = 0;
	e->user_data = 0xfeedULL;
	array[idx] = idx;
	/* The kernel reads the SQE only after it sees the new tail. */
	__atomic_store_n(sq_tail, tail + 1, __ATOMIC_RELEASE);

	r = js_io_uring_enter((unsigned int)ring, 1, 1, JS_IORING_ENTER_GETEVENTS, 0, 0);
	CHECK_EQ(r, 1);

	unsigned int *cq_head = (unsigned int *)(cq + p.cq_off.head);
	unsigned int *cq_tail = (unsigned int *)(cq + p.cq_off.tail);
	unsigned int cmask = *(unsigned int *)(cq + p.cq_off.ring_mask);
	unsigned int head = *cq_head;
	CHECK_EQ(__atomic_load_n(cq_tail, __ATOMIC_ACQUIRE) - head, 1);
	struct js_io_uring_cqe *c =
		(struct js_io_uring_cqe *)(cq + p.cq_off.cqes) + (head & cmask);
	CHECK_EQ(c->user_data, 0xfeed);
	CHECK_EQ(c->res, LEN);
	CHECK(same(buf, DATA, LEN));
	__atomic_store_n(cq_head, head + 1, __ATOMIC_RELEASE);

	/* A NOP through the same ring with the extended-argument form of
	 * io_uring_enter (a 30 s timeout it does not need). */
	tail = *sq_tail;
	idx = tail & mask;
	__builtin_memset(&sqes[idx], 0, sizeof sqes[idx]);
	sqes[idx].opcode = JS_IORING_OP_NOP;
	sqes[idx].user_data = 7;
	array[idx] = idx;
	__atomic_store_n(sq_tail, tail + 1, __ATOMIC_RELEASE);
	struct js_timespec ts = { 30, 0 };
	struct js_io_uring_getevents_arg ga = { 0, 0, 0, (unsigned long)&ts };
	r = js_io_uring_enter((unsigned int)ring, 1, 1,
			      JS_IORING_ENTER_GETEVENTS | JS_IORING_ENTER_EXT_ARG,
			      &ga, sizeof ga);
	CHECK_EQ(r, 1);
	head = *cq_head;
	c = (struct js_io_uring_cqe *)(cq + p.cq_off.cqes) + (head & cmask);
	CHECK_EQ(__atomic_load_n(cq_tail, __ATOMIC_ACQUIRE) - head, 1);
	CHECK_EQ(c->user_data, 7);
	CHECK_EQ(c->res, 0);
	__atomic_store_n(cq_head, head + 1, __ATOMIC_RELEASE);

	/* io_uring_register: the probe says READ is supported. */
	struct {
		struct js_io_uring_probe h;
		struct js_io_uring_probe_op ops[64];
	} pr;
	__builtin_memset(&pr, 0, sizeof pr);
	CHECK_EQ(js_io_uring_register((unsigned int)ring, JS_IORING_REGISTER_PROBE, &pr, 64), 0);
	CHECK(pr.h.last_op >= JS_IORING_OP_READ);
	CHECK(pr.ops[JS_IORING_OP_READ].flags & JS_IO_URING_OP_SUPPORTED);
	CHECK_EQ(js_io_uring_register((unsigned int)ring, 9999, 0, 0), -JS_EINVAL);
	CHECK_EQ(js_io_uring_enter((unsigned int)fd, 0, 0, 0, 0, 0), -JS_EOPNOTSUPP);
out:
	if (!JS_IS_ERR(sq))
		js_munmap(sq, sq_len);
	if (!JS_IS_ERR(cq))
		js_munmap(cq, cq_len);
	if (!JS_IS_ERR(sqes))
		js_munmap(sqes, sqe_len);
	if (fd >= 0)
		js_close((int)fd);
	js_close((int)ring);
	/* errors of setup itself */
	__builtin_memset(&p, 0, sizeof p);
	CHECK_EQ(js_io_uring_setup(0, &p), -JS_EINVAL);
	p.flags = 0x80000000u;
	CHECK_EQ(js_io_uring_setup(4, &p), -JS_EINVAL);
	CHECK_EQ(js_io_uring_setup(4, 0), -JS_EFAULT);
}

/* The sizes and offsets io_uring(7) and aio_abi.h document, as the
 * target's compiler lays the structs out (the full proof against the
 * kernel headers is tests/sh/test_ipcaio_arch_layout.sh): runs under
 * qemu-user too, where the calls themselves are missing. */
static void t_documented_layouts(void)
{
	CHECK_EQ(sizeof(struct js_iocb), 64);
	CHECK_EQ(__builtin_offsetof(struct js_iocb, aio_lio_opcode), 16);
	CHECK_EQ(__builtin_offsetof(struct js_iocb, aio_buf), 24);
	CHECK_EQ(__builtin_offsetof(struct js_iocb, aio_resfd), 60);
	CHECK_EQ(sizeof(struct js_io_event), 32);
	CHECK_EQ(sizeof(struct js_io_uring_sqe), 64);
	CHECK_EQ(__builtin_offsetof(struct js_io_uring_sqe, off), 8);
	CHECK_EQ(__builtin_offsetof(struct js_io_uring_sqe, addr), 16);
	CHECK_EQ(__builtin_offsetof(struct js_io_uring_sqe, len), 24);
	CHECK_EQ(__builtin_offsetof(struct js_io_uring_sqe, user_data), 32);
	CHECK_EQ(__builtin_offsetof(struct js_io_uring_sqe, addr3), 48);
	CHECK_EQ(sizeof(struct js_io_uring_cqe), 16);
	CHECK_EQ(sizeof(struct js_io_uring_params), 120);
	CHECK_EQ(__builtin_offsetof(struct js_io_uring_params, sq_off), 40);
	CHECK_EQ(__builtin_offsetof(struct js_io_uring_params, cq_off), 80);
}

JT_MAIN(T(t_documented_layouts), T(t_native_aio_read), T(t_io_uring_read))
