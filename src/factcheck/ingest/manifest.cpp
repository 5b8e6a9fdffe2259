// The manifest (SPEC: sources.yaml): read with libyaml's events for the usual shape,
// with yaml-cpp for anything else, each entry checked the same way by both readers.
#include "factcheck/ingest/inputs.hpp"

#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <unordered_set>

#include "factcheck/core/limits.hpp"
#include "factcheck/core/span.hpp"
#include "factcheck/ingest/folder.hpp"
#include "factcheck/ingest/yaml.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::ingest {

namespace fs = std::filesystem;

Result<Manifest> load_manifest(const std::string& path, std::vector<Error>& errors,
                               bool allow_outside) {
  auto text = read_file(path, kMaxYamlBytes);
  if (!text) return tl::unexpected(text.error());
  return parse_manifest(*text, path, errors, ManifestReader::kFast, allow_outside);
}

namespace {

/// A position in the manifest, 0-based (as yaml-cpp's and libyaml's marks are).
struct Mark {
  int line = 0;  ///< a manifest is at most kMaxYamlBytes: its lines and columns fit an int
  int column = 0;
};

Error manifest_error(const std::string& file, Mark mark, std::string message) {
  return Error{ErrorCode::kManifest, std::move(message), file, mark.line + 1, mark.column + 1};
}

/// One key of a source entry as written, before it is checked.
struct RawField {
  std::string key;
  Mark key_mark;
  std::optional<std::string> value;  ///< empty: not a single value (a list, a map, null)
  Mark value_mark;
};

struct RawEntry {
  Mark mark;
  std::vector<RawField> fields;
};

/// Checks entries and keeps the good ones; both readers of a manifest hand their entries
/// here, so that they report the same errors the same way.
class EntryChecker {
 public:
  EntryChecker(Manifest& manifest, std::vector<Error>& errors, bool allow_outside)
      : manifest_(manifest), errors_(errors), allow_outside_(allow_outside) {}

  void add(const RawEntry& raw) {
    const std::string& path = manifest_.path;
    ManifestEntry entry;
    bool ok = true;
    Mark id_mark = raw.mark;
    Mark file_mark = raw.mark;
    std::set<std::string_view> keys;
    for (const RawField& f : raw.fields) {
      const std::string& key = f.key;
      if (!keys.insert(key).second) {
        errors_.push_back(manifest_error(path, f.key_mark,
                                         "duplicate key '" + key +
                                             "' in one entry; the entry "
                                             "is not read"));
        ok = false;
        continue;
      }
      if (key != "id" && key != "file" && key != "outlet" && key != "language" &&
          key != "published" && key != "published_basis") {
        errors_.push_back(manifest_error(path, f.key_mark,
                                         "unknown key '" + key +
                                             "' (expected id, file, outlet, language, published, "
                                             "published_basis)"));
        ok = false;
        continue;
      }
      if (!f.value) {
        errors_.push_back(
            manifest_error(path, f.value_mark, "'" + key + "' must be a single value"));
        ok = false;
        continue;
      }
      const std::string& v = *f.value;
      if (v.find('\0') != std::string::npos) {
        errors_.push_back(manifest_error(path, f.value_mark, "'" + key + "' holds a NUL byte"));
        ok = false;
        continue;
      }
      if (key == "id") {
        entry.id = v;
        id_mark = f.value_mark;
      } else if (key == "file") {
        entry.file = v;
        file_mark = f.value_mark;
      } else if (key == "outlet") {
        entry.outlet = v;
      } else if (key == "language") {
        if (v != "ar" && v != "en") {
          errors_.push_back(manifest_error(path, f.value_mark, "language must be 'ar' or 'en'"));
          ok = false;
        }
        entry.language = v;
      } else if (key == "published") {
        entry.published = util::parse_iso(v);
        if (!entry.published) {
          errors_.push_back(manifest_error(path, f.value_mark,
                                           "published must be a real day written YYYY-MM-DD"));
          ok = false;
        }
      } else {
        entry.published_basis = v;
      }
    }
    if (entry.file.empty()) {
      if (ok) errors_.push_back(manifest_error(path, raw.mark, "entry has no 'file'"));
      return;
    }
    const std::string joined = join_path(manifest_.dir, entry.file);
    if (!allow_outside_) {
      if (root_.empty()) root_ = canonical_path(manifest_.dir);
      if (const auto why = outside_folder(root_, entry.file, joined)) {
        errors_.push_back(manifest_error(
            path, file_mark,
            "file '" + entry.file + "' " + *why +
                "; a manifest names files inside its own folder (--allow-outside allows others)"));
        return;
      }
    }
    if (entry.id.empty()) entry.id = stem_of(entry.file);
    if (!ids_.insert(entry.id).second) {
      errors_.push_back(manifest_error(path, id_mark, "duplicate id '" + entry.id + "'"));
      return;
    }
    std::error_code ec;
    if (!fs::is_regular_file(joined, ec)) {
      errors_.push_back(manifest_error(
          path, file_mark, "file '" + entry.file + "' does not exist next to the manifest"));
      return;
    }
    entry.line = file_mark.line + 1;
    entry.column = file_mark.column + 1;
    if (ok) manifest_.entries.push_back(std::move(entry));
  }

