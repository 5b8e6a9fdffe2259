# Reports and the CI gate (issue 6).
list(APPEND FACTCHECK_SOURCES
  src/factcheck/report/writers.cpp
  src/factcheck/app/check_command.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
)
