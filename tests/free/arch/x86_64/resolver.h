/* What an ifunc resolver receives here: nothing (glibc's dl-irel.h for
 * x86_64 calls it without arguments). */
#define JT_RESOLVER_PARAMS void
#define JT_RESOLVER_SAVE() ((void)0)
#define JT_RESOLVER_ARGS_OK() 1
