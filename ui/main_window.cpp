#include "main_window.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <torch/torch.h>

#include "common/error.h"
#include "data/dataset.h"
#include "nn/model.h"

namespace allcnn::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("All-CNN Workbench"));
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);

  const auto kind = data::default_dataset_kind();
  const auto dir = data::find_dataset_dir(kind);
  dataset_label_ = new QLabel(
      dir.empty() ? tr("No dataset found: install dataset-fashion-mnist or set ALLCNN_DATA_DIR.")
                  : tr("Dataset: %1 in %2")
                        .arg(QString::fromStdString(data::to_string(kind)),
                             QString::fromStdString(dir)),
      central);
  layout->addWidget(dataset_label_);

  auto* arch = new QComboBox(central);
  for (const auto& name : nn::architecture_names()) arch->addItem(QString::fromStdString(name));
  arch->setCurrentText(QStringLiteral("all-cnn-c"));
  layout->addWidget(arch);

  layers_ = new QTableWidget(0, 4, central);
  layers_->setHorizontalHeaderLabels({tr("Layer"), tr("Kind"), tr("Output shape"), tr("Parameters")});
  layers_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  layers_->verticalHeader()->hide();
  layout->addWidget(layers_);
  setCentralWidget(central);

  connect(arch, &QComboBox::currentTextChanged, this, &MainWindow::show_model);
  show_model(arch->currentText());
  resize(900, 700);
}

void MainWindow::show_model(const QString& arch) {
  nn::ModelOptions options;
  options.arch = nn::architecture_from_string(arch.toStdString());
  const bool mnist_like = data::default_dataset_kind() == data::DatasetKind::FashionMnist;
  options.in_channels = mnist_like ? 1 : 3;
  options.input_size = mnist_like ? 28 : 32;
  nn::ConvNet net(options);
  const auto rows = net->describe();
  layers_->setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    QStringList shape;
    for (auto v : rows[r].output_shape) shape << QString::number(v);
    layers_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(rows[r].name)));
    layers_->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(rows[r].kind)));
    layers_->setItem(r, 2, new QTableWidgetItem(shape.join(QStringLiteral(" x "))));
    layers_->setItem(r, 3, new QTableWidgetItem(QString::number(rows[r].parameters)));
  }
}

}  // namespace allcnn::ui
