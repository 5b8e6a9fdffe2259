// Micro-benchmarks of the hot stages over the seed articles: normalization, number and
// date extraction, the whole per-text extraction, and comparison of many claims.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "factcheck/compare/comparator.hpp"
#include "factcheck/extract/dates.hpp"
#include "factcheck/extract/numbers.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/pipeline.hpp"

namespace {

const std::string& seed_text() {
  static const std::string text = [] {
    std::string all;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(FC_SOURCE_DIR) + "/seeds")) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      all += "\n\n";
    }
    return all;
  }();
  return text;
}

void BM_Normalize(benchmark::State& state) {
  const auto& text = seed_text();
  for (auto _ : state) benchmark::DoNotOptimize(fc::normalize::normalize_text(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Normalize);

void BM_ExtractNumbers(benchmark::State& state) {
  // The reader of numbers alone, on the date tokens the pipeline makes for both extractors.
  const auto n = fc::normalize::normalize_text(seed_text());
  const auto tokens = fc::extract::tokenize_for_dates(n.text);
  const fc::extract::NumberOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(fc::extract::extract_numbers(n, tokens, options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * seed_text().size()));
}
BENCHMARK(BM_ExtractNumbers);

void BM_ExtractDates(benchmark::State& state) {
  const auto n = fc::normalize::normalize_text(seed_text());
  fc::extract::DateOptions options;
  options.published = fc::util::CivilDate{2023, 3, 7};
  for (auto _ : state) benchmark::DoNotOptimize(fc::extract::extract_dates(n, options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * seed_text().size()));
}
BENCHMARK(BM_ExtractDates);

void BM_ExtractText(benchmark::State& state) {
  const auto rules = *fc::rules::load_builtin();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        fc::extract_text(seed_text(), fc::util::CivilDate{2023, 3, 7}, false, rules));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * seed_text().size()));
}
BENCHMARK(BM_ExtractText);

void BM_Compare(benchmark::State& state) {
  // N claims over N/10 keys with varied values: comparison must stay O(n log n).
  const auto n = static_cast<std::size_t>(state.range(0));
  std::vector<fc::Claim> claims;
  std::vector<fc::Source> sources;
  for (std::size_t i = 0; i < n; ++i) {
    fc::Claim c;
    c.source = "s" + std::to_string(i % 100);
    c.id = c.source + ":" + std::to_string(i) + ":1";
    c.mention.kind = fc::MentionKind::kNumber;
    const double v = static_cast<double>(1000 + (i * 7919) % 50);
    c.mention.value = v;
    c.mention.low = v;
    c.mention.high = v;
    c.counted = "troops";
    c.key = "troops|US|k" + std::to_string(i % (n / 10 + 1));
    c.key_certain = true;
    claims.push_back(std::move(c));
  }
  for (int i = 0; i < 100; ++i) {
    fc::Source s;
    s.id = "s" + std::to_string(i);
    sources.push_back(s);
  }
  const auto rules = *fc::rules::load_builtin();
  for (auto _ : state)
    benchmark::DoNotOptimize(fc::compare::compare_claims(claims, sources, rules));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
}
BENCHMARK(BM_Compare)->Arg(1000)->Arg(10000)->Arg(100000);

}  // namespace

BENCHMARK_MAIN();
