#pragma once

#include <cstddef>
#include <vector>

namespace allcnn::ui {

/// A read-only view of contiguous values (C++20's std::span<const T>, which C++17 lacks): what
/// the chart code reads, whether the values live in a std::vector or in a column shared between
/// copies of a run (compare::Column). Valid while what it views is neither changed nor freed.
template <typename T>
class Span {
 public:
  constexpr Span() = default;
  constexpr Span(const T* data, size_t size) : data_(data), size_(size) {}
  // Implicit, as std::span's is: a vector passes wherever a span is read.
  Span(const std::vector<T>& values) : data_(values.data()), size_(values.size()) {}  // NOLINT

  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  const T& operator[](size_t i) const { return data_[i]; }
  const T& front() const { return data_[0]; }
  const T& back() const { return data_[size_ - 1]; }

 private:
  const T* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace allcnn::ui
