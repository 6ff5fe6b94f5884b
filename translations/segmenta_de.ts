<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisForm</name>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Tick the columns to segment the customers on. Strongly skewed columns (skewness above 1, typical of spending) get a log transform suggested.</source>
        <translation>Haken Sie die Spalten an, nach denen die Kunden segmentiert werden sollen. Für stark schiefe Spalten (Schiefe über 1, typisch für Ausgaben) wird eine Log-Transformation vorgeschlagen.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Log transform for every strongly skewed column of positive numbers, none for the others</source>
        <translation>Log-Transformation für jede stark schiefe Spalte mit positiven Zahlen, keine für die übrigen</translation>
    </message>
    <message>
        <source>S&amp;uggest Transforms</source>
        <translation>Transformationen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Aufbereitung</translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation>Ska&amp;lierung:</translation>
    </message>
    <message>
        <source>Puts the features on one scale, so that no feature dominates because of its units</source>
        <translation>Bringt die Merkmale auf eine gemeinsame Skala, damit kein Merkmal wegen seiner Einheiten dominiert</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Hauptkomponenten</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Feste Anzahl</translation>
    </message>
    <message>
        <source>Number of components</source>
        <translation>Anzahl der Komponenten</translation>
    </message>
    <message>
        <source> components</source>
        <translation> Komponenten</translation>
    </message>
    <message>
        <source>Keep &amp;enough for</source>
        <translation>&amp;Genug Komponenten für</translation>
    </message>
    <message>
        <source>Share of the variance to keep</source>
        <translation>Anteil der Varianz, der erhalten bleiben soll</translation>
    </message>
    <message>
        <source> % of the variance</source>
        <translation> % der Varianz</translation>
    </message>
    <message>
        <source>Cl&amp;uster on:</source>
        <translation>Cl&amp;usterbildung anhand:</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>Algo&amp;rithmus:</translation>
    </message>
    <message>
        <source>&amp;Fuzzifier m:</source>
        <translation>Fu&amp;zzifizierer m:</translation>
    </message>
    <message>
        <source>How soft the memberships are; 2 is usual, values near 1 approach K-Means</source>
        <translation>Wie weich die Zugehörigkeiten sind; 2 ist üblich, Werte nahe 1 nähern sich K-Means an</translation>
    </message>
    <message>
        <source>&amp;Number of segments:</source>
        <translation>Anzahl der Seg&amp;mente:</translation>
    </message>
    <message>
        <source>Smallest number of segments</source>
        <translation>Kleinste Anzahl an Segmenten</translation>
    </message>
    <message>
        <source>Every K from this to the largest is fitted and scored</source>
        <translation>Jedes K von diesem bis zum größten Wert wird angepasst und bewertet</translation>
    </message>
    <message>
        <source>from </source>
        <translation>von </translation>
    </message>
    <message>
        <source>Largest number of segments</source>
        <translation>Größte Anzahl an Segmenten</translation>
    </message>
    <message>
        <source>to </source>
        <translation>bis </translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>&amp;Restarts per K:</source>
        <translation>&amp;Neustarts pro K:</translation>
    </message>
    <message>
        <source>Each K is fitted from this many random starts (k-means++); the best fit is kept</source>
        <translation>Jedes K wird aus so vielen zufälligen Starts (k-means++) angepasst; die beste Anpassung wird behalten</translation>
    </message>
    <message>
        <source>&amp;Iterations per restart:</source>
        <translation>&amp;Iterationen pro Neustart:</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>Zufalls-&amp;Startwert:</translation>
    </message>
    <message>
        <source>The same data, settings and seed always give the same segments</source>
        <translation>Dieselben Daten, Einstellungen und derselbe Startwert ergeben immer dieselben Segmente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fit and score every K of the range, then show the recommended one (Ctrl+R)</source>
        <translation>Jedes K des Bereichs anpassen und bewerten, dann das empfohlene anzeigen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>Analyse &amp;ausführen</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <source>Start the files with a UTF-8 byte order mark, so that Excel reads accents correctly</source>
        <translation>Die Dateien mit einer UTF-8-Bytereihenfolge-Markierung (BOM) beginnen, damit Excel Umlaute und Akzente richtig liest</translation>
    </message>
    <message>
        <source>For &amp;Excel</source>
        <translation>Für E&amp;xcel</translation>
    </message>
    <message>
        <source>&amp;Include personal data columns</source>
        <translation>Spalten mit personenbezogenen Daten ein&amp;beziehen</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>What each column holds and what it is used for. Features are what segments are built from; identifiers and ignored columns are kept but not analysed; personal data stays out of exports unless you include it.</source>
        <translation>Was jede Spalte enthält und wofür sie verwendet wird. Aus Merkmalen werden die Segmente gebildet; Kennungen und ignorierte Spalten bleiben erhalten, werden aber nicht ausgewertet; personenbezogene Daten bleiben außerhalb der Exporte, sofern Sie sie nicht einbeziehen.</translation>
    </message>
    <message>
        <source>These rows are &amp;invoice lines: import one row per customer (recency, frequency, spend)</source>
        <translation>Diese Zeilen sind &amp;Rechnungspositionen: eine Zeile pro Kunde importieren (Aktualität, Häufigkeit, Ausgaben)</translation>
    </message>
</context>
<context>
    <name>ImportInvoicePage</name>
    <message>
        <source>Invoice lines → one row per customer</source>
        <translation>Rechnungspositionen → eine Zeile pro Kunde</translation>
    </message>
    <message>
        <source>Which columns hold what. Each customer gets recency, frequency, net spend, average basket and tenure, and with a category column the spend per category.</source>
        <translation>Welche Spalten was enthalten. Für jeden Kunden werden Aktualität, Häufigkeit, Nettoumsatz, durchschnittlicher Warenkorb und Kundendauer berechnet, mit einer Kategoriespalte zusätzlich die Ausgaben pro Kategorie.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Line value:</source>
        <translation>Positionswert:</translation>
    </message>
    <message>
        <source>&amp;Quantity × unit price</source>
        <translation>&amp;Menge × Stückpreis</translation>
    </message>
    <message>
        <source>A&amp;mount column</source>
        <translation>Betrags&amp;spalte</translation>
    </message>
    <message>
        <source>Q&amp;uantity:</source>
        <translation>M&amp;enge:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>Stück&amp;preis:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Betr&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>&amp;Rechnungsnummer:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>Cancelled invoices &amp;start with:</source>
        <translation>Stornierte Rechnungen be&amp;ginnen mit:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the data is read</source>
        <translation>Prüfen, wie die Daten gelesen werden</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Change a setting if the columns or numbers look wrong.</source>
        <translation>Die ersten Zeilen so, wie sie importiert werden. Ändern Sie eine Einstellung, wenn Spalten oder Zahlen falsch aussehen.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Zeichenk&amp;odierung:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <source>Decimal se&amp;parator:</source>
        <translation>&amp;Dezimaltrennzeichen:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>How dates written as text order day and month. Automatic decides per column and reads a column that never tells them apart day first.</source>
        <translation>In welcher Reihenfolge als Text geschriebene Datumsangaben Tag und Monat enthalten. „Automatisch“ entscheidet je Spalte und liest eine Spalte, in der sich Tag und Monat nie unterscheiden lassen, mit dem Tag zuerst.</translation>
    </message>
    <message>
        <source>Skip lines with the &amp;wrong number of fields</source>
        <translation>Zeilen mit falscher Feld&amp;anzahl überspringen</translation>
    </message>
    <message>
        <source>Lines with more or fewer fields than the header are left out and listed in the import report, instead of stopping the import.</source>
        <translation>Zeilen mit mehr oder weniger Feldern als die Kopfzeile werden ausgelassen und im Importbericht aufgeführt, statt den Import abzubrechen.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>What was read, what was left out and why, and the guesses the reader made. The same report is kept with the dataset.</source>
        <translation>Was gelesen wurde, was ausgelassen wurde und warum, und welche Annahmen beim Lesen getroffen wurden. Derselbe Bericht wird mit dem Datensatz gespeichert.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The data is read in full and stored in the project as a new dataset, all or nothing.</source>
        <translation>Die Daten werden vollständig gelesen und als neuer Datensatz im Projekt gespeichert – ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>&amp;Name des Datensatzes:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Aus:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Choose the data to import</source>
        <translation>Zu importierende Daten auswählen</translation>
    </message>
    <message>
        <source>A spreadsheet or text file, or a table or query of a PostgreSQL database.</source>
        <translation>Ein Tabellendokument oder eine Textdatei oder eine Tabelle bzw. Abfrage einer PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>&amp;File (CSV, TSV, TXT, XLSX, XLSM or ODS)</source>
        <translation>&amp;Datei (CSV, TSV, TXT, XLSX, XLSM oder ODS)</translation>
    </message>
    <message>
        <source>Path of the file, or drop a file on the main window</source>
        <translation>Pfad der Datei; Sie können eine Datei auch auf das Hauptfenster ziehen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL table or query</source>
        <translation>&amp;PostgreSQL-Tabelle oder -Abfrage</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Datenban&amp;k:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;sswort:</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>wird nicht gespeichert</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;abelle:</translation>
    </message>
    <message>
        <source>&amp;List tables</source>
        <translation>Tabellen auf&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <source>SELECT … (one read-only statement)</source>
        <translation>SELECT … (eine schreibgeschützte Anweisung)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time Segmenta starts.</source>
        <translation>Wird beim nächsten Start von Segmenta wirksam.</translation>
    </message>
    <message>
        <source>New analyses</source>
        <translation>Neue Analysen</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>&amp;Zufalls-Startwert:</translation>
    </message>
    <message>
        <source>&amp;Restarts per K:</source>
        <translation>&amp;Neustarts pro K:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Segmenta</source>
        <translation>Segmenta</translation>
    </message>
    <message>
        <source>Find the kinds of customers you have, and what sets each apart.</source>
        <translation>Finden Sie heraus, welche Arten von Kunden Sie haben und was jede davon auszeichnet.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <source>440 wholesale customers (UCI Wholesale customers), segmented at once</source>
        <translation>440 Großhandelskunden (UCI Wholesale customers), sofort segmentiert</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>A CSV, Excel or OpenDocument file, or a PostgreSQL table, into a new project</source>
        <translation>Eine CSV-, Excel- oder OpenDocument-Datei oder eine PostgreSQL-Tabelle in ein neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A .segmenta project file with its data, runs and segment names</source>
        <translation>Eine .segmenta-Projektdatei mit ihren Daten, Läufen und Segmentnamen</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer segmentation for wholesale distributors.</source>
        <translation>Kundensegmentierung für Großhändler.</translation>
    </message>
    <message>
        <source>Start with the bundled Wholesale customers sample, segmented.</source>
        <translation>Mit dem mitgelieferten Beispiel „Großhandelskunden“ (UCI Wholesale customers) beginnen, bereits segmentiert.</translation>
    </message>
    <message>
        <source>A .segmenta project to open, or a data file to import.</source>
        <translation>Ein zu öffnendes .segmenta-Projekt oder eine zu importierende Datendatei.</translation>
    </message>
    <message>
        <source>The sample was not analysed within five minutes.</source>
        <translation>Das Beispiel wurde nicht innerhalb von fünf Minuten analysiert.</translation>
    </message>
    <message>
        <source>The view %1 rendered nothing.</source>
        <translation>Die Ansicht %1 hat nichts dargestellt.</translation>
    </message>
    <message>
        <source>segmenta --smoke failed: %1</source>
        <translation>segmenta --smoke fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open the sample, analyse it, render every view offscreen and exit: 0 when all went well, 1 otherwise.</source>
        <translation>Das Beispiel öffnen, analysieren, jede Ansicht außerhalb des Bildschirms darstellen und beenden: 0, wenn alles gut gegangen ist, sonst 1.</translation>
    </message>
    <message>
        <source>The desktop application of Segmenta: import customer tables, segment them, explore the segments in charts, name them and export reports.</source>
        <translation>Die Desktop-Anwendung von Segmenta: Kundentabellen importieren und segmentieren, die Segmente in Diagrammen erkunden und benennen sowie Berichte exportieren.</translation>
    </message>
</context>
<context>
    <name>segmenta::AboutDialog</name>
    <message>
        <source>About Segmenta</source>
        <translation>Über Segmenta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for wholesale distributors: PCA and K-Means on your customer table, with the number of segments chosen by elbow, silhouette, Calinski–Harabasz and Davies–Bouldin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Kundensegmentierung für Großhändler: PCA und K-Means auf Ihrer Kundentabelle, wobei die Anzahl der Segmente nach Ellbogenkriterium, Silhouette, Calinski–Harabasz und Davies–Bouldin gewählt wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with:&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Sample data: UCI Wholesale customers, Margarida Cardoso (2014), CC BY 4.0.</source>
        <translation>Erstellt mit:&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Beispieldaten: UCI Wholesale customers, Margarida Cardoso (2014), CC BY 4.0.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <source>Eigen %1.%2.%3</source>
        <translation>Eigen %1.%2.%3</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>QuaZip %1</source>
        <translation>QuaZip %1</translation>
    </message>
    <message>
        <source>libxlsxwriter %1</source>
        <translation>libxlsxwriter %1</translation>
    </message>
</context>
<context>
    <name>segmenta::Analysis</name>
    <message>
        <source>Preparing features</source>
        <translation>Merkmale werden aufbereitet</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Hauptkomponenten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisForm</name>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Häufigster Wert</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>A missing value is filled with the column&apos;s median, mean or most frequent value, or the customer is left out</source>
        <translation>Ein fehlender Wert wird mit dem Median, dem Mittelwert oder dem häufigsten Wert der Spalte aufgefüllt, oder der Kunde wird weggelassen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>log(1 + x)</source>
        <translation>log(1 + x)</translation>
    </message>
    <message>
        <source>log x</source>
        <translation>log x</translation>
    </message>
    <message>
        <source>Square root</source>
        <translation>Quadratwurzel</translation>
    </message>
    <message>
        <source>A log transform keeps a few very large values from deciding the segments</source>
        <translation>Eine Log-Transformation verhindert, dass wenige sehr große Werte über die Segmente entscheiden</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Clip 1–99 %</source>
        <translation>Kappen 1–99 %</translation>
    </message>
    <message>
        <source>Clip (Tukey)</source>
        <translation>Kappen (Tukey)</translation>
    </message>
    <message>
        <source>Leave out (Tukey)</source>
        <translation>Weglassen (Tukey)</translation>
    </message>
    <message>
        <source>Clip to the 1st and 99th percentiles or to the Tukey fences (1.5 × IQR beyond the quartiles, after the transform), or leave such customers out</source>
        <translation>Auf das 1. und 99. Perzentil oder auf die Tukey-Grenzen (1,5 × IQA jenseits der Quartile, nach der Transformation) kappen oder solche Kunden weglassen</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <source>If missing</source>
        <translation>Falls fehlend</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>0 for a symmetric column; above 1 strongly skewed</source>
        <translation>0 bei einer symmetrischen Spalte; über 1 stark schief</translation>
    </message>
    <message>
        <source>Standardise (z-score)</source>
        <translation>Standardisieren (z-Wert)</translation>
    </message>
    <message>
        <source>Min–max to [0, 1]</source>
        <translation>Min-Max auf [0, 1]</translation>
    </message>
    <message>
        <source>Robust (median and IQR)</source>
        <translation>Robust (Median und IQA)</translation>
    </message>
    <message>
        <source>Prepared features</source>
        <translation>Aufbereitete Merkmale</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Hauptkomponenten</translation>
    </message>
    <message>
        <source>The components always draw the segment map; clustering on them drops the variance the components leave out</source>
        <translation>Die Komponenten zeichnen immer die Segmentkarte; bei Clusterbildung anhand der Komponenten geht die Varianz verloren, die sie nicht erfassen</translation>
    </message>
    <message>
        <source>K-Means</source>
        <translation>K-Means</translation>
    </message>
    <message>
        <source>Fuzzy C-Means</source>
        <translation>Fuzzy C-Means</translation>
    </message>
    <message>
        <source>Features of %1</source>
        <translation>Merkmale von %1</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Categorical: one 0/1 feature per level</source>
        <translation>Kategorial: ein 0/1-Merkmal pro Ausprägung</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Strongly skewed: a log transform is suggested</source>
        <translation>Stark schief: eine Log-Transformation wird vorgeschlagen</translation>
    </message>
    <message>
        <source>Missing values of %1</source>
        <translation>Fehlende Werte von %1</translation>
    </message>
    <message>
        <source>one-hot</source>
        <translation>One-Hot</translation>
    </message>
    <message>
        <source>Transform of %1</source>
        <translation>Transformation von %1</translation>
    </message>
    <message>
        <source>Outliers of %1</source>
        <translation>Ausreißer von %1</translation>
    </message>
    <message>
        <source>%1 has no missing values</source>
        <translation>%1 hat keine fehlenden Werte</translation>
    </message>
    <message>
        <source>Log transform suggested for the strongly skewed columns.</source>
        <translation>Für die stark schiefen Spalten wird eine Log-Transformation vorgeschlagen.</translation>
    </message>
    <message>
        <source>Import data or open the sample first (File menu).</source>
        <translation>Importieren Sie zuerst Daten oder öffnen Sie das Beispiel (Menü Datei).</translation>
    </message>
    <message>
        <source>Tick at least one feature to segment on.</source>
        <translation>Haken Sie mindestens ein Merkmal an, nach dem segmentiert werden soll.</translation>
    </message>
    <message>
        <source>%1 segments need more than %1 customers, but the dataset has %2; lower the number of segments.</source>
        <translation>%1 Segmente erfordern mehr als %1 Kunden, der Datensatz hat aber nur %2; verringern Sie die Anzahl der Segmente.</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it.</source>
        <translation>Ein anderer Vorgang läuft; warten Sie, bis er abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>Mini-Batch-K-Means</translation>
    </message>
    <message>
        <source>K-Means on batches of 1,024 customers: for millions of customers, much faster, with a slightly higher inertia</source>
        <translation>K-Means auf Stapeln von je 1.024 Kunden: bei Millionen von Kunden deutlich schneller, bei etwas höherer Inertia</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisSession</name>
    <message>
        <source>Analysis of %1</source>
        <translation>Analyse von %1</translation>
    </message>
    <message>
        <source>Reopening run %1</source>
        <translation>Erneutes Öffnen von Lauf %1</translation>
    </message>
    <message>
        <source>Showing K = %1</source>
        <translation>Anzeige von K = %1</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisSettingsJson</name>
    <message>
        <source>The run settings&apos; &apos;%1&apos; must be a number.</source>
        <translation>Der Wert „%1“ der Laufeinstellungen muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The run settings&apos; &apos;%1&apos; must be text.</source>
        <translation>Der Wert „%1“ der Laufeinstellungen muss ein Text sein.</translation>
    </message>
    <message>
        <source>The run settings&apos; &apos;%1&apos; has the unknown value &apos;%2&apos;.</source>
        <translation>Der Wert „%1“ der Laufeinstellungen hat den unbekannten Wert „%2“.</translation>
    </message>
    <message>
        <source>The run settings are of version %1, which this version of Segmenta does not know.</source>
        <translation>Die Laufeinstellungen haben die Version %1, die diese Version von Segmenta nicht kennt.</translation>
    </message>
</context>
<context>
    <name>segmenta::BoxPlotChart</name>
    <message>
        <source>%1 by segment</source>
        <translation>%1 nach Segment</translation>
    </message>
    <message>
        <source>%1, in original units (whiskers: 1.5 × IQR; outliers not drawn)</source>
        <translation>%1, in Originaleinheiten (Whisker: 1,5 × IQA; Ausreißer nicht dargestellt)</translation>
    </message>
</context>
<context>
    <name>segmenta::ChartExport</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>segmenta::ChartView</name>
    <message>
        <source>The figure was copied to the clipboard.</source>
        <translation>Das Diagramm wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1; choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save Figure as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Save Figure as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ansicht zu&amp;rücksetzen</translation>
    </message>
</context>
<context>
    <name>segmenta::ColumnPanel</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Select a column to see its values.</source>
        <translation>Wählen Sie eine Spalte aus, um ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Fehlend:</translation>
    </message>
    <message>
        <source>Distinct:</source>
        <translation>Verschieden:</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>Mittelwert:</translation>
    </message>
    <message>
        <source>Standard deviation:</source>
        <translation>Standardabweichung:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>Skewness:</source>
        <translation>Schiefe:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows per bin: %1 equal bins from %2 to %3</source>
        <translation>Zeilen pro Klasse: %1 gleich breite Klassen von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>segmenta::ColumnText</name>
    <message>
        <source>Numeric</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Kategorial</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Label (compare segments with it)</source>
        <translation>Vergleichsspalte (Segmente danach vergleichen)</translation>
    </message>
</context>
<context>
    <name>segmenta::ComparisonDialog</name>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>The two runs differ here</source>
        <translation>Die beiden Läufe unterscheiden sich hier</translation>
    </message>
    <message>
        <source>Settings and scores of the two runs</source>
        <translation>Einstellungen und Kennzahlen der beiden Läufe</translation>
    </message>
</context>
<context>
    <name>segmenta::CrosstabChart</name>
    <message>
        <source>Segments by %1</source>
        <translation>Segmente nach %1</translation>
    </message>
    <message>
        <source>Share of the level&apos;s customers (%)</source>
        <translation>Anteil an den Kunden der Ausprägung (%)</translation>
    </message>
