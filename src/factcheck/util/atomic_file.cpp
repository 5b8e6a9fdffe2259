#include "factcheck/util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace fc::util {

Result<void> write_file_atomic(const std::string& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    return make_error(ErrorCode::kIo,
                      std::string("cannot write report: ") + std::strerror(errno) +
                          "; check that the folder exists and is writable",
                      path);
  }
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      ::unlink(tmpl.c_str());
      return make_error(ErrorCode::kIo, std::string("cannot write report: ") + std::strerror(err),
                        path);
    }
    done += static_cast<std::size_t>(n);
  }
  // Reports are 0644 like any file the user writes; mkstemp makes 0600.
  ::fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    return make_error(ErrorCode::kIo, std::string("cannot write report: ") + std::strerror(err),
                      path);
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    return make_error(ErrorCode::kIo, std::string("cannot replace report: ") + std::strerror(err),
                      path);
  }
  return {};
}

}  // namespace fc::util
