#include "config/setting.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "config/run_config.h"
#include "config/setting_field.h"

namespace allcnn::config {

Setting::Setting(std::string key, SettingGroup group, const char* label, const char* help,
                 SettingType type, std::vector<std::string> choices,
                 std::shared_ptr<const Field> field)
    : key_(std::move(key)),
      flag_(key_),
      group_(group),
      label_(label),
      help_(help),
      type_(type),
      choices_(std::move(choices)),
      field_(std::move(field)) {
  for (char& c : flag_)
    if (c == '_') c = '-';
}

Setting& Setting::flag(std::string name) {
  flag_ = std::move(name);
  return *this;
}
Setting& Setting::above(double value) {
  min_ = Bound{value, true};
  return *this;
}
Setting& Setting::at_least(double value) {
  min_ = Bound{value, false};
  return *this;
}
Setting& Setting::below(double value) {
  max_ = Bound{value, true};
  return *this;
}
Setting& Setting::at_most(double value) {
  max_ = Bound{value, false};
  return *this;
}
Setting& Setting::unit(const char* text) {
  unit_ = text;
  return *this;
}
Setting& Setting::none_means(const char* text) {
  none_means_ = text;
  return *this;
}
Setting& Setting::path() {
  if (type_ == SettingType::Text) type_ = SettingType::Path;
  return *this;
}
Setting& Setting::file() {
  path();
  names_file_ = true;
  return *this;
}
Setting& Setting::not_empty() {
  not_empty_ = true;
  return *this;
}
Setting& Setting::hidden() {
  on_cli_ = in_form_ = false;
  return *this;
}
Setting& Setting::cli_only() {
  in_form_ = false;
  return *this;
}
Setting& Setting::resumable() {
  resumable_ = true;
  return *this;
}
Setting& Setting::applies_when(Condition condition) {
  applies_ = condition;
  return *this;
}
Setting& Setting::rule(Rule check) {
  rule_ = check;
  return *this;
}

bool Setting::applies_to(const train::RunConfig& config) const {
  return applies_ == nullptr || applies_(config);
}

namespace {

bool is_whole(SettingType type) {
  return type == SettingType::Integer || type == SettingType::IntegerList;
}

// Bounds and values as people write them: 1000000 rather than 1e+06, 0.5 as 0.5.
std::string number_text(double value, bool whole) {
  if (whole || (value == std::floor(value) && std::abs(value) < 1e15))
    return std::to_string(static_cast<long long>(value));
  return format_real(value);
}

}  // namespace

std::string Setting::range_text() const {
  if (type_ == SettingType::Choice) return join_names(choices_);
  if (type_ == SettingType::FlagSet) return join_names(choices_, ", ") + " or none";
  const bool whole = is_whole(type_);
  if (min_ && max_)
    return std::string(min_->open ? "(" : "[") + number_text(min_->value, whole) + ", " +
           number_text(max_->value, whole) + (max_->open ? ")" : "]");
  if (min_) return std::string(min_->open ? "> " : ">= ") + number_text(min_->value, whole);
  if (max_) return std::string(max_->open ? "< " : "<= ") + number_text(max_->value, whole);
  return {};
}

std::string Setting::expected() const {
  switch (type_) {
    case SettingType::Choice:
      return "one of " + range_text();
    case SettingType::FlagSet:
      return "a comma list of " + range_text();
    case SettingType::IntegerList:
      return type_phrase(type_) + (range_text().empty() ? "" : ", each " + range_text());
    default:
      return type_phrase(type_) + (range_text().empty() ? "" : " " + range_text());
  }
}

std::string Setting::default_text() const { return format(train::RunConfig{}); }

std::string Setting::format(const train::RunConfig& config) const { return field_->format(config); }

void Setting::parse(train::RunConfig& config, std::string_view text) const {
  field_->parse(config, text, key_);
}

nlohmann::json Setting::to_json(const train::RunConfig& config) const {
  return field_->to_json(config);
}

void Setting::from_json(train::RunConfig& config, const nlohmann::json& value) const {
  field_->from_json(config, value, key_, expected());
}

std::optional<std::string> Setting::format_json(const nlohmann::json& value) const {
  train::RunConfig scratch;
  try {
    from_json(scratch, value);
  } catch (const Error&) {
    return std::nullopt;
  }
  return format(scratch);
}

Problem Setting::problem(const train::RunConfig& config) const {
  if (!applies_to(config)) return std::nullopt;
  const bool whole = is_whole(type_);
  for (double value : field_->numbers(config)) {
    const bool low = min_ && (min_->open ? value <= min_->value : value < min_->value);
    const bool high = max_ && (max_->open ? value >= max_->value : value > max_->value);
    if (low || high)
      return message(MessageCode::OutOfRange, number_text(value, whole), range_text());
  }
  if (not_empty_ && field_->empty(config)) return message(MessageCode::MustNotBeEmpty);
  if (rule_ != nullptr) return rule_(config);
  return std::nullopt;
}

bool Setting::same_value(const train::RunConfig& a, const train::RunConfig& b) const {
  return field_->equal(a, b);
}

std::string type_phrase(SettingType type) {
  switch (type) {
    case SettingType::Bool:
      return "true or false";
    case SettingType::Integer:
      return "a whole number";
    case SettingType::Real:
      return "a number";
    case SettingType::Text:
      return "text";
    case SettingType::Path:
      return "a path";
    case SettingType::Choice:
      return "a name";
    case SettingType::IntegerList:
      return "a list of whole numbers";
    case SettingType::TextList:
      return "a list of names";
    case SettingType::FlagSet:
      return "a comma list of names";
  }
  return "a value";
}

}  // namespace allcnn::config
