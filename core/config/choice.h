#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/error.h"

namespace allcnn::config {

template <typename E>
struct NameEntry {
  E value;
  const char* name;
};

/// The one name table of a closed choice: specialized once per enum in config/choices.h with
/// `what` (the noun an error uses) and `names` (every value with its spelling in config.json,
/// on the command line and in the form). Everything that spells a choice reads it from there.
template <typename E>
struct Choices;

template <typename E, typename = void>
struct is_choice : std::false_type {};
template <typename E>
struct is_choice<E, std::void_t<decltype(Choices<E>::names)>> : std::true_type {};

/// The spelling of `value` ("all-cnn-c").
template <typename E>
std::string choice_name(E value) {
  for (const auto& entry : Choices<E>::names)
    if (entry.value == value) return entry.name;
  return "?";
}

/// Every spelling, in table order.
template <typename E>
std::vector<std::string> choice_names() {
  std::vector<std::string> names;
  for (const auto& entry : Choices<E>::names) names.emplace_back(entry.name);
  return names;
}

template <typename E>
std::optional<E> parse_choice(std::string_view name) {
  for (const auto& entry : Choices<E>::names)
    if (name == entry.name) return entry.value;
  return std::nullopt;
}

/// "a, b or c".
std::string join_names(const std::vector<std::string>& names, const char* last_separator = " or ");

/// Throws Error(subject, "unknown <what> '<name>' (expected a, b or c)").
template <typename E>
E choice_from_string(const std::string& name, const std::string& subject) {
  if (auto value = parse_choice<E>(name)) return *value;
  throw Error(subject, message(MessageCode::UnknownChoice, Choices<E>::what, name,
                               join_names(choice_names<E>())));
}

/// A set of values of a closed choice (augment: "shift,flip").
template <typename E>
class FlagSet {
 public:
  FlagSet() = default;
  FlagSet(std::initializer_list<E> values) {
    for (E value : values) set(value);
  }

  bool has(E value) const { return (bits_ & bit(value)) != 0; }
  void set(E value, bool on = true) { bits_ = on ? bits_ | bit(value) : bits_ & ~bit(value); }
  bool empty() const { return bits_ == 0; }
  bool operator==(const FlagSet& other) const { return bits_ == other.bits_; }
  bool operator!=(const FlagSet& other) const { return bits_ != other.bits_; }

 private:
  static uint32_t bit(E value) { return uint32_t{1} << static_cast<unsigned>(value); }
  uint32_t bits_ = 0;
};

}  // namespace allcnn::config
