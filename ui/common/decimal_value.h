#pragma once

namespace allcnn::ui {

/// The double that the shortest decimal form of `v` denotes: 0.1f gives 0.1, not
/// 0.100000001490116. The charts keep float columns; what they write to a file should show the
/// digits the value has, and read back as float it is `v` again. NaN and infinities pass
/// unchanged.
double decimal_value(float v);

}  // namespace allcnn::ui
