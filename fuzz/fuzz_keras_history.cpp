// History CSVs (Keras CSVLogger, pandas, spreadsheets' `x;training;validation` in percent),
// imported as read-only runs: with the columns the names give, and with a mapping the user
// might choose, whatever the file holds.
#include "fuzz_common.h"
#include "runs/keras_history.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  const std::string text = fuzz::text(data, size);
  fuzz::refused_or_read([&] { runs::parse_keras_history(text, "history.csv"); });
  fuzz::refused_or_read([&] {
    const runs::HistoryTable table = runs::split_history_csv(text, "history.csv", 64);
    runs::HistoryColumns columns = runs::guess_history_columns(table).columns;
    columns.train_accuracy = 1;
    columns.val_accuracy = 2;
    columns.percent = runs::accuracy_looks_like_percent(table, columns);
    runs::parse_history(text, "history.csv", columns);
  });
  return 0;
}
