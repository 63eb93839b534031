#pragma once

#include <QString>

namespace allcnn::ui {

/// A duration as a person reads it, in the interface's language: "45 s", "12 min 5 s",
/// "3 h 20 min". Empty for a negative or non-finite number of seconds (nothing known yet).
/// The training page's ETA and the run table's duration column both show it.
QString duration_text(double seconds);

}  // namespace allcnn::ui
