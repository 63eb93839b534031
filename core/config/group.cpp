#include "config/group.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>

#include "common/checked_number.h"
#include "common/error.h"
#include "config/settings_table.h"

namespace allcnn::config {

using nlohmann::json;

namespace {

// The group sets these itself: each run's seed from "seeds", its folder name from the group's.
bool owned_by_group(const std::string& key) { return key == "seed" || key == "name"; }

// Folder names stay well below the usual 255-byte limit of one path component.
constexpr size_t kMaxFolderName = 200;

bool plain_name(const std::string& name) {
  if (name.empty() || name.size() > 100 || !std::isalnum(static_cast<unsigned char>(name[0])))
    return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

// A value's text as part of a folder name: what a file system and a shell take without quotes.
std::string folder_text(const std::string& text) {
  std::string out;
  for (const char c : text)
    out +=
        std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '+' || c == '-'
            ? c
            : '-';
  return out.empty() ? "none" : out;
}

// FNV-1a: a short, stable tag for a name that has to be cut.
std::string short_hash(const std::string& text) {
  uint32_t hash = 2166136261u;
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  char buffer[9];
  std::snprintf(buffer, sizeof buffer, "%08x", hash);
  return buffer;
}

// Checks that `value` is a value the setting `key` accepts in config.json; an unknown key or a
// rejected value is an Error naming `where` ("g.json: base.lr"), with the setting's message.
void check_setting(const std::string& where, const std::string& key, const json& value) {
  if (owned_by_group(key)) throw Error(where, message(MessageCode::GroupOwnedSetting));
  try {
    train::RunConfig scratch;
    setting(key).from_json(scratch, value);
  } catch (const Error& e) {
    throw Error(where, e.message());
  }
}

json settings_object(const json& j, const std::string& where) {
  if (!j.is_object()) throw Error(where, message(MessageCode::GroupNotSettings));
  for (const auto& item : j.items())
    check_setting(where + "." + item.key(), item.key(), item.value());
  return j;
}

std::vector<uint64_t> parse_seeds(const json& j, const std::string& where) {
  const auto bad = [&] { return Error(where, message(MessageCode::GroupBadSeeds)); };
  std::vector<uint64_t> seeds;
  if (j.is_number()) {
    int64_t count = 0;
    if (!json_to_int64(j, count, 1, kMaxGroupRuns).empty()) throw bad();
    for (int64_t seed = 1; seed <= count; ++seed) seeds.push_back(static_cast<uint64_t>(seed));
    return seeds;
  }
  if (!j.is_array() || j.empty()) throw bad();
  for (const auto& item : j) {
    train::RunConfig scratch;
    try {
      setting("seed").from_json(scratch, item);
    } catch (const Error&) {
      throw bad();
    }
    if (std::find(seeds.begin(), seeds.end(), scratch.seed) != seeds.end()) throw bad();
    seeds.push_back(scratch.seed);
  }
  return seeds;
}

// Where a key's value comes from, for an error found when a run is validated.
std::string origin(const Group& group, const std::string& key, size_t case_index,
                   const SettingChanges& overrides) {
  for (const auto& [varied, values] : group.vary)
    if (varied == key) return group.source + ": vary." + key;
  if (!group.cases.empty() && group.cases[case_index].contains(key))
    return group.source + ": cases[" + std::to_string(case_index) + "]." + key;
  for (const auto& change : overrides)
    if (change.key == key) return key;  // the CLI shows it as the flag
  if (group.base.contains(key)) return group.source + ": base." + key;
  return group.source + ": " + key;
}

// More runs than a group may make is an Error naming its source.
void check_run_count(const Group& group) {
  int64_t runs = static_cast<int64_t>(std::max<size_t>(1, group.cases.size()));
  runs *= static_cast<int64_t>(group.seeds.size());
  for (const auto& [key, values] : group.vary) {
    if (runs > kMaxGroupRuns) break;  // before it could overflow
    runs *= static_cast<int64_t>(values.size());
  }
  if (runs > kMaxGroupRuns)
    throw Error(group.source, message(MessageCode::GroupTooManyRuns, runs, kMaxGroupRuns));
}

}  // namespace

Group parse_group(const json& j, const std::string& source) {
  if (!j.is_object()) throw Error(source, message(MessageCode::GroupNotObject));
  static const std::vector<std::string> fields = {"name",  "description", "base",
                                                  "cases", "vary",        "seeds"};
  for (const auto& item : j.items())
    if (std::find(fields.begin(), fields.end(), item.key()) == fields.end())
      throw Error(source, message(MessageCode::GroupUnknownField, item.key()));

  Group group;
  group.source = source;
  const auto name = j.find("name");
  if (name == j.end() || !name->is_string() || !plain_name(name->get<std::string>()))
    throw Error(source + ": name", message(MessageCode::GroupBadName));
  group.name = name->get<std::string>();
  if (const auto it = j.find("description"); it != j.end()) {
    if (!it->is_string()) throw Error(source + ": description", message(MessageCode::GroupNotText));
    group.description = it->get<std::string>();
  }
  if (const auto it = j.find("base"); it != j.end())
    group.base = settings_object(*it, source + ": base");

  // Each key is set in one place only: the base, the cases or the grid.
  std::set<std::string> taken;
  for (const auto& item : group.base.items()) taken.insert(item.key());
  if (const auto it = j.find("cases"); it != j.end()) {
    const std::string where = source + ": cases";
    if (!it->is_array()) throw Error(where, message(MessageCode::GroupNotCaseList));
    if (it->empty()) throw Error(where, message(MessageCode::GroupEmptyValues));
    std::set<std::string> case_keys;
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string place = where + "[" + std::to_string(i) + "]";
      if (!(*it)[i].is_object()) throw Error(place, message(MessageCode::GroupNotCaseList));
      group.cases.push_back(settings_object((*it)[i], place));
      for (const auto& item : (*it)[i].items()) {
        if (taken.count(item.key()))
          throw Error(place + "." + item.key(), message(MessageCode::GroupKeyTwice));
        case_keys.insert(item.key());
      }
    }
    taken.insert(case_keys.begin(), case_keys.end());
  }
  if (const auto it = j.find("vary"); it != j.end()) {
    const std::string where = source + ": vary";
    if (!it->is_object()) throw Error(where, message(MessageCode::GroupNotSettings));
    for (const auto& item : it->items()) {
      const std::string place = where + "." + item.key();
      if (taken.count(item.key())) throw Error(place, message(MessageCode::GroupKeyTwice));
      if (!item.value().is_array()) throw Error(place, message(MessageCode::GroupNotValueList));
      if (item.value().empty()) throw Error(place, message(MessageCode::GroupEmptyValues));
      std::vector<json> values;
      std::set<std::string> texts;
      for (const auto& value : item.value()) {
        check_setting(place, item.key(), value);
        const std::string text = *setting(item.key()).format_json(value);
        if (!texts.insert(text).second)
          throw Error(place, message(MessageCode::GroupDuplicateValue, text));
        values.push_back(value);
      }
      group.vary.emplace_back(item.key(), std::move(values));
    }
  }
  group.seeds = {1};
  if (const auto it = j.find("seeds"); it != j.end())
    group.seeds = parse_seeds(*it, source + ": seeds");

