#include "config/choices.h"

#include <charconv>

#include "config/tr.h"

namespace allcnn {

std::optional<DeviceSpec> parse_device(std::string_view text) {
  const auto colon = text.find(':');
  const auto kind = config::parse_choice<DeviceKind>(text.substr(0, colon));
  if (!kind) return std::nullopt;
  if (colon == std::string_view::npos) return DeviceSpec{*kind, -1};
  if (*kind != DeviceKind::Cuda) return std::nullopt;
  const std::string_view digits = text.substr(colon + 1);
  int index = -1;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || index < 0)
    return std::nullopt;
  return DeviceSpec{DeviceKind::Cuda, index};
}

std::string to_string(const DeviceSpec& device) {
  std::string text = config::choice_name(device.kind);
  if (device.kind == DeviceKind::Cuda && device.index >= 0)
    text += ":" + std::to_string(device.index);
  return text;
}

DeviceSpec device_for_local_rank(const DeviceSpec& requested, int local_rank, int gpus) {
  const bool unnumbered_gpu = requested.kind == DeviceKind::Auto ||
                              (requested.kind == DeviceKind::Cuda && requested.index < 0);
  if (!unnumbered_gpu || gpus <= 0 || local_rank < 0) return requested;
  return DeviceSpec{DeviceKind::Cuda, local_rank % gpus};
}

}  // namespace allcnn

namespace allcnn::config {

std::string join_names(const std::vector<std::string>& names, const char* last_separator) {
  std::string text;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += i + 1 == names.size() ? last_separator : ", ";
    text += names[i];
  }
  return text;
}

const char* group_title(SettingGroup group) {
  switch (group) {
    case SettingGroup::Data:
      return ALLCNN_TR_NOOP("Settings", "Data");
    case SettingGroup::Model:
      return ALLCNN_TR_NOOP("Settings", "Model");
    case SettingGroup::Initialization:
      return ALLCNN_TR_NOOP("Settings", "Initialization");
    case SettingGroup::Optimizer:
      return ALLCNN_TR_NOOP("Settings", "Optimizer");
    case SettingGroup::Schedule:
      return ALLCNN_TR_NOOP("Settings", "Schedule");
    case SettingGroup::Augmentation:
      return ALLCNN_TR_NOOP("Settings", "Augmentation");
    case SettingGroup::Execution:
      return ALLCNN_TR_NOOP("Settings", "Execution");
  }
  return "";
}

}  // namespace allcnn::config
