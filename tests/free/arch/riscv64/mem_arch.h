/* Memory protection keys: riscv64 has no pkey_* calls in any Linux
 * (no CONFIG_ARCH_HAS_PKEYS): always -ENOSYS. */
#define JT_PKEYS_SINCE_MAJOR 999
#define JT_PKEYS_SINCE_MINOR 0
