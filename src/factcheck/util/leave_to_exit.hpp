// Large results a command has finished with, left to the operating system when the
// process exits instead of freed one object at a time (as clang's -disable-free): the
// report of a 100 MB archive is some 400,000 claims and findings, whose destructors took
// 0.05-0.07 s at the end of every `check`. Only the command line asks for it (a library
// caller that goes on running frees what it made).
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace fc::util {

/// Keeps `value` alive until the process exits. It stays reachable from a static
/// pointer, so that a leak checker does not count it.
template <class T>
void leave_to_exit(T&& value) {
  // Never deleted, on purpose: the list and what it holds end with the process.
  static auto* const kKept = new std::vector<std::shared_ptr<void>>();
  kKept->push_back(std::make_shared<std::decay_t<T>>(std::forward<T>(value)));
}

}  // namespace fc::util
