#include "factcheck/util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <ostream>
#include <streambuf>

namespace fc::util {

namespace {

/// A stream buffer over a file descriptor; remembers the first write error.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd) { setp(buf_.data(), buf_.data() + buf_.size()); }
  FdBuf(const FdBuf&) = delete;
  FdBuf& operator=(const FdBuf&) = delete;
  ~FdBuf() override = default;

  [[nodiscard]] int error() const { return error_; }
  bool flush_all() { return sync() == 0; }

 protected:
  int_type overflow(int_type ch) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }

  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n >= static_cast<std::streamsize>(buf_.size())) {
      // Large pieces go straight to the file.
      if (sync() != 0 || !write_all(s, static_cast<std::size_t>(n))) return 0;
      return n;
    }
    return std::streambuf::xsputn(s, n);
  }

  int sync() override {
    const auto n = static_cast<std::size_t>(pptr() - pbase());
    if (n > 0 && !write_all(pbase(), n)) return -1;
    setp(buf_.data(), buf_.data() + buf_.size());
    return 0;
  }

 private:
  bool write_all(const char* data, std::size_t size) {
    if (error_ != 0) return false;
    std::size_t done = 0;
    while (done < size) {
      const ssize_t n = ::write(fd_, data + done, size - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      done += static_cast<std::size_t>(n);
    }
    return true;
  }

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buf_{};
};

}  // namespace

Result<void> write_file_atomic(const std::string& path, std::string_view content) {
  return write_file_atomic(path, [&](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  });
}

namespace {

/// `path` with its symbolic links followed (at most 40, as the kernel does): where the
/// file it names lives, existing or not.
std::string resolve_links(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path p(path);
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(p, ec)) || ec) break;
    const fs::path to = fs::read_symlink(p, ec);
    if (ec) break;
    p = to.is_absolute() ? to : p.parent_path() / to;
  }
  return p.string();
}

/// The descriptor a path names when it is one of the process's own (/dev/stdout,
/// /dev/stderr, /dev/fd/N, /proc/self/fd/N), or -1.
int own_descriptor(const std::string& path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) continue;
    int fd = 0;
    const char* first = path.data() + prefix.size();
    const char* last = path.data() + path.size();
    const auto [end, ec] = std::from_chars(first, last, fd);
    if (ec == std::errc() && end == last && fd >= 0) return fd;
  }
  return -1;
}

/// Streams what `write` makes into `fd`: 0, or the errno of the first failure.
int stream_to(int fd, const std::function<void(std::ostream&)>& write) {
  FdBuf buf(fd);
  std::ostream out(&buf);
  write(out);
  out.flush();
  if (buf.flush_all() && buf.error() == 0 && out) return 0;
  return buf.error() != 0 ? buf.error() : EIO;
}

/// Writes to a path that is not a file to swap (a device, a pipe, a socket, or one of
/// the process's descriptors) in place: no temporary file, no fsync (a pipe has none), no
/// rename. A descriptor of the process is written through a copy of it, so that its offset
/// and append mode are the ones the shell set up (`>> log`).
Result<void> write_in_place(const std::string& path,
                            const std::function<void(std::ostream&)>& write) {
  const int own = own_descriptor(path);
  const int fd =
      own >= 0 ? ::fcntl(own, F_DUPFD_CLOEXEC, 0) : ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    return make_error(ErrorCode::kIo, std::string("cannot write report: ") + std::strerror(errno),
                      path);
  }
  int err = stream_to(fd, write);
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) {
    return make_error(ErrorCode::kIo, std::string("cannot write report: ") + std::strerror(err),
                      path);
  }
  return {};
}

/// The process's umask, read without changing it (/proc/self/status), else by setting it
/// and back once, before any report is written.
mode_t process_umask() {
  static const mode_t mask = [] {
    if (FILE* f = std::fopen("/proc/self/status", "re")) {
      char line[256];
      unsigned value = 0;
      bool found = false;
      while (std::fgets(line, sizeof line, f) != nullptr) {
        if (std::sscanf(line, "Umask: %o", &value) == 1) {
          found = true;
          break;
        }
      }
      std::fclose(f);
      if (found) return static_cast<mode_t>(value & 0777);
    }
    const mode_t old = ::umask(022);
    ::umask(old);
    return old;
  }();
  return mask;
}

bool temp_suffix(std::string_view name, std::string_view prefix) {
  // mkstemp's six characters: letters and digits.
  if (name.size() != prefix.size() + 6 || name.substr(0, prefix.size()) != prefix) return false;
  for (const char c : name.substr(prefix.size())) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

/// Removes the temporary files a killed run left beside `target` (".NAME.tmp-XXXXXX",
/// hundreds of megabytes each): only regular files of that exact name, owned by this
/// user, and untouched for kStaleTempSeconds (a run still writing one touches it every
/// 64 KiB).
void remove_stale_temps(const std::filesystem::path& dir, std::string_view prefix) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return;
  const time_t now = ::time(nullptr);
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return;
    const std::string name = it->path().filename().string();
    if (!temp_suffix(name, prefix)) continue;
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    if (st.st_uid != ::geteuid() || now - st.st_mtime < kStaleTempSeconds) continue;
    ::unlink(it->path().c_str());
  }
}

}  // namespace

Result<void> write_file_atomic(const std::string& shown_path,
                               const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  // The process's own descriptors are written through, whatever they lead to (a pipe, a
  // terminal, or a file the shell opened: not to be swapped behind its back).
  if (own_descriptor(shown_path) >= 0) return write_in_place(shown_path, write);
  // stat follows links as the kernel does (the links under /proc included).
  if (struct stat st{}; ::stat(shown_path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      return make_error(ErrorCode::kIo, "cannot write report: it is a folder; give a file name",
                        shown_path);
    }
    return write_in_place(shown_path, write);
  }
  // A file, or nothing yet: the file a link names is the one replaced; the link stays.
  const std::string path = resolve_links(shown_path);
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // Appended piece by piece: a Release build of GCC 12 warns falsely (-Wrestrict) on
  // "." + std::string&&.
  std::string name = ".";
  name += target.filename().string();
  name += ".tmp-XXXXXX";
  remove_stale_temps(dir, name.substr(0, name.size() - 6));
  std::string tmpl = (dir / name).string();
  // The report keeps the mode of the one it replaces; a new one is made as any file the
  // user writes is (0666 less the umask). mkstemp makes 0600.
  mode_t mode = 0666 & ~process_umask();
  if (struct stat old{}; ::stat(path.c_str(), &old) == 0) mode = old.st_mode & 0777;
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    return make_error(ErrorCode::kIo,
                      std::string("cannot write report: ") + std::strerror(errno) +
                          "; check that the folder exists and is writable",
                      shown_path);
  }
  if (const int err = stream_to(fd, write); err != 0) {
    ::close(fd);
    ::unlink(tmpl.c_str());
    return make_error(ErrorCode::kIo, std::string("cannot write report: ") + std::strerror(err),
                      shown_path);
  }
  ::fchmod(fd, mode);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    return make_error(ErrorCode::kIo, std::string("cannot write report: ") + std::strerror(err),
                      shown_path);
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    return make_error(ErrorCode::kIo, std::string("cannot replace report: ") + std::strerror(err),
                      shown_path);
  }
  return {};
}

}  // namespace fc::util
