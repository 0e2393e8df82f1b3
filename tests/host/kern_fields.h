/* The struct and union layouts of include/libjs/kern.h against the
 * kernel's UAPI types, as one list: S(ours, theirs) compares sizes,
 * F(ours, member, theirs, member) a member's offset and size, O(...) its
 * offset only (a member standing for a union of smaller ones).  The host
 * test (test_kern_layout_kernel.c) turns it into rows, the per-architecture
 * proof (tests/sh/test_kernmem_arch_layout.sh) into _Static_asserts. */
#ifndef LIBJS_TESTS_KERN_FIELDS_H
#define LIBJS_TESTS_KERN_FIELDS_H

#define KS_SEG struct js_kexec_segment
#define KK_SEG struct kexec_segment
#define KS_API struct js_uffdio_api
#define KK_API struct uffdio_api
#define KS_RNG struct js_uffdio_range
#define KK_RNG struct uffdio_range
#define KS_REG struct js_uffdio_register
#define KK_REG struct uffdio_register
#define KS_CPY struct js_uffdio_copy
#define KK_CPY struct uffdio_copy
#define KS_ZP struct js_uffdio_zeropage
#define KK_ZP struct uffdio_zeropage
#define KS_WP struct js_uffdio_writeprotect
#define KK_WP struct uffdio_writeprotect
#define KS_CONT struct js_uffdio_continue
#define KK_CONT struct uffdio_continue
#define KS_MSG struct js_uffd_msg
#define KK_MSG struct uffd_msg
#define KS_PERF struct js_perf_event_attr
#define KK_PERF struct perf_event_attr
#define KS_INSN struct js_bpf_insn
#define KK_INSN struct bpf_insn
#define KS_BPF union js_bpf_attr
#define KK_BPF union bpf_attr

