// Text bound for a stream, made in a string and written to the stream 64 KiB at a time:
// a large report is millions of small pieces, and each << on a std::ostream pays for a
// sentry and a virtual call. The Markdown and JSON writers build their text in it.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

namespace fc::report {

class StreamBuffer {
 public:
  explicit StreamBuffer(std::ostream& out) : out_(out) {}

  /// The text not yet written: append to it, then call flush_if_full().
  [[nodiscard]] std::string& text() { return text_; }

  void flush_if_full() {
    if (text_.size() >= kFlushAt) flush();
  }
  void flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  static constexpr std::size_t kFlushAt = 64 * 1024;
  std::ostream& out_;
  std::string text_;
};

}  // namespace fc::report
