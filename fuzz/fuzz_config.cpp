// config.json as every front end reads it (train::config_from_text: JSON, then the settings
// table's from_json per key), then what the application does with an accepted config: the one
// validator, config.json written back, and each value as the form and the CLI show it. What is
// accepted must survive both round trips unchanged (config.json -> RunConfig -> config.json, and
// each setting's text -> value -> text), or a resumed run or a remembered form would drift; an
// error in a round trip is a finding too.

#include <optional>

#include <nlohmann/json.hpp>

#include "config/config_text.h"
#include "config/settings_table.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  std::optional<train::RunConfig> accepted;
  fuzz::refused_or_read(
      [&] { accepted = train::config_from_text(fuzz::text(data, size), "config.json"); });
  if (!accepted) return 0;
  const train::RunConfig& config = *accepted;
  fuzz::refused_or_read([&] { config.validate(); });
  try {
    const nlohmann::json written = config;
    const auto back = train::config_from_text(written.dump(), "written config.json");
    for (const auto& row : config::settings()) {
      if (!row.same_value(config, back)) __builtin_trap();  // config.json lost a value
      train::RunConfig parsed;
      row.parse(parsed, row.format(config));
      if (!row.same_value(config, parsed)) __builtin_trap();  // the form's text lost a value
      if (!row.format_json(row.to_json(config))) __builtin_trap();
    }
  } catch (const Error& e) {
    __builtin_trap();  // what was accepted once must be accepted again
  }
  return 0;
}
