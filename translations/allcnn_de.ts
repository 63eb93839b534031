<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>loading %1 from %2</source>
        <translation>lade %1 aus %2</translation>
    </message>
    <message>
        <source>copying the dataset to %1</source>
        <translation>kopiere den Datensatz nach %1</translation>
    </message>
    <message>
        <source>fitting the preprocessing (%1)</source>
        <translation>passe die Vorverarbeitung an (%1)</translation>
    </message>
    <message>
        <source>no checkpoint yet: starting the run again from its first batch</source>
        <translation>noch kein Checkpoint: der Lauf beginnt erneut mit seinem ersten Batch</translation>
    </message>
    <message>
        <source>resuming at epoch %1, batch %2</source>
        <translation>setze fort bei Epoche %1, Batch %2</translation>
    </message>
    <message>
        <source>loading initial weights from %1</source>
        <translation>lade Anfangsgewichte aus %1</translation>
    </message>
    <message>
        <source>LSUV on %1 training images</source>
        <translation>LSUV mit %1 Trainingsbildern</translation>
    </message>
    <message>
        <source>LSUV done in %1 ms</source>
        <translation>LSUV fertig in %1 ms</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>the run was interrupted: the process that trained it (%1) ended without a word (killed, crashed, or its machine went down)</source>
        <translation>der Lauf wurde unterbrochen: der Prozess, der ihn trainierte (%1), endete ohne ein Wort (beendet, abgestürzt, oder sein Rechner fiel aus)</translation>
    </message>
    <message>
        <source>stopped by the user during LSUV initialization, before the first batch</source>
        <translation>vom Benutzer während der LSUV-Initialisierung angehalten, vor dem ersten Batch</translation>
    </message>
    <message>
        <source>stopped by the user at epoch %1, batch %2</source>
        <translation>vom Benutzer angehalten bei Epoche %1, Batch %2</translation>
    </message>
    <message>
        <source>stopped by the user while evaluating epoch %1 (a resume evaluates it again)</source>
        <translation>vom Benutzer während der Auswertung von Epoche %1 angehalten (beim Fortsetzen wird sie erneut ausgewertet)</translation>
    </message>
    <message>
        <source>the loss became NaN at epoch %1, batch %2 (learning rate %3); try a lower learning rate</source>
        <translation>der Verlust wurde NaN bei Epoche %1, Batch %2 (Lernrate %3); versuchen Sie eine kleinere Lernrate</translation>
    </message>
    <message>
        <source>the loss became infinite at epoch %1, batch %2 (learning rate %3); try a lower learning rate</source>
        <translation>der Verlust wurde unendlich bei Epoche %1, Batch %2 (Lernrate %3); versuchen Sie eine kleinere Lernrate</translation>
    </message>
    <message>
        <source>LibTorch: %1</source>
        <translation>LibTorch: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>„%1“ ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>is empty; expected a whole number</source>
        <translation>ist leer; erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>is empty; expected a number</source>
        <translation>ist leer; erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too small</source>
        <translation>„%1“ ist zu klein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be negative</source>
        <translation>„%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of the range of a double</source>
        <translation>„%1“ liegt außerhalb des Bereichs einer Gleitkommazahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>„%1“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty item</source>
        <translation>„%1“ hat einen leeren Eintrag</translation>
    </message>
    <message>
        <source>%1 is out of range %2</source>
        <translation>%1 liegt außerhalb des Bereichs %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>needs a momentum above 0</source>
        <translation>braucht ein Momentum über 0</translation>
    </message>
    <message>
        <source>must be increasing</source>
        <translation>muss aufsteigend sein</translation>
    </message>
    <message>
        <source>is more than 4 per core (%1 cores here), which only slows training down</source>
        <translation>sind mehr als 4 je Kern (hier %1 Kerne), das verlangsamt das Training nur</translation>
    </message>
    <message>
        <source>must be a plain folder name</source>
        <translation>muss ein einfacher Ordnername sein</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected %3)</source>
        <translation>unbekannt: %1 „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>must be at least %1: the run has started %1 epochs</source>
        <translation>muss mindestens %1 sein: der Lauf hat %1 Epochen begonnen</translation>
    </message>
    <message>
        <source>must be at least %1: the run has done %1 epochs</source>
        <translation>muss mindestens %1 sein: der Lauf hat %1 Epochen abgeschlossen</translation>
    </message>
    <message>
        <source>a batch of %1 images needs about %2 for training (%3, width %4, %5x%5 pixels); this machine has %6 available: about %7 images fit</source>
        <translation>ein Batch von %1 Bildern braucht zum Training etwa %2 (%3, Breite %4, %5x%5 Pixel); dieser Rechner hat %6 frei: etwa %7 Bilder passen</translation>
    </message>
    <message>
        <source>no dataset folder given</source>
        <translation>kein Datensatzordner angegeben</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1 was not found; give its folder or set ALLCNN_DATA_DIR</source>
        <translation>%1 wurde nicht gefunden; geben Sie seinen Ordner an oder setzen Sie ALLCNN_DATA_DIR</translation>
    </message>
    <message>
        <source>an image-folder dataset needs its folder</source>
        <translation>ein Bildordner-Datensatz braucht seinen Ordner</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>read error (the file shrank while being read?)</source>
        <translation>Lesefehler (wurde die Datei beim Lesen kürzer?)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>truncated IDX header: %1 bytes</source>
        <translation>abgeschnittener IDX-Kopf: %1 Bytes</translation>
    </message>
    <message>
        <source>wrong IDX magic number %1; expected %2 (%3)</source>
        <translation>falsche IDX-Kennzahl %1; erwartet %2 (%3)</translation>
    </message>
    <message>
        <source>truncated: the header says %1 %2 (%3 bytes), the file has %4 bytes of data</source>
        <translation>abgeschnitten: der Kopf nennt %1 %2 (%3 Bytes), die Datei hat %4 Bytes Daten</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the %2 %3 the header describes</source>
        <translation>%1 unerwartete Bytes nach den %2 %3, die der Kopf beschreibt</translation>
    </message>
    <message>
        <source>corrupt gzip data: %1</source>
        <translation>beschädigte gzip-Daten: %1</translation>
    </message>
    <message>
        <source>corrupt gzip data: the compressed stream ends early (truncated file?)</source>
        <translation>beschädigte gzip-Daten: der komprimierte Strom endet zu früh (abgeschnittene Datei?)</translation>
    </message>
    <message>
        <source>truncated: %1 bytes is not a whole number of %2-byte records</source>
        <translation>abgeschnitten: %1 Bytes sind keine ganze Zahl von %2-Byte-Datensätzen</translation>
    </message>
    <message>
        <source>label %1 out of range [0, %2) in record %3</source>
        <translation>Label %1 außerhalb des Bereichs [0, %2) in Datensatz %3</translation>
    </message>
    <message>
        <source>label %1 out of range [0, %2) at item %3</source>
        <translation>Label %1 außerhalb des Bereichs [0, %2) bei Eintrag %3</translation>
    </message>
    <message>
        <source>%1 images but %2 labels (images from %3)</source>
        <translation>%1 Bilder, aber %2 Labels (Bilder aus %3)</translation>
    </message>
    <message>
        <source>images are %1x%2 but the training images are %3x%4</source>
        <translation>die Bilder sind %1x%2, die Trainingsbilder aber %3x%4</translation>
    </message>
    <message>
        <source>found %1 image files in %2 class folders (train/ and test/)</source>
        <translation>%1 Bilddateien in %2 Klassenordnern gefunden (train/ und test/)</translation>
    </message>
    <message>
        <source>found %1 image files in %2 class folders (one set, %3% of each class held out for testing)</source>
        <translation>%1 Bilddateien in %2 Klassenordnern gefunden (ein Satz, %3 % jeder Klasse zum Testen zurückgehalten)</translation>
    </message>
    <message>
        <source>ignored %1 file(s) without an image extension (first: %2)</source>
        <translation>%1 Datei(en) ohne Bildendung ignoriert (erste: %2)</translation>
    </message>
    <message>
        <source>could not list %1</source>
        <translation>%1 konnte nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>decoding %1 images</source>
        <translation>dekodiere %1 Bilder</translation>
    </message>
    <message>
        <source>decoded %1 images in %2 s</source>
        <translation>%1 Bilder in %2 s dekodiert</translation>
    </message>
    <message>
        <source>the folder changed while it was read (%1); reading it again</source>
        <translation>der Ordner hat sich beim Lesen geändert (%1); lese ihn erneut</translation>
    </message>
    <message>
        <source>converted %1 colour images to grey</source>
        <translation>%1 Farbbilder in Graustufen umgewandelt</translation>
    </message>
    <message>
        <source>converted %1 colour images to grey (the majority&apos;s channels)</source>
        <translation>%1 Farbbilder in Graustufen umgewandelt (die Kanäle der Mehrheit)</translation>
    </message>
    <message>
        <source>converted %1 grey images to RGB</source>
        <translation>%1 Graustufenbilder in RGB umgewandelt</translation>
    </message>
    <message>
        <source>converted %1 grey images to RGB (the majority&apos;s channels)</source>
        <translation>%1 Graustufenbilder in RGB umgewandelt (die Kanäle der Mehrheit)</translation>
    </message>
    <message>
        <source>skipped %1 unreadable file(s):</source>
        <translation>%1 unlesbare Datei(en) übersprungen:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... und %1 weitere</translation>
    </message>
    <message>
        <source>cached the decoded images in %1</source>
        <translation>die dekodierten Bilder in %1 zwischengespeichert</translation>
    </message>
    <message>
        <source>could not cache the decoded images (%1); the next run decodes them again</source>
        <translation>die dekodierten Bilder konnten nicht zwischengespeichert werden (%1); der nächste Lauf dekodiert sie erneut</translation>
    </message>
    <message>
        <source>not using the cache %1: %2</source>
        <translation>Zwischenspeicher %1 wird nicht verwendet: %2</translation>
    </message>
    <message>
        <source>read %1 decoded images from the cache %2</source>
        <translation>%1 dekodierte Bilder aus dem Zwischenspeicher %2 gelesen</translation>
    </message>
    <message>
        <source>dropped %1 class(es) without training images: %2</source>
        <translation>%1 Klasse(n) ohne Trainingsbilder weggelassen: %2</translation>
    </message>
    <message>
        <source>no test images for %1 class(es): %2</source>
        <translation>keine Testbilder für %1 Klasse(n): %2</translation>
    </message>
    <message>
        <source>downloading %1 (%2)</source>
        <translation>lade %1 herunter (%2)</translation>
    </message>
    <message>
        <source>downloading %1 (%2), resuming at %3</source>
        <translation>lade %1 herunter (%2), fortgesetzt bei %3</translation>
    </message>
    <message>
        <source>checked %1 (SHA-256 %2...)</source>
        <translation>%1 geprüft (SHA-256 %2...)</translation>
    </message>
    <message>
        <source>%1 is already in %2; nothing to download</source>
        <translation>%1 liegt bereits in %2; nichts herunterzuladen</translation>
    </message>
    <message>
        <source>%1 is there already and checks out</source>
        <translation>%1 ist bereits vorhanden und geprüft</translation>
    </message>
    <message>
        <source>unpacking %1</source>
        <translation>entpacke %1</translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation>%1 ist bereit in %2</translation>
    </message>
    <message>
        <source>is being trained by %1: stop that run first (only one process writes a run)</source>
        <translation>wird gerade von %1 trainiert: halten Sie diesen Lauf zuerst an (nur ein Prozess schreibt einen Lauf)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>write failed (%1)</source>
        <translation>Schreiben fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>write failed (%1); is the disk full?</source>
        <translation>Schreiben fehlgeschlagen (%1); ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>die Datei kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot open for appending: %1</source>
        <translation>kann nicht zum Anhängen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is not a run folder</source>
        <translation>ist kein Laufordner</translation>
    </message>
    <message>
        <source>no such checkpoint file</source>
        <translation>Checkpoint-Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is not a readable checkpoint: %1</source>
        <translation>ist kein lesbarer Checkpoint: %1</translation>
    </message>
    <message>
        <source>is not an All-CNN Workbench checkpoint</source>
        <translation>ist kein Checkpoint der All-CNN Workbench</translation>
    </message>
    <message>
        <source>was saved from another model (%1), not %2</source>
        <translation>wurde von einem anderen Modell gespeichert (%1), nicht von %2</translation>
    </message>
    <message>
        <source>%1 has the shape %2, the model&apos;s has %3</source>
        <translation>%1 hat die Form %2, die des Modells ist %3</translation>
    </message>
    <message>
        <source>is incomplete or does not match the model: %1</source>
        <translation>ist unvollständig oder passt nicht zum Modell: %1</translation>
    </message>
    <message>
        <source>a run with this name exists already: choose another name, or resume it</source>
        <translation>ein Lauf dieses Namens existiert bereits: wählen Sie einen anderen Namen oder setzen Sie ihn fort</translation>
    </message>
    <message>
        <source>cannot create the run folder: %1</source>
        <translation>der Laufordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>is missing: not a run folder (or one still being created)</source>
        <translation>fehlt: kein Laufordner (oder einer, der noch angelegt wird)</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read: the file ended early</source>
        <translation>kann nicht gelesen werden: die Datei endete zu früh</translation>
    </message>
    <message>
        <source>image too large to decode safely: the file has %1 MiB (the limit is %2 MiB)</source>
        <translation>Bild zu groß zum sicheren Dekodieren: die Datei hat %1 MiB (die Grenze ist %2 MiB)</translation>
    </message>
    <message>
        <source>image too large to decode safely: %1 MiB (the limit is %2 MiB)</source>
        <translation>Bild zu groß zum sicheren Dekodieren: %1 MiB (die Grenze ist %2 MiB)</translation>
    </message>
    <message>
        <source>could not decode the %1 image: %2</source>
        <translation>das %1-Bild konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>could not decode the %1 image (corrupt or truncated)</source>
        <translation>das %1-Bild konnte nicht dekodiert werden (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>decoded to more than 8 bits per channel</source>
        <translation>ergab mehr als 8 Bit je Kanal</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
    <message>
        <source>image too large: %1x%2 pixels</source>
        <translation>Bild zu groß: %1x%2 Pixel</translation>
    </message>
    <message>
        <source>cannot list the folder: %1</source>
        <translation>der Ordner kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>is a file; expected a folder of class folders</source>
        <translation>ist eine Datei; erwartet wird ein Ordner mit Klassenordnern</translation>
    </message>
    <message>
        <source>holds no class folders: expected one subfolder per class (&lt;class&gt;/image.png), or train/&lt;class&gt;/ and test/&lt;class&gt;/</source>
        <translation>enthält keine Klassenordner: erwartet wird ein Unterordner je Klasse (&lt;class&gt;/image.png) oder train/&lt;class&gt;/ und test/&lt;class&gt;/</translation>
    </message>
    <message>
        <source>cannot write (disk full?)</source>
        <translation>kann nicht schreiben (Datenträger voll?)</translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation>der Download wurde abgebrochen</translation>
    </message>
    <message>
        <source>the download broke off after %1 (%2); run it again to resume</source>
        <translation>der Download brach nach %1 ab (%2); starten Sie ihn erneut, um fortzusetzen</translation>
    </message>
    <message>
        <source>the download broke off after %1 of %2 (%3); run it again to resume</source>
        <translation>der Download brach nach %1 von %2 ab (%3); starten Sie ihn erneut, um fortzusetzen</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON object with a name, its base settings, cases, the settings that vary and the seeds</source>
        <translation>muss ein JSON-Objekt mit einem Namen, den Grundeinstellungen, Fällen, den variierten Einstellungen und den Seeds sein</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (expected name, description, base, cases, vary or seeds)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (erwartet: name, description, base, cases, vary oder seeds)</translation>
    </message>
    <message>
        <source>must be a plain folder name of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>muss ein einfacher Ordnername aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a JSON object of settings by their config.json keys</source>
        <translation>muss ein JSON-Objekt mit Einstellungen unter ihren config.json-Schlüsseln sein</translation>
    </message>
    <message>
        <source>must be a list of values, like [0.01, 0.001]</source>
        <translation>muss eine Liste von Werten sein, etwa [0.01, 0.001]</translation>
    </message>
    <message>
        <source>must be a list of JSON objects of settings, one per case</source>
        <translation>muss eine Liste von JSON-Objekten mit Einstellungen sein, eines je Fall</translation>
    </message>
    <message>
        <source>has no values: give at least one</source>
        <translation>hat keine Werte: geben Sie mindestens einen an</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>nennt %1 zweimal</translation>
    </message>
    <message>
        <source>is set by the group (each run&apos;s seed and folder name), not in base, cases or vary</source>
        <translation>wird von der Gruppe gesetzt (Seed und Ordnername jedes Laufs), nicht in base, cases oder vary</translation>
    </message>
    <message>
        <source>is set in more than one of base, cases and vary</source>
        <translation>ist in mehr als einem von base, cases und vary gesetzt</translation>
    </message>
    <message>
        <source>must be a number of seeds of at least 1, or a non-empty list of distinct seeds</source>
        <translation>muss eine Anzahl von Seeds (mindestens 1) oder eine nicht leere Liste verschiedener Seeds sein</translation>
    </message>
    <message>
        <source>makes %1 runs; a group makes at most %2</source>
        <translation>ergibt %1 Läufe; eine Gruppe ergibt höchstens %2</translation>
    </message>
    <message>
        <source>two runs would share the folder %1: make the values differ in letters or digits</source>
        <translation>zwei Läufe würden den Ordner %1 teilen: lassen Sie die Werte sich in Buchstaben oder Ziffern unterscheiden</translation>
    </message>
    <message>
        <source>is varied by the group, so it cannot be set for every run</source>
        <translation>wird von der Gruppe variiert und kann daher nicht für jeden Lauf gesetzt werden</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (expected %2)</source>
        <translation>unbekannte Vorlage &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>The original initialization study: LSUV, Glorot normal, He uniform and Gaussian; dropout, shift, flip and ZCA</source>
        <translation>Die ursprüngliche Studie zur Initialisierung: LSUV, Glorot-normal, He-uniform und Gauß; Dropout, Verschiebung, Spiegelung und ZCA</translation>
    </message>
    <message>
        <source>The original augmentation study (LSUV): shift, flip, normalization and ZCA alone and together</source>
        <translation>Die ursprüngliche Studie zur Datenaugmentierung (LSUV): Verschiebung, Spiegelung, Normalisierung und ZCA einzeln und zusammen</translation>
    </message>
    <message>
        <source>The original regularization study (LSUV, shift only): dropout or batch norm</source>
        <translation>Die ursprüngliche Studie zur Regularisierung (LSUV, nur Verschiebung): Dropout oder Batch-Normalisierung</translation>
    </message>
    <message>
        <source>The original optimizer study (LSUV, shift only): SGD with Nesterov momentum, RMSprop and Adam</source>
        <translation>Die ursprüngliche Studie zu den Optimierern (LSUV, nur Verschiebung): SGD mit Nesterov-Momentum, RMSprop und Adam</translation>
    </message>
    <message>
        <source>finished before: skipped</source>
        <translation>bereits früher beendet: übersprungen</translation>
    </message>
    <message>
        <source>failed before (%1): remove its folder to train it again</source>
        <translation>früher fehlgeschlagen (%1): entfernen Sie seinen Ordner, um ihn erneut zu trainieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a fraction below 1 nor a whole number of images</source>
        <translation>&apos;%1&apos; ist weder ein Bruchteil unter 1 noch eine ganze Zahl von Bildern</translation>
    </message>
    <message>
        <source>%1 validation images leave nothing to train on: there are %2 training images</source>
        <translation>%1 Validierungsbilder lassen nichts zum Trainieren übrig: es gibt %2 Trainingsbilder</translation>
    </message>
    <message>
        <source>%1 validation images leave class %2 without training images (it has %3)</source>
        <translation>%1 Validierungsbilder lassen Klasse %2 ohne Trainingsbilder (sie hat %3)</translation>
    </message>
    <message>
        <source>held out %1 of the %2 training images for validation (stratified by class, fixed by seed %3)</source>
        <translation>%1 der %2 Trainingsbilder für die Validierung zurückgehalten (nach Klassen geschichtet, festgelegt durch Seed %3)</translation>
    </message>
    <message>
        <source>no validation split: each epoch is evaluated on the test split (the paper&apos;s protocol)</source>
        <translation>keine Validierungsaufteilung: jede Epoche wird auf der Testaufteilung ausgewertet (das Protokoll der Veröffentlichung)</translation>
    </message>
    <message>
        <source>test split, best checkpoint (epoch %1): accuracy %2%, loss %3</source>
        <translation>Testaufteilung, bester Checkpoint (Epoche %1): Genauigkeit %2%, Verlust %3</translation>
    </message>
    <message>
        <source>test split, last checkpoint (epoch %1): accuracy %2%, loss %3</source>
        <translation>Testaufteilung, letzter Checkpoint (Epoche %1): Genauigkeit %2%, Verlust %3</translation>
    </message>
    <message>
        <source>stopped early at epoch %1: no improvement of the validation accuracy for %2 epochs since epoch %3</source>
        <translation>vorzeitig beendet bei Epoche %1: die Validierungsgenauigkeit hat sich %2 Epochen lang nicht verbessert, seit Epoche %3</translation>
    </message>
    <message>
        <source>stopped early at epoch %1: no improvement of the test accuracy for %2 epochs since epoch %3 (no validation split: the test split decided)</source>
        <translation>vorzeitig beendet bei Epoche %1: die Testgenauigkeit hat sich %2 Epochen lang nicht verbessert, seit Epoche %3 (keine Validierungsaufteilung: die Testaufteilung entschied)</translation>
    </message>
    <message>
        <source>epoch %1: no improvement for %2 epochs; the learning rate is now %3</source>
        <translation>Epoche %1: seit %2 Epochen keine Verbesserung; die Lernrate ist jetzt %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>learning-rate range test: %1 batches, the rate growing from %2 to %3</source>
        <translation>Lernraten-Bereichstest: %1 Batches, die Rate wächst von %2 auf %3</translation>
    </message>
    <message>
        <source>must be below the end rate (%1)</source>
        <translation>muss unter der Endrate (%1) liegen</translation>
    </message>
    <message>
        <source>the loss diverged at learning rate %1 (batch %2): the test ends there</source>
        <translation>der Verlust divergierte bei Lernrate %1 (Batch %2): der Test endet dort</translation>
    </message>
    <message>
        <source>stopped by the user after %1 batches</source>
        <translation>vom Benutzer nach %1 Batches angehalten</translation>
    </message>
    <message>
        <source>suggested learning rate: %1, where the loss falls fastest (lowest loss at %2)</source>
        <translation>vorgeschlagene Lernrate: %1, wo der Verlust am schnellsten fällt (niedrigster Verlust bei %2)</translation>
    </message>
    <message>
        <source>no suggestion: the loss did not fall over this range; try a wider range or more batches</source>
        <translation>kein Vorschlag: der Verlust fiel in diesem Bereich nicht; versuchen Sie einen größeren Bereich oder mehr Batches</translation>
    </message>
    <message>
        <source>is not a learning-rate range test&apos;s folder</source>
        <translation>ist kein Ordner eines Lernraten-Bereichstests</translation>
    </message>
    <message>
        <source>the output unit of class %1 (%2) in layer %3 was 0 for every image of the last %4 batches: the net cannot learn this class. Cures: batch norm (--bn), a lower learning rate (now %5), LSUV&apos;s data-driven scaling (--init lsuv)</source>
        <translation>die Ausgabeeinheit der Klasse %1 (%2) in der Schicht %3 war für jedes Bild der letzten %4 Batches 0: das Netz kann diese Klasse nicht lernen. Abhilfe: Batch-Normalisierung (--bn), eine kleinere Lernrate (jetzt %5), die datengetriebene Skalierung von LSUV (--init lsuv)</translation>
    </message>
    <message>
        <source>the output unit of class %1 (%2) in layer %3 was %4 for every image of the last %5 batches: the net cannot learn this class. Cures: batch norm (--bn), a lower learning rate (now %6), LSUV&apos;s data-driven scaling (--init lsuv)</source>
        <translation>die Ausgabeeinheit der Klasse %1 (%2) in der Schicht %3 war für jedes Bild der letzten %5 Batches %4: das Netz kann diese Klasse nicht lernen. Abhilfe: Batch-Normalisierung (--bn), eine kleinere Lernrate (jetzt %6), die datengetriebene Skalierung von LSUV (--init lsuv)</translation>
    </message>
    <message>
        <source>%1% of the ReLUs of layer %2 (%3 of %4 channels) were 0 for every image of the last %5 batches. Cures: batch norm (--bn), a lower learning rate (now %6), LSUV&apos;s data-driven scaling (--init lsuv)</source>
        <translation>%1 % der ReLUs der Schicht %2 (%3 von %4 Kanälen) waren für jedes Bild der letzten %5 Batches 0. Abhilfe: Batch-Normalisierung (--bn), eine kleinere Lernrate (jetzt %6), die datengetriebene Skalierung von LSUV (--init lsuv)</translation>
    </message>
    <message>
        <source>rank %1 of %2 joined the process group at %3 (Gloo); rank 0 records the run</source>
        <translation>Rang %1 von %2 ist der Prozessgruppe bei %3 beigetreten (Gloo); Rang 0 zeichnet den Lauf auf</translation>
    </message>
    <message>
        <source>rank 0 cannot host the process group at %1 (is the port in use?): %2</source>
        <translation>Rang 0 kann die Prozessgruppe bei %1 nicht bereitstellen (ist der Port belegt?): %2</translation>
    </message>
    <message>
        <source>rank %1 cannot reach the process group&apos;s master at %2 within %3 s: %4</source>
        <translation>Rang %1 erreicht den Master der Prozessgruppe bei %2 nicht innerhalb von %3 s: %4</translation>
    </message>
    <message>
        <source>not all %1 processes joined the process group at %2 within %3 s: %4</source>
        <translation>nicht alle %1 Prozesse sind der Prozessgruppe bei %2 innerhalb von %3 s beigetreten: %4</translation>
    </message>
    <message>
        <source>rank %1 lost contact with the process group during %2 (another process ended or stopped answering): %3</source>
        <translation>Rang %1 hat während %2 den Kontakt zur Prozessgruppe verloren (ein anderer Prozess wurde beendet oder antwortet nicht mehr): %3</translation>
    </message>
    <message>
        <source>a batch of %1 images cannot be shared among %2 processes</source>
        <translation>ein Batch von %1 Bildern lässt sich nicht auf %2 Prozesse aufteilen</translation>
    </message>
    <message>
        <source>rank %1 is outside a world of %2 processes</source>
        <translation>Rang %1 liegt außerhalb einer Gruppe von %2 Prozessen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ADDR:PORT with a port from 1 to 65535</source>
        <translation>„%1“ ist nicht ADRESSE:PORT mit einem Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>rank %1 ended with exit status %2: stopping the other processes</source>
        <translation>Rang %1 endete mit Exit-Status %2: die anderen Prozesse werden beendet</translation>
    </message>
    <message>
        <source>rank %1 was ended by signal %2: stopping the other processes</source>
        <translation>Rang %1 wurde durch Signal %2 beendet: die anderen Prozesse werden beendet</translation>
    </message>
</context>
<context>
    <name>InspectModel</name>
    <message>
        <source>LibTorch error: %1</source>
        <translation>LibTorch-Fehler: %1</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>%1 — %2, width %3, %4×%5×%5, %6 checkpoint (epoch %7)</source>
        <translation>%1 — %2, Breite %3, %4×%5×%5, Checkpoint %6 (Epoche %7)</translation>
    </message>
    <message>
        <source>no image files found</source>
        <translation>keine Bilddateien gefunden</translation>
    </message>
    <message>
        <source>no model loaded: load a run first</source>
        <translation>kein Modell geladen: zuerst einen Lauf laden</translation>
    </message>
    <message>
        <source>the clipboard holds no image</source>
        <translation>die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>deconvnet</source>
        <translation>Deconvnet</translation>
    </message>
    <message>
        <source>guided backpropagation</source>
        <translation>Guided Backpropagation</translation>
    </message>
    <message>
        <source>Last evaluation of the run: %1 test images</source>
        <translation>Letzte Auswertung des Laufs: %1 Testbilder</translation>
    </message>
    <message>
        <source>test image %1</source>
        <translation>Testbild %1</translation>
    </message>
    <message>
        <source>%1 checkpoint (epoch %2)</source>
        <translation>%1-Checkpoint (Epoche %2)</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Batch loss</source>
        <translation>Batch-Verlust</translation>
    </message>
    <message>
        <source>Batch accuracy</source>
        <translation>Batch-Genauigkeit</translation>
    </message>
    <message>
        <source>Train loss (epoch)</source>
        <translation>Trainingsverlust (Epoche)</translation>
    </message>
    <message>
        <source>Train accuracy (epoch)</source>
        <translation>Trainingsgenauigkeit (Epoche)</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Validation or test loss</source>
        <translation>Validierungs- oder Testverlust</translation>
    </message>
    <message>
        <source>Validation or test accuracy</source>
        <translation>Validierungs- oder Testgenauigkeit</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: is not a JSON object (%2)</source>
        <translation>%1: ist kein JSON-Objekt (%2)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 holds no LSUV trace and no drift measurements</source>
        <translation>%1 enthält weder einen LSUV-Verlauf noch Drift-Messungen</translation>
    </message>
    <message>
        <source>fresh %1 (width %2) on %3 images of %4</source>
        <translation>neu initialisiertes %1 (Breite %2) mit %3 Bildern aus %4</translation>
    </message>
    <message>
        <source>Loading the dataset...</source>
        <translation>Lade den Datensatz...</translation>
    </message>
    <message>
        <source>Measuring %1...</source>
        <translation>Messe %1...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Fitting the preprocessing...</source>
        <translation>Vorverarbeitung wird angepasst ...</translation>
    </message>
    <message>
        <source>fresh %1 (width %2) on %3 images of %4 (%5, seed %6)</source>
        <translation>neues %1 (Breite %2) auf %3 Bildern von %4 (%5, Seed %6)</translation>
    </message>
    <message>
        <source>no preprocessing</source>
        <translation>keine Vorverarbeitung</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>0: %1</source>
        <translation>0: %1</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Leer: %1</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>May change when a run is resumed.</source>
        <translation>Darf sich beim Fortsetzen eines Laufs ändern.</translation>
    </message>
    <message>
        <source>config.json key: %1</source>
        <translation>Schlüssel in config.json: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>the images to train and test on</source>
        <translation>die Bilder, auf denen trainiert und getestet wird</translation>
    </message>
    <message>
        <source>CIFAR-10 where found, else Fashion-MNIST</source>
        <translation>CIFAR-10, wo vorhanden, sonst Fashion-MNIST</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>the folder holding the dataset&apos;s files</source>
        <translation>der Ordner mit den Dateien des Datensatzes</translation>
    </message>
    <message>
        <source>looked for: $ALLCNN_DATA_DIR, then the system locations</source>
        <translation>wird gesucht: $ALLCNN_DATA_DIR, dann die Systemorte</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>train on the first N training images</source>
        <translation>auf den ersten N Trainingsbildern trainieren</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <source>evaluate on the first N test images</source>
        <translation>auf den ersten N Testbildern auswerten</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>Validierungsbilder</translation>
    </message>
    <message>
        <source>training images held out (stratified by class, fixed by the seed) to evaluate each epoch on and to choose the best checkpoint by; below 1, a fraction of the training images; the test split is then evaluated once, for the best and the last checkpoint</source>
        <translation>aus dem Training zurückgehaltene Bilder (nach Klassen geschichtet, durch den Seed festgelegt), auf denen jede Epoche ausgewertet und der beste Checkpoint gewählt wird; unter 1 ein Anteil der Trainingsbilder; die Testaufteilung wird dann einmal ausgewertet, für den besten und den letzten Checkpoint</translation>
    </message>
    <message>
        <source>none: each epoch is evaluated on the test split (the paper&apos;s protocol)</source>
        <translation>keine: jede Epoche wird auf der Testaufteilung ausgewertet (das Protokoll der Veröffentlichung)</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Initialisierer</translation>
    </message>
    <message>
        <source>how the convolution weights start</source>
        <translation>womit die Faltungsgewichte beginnen</translation>
    </message>
    <message>
        <source>Gaussian std</source>
        <translation>Gauß-Standardabweichung</translation>
    </message>
    <message>
        <source>standard deviation of the gaussian initializer</source>
        <translation>Standardabweichung des Gauß-Initialisierers</translation>
    </message>
    <message>
        <source>Start from weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>a checkpoint (any run&apos;s .pt) whose weights replace the initializer (the original --load-weights)</source>
        <translation>ein Checkpoint (die .pt-Datei eines beliebigen Laufs), dessen Gewichte den Initialisierer ersetzen (das ursprüngliche --load-weights)</translation>
    </message>
    <message>
        <source>initialize</source>
        <translation>initialisieren</translation>
    </message>
    <message>
        <source>the update rule</source>
        <translation>die Aktualisierungsregel</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>the step size before any schedule</source>
        <translation>die Schrittweite vor jedem Zeitplan</translation>
    </message>
    <message>
        <source>the optimizer&apos;s default: sgd 0.01, rmsprop and adam 0.001</source>
        <translation>der Standard des Optimierers: sgd 0,01, rmsprop und adam 0,001</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum</source>
        <translation>das Momentum von SGD</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <source>Nesterov&apos;s variant of SGD&apos;s momentum</source>
        <translation>Nesterovs Variante des SGD-Momentums</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (the paper: 0.001)</source>
        <translation>L2-Strafterm auf die Gewichte (das Paper: 0,001)</translation>
    </message>
    <message>
        <source>Rho</source>
        <translation>Rho</translation>
    </message>
    <message>
        <source>RMSprop&apos;s decay of the squared-gradient average</source>
        <translation>Abklingrate des Mittels der quadrierten Gradienten bei RMSprop</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>Beta 1</translation>
    </message>
    <message>
        <source>Adam&apos;s decay of the gradient average</source>
        <translation>Abklingrate des Gradientenmittels bei Adam</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>Beta 2</translation>
    </message>
    <message>
        <source>Adam&apos;s decay of the squared-gradient average</source>
        <translation>Abklingrate des Mittels der quadrierten Gradienten bei Adam</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>added to RMSprop&apos;s and Adam&apos;s denominator</source>
        <translation>wird bei RMSprop und Adam zum Nenner addiert</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>images per training step (the original scripts: 32)</source>
        <translation>Bilder pro Trainingsschritt (die ursprünglichen Skripte: 32)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>passes over the training images (the paper: 350)</source>
        <translation>Durchgänge über die Trainingsbilder (das Paper: 350)</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>how the learning rate changes: time-decay lr / (1 + decay * step), steps lr * gamma at each milestone, cosine to 0 at the end, plateau lr * factor when the evaluated accuracy stops improving</source>
        <translation>wie sich die Lernrate ändert: time-decay lr / (1 + decay * Schritt), steps lr * gamma an jedem Meilenstein, cosine bis 0 am Ende, plateau lr * Faktor, wenn sich die ausgewertete Genauigkeit nicht mehr verbessert</translation>
    </message>
    <message>
        <source>Decay</source>
        <translation>Abklingrate</translation>
    </message>
    <message>
        <source>time-decay: lr / (1 + decay * step)</source>
        <translation>time-decay: lr / (1 + decay * Schritt)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>steps: the epochs at which the learning rate is multiplied by gamma, increasing</source>
        <translation>steps: die Epochen, in denen die Lernrate mit gamma multipliziert wird, aufsteigend</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>steps: the factor at each milestone</source>
        <translation>steps: der Faktor an jedem Meilenstein</translation>
    </message>
    <message>
        <source>Plateau factor</source>
        <translation>Plateau-Faktor</translation>
    </message>
    <message>
        <source>plateau: the factor of the learning rate at each reduction</source>
        <translation>plateau: der Faktor der Lernrate bei jeder Senkung</translation>
    </message>
    <message>
        <source>Plateau patience</source>
        <translation>Plateau-Geduld</translation>
    </message>
    <message>
        <source>plateau: epochs without a better accuracy (on the validation split, else the test split) that are tolerated; the next one reduces the learning rate</source>
        <translation>plateau: Epochen ohne bessere Genauigkeit (auf der Validierungsaufteilung, sonst der Testaufteilung), die hingenommen werden; die nächste senkt die Lernrate</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>a linear ramp of the learning rate from 0 over the first epochs, before any schedule</source>
        <translation>ein linearer Anstieg der Lernrate von 0 über die ersten Epochen, vor jedem Zeitplan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Vorzeitiges Beenden</translation>
    </message>
    <message>
        <source>end the run after this many epochs without a better accuracy (on the validation split, else the test split)</source>
        <translation>beendet den Lauf nach so vielen Epochen ohne bessere Genauigkeit (auf der Validierungsaufteilung, sonst der Testaufteilung)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>seed of everything random: the same seed, the same run</source>
        <translation>Startwert alles Zufälligen: gleicher Startwert, gleicher Lauf</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>auto (CUDA where available, else the CPU), cpu, cuda or cuda:N</source>
        <translation>auto (CUDA, wo verfügbar, sonst die CPU), cpu, cuda oder cuda:N</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>threads of the CPU kernels</source>
        <translation>Threads der CPU-Kernel</translation>
    </message>
    <message>
        <source>every core</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>bfloat16 autocast</source>
        <translation>bfloat16-Autocast</translation>
    </message>
    <message>
        <source>run the forward pass in bfloat16 (weights stay float32); pays on GPUs with bf16 tensor cores and CPUs with AVX-512 BF16 or AMX (allcnn bench measures both)</source>
        <translation>den Vorwärtsdurchlauf in bfloat16 rechnen (die Gewichte bleiben float32); lohnt sich auf GPUs mit bf16-Tensor-Cores und CPUs mit AVX-512 BF16 oder AMX (allcnn bench misst beides)</translation>
    </message>
    <message>
        <source>Metrics every</source>
        <translation>Metriken alle</translation>
    </message>
    <message>
        <source>batches between reads of the loss and accuracy from the device (each read waits for the device)</source>
        <translation>Batches zwischen zwei Abfragen von Verlust und Genauigkeit vom Gerät (jede Abfrage wartet auf das Gerät)</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>1 on the CPU, 50 on a GPU</source>
        <translation>1 auf der CPU, 50 auf einer GPU</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <source>batches between mid-epoch &apos;last&apos; checkpoints</source>
        <translation>Batches zwischen zwei &apos;last&apos;-Checkpoints innerhalb einer Epoche</translation>
    </message>
    <message>
        <source>epoch ends only</source>
        <translation>nur am Epochenende</translation>
    </message>
    <message>
        <source>Drift probe every</source>
        <translation>Drift-Messung alle</translation>
    </message>
    <message>
        <source>epochs between measurements of each layer&apos;s activation statistics on a fixed probe batch (also once after initialization)</source>
        <translation>Epochen zwischen zwei Messungen der Aktivierungsstatistik jeder Schicht auf einem festen Prüf-Batch (auch einmal nach der Initialisierung)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Lauf-Ordner</translation>
    </message>
    <message>
        <source>where run folders are created</source>
        <translation>wo Lauf-Ordner angelegt werden</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Name des Laufs</translation>
    </message>
    <message>
        <source>the run folder&apos;s name (the original --run-id)</source>
        <translation>der Name des Lauf-Ordners (das ursprüngliche --run-id)</translation>
    </message>
    <message>
        <source>automatic: arch-init-optimizer-time</source>
        <translation>automatisch: Architektur-Initialisierer-Optimierer-Zeit</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>one of the four networks of Springenberg et al. (2014), table 2</source>
        <translation>eines der vier Netze von Springenberg et al. (2014), Tabelle 2</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>multiplies every hidden channel count (96 and 192); narrow models train fast</source>
        <translation>vervielfacht jede Zahl verborgener Kanäle (96 und 192); schmale Modelle trainieren schnell</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>batch norm after every convolution, before its ReLU (convolutions then have no bias)</source>
        <translation>Batch-Norm nach jeder Faltung, vor ihrer ReLU (die Faltungen haben dann keinen Bias)</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>dropout 20% on the input and 50% after each pooling layer or its replacement</source>
        <translation>Dropout von 20 % auf der Eingabe und 50 % nach jeder Pooling-Schicht oder ihrem Ersatz</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>Eingabekanäle</translation>
    </message>
    <message>
        <source>image channels; a run takes them from its dataset</source>
        <translation>Bildkanäle; ein Lauf übernimmt sie von seinem Datensatz</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>output classes; a run takes them from its dataset</source>
        <translation>Ausgabeklassen; ein Lauf übernimmt sie von seinem Datensatz</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>square input side in pixels; a run takes it from its dataset</source>
        <translation>Seitenlänge der quadratischen Eingabe in Pixeln; ein Lauf übernimmt sie von seinem Datensatz</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>LSUV tolerance</source>
        <translation>LSUV-Toleranz</translation>
    </message>
    <message>
        <source>stop a layer once |Var(output) - 1| &lt;= tolerance (the LSUV paper: 0.01 to 0.1 make no difference)</source>
        <translation>eine Schicht beenden, sobald |Var(Ausgabe) - 1| &lt;= Toleranz (das LSUV-Paper: 0,01 bis 0,1 machen keinen Unterschied)</translation>
    </message>
    <message>
        <source>LSUV iterations</source>
        <translation>LSUV-Iterationen</translation>
    </message>
    <message>
        <source>rescalings per layer at most</source>
        <translation>höchstens so viele Neuskalierungen pro Schicht</translation>
    </message>
    <message>
        <source>LSUV minimum outputs</source>
        <translation>LSUV-Mindestausgaben</translation>
    </message>
    <message>
        <source>layers whose output has fewer values per image are skipped (too few to measure a variance)</source>
        <translation>Schichten, deren Ausgabe weniger Werte pro Bild hat, werden übersprungen (zu wenige, um eine Varianz zu messen)</translation>
    </message>
    <message>
        <source>LSUV layers</source>
        <translation>LSUV-Schichten</translation>
    </message>
    <message>
        <source>the convolutions LSUV rescales, e.g. conv1,conv2</source>
        <translation>die Faltungen, die LSUV neu skaliert, z. B. conv1,conv2</translation>
    </message>
    <message>
        <source>every convolution</source>
        <translation>alle Faltungen</translation>
    </message>
    <message>
        <source>LSUV batch size</source>
        <translation>LSUV-Batchgröße</translation>
    </message>
    <message>
        <source>training images in the one batch LSUV measures on</source>
        <translation>Trainingsbilder in dem einen Batch, auf dem LSUV misst</translation>
    </message>
    <message>
        <source>random shift and horizontal flip of training images; featurewise normalization and ZCA whitening of every image</source>
        <translation>zufällige Verschiebung und horizontale Spiegelung der Trainingsbilder; merkmalsweise Normalisierung und ZCA-Whitening jedes Bildes</translation>
    </message>
    <message>
        <source>Shift fraction</source>
        <translation>Verschiebungsanteil</translation>
    </message>
    <message>
        <source>the largest shift, as a fraction of the image size on each axis (the original scripts: 0.1)</source>
        <translation>die größte Verschiebung als Anteil der Bildgröße auf jeder Achse (die ursprünglichen Skripte: 0,1)</translation>
    </message>
    <message>
        <source>ZCA epsilon</source>
        <translation>ZCA-Epsilon</translation>
    </message>
    <message>
        <source>added to the covariance&apos;s eigenvalues before the inverse square root</source>
        <translation>wird vor der inversen Quadratwurzel zu den Eigenwerten der Kovarianz addiert</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>image folders: the side of the square every image is fitted to</source>
        <translation>Bildordner: die Seitenlänge des Quadrats, auf das jedes Bild gebracht wird</translation>
    </message>
    <message>
        <source>Image fit</source>
        <translation>Bildanpassung</translation>
    </message>
    <message>
        <source>image folders: crop scales the shorter side and cuts out the centre; resize squeezes the whole image into the square</source>
        <translation>Bildordner: crop skaliert die kürzere Seite und schneidet die Mitte aus; resize staucht das ganze Bild in das Quadrat</translation>
    </message>
    <message>
        <source>Image channels</source>
        <translation>Bildkanäle</translation>
    </message>
    <message>
        <source>image folders: grey or rgb; auto takes what most of the images are and converts the others</source>
        <translation>Bildordner: grey oder rgb; auto nimmt, was die meisten Bilder sind, und wandelt die übrigen um</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <source>image folders without test/: the share of each class held out for testing</source>
        <translation>Bildordner ohne test/: der Anteil jeder Klasse, der zum Testen zurückgehalten wird</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Aufteilungs-Seed</translation>
    </message>
    <message>
        <source>image folders without test/: seeds which images are held out, so runs with other seeds test on the same images</source>
        <translation>Bildordner ohne test/: bestimmt, welche Bilder zurückgehalten werden, sodass Läufe mit anderen Seeds auf denselben Bildern testen</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Deterministisch</translation>
    </message>
    <message>
        <source>deterministic algorithms only and no cuDNN autotuner: a repeated or resumed run on a GPU computes bit for bit the same (slower); the CPU kernels are deterministic anyway</source>
        <translation>nur deterministische Algorithmen und kein cuDNN-Autotuner: ein wiederholter oder fortgesetzter Lauf auf einer GPU rechnet Bit für Bit gleich (langsamer); die CPU-Kernel sind ohnehin deterministisch</translation>
    </message>
    <message>
        <source>Diagnostics every</source>
        <translation>Diagnose alle</translation>
    </message>
    <message>
        <source>batches per window of the training diagnostics: each layer&apos;s ReLUs that were 0 for every image of the window, its weight and gradient norms (diagnostics.csv), and a warning when a class&apos;s output unit or most of a layer is dead</source>
        <translation>Batches je Fenster der Trainingsdiagnose: die ReLUs jeder Schicht, die für jedes Bild des Fensters 0 waren, ihre Gewichts- und Gradientennormen (diagnostics.csv) und eine Warnung, wenn die Ausgabeeinheit einer Klasse oder der größte Teil einer Schicht tot ist</translation>
    </message>

    <message>
        <source>Synchronized batch norm</source>
        <translation>Synchronisierte Batch-Normalisierung</translation>
    </message>
    <message>
        <source>data-parallel training: batch norm normalizes with the statistics of the whole batch, summed over the processes, as one process would; off, each process uses its own share&apos;s</source>
        <translation>datenparalleles Training: die Batch-Normalisierung normalisiert mit den Statistiken des ganzen Batches, über die Prozesse summiert, wie ein einzelner Prozess es täte; aus: jeder Prozess nutzt die seines eigenen Anteils</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ChartPanel</name>
    <message>
        <source>Batch loss</source>
        <translation>Batch-Verlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Batch accuracy</source>
        <translation>Batch-Genauigkeit</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Epoch loss</source>
        <translation>Verlust je Epoche</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Epoch accuracy</source>
        <translation>Genauigkeit je Epoche</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::DownloadDialog</name>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Downloading %1 into %2...</source>
        <translation>%1 wird nach %2 heruntergeladen...</translation>
    </message>
    <message>
        <source>%1: %2 MB</source>
        <translation>%1: %2 MB</translation>
    </message>
    <message>
        <source>%1: %2 of %3 MB</source>
        <translation>%1: %2 von %3 MB</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation>%1 liegt bereit in %2</translation>
    </message>
    <message>
        <source>Cancelled. What arrived is kept; the next download of %1 resumes it.</source>
        <translation>Abgebrochen. Was angekommen ist, bleibt erhalten; der nächste Download von %1 setzt dort fort.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ExportRunDialog</name>
    <message>
        <source>Export run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>best (highest test accuracy)</source>
        <translation>best (höchste Testgenauigkeit)</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>TorchScript model</source>
        <translation>TorchScript-Modell</translation>
    </message>
    <message>
        <source>Takes float images in [0, 1] and returns the logits; the run&apos;s normalization, its class names and input size are built in. Load it with torch.jit.load.</source>
        <translation>Nimmt Float-Bilder in [0, 1] und gibt die Logits zurück; die Normalisierung des Laufs, seine Klassennamen und die Eingabegröße sind eingebaut. Laden mit torch.jit.load.</translation>
    </message>
    <message>
        <source>&lt;run&gt;/export/model-&lt;checkpoint&gt;.pt</source>
        <translation>&lt;Lauf&gt;/export/model-&lt;checkpoint&gt;.pt</translation>
    </message>
    <message>
        <source>TorchScript file</source>
        <translation>TorchScript-Datei</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>TensorBoard curves</source>
        <translation>TensorBoard-Kurven</translation>
    </message>
    <message>
        <source>Loss, accuracy and learning rate per batch and per epoch, for tensorboard --logdir.</source>
        <translation>Verlust, Genauigkeit und Lernrate je Batch und je Epoche, für tensorboard --logdir.</translation>
    </message>
    <message>
        <source>&lt;run&gt;/export/tensorboard</source>
        <translation>&lt;Lauf&gt;/export/tensorboard</translation>
    </message>
    <message>
        <source>TensorBoard folder</source>
        <translation>TensorBoard-Ordner</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Wird exportiert...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::LogPanel</name>
    <message>
        <source>%1  error: %2</source>
        <translation>%1  Fehler: %2</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::LrFindDialog</name>
    <message>
        <source>Find a learning rate</source>
        <translation>Lernrate finden</translation>
    </message>
    <message>
        <source>Trains a fresh model of the form&apos;s run (%1, %2, %3, batch size %4) for a few hundred batches while the learning rate grows from From to To, and suggests the rate where the loss falls fastest. The schedule does not apply; the test is kept in the runs folder&apos;s lr-find folder.</source>
        <translation>Trainiert ein neues Modell des Laufs aus dem Formular (%1, %2, %3, Batchgröße %4) für einige hundert Batches, während die Lernrate von „Von“ bis „Bis“ wächst, und schlägt die Rate vor, bei der der Verlust am schnellsten fällt. Der Zeitplan gilt hier nicht; der Test wird im Ordner lr-find des Läufe-Ordners aufbewahrt.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Batches:</translation>
    </message>
    <message>
        <source>&amp;Start test</source>
        <translation>Test &amp;starten</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>The rates must be numbers, e.g. 1e-6 and 1.</source>
        <translation>Die Raten müssen Zahlen sein, z. B. 1e-6 und 1.</translation>
    </message>
    <message>
        <source>Batch %1 of %2: rate %3, loss %4</source>
        <translation>Batch %1 von %2: Rate %3, Verlust %4</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Aufbewahrt in %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>smoothed loss</source>
        <translation>geglätteter Verlust</translation>
    </message>
    <message>
        <source>suggested %1</source>
        <translation>vorgeschlagen %1</translation>
    </message>
    <message>
        <source>lowest loss</source>
        <translation>niedrigster Verlust</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::LsuvPage</name>
    <message>
        <source>LSUV: output variance of each layer per iteration</source>
        <translation>LSUV: Ausgabevarianz jeder Schicht je Iteration</translation>
    </message>
    <message>
        <source>Initializers: output variance over depth (log10)</source>
        <translation>Initialisierer: Ausgabevarianz über die Tiefe (log10)</translation>
    </message>
    <message>
        <source>Initializers: dead ReLU fraction over depth</source>
        <translation>Initialisierer: Anteil toter ReLUs über die Tiefe</translation>
    </message>
    <message>
        <source>Drift: activation variance over epochs</source>
        <translation>Drift: Aktivierungsvarianz über die Epochen</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Variance before</source>
        <translation>Varianz vorher</translation>
    </message>
    <message>
        <source>Variance after</source>
        <translation>Varianz nachher</translation>
    </message>
    <message>
        <source>Total scale</source>
        <translation>Gesamtskalierung</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>run folder</source>
        <translation>Lauf-Ordner</translation>
    </message>
    <message>
        <source>Open run...</source>
        <translation>Lauf öffnen...</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>Lauf-Ordner öffnen</translation>
    </message>
    <message>
        <source>width </source>
        <translation>Breite </translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>batch </source>
        <translation>Batch </translation>
    </message>
    <message>
        <source>tolerance </source>
        <translation>Toleranz </translation>
    </message>
    <message>
        <source>max iterations </source>
        <translation>max. Iterationen </translation>
    </message>
    <message>
        <source>layers, e.g. conv1,conv2 (all)</source>
        <translation>Schichten, z. B. conv1,conv2 (alle)</translation>
    </message>
    <message>
        <source>Run LSUV on a fresh model</source>
        <translation>LSUV auf einem neuen Modell ausführen</translation>
    </message>
    <message>
        <source>Running LSUV and the other initializers on a batch of real data...</source>
        <translation>LSUV und die anderen Initialisierer laufen auf einem Batch echter Daten...</translation>
    </message>
    <message>
        <source>Cannot inspect:</source>
        <translation>Untersuchung nicht möglich:</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>target 1</source>
        <translation>Ziel 1</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>variance</source>
        <translation>Varianz</translation>
    </message>
    <message>
        <source>convolution (1 = %1, %2 = %3)</source>
        <translation>Faltung (1 = %1, %2 = %3)</translation>
    </message>
    <message>
        <source>log10 variance (0: unit)</source>
        <translation>log10-Varianz (0: Einheitsvarianz)</translation>
    </message>
    <message>
        <source>dead fraction</source>
        <translation>toter Anteil</translation>
    </message>
    <message>
        <source>Drift: activation variance over epochs (open a run folder)</source>
        <translation>Drift: Aktivierungsvarianz über die Epochen (Lauf-Ordner öffnen)</translation>
    </message>
    <message>
        <source>Drift: activation variance over epochs (-1: after initialization)</source>
        <translation>Drift: Aktivierungsvarianz über die Epochen (-1: nach der Initialisierung)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lese %1...</translation>
    </message>
    <message>
        <source>On a batch drawn as the training page&apos;s settings would draw it: its dataset, data folder, preprocessing and seed.</source>
        <translation>Auf einem Batch, wie ihn die Einstellungen der Trainingsseite ziehen würden: deren Datensatz, Datenordner, Vorverarbeitung und Seed.</translation>
    </message>
    <message>
        <source>Training: dead ReLU share of each layer</source>
        <translation>Training: Anteil toter ReLUs jeder Schicht</translation>
    </message>
    <message>
        <source>Training: gradient norm of each layer</source>
        <translation>Training: Gradientennorm jeder Schicht</translation>
    </message>
    <message>
        <source>Training: dead ReLU share of each layer (open a run folder)</source>
        <translation>Training: Anteil toter ReLUs jeder Schicht (einen Lauf-Ordner öffnen)</translation>
    </message>
    <message>
        <source>Training: share of each layer&apos;s ReLUs that were 0 for every image of a window</source>
        <translation>Training: Anteil der ReLUs jeder Schicht, die für jedes Bild eines Fensters 0 waren</translation>
    </message>
    <message>
        <source>Training: gradient norm of each layer, per window</source>
        <translation>Training: Gradientennorm jeder Schicht, je Fenster</translation>
    </message>
    <message>
        <source>batches trained</source>
        <translation>trainierte Batches</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::MainWindow</name>
    <message>
        <source>All-CNN Workbench</source>
        <translation>All-CNN-Werkbank</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Compare runs</source>
        <translation>Läufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;LSUV inspector</source>
        <translation>LSUV-&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Inside the network</source>
        <translation>Blick ins &amp;Netz</translation>
    </message>
    <message>
        <source>Export &amp;run...</source>
        <translation>Lauf &amp;exportieren...</translation>
    </message>
    <message>
        <source>Write a run&apos;s model as TorchScript and its curves for TensorBoard</source>
        <translation>Das Modell eines Laufs als TorchScript und seine Kurven für TensorBoard schreiben</translation>
    </message>
    <message>
        <source>A run is training</source>
        <translation>Ein Lauf trainiert</translation>
    </message>
    <message>
        <source>Closing the window stops the run. Its last checkpoint is written, and Resume continues it later.</source>
        <translation>Schließen beendet den Lauf. Sein letzter Checkpoint wird geschrieben, und „Fortsetzen“ setzt ihn später fort.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Stoppen und beenden</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>Weiter trainieren</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::PreviewPanel</name>
    <message>
        <source>Starts with the run.</source>
        <translation>Erscheint mit dem Lauf.</translation>
    </message>
    <message>
        <source>Augmentation preview: epoch %1, batch %2</source>
        <translation>Augmentierungsvorschau: Epoche %1, Batch %2</translation>
    </message>
    <message>
        <source>Augmentation preview: the batch being trained</source>
        <translation>Augmentierungsvorschau: der Batch im Training</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::QueuePanel</name>
    <message>
        <source>Start queue</source>
        <translation>Warteschlange starten</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Train the queued runs one after another, starting with the first</source>
        <translation>Die eingereihten Läufe nacheinander trainieren, beginnend mit dem ersten</translation>
    </message>
    <message>
        <source>Take the selected run out of the queue</source>
        <translation>Den gewählten Lauf aus der Warteschlange nehmen</translation>
    </message>
    <message>
        <source>No run is waiting. Add to queue puts the form&apos;s run here; queued runs train one after another.</source>
        <translation>Kein Lauf wartet. „Einreihen“ legt den Lauf des Formulars hierher; eingereihte Läufe trainieren nacheinander.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n, trained one after another; one that fails does not stop the others.</source>
        <translation>
            <numerusform>Wartend: %n, nacheinander trainiert; ein fehlschlagender Lauf hält die anderen nicht auf.</numerusform>
            <numerusform>Wartend: %n, nacheinander trainiert; ein fehlschlagender Lauf hält die anderen nicht auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Study...</source>
        <translation>Studie...</translation>
    </message>
    <message>
        <source>Queue one of the original project&apos;s four studies, or the form&apos;s run with one setting varied, over seeds</source>
        <translation>Eine der vier Studien des ursprünglichen Projekts einreihen, oder den Lauf des Formulars mit einer variierten Einstellung, über Seeds</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ResumeDialog</name>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 epochs done. The run continues from its last checkpoint, exactly as allcnn train --resume would.</source>
        <translation>%1 von %2 Epochen erledigt. Der Lauf setzt an seinem letzten Checkpoint fort, genau wie mit allcnn train --resume.</translation>
    </message>
    <message>
        <source>Continue for</source>
        <translation>Weiter für</translation>
    </message>
    <message>
        <source> more epochs</source>
        <translation> weitere Epochen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::RunQueue</name>
    <message>
        <source>run %1 of the queue: %2</source>
        <translation>Lauf %1 der Warteschlange: %2</translation>
    </message>
    <message>
        <source>The run queue %1 could not be read (%2); it is set aside as %3.</source>
        <translation>Die Warteschlange %1 konnte nicht gelesen werden (%2); sie wurde als %3 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The run queue %1 could not be read (%2).</source>
        <translation>Die Warteschlange %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The queued runs that could be read are kept: %n.</source>
        <translation>
            <numerusform>Die lesbaren eingereihten Läufe bleiben erhalten: %n.</numerusform>
            <numerusform>Die lesbaren eingereihten Läufe bleiben erhalten: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run queue could not be saved: %1</source>
        <translation>Die Warteschlange konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · epochs: %n</source>
        <translation>
            <numerusform>%1 · %2 · %3 · Epochen: %n</numerusform>
            <numerusform>%1 · %2 · %3 · Epochen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>allcnn::ui::SettingEditor</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::SettingsForm</name>
    <message>
        <source>not found: choose the folder</source>
        <translation>nicht gefunden: Ordner wählen</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <source>Image folder...</source>
        <translation>Bildordner...</translation>
    </message>
    <message>
        <source>Train on your own images: pick a folder with one subfolder per class (or train/ and test/ holding them); the class names are the subfolders&apos; names</source>
        <translation>Mit eigenen Bildern trainieren: einen Ordner mit einem Unterordner je Klasse wählen (oder train/ und test/, die sie enthalten); die Klassennamen sind die Namen der Unterordner</translation>
    </message>
    <message>
        <source>Download...</source>
        <translation>Herunterladen...</translation>
    </message>
    <message>
        <source>Download the chosen dataset&apos;s official files into your data folder, where training finds them</source>
        <translation>Die offiziellen Dateien des gewählten Datensatzes in Ihren Datenordner herunterladen, wo das Training sie findet</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>your images: one subfolder per class</source>
        <translation>Ihre Bilder: ein Unterordner je Klasse</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the run of this name from its last checkpoint</source>
        <translation>Den Lauf dieses Namens ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Use a new name</source>
        <translation>Neuen Namen verwenden</translation>
    </message>
    <message>
        <source>Number the name on (-2, -3, ...) to the first that is free</source>
        <translation>Den Namen weiterzählen (-2, -3, ...) bis zum ersten freien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a run of this name exists already in %1</source>
        <translation>ein Lauf dieses Namens existiert bereits in %1</translation>
    </message>
    <message>
        <source>automatic: %1-%2-%3-&lt;date&gt;-&lt;time&gt;</source>
        <translation>automatisch: %1-%2-%3-&lt;Datum&gt;-&lt;Uhrzeit&gt;</translation>
    </message>
    <message>
        <source>Find...</source>
        <translation>Finden...</translation>
    </message>
    <message>
        <source>Learning-rate range test: train a fresh model of this form for a few hundred batches while the rate grows, and suggest the rate where the loss falls fastest</source>
        <translation>Lernraten-Bereichstest: ein neues Modell dieses Formulars einige hundert Batches lang trainieren, während die Rate wächst, und die Rate vorschlagen, bei der der Verlust am schnellsten fällt</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::StudyDialog</name>
    <message>
        <source>Queue a study</source>
        <translation>Eine Studie einreihen</translation>
    </message>
    <message>
        <source>The form&apos;s run, one setting varied</source>
        <translation>Der Lauf des Formulars, eine Einstellung variiert</translation>
    </message>
    <message>
        <source>values, comma separated: 0.01, 0.001</source>
        <translation>Werte, durch Kommas getrennt: 0.01, 0.001</translation>
    </message>
    <message>
        <source>The width multiplier of the network&apos;s channels: below 1 for a quick look (the paper: 1)</source>
        <translation>Der Breitenfaktor der Kanäle des Netzes: unter 1 für einen schnellen Blick (das Paper: 1)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Studie:</translation>
    </message>
    <message>
        <source>Vary:</source>
        <translation>Variieren:</translation>
    </message>
    <message>
        <source>Over:</source>
        <translation>Über:</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Gruppenname:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>Trainingsbilder:</translation>
    </message>
    <message>
        <source>Test images:</source>
        <translation>Testbilder:</translation>
    </message>
    <message>
        <source>The runs, queued in this order (the dataset, its folder, the runs folder and the device are the form&apos;s):</source>
        <translation>Die Läufe, in dieser Reihenfolge eingereiht (Datensatz, sein Ordner, der Laufordner und das Gerät stammen aus dem Formular):</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>das Formular</translation>
    </message>
    <message>
        <source>Queue the runs (%1)</source>
        <translation>Die Läufe einreihen (%1)</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeite…</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TrainPage</name>
    <message>
        <source>&amp;Start run</source>
        <translation>Lauf &amp;starten</translation>
    </message>
    <message>
        <source>Validate the configuration and start training</source>
        <translation>Konfiguration prüfen und das Training starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop after the current batch, writing the last checkpoint</source>
        <translation>Nach dem aktuellen Batch anhalten und den letzten Checkpoint schreiben</translation>
    </message>
    <message>
        <source>&amp;Resume last run...</source>
        <translation>Letzten Lauf &amp;fortsetzen...</translation>
    </message>
    <message>
        <source>Continue the last stopped or failed run from its checkpoint, for more epochs</source>
        <translation>Den zuletzt angehaltenen oder fehlgeschlagenen Lauf ab seinem Checkpoint fortsetzen, auch für weitere Epochen</translation>
    </message>
    <message>
        <source>&amp;Open configuration...</source>
        <translation>Konfiguration ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Save configuration &amp;as...</source>
        <translation>Konfiguration speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Export chart data...</source>
        <translation>Diagrammdaten &amp;exportieren...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Resume...</source>
        <translation>Fortsetzen...</translation>
    </message>
    <message>
        <source>Configuration read from %1</source>
        <translation>Konfiguration aus %1 gelesen</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Run configurations (*.json);;All files (*)</source>
        <translation>Laufkonfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>Run configurations (*.json)</source>
        <translation>Laufkonfigurationen (*.json)</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Configuration saved to %1</source>
        <translation>Konfiguration in %1 gespeichert</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Every raw point written to %1</source>
        <translation>Alle Rohdatenpunkte in %1 geschrieben</translation>
    </message>
    <message>
        <source>Starting a run: %1, width %2, %3, %4, %5 epochs</source>
        <translation>Starte einen Lauf: %1, Breite %2, %3, %4, %5 Epochen</translation>
    </message>
    <message>
        <source>Resuming %1</source>
        <translation>Setze %1 fort</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Halte nach dem aktuellen Batch an...</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Hält an</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The configuration needs a fix: %1</source>
        <translation>Die Konfiguration muss korrigiert werden: %1</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Run folder: %1 (device %2)</source>
        <translation>Lauf-Ordner: %1 (Gerät %2)</translation>
    </message>
    <message>
        <source>Epoch %1: training loss %2, accuracy %3; validation loss %4, accuracy %5%6</source>
        <translation>Epoche %1: Trainingsverlust %2, Genauigkeit %3; Validierungsverlust %4, Genauigkeit %5%6</translation>
    </message>
    <message>
        <source>Epoch %1: training loss %2, accuracy %3; test loss %4, accuracy %5%6</source>
        <translation>Epoche %1: Trainingsverlust %2, Genauigkeit %3; Testverlust %4, Genauigkeit %5%6</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation> (bisher beste)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finished. Best validation accuracy %1 at epoch %2.</source>
        <translation>Fertig. Beste Validierungsgenauigkeit %1 in Epoche %2.</translation>
    </message>
    <message>
        <source>Finished. Best test accuracy %1 at epoch %2.</source>
        <translation>Fertig. Beste Testgenauigkeit %1 in Epoche %2.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopped; the last checkpoint is saved.</source>
        <translation>Angehalten; der letzte Checkpoint ist gespeichert.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopping the run before closing...</source>
        <translation>Halte den Lauf vor dem Schließen an...</translation>
    </message>
    <message>
        <source>The run did not stop within %1 s; waiting for it.</source>
        <translation>Der Lauf hat nicht innerhalb von %1 s angehalten; es wird gewartet.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation>%1 liegt bereit in %2</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Herunterladen von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The configuration needs %n fixes: %1</source>
        <translation>
            <numerusform>Die Konfiguration braucht eine Korrektur: %1</numerusform>
            <numerusform>Die Konfiguration braucht %n Korrekturen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is going: stop it first</source>
        <translation>Ein Lauf läuft: erst stoppen</translation>
    </message>
    <message>
        <source>Fix the form first:</source>
        <translation>Erst das Formular korrigieren:</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>In die &amp;Warteschlange</translation>
    </message>
    <message>
        <source>Validate the configuration and queue the run: it starts when no run goes</source>
        <translation>Konfiguration prüfen und den Lauf einreihen: er startet, sobald kein Lauf läuft</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>Warteschlange (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Queued: %1 (waiting: %n)</source>
        <translation>
            <numerusform>Eingereiht: %1 (wartend: %n)</numerusform>
            <numerusform>Eingereiht: %1 (wartend: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next in the queue: %1 (still waiting: %n)</source>
        <translation>
            <numerusform>Als Nächstes aus der Warteschlange: %1 (noch wartend: %n)</numerusform>
            <numerusform>Als Nächstes aus der Warteschlange: %1 (noch wartend: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The queue holds (waiting: %n); Start queue goes on.</source>
        <translation>
            <numerusform>Die Warteschlange hält an (wartend: %n); „Warteschlange starten“ setzt sie fort.</numerusform>
            <numerusform>Die Warteschlange hält an (wartend: %n); „Warteschlange starten“ setzt sie fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue a st&amp;udy...</source>
        <translation>St&amp;udie einreihen...</translation>
    </message>
    <message>
        <source>Queue one of the original project&apos;s four studies, or the form&apos;s run with one setting varied, over seeds</source>
        <translation>Eine der vier Studien des ursprünglichen Projekts einreihen, oder den Lauf des Formulars mit einer variierten Einstellung, über Seeds</translation>
    </message>
    <message>
        <source>Queued the study %1: %2 runs</source>
        <translation>Studie %1 eingereiht: %2 Läufe</translation>
    </message>
    <message>
        <source>&amp;Find a learning rate...</source>
        <translation>Lernrate &amp;finden...</translation>
    </message>
    <message>
        <source>Learning-rate range test of the form&apos;s run: the loss while the rate grows, and the rate where it falls fastest</source>
        <translation>Lernraten-Bereichstest des Laufs aus dem Formular: der Verlust, während die Rate wächst, und die Rate, bei der er am schnellsten fällt</translation>
    </message>
    <message>
        <source>Learning rate set to %1, the range test&apos;s suggestion</source>
        <translation>Lernrate auf %1 gesetzt, den Vorschlag des Bereichstests</translation>
    </message>

    <message>
        <source>Data-parallel training on %1 processes</source>
        <translation>Datenparalleles Training auf %1 Prozessen</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TrainStatus</name>
    <message>
        <source>%1 · %2 in use</source>
        <translation>%1 · %2 belegt</translation>
    </message>
    <message>
        <source>%1 of %2 epochs done</source>
        <translation>%1 von %2 Epochen fertig</translation>
    </message>
    <message>
        <source>Device of the current run</source>
        <translation>Gerät des aktuellen Laufs</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4</source>
        <translation>Epoche %1/%2 · Batch %3/%4</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Rest %1</translation>
    </message>
    <message>
        <source>Decoding images %v/%m</source>
        <translation>Bilder dekodieren %v/%m</translation>
    </message>
    <message>
        <source>The image folder is decoded once; later runs read its cache</source>
        <translation>Der Bildordner wird einmal dekodiert; spätere Läufe lesen seinen Cache</translation>
    </message>
    <message>
        <source>Evaluating %v/%m</source>
        <translation>Auswertung %v/%m</translation>
    </message>
    <message>
        <source>The epoch&apos;s evaluation on the test split</source>
        <translation>Die Auswertung der Epoche auf den Testdaten</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TrainingWorker</name>
    <message>
        <source>LSUV: %1 of %2 layers converged in %3 ms</source>
        <translation>LSUV: %1 von %2 Schichten in %3 ms konvergiert</translation>
    </message>
    <message>
        <source>Loading the data and preparing the run...</source>
        <translation>Lade die Daten und bereite den Lauf vor...</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>ein unbekannter Fehler</translation>
    </message>
    <message>
        <source>Loading the data and the checkpoint of %1...</source>
        <translation>Lade die Daten und den Checkpoint von %1...</translation>
    </message>
    <message>
        <source>stopped while loading the data</source>
        <translation>beim Laden der Daten angehalten</translation>
    </message>

    <message>
        <source>Starting the run&apos;s other processes (allcnn train): %1</source>
        <translation>Starte die übrigen Prozesse des Laufs (allcnn train): %1</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::CompareChart</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <source>%1 minus %2</source>
        <translation>%1 minus %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (imported) has no %2.</source>
        <translation>%1 (importiert) hat keine Daten für „%2“.</translation>
    </message>
    <message>
        <source>%1 has no %2 yet.</source>
        <translation>%1 hat noch keine Daten für „%2“.</translation>
    </message>
    <message>
        <source>%1 has no %2 axis (an imported history records epochs only).</source>
        <translation>%1 hat keine Achse „%2“ (ein importierter Verlauf enthält nur Epochen).</translation>
    </message>
    <message>
        <source>%1 does not overlap %2 on this axis.</source>
        <translation>%1 überschneidet sich auf dieser Achse nicht mit %2.</translation>
    </message>
    <message>
        <source>%1: no positive values to draw on a log axis.</source>
        <translation>%1: keine positiven Werte für eine logarithmische Achse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seeds)</source>
        <translation>
            <numerusform>%1 (%n Seed)</numerusform>
            <numerusform>%1 (%n Seeds)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::CompareView</name>
    <message>
        <source>All metrics</source>
        <translation>Alle Metriken</translation>
    </message>
    <message>
        <source>Log y</source>
        <translation>y logarithmisch</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Beste Epoche</translation>
    </message>
    <message>
        <source>One chart per metric, side by side, with a shared legend</source>
        <translation>Ein Diagramm je Metrik, nebeneinander, mit gemeinsamer Legende</translation>
    </message>
    <message>
        <source>Exponential moving average weight (debiased, as in TensorBoard)</source>
        <translation>Gewicht des exponentiellen gleitenden Mittelwerts (bias-korrigiert, wie in TensorBoard)</translation>
    </message>
    <message>
        <source>Mark each run&apos;s epoch of best validation accuracy</source>
        <translation>Bei jedem Lauf die Epoche mit der besten Validierungsgenauigkeit markieren</translation>
    </message>
    <message>
        <source>Draw each run minus this run</source>
        <translation>Jeden Lauf abzüglich dieses Laufs zeichnen</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Keine Referenz</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Screen resolution</source>
        <translation>Bildschirmauflösung</translation>
    </message>
    <message>
        <source>%1x the screen resolution</source>
        <translation>%1-fache Bildschirmauflösung</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, at twice the screen's resolution or more</source>
        <translation>Diagramm als PNG-Bild speichern, in doppelter Bildschirmauflösung oder mehr</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Diagramm als SVG-Grafik speichern</translation>
    </message>
    <message>
        <source>This build has no SVG support</source>
        <translation>Dieser Build unterstützt kein SVG</translation>
    </message>
    <message>
        <source>Save the selected runs&apos; metrics as one long-form CSV</source>
        <translation>Metriken der ausgewählten Läufe als eine CSV im Langformat speichern</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Only the settings in which the compared runs differ (imported histories have none)</source>
        <translation>Nur die Einstellungen, in denen sich die verglichenen Läufe unterscheiden (importierte Verläufe haben keine)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(live)</source>
        <translation>(live)</translation>
    </message>
    <message>
        <source>(baseline)</source>
        <translation>(Referenz)</translation>
    </message>
    <message>
        <source>best validation epoch</source>
        <translation>beste Validierungsepoche</translation>
    </message>
    <message>
        <source>faint: raw values</source>
        <translation>blass: Rohwerte</translation>
    </message>
    <message>
        <source>Select two or more runs in the table to compare them.</source>
        <translation>Zwei oder mehr Läufe in der Tabelle auswählen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Select one more run to compare (Ctrl+click).</source>
        <translation>Einen weiteren Lauf zum Vergleich auswählen (Strg+Klick).</translation>
    </message>
    <message>
        <source>All-CNN Workbench comparison</source>
        <translation>All-CNN-Werkbank – Vergleich</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>Save the runs&apos; metrics as CSV</source>
        <translation>Metriken der Läufe als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Seeds as one</source>
        <translation>Seeds zusammen</translation>
    </message>
    <message>
        <source>Runs whose settings differ only by seed draw as one line: their mean, in a band</source>
        <translation>Läufe, deren Einstellungen sich nur im Seed unterscheiden, werden als eine Linie gezeichnet: ihr Mittelwert, in einem Band</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <source>± 1 std</source>
        <translation>± 1 Std.-Abw.</translation>
    </message>
    <message>
        <source>The band around the mean of merged seeds: their lowest and highest value, or one standard deviation</source>
        <translation>Das Band um den Mittelwert zusammengefasster Seeds: ihr kleinster und größter Wert oder eine Standardabweichung</translation>
    </message>
    <message>
        <source>band: the seeds&apos; min–max</source>
        <translation>Band: Min–Max der Seeds</translation>
    </message>
    <message>
        <source>band: ± 1 standard deviation</source>
        <translation>Band: ± 1 Standardabweichung</translation>
    </message>
    <message>
        <source>The selected runs by configuration (runs that differ only by seed together): mean ± sample standard deviation over the seeds</source>
        <translation>Die gewählten Läufe nach Konfiguration (Läufe, die sich nur im Seed unterscheiden, zusammen): Mittelwert ± Stichproben-Standardabweichung über die Seeds</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>Beste Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Epoch of best</source>
        <translation>Epoche des Besten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Mark each run&apos;s epoch of best accuracy on its evaluated split (validation or test)</source>
        <translation>Die Epoche der besten Genauigkeit jedes Laufs auf seinem ausgewerteten Split markieren (Validierung oder Test)</translation>
    </message>
    <message>
        <source>Best accuracy</source>
        <translation>Beste Genauigkeit</translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation>beste Epoche</translation>
    </message>
    <message>
        <source>Test accuracy of best</source>
        <translation>Testgenauigkeit des Besten</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>by run</source>
        <translation>nach Lauf</translation>
    </message>
    <message>
        <source>by group</source>
        <translation>nach Gruppe</translation>
    </message>
    <message>
        <source>By group: each group (a sweep or a study) one hue, as in the run table, its configurations shades of it, and runs of no group grey. Automatic colours by group when the runs shown are of two or more groups, and by run otherwise.</source>
        <translation>Nach Gruppe: jede Gruppe (ein Sweep oder eine Studie) ein Farbton, wie in der Lauftabelle, ihre Konfigurationen Abstufungen davon, Läufe ohne Gruppe grau. Automatisch färbt nach Gruppe, wenn die gezeigten Läufe zu zwei oder mehr Gruppen gehören, sonst nach Lauf.</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>No group:</source>
        <translation>Ohne Gruppe:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::HistoryImportDialog</name>
    <message>
        <source>Accuracies are in percent (0–100)</source>
        <translation>Genauigkeiten in Prozent (0–100)</translation>
    </message>
    <message>
        <source>History columns</source>
        <translation>Spalten des Verlaufs</translation>
    </message>
    <message>
        <source>Which column holds which series? Choose at least one.</source>
        <translation>Welche Spalte enthält welche Reihe? Mindestens eine wählen.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>X axis (epoch):</source>
        <translation>X-Achse (Epoche):</translation>
    </message>
    <message>
        <source>Training loss:</source>
        <translation>Trainingsverlust:</translation>
    </message>
    <message>
        <source>Training accuracy:</source>
        <translation>Trainingsgenauigkeit:</translation>
    </message>
    <message>
        <source>Validation loss:</source>
        <translation>Validierungsverlust:</translation>
    </message>
    <message>
        <source>Validation accuracy:</source>
        <translation>Validierungsgenauigkeit:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose at least one series</source>
        <translation>Mindestens eine Reihe wählen</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::RunBrowser</name>
    <message>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Lauf-Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Verlauf importieren…</translation>
    </message>
    <message>
        <source>Open training histories saved as CSV (Keras, pandas, a spreadsheet) as read-only runs; several files at once</source>
        <translation>Als CSV gespeicherte Trainingsverläufe (Keras, pandas, Tabellenkalkulation) als schreibgeschützte Läufe öffnen; mehrere Dateien auf einmal</translation>
    </message>
    <message>
        <source>Filter runs (any column)</source>
        <translation>Läufe filtern (beliebige Spalte)</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Notes on the selected run</source>
        <translation>Notizen zum ausgewählten Lauf</translation>
    </message>
    <message>
        <source>The runs folder %1 does not exist.</source>
        <translation>Der Lauf-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The runs folder</source>
        <translation>Der Lauf-Ordner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more unreadable folder(s)</source>
        <translation>
            <numerusform>… und %n weiterer unlesbarer Ordner</numerusform>
            <numerusform>… und %n weitere unlesbare Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Could not save the notes of %1: %2</source>
        <translation>Die Notizen zu %1 konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Import histories</source>
        <translation>Verläufe importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.log *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint on the training page, for more epochs if it has finished</source>
        <translation>Den gewählten Lauf auf der Trainingsseite ab seinem letzten Checkpoint fortsetzen, nach seinem Ende für weitere Epochen</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message>
        <source>Forget the selected imported histories (the files stay where they are)</source>
        <translation>Die ausgewählten importierten Verläufe vergessen (die Dateien bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Show only the runs of one group (a sweep or a study), with the number of runs in each; Ctrl+A in the table then selects them all for comparison</source>
        <translation>Nur die Läufe einer Gruppe (eines Sweeps oder einer Studie) zeigen, mit der Zahl der Läufe jeder Gruppe; Strg+A in der Tabelle wählt sie dann alle zum Vergleich aus</translation>
    </message>
    <message>
        <source>All runs (%1)</source>
        <translation>Alle Läufe (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No group (%1)</source>
        <translation>Ohne Gruppe (%1)</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::RunTableModel</name>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>running? (silent %1 min)</source>
        <translation>läuft? (seit %1 min keine Ausgabe)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warning(s))</source>
        <translation>
            <numerusform>%1 (%n Warnung)</numerusform>
            <numerusform>%1 (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Imported history (read only)</source>
        <translation>Importierter Verlauf (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Best val acc</source>
        <translation>Beste Val.-Genauigkeit</translation>
    </message>
    <message>
        <source>@ epoch</source>
        <translation>in Epoche</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>Endverlust</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Best acc</source>
        <translation>Beste Gen.</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::ActivationsView</name>
    <message>
        <source>Colormap:</source>
        <translation>Farbskala:</translation>
    </message>
    <message>
        <source>viridis</source>
        <translation>viridis</translation>
    </message>
    <message>
        <source>inferno</source>
        <translation>inferno</translation>
    </message>
    <message>
        <source>turbo</source>
        <translation>turbo</translation>
    </message>
    <message>
        <source>jet</source>
        <translation>jet</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Normalize each map</source>
        <translation>Jede Karte einzeln normalisieren</translation>
    </message>
    <message>
        <source>On: every feature map uses its own range. Off: one range per layer.</source>
        <translation>Ein: Jede Merkmalskarte nutzt ihren eigenen Wertebereich. Aus: ein Bereich je Schicht.</translation>
    </message>
    <message>
        <source>Grid size:</source>
        <translation>Rastergröße:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Classify an image on the Predict tab to see its activations.</source>
        <translation>Ein Bild im Tab „Vorhersage“ klassifizieren, um seine Aktivierungen zu sehen.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>Feature maps of every layer for %1</source>
        <translation>Merkmalskarten aller Schichten für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Class activation maps&lt;/b&gt;: the maps that global average pooling turns into the logits (the mean under each), on one shared scale</source>
        <translation>&lt;b&gt;Klassenaktivierungskarten&lt;/b&gt;: die Karten, die das globale Average Pooling in die Logits überführt (Mittelwert jeweils darunter), auf einer gemeinsamen Skala</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;  %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2</translation>
    </message>
    <message>
        <source>Computing the feature maps of %1…</source>
        <translation>Merkmalskarten von %1 werden berechnet …</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::ConfusionView</name>
    <message>
        <source>Click a cell to list its test images.</source>
        <translation>Eine Zelle anklicken, um ihre Testbilder aufzulisten.</translation>
    </message>
    <message>
        <source>This run has no evaluation yet. %1</source>
        <translation>Dieser Lauf hat noch keine Auswertung. %1</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>Rows: true class, columns: predicted class. %1 (accuracy %2 %). Click a cell: its test images as the loaded checkpoint classifies them.</source>
        <translation>Zeilen: wahre Klasse, Spalten: vorhergesagte Klasse. %1 (Genauigkeit %2 %). Zelle anklicken: ihre Testbilder, wie der geladene Checkpoint sie klassifiziert.</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3 (%4 % of the row)</source>
        <translation>tatsächlich %1, vorhergesagt %2: %3 (%4 % der Zeile)</translation>
    </message>
    <message>
        <source>True %1, classified as %2: %3 image(s) shown (at most %4).</source>
        <translation>Wahr %1, klassifiziert als %2: %3 Bild(er) angezeigt (höchstens %4).</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Classify the test split</source>
        <translation>Testdaten klassifizieren</translation>
    </message>
    <message>
        <source>Classifying the test split…</source>
        <translation>Testdaten werden klassifiziert …</translation>
    </message>
    <message>
        <source>Classifying the test split with %1…</source>
        <translation>Testdaten werden mit %1 klassifiziert …</translation>
    </message>
    <message>
        <source>Classifying the test split: %1 of %2 images</source>
        <translation>Testdaten werden klassifiziert: %1 von %2 Bildern</translation>
    </message>
    <message>
        <source>Cancelled: the test split was not classified.</source>
        <translation>Abgebrochen: Die Testdaten wurden nicht klassifiziert.</translation>
    </message>
    <message>
        <source>The test split is classified with the loaded checkpoint when this tab is shown.</source>
        <translation>Die Testdaten werden mit dem geladenen Checkpoint klassifiziert, sobald dieser Reiter angezeigt wird.</translation>
    </message>
    <message>
        <source>Rows: true class, columns: predicted class. The %1 on %2 test images: accuracy %3 %. Click a cell: its test images.</source>
        <translation>Zeilen: wahre Klasse, Spalten: vorhergesagte Klasse. %1 auf %2 Testbildern: Genauigkeit %3 %. Klick auf eine Zelle: ihre Testbilder.</translation>
    </message>
    <message>
        <source>The images are listed once the test split is classified.</source>
        <translation>Die Bilder werden aufgelistet, sobald die Testdaten klassifiziert sind.</translation>
    </message>
    <message>
        <source>True %1, classified as %2: %3 image(s), %4 shown.</source>
        <translation>Wahr %1, klassifiziert als %2: %3 Bild(er), %4 angezeigt.</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::FiltersView</name>
    <message>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>The model has no convolutions.</source>
        <translation>Das Modell hat keine Faltungen.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>%1: %2 (filters × input channels × height × width); each filter scaled to its own range.</source>
        <translation>%1: %2 (Filter × Eingabekanäle × Höhe × Breite); jeder Filter auf seinen eigenen Wertebereich skaliert.</translation>
    </message>
    <message>
        <source>%1: %2; one row per filter, one kernel per input channel, each kernel scaled to its own range.</source>
        <translation>%1: %2; eine Zeile je Filter, ein Kernel je Eingabekanal, jeder Kernel auf seinen eigenen Wertebereich skaliert.</translation>
    </message>
    <message>
        <source>Reading the filters…</source>
        <translation>Filter werden gelesen …</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::InspectPage</name>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>run folder (holds config.json and checkpoints/)</source>
        <translation>Lauf-Ordner (enthält config.json und checkpoints/)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>best checkpoint</source>
        <translation>bester Checkpoint</translation>
    </message>
    <message>
        <source>last checkpoint</source>
        <translation>letzter Checkpoint</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>Salienz</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Lauf-Ordner</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Geladen: %1</translation>
    </message>
    <message>
        <source>Could not load the model: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen …</translation>
    </message>
    <message>
        <source>Loading %1 (%2 checkpoint)…</source>
        <translation>%1 wird geladen (%2-Checkpoint) …</translation>
    </message>

    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::PredictPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation>Bilder öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>Classify images</source>
        <translation>Bilder klassifizieren</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No model loaded: load a run (best or last checkpoint) before dropping images.</source>
        <translation>Kein Modell geladen: vor dem Ablegen von Bildern einen Lauf laden (bester oder letzter Checkpoint).</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>Drop image files or folders here (PNG, JPEG, BMP, WebP, TIFF), or paste an image.</source>
        <translation>Bilddateien oder Ordner hier ablegen (PNG, JPEG, BMP, WebP, TIFF) oder ein Bild einfügen.</translation>
    </message>
    <message>
        <source>%1 image(s) classified, %2 could not be read (see below).</source>
        <translation>%1 Bild(er) klassifiziert, %2 nicht lesbar (siehe unten).</translation>
    </message>
    <message>
        <source>%1 image(s) classified. Click one to inspect it.</source>
        <translation>%1 Bild(er) klassifiziert. Zum Untersuchen eines anklicken.</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>abgelegtes Bild</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Klassifiziere …</translation>
    </message>
    <message>
        <source>Classifying image %1 of %2…</source>
        <translation>Klassifiziere Bild %1 von %2 …</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::SaliencyView</name>
    <message>
        <source>Explain class:</source>
        <translation>Klasse erklären:</translation>
    </message>
    <message>
        <source>Gradient: the true gradient of the class score. Deconvnet: ReLUs pass only positive gradients, ignoring the forward pass. Guided backpropagation: ReLUs pass only positive gradients where the forward activation was positive too. Red: positive, blue: negative (one-channel models); RGB with zero at gray (colour models).</source>
        <translation>Gradient: der echte Gradient des Klassen-Scores. Deconvnet: ReLUs lassen nur positive Gradienten durch und ignorieren den Vorwärtsdurchlauf. Guided Backpropagation: ReLUs lassen nur positive Gradienten durch, wo auch die Vorwärtsaktivierung positiv war. Rot: positiv, Blau: negativ (einkanalige Modelle); RGB mit Null bei Grau (Farbmodelle).</translation>
    </message>
    <message>
        <source>Classify an image on the Predict tab to explain it.</source>
        <translation>Ein Bild im Tab „Vorhersage“ klassifizieren, um es zu erklären.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>Why %1 looks like “%2”</source>
        <translation>Warum %1 wie „%2“ aussieht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing the saliency maps…</source>
        <translation>Saliency-Karten werden berechnet …</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>All-CNN Workbench</source>
        <translation>All-CNN-Werkbank</translation>
    </message>
    <message>
        <source>Fill the form from &lt;file&gt; (config.json).</source>
        <translation>Das Formular aus &lt;file&gt; (config.json) füllen.</translation>
    </message>
    <message>
        <source>Start the run at once.</source>
        <translation>Den Lauf sofort starten.</translation>
    </message>
    <message>
        <source>Save the window to &lt;file&gt; and quit.</source>
        <translation>Das Fenster in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Wait &lt;ms&gt; before the screenshot.</source>
        <translation>Vor dem Bildschirmfoto &lt;ms&gt; warten.</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::LayersView</name>

    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Open a run to see how its layers train.</source>
        <translation>Einen Lauf öffnen, um zu sehen, wie seine Schichten trainieren.</translation>
    </message>
    <message>
        <source>Reading the training diagnostics…</source>
        <translation>Trainingsdiagnose wird gelesen …</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Dead ReLUs</source>
        <translation>Tote ReLUs</translation>
    </message>
    <message>
        <source>Weight norm</source>
        <translation>Gewichtsnorm</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>Histograms of</source>
        <translation>Histogramme von</translation>
    </message>
    <message>
        <source>at the end of</source>
        <translation>am Ende von</translation>
    </message>
    <message>
        <source>Cannot read the training diagnostics: %1</source>
        <translation>Die Trainingsdiagnose kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 recorded no training diagnostics (its diagnostics_every is 0, or it has not trained a whole window yet).</source>
        <translation>%1 hat keine Trainingsdiagnose aufgezeichnet (diagnostics_every ist 0, oder es wurde noch kein ganzes Fenster trainiert).</translation>
    </message>
    <message>
        <source>%1: the window ending at batch %2 (epoch %3), the latest of %4.</source>
        <translation>%1: das Fenster bis Batch %2 (Epoche %3), das neueste von %4.</translation>
    </message>
    <message>
        <source>%1 of %2 layers are more than 90% dead (marked).</source>
        <translation>%1 von %2 Schichten sind zu mehr als 90 % tot (markiert).</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>Weights (no histograms recorded)</source>
        <translation>Gewichte (keine Histogramme aufgezeichnet)</translation>
    </message>
    <message>
        <source>Gradients (no histograms recorded)</source>
        <translation>Gradienten (keine Histogramme aufgezeichnet)</translation>
    </message>
    <message>
        <source>Weights of %1</source>
        <translation>Gewichte von %1</translation>
    </message>
    <message>
        <source>Gradients of %1: none recorded</source>
        <translation>Gradienten von %1: keine aufgezeichnet</translation>
    </message>
    <message>
        <source>Gradients of %1 (the epoch&apos;s last batch)</source>
        <translation>Gradienten von %1 (letzter Batch der Epoche)</translation>
    </message>

    <message>
        <source>More than 90% of this layer&apos;s ReLUs were 0 for every image of the window: it is dying.</source>
        <translation>Mehr als 90 % der ReLUs dieser Schicht waren für jedes Bild des Fensters 0: die Schicht stirbt ab.</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::RankProcesses</name>

    <message>
        <source>rank %1 ended abnormally (its output is in the log)</source>
        <translation>Rang %1 endete abnormal (seine Ausgabe steht im Protokoll)</translation>
    </message>
    <message>
        <source>rank %1 ended with exit status %2 (its output is in the log)</source>
        <translation>Rang %1 endete mit Exit-Status %2 (seine Ausgabe steht im Protokoll)</translation>
    </message>
    <message>
        <source>rank %1 could not start %2: %3</source>
        <translation>Rang %1 konnte %2 nicht starten: %3</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ProcessesBox</name>

    <message>
        <source>Data-parallel training on this many processes of this machine: the workbench is the first and records the run, the others are allcnn CLI processes whose output goes to the log. The batch size is the batch of all of them together; with automatic CPU threads, each process gets its share of the cores. 1: this process alone</source>
        <translation>Datenparalleles Training auf so vielen Prozessen dieses Rechners: die Workbench ist der erste und zeichnet den Lauf auf, die anderen sind Prozesse der allcnn-Kommandozeile, deren Ausgabe ins Protokoll geht. Die Batchgröße ist der Batch aller zusammen; bei automatischen CPU-Threads erhält jeder Prozess seinen Anteil der Kerne. 1: nur dieser Prozess</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
</context>
</TS>
