# Dates, durations and publication dates (issue 4).
list(APPEND FACTCHECK_SOURCES
  src/factcheck/extract/dates.cpp
  src/factcheck/timeres/publication.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
)
