/* The frame of a hooked call (src/call.h, "the rare path"), shared by C
 * and by the assembly that builds it (src/arch/<arch>/hook_call.S): the
 * byte offsets of struct js__call's fields, which src/sys/hook.c checks
 * against the struct, and the frame's whole size, of which the fields are
 * the start and the hook's own state (the trace's line) the rest. */
#ifndef LIBJS_SRC_HOOK_FRAME_H
#define LIBJS_SRC_HOOK_FRAME_H

#define JS__CALL_NR 0		/* the call's number */
#define JS__CALL_A 8		/* its six arguments */
#define JS__CALL_RET 56		/* its result */
#define JS__CALL_FD 64		/* where the line goes */
#define JS__CALL_OUT 72		/* the line */
#define JS__CALL_OUTN 80	/* its length; 0: no line */
#define JS__CALL_VIA 88		/* js__hook_vdso's vDSO function, or 0 */
/* A multiple of 16, so that both stack pointers stay 16-byte aligned. */
#define JS__CALL_SIZE 2048

#endif
