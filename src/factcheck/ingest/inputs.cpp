#include "factcheck/ingest/inputs.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "factcheck/core/limits.hpp"
#include "factcheck/core/span.hpp"
#include "factcheck/ingest/folder.hpp"
#include "factcheck/ingest/yaml.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::ingest {

namespace fs = std::filesystem;

namespace {

/// How long a FIFO named as an input is given for a writer to open it (ms).
constexpr int kFifoWaitMs = 3000;

Error too_large(const std::string& path, std::size_t limit) {
  return Error{
      ErrorCode::kLimit,
      "larger than the limit of " + std::to_string(limit) + " bytes; split it into smaller files",
      path};
}

/// A file opened for reading, closed when this goes; status() is its fstat(). One open()
/// and one fstat() per file: std::ifstream and std::filesystem asked the kernel three
/// more times (a stat for the size, one in the stream's read, one for the identity),
/// 3% of `extract` on an archive of 15,000 files.
class OpenFile {
 public:
  /// Opened without waiting (a FIFO with no writer would block open() for ever); a FIFO
  /// is then given kFifoWaitMs for a writer to come (none: no_writer()), and read as
  /// usual, until its writer closes it.
  explicit OpenFile(const std::string& path)
      : OpenFile(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK), true) {
    if (fd_ < 0) return;
    if (known_ && S_ISFIFO(status_.st_mode)) {
      // Linux reports no POLLHUP on a FIFO no writer has opened yet: poll() waits for one.
      struct pollfd p {
        fd_, POLLIN, 0
      };
      int ready = 0;
      do {
        ready = ::poll(&p, 1, kFifoWaitMs);
      } while (ready < 0 && errno == EINTR);
      no_writer_ = ready == 0;
    }
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags >= 0 && (flags & O_NONBLOCK) != 0) ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK);
  }
  /// Standard input ("-"), read like a file (a redirected file by its size, a pipe in
  /// chunks) and left open.
  static OpenFile standard_input() { return OpenFile(STDIN_FILENO, false); }
  ~OpenFile() {
    if (owned_ && fd_ >= 0) ::close(fd_);
  }
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;

  [[nodiscard]] int fd() const { return fd_; }
  [[nodiscard]] int open_errno() const { return open_errno_; }
  /// A FIFO nobody opened for writing within kFifoWaitMs.
  [[nodiscard]] bool no_writer() const { return no_writer_; }
  /// fstat() of the open file, or nullptr when it could not be opened or asked.
  [[nodiscard]] const struct stat* status() const { return known_ ? &status_ : nullptr; }

 private:
  OpenFile(int fd, bool owned) : fd_(fd), open_errno_(fd < 0 ? errno : 0), owned_(owned) {
    if (fd_ >= 0 && ::fstat(fd_, &status_) == 0) known_ = true;
  }

  int fd_;
  int open_errno_;
  bool owned_;
  struct stat status_ {};
  bool known_ = false;
  bool no_writer_ = false;
};

/// Reads at most `limit` bytes of an open file; more is an error (a 1 GB file, a FIFO
/// or /dev/zero that never ends). A regular file of known size is read straight into a string of
/// that size; whatever follows (a file that grew, or a file of no known size) in chunks.
Result<std::string> read_open(const OpenFile& file, const std::string& path, std::size_t limit) {
  if (file.fd() < 0) {
    return make_error(ErrorCode::kIo,
                      std::string("cannot open: ") + std::strerror(file.open_errno()) +
                          "; check that the file exists and is readable",
                      path);
  }
  if (file.no_writer()) {
    return make_error(
        ErrorCode::kIo,
        "a FIFO nobody writes to (waited " + std::to_string(kFifoWaitMs / 1000) + " s); not read",
        path);
  }
  const auto read_some = [&](char* into, std::size_t n) -> ssize_t {
    while (true) {
      const ssize_t got = ::read(file.fd(), into, n);
      if (got >= 0 || errno != EINTR) return got;
    }
  };
  const auto read_failed = [&] {
    return make_error(ErrorCode::kIo, std::string("read failed: ") + std::strerror(errno), path);
  };
  std::size_t expected = 0;
  if (const struct stat* st = file.status(); st != nullptr && S_ISREG(st->st_mode)) {
    if (static_cast<std::size_t>(st->st_size) > limit)
      return tl::unexpected(too_large(path, limit));
    expected = static_cast<std::size_t>(st->st_size);
  }
  std::string bytes(expected, '\0');
  std::size_t have = 0;
  while (have < expected) {
    const ssize_t got = read_some(bytes.data() + have, expected - have);
    if (got < 0) return read_failed();
    if (got == 0) break;  // the file shrank
    have += static_cast<std::size_t>(got);
  }
  bytes.resize(have);
  std::array<char, 1 << 16> chunk{};
  while (true) {
    const ssize_t got = read_some(chunk.data(), chunk.size());
    if (got < 0) return read_failed();
    if (got == 0) break;
    if (bytes.size() + static_cast<std::size_t>(got) > limit) {
      return tl::unexpected(too_large(path, limit));
    }
    bytes.append(chunk.data(), static_cast<std::size_t>(got));
  }
  return bytes;
}