</context>
<context>
    <name>segmenta::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The character %1 cannot separate CSV fields; choose a comma, semicolon or tab.</source>
        <translation>Das Zeichen %1 kann keine CSV-Felder trennen; wählen Sie Komma, Semikolon oder Tabulator.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>segmenta::CsvReader</name>
    <message>
        <source>The quoted field that begins on line %1 is never closed; a closing quote (&quot;) is missing.</source>
        <translation>Das in Zeile %1 beginnende Feld in Anführungszeichen wird nie geschlossen; ein schließendes Anführungszeichen (&quot;) fehlt.</translation>
    </message>
    <message>
        <source>Reading failed on line %1: %2</source>
        <translation>Lesen in Zeile %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The input is not open for reading.</source>
        <translation>Die Eingabe ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The encoding &apos;%1&apos; is not known. Choose UTF-8, UTF-16LE, UTF-16BE, windows-1252 or ISO-8859-1 (--encoding, or Encoding in the import wizard).</source>
        <translation>Die Zeichenkodierung „%1“ ist unbekannt. Wählen Sie UTF-8, UTF-16LE, UTF-16BE, windows-1252 oder ISO-8859-1 (--encoding oder „Zeichenkodierung“ im Importassistenten).</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, more than a table can have; reading stopped there. If the file is a table, choose its delimiter (--delimiter, or Delimiter in the import wizard).</source>
        <translation>Zeile %1 hat mehr als %2 Felder, mehr als eine Tabelle haben kann; das Lesen wurde dort beendet. Wenn die Datei eine Tabelle ist, wählen Sie ihr Trennzeichen (--delimiter oder „Trennzeichen“ im Importassistenten).</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so this does not read as lines of a table (in %3); reading stopped there. If the file is text, choose its encoding (--encoding, or Encoding in the import wizard); otherwise save the data as CSV.</source>
        <translation>Zeile %1 ist länger als %2 Zeichen, daher lässt sich dies nicht als Zeilen einer Tabelle lesen (in %3); das Lesen wurde dort beendet. Wenn die Datei Text ist, wählen Sie ihre Zeichenkodierung (--encoding oder „Zeichenkodierung“ im Importassistenten); andernfalls speichern Sie die Daten als CSV.</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text. Re-save the file as UTF-8 (&quot;CSV UTF-8&quot;) or choose the file&apos;s encoding (--encoding, or Encoding in the import wizard).</source>
        <translation>Zeile %1 ist kein gültiger %2-Text. Speichern Sie die Datei erneut als UTF-8 („CSV UTF-8“) oder wählen Sie die Zeichenkodierung der Datei (--encoding oder „Zeichenkodierung“ im Importassistenten).</translation>
    </message>
</context>
<context>
    <name>segmenta::DataMatrix</name>
    <message>
        <source>The table has %1 value columns but %2 column names.</source>
        <translation>Die Tabelle hat %1 Wertespalten, aber %2 Spaltennamen.</translation>
    </message>
    <message>
        <source>Two columns are both named &apos;%1&apos;; column names must be unique.</source>
        <translation>Zwei Spalten heißen „%1“; Spaltennamen müssen eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>segmenta::DataPage</name>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>Das Projekt %1 hat keinen Datensatz %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: column &apos;%2&apos; has an unknown kind or role.</source>
        <translation>Das Projekt %1 ist beschädigt: Die Spalte „%2“ hat eine unbekannte Art oder Rolle.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: the table of dataset %2 has %3 columns, not %4.</source>
        <translation>Das Projekt %1 ist beschädigt: Die Tabelle des Datensatzes %2 hat %3 Spalten statt %4.</translation>
    </message>
</context>
<context>
    <name>segmenta::DataTable</name>
    <message>
        <source>Cannot save the dataset in %1: it has %2 rows but %3 source lines.</source>
        <translation>Der Datensatz kann nicht in %1 gespeichert werden: Er hat %2 Zeilen, aber %3 Quellzeilen.</translation>
    </message>
    <message>
        <source>Cannot save the dataset in %1: column &apos;%2&apos;, row %3 holds the code %4, which is not one of its %5 texts.</source>
        <translation>Der Datensatz kann nicht in %1 gespeichert werden: Spalte „%2“, Zeile %3 enthält den Code %4, der keiner ihrer %5 Texte ist.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: %2 holds &apos;%3&apos; in column &apos;%4&apos;, which is not one of that column&apos;s texts.</source>
        <translation>Das Projekt %1 ist beschädigt: %2 enthält „%3“ in Spalte „%4“, was keiner der Texte dieser Spalte ist.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>segmenta::DataView</name>
    <message>
        <source>Text to find, or for a column of numbers a comparison such as &gt; 1000</source>
        <translation>Zu suchender Text oder, bei einer Zahlenspalte, ein Vergleich wie &gt; 1000</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare with.</source>
        <translation>„%1“ ist keine Zahl, mit der verglichen werden kann.</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>segmenta::DatasetRepository</name>
    <message>
        <source>The project %1 already has a dataset named &apos;%2&apos;.</source>
        <translation>Das Projekt %1 hat bereits einen Datensatz namens „%2“.</translation>
    </message>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>Das Projekt %1 hat keinen Datensatz %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: column &apos;%2&apos; has an unknown kind or role.</source>
        <translation>Das Projekt %1 ist beschädigt: Die Spalte „%2“ hat eine unbekannte Art oder Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset &apos;%1&apos; in %2 still has %n segmentation runs; remove them first.</source>
        <translation>
            <numerusform>Der Datensatz „%1“ in %2 hat noch %n Segmentierungslauf; entfernen Sie diesen zuerst.</numerusform>
            <numerusform>Der Datensatz „%1“ in %2 hat noch %n Segmentierungsläufe; entfernen Sie diese zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ExclusionText</name>
    <message>
        <source>%1 names the column &apos;%2&apos;, which the data does not have. Its columns are: %3.</source>
        <translation>%1 nennt die Spalte „%2“, die in den Daten nicht vorhanden ist. Die Daten haben diese Spalten: %3.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; holds text, so it cannot be a numeric feature; name it in --categorical to one-hot encode it.</source>
        <translation>Die Spalte „%1“ enthält Text und kann daher kein numerisches Merkmal sein; nennen Sie sie in --categorical, damit sie One-Hot-kodiert wird.</translation>
    </message>
    <message>
        <source>No column is left to cluster on. %1 Name columns with --features or --categorical.</source>
        <translation>Es bleibt keine Spalte für die Clusterbildung übrig. %1 Nennen Sie Spalten mit --features oder --categorical.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out by --exclude.</source>
        <translation>„%1“ wird durch --exclude ausgelassen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out on request.</source>
        <translation>„%1“ wird auf Wunsch ausgelassen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not named in --features.</source>
        <translation>„%1“ ist in --features nicht genannt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ticked.</source>
        <translation>„%1“ ist nicht angehakt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; identifies customers; it is no measure to compare them by.</source>
        <translation>„%1“ identifiziert Kunden und ist kein Maß, nach dem sie sich vergleichen lassen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; counts the rows (%2, %3, …); it says nothing about the customers.</source>
        <translation>„%1“ zählt die Zeilen (%2, %3, …) und sagt nichts über die Kunden aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds dates, which are no measures.</source>
        <translation>„%1“ enthält Datumswerte, die keine Maße sind.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds free text.</source>
        <translation>„%1“ enthält Freitext.</translation>
    </message>
    <message>
        <source>The import set &apos;%1&apos; to be ignored.</source>
        <translation>Beim Import wurde „%1“ auf „Ignorieren“ gesetzt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds categories; name it in --categorical to one-hot encode it.</source>
        <translation>„%1“ enthält Kategorien; nennen Sie die Spalte in --categorical, damit sie One-Hot-kodiert wird.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds categories; tick it to one-hot encode it.</source>
        <translation>„%1“ enthält Kategorien; haken Sie die Spalte an, damit sie One-Hot-kodiert wird.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no values: every cell is empty.</source>
        <translation>„%1“ hat keine Werte: Jede Zelle ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has values in only %2 of %3 rows; name it in --features with --missing median to use it anyway.</source>
        <translation>„%1“ hat nur in %2 von %3 Zeilen Werte; nennen Sie die Spalte in --features mit --missing median, um sie trotzdem zu verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has values in only %2 of %3 rows; tick it and fill its empty cells with the median to use it anyway.</source>
        <translation>„%1“ hat nur in %2 von %3 Zeilen Werte; haken Sie die Spalte an und füllen Sie ihre leeren Zellen mit dem Median auf, um sie trotzdem zu verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the same value (%2) in every row, so it cannot tell customers apart.</source>
        <translation>„%1“ hat in jeder Zeile denselben Wert (%2) und kann daher Kunden nicht unterscheiden.</translation>
    </message>
</context>
<context>
    <name>segmenta::ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (assignments, profiles, metrics)</source>
        <translation>CSV-Dateien (Zuordnungen, Profile, Kennzahlen)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>No column of this dataset is flagged as personal data.</source>
        <translation>Keine Spalte dieses Datensatzes ist als personenbezogene Daten gekennzeichnet.</translation>
    </message>
    <message>
        <source>Personal data columns: %1. They are left out unless you include them; every export is recorded in the project&apos;s audit log.</source>
        <translation>Spalten mit personenbezogenen Daten: %1. Sie werden ausgelassen, sofern Sie sie nicht einbeziehen; jeder Export wird im Prüfprotokoll des Projekts vermerkt.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Folder for the CSV Files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Save PDF Report</source>
        <translation>PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save Workbook</source>
        <translation>Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>segmenta::ExportTables</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>missing: %1, transform: %2, outliers: %3, scaling: %4</source>
        <translation>fehlend: %1, Transformation: %2, Ausreißer: %3, Skalierung: %4</translation>
    </message>
    <message>
        <source>one-hot, missing: %1, first level dropped: %2</source>
        <translation>One-Hot, fehlend: %1, erste Ausprägung entfernt: %2</translation>
    </message>
    <message>
        <source>sampled: %1 rows, seed %2</source>
        <translation>Stichprobe: %1 Zeilen, Startwert %2</translation>
    </message>
    <message>
        <source>exact over all %1 rows</source>
        <translation>exakt über alle %1 Zeilen</translation>
    </message>
    <message>
        <source>Nothing to export: the report has no data or no segmentation run.</source>
        <translation>Nichts zu exportieren: Der Bericht enthält keine Daten oder keinen Segmentierungslauf.</translation>
    </message>
    <message>
        <source>The segmentation run is inconsistent: %1 labels for %2 clustered rows.</source>
        <translation>Der Segmentierungslauf ist inkonsistent: %1 Zuordnungen für %2 geclusterte Zeilen.</translation>
    </message>
    <message>
        <source>The segmentation run does not belong to this dataset: it refers to row %1 of a table with %2 rows.</source>
        <translation>Der Segmentierungslauf gehört nicht zu diesem Datensatz: Er verweist auf Zeile %1 einer Tabelle mit %2 Zeilen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Segmentname</translation>
    </message>
    <message>
        <source>Distance to centroid</source>
        <translation>Abstand zum Zentroid</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 mean</source>
        <translation>%1 Mittelwert</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 Median</translation>
    </message>
    <message>
        <source>%1 ratio to overall</source>
        <translation>%1 Verhältnis zum Gesamtwert</translation>
    </message>
    <message>
        <source>%1 z-score</source>
        <translation>%1 z-Wert</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertia</translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation>Calinski–Harabasz</translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation>Davies–Bouldin</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Smallest segment share</source>
        <translation>Anteil des kleinsten Segments</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Recommended (1 = yes)</source>
        <translation>Empfohlen (1 = ja)</translation>
    </message>
    <message>
        <source>Chosen (1 = yes)</source>
        <translation>Gewählt (1 = ja)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customers in the data</source>
        <translation>Kunden in den Daten</translation>
    </message>
    <message>
        <source>Customers segmented</source>
        <translation>Segmentierte Kunden</translation>
    </message>
    <message>
        <source>Segments (K)</source>
        <translation>Segmente (K)</translation>
    </message>
    <message>
        <source>Recommended K</source>
        <translation>Empfohlenes K</translation>
    </message>
    <message>
        <source>Why this K</source>
        <translation>Begründung für dieses K</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Unterscheidende Merkmale</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>Source SHA-256</source>
        <translation>SHA-256 der Quelle</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Importierte Zeilen</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Fuzzy C-Means</source>
        <translation>Fuzzy C-Means</translation>
    </message>
    <message>
        <source>K-Means (k-means++)</source>
        <translation>K-Means (k-means++)</translation>
    </message>
    <message>
        <source>Fuzzifier (m)</source>
        <translation>Fuzzifizierer (m)</translation>
    </message>
    <message>
        <source>Smallest K</source>
        <translation>Kleinstes K</translation>
    </message>
    <message>
        <source>Largest K</source>
        <translation>Größtes K</translation>
    </message>
    <message>
        <source>Chosen K</source>
        <translation>Gewähltes K</translation>
    </message>
    <message>
        <source>Elbow K</source>
        <translation>K am Ellbogen</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Maximum iterations</source>
        <translation>Maximale Iterationen</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Minimum segment share</source>
        <translation>Mindestanteil eines Segments</translation>
    </message>
    <message>
        <source>Clustered on</source>
        <translation>Clusterbildung anhand</translation>
    </message>
    <message>
        <source>principal components</source>
        <translation>Hauptkomponenten</translation>
    </message>
    <message>
        <source>prepared features</source>
        <translation>aufbereitete Merkmale</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Hauptkomponenten</translation>
    </message>
    <message>
        <source>Explained variance of the components</source>
        <translation>Erklärte Varianz der Komponenten</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>Rezept: %1</translation>
    </message>
    <message>
        <source>Rows dropped for missing values</source>
        <translation>Wegen fehlender Werte entfernte Zeilen</translation>
    </message>
    <message>
        <source>Rows dropped as outliers</source>
        <translation>Als Ausreißer entfernte Zeilen</translation>
    </message>
    <message>
        <source>Rows clustered</source>
        <translation>Geclusterte Zeilen</translation>
    </message>
    <message>
        <source>Features clustered</source>
        <translation>Geclusterte Merkmale</translation>
    </message>
    <message>
        <source>Run time (seconds)</source>
        <translation>Laufzeit (Sekunden)</translation>
    </message>
    <message>
        <source>Columns flagged PII</source>
        <translation>Als personenbezogen gekennzeichnete Spalten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>PII included</source>
        <translation>Personenbezogene Daten enthalten</translation>
    </message>
    <message>
        <source>Settings (JSON)</source>
        <translation>Einstellungen (JSON)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>segmenta::FittedRecipe</name>
    <message>
        <source>The recipe has no feature columns. Add at least one numeric or categorical column.</source>
        <translation>Das Rezept enthält keine Merkmalsspalten. Fügen Sie mindestens eine numerische oder kategoriale Spalte hinzu.</translation>
    </message>
    <message>
        <source>The number of drop-tukey features a row must be an outlier in before it is dropped must be at least 1, not %1.</source>
        <translation>Die Anzahl der drop-tukey-Merkmale, in denen eine Zeile Ausreißer sein muss, bevor sie entfernt wird, muss mindestens 1 betragen, nicht %1.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has two numeric steps in the recipe. Remove one.</source>
        <translation>Die Spalte „%1“ hat zwei numerische Schritte im Rezept. Entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: the clipping percentiles must satisfy 0 &lt;= lower &lt;= upper &lt;= 100, but they are %2 and %3.</source>
        <translation>Spalte „%1“: Die Kappungsperzentile müssen 0 &lt;= unteres &lt;= oberes &lt;= 100 erfüllen, sind aber %2 und %3.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: the constant for empty cells must be a finite number, not %2.</source>
        <translation>Spalte „%1“: Die Konstante für leere Zellen muss eine endliche Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has two categorical steps in the recipe. Remove one.</source>
        <translation>Die Spalte „%1“ hat zwei kategoriale Schritte im Rezept. Entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>Categorical column &apos;%1&apos; can only drop rows with empty cells or fill them with the most frequent level, not use &apos;%2&apos;.</source>
        <translation>Die kategoriale Spalte „%1“ kann Zeilen mit leeren Zellen nur entfernen oder mit der häufigsten Ausprägung auffüllen, nicht „%2“ verwenden.</translation>
    </message>
    <message>
        <source>The recipe uses the column &apos;%1&apos;, which the data does not have. Check the column name or remove the step.</source>
        <translation>Das Rezept verwendet die Spalte „%1“, die in den Daten nicht vorhanden ist. Prüfen Sie den Spaltennamen oder entfernen Sie den Schritt.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds text, so it cannot be a numeric feature. Use it as a categorical column or exclude it.</source>
        <translation>Die Spalte „%1“ enthält Text und kann daher kein numerisches Merkmal sein. Verwenden Sie sie als kategoriale Spalte oder schließen Sie sie aus.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2 holds an infinite value (%3). Correct the cell or remove the row.</source>
        <translation>Spalte „%1“, Zeile %2 enthält einen unendlichen Wert (%3). Korrigieren Sie die Zelle oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2 holds the code %3, which is not one of its %4 texts. Reload the data.</source>
        <translation>Spalte „%1“, Zeile %2 enthält den Code %3, der keiner ihrer %4 Texte ist. Laden Sie die Daten neu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; empty in %2</source>
        <translation>„%1“ leer in %2</translation>
    </message>
    <message>
        <source>No rows are left to fit the recipe on. Of %1 rows, %2 were dropped for empty cells in columns whose missing-value rule is drop (%3) and %4 as Tukey outliers in at least %5 drop-tukey columns. Fill empty cells instead of dropping rows, or clip outliers instead of dropping them.</source>
        <translation>Es bleiben keine Zeilen übrig, an die das Rezept angepasst werden kann. Von %1 Zeilen wurden %2 wegen leerer Zellen in Spalten mit der Regel „entfernen“ für fehlende Werte (%3) und %4 als Tukey-Ausreißer in mindestens %5 drop-tukey-Spalten entfernt. Füllen Sie leere Zellen auf, statt Zeilen zu entfernen, oder kappen Sie Ausreißer, statt sie zu entfernen.</translation>
    </message>
    <message>
        <source>%1 (filled in for an empty cell)</source>
        <translation>%1 (für eine leere Zelle eingesetzt)</translation>
    </message>
    <message>
        <source>above 0</source>
        <translation>über 0</translation>
    </message>
    <message>
        <source>log1p, which accepts 0,</source>
        <translation>log1p, das 0 zulässt,</translation>
    </message>
    <message>
        <source>above -1</source>
        <translation>über -1</translation>
    </message>
    <message>
        <source>no transform</source>
        <translation>die Option „keine Transformation“</translation>
    </message>
    <message>
        <source>of 0 or more</source>
        <translation>von 0 oder mehr</translation>
    </message>
    <message>
        <source>log1p (for values above -1) or none,</source>
        <translation>log1p (für Werte über -1) oder keine Transformation,</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2: the %3 transform is undefined for the value %4; it needs values %5. Choose %6 or correct the value.</source>
        <translation>Spalte „%1“, Zeile %2: Die Transformation %3 ist für den Wert %4 nicht definiert; sie benötigt Werte %5. Wählen Sie %6 oder korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values in the %2 rows left after dropping rows with empty cells, so the %3 value for its empty cells cannot be computed. Fill empty cells of the other columns instead of dropping rows, or exclude &apos;%1&apos;.</source>
        <translation>Die Spalte „%1“ hat keine Werte in den %2 Zeilen, die nach dem Entfernen von Zeilen mit leeren Zellen übrig bleiben, daher kann der Ersatzwert (%3) für ihre leeren Zellen nicht berechnet werden. Füllen Sie leere Zellen der anderen Spalten auf, statt Zeilen zu entfernen, oder schließen Sie „%1“ aus.</translation>
    </message>
    <message>
        <source>%1 after the %2 transform</source>
        <translation>%1 nach der Transformation %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has an interquartile range of 0 (at least half of its %2 rows hold %3), so robust scaling would divide by zero. Choose standard or min-max scaling, choose scaling none, or exclude the column.</source>
        <translation>Die Spalte „%1“ hat einen Interquartilsabstand von 0 (mindestens die Hälfte ihrer %2 Zeilen enthält %3), daher würde die robuste Skalierung durch null teilen. Wählen Sie die Standard- oder Min-Max-Skalierung oder keine Skalierung, oder schließen Sie die Spalte aus.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; held text when the recipe was fitted but holds numbers now. Load it as text or fit the recipe again.</source>
        <translation>Die Spalte „%1“ enthielt Text, als das Rezept angepasst wurde, enthält jetzt aber Zahlen. Laden Sie sie als Text oder passen Sie das Rezept erneut an.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2: the value %3 does not give a finite number. Correct the cell or remove the row.</source>
        <translation>Spalte „%1“, Zeile %2: Der Wert %3 ergibt keine endliche Zahl. Korrigieren Sie die Zelle oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values: every cell is empty. Leave it out of the features: untick it, or name it in --exclude.</source>
        <translation>Die Spalte „%1“ hat keine Werte: Jede Zelle ist leer. Lassen Sie sie bei den Merkmalen weg: Entfernen Sie ihren Haken oder nennen Sie sie in --exclude.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has the same value (%2) in all %3 rows, so it cannot tell customers apart; scaling turns it into 0 for everyone. Leave it out of the features: untick it, or name it in --exclude.</source>
        <translation>Die Spalte „%1“ hat in allen %3 Zeilen denselben Wert (%2) und kann daher Kunden nicht unterscheiden; die Skalierung macht daraus für alle 0. Lassen Sie sie bei den Merkmalen weg: Entfernen Sie ihren Haken oder nennen Sie sie in --exclude.</translation>
    </message>
