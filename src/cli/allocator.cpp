// jemalloc's settings, read when it starts. Linked only into the factcheck executable
// built with FACTCHECK_JEMALLOC (never with a sanitizer, which must own malloc itself).
//
// thp:always: jemalloc asks for transparent huge pages (madvise MADV_HUGEPAGE) on the
// memory it maps. A draft checked against a large index touches some 180 MB of fresh
// memory per run (the claims of a few keys of 60,000 claims each); in 4 KiB pages that is
// some 45,000 page faults, which took half the run's time on our 2-core machines. In
// 2 MiB pages it is under a hundred. MALLOC_CONF in the environment still overrides this.
#include <jemalloc/jemalloc.h>

// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc's interface
const char* malloc_conf = "thp:always,metadata_thp:auto";
