#include "factcheck/report/json_writer.hpp"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

#include "factcheck/core/error.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::report {

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t mark = out.size();
  out += '"';
  const std::size_t n = text.size();
  std::size_t pos = 0;
  while (pos < n) {
    // A run copied as it is: printable ASCII but '"' and '\\', and valid multi-byte
    // sequences, validated in the same pass.
    std::size_t run = pos;
    while (run < n) {
      const auto b = static_cast<unsigned char>(text[run]);
      if (b < 0x80) {
        if (b < 0x20 || b == '"' || b == '\\') break;
        ++run;
      } else {
        std::size_t len = 1;
        if (!util::decode_utf8(text, run, len)) {
          // Invalid UTF-8: nlohmann's replacement rules, which decide how many bytes
          // each U+FFFD stands for, are its own.
          out.resize(mark);
          out += nlohmann::json(std::string(text))
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
          return;
        }
        run += len;
      }
    }
    out.append(text, pos, run - pos);
    if (run == n) break;
    const auto c = static_cast<unsigned char>(text[run]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0x0F];
      }
    }
    pos = run + 1;
  }
  out += '"';
}

JsonWriter::JsonWriter(std::string& out, int indent, int depth)
    : out_(out), indent_(indent), depth_(static_cast<std::size_t>(depth < 0 ? 0 : depth)) {}

void JsonWriter::newline_indent(std::size_t level) {
  out_ += '\n';
  out_.append(static_cast<std::size_t>(indent_) * (depth_ + level), ' ');
}

void JsonWriter::before_item() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (level.empty) {
    out_ += level.array ? '[' : '{';
    level.empty = false;
  } else {
    out_ += ',';
  }
  if (indent_ >= 0) newline_indent(levels_.size());
}

JsonWriter& JsonWriter::begin_object() {
  before_item();
  levels_.push_back(Level{false, true});
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_item();
  levels_.push_back(Level{true, true});
  return *this;
}

void JsonWriter::end(char close) {
  FC_ASSERT(!levels_.empty() && !after_key_, "JsonWriter: end without a matching begin");
  const Level level = levels_.back();
  levels_.pop_back();
  if (level.empty) {
    out_ += level.array ? "[]" : "{}";
    return;
  }
  if (indent_ >= 0) newline_indent(levels_.size());
  out_ += close;
}

JsonWriter& JsonWriter::end_object() {
  end('}');
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  end(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_item();
  append_json_string(out_, name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  before_item();
  append_json_string(out_, text);
  return *this;
}

namespace {

/// An integer's decimal digits, as dump() prints them.
template <class Int>
void append_integer(std::string& out, Int value) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, r.ptr);
}

}  // namespace

JsonWriter& JsonWriter::integer(std::int64_t value) {
  before_item();
  append_integer(out_, value);
  return *this;
}

JsonWriter& JsonWriter::unsigned_integer(std::uint64_t value) {
  before_item();
  append_integer(out_, value);
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  // 2^53: beyond it a double no longer holds every integer exactly.
  if (std::isfinite(value) && std::fabs(value) < 9007199254740992.0 && value == std::floor(value)) {
    return integer(static_cast<std::int64_t>(value));
  }
  before_item();
  // nlohmann prints doubles its own way (shortest round trip, "1e+20", null for NaN).
  out_ += nlohmann::json(value).dump();
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_item();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_item();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& items) {
  begin_array();
  for (const auto& s : items) string(s);
  return end_array();
}

}  // namespace fc::report
