#include "factcheck/ingest/folder.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <set>

namespace fc::ingest {

namespace fs = std::filesystem;

std::string canonical_path(const std::string& path) {
  const std::unique_ptr<char, decltype(&std::free)> resolved(
      ::realpath(path.empty() ? "." : path.c_str(), nullptr), &std::free);
  return resolved ? std::string(resolved.get()) : std::string();
}

bool is_within(std::string_view root, std::string_view canonical) {
  if (root.empty() || canonical.size() < root.size()) return false;
  if (canonical.substr(0, root.size()) != root) return false;
  return canonical.size() == root.size() || root.back() == '/' || canonical[root.size()] == '/';
}

std::optional<std::string> outside_folder(std::string_view root, std::string_view file,
                                          const std::string& joined) {
  if (!file.empty() && file.front() == '/') {
    return std::string("is an absolute path");
  }
  // Lexically: a ".." that climbs above the folder.
  int depth = 0;
  std::size_t b = 0;
  while (b <= file.size()) {
    const std::size_t e = std::min(file.find('/', b), file.size());
    const std::string_view c = file.substr(b, e - b);
    if (c == "..") {
      if (--depth < 0) return std::string("climbs out of the manifest's folder ('..')");
    } else if (!c.empty() && c != ".") {
      ++depth;
    }
    b = e + 1;
  }
  // Through symlinks: where the file really is. Only a path with a symlink in it can
  // lead out (one lstat() per component, the usual "a.txt" one; realpath() asks for
  // every component of the folder too).
  bool linked = false;
  const std::size_t prefix = joined.size() - std::min(joined.size(), file.size());
  for (std::size_t at = prefix; at <= joined.size() && !linked; ++at) {
    if (at != joined.size() && joined[at] != '/') continue;
    if (at == prefix) continue;
    struct stat st {};
    if (::lstat(joined.substr(0, at).c_str(), &st) != 0) return std::nullopt;
    linked = S_ISLNK(st.st_mode);
  }
  if (!linked && joined.size() >= file.size() && std::string_view(joined).substr(prefix) == file) {
    return std::nullopt;
  }
  const std::string real = canonical_path(joined);
  if (real.empty()) return std::nullopt;
  if (!is_within(root, real)) {
    return "resolves to '" + real + "', outside the manifest's folder (a symlink)";
  }
  return std::nullopt;
}

namespace {

bool is_article_name(const fs::path& p) {
  const auto ext = p.extension().string();
  return ext == ".txt" || ext == ".md";
}

const char* kind_of(fs::file_type t) {
  switch (t) {
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    default:
      return "not a regular file";
  }
}

class Walker {
 public:
  Walker(const std::string& dir, bool allow_outside)
      : root_(allow_outside ? std::string() : canonical_path(dir)), allow_outside_(allow_outside) {}

  void walk(const fs::path& dir, FolderFiles& out) {
    // A folder is walked once however it is reached (through a symlink to it, or to a
    // folder above it: a cycle).
    if (const std::string real = canonical_path(dir.string());
        !real.empty() && !walked_.insert(real).second) {
      return;
    }
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      out.errors.push_back(Error{
          ErrorCode::kIo, "cannot read folder: " + ec.message() + "; its articles are not read",
          dir.lexically_normal().string()});
      return;
    }
    std::vector<fs::path> subfolders;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        out.errors.push_back(Error{ErrorCode::kIo, "cannot read folder: " + ec.message(),
                                   dir.lexically_normal().string()});
        break;
      }
      const fs::path& p = it->path();
      std::error_code sec;
      const fs::file_status own = it->symlink_status(sec);
      if (sec) {
        out.errors.push_back(
            Error{ErrorCode::kIo, "cannot read: " + sec.message(), p.lexically_normal().string()});
        continue;
      }
      if (fs::is_directory(own)) {
        subfolders.push_back(p);
        continue;
      }
      const std::string name = p.lexically_normal().string();
      if (fs::is_symlink(own) && fs::is_directory(fs::status(p, sec)) && !sec) {
        // A symlinked folder is walked as a symlinked file is read: when it resolves inside
        // the folder being read (or anywhere with --allow-outside).
        const std::string real = canonical_path(name);
        if (!allow_outside_ && !is_within(root_, real)) {
          out.errors.push_back(
              Error{ErrorCode::kIo,
                    "a symlink to the folder '" + real +
                        "', outside the folder being read; not read (--allow-outside reads it)",
                    name});
        } else {
          linked_.push_back(p);
        }
        continue;
      }
      if (!is_article_name(p)) continue;
      if (fs::is_symlink(own)) {
        const fs::file_status target = fs::status(p, sec);
        if (sec || !fs::exists(target)) {
          out.errors.push_back(Error{
              ErrorCode::kIo,
              std::string("a symlink that leads nowhere (") +
                  (sec ? sec.message() : std::string("its target does not exist")) + "); not read",
              name});
          continue;
        }
        if (!fs::is_regular_file(target)) {
          if (!fs::is_directory(target)) {
            out.errors.push_back(Error{ErrorCode::kIo,
                                       std::string("a symlink to ") + kind_of(target.type()) +
                                           "; only regular files are read",
                                       name});
          }
          continue;
        }
        if (!allow_outside_) {
          const std::string real = canonical_path(name);
          if (!is_within(root_, real)) {
            out.errors.push_back(
                Error{ErrorCode::kIo,
                      "a symlink to '" + real +
                          "', outside the folder being read; not read (--allow-outside reads it)",
                      name});
            continue;
          }
        }
        out.files.push_back(name);
        continue;
      }
      if (fs::is_regular_file(own)) {
        out.files.push_back(name);
        continue;
      }
      out.errors.push_back(Error{ErrorCode::kIo,
                                 std::string(kind_of(own.type())) + "; only regular files are read",
                                 name});
    }
    std::sort(subfolders.begin(), subfolders.end());
    for (const auto& sub : subfolders) walk(sub, out);
  }

  /// Walks `dir`, then the symlinked folders found, after every folder reached without
  /// a link: a folder reached both ways is listed under its own name.
  void walk_all(const fs::path& dir, FolderFiles& out) {
    walk(dir, out);
    for (std::size_t i = 0; i < linked_.size(); ++i) walk(fs::path(linked_[i]), out);
  }

 private:
  std::string root_;
  bool allow_outside_;
  std::set<std::string> walked_;  ///< canonical paths of the folders walked
  std::vector<fs::path> linked_;  ///< symlinked folders found, to walk after the others
};

}  // namespace

FolderFiles article_files(const std::string& dir, bool allow_outside) {
  FolderFiles out;
  Walker(dir, allow_outside).walk_all(fs::path(dir), out);
  std::sort(out.files.begin(), out.files.end());
  return out;
}

std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }

/// Whether `p` is a relative path of plain names: no empty, "." or ".." component and
/// no trailing '/'. Such a path joined to a directory that is one too is already
/// lexically normal.
namespace {

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

}  // namespace

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

}  // namespace fc::ingest
