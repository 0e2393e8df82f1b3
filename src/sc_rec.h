/* The assembly files' form of JS_SANDBOX_ALLOW (libjs/sandbox.h): one
 * record of the link-time system-call set, in section js_syscalls linked
 * to the section of the code around it.  `JS_SC_REC JS_NR_clone` inside
 * the function that makes the call. */
.macro JS_SC_REC nr
.Ljs_sc_\@:
	.pushsection js_syscalls, "ao", @progbits, .Ljs_sc_\@
	.balign 4
	.long \nr
	.popsection
.endm