</context>
<context>
    <name>segmenta::FuzzyCMeans</name>
    <message>
        <source>There are no columns to cluster; select at least one feature.</source>
        <translation>Es gibt keine Spalten zum Clustern; wählen Sie mindestens ein Merkmal aus.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds a missing or infinite value; Fuzzy C-Means needs finite numbers, so impute or drop such rows first.</source>
        <translation>Zeile %1, Spalte %2 enthält einen fehlenden oder unendlichen Wert; Fuzzy C-Means benötigt endliche Zahlen, ergänzen oder entfernen Sie solche Zeilen daher zuerst.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means needs at least 2 clusters, not %1; choose 2 or more.</source>
        <translation>Fuzzy C-Means benötigt mindestens 2 Cluster, nicht %1; wählen Sie 2 oder mehr.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means cannot form %1 clusters from %2 rows; choose at most %2 clusters.</source>
        <translation>Fuzzy C-Means kann aus %2 Zeilen keine %1 Cluster bilden; wählen Sie höchstens %2 Cluster.</translation>
    </message>
    <message>
        <source>The fuzzifier m must be a number greater than 1, not %1; 2 is the usual choice.</source>
        <translation>Der Fuzzifizierer m muss eine Zahl größer als 1 sein, nicht %1; üblich ist 2.</translation>
    </message>
    <message>
        <source>The iteration limit must be at least 1, not %1.</source>
        <translation>Die Iterationsgrenze muss mindestens 1 betragen, nicht %1.</translation>
    </message>
    <message>
        <source>The convergence tolerance must be zero or positive, not %1.</source>
        <translation>Die Konvergenztoleranz muss null oder positiv sein, nicht %1.</translation>
    </message>
    <message>
        <source>The initial centres have %1 columns but the data has %2; give one value per feature.</source>
        <translation>Die Startzentren haben %1 Spalten, die Daten aber %2; geben Sie einen Wert pro Merkmal an.</translation>
    </message>
    <message>
        <source>Initial centres %1 and %2 are identical; give distinct centres.</source>
        <translation>Die Startzentren %1 und %2 sind identisch; geben Sie verschiedene Zentren an.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means iteration %1</source>
        <translation>Fuzzy C-Means, Iteration %1</translation>
    </message>
    <message>
        <source>Fuzzy C-Means done</source>
        <translation>Fuzzy C-Means abgeschlossen</translation>
    </message>
    <message>
        <source>The number of restarts must be at least 1, not %1.</source>
        <translation>Die Anzahl der Neustarts muss mindestens 1 betragen, nicht %1.</translation>
    </message>
</context>
<context>
    <name>segmenta::GuessText</name>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Thousands separator</source>
        <translation>Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Date system</source>
        <translation>Datumssystem</translation>
    </message>
    <message>
        <source>First column</source>
        <translation>Erste Spalte</translation>
    </message>
    <message>
        <source>Sheet choice</source>
        <translation>Wahl des Tabellenblatts</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Date format of %1</source>
        <translation>Datumsformat von %1</translation>
    </message>
</context>
<context>
    <name>segmenta::GuideDialog</name>
    <message>
        <source>Segmenta User Guide</source>
        <translation>Segmenta-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportColumnsPage</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportInvoicePage</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportJob</name>
    <message>
        <source>The column &apos;%1&apos; holds text such as &apos;%2&apos;, so it cannot be %3; choose categorical, identifier or text.</source>
        <translation>Die Spalte „%1“ enthält Text wie „%2“ und kann daher nicht %3 sein; wählen Sie kategorial, Kennung oder Text.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source> (customers)</source>
        <translation> (Kunden)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportLimits</name>
    <message>
        <source>Sheet &apos;%1&apos; has a value in cell %2, beyond column %3: Segmenta imports tables of at most %3 columns. Delete the columns you do not need, or copy the ones you need to a sheet of their own and import that sheet.</source>
        <translation>Das Tabellenblatt „%1“ hat einen Wert in Zelle %2, jenseits von Spalte %3: Segmenta importiert Tabellen mit höchstens %3 Spalten. Löschen Sie die Spalten, die Sie nicht benötigen, oder kopieren Sie die benötigten in ein eigenes Tabellenblatt und importieren Sie dieses.</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportPreviewPage</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Point ( . )</source>
        <translation>Punkt ( . )</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>In row</source>
        <translation>In Zeile</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
    <message>
        <source>The first rows of %1 as they will be imported. Change a setting if the columns or numbers look wrong.</source>
        <translation>Die ersten Zeilen von %1 so, wie sie importiert werden. Ändern Sie eine Einstellung, wenn Spalten oder Zahlen falsch aussehen.</translation>
    </message>
    <message>
        <source>The first rows of the database&apos;s answer as they will be imported.</source>
        <translation>Die ersten Zeilen der Datenbankantwort so, wie sie importiert werden.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… und %1 weitere Probleme.</translation>
    </message>
    <message>
        <source>This cannot be imported as it is:
%1</source>
        <translation>Dies kann so nicht importiert werden:
%1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>%1; the first %2 rows are shown.</source>
        <translation>%1; die ersten %2 Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>%1, rows: %2.</source>
        <translation>%1, Zeilen: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source> (and %1 more notes)</source>
        <translation> (und %1 weitere Hinweise)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Automatic: row %1</source>
        <translation>Automatisch: Zeile %1</translation>
    </message>
    <message>
        <source>Day first (D/M/Y)</source>
        <translation>Tag zuerst (D/M/Y)</translation>
    </message>
    <message>
        <source>Month first (M/D/Y)</source>
        <translation>Monat zuerst (M/D/Y)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportReportPage</name>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, personenbezogene Daten</translation>
    </message>
    <message>
        <source>Invoice lines read</source>
        <translation>Gelesene Rechnungspositionen</translation>
    </message>
    <message>
        <source>Lines used</source>
        <translation>Verwendete Positionen</translation>
    </message>
    <message>
        <source>Lines without a customer</source>
        <translation>Positionen ohne Kunden</translation>
    </message>
    <message>
        <source>Lines with unusable values</source>
        <translation>Positionen mit unbrauchbaren Werten</translation>
    </message>
    <message>
        <source>Lines of cancelled invoices</source>
        <translation>Positionen stornierter Rechnungen</translation>
    </message>
    <message>
        <source>Cancelled invoices</source>
        <translation>Stornierte Rechnungen</translation>
    </message>
    <message>
        <source>Returned lines</source>
        <translation>Zurückgegebene Positionen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; was added to the project: %2 of %3 rows read were imported, %4 skipped.</source>
        <translation>Der Datensatz „%1“ wurde dem Projekt hinzugefügt: %2 von %3 gelesenen Zeilen wurden importiert, %4 übersprungen.</translation>
    </message>
    <message>
        <source>They became %1 customers.</source>
        <translation>Daraus wurden %1 Kunden.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Values that could not be used</source>
        <translation>Nicht verwendbare Werte</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungspositionen</translation>
    </message>
    <message>
        <source>Guesses</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportRunPage</name>
    <message>
        <source>&amp;Report &gt;</source>
        <translation>&amp;Bericht &gt;</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <translation>%1 — %2 %</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added to the project.</source>
        <translation>Der Import wurde abgebrochen; dem Projekt wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2, %3</source>
        <translation>PostgreSQL-Datenbank %1 auf %2, %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>eine Abfrage</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>, Tabellenblatt %1</translation>
    </message>
    <message>
        <source>; invoice lines become one row per customer</source>
        <translation>; Rechnungspositionen werden zu einer Zeile pro Kunde</translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Geben Sie dem Datensatz einen Namen.</translation>
    </message>
    <message>
        <source>The project already has a dataset named &apos;%1&apos;; choose another name.</source>
        <translation>Das Projekt hat bereits einen Datensatz namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it, then import.</source>
        <translation>Ein anderer Vorgang läuft; warten Sie, bis er abgeschlossen ist, oder brechen Sie ihn ab und importieren Sie dann.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Gelesene Zeilen: %1.</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>This data was already imported as the dataset &apos;%1&apos; on %2.

Import it again as &apos;%3&apos;?</source>
        <translation>Diese Daten wurden bereits am %2 als Datensatz „%1“ importiert.

Sollen sie erneut als „%3“ importiert werden?</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>&amp;Erneut importieren</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportSource</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Datei wird geprüft</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (und %1 weitere Probleme)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>A database import needs either a table or a query.</source>
        <translation>Ein Datenbankimport benötigt entweder eine Tabelle oder eine Abfrage.</translation>
    </message>
    <message>
        <source>query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source> query</source>
        <translation> (Abfrage)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportSourcePage</name>
    <message>
        <source>There is no file at &apos;%1&apos;.</source>
        <translation>Unter „%1“ gibt es keine Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: check its permissions.</source>
        <translation>„%1“ kann nicht gelesen werden: Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
</context>
<context>
    <name>segmenta::InvoiceFeatures</name>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Wählen Sie die Spalte für „%1“.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; (mapped as the %2).</source>
        <translation>Es gibt keine Spalte „%1“ (zugeordnet als „%2“).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (the %2) holds dates, not numbers.</source>
        <translation>Die Spalte „%1“ („%2“) enthält Datumswerte statt Zahlen.</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has %2 categories: the %3 with the largest net spend have their own column, the other %4 are summed into &quot;Spend: other&quot;.</source>
        <translation>Die Spalte „%1“ hat %2 Kategorien: Die %3 mit dem höchsten Nettoumsatz erhalten eine eigene Spalte, die übrigen %4 werden in „Spend: other“ zusammengefasst.</translation>
    </message>
    <message>
        <source>At least one category column must be allowed.</source>
        <translation>Mindestens eine Kategoriespalte muss zugelassen sein.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>invoice ID</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Aggregating invoice lines</source>
        <translation>Rechnungspositionen werden zusammengefasst</translation>
    </message>
    <message>
        <source>The invoice date is missing.</source>
        <translation>Das Rechnungsdatum fehlt.</translation>
    </message>
    <message>
        <source>The %1 is missing or not a number.</source>
        <translation>Angabe „%1“ fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>The invoice ID is missing.</source>
        <translation>Die Rechnungsnummer fehlt.</translation>
    </message>
    <message>
        <source>No invoice line has both a customer ID and usable values (%1 of %2 lines have no customer ID, %3 have missing or invalid values).</source>
        <translation>Keine Rechnungsposition hat sowohl eine Kunden-ID als auch verwendbare Werte (%1 von %2 Positionen haben keine Kunden-ID, %3 haben fehlende oder ungültige Werte).</translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation>(ungültig)</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (the invoice date) holds text, not dates. Dates are recognised as Y-M-D, D/M/Y or M/D/Y, optionally with a time; choose the order with --date-format (or date-format= in --invoices; Dates in the import wizard), or map another column.</source>
        <translation>Die Spalte „%1“ (Rechnungsdatum) enthält Text statt Datumswerten. Datumswerte werden als Y-M-D, D/M/Y oder M/D/Y erkannt, optional mit Uhrzeit; wählen Sie die Reihenfolge mit --date-format (oder date-format= in --invoices; „Datumsformat“ im Importassistenten), oder ordnen Sie eine andere Spalte zu.</translation>
    </message>
    <message>
        <source>Map either the quantity and unit price columns, or the amount column (quantity= and price=, or amount= in --invoices).</source>
        <translation>Ordnen Sie entweder die Spalten für Menge und Stückpreis oder die Betragsspalte zu (quantity= und price= oder amount= in --invoices).</translation>
    </message>
    <message>
        <source>The reference day %1 is before the last invoice day %2. Give a later day in reference= of --invoices, or leave it out.</source>
        <translation>Der Stichtag %1 liegt vor dem letzten Rechnungstag %2. Geben Sie in reference= von --invoices einen späteren Tag an oder lassen Sie die Angabe weg.</translation>
    </message>
    <message>
        <source>Returns (%1 lines) and cancellations (%2 lines) reduce each customer&apos;s Monetary and Spend values, but never below 0; %3 customers returned more than they bought in these lines and have a Monetary of 0.</source>
        <translation>Rücksendungen (%1 Positionen) und Stornierungen (%2 Positionen) verringern die Werte von Monetary und Spend jedes Kunden, aber nie unter 0; %3 Kunden haben in diesen Positionen mehr zurückgegeben als gekauft und haben einen Monetary-Wert von 0.</translation>
    </message>
</context>
<context>
    <name>segmenta::KMeans</name>
    <message>
        <source>K-Means input</source>
        <translation>K-Means-Eingabe</translation>
    </message>
    <message>
        <source>Initial K-Means centres</source>
        <translation>K-Means-Startzentren</translation>
    </message>
    <message>
        <source>K-Means needs at least one segment, but K = %1 was asked for. Choose K of 1 or more.</source>
        <translation>K-Means benötigt mindestens ein Segment, angefordert wurde aber K = %1. Wählen Sie K von 1 oder mehr.</translation>
    </message>
    <message>
        <source>K = %1 segments were asked for, but the data has only %2 rows. Choose K of at most %2.</source>
        <translation>Es wurden K = %1 Segmente angefordert, die Daten haben aber nur %2 Zeilen. Wählen Sie K von höchstens %2.</translation>
    </message>
    <message>
        <source>%1: the value in row %2, column %3 is missing or not a finite number (%4). Impute or drop missing values before running K-Means.</source>
        <translation>%1: Der Wert in Zeile %2, Spalte %3 fehlt oder ist keine endliche Zahl (%4). Ergänzen oder entfernen Sie fehlende Werte, bevor Sie K-Means ausführen.</translation>
    </message>
    <message>
        <source>K-Means needs at least one restart and one iteration, but %1 restarts and %2 iterations were asked for. Use positive values.</source>
        <translation>K-Means benötigt mindestens einen Neustart und eine Iteration, angefordert wurden aber %1 Neustarts und %2 Iterationen. Verwenden Sie positive Werte.</translation>
    </message>
    <message>
        <source>The K-Means tolerance must be 0 or positive, not %1.</source>
        <translation>Die K-Means-Toleranz muss 0 oder positiv sein, nicht %1.</translation>
    </message>
    <message>
        <source>K = %1 segments were asked for, but the data has only %2 distinct rows. Choose a smaller K (at most %2).</source>
        <translation>Es wurden K = %1 Segmente angefordert, die Daten haben aber nur %2 verschiedene Zeilen. Wählen Sie ein kleineres K (höchstens %2).</translation>
    </message>
    <message>
        <source>The initial K-Means centres have %1 columns but the data has %2. Give one coordinate per data column.</source>
        <translation>Die K-Means-Startzentren haben %1 Spalten, die Daten aber %2. Geben Sie eine Koordinate pro Datenspalte an.</translation>
    </message>
    <message>
        <source>K = %1, restart %2 of %3</source>
        <translation>K = %1, Neustart %2 von %3</translation>
    </message>
    <message>
        <source>K = %1, done</source>
        <translation>K = %1, abgeschlossen</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelection</name>
    <message>
        <source>No model was fitted for K = %1; choose a K between %2 and %3.</source>
        <translation>Für K = %1 wurde kein Modell angepasst; wählen Sie ein K zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>No K could be scored, so none is recommended.</source>
        <translation>Kein K konnte bewertet werden, daher wird keines empfohlen.</translation>
    </message>
    <message>
        <source>K = %1 is the only K that was asked for.</source>
        <translation>K = %1 ist das einzige angeforderte K.</translation>
    </message>
    <message>
        <source>K = %1 is the elbow of the inertia curve and its silhouette (%2) is within 0.02 of the best (%3 at K = %4), with every segment holding at least %5% of the rows.</source>
        <translation>K = %1 liegt am Ellbogen der Inertia-Kurve, und seine Silhouette (%2) liegt höchstens 0,02 unter der besten (%3 bei K = %4), wobei jedes Segment mindestens %5 % der Zeilen enthält.</translation>
    </message>
    <message>
        <source>; the inertia elbow is at K = %1</source>
        <translation>; der Ellbogen der Inertia-Kurve liegt bei K = %1</translation>
    </message>
    <message>
        <source>; the inertia curve shows no clear elbow</source>
        <translation>; die Inertia-Kurve zeigt keinen deutlichen Ellbogen</translation>
    </message>
    <message>
        <source>K = %1 has the highest silhouette (%2); every K leaves a segment with less than %3% of the rows%4.</source>
        <translation>K = %1 hat die höchste Silhouette (%2); bei jedem K gibt es ein Segment mit weniger als %3 % der Zeilen%4.</translation>
    </message>
    <message>
        <source>K = %1 has the highest silhouette (%2) among the K whose smallest segment holds at least %3% of the rows%4.</source>
        <translation>K = %1 hat die höchste Silhouette (%2) unter den K, deren kleinstes Segment mindestens %3 % der Zeilen enthält%4.</translation>
    </message>
    <message>
        <source>The range of K must start at 2 or more and not end before it starts (got %1 to %2).</source>
        <translation>Der Bereich für K muss bei 2 oder mehr beginnen und darf nicht vor seinem Anfang enden (erhalten: %1 bis %2).</translation>
    </message>
    <message>
        <source>K = %1 needs more than %1 rows, but the data has %2 rows; choose a smaller K.</source>
        <translation>K = %1 erfordert mehr als %1 Zeilen, die Daten haben aber nur %2 Zeilen; wählen Sie ein kleineres K.</translation>
    </message>
    <message>
        <source>K = %1</source>
        <translation>K = %1</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelectionChart</name>
    <message>
        <source>Choosing the number of segments</source>
        <translation>Wahl der Anzahl der Segmente</translation>
    </message>
    <message>
        <source>Number of segments K</source>
        <translation>Anzahl der Segmente K</translation>
    </message>
    <message>
        <source>Score, scaled to [0, 1] over K</source>
        <translation>Kennzahl, über K auf [0, 1] skaliert</translation>
    </message>
    <message>
        <source>Inertia (look for the elbow)</source>
        <translation>Inertia (auf den Ellbogen achten)</translation>
    </message>
    <message>
        <source>Silhouette (higher is better)</source>
        <translation>Silhouette (höher ist besser)</translation>
    </message>
    <message>
        <source>Calinski–Harabasz (higher is better)</source>
        <translation>Calinski–Harabasz (höher ist besser)</translation>
    </message>
    <message>
        <source>Davies–Bouldin (lower is better)</source>
        <translation>Davies–Bouldin (niedriger ist besser)</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelectionView</name>
    <message>
        <source>Run an analysis (Analysis tab) to compare the numbers of segments.</source>
        <translation>Führen Sie eine Analyse aus (Registerkarte „Analyse“), um die Anzahl der Segmente zu vergleichen.</translation>
    </message>
    <message>
        <source>Number of &amp;segments shown:</source>
        <translation>Angezeigte Anzahl an &amp;Segmenten:</translation>
    </message>
    <message>
        <source>Number of segments shown</source>
        <translation>Angezeigte Anzahl an Segmenten</translation>
    </message>
    <message>
        <source>Every view shows the segments of this K. Clicking a curve or a row of the table also chooses K.</source>
        <translation>Jede Ansicht zeigt die Segmente dieses K. Ein Klick auf eine Kurve oder eine Tabellenzeile wählt ebenfalls K.</translation>
    </message>
    <message>
        <source>Scores against the number of segments</source>
        <translation>Kennzahlen nach Anzahl der Segmente</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation>Calinski–Harabasz</translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation>Davies–Bouldin</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Kleinstes Segment</translation>
    </message>
    <message>
        <source>Within-segment sum of squares: look for the elbow</source>
        <translation>Quadratsumme innerhalb der Segmente: auf den Ellbogen achten</translation>
    </message>
    <message>
        <source>−1 to 1, higher is better</source>
        <translation>−1 bis 1, höher ist besser</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Scores of every K</source>
        <translation>Kennzahlen aller K</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, then choose K again.</source>
        <translation>Warten Sie, bis der laufende Vorgang abgeschlossen ist, und wählen Sie K dann erneut.</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: K = %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Empfohlen: K = %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>segmenta::MainWindow</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Analysis started; the window stays usable while it runs.</source>
        <translation>Analyse gestartet; das Fenster bleibt währenddessen bedienbar.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>%1 Did Not Finish</source>
        <translation>%1 nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 cancelled; the project is unchanged.</source>
        <translation>%1 abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Run %1 shows %2 segments of %3 customers. %4</source>
        <translation>Lauf %1 zeigt %2 Segmente mit %3 Kunden. %4</translation>
    </message>
    <message>
        <source>K = %1 was chosen by you.</source>
        <translation>K = %1 wurde von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Start an empty untitled project</source>
        <translation>Ein leeres, unbenanntes Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .segmenta project file</source>
        <translation>Eine .segmenta-Projektdatei öffnen</translation>
    </message>
    <message>
        <source>Segment the bundled Wholesale customers sample</source>
        <translation>Das mitgelieferte Beispiel „Großhandelskunden“ (UCI Wholesale customers) segmentieren</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a CSV, Excel or OpenDocument file or a PostgreSQL table</source>
        <translation>Eine CSV-, Excel- oder OpenDocument-Datei oder eine PostgreSQL-Tabelle importieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the untitled project to a file</source>
        <translation>Das unbenannte Projekt in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Das Projekt unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>Write a PDF report of the segments shown</source>
        <translation>Einen PDF-Bericht über die angezeigten Segmente erstellen</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>&amp;Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Write the segments to an Excel workbook</source>
        <translation>Die Segmente in eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>&amp;CSV Files…</source>
        <translation>&amp;CSV-Dateien…</translation>
    </message>
    <message>
        <source>Write assignments, profiles and metrics as CSV</source>
        <translation>Zuordnungen, Profile und Kennzahlen als CSV schreiben</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Das Projekt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Segmenta</source>
        <translation>Segmenta beenden</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the figure shown to the clipboard</source>
        <translation>Das angezeigte Diagramm in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language and the defaults of new analyses</source>
        <translation>Sprache und Standardwerte für neue Analysen</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>Analyse &amp;ausführen</translation>
    </message>
    <message>
        <source>Fit and score every K with the settings of the Analysis tab</source>
        <translation>Jedes K mit den Einstellungen der Registerkarte „Analyse“ anpassen und bewerten</translation>
    </message>
    <message>
        <source>&amp;Cancel Task</source>
        <translation>Vorgang a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running task</source>
        <translation>Den laufenden Vorgang anhalten</translation>
    </message>
    <message>
        <source>&amp;Fewer Segments</source>
        <translation>&amp;Weniger Segmente</translation>
    </message>
    <message>
        <source>Show the segments of K − 1</source>
        <translation>Die Segmente für K − 1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;More Segments</source>
        <translation>&amp;Mehr Segmente</translation>
    </message>
    <message>
        <source>Show the segments of K + 1</source>
        <translation>Die Segmente für K + 1 anzeigen</translation>
    </message>
    <message>
        <source>Compare the two runs selected in the Project panel</source>
        <translation>Die beiden im Projektbereich ausgewählten Läufe vergleichen</translation>
    </message>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>Lauf &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove the run selected in the Project panel</source>
        <translation>Den im Projektbereich ausgewählten Lauf entfernen</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use Segmenta</source>
        <translation>Anleitung zur Verwendung von Segmenta</translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation>&amp;Über Segmenta</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>Version und Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbildmodus</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Den ganzen Bildschirm nutzen</translation>
    </message>
    <message>
        <source>No K = %1 in this run, or another task is running.</source>
        <translation>Kein K = %1 in diesem Lauf, oder ein anderer Vorgang läuft.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1[*] — Segmenta</source>
        <translation>%1[*] — Segmenta</translation>
    </message>
    <message>
        <source>Segmenta</source>
        <translation>Segmenta</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Run an analysis first: the export describes the segments shown.</source>
        <translation>Führen Sie zuerst eine Analyse aus: Der Export beschreibt die angezeigten Segmente.</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>Cannot Compare the Runs</source>
        <translation>Läufe können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <source>Comp&amp;are Runs…</source>
        <translation>Läufe &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Pro&amp;ject Panel</source>
        <translation>Pro&amp;jektbereich</translation>
    </message>
