#pragma once

#include <QString>

class QLogValueAxis;

namespace allcnn::ui {

/// A logarithmic value axis as every page draws one: labels in "%.3g", minor ticks chosen by
/// Qt. Owned by the caller until added to a chart.
QLogValueAxis* new_log_axis(const QString& title = {});

/// Fits `axis` to the positive values [low, high]. A range of a decade or more gets base 10
/// and whole decades, so both ends carry a label (LSUV variances span tens of decades). A
/// narrower one (a loss from 2.5 to 1.2) would get no label at all with base 10, so its base
/// is chosen to give about five ticks.
void fit_log_axis(QLogValueAxis* axis, double low, double high);

}  // namespace allcnn::ui
