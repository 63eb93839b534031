#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "config/choice.h"

// Every closed choice of the engine, each with its one name table. The spellings are the ones
// config.json, the CLI and the form use; changing one breaks old run folders.

namespace allcnn::nn {
/// The four networks of "Striving for Simplicity" (Springenberg et al., 2014), table 1/2.
enum class Architecture { ModelC, StridedCnnC, ConvPoolCnnC, AllCnnC };
}  // namespace allcnn::nn

namespace allcnn::init {
enum class InitKind {
  Lsuv,
  GlorotNormal,
  GlorotUniform,
  HeNormal,
  HeUniform,
  Gaussian,
  Orthogonal
};
}  // namespace allcnn::init

namespace allcnn::data {
/// The four built-in datasets, and a folder of image files with one subfolder per class.
enum class DatasetKind { Cifar10, Cifar100, FashionMnist, Mnist, Folder };
/// How an image of another size becomes the square network input.
enum class ImageFit {
  Crop,    ///< the shorter side scaled to the square, then the centre cut out
  Resize,  ///< the whole image scaled to the square (the aspect ratio is not kept)
};
/// The channels an image folder is converted to.
enum class ImageChannels { Auto, Grey, Rgb };
/// The augmentations and preprocessing steps, each switched on alone (AugmentOptions).
enum class Augmentation { Shift, Flip, Normalize, Zca };
}  // namespace allcnn::data

namespace allcnn::train {
enum class OptimizerKind { Sgd, RmsProp, Adam };
enum class ScheduleKind { Constant, TimeDecay, Steps, Cosine, Plateau };
/// What a run folder's status file says.
enum class RunState { Running, Finished, Stopped, Failed };
}  // namespace allcnn::train

namespace allcnn {
enum class DeviceKind { Auto, Cpu, Cuda };

/// A device as a setting names it: "auto" (CUDA when available, else the CPU), "cpu", "cuda"
/// (the current CUDA device) or "cuda:N".
struct DeviceSpec {
  DeviceKind kind = DeviceKind::Auto;
  int index = -1;  ///< CUDA only: the device number; -1: the current one

  bool operator==(const DeviceSpec& other) const {
    return kind == other.kind && index == other.index;
  }
  bool operator!=(const DeviceSpec& other) const { return !(*this == other); }
};

/// "cuda:1" etc.; nullopt for anything else ("nonsense", "cuda:", "cpu:0").
std::optional<DeviceSpec> parse_device(std::string_view text);
std::string to_string(const DeviceSpec& device);
/// The device of one of several processes on a machine (data-parallel training, `local_rank`
/// from LOCAL_RANK or Slurm's SLURM_LOCALID): "auto" and "cuda" without a number become
/// cuda:(local_rank mod gpus) where the machine has `gpus` GPUs, so that each process trains on
/// its own; a numbered GPU the user chose, the CPU, and any device on a machine without GPUs
/// stay as they are.
DeviceSpec device_for_local_rank(const DeviceSpec& requested, int local_rank, int gpus);
}  // namespace allcnn

