#pragma once

// Colouring runs by the group that made them (a sweep, a queued study): the families of hues
// that the browser's rows and the comparison's lines share.

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

#include "run_data.h"

namespace allcnn::ui::compare {

/// How the comparison colours its runs.
enum class ColorBy {
  Automatic,  ///< by group when the runs shown are of two or more groups, else by run
  Run,        ///< each run (or merged line) a colour of its own: the most distinct
  Group,      ///< each group a hue, its configurations shades of it, runs of no group grey
};

/// The hue (an index for family_color) of each group: the groups in the order their first run
/// was created (then by name), so that a new sweep takes the next hue and the groups before it
/// keep theirs while the folder fills. Runs of no group have none. Computed over a whole runs
/// folder by the browser, so a group has one hue in the table and in every comparison.
using GroupHues = QHash<QString, int>;
GroupHues group_hues(const QList<RunData>& runs);

/// The base colour of `group`'s hue; invalid for no group or a group `hues` lacks.
QColor group_color(const GroupHues& hues, const QString& group);

/// Whether `by` colours `runs` by group: Automatic when they are of two or more groups, Group
/// when one or more of them has a group (with none, there is nothing to colour by).
bool colors_by_group(const QList<RunData>& runs, ColorBy by);

/// The colour of each of `runs`: series_color by position, or by group (colors_by_group): the
/// group's hue from `hues` (a group it lacks takes a hue after theirs), one shade of it per
/// configuration of the group among `runs`, runs of no group in shades of grey. The seeds of
/// one configuration share a shade: they repeat one experiment, and merged they are one line.
QList<QColor> run_colors(const QList<RunData>& runs, ColorBy by, const GroupHues& hues);

}  // namespace allcnn::ui::compare
