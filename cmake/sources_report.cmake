# Reports and the CI gate (issue 6).
list(APPEND FACTCHECK_SOURCES
  src/factcheck/report/markdown_text.cpp
  src/factcheck/report/bidi_text.cpp
  src/factcheck/report/json_report.cpp
  src/factcheck/report/markdown.cpp
  src/factcheck/report/sarif.cpp
  src/factcheck/report/annotations.cpp
  src/factcheck/report/gate.cpp
  src/factcheck/report/diff.cpp
  src/factcheck/app/check_command.cpp
  src/factcheck/app/check_outputs.cpp
  src/factcheck/app/nearest_name.cpp
  src/factcheck/app/diff_command.cpp
  src/factcheck/app/config_file.cpp
)
list(APPEND FACTCHECK_TEST_SOURCES
  tests/unit/test_report_markdown.cpp
  tests/unit/test_report_json.cpp
  tests/unit/test_report_json_writer.cpp
  tests/unit/test_report_gate.cpp
  tests/unit/test_report_sarif.cpp
  tests/unit/test_report_diff.cpp
  tests/golden/test_golden_report.cpp
  tests/golden/test_golden_report_cli.cpp
  tests/unit/test_report_bidi_text.cpp
  tests/golden/test_golden_outputs_cli.cpp
  tests/golden/test_golden_gate_cli.cpp
)
# Tests that run an outside tool on the reports, skipped without it (tests/CMakeLists.txt).
list(APPEND FACTCHECK_TOOL_TEST_SOURCES
  tests/golden/test_golden_render.cpp
  tests/golden/test_golden_sarif_schema.cpp
)
