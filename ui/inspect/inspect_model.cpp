#include "inspect_model.h"

#include <torch/torch.h>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include "common/error.h"
#include "data/dataset.h"
#include "engine_text.h"
#include "explain/features.h"
#include "explain/prediction.h"
#include "explain/saliency.h"
#include "image_convert.h"
#include "nn/input_layout.h"
#include "train/evaluate.h"
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
    return error_text(e);
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

struct InspectModel::Loaded {
  std::unique_ptr<train::RunModel> model;
  QString run_dir;
  QString checkpoint;
  QString checkpoint_path;
  QString description;
  QStringList class_names;
  std::mutex work;  ///< one network call at a time on this model

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

struct TestVerdict::Tensors {
  torch::Tensor images;  ///< uint8 [N, C, H, W] on the CPU
  torch::Tensor labels;
  torch::Tensor top_indices, top_probabilities;  ///< [N, k] on the CPU
};

qint64 TestVerdict::correct() const {
  qint64 sum = 0;
  for (int i = 0; i < classes; ++i) sum += confusion.value(i * classes + i);
  return sum;
}

QVector<PredictionItem> TestVerdict::cell_images(int true_class, int predicted, int limit, int k,
                                                 const QStringList& names) const {
  QVector<PredictionItem> items;
  if (!tensors) return items;
  const auto& t = *tensors;
  const auto hits =
      torch::nonzero((t.labels == true_class) & (t.top_indices.select(1, 0) == predicted))
          .flatten();
  const int64_t shown = std::min<int64_t>(hits.size(0), limit);
  const int64_t ranks = std::min<int64_t>(k, t.top_indices.size(1));
  const auto* index = hits.data_ptr<int64_t>();
  const auto top = t.top_indices.accessor<int64_t, 2>();
  const auto probability = t.top_probabilities.accessor<float, 2>();
  for (int64_t j = 0; j < shown; ++j) {
    const int64_t i = index[j];
    PredictionItem item;
    item.source = InspectModel::tr("test image %1").arg(i);
    item.input = image_from_planes(t.images[i]);
    for (int64_t r = 0; r < ranks; ++r) {
      const int c = static_cast<int>(top[i][r]);
      item.top.push_back({c, names.value(c, QString::number(c)), probability[i][r]});
    }
    items.push_back(item);
  }
  return items;
}

InspectModel::InspectModel() = default;
InspectModel::~InspectModel() = default;

InspectModel::Handle InspectModel::open(const QString& run_dir, const QString& checkpoint,
                                        QString* error) {
  auto fresh = std::make_shared<Loaded>();
  const QString failure = guarded([&] {
    fresh->model = std::make_unique<train::RunModel>(
        train::load_run_model(run_dir.toStdString(), checkpoint.toStdString(), "auto"));
  });
  if (error) *error = failure;
  if (!failure.isEmpty()) return nullptr;
  fresh->run_dir = run_dir;
  fresh->checkpoint = checkpoint;
  fresh->checkpoint_path = QString::fromStdString(fresh->model->checkpoint_path);
  for (const auto& name : fresh->model->class_names)
    fresh->class_names << QString::fromStdString(name);
  const auto& options = fresh->model->net->options();
  fresh->description = tr("%1 \u2014 %2, width %3, %4\u00d7%5\u00d7%5, %6 checkpoint (epoch %7)")
                           .arg(QFileInfo(run_dir).fileName(),
                                QString::fromStdString(config::choice_name(options.arch)))
                           .arg(options.width)
                           .arg(options.in_channels)
                           .arg(options.input_size)
                           .arg(checkpoint)
                           .arg(fresh->model->position.epoch);
  return fresh;
}

void InspectModel::adopt(Handle loaded) {
  const std::lock_guard<std::mutex> lock(mutex_);
  loaded_ = std::move(loaded);
}

InspectModel::Handle InspectModel::current() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return loaded_;
}

bool InspectModel::loaded() const { return current() != nullptr; }

QString InspectModel::run_dir() const {
  const auto s = current();
  return s ? s->run_dir : QString();
}

QString InspectModel::description() const {
  const auto s = current();
  return s ? s->description : tr("No model loaded");
}

QStringList InspectModel::class_names() const {
  const auto s = current();
  return s ? s->class_names : QStringList();
}

QVector<PredictionItem> InspectModel::predict_files(const QStringList& paths, int k,
                                                    const std::function<void(int, int)>& progress,
                                                    const std::atomic<bool>* cancel) {
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
  const auto s = current();
  int done = 0;
  for (const auto& file : files) {
    if (cancel && cancel->load()) break;
    if (progress) progress(done++, static_cast<int>(files.size()));
    PredictionItem item;
    const QString source = QString::fromStdString(file);
    if (!s) {
      items.push_back({source, {}, {}, tr("no model loaded: load a run first")});
      continue;
    }
    const QString error = guarded([&] {
      const auto planes = vision::load_image_file(file, s->input());
      const std::lock_guard<std::mutex> work(s->work);
      item = s->classify(planes, source, k);
    });
    if (!error.isEmpty()) item = {source, {}, {}, error};
    items.push_back(item);
  }
  return items;
}

PredictionItem InspectModel::predict_image(const QImage& image, const QString& name, int k) {
  const auto s = current();
  if (!s) return {name, {}, {}, tr("no model loaded: load a run first")};
  if (image.isNull()) return {name, {}, {}, tr("the clipboard holds no image")};
  PredictionItem item;
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  const QString error = guarded([&] {
    const auto planes = vision::image_from_rgb(rgb.constBits(), rgb.width(), rgb.height(),
                                               static_cast<size_t>(rgb.bytesPerLine()), s->input());
    const std::lock_guard<std::mutex> work(s->work);
    item = s->classify(planes, name, k);
  });
  if (!error.isEmpty()) return {name, {}, {}, error};
  return item;
}