 private:
  Manifest& manifest_;
  std::vector<Error>& errors_;
  bool allow_outside_;
  std::string root_;  ///< the manifest folder's canonical path, once asked for
  std::set<std::string> ids_;
};

Manifest empty_manifest(const std::string& path) {
  Manifest manifest;
  manifest.path = path;
  manifest.dir = fs::path(path).parent_path().string();
  return manifest;
}

/// libyaml's events of a text, one at a time, each freed when the next is read.
class YamlEvents {
 public:
  explicit YamlEvents(std::string_view text) {
    ready_ = yaml_parser_initialize(&parser_) != 0;
    if (ready_) {
      yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                   text.size());
    }
  }
  ~YamlEvents() {
    if (held_) yaml_event_delete(&event_);
    if (ready_) yaml_parser_delete(&parser_);
  }
  YamlEvents(const YamlEvents&) = delete;
  YamlEvents& operator=(const YamlEvents&) = delete;

  /// The next event; nullptr when the text is not YAML (the caller falls back).
  const yaml_event_t* next() {
    if (held_) yaml_event_delete(&event_);
    held_ = ready_ && yaml_parser_parse(&parser_, &event_) != 0;
    return held_ ? &event_ : nullptr;
  }

 private:
  yaml_parser_t parser_{};
  yaml_event_t event_{};
  bool ready_ = false;
  bool held_ = false;
};

Mark mark_of(const yaml_event_t& e) {
  return {static_cast<int>(e.start_mark.line), static_cast<int>(e.start_mark.column)};
}

bool is_type(const yaml_event_t* e, yaml_event_type_t type) {
  return e != nullptr && e->type == type;
}

/// A scalar that is a string in every reading: no tag, no anchor, not null ("", ~, null).
/// Anything else (aliases, tags, nulls) goes to yaml-cpp, which knows all of YAML.
std::optional<std::string> plain_string(const yaml_event_t* e) {
  if (!is_type(e, YAML_SCALAR_EVENT)) return std::nullopt;
  const auto& s = e->data.scalar;
  if (s.anchor != nullptr || s.tag != nullptr) return std::nullopt;
  // A quoted value over several lines is most often a closing quote left out: the
  // common reader says where.
  if ((s.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) &&
      e->start_mark.line != e->end_mark.line) {
    return std::nullopt;
  }
  std::string v(reinterpret_cast<const char*>(s.value), s.length);
  if (s.style == YAML_PLAIN_SCALAR_STYLE &&
      (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL")) {
    return std::nullopt;
  }
  return v;
}

bool plain_collection(const yaml_event_t* e, yaml_event_type_t type) {
  if (!is_type(e, type)) return false;
  if (type == YAML_MAPPING_START_EVENT) {
    return e->data.mapping_start.anchor == nullptr && e->data.mapping_start.tag == nullptr;
  }
  return e->data.sequence_start.anchor == nullptr && e->data.sequence_start.tag == nullptr;
}

/// The text breaks lines only with "\n" or "\r\n". YAML breaks them with a lone "\r"
/// too, and YAML 1.1 with NEL, LS and PS: libyaml does, yaml-cpp does not (found by
/// fuzz_manifest), so such a text goes to yaml-cpp, which reads it as it always did.
bool plain_line_breaks(std::string_view text) {
  for (std::size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1)) {
    if (i + 1 == text.size() || text[i + 1] != '\n') return false;
  }
  return text.find("\xC2\x85") == std::string_view::npos &&
         text.find("\xE2\x80\xA8") == std::string_view::npos &&
         text.find("\xE2\x80\xA9") == std::string_view::npos;
}

