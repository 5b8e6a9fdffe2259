#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "factcheck/ingest/inputs.hpp"
#include "support/cli.hpp"
#include "support/manifest_summary.hpp"

using fc::ingest::InputOptions;
using fc::ingest::load_inputs;
using fc::ingest::load_manifest;
using fc::test::TempDir;
using fc::test::write_file;

TEST_CASE("a folder is read recursively in sorted order, *.txt and *.md only", "[ingest]") {
  TempDir d;
  write_file(d.file("b.txt"), "b");
  write_file(d.file("a.md"), "a");
  write_file(d.file("sub/c.txt"), "c");
  write_file(d.file("skip.json"), "{}");
  InputOptions o;
  o.paths = {d.path()};
  const auto in = load_inputs(o);
  REQUIRE(in.errors.empty());
  REQUIRE(in.sources.size() == 3);
  CHECK(in.sources[0].id == "a");
  CHECK(in.sources[1].id == "b");
  CHECK(in.sources[2].id == "c");
}

TEST_CASE("a manifest gives ids, outlets, languages and dates", "[ingest][manifest]") {
  TempDir d;
  write_file(d.file("x.txt"), "نص");
  write_file(d.file("extra.txt"), "text");
  write_file(d.file("sources.yaml"),
             "sources:\n  - id: \"007\"\n    file: x.txt\n    outlet: Wire\n    language: ar\n"
             "    published: 2023-03-07\n");
  InputOptions o;
  o.paths = {d.path()};
  const auto in = load_inputs(o);
  REQUIRE(in.errors.empty());
  REQUIRE(in.sources.size() == 2);
  CHECK(in.sources[0].id == "007");
  CHECK(in.sources[0].outlet == "Wire");
  CHECK(in.sources[0].published_from == fc::PublishedFrom::kManifest);
  CHECK(fc::util::to_iso(*in.sources[0].published) == "2023-03-07");
  CHECK(in.sources[1].id == "extra");  // no entry: id from the file name
  CHECK(in.sources[1].language == "en");
}

TEST_CASE("every manifest error names the manifest's line and column", "[ingest][manifest]") {
  using Row = std::tuple<std::string, int, int, std::string>;
  auto [yaml, line, column, words] = GENERATE(table<std::string, int, int, std::string>({
      Row{"sources:\n  - file: x.txt\n    colour: red\n", 3, 5, "unknown key 'colour'"},
      Row{"sources:\n  - file: x.txt\n    published: [1, 2]\n", 3, 16, "single value"},
      Row{"sources:\n  - file: x.txt\n    published: 2023-02-30\n", 3, 16, "real day"},
      Row{"sources:\n  - id: a\n    file: x.txt\n  - id: a\n    file: y.txt\n", 4, 9,
          "duplicate id"},
      Row{"sources:\n  - file: missing.txt\n", 2, 11, "does not exist"},
      Row{"sources:\n  - file: x.txt\n    language: fr\n", 3, 15, "language"},
      Row{"sources: [\n", 2, 1, "not valid YAML"},
      Row{"other: 1\n", 1, 1, "'sources'"},
      // Columns count code points: the seven letters of "الجزيرة", not its 14 bytes.
      Row{"sources:\n  - {outlet: الجزيرة, file: x.txt, language: fr}\n", 2, 46, "language"},
      Row{"sources:\n  - {outlet: الجزيرة, file: x.txt, language: [fr]}\n", 2, 46, "single"},
  }));
  TempDir d;
  write_file(d.file("x.txt"), "x");
  write_file(d.file("y.txt"), "y");
  write_file(d.file("sources.yaml"), yaml);
  std::vector<fc::Error> errors;
  auto m = load_manifest(d.file("sources.yaml"), errors);
  if (!m) errors.push_back(m.error());
  REQUIRE_FALSE(errors.empty());
  CAPTURE(errors[0].to_string());
  CHECK(errors[0].file == d.file("sources.yaml"));
  CHECK(errors[0].line == line);
  CHECK(errors[0].column == column);
  CHECK(errors[0].message.find(words) != std::string::npos);
}