std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }

/// Whether `p` is a relative path of plain names: no empty, "." or ".." component and
/// no trailing '/'. Such a path joined to a directory that is one too is already
/// lexically normal.
bool plain_relative(std::string_view p) {
  if (p.empty() || p.front() == '/') return false;
  std::size_t b = 0;
  while (true) {
    const std::size_t e = std::min(p.find('/', b), p.size());
    const std::string_view c = p.substr(b, e - b);
    if (c.empty() || c == "." || c == "..") return false;
    if (e == p.size()) return true;
    b = e + 1;
  }
}

std::string join_path(const std::string& dir, const std::string& file) {
  if (dir.empty() || dir == ".") return file;
  // The usual case, a manifest's plain file name in a plain folder, without
  // std::filesystem: its parsing and lexically_normal() were 1.5% of `extract` over an
  // archive of 15,000 files, each joined twice (the manifest's existence check, then
  // the reading).
  if (plain_relative(file) &&
      (plain_relative(dir) ||
       (dir.size() > 1 && dir.front() == '/' && plain_relative(std::string_view(dir).substr(1))))) {
    return dir + '/' + file;
  }
  return (fs::path(dir) / file).lexically_normal().string();
}

}  // namespace

Result<std::string> read_file(const std::string& path, std::size_t limit) {
  const OpenFile file(path);
  return read_open(file, path, limit);
}

Result<Source> make_source(std::string id, std::string path, std::string bytes) {
  Source src;
  src.id = std::move(id);
  src.path = std::move(path);
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    // Spans stay offsets into the file as stored: keep the BOM bytes in place but
    // blank them for every later stage (U+FEFF is removed by normalization anyway).
    src.bom_bytes = 3;
  }
  if (const auto bad = util::find_invalid_utf8(bytes)) {
    const LineIndex index(bytes);
    const auto line = index.line_of(*bad);
    const auto column = index.column_of(*bad);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[*bad]));
    return make_error(ErrorCode::kEncoding,
                      "invalid UTF-8 byte " + std::string(hex) + " at byte offset " +
                          std::to_string(*bad) + "; re-save the file as UTF-8",
                      src.path, line, column);
  }
  src.bytes = std::move(bytes);
  return src;
}

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

namespace {

struct Collector {
  /// A file already read: by which id, path, and from a manifest entry or not.
  struct Seen {
    std::string id;
    std::string path;
    bool from_manifest = false;
  };

  LoadedInputs out;
  std::unordered_map<std::string, Seen> seen_files;  ///< by "device:inode"
  std::unordered_map<std::string, Seen> seen_paths;  ///< the paths they were read by
  bool walking = false;                              ///< in a folder walk
  std::set<std::string> ids;
  std::string lang;
  bool allow_outside = false;
  const std::function<void(Source&&)>* on_source = nullptr;  ///< else sources are kept in out
  std::vector<std::string> excluded;           ///< excluded_paths of InputOptions::exclude
  const util::PathPatterns* ignore = nullptr;  ///< InputOptions::ignore
  /// The manifests beside files given by name, by folder (read once; nullopt: none there).
  std::map<std::string, std::optional<Manifest>> beside;

  void add(Source src) {
    if (!ids.insert(src.id).second) {
      // Two files with one stem (a.txt and a.md, or the same name in two folders):
      // the path, without its extension, is unique.
      std::string alt = fs::path(src.path).replace_extension().string();
      if (!ids.insert(alt).second) alt = src.path;
      ids.insert(alt);
      src.id = alt;
    }
    if (src.language.empty()) {
      src.language = lang != "auto" ? lang : normalize::detect_language(src.bytes);
    }
    if (on_source != nullptr) {
      (*on_source)(std::move(src));
    } else {
      out.sources.push_back(std::move(src));
    }
  }

