#include "inspect_model.h"

#include <torch/torch.h>
#include <QCoreApplication>
#include <QFileInfo>

#include "common/error.h"
#include "data/dataset.h"
#include "explain/features.h"
#include "explain/prediction.h"
#include "explain/saliency.h"
#include "image_convert.h"
#include "nn/input_layout.h"
#include "runs/run_reader.h"
#include "train/run_model.h"
#include "vision/image_file.h"

namespace allcnn::ui::inspect {

namespace {

QString shape_text(const torch::Tensor& t) {
  QStringList parts;
  for (const auto size : t.sizes()) parts << QString::number(size);
  return parts.join(QStringLiteral(" \u00d7 "));
}

// Every failure the engine can raise, as one line for the user.
template <typename Function>
QString guarded(Function&& function) {
  try {
    function();
    return {};
  } catch (const allcnn::Error& e) {
    return QString::fromStdString(e.what());
  } catch (const c10::Error& e) {
    return QCoreApplication::translate("InspectModel", "LibTorch error: %1")
        .arg(QString::fromStdString(e.what_without_backtrace()));
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
}

QVector<ScoredClass> to_scores(const std::vector<explain::ClassScore>& scores) {
  QVector<ScoredClass> out;
  for (const auto& s : scores)
    out.push_back({static_cast<int>(s.index), QString::fromStdString(s.name), s.probability});
  return out;
}

}  // namespace

struct InspectModel::State {
  std::unique_ptr<train::RunModel> model;
  QString run_dir;
  QString checkpoint;
  // The test split and the loaded model's top-k for every test image, computed on demand.
  torch::Tensor test_images;
  torch::Tensor test_labels;
  torch::Tensor test_predicted;
  torch::Tensor test_top_indices, test_top_probabilities;

