# Check definitions, claims and comparison (issue 5).
list(APPEND FACTCHECK_SOURCES
  src/factcheck/rules/rule_set.cpp
  src/factcheck/claims/claim_builder.cpp
  src/factcheck/compare/comparator.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
)
