#include "group_colors.h"

#include <algorithm>
#include <utility>

#include <QSet>

#include "chart_style.h"
#include "compare_chart.h"

namespace allcnn::ui::compare {

GroupHues group_hues(const QList<RunData>& runs) {
  QHash<QString, QString> first_created;
  for (const RunData& run : runs) {
    if (run.group.isEmpty()) continue;
    const auto it = first_created.find(run.group);
    // config.json's ISO 8601 times, written by one machine, sort as text.
    if (it == first_created.end())
      first_created.insert(run.group, run.created);
    else if (run.created < it.value())
      it.value() = run.created;
  }
  QList<std::pair<QString, QString>> order;  // (created, name)
  for (auto it = first_created.cbegin(); it != first_created.cend(); ++it)
    order.append({it.value(), it.key()});
  std::sort(order.begin(), order.end());
  GroupHues hues;
  for (int i = 0; i < order.size(); ++i) hues.insert(order[i].second, i);
  return hues;
}

QColor group_color(const GroupHues& hues, const QString& group) {
  const auto it = hues.find(group);
  return group.isEmpty() || it == hues.end() ? QColor() : family_color(it.value());
}

bool colors_by_group(const QList<RunData>& runs, ColorBy by) {
  if (by == ColorBy::Run) return false;
  QSet<QString> groups;
  for (const RunData& run : runs)
    if (!run.group.isEmpty()) groups.insert(run.group);
  return groups.size() >= (by == ColorBy::Automatic ? 2 : 1);
}

QList<QColor> run_colors(const QList<RunData>& runs, ColorBy by, const GroupHues& hues) {
  QList<QColor> colors;
  if (!colors_by_group(runs, by)) {
    for (int i = 0; i < runs.size(); ++i) colors.append(series_color(i));
    return colors;
  }
  const QList<QList<int>> configs = configurations(runs);
  QList<int> config_of(runs.size(), 0);
  for (int c = 0; c < configs.size(); ++c)
    for (int i : configs[c]) config_of[i] = c;
  // Each family's configurations (one family per group, one for the runs of none), in the
  // order of their first run: the shades, dark to light.
  QHash<QString, QList<int>> shades;
  for (int i = 0; i < runs.size(); ++i) {
    QList<int>& family = shades[runs[i].group];
    if (!family.contains(config_of[i])) family.append(config_of[i]);
  }
  int next_hue = 0;
  for (const int hue : hues) next_hue = std::max(next_hue, hue + 1);
  GroupHues all = hues;
  for (int i = 0; i < runs.size(); ++i) {
    const QString& group = runs[i].group;
    if (!group.isEmpty() && !all.contains(group)) all.insert(group, next_hue++);
    const QList<int>& family = shades[group];
    const QColor base = group.isEmpty() ? no_family_color() : family_color(all.value(group));
    colors.append(shade_of(base, static_cast<int>(family.indexOf(config_of[i])),
                           static_cast<int>(family.size())));
  }
  return colors;
}

}  // namespace allcnn::ui::compare
