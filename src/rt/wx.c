/* W^X for a program whose constructor or destructor arrays came
 * read-only (libjs-rt.a).  clang makes "static void (*const f)(void)" in
 * .preinit_array an "a" section, not "aw"; ld then starts the data
 * segment with a read-only section on the text's last page, joins the
 * text, it and the data after it into one read-write-execute LOAD
 * segment, and the start code's clearing of each .fini_array entry
 * (start.c) would fault had the array been read-only.  The empty
 * writable pieces below make all three output sections writable (ld ORs
 * the flags of their inputs).  They are not in crt1.o, because an empty
 * .init_array is kept and costs most programs a second LOAD segment:
 * libjs-cc relinks with -u js__wx_pull only a program whose first link
 * has a writable and executable LOAD segment. */
#include "rt.h"

const char js__wx_pull;

__asm__(".pushsection .preinit_array,\"aw\"\n\t.popsection\n\t"
	".pushsection .init_array,\"aw\"\n\t.popsection\n\t"
	".pushsection .fini_array,\"aw\"\n\t.popsection");