TEST_CASE("invalid UTF-8 skips that source only and names file:line:col and byte",
          "[ingest][utf8]") {
  TempDir d;
  write_file(d.file("a.txt"),
             "سطر\nab\xFF"
             "cd");
  write_file(d.file("b.txt"), "fine 2500");
  InputOptions o;
  o.paths = {d.path()};
  const auto in = load_inputs(o);
  REQUIRE(in.sources.size() == 1);
  CHECK(in.sources[0].id == "b");
  REQUIRE(in.errors.size() == 1);
  CHECK(in.errors[0].line == 2);
  CHECK(in.errors[0].column == 3);
  CHECK(in.errors[0].message.find("byte offset 9") != std::string::npos);
}

TEST_CASE("a BOM stays in the bytes so spans are file offsets", "[ingest]") {
  auto s = fc::ingest::make_source("x", "x.txt",
                                   "\xEF\xBB\xBF"
                                   "25");
  REQUIRE(s.has_value());
  CHECK(s->bom_bytes == 3);
  CHECK(s->bytes.size() == 5);
}

TEST_CASE("a broken manifest loses no article", "[ingest][manifest]") {
  TempDir d;
  write_file(d.file("x.txt"), "x");
  write_file(d.file("sources.yaml"), "sources: [\n");
  InputOptions o;
  o.paths = {d.path()};
  const auto in = load_inputs(o);
  CHECK(in.errors.size() == 1);
  REQUIRE(in.sources.size() == 1);
  CHECK(in.sources[0].id == "x");
}

TEST_CASE("one file named several ways is read once", "[ingest]") {
  TempDir d;
  write_file(d.file("a.txt"), "a");
  write_file(d.file("sub/b.txt"), "b");
  std::filesystem::create_symlink(d.file("a.txt"), d.file("link.txt"));
  InputOptions o;
  // The folder walk, a symlink, a path through "..", and the same path again.
  o.paths = {d.path(), d.file("link.txt"), d.file("sub/../a.txt"), d.file("sub/b.txt")};
  const auto in = load_inputs(o);
  // The walk meets the file under a second name (the symlink): said, not lost silently
  // (issue 20); the paths given on the command line are read once without a word.
  REQUIRE(in.errors.size() == 1);
  CHECK(in.errors[0].file == d.file("link.txt"));
  REQUIRE(in.sources.size() == 2);
  CHECK(in.sources[0].bytes == "a");
  CHECK(in.sources[1].bytes == "b");
}

TEST_CASE("a file of no known size is read whole, in chunks", "[ingest]") {
  // A FIFO's fstat() gives no size: the reader takes what comes until the writer closes,
  // more than one chunk of it.
  TempDir d;
  const std::string fifo = d.file("pipe.txt");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "سطر رقم " + std::to_string(i) + "\n";
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    out << text;
  });
  InputOptions o;
  o.paths = {fifo};
  const auto in = load_inputs(o);
  writer.join();
  REQUIRE(in.errors.empty());
  REQUIRE(in.sources.size() == 1);
  CHECK(in.sources[0].bytes.size() == text.size());
  CHECK(in.sources[0].bytes == text);
}

TEST_CASE("a folder with a manifest reads each file once, with its entry", "[ingest][manifest]") {
  // The folder walk after the manifest names every file again: the manifest's reading
  // (with its id and date) is the one kept.
  TempDir d;
  write_file(d.file("a.txt"), "a");
  write_file(d.file("b.txt"), "b");
  write_file(d.file("sources.yaml"),
             "sources:\n  - file: a.txt\n    id: first\n    published: 2021-07-26\n");
  InputOptions o;
  o.paths = {d.path()};
  const auto in = load_inputs(o);
  REQUIRE(in.errors.empty());
  REQUIRE(in.sources.size() == 2);
  CHECK(in.sources[0].id == "first");
  CHECK(in.sources[0].published.has_value());
  CHECK(in.sources[1].id == "b");
}

TEST_CASE("manifest paths are joined as the folder walk names them", "[ingest][manifest]") {
  // Plain names are joined as strings, the others through lexically_normal(): either
  // way the folder walk's name of the same file is the same string, and nothing is read
  // twice, with or without a trailing slash or dot components.
  TempDir d;
  write_file(d.file("a.txt"), "a");
  write_file(d.file("sub/b.txt"), "b");
  write_file(d.file("sub/c.txt"), "c");
  write_file(d.file("sources.yaml"),
             "sources:\n  - file: ./a.txt\n    id: first\n  - file: sub/b.txt\n    id: second\n"
             "  - file: sub/../sub//c.txt\n    id: third\n");
  for (const std::string& path : {d.path(), d.path() + "/", d.path() + "/./sub/.."}) {
    InputOptions o;
    o.paths = {path};
    const auto in = load_inputs(o);
    CAPTURE(path);
    REQUIRE(in.errors.empty());
    REQUIRE(in.sources.size() == 3);
    CHECK(in.sources[0].id == "first");
    CHECK(in.sources[1].id == "second");
    CHECK(in.sources[2].id == "third");
    CHECK(in.sources[1].path.find("//") == std::string::npos);
  }
}

