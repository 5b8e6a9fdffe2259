# Numeric expressions (issue 3).
list(APPEND FACTCHECK_SOURCES
  src/factcheck/extract/numbers.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
)
