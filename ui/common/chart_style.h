#pragma once

// What every chart of the window shares: the series colours, the value axes' ranges, ticks and
// label formats, and a legend that shows every series however many there are.

#include <QColor>
#include <QString>
#include <QWidget>

class QChart;
class QValueAxis;

namespace allcnn::ui {

class FlowLayout;

/// The colour of the `index`-th series: 12 colours told apart with the common colour-vision
/// deficiencies (Okabe and Ito's eight, then four of Paul Tol's "muted" scheme), repeating
/// after the twelfth.
QColor series_color(int index);
inline constexpr int kSeriesColors = 12;

/// The colour of the `index`-th family of series (the runs of one group): series_color's
/// palette without its black, whose shades would be the greys that series of no family get;
/// repeating after the eleventh.
QColor family_color(int index);
inline constexpr int kFamilyColors = kSeriesColors - 1;
/// The grey of series that belong to no family.
QColor no_family_color();

/// The `shade`-th of `shades` shades of `color` (0 the darkest), told apart by lightness alone
/// so they stay of one hue: one shade is `color` itself; more spread around its lightness, at
/// most from 0.18 (still the hue) to 0.66 (still readable on white).
QColor shade_of(const QColor& color, int shade, int shades);

/// How an axis counts: whole numbers (epochs, iterations, layers: no tick between two of them)
/// or real values (losses, learning rates).
enum class AxisNumbers { Whole, Real };

/// The tick interval for [min, max] giving about `ticks` ticks: 1, 2, 2.5 or 5 times a power of
/// ten (whole numbers: at least 1).
double nice_tick_interval(double min, double max, AxisNumbers numbers, int ticks = 5);

/// The printf format that labels ticks `interval` apart on an axis reaching `magnitude`
/// (the largest absolute value) with as many digits as tell the ticks apart and no more:
/// "%.0f" for epochs, "%.2f" for 0.25 steps, "%.5f" for learning rates 0.00095 to 0.00105,
/// "%.2g" below 0.001 (1e-05).
QString tick_label_format(double interval, double magnitude);

/// Fits `axis` to the data range [min, max], padded by `pad` of the range on both sides so
/// points on the edge show whole (a single point gets a range around it), with ticks at
/// multiples of nice_tick_interval() (0 among them when in range) and tick_label_format()'s
/// labels.
void fit_value_axis(QValueAxis* axis, double min, double max, AxisNumbers numbers,
                    double pad = 0.03);

/// A chart's legend as a widget beside it, whose entries wrap onto more lines rather than
/// being dropped when the chart is short (QChart's own legend leaves out what does not fit).
/// Series without a name, and a second series of the same name, get no entry.
class ChartLegend : public QWidget {
  Q_OBJECT

 public:
  explicit ChartLegend(QWidget* parent = nullptr);
  /// Hides `chart`'s own legend and shows an entry for each of its named series.
  void show_series(QChart* chart);
  QStringList labels() const;

 private:
  FlowLayout* flow_ = nullptr;
};

}  // namespace allcnn::ui
