#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "common/message.h"
#include "config/choices.h"

namespace allcnn::train {
struct RunConfig;
}

namespace allcnn::config {

/// What is wrong with a value, or nullopt.
using Problem = std::optional<Message>;

/// How a setting's value is written and edited.
enum class SettingType {
  Bool,         ///< true/false; the CLI has --key and --no-key, the form a check box
  Integer,      ///< a whole number
  Real,         ///< a finite real number
  Text,         ///< free text without control characters
  Path,         ///< a file or folder
  Choice,       ///< one name of choices()
  IntegerList,  ///< "200,250,300"
  TextList,     ///< "conv1,conv2"
  FlagSet,      ///< any subset of choices(): "shift,flip", or "none"
};

/// One bound of a numeric range; `open` excludes the value itself.
struct Bound {
  double value = 0.0;
  bool open = false;
};

/// One row of the settings table (config/settings_table.h): everything a front end needs to
/// show, parse, check and store one setting of a RunConfig, by its key. The rows are built once
/// from the option structs' .def files and never change; every member is safe to call from any
/// thread. Errors are allcnn::Error whose subject is the key, never a front end's spelling.
class Setting {
 public:
  /// Reads and writes the field behind a row; config/setting_field.h implements it per type.
  class Field;
  using Rule = Problem (*)(const train::RunConfig&);
  using Condition = bool (*)(const train::RunConfig&);

  Setting(std::string key, SettingGroup group, const char* label, const char* help,
          SettingType type, std::vector<std::string> choices, std::shared_ptr<const Field> field);

  // The builder calls of the .def rows.
  Setting& flag(std::string name);  ///< the CLI flag without dashes; default: the key, '_' -> '-'
  Setting& above(double value);
  Setting& at_least(double value);
  Setting& below(double value);
  Setting& at_most(double value);
  Setting& unit(const char* text);        ///< translatable ("epochs")
  Setting& none_means(const char* text);  ///< what 0, empty or none stands for (translatable)
  Setting& path();                        ///< a Text setting that names a folder
  Setting& file();                        ///< a Text setting that names a file
  Setting& not_empty();
  Setting& hidden();     ///< neither the CLI nor the form shows it (filled from the dataset)
  Setting& cli_only();   ///< the form does not show it
  Setting& resumable();  ///< may change when a stopped run continues
  /// The setting only matters when `condition` holds (the form greys it out otherwise, and its
  /// range and rule are not checked).
  Setting& applies_when(Condition condition);
  /// A check beyond the range, possibly across settings; returns the problem, if any.
  Setting& rule(Rule check);

  const std::string& key() const { return key_; }
  /// "--lr".
  std::string flag() const { return "--" + flag_; }
  SettingType type() const { return type_; }
  SettingGroup group() const { return group_; }
  const char* label() const { return label_; }
  const char* help() const { return help_; }
  const char* unit() const { return unit_; }
  const char* none_means() const { return none_means_; }
  /// A Path setting that names a file rather than a folder.
  bool names_file() const { return names_file_; }
  const std::optional<Bound>& minimum() const { return min_; }
  const std::optional<Bound>& maximum() const { return max_; }
  /// The names of a Choice or FlagSet setting, in table order.
  const std::vector<std::string>& choices() const { return choices_; }
  bool on_cli() const { return on_cli_; }
  bool in_form() const { return in_form_; }
  bool is_resumable() const { return resumable_; }
  bool applies_to(const train::RunConfig& config) const;

  /// The allowed values as text: "(0, 16]", ">= 1", "sgd, rmsprop or adam"; empty when any.
  std::string range_text() const;
  /// The default value as text (format() of a default RunConfig).
  std::string default_text() const;

  /// The value as text, the way parse() reads it back ("0.01", "shift,flip", "200,250,300").
  std::string format(const train::RunConfig& config) const;
  /// Sets the value from text: the one parser of the CLI, the form and the remembered
  /// settings. Rejects empty numbers, nan and inf, fractions for whole numbers, overflow,
  /// negative unsigned values, unknown names and control characters. Does not check the range
  /// (problem() does, once the whole config is known).
  void parse(train::RunConfig& config, std::string_view text) const;
  nlohmann::json to_json(const train::RunConfig& config) const;
  /// Sets the value from config.json's value; a wrong type names the value and the range.
  void from_json(train::RunConfig& config, const nlohmann::json& value) const;
  /// A config.json value as format() would show it, or nullopt when it does not parse.
  std::optional<std::string> format_json(const nlohmann::json& value) const;
  /// What is wrong with this setting's value in `config` (range, emptiness, rule), or nullopt.
  /// A setting that does not apply has no problem.
  Problem problem(const train::RunConfig& config) const;
  /// What from_json() expects, for messages: "a number in (0, 16]", "one of sgd, rmsprop or adam".
  std::string expected() const;
  bool same_value(const train::RunConfig& a, const train::RunConfig& b) const;

 private:
  std::string key_;
  std::string flag_;
  SettingGroup group_;
  const char* label_;
  const char* help_;
  const char* unit_ = "";
  const char* none_means_ = "";
  SettingType type_;
  std::vector<std::string> choices_;
  std::optional<Bound> min_;
  std::optional<Bound> max_;
  bool on_cli_ = true;
  bool in_form_ = true;
  bool resumable_ = false;
  bool not_empty_ = false;
  bool names_file_ = false;
  Condition applies_ = nullptr;
  Rule rule_ = nullptr;
  std::shared_ptr<const Field> field_;
};

/// The type as a phrase for messages: "a whole number", "a real number", ...
std::string type_phrase(SettingType type);

}  // namespace allcnn::config
