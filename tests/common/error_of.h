#pragma once

// What a user reads when an action fails: the message of the allcnn::Error it throws.

#include <QString>

#include "common/error.h"

namespace allcnn::testing {

/// The message of the allcnn::Error that `action` throws, and its subject (the file or the
/// setting) into `subject` when given; empty when it throws none.
template <typename Fn>
QString error_of(Fn&& action, QString* subject = nullptr) {
  try {
    action();
  } catch (const Error& e) {
    if (subject) *subject = QString::fromStdString(e.subject());
    return QString::fromStdString(e.what());
  }
  return {};
}

}  // namespace allcnn::testing