</context>
<context>
    <name>segmenta::Metrics</name>
    <message>
        <source>The number of clusters must be positive, not %1.</source>
        <translation>Die Anzahl der Cluster muss positiv sein, nicht %1.</translation>
    </message>
    <message>
        <source>There are %1 cluster labels for %2 rows; every row needs exactly one label.</source>
        <translation>Es gibt %1 Clusterzuordnungen für %2 Zeilen; jede Zeile benötigt genau eine Zuordnung.</translation>
    </message>
    <message>
        <source>Row %1 has cluster label %2, but labels must lie between 0 and %3 for %4 clusters. Re-run the clustering or correct the labels.</source>
        <translation>Zeile %1 hat die Clusterzuordnung %2, bei %4 Clustern müssen die Zuordnungen aber zwischen 0 und %3 liegen. Führen Sie die Clusterbildung erneut aus oder korrigieren Sie die Zuordnungen.</translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is missing or not a finite number. Impute or drop missing values before computing cluster quality.</source>
        <translation>Der Wert in Zeile %1, Spalte %2 fehlt oder ist keine endliche Zahl. Ergänzen oder entfernen Sie fehlende Werte, bevor die Clusterqualität berechnet wird.</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>The centroids have %1 columns but the data has %2; use the centroids of a clustering of these columns.</source>
        <translation>Die Zentroide haben %1 Spalten, die Daten aber %2; verwenden Sie die Zentroide einer Clusterbildung dieser Spalten.</translation>
    </message>
    <message>
        <source>The silhouette sample size must be at least 2, not %1.</source>
        <translation>Der Stichprobenumfang für die Silhouette muss mindestens 2 betragen, nicht %1.</translation>
    </message>
    <message numerus="yes">
        <source>The labels form %n clusters over %1 rows, but cluster quality needs between 2 and %2 clusters (at most one less than the rows). Choose a different number of clusters.</source>
        <translation>
            <numerusform>Die Zuordnungen bilden %n Cluster über %1 Zeilen, für die Clusterqualität sind aber zwischen 2 und %2 Cluster nötig (höchstens einer weniger als Zeilen). Wählen Sie eine andere Anzahl an Clustern.</numerusform>
            <numerusform>Die Zuordnungen bilden %n Cluster über %1 Zeilen, für die Clusterqualität sind aber zwischen 2 und %2 Cluster nötig (höchstens einer weniger als Zeilen). Wählen Sie eine andere Anzahl an Clustern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::MiniBatchKMeans</name>
    <message>
        <source>Mini-batch K-Means needs a batch of at least one row, at least one step without improvement and at least one initialisation, but got %1, %2 and %3.</source>
        <translation>Mini-Batch-K-Means benötigt einen Stapel von mindestens einer Zeile, mindestens einen Schritt ohne Verbesserung und mindestens eine Initialisierung, erhielt aber %1, %2 und %3.</translation>
    </message>
    <message>
        <source>K = %1, mini-batch step %2</source>
        <translation>K = %1, Mini-Batch-Schritt %2</translation>
    </message>
    <message>
        <source>K = %1, done</source>
        <translation>K = %1, abgeschlossen</translation>
    </message>
