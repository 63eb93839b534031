#pragma once

#include <memory>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace allcnn::ui::inspect {

class ActivationsView;
class ConfusionView;
class FiltersView;
class InspectModel;
class PredictPanel;
class SaliencyView;

/// "Look inside the network": a model loaded from any run folder (best or last checkpoint)
/// and five views of it: prediction (drop or paste images), filters, activations, saliency,
/// confusion. The main window embeds it as a page. Everything runs on the GUI thread; no
/// torch or OpenCV header is visible from here.
class InspectPage : public QWidget {
  Q_OBJECT

 public:
  explicit InspectPage(QWidget* parent = nullptr);
  ~InspectPage() override;

  /// Loads checkpoints/<checkpoint>.pt ("best" or "last") of the run folder `dir`; a failure
  /// shows its reason and leaves no model loaded.
  void load_run(const QString& dir, const QString& checkpoint);
  bool model_loaded() const;
  /// The status line ("Loaded ...", or why loading failed).
  QString status() const;

  QTabWidget* tabs() const { return tabs_; }
  PredictPanel* predict_panel() const { return predict_; }
  FiltersView* filters_view() const { return filters_; }
  ActivationsView* activations_view() const { return activations_; }
  SaliencyView* saliency_view() const { return saliency_; }
  ConfusionView* confusion_view() const { return confusion_; }

 Q_SIGNALS:
  void run_loaded(const QString& dir);

 private:
  std::unique_ptr<InspectModel> model_;
  QLineEdit* run_dir_ = nullptr;
  QComboBox* checkpoint_ = nullptr;
  QLabel* status_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  PredictPanel* predict_ = nullptr;
  FiltersView* filters_ = nullptr;
  ActivationsView* activations_ = nullptr;
  SaliencyView* saliency_ = nullptr;
  ConfusionView* confusion_ = nullptr;
};

}  // namespace allcnn::ui::inspect
