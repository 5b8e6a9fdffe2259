# Dates, durations and publication dates (issue 4).
list(APPEND FACTCHECK_SOURCES
  src/factcheck/extract/dates.cpp
  src/factcheck/extract/date_absolute.cpp
  src/factcheck/extract/date_clock.cpp
  src/factcheck/extract/date_durations.cpp
  src/factcheck/extract/date_grammar.cpp
  src/factcheck/extract/date_hijri.cpp
  src/factcheck/extract/date_periods.cpp
  src/factcheck/extract/date_relative.cpp
  src/factcheck/extract/date_years.cpp
  src/factcheck/extract/date_lexicon.cpp
  src/factcheck/extract/date_tokens.cpp
  src/factcheck/timeres/publication.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
  tests/unit/test_extract_dates.cpp
  tests/unit/test_extract_dates_clock.cpp
  tests/unit/test_extract_dates_news.cpp
  tests/unit/test_extract_key_table.cpp
  tests/unit/test_timeres_publication.cpp
  tests/conformance/test_conformance_dates.cpp
)
