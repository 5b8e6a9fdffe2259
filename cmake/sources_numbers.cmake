# Numeric expressions (issue 3).
list(APPEND FACTCHECK_SOURCES
  src/factcheck/extract/number_cardinals.cpp
  src/factcheck/extract/number_digits.cpp
  src/factcheck/extract/number_lexicon.cpp
  src/factcheck/extract/number_ranges.cpp
  src/factcheck/extract/number_words.cpp
  src/factcheck/extract/numbers.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
  tests/unit/test_extract_numbers.cpp
  tests/unit/test_extract_numbers_news.cpp
  tests/unit/test_extract_numbers_counts.cpp
  tests/conformance/test_conformance_numbers.cpp
  tests/extraction/test_extraction_replay.cpp
)