#define KERN_FIELDS(S, F, O)                                                   \
	S(KS_SEG, KK_SEG)                                                      \
	F(KS_SEG, buf, KK_SEG, buf) F(KS_SEG, bufsz, KK_SEG, bufsz)            \
	F(KS_SEG, mem, KK_SEG, mem) F(KS_SEG, memsz, KK_SEG, memsz)            \
	S(KS_API, KK_API)                                                      \
	F(KS_API, api, KK_API, api) F(KS_API, features, KK_API, features)      \
	F(KS_API, ioctls, KK_API, ioctls)                                      \
	S(KS_RNG, KK_RNG)                                                      \
	F(KS_RNG, start, KK_RNG, start) F(KS_RNG, len, KK_RNG, len)            \
	S(KS_REG, KK_REG)                                                      \
	F(KS_REG, range, KK_REG, range) F(KS_REG, mode, KK_REG, mode)          \
	F(KS_REG, ioctls, KK_REG, ioctls)                                      \
	S(KS_CPY, KK_CPY)                                                      \
	F(KS_CPY, dst, KK_CPY, dst) F(KS_CPY, src, KK_CPY, src)                \
	F(KS_CPY, len, KK_CPY, len) F(KS_CPY, mode, KK_CPY, mode)              \
	F(KS_CPY, copy, KK_CPY, copy)                                          \
	S(KS_ZP, KK_ZP)                                                        \
	F(KS_ZP, range, KK_ZP, range) F(KS_ZP, mode, KK_ZP, mode)              \
	F(KS_ZP, zeropage, KK_ZP, zeropage)                                    \
	S(KS_WP, KK_WP)                                                        \
	F(KS_WP, range, KK_WP, range) F(KS_WP, mode, KK_WP, mode)              \
	S(KS_CONT, KK_CONT)                                                    \
	F(KS_CONT, range, KK_CONT, range) F(KS_CONT, mode, KK_CONT, mode)      \
	F(KS_CONT, mapped, KK_CONT, mapped)                                    \
	S(KS_MSG, KK_MSG)                                                      \
	F(KS_MSG, event, KK_MSG, event)                                        \
	F(KS_MSG, reserved1, KK_MSG, reserved1)                                \
	F(KS_MSG, reserved2, KK_MSG, reserved2)                                \
	F(KS_MSG, reserved3, KK_MSG, reserved3)                                \
	F(KS_MSG, arg, KK_MSG, arg)                                            \
	F(KS_MSG, arg.pagefault.flags, KK_MSG, arg.pagefault.flags)            \
	F(KS_MSG, arg.pagefault.address, KK_MSG, arg.pagefault.address)        \
	F(KS_MSG, arg.pagefault.ptid, KK_MSG, arg.pagefault.feat.ptid)         \
	F(KS_MSG, arg.fork.ufd, KK_MSG, arg.fork.ufd)                          \
	F(KS_MSG, arg.remap.from, KK_MSG, arg.remap.from)                      \
	F(KS_MSG, arg.remap.to, KK_MSG, arg.remap.to)                          \
	F(KS_MSG, arg.remap.len, KK_MSG, arg.remap.len)                        \
	F(KS_MSG, arg.remove.start, KK_MSG, arg.remove.start)                  \
	F(KS_MSG, arg.remove.end, KK_MSG, arg.remove.end)                      \
	F(KS_MSG, arg.reserved.reserved3, KK_MSG, arg.reserved.reserved3)      \
	F(KS_PERF, type, KK_PERF, type) F(KS_PERF, size, KK_PERF, size)        \
	F(KS_PERF, config, KK_PERF, config)                                    \
	F(KS_PERF, sample_period, KK_PERF, sample_period)                      \
	F(KS_PERF, sample_period, KK_PERF, sample_freq)                        \
	F(KS_PERF, sample_type, KK_PERF, sample_type)                          \
	F(KS_PERF, read_format, KK_PERF, read_format)                          \
	F(KS_PERF, wakeup_events, KK_PERF, wakeup_events)                      \
	F(KS_PERF, wakeup_events, KK_PERF, wakeup_watermark)                   \
	F(KS_PERF, bp_type, KK_PERF, bp_type)                                  \
	F(KS_PERF, config1, KK_PERF, config1)                                  \
	F(KS_PERF, config1, KK_PERF, bp_addr)                                  \
	F(KS_PERF, config2, KK_PERF, config2)                                  \
	F(KS_PERF, config2, KK_PERF, bp_len)                                   \
	F(KS_PERF, branch_sample_type, KK_PERF, branch_sample_type)            \
	F(KS_PERF, sample_regs_user, KK_PERF, sample_regs_user)                \
	F(KS_PERF, sample_stack_user, KK_PERF, sample_stack_user)              \
	F(KS_PERF, clockid, KK_PERF, clockid)                                  \
	F(KS_PERF, sample_regs_intr, KK_PERF, sample_regs_intr)                \
	F(KS_PERF, aux_watermark, KK_PERF, aux_watermark)                      \
	F(KS_PERF, sample_max_stack, KK_PERF, sample_max_stack)                \
	F(KS_PERF, __reserved_2, KK_PERF, __reserved_2)                        \
	F(KS_PERF, aux_sample_size, KK_PERF, aux_sample_size)                  \
	F(KS_PERF, __reserved_3, KK_PERF, __reserved_3)                        \
	F(KS_PERF, sig_data, KK_PERF, sig_data)                                \
	S(KS_INSN, KK_INSN)                                                    \
	F(KS_INSN, code, KK_INSN, code) F(KS_INSN, off, KK_INSN, off)          \
	F(KS_INSN, imm, KK_INSN, imm)                                          \
	S(KS_BPF, KK_BPF)                                                      \
	F(KS_BPF, map_create.map_type, KK_BPF, map_type)                       \
	F(KS_BPF, map_create.key_size, KK_BPF, key_size)                       \
	F(KS_BPF, map_create.value_size, KK_BPF, value_size)                   \
	F(KS_BPF, map_create.max_entries, KK_BPF, max_entries)                 \
	F(KS_BPF, map_create.map_flags, KK_BPF, map_flags)                     \
	F(KS_BPF, map_create.inner_map_fd, KK_BPF, inner_map_fd)               \
	F(KS_BPF, map_create.numa_node, KK_BPF, numa_node)                     \
	F(KS_BPF, map_create.map_name, KK_BPF, map_name)                       \
	F(KS_BPF, map_create.map_ifindex, KK_BPF, map_ifindex)                 \
	F(KS_BPF, map_create.btf_fd, KK_BPF, btf_fd)                           \
	F(KS_BPF, map_create.btf_key_type_id, KK_BPF, btf_key_type_id)         \
	F(KS_BPF, map_create.btf_value_type_id, KK_BPF, btf_value_type_id)     \
	F(KS_BPF, map_create.btf_vmlinux_value_type_id, KK_BPF,                \
	  btf_vmlinux_value_type_id)                                           \
	F(KS_BPF, map_create.map_extra, KK_BPF, map_extra)                     \
	F(KS_BPF, elem.map_fd, KK_BPF, map_fd)                                 \
	F(KS_BPF, elem.key, KK_BPF, key)                                       \
	F(KS_BPF, elem.value, KK_BPF, value)                                   \
	F(KS_BPF, elem.value, KK_BPF, next_key)                                \
	F(KS_BPF, elem.flags, KK_BPF, flags)                                   \
	F(KS_BPF, prog_load.prog_type, KK_BPF, prog_type)                      \
	F(KS_BPF, prog_load.insn_cnt, KK_BPF, insn_cnt)                        \
	F(KS_BPF, prog_load.insns, KK_BPF, insns)                              \
	F(KS_BPF, prog_load.license, KK_BPF, license)                          \
	F(KS_BPF, prog_load.log_level, KK_BPF, log_level)                      \
	F(KS_BPF, prog_load.log_size, KK_BPF, log_size)                        \
	F(KS_BPF, prog_load.log_buf, KK_BPF, log_buf)                          \
	F(KS_BPF, prog_load.kern_version, KK_BPF, kern_version)                \
	F(KS_BPF, prog_load.prog_flags, KK_BPF, prog_flags)                    \
	F(KS_BPF, prog_load.prog_name, KK_BPF, prog_name)                      \
	F(KS_BPF, prog_load.prog_ifindex, KK_BPF, prog_ifindex)                \
	F(KS_BPF, prog_load.expected_attach_type, KK_BPF, expected_attach_type) \
	F(KS_BPF, prog_load.prog_btf_fd, KK_BPF, prog_btf_fd)                  \
	F(KS_BPF, prog_load.func_info_rec_size, KK_BPF, func_info_rec_size)    \
	F(KS_BPF, prog_load.func_info, KK_BPF, func_info)                      \
	F(KS_BPF, prog_load.func_info_cnt, KK_BPF, func_info_cnt)              \
	F(KS_BPF, prog_load.line_info_rec_size, KK_BPF, line_info_rec_size)    \
	F(KS_BPF, prog_load.line_info, KK_BPF, line_info)                      \
	F(KS_BPF, prog_load.line_info_cnt, KK_BPF, line_info_cnt)              \
	F(KS_BPF, prog_load.attach_btf_id, KK_BPF, attach_btf_id)              \
	F(KS_BPF, prog_load.attach_prog_fd, KK_BPF, attach_prog_fd)            \
	F(KS_BPF, prog_load.attach_prog_fd, KK_BPF, attach_btf_obj_fd)         \
	F(KS_BPF, prog_load.core_relo_cnt, KK_BPF, core_relo_cnt)              \
	F(KS_BPF, prog_load.fd_array, KK_BPF, fd_array)                        \
	F(KS_BPF, prog_load.core_relos, KK_BPF, core_relos)                    \
	F(KS_BPF, prog_load.core_relo_rec_size, KK_BPF, core_relo_rec_size)    \
	F(KS_BPF, obj.pathname, KK_BPF, pathname)                              \
	F(KS_BPF, obj.bpf_fd, KK_BPF, bpf_fd)                                  \
	F(KS_BPF, obj.file_flags, KK_BPF, file_flags)                          \
	F(KS_BPF, attach.target_fd, KK_BPF, target_fd)                         \
	F(KS_BPF, attach.attach_bpf_fd, KK_BPF, attach_bpf_fd)                 \
	F(KS_BPF, attach.attach_type, KK_BPF, attach_type)                     \
	F(KS_BPF, attach.attach_flags, KK_BPF, attach_flags)                   \
	F(KS_BPF, attach.replace_bpf_fd, KK_BPF, replace_bpf_fd)               \
	F(KS_BPF, get_id.id, KK_BPF, start_id)                                 \
	F(KS_BPF, get_id.id, KK_BPF, map_id)                                   \
	F(KS_BPF, get_id.next_id, KK_BPF, next_id)                             \
	F(KS_BPF, get_id.open_flags, KK_BPF, open_flags)                       \
	F(KS_BPF, info.bpf_fd, KK_BPF, info.bpf_fd)                            \
	F(KS_BPF, info.info_len, KK_BPF, info.info_len)                        \
	F(KS_BPF, info.info, KK_BPF, info.info)                                \
	F(KS_BPF, btf_load.btf, KK_BPF, btf)                                   \
	F(KS_BPF, btf_load.btf_log_buf, KK_BPF, btf_log_buf)                   \
	F(KS_BPF, btf_load.btf_size, KK_BPF, btf_size)                         \
	F(KS_BPF, btf_load.btf_log_size, KK_BPF, btf_log_size)                 \
	F(KS_BPF, btf_load.btf_log_level, KK_BPF, btf_log_level)               \
	F(KS_BPF, link_create.prog_fd, KK_BPF, link_create.prog_fd)            \
	F(KS_BPF, link_create.target_fd, KK_BPF, link_create.target_fd)        \
	F(KS_BPF, link_create.target_fd, KK_BPF, link_create.target_ifindex)   \
	F(KS_BPF, link_create.attach_type, KK_BPF, link_create.attach_type)    \
	F(KS_BPF, link_create.flags, KK_BPF, link_create.flags)                \
	O(KS_BPF, link_create.extra, KK_BPF, link_create.target_btf_id)        \
	O(KS_BPF, link_create.extra, KK_BPF, link_create.iter_info)            \
	O(KS_BPF, link_create.extra, KK_BPF, link_create.kprobe_multi)

#endif
