#pragma once

#include <exception>

#include <QString>

namespace allcnn {
struct Message;
struct Reason;
}  // namespace allcnn

namespace allcnn::ui {

/// What the engine said, in the user's language: the code's template translated (context
/// "Engine", from core/common/messages.def) with the message's parameters filled in. Free text
/// (MessageCode::Text) stays as it came. Callable from any thread.
QString engine_text(const Message& message);

/// A run's reason (how it ended): "subject: text" with the text in the user's language.
QString engine_text(const Reason& reason);

/// An exception's text for people: an allcnn::Error as "subject: reason" in the user's language,
/// any other as its what() says.
QString error_text(const std::exception& error);

}  // namespace allcnn::ui
