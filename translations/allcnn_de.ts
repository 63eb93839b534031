<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CoreBridge</name>
    <message>
        <location filename="../ui/core_bridge.cpp" line="221" />
        <source>cannot write the file</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../ui/compare/run_data.cpp" line="10" />
        <source>Batch loss</source>
        <translation>Batch-Verlust</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_data.cpp" line="12" />
        <source>Batch accuracy</source>
        <translation>Batch-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_data.cpp" line="14" />
        <source>Train loss (epoch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_data.cpp" line="16" />
        <source>Train accuracy (epoch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_data.cpp" line="18" />
        <source>Validation loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_data.cpp" line="20" />
        <source>Validation accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_data.cpp" line="22" />
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../ui/compare/notes.cpp" line="18" />
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/notes.cpp" line="25" />
        <source>%1: is not a JSON object (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::Banner</name>
    <message>
        <location filename="../ui/banner.cpp" line="21" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ChartPanel</name>
    <message>
        <location filename="../ui/chart_panel.cpp" line="39" />
        <source>Batch loss</source>
        <translation>Batch-Verlust</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="39" />
        <location filename="../ui/chart_panel.cpp" line="45" />
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="39" />
        <location filename="../ui/chart_panel.cpp" line="42" />
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="40" />
        <source>Batch accuracy</source>
        <translation>Batch-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="40" />
        <location filename="../ui/chart_panel.cpp" line="48" />
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="43" />
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="43" />
        <location filename="../ui/chart_panel.cpp" line="44" />
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="45" />
        <source>Epoch loss</source>
        <translation>Verlust je Epoche</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="46" />
        <location filename="../ui/chart_panel.cpp" line="50" />
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="47" />
        <location filename="../ui/chart_panel.cpp" line="51" />
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="48" />
        <source>Epoch accuracy</source>
        <translation>Genauigkeit je Epoche</translation>
    </message>
    <message>
        <location filename="../ui/chart_panel.cpp" line="69" />
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ConfigPanel</name>
    <message>
        <location filename="../ui/config_panel.cpp" line="32" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="34" />
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="36" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="40" />
        <location filename="../ui/config_panel.cpp" line="86" />
        <location filename="../ui/config_panel.cpp" line="167" />
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="41" />
        <source>Choose the dataset folder</source>
        <translation>Ordner des Datensatzes wählen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="43" />
        <source>Dataset folder</source>
        <translation>Datensatz-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="44" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="45" />
        <location filename="../ui/config_panel.cpp" line="47" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="46" />
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="48" />
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="51" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="53" />
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="55" />
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="56" />
        <source>Batch normalization</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="58" />
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="62" />
        <source>Initialization</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="64" />
        <source>Initializer</source>
        <translation>Initialisierer</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="66" />
        <source>Gaussian std</source>
        <translation>Gauß-Standardabweichung</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="68" />
        <source>LSUV tolerance</source>
        <translation>LSUV-Toleranz</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="70" />
        <source>LSUV iterations</source>
        <translation>LSUV-Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="73" />
        <source>LSUV batch size</source>
        <translation>LSUV-Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="75" />
        <source>Layers with fewer output values per image are skipped</source>
        <translation>Schichten mit weniger Ausgabewerten je Bild werden übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="76" />
        <source>LSUV minimum outputs</source>
        <translation>LSUV-Mindestausgaben</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="80" />
        <source>all convolutions</source>
        <translation>alle Faltungen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="81" />
        <source>LSUV layers</source>
        <translation>LSUV-Schichten</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="84" />
        <source>none: initialize</source>
        <translation>keine: initialisieren</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="87" />
        <source>Start from the weights of a checkpoint</source>
        <translation>Mit den Gewichten eines Checkpoints beginnen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="89" />
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="89" />
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="91" />
        <source>Start from weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="95" />
        <location filename="../ui/config_panel.cpp" line="98" />
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="100" />
        <source>optimizer default</source>
        <translation>Standard des Optimierers</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="101" />
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="103" />
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="104" />
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="107" />
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="109" />
        <source>Rho</source>
        <translation>Rho</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="111" />
        <source>Beta 1</source>
        <translation>Beta 1</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="113" />
        <source>Beta 2</source>
        <translation>Beta 2</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="115" />
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="118" />
        <location filename="../ui/config_panel.cpp" line="122" />
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="124" />
        <source>Decay</source>
        <translation>Abklingrate</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="127" />
        <source>epochs, e.g. 200,250,300</source>
        <translation>Epochen, z. B. 200,250,300</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="128" />
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="130" />
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="132" />
        <source>Warm-up epochs</source>
        <translation>Aufwärm-Epochen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="135" />
        <source>Augmentation and batches</source>
        <translation>Augmentierung und Batches</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="136" />
        <source>Random shift</source>
        <translation>Zufällige Verschiebung</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="139" />
        <source>Shift fraction</source>
        <translation>Verschiebungsanteil</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="140" />
        <source>Horizontal flip</source>
        <translation>Horizontal spiegeln</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="142" />
        <source>Normalize</source>
        <translation>Normalisieren</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="144" />
        <source>ZCA whitening</source>
        <translation>ZCA-Whitening</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="147" />
        <source>ZCA epsilon</source>
        <translation>ZCA-Epsilon</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="149" />
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="151" />
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="154" />
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="157" />
        <source>Execution and output</source>
        <translation>Ausführung und Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="160" />
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="161" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="162" />
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="163" />
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="168" />
        <source>Choose the folder for run folders</source>
        <translation>Ordner für die Lauf-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="170" />
        <location filename="../ui/config_panel.cpp" line="171" />
        <source>Runs folder</source>
        <translation>Lauf-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="174" />
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="175" />
        <source>Run name</source>
        <translation>Name des Laufs</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="177" />
        <source>epoch ends only</source>
        <translation>nur am Epochenende</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="178" />
        <source>Checkpoint every (batches)</source>
        <translation>Checkpoint alle (Batches)</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="268" />
        <source>not found: choose the folder</source>
        <translation>nicht gefunden: Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/config_panel.cpp" line="269" />
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/config_panel_values.cpp" line="105" />
        <source>'%1' is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/config_panel_values.cpp" line="151" />
        <source>'%1' is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::LogPanel</name>
    <message>
        <location filename="../ui/log_panel.cpp" line="17" />
        <source>%1  error: %2</source>
        <translation>%1  Fehler: %2</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="22" />
        <source>All-CNN Workbench</source>
        <translation>All-CNN-Werkbank</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="49" />
        <source>&amp;Start run</source>
        <translation>Lauf &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52" />
        <source>Validate the configuration and start training</source>
        <translation>Konfiguration prüfen und das Training starten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="56" />
        <location filename="../ui/main_window_run.cpp" line="79" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="63" />
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="67" />
        <source>Stop after the current batch, writing the last checkpoint</source>
        <translation>Nach dem aktuellen Batch anhalten und den letzten Checkpoint schreiben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="71" />
        <source>&amp;Open configuration...</source>
        <translation>Konfiguration ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76" />
        <source>Save configuration &amp;as...</source>
        <translation>Konfiguration speichern &amp;unter...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="80" />
        <source>&amp;Export chart data...</source>
        <translation>Diagrammdaten &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="84" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106" />
        <source>Run configuration</source>
        <translation>Laufkonfiguration</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="116" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="119" />
        <location filename="../ui/main_window_run.cpp" line="80" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122" />
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136" />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="143" />
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158" />
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="34" />
        <source>Starting a run: %1, width %2, %3, %4, %5 epochs</source>
        <translation>Starte einen Lauf: %1, Breite %2, %3, %4, %5 Epochen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="53" />
        <source>Stopping after the current batch...</source>
        <translation>Halte nach dem aktuellen Batch an...</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="54" />
        <source>Stopping</source>
        <translation>Hält an</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="60" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="62" />
        <source>The configuration needs a fix: %1</source>
        <translation>Die Konfiguration muss korrigiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="75" />
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="75" />
        <location filename="../ui/main_window_status.cpp" line="40" />
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="79" />
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="80" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="82" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="82" />
        <location filename="../ui/main_window_run.cpp" line="88" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="89" />
        <source>Run folder: %1 (device %2)</source>
        <translation>Lauf-Ordner: %1 (Gerät %2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="97" />
        <source>Epoch %1: training loss %2, accuracy %3; validation loss %4, accuracy %5%6</source>
        <translation>Epoche %1: Trainingsverlust %2, Genauigkeit %3; Validierungsverlust %4, Genauigkeit %5%6</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="103" />
        <source> (best)</source>
        <translation> (bisher beste)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="110" />
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="112" />
        <source>Finished. Best validation accuracy %1 at epoch %2.</source>
        <translation>Fertig. Beste Validierungsgenauigkeit %1 in Epoche %2.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="115" />
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="117" />
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="118" />
        <source>Stopped; the last checkpoint is saved.</source>
        <translation>Angehalten; der letzte Checkpoint ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="119" />
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="121" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="128" />
        <source>Stopping the run before closing...</source>
        <translation>Halte den Lauf vor dem Schließen an...</translation>
    </message>
    <message>
        <location filename="../ui/main_window_run.cpp" line="130" />
        <source>The run did not stop within %1 s; waiting for it.</source>
        <translation>Der Lauf hat nicht innerhalb von %1 s angehalten; es wird gewartet.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="40" />
        <source>Configuration read from %1</source>
        <translation>Konfiguration aus %1 gelesen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="46" />
        <source>Open configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="46" />
        <source>Run configurations (*.json);;All files (*)</source>
        <translation>Laufkonfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="57" />
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="58" />
        <source>Run configurations (*.json)</source>
        <translation>Laufkonfigurationen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="63" />
        <source>Configuration saved to %1</source>
        <translation>Konfiguration in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="67" />
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="69" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="72" />
        <source>Every raw point written to %1</source>
        <translation>Alle Rohdatenpunkte in %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/main_window_settings.cpp" line="74" />
        <source>cannot write the file</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window_status.cpp" line="39" />
        <source>Device of the current run</source>
        <translation>Gerät des aktuellen Laufs</translation>
    </message>
    <message>
        <location filename="../ui/main_window_status.cpp" line="46" />
        <source>Epoch %1/%2 · batch %3/%4</source>
        <translation>Epoche %1/%2 · Batch %3/%4</translation>
    </message>
    <message>
        <location filename="../ui/main_window_status.cpp" line="51" />
        <source>%1 images/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <location filename="../ui/main_window_status.cpp" line="55" />
        <source>ETA %1</source>
        <translation>Rest %1</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::PreviewPanel</name>
    <message>
        <location filename="../ui/preview_panel.cpp" line="14" />
        <source>Augmentation preview: the next training batch</source>
        <translation>Augmentierungsvorschau: der nächste Trainings-Batch</translation>
    </message>
    <message>
        <location filename="../ui/preview_panel.cpp" line="37" />
        <source>Starts with the run.</source>
        <translation>Erscheint mit dem Lauf.</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TrainingWorker</name>
    <message>
        <location filename="../ui/training_worker.cpp" line="57" />
        <source>LSUV: %1 of %2 layers converged in %3 ms</source>
        <translation>LSUV: %1 von %2 Schichten in %3 ms konvergiert</translation>
    </message>
    <message>
        <location filename="../ui/training_worker.cpp" line="63" />
        <source>Loading the data and preparing the run...</source>
        <translation>Lade die Daten und bereite den Lauf vor...</translation>
    </message>
    <message>
        <location filename="../ui/training_worker.cpp" line="77" />
        <source>No augmentation preview: %1</source>
        <translation>Keine Augmentierungsvorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/training_worker.cpp" line="93" />
        <source>an unknown error</source>
        <translation>ein unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::CompareChart</name>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="22" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="24" />
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="26" />
        <source>Wall time (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="64" />
        <source>%1 minus %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="115" />
        <source>%1 could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="121" />
        <source>%1 (imported) has no %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="122" />
        <source>%1 has no %2 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="127" />
        <source>%1 has no %2 axis (an imported history records epochs only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="138" />
        <source>%1 does not overlap %2 on this axis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_chart.cpp" line="158" />
        <source>%1: no positive values to draw on a log axis.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::compare::CompareView</name>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="41" />
        <source>All metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="45" />
        <source>Log y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="46" />
        <source>Best epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="56" />
        <source>One chart per metric, side by side, with a shared legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="63" />
        <source>Exponential moving average weight (debiased, as in TensorBoard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="66" />
        <source>Mark each run's epoch of best validation accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="67" />
        <source>Draw each run minus this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="68" />
        <location filename="../ui/compare/compare_view.cpp" line="190" />
        <source>No baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="70" />
        <source>PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="71" />
        <source>SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="72" />
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="73" />
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="74" />
        <source>Save the chart as an SVG drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="75" />
        <source>This build has no SVG support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="77" />
        <source>Save the selected runs' metrics as one long-form CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="80" />
        <source>Metric:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="84" />
        <source>x:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="87" />
        <source>Smoothing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="92" />
        <source>Baseline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="115" />
        <source>Only the settings in which the compared runs differ (imported histories have none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="219" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="266" />
        <source>(live)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="267" />
        <source>(baseline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="273" />
        <source>best validation epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="276" />
        <source>faint: raw values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="280" />
        <source>Select two or more runs in the table to compare them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view.cpp" line="281" />
        <source>Select one more run to compare (Ctrl+click).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="37" />
        <source>All-CNN Workbench comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="53" />
        <source>Save the chart as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="54" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="56" />
        <location filename="../ui/compare/compare_view_export.cpp" line="63" />
        <location filename="../ui/compare/compare_view_export.cpp" line="73" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="56" />
        <location filename="../ui/compare/compare_view_export.cpp" line="63" />
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="60" />
        <source>Save the chart as SVG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="61" />
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="68" />
        <source>Save the runs' metrics as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="69" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_view_export.cpp" line="73" />
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::compare::RunBrowser</name>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="36" />
        <source>Save notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="55" />
        <location filename="../ui/compare/run_browser.cpp" line="248" />
        <source>Runs folder</source>
        <translation>Lauf-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="56" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="57" />
        <source>Import Keras history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="59" />
        <source>Open a Keras history CSV (CSVLogger or pandas layout) as a read-only run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="60" />
        <source>Filter runs (any column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="64" />
        <source>Runs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="75" />
        <source>Tags, comma separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="76" />
        <source>Notes on the selected run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="135" />
        <source>The runs folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="136" />
        <source>The runs folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="176" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/run_browser.cpp" line="179" />
        <source>… and %n more unreadable folder(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="209" />
        <source>Could not import %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="237" />
        <source>Could not save the notes of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="254" />
        <source>Import a Keras history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_browser.cpp" line="255" />
        <source>CSV files (*.csv *.log *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::compare::RunTableModel</name>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="17" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="18" />
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="19" />
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="43" />
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="47" />
        <source>running? (silent %1 min)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/run_table_model.cpp" line="50" />
        <source>%1 (%n warning(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="79" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="111" />
        <source>Cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="112" />
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="113" />
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="114" />
        <source>Imported history (read only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="144" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="146" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="148" />
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="150" />
        <source>Init</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="152" />
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="154" />
        <source>Augment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="156" />
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="158" />
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="160" />
        <source>Best val acc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="162" />
        <source>@ epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="164" />
        <source>Final loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="166" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="168" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="170" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/run_table_model.cpp" line="172" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect</name>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="38" />
        <source>LibTorch error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::ActivationsView</name>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="26" />
        <source>Colormap:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="28" />
        <source>viridis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="29" />
        <source>inferno</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="30" />
        <source>turbo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="31" />
        <source>jet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="32" />
        <source>gray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="34" />
        <source>Normalize each map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="36" />
        <source>On: every feature map uses its own range. Off: one range per layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="39" />
        <source>Grid size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="44" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="77" />
        <source>Classify an image on the Predict tab to see its activations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="78" />
        <source>No model loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="81" />
        <source>Feature maps of every layer for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="87" />
        <source> — one tile per class (%1), one shared scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/activations_view.cpp" line="95" />
        <source>&lt;b&gt;%1&lt;/b&gt;  %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::ConfusionView</name>
    <message>
        <location filename="../ui/inspect/confusion_view.cpp" line="36" />
        <source>Click a cell to list its test images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/confusion_view.cpp" line="61" />
        <source>This run has no evaluation yet. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/confusion_view.cpp" line="62" />
        <source>No model loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/confusion_view.cpp" line="70" />
        <source>Rows: true class, columns: predicted class. %1 (accuracy %2 %). Click a cell: its test images as the loaded checkpoint classifies them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/confusion_view.cpp" line="90" />
        <source>true %1, predicted %2: %3 (%4 % of the row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/confusion_view.cpp" line="110" />
        <source>True %1, classified as %2: %3 image(s) shown (at most %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/confusion_view.cpp" line="117" />
        <source>%1 %2 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::FiltersView</name>
    <message>
        <location filename="../ui/inspect/filters_view.cpp" line="18" />
        <source>Layer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/filters_view.cpp" line="22" />
        <source>Zoom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/filters_view.cpp" line="59" />
        <source>The model has no convolutions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/filters_view.cpp" line="60" />
        <source>No model loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/filters_view.cpp" line="65" />
        <source>%1: %2 (filters × input channels × height × width); each filter scaled to its own range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/filters_view.cpp" line="68" />
        <source>%1: %2; one row per filter, one kernel per input channel, each kernel scaled to its own range.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::InspectModel</name>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="103" />
        <source>No model loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="105" />
        <source>%1 — %2, width %3, %4×%5×%5, %6 checkpoint (epoch %7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="132" />
        <source>no image files found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="137" />
        <location filename="../ui/inspect/inspect_model.cpp" line="150" />
        <location filename="../ui/inspect/inspect_model.cpp" line="163" />
        <source>no model loaded: load a run first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="164" />
        <source>the clipboard holds no image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="222" />
        <source>class activation maps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="234" />
        <source>input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="236" />
        <source>gradient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="237" />
        <source>deconvnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="238" />
        <source>guided backpropagation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="254" />
        <source>Last evaluation of the run: %1 test images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_model.cpp" line="292" />
        <source>test image %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::InspectPage</name>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="26" />
        <source>Run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="28" />
        <source>run folder (holds config.json and checkpoints/)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="30" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="33" />
        <source>best checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="34" />
        <source>last checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="36" />
        <source>Load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="39" />
        <source>No model loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="49" />
        <source>Predict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="50" />
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="51" />
        <source>Activations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="52" />
        <source>Saliency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="53" />
        <source>Confusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="57" />
        <source>Run folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="85" />
        <source>Loaded %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/inspect_page.cpp" line="88" />
        <source>Could not load the model: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::PredictPanel</name>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="95" />
        <source>Open images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="96" />
        <source>Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="97" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="101" />
        <source>top </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="124" />
        <source>Classify images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="125" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="140" />
        <source>No model loaded: load a run (best or last checkpoint) before dropping images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="166" />
        <source>pasted image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="178" />
        <source>Drop image files or folders here (PNG, JPEG, BMP, WebP, TIFF), or paste an image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="198" />
        <source>%1 image(s) classified, %2 could not be read (see below).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="201" />
        <source>%1 image(s) classified. Click one to inspect it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="220" />
        <source>dropped image</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::ResultRow</name>
    <message>
        <location filename="../ui/inspect/predict_panel.cpp" line="68" />
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::SaliencyView</name>
    <message>
        <location filename="../ui/inspect/saliency_view.cpp" line="21" />
        <source>Explain class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/saliency_view.cpp" line="32" />
        <source>Gradient: the true gradient of the class score. Deconvnet: ReLUs pass only positive gradients, ignoring the forward pass. Guided backpropagation: ReLUs pass only positive gradients where the forward activation was positive too. Red: positive, blue: negative (one-channel models); RGB with zero at gray (colour models).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/saliency_view.cpp" line="72" />
        <source>Classify an image on the Predict tab to explain it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/saliency_view.cpp" line="73" />
        <source>No model loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/saliency_view.cpp" line="76" />
        <source>Why %1 looks like “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/inspect/saliency_view.cpp" line="81" />
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="17" />
        <source>Compare runs side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="20" />
        <source>Runs folder</source>
        <translation>Lauf-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="22" />
        <source>Save a screenshot and quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="25" />
        <source>Import a Keras history CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="28" />
        <source>Metric index 0-6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="31" />
        <source>x axis: 0 step, 1 epoch, 2 wall time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="34" />
        <source>Smoothing weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="37" />
        <source>Small multiples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="38" />
        <source>Log y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="40" />
        <source>Baseline run name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/compare/demo_main.cpp" line="43" />
        <source>Window size WxH</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench/main.cpp" line="42" />
        <source>All-CNN Workbench</source>
        <translation>All-CNN-Werkbank</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="46" />
        <source>Fill the form from &lt;file&gt; (config.json).</source>
        <translation>Das Formular aus &lt;file&gt; (config.json) füllen.</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="49" />
        <source>Start the run at once.</source>
        <translation>Den Lauf sofort starten.</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="51" />
        <source>Save the window to &lt;file&gt; and quit.</source>
        <translation>Das Fenster in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="54" />
        <source>Wait &lt;ms&gt; before the screenshot.</source>
        <translation>Vor dem Bildschirmfoto &lt;ms&gt; warten.</translation>
    </message>
</context>
</TS>