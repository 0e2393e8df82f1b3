#!/bin/sh
# include/libjs/ipc.h and include/libjs/aio.h against each architecture's
# own kernel UAPI headers (linux/msg.h, linux/sem.h with asm/msgbuf.h and
# asm/sembuf.h, linux/mqueue.h, linux/keyctl.h, linux/aio_abi.h,
# linux/io_uring.h from linux-libc-dev and the arm64/riscv64 cross
# packages), compiled with that architecture's compiler so every
# _Static_assert sees the target's sizes: every struct's size, alignment
# and each member's offset and size, union js_semun's, and every object-
# like JS_ constant the two headers define.  Every name must be in the
# host's kernel headers (x86_64); the older cross headers (6.1.4) lack a
# few later backports, which are listed for those two architectures.  struct __aio_sigset
# is not in the UAPI headers: its two members are checked against
# include/linux/syscalls.h's layout (pointer, then size_t).  One pass or
# failure per architecture.
#   tests/sh/test_ipcaio_arch_layout.sh BUILD_DIR TOP
top=${2:-.}
cd "$top" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc_for() {
	case $1 in
	"$(uname -m)") echo "${HOSTCC:-gcc}" ;;
	*) echo "$1-linux-gnu-gcc" ;;
	esac
}

# sizes and alignment: js kernel (struct or union as the word says)
size() {
	printf 'SAME(sizeof(%s %s), sizeof(%s %s));\n' "$1" "$2" "$1" "$3"
	printf 'SAME(_Alignof(%s %s), _Alignof(%s %s));\n' "$1" "$2" "$1" "$3"
}
# members: tag js kernel member...
fields() {
	t=$1 js=$2 k=$3; shift 3
	for m in "$@"; do
		printf 'SAME(__builtin_offsetof(%s %s, %s), __builtin_offsetof(%s %s, %s));\n' "$t" "$js" "$m" "$t" "$k" "$m"
		printf 'SAME(sizeof(((%s %s *)0)->%s), sizeof(((%s %s *)0)->%s));\n' "$t" "$js" "$m" "$t" "$k" "$m"
	done
}

