#pragma once

class QLocale;

namespace allcnn::ui {

/// Installs the workbench's own translation (":/i18n/allcnn_<locale>.qm", compiled into the
/// executable by qt_add_translations) and Qt's (dialogs, shortcuts) for `locale`, replacing any
/// installed before. Returns whether the workbench's own translation was found; English needs
/// none. Call before any translated text exists. GUI thread only.
bool install_translations(const QLocale& locale);

}  // namespace allcnn::ui