  vision::ModelInput input() const {
    return {model->net->options().in_channels, model->net->options().input_size,
            model->config.folder.fit};
  }
  // A view's QImage back to the preprocessed float input on the model's device.
  torch::Tensor network_input(const QImage& image) const {
    const auto planes = planes_from_image(image, static_cast<int>(input().channels));
    return nn::in_model_layout(model->augmenter->preprocess(planes.to(model->device)));
  }
  PredictionItem classify(const torch::Tensor& planes, const QString& source, int k) {
    PredictionItem item;
    item.source = source;
    item.input = image_from_planes(planes[0]);
    item.top = to_scores(explain::predict(*model, planes, k).at(0));
    return item;
  }
};

InspectModel::InspectModel() : state_(std::make_unique<State>()) {}
InspectModel::~InspectModel() = default;

QString InspectModel::load(const QString& run_dir, const QString& checkpoint) {
  auto fresh = std::make_unique<State>();
  const QString error = guarded([&] {
    fresh->model = std::make_unique<train::RunModel>(
        train::load_run_model(run_dir.toStdString(), checkpoint.toStdString(), "auto"));
  });
  if (!error.isEmpty()) {
    state_ = std::make_unique<State>();
    return error;
  }
  fresh->run_dir = run_dir;
  fresh->checkpoint = checkpoint;
  state_ = std::move(fresh);
  return {};
}

bool InspectModel::loaded() const { return state_->model != nullptr; }
QString InspectModel::run_dir() const { return state_->run_dir; }

QString InspectModel::description() const {
  if (!loaded()) return tr("No model loaded");
  const auto& options = state_->model->net->options();
  return tr("%1 \u2014 %2, width %3, %4\u00d7%5\u00d7%5, %6 checkpoint (epoch %7)")
      .arg(QFileInfo(state_->run_dir).fileName(),
           QString::fromStdString(config::choice_name(options.arch)))
      .arg(options.width)
      .arg(options.in_channels)
      .arg(options.input_size)
      .arg(state_->checkpoint)
      .arg(state_->model->position.epoch);
}

QStringList InspectModel::class_names() const {
  QStringList names;
  if (loaded())
    for (const auto& name : state_->model->class_names) names << QString::fromStdString(name);
  return names;
}

QVector<PredictionItem> InspectModel::predict_files(const QStringList& paths, int k) {
  QVector<PredictionItem> items;
  std::vector<std::string> files;
  for (const auto& path : paths) files.push_back(path.toStdString());
  const QString list_error = guarded([&] { files = vision::expand_image_paths(files); });
  if (!list_error.isEmpty()) {
    items.push_back({paths.join(QStringLiteral(", ")), {}, {}, list_error});
    return items;
  }
  if (files.empty())
    items.push_back({paths.join(QStringLiteral(", ")), {}, {}, tr("no image files found")});
  for (const auto& file : files) {
    PredictionItem item;
    const QString source = QString::fromStdString(file);
    if (!loaded()) {
      items.push_back({source, {}, {}, tr("no model loaded: load a run first")});
      continue;
    }
    const QString error = guarded([&] {
      item = state_->classify(vision::load_image_file(file, state_->input()), source, k);
    });
    if (!error.isEmpty()) item = {source, {}, {}, error};
    items.push_back(item);
  }
  return items;
}

PredictionItem InspectModel::predict_bytes(const QByteArray& bytes, const QString& name, int k) {
  if (!loaded()) return {name, {}, {}, tr("no model loaded: load a run first")};
  PredictionItem item;
  const QString error = guarded([&] {
    const auto planes = vision::decode_image_bytes(
        reinterpret_cast<const unsigned char*>(bytes.constData()),
        static_cast<size_t>(bytes.size()), name.toStdString(), state_->input());
    item = state_->classify(planes, name, k);
  });
  if (!error.isEmpty()) return {name, {}, {}, error};
  return item;
}

PredictionItem InspectModel::predict_image(const QImage& image, const QString& name, int k) {
  if (!loaded()) return {name, {}, {}, tr("no model loaded: load a run first")};
  if (image.isNull()) return {name, {}, {}, tr("the clipboard holds no image")};
  PredictionItem item;
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  const QString error = guarded([&] {
    const auto planes =
        vision::image_from_rgb(rgb.constBits(), rgb.width(), rgb.height(),
                               static_cast<size_t>(rgb.bytesPerLine()), state_->input());
    item = state_->classify(planes, name, k);
  });
  if (!error.isEmpty()) return {name, {}, {}, error};
  return item;
}

QVector<LabelledImage> InspectModel::filter_grids() {
  QVector<LabelledImage> grids;
  if (!loaded()) return grids;
  auto& net = *state_->model->net;
  for (size_t i = 0; i < net.conv_indices().size(); ++i) {
    const auto bank = explain::layer_filters(net, i);
    const auto& p = bank.patches;
    LabelledImage grid;
    grid.title = QString::fromStdString(bank.layer);
    grid.shape = shape_text(p);
    if (bank.first_layer && (p.size(1) == 1 || p.size(1) == 3)) {
      grid.image = patch_grid(p, grid_columns(static_cast<int>(p.size(0))));
    } else {
      // One row per output filter, one kernel per input channel.
      grid.image = patch_grid(p.reshape({p.size(0) * p.size(1), 1, p.size(2), p.size(3)}),
                              static_cast<int>(p.size(1)));
    }
    grids.push_back(grid);
  }
  return grids;
}

QVector<LabelledImage> InspectModel::activation_grids(const QImage& input, vision::Colormap map,
                                                      bool per_map) {
  QVector<LabelledImage> grids;
  if (!loaded() || input.isNull()) return grids;
  auto& net = *state_->model->net;
  const auto layers = explain::layer_activations(net, state_->network_input(input));
  for (const auto& layer : layers) {
    LabelledImage grid;
    grid.title = QString::fromStdString(layer.name);
    grid.shape = shape_text(layer.maps);
    // A vector (after flatten, or 1x1 maps after global pooling) is drawn as one strip on one
    // scale: normalizing single values on their own would paint them all alike.
    const bool vector = layer.maps.dim() != 3 || layer.maps.size(1) * layer.maps.size(2) == 1;
    const auto maps = vector ? layer.maps.reshape({1, 1, -1}) : layer.maps;
    grid.image =
        map_grid(maps, map, per_map && !vector, grid_columns(static_cast<int>(maps.size(0))));
    grids.push_back(grid);
  }
  return grids;
}

QVector<LabelledImage> InspectModel::class_activation_maps(const QImage& input,
                                                           vision::Colormap map) {
  QVector<LabelledImage> images;
  if (!loaded() || input.isNull()) return images;
  auto& net = *state_->model->net;
  const auto cams =
      explain::class_activation_maps(net, state_->network_input(input))[0].to(torch::kCPU);
  const auto names = class_names();
  // One shared scale: the classes compare with each other (their means are the logits).
  const float low = cams.min().item<float>(), high = cams.max().item<float>();
  for (int64_t k = 0; k < cams.size(0); ++k) {
    images.push_back({names.value(static_cast<int>(k), QString::number(k)),
                      tr("mean %1").arg(cams[k].mean().item<double>(), 0, 'f', 2),
                      map_image(cams[k], map, low, high)});
  }
  return images;
}

QVector<LabelledImage> InspectModel::saliency(const QImage& input, int class_index) {
  QVector<LabelledImage> images;
  if (!loaded() || input.isNull()) return images;
  auto& net = *state_->model->net;
  const auto x = state_->network_input(input);
  images.push_back({tr("input"), shape_text(x[0]), input});
  const std::pair<explain::BackpropRule, QString> rules[] = {
      {explain::BackpropRule::Gradient, tr("gradient")},
      {explain::BackpropRule::Deconvnet, tr("deconvnet")},
      {explain::BackpropRule::Guided, tr("guided backpropagation")}};
  for (const auto& [rule, name] : rules) {
    const auto map = explain::class_saliency(net, x, class_index, rule)[0];
    images.push_back({name, shape_text(map), signed_image(map)});
  }
  return images;
}

QVector<qint64> InspectModel::confusion(QString* note) const {
  QVector<qint64> cells;
  if (state_->run_dir.isEmpty()) return cells;
  const QString error = guarded([&] {
    const auto record = runs::read_run(state_->run_dir.toStdString());
    if (!record.last_evaluation) return;
    for (const auto value : record.last_evaluation->confusion) cells.push_back(value);
    if (note)
      *note = tr("Last evaluation of the run: %1 test images").arg(record.last_evaluation->count);
  });
  if (!error.isEmpty() && note) *note = error;
  return cells;
}

QVector<PredictionItem> InspectModel::test_images(int true_class, int predicted, int limit, int k,
                                                  QString* error) {
  QVector<PredictionItem> items;
  if (!loaded()) return items;
  auto& s = *state_;
  const QString failure = guarded([&] {
    if (!s.test_predicted.defined()) {
      const auto& config = s.model->config;
      auto splits = data::load_dataset(config.dataset.value_or(data::default_dataset_kind()),
                                       config.data_dir, config.folder);
      auto test = config.test_limit > 0 ? splits.test.head(config.test_limit) : splits.test;
      torch::NoGradGuard no_grad;
      std::vector<torch::Tensor> probabilities;
      for (int64_t begin = 0; begin < test.size(); begin += 500) {
        const auto batch = test.images.slice(0, begin, std::min(begin + 500, test.size()));
        const auto input =
            nn::in_model_layout(s.model->augmenter->preprocess(batch.to(s.model->device)));
        probabilities.push_back(torch::softmax(s.model->net->forward(input), 1).to(torch::kCPU));
      }
      const auto all = torch::cat(probabilities);
      const auto [values, indices] = all.topk(std::min<int64_t>(k, all.size(1)), 1);
      s.test_images = test.images;
      s.test_labels = test.labels;
      s.test_top_probabilities = values;
      s.test_top_indices = indices;
      s.test_predicted = indices.select(1, 0);
    }
    const auto hits =
        torch::nonzero((s.test_labels == true_class) & (s.test_predicted == predicted)).flatten();
    const auto names = class_names();
    for (int64_t j = 0; j < std::min<int64_t>(hits.size(0), limit); ++j) {
      const int64_t i = hits[j].item<int64_t>();
      PredictionItem item;
      item.source = tr("test image %1").arg(i);
      item.input = image_from_planes(s.test_images[i]);
      for (int64_t r = 0; r < s.test_top_indices.size(1); ++r) {
        const int index = static_cast<int>(s.test_top_indices[i][r].item<int64_t>());
        item.top.push_back({index, names.value(index, QString::number(index)),
                            s.test_top_probabilities[i][r].item<double>()});
      }
      items.push_back(item);
    }
  });
  if (error) *error = failure;
  return items;
}

}  // namespace allcnn::ui::inspect
