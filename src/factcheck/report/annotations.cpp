// GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`). GitHub shows
// at most 10 annotations of each level per step, so the most severe findings come first,
// at most 10 per level, and one notice line sums up the rest.
#include <algorithm>
#include <map>
#include <sstream>

#include "factcheck/report/bidi_text.hpp"
#include "factcheck/report/report.hpp"

namespace fc::report {

namespace {

constexpr std::size_t kPerLevel = 10;

/// GitHub's escaping of a command's message.
std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// GitHub's escaping of a command's property values: also ':' and ','.
std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

const char* command_of(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "notice";
}

}  // namespace

std::string to_github_annotations(const Report& report) {
  std::map<std::string, const Claim*> claims;
  for (const auto& c : report.claims) claims[c.id] = &c;
  std::map<std::string, const Source*> sources;
  for (const auto& s : report.sources) sources[s.id] = &s;

  std::vector<const Finding*> list;
  for (const auto& f : report.findings) {
    if (!f.suppressed) list.push_back(&f);
  }
  // Most severe first; within a level new before known, then report order.
  std::stable_sort(list.begin(), list.end(), [](const Finding* a, const Finding* b) {
    if (a->severity != b->severity) return a->severity > b->severity;
    const bool ak = a->baseline == "known";
    const bool bk = b->baseline == "known";
    if (ak != bk) return !ak;
    return finding_less(*a, *b);
  });
  std::map<Severity, std::size_t> total;
  for (const auto* f : list) ++total[f->severity];
  std::size_t hidden_total = 0;
  for (const auto& [sev, n] : total) hidden_total += n > kPerLevel ? n - kPerLevel : 0;
  // The summary is itself a notice: keep one notice slot free for it.
  std::map<Severity, std::size_t> budget{
      {Severity::kError, kPerLevel}, {Severity::kWarning, kPerLevel}, {Severity::kInfo, kPerLevel}};
  if (hidden_total > 0 || total[Severity::kInfo] > kPerLevel - 1) {
    budget[Severity::kInfo] = kPerLevel - 1;
  }
  std::map<Severity, std::size_t> shown;
  std::ostringstream out;
  for (const auto* f : list) {
    if (shown[f->severity] >= budget[f->severity]) continue;
    ++shown[f->severity];
    out << "::" << command_of(f->severity) << ' ';
    std::string props;
    std::string values;
    for (const auto& id : f->claims) {
      const auto it = claims.find(id);
      if (it == claims.end()) continue;
      const Claim& c = *it->second;
      if (props.empty()) {
        const auto s = sources.find(c.source);
        const std::string path = s != sources.end() ? s->second->path : c.source;
        props = "file=" + escape_property(path) + ",line=" + std::to_string(c.mention.span.line) +
                ",col=" + std::to_string(c.mention.span.column) + ",";
      }
      values += (values.empty() ? "" : "; ") + c.source + ": \"" + c.mention.text + "\"";
    }
    std::string title = std::string("factcheck ") + to_string(f->kind);
    if (f->baseline == "known") title += " (known)";
    if (!f->key.empty()) title += ": " + f->key;
    props += "title=" + escape_property(plain_isolated(title));
    std::string message = f->message;
    if (!values.empty()) message += " [" + values + "]";
    message += " (finding " + f->id + ")";
    out << props << "::" << escape_data(plain_isolated(message, true)) << '\n';
  }
  std::size_t hidden[3] = {0, 0, 0};
  for (const auto& [sev, n] : total) {
    hidden[static_cast<int>(sev)] = n - std::min(n, shown[sev]);
  }
  const std::size_t rest = hidden[0] + hidden[1] + hidden[2];
  if (rest > 0) {
    out << "::notice title=factcheck::" << rest << " more findings not shown as annotations ("
        << hidden[2] << " errors, " << hidden[1] << " warnings, " << hidden[0]
        << " notices): see the report\n";
  }
  return out.str();
}

}  // namespace fc::report
