#pragma once

// How a row of the settings table reads and writes its field, per C++ type of the field. Only
// settings_table.cpp includes this: each .def row instantiates TypedField for its field.

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "config/run_config.h"
#include "config/setting.h"
#include "config/text_values.h"

namespace allcnn::config {

class Setting::Field {
 public:
  virtual ~Field() = default;
  virtual std::string format(const train::RunConfig& config) const = 0;
  virtual void parse(train::RunConfig& config, std::string_view text,
                     const std::string& key) const = 0;
  virtual nlohmann::json to_json(const train::RunConfig& config) const = 0;
  /// Throws Error(key, reason) with the value and the expected type; `expected` is the phrase.
  virtual void from_json(train::RunConfig& config, const nlohmann::json& value,
                         const std::string& key, const std::string& expected) const = 0;
  /// The numbers a range applies to: the value, or each item of a list; none for other types.
  virtual std::vector<double> numbers(const train::RunConfig& config) const = 0;
  virtual bool empty(const train::RunConfig& config) const = 0;
  virtual bool equal(const train::RunConfig& a, const train::RunConfig& b) const = 0;
};

[[noreturn]] inline void wrong_json(const nlohmann::json& value, const std::string& key,
                                    const std::string& expected) {
  throw Error(key, value.dump() + " is not " + expected);
}

/// Text, JSON and type of one C++ type; specialized below.
template <typename T, typename = void>
struct Codec;

template <>
struct Codec<bool> {
  static constexpr SettingType type = SettingType::Bool;
  static std::vector<std::string> choices() { return {}; }
  static bool parse(std::string_view text, const std::string& key) { return parse_bool(text, key); }
  static std::string format(bool value) { return value ? "true" : "false"; }
  static nlohmann::json to_json(bool value) { return value; }
  static bool from_json(const nlohmann::json& j, const std::string& key, const std::string& e) {
    if (!j.is_boolean()) wrong_json(j, key, e);
    return j.get<bool>();
  }
  static std::vector<double> numbers(bool) { return {}; }
  static bool empty(bool) { return false; }
};

template <typename T>
struct Codec<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
  static constexpr SettingType type = SettingType::Integer;
  static std::vector<std::string> choices() { return {}; }
  static T parse(std::string_view text, const std::string& key) {
    if constexpr (std::is_unsigned_v<T>)
      return static_cast<T>(parse_unsigned(text, key));
    else
      return static_cast<T>(
          parse_signed(text, std::numeric_limits<T>::min(), std::numeric_limits<T>::max(), key));
  }
  static std::string format(T value) { return std::to_string(value); }
  static nlohmann::json to_json(T value) { return value; }
  static T from_json(const nlohmann::json& j, const std::string& key, const std::string& e) {
    if (!j.is_number_integer()) wrong_json(j, key, e);
    if constexpr (std::is_unsigned_v<T>) {
      if (!j.is_number_unsigned()) throw Error(key, j.dump() + " must not be negative");
      return static_cast<T>(j.get<uint64_t>());
    } else {
      if (j.is_number_unsigned() &&
          j.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<T>::max()))
        throw Error(key, j.dump() + " is too large");
      const auto value = j.get<int64_t>();
      if (value < std::numeric_limits<T>::min() || value > std::numeric_limits<T>::max())
        throw Error(key, j.dump() + " is too " + (value < 0 ? "small" : "large"));
      return static_cast<T>(value);
    }
  }
  static std::vector<double> numbers(T value) { return {static_cast<double>(value)}; }
  static bool empty(T) { return false; }
};

template <>
struct Codec<double> {
  static constexpr SettingType type = SettingType::Real;
  static std::vector<std::string> choices() { return {}; }
  static double parse(std::string_view text, const std::string& key) {
    return parse_real(text, key);
  }
  static std::string format(double value) { return format_real(value); }
  static nlohmann::json to_json(double value) { return value; }
  static double from_json(const nlohmann::json& j, const std::string& key, const std::string& e) {
    if (!j.is_number()) wrong_json(j, key, e);
    const double value = j.get<double>();
    if (!std::isfinite(value)) throw Error(key, j.dump() + " is not a finite number");
    return value;
  }
  static std::vector<double> numbers(double value) { return {value}; }
  static bool empty(double) { return false; }
};

