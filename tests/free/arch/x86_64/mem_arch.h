/* Memory protection keys: the first Linux whose x86_64 build has the
 * pkey_* calls (4.9, CONFIG_ARCH_HAS_PKEYS); before it they are -ENOSYS. */
#define JT_PKEYS_SINCE_MAJOR 4
#define JT_PKEYS_SINCE_MINOR 9