structs() {
	size struct js_msqid_ds msqid64_ds
	fields struct js_msqid_ds msqid64_ds msg_perm msg_stime msg_rtime \
		msg_ctime msg_cbytes msg_qnum msg_qbytes msg_lspid msg_lrpid \
		__unused4 __unused5
	size struct js_msginfo msginfo
	fields struct js_msginfo msginfo msgpool msgmap msgmax msgmnb msgmni \
		msgssz msgtql msgseg
	size struct js_msgbuf msgbuf
	fields struct js_msgbuf msgbuf mtype mtext
	size struct js_semid_ds semid64_ds
	fields struct js_semid_ds semid64_ds sem_perm sem_otime sem_ctime \
		sem_nsems __unused3 __unused4
	# x86_64's padding words (arch/x86_64/ipc.h)
	[ "$1" = x86_64 ] && fields struct js_semid_ds semid64_ds __unused1 __unused2
	size struct js_sembuf sembuf
	fields struct js_sembuf sembuf sem_num sem_op sem_flg
	size struct js_seminfo seminfo
	fields struct js_seminfo seminfo semmap semmni semmns semmnu semmsl \
		semopm semume semusz semvmx semaem
	size union js_semun semun
	fields union js_semun semun val buf array __buf __pad
	size struct js_mq_attr mq_attr
	fields struct js_mq_attr mq_attr mq_flags mq_maxmsg mq_msgsize \
		mq_curmsgs __reserved
	size struct js_io_event io_event
	fields struct js_io_event io_event data obj res res2
	size struct js_iocb iocb
	fields struct js_iocb iocb aio_data aio_key aio_rw_flags \
		aio_lio_opcode aio_reqprio aio_fildes aio_buf aio_nbytes \
		aio_offset aio_reserved2 aio_flags aio_resfd
	printf 'SAME(sizeof(js_aio_context_t), sizeof(aio_context_t));\n'
	printf 'SAME(sizeof(struct js_aio_sigset), 2 * sizeof(void *));\n'
	printf 'SAME(__builtin_offsetof(struct js_aio_sigset, sigsetsize), sizeof(void *));\n'
	size struct js_io_uring_sqe io_uring_sqe
	fields struct js_io_uring_sqe io_uring_sqe opcode flags ioprio fd off \
		addr2 cmd_op __pad1 addr splice_off_in len rw_flags fsync_flags \
		poll_events poll32_events sync_range_flags msg_flags \
		timeout_flags accept_flags cancel_flags open_flags statx_flags \
		fadvise_advice splice_flags rename_flags unlink_flags \
		hardlink_flags xattr_flags msg_ring_flags uring_cmd_flags \
		user_data buf_index buf_group personality splice_fd_in \
		file_index addr_len __pad3 addr3 __pad2
	printf 'SAME(__builtin_offsetof(struct js_io_uring_sqe, addr3), __builtin_offsetof(struct io_uring_sqe, cmd));\n'
	size struct js_io_uring_cqe io_uring_cqe
	fields struct js_io_uring_cqe io_uring_cqe user_data res flags
	printf 'SAME(sizeof(struct js_io_uring_cqe), __builtin_offsetof(struct io_uring_cqe, big_cqe));\n'
	size struct js_io_sqring_offsets io_sqring_offsets
	fields struct js_io_sqring_offsets io_sqring_offsets head tail \
		ring_mask ring_entries flags dropped array resv1 resv2
	size struct js_io_cqring_offsets io_cqring_offsets
	fields struct js_io_cqring_offsets io_cqring_offsets head tail \
		ring_mask ring_entries overflow cqes flags resv1 resv2
	size struct js_io_uring_params io_uring_params
	fields struct js_io_uring_params io_uring_params sq_entries cq_entries \
		flags sq_thread_cpu sq_thread_idle features wq_fd resv sq_off \
		cq_off
	size struct js_io_uring_getevents_arg io_uring_getevents_arg
	fields struct js_io_uring_getevents_arg io_uring_getevents_arg sigmask \
		sigmask_sz pad ts
	size struct js_io_uring_probe_op io_uring_probe_op
	fields struct js_io_uring_probe_op io_uring_probe_op op resv flags resv2
	size struct js_io_uring_probe io_uring_probe
	fields struct js_io_uring_probe io_uring_probe last_op ops_len resv resv2
	printf 'SAME(sizeof(struct js_io_uring_probe), __builtin_offsetof(struct io_uring_probe, ops));\n'
	size struct js_io_uring_rsrc_update io_uring_rsrc_update
	fields struct js_io_uring_rsrc_update io_uring_rsrc_update offset resv data
	size struct js_io_uring_restriction io_uring_restriction
	fields struct js_io_uring_restriction io_uring_restriction opcode \
		register_op sqe_op sqe_flags resv resv2
	size struct js_io_uring_rsrc_register io_uring_rsrc_register
	fields struct js_io_uring_rsrc_register io_uring_rsrc_register nr flags \
		resv2 data tags
	size struct js_io_uring_rsrc_update2 io_uring_rsrc_update2
	fields struct js_io_uring_rsrc_update2 io_uring_rsrc_update2 offset resv \
		data tags nr resv2
	size struct js_io_uring_buf io_uring_buf
	fields struct js_io_uring_buf io_uring_buf addr len bid resv
	size struct js_io_uring_buf_reg io_uring_buf_reg
	fields struct js_io_uring_buf_reg io_uring_buf_reg ring_addr \
		ring_entries bgid pad resv
	size struct js_io_uring_sync_cancel_reg io_uring_sync_cancel_reg
	fields struct js_io_uring_sync_cancel_reg io_uring_sync_cancel_reg addr \
		fd flags timeout pad
	size struct js_io_uring_file_index_range io_uring_file_index_range
	fields struct js_io_uring_file_index_range io_uring_file_index_range \
		off len resv
	size struct js_io_uring_recvmsg_out io_uring_recvmsg_out
	fields struct js_io_uring_recvmsg_out io_uring_recvmsg_out namelen \
		controllen payloadlen flags
	size struct js_keyctl_dh_params keyctl_dh_params
	fields struct js_keyctl_dh_params keyctl_dh_params priv prime base
	size struct js_keyctl_kdf_params keyctl_kdf_params
	fields struct js_keyctl_kdf_params keyctl_kdf_params hashname \
		otherinfo otherinfolen __spare
	size struct js_keyctl_pkey_query keyctl_pkey_query
	fields struct js_keyctl_pkey_query keyctl_pkey_query supported_ops \
		key_size max_data_size max_sig_size max_enc_size max_dec_size \
		__spare
	size struct js_keyctl_pkey_params keyctl_pkey_params
	fields struct js_keyctl_pkey_params keyctl_pkey_params key_id in_len \
		out_len in2_len __spare
}