template <>
struct Codec<std::string> {
  static constexpr SettingType type = SettingType::Text;
  static std::vector<std::string> choices() { return {}; }
  static std::string parse(std::string_view text, const std::string& key) {
    return parse_text(text, key);
  }
  static std::string format(const std::string& value) { return value; }
  static nlohmann::json to_json(const std::string& value) { return value; }
  static std::string from_json(const nlohmann::json& j, const std::string& key,
                               const std::string& e) {
    if (!j.is_string()) wrong_json(j, key, e);
    const auto& text = j.get_ref<const std::string&>();
    if (parse_text(text, key) != text) throw Error(key, j.dump() + " has surrounding blanks");
    return text;
  }
  static std::vector<double> numbers(const std::string&) { return {}; }
  static bool empty(const std::string& value) { return value.empty(); }
};

template <typename E>
struct Codec<E, std::enable_if_t<is_choice<E>::value>> {
  static constexpr SettingType type = SettingType::Choice;
  static std::vector<std::string> choices() { return choice_names<E>(); }
  static E parse(std::string_view text, const std::string& key) {
    return choice_from_string<E>(parse_text(text, key), key);
  }
  static std::string format(E value) { return choice_name(value); }
  static nlohmann::json to_json(E value) { return choice_name(value); }
  static E from_json(const nlohmann::json& j, const std::string& key, const std::string& e) {
    if (!j.is_string()) wrong_json(j, key, e);
    return choice_from_string<E>(j.get<std::string>(), key);
  }
  static std::vector<double> numbers(E) { return {}; }
  static bool empty(E) { return false; }
};

/// A choice that may be left open ("" in config.json): the dataset's default.
template <typename E>
struct Codec<std::optional<E>, std::enable_if_t<is_choice<E>::value>> {
  static constexpr SettingType type = SettingType::Choice;
  static std::vector<std::string> choices() { return choice_names<E>(); }
  static std::optional<E> parse(std::string_view text, const std::string& key) {
    const std::string name = parse_text(text, key);
    if (name.empty()) return std::nullopt;
    return choice_from_string<E>(name, key);
  }
  static std::string format(const std::optional<E>& value) {
    return value ? choice_name(*value) : std::string();
  }
  static nlohmann::json to_json(const std::optional<E>& value) { return format(value); }
  static std::optional<E> from_json(const nlohmann::json& j, const std::string& key,
                                    const std::string& e) {
    if (!j.is_string()) wrong_json(j, key, e);
    return parse(j.get<std::string>(), key);
  }
  static std::vector<double> numbers(const std::optional<E>&) { return {}; }
  static bool empty(const std::optional<E>& value) { return !value; }
};

template <>
struct Codec<DeviceSpec> {
  static constexpr SettingType type = SettingType::Choice;
  static std::vector<std::string> choices() { return choice_names<DeviceKind>(); }
  static DeviceSpec parse(std::string_view text, const std::string& key) {
    const std::string name = parse_text(text, key);
    if (auto device = parse_device(name)) return *device;
    throw Error(key, "unknown device '" + name + "' (expected auto, cpu, cuda or cuda:N)");
  }
  static std::string format(const DeviceSpec& value) { return to_string(value); }
  static nlohmann::json to_json(const DeviceSpec& value) { return to_string(value); }
  static DeviceSpec from_json(const nlohmann::json& j, const std::string& key,
                              const std::string& e) {
    if (!j.is_string()) wrong_json(j, key, e);
    return parse(j.get<std::string>(), key);
  }
  static std::vector<double> numbers(const DeviceSpec&) { return {}; }
  static bool empty(const DeviceSpec&) { return false; }
};

template <typename E>
struct Codec<FlagSet<E>> {
  static constexpr SettingType type = SettingType::FlagSet;
  static std::vector<std::string> choices() { return choice_names<E>(); }
  static FlagSet<E> parse(std::string_view text, const std::string& key) {
    FlagSet<E> set;
    for (const auto& item : split_list(text, key))
      if (item != "none") set.set(choice_from_string<E>(item, key));
    return set;
  }
  static std::string format(const FlagSet<E>& value) {
    std::vector<std::string> items;
    for (const auto& entry : Choices<E>::names)
      if (value.has(entry.value)) items.emplace_back(entry.name);
    return items.empty() ? "none" : join_list(items);
  }
  static nlohmann::json to_json(const FlagSet<E>& value) { return format(value); }
  static FlagSet<E> from_json(const nlohmann::json& j, const std::string& key,
                              const std::string& e) {
    if (!j.is_string()) wrong_json(j, key, e);
    return parse(j.get<std::string>(), key);
  }
  static std::vector<double> numbers(const FlagSet<E>&) { return {}; }
  static bool empty(const FlagSet<E>& value) { return value.empty(); }
};

