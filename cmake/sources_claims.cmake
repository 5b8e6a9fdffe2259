# Check definitions, claims and comparison (issue 5).

# The default checks, compiled into the binary. Listed explicitly (no GLOB): a new
# check file is added here. Editing one regenerates the embedded copy.
set(FACTCHECK_CHECK_FILES
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/defaults.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/cues.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/places.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/bodies.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/events.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/casualties.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/military.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/economy.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/population.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/disasters.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/elections.yaml
  ${CMAKE_CURRENT_SOURCE_DIR}/checks/qualifiers.yaml
)
set(FACTCHECK_BUILTIN_CHECKS_CPP ${CMAKE_CURRENT_BINARY_DIR}/generated/builtin_checks.cpp)
string(REPLACE ";" "|" _fc_check_files_arg "${FACTCHECK_CHECK_FILES}")
add_custom_command(
  OUTPUT ${FACTCHECK_BUILTIN_CHECKS_CPP}
  COMMAND ${CMAKE_COMMAND} -DOUT=${FACTCHECK_BUILTIN_CHECKS_CPP} "-DFILES=${_fc_check_files_arg}"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/src/factcheck/rules/embed_checks.cmake
  DEPENDS ${FACTCHECK_CHECK_FILES} ${CMAKE_CURRENT_SOURCE_DIR}/src/factcheck/rules/embed_checks.cmake
  COMMENT "Embedding the default checks"
  VERBATIM)
set_source_files_properties(${FACTCHECK_BUILTIN_CHECKS_CPP} PROPERTIES GENERATED TRUE)

list(APPEND FACTCHECK_SOURCES
  src/factcheck/rules/rule_parse.cpp
  src/factcheck/rules/rule_set.cpp
  src/factcheck/rules/countries.cpp
  ${FACTCHECK_BUILTIN_CHECKS_CPP}
  src/factcheck/claims/text_tokens.cpp
  src/factcheck/claims/quote_window.cpp
  src/factcheck/claims/claim_builder.cpp
  src/factcheck/claims/builder_parts.cpp
  src/factcheck/claims/builder_places.cpp
  src/factcheck/claims/builder_time.cpp
  src/factcheck/claims/builder_window.cpp
  src/factcheck/claims/builder_events.cpp
  src/factcheck/claims/builder_counter.cpp
  src/factcheck/claims/name_sound.cpp
  src/factcheck/claims/frame.cpp
  src/factcheck/claims/frame_cues.cpp
  src/factcheck/compare/comparator.cpp
  src/factcheck/compare/collector.cpp
  src/factcheck/compare/copies.cpp
  src/factcheck/compare/event_days.cpp
  src/factcheck/compare/group.cpp
  src/factcheck/compare/items.cpp
  src/factcheck/compare/messages.cpp
  src/factcheck/compare/not_compared.cpp
  src/factcheck/compare/pairs.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
  tests/unit/test_rules_rule_set.cpp
  tests/unit/test_rules_countries.cpp
  tests/unit/test_claims_claim_builder.cpp
  tests/unit/test_claims_frame.cpp
  tests/unit/test_claims_event_dates.cpp
  tests/unit/test_claims_time.cpp
  tests/unit/test_claims_places.cpp
  tests/unit/test_claims_measures.cpp
  tests/unit/test_claims_windows.cpp
  tests/unit/test_compare_frames.cpp
  tests/unit/test_claims_quote_window.cpp
  tests/unit/test_compare_comparator.cpp
  tests/unit/test_compare_disagreements.cpp
  tests/golden/test_golden_corpora.cpp
  tests/golden/test_golden_next_day.cpp
  tests/golden/test_golden_clusters.cpp
)
