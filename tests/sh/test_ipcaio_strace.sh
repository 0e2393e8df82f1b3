#!/bin/sh
# Each ipc.h and aio.h wrapper issues exactly the system call it claims,
# with its arguments in the right places, as strace sees it (docs/design.md,
# tests layer 3): ipcaio_strace_prog.c calls every wrapper once,
# freestanding, and the trace must read as the list below (addresses shown
# as PTR).  js_mq_open and js_mq_unlink first read the name's first byte
# through a pipe (js__kcopy: pipe2, write, read, two closes) and then pass
# the name without its leading '/'; js_mq_send/js_mq_receive are
# mq_timedsend/mq_timedreceive with a NULL timeout, js_mq_getattr and
# js_mq_setattr are mq_getsetattr.
#   tests/sh/test_ipcaio_strace.sh BUILD_DIR TOP
B=$1 top=$2
tmp=$(mktemp -d /tmp/libjs-strace.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0
CC=${CC:-cc} "$B/bin/libjs-cc" -O2 "$top/tests/sh/ipcaio_strace_prog.c" -o "$tmp/prog" || fail=1
(cd "$tmp" && env -u DEBUG -u LIBJS_FAULT strace -o "$tmp/log" ./prog) || fail=1
sed -e '1d' -e '/^exit_group/,$d' -e 's/ *= .*//' \
    -e 's/0x[0-9a-f]\{6,\}/PTR/g' "$tmp/log" > "$tmp/got"
cat > "$tmp/want" <<'EOT'
msgget(0x4a53, 0600)
msgsnd(-1, {mtype=9, mtext="hi\0"}, 3, IPC_NOWAIT)
msgrcv(-1, PTR, 4, 7, MSG_NOERROR)
msgctl(-1, IPC_STAT, PTR)
semget(0x4a54, 2, 0600)
semop(-1, [{sem_num=1, sem_op=-2, sem_flg=IPC_NOWAIT}], 1)
semtimedop(-1, [{sem_num=1, sem_op=-2, sem_flg=IPC_NOWAIT}], 1, {tv_sec=3, tv_nsec=4})
semctl(-1, 1, SETVAL, 0x5)
pipe2([3, 4], O_CLOEXEC)
write(4, "/", 1)
read(3, "/", 1)
close(3)
close(4)
mq_open("libjs-nosuch", O_RDONLY)
pipe2([3, 4], O_CLOEXEC)
write(4, "l", 1)
read(3, "l", 1)
close(3)
close(4)
mq_open("libjs/none", O_WRONLY|O_CREAT|O_EXCL, 0640, NULL)
pipe2([3, 4], O_CLOEXEC)
write(4, "/", 1)
read(3, "/", 1)
close(3)
close(4)
mq_unlink("libjs-nosuch")
mq_timedsend(-1, "msgte", 5, 6, {tv_sec=3, tv_nsec=4})
mq_timedreceive(-1, PTR, 7, PTR, {tv_sec=3, tv_nsec=4})
mq_timedsend(-1, "ms", 2, 3, NULL)
mq_timedreceive(-1, PTR, 4, PTR, NULL)
mq_notify(-1, NULL)
mq_getsetattr(-1, {mq_flags=0, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, NULL)
mq_getsetattr(-1, NULL, PTR)
mq_getsetattr(-1, {mq_flags=0, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, PTR)
add_key("libjs-nosuch-type", "libjs-desc", "msg", 3, KEY_SPEC_PROCESS_KEYRING)
request_key("user", "libjs-nosuch-desc", NULL, KEY_SPEC_THREAD_KEYRING)
keyctl(KEYCTL_READ, 2147483646, NULL, 0)
io_setup(5, [PTR])
io_destroy(PTR)
io_submit(NULL, 1, [{aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=0, aio_buf=0, aio_nbytes=0, aio_offset=0}])
io_cancel(NULL, {aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=0}, PTR)
io_getevents(NULL, 1, 2, PTR, {tv_sec=3, tv_nsec=4})
io_pgetevents(NULL, 1, 2, PTR, {tv_sec=3, tv_nsec=4}, NULL)
io_uring_setup(0, {flags=0, sq_thread_cpu=0, sq_thread_idle=0})
io_uring_enter(1000, 1, 2, IORING_ENTER_GETEVENTS, NULL, 8)
io_uring_register(1000, IORING_REGISTER_PROBE, NULL, 3)
EOT
# One result per line: a line that differs is that wrapper's failure.
n=$(wc -l < "$tmp/want")
bad=$(diff "$tmp/want" "$tmp/got" | grep -c '^<')
[ -s "$tmp/got" ] || bad=$n
if [ "$bad" != 0 ] || [ "$fail" != 0 ]; then
	echo "strace differs (want / got):"
	diff "$tmp/want" "$tmp/got"
	[ "$bad" = 0 ] && bad=1
fi
pass=$((n - bad))
echo "$pass passed, $bad failed"
[ "$bad" = 0 ]