  /// A file met again as `id` at `path`, first read as `was`. The walk meeting a file
  /// the manifest named, or a path given twice, is the usual case; a second manifest
  /// entry for one file, or a second name for it in a walked folder, loses an id.
  void second_name(const Seen& was, const std::string& id, const std::string& path,
                   const ManifestEntry* entry, const Manifest* manifest) {
    // The same entry met twice (a file named on its own took its entry from the
    // sources.yaml beside it, then that folder's manifest is read): one file, one id.
    if (entry != nullptr && was.from_manifest && was.id == id) return;
    if (entry != nullptr && manifest != nullptr && was.from_manifest) {
      out.errors.push_back(Error{ErrorCode::kManifest,
                                 "file '" + entry->file + "' is the file of id '" + was.id +
                                     "' already; id '" + id + "' is not read",
                                 manifest->path, entry->line, entry->column});
    } else if (entry == nullptr && walking && !was.from_manifest && was.path != path) {
      out.errors.push_back(Error{ErrorCode::kIo,
                                 "the same file as '" + was.path + "' (a link to it), read as '" +
                                     was.id + "'; not read a second time",
                                 path});
    }
  }

  /// `manifest` names the manifest of `entry` (for the place of an error).
  void read_one(const std::string& id, const std::string& path, const ManifestEntry* entry,
                const Manifest* manifest = nullptr) {
    // One file is read once, however it is named (a manifest entry and the folder walk,
    // a symlink, "a/../a.txt"): known by device and inode, which the fstat() of the open
    // file gives (a canonical path costs a readlink() per path component, 15% of
    // `extract` on an archive of 15,000 files). A path read already (the folder walk
    // after the manifest names every file again, both lexically normal) is not opened.
    if (const auto [at, first_path] =
            seen_paths.try_emplace(path, Seen{id, path, entry != nullptr});
        !first_path) {
      second_name(at->second, id, path, entry, manifest);
      return;
    }
    const OpenFile file(path);
    const struct stat* st = file.status();
    const std::string identity = st != nullptr
                                     ? std::to_string(st->st_dev) + ":" + std::to_string(st->st_ino)
                                     : "path:" + path;
    const auto [seen, first] = seen_files.try_emplace(identity, Seen{id, path, entry != nullptr});
    if (!first) {
      second_name(seen->second, id, path, entry, manifest);
      return;
    }
    auto bytes = read_open(file, path, kMaxSourceBytes);
    if (!bytes) {
      out.errors.push_back(bytes.error());
      return;
    }
    auto src = make_source(id, path, std::move(*bytes));
    if (!src) {
      out.errors.push_back(src.error());
      return;
    }
    if (entry != nullptr) {
      src->outlet = entry->outlet;
      src->language = entry->language;
      if (entry->published) {
        src->published = entry->published;
        src->published_from = PublishedFrom::kManifest;
        src->published_note = entry->published_basis;
      }
    }
    add(std::move(*src));
  }

  void read_manifest(const Manifest& manifest) {
    for (const auto& entry : manifest.entries) {
      read_one(entry.id, join_path(manifest.dir, entry.file), &entry, &manifest);
    }
  }

  /// The entry of `sources.yaml` beside `path` that names it, if there is one: a file
  /// given by name keeps the id, outlet and date its folder's manifest gives it.
  const ManifestEntry* entry_beside(const std::string& path) {
    const std::string dir = fs::path(path).parent_path().string();
    auto it = beside.find(dir);
    if (it == beside.end()) {
      std::optional<Manifest> m;
      const std::string manifest_path = join_path(dir, "sources.yaml");
      std::error_code ec;
      if (fs::is_regular_file(manifest_path, ec)) {
        auto loaded = load_manifest(manifest_path, out.errors, allow_outside);
        if (loaded) {
          m = std::move(*loaded);
        } else {
          out.errors.push_back(loaded.error());
        }
      }
      it = beside.emplace(dir, std::move(m)).first;
    }
    if (!it->second) return nullptr;
    std::error_code ec;
    const fs::path want = fs::absolute(path, ec).lexically_normal();
    for (const auto& e : it->second->entries) {
      std::error_code ec2;
      if (fs::absolute(join_path(it->second->dir, e.file), ec2).lexically_normal() == want) {
        return &e;
      }
    }
    return nullptr;
  }