  check_run_count(group);
  return group;
}

Group group_from_text(const std::string& text, const std::string& source) {
  json j;
  try {
    j = json::parse(text);
  } catch (const json::exception& e) {
    throw Error(source, message(MessageCode::GroupNotJson, e.what()));
  }
  return parse_group(j, source);
}

Group load_group(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, message(MessageCode::NoSuchFile));
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return group_from_text(text, path);
}

std::vector<GroupRun> expand_group(const Group& group, const SettingChanges& overrides) {
  check_run_count(group);  // the CLI's --seeds may have made more
  for (const auto& change : overrides) {
    if (owned_by_group(change.key))
      throw Error(change.key, message(MessageCode::GroupOwnedSetting));
    bool varied = std::any_of(group.vary.begin(), group.vary.end(),
                              [&](const auto& entry) { return entry.first == change.key; });
    for (const auto& one_case : group.cases) varied = varied || one_case.contains(change.key);
    if (varied) throw Error(change.key, message(MessageCode::GroupOverrideVaried));
  }
  train::RunConfig base;
  train::from_json(group.base, base);  // checked by parse_group
  apply_changes(base, overrides);

  const size_t case_count = std::max<size_t>(1, group.cases.size());
  size_t combinations = 1;
  for (const auto& [key, values] : group.vary) combinations *= values.size();

  std::vector<GroupRun> runs;
  std::set<std::string> folders;
  for (size_t case_index = 0; case_index < case_count; ++case_index) {
    for (size_t combination = 0; combination < combinations; ++combination) {
      train::RunConfig config = base;
      GroupTag tag;
      tag.name = group.name;
      if (!group.cases.empty()) {
        train::from_json(group.cases[case_index], config);
        for (const auto& item : group.cases[case_index].items())
          tag.varies.emplace_back(item.key(), std::string());
      }
      // The last key varies fastest: the index's digits in the mixed radix of the list sizes.
      std::vector<size_t> picks(group.vary.size());
      size_t rest = combination;
      for (size_t k = group.vary.size(); k-- > 0;) {
        picks[k] = rest % group.vary[k].second.size();
        rest /= group.vary[k].second.size();
      }
      for (size_t k = 0; k < group.vary.size(); ++k) {
        const auto& [key, values] = group.vary[k];
        setting(key).from_json(config, values[picks[k]]);
        tag.varies.emplace_back(key, std::string());
      }
      // By key, as config.json's "group" object reads back.
      std::sort(tag.varies.begin(), tag.varies.end());
      std::string stem = group.name;
      for (auto& [key, text] : tag.varies) {
        text = setting(key).format(config);
        stem += "_" + key + "=" + folder_text(text);
      }
      for (size_t s = 0; s < group.seeds.size(); ++s) {
        GroupRun run{config, tag};
        run.config.seed = group.seeds[s];
        run.tag.seed_index = static_cast<int64_t>(s);
        std::string folder = stem + "_seed=" + std::to_string(group.seeds[s]);
        if (folder.size() > kMaxFolderName)
          folder = folder.substr(0, kMaxFolderName - 9) + "-" + short_hash(folder);
        if (!folders.insert(folder).second)
          throw Error(group.source, message(MessageCode::GroupFolderClash, folder));
        run.config.name = folder;
        try {
          run.config.validate();
        } catch (const Error& e) {
          throw Error(origin(group, e.subject(), case_index, overrides), e.message());
        }
        runs.push_back(std::move(run));
      }
    }
  }
  return runs;
}

}  // namespace allcnn::config