</context>
<context>
    <name>segmenta::OdsReader</name>
    <message>
        <source>an OpenDocument text document (.odt)</source>
        <translation>ein OpenDocument-Textdokument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp)</source>
        <translation>eine OpenDocument-Präsentation (.odp)</translation>
    </message>
    <message>
        <source>an OpenDocument drawing (.odg)</source>
        <translation>eine OpenDocument-Zeichnung (.odg)</translation>
    </message>
    <message>
        <source>an OpenDocument formula (.odf)</source>
        <translation>eine OpenDocument-Formel (.odf)</translation>
    </message>
    <message>
        <source>an OpenDocument chart (.odc)</source>
        <translation>ein OpenDocument-Diagramm (.odc)</translation>
    </message>
    <message>
        <source>a LibreOffice Base database (.odb)</source>
        <translation>eine LibreOffice-Base-Datenbank (.odb)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sheets.</source>
        <translation>„%1“ enthält keine Tabellenblätter.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sheet named &apos;%2&apos;. Choose one of its sheets: %3.</source>
        <translation>„%1“ hat kein Tabellenblatt namens „%2“. Wählen Sie eines seiner Tabellenblätter: %3.</translation>
    </message>
    <message>
        <source>Sheet read</source>
        <translation>Tabellenblatt gelesen</translation>
    </message>
    <message>
        <source>a document of type &apos;%1&apos;</source>
        <translation>ein Dokument vom Typ „%1“</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>eine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>ein Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>eine PowerPoint-Präsentation (.pptx)</translation>
    </message>
    <message>
        <source>a ZIP archive without spreadsheet content</source>
        <translation>ein ZIP-Archiv ohne Tabelleninhalt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but %2. Choose the matching import, or open it and save it as an .ods spreadsheet.</source>
        <translation>„%1“ ist kein LibreOffice-Tabellendokument, sondern %2. Wählen Sie den passenden Import, oder öffnen Sie die Datei und speichern Sie sie als .ods-Tabellendokument.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is protected with a password. Open it in LibreOffice and save it without a password (File &gt; Properties &gt; Security, or File &gt; Save As without &quot;Save with password&quot;).</source>
        <translation>„%1“ ist mit einem Passwort geschützt. Öffnen Sie die Datei in LibreOffice und speichern Sie sie ohne Passwort (Datei &gt; Eigenschaften &gt; Sicherheit, oder Datei &gt; Speichern unter ohne „Mit Kennwort speichern“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has no content.xml. Open it in LibreOffice and save it again.</source>
        <translation>„%1“ ist beschädigt: Die Datei enthält keine content.xml. Öffnen Sie sie in LibreOffice und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist. Check the name and folder.</source>
        <translation>Die Datei „%1“ existiert nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: it is empty or you lack permission to read it.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist leer oder Ihnen fehlt die Leseberechtigung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but a legacy Excel .xls file or a password-protected Excel workbook. Open it in LibreOffice and save it as .ods without a password.</source>
        <translation>„%1“ ist kein LibreOffice-Tabellendokument, sondern eine alte Excel-.xls-Datei oder eine passwortgeschützte Excel-Arbeitsmappe. Öffnen Sie die Datei in LibreOffice und speichern Sie sie ohne Passwort als .ods.</translation>
    </message>
    <message>
        <source> in sheet &apos;%1&apos; near row %2</source>
        <translation> im Tabellenblatt „%1“ nahe Zeile %2</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged%1: its content.xml cannot be read (%2 at line %3). Open it in LibreOffice and save it again.</source>
        <translation>Das Tabellendokument ist beschädigt%1: Seine content.xml kann nicht gelesen werden (%2 in Zeile %3). Öffnen Sie es in LibreOffice und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading sheet %1</source>
        <translation>Tabellenblatt %1 wird gelesen</translation>
    </message>
    <message>
        <source>Cell %1%2 of sheet &apos;%3&apos; holds the value &apos;%4&apos;, which is not a valid number, date or time; the text it shows (&apos;%5&apos;) is used instead.</source>
        <translation>Zelle %1%2 des Tabellenblatts „%3“ enthält den Wert „%4“, der keine gültige Zahl, kein gültiges Datum und keine gültige Uhrzeit ist; stattdessen wird der angezeigte Text („%5“) verwendet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (hidden)</source>
        <translation>„%1“ (ausgeblendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but a text file; import it as a CSV or text file.</source>
        <translation>„%1“ ist kein LibreOffice-Tabellendokument, sondern eine Textdatei; importieren Sie sie als CSV- oder Textdatei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet: its first bytes match none of the formats Segmenta reads (ODS, XLSX, XLSM, CSV). Check that you chose the right file.</source>
        <translation>„%1“ ist kein LibreOffice-Tabellendokument: Die ersten Bytes der Datei passen zu keinem der Formate, die Segmenta liest (ODS, XLSX, XLSM, CSV). Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; has values beyond row %2, the last a sheet can have. Keep only the rows you need, or save them as CSV, and import again.</source>
        <translation>Das Tabellenblatt „%1“ hat Werte jenseits von Zeile %2, der letzten, die ein Tabellenblatt haben kann. Behalten Sie nur die benötigten Zeilen oder speichern Sie sie als CSV, und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; repeats its rows and cells into more than %2 cells (at row %3). Such a sheet is damaged or made to exhaust memory; open it in LibreOffice, keep the rows you need and save it again.</source>
        <translation>Das Tabellenblatt „%1“ vervielfacht seine Zeilen und Zellen durch Wiederholungen auf mehr als %2 Zellen (bei Zeile %3). Ein solches Tabellenblatt ist beschädigt oder darauf angelegt, den Speicher zu erschöpfen; öffnen Sie es in LibreOffice, behalten Sie die benötigten Zeilen und speichern Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>segmenta::OutputFile</name>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es handelt sich um einen Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::Pca</name>
    <message>
        <source>PCA input</source>
        <translation>PCA-Eingabe</translation>
    </message>
    <message>
        <source>Rows to project</source>
        <translation>Zu projizierende Zeilen</translation>
    </message>
    <message>
        <source>%1: the value in row %2, column %3 is missing or not a finite number. Impute or drop missing values before running PCA.</source>
        <translation>%1: Der Wert in Zeile %2, Spalte %3 fehlt oder ist keine endliche Zahl. Ergänzen oder entfernen Sie fehlende Werte, bevor Sie die PCA ausführen.</translation>
    </message>
    <message>
        <source>PCA needs at least 2 rows, but the data has %1. Load more rows.</source>
        <translation>Die PCA benötigt mindestens 2 Zeilen, die Daten haben aber %1. Laden Sie mehr Zeilen.</translation>
    </message>
    <message>
        <source>PCA needs at least one numeric column. Select feature columns first.</source>
        <translation>Die PCA benötigt mindestens eine numerische Spalte. Wählen Sie zuerst Merkmalsspalten aus.</translation>
    </message>
    <message>
        <source>The number of PCA components must be positive (or 0 to choose it by explained variance), not %1.</source>
        <translation>Die Anzahl der PCA-Komponenten muss positiv sein (oder 0, um sie nach erklärter Varianz zu wählen), nicht %1.</translation>
    </message>
    <message>
        <source>The explained-variance fraction for choosing PCA components must lie in (0, 1], not %1.</source>
        <translation>Der Anteil der erklärten Varianz für die Wahl der PCA-Komponenten muss in (0, 1] liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The PCA thread count must be 0 (automatic) or positive, not %1.</source>
        <translation>Die Anzahl der PCA-Threads muss 0 (automatisch) oder positiv sein, nicht %1.</translation>
    </message>
    <message>
        <source>Decomposing</source>
        <translation>Zerlegung</translation>
    </message>
    <message>
        <source>Projecting</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Singular value decomposition</source>
        <translation>Singulärwertzerlegung</translation>
    </message>
    <message>
        <source>Every column is constant, so there is no variance for PCA to explain. Select columns whose values differ between rows.</source>
        <translation>Jede Spalte ist konstant, daher gibt es keine Varianz, die die PCA erklären könnte. Wählen Sie Spalten, deren Werte sich zwischen den Zeilen unterscheiden.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The rows to project have %1 columns, but the PCA was fitted on %2. Use the same feature columns as for the fit.</source>
        <translation>Die zu projizierenden Zeilen haben %1 Spalten, die PCA wurde aber an %2 angepasst. Verwenden Sie dieselben Merkmalsspalten wie bei der Anpassung.</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfDataSections</name>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Importierte Zeilen</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Cells that could not be used</source>
        <translation>Nicht verwendbare Zellen</translation>
    </message>
    <message>
        <source>Data summary</source>
        <translation>Datenübersicht</translation>
    </message>
    <message>
        <source>The dataset has %1 rows and %2 columns; %3 of its %4 cells are missing (%5).</source>
        <translation>Der Datensatz hat %1 Zeilen und %2 Spalten; %3 seiner %4 Zellen fehlen (%5).</translation>
    </message>
    <message>
        <source>1 column marked as personal data is left out of this report.</source>
        <translation>1 als personenbezogen gekennzeichnete Spalte ist in diesem Bericht nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 columns marked as personal data are left out of this report.</source>
        <translation>%1 als personenbezogen gekennzeichnete Spalten sind in diesem Bericht nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 rows were used in the analysis; %2 were dropped for missing values and %3 as outliers.</source>
        <translation>%1 Zeilen wurden in der Analyse verwendet; %2 wurden wegen fehlender Werte und %3 als Ausreißer entfernt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>No import report is stored with this dataset.</source>
        <translation>Zu diesem Datensatz ist kein Importbericht gespeichert.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preprocessing recipe</source>
        <translation>Vorverarbeitungsrezept</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>How these segments were computed, so that they can be checked and reproduced: the same data (identified by its SHA-256), recipe and settings give the same segments.</source>
        <translation>Wie diese Segmente berechnet wurden, damit sie geprüft und reproduziert werden können: Dieselben Daten (identifiziert durch ihren SHA-256-Wert), dasselbe Rezept und dieselben Einstellungen ergeben dieselben Segmente.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>K tried</source>
        <translation>Geprüfte K</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>K reported</source>
        <translation>Berichtetes K</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Startwert</translation>
    </message>
    <message>
        <source>Clustered on</source>
        <translation>Clusterbildung anhand</translation>
    </message>
    <message>
        <source>%1 principal components</source>
        <translation>%1 Hauptkomponenten</translation>
    </message>
    <message>
        <source>%1 prepared features</source>
        <translation>%1 aufbereitete Merkmale</translation>
    </message>
    <message>
        <source>Customers clustered</source>
        <translation>Geclusterte Kunden</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Smallest segment allowed for the recommendation</source>
        <translation>Kleinstes für die Empfehlung zulässiges Segment</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 s in total, of which %2 s fitting and scoring the K</source>
        <translation>%1 s insgesamt, davon %2 s für Anpassung und Bewertung der K</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Segmenta %1, Qt %2, Eigen %3.%4.%5</source>
        <translation>Segmenta %1, Qt %2, Eigen %3.%4.%5</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Source SHA-256</source>
        <translation>SHA-256 der Quelle</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>%1, personal data</source>
        <translation>%1, personenbezogene Daten</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Categorical column</source>
        <translation>Kategoriale Spalte</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Principal components: %1 kept, explaining %2 of the variance of the prepared features.</source>
        <translation>Hauptkomponenten: %1 behalten, sie erklären %2 der Varianz der aufbereiteten Merkmale.</translation>
    </message>
    <message>
        <source>The segments were found on these components.</source>
        <translation>Die Segmente wurden anhand dieser Komponenten gefunden.</translation>
    </message>
    <message>
        <source>The segments were found on the prepared features; the components only place customers on the segment map.</source>
        <translation>Die Segmente wurden anhand der aufbereiteten Merkmale gefunden; die Komponenten platzieren die Kunden nur auf der Segmentkarte.</translation>
    </message>
    <message>
        <source>Preprocessing variants</source>
        <translation>Vorverarbeitungsvarianten</translation>
    </message>
    <message>
        <source>Every combination of transform and scaling was also scored over the same K; the best silhouette of each:</source>
        <translation>Jede Kombination aus Transformation und Skalierung wurde ebenfalls über dieselben K bewertet; die beste Silhouette jeder Kombination:</translation>
    </message>
    <message>
        <source>Best K</source>
        <translation>Bestes K</translation>
    </message>
    <message>
        <source>Best silhouette</source>
        <translation>Beste Silhouette</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>nicht möglich: %1</translation>
    </message>
    <message>
        <source>mean over a random sample of %1 customers (seed %2)</source>
        <translation>Mittelwert über eine Zufallsstichprobe von %1 Kunden (Startwert %2)</translation>
    </message>
    <message>
        <source>exact mean over all %1 customers</source>
        <translation>exakter Mittelwert über alle %1 Kunden</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfFrontMatter</name>
    <message>
        <source>Fuzzy C-Means</source>
        <translation>Fuzzy C-Means</translation>
    </message>
    <message>
        <source>K-Means</source>
        <translation>K-Means</translation>
    </message>
    <message>
        <source>CUSTOMER SEGMENTATION REPORT</source>
        <translation>BERICHT ZUR KUNDENSEGMENTIERUNG</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Analysierte Kunden</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTE</translation>
    </message>
    <message>
        <source>%1 — %2 of customers</source>
        <translation>%1 — %2 der Kunden</translation>
    </message>
    <message>
        <source>Created with Segmenta %1</source>
        <translation>Erstellt mit Segmenta %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended action:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Empfohlene Maßnahme:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>des Datensatzes</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>aus „%1“</translation>
    </message>
    <message>
        <source>The %1 customers of %2 fall into %3 segments, found with %4 on %5 features.</source>
        <translation>Die %1 Kunden %2 verteilen sich auf %3 Segmente, gefunden mit %4 anhand von %5 Merkmalen.</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>Mini-Batch-K-Means</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfPageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfRatioBars</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfReport</name>
    <message>
        <source>Segment %1 · %2</source>
        <translation>Segment %1 · %2</translation>
    </message>
    <message>
        <source>Segmenta %1</source>
        <translation>Segmenta %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: there is no analysis to report.</source>
        <translation>Der PDF-Bericht %1 kann nicht geschrieben werden: Es gibt keine Analyse, über die berichtet werden kann.</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: %2</source>
        <translation>Der PDF-Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfSegmentPage</name>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Segment mean</source>
        <translation>Segmentmittelwert</translation>
    </message>
    <message>
        <source>Segment median</source>
        <translation>Segmentmedian</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Gesamtmittelwert</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× Durchschnitt</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ausprägung</translation>
    </message>
    <message>
        <source>This segment</source>
        <translation>Dieses Segment</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation>nichts Besonderes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Anteil an den Kunden</translation>
    </message>
    <message>
        <source>Stands out most for</source>
        <translation>Am auffälligsten</translation>
    </message>
    <message>
        <source>Compared with the average customer</source>
        <translation>Im Vergleich zum durchschnittlichen Kunden</translation>
    </message>
    <message>
        <source>Each bar is the segment&apos;s mean as a multiple of the overall mean, on a doubling scale: bars to the right are above the average customer, bars to the left below.</source>
        <translation>Jeder Balken zeigt den Mittelwert des Segments als Vielfaches des Gesamtmittelwerts, auf einer Skala in Verdopplungsschritten: Balken nach rechts liegen über dem durchschnittlichen Kunden, Balken nach links darunter.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Mix by category</source>
        <translation>Zusammensetzung nach Kategorie</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfSegmentSections</name>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation>Calinski–Harabasz</translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation>Davies–Bouldin</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Kleinstes Segment</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Partition coefficient</source>
        <translation>Partitionskoeffizient</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>Ellbogen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choosing the number of segments</source>
        <translation>Wahl der Anzahl der Segmente</translation>
    </message>
    <message>
        <source>Each score is scaled to the range 0–1 over the K tried so that the four curves can be compared; the table gives the values themselves.</source>
        <translation>Jede Kennzahl ist über die geprüften K auf den Bereich 0–1 skaliert, damit die vier Kurven vergleichbar sind; die Tabelle enthält die Werte selbst.</translation>
    </message>
    <message>
        <source>Scores for every K</source>
        <translation>Kennzahlen für jedes K</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inertia&lt;/b&gt; always falls as K grows; the K where it stops falling steeply (the elbow) is a natural choice. &lt;b&gt;Silhouette&lt;/b&gt; (−1 to 1, higher is better) says how much closer customers are to their own segment than to the next one. &lt;b&gt;Calinski–Harabasz&lt;/b&gt; (higher is better) compares the spread between segments with the spread within them. &lt;b&gt;Davies–Bouldin&lt;/b&gt; (lower is better) measures how much segments overlap.</source>
        <translation>&lt;b&gt;Inertia&lt;/b&gt; sinkt immer, wenn K wächst; das K, ab dem sie nicht mehr steil abfällt (der Ellbogen), ist eine naheliegende Wahl. &lt;b&gt;Silhouette&lt;/b&gt; (−1 bis 1, höher ist besser) gibt an, wie viel näher die Kunden ihrem eigenen Segment als dem nächstgelegenen anderen sind. &lt;b&gt;Calinski–Harabasz&lt;/b&gt; (höher ist besser) vergleicht die Streuung zwischen den Segmenten mit der Streuung innerhalb der Segmente. &lt;b&gt;Davies–Bouldin&lt;/b&gt; (niedriger ist besser) misst, wie stark sich die Segmente überlappen.</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Segmentkarte</translation>
    </message>
    <message>
        <source>Each dot is a customer, placed by the first two principal components of the prepared features (%1 and %2 of their variance). Customers close together are alike.</source>
        <translation>Jeder Punkt ist ein Kunde, platziert anhand der ersten beiden Hauptkomponenten der aufbereiteten Merkmale (%1 und %2 ihrer Varianz). Nahe beieinanderliegende Kunden sind einander ähnlich.</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Segmentprofile</translation>
    </message>
    <message>
        <source>The mean of every feature in each segment, in the data&apos;s own units. The colour shows how far a segment lies from the average customer: red above, blue below, in full at two standard deviations.</source>
        <translation>Der Mittelwert jedes Merkmals in jedem Segment, in den Einheiten der Daten. Die Farbe zeigt, wie weit ein Segment vom durchschnittlichen Kunden abweicht: rot darüber, blau darunter, in voller Stärke bei zwei Standardabweichungen.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Segments by category</source>
        <translation>Segmente nach Kategorie</translation>
    </message>
    <message>
        <source>The segment mix of each level: bars add up to 100% of the level&apos;s customers.</source>
        <translation>Die Segmentzusammensetzung jeder Ausprägung: Die Balken ergeben zusammen 100 % der Kunden der Ausprägung.</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfTable</name>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Teil %1 von %2: %3</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3 to %4</source>
        <translation>Teil %1 von %2: %3 bis %4</translation>
    </message>
</context>
<context>
    <name>segmenta::PostgresReader</name>
    <message>
        <source>the local server</source>
        <translation>der lokale Server</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Permission denied: %1. Ask the database administrator for read access (SELECT).</source>
        <translation>Zugriff verweigert: %1. Bitten Sie die Datenbankadministration um Lesezugriff (SELECT).</translation>
    </message>
    <message>
        <source>The query tries to change the database (%1). Segmenta only reads, inside a read-only transaction, so nothing was changed.</source>
        <translation>Die Abfrage versucht, die Datenbank zu ändern (%1). Segmenta liest nur, und zwar innerhalb einer schreibgeschützten Transaktion; es wurde also nichts geändert.</translation>
    </message>
    <message>
        <source>The connection to the database was lost: %1</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen: %1</translation>
    </message>
    <message>
        <source>The database rejected the query: %1</source>
        <translation>Die Datenbank hat die Abfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server at %1 refused user &apos;%2&apos;: %3 Check the user name and password.</source>
        <translation>Der Server unter %1 hat den Benutzer „%2“ abgewiesen: %3 Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; on the server at %2 (names are case-sensitive): %3</source>
        <translation>Auf dem Server unter %2 gibt es keine Datenbank „%1“ (Groß-/Kleinschreibung wird unterschieden): %3</translation>
    </message>
    <message>
        <source>Cannot connect to database &apos;%1&apos; at %2: %3 Check the host name and port, that the server is running and accepts connections from here, that no firewall blocks the port, and the password.</source>
        <translation>Keine Verbindung zur Datenbank „%1“ unter %2 möglich: %3 Prüfen Sie Hostname und Port, ob der Server läuft und Verbindungen von hier annimmt, ob eine Firewall den Port blockiert, und das Passwort.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; run packaging/install-deps.sh.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; führen Sie packaging/install-deps.sh aus.</translation>
    </message>
    <message>
        <source>Unknown SSL mode &apos;%1&apos;; use one of %2.</source>
        <translation>Unbekannter SSL-Modus „%1“; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in database &apos;%2&apos;, which has no tables or views at all.</source>
        <translation>In der Datenbank „%2“ gibt es keine Tabelle oder Sicht „%1“; sie enthält überhaupt keine Tabellen oder Sichten.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in database &apos;%2&apos;. Available: %3.</source>
        <translation>In der Datenbank „%2“ gibt es keine Tabelle oder Sicht „%1“. Verfügbar: %3.</translation>
    </message>
    <message>
        <source>The query holds more than one statement; import one SELECT statement at a time.</source>
        <translation>Die Abfrage enthält mehr als eine Anweisung; importieren Sie jeweils eine SELECT-Anweisung.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>Only a query that reads data can be imported (SELECT, VALUES, TABLE or WITH ... SELECT); this statement starts with %1, so it was not run.</source>
        <translation>Nur Abfragen, die Daten lesen, können importiert werden (SELECT, VALUES, TABLE oder WITH ... SELECT); diese Anweisung beginnt mit %1 und wurde daher nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers with more digits than Segmenta keeps (about 15); they were rounded, the first in row %2: %3 became %4.</source>
        <translation>Die Spalte „%1“ enthält Zahlen mit mehr Stellen, als Segmenta speichert (etwa 15); sie wurden gerundet, zuerst in Zeile %2: Aus %3 wurde %4.</translation>
    </message>
    <message>
        <source>Reading from database &apos;%1&apos;</source>
        <translation>Lesen aus der Datenbank „%1“</translation>
    </message>
    <message>
        <source>%1: %L2 rows</source>
        <translation>%1: %L2 Zeilen</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection (TLS), so Segmenta did not send the password. Ask the database administrator to enable TLS; only on a network you trust, connect unencrypted with sslmode=disable.</source>
        <translation>Der Server unter %1 bietet keine verschlüsselte Verbindung (TLS) an, daher hat Segmenta das Passwort nicht gesendet. Bitten Sie die Datenbankadministration, TLS zu aktivieren; nur in einem Netzwerk, dem Sie vertrauen, können Sie sich mit sslmode=disable unverschlüsselt verbinden.</translation>
    </message>
</context>
<context>
    <name>segmenta::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>segmenta::PreviewReader</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProfileChart</name>
    <message>
        <source>Segment means relative to the overall mean</source>
        <translation>Segmentmittelwerte relativ zum Gesamtmittelwert</translation>
    </message>
    <message>
        <source>Segment means by feature</source>
        <translation>Segmentmittelwerte nach Merkmal</translation>
    </message>
    <message>
        <source>Segment mean / overall mean</source>
        <translation>Segmentmittelwert / Gesamtmittelwert</translation>
    </message>
    <message>
        <source>Mean, in original units</source>
        <translation>Mittelwert, in Originaleinheiten</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Gesamtmittelwert</translation>
    </message>
</context>
<context>
    <name>segmenta::Profiles</name>
    <message>
        <source>Profiles need at least one segment, not %1.</source>
        <translation>Profile benötigen mindestens ein Segment, nicht %1.</translation>
    </message>
    <message>
        <source>%1 rows are listed but %2 segment labels were given; give one label per row.</source>
        <translation>%1 Zeilen sind aufgeführt, aber %2 Segmentzuordnungen wurden angegeben; geben Sie eine Zuordnung pro Zeile an.</translation>
    </message>
    <message>
        <source>Listed row %1 refers to row %2, but the table has %3 rows.</source>
        <translation>Die aufgeführte Zeile %1 verweist auf Zeile %2, die Tabelle hat aber %3 Zeilen.</translation>
    </message>
    <message>
        <source>Row %1 is assigned to segment %2, but there are only segments 1 to %3.</source>
        <translation>Zeile %1 ist Segment %2 zugeordnet, es gibt aber nur die Segmente 1 bis %3.</translation>
    </message>
    <message>
        <source>There is no column named &apos;%1&apos;; the table has: %2.</source>
        <translation>Es gibt keine Spalte namens „%1“; die Tabelle hat: %2.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>%1 niedrig</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>%1 niedrig</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>%1 (segment %2)</source>
        <translation>%1 (Segment %2)</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds text, so it has no mean; show it as a crosstab instead.</source>
        <translation>Die Spalte „%1“ enthält Text und hat daher keinen Mittelwert; zeigen Sie sie stattdessen als Kreuztabelle an.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProfilesView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see what each segment looks like.</source>
        <translation>Führen Sie eine Analyse aus (Registerkarte „Analyse“), um zu sehen, wie jedes Segment aussieht.</translation>
    </message>
    <message>
        <source>Segment means by feature</source>
        <translation>Segmentmittelwerte nach Merkmal</translation>
    </message>
    <message>
        <source>Segment means relative to the overall mean</source>
        <translation>Segmentmittelwerte relativ zum Gesamtmittelwert</translation>
    </message>
    <message>
        <source>Z-score heatmap</source>
        <translation>z-Wert-Heatmap</translation>
    </message>
    <message>
        <source>Distribution by segment</source>
        <translation>Verteilung nach Segment</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>&amp;Mittelwerte</translation>
    </message>
    <message>
        <source>Mean of each feature per segment, in the original units</source>
        <translation>Mittelwert jedes Merkmals pro Segment, in Originaleinheiten</translation>
    </message>
    <message>
        <source>Compared with &amp;Average</source>
        <translation>&amp;Vergleich mit Durchschnitt</translation>
    </message>
    <message>
        <source>Each segment&apos;s mean divided by the mean of all customers</source>
        <translation>Mittelwert jedes Segments geteilt durch den Mittelwert aller Kunden</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>How far each segment&apos;s mean lies from the overall mean, in standard deviations</source>
        <translation>Wie weit der Mittelwert jedes Segments vom Gesamtmittelwert entfernt liegt, in Standardabweichungen</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>M&amp;erkmal:</translation>
    </message>
    <message>
        <source>Feature of the box plots</source>
        <translation>Merkmal der Boxplots</translation>
    </message>
    <message>
        <source>Spending data are skewed: a logarithmic axis shows small and large values alike</source>
        <translation>Ausgabendaten sind schief: Eine logarithmische Achse zeigt kleine und große Werte gleichermaßen</translation>
    </message>
    <message>
        <source>&amp;Distributions</source>
        <translation>Ver&amp;teilungen</translation>
    </message>
    <message>
        <source>Box plots of one feature per segment</source>
        <translation>Boxplots eines Merkmals pro Segment</translation>
    </message>
    <message>
        <source>Segments by %1</source>
        <translation>Segmente nach %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>The segment mix of each %1</source>
        <translation>Die Segmentzusammensetzung je %1</translation>
    </message>
</context>
<context>
    <name>segmenta::Project</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Could not save the project as %1: %2. Choose a folder you can write to.</source>
        <translation>Das Projekt konnte nicht als %1 gespeichert werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectController</name>
    <message>
        <source>Save Project?</source>
        <translation>Projekt speichern?</translation>
    </message>
    <message>
        <source>The project “%1” has work that is not saved yet. Save it before closing?</source>
        <translation>Das Projekt „%1“ enthält noch nicht gespeicherte Arbeit. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>New project. Import data to start (File &gt; Import Data).</source>
        <translation>Neues Projekt. Importieren Sie Daten, um zu beginnen (Datei &gt; Daten importieren).</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta);;All files (*)</source>
        <translation>Segmenta-Projekte (*.segmenta);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The project has no data yet. Import data to start (File &gt; Import Data).</source>
        <translation>Das Projekt enthält noch keine Daten. Importieren Sie Daten, um zu beginnen (Datei &gt; Daten importieren).</translation>
    </message>
    <message>
        <source>Cannot Show the Project</source>
        <translation>Projekt kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Opening the sample</source>
        <translation>Öffnen des Beispiels</translation>
    </message>
    <message>
        <source>Wholesale customers</source>
        <translation>Großhandelskunden</translation>
    </message>
    <message>
        <source>The sample is being segmented; the views fill in as soon as it is done.</source>
        <translation>Das Beispiel wird segmentiert; die Ansichten füllen sich, sobald dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it, then import.</source>
        <translation>Warten Sie, bis der laufende Vorgang abgeschlossen ist, oder brechen Sie ihn ab, und importieren Sie dann.</translation>
    </message>
    <message>
        <source>Imported “%1”. Choose the features on the Analysis tab and press Run Analysis.</source>
        <translation>„%1“ importiert. Wählen Sie die Merkmale auf der Registerkarte „Analyse“ und klicken Sie auf „Analyse ausführen“.</translation>
    </message>
    <message>
        <source>Cannot Show the Data</source>
        <translation>Daten können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Customer segments.segmenta</source>
        <translation>Kundensegmente.segmenta</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Segmenta-Projekte (*.segmenta)</translation>
    </message>
    <message>
        <source>Project Not Saved</source>
        <translation>Projekt nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as %1. From now on every change is saved as you work.</source>
        <translation>Gespeichert als %1. Ab jetzt wird jede Änderung laufend gespeichert.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectNavigator</name>
    <message>
        <source>Run %1 · K = %2 · %3</source>
        <translation>Lauf %1 · K = %2 · %3</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>De&amp;lete Run</source>
        <translation>Lauf &amp;löschen</translation>
    </message>
    <message>
        <source>Datasets and runs</source>
        <translation>Datensätze und Läufe</translation>
    </message>
    <message>
        <source>Click a dataset to see it, a run to reopen it; Ctrl+click two runs to compare them</source>
        <translation>Klicken Sie auf einen Datensatz, um ihn anzuzeigen, oder auf einen Lauf, um ihn erneut zu öffnen; mit Strg+Klick auf zwei Läufe vergleichen Sie diese</translation>
    </message>
    <message>
        <source>Compare the settings and scores of the two selected runs</source>
        <translation>Einstellungen und Kennzahlen der beiden ausgewählten Läufe vergleichen</translation>
    </message>
    <message>
        <source>Remove the selected run from the project</source>
        <translation>Den ausgewählten Lauf aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns, imported %3 from %4</source>
        <translation>%1 Zeilen, %2 Spalten, importiert am %3 aus %4</translation>
    </message>
    <message>
        <source>Recommended K = %1: %2</source>
        <translation>Empfohlenes K = %1: %2</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it.</source>
        <translation>Warten Sie, bis der laufende Vorgang abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare them.</source>
        <translation>Wählen Sie zwei Läufe aus (Strg+Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete run %1 with its segments, names and notes? This cannot be undone.</source>
        <translation>Lauf %1 mit seinen Segmenten, Namen und Notizen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <source>Run Not Deleted</source>
        <translation>Lauf nicht gelöscht</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>Ausgewählte &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectStore</name>
    <message>
        <source>(in memory)</source>
        <translation>(im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The project %1 was opened on another thread; its connection may only be used on that thread.</source>
        <translation>Das Projekt %1 wurde in einem anderen Thread geöffnet; seine Verbindung darf nur in diesem Thread verwendet werden.</translation>
    </message>
    <message>
        <source>The project %1 is closed.</source>
        <translation>Das Projekt %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file; name a .segmenta file.</source>
        <translation>%1 ist ein Ordner, keine Projektdatei; geben Sie eine .segmenta-Datei an.</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: permission denied. Make the file readable for your user.</source>
        <translation>Das Projekt %1 kann nicht gelesen werden: Zugriff verweigert. Machen Sie die Datei für Ihren Benutzer lesbar.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2.</source>
        <translation>Das Projekt %1 kann nicht erstellt werden: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::Recipe</name>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>The recipe has an unknown key &apos;%1&apos;. Known keys here: %2.</source>
        <translation>Das Rezept enthält einen unbekannten Schlüssel „%1“. Hier bekannte Schlüssel: %2.</translation>
    </message>
    <message>
        <source>The recipe key &apos;%1&apos; is %2, but it must be %3.</source>
        <translation>Der Rezeptschlüssel „%1“ ist %2, muss aber %3 sein.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a percentile between 0 and 100</source>
        <translation>ein Perzentil zwischen 0 und 100</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>ein nicht leerer Text</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer von: %1</translation>
    </message>
    <message>
        <source>The recipe entry &apos;%1&apos; is %2, but it must be an object.</source>
        <translation>Der Rezepteintrag „%1“ ist %2, muss aber ein Objekt sein.</translation>
    </message>
    <message>
        <source>at least lowerPercentile (%1)</source>
        <translation>mindestens lowerPercentile (%1)</translation>
    </message>
    <message>
        <source>&quot;drop&quot; or &quot;most-frequent&quot; for a categorical column</source>
        <translation>&quot;drop&quot; oder &quot;most-frequent&quot; bei einer kategorialen Spalte</translation>
    </message>
    <message>
        <source>%1 (this version of Segmenta reads recipe version %1 only)</source>
        <translation>%1 (diese Version von Segmenta liest nur Rezeptversion %1)</translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation>eine ganze Zahl von mindestens 1</translation>
    </message>
</context>
<context>
    <name>segmenta::RecipeRepository</name>
    <message>
        <source>The project %1 has no recipe %2.</source>
        <translation>Das Projekt %1 hat kein Rezept %2.</translation>
    </message>
    <message>
        <source>Recipe %1 in %2 cannot be read: %3</source>
        <translation>Rezept %1 in %2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>segmenta::RegularFile</name>
    <message>
        <source>&apos;%1&apos; is a folder. Choose a CSV, TSV, TXT, XLSX or ODS file in it.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie darin eine CSV-, TSV-, TXT-, XLSX- oder ODS-Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file but a pipe, device or socket, which could be read forever. Save the data to a CSV, TSV, TXT, XLSX or ODS file and import that file.</source>
        <translation>„%1“ ist keine reguläre Datei, sondern eine Pipe, ein Gerät oder ein Socket, wovon endlos gelesen werden könnte. Speichern Sie die Daten in einer CSV-, TSV-, TXT-, XLSX- oder ODS-Datei und importieren Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>segmenta::ReportExporter</name>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Run an analysis first; the export describes the segments shown.</source>
        <translation>Führen Sie zuerst eine Analyse aus; der Export beschreibt die angezeigten Segmente.</translation>
    </message>
    <message>
        <source>Export Not Started</source>
        <translation>Export nicht gestartet</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it, then export again.</source>
        <translation>Ein anderer Vorgang läuft; warten Sie, bis er abgeschlossen ist, oder brechen Sie ihn ab, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>segmenta::ReportText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Segment %1, %2: %3 customer (%4).</source>
        <translation>Segment %1, %2: %3 Kunde (%4).</translation>
    </message>
    <message>
        <source>Segment %1, %2: %3 customers (%4).</source>
        <translation>Segment %1, %2: %3 Kunden (%4).</translation>
    </message>
    <message>
        <source>Close to the average customer on every feature.</source>
        <translation>Bei jedem Merkmal nahe am durchschnittlichen Kunden.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2 the average</source>
        <translation>%1 (%2 des Durchschnitts)</translation>
    </message>
    <message>
        <source>%1 (%2 standard deviations above the average)</source>
        <translation>%1 (%2 Standardabweichungen über dem Durchschnitt)</translation>
    </message>
    <message>
        <source>%1 (%2 standard deviations below the average)</source>
        <translation>%1 (%2 Standardabweichungen unter dem Durchschnitt)</translation>
    </message>
    <message>
        <source>Stands out for %1.</source>
        <translation>Fällt auf durch %1.</translation>
    </message>
    <message>
        <source>Its mix by %1 is close to that of all customers.</source>
        <translation>Die Zusammensetzung nach %1 ähnelt der aller Kunden.</translation>
    </message>
    <message>
        <source>%1 %2 accounts for %3 of this segment (%4 of all customers).</source>
        <translation>%1 „%2“ macht %3 dieses Segments aus (%4 aller Kunden).</translation>
    </message>
    <message>
        <source>Suggestion: cross-sell — build on the strong %1 business with offers on %2.</source>
        <translation>Vorschlag: Cross-Selling – auf dem starken Geschäft mit %1 aufbauen und Angebote für %2 machen.</translation>
    </message>
    <message>
        <source>Suggestion: retain and grow — protect the %1 business with volume terms or a key-account contact.</source>
        <translation>Vorschlag: halten und ausbauen – das Geschäft mit %1 durch Mengenkonditionen oder eine Key-Account-Betreuung sichern.</translation>
    </message>
    <message>
        <source>Suggestion: activate — test introductory offers on %1 to find out whether these customers buy them elsewhere.</source>
        <translation>Vorschlag: aktivieren – Einführungsangebote für %1 testen, um herauszufinden, ob diese Kunden diese Waren anderswo kaufen.</translation>
    </message>
    <message>
        <source>Suggestion: serve through the standard programme; no feature sets this segment apart.</source>
        <translation>Vorschlag: über das Standardprogramm betreuen; kein Merkmal hebt dieses Segment ab.</translation>
    </message>
    <message>
        <source>drop the row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>fill with the mean</source>
        <translation>mit dem Mittelwert auffüllen</translation>
    </message>
    <message>
        <source>fill with the median</source>
        <translation>mit dem Median auffüllen</translation>
    </message>
    <message>
        <source>fill with a constant</source>
        <translation>mit einer Konstanten auffüllen</translation>
    </message>
    <message>
        <source>fill with the most frequent value</source>
        <translation>mit dem häufigsten Wert auffüllen</translation>
    </message>
    <message>
        <source>fill with %1</source>
        <translation>mit %1 auffüllen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>log(1 + x)</source>
        <translation>log(1 + x)</translation>
    </message>
    <message>
        <source>log(x)</source>
        <translation>log(x)</translation>
    </message>
    <message>
        <source>square root</source>
        <translation>Quadratwurzel</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>clip to the %1–%2 percentiles</source>
        <translation>auf das %1.–%2. Perzentil kappen</translation>
    </message>
    <message>
        <source>clip to the Tukey fences (1.5 × IQR)</source>
        <translation>auf die Tukey-Grenzen (1,5 × IQA) kappen</translation>
    </message>
    <message>
        <source>drop rows outside the Tukey fences</source>
        <translation>Zeilen außerhalb der Tukey-Grenzen entfernen</translation>
    </message>
    <message>
        <source>drop rows outside the Tukey fences in at least %1 features</source>
        <translation>Zeilen entfernen, die in mindestens %1 Merkmalen außerhalb der Tukey-Grenzen liegen</translation>
    </message>
    <message>
        <source>standardise (mean 0, SD 1)</source>
        <translation>standardisieren (Mittelwert 0, Standardabweichung 1)</translation>
    </message>
    <message>
        <source>min–max to [0, 1]</source>
        <translation>Min-Max auf [0, 1]</translation>
    </message>
    <message>
        <source>robust (median 0, IQR 1)</source>
        <translation>robust (Median 0, IQA 1)</translation>
    </message>
    <message>
        <source>one 0/1 column per level, the first left out</source>
        <translation>eine 0/1-Spalte pro Ausprägung, die erste ausgelassen</translation>
    </message>
    <message>
        <source>one 0/1 column per level</source>
        <translation>eine 0/1-Spalte pro Ausprägung</translation>
    </message>
    <message>
        <source>%1; missing values: %2</source>
        <translation>%1; fehlende Werte: %2</translation>
    </message>
    <message>
        <source>No numeric features.</source>
        <translation>Keine numerischen Merkmale.</translation>
    </message>
    <message>
        <source>1 numeric feature: %1.</source>
        <translation>1 numerisches Merkmal: %1.</translation>
    </message>
    <message>
        <source>%1 numeric features: %2.</source>
        <translation>%1 numerische Merkmale: %2.</translation>
    </message>
    <message>
        <source>Each is treated alike: missing values — %1; transform — %2; outliers — %3; scaling — %4.</source>
        <translation>Alle werden gleich behandelt: fehlende Werte – %1; Transformation – %2; Ausreißer – %3; Skalierung – %4.</translation>
    </message>
    <message>
        <source>Their treatment differs by feature, as the table shows.</source>
        <translation>Ihre Behandlung unterscheidet sich je nach Merkmal, wie die Tabelle zeigt.</translation>
    </message>
    <message>
        <source>Categorical columns become 0/1 indicator columns: %1.</source>
        <translation>Kategoriale Spalten werden zu 0/1-Indikatorspalten: %1.</translation>
    </message>
    <message>
        <source>The steps run in this order: missing values, transform, outliers, scaling.</source>
        <translation>Die Schritte laufen in dieser Reihenfolge ab: fehlende Werte, Transformation, Ausreißer, Skalierung.</translation>
    </message>
    <message>
        <source>Recommended number of segments: %1. %2</source>
        <translation>Empfohlene Anzahl an Segmenten: %1. %2</translation>
    </message>
    <message>
        <source>This report describes K = %1, chosen by the analyst.</source>
        <translation>Dieser Bericht beschreibt das manuell gewählte K = %1.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means (fuzzifier m = %1, k-means++ starts, %2 restarts per K, at most %3 iterations); each customer belongs to the segment of its highest membership</source>
        <translation>Fuzzy C-Means (Fuzzifizierer m = %1, k-means++-Starts, %2 Neustarts pro K, höchstens %3 Iterationen); jeder Kunde gehört zu dem Segment mit seiner höchsten Zugehörigkeit</translation>
    </message>
    <message>
        <source>K-Means (k-means++ starts, %1 restarts per K, at most %2 iterations, tolerance %3)</source>
        <translation>K-Means (k-means++-Starts, %1 Neustarts pro K, höchstens %2 Iterationen, Toleranz %3)</translation>
    </message>
    <message>
        <source>Mini-batch K-Means (batches of %1 customers, the best of up to %2 k-means++ starts, then every customer assigned to its nearest centre)</source>
        <translation>Mini-Batch-K-Means (Stapel von %1 Kunden, der beste von bis zu %2 k-means++-Starts, danach wird jeder Kunde seinem nächstgelegenen Zentrum zugeordnet)</translation>
    </message>
</context>
<context>
    <name>segmenta::ResultAtK</name>
    <message>
        <source>Profiles of K = %1</source>
        <translation>Profile für K = %1</translation>
    </message>
    <message>
        <source>Silhouettes of K = %1</source>
        <translation>Silhouetten für K = %1</translation>
    </message>
</context>
<context>
    <name>segmenta::RunComparison</name>
    <message>
        <source>K-Means</source>
        <translation>K-Means</translation>
    </message>
    <message>
        <source>Fuzzy C-Means (m = %1)</source>
        <translation>Fuzzy C-Means (m = %1)</translation>
    </message>
    <message>
        <source>components kept: %1</source>
        <translation>behaltene Komponenten: %1</translation>
    </message>
    <message>
        <source>components for %1 % of the variance</source>
        <translation>Komponenten für %1 % der Varianz</translation>
    </message>
    <message>
        <source>%1, clustered on</source>
        <translation>%1, für die Clusterbildung verwendet</translation>
    </message>
    <message>
        <source>%1, for the map only</source>
        <translation>%1, nur für die Karte</translation>
    </message>
    <message>
        <source>%1 (one-hot)</source>
        <translation>%1 (One-Hot)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Features (transform, missing, outliers)</source>
        <translation>Merkmale (Transformation, fehlend, Ausreißer)</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Hauptkomponenten</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>K range</source>
        <translation>K-Bereich</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Restarts × iterations</source>
        <translation>Neustarts × Iterationen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Recommended K</source>
        <translation>Empfohlenes K</translation>
    </message>
    <message>
        <source>K shown</source>
        <translation>Angezeigtes K</translation>
    </message>
    <message>
        <source>Silhouette at the K shown</source>
        <translation>Silhouette beim angezeigten K</translation>
    </message>
    <message>
        <source>Calinski–Harabasz at the K shown</source>
        <translation>Calinski–Harabasz beim angezeigten K</translation>
    </message>
    <message>
        <source>Davies–Bouldin at the K shown</source>
        <translation>Davies–Bouldin beim angezeigten K</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Kleinstes Segment</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Customers segmented</source>
        <translation>Segmentierte Kunden</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The two runs have no customers in common.</source>
        <translation>Die beiden Läufe haben keine gemeinsamen Kunden.</translation>
    </message>
    <message>
        <source>Agreement of the segments: adjusted Rand index %1 (1: the same segments, about 0: unrelated).</source>
        <translation>Übereinstimmung der Segmente: bereinigter Rand-Index %1 (1: dieselben Segmente, etwa 0: kein Zusammenhang).</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>Mini-Batch-K-Means</translation>
    </message>
</context>
<context>
    <name>segmenta::RunReplay</name>
    <message>
        <source>Run %1 cannot be shown again: recomputing K = %2 gives other segments than the stored ones. The dataset or the engine changed since the run; run the analysis again.</source>
        <translation>Lauf %1 kann nicht erneut angezeigt werden: Die Neuberechnung von K = %2 ergibt andere Segmente als die gespeicherten. Der Datensatz oder das Rechenverfahren hat sich seit dem Lauf geändert; führen Sie die Analyse erneut aus.</translation>
    </message>
    <message>
        <source>K from %1 to %2 for %3 rows</source>
        <translation>K von %1 bis %2 für %3 Zeilen</translation>
    </message>
    <message>
        <source>%1 restarts (n_init)</source>
        <translation>%1 Neustarts (n_init)</translation>
    </message>
    <message>
        <source>%1 iterations (max_iter)</source>
        <translation>%1 Iterationen (max_iter)</translation>
    </message>
    <message>
        <source>the tolerance %1</source>
        <translation>die Toleranz %1</translation>
    </message>
    <message>
        <source>the fuzzifier %1</source>
        <translation>den Fuzzifizierer %1</translation>
    </message>
    <message>
        <source>%1 PCA components for %2 features</source>
        <translation>%1 PCA-Komponenten für %2 Merkmale</translation>
    </message>
    <message>
        <source>the PCA variance share %1</source>
        <translation>den PCA-Varianzanteil %1</translation>
    </message>
    <message>
        <source>Run %1 is damaged: its stored parameters ask for %2, which no analysis makes. Run the analysis again.</source>
        <translation>Lauf %1 ist beschädigt: Seine gespeicherten Parameter verlangen %2, was keine Analyse erzeugt. Führen Sie die Analyse erneut aus.</translation>
    </message>
</context>
<context>
    <name>segmenta::RunRepository</name>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>Das Projekt %1 hat keinen Datensatz %2.</translation>
    </message>
    <message>
        <source>Cannot save the run in %1: it uses row %2, but dataset %3 has %4 rows.</source>
        <translation>Der Lauf kann nicht in %1 gespeichert werden: Er verwendet Zeile %2, der Datensatz %3 hat aber %4 Zeilen.</translation>
    </message>
    <message>
        <source>Cannot save the run in %1: the K = %2 model labels %3 rows, but the run kept %4.</source>
        <translation>Der Lauf kann nicht in %1 gespeichert werden: Das Modell für K = %2 ordnet %3 Zeilen zu, der Lauf hat aber %4 behalten.</translation>
    </message>
    <message>
        <source>The project %1 has no run %2.</source>
        <translation>Das Projekt %1 hat keinen Lauf %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: the K = %2 model of run %3 labels %4 rows but lists %5.</source>
        <translation>Das Projekt %1 ist beschädigt: Das Modell für K = %2 von Lauf %3 ordnet %4 Zeilen zu, führt aber %5 auf.</translation>
    </message>
    <message>
        <source>The project %1 has no segment %2 in the K = %3 model of run %4.</source>
        <translation>Das Projekt %1 hat kein Segment %2 im Modell für K = %3 von Lauf %4.</translation>
    </message>
    <message>
        <source>The project %1 has no K = %2 model in run %3.</source>
        <translation>Das Projekt %1 hat in Lauf %3 kein Modell mit K = %2.</translation>
    </message>
    <message>
        <source>Cannot choose K = %1 for run %2 in %3: the model labels %4 rows of %5 and %6 segment names were given.</source>
        <translation>K = %1 kann für Lauf %2 in %3 nicht gewählt werden: Das Modell ordnet %4 von %5 Zeilen zu, und es wurden %6 Segmentnamen angegeben.</translation>
    </message>
</context>
<context>
    <name>segmenta::Schema</name>
    <message>
        <source>%1 is not a Segmenta project, or it is damaged.</source>
        <translation>%1 ist kein Segmenta-Projekt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Segmenta (project format %2; this version reads up to %3). It was left unchanged; open it with a newer Segmenta.</source>
        <translation>%1 wurde von einer neueren Version von Segmenta gespeichert (Projektformat %2; diese Version liest bis %3). Die Datei wurde nicht verändert; öffnen Sie sie mit einer neueren Version von Segmenta.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Segmenta project; it was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Segmenta-Projekt; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: its table &apos;%2&apos; is missing. Open a backup of the project, or import the data into a new project.</source>
        <translation>Das Projekt %1 ist beschädigt: Seine Tabelle „%2“ fehlt. Öffnen Sie eine Sicherungskopie des Projekts oder importieren Sie die Daten in ein neues Projekt.</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentCard</name>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segment %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Segment %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customers: %1 (%2 %)</source>
        <translation>Kunden: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Name of segment %1</source>
        <translation>Name von Segment %1</translation>
    </message>
    <message>
        <source>Suggested: %1. Clear the name to use the suggestion again.</source>
        <translation>Vorschlag: %1. Leeren Sie den Namen, um wieder den Vorschlag zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Notes, e.g. what to offer these customers</source>
        <translation>Notizen, z. B. was diesen Kunden angeboten werden soll</translation>
    </message>
    <message>
        <source>Notes on segment %1</source>
        <translation>Notizen zu Segment %1</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Close to the average in every feature.</source>
        <translation>Bei jedem Merkmal nahe am Durchschnitt.</translation>
    </message>
    <message>
        <source>spends %1× the average on %2</source>
        <translation>gibt für %2 das %1-Fache des Durchschnitts aus</translation>
    </message>
    <message>
        <source>spends %1 % less than the average on %2</source>
        <translation>gibt für %2 %1 % weniger aus als der Durchschnitt</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentCardsView</name>
    <message>
        <source>Run an analysis (Analysis tab) to name and describe the segments.</source>
        <translation>Führen Sie eine Analyse aus (Registerkarte „Analyse“), um die Segmente zu benennen und zu beschreiben.</translation>
    </message>
    <message>
        <source>Segment %1 saved.</source>
        <translation>Segment %1 gespeichert.</translation>
    </message>
    <message>
        <source>Segment Not Saved</source>
        <translation>Segment nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentMapChart</name>
    <message>
        <source>Segment map</source>
        <translation>Segmentkarte</translation>
    </message>
    <message>
        <source>Segment map (showing %1 of %2 customers)</source>
        <translation>Segmentkarte (%1 von %2 Kunden angezeigt)</translation>
    </message>
    <message>
        <source>PC%1 (%2 %)</source>
        <translation>PC%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentMapView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see the customers on the segment map.</source>
        <translation>Führen Sie eine Analyse aus (Registerkarte „Analyse“), um die Kunden auf der Segmentkarte zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Loadings</source>
        <translation>&amp;Ladungen</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoomen</translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom in; the wheel zooms too</source>
        <translation>Ziehen Sie ein Rechteck auf, um hineinzuzoomen; auch das Mausrad zoomt</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Drag to move the view (the middle button always pans)</source>
        <translation>Ziehen, um die Ansicht zu verschieben (mit der mittleren Maustaste wird immer verschoben)</translation>
    </message>
    <message>
        <source>S&amp;elect</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Drag a rectangle to select customers</source>
        <translation>Ziehen Sie ein Rechteck auf, um Kunden auszuwählen</translation>
    </message>
    <message>
        <source>Show in &amp;Data</source>
        <translation>In &amp;Daten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Horizontal:</source>
        <translation>&amp;Horizontal:</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>V&amp;ertikal:</translation>
    </message>
    <message>
        <source>Component on the horizontal axis</source>
        <translation>Komponente auf der horizontalen Achse</translation>
    </message>
    <message>
        <source>Component on the vertical axis</source>
        <translation>Komponente auf der vertikalen Achse</translation>
    </message>
    <message>
        <source>Draw each feature&apos;s direction on the two components as an arrow</source>
        <translation>Die Richtung jedes Merkmals auf den beiden Komponenten als Pfeil zeichnen</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ansicht zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Show the whole map again (Home)</source>
        <translation>Wieder die ganze Karte anzeigen (Pos1)</translation>
    </message>
    <message>
        <source>Show the selected customers in the Data tab</source>
        <translation>Die ausgewählten Kunden auf der Registerkarte „Daten“ anzeigen</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Segmentkarte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer in row %1&lt;/b&gt;&lt;br&gt;Segment %2: %3</source>
        <translation>&lt;b&gt;Kunde in Zeile %1&lt;/b&gt;&lt;br&gt;Segment %2: %3</translation>
    </message>
    <message>
        <source>Selected customers: %1</source>
        <translation>Ausgewählte Kunden: %1</translation>
    </message>
    <message>
        <source>The principal components, each with the share of the variance it explains</source>
        <translation>Die Hauptkomponenten, jede mit dem Anteil der Varianz, den sie erklärt</translation>
    </message>
    <message>
        <source>PC%1 (%2 %)</source>
        <translation>PC%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>segmenta::SheetChoice</name>
    <message>
        <source>&apos;%1&apos; (hidden): %2</source>
        <translation>&apos;%1&apos; (ausgeblendet): %2</translation>
    </message>
    <message>
        <source>No sheet was named, so &apos;%1&apos; was read: it holds the largest table (%2 rows with two or more values; the other sheets: %3). To import another sheet, choose it by name (--sheet, or Sheet in the import preview).</source>
        <translation>Es wurde kein Tabellenblatt angegeben, daher wurde „%1“ gelesen: Es enthält die größte Tabelle (%2 Zeilen mit zwei oder mehr Werten; die übrigen Tabellenblätter: %3). Um ein anderes Tabellenblatt zu importieren, wählen Sie es über seinen Namen aus (--sheet oder „Tabellenblatt“ in der Importvorschau).</translation>
    </message>
</context>
<context>
    <name>segmenta::SilhouettePlot</name>
    <message>
        <source>Silhouette of each customer</source>
        <translation>Silhouette jedes Kunden</translation>
    </message>
    <message>
        <source>Silhouette value</source>
        <translation>Silhouettenwert</translation>
    </message>
    <message>
        <source>Mean silhouette %1</source>
        <translation>Mittlere Silhouette %1</translation>
    </message>
</context>
<context>
    <name>segmenta::SilhouetteView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see how well each customer fits its segment.</source>
        <translation>Führen Sie eine Analyse aus (Registerkarte „Analyse“), um zu sehen, wie gut jeder Kunde zu seinem Segment passt.</translation>
    </message>
    <message>
        <source>Silhouette plot</source>
        <translation>Silhouettendiagramm</translation>
    </message>
    <message>
        <source>The silhouette plot needs every customer&apos;s distance to every other one, which takes too long for more than %1 customers. The mean silhouette of each K is on the Choosing K tab.</source>
        <translation>Das Silhouettendiagramm benötigt den Abstand jedes Kunden zu jedem anderen; das dauert bei mehr als %1 Kunden zu lange. Die mittlere Silhouette jedes K finden Sie auf der Registerkarte „Wahl von K“.</translation>
    </message>
    <message>
        <source>Mean silhouette %1 (from −1 to 1; higher means customers sit clearly in their segment). %2 % of the customers fit another segment slightly better (negative values).</source>
        <translation>Mittlere Silhouette %1 (von −1 bis 1; höher bedeutet, dass die Kunden klar in ihrem Segment liegen). %2 % der Kunden passen etwas besser zu einem anderen Segment (negative Werte).</translation>
    </message>
</context>
<context>
    <name>segmenta::SqliteImage</name>
    <message>
        <source>Not enough memory to open the project %1.</source>
        <translation>Nicht genügend Arbeitsspeicher, um das Projekt %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot load the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy the project %1 out of SQLite.</source>
        <translation>Das Projekt %1 kann nicht aus SQLite kopiert werden.</translation>
    </message>
    <message>
        <source>The project %1 is not an open SQLite database.</source>
        <translation>Das Projekt %1 ist keine geöffnete SQLite-Datenbank.</translation>
    </message>
</context>
<context>
    <name>segmenta::Statement</name>
    <message>
        <source>The project %1 could not run &apos;%2&apos;: %3</source>
        <translation>Das Projekt %1 konnte &apos;%2&apos; nicht ausführen: %3</translation>
    </message>
    <message>
        <source>The project %1 is read-only, so it cannot be changed. Make the file and its folder writable, or work on a copy.</source>
        <translation>Das Projekt %1 ist schreibgeschützt und kann daher nicht geändert werden. Machen Sie die Datei und ihren Ordner beschreibbar, oder arbeiten Sie mit einer Kopie.</translation>
    </message>
</context>
<context>
    <name>segmenta::StoredRun</name>
    <message>
        <source>Run %1 has no model for K = %2.</source>
        <translation>Lauf %1 hat kein Modell für K = %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::TableBuilder</name>
    <message>
        <source>Columns %1 and %2 are both named &apos;%3&apos;; column %2 is called &apos;%4&apos;.</source>
        <translation>Die Spalten %1 und %2 heißen beide „%3“; Spalte %2 erhält den Namen „%4“.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header; it is called &apos;%2&apos;.</source>
        <translation>Spalte %1 hat keinen Namen in der Kopfzeile; sie erhält den Namen „%2“.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the first line has %3.</source>
        <translation>Zeile %1 hat %2 Felder, die erste Zeile aber %3.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, right of the header&apos;s %3 columns. Give that column a name in the header row (row %4) or delete the value.</source>
        <translation>Zeile %1 hat einen Wert in Spalte %2, rechts der %3 Spalten der Kopfzeile. Geben Sie dieser Spalte in der Kopfzeile (Zeile %4) einen Namen oder löschen Sie den Wert.</translation>
    </message>
    <message>
        <source>There is no data: the source has no values at all.</source>
        <translation>Es gibt keine Daten: Die Quelle enthält überhaupt keine Werte.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has %2 error cells (the first on row %3: %4); they are read as missing values. Fix the formulas in the source to use them.</source>
        <translation>Spalte „%1“ hat %2 Fehlerzellen (die erste in Zeile %3: %4); sie werden als fehlende Werte gelesen. Korrigieren Sie die Formeln in der Quelle, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has %2 error cells (the first on line %3: %4); they are read as missing values. Fix the formulas in the source to use them.</source>
        <translation>Spalte „%1“ hat %2 Fehlerzellen (die erste in Zeile %3: %4); sie werden als fehlende Werte gelesen. Korrigieren Sie die Formeln in der Quelle, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Row %1 is above the header (row %2) and was skipped.</source>
        <translation>Zeile %1 liegt über der Kopfzeile (Zeile %2) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 is above the header (line %2) and was skipped.</source>
        <translation>Zeile %1 liegt über der Kopfzeile (Zeile %2) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Row %1 is empty and was skipped.</source>
        <translation>Zeile %1 ist leer und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 is blank and was skipped.</source>
        <translation>Zeile %1 ist leer und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are empty and were skipped.</source>
        <translation>Die Zeilen %1 bis %2 sind leer und wurden übersprungen.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 are blank and were skipped.</source>
        <translation>Die Zeilen %1 bis %2 sind leer und wurden übersprungen.</translation>
    </message>
    <message>
        <source>%1 more rows have values right of the header.</source>
        <translation>%1 weitere Zeilen haben Werte rechts der Kopfzeile.</translation>
    </message>
    <message>
        <source>%1 more lines have the wrong number of fields.</source>
        <translation>%1 weitere Zeilen haben eine falsche Anzahl von Feldern.</translation>
    </message>
    <message>
        <source>Empty rows were skipped at %1 more places.</source>
        <translation>An %1 weiteren Stellen wurden leere Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Blank lines were skipped at %1 more places.</source>
        <translation>An %1 weiteren Stellen wurden leere Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>The header is on row %1, but no data rows follow it.</source>
        <translation>Die Kopfzeile steht in Zeile %1, aber es folgen keine Datenzeilen.</translation>
    </message>
    <message>
        <source>The header is on line %1, but no data lines follow it.</source>
        <translation>Die Kopfzeile steht in Zeile %1, aber es folgen keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has dates in which no day is above 12, so day and month cannot be told apart; they were read as %2 (day first). If the month comes first, import with --date-format M/D/Y (or date-format=M/D/Y in --invoices; in the import wizard: Dates, Month first).</source>
        <translation>Die Spalte „%1“ enthält Datumswerte, in denen kein Tag über 12 liegt, daher lassen sich Tag und Monat nicht unterscheiden; sie wurden als %2 gelesen (Tag zuerst). Wenn der Monat zuerst steht, importieren Sie mit --date-format M/D/Y (oder date-format=M/D/Y in --invoices; im Importassistenten: „Datumsformat“, „Monat zuerst“).</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns: Segmenta imports tables of at most %3 columns. Delete the columns you do not need, or copy the ones you need to a sheet of their own, and import again.</source>
        <translation>Zeile %1 hat %2 Spalten: Segmenta importiert Tabellen mit höchstens %3 Spalten. Löschen Sie die Spalten, die Sie nicht benötigen, oder kopieren Sie die benötigten in ein eigenes Tabellenblatt, und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields: Segmenta imports tables of at most %3 columns. Save a copy with only the columns you need (for example from a spreadsheet) and import that.</source>
        <translation>Zeile %1 hat %2 Felder: Segmenta importiert Tabellen mit höchstens %3 Spalten. Speichern Sie eine Kopie, die nur die benötigten Spalten enthält (zum Beispiel aus einer Tabellenkalkulation), und importieren Sie diese.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header has %3; it was skipped.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile hat %3; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the first line has %3; it was skipped.</source>
        <translation>Zeile %1 hat %2 Felder, die erste Zeile hat %3; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: &quot;Skip lines with the wrong number of fields&quot;).</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3. Korrigieren Sie die Zeile oder überspringen Sie solche Zeilen mit --skip-bad-lines (im Importassistenten: „Zeilen mit falscher Feldanzahl überspringen“).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the first line has %3. Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: &quot;Skip lines with the wrong number of fields&quot;).</source>
        <translation>Zeile %1 hat %2 Felder, die erste Zeile aber %3. Korrigieren Sie die Zeile oder überspringen Sie solche Zeilen mit --skip-bad-lines (im Importassistenten: „Zeilen mit falscher Feldanzahl überspringen“).</translation>
    </message>
    <message>
        <source>Row %1, chosen as the header, is empty or missing. Choose the row that names the columns (--header-row, or Header in the import wizard).</source>
        <translation>Die als Kopfzeile gewählte Zeile %1 ist leer oder fehlt. Wählen Sie die Zeile, die die Spalten benennt (--header-row oder „Kopfzeile“ im Importassistenten).</translation>
    </message>
    <message>
        <source>Line %1, chosen as the header, is empty or missing. Choose the line that names the columns (--header-row, or Header in the import wizard).</source>
        <translation>Die als Kopfzeile gewählte Zeile %1 ist leer oder fehlt. Wählen Sie die Zeile, die die Spalten benennt (--header-row oder „Kopfzeile“ im Importassistenten).</translation>
    </message>
    <message>
        <source>No header row was found in the first %1 rows: none has at least two cells that are all text and about as many as the data rows. Choose the header row (--header-row N, or Header in the import wizard), or import without a header (--header-row 0, or No header row).</source>
        <translation>In den ersten %1 Zeilen wurde keine Kopfzeile gefunden: Keine hat mindestens zwei Zellen, die alle Text enthalten, und etwa so viele Zellen wie die Datenzeilen. Wählen Sie die Kopfzeile (--header-row N oder „Kopfzeile“ im Importassistenten), oder importieren Sie ohne Kopfzeile (--header-row 0 oder „Keine Kopfzeile“).</translation>
    </message>
    <message>
        <source>No header line was found in the first %1 lines: none has at least two fields that are all text and about as many as the data lines. Choose the header line (--header-row N, or Header in the import wizard), or import without a header (--header-row 0, or No header row).</source>
        <translation>In den ersten %1 Zeilen wurde keine Kopfzeile gefunden: Keine hat mindestens zwei Felder, die alle Text enthalten, und etwa so viele Felder wie die Datenzeilen. Wählen Sie die Kopfzeile (--header-row N oder „Kopfzeile“ im Importassistenten), oder importieren Sie ohne Kopfzeile (--header-row 0 oder „Keine Kopfzeile“).</translation>
    </message>
</context>
<context>
    <name>segmenta::TableReader</name>
    <message>
        <source>&apos;%1&apos; holds text, not a workbook, despite its .%2 name, so it was read as delimited text (CSV).</source>
        <translation>„%1“ enthält trotz der Endung .%2 Text statt einer Arbeitsmappe und wurde daher als Text mit Trennzeichen (CSV) gelesen.</translation>
    </message>
</context>
<context>
    <name>segmenta::TaskProgress</name>
    <message>
        <source>Progress of the running task</source>
        <translation>Fortschritt des laufenden Vorgangs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running task (Esc)</source>
        <translation>Den laufenden Vorgang anhalten (Esc)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>segmenta::TaskRunner</name>
    <message>
        <source>An unexpected error stopped the task (%1). Please try again; if it happens again, report it together with the data that caused it.</source>
        <translation>Ein unerwarteter Fehler hat den Vorgang angehalten (%1). Bitte versuchen Sie es erneut; falls der Fehler wieder auftritt, melden Sie ihn zusammen mit den Daten, die ihn verursacht haben.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the task. Please try again; if it happens again, report it together with the data that caused it.</source>
        <translation>Ein unerwarteter Fehler hat den Vorgang angehalten. Bitte versuchen Sie es erneut; falls der Fehler wieder auftritt, melden Sie ihn zusammen mit den Daten, die ihn verursacht haben.</translation>
    </message>
</context>
<context>
    <name>segmenta::Workspace</name>
    <message>
        <source>The customers of the dataset, with each column&apos;s statistics</source>
        <translation>Die Kunden des Datensatzes mit den Statistiken jeder Spalte</translation>
    </message>
    <message>
        <source>Features, preparation and the range of K to try</source>
        <translation>Merkmale, Aufbereitung und der zu prüfende Bereich von K</translation>
    </message>
    <message>
        <source>Scores of every K and the recommended number of segments</source>
        <translation>Kennzahlen aller K und die empfohlene Anzahl an Segmenten</translation>
    </message>
    <message>
        <source>Customers on the first principal components, coloured by segment</source>
        <translation>Kunden auf den ersten Hauptkomponenten, nach Segment eingefärbt</translation>
    </message>
    <message>
        <source>What each segment looks like, feature by feature</source>
        <translation>Wie jedes Segment aussieht, Merkmal für Merkmal</translation>
    </message>
    <message>
        <source>How well each customer fits its segment</source>
        <translation>Wie gut jeder Kunde zu seinem Segment passt</translation>
    </message>
    <message>
        <source>Name the segments and read what sets each apart</source>
        <translation>Die Segmente benennen und lesen, was jedes auszeichnet</translation>
    </message>
    <message>
        <source>Selected customers: %1; the Data tab lists them.</source>
        <translation>Ausgewählte Kunden: %1; die Registerkarte „Daten“ listet sie auf.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Ana&amp;lyse</translation>
    </message>
    <message>
        <source>Choosing &amp;K</source>
        <translation>Wahl von &amp;K</translation>
    </message>
    <message>
        <source>Segment &amp;Map</source>
        <translation>Se&amp;gmentkarte</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>S&amp;ilhouette</source>
        <translation>S&amp;ilhouette</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the sheet %1 cannot be added</source>
        <translation>das Tabellenblatt %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 rows do not fit in the sheet %2 (at most %3); export CSV instead.</source>
        <translation>%1 Zeilen passen nicht in das Tabellenblatt %2 (höchstens %3); exportieren Sie stattdessen als CSV.</translation>
    </message>
    <message>
        <source>%1 (sheet %2, cell %3)</source>
        <translation>%1 (Tabellenblatt %2, Zelle %3)</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>die Arbeitsmappe kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxReader</name>
    <message numerus="yes">
        <source>%n more rows have values left of the table&apos;s first column.</source>
        <translation>
            <numerusform>%n weitere Zeile hat Werte links der ersten Spalte der Tabelle.</numerusform>
            <numerusform>%n weitere Zeilen haben Werte links der ersten Spalte der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has no data part (%2).</source>
        <translation>Die Arbeitsmappe ist beschädigt: Das Tabellenblatt „%1“ hat keinen Datenteil (%2).</translation>
    </message>
    <message>
        <source>Reading sheet &apos;%1&apos;</source>
        <translation>Tabellenblatt „%1“ wird gelesen</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist; check the path and choose the file again.</source>
        <translation>Die Datei „%1“ existiert nicht; prüfen Sie den Pfad und wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is empty or cannot be read; check that it is not locked by another program.</source>
        <translation>Die Datei „%1“ ist leer oder kann nicht gelesen werden; prüfen Sie, ob sie von einem anderen Programm gesperrt ist.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save again.</source>
        <translation>Die Arbeitsmappe ist mit einem Passwort geschützt; öffnen Sie sie in Excel, entfernen Sie das Passwort (Datei &gt; Informationen &gt; Arbeitsmappe schützen) und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>This is a legacy Excel 97-2003 .xls file; open it in Excel or LibreOffice and save as .xlsx.</source>
        <translation>Dies ist eine alte .xls-Datei von Excel 97-2003; öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als .xlsx.</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb); open it in Excel and save as .xlsx.</source>
        <translation>Dies ist eine binäre Excel-Arbeitsmappe (.xlsb); öffnen Sie sie in Excel und speichern Sie sie als .xlsx.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>ein Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>eine PowerPoint-Präsentation (.pptx)</translation>
    </message>
    <message>
        <source>an OpenDocument file (.ods or .odt); import it as OpenDocument instead</source>
        <translation>eine OpenDocument-Datei (.ods oder .odt); importieren Sie sie stattdessen als OpenDocument</translation>
    </message>
    <message>
        <source>a ZIP archive of other files</source>
        <translation>ein ZIP-Archiv mit anderen Dateien</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (it has no xl/workbook.xml); it looks like %1. Choose an .xlsx or .xlsm file.</source>
        <translation>Diese Datei ist keine Excel-Arbeitsmappe (sie enthält keine xl/workbook.xml); sie scheint %1 zu sein. Wählen Sie eine .xlsx- oder .xlsm-Datei.</translation>
    </message>
    <message>
        <source>The workbook is damaged: part &apos;%1&apos; is not valid XML at line %2 (%3). Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Die Arbeitsmappe ist beschädigt: Der Teil „%1“ ist in Zeile %2 kein gültiges XML (%3). Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie erneut und importieren Sie die gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Die Arbeitsmappe enthält keine Tabellenblätter.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;; choose one of %2.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt namens „%1“; wählen Sie eines von %2.</translation>
    </message>
    <message>
        <source>The workbook is damaged: cell %1 refers to shared text number %2, but the workbook has %3. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Die Arbeitsmappe ist beschädigt: Zelle %1 verweist auf den gemeinsamen Text Nummer %2, die Arbeitsmappe hat aber nur %3. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie erneut und importieren Sie die gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>Cell %1 has a value left of the table&apos;s first column %2. Move it into the table or delete it, then import again.</source>
        <translation>Zelle %1 hat einen Wert links der ersten Tabellenspalte %2. Verschieben Sie ihn in die Tabelle oder löschen Sie ihn und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook but text; import it as a CSV or text file.</source>
        <translation>Diese Datei ist keine Excel-Arbeitsmappe, sondern Text; importieren Sie sie als CSV- oder Textdatei.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook: its first bytes match none of the formats Segmenta reads (XLSX, XLSM, ODS, CSV). Check that you chose the right file.</source>
        <translation>Diese Datei ist keine Excel-Arbeitsmappe: Ihre ersten Bytes passen zu keinem der Formate, die Segmenta liest (XLSX, XLSM, ODS, CSV). Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>The workbook holds more shared text than Segmenta reads (%1 MB in memory). Save the table you need in a workbook of its own, or as CSV, and import that.</source>
        <translation>Die Arbeitsmappe enthält mehr gemeinsamen Text, als Segmenta liest (%1 MB im Speicher). Speichern Sie die benötigte Tabelle in einer eigenen Arbeitsmappe oder als CSV, und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has a row numbered %2, beyond row %3, the last a sheet can have. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Die Arbeitsmappe ist beschädigt: Das Tabellenblatt „%1“ hat eine Zeile mit der Nummer %2, jenseits von Zeile %3, der letzten, die ein Tabellenblatt haben kann. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie erneut und importieren Sie die gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has a cell &apos;%2&apos; beyond column XFD, the last a sheet can have. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Die Arbeitsmappe ist beschädigt: Das Tabellenblatt „%1“ hat eine Zelle „%2“ jenseits von Spalte XFD, der letzten, die ein Tabellenblatt haben kann. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie erneut und importieren Sie die gespeicherte Kopie.</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxWriterLibrary</name>
    <message>
        <source>Cannot load libxlsxwriter, which writes XLSX files: %1. Reinstall Segmenta or the package libxlsxwriter4.</source>
        <translation>libxlsxwriter, das XLSX-Dateien schreibt, kann nicht geladen werden: %1. Installieren Sie Segmenta oder das Paket libxlsxwriter4 neu.</translation>
    </message>
    <message>
        <source>The installed libxlsxwriter lacks the function %1; install version 1.1 or newer.</source>
        <translation>Dem installierten libxlsxwriter fehlt die Funktion %1; installieren Sie Version 1.1 oder neuer.</translation>
    </message>
