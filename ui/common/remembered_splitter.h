#pragma once

#include <QString>

class QSplitter;

namespace allcnn::ui {

/// Restores where the user left `splitter` (QSettings "layout/<key>") and remembers each move,
/// so that a pane made wider or narrower stays so after a restart. Call once the splitter has
/// its widgets and default sizes. GUI thread only.
void remember_splitter(QSplitter* splitter, const QString& key);

}  // namespace allcnn::ui
