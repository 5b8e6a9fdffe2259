# Foundation (issue 2): core types, utilities, ingest, normalization, pipeline, CLI glue.
list(APPEND FACTCHECK_SOURCES
  src/factcheck/core/span.cpp
  src/factcheck/core/mention.cpp
  src/factcheck/core/names.cpp
  src/factcheck/util/civil_date.cpp
  src/factcheck/util/utf8.cpp
  src/factcheck/util/atomic_file.cpp
  src/factcheck/util/progress.cpp
  src/factcheck/ingest/inputs.cpp
  src/factcheck/ingest/folder.cpp
  src/factcheck/ingest/yaml.cpp
  src/factcheck/normalize/normalizer.cpp
  src/factcheck/extract/merge.cpp
  src/factcheck/report/json_writer.cpp
  src/factcheck/report/mention_json.cpp
  src/factcheck/pipeline.cpp
  src/factcheck/app/extract_command.cpp
  src/factcheck/app/index_command.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
  tests/unit/test_core_span.cpp
  tests/unit/test_util_civil_date.cpp
  tests/unit/test_util_utf8.cpp
  tests/unit/test_normalize_normalizer.cpp
  tests/unit/test_ingest_inputs.cpp
  tests/unit/test_util_atomic_file.cpp
  tests/unit/test_util_progress.cpp
  tests/unit/test_util_parallel.cpp
  tests/golden/test_golden_cli.cpp
  tests/golden/test_golden_seeds.cpp
  tests/regression/test_hostile_inputs.cpp
  tests/regression/test_hostile_memory.cpp
  tests/regression/test_hostile_paths.cpp
  tests/regression/test_hostile_readers.cpp
  tests/regression/test_regressions.cpp
)
