#pragma once

#include <QMainWindow>

class QLabel;
class QTableWidget;

namespace allcnn::ui {

/// The workbench's main window. For now: the default dataset and the chosen model's layers.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

 private:
  void show_model(const QString& arch);

  QLabel* dataset_label_ = nullptr;
  QTableWidget* layers_ = nullptr;
};

}  // namespace allcnn::ui