</context>
<context>
    <name>segmenta::XmlStream</name>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; nests XML elements more than %3 levels deep (line %4). Real files nest about a dozen levels; this one is damaged or made to crash the programs that read it.</source>
        <translation>„%1“ wird abgelehnt: Der Teil „%2“ verschachtelt XML-Elemente mehr als %3 Ebenen tief (Zeile %4). Echte Dateien sind etwa ein Dutzend Ebenen tief verschachtelt; diese ist beschädigt oder darauf angelegt, die Programme, die sie lesen, zum Absturz zu bringen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; declares a DTD (line %3). Workbooks never do, and its entities could expand to gigabytes, so they are not read.</source>
        <translation>„%1“ wird abgelehnt: Der Teil „%2“ deklariert eine DTD (Zeile %3). Arbeitsmappen tun das nie, und ihre Entitäten könnten sich auf Gigabytes ausdehnen, daher werden sie nicht gelesen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; holds more than %3 MB of XML without markup (near byte %4). No cell holds that much; the file is damaged or made to exhaust memory.</source>
        <translation>„%1“ wird abgelehnt: Der Teil „%2“ enthält mehr als %3 MB XML ohne Markup (nahe Byte %4). Keine Zelle enthält so viel; die Datei ist beschädigt oder darauf angelegt, den Speicher zu erschöpfen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; holds a text of more than %3 characters at line %4, more than a cell can hold.</source>
        <translation>„%1“ wird abgelehnt: Der Teil „%2“ enthält in Zeile %4 einen Text mit mehr als %3 Zeichen, mehr als eine Zelle aufnehmen kann.</translation>
    </message>
