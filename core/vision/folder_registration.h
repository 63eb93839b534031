#pragma once

// Torch-free on purpose: the workbench's main() includes it and compiles without LibTorch.
namespace allcnn::vision {

/// Installs vision::load_image_folder as core's reader of DatasetKind::Folder
/// (data::set_folder_loader). Call once at start-up, before any dataset is loaded, in every
/// main that links allcnn_vision; without it a folder dataset is a clear error.
void register_folder_datasets();

}  // namespace allcnn::vision
