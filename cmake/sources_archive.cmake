# The archive index (issue 7): SQLite store of sources and claims, check --draft --db.
list(APPEND FACTCHECK_SOURCES
  src/factcheck/archive/archive.cpp
  src/factcheck/archive/draft_check.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
  tests/unit/test_archive_store.cpp
  tests/golden/test_golden_archive.cpp
)
