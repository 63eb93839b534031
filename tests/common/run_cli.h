#pragma once
// The allcnn command line run as a child process, as a user runs it. Needs ALLCNN_CLI, the
// built binary's path, defined for the test target.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace allcnn::testing {

struct CliResult {
  int exit_code = -1;  ///< -1 when it crashed or did not end within the time given
  QString output;      ///< standard output and standard error, as they came
};

inline CliResult run_cli(const QStringList& arguments, int timeout_ms = 600000) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(QStringLiteral(ALLCNN_CLI), arguments);
  process.waitForFinished(timeout_ms);
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          QString::fromUtf8(process.readAll())};
}

}  // namespace allcnn::testing