template <>
struct Codec<std::vector<int64_t>> {
  static constexpr SettingType type = SettingType::IntegerList;
  static std::vector<std::string> choices() { return {}; }
  static std::vector<int64_t> parse(std::string_view text, const std::string& key) {
    std::vector<int64_t> values;
    for (const auto& item : split_list(text, key))
      values.push_back(Codec<int64_t>::parse(item, key));
    return values;
  }
  static std::string format(const std::vector<int64_t>& value) {
    std::vector<std::string> items;
    for (auto v : value) items.push_back(std::to_string(v));
    return join_list(items);
  }
  static nlohmann::json to_json(const std::vector<int64_t>& value) { return value; }
  static std::vector<int64_t> from_json(const nlohmann::json& j, const std::string& key,
                                        const std::string& e) {
    if (!j.is_array()) wrong_json(j, key, e);
    std::vector<int64_t> values;
    for (const auto& item : j) values.push_back(Codec<int64_t>::from_json(item, key, e));
    return values;
  }
  static std::vector<double> numbers(const std::vector<int64_t>& value) {
    return std::vector<double>(value.begin(), value.end());
  }
  static bool empty(const std::vector<int64_t>& value) { return value.empty(); }
};

template <>
struct Codec<std::vector<std::string>> {
  static constexpr SettingType type = SettingType::TextList;
  static std::vector<std::string> choices() { return {}; }
  static std::vector<std::string> parse(std::string_view text, const std::string& key) {
    return split_list(text, key);
  }
  static std::string format(const std::vector<std::string>& value) { return join_list(value); }
  static nlohmann::json to_json(const std::vector<std::string>& value) { return value; }
  static std::vector<std::string> from_json(const nlohmann::json& j, const std::string& key,
                                            const std::string& e) {
    if (!j.is_array()) wrong_json(j, key, e);
    std::vector<std::string> values;
    for (const auto& item : j) {
      if (!item.is_string()) wrong_json(j, key, e);
      const auto& text = item.get_ref<const std::string&>();
      if (text.find(',') != std::string::npos || parse_text(text, key).empty())
        wrong_json(j, key, e);
      values.push_back(parse_text(text, key));
    }
    return values;
  }
  static std::vector<double> numbers(const std::vector<std::string>&) { return {}; }
  static bool empty(const std::vector<std::string>& value) { return value.empty(); }
};

/// The field of a RunConfig that `get` reaches (c.lr, c.model.width, ...), of type T.
template <typename T>
class TypedField final : public Setting::Field {
 public:
  using Getter = T& (*)(train::RunConfig&);
  explicit TypedField(Getter get) : get_(get) {}

  std::string format(const train::RunConfig& c) const override {
    return Codec<T>::format(value(c));
  }
  void parse(train::RunConfig& c, std::string_view text, const std::string& key) const override {
    get_(c) = Codec<T>::parse(text, key);
  }
  nlohmann::json to_json(const train::RunConfig& c) const override {
    return Codec<T>::to_json(value(c));
  }
  void from_json(train::RunConfig& c, const nlohmann::json& j, const std::string& key,
                 const std::string& expected) const override {
    get_(c) = Codec<T>::from_json(j, key, expected);
  }
  std::vector<double> numbers(const train::RunConfig& c) const override {
    return Codec<T>::numbers(value(c));
  }
  bool empty(const train::RunConfig& c) const override { return Codec<T>::empty(value(c)); }
  bool equal(const train::RunConfig& a, const train::RunConfig& b) const override {
    return value(a) == value(b);
  }

 private:
  const T& value(const train::RunConfig& c) const { return get_(const_cast<train::RunConfig&>(c)); }
  Getter get_;
};

}  // namespace allcnn::config
