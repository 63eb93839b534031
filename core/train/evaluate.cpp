#include "train/evaluate.h"

#include <torch/torch.h>

#include "common/torch_compat.h"
#include "data/batcher.h"
#include "nn/input_layout.h"

namespace allcnn::train {

int64_t evaluation_batch_size(torch::Device device) { return device.is_cpu() ? 64 : 256; }

std::optional<metrics::Evaluation> evaluate(
    nn::ConvNetImpl& net, const data::Dataset& dataset, const data::Augmenter& augmenter,
    torch::Device device, int64_t batch_size, bool bf16, const std::atomic<bool>* stop,
    const std::function<void(int64_t done, int64_t total)>& progress,
    const EvaluationShard& shard) {
  torch::NoGradGuard no_grad;
  nn::EvalScope eval(net);
  const int64_t classes = static_cast<int64_t>(dataset.class_names.size());
  const auto on_device = torch::TensorOptions().device(device);
  auto confusion_sum = torch::zeros({classes * classes}, on_device.dtype(torch::kInt64));
  auto loss_total = torch::zeros({}, on_device.dtype(torch::kFloat64));
  const bool sharded = shard.world > 1 && shard.sum;
  data::Batcher batcher(dataset, sharded ? batch_size * shard.world : batch_size,
                        /*shuffle=*/false, 0);
  if (sharded) batcher.set_shard(shard.rank, shard.world);
  data::Batch batch;
  int64_t done = 0;
  while (true) {
    if (progress) progress(done, dataset.size());
    if (stop != nullptr && stop->load()) return std::nullopt;
    if (!batcher.next(batch)) break;
    done += batch.whole_size();
    if (batch.labels.size(0) == 0) continue;  // this process's share of a short last batch
    const auto labels = batch.labels.to(device);
    torch::Tensor logits, loss;
    {
      AutocastScope autocast(device.type(), bf16);
      logits = net.forward(nn::in_model_layout(augmenter.preprocess(batch.images)));
      loss = torch::nn::functional::cross_entropy(
          logits, labels, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
    }
    loss_total += loss.to(torch::kFloat64);
    confusion_sum += torch::bincount(labels * classes + logits.argmax(1), {}, classes * classes);
  }
  if (sharded) shard.sum({confusion_sum, loss_total});
  const auto confusion = confusion_sum.cpu();
  const double loss_sum = loss_total.item<double>();

  metrics::Evaluation result;
  result.count = dataset.size();
  auto matrix = confusion.view({classes, classes});
  const auto correct = matrix.diagonal().sum().item<int64_t>();
  result.loss = result.count > 0 ? loss_sum / static_cast<double>(result.count) : 0.0;
  result.accuracy =
      result.count > 0 ? static_cast<double>(correct) / static_cast<double>(result.count) : 0.0;
  auto per_class_total = matrix.sum(1);
  for (int64_t k = 0; k < classes; ++k) {
    const auto total = per_class_total[k].item<int64_t>();
    result.per_class_accuracy.push_back(
        total > 0 ? static_cast<double>(matrix[k][k].item<int64_t>()) / static_cast<double>(total)
                  : 0.0);
  }
  result.confusion.assign(confusion.data_ptr<int64_t>(),
                          confusion.data_ptr<int64_t>() + confusion.numel());
  return result;
}

}  // namespace allcnn::train
