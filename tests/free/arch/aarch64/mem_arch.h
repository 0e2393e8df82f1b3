/* Memory protection keys: arm64 has the pkey_* calls from Linux 6.12
 * (POE, CONFIG_ARCH_HAS_PKEYS); before it they are -ENOSYS (Debian 12's
 * 6.1 kernel, make check-boot). */
#define JT_PKEYS_SINCE_MAJOR 6
#define JT_PKEYS_SINCE_MINOR 12