TEST_CASE("the fast manifest reader agrees with yaml-cpp on every manifest", "[ingest][manifest]") {
  using fc::ingest::ManifestReader;
  using fc::ingest::parse_manifest;
  TempDir d;
  write_file(d.file("x.txt"), "x");
  write_file(d.file("y.txt"), "y");
  write_file(d.file("sub/z.txt"), "z");
  // Manifests of the usual shape, which libyaml's events read alone, errors and all.
  const std::vector<std::string> usual = {
      "sources:\n  - id: \"007\"\n    file: x.txt\n    outlet: Wire\n    language: ar\n"
      "    published: 2023-03-07\n  - file: y.txt\n",
      "sources:\n- id: 'a b'\n  file: \"sub/z.txt\"\n  published_basis: \"dateline: Cairo\"\n"
      "  outlet: الجزيرة\n",
      "# a comment\nsources:   # the list\n  - {id: a, file: x.txt, language: en}\n"
      "  - {file: y.txt}\n",
      "sources: [{file: x.txt}, {file: y.txt, id: b}]\n",
      "sources: []\n",
      "---\nsources:\n  - file: x.txt\n...\n",
      "sources:\n  - file: x.txt\n    colour: red\n    outlet: A\n",
      "sources:\n  - file: x.txt\n    published: 2023-02-30\n    language: fr\n",
      "sources:\n  - id: a\n    file: x.txt\n  - id: a\n    file: y.txt\n",
      "sources:\n  - file: missing.txt\n  - outlet: no file\n  - file: y.txt\n",
      "sources:\n  - file: x.txt\n    outlet: a long\n      name on two lines\n",
      "sources:\n  - file: x.txt\n    outlet: \"tab\\tand \\u0627\"\n    id: 12\n",
      "sources:\r\n  - file: x.txt\r\n    outlet: Windows\r\n  - file: y.txt\r\n",
  };
  // Other shapes: yaml-cpp reads them (the fast reader hands them over).
  const std::vector<std::string> other = {
      "sources:\n  - file: x.txt\n    outlet:\n",
      "sources:\n  - file: x.txt\n    outlet: ~\n",
      "sources:\n  - &e\n    file: x.txt\n  - *e\n",
      "sources:\n  - file: x.txt\n    published: [1, 2]\n",
      "sources:\n  - x.txt\n  - file: y.txt\n",
      "other: 1\nsources:\n  - file: x.txt\n",
      "sources:\n  - file: !!str x.txt\n",
      "sources:\n  - file: x.txt\n    file: y.txt\n",
      "sources: [\n",
      "sources: x.txt\n",
      "",
      "- file: x.txt\n",
      "sources:\n  - file: x.txt\n---\nsources:\n  - file: y.txt\n",
      // A lone CR breaks the line for libyaml, not for yaml-cpp (found by fuzz_manifest).
      "sources:\n  - file: x.txt\n    outlet: A \"B\", C\r  - id: d\n",
      "sources:\n  - file: x.txt\n    outlet: A\xC2\x85"
      "B\n",
  };
  const std::string path = d.file("sources.yaml");
  for (const bool is_usual : {true, false}) {
    for (const auto& text : is_usual ? usual : other) {
      CAPTURE(text);
      std::vector<fc::Error> fast_errors;
      std::vector<fc::Error> node_errors;
      const auto fast = parse_manifest(text, path, fast_errors, ManifestReader::kFast);
      const auto nodes = parse_manifest(text, path, node_errors, ManifestReader::kYamlCpp);
      CHECK(fc::test::manifest_summary(fast, fast_errors) ==
            fc::test::manifest_summary(nodes, node_errors));
      std::vector<fc::Error> event_errors;
      const auto events = parse_manifest(text, path, event_errors, ManifestReader::kEvents);
      CHECK(events.has_value() == is_usual);
      if (events)
        CHECK(fc::test::manifest_summary(events, event_errors) ==
              fc::test::manifest_summary(nodes, node_errors));
    }
  }
}
