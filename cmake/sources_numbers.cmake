# Numeric expressions (issue 3).

# The extractors' word lists (data files under src/factcheck/extract/data/), compiled into
# the binary. Listed explicitly: a new file is added here; editing one regenerates them.
set(FACTCHECK_LEXICON_FILES
  ${CMAKE_CURRENT_SOURCE_DIR}/src/factcheck/extract/data/date_lists.txt
  ${CMAKE_CURRENT_SOURCE_DIR}/src/factcheck/extract/data/date_lexicon.txt
  ${CMAKE_CURRENT_SOURCE_DIR}/src/factcheck/extract/data/number_words.txt
  ${CMAKE_CURRENT_SOURCE_DIR}/src/factcheck/extract/data/number_lexicon.txt
)
set(FACTCHECK_LEXICONS_CPP ${CMAKE_CURRENT_BINARY_DIR}/generated/extract_lexicons.cpp)
string(REPLACE ";" "|" _fc_lexicon_files_arg "${FACTCHECK_LEXICON_FILES}")
add_custom_command(
  OUTPUT ${FACTCHECK_LEXICONS_CPP}
  COMMAND ${CMAKE_COMMAND} -DOUT=${FACTCHECK_LEXICONS_CPP} "-DFILES=${_fc_lexicon_files_arg}"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/src/factcheck/extract/embed_lexicons.cmake
  DEPENDS ${FACTCHECK_LEXICON_FILES} ${CMAKE_CURRENT_SOURCE_DIR}/src/factcheck/extract/embed_lexicons.cmake
  COMMENT "Embedding the extractors' word lists"
  VERBATIM)
set_source_files_properties(${FACTCHECK_LEXICONS_CPP} PROPERTIES GENERATED TRUE)

list(APPEND FACTCHECK_SOURCES
  src/factcheck/extract/lexicon_file.cpp
  ${FACTCHECK_LEXICONS_CPP}
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
