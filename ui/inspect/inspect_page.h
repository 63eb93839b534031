#pragma once

#include <memory>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace allcnn::ui {
class BackgroundTask;
}

namespace allcnn::ui::inspect {

class ActivationsView;
class ConfusionView;
class FiltersView;
class InspectModel;
class LayersView;
class PredictPanel;
class SaliencyView;

/// "Look inside the network": a model loaded from any run folder (best or last checkpoint)
/// and five views of it: prediction (drop or paste images), filters, activations, saliency,
/// confusion; and a sixth of how its layers trained (the run's training diagnostics, which
/// need no model, so a run without a checkpoint yet shows them too). The main window embeds it as a
/// page. Loading and every network call run on workers (each view has its own BackgroundTask); no
/// torch or OpenCV header is visible here.
class InspectPage : public QWidget {
  Q_OBJECT

 public:
  explicit InspectPage(QWidget* parent = nullptr);
  ~InspectPage() override;

  /// Loads checkpoints/<checkpoint>.pt ("best" or "last") of the run folder `dir` on a
  /// worker; a failure shows its reason and leaves no model loaded. A load asked for later
  /// wins over one still running.
  void load_run(const QString& dir, const QString& checkpoint);
  bool model_loaded() const;
  /// The run training in `run_dir` recorded another window of diagnostics: the Layers view
  /// reads it again when the page shows that run, or no run yet.
  void follow_run(const QString& run_dir);
  /// Whether the load or any view's work is still running.
  bool busy() const;
  /// The status line ("Loaded ...", or why loading failed).
  QString status() const;

  QTabWidget* tabs() const { return tabs_; }
  PredictPanel* predict_panel() const { return predict_; }
  FiltersView* filters_view() const { return filters_; }
  ActivationsView* activations_view() const { return activations_; }
  SaliencyView* saliency_view() const { return saliency_; }
  ConfusionView* confusion_view() const { return confusion_; }
  LayersView* layers_view() const { return layers_; }

 Q_SIGNALS:
  void run_loaded(const QString& dir);

 private:
  std::unique_ptr<InspectModel> model_;
  BackgroundTask* load_task_ = nullptr;
  QLineEdit* run_dir_ = nullptr;
  QComboBox* checkpoint_ = nullptr;
  QLabel* status_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  PredictPanel* predict_ = nullptr;
  FiltersView* filters_ = nullptr;
  ActivationsView* activations_ = nullptr;
  SaliencyView* saliency_ = nullptr;
  ConfusionView* confusion_ = nullptr;
  LayersView* layers_ = nullptr;
  QString opened_run_;  ///< what load_run was last given
};

}  // namespace allcnn::ui::inspect
