#pragma once

#include <atomic>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <vector>

#include "span.h"

namespace allcnn::ui::compare {

/// A column of floats (a run's steps, or one metric's values) that grows only at its end and is
/// shared, not copied, between the copies of a run: a copy costs a pointer, however many points
/// the column holds. Each copy sees its own length; what one copy appends lies beyond every
/// other copy's end, so they never see it, and a worker may read one copy while the GUI thread
/// appends to another (a followed run's update appends a few thousand rows to half a million
/// without copying them). Appending where another copy appended first, or after shrinking,
/// copies the values into a buffer of its own.
class Column {
 public:
  Column() = default;
  Column(std::initializer_list<float> values);

  const float* data() const { return buffer_ ? buffer_->values.get() : nullptr; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const float* begin() const { return data(); }
  const float* end() const { return data() + size_; }
  const float& operator[](size_t i) const { return data()[i]; }
  const float& front() const { return data()[0]; }
  const float& back() const { return data()[size_ - 1]; }
  operator Span<float>() const { return {data(), size_}; }  // NOLINT: read like a vector

  void push_back(float value) { *grow(1) = value; }
  void append(Span<float> values);
  /// Shorter: drops the values past `size`; longer: appends `fill`.
  void resize(size_t size, float fill);
  /// Room for `capacity` values in a buffer of its own, so that appending up to there copies
  /// nothing.
  void reserve(size_t capacity);
  void clear();

 private:
  struct Buffer {
    explicit Buffer(size_t capacity);
    std::unique_ptr<float[]> values;  ///< not initialized: untouched pages cost no memory
    size_t capacity;
    /// How far some copy has written: the copy whose end this is may append in place.
    std::atomic<size_t> used{0};
  };
  /// Makes room for `count` more values at the end; returns where they go.
  float* grow(size_t count);

  std::shared_ptr<Buffer> buffer_;
  size_t size_ = 0;
};

/// Equal values (tests compare columns with each other and with vectors).
bool operator==(const Column& a, const Column& b);
bool operator==(const Column& a, const std::vector<float>& b);
inline bool operator==(const std::vector<float>& a, const Column& b) { return b == a; }
inline bool operator!=(const Column& a, const std::vector<float>& b) { return !(a == b); }

}  // namespace allcnn::ui::compare
