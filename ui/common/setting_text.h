#pragma once

#include <QString>

namespace allcnn::config {
class Setting;
}

namespace allcnn::ui {

/// A text of the settings table (a label, a help line, a unit, a group title) in the user's
/// language: core marks them with ALLCNN_TR_NOOP("Settings", ...), lupdate collects them.
QString setting_text(const char* text);

/// The tooltip of a setting's field: its help, then what 0 (or empty) means, its range and
/// unit, and its default.
QString setting_tooltip(const config::Setting& row);

/// The label of a setting for tables (the compare page's differences): the translated label.
QString setting_label(const config::Setting& row);

}  // namespace allcnn::ui