</context>
<context>
    <name>segmenta::ZScoreHeatmap</name>
    <message>
        <source>How each segment differs from the average (z-scores)</source>
        <translation>Wie sich jedes Segment vom Durchschnitt unterscheidet (z-Werte)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>segmenta::ZipEntry</name>
    <message>
        <source>&apos;%1&apos; is damaged: the compressed data of its part &apos;%2&apos; cannot be unpacked (error %3). Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>„%1“ ist beschädigt: Die komprimierten Daten des Teils „%2“ können nicht entpackt werden (Fehler %3). Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie erneut und importieren Sie die gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its part &apos;%2&apos; ends after %3 of the %4 bytes the archive declares. Get a complete copy of the file.</source>
        <translation>„%1“ ist beschädigt: Der Teil „%2“ endet nach %3 der %4 Bytes, die das Archiv angibt. Beschaffen Sie eine vollständige Kopie der Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the checksum (CRC-32) of its part &apos;%2&apos; does not match its content. Get an undamaged copy of the file, or open it in Excel or LibreOffice and save it again.</source>
        <translation>„%1“ ist beschädigt: Die Prüfsumme (CRC-32) des Teils „%2“ passt nicht zu seinem Inhalt. Beschaffen Sie eine unbeschädigte Kopie der Datei oder öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>segmenta::ZipPackage</name>
    <message>
        <source>&apos;%1&apos; is not an Excel workbook or a spreadsheet but a Git LFS pointer: a small text file that stands in for the real file in a Git repository. Fetch the real file (git lfs pull) and import it.</source>
        <translation>„%1“ ist weder eine Excel-Arbeitsmappe noch ein Tabellendokument, sondern ein Git-LFS-Zeiger: eine kleine Textdatei, die in einem Git-Repository die eigentliche Datei vertritt. Holen Sie die eigentliche Datei (git lfs pull) und importieren Sie sie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or incomplete: it ends before its table of contents (the ZIP directory at the end of the file), so it was probably cut short while being downloaded or copied. Get a complete copy of the file and import it again.</source>
        <translation>„%1“ ist beschädigt oder unvollständig: Die Datei endet vor ihrem Inhaltsverzeichnis (dem ZIP-Verzeichnis am Dateiende) und wurde daher wahrscheinlich beim Herunterladen oder Kopieren abgeschnitten. Beschaffen Sie eine vollständige Kopie der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its table of contents (the ZIP directory) cannot be read (error %2). Get an undamaged copy of the file.</source>
        <translation>„%1“ ist beschädigt: Das Inhaltsverzeichnis (das ZIP-Verzeichnis) kann nicht gelesen werden (Fehler %2). Beschaffen Sie eine unbeschädigte Kopie der Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is protected with a password: its part &apos;%2&apos; is encrypted. Open it, save it without a password and import the saved copy.</source>
        <translation>„%1“ ist mit einem Passwort geschützt: Der Teil „%2“ ist verschlüsselt. Öffnen Sie die Datei, speichern Sie sie ohne Passwort und importieren Sie die gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; would unpack %3 bytes from %4, more than %5 times its compressed size. Real workbooks compress far less; this one may be built to exhaust memory (a &quot;ZIP bomb&quot;).</source>
        <translation>„%1“ wird abgelehnt: Der Teil „%2“ würde aus %4 Bytes %3 Bytes entpacken, mehr als das %5-Fache seiner komprimierten Größe. Echte Arbeitsmappen sind weit weniger stark komprimiert; diese ist möglicherweise darauf angelegt, den Speicher zu erschöpfen (eine „ZIP-Bombe“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to import: its parts unpack to more than %2 MB. Save the table you need in a workbook of its own, or as CSV, and import that.</source>
        <translation>„%1“ ist zu groß für den Import: Die Teile der Datei ergeben entpackt mehr als %2 MB. Speichern Sie die benötigte Tabelle in einer eigenen Arbeitsmappe oder als CSV, und importieren Sie diese.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has no part &apos;%2&apos;.</source>
        <translation>„%1“ ist beschädigt: Die Datei hat keinen Teil „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its part &apos;%2&apos; cannot be opened (error %3).</source>
        <translation>„%1“ ist beschädigt: Der Teil „%2“ kann nicht geöffnet werden (Fehler %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: its part &apos;%2&apos; is compressed with method %3, but Segmenta reads only deflate (8) and uncompressed (0) parts. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>„%1“ kann nicht gelesen werden: Der Teil „%2“ ist mit Methode %3 komprimiert, Segmenta liest aber nur mit deflate (8) komprimierte und unkomprimierte (0) Teile. Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie erneut und importieren Sie die gespeicherte Kopie.</translation>
    </message>
</context>
<context>
    <name>segmenta::cli</name>
    <message>
        <source>warning: %1:%2: %3</source>
        <translation>Warnung: %1:%2: %3</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no dataset named &apos;%2&apos;.</source>
        <translation>Das Projekt „%1“ hat keinen Datensatz namens „%2“.</translation>
    </message>
    <message>
        <source>Stored as run %1 of &apos;%2&apos;.</source>
        <translation>Als Lauf %1 von „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 benötigt eine ganze Zahl von mindestens %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &apos;%2&apos;.</source>
        <translation>--%1 benötigt eine positive Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>--%1 muss einer der Werte %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>--k takes one K such as 4 or a range such as 2..10, not &apos;%1&apos;.</source>
        <translation>--k erwartet ein K wie 4 oder einen Bereich wie 2..10, nicht „%1“.</translation>
    </message>
    <message>
        <source>--k needs K of 2 or more, and a range must not end before it starts (&apos;%1&apos;).</source>
        <translation>--k benötigt K von 2 oder mehr, und ein Bereich darf nicht vor seinem Anfang enden („%1“).</translation>
    </message>
    <message>
        <source>--outliers drop-tukey takes its count as drop-tukey:N, not &apos;%1&apos;.</source>
        <translation>--outliers drop-tukey erwartet die Anzahl als drop-tukey:N, nicht „%1“.</translation>
    </message>
    <message>
        <source>--outliers must be none, clip-tukey or drop-tukey:N, not &apos;%1&apos;.</source>
        <translation>--outliers muss none, clip-tukey oder drop-tukey:N sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Analyse the bundled Wholesale customers sample instead of a file.</source>
        <translation>Das mitgelieferte Beispiel „Großhandelskunden“ (UCI Wholesale customers) statt einer Datei analysieren.</translation>
    </message>
    <message>
        <source>Analyse a dataset of this project and store the run in it.</source>
        <translation>Einen Datensatz dieses Projekts analysieren und den Lauf darin speichern.</translation>
    </message>
    <message>
        <source>With --project: the dataset to analyse.</source>
        <translation>Mit --project: der zu analysierende Datensatz.</translation>
    </message>
    <message>
        <source>Categorical columns, one-hot encoded and added to the features.</source>
        <translation>Kategoriale Spalten, One-Hot-kodiert und den Merkmalen hinzugefügt.</translation>
    </message>
    <message>
        <source>Missing values in numeric features (default: drop the row).</source>
        <translation>Fehlende Werte in numerischen Merkmalen (Standard: Zeile entfernen).</translation>
    </message>
    <message>
        <source>Transform numeric features with log(1 + x).</source>
        <translation>Numerische Merkmale mit log(1 + x) transformieren.</translation>
    </message>
    <message>
        <source>Transform numeric features with the natural log (values must be positive).</source>
        <translation>Numerische Merkmale mit dem natürlichen Logarithmus transformieren (Werte müssen positiv sein).</translation>
    </message>
    <message>
        <source>Clip to the Tukey fences, or drop rows outside them in at least N features (default: none).</source>
        <translation>Auf die Tukey-Grenzen kappen oder Zeilen entfernen, die in mindestens N Merkmalen außerhalb liegen (Standard: none).</translation>
    </message>
    <message>
        <source>Scaling of numeric features (default: standard).</source>
        <translation>Skalierung numerischer Merkmale (Standard: standard).</translation>
    </message>
    <message>
        <source>Keep N principal components (default: 2, for display only).</source>
        <translation>N Hauptkomponenten behalten (Standard: 2, nur zur Darstellung).</translation>
    </message>
    <message>
        <source>Cluster on the preprocessed features or on the PCA scores (default: pca when --pca is given, features otherwise).</source>
        <translation>Clusterbildung anhand der vorverarbeiteten Merkmale oder der PCA-Werte (Standard: pca, wenn --pca angegeben ist, sonst features).</translation>
    </message>
    <message>
        <source>The range of K to score, or one K (default: 2..10).</source>
        <translation>Der zu bewertende Bereich von K oder ein einzelnes K (Standard: 2..10).</translation>
    </message>
    <message>
        <source>k-means++ restarts per K (default: 10).</source>
        <translation>k-means++-Neustarts pro K (Standard: 10).</translation>
    </message>
    <message>
        <source>Iterations per restart (default: 300).</source>
        <translation>Iterationen pro Neustart (Standard: 300).</translation>
    </message>
    <message>
        <source>Convergence tolerance relative to the mean feature variance (default: 1e-4).</source>
        <translation>Konvergenztoleranz relativ zur mittleren Merkmalsvarianz (Standard: 1e-4).</translation>
    </message>
    <message>
        <source>Random seed (default: 0).</source>
        <translation>Zufalls-Startwert (Standard: 0).</translation>
    </message>
    <message>
        <source>Fuzzy C-Means fuzzifier m &gt; 1 (default: 2).</source>
        <translation>Fuzzifizierer m &gt; 1 für Fuzzy C-Means (Standard: 2).</translation>
    </message>
    <message>
        <source>Exact silhouette, a 10,000-row sample, or exact up to 20,000 rows (default: auto).</source>
        <translation>Exakte Silhouette, eine Stichprobe von 10.000 Zeilen oder exakt bis 20.000 Zeilen (Standard: auto).</translation>
    </message>
    <message>
        <source>Also score every combination of log on/off and the three scalers by silhouette.</source>
        <translation>Zusätzlich jede Kombination aus Log an/aus und den drei Skalierungen nach Silhouette bewerten.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; results do not depend on it).</source>
        <translation>Arbeitsthreads (Standard: alle Kerne; die Ergebnisse hängen nicht davon ab).</translation>
    </message>
    <message>
        <source>Write the full result as JSON (&apos;-&apos; for standard output).</source>
        <translation>Das vollständige Ergebnis als JSON schreiben (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write the segment of every row as CSV: row,segment.</source>
        <translation>Das Segment jeder Zeile als CSV schreiben: row,segment.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli analyze &lt;input&gt; | --sample | --project P --dataset NAME [options]</source>
        <translation>Aufruf: segmenta-cli analyze &lt;input&gt; | --sample | --project P --dataset NAME [options]</translation>
    </message>
    <message>
        <source>Segments the rows of a table (CSV, TSV, XLSX, ODS, or a dataset of a project) with K-Means or Fuzzy C-Means for every K in a range, scores each K and recommends one.</source>
        <translation>Segmentiert die Zeilen einer Tabelle (CSV, TSV, XLSX, ODS oder ein Datensatz eines Projekts) mit K-Means oder Fuzzy C-Means für jedes K eines Bereichs, bewertet jedes K und empfiehlt eines.</translation>
    </message>
    <message>
        <source>The file to analyse.</source>
        <translation>Die zu analysierende Datei.</translation>
    </message>
    <message>
        <source>analyze takes one input file, but got %1: %2.</source>
        <translation>analyze erwartet eine Eingabedatei, erhielt aber %1: %2.</translation>
    </message>
    <message>
        <source>--project and --dataset go together: name the project file and the dataset in it.</source>
        <translation>--project und --dataset gehören zusammen: Nennen Sie die Projektdatei und den Datensatz darin.</translation>
    </message>
    <message>
        <source>analyze needs exactly one input: a file name, --sample, or --project with --dataset.</source>
        <translation>analyze benötigt genau eine Eingabe: einen Dateinamen, --sample oder --project mit --dataset.</translation>
    </message>
    <message>
        <source>--missing must be drop, mean or median.</source>
        <translation>--missing muss drop, mean oder median sein.</translation>
    </message>
    <message>
        <source>--log1p and --log exclude each other; choose one.</source>
        <translation>--log1p und --log schließen einander aus; wählen Sie eine der beiden Optionen.</translation>
    </message>
    <message>
        <source>--cluster-on must be features or pca, not &apos;%1&apos;.</source>
        <translation>--cluster-on muss features oder pca sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--seed benötigt eine ganze Zahl von 0 oder mehr, nicht „%1“.</translation>
    </message>
    <message>
        <source>--fuzzifier must be greater than 1.</source>
        <translation>--fuzzifier muss größer als 1 sein.</translation>
    </message>
    <message>
        <source>--silhouette must be exact, sampled or auto, not &apos;%1&apos;.</source>
        <translation>--silhouette muss exact, sampled oder auto sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>segmenta-cli: error: %1</source>
        <translation>segmenta-cli: Fehler: %1</translation>
    </message>
    <message>
        <source>segmenta-cli: internal error: %1</source>
        <translation>segmenta-cli: interner Fehler: %1</translation>
    </message>
    <message>
        <source>The project file (created when it does not exist).</source>
        <translation>Die Projektdatei (wird angelegt, wenn sie nicht existiert).</translation>
    </message>
    <message>
        <source>Name of the new dataset (default: the file&apos;s name).</source>
        <translation>Name des neuen Datensatzes (Standard: der Dateiname).</translation>
    </message>
    <message>
        <source>Text files: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (default: detect).</source>
        <translation>Textdateien: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (Standard: automatisch erkennen).</translation>
    </message>
    <message>
        <source>Text files: , ; tab or | (default: detect).</source>
        <translation>Textdateien: , ; tab oder | (Standard: automatisch erkennen).</translation>
    </message>
    <message>
        <source>Text files: the decimal separator, . or , (default: detect).</source>
        <translation>Textdateien: das Dezimaltrennzeichen, . oder , (Standard: automatisch erkennen).</translation>
    </message>
    <message>
        <source>The row (line) of the header, 0 for none (default: detect).</source>
        <translation>Nummer der Kopfzeile, 0 für keine (Standard: automatisch erkennen).</translation>
    </message>
    <message>
        <source>postgresql:// sources: the table or view to import.</source>
        <translation>postgresql://-Quellen: die zu importierende Tabelle oder Sicht.</translation>
    </message>
    <message>
        <source>postgresql:// sources: a read-only SELECT whose result is imported.</source>
        <translation>postgresql://-Quellen: ein schreibgeschütztes SELECT, dessen Ergebnis importiert wird.</translation>
    </message>
    <message>
        <source>Import a file that is already in the project once more.</source>
        <translation>Eine Datei, die bereits im Projekt ist, noch einmal importieren.</translation>
    </message>
    <message>
        <source>Print the import report as JSON.</source>
        <translation>Den Importbericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--header-row takes a row number, or 0 for a table without a header.</source>
        <translation>--header-row erwartet eine Zeilennummer oder 0 für eine Tabelle ohne Kopfzeile.</translation>
    </message>
    <message>
        <source>The project already has a dataset named &apos;%1&apos;; choose another --name.</source>
        <translation>Das Projekt hat bereits einen Datensatz namens „%1“; wählen Sie mit --name einen anderen.</translation>
    </message>
    <message>
        <source>The file or postgresql:// database to import.</source>
        <translation>Die zu importierende Datei oder postgresql://-Datenbank.</translation>
    </message>
    <message>
        <source>import takes exactly one file or database address.</source>
        <translation>import erwartet genau eine Datei oder Datenbankadresse.</translation>
    </message>
    <message>
        <source> (customers)</source>
        <translation> (Kunden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already imported as the dataset &apos;%2&apos; on %3. Use --again to import it once more.</source>
        <translation>„%1“ wurde bereits am %3 als Datensatz „%2“ importiert. Verwenden Sie --again, um die Datei noch einmal zu importieren.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns: %4</source>
        <translation>%1: %2 Zeilen, %3 Spalten: %4</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli import &lt;file&gt; --project p.segmenta [options]</source>
        <translation>Aufruf: segmenta-cli import &lt;file&gt; --project p.segmenta [options]</translation>
    </message>
    <message>
        <source>Reads a CSV, TSV, TXT, XLSX, XLSM or ODS file and stores it as a dataset of the project, all or nothing, then prints what was done with every row.</source>
        <translation>Liest eine CSV-, TSV-, TXT-, XLSX-, XLSM- oder ODS-Datei, speichert sie als Datensatz des Projekts – ganz oder gar nicht – und gibt dann aus, was mit jeder Zeile geschehen ist.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli datasets --project p.segmenta [--json]</source>
        <translation>Aufruf: segmenta-cli datasets --project p.segmenta [--json]</translation>
    </message>
    <message>
        <source>Lists the datasets of a project with their rows, columns and column kinds.</source>
        <translation>Listet die Datensätze eines Projekts mit ihren Zeilen, Spalten und Spaltenarten auf.</translation>
    </message>
    <message>
        <source>Imported &apos;%1&apos;: %2 of %3 rows read, %4 skipped.</source>
        <translation>„%1“ importiert: %2 von %3 gelesenen Zeilen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>  skipped row %1: %2</source>
        <translation>  Zeile %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>  row %1, column &apos;%2&apos;: %3</source>
        <translation>  Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, personenbezogene Daten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse; schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>A database import needs either --table or --query.</source>
        <translation>Ein Datenbankimport benötigt entweder --table oder --query.</translation>
    </message>
    <message>
        <source>--table and --query are for database imports (postgresql://...).</source>
        <translation>--table und --query sind für Datenbankimporte (postgresql://...).</translation>
    </message>
    <message>
        <source>--invoices takes key=column pairs, e.g. customer=CustomerID; &apos;%1&apos; is not one.</source>
        <translation>--invoices erwartet Paare aus Schlüssel=Spalte, z. B. customer=CustomerID; „%1“ ist keines.</translation>
    </message>
    <message>
        <source>--invoices reference= takes a date such as 2011-12-10, not &apos;%1&apos;.</source>
        <translation>--invoices reference= erwartet ein Datum wie 2011-12-10, nicht „%1“.</translation>
    </message>
    <message>
        <source>--invoices needs customer= and date=, and either amount= or both quantity= and price=.</source>
        <translation>--invoices benötigt customer= und date= sowie entweder amount= oder sowohl quantity= als auch price=.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Run &apos;segmenta-cli %1 --help&apos; for the options.</source>
        <translation>Mit &apos;segmenta-cli %1 --help&apos; werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <source>--%1 takes one character, not &apos;%2&apos;.</source>
        <translation>--%1 erwartet ein einzelnes Zeichen, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs --project with the project file.</source>
        <translation>%1 benötigt --project mit der Projektdatei.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; does not exist.</source>
        <translation>Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The run to report (default: the latest run).</source>
        <translation>Der Lauf, über den berichtet wird (Standard: der neueste Lauf).</translation>
    </message>
    <message>
        <source>--run needs a run number such as 1, not &apos;%1&apos;.</source>
        <translation>--run benötigt eine Laufnummer wie 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no run to report yet; run &apos;segmenta-cli analyze --project&apos; first.</source>
        <translation>Das Projekt „%1“ hat noch keinen Lauf, über den berichtet werden kann; führen Sie zuerst &apos;segmenta-cli analyze --project&apos; aus.</translation>
    </message>
    <message>
        <source>report takes no file name, but got &apos;%1&apos;; name the project with --project.</source>
        <translation>report erwartet keinen Dateinamen, erhielt aber „%1“; nennen Sie das Projekt mit --project.</translation>
    </message>
    <message>
        <source>report needs at least one of --pdf, --xlsx, --csv and --charts.</source>
        <translation>report benötigt mindestens eine der Optionen --pdf, --xlsx, --csv und --charts.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR] [--include-pii]</source>
        <translation>Aufruf: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR] [--include-pii]</translation>
    </message>
    <message>
        <source>Writes the reports of a stored run with the segment names and notes saved in the project. Columns flagged as personal data are left out unless --include-pii is given; every export is recorded in the project&apos;s audit log.</source>
        <translation>Schreibt die Berichte eines gespeicherten Laufs mit den im Projekt gespeicherten Segmentnamen und Notizen. Als personenbezogen gekennzeichnete Spalten werden ausgelassen, sofern nicht --include-pii angegeben ist; jeder Export wird im Prüfprotokoll des Projekts vermerkt.</translation>
    </message>
    <message>
        <source>Write the PDF report.</source>
        <translation>Den PDF-Bericht schreiben.</translation>
    </message>
    <message>
        <source>Write the workbook: Summary, Segments, Assignments, Metrics, Run.</source>
        <translation>Die Arbeitsmappe schreiben (Tabellenblätter Summary, Segments, Assignments, Metrics, Run).</translation>
    </message>
    <message>
        <source>Write assignments.csv, profiles.csv and metrics.csv into DIR.</source>
        <translation>assignments.csv, profiles.csv und metrics.csv in DIR schreiben.</translation>
    </message>
    <message>
        <source>Write every chart into DIR as PNG and SVG (k_selection, segment_map, profiles, zscores, silhouette, crosstab_&lt;column&gt;).</source>
        <translation>Jedes Diagramm als PNG und SVG in DIR schreiben (k_selection, segment_map, profiles, zscores, silhouette, crosstab_&lt;column&gt;).</translation>
    </message>
    <message>
        <source>Resolution of the PNG charts (default: 192).</source>
        <translation>Auflösung der PNG-Diagramme (Standard: 192).</translation>
    </message>
    <message>
        <source>Include the columns flagged as personal data in these exports.</source>
        <translation>Die als personenbezogen gekennzeichneten Spalten in diese Exporte einbeziehen.</translation>
    </message>
    <message>
        <source>Paper of the PDF report (default: a4).</source>
        <translation>Papierformat des PDF-Berichts (Standard: a4).</translation>
    </message>
    <message>
        <source>Title of the report (default: Customer segments).</source>
        <translation>Titel des Berichts (Standard: Kundensegmente).</translation>
    </message>
    <message>
        <source>Author named on the report&apos;s cover.</source>
        <translation>Auf dem Deckblatt des Berichts genannter Autor.</translation>
    </message>
    <message>
        <source>Delimiter of the CSV files: , ; tab or | (default: ,).</source>
        <translation>Trennzeichen der CSV-Dateien: , ; tab oder | (Standard: ,).</translation>
    </message>
    <message>
        <source>Start the CSV files with a UTF-8 byte order mark, for Excel.</source>
        <translation>Die CSV-Dateien für Excel mit einer UTF-8-Bytereihenfolge-Markierung (BOM) beginnen.</translation>
    </message>
    <message>
        <source>--dpi needs a resolution from 48 to 1200, not &apos;%1&apos;.</source>
        <translation>--dpi benötigt eine Auflösung von 48 bis 1200, nicht „%1“.</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &apos;%1&apos;.</source>
        <translation>--page-size muss a4 oder letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>Preprocessing grid (best silhouette over the K range):</source>
        <translation>Vorverarbeitungsraster (beste Silhouette über den K-Bereich):</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>nicht möglich: %1</translation>
    </message>
    <message>
        <source>Segments for K = %1:</source>
        <translation>Segmente für K = %1:</translation>
    </message>
    <message>
        <source>Segment %1 &quot;%2&quot;: %3 rows (%4%)</source>
        <translation>Segment %1 „%2“: %3 Zeilen (%4 %)</translation>
    </message>
    <message>
        <source>Segmenta %1: %2</source>
        <translation>Segmenta %1: %2</translation>
    </message>
    <message>
        <source>%1 rows used (%2 dropped for missing values, %3 as outliers), %4 features: %5</source>
        <translation>%1 Zeilen verwendet (%2 wegen fehlender Werte, %3 als Ausreißer entfernt), %4 Merkmale: %5</translation>
    </message>
    <message>
        <source>Principal components: %1</source>
        <translation>Hauptkomponenten: %1</translation>
    </message>
    <message>
        <source> (clustered on these)</source>
        <translation> (für die Clusterbildung verwendet)</translation>
    </message>
    <message>
        <source>Usage:
  segmenta-cli analyze &lt;input&gt; [options]            segment the rows of a CSV, TSV, XLSX or ODS file
  segmenta-cli analyze --sample [options]           the same on the bundled Wholesale customers sample
  segmenta-cli analyze --project P --dataset NAME   the same on a dataset of a project; stores the run
  segmenta-cli import &lt;file&gt; --project P [options]  store a file as a dataset of a project
  segmenta-cli datasets --project P [--json]        list the datasets of a project
  segmenta-cli report --project P [--pdf F] [--xlsx F] [--csv DIR]   reports of a stored run
  segmenta-cli --version | --help

&apos;segmenta-cli COMMAND --help&apos; lists a command&apos;s options.
Exit codes: 0 success, 1 internal error, 2 bad input or options.
</source>
        <translation>Aufruf:
  segmenta-cli analyze &lt;input&gt; [options]            die Zeilen einer CSV-, TSV-, XLSX- oder ODS-Datei segmentieren
  segmenta-cli analyze --sample [options]           dasselbe mit dem mitgelieferten Beispiel „Großhandelskunden“
  segmenta-cli analyze --project P --dataset NAME   dasselbe mit einem Datensatz eines Projekts; speichert den Lauf
  segmenta-cli import &lt;file&gt; --project P [options]  eine Datei als Datensatz eines Projekts speichern
  segmenta-cli datasets --project P [--json]        die Datensätze eines Projekts auflisten
  segmenta-cli report --project P [--pdf F] [--xlsx F] [--csv DIR]   Berichte eines gespeicherten Laufs
  segmenta-cli --version | --help

&apos;segmenta-cli COMMAND --help&apos; listet die Optionen eines Befehls auf.
Rückgabewerte: 0 Erfolg, 1 interner Fehler, 2 fehlerhafte Eingabe oder Optionen.
</translation>
    </message>
    <message>
        <source>segmenta-cli: no command given.</source>
        <translation>segmenta-cli: kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>segmenta-cli: unknown command &apos;%1&apos;.</source>
        <translation>segmenta-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>  %1 (guessed): %2</source>
        <translation>  %1 (erkannt): %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Columns to cluster on (default: every numeric column that varies; identifiers, codes, dates and empty columns are left out).</source>
        <translation>Spalten für die Clusterbildung (Standard: jede numerische Spalte, deren Werte variieren; Kennungen, Codes, Datumswerte und leere Spalten werden ausgelassen).</translation>
    </message>
    <message>
        <source>Columns never to cluster on.</source>
        <translation>Spalten, die nie für die Clusterbildung verwendet werden.</translation>
    </message>
    <message>
        <source>--%1 says how to read the input file; it does not go with --sample or --project.</source>
        <translation>--%1 legt fest, wie die Eingabedatei gelesen wird, und lässt sich nicht mit --sample oder --project kombinieren.</translation>
    </message>
    <message>
        <source>Spreadsheets: the sheet to read (default: the one holding the largest table).</source>
        <translation>Tabellendokumente: das zu lesende Tabellenblatt (Standard: das mit der größten Tabelle).</translation>
    </message>
    <message>
        <source>Text files: skip lines with a different number of fields than the header, listing each in the report, instead of refusing the file.</source>
        <translation>Textdateien: Zeilen mit einer anderen Anzahl von Feldern als die Kopfzeile überspringen und jede im Bericht aufführen, statt die Datei abzulehnen.</translation>
    </message>
    <message>
        <source>Dates written as text: D/M/Y, M/D/Y or Y-M-D (default: detect from each column).</source>
        <translation>Als Text geschriebene Datumsangaben: D/M/Y, M/D/Y oder Y-M-D (Standard: für jede Spalte automatisch erkennen).</translation>
    </message>
    <message>
        <source>The rows are invoice lines: store one row per customer (recency, frequency, monetary, average basket, tenure, spend per category). Keys: customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.</source>
        <translation>Die Zeilen sind Rechnungspositionen: eine Zeile pro Kunde speichern (Aktualität, Häufigkeit, Nettoumsatz, durchschnittlicher Warenkorb, Kundendauer, Ausgaben pro Kategorie). Schlüssel: customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.</translation>
    </message>
    <message>
        <source>%1 takes D/M/Y, M/D/Y or Y-M-D (separators / - or .), not &apos;%2&apos;.</source>
        <translation>%1 erwartet D/M/Y, M/D/Y oder Y-M-D (Trennzeichen / - oder .), nicht „%2“.</translation>
    </message>
    <message>
        <source>--invoices knows customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix and date-format, not &apos;%1&apos;.</source>
        <translation>--invoices kennt customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix und date-format, nicht „%1“.</translation>
    </message>
    <message>
        <source>Columns left out:</source>
        <translation>Ausgelassene Spalten:</translation>
    </message>
    <message>
        <source>Not named in --features: %1.</source>
        <translation>Nicht in --features genannt: %1.</translation>
    </message>
    <message>
        <source>customer segmentation for wholesale distributors</source>
        <translation>Kundensegmentierung für Großhändler</translation>
    </message>
    <message>
        <source>segmenta-cli imports customer tables into Segmenta projects, segments them with K-Means or Fuzzy C-Means and writes PDF, XLSX and CSV reports, without a display. Messages and reports follow the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>segmenta-cli importiert Kundentabellen in Segmenta-Projekte, segmentiert sie mit K-Means oder Fuzzy C-Means und schreibt PDF-, XLSX- und CSV-Berichte, ohne grafische Oberfläche. Meldungen und Berichte folgen der Sprache der Umgebung (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</translation>
    </message>
    <message>
        <source>K-Means, Fuzzy C-Means, or mini-batch K-Means for millions of rows (default: kmeans).</source>
        <translation>K-Means, Fuzzy C-Means oder Mini-Batch-K-Means für Millionen von Zeilen (Standard: kmeans).</translation>
    </message>
    <message>
        <source>postgresql:// sources: read the password from the first line of FILE (which only you may read); else PGPASSWORD or ~/.pgpass.</source>
        <translation>postgresql://-Quellen: das Passwort aus der ersten Zeile der Datei FILE lesen (die nur Sie lesen dürfen); sonst PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot read the password file &apos;%1&apos;: %2.</source>
        <translation>Die Passwortdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The password file &apos;%1&apos; can be read by other users; make it private with &apos;chmod 600 %1&apos; and try again.</source>
        <translation>Die Passwortdatei „%1“ kann von anderen Benutzern gelesen werden; machen Sie sie mit „chmod 600 %1“ nur für Sie lesbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database address holds a password, which every user of this computer can see in the list of running programs. Remove it from the address and give it with --password-file FILE, in ~/.pgpass, or in PGPASSWORD.</source>
        <translation>Die Datenbankadresse enthält ein Passwort, das jeder Benutzer dieses Computers in der Liste der laufenden Programme sehen kann. Entfernen Sie es aus der Adresse und geben Sie es mit --password-file FILE, in ~/.pgpass oder in PGPASSWORD an.</translation>
    </message>
    <message>
        <source>--password-file is for database imports (postgresql://...).</source>
        <translation>--password-file ist für Datenbankimporte (postgresql://...).</translation>
    </message>
</context>
</TS>
