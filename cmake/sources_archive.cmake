# The archive index (issues 7, 21): sources and claims in SQLite or PostgreSQL,
# check --draft --db.
list(APPEND FACTCHECK_SOURCES
  src/factcheck/archive/archive.cpp
  src/factcheck/archive/rows.cpp
  src/factcheck/archive/sqlite_backend.cpp
  src/factcheck/archive/pg_backend.cpp
  src/factcheck/archive/draft_check.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
  tests/unit/test_archive_store.cpp
  tests/golden/test_golden_archive.cpp
)
# Tests against a real PostgreSQL server (FACTCHECK_TEST_PG), in a binary of their own that
# ctest reports skipped without one (tests/CMakeLists.txt).
list(APPEND FACTCHECK_PG_TEST_SOURCES
  tests/golden/test_archive_postgres.cpp
)
