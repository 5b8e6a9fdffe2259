#include "factcheck/ingest/inputs.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "factcheck/core/limits.hpp"
#include "factcheck/core/span.hpp"
#include "factcheck/ingest/folder.hpp"
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
