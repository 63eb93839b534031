// TrainPage: the learning-rate range test of the form's run (LrFindDialog).
#include "log_panel.h"
#include "lr_find_dialog.h"
#include "setting_editor.h"
#include "settings_form.h"
#include "train_page.h"

namespace allcnn::ui {

void TrainPage::find_learning_rate() {
  train::RunConfig config;
  if (!read_form(config)) return;
  LrFindDialog dialog(config, this);
  if (dialog.exec() != QDialog::Accepted || dialog.chosen_rate() <= 0) return;
  if (SettingEditor* rate = form_->editor(QStringLiteral("lr")))
    rate->set_text(QString::number(dialog.chosen_rate(), 'g', 3));
  log_->add(tr("Learning rate set to %1, the range test's suggestion")
                .arg(QString::number(dialog.chosen_rate(), 'g', 3)));
}

}  // namespace allcnn::ui
