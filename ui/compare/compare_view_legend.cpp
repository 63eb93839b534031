// The compare view's legend: one entry per line drawn, in its colour; coloured by group, a key
// to the groups' hues.
#include <algorithm>
#include <limits>
#include <utility>

#include "compare_view.h"

namespace allcnn::ui::compare {

QString CompareView::legend_entries(const QList<RunData>& runs, const ChartPlan* merged,
                                    const ChartOptions& base, const QList<QColor>& colors) const {
  struct Entry {
    int run;
    QString html;
  };
  QList<Entry> entries;
  const auto swatch = [&colors](int run, const QString& name) {
    return QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2")
        .arg(colors.value(run, Qt::black).name(), name.toHtmlEscaped());
  };
  if (merged) {
    // One entry per line drawn: a run, or several seeds of one configuration.
    for (const ChartPlan::Line& line : merged->lines)
      entries.append({line.run, swatch(line.run, line.name)});
  } else {
    for (int i = 0; i < runs.size(); ++i) {
      QString text = swatch(i, runs[i].name);
      if (runs[i].live()) text += QStringLiteral(" <i>%1</i>").arg(tr("(live)"));
      if (runs[i].dir == base.baseline_dir)
        text += QStringLiteral(" <b>%1</b>").arg(tr("(baseline)"));
      entries.append({i, text});
    }
  }
  const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp; ");
  QStringList parts;
  if (!colors_by_group(runs, color_by())) {
    for (const Entry& e : entries) parts.append(e.html);
    return parts.join(gap);
  }
  // Coloured by group, the legend reads as a key to the hues: each group's name, then its
  // lines; the groups in the order of their hues, the runs of no group last.
  const auto family = [&](const Entry& e) {
    const QString& group = runs[e.run].group;
    const int order = group.isEmpty() ? std::numeric_limits<int>::max()
                                      : hues_.value(group, std::numeric_limits<int>::max() - 1);
    return std::make_pair(order, group);
  };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const Entry& a, const Entry& b) { return family(a) < family(b); });
  for (int i = 0; i < entries.size(); ++i) {
    const QString& group = runs[entries[i].run].group;
    if (i == 0 || group != runs[entries[i - 1].run].group)
      parts.append(
          QStringLiteral("<b>%1</b>")
              .arg(group.isEmpty() ? tr("No group:") : tr("%1:").arg(group.toHtmlEscaped())));
    parts.append(entries[i].html);
  }
  return parts.join(gap);
}

}  // namespace allcnn::ui::compare