names=$(sed -n 's/^#define JS_\([A-Z][A-Z0-9_]*\)[ 	].*/\1/p' include/libjs/ipc.h include/libjs/aio.h | sort -u)
for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	if ! command -v "$cc" >/dev/null; then
		echo "FAIL $arch: no compiler $cc (tools/need-tools.sh installs it)"
		fail=$((fail + 1)); continue
	fi
	f=$tmp/$arch.c
	printf '#include <linux/%s.h>\n' msg sem mqueue keyctl aio_abi io_uring > "$tmp/k.c"
	$cc -E -dM "$tmp/k.c" | sed -n 's/^#define \([A-Z][A-Z0-9_]*\)[ (].*/\1/p' > "$tmp/macros"
	$cc -E "$tmp/k.c" | grep -o '\b[A-Z][A-Z0-9_]*\b' | sort -u > "$tmp/enums"
	{
		echo '#include <linux/msg.h>'
		echo '#include <linux/sem.h>'
		echo '#include <linux/mqueue.h>'
		echo '#include <linux/keyctl.h>'
		echo '#include <linux/aio_abi.h>'
		echo '#include <linux/io_uring.h>'
		echo '#include <libjs/ipc.h>'
		echo '#include <libjs/aio.h>'
		echo '#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b)'
		structs $arch
		# A macro the kernel headers lack is listed, not failed (the
		# cross headers are 6.1.4, the host's 6.1 has later backports);
		# enumerators (io_uring's ops, register codes) are checked
		# unconditionally.
		for n in $names; do
			if grep -qx "$n" "$tmp/macros"; then
				echo "SAME((long long)(JS_$n), (long long)($n));"
			elif grep -q "^$n\$" "$tmp/enums"; then
				echo "SAME((long long)(JS_$n), (long long)($n));"
			else
				echo "NOTKERNEL $n"
			fi
		done
	} > "$f"
	missing=$(sed -n 's/^NOTKERNEL //p' "$f")
	if [ "$arch" = "$(uname -m)" ] && [ -n "$missing" ]; then
		fail=$((fail + 1))
		echo "FAIL $arch: not in the host's kernel headers:" $missing
		continue
	fi
	if grep -v '^NOTKERNEL ' "$f" > "$f.c2.c" &&
		$cc -std=gnu11 -fsyntax-only -Wall -Werror -Iinclude "$f.c2.c" 2>"$f.err"; then
		pass=$((pass + 1))
		echo "$arch: $(grep -c '^SAME(__builtin_offsetof' "$f") members," \
			"$(grep -c '^SAME(sizeof(struct\|^SAME(sizeof(union' "$f") sizes and" \
			"$(grep -c '^SAME((long long)' "$f") constants hold;" \
			"not in this kernel header:" $(sed -n 's/^NOTKERNEL //p' "$f")
	else
		fail=$((fail + 1))
		echo "FAIL $arch:"; grep 'error' "$f.err" | head -20
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