  [[nodiscard]] bool ignored(const std::string& path) const {
    return ignore != nullptr && ignore->matches(path);
  }

  /// Reads the articles of `dir` and returns how many article files it holds; `skipped`
  /// counts those the ignore patterns leave out.
  std::size_t read_folder(const std::string& dir, std::size_t& skipped) {
    FolderFiles found = article_files(dir, allow_outside);
    for (auto& e : found.errors) out.errors.push_back(std::move(e));
    walking = true;
    std::size_t articles = 0;
    for (const auto& f : found.files) {
      if (!excluded.empty() && is_excluded(f, excluded)) continue;
      if (ignored(f)) {
        ++skipped;
        continue;
      }
      ++articles;
      read_one(stem_of(f), f, nullptr);
    }
    walking = false;
    return articles;
  }
};

}  // namespace

bool is_excluded(const std::string& path, const std::vector<std::string>& excluded) {
  std::error_code ec;
  const std::string abs = fs::absolute(path, ec).lexically_normal().string();
  for (const auto& e : excluded) {
    if (abs == e) return true;
    if (abs.size() > e.size() && abs.compare(0, e.size(), e) == 0 &&
        (e.back() == '/' || abs[e.size()] == '/')) {
      return true;
    }
  }
  return false;
}

std::vector<std::string> excluded_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (p.empty() || p == "-") continue;
    std::error_code ec;
    std::string abs = fs::absolute(p, ec).lexically_normal().string();
    while (abs.size() > 1 && abs.back() == '/') abs.pop_back();
    out.push_back(abs);
  }
  return out;
}

LoadedInputs load_inputs(const InputOptions& options) { return load_inputs(options, {}); }

LoadedInputs load_inputs(const InputOptions& options,
                         const std::function<void(Source&&)>& on_source) {
  Collector c;
  c.lang = options.lang;
  c.allow_outside = options.allow_outside;
  c.excluded = excluded_paths(options.exclude);
  if (on_source) c.on_source = &on_source;
  if (!options.ignore.empty()) c.ignore = &options.ignore;
  if (options.sources) {
    auto m = load_manifest(*options.sources, c.out.errors, options.allow_outside);
    if (m) {
      c.read_manifest(*m);
    } else {
      c.out.errors.push_back(m.error());
    }
  }
  for (const auto& path : options.paths) {
    if (path == "-") {
      auto bytes = read_open(OpenFile::standard_input(), "-", kMaxSourceBytes);
      if (!bytes) {
        c.out.errors.push_back(bytes.error());
        continue;
      }
      auto src = make_source("stdin", "-", std::move(*bytes));
      if (src) {
        c.add(std::move(*src));
      } else {
        c.out.errors.push_back(src.error());
      }
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      // ELOOP (a symlink loop), EACCES, ENOENT: say which.
      c.out.errors.push_back(Error{
          ErrorCode::kIo, ec ? "cannot read: " + ec.message() : "no such file or folder", path});
      continue;
    }
    if (fs::is_directory(status)) {
      const std::string manifest_path = join_path(path, "sources.yaml");
      std::size_t entries = 0;
      if (!options.sources && fs::is_regular_file(manifest_path, ec)) {
        auto m = load_manifest(manifest_path, c.out.errors, options.allow_outside);
        if (m) {
          entries = m->entries.size();
          c.read_manifest(*m);
        } else {
          // A broken manifest loses no article: the folder is still read, without metadata.
          c.out.errors.push_back(m.error());
        }
      }
      std::size_t skipped = 0;
      if (c.read_folder(path, skipped) == 0 && entries == 0) {
        c.out.errors.push_back(
            Error{ErrorCode::kIo,
                  skipped > 0 ? "no articles here: the " + std::to_string(skipped) +
                                    " article files it holds are all ignored (.factcheck.yaml)"
                              : "no articles here (*.txt, *.md, or a sources.yaml naming "
                                "them): give the folder that holds them",
                  path});
      }
    } else if (c.ignored(path)) {
      continue;  // named, but ignored (a hook handing over every changed file)
    } else {
      const ManifestEntry* entry = options.sources ? nullptr : c.entry_beside(path);
      c.read_one(entry != nullptr ? entry->id : stem_of(path), path, entry);
    }
  }
  return std::move(c.out);
}

}  // namespace fc::ingest
