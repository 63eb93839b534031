#include "column.h"

#include <algorithm>

namespace allcnn::ui::compare {

Column::Buffer::Buffer(size_t capacity_) : values(new float[capacity_]), capacity(capacity_) {}

Column::Column(std::initializer_list<float> values) {
  if (values.size() == 0) return;
  std::copy(values.begin(), values.end(), grow(values.size()));
}

float* Column::grow(size_t count) {
  if (buffer_ && size_ + count <= buffer_->capacity) {
    // Claims [size_, size_ + count) unless another copy has written past this copy's end.
    size_t end = size_;
    if (buffer_->used.compare_exchange_strong(end, size_ + count)) {
      float* at = buffer_->values.get() + size_;
      size_ += count;
      return at;
    }
  }
  // A buffer of its own, with room to grow: appends copy the column once per doubling.
  reserve(std::max<size_t>(2 * (size_ + count), 256));
  return grow(count);
}

void Column::reserve(size_t capacity) {
  if (buffer_ && buffer_->capacity >= capacity && buffer_->used.load() == size_) return;
  auto fresh = std::make_shared<Buffer>(std::max(capacity, size_));
  std::copy(begin(), end(), fresh->values.get());
  fresh->used.store(size_);
  buffer_ = std::move(fresh);
}

void Column::append(Span<float> values) {
  if (values.empty()) return;
  std::copy(values.begin(), values.end(), grow(values.size()));
}

void Column::resize(size_t size, float fill) {
  if (size <= size_) {
    size_ = size;
    return;
  }
  const size_t added = size - size_;
  std::fill_n(grow(added), added, fill);
}

void Column::clear() {
  buffer_.reset();
  size_ = 0;
}

bool operator==(const Column& a, const Column& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

bool operator==(const Column& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

}  // namespace allcnn::ui::compare
