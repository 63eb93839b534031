#pragma once

#include <QString>
#include <QStringList>

// What the training page asks the engine that needs LibTorch to answer; the definitions stay in
// train_bridge.cpp so that no header of this page includes torch.
namespace allcnn::config {
class Setting;
}

namespace allcnn::ui {

/// The names a choice setting's combo box offers: the table's, except for the device, where
/// they are the devices this process can use.
QStringList choices_for(const config::Setting& row);

/// What the combo box shows for `value` of `row`: the value itself, except for a GPU, which
/// shows its name and memory ("cuda:0 (NVIDIA H200, 150 GB)").
QString choice_label(const config::Setting& row, const QString& value);

/// "auto" first, then every device this process can use ("cpu", "cuda:0", ...).
QStringList device_names();
/// The folder `dataset` (empty: the default one) would be read from, or "" when none is found.
QString found_dataset_dir(const QString& dataset);

}  // namespace allcnn::ui