QVector<LabelledImage> InspectModel::filter_grids() {
  QVector<LabelledImage> grids;
  const auto s = current();
  if (!s) return grids;
  const std::lock_guard<std::mutex> work(s->work);
  auto& net = *s->model->net;
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
  const auto s = current();
  if (!s || input.isNull()) return grids;
  const std::lock_guard<std::mutex> work(s->work);
  auto& net = *s->model->net;
  const auto layers = explain::layer_activations(net, s->network_input(input));
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
  const auto s = current();
  if (!s || input.isNull()) return images;
  const std::lock_guard<std::mutex> work(s->work);
  auto& net = *s->model->net;
  const auto cams = explain::class_activation_maps(net, s->network_input(input))[0].to(torch::kCPU);
  const auto& names = s->class_names;
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
  const auto s = current();
  if (!s || input.isNull()) return images;
  const std::lock_guard<std::mutex> work(s->work);
  auto& net = *s->model->net;
  const auto x = s->network_input(input);
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

std::shared_ptr<const TestVerdict> InspectModel::classify_test_split(
    const std::function<void(qint64, qint64)>& progress, const std::atomic<bool>* cancel,
    QString* error) {
  const auto s = current();
  if (!s) {
    if (error) *error = tr("No model loaded.");
    return nullptr;
  }
  const QFileInfo file(s->checkpoint_path);
  const QString key = file.absoluteFilePath() + QLatin1Char('|') + QString::number(file.size()) +
                      QLatin1Char('|') + QString::number(file.lastModified().toMSecsSinceEpoch());
  const QString run_prefix = QFileInfo(s->run_dir).absoluteFilePath() + QLatin1Char('/');
  std::shared_ptr<const TestVerdict::Tensors> same_split;  // the other checkpoint's images
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto found = verdicts_.find(key);
    if (found != verdicts_.end()) return found->second;
    for (const auto& [other, verdict] : verdicts_)
      if (other.startsWith(run_prefix)) same_split = verdict->tensors;
  }
  std::shared_ptr<const TestVerdict> result;
  const QString failure = guarded([&] {
    const std::lock_guard<std::mutex> work(s->work);
    auto& model = *s->model;
    torch::Tensor images, labels;
    if (same_split) {
      images = same_split->images;
      labels = same_split->labels;
    } else {
      const auto& config = model.config;
      auto splits = data::load_dataset(config.dataset.value_or(data::default_dataset_kind()),
                                       config.data_dir, config.folder);
      auto test = config.test_limit > 0 ? splits.test.head(config.test_limit) : splits.test;
      images = test.images;
      labels = test.labels.to(torch::kInt64);
    }
    const int64_t total = images.size(0);
    const int64_t classes = static_cast<int64_t>(s->class_names.size());
    const int64_t k = std::min<int64_t>(5, classes);
    torch::NoGradGuard no_grad;
    model.net->eval();
    std::vector<torch::Tensor> values, indices;
    // The batches of the run's own evaluation: the same numbers, so the same matrix.
    const int64_t batch_size = train::evaluation_batch_size(model.device);
    for (int64_t begin = 0; begin < total; begin += batch_size) {
      if (cancel && cancel->load()) return;
      if (progress) progress(begin, total);
      const auto batch = images.slice(0, begin, std::min(begin + batch_size, total));
      const auto input = nn::in_model_layout(model.augmenter->preprocess(batch.to(model.device)));
      const auto probabilities = torch::softmax(model.net->forward(input).to(torch::kFloat32), 1);
      auto [top_values, top_indices] = probabilities.topk(k, 1);
      values.push_back(top_values.to(torch::kCPU));
      indices.push_back(top_indices.to(torch::kCPU));
    }
    if (progress) progress(total, total);
    auto tensors = std::make_shared<TestVerdict::Tensors>();
    tensors->images = images.to(torch::kCPU);
    tensors->labels = labels.to(torch::kCPU);
    tensors->top_probabilities =
        total > 0 ? torch::cat(values).contiguous() : torch::zeros({0, k}, torch::kFloat32);
    tensors->top_indices =
        total > 0 ? torch::cat(indices).contiguous() : torch::zeros({0, k}, torch::kInt64);
    auto verdict = std::make_shared<TestVerdict>();
    verdict->checkpoint =
        tr("%1 checkpoint (epoch %2)").arg(s->checkpoint).arg(model.position.epoch);
    verdict->classes = static_cast<int>(classes);
    verdict->count = total;
    const auto cells = torch::bincount(
        tensors->labels * classes + tensors->top_indices.select(1, 0), {}, classes * classes);
    const auto* count = cells.data_ptr<int64_t>();
    for (int64_t i = 0; i < classes * classes; ++i) verdict->confusion.push_back(count[i]);
    verdict->tensors = std::move(tensors);
    result = std::move(verdict);
  });
  if (error) *error = failure;
  if (result) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (verdicts_.emplace(key, result).second) verdict_order_.push_back(key);
    while (verdict_order_.size() > kKeptVerdicts) {
      verdicts_.erase(verdict_order_.front());
      verdict_order_.erase(verdict_order_.begin());
    }
  }
  return result;
}

}  // namespace allcnn::ui::inspect
