#pragma once

/// Marks a label or help text of the settings table for translation while core stays free of
/// Qt: it expands to the text itself. lupdate reads it as QT_TRANSLATE_NOOP (the workbench's
/// translations pass -tr-function-alias), and ui/ shows it through
/// QCoreApplication::translate(context, text). The CLI prints the English text.
#define ALLCNN_TR_NOOP(context, text) text
