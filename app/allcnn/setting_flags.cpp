#include "setting_flags.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "config/provenance.h"
#include "config/run_config.h"
#include "config/settings_table.h"

namespace allcnn::cli {
namespace {

using config::Setting;
using config::SettingType;

// What a value of 0 (or an empty one) is written as in the help's "0: all".
const char* none_token(SettingType type) {
  switch (type) {
    case SettingType::Integer:
    case SettingType::Real:
      return "0";
    case SettingType::FlagSet:
      return "none";
    default:
      return "empty";
  }
}

std::string type_name(const Setting& row) {
  switch (row.type()) {
    case SettingType::Integer:
      return "INT";
    case SettingType::Real:
      return "NUM";
    case SettingType::Path:
      return "PATH";
    case SettingType::Choice: {
      std::string names;
      for (const auto& name : row.choices()) names += (names.empty() ? "" : "|") + name;
      return "{" + names + "}";
    }
    case SettingType::FlagSet:
      return "LIST";
    case SettingType::IntegerList:
      return "INT,...";
    case SettingType::TextList:
      return "NAME,...";
    default:
      return "TEXT";
  }
}

std::string description(const Setting& row) {
  std::string text = row.help();
  if (*row.none_means() != '\0')
    text += std::string("; ") + none_token(row.type()) + ": " + row.none_means();
  const bool listed = row.type() == SettingType::Choice || row.type() == SettingType::FlagSet;
  const std::string range = listed ? std::string() : row.range_text();
  const std::string unit = row.unit();
  if (!range.empty())
    text += "; range " + range + (unit.empty() ? "" : " " + unit);
  else if (!unit.empty())
    text += "; in " + unit;
  if (row.type() == SettingType::FlagSet) text += "; comma list of " + row.range_text();
  if (row.type() == SettingType::Bool)
    text += std::string(" [default: ") + (row.default_text() == "true" ? "on" : "off") + "]";
  if (row.is_resumable()) text += "; may change with --resume";
  return text;
}

}  // namespace

void SettingFlags::add_all(CLI::App& command) {
  for (const auto& row : config::settings())
    if (row.on_cli()) add_row(command, row.key());
}

void SettingFlags::add(CLI::App& command, const std::vector<std::string>& keys) {
  for (const auto& key : keys) add_row(command, key);
}

void SettingFlags::add_row(CLI::App& command, const std::string& key) {
  const Setting& row = config::setting(key);
  keys_.push_back(key);
  const std::string group = config::group_title(row.group());
  if (row.type() == SettingType::Bool) {
    const std::string flag = row.flag();
    command
        .add_flag_function(
            flag + ",!--no-" + flag.substr(2),
            [this, key](int64_t count) { texts_[key] = count > 0 ? "true" : "false"; },
            description(row))
        ->group(group);
    return;
  }
  auto* option = command.add_option_function<std::string>(
      row.flag(), [this, key](const std::string& text) { texts_[key] = text; }, description(row));
  option->type_name(type_name(row))->group(group);
  const std::string default_text = row.default_text();
  if (!default_text.empty()) option->default_str(default_text);
}

config::SettingChanges SettingFlags::given() const {
  config::SettingChanges changes;
  for (const auto& row : config::settings())
    if (const auto it = texts_.find(row.key()); it != texts_.end())
      changes.push_back({row.key(), it->second});
  return changes;
}

void SettingFlags::apply(train::RunConfig& config) const {
  try {
    config::apply_changes(config, given());
    for (const auto& key : keys_)
      if (auto problem = config::setting(key).problem(config)) throw Error(key, *problem);
  } catch (const Error& e) {
    throw with_flag(e);
  }
}

Error with_flag(const Error& error) {
  if (const Setting* row = config::find_setting(error.subject()))
    return Error(row->flag(), error.message());
  return error;
}

void add_config_option(CLI::App& command, std::string& path) {
  command
      .add_option("--config", path,
                  "JSON file with the keys of a run's config.json; flags given as well override "
                  "its values")
      ->type_name("FILE");
}

train::RunConfig config_with_flags(const std::string& path, const SettingFlags& flags) {
  train::RunConfig config = path.empty() ? train::RunConfig{} : train::load_config(path);
  config::apply_changes(config, flags.given());
  return config;
}

config::GroupTag group_in_config(const std::string& path) {
  if (path.empty()) return {};
  std::ifstream in(path, std::ios::binary);
  // load_config read and checked the same file: what fails here is what it let through.
  const auto json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  return json.is_object() ? config::read_provenance(json).group : config::GroupTag{};
}

}  // namespace allcnn::cli
