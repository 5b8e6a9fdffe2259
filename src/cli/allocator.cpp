// jemalloc's settings, read when it starts. Linked only into the factcheck executable
// built with FACTCHECK_JEMALLOC (never with a sanitizer, which must own malloc itself).
//
// thp:always: jemalloc asks for transparent huge pages (madvise MADV_HUGEPAGE) on the
// memory it maps. A draft checked against a large index touches some 180 MB of fresh
// memory per run (the claims of a few keys of 60,000 claims each); in 4 KiB pages that is
// some 45,000 page faults, which took half the run's time on our 2-core machines. In
// 2 MiB pages it is under a hundred.
//
// percpu_arena:percpu: one arena per CPU instead of one per thread. The comparison and
// the report writers run on threads of their own, which with arenas per thread could not
// reuse what the source workers freed; `claims` of the 100 MB archive peaks at 443-447 MiB
// instead of 474-488 MiB, `check` at 869-878 instead of 909-925, in the same time.
// MALLOC_CONF in the environment still overrides these.
#include <jemalloc/jemalloc.h>

// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc's interface
const char* malloc_conf = "thp:always,metadata_thp:auto,percpu_arena:percpu";