namespace allcnn::config {

/// The sections of the settings: the CLI's help and the form show one per group.
enum class SettingGroup {
  Data,
  Model,
  Initialization,
  Optimizer,
  Schedule,
  Augmentation,
  Execution
};

template <>
struct Choices<nn::Architecture> {
  static constexpr const char* what = "architecture";
  static constexpr NameEntry<nn::Architecture> names[] = {
      {nn::Architecture::ModelC, "model-c"},
      {nn::Architecture::StridedCnnC, "strided-cnn-c"},
      {nn::Architecture::ConvPoolCnnC, "convpool-cnn-c"},
      {nn::Architecture::AllCnnC, "all-cnn-c"}};
};

template <>
struct Choices<init::InitKind> {
  static constexpr const char* what = "initializer";
  static constexpr NameEntry<init::InitKind> names[] = {
      {init::InitKind::Lsuv, "lsuv"},
      {init::InitKind::GlorotNormal, "glorot-normal"},
      {init::InitKind::GlorotUniform, "glorot-uniform"},
      {init::InitKind::HeNormal, "he-normal"},
      {init::InitKind::HeUniform, "he-uniform"},
      {init::InitKind::Gaussian, "gaussian"},
      {init::InitKind::Orthogonal, "orthogonal"}};
};

template <>
struct Choices<data::DatasetKind> {
  static constexpr const char* what = "dataset";
  static constexpr NameEntry<data::DatasetKind> names[] = {
      {data::DatasetKind::Cifar10, "cifar10"},
      {data::DatasetKind::Cifar100, "cifar100"},
      {data::DatasetKind::FashionMnist, "fashion-mnist"},
      {data::DatasetKind::Mnist, "mnist"},
      {data::DatasetKind::Folder, "folder"}};
};

template <>
struct Choices<data::ImageFit> {
  static constexpr const char* what = "image fit";
  static constexpr NameEntry<data::ImageFit> names[] = {{data::ImageFit::Crop, "crop"},
                                                        {data::ImageFit::Resize, "resize"}};
};

template <>
struct Choices<data::ImageChannels> {
  static constexpr const char* what = "image channels";
  static constexpr NameEntry<data::ImageChannels> names[] = {{data::ImageChannels::Auto, "auto"},
                                                             {data::ImageChannels::Grey, "grey"},
                                                             {data::ImageChannels::Rgb, "rgb"}};
};

template <>
struct Choices<data::Augmentation> {
  static constexpr const char* what = "augmentation";
  static constexpr NameEntry<data::Augmentation> names[] = {
      {data::Augmentation::Shift, "shift"},
      {data::Augmentation::Flip, "flip"},
      {data::Augmentation::Normalize, "normalize"},
      {data::Augmentation::Zca, "zca"}};
};

template <>
struct Choices<train::OptimizerKind> {
  static constexpr const char* what = "optimizer";
  static constexpr NameEntry<train::OptimizerKind> names[] = {
      {train::OptimizerKind::Sgd, "sgd"},
      {train::OptimizerKind::RmsProp, "rmsprop"},
      {train::OptimizerKind::Adam, "adam"}};
};

template <>
struct Choices<train::ScheduleKind> {
  static constexpr const char* what = "schedule";
  static constexpr NameEntry<train::ScheduleKind> names[] = {
      {train::ScheduleKind::Constant, "constant"},
      {train::ScheduleKind::TimeDecay, "time-decay"},
      {train::ScheduleKind::Steps, "steps"},
      {train::ScheduleKind::Cosine, "cosine"},
      {train::ScheduleKind::Plateau, "plateau"}};
};

template <>
struct Choices<train::RunState> {
  static constexpr const char* what = "run state";
  static constexpr NameEntry<train::RunState> names[] = {{train::RunState::Running, "running"},
                                                         {train::RunState::Finished, "finished"},
                                                         {train::RunState::Stopped, "stopped"},
                                                         {train::RunState::Failed, "failed"}};
};

template <>
struct Choices<DeviceKind> {
  static constexpr const char* what = "device";
  static constexpr NameEntry<DeviceKind> names[] = {
      {DeviceKind::Auto, "auto"}, {DeviceKind::Cpu, "cpu"}, {DeviceKind::Cuda, "cuda"}};
};

template <>
struct Choices<SettingGroup> {
  static constexpr const char* what = "settings group";
  static constexpr NameEntry<SettingGroup> names[] = {
      {SettingGroup::Data, "data"},
      {SettingGroup::Model, "model"},
      {SettingGroup::Initialization, "initialization"},
      {SettingGroup::Optimizer, "optimizer"},
      {SettingGroup::Schedule, "schedule"},
      {SettingGroup::Augmentation, "augmentation"},
      {SettingGroup::Execution, "execution"}};
};

/// The group's title as the CLI's help and the form show it (translatable, context "Settings").
const char* group_title(SettingGroup group);

}  // namespace allcnn::config
