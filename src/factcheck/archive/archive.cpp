// The archive index's facade: the content hash a source is stored under, the choice of
// backend from `--db`, and Archive's calls forwarded to the backend.
#include "factcheck/archive/archive.hpp"

#include <chrono>
#include <csignal>
#include <string_view>
#include <thread>
#include <utility>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "factcheck/archive/backend.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::archive {

namespace {

std::string hex64(std::uint64_t v) {
  static const char* const kDigits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
    v >>= 4;
  }
  return out;
}

}  // namespace

bool is_postgres_target(std::string_view target) {
  return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

std::string display_target(std::string_view target) {
  std::string out(target);
  if (!is_postgres_target(target)) return out;
  // scheme://user:password@host...: the password goes, the rest stays.
  const std::size_t start = out.find("://") + 3;
  const std::size_t at = out.find('@', start);
  const std::size_t slash = out.find('/', start);
  if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
    const std::size_t colon = out.find(':', start);
    if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
  }
  // ...?password=...: the value goes.
  for (std::size_t p = out.find("password="); p != std::string::npos;
       p = out.find("password=", p + 1)) {
    if (p == 0 || (out[p - 1] != '?' && out[p - 1] != '&')) continue;
    const std::size_t end = out.find('&', p);
    out.replace(p + 9, (end == std::string::npos ? out.size() : end) - p - 9, "***");
  }
  return out;
}

void Backend::before_commit() const {
  if (kill_after && stores == *kill_after) {
    // The test hook: the rows are written, the transaction is open.
    std::raise(SIGKILL);
  }
  if (stall_after && stores == *stall_after) {
    std::this_thread::sleep_for(std::chrono::seconds(5));
  }
}

Archive::Archive(std::unique_ptr<Backend> backend, std::string path)
    : backend_(std::move(backend)), path_(std::move(path)) {}
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;
Archive::~Archive() = default;

Result<Archive> Archive::open(const std::string& target, OpenMode mode) {
  std::string shown = display_target(target);
  auto backend =
      is_postgres_target(target) ? open_postgres(target, shown, mode) : open_sqlite(target, mode);
  if (!backend) return tl::unexpected(backend.error());
  return Archive(std::move(*backend), std::move(shown));
}

void Archive::kill_in_store_after(std::size_t stores) { backend_->kill_after = stores; }
void Archive::stall_in_store_after(std::size_t stores) { backend_->stall_after = stores; }

Result<StoreOutcome> Archive::store(const ProcessedSource& processed,
                                    const std::vector<report::Suppression>& suppressions) {
  const std::string hash =
      processed.fingerprint.empty() ? content_hash(processed.source) : processed.fingerprint;
  return backend_->store(processed, suppressions, hash);
}

Result<void> Archive::begin_read() { return backend_->begin_read(); }
void Archive::end_read() { backend_->end_read(); }

Result<std::size_t> Archive::count_key_claims(const std::string& key) const {
  return backend_->count_key_claims(key);
}

Result<void> Archive::add_key_claims(const std::string& key, const std::set<std::string>& exclude,
                                     KeyClaims& out) const {
  return backend_->add_key_claims(key, exclude, out);
}

Result<std::vector<Claim>> Archive::full_claims(std::vector<std::int64_t> rows) const {
  return backend_->full_claims(std::move(rows));
}

Result<std::vector<Source>> Archive::sources(std::vector<std::string> ids) const {
  return backend_->sources(std::move(ids));
}

Result<std::vector<report::Suppression>> Archive::suppressions_of(
    const std::vector<std::string>& targets) const {
  return backend_->suppressions_of(targets);
}

Result<std::size_t> Archive::sources_with_claims(const std::set<std::string>& exclude) const {
  return backend_->sources_with_claims(exclude);
}

Result<std::unordered_map<std::string, std::string>> Archive::content_hashes() const {
  return backend_->content_hashes();
}

Result<std::size_t> Archive::count_sources() const { return backend_->count_sources(); }
Result<std::size_t> Archive::count_claims() const { return backend_->count_claims(); }

std::uint64_t reading_fingerprint(const Source& source, const PipelineOptions& options,
                                  const rules::RuleSet& rules) {
  // --published dates only the sources the manifest does not.
  const bool option_date = !source.published && options.published;
  const std::string material = std::to_string(rules.fingerprint) + '\0' +
                               (option_date ? util::to_iso(*options.published) : "") + '\0' +
                               (options.prefer_future ? "future" : "past");
  return XXH3_64bits(material.data(), material.size());
}

std::string content_hash(const Source& s, std::uint64_t reading) {
  std::string material;
  material.reserve(s.bytes.size() + 256);
  // Strings made here must outlive the loop: a temporary inside the braced list would die
  // before the loop body reads it (the ASan run caught exactly that).
  // The reading's own version, raised whenever the same text and checks read differently,
  // so that `index` re-reads every source once: 2 hashed after reading (with the date found
  // in the text); 3 hashes before; 4 matches subject patterns, which 3 ignored; 5 keys a
  // district no gazetteer knows by the sound of its name; 6 counts nothing of a span of
  // time or of a year after an event's noun, keys a quake's depth, and gives a figure of
  // two measures joined by "and" no key; 7 keys counts over the last hours or days with
  // their window, the parts of a count ("بينهم 40 طفلاً") with its measure, bodies
  // recovered and the men of a service (police, rescuers).
  const std::string tool_version = std::string(version()) + "/7/" + std::to_string(reading);
  const std::string published = s.published ? util::to_iso(*s.published) : std::string();
  const std::string published_from(to_string(s.published_from));
  const std::string_view parts[] = {tool_version, s.id,      s.path,         s.outlet,
                                    s.language,   published, published_from, s.published_note};
  for (const std::string_view part : parts) {
    material.append(part);
    material.push_back('\0');
  }
  material.append(std::to_string(s.bom_bytes));
  material.push_back('\0');
  material.append(s.bytes);
  return hex64(XXH3_64bits(material.data(), material.size()));
}

}  // namespace fc::archive