/// The manifest read from libyaml's events, which is ten times faster than building
/// yaml-cpp's nodes (0.02 s against 0.19 s for 15,000 entries), for the shape every
/// manifest has: one document, a map whose one key is `sources`, a list of maps of
/// scalar keys and string values. Empty for anything else, which parse_manifest hands
/// to yaml-cpp, so that an odd manifest or a broken one is read and reported as before.
std::optional<Manifest> parse_manifest_fast(const std::string& text, const std::string& path,
                                            std::vector<Error>& errors, bool allow_outside) {
  if (!plain_line_breaks(text)) return std::nullopt;
  YamlEvents events(text);
  if (!is_type(events.next(), YAML_STREAM_START_EVENT)) return std::nullopt;
  if (!is_type(events.next(), YAML_DOCUMENT_START_EVENT)) return std::nullopt;
  if (!plain_collection(events.next(), YAML_MAPPING_START_EVENT)) return std::nullopt;
  if (plain_string(events.next()) != "sources") return std::nullopt;
  if (!plain_collection(events.next(), YAML_SEQUENCE_START_EVENT)) return std::nullopt;
  Manifest manifest = empty_manifest(path);
  std::vector<Error> found;
  EntryChecker checker(manifest, found, allow_outside);
  RawEntry raw;
  for (;;) {
    const yaml_event_t* e = events.next();
    if (is_type(e, YAML_SEQUENCE_END_EVENT)) break;
    if (!plain_collection(e, YAML_MAPPING_START_EVENT)) return std::nullopt;
    raw.mark = mark_of(*e);
    raw.fields.clear();
    for (;;) {
      e = events.next();
      if (is_type(e, YAML_MAPPING_END_EVENT)) break;
      RawField f;
      auto key = plain_string(e);
      if (!key) return std::nullopt;
      f.key = std::move(*key);
      f.key_mark = mark_of(*e);
      for (const auto& other : raw.fields) {
        if (other.key == f.key) return std::nullopt;  // a repeated key: yaml-cpp's call
      }
      e = events.next();
      f.value = plain_string(e);
      if (!f.value) return std::nullopt;
      f.value_mark = mark_of(*e);
      raw.fields.push_back(std::move(f));
    }
    checker.add(raw);
  }
  if (!is_type(events.next(), YAML_MAPPING_END_EVENT)) return std::nullopt;
  if (!is_type(events.next(), YAML_DOCUMENT_END_EVENT)) return std::nullopt;
  if (!is_type(events.next(), YAML_STREAM_END_EVENT)) return std::nullopt;
  for (auto& err : found) errors.push_back(std::move(err));
  return manifest;
}

/// yaml-cpp's mark, its column counted in code points as every error's is (yaml-cpp
/// counts bytes; libyaml, like the SPEC, code points).
Mark node_mark(const YAML::Mark& m, const LineIndex& index) {
  return {m.line, index.column_at(m.line, m.column) - 1};
}

}  // namespace

Result<Manifest> parse_manifest(const std::string& text, const std::string& path,
                                std::vector<Error>& errors, ManifestReader reader,
                                bool allow_outside) {
  if (const auto bad = util::find_invalid_utf8(text)) {
    const LineIndex index(text);
    return tl::unexpected(Error{ErrorCode::kManifest, "invalid UTF-8; re-save the file as UTF-8",
                                path, index.line_of(*bad), index.column_of(*bad)});
  }
  if (reader != ManifestReader::kYamlCpp) {
    if (auto fast = parse_manifest_fast(text, path, errors, allow_outside)) {
      return std::move(*fast);
    }
    if (reader == ManifestReader::kEvents) {
      return tl::unexpected(manifest_error(
          path, Mark{}, "not the usual shape of a manifest (ManifestReader::kEvents)"));
    }
  }
  const LineIndex index(text);
  const auto mark_of = [&](const YAML::Mark& m) { return node_mark(m, index); };
  // Duplicate keys of an entry are the entry's error (EntryChecker), not the file's.
  auto loaded = load_yaml(text, path, YamlOptions{ErrorCode::kManifest, false});
  if (!loaded) return tl::unexpected(loaded.error());
  const YAML::Node root = std::move(*loaded);
  Manifest manifest = empty_manifest(path);
  if (!root.IsMap() || !root["sources"]) {
    return tl::unexpected(
        manifest_error(path, mark_of(root.Mark()), "a manifest is a map with a 'sources' list"));
  }
  for (auto it = root.begin(); it != root.end(); ++it) {
    const auto key = it->first.Scalar();
    if (key != "sources") {
      errors.push_back(manifest_error(path, mark_of(it->first.Mark()),
                                      "unknown key '" + key + "' (expected 'sources')"));
    }
  }
  const YAML::Node list = root["sources"];
  if (!list.IsSequence()) {
    return tl::unexpected(
        manifest_error(path, mark_of(list.Mark()), "'sources' must be a list of entries"));
  }
  EntryChecker checker(manifest, errors, allow_outside);
  for (const auto& node : list) {
    if (!node.IsMap()) {
      errors.push_back(manifest_error(path, mark_of(node.Mark()), "a source entry must be a map"));
      continue;
    }
    RawEntry raw;
    raw.mark = mark_of(node.Mark());
    for (auto kv = node.begin(); kv != node.end(); ++kv) {
      RawField f;
      f.key = kv->first.Scalar();
      f.key_mark = mark_of(kv->first.Mark());
      // A copy: yaml-cpp iterators hand out temporaries, so a reference would dangle.
      const YAML::Node value = kv->second;
      f.value_mark = mark_of(value.Mark());
      if (value.IsScalar()) f.value = value.Scalar();
      raw.fields.push_back(std::move(f));
    }
    checker.add(raw);
  }
  return manifest;
}

}  // namespace fc::ingest
