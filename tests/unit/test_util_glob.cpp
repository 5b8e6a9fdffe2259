#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "factcheck/util/glob.hpp"

using fc::util::glob_match;
using fc::util::PathPatterns;

TEST_CASE("glob patterns: star within a segment, double star across them", "[util][glob]") {
  auto [pattern, path, matches] = GENERATE(table<std::string, std::string, bool>({
      {"*.md", "notes.md", true},
      {"*.md", "notes.txt", false},
      {"*.md", "a/notes.md", false},  // one segment only
      {"a/*.md", "a/notes.md", true},
      {"**/*.md", "notes.md", true},
      {"**/*.md", "a/b/notes.md", true},
      {"a/**/c", "a/c", true},
      {"a/**/c", "a/x/y/c", true},
      {"a/**", "a/x/y", true},
      {"a?c", "abc", true},
      {"a?c", "a/c", false},
      {"?.txt", "ب.txt", true},  // '?' is one code point, not one byte
      {"مسودة*", "مسودة-أولى.txt", true},
      {"*x*y*", "axbxcy", true},
      {"*x*y*", "axbxc", false},
  }));
  INFO(pattern << " ~ " << path);
  CHECK(glob_match(pattern, path) == matches);
}

TEST_CASE("ignore patterns name files and folders under their base, as .gitignore does",
          "[util][glob]") {
  const PathPatterns p("/repo", {"drafts/", "*.notes.md", "/top.txt", "archive/2019/**"});
  CHECK(p.matches("/repo/news/drafts/a.txt"));  // a folder name at any depth
  CHECK(p.matches("/repo/drafts/a.txt"));
  CHECK(p.matches("/repo/news/desk.notes.md"));
  CHECK_FALSE(p.matches("/repo/news/desk.md"));
  CHECK(p.matches("/repo/top.txt"));  // anchored at the base
  CHECK_FALSE(p.matches("/repo/news/top.txt"));
  CHECK(p.matches("/repo/archive/2019/05/a.txt"));
  CHECK_FALSE(p.matches("/repo/archive/2020/a.txt"));
  CHECK_FALSE(p.matches("/elsewhere/drafts/a.txt"));  // not under the base
  CHECK(p.matches("/repo/./news/../drafts/a.txt"));
  CHECK_FALSE(PathPatterns().matches("/repo/drafts/a.txt"));
}
