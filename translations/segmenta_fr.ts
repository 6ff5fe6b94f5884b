<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalysisForm</name>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Tick the columns to segment the customers on. Strongly skewed columns (skewness above 1, typical of spending) get a log transform suggested.</source>
        <translation>Cochez les colonnes sur lesquelles segmenter les clients. Une transformation logarithmique est suggérée pour les colonnes fortement asymétriques (asymétrie supérieure à 1, typique des dépenses).</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <source>Log transform for every strongly skewed column of positive numbers, none for the others</source>
        <translation>Transformation logarithmique pour chaque colonne de nombres positifs fortement asymétrique, aucune pour les autres</translation>
    </message>
    <message>
        <source>S&amp;uggest Transforms</source>
        <translation>Suggérer des &amp;transformations</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation>&amp;Mise à l’échelle&#xa0;:</translation>
    </message>
    <message>
        <source>Puts the features on one scale, so that no feature dominates because of its units</source>
        <translation>Ramène les variables à une même échelle, pour qu’aucune ne domine à cause de ses unités</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Composantes principales</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Number of components</source>
        <translation>Nombre de composantes</translation>
    </message>
    <message>
        <source> components</source>
        <translation> composantes</translation>
    </message>
    <message>
        <source>Keep &amp;enough for</source>
        <translation>Conserver assez &amp;pour</translation>
    </message>
    <message>
        <source>Share of the variance to keep</source>
        <translation>Part de la variance à conserver</translation>
    </message>
    <message>
        <source> % of the variance</source>
        <translation> % de la variance</translation>
    </message>
    <message>
        <source>Cl&amp;uster on:</source>
        <translation>Partitionner s&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fuzzifier m:</source>
        <translation>Coe&amp;fficient de flou m&#xa0;:</translation>
    </message>
    <message>
        <source>How soft the memberships are; 2 is usual, values near 1 approach K-Means</source>
        <translation>Degré de flou des appartenances&#xa0;; 2 est la valeur usuelle, les valeurs proches de 1 se rapprochent de K-Means</translation>
    </message>
    <message>
        <source>&amp;Number of segments:</source>
        <translation>&amp;Nombre de segments&#xa0;:</translation>
    </message>
    <message>
        <source>Smallest number of segments</source>
        <translation>Plus petit nombre de segments</translation>
    </message>
    <message>
        <source>Every K from this to the largest is fitted and scored</source>
        <translation>Chaque K, de celui-ci jusqu’au plus grand, est ajusté et évalué</translation>
    </message>
    <message>
        <source>from </source>
        <translation>de </translation>
    </message>
    <message>
        <source>Largest number of segments</source>
        <translation>Plus grand nombre de segments</translation>
    </message>
    <message>
        <source>to </source>
        <translation>à </translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>&amp;Restarts per K:</source>
        <translation>&amp;Initialisations par K&#xa0;:</translation>
    </message>
    <message>
        <source>Each K is fitted from this many random starts (k-means++); the best fit is kept</source>
        <translation>Chaque K est ajusté à partir de ce nombre d’initialisations aléatoires (k-means++)&#xa0;; le meilleur ajustement est conservé</translation>
    </message>
    <message>
        <source>&amp;Iterations per restart:</source>
        <translation>Ité&amp;rations par initialisation&#xa0;:</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>&amp;Graine aléatoire&#xa0;:</translation>
    </message>
    <message>
        <source>The same data, settings and seed always give the same segments</source>
        <translation>Les mêmes données, les mêmes paramètres et la même graine donnent toujours les mêmes segments</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fit and score every K of the range, then show the recommended one (Ctrl+R)</source>
        <translation>Ajuster et évaluer chaque K de la plage, puis afficher celui qui est recommandé (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>&amp;Lancer l’analyse</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enregistrer da&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pap&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Start the files with a UTF-8 byte order mark, so that Excel reads accents correctly</source>
        <translation>Commencer les fichiers par une marque d’ordre des octets (BOM) UTF-8, pour qu’Excel lise correctement les accents</translation>
    </message>
    <message>
        <source>For &amp;Excel</source>
        <translation>Pour E&amp;xcel</translation>
    </message>
    <message>
        <source>&amp;Include personal data columns</source>
        <translation>Inclure les colonnes de &amp;données personnelles</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>What each column holds and what it is used for. Features are what segments are built from; identifiers and ignored columns are kept but not analysed; personal data stays out of exports unless you include it.</source>
        <translation>Ce que contient chaque colonne et à quoi elle sert. Les segments sont construits à partir des variables&#xa0;; les identifiants et les colonnes ignorées sont conservés mais pas analysés&#xa0;; les données personnelles restent en dehors des exportations, sauf si vous les incluez.</translation>
    </message>
    <message>
        <source>These rows are &amp;invoice lines: import one row per customer (recency, frequency, spend)</source>
        <translation>Ces lignes sont des lignes de &amp;facture&#xa0;: importer une ligne par client (récence, fréquence, dépense)</translation>
    </message>
</context>
<context>
    <name>ImportInvoicePage</name>
    <message>
        <source>Invoice lines → one row per customer</source>
        <translation>Lignes de facture → une ligne par client</translation>
    </message>
    <message>
        <source>Which columns hold what. Each customer gets recency, frequency, net spend, average basket and tenure, and with a category column the spend per category.</source>
        <translation>Quelles colonnes contiennent quoi. Chaque client reçoit la récence, la fréquence, la dépense nette, le panier moyen et l’ancienneté et, avec une colonne de catégorie, la dépense par catégorie.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Line value:</source>
        <translation>Valeur de la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quantity × unit price</source>
        <translation>&amp;Quantité × prix unitaire</translation>
    </message>
    <message>
        <source>A&amp;mount column</source>
        <translation>Colonne de &amp;montant</translation>
    </message>
    <message>
        <source>Q&amp;uantity:</source>
        <translation>Q&amp;uantité&#xa0;:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>&amp;Prix unitaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Mo&amp;ntant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>Numéro de &amp;facture&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>C&amp;atégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Cancelled invoices &amp;start with:</source>
        <translation>Les factures annulées comm&amp;encent par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the data is read</source>
        <translation>Vérifier la lecture des données</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Change a setting if the columns or numbers look wrong.</source>
        <translation>Les premières lignes telles qu’elles seront importées. Modifiez un paramètre si les colonnes ou les nombres semblent incorrects.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>En-&amp;tête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Séparateur de &amp;champs&#xa0;:</translation>
    </message>
    <message>
        <source>Decimal se&amp;parator:</source>
        <translation>Séparateur &amp;décimal&#xa0;:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>D&amp;ates&#xa0;:</translation>
    </message>
    <message>
        <source>How dates written as text order day and month. Automatic decides per column and reads a column that never tells them apart day first.</source>
        <translation>L’ordre du jour et du mois dans les dates écrites sous forme de texte. Automatique décide colonne par colonne et lit avec le jour en premier une colonne où ils ne se distinguent jamais.</translation>
    </message>
    <message>
        <source>Skip lines with the &amp;wrong number of fields</source>
        <translation>Ignorer les lignes qui n’ont pas le bon &amp;nombre de champs</translation>
    </message>
    <message>
        <source>Lines with more or fewer fields than the header are left out and listed in the import report, instead of stopping the import.</source>
        <translation>Les lignes ayant plus ou moins de champs que l’en-tête sont écartées et listées dans le rapport d’importation, au lieu d’interrompre l’importation.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>What was read, what was left out and why, and the guesses the reader made. The same report is kept with the dataset.</source>
        <translation>Ce qui a été lu, ce qui a été écarté et pourquoi, et ce que la lecture a détecté automatiquement. Le même rapport est conservé avec le jeu de données.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The data is read in full and stored in the project as a new dataset, all or nothing.</source>
        <translation>Les données sont lues en entier et enregistrées dans le projet comme nouveau jeu de données, entièrement ou pas du tout.</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>&amp;Nom du jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Choose the data to import</source>
        <translation>Choisir les données à importer</translation>
    </message>
    <message>
        <source>A spreadsheet or text file, or a table or query of a PostgreSQL database.</source>
        <translation>Une feuille de calcul ou un fichier texte, ou une table ou une requête d’une base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;File (CSV, TSV, TXT, XLSX, XLSM or ODS)</source>
        <translation>&amp;Fichier (CSV, TSV, TXT, XLSX, XLSM ou ODS)</translation>
    </message>
    <message>
        <source>Path of the file, or drop a file on the main window</source>
        <translation>Chemin du fichier, ou déposez un fichier sur la fenêtre principale</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL table or query</source>
        <translation>&amp;Table ou requête PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TL&amp;S&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;able&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;List tables</source>
        <translation>&amp;Lister les tables</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Requête&#xa0;:</translation>
    </message>
    <message>
        <source>SELECT … (one read-only statement)</source>
        <translation>SELECT … (une seule instruction en lecture seule)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect the next time Segmenta starts.</source>
        <translation>Prend effet au prochain démarrage de Segmenta.</translation>
    </message>
    <message>
        <source>New analyses</source>
        <translation>Nouvelles analyses</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>&amp;Graine aléatoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restarts per K:</source>
        <translation>&amp;Initialisations par K&#xa0;:</translation>
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
        <translation>Découvrez les types de clients que vous avez, et ce qui distingue chacun d’eux.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Ouvrir l’exem&amp;ple</translation>
    </message>
    <message>
        <source>440 wholesale customers (UCI Wholesale customers), segmented at once</source>
        <translation>440 clients d’un grossiste (UCI Wholesale customers), segmentés immédiatement</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>A CSV, Excel or OpenDocument file, or a PostgreSQL table, into a new project</source>
        <translation>Un fichier CSV, Excel ou OpenDocument, ou une table PostgreSQL, dans un nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>A .segmenta project file with its data, runs and segment names</source>
        <translation>Un fichier de projet .segmenta avec ses données, ses exécutions et ses noms de segments</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer segmentation for wholesale distributors.</source>
        <translation>Segmentation de la clientèle pour les distributeurs grossistes.</translation>
    </message>
    <message>
        <source>Start with the bundled Wholesale customers sample, segmented.</source>
        <translation>Commencer avec l’exemple fourni Wholesale customers, déjà segmenté.</translation>
    </message>
    <message>
        <source>A .segmenta project to open, or a data file to import.</source>
        <translation>Un projet .segmenta à ouvrir, ou un fichier de données à importer.</translation>
    </message>
    <message>
        <source>The sample was not analysed within five minutes.</source>
        <translation>L’exemple n’a pas été analysé en moins de cinq minutes.</translation>
    </message>
    <message>
        <source>The view %1 rendered nothing.</source>
        <translation>La vue %1 n’a produit aucun rendu.</translation>
    </message>
    <message>
        <source>segmenta --smoke failed: %1</source>
        <translation>segmenta --smoke a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the sample, analyse it, render every view offscreen and exit: 0 when all went well, 1 otherwise.</source>
        <translation>Ouvrir l’exemple, l’analyser, effectuer le rendu de chaque vue hors écran et quitter&#xa0;: 0 si tout s’est bien passé, 1 sinon.</translation>
    </message>
    <message>
        <source>The desktop application of Segmenta: import customer tables, segment them, explore the segments in charts, name them and export reports.</source>
        <translation>L’application de bureau de Segmenta&#xa0;: importer des tables de clients, les segmenter, explorer les segments dans des graphiques, les nommer et exporter des rapports.</translation>
    </message>
</context>
<context>
    <name>segmenta::AboutDialog</name>
    <message>
        <source>About Segmenta</source>
        <translation>À propos de Segmenta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for wholesale distributors: PCA and K-Means on your customer table, with the number of segments chosen by elbow, silhouette, Calinski–Harabasz and Davies–Bouldin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Segmentation de la clientèle pour les distributeurs grossistes&#xa0;: ACP et K-Means sur votre table de clients, avec le nombre de segments choisi par la méthode du coude, la silhouette, Calinski–Harabasz et Davies–Bouldin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with:&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Sample data: UCI Wholesale customers, Margarida Cardoso (2014), CC BY 4.0.</source>
        <translation>Construit avec&#xa0;:&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Données d’exemple&#xa0;: UCI Wholesale customers, Margarida Cardoso (2014), CC BY 4.0.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
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
        <translation>Préparation des variables</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Composantes principales</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisForm</name>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Plus fréquente</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>A missing value is filled with the column&apos;s median, mean or most frequent value, or the customer is left out</source>
        <translation>Une valeur manquante est remplacée par la médiane, la moyenne ou la valeur la plus fréquente de la colonne, ou le client est exclu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Racine carrée</translation>
    </message>
    <message>
        <source>A log transform keeps a few very large values from deciding the segments</source>
        <translation>Une transformation logarithmique évite que quelques très grandes valeurs décident des segments</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Clip 1–99 %</source>
        <translation>Écrêter 1–99&#xa0;%</translation>
    </message>
    <message>
        <source>Clip (Tukey)</source>
        <translation>Écrêter (Tukey)</translation>
    </message>
    <message>
        <source>Leave out (Tukey)</source>
        <translation>Exclure (Tukey)</translation>
    </message>
    <message>
        <source>Clip to the 1st and 99th percentiles or to the Tukey fences (1.5 × IQR beyond the quartiles, after the transform), or leave such customers out</source>
        <translation>Écrêter aux 1er et 99e centiles ou aux barrières de Tukey (1,5 × EIQ au-delà des quartiles, après la transformation), ou exclure ces clients</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Asymétrie</translation>
    </message>
    <message>
        <source>If missing</source>
        <translation>Si manquante</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valeurs aberrantes</translation>
    </message>
    <message>
        <source>0 for a symmetric column; above 1 strongly skewed</source>
        <translation>0 pour une colonne symétrique&#xa0;; au-delà de 1, fortement asymétrique</translation>
    </message>
    <message>
        <source>Standardise (z-score)</source>
        <translation>Centrer-réduire (score z)</translation>
    </message>
    <message>
        <source>Min–max to [0, 1]</source>
        <translation>Min–max vers [0, 1]</translation>
    </message>
    <message>
        <source>Robust (median and IQR)</source>
        <translation>Robuste (médiane et EIQ)</translation>
    </message>
    <message>
        <source>Prepared features</source>
        <translation>Variables préparées</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Composantes principales</translation>
    </message>
    <message>
        <source>The components always draw the segment map; clustering on them drops the variance the components leave out</source>
        <translation>Les composantes dessinent toujours la carte des segments&#xa0;; partitionner sur elles écarte la variance que les composantes laissent de côté</translation>
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
        <translation>Variables de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Categorical: one 0/1 feature per level</source>
        <translation>Catégorielle&#xa0;: une variable 0/1 par modalité</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Strongly skewed: a log transform is suggested</source>
        <translation>Fortement asymétrique&#xa0;: une transformation logarithmique est suggérée</translation>
    </message>
    <message>
        <source>Missing values of %1</source>
        <translation>Valeurs manquantes de %1</translation>
    </message>
    <message>
        <source>one-hot</source>
        <translation>encodage one-hot</translation>
    </message>
    <message>
        <source>Transform of %1</source>
        <translation>Transformation de %1</translation>
    </message>
    <message>
        <source>Outliers of %1</source>
        <translation>Valeurs aberrantes de %1</translation>
    </message>
    <message>
        <source>%1 has no missing values</source>
        <translation>%1 n’a aucune valeur manquante</translation>
    </message>
    <message>
        <source>Log transform suggested for the strongly skewed columns.</source>
        <translation>Transformation logarithmique suggérée pour les colonnes fortement asymétriques.</translation>
    </message>
    <message>
        <source>Import data or open the sample first (File menu).</source>
        <translation>Importez d’abord des données ou ouvrez l’exemple (menu Fichier).</translation>
    </message>
    <message>
        <source>Tick at least one feature to segment on.</source>
        <translation>Cochez au moins une variable sur laquelle segmenter.</translation>
    </message>
    <message>
        <source>%1 segments need more than %1 customers, but the dataset has %2; lower the number of segments.</source>
        <translation>%1 segments nécessitent plus de %1 clients, mais le jeu de données n’en compte que %2&#xa0;; réduisez le nombre de segments.</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it.</source>
        <translation>Une autre tâche est en cours&#xa0;; attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>K-Means par mini-lots</translation>
    </message>
    <message>
        <source>K-Means on batches of 1,024 customers: for millions of customers, much faster, with a slightly higher inertia</source>
        <translation>K-Means sur des lots de 1&#xa0;024 clients&#xa0;: pour des millions de clients, beaucoup plus rapide, avec une inertie légèrement plus élevée</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisSession</name>
    <message>
        <source>Analysis of %1</source>
        <translation>Analyse de %1</translation>
    </message>
    <message>
        <source>Reopening run %1</source>
        <translation>Réouverture de l’exécution %1</translation>
    </message>
    <message>
        <source>Showing K = %1</source>
        <translation>Affichage de K = %1</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisSettingsJson</name>
    <message>
        <source>The run settings&apos; &apos;%1&apos; must be a number.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de l’exécution doit être un nombre.</translation>
    </message>
    <message>
        <source>The run settings&apos; &apos;%1&apos; must be text.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de l’exécution doit être du texte.</translation>
    </message>
    <message>
        <source>The run settings&apos; &apos;%1&apos; has the unknown value &apos;%2&apos;.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de l’exécution a la valeur inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The run settings are of version %1, which this version of Segmenta does not know.</source>
        <translation>Les paramètres de l’exécution sont en version %1, que cette version de Segmenta ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>segmenta::BoxPlotChart</name>
    <message>
        <source>%1 by segment</source>
        <translation>%1 par segment</translation>
    </message>
    <message>
        <source>%1, in original units (whiskers: 1.5 × IQR; outliers not drawn)</source>
        <translation>%1, en unités d’origine (moustaches&#xa0;: 1,5 × EIQ&#xa0;; valeurs aberrantes non dessinées)</translation>
    </message>
</context>
<context>
    <name>segmenta::ChartExport</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>segmenta::ChartView</name>
    <message>
        <source>The figure was copied to the clipboard.</source>
        <translation>Le graphique a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not write %1; choose a folder you can write to.</source>
        <translation>Impossible d’écrire %1&#xa0;; choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copier l’image</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Figure as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Figure as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Réinitialiser la vue</translation>
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
        <translation>Sélectionnez une colonne pour voir ses valeurs.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Manquantes&#xa0;:</translation>
    </message>
    <message>
        <source>Distinct:</source>
        <translation>Distinctes&#xa0;:</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>Moyenne&#xa0;:</translation>
    </message>
    <message>
        <source>Standard deviation:</source>
        <translation>Écart-type&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Skewness:</source>
        <translation>Asymétrie&#xa0;:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rows per bin: %1 equal bins from %2 to %3</source>
        <translation>Lignes par classe&#xa0;: %1 classes égales de %2 à %3</translation>
    </message>
</context>
<context>
    <name>segmenta::ColumnText</name>
    <message>
        <source>Numeric</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Catégoriel</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Label (compare segments with it)</source>
        <translation>Étiquette (pour comparer les segments)</translation>
    </message>
</context>
<context>
    <name>segmenta::ComparisonDialog</name>
    <message>
        <source>Compare Runs</source>
        <translation>Comparer les exécutions</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>The two runs differ here</source>
        <translation>Les deux exécutions diffèrent ici</translation>
    </message>
    <message>
        <source>Settings and scores of the two runs</source>
        <translation>Paramètres et scores des deux exécutions</translation>
    </message>
</context>
<context>
    <name>segmenta::CrosstabChart</name>
    <message>
        <source>Segments by %1</source>
        <translation>Segments par %1</translation>
    </message>
    <message>
        <source>Share of the level&apos;s customers (%)</source>
        <translation>Part des clients de la modalité (%)</translation>
    </message>
</context>
<context>
    <name>segmenta::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The character %1 cannot separate CSV fields; choose a comma, semicolon or tab.</source>
        <translation>Le caractère %1 ne peut pas séparer les champs CSV&#xa0;; choisissez une virgule, un point-virgule ou une tabulation.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>segmenta::CsvReader</name>
    <message>
        <source>The quoted field that begins on line %1 is never closed; a closing quote (&quot;) is missing.</source>
        <translation>Le champ entre guillemets qui commence à la ligne %1 n’est jamais fermé&#xa0;; il manque un guillemet fermant (&quot;).</translation>
    </message>
    <message>
        <source>Reading failed on line %1: %2</source>
        <translation>La lecture a échoué à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The input is not open for reading.</source>
        <translation>L’entrée n’est pas ouverte en lecture.</translation>
    </message>
    <message>
        <source>The encoding &apos;%1&apos; is not known. Choose UTF-8, UTF-16LE, UTF-16BE, windows-1252 or ISO-8859-1 (--encoding, or Encoding in the import wizard).</source>
        <translation>L’encodage «&#xa0;%1&#xa0;» est inconnu. Choisissez UTF-8, UTF-16LE, UTF-16BE, windows-1252 ou ISO-8859-1 (--encoding, ou Encodage dans l’assistant d’importation).</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, more than a table can have; reading stopped there. If the file is a table, choose its delimiter (--delimiter, or Delimiter in the import wizard).</source>
        <translation>La ligne %1 a plus de %2 champs, soit plus qu’une table ne peut en avoir&#xa0;; la lecture s’est arrêtée là. Si le fichier est une table, choisissez son séparateur de champs (--delimiter, ou Séparateur de champs dans l’assistant d’importation).</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so this does not read as lines of a table (in %3); reading stopped there. If the file is text, choose its encoding (--encoding, or Encoding in the import wizard); otherwise save the data as CSV.</source>
        <translation>La ligne %1 dépasse %2 caractères&#xa0;: le contenu ne se lit donc pas comme les lignes d’une table (en %3)&#xa0;; la lecture s’est arrêtée là. Si le fichier est du texte, choisissez son encodage (--encoding, ou Encodage dans l’assistant d’importation)&#xa0;; sinon, enregistrez les données au format CSV.</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text. Re-save the file as UTF-8 (&quot;CSV UTF-8&quot;) or choose the file&apos;s encoding (--encoding, or Encoding in the import wizard).</source>
        <translation>La ligne %1 n’est pas du texte %2 valide. Enregistrez de nouveau le fichier en UTF-8 («&#xa0;CSV UTF-8&#xa0;») ou choisissez l’encodage du fichier (--encoding, ou Encodage dans l’assistant d’importation).</translation>
    </message>
</context>
<context>
    <name>segmenta::DataMatrix</name>
    <message>
        <source>The table has %1 value columns but %2 column names.</source>
        <translation>La table a %1 colonnes de valeurs mais %2 noms de colonnes.</translation>
    </message>
    <message>
        <source>Two columns are both named &apos;%1&apos;; column names must be unique.</source>
        <translation>Deux colonnes s’appellent «&#xa0;%1&#xa0;»&#xa0;; les noms de colonnes doivent être uniques.</translation>
    </message>
</context>
<context>
    <name>segmenta::DataPage</name>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>Le projet %1 n’a pas de jeu de données %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: column &apos;%2&apos; has an unknown kind or role.</source>
        <translation>Le projet %1 est endommagé&#xa0;: la colonne «&#xa0;%2&#xa0;» a un type ou un rôle inconnu.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: the table of dataset %2 has %3 columns, not %4.</source>
        <translation>Le projet %1 est endommagé&#xa0;: la table du jeu de données %2 a %3 colonnes, et non %4.</translation>
    </message>
</context>
<context>
    <name>segmenta::DataTable</name>
    <message>
        <source>Cannot save the dataset in %1: it has %2 rows but %3 source lines.</source>
        <translation>Impossible d’enregistrer le jeu de données dans %1&#xa0;: il a %2 lignes mais %3 lignes source.</translation>
    </message>
    <message>
        <source>Cannot save the dataset in %1: column &apos;%2&apos;, row %3 holds the code %4, which is not one of its %5 texts.</source>
        <translation>Impossible d’enregistrer le jeu de données dans %1&#xa0;: la colonne «&#xa0;%2&#xa0;», ligne %3, contient le code %4, qui ne correspond à aucun de ses %5 textes.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: %2 holds &apos;%3&apos; in column &apos;%4&apos;, which is not one of that column&apos;s texts.</source>
        <translation>Le projet %1 est endommagé&#xa0;: %2 contient «&#xa0;%3&#xa0;» dans la colonne «&#xa0;%4&#xa0;», qui ne fait pas partie des textes de cette colonne.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
</context>
<context>
    <name>segmenta::DataView</name>
    <message>
        <source>Text to find, or for a column of numbers a comparison such as &gt; 1000</source>
        <translation>Texte à rechercher ou, pour une colonne de nombres, une comparaison comme &gt; 1000</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Toutes les colonnes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare with.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre auquel comparer.</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Aucun jeu de données</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
</context>
<context>
    <name>segmenta::DatasetRepository</name>
    <message>
        <source>The project %1 already has a dataset named &apos;%2&apos;.</source>
        <translation>Le projet %1 a déjà un jeu de données nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>Le projet %1 n’a pas de jeu de données %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: column &apos;%2&apos; has an unknown kind or role.</source>
        <translation>Le projet %1 est endommagé&#xa0;: la colonne «&#xa0;%2&#xa0;» a un type ou un rôle inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset &apos;%1&apos; in %2 still has %n segmentation runs; remove them first.</source>
        <translation>
            <numerusform>Le jeu de données «&#xa0;%1&#xa0;» dans %2 a encore %n exécution de segmentation&#xa0;; supprimez-la d’abord.</numerusform>
            <numerusform>Le jeu de données «&#xa0;%1&#xa0;» dans %2 a encore %n exécutions de segmentation&#xa0;; supprimez-les d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ExclusionText</name>
    <message>
        <source>%1 names the column &apos;%2&apos;, which the data does not have. Its columns are: %3.</source>
        <translation>%1 désigne la colonne «&#xa0;%2&#xa0;», que les données ne contiennent pas. Les colonnes des données sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; holds text, so it cannot be a numeric feature; name it in --categorical to one-hot encode it.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient du texte, elle ne peut donc pas être une variable numérique&#xa0;; indiquez-la dans --categorical pour l’encoder en one-hot.</translation>
    </message>
    <message>
        <source>No column is left to cluster on. %1 Name columns with --features or --categorical.</source>
        <translation>Il ne reste aucune colonne sur laquelle partitionner. %1 Indiquez des colonnes avec --features ou --categorical.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out by --exclude.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est exclue par --exclude.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out on request.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est exclue à votre demande.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not named in --features.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’est pas indiquée dans --features.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ticked.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’est pas cochée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; identifies customers; it is no measure to compare them by.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» identifie les clients&#xa0;; ce n’est pas une mesure permettant de les comparer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; counts the rows (%2, %3, …); it says nothing about the customers.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» numérote les lignes (%2, %3, …)&#xa0;; elle ne dit rien des clients.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds dates, which are no measures.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient des dates, qui ne sont pas des mesures.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds free text.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient du texte libre.</translation>
    </message>
    <message>
        <source>The import set &apos;%1&apos; to be ignored.</source>
        <translation>L’importation a attribué à la colonne «&#xa0;%1&#xa0;» le rôle Ignorer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds categories; name it in --categorical to one-hot encode it.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient des catégories&#xa0;; indiquez-la dans --categorical pour l’encoder en one-hot.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds categories; tick it to one-hot encode it.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient des catégories&#xa0;; cochez-la pour l’encoder en one-hot.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no values: every cell is empty.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’a aucune valeur&#xa0;: toutes ses cellules sont vides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has values in only %2 of %3 rows; name it in --features with --missing median to use it anyway.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’a de valeurs que dans %2 lignes sur %3&#xa0;; indiquez-la dans --features avec --missing median pour l’utiliser malgré tout.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has values in only %2 of %3 rows; tick it and fill its empty cells with the median to use it anyway.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’a de valeurs que dans %2 lignes sur %3&#xa0;; cochez-la et remplacez ses cellules vides par la médiane pour l’utiliser malgré tout.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the same value (%2) in every row, so it cannot tell customers apart.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» a la même valeur (%2) dans toutes les lignes&#xa0;; elle ne permet donc pas de distinguer les clients.</translation>
    </message>
</context>
<context>
    <name>segmenta::ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (assignments, profiles, metrics)</source>
        <translation>Fichiers CSV (affectations, profils, métriques)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segments de clientèle</translation>
    </message>
    <message>
        <source>No column of this dataset is flagged as personal data.</source>
        <translation>Aucune colonne de ce jeu de données n’est marquée comme données personnelles.</translation>
    </message>
    <message>
        <source>Personal data columns: %1. They are left out unless you include them; every export is recorded in the project&apos;s audit log.</source>
        <translation>Colonnes de données personnelles&#xa0;: %1. Elles sont exclues sauf si vous les incluez&#xa0;; chaque exportation est consignée dans le journal d’audit du projet.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enregistrer da&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the CSV Files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Save PDF Report</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Workbook</source>
        <translation>Enregistrer le classeur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>segmenta::ExportTables</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>missing: %1, transform: %2, outliers: %3, scaling: %4</source>
        <translation>valeurs manquantes&#xa0;: %1, transformation&#xa0;: %2, valeurs aberrantes&#xa0;: %3, mise à l’échelle&#xa0;: %4</translation>
    </message>
    <message>
        <source>one-hot, missing: %1, first level dropped: %2</source>
        <translation>one-hot, valeurs manquantes&#xa0;: %1, première modalité supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>sampled: %1 rows, seed %2</source>
        <translation>échantillon&#xa0;: %1 lignes, graine %2</translation>
    </message>
    <message>
        <source>exact over all %1 rows</source>
        <translation>exacte sur l’ensemble des %1 lignes</translation>
    </message>
    <message>
        <source>Nothing to export: the report has no data or no segmentation run.</source>
        <translation>Rien à exporter&#xa0;: le rapport ne contient aucune donnée ou aucune exécution de segmentation.</translation>
    </message>
    <message>
        <source>The segmentation run is inconsistent: %1 labels for %2 clustered rows.</source>
        <translation>L’exécution de segmentation est incohérente&#xa0;: %1 étiquettes pour %2 lignes partitionnées.</translation>
    </message>
    <message>
        <source>The segmentation run does not belong to this dataset: it refers to row %1 of a table with %2 rows.</source>
        <translation>L’exécution de segmentation n’appartient pas à ce jeu de données&#xa0;: elle fait référence à la ligne %1 d’une table de %2 lignes.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <source>Distance to centroid</source>
        <translation>Distance au centroïde</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1 mean</source>
        <translation>%1 (moyenne)</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 (médiane)</translation>
    </message>
    <message>
        <source>%1 ratio to overall</source>
        <translation>%1 (rapport à l’ensemble)</translation>
    </message>
    <message>
        <source>%1 z-score</source>
        <translation>%1 (score z)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertie</translation>
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
        <translation>Itérations</translation>
    </message>
    <message>
        <source>Smallest segment share</source>
        <translation>Part du plus petit segment</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Recommended (1 = yes)</source>
        <translation>Recommandé (1 = oui)</translation>
    </message>
    <message>
        <source>Chosen (1 = yes)</source>
        <translation>Choisi (1 = oui)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customers in the data</source>
        <translation>Clients dans les données</translation>
    </message>
    <message>
        <source>Customers segmented</source>
        <translation>Clients segmentés</translation>
    </message>
    <message>
        <source>Segments (K)</source>
        <translation>Segments (K)</translation>
    </message>
    <message>
        <source>Recommended K</source>
        <translation>K recommandé</translation>
    </message>
    <message>
        <source>Why this K</source>
        <translation>Pourquoi ce K</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Variables distinctives</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Action recommandée</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Version de l’application</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Source SHA-256</source>
        <translation>SHA-256 de la source</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
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
        <translation>Coefficient de flou (m)</translation>
    </message>
    <message>
        <source>Smallest K</source>
        <translation>Plus petit K</translation>
    </message>
    <message>
        <source>Largest K</source>
        <translation>Plus grand K</translation>
    </message>
    <message>
        <source>Chosen K</source>
        <translation>K choisi</translation>
    </message>
    <message>
        <source>Elbow K</source>
        <translation>K du coude</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Initialisations</translation>
    </message>
    <message>
        <source>Maximum iterations</source>
        <translation>Nombre maximal d’itérations</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Minimum segment share</source>
        <translation>Part minimale d’un segment</translation>
    </message>
    <message>
        <source>Clustered on</source>
        <translation>Partitionné sur</translation>
    </message>
    <message>
        <source>principal components</source>
        <translation>composantes principales</translation>
    </message>
    <message>
        <source>prepared features</source>
        <translation>variables préparées</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Composantes principales</translation>
    </message>
    <message>
        <source>Explained variance of the components</source>
        <translation>Variance expliquée des composantes</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>Recette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows dropped for missing values</source>
        <translation>Lignes supprimées pour valeurs manquantes</translation>
    </message>
    <message>
        <source>Rows dropped as outliers</source>
        <translation>Lignes supprimées comme valeurs aberrantes</translation>
    </message>
    <message>
        <source>Rows clustered</source>
        <translation>Lignes partitionnées</translation>
    </message>
    <message>
        <source>Features clustered</source>
        <translation>Variables partitionnées</translation>
    </message>
    <message>
        <source>Run time (seconds)</source>
        <translation>Durée d’exécution (secondes)</translation>
    </message>
    <message>
        <source>Columns flagged PII</source>
        <translation>Colonnes marquées comme données personnelles</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>PII included</source>
        <translation>Données personnelles incluses</translation>
    </message>
    <message>
        <source>Settings (JSON)</source>
        <translation>Paramètres (JSON)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
</context>
<context>
    <name>segmenta::FittedRecipe</name>
    <message>
        <source>The recipe has no feature columns. Add at least one numeric or categorical column.</source>
        <translation>La recette n’a aucune colonne de variable. Ajoutez au moins une colonne numérique ou catégorielle.</translation>
    </message>
    <message>
        <source>The number of drop-tukey features a row must be an outlier in before it is dropped must be at least 1, not %1.</source>
        <translation>Le nombre de variables drop-tukey dans lesquelles une ligne doit être aberrante pour être supprimée doit être d’au moins 1, et non %1.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has two numeric steps in the recipe. Remove one.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» a deux étapes numériques dans la recette. Supprimez-en une.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: the clipping percentiles must satisfy 0 &lt;= lower &lt;= upper &lt;= 100, but they are %2 and %3.</source>
        <translation>Colonne «&#xa0;%1&#xa0;»&#xa0;: les centiles d’écrêtage doivent vérifier 0 &lt;= inférieur &lt;= supérieur &lt;= 100, mais ils valent %2 et %3.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: the constant for empty cells must be a finite number, not %2.</source>
        <translation>Colonne «&#xa0;%1&#xa0;»&#xa0;: la constante pour les cellules vides doit être un nombre fini, et non %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has two categorical steps in the recipe. Remove one.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» a deux étapes catégorielles dans la recette. Supprimez-en une.</translation>
    </message>
    <message>
        <source>Categorical column &apos;%1&apos; can only drop rows with empty cells or fill them with the most frequent level, not use &apos;%2&apos;.</source>
        <translation>La colonne catégorielle «&#xa0;%1&#xa0;» peut seulement supprimer les lignes aux cellules vides ou remplacer celles-ci par la modalité la plus fréquente, et non utiliser «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The recipe uses the column &apos;%1&apos;, which the data does not have. Check the column name or remove the step.</source>
        <translation>La recette utilise la colonne «&#xa0;%1&#xa0;», que les données ne contiennent pas. Vérifiez le nom de la colonne ou supprimez l’étape.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds text, so it cannot be a numeric feature. Use it as a categorical column or exclude it.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient du texte, elle ne peut donc pas être une variable numérique. Utilisez-la comme colonne catégorielle ou excluez-la.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2 holds an infinite value (%3). Correct the cell or remove the row.</source>
        <translation>La colonne «&#xa0;%1&#xa0;», ligne %2, contient une valeur infinie (%3). Corrigez la cellule ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2 holds the code %3, which is not one of its %4 texts. Reload the data.</source>
        <translation>La colonne «&#xa0;%1&#xa0;», ligne %2, contient le code %3, qui ne correspond à aucun de ses %4 textes. Rechargez les données.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; empty in %2</source>
        <translation>«&#xa0;%1&#xa0;» vide dans %2 lignes</translation>
    </message>
    <message>
        <source>No rows are left to fit the recipe on. Of %1 rows, %2 were dropped for empty cells in columns whose missing-value rule is drop (%3) and %4 as Tukey outliers in at least %5 drop-tukey columns. Fill empty cells instead of dropping rows, or clip outliers instead of dropping them.</source>
        <translation>Il ne reste aucune ligne sur laquelle ajuster la recette. Sur %1 lignes, %2 ont été supprimées pour des cellules vides dans des colonnes dont la règle de valeur manquante est la suppression (%3) et %4 comme valeurs aberrantes de Tukey dans au moins %5 colonnes drop-tukey. Remplacez les cellules vides au lieu de supprimer les lignes, ou écrêtez les valeurs aberrantes au lieu de les supprimer.</translation>
    </message>
    <message>
        <source>%1 (filled in for an empty cell)</source>
        <translation>%1 (valeur de remplacement d’une cellule vide)</translation>
    </message>
    <message>
        <source>above 0</source>
        <translation>supérieures à 0</translation>
    </message>
    <message>
        <source>log1p, which accepts 0,</source>
        <translation>log1p, qui accepte 0,</translation>
    </message>
    <message>
        <source>above -1</source>
        <translation>supérieures à -1</translation>
    </message>
    <message>
        <source>no transform</source>
        <translation>aucune transformation</translation>
    </message>
    <message>
        <source>of 0 or more</source>
        <translation>positives ou nulles</translation>
    </message>
    <message>
        <source>log1p (for values above -1) or none,</source>
        <translation>log1p (pour les valeurs supérieures à -1) ou aucune,</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2: the %3 transform is undefined for the value %4; it needs values %5. Choose %6 or correct the value.</source>
        <translation>Colonne «&#xa0;%1&#xa0;», ligne %2&#xa0;: la transformation %3 n’est pas définie pour la valeur %4&#xa0;; elle exige des valeurs %5. Choisissez %6 ou corrigez la valeur.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values in the %2 rows left after dropping rows with empty cells, so the %3 value for its empty cells cannot be computed. Fill empty cells of the other columns instead of dropping rows, or exclude &apos;%1&apos;.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’a aucune valeur dans les %2 lignes restantes après la suppression des lignes aux cellules vides&#xa0;; la valeur %3 pour ses cellules vides ne peut donc pas être calculée. Remplacez les cellules vides des autres colonnes au lieu de supprimer des lignes, ou excluez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 after the %2 transform</source>
        <translation>%1 après la transformation %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has an interquartile range of 0 (at least half of its %2 rows hold %3), so robust scaling would divide by zero. Choose standard or min-max scaling, choose scaling none, or exclude the column.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» a un écart interquartile de 0 (au moins la moitié de ses %2 lignes contiennent %3)&#xa0;; une mise à l’échelle robuste diviserait donc par zéro. Choisissez une mise à l’échelle standard ou min-max, aucune mise à l’échelle, ou excluez la colonne.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; held text when the recipe was fitted but holds numbers now. Load it as text or fit the recipe again.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contenait du texte lors de l’ajustement de la recette, mais contient maintenant des nombres. Chargez-la comme texte ou ajustez de nouveau la recette.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2: the value %3 does not give a finite number. Correct the cell or remove the row.</source>
        <translation>Colonne «&#xa0;%1&#xa0;», ligne %2&#xa0;: la valeur %3 ne donne pas un nombre fini. Corrigez la cellule ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values: every cell is empty. Leave it out of the features: untick it, or name it in --exclude.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’a aucune valeur&#xa0;: toutes ses cellules sont vides. Retirez-la des variables&#xa0;: décochez-la, ou indiquez-la dans --exclude.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has the same value (%2) in all %3 rows, so it cannot tell customers apart; scaling turns it into 0 for everyone. Leave it out of the features: untick it, or name it in --exclude.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» a la même valeur (%2) dans les %3 lignes&#xa0;; elle ne permet donc pas de distinguer les clients, et la mise à l’échelle la ramène à 0 pour tous. Retirez-la des variables&#xa0;: décochez-la, ou indiquez-la dans --exclude.</translation>
    </message>
</context>
<context>
    <name>segmenta::FuzzyCMeans</name>
    <message>
        <source>There are no columns to cluster; select at least one feature.</source>
        <translation>Il n’y a aucune colonne à partitionner&#xa0;; sélectionnez au moins une variable.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds a missing or infinite value; Fuzzy C-Means needs finite numbers, so impute or drop such rows first.</source>
        <translation>La ligne %1, colonne %2, contient une valeur manquante ou infinie&#xa0;; Fuzzy C-Means nécessite des nombres finis&#xa0;: imputez ou supprimez d’abord ces lignes.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means needs at least 2 clusters, not %1; choose 2 or more.</source>
        <translation>Fuzzy C-Means nécessite au moins 2 clusters, et non %1&#xa0;; choisissez-en 2 ou plus.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means cannot form %1 clusters from %2 rows; choose at most %2 clusters.</source>
        <translation>Fuzzy C-Means ne peut pas former %1 clusters à partir de %2 lignes&#xa0;; choisissez au plus %2 clusters.</translation>
    </message>
    <message>
        <source>The fuzzifier m must be a number greater than 1, not %1; 2 is the usual choice.</source>
        <translation>Le coefficient de flou m doit être un nombre supérieur à 1, et non %1&#xa0;; 2 est le choix usuel.</translation>
    </message>
    <message>
        <source>The iteration limit must be at least 1, not %1.</source>
        <translation>La limite d’itérations doit être d’au moins 1, et non %1.</translation>
    </message>
    <message>
        <source>The convergence tolerance must be zero or positive, not %1.</source>
        <translation>La tolérance de convergence doit être nulle ou positive, et non %1.</translation>
    </message>
    <message>
        <source>The initial centres have %1 columns but the data has %2; give one value per feature.</source>
        <translation>Les centres initiaux ont %1 colonnes mais les données en ont %2&#xa0;; donnez une valeur par variable.</translation>
    </message>
    <message>
        <source>Initial centres %1 and %2 are identical; give distinct centres.</source>
        <translation>Les centres initiaux %1 et %2 sont identiques&#xa0;; donnez des centres distincts.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means iteration %1</source>
        <translation>Fuzzy C-Means, itération %1</translation>
    </message>
    <message>
        <source>Fuzzy C-Means done</source>
        <translation>Fuzzy C-Means terminé</translation>
    </message>
    <message>
        <source>The number of restarts must be at least 1, not %1.</source>
        <translation>Le nombre d’initialisations doit être d’au moins 1, et non %1.</translation>
    </message>
</context>
<context>
    <name>segmenta::GuessText</name>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur de champs</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Thousands separator</source>
        <translation>Séparateur de milliers</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Date system</source>
        <translation>Système de dates</translation>
    </message>
    <message>
        <source>First column</source>
        <translation>Première colonne</translation>
    </message>
    <message>
        <source>Sheet choice</source>
        <translation>Choix de la feuille</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Date format of %1</source>
        <translation>Format de date de %1</translation>
    </message>
</context>
<context>
    <name>segmenta::GuideDialog</name>
    <message>
        <source>Segmenta User Guide</source>
        <translation>Guide de l’utilisateur de Segmenta</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportColumnsPage</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportInvoicePage</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportJob</name>
    <message>
        <source>The column &apos;%1&apos; holds text such as &apos;%2&apos;, so it cannot be %3; choose categorical, identifier or text.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient du texte comme «&#xa0;%2&#xa0;», elle ne peut donc pas être de type %3&#xa0;; choisissez Catégoriel, Identifiant ou Texte.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture terminée</translation>
    </message>
    <message>
        <source> (customers)</source>
        <translation> (clients)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportLimits</name>
    <message>
        <source>Sheet &apos;%1&apos; has a value in cell %2, beyond column %3: Segmenta imports tables of at most %3 columns. Delete the columns you do not need, or copy the ones you need to a sheet of their own and import that sheet.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» a une valeur dans la cellule %2, au-delà de la colonne %3&#xa0;: Segmenta importe des tables de %3 colonnes au plus. Supprimez les colonnes dont vous n’avez pas besoin, ou copiez celles dont vous avez besoin dans une feuille à part et importez cette feuille.</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportPreviewPage</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Point ( . )</source>
        <translation>Point ( . )</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>In row</source>
        <translation>À la ligne</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (masquée)</translation>
    </message>
    <message>
        <source>The first rows of %1 as they will be imported. Change a setting if the columns or numbers look wrong.</source>
        <translation>Les premières lignes de %1 telles qu’elles seront importées. Modifiez un paramètre si les colonnes ou les nombres semblent incorrects.</translation>
    </message>
    <message>
        <source>The first rows of the database&apos;s answer as they will be imported.</source>
        <translation>Les premières lignes de la réponse de la base de données telles qu’elles seront importées.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… et %1 autres problèmes.</translation>
    </message>
    <message>
        <source>This cannot be imported as it is:
%1</source>
        <translation>Ces données ne peuvent pas être importées en l’état&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; the first %2 rows are shown.</source>
        <translation>%1&#xa0;; les %2 premières lignes sont affichées.</translation>
    </message>
    <message>
        <source>%1, rows: %2.</source>
        <translation>%1, lignes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source> (and %1 more notes)</source>
        <translation> (et %1 autres remarques)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Automatic: row %1</source>
        <translation>Automatique&#xa0;: ligne %1</translation>
    </message>
    <message>
        <source>Day first (D/M/Y)</source>
        <translation>Jour en premier (D/M/Y)</translation>
    </message>
    <message>
        <source>Month first (M/D/Y)</source>
        <translation>Mois en premier (M/D/Y)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportReportPage</name>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Ligne %1, %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, données personnelles</translation>
    </message>
    <message>
        <source>Invoice lines read</source>
        <translation>Lignes de facture lues</translation>
    </message>
    <message>
        <source>Lines used</source>
        <translation>Lignes utilisées</translation>
    </message>
    <message>
        <source>Lines without a customer</source>
        <translation>Lignes sans client</translation>
    </message>
    <message>
        <source>Lines with unusable values</source>
        <translation>Lignes aux valeurs inutilisables</translation>
    </message>
    <message>
        <source>Lines of cancelled invoices</source>
        <translation>Lignes de factures annulées</translation>
    </message>
    <message>
        <source>Cancelled invoices</source>
        <translation>Factures annulées</translation>
    </message>
    <message>
        <source>Returned lines</source>
        <translation>Lignes de retour</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; was added to the project: %2 of %3 rows read were imported, %4 skipped.</source>
        <translation>Le jeu de données «&#xa0;%1&#xa0;» a été ajouté au projet&#xa0;: %2 des %3 lignes lues ont été importées, %4 ignorées.</translation>
    </message>
    <message>
        <source>They became %1 customers.</source>
        <translation>Elles ont donné %1 clients.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Values that could not be used</source>
        <translation>Valeurs inutilisables</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <source>Guesses</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportRunPage</name>
    <message>
        <source>&amp;Report &gt;</source>
        <translation>&amp;Rapport &gt;</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <translation>%1 — %2&#xa0;%</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added to the project.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été ajouté au projet.</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2, %3</source>
        <translation>Base de données PostgreSQL %1 sur %2, %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>une requête</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>, feuille %1</translation>
    </message>
    <message>
        <source>; invoice lines become one row per customer</source>
        <translation>, les lignes de facture étant regroupées en une ligne par client</translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Donnez un nom au jeu de données.</translation>
    </message>
    <message>
        <source>The project already has a dataset named &apos;%1&apos;; choose another name.</source>
        <translation>Le projet a déjà un jeu de données nommé «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it, then import.</source>
        <translation>Une autre tâche est en cours&#xa0;; attendez qu’elle se termine ou annulez-la, puis importez.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Lignes lues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>This data was already imported as the dataset &apos;%1&apos; on %2.

Import it again as &apos;%3&apos;?</source>
        <translation>Ces données ont déjà été importées comme jeu de données «&#xa0;%1&#xa0;» le %2.

Les importer de nouveau sous le nom «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Importer à &amp;nouveau</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportSource</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (et %1 autres problèmes)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>A database import needs either a table or a query.</source>
        <translation>Une importation depuis une base de données nécessite une table ou une requête.</translation>
    </message>
    <message>
        <source>query: %1</source>
        <translation>requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>table: %1</source>
        <translation>table&#xa0;: %1</translation>
    </message>
    <message>
        <source> query</source>
        <translation> (requête)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportSourcePage</name>
    <message>
        <source>There is no file at &apos;%1&apos;.</source>
        <translation>Il n’y a aucun fichier à l’emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: check its permissions.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
</context>
<context>
    <name>segmenta::InvoiceFeatures</name>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Choisissez la colonne qui contient %1.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; (mapped as the %2).</source>
        <translation>Il n’y a pas de colonne «&#xa0;%1&#xa0;» (choisie pour %2).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (the %2) holds dates, not numbers.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» (%2) contient des dates, pas des nombres.</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>la date de facture</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has %2 categories: the %3 with the largest net spend have their own column, the other %4 are summed into &quot;Spend: other&quot;.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» a %2 catégories&#xa0;: les %3 ayant la plus forte dépense nette ont leur propre colonne, les %4 autres sont additionnées dans «&#xa0;Spend: other&#xa0;».</translation>
    </message>
    <message>
        <source>At least one category column must be allowed.</source>
        <translation>Au moins une colonne de catégorie doit être autorisée.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>l’identifiant client</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>la quantité</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>le prix unitaire</translation>
    </message>
    <message>
        <source>invoice ID</source>
        <translation>le numéro de facture</translation>
    </message>
    <message>
        <source>category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquante)</translation>
    </message>
    <message>
        <source>Aggregating invoice lines</source>
        <translation>Agrégation des lignes de facture</translation>
    </message>
    <message>
        <source>The invoice date is missing.</source>
        <translation>La date de facture est manquante.</translation>
    </message>
    <message>
        <source>The %1 is missing or not a number.</source>
        <translation>Valeur manquante ou non numérique pour %1.</translation>
    </message>
    <message>
        <source>The invoice ID is missing.</source>
        <translation>Le numéro de facture est manquant.</translation>
    </message>
    <message>
        <source>No invoice line has both a customer ID and usable values (%1 of %2 lines have no customer ID, %3 have missing or invalid values).</source>
        <translation>Aucune ligne de facture n’a à la fois un identifiant client et des valeurs utilisables (%1 lignes sur %2 n’ont pas d’identifiant client, %3 ont des valeurs manquantes ou non valides).</translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation>(non valide)</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (the invoice date) holds text, not dates. Dates are recognised as Y-M-D, D/M/Y or M/D/Y, optionally with a time; choose the order with --date-format (or date-format= in --invoices; Dates in the import wizard), or map another column.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» (la date de facture) contient du texte, pas des dates. Les dates sont reconnues aux formats Y-M-D, D/M/Y ou M/D/Y, éventuellement suivies d’une heure&#xa0;; choisissez l’ordre avec --date-format (ou date-format= dans --invoices&#xa0;; Dates dans l’assistant d’importation), ou choisissez une autre colonne.</translation>
    </message>
    <message>
        <source>Map either the quantity and unit price columns, or the amount column (quantity= and price=, or amount= in --invoices).</source>
        <translation>Choisissez soit les colonnes de quantité et de prix unitaire, soit la colonne de montant (quantity= et price=, ou amount= dans --invoices).</translation>
    </message>
    <message>
        <source>The reference day %1 is before the last invoice day %2. Give a later day in reference= of --invoices, or leave it out.</source>
        <translation>Le jour de référence %1 précède le dernier jour de facturation %2. Indiquez un jour plus tardif dans reference= de --invoices, ou omettez-le.</translation>
    </message>
    <message>
        <source>Returns (%1 lines) and cancellations (%2 lines) reduce each customer&apos;s Monetary and Spend values, but never below 0; %3 customers returned more than they bought in these lines and have a Monetary of 0.</source>
        <translation>Les retours (%1 lignes) et les annulations (%2 lignes) réduisent les valeurs Monetary et Spend de chaque client, mais jamais en dessous de 0&#xa0;; %3 clients ont retourné plus qu’ils n’ont acheté dans ces lignes et ont une valeur Monetary de 0.</translation>
    </message>
</context>
<context>
    <name>segmenta::KMeans</name>
    <message>
        <source>K-Means input</source>
        <translation>Données d’entrée de K-Means</translation>
    </message>
    <message>
        <source>Initial K-Means centres</source>
        <translation>Centres initiaux de K-Means</translation>
    </message>
    <message>
        <source>K-Means needs at least one segment, but K = %1 was asked for. Choose K of 1 or more.</source>
        <translation>K-Means nécessite au moins un segment, mais K = %1 a été demandé. Choisissez un K de 1 ou plus.</translation>
    </message>
    <message>
        <source>K = %1 segments were asked for, but the data has only %2 rows. Choose K of at most %2.</source>
        <translation>K = %1 segments ont été demandés, mais les données n’ont que %2 lignes. Choisissez un K d’au plus %2.</translation>
    </message>
    <message>
        <source>%1: the value in row %2, column %3 is missing or not a finite number (%4). Impute or drop missing values before running K-Means.</source>
        <translation>%1&#xa0;: la valeur de la ligne %2, colonne %3, est manquante ou n’est pas un nombre fini (%4). Imputez ou supprimez les valeurs manquantes avant de lancer K-Means.</translation>
    </message>
    <message>
        <source>K-Means needs at least one restart and one iteration, but %1 restarts and %2 iterations were asked for. Use positive values.</source>
        <translation>K-Means nécessite au moins une initialisation et une itération, mais %1 initialisations et %2 itérations ont été demandées. Utilisez des valeurs positives.</translation>
    </message>
    <message>
        <source>The K-Means tolerance must be 0 or positive, not %1.</source>
        <translation>La tolérance de K-Means doit être nulle ou positive, et non %1.</translation>
    </message>
    <message>
        <source>K = %1 segments were asked for, but the data has only %2 distinct rows. Choose a smaller K (at most %2).</source>
        <translation>K = %1 segments ont été demandés, mais les données n’ont que %2 lignes distinctes. Choisissez un K plus petit (au plus %2).</translation>
    </message>
    <message>
        <source>The initial K-Means centres have %1 columns but the data has %2. Give one coordinate per data column.</source>
        <translation>Les centres initiaux de K-Means ont %1 colonnes mais les données en ont %2. Donnez une coordonnée par colonne de données.</translation>
    </message>
    <message>
        <source>K = %1, restart %2 of %3</source>
        <translation>K = %1, initialisation %2 sur %3</translation>
    </message>
    <message>
        <source>K = %1, done</source>
        <translation>K = %1, terminé</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelection</name>
    <message>
        <source>No model was fitted for K = %1; choose a K between %2 and %3.</source>
        <translation>Aucun modèle n’a été ajusté pour K = %1&#xa0;; choisissez un K entre %2 et %3.</translation>
    </message>
    <message>
        <source>No K could be scored, so none is recommended.</source>
        <translation>Aucun K n’a pu être évalué&#xa0;; aucun n’est donc recommandé.</translation>
    </message>
    <message>
        <source>K = %1 is the only K that was asked for.</source>
        <translation>K = %1 est le seul K demandé.</translation>
    </message>
    <message>
        <source>K = %1 is the elbow of the inertia curve and its silhouette (%2) is within 0.02 of the best (%3 at K = %4), with every segment holding at least %5% of the rows.</source>
        <translation>K = %1 est le coude de la courbe d’inertie et sa silhouette (%2) est à moins de 0,02 de la meilleure (%3 pour K = %4), chaque segment regroupant au moins %5&#xa0;% des lignes.</translation>
    </message>
    <message>
        <source>; the inertia elbow is at K = %1</source>
        <translation>; le coude de l’inertie est à K = %1</translation>
    </message>
    <message>
        <source>; the inertia curve shows no clear elbow</source>
        <translation>; la courbe d’inertie ne présente pas de coude net</translation>
    </message>
    <message>
        <source>K = %1 has the highest silhouette (%2); every K leaves a segment with less than %3% of the rows%4.</source>
        <translation>K = %1 a la silhouette la plus élevée (%2)&#xa0;; chaque K laisse un segment de moins de %3&#xa0;% des lignes&#xa0;%4.</translation>
    </message>
    <message>
        <source>K = %1 has the highest silhouette (%2) among the K whose smallest segment holds at least %3% of the rows%4.</source>
        <translation>K = %1 a la silhouette la plus élevée (%2) parmi les K dont le plus petit segment regroupe au moins %3&#xa0;% des lignes&#xa0;%4.</translation>
    </message>
    <message>
        <source>The range of K must start at 2 or more and not end before it starts (got %1 to %2).</source>
        <translation>La plage de K doit commencer à 2 ou plus et ne pas se terminer avant son début (reçu&#xa0;: %1 à %2).</translation>
    </message>
    <message>
        <source>K = %1 needs more than %1 rows, but the data has %2 rows; choose a smaller K.</source>
        <translation>K = %1 nécessite plus de %1 lignes, mais les données en ont %2&#xa0;; choisissez un K plus petit.</translation>
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
        <translation>Choix du nombre de segments</translation>
    </message>
    <message>
        <source>Number of segments K</source>
        <translation>Nombre de segments K</translation>
    </message>
    <message>
        <source>Score, scaled to [0, 1] over K</source>
        <translation>Score, ramené à [0, 1] sur l’ensemble des K</translation>
    </message>
    <message>
        <source>Inertia (look for the elbow)</source>
        <translation>Inertie (chercher le coude)</translation>
    </message>
    <message>
        <source>Silhouette (higher is better)</source>
        <translation>Silhouette (à maximiser)</translation>
    </message>
    <message>
        <source>Calinski–Harabasz (higher is better)</source>
        <translation>Calinski–Harabasz (à maximiser)</translation>
    </message>
    <message>
        <source>Davies–Bouldin (lower is better)</source>
        <translation>Davies–Bouldin (à minimiser)</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelectionView</name>
    <message>
        <source>Run an analysis (Analysis tab) to compare the numbers of segments.</source>
        <translation>Lancez une analyse (onglet Analyse) pour comparer les nombres de segments.</translation>
    </message>
    <message>
        <source>Number of &amp;segments shown:</source>
        <translation>Nombre de &amp;segments affichés&#xa0;:</translation>
    </message>
    <message>
        <source>Number of segments shown</source>
        <translation>Nombre de segments affichés</translation>
    </message>
    <message>
        <source>Every view shows the segments of this K. Clicking a curve or a row of the table also chooses K.</source>
        <translation>Toutes les vues affichent les segments de ce K. Cliquer sur une courbe ou sur une ligne du tableau choisit aussi K.</translation>
    </message>
    <message>
        <source>Scores against the number of segments</source>
        <translation>Scores selon le nombre de segments</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertie</translation>
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
        <translation>Plus petit segment</translation>
    </message>
    <message>
        <source>Within-segment sum of squares: look for the elbow</source>
        <translation>Somme des carrés intra-segment&#xa0;: chercher le coude</translation>
    </message>
    <message>
        <source>−1 to 1, higher is better</source>
        <translation>De −1 à 1, à maximiser</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>À maximiser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>À minimiser</translation>
    </message>
    <message>
        <source>Scores of every K</source>
        <translation>Scores de chaque K</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, then choose K again.</source>
        <translation>Attendez la fin de la tâche en cours, puis choisissez de nouveau K.</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: K = %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Recommandé&#xa0;: K = %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>segmenta::MainWindow</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Analysis started; the window stays usable while it runs.</source>
        <translation>Analyse lancée&#xa0;; la fenêtre reste utilisable pendant son exécution.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exporté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 Did Not Finish</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cancelled; the project is unchanged.</source>
        <translation>Tâche annulée (%1)&#xa0;; le projet n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Run %1 shows %2 segments of %3 customers. %4</source>
        <translation>L’exécution %1 affiche %2 segments regroupant %3 clients. %4</translation>
    </message>
    <message>
        <source>K = %1 was chosen by you.</source>
        <translation>Vous avez choisi K = %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Start an empty untitled project</source>
        <translation>Commencer un projet vide sans titre</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a .segmenta project file</source>
        <translation>Ouvrir un fichier de projet .segmenta</translation>
    </message>
    <message>
        <source>Segment the bundled Wholesale customers sample</source>
        <translation>Segmenter l’exemple fourni Wholesale customers</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Import a CSV, Excel or OpenDocument file or a PostgreSQL table</source>
        <translation>Importer un fichier CSV, Excel ou OpenDocument ou une table PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the untitled project to a file</source>
        <translation>Enregistrer le projet sans titre dans un fichier</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Enregistrer le projet sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Write a PDF report of the segments shown</source>
        <translation>Écrire un rapport PDF des segments affichés</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>Classeur &amp;Excel…</translation>
    </message>
    <message>
        <source>Write the segments to an Excel workbook</source>
        <translation>Écrire les segments dans un classeur Excel</translation>
    </message>
    <message>
        <source>&amp;CSV Files…</source>
        <translation>Fichiers &amp;CSV…</translation>
    </message>
    <message>
        <source>Write assignments, profiles and metrics as CSV</source>
        <translation>Écrire les affectations, les profils et les métriques au format CSV</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Segmenta</source>
        <translation>Quitter Segmenta</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Copy the figure shown to the clipboard</source>
        <translation>Copier le graphique affiché dans le presse-papiers</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language and the defaults of new analyses</source>
        <translation>Langue et valeurs par défaut des nouvelles analyses</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>&amp;Lancer l’analyse</translation>
    </message>
    <message>
        <source>Fit and score every K with the settings of the Analysis tab</source>
        <translation>Ajuster et évaluer chaque K avec les paramètres de l’onglet Analyse</translation>
    </message>
    <message>
        <source>&amp;Cancel Task</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>Stop the running task</source>
        <translation>Arrêter la tâche en cours</translation>
    </message>
    <message>
        <source>&amp;Fewer Segments</source>
        <translation>&amp;Moins de segments</translation>
    </message>
    <message>
        <source>Show the segments of K − 1</source>
        <translation>Afficher les segments de K − 1</translation>
    </message>
    <message>
        <source>&amp;More Segments</source>
        <translation>&amp;Plus de segments</translation>
    </message>
    <message>
        <source>Show the segments of K + 1</source>
        <translation>Afficher les segments de K + 1</translation>
    </message>
    <message>
        <source>Compare the two runs selected in the Project panel</source>
        <translation>Comparer les deux exécutions sélectionnées dans le panneau Projet</translation>
    </message>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>&amp;Supprimer l’exécution…</translation>
    </message>
    <message>
        <source>Remove the run selected in the Project panel</source>
        <translation>Supprimer l’exécution sélectionnée dans le panneau Projet</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>How to use Segmenta</source>
        <translation>Comment utiliser Segmenta</translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation>À &amp;propos de Segmenta</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>Version et bibliothèques</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>P&amp;lein écran</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Utiliser tout l’écran</translation>
    </message>
    <message>
        <source>No K = %1 in this run, or another task is running.</source>
        <translation>Pas de K = %1 dans cette exécution, ou une autre tâche est en cours.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
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
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Run an analysis first: the export describes the segments shown.</source>
        <translation>Lancez d’abord une analyse&#xa0;: l’exportation décrit les segments affichés.</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>Segments de %1</translation>
    </message>
    <message>
        <source>Cannot Compare the Runs</source>
        <translation>Impossible de comparer les exécutions</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple</source>
        <translation>Ouvrir l’exem&amp;ple</translation>
    </message>
    <message>
        <source>Comp&amp;are Runs…</source>
        <translation>&amp;Comparer les exécutions…</translation>
    </message>
    <message>
        <source>Pro&amp;ject Panel</source>
        <translation>Panneau &amp;Projet</translation>
    </message>
</context>
<context>
    <name>segmenta::Metrics</name>
    <message>
        <source>The number of clusters must be positive, not %1.</source>
        <translation>Le nombre de clusters doit être positif, et non %1.</translation>
    </message>
    <message>
        <source>There are %1 cluster labels for %2 rows; every row needs exactly one label.</source>
        <translation>Il y a %1 étiquettes de cluster pour %2 lignes&#xa0;; chaque ligne doit avoir exactement une étiquette.</translation>
    </message>
    <message>
        <source>Row %1 has cluster label %2, but labels must lie between 0 and %3 for %4 clusters. Re-run the clustering or correct the labels.</source>
        <translation>La ligne %1 a l’étiquette de cluster %2, mais les étiquettes doivent être comprises entre 0 et %3 pour %4 clusters. Relancez le partitionnement ou corrigez les étiquettes.</translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is missing or not a finite number. Impute or drop missing values before computing cluster quality.</source>
        <translation>La valeur de la ligne %1, colonne %2, est manquante ou n’est pas un nombre fini. Imputez ou supprimez les valeurs manquantes avant de calculer la qualité du partitionnement.</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>The centroids have %1 columns but the data has %2; use the centroids of a clustering of these columns.</source>
        <translation>Les centroïdes ont %1 colonnes mais les données en ont %2&#xa0;; utilisez les centroïdes d’un partitionnement de ces colonnes.</translation>
    </message>
    <message>
        <source>The silhouette sample size must be at least 2, not %1.</source>
        <translation>La taille de l’échantillon pour la silhouette doit être d’au moins 2, et non %1.</translation>
    </message>
    <message numerus="yes">
        <source>The labels form %n clusters over %1 rows, but cluster quality needs between 2 and %2 clusters (at most one less than the rows). Choose a different number of clusters.</source>
        <translation>
            <numerusform>Les étiquettes forment %n cluster sur %1 lignes, mais la qualité des clusters nécessite entre 2 et %2 clusters (au plus le nombre de lignes moins un). Choisissez un autre nombre de clusters.</numerusform>
            <numerusform>Les étiquettes forment %n clusters sur %1 lignes, mais la qualité des clusters nécessite entre 2 et %2 clusters (au plus le nombre de lignes moins un). Choisissez un autre nombre de clusters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::MiniBatchKMeans</name>
    <message>
        <source>Mini-batch K-Means needs a batch of at least one row, at least one step without improvement and at least one initialisation, but got %1, %2 and %3.</source>
        <translation>K-Means par mini-lots nécessite un lot d’au moins une ligne, au moins une étape sans amélioration et au moins une initialisation, mais a reçu %1, %2 et %3.</translation>
    </message>
    <message>
        <source>K = %1, mini-batch step %2</source>
        <translation>K = %1, étape de mini-lot %2</translation>
    </message>
    <message>
        <source>K = %1, done</source>
        <translation>K = %1, terminé</translation>
    </message>
</context>
<context>
    <name>segmenta::OdsReader</name>
    <message>
        <source>an OpenDocument text document (.odt)</source>
        <translation>un document texte OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp)</source>
        <translation>une présentation OpenDocument (.odp)</translation>
    </message>
    <message>
        <source>an OpenDocument drawing (.odg)</source>
        <translation>un dessin OpenDocument (.odg)</translation>
    </message>
    <message>
        <source>an OpenDocument formula (.odf)</source>
        <translation>une formule OpenDocument (.odf)</translation>
    </message>
    <message>
        <source>an OpenDocument chart (.odc)</source>
        <translation>un diagramme OpenDocument (.odc)</translation>
    </message>
    <message>
        <source>a LibreOffice Base database (.odb)</source>
        <translation>une base de données LibreOffice Base (.odb)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sheets.</source>
        <translation>«&#xa0;%1&#xa0;» n’a aucune feuille.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sheet named &apos;%2&apos;. Choose one of its sheets: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de feuille nommée «&#xa0;%2&#xa0;». Choisissez l’une de ses feuilles&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Sheet read</source>
        <translation>Feuille lue</translation>
    </message>
    <message>
        <source>a document of type &apos;%1&apos;</source>
        <translation>un document de type «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un document Word (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>une présentation PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>a ZIP archive without spreadsheet content</source>
        <translation>une archive ZIP sans contenu de feuille de calcul</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but %2. Choose the matching import, or open it and save it as an .ods spreadsheet.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une feuille de calcul LibreOffice mais %2. Choisissez l’importation correspondante, ou ouvrez le fichier et enregistrez-le comme feuille de calcul .ods.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is protected with a password. Open it in LibreOffice and save it without a password (File &gt; Properties &gt; Security, or File &gt; Save As without &quot;Save with password&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» est protégé par un mot de passe. Ouvrez-le dans LibreOffice et enregistrez-le sans mot de passe (Fichier &gt; Propriétés &gt; Sécurité, ou Fichier &gt; Enregistrer sous sans «&#xa0;Enregistrer avec mot de passe&#xa0;»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has no content.xml. Open it in LibreOffice and save it again.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il ne contient pas de content.xml. Ouvrez-le dans LibreOffice et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist. Check the name and folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas. Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: it is empty or you lack permission to read it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: il est vide ou vous n’avez pas le droit de le lire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but a legacy Excel .xls file or a password-protected Excel workbook. Open it in LibreOffice and save it as .ods without a password.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une feuille de calcul LibreOffice mais un ancien fichier Excel .xls ou un classeur Excel protégé par mot de passe. Ouvrez-le dans LibreOffice et enregistrez-le au format .ods sans mot de passe.</translation>
    </message>
    <message>
        <source> in sheet &apos;%1&apos; near row %2</source>
        <translation> dans la feuille «&#xa0;%1&#xa0;» près de la ligne %2</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged%1: its content.xml cannot be read (%2 at line %3). Open it in LibreOffice and save it again.</source>
        <translation>La feuille de calcul est endommagée%1&#xa0;: son content.xml ne peut pas être lu (%2 à la ligne %3). Ouvrez-la dans LibreOffice et enregistrez-la de nouveau.</translation>
    </message>
    <message>
        <source>Reading sheet %1</source>
        <translation>Lecture de la feuille %1</translation>
    </message>
    <message>
        <source>Cell %1%2 of sheet &apos;%3&apos; holds the value &apos;%4&apos;, which is not a valid number, date or time; the text it shows (&apos;%5&apos;) is used instead.</source>
        <translation>La cellule %1%2 de la feuille «&#xa0;%3&#xa0;» contient la valeur «&#xa0;%4&#xa0;», qui n’est pas un nombre, une date ou une heure valide&#xa0;; le texte qu’elle affiche («&#xa0;%5&#xa0;») est utilisé à la place.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (hidden)</source>
        <translation>«&#xa0;%1&#xa0;» (masquée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but a text file; import it as a CSV or text file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une feuille de calcul LibreOffice mais un fichier texte&#xa0;; importez-le comme fichier CSV ou texte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet: its first bytes match none of the formats Segmenta reads (ODS, XLSX, XLSM, CSV). Check that you chose the right file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une feuille de calcul LibreOffice&#xa0;: ses premiers octets ne correspondent à aucun des formats que Segmenta lit (ODS, XLSX, XLSM, CSV). Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; has values beyond row %2, the last a sheet can have. Keep only the rows you need, or save them as CSV, and import again.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» a des valeurs au-delà de la ligne %2, la dernière qu’une feuille puisse avoir. Ne conservez que les lignes dont vous avez besoin, ou enregistrez-les au format CSV, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; repeats its rows and cells into more than %2 cells (at row %3). Such a sheet is damaged or made to exhaust memory; open it in LibreOffice, keep the rows you need and save it again.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» répète ses lignes et ses cellules jusqu’à plus de %2 cellules (à la ligne %3). Une telle feuille est endommagée ou conçue pour épuiser la mémoire&#xa0;; ouvrez-la dans LibreOffice, conservez les lignes dont vous avez besoin et enregistrez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>segmenta::OutputFile</name>
    <message>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n’a été indiqué</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::Pca</name>
    <message>
        <source>PCA input</source>
        <translation>Données d’entrée de l’ACP</translation>
    </message>
    <message>
        <source>Rows to project</source>
        <translation>Lignes à projeter</translation>
    </message>
    <message>
        <source>%1: the value in row %2, column %3 is missing or not a finite number. Impute or drop missing values before running PCA.</source>
        <translation>%1&#xa0;: la valeur de la ligne %2, colonne %3, est manquante ou n’est pas un nombre fini. Imputez ou supprimez les valeurs manquantes avant de lancer l’ACP.</translation>
    </message>
    <message>
        <source>PCA needs at least 2 rows, but the data has %1. Load more rows.</source>
        <translation>L’ACP nécessite au moins 2 lignes, mais les données en ont %1. Chargez davantage de lignes.</translation>
    </message>
    <message>
        <source>PCA needs at least one numeric column. Select feature columns first.</source>
        <translation>L’ACP nécessite au moins une colonne numérique. Sélectionnez d’abord des colonnes de variables.</translation>
    </message>
    <message>
        <source>The number of PCA components must be positive (or 0 to choose it by explained variance), not %1.</source>
        <translation>Le nombre de composantes de l’ACP doit être positif (ou 0 pour le choisir selon la variance expliquée), et non %1.</translation>
    </message>
    <message>
        <source>The explained-variance fraction for choosing PCA components must lie in (0, 1], not %1.</source>
        <translation>La part de variance expliquée servant à choisir les composantes de l’ACP doit être dans ]0, 1], et non %1.</translation>
    </message>
    <message>
        <source>The PCA thread count must be 0 (automatic) or positive, not %1.</source>
        <translation>Le nombre de threads de l’ACP doit être 0 (automatique) ou positif, et non %1.</translation>
    </message>
    <message>
        <source>Decomposing</source>
        <translation>Décomposition</translation>
    </message>
    <message>
        <source>Projecting</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Singular value decomposition</source>
        <translation>Décomposition en valeurs singulières</translation>
    </message>
    <message>
        <source>Every column is constant, so there is no variance for PCA to explain. Select columns whose values differ between rows.</source>
        <translation>Toutes les colonnes sont constantes&#xa0;: l’ACP n’a aucune variance à expliquer. Sélectionnez des colonnes dont les valeurs varient d’une ligne à l’autre.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The rows to project have %1 columns, but the PCA was fitted on %2. Use the same feature columns as for the fit.</source>
        <translation>Les lignes à projeter ont %1 colonnes, mais l’ACP a été ajustée sur %2. Utilisez les mêmes colonnes de variables que pour l’ajustement.</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfDataSections</name>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Cells that could not be used</source>
        <translation>Cellules inutilisables</translation>
    </message>
    <message>
        <source>Data summary</source>
        <translation>Résumé des données</translation>
    </message>
    <message>
        <source>The dataset has %1 rows and %2 columns; %3 of its %4 cells are missing (%5).</source>
        <translation>Le jeu de données compte %1 lignes et %2 colonnes&#xa0;; %3 de ses %4 cellules sont manquantes (%5).</translation>
    </message>
    <message>
        <source>1 column marked as personal data is left out of this report.</source>
        <translation>1 colonne marquée comme données personnelles est exclue de ce rapport.</translation>
    </message>
    <message>
        <source>%1 columns marked as personal data are left out of this report.</source>
        <translation>%1 colonnes marquées comme données personnelles sont exclues de ce rapport.</translation>
    </message>
    <message>
        <source>%1 rows were used in the analysis; %2 were dropped for missing values and %3 as outliers.</source>
        <translation>%1 lignes ont été utilisées dans l’analyse&#xa0;; %2 ont été supprimées pour valeurs manquantes et %3 comme valeurs aberrantes.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>No import report is stored with this dataset.</source>
        <translation>Aucun rapport d’importation n’est conservé avec ce jeu de données.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Preprocessing recipe</source>
        <translation>Recette de prétraitement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>How these segments were computed, so that they can be checked and reproduced: the same data (identified by its SHA-256), recipe and settings give the same segments.</source>
        <translation>Comment ces segments ont été calculés, pour qu’ils puissent être vérifiés et reproduits&#xa0;: les mêmes données (identifiées par leur SHA-256), la même recette et les mêmes paramètres donnent les mêmes segments.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>K tried</source>
        <translation>K essayés</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>K reported</source>
        <translation>K présenté</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>Clustered on</source>
        <translation>Partitionné sur</translation>
    </message>
    <message>
        <source>%1 principal components</source>
        <translation>%1 composantes principales</translation>
    </message>
    <message>
        <source>%1 prepared features</source>
        <translation>%1 variables préparées</translation>
    </message>
    <message>
        <source>Customers clustered</source>
        <translation>Clients partitionnés</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Smallest segment allowed for the recommendation</source>
        <translation>Plus petit segment admis pour la recommandation</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d’exécution</translation>
    </message>
    <message>
        <source>%1 s in total, of which %2 s fitting and scoring the K</source>
        <translation>%1 s au total, dont %2 s pour ajuster et évaluer les K</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <source>Segmenta %1, Qt %2, Eigen %3.%4.%5</source>
        <translation>Segmenta %1, Qt %2, Eigen %3.%4.%5</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Source SHA-256</source>
        <translation>SHA-256 de la source</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Rapport créé le</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>%1, personal data</source>
        <translation>%1, données personnelles</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valeurs manquantes</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valeurs aberrantes</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Mise à l’échelle</translation>
    </message>
    <message>
        <source>Categorical column</source>
        <translation>Colonne catégorielle</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Principal components: %1 kept, explaining %2 of the variance of the prepared features.</source>
        <translation>Composantes principales&#xa0;: %1 conservées, expliquant %2 de la variance des variables préparées.</translation>
    </message>
    <message>
        <source>The segments were found on these components.</source>
        <translation>Les segments ont été trouvés sur ces composantes.</translation>
    </message>
    <message>
        <source>The segments were found on the prepared features; the components only place customers on the segment map.</source>
        <translation>Les segments ont été trouvés sur les variables préparées&#xa0;; les composantes servent uniquement à placer les clients sur la carte des segments.</translation>
    </message>
    <message>
        <source>Preprocessing variants</source>
        <translation>Variantes de prétraitement</translation>
    </message>
    <message>
        <source>Every combination of transform and scaling was also scored over the same K; the best silhouette of each:</source>
        <translation>Chaque combinaison de transformation et de mise à l’échelle a aussi été évaluée sur les mêmes K&#xa0;; la meilleure silhouette de chacune&#xa0;:</translation>
    </message>
    <message>
        <source>Best K</source>
        <translation>Meilleur K</translation>
    </message>
    <message>
        <source>Best silhouette</source>
        <translation>Meilleure silhouette</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>mean over a random sample of %1 customers (seed %2)</source>
        <translation>moyenne sur un échantillon aléatoire de %1 clients (graine %2)</translation>
    </message>
    <message>
        <source>exact mean over all %1 customers</source>
        <translation>moyenne exacte sur l’ensemble des %1 clients</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (détecté)</translation>
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
        <translation>RAPPORT DE SEGMENTATION DE LA CLIENTÈLE</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segments de clientèle</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Clients analysés</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTS</translation>
    </message>
    <message>
        <source>%1 — %2 of customers</source>
        <translation>%1 — %2 des clients</translation>
    </message>
    <message>
        <source>Created with Segmenta %1</source>
        <translation>Créé avec Segmenta %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended action:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Action recommandée&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>ce jeu de données</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The %1 customers of %2 fall into %3 segments, found with %4 on %5 features.</source>
        <translation>Les %1 clients de %2 se répartissent en %3 segments, trouvés avec %4 sur %5 variables.</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>K-Means par mini-lots</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfPageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfRatioBars</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
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
        <translation>Impossible d’écrire le rapport PDF %1&#xa0;: il n’y a aucune analyse à présenter.</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: %2</source>
        <translation>Impossible d’écrire le rapport PDF %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfSegmentPage</name>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Segment mean</source>
        <translation>Moyenne du segment</translation>
    </message>
    <message>
        <source>Segment median</source>
        <translation>Médiane du segment</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Moyenne générale</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× moyenne</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Score z</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>This segment</source>
        <translation>Ce segment</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation>rien de particulier</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>Stands out most for</source>
        <translation>Se distingue surtout par</translation>
    </message>
    <message>
        <source>Compared with the average customer</source>
        <translation>Comparé au client moyen</translation>
    </message>
    <message>
        <source>Each bar is the segment&apos;s mean as a multiple of the overall mean, on a doubling scale: bars to the right are above the average customer, bars to the left below.</source>
        <translation>Chaque barre représente la moyenne du segment en multiple de la moyenne générale, sur une échelle de doublements&#xa0;: les barres vers la droite sont au-dessus du client moyen, celles vers la gauche en dessous.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Mix by category</source>
        <translation>Répartition par catégorie</translation>
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
        <translation>Inertie</translation>
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
        <translation>Plus petit segment</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <source>Partition coefficient</source>
        <translation>Coefficient de partition</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>présenté</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>coude</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choosing the number of segments</source>
        <translation>Choix du nombre de segments</translation>
    </message>
    <message>
        <source>Each score is scaled to the range 0–1 over the K tried so that the four curves can be compared; the table gives the values themselves.</source>
        <translation>Chaque score est ramené à l’intervalle 0–1 sur les K essayés afin de pouvoir comparer les quatre courbes&#xa0;; le tableau donne les valeurs elles-mêmes.</translation>
    </message>
    <message>
        <source>Scores for every K</source>
        <translation>Scores pour chaque K</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inertia&lt;/b&gt; always falls as K grows; the K where it stops falling steeply (the elbow) is a natural choice. &lt;b&gt;Silhouette&lt;/b&gt; (−1 to 1, higher is better) says how much closer customers are to their own segment than to the next one. &lt;b&gt;Calinski–Harabasz&lt;/b&gt; (higher is better) compares the spread between segments with the spread within them. &lt;b&gt;Davies–Bouldin&lt;/b&gt; (lower is better) measures how much segments overlap.</source>
        <translation>L’&lt;b&gt;inertie&lt;/b&gt; diminue toujours quand K augmente&#xa0;; le K à partir duquel elle cesse de chuter fortement (le coude) est un choix naturel. La &lt;b&gt;silhouette&lt;/b&gt; (de −1 à 1, à maximiser) indique dans quelle mesure les clients sont plus proches de leur propre segment que du segment voisin. &lt;b&gt;Calinski–Harabasz&lt;/b&gt; (à maximiser) compare la dispersion entre les segments à la dispersion au sein des segments. &lt;b&gt;Davies–Bouldin&lt;/b&gt; (à minimiser) mesure le chevauchement des segments.</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Carte des segments</translation>
    </message>
    <message>
        <source>Each dot is a customer, placed by the first two principal components of the prepared features (%1 and %2 of their variance). Customers close together are alike.</source>
        <translation>Chaque point est un client, placé selon les deux premières composantes principales des variables préparées (%1 et %2 de leur variance). Les clients proches les uns des autres se ressemblent.</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Profils des segments</translation>
    </message>
    <message>
        <source>The mean of every feature in each segment, in the data&apos;s own units. The colour shows how far a segment lies from the average customer: red above, blue below, in full at two standard deviations.</source>
        <translation>La moyenne de chaque variable dans chaque segment, dans les unités propres aux données. La couleur indique l’écart d’un segment par rapport au client moyen&#xa0;: rouge au-dessus, bleu en dessous, en pleine intensité à deux écarts-types.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Segments by category</source>
        <translation>Segments par catégorie</translation>
    </message>
    <message>
        <source>The segment mix of each level: bars add up to 100% of the level&apos;s customers.</source>
        <translation>La répartition des segments pour chaque modalité&#xa0;: les barres totalisent 100&#xa0;% des clients de la modalité.</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfTable</name>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Partie %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3 to %4</source>
        <translation>Partie %1 sur %2&#xa0;: %3 à %4</translation>
    </message>
</context>
<context>
    <name>segmenta::PostgresReader</name>
    <message>
        <source>the local server</source>
        <translation>le serveur local</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>Permission denied: %1. Ask the database administrator for read access (SELECT).</source>
        <translation>Autorisation refusée&#xa0;: %1. Demandez à l’administrateur de la base de données un accès en lecture (SELECT).</translation>
    </message>
    <message>
        <source>The query tries to change the database (%1). Segmenta only reads, inside a read-only transaction, so nothing was changed.</source>
        <translation>La requête tente de modifier la base de données (%1). Segmenta ne fait que lire, dans une transaction en lecture seule&#xa0;; rien n’a donc été modifié.</translation>
    </message>
    <message>
        <source>The connection to the database was lost: %1</source>
        <translation>La connexion à la base de données a été perdue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database rejected the query: %1</source>
        <translation>La base de données a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server at %1 refused user &apos;%2&apos;: %3 Check the user name and password.</source>
        <translation>Le serveur %1 a refusé l’utilisateur «&#xa0;%2&#xa0;»&#xa0;: %3 Vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; on the server at %2 (names are case-sensitive): %3</source>
        <translation>Il n’y a pas de base de données «&#xa0;%1&#xa0;» sur le serveur %2 (les noms sont sensibles à la casse)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot connect to database &apos;%1&apos; at %2: %3 Check the host name and port, that the server is running and accepts connections from here, that no firewall blocks the port, and the password.</source>
        <translation>Impossible de se connecter à la base de données «&#xa0;%1&#xa0;» sur %2&#xa0;: %3 Vérifiez le nom d’hôte et le port, que le serveur fonctionne et accepte les connexions depuis ce poste, qu’aucun pare-feu ne bloque le port, ainsi que le mot de passe.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; run packaging/install-deps.sh.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé&#xa0;; exécutez packaging/install-deps.sh.</translation>
    </message>
    <message>
        <source>Unknown SSL mode &apos;%1&apos;; use one of %2.</source>
        <translation>Mode SSL «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l’un des modes suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in database &apos;%2&apos;, which has no tables or views at all.</source>
        <translation>Il n’y a pas de table ou de vue «&#xa0;%1&#xa0;» dans la base de données «&#xa0;%2&#xa0;», qui ne contient aucune table ni vue.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in database &apos;%2&apos;. Available: %3.</source>
        <translation>Il n’y a pas de table ou de vue «&#xa0;%1&#xa0;» dans la base de données «&#xa0;%2&#xa0;». Disponibles&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The query holds more than one statement; import one SELECT statement at a time.</source>
        <translation>La requête contient plus d’une instruction&#xa0;; importez une seule instruction SELECT à la fois.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>La requête est vide.</translation>
    </message>
    <message>
        <source>Only a query that reads data can be imported (SELECT, VALUES, TABLE or WITH ... SELECT); this statement starts with %1, so it was not run.</source>
        <translation>Seule une requête qui lit des données peut être importée (SELECT, VALUES, TABLE ou WITH ... SELECT)&#xa0;; cette instruction commence par %1, elle n’a donc pas été exécutée.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers with more digits than Segmenta keeps (about 15); they were rounded, the first in row %2: %3 became %4.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient des nombres comportant plus de chiffres que Segmenta n’en conserve (environ 15)&#xa0;; ils ont été arrondis, le premier à la ligne %2&#xa0;: %3 est devenu %4.</translation>
    </message>
    <message>
        <source>Reading from database &apos;%1&apos;</source>
        <translation>Lecture depuis la base de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %L2 rows</source>
        <translation>%1&#xa0;: %L2 lignes</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection (TLS), so Segmenta did not send the password. Ask the database administrator to enable TLS; only on a network you trust, connect unencrypted with sslmode=disable.</source>
        <translation>Le serveur %1 ne propose pas de connexion chiffrée (TLS)&#xa0;; Segmenta n’a donc pas envoyé le mot de passe. Demandez à l’administrateur de la base de données d’activer TLS&#xa0;; uniquement sur un réseau de confiance, connectez-vous sans chiffrement avec sslmode=disable.</translation>
    </message>
</context>
<context>
    <name>segmenta::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>segmenta::PreviewReader</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProfileChart</name>
    <message>
        <source>Segment means relative to the overall mean</source>
        <translation>Moyennes des segments rapportées à la moyenne générale</translation>
    </message>
    <message>
        <source>Segment means by feature</source>
        <translation>Moyennes des segments par variable</translation>
    </message>
    <message>
        <source>Segment mean / overall mean</source>
        <translation>Moyenne du segment / moyenne générale</translation>
    </message>
    <message>
        <source>Mean, in original units</source>
        <translation>Moyenne, en unités d’origine</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Moyenne générale</translation>
    </message>
</context>
<context>
    <name>segmenta::Profiles</name>
    <message>
        <source>Profiles need at least one segment, not %1.</source>
        <translation>Les profils nécessitent au moins un segment, et non %1.</translation>
    </message>
    <message>
        <source>%1 rows are listed but %2 segment labels were given; give one label per row.</source>
        <translation>%1 lignes sont listées mais %2 étiquettes de segment ont été fournies&#xa0;; donnez une étiquette par ligne.</translation>
    </message>
    <message>
        <source>Listed row %1 refers to row %2, but the table has %3 rows.</source>
        <translation>La ligne listée %1 fait référence à la ligne %2, mais la table a %3 lignes.</translation>
    </message>
    <message>
        <source>Row %1 is assigned to segment %2, but there are only segments 1 to %3.</source>
        <translation>La ligne %1 est affectée au segment %2, mais il n’existe que les segments 1 à %3.</translation>
    </message>
    <message>
        <source>There is no column named &apos;%1&apos;; the table has: %2.</source>
        <translation>Il n’y a pas de colonne nommée «&#xa0;%1&#xa0;»&#xa0;; la table contient&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>Fort en %1</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>Faible en %1</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>fort en %1</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>faible en %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>%1 (segment %2)</source>
        <translation>%1 (segment %2)</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds text, so it has no mean; show it as a crosstab instead.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient du texte, elle n’a donc pas de moyenne&#xa0;; affichez-la plutôt sous forme de tableau croisé.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProfilesView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see what each segment looks like.</source>
        <translation>Lancez une analyse (onglet Analyse) pour voir à quoi ressemble chaque segment.</translation>
    </message>
    <message>
        <source>Segment means by feature</source>
        <translation>Moyennes des segments par variable</translation>
    </message>
    <message>
        <source>Segment means relative to the overall mean</source>
        <translation>Moyennes des segments rapportées à la moyenne générale</translation>
    </message>
    <message>
        <source>Z-score heatmap</source>
        <translation>Carte de chaleur des scores z</translation>
    </message>
    <message>
        <source>Distribution by segment</source>
        <translation>Distribution par segment</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>Échelle &amp;logarithmique</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>&amp;Moyennes</translation>
    </message>
    <message>
        <source>Mean of each feature per segment, in the original units</source>
        <translation>Moyenne de chaque variable par segment, en unités d’origine</translation>
    </message>
    <message>
        <source>Compared with &amp;Average</source>
        <translation>&amp;Comparé à la moyenne</translation>
    </message>
    <message>
        <source>Each segment&apos;s mean divided by the mean of all customers</source>
        <translation>Moyenne de chaque segment divisée par la moyenne de l’ensemble des clients</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>Carte de c&amp;haleur</translation>
    </message>
    <message>
        <source>How far each segment&apos;s mean lies from the overall mean, in standard deviations</source>
        <translation>Écart entre la moyenne de chaque segment et la moyenne générale, en écarts-types</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;Variable&#xa0;:</translation>
    </message>
    <message>
        <source>Feature of the box plots</source>
        <translation>Variable des boîtes à moustaches</translation>
    </message>
    <message>
        <source>Spending data are skewed: a logarithmic axis shows small and large values alike</source>
        <translation>Les données de dépenses sont asymétriques&#xa0;: un axe logarithmique montre aussi bien les petites que les grandes valeurs</translation>
    </message>
    <message>
        <source>&amp;Distributions</source>
        <translation>&amp;Distributions</translation>
    </message>
    <message>
        <source>Box plots of one feature per segment</source>
        <translation>Boîtes à moustaches d’une variable par segment</translation>
    </message>
    <message>
        <source>Segments by %1</source>
        <translation>Segments par %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>The segment mix of each %1</source>
        <translation>La répartition des segments pour chaque modalité de %1</translation>
    </message>
</context>
<context>
    <name>segmenta::Project</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Could not save the project as %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d’enregistrer le projet sous %1&#xa0;: %2. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectController</name>
    <message>
        <source>Save Project?</source>
        <translation>Enregistrer le projet&#xa0;?</translation>
    </message>
    <message>
        <source>The project “%1” has work that is not saved yet. Save it before closing?</source>
        <translation>Le projet «&#xa0;%1&#xa0;» contient des modifications non enregistrées. L’enregistrer avant de le fermer&#xa0;?</translation>
    </message>
    <message>
        <source>New project. Import data to start (File &gt; Import Data).</source>
        <translation>Nouveau projet. Importez des données pour commencer (Fichier &gt; Importer des données).</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta);;All files (*)</source>
        <translation>Projets Segmenta (*.segmenta);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>The project has no data yet. Import data to start (File &gt; Import Data).</source>
        <translation>Le projet ne contient encore aucune donnée. Importez des données pour commencer (Fichier &gt; Importer des données).</translation>
    </message>
    <message>
        <source>Cannot Show the Project</source>
        <translation>Impossible d’afficher le projet</translation>
    </message>
    <message>
        <source>Opening the sample</source>
        <translation>Ouverture de l’exemple</translation>
    </message>
    <message>
        <source>Wholesale customers</source>
        <translation>Clients d’un grossiste</translation>
    </message>
    <message>
        <source>The sample is being segmented; the views fill in as soon as it is done.</source>
        <translation>L’exemple est en cours de segmentation&#xa0;; les vues se remplissent dès que c’est terminé.</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it, then import.</source>
        <translation>Attendez la fin de la tâche en cours, ou annulez-la, puis importez.</translation>
    </message>
    <message>
        <source>Imported “%1”. Choose the features on the Analysis tab and press Run Analysis.</source>
        <translation>«&#xa0;%1&#xa0;» importé. Choisissez les variables dans l’onglet Analyse et cliquez sur Lancer l’analyse.</translation>
    </message>
    <message>
        <source>Cannot Show the Data</source>
        <translation>Impossible d’afficher les données</translation>
    </message>
    <message>
        <source>Customer segments.segmenta</source>
        <translation>Segments de clientèle.segmenta</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Projets Segmenta (*.segmenta)</translation>
    </message>
    <message>
        <source>Project Not Saved</source>
        <translation>Projet non enregistré</translation>
    </message>
    <message>
        <source>Saved as %1. From now on every change is saved as you work.</source>
        <translation>Enregistré sous %1. Désormais, chaque modification est enregistrée au fur et à mesure.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectNavigator</name>
    <message>
        <source>Run %1 · K = %2 · %3</source>
        <translation>Exécution %1 · K = %2 · %3</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>De&amp;lete Run</source>
        <translation>&amp;Supprimer l’exécution</translation>
    </message>
    <message>
        <source>Datasets and runs</source>
        <translation>Jeux de données et exécutions</translation>
    </message>
    <message>
        <source>Click a dataset to see it, a run to reopen it; Ctrl+click two runs to compare them</source>
        <translation>Cliquez sur un jeu de données pour l’afficher, sur une exécution pour la rouvrir&#xa0;; Ctrl+clic sur deux exécutions pour les comparer</translation>
    </message>
    <message>
        <source>Compare the settings and scores of the two selected runs</source>
        <translation>Comparer les paramètres et les scores des deux exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Remove the selected run from the project</source>
        <translation>Supprimer l’exécution sélectionnée du projet</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns, imported %3 from %4</source>
        <translation>%1 lignes, %2 colonnes, importé le %3 depuis %4</translation>
    </message>
    <message>
        <source>Recommended K = %1: %2</source>
        <translation>K recommandé = %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it.</source>
        <translation>Attendez la fin de la tâche en cours, ou annulez-la.</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare them.</source>
        <translation>Sélectionnez deux exécutions (Ctrl+clic) pour les comparer.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Supprimer l’exécution</translation>
    </message>
    <message>
        <source>Delete run %1 with its segments, names and notes? This cannot be undone.</source>
        <translation>Supprimer l’exécution %1 avec ses segments, ses noms et ses notes&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Exécution %1 supprimée.</translation>
    </message>
    <message>
        <source>Run Not Deleted</source>
        <translation>Exécution non supprimée</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>&amp;Comparer la sélection</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectStore</name>
    <message>
        <source>(in memory)</source>
        <translation>(en mémoire)</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>Impossible d’ouvrir le projet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project %1 was opened on another thread; its connection may only be used on that thread.</source>
        <translation>Le projet %1 a été ouvert dans un autre thread&#xa0;; sa connexion ne peut être utilisée que dans ce thread.</translation>
    </message>
    <message>
        <source>The project %1 is closed.</source>
        <translation>Le projet %1 est fermé.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file; name a .segmenta file.</source>
        <translation>%1 est un dossier, pas un fichier de projet&#xa0;; indiquez un fichier .segmenta.</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: permission denied. Make the file readable for your user.</source>
        <translation>Le projet %1 ne peut pas être lu&#xa0;: autorisation refusée. Rendez le fichier lisible par votre compte utilisateur.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2.</source>
        <translation>Impossible de créer le projet %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::Recipe</name>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>The recipe has an unknown key &apos;%1&apos;. Known keys here: %2.</source>
        <translation>La recette contient une clé inconnue «&#xa0;%1&#xa0;». Clés connues ici&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The recipe key &apos;%1&apos; is %2, but it must be %3.</source>
        <translation>La clé de recette «&#xa0;%1&#xa0;» est %2, mais elle doit être %3.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a percentile between 0 and 100</source>
        <translation>un centile entre 0 et 100</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>un texte non vide</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>l’une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recipe entry &apos;%1&apos; is %2, but it must be an object.</source>
        <translation>L’entrée de recette «&#xa0;%1&#xa0;» est %2, mais elle doit être un objet.</translation>
    </message>
    <message>
        <source>at least lowerPercentile (%1)</source>
        <translation>au moins lowerPercentile (%1)</translation>
    </message>
    <message>
        <source>&quot;drop&quot; or &quot;most-frequent&quot; for a categorical column</source>
        <translation>&quot;drop&quot; ou &quot;most-frequent&quot; pour une colonne catégorielle</translation>
    </message>
    <message>
        <source>%1 (this version of Segmenta reads recipe version %1 only)</source>
        <translation>%1 (cette version de Segmenta ne lit que la version %1 des recettes)</translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation>un nombre entier d’au moins 1</translation>
    </message>
</context>
<context>
    <name>segmenta::RecipeRepository</name>
    <message>
        <source>The project %1 has no recipe %2.</source>
        <translation>Le projet %1 n’a pas de recette %2.</translation>
    </message>
    <message>
        <source>Recipe %1 in %2 cannot be read: %3</source>
        <translation>La recette %1 de %2 ne peut pas être lue&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>segmenta::RegularFile</name>
    <message>
        <source>&apos;%1&apos; is a folder. Choose a CSV, TSV, TXT, XLSX or ODS file in it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un fichier CSV, TSV, TXT, XLSX ou ODS qu’il contient.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file but a pipe, device or socket, which could be read forever. Save the data to a CSV, TSV, TXT, XLSX or ODS file and import that file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier ordinaire mais un tube, un périphérique ou un socket, dont la lecture pourrait ne jamais finir. Enregistrez les données dans un fichier CSV, TSV, TXT, XLSX ou ODS et importez ce fichier.</translation>
    </message>
</context>
<context>
    <name>segmenta::ReportExporter</name>
    <message>
        <source>Customer segments</source>
        <translation>Segments de clientèle</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Run an analysis first; the export describes the segments shown.</source>
        <translation>Lancez d’abord une analyse&#xa0;; l’exportation décrit les segments affichés.</translation>
    </message>
    <message>
        <source>Export Not Started</source>
        <translation>Exportation non lancée</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it, then export again.</source>
        <translation>Une autre tâche est en cours&#xa0;; attendez qu’elle se termine ou annulez-la, puis relancez l’exportation.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>Rapport non écrit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
</context>
<context>
    <name>segmenta::ReportText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Segment %1, %2: %3 customer (%4).</source>
        <translation>Segment %1, %2&#xa0;: %3 client (%4).</translation>
    </message>
    <message>
        <source>Segment %1, %2: %3 customers (%4).</source>
        <translation>Segment %1, %2&#xa0;: %3 clients (%4).</translation>
    </message>
    <message>
        <source>Close to the average customer on every feature.</source>
        <translation>Proche du client moyen sur toutes les variables.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 at %2 the average</source>
        <translation>%1 à %2 la moyenne</translation>
    </message>
    <message>
        <source>%1 (%2 standard deviations above the average)</source>
        <translation>%1 (%2 écarts-types au-dessus de la moyenne)</translation>
    </message>
    <message>
        <source>%1 (%2 standard deviations below the average)</source>
        <translation>%1 (%2 écarts-types en dessous de la moyenne)</translation>
    </message>
    <message>
        <source>Stands out for %1.</source>
        <translation>Se distingue par %1.</translation>
    </message>
    <message>
        <source>Its mix by %1 is close to that of all customers.</source>
        <translation>Sa répartition par %1 est proche de celle de l’ensemble des clients.</translation>
    </message>
    <message>
        <source>%1 %2 accounts for %3 of this segment (%4 of all customers).</source>
        <translation>%1 %2 représente %3 de ce segment (%4 de l’ensemble des clients).</translation>
    </message>
    <message>
        <source>Suggestion: cross-sell — build on the strong %1 business with offers on %2.</source>
        <translation>Suggestion&#xa0;: vente croisée — s’appuyer sur la forte activité en %1 avec des offres sur %2.</translation>
    </message>
    <message>
        <source>Suggestion: retain and grow — protect the %1 business with volume terms or a key-account contact.</source>
        <translation>Suggestion&#xa0;: fidéliser et développer — protéger l’activité en %1 par des conditions de volume ou un interlocuteur grands comptes.</translation>
    </message>
    <message>
        <source>Suggestion: activate — test introductory offers on %1 to find out whether these customers buy them elsewhere.</source>
        <translation>Suggestion&#xa0;: activer — tester des offres de lancement sur %1 pour savoir si ces clients les achètent ailleurs.</translation>
    </message>
    <message>
        <source>Suggestion: serve through the standard programme; no feature sets this segment apart.</source>
        <translation>Suggestion&#xa0;: servir via le programme standard&#xa0;; aucune variable ne distingue ce segment.</translation>
    </message>
    <message>
        <source>drop the row</source>
        <translation>supprimer la ligne</translation>
    </message>
    <message>
        <source>fill with the mean</source>
        <translation>remplacer par la moyenne</translation>
    </message>
    <message>
        <source>fill with the median</source>
        <translation>remplacer par la médiane</translation>
    </message>
    <message>
        <source>fill with a constant</source>
        <translation>remplacer par une constante</translation>
    </message>
    <message>
        <source>fill with the most frequent value</source>
        <translation>remplacer par la valeur la plus fréquente</translation>
    </message>
    <message>
        <source>fill with %1</source>
        <translation>remplacer par %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>racine carrée</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conserver</translation>
    </message>
    <message>
        <source>clip to the %1–%2 percentiles</source>
        <translation>écrêter aux centiles %1–%2</translation>
    </message>
    <message>
        <source>clip to the Tukey fences (1.5 × IQR)</source>
        <translation>écrêter aux barrières de Tukey (1,5 × EIQ)</translation>
    </message>
    <message>
        <source>drop rows outside the Tukey fences</source>
        <translation>supprimer les lignes hors des barrières de Tukey</translation>
    </message>
    <message>
        <source>drop rows outside the Tukey fences in at least %1 features</source>
        <translation>supprimer les lignes hors des barrières de Tukey dans au moins %1 variables</translation>
    </message>
    <message>
        <source>standardise (mean 0, SD 1)</source>
        <translation>centrer-réduire (moyenne 0, écart-type 1)</translation>
    </message>
    <message>
        <source>min–max to [0, 1]</source>
        <translation>min–max vers [0, 1]</translation>
    </message>
    <message>
        <source>robust (median 0, IQR 1)</source>
        <translation>robuste (médiane 0, EIQ 1)</translation>
    </message>
    <message>
        <source>one 0/1 column per level, the first left out</source>
        <translation>une colonne 0/1 par modalité, la première étant exclue</translation>
    </message>
    <message>
        <source>one 0/1 column per level</source>
        <translation>une colonne 0/1 par modalité</translation>
    </message>
    <message>
        <source>%1; missing values: %2</source>
        <translation>%1&#xa0;; valeurs manquantes&#xa0;: %2</translation>
    </message>
    <message>
        <source>No numeric features.</source>
        <translation>Aucune variable numérique.</translation>
    </message>
    <message>
        <source>1 numeric feature: %1.</source>
        <translation>1 variable numérique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 numeric features: %2.</source>
        <translation>%1 variables numériques&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Each is treated alike: missing values — %1; transform — %2; outliers — %3; scaling — %4.</source>
        <translation>Chacune est traitée de la même façon&#xa0;: valeurs manquantes — %1&#xa0;; transformation — %2&#xa0;; valeurs aberrantes — %3&#xa0;; mise à l’échelle — %4.</translation>
    </message>
    <message>
        <source>Their treatment differs by feature, as the table shows.</source>
        <translation>Leur traitement diffère selon la variable, comme le montre le tableau.</translation>
    </message>
    <message>
        <source>Categorical columns become 0/1 indicator columns: %1.</source>
        <translation>Les colonnes catégorielles deviennent des colonnes indicatrices 0/1&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The steps run in this order: missing values, transform, outliers, scaling.</source>
        <translation>Les étapes s’exécutent dans cet ordre&#xa0;: valeurs manquantes, transformation, valeurs aberrantes, mise à l’échelle.</translation>
    </message>
    <message>
        <source>Recommended number of segments: %1. %2</source>
        <translation>Nombre de segments recommandé&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>This report describes K = %1, chosen by the analyst.</source>
        <translation>Ce rapport décrit K = %1, choisi par l’analyste.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means (fuzzifier m = %1, k-means++ starts, %2 restarts per K, at most %3 iterations); each customer belongs to the segment of its highest membership</source>
        <translation>Fuzzy C-Means (coefficient de flou m = %1, initialisations k-means++, %2 initialisations par K, au plus %3 itérations)&#xa0;; chaque client appartient au segment pour lequel son degré d’appartenance est le plus élevé</translation>
    </message>
    <message>
        <source>K-Means (k-means++ starts, %1 restarts per K, at most %2 iterations, tolerance %3)</source>
        <translation>K-Means (initialisations k-means++, %1 initialisations par K, au plus %2 itérations, tolérance %3)</translation>
    </message>
    <message>
        <source>Mini-batch K-Means (batches of %1 customers, the best of up to %2 k-means++ starts, then every customer assigned to its nearest centre)</source>
        <translation>K-Means par mini-lots (lots de %1 clients, la meilleure de %2 initialisations k-means++ au plus, puis chaque client affecté à son centre le plus proche)</translation>
    </message>
</context>
<context>
    <name>segmenta::ResultAtK</name>
    <message>
        <source>Profiles of K = %1</source>
        <translation>Profils pour K = %1</translation>
    </message>
    <message>
        <source>Silhouettes of K = %1</source>
        <translation>Silhouettes pour K = %1</translation>
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
        <translation>composantes conservées&#xa0;: %1</translation>
    </message>
    <message>
        <source>components for %1 % of the variance</source>
        <translation>composantes pour %1&#xa0;% de la variance</translation>
    </message>
    <message>
        <source>%1, clustered on</source>
        <translation>%1, utilisées pour le partitionnement</translation>
    </message>
    <message>
        <source>%1, for the map only</source>
        <translation>%1, pour la carte uniquement</translation>
    </message>
    <message>
        <source>%1 (one-hot)</source>
        <translation>%1 (one-hot)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Features (transform, missing, outliers)</source>
        <translation>Variables (transformation, valeurs manquantes, valeurs aberrantes)</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Mise à l’échelle</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Composantes principales</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>K range</source>
        <translation>Plage de K</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Restarts × iterations</source>
        <translation>Initialisations × itérations</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Recommended K</source>
        <translation>K recommandé</translation>
    </message>
    <message>
        <source>K shown</source>
        <translation>K affiché</translation>
    </message>
    <message>
        <source>Silhouette at the K shown</source>
        <translation>Silhouette pour le K affiché</translation>
    </message>
    <message>
        <source>Calinski–Harabasz at the K shown</source>
        <translation>Calinski–Harabasz pour le K affiché</translation>
    </message>
    <message>
        <source>Davies–Bouldin at the K shown</source>
        <translation>Davies–Bouldin pour le K affiché</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Plus petit segment</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Customers segmented</source>
        <translation>Clients segmentés</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d’exécution</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The two runs have no customers in common.</source>
        <translation>Les deux exécutions n’ont aucun client en commun.</translation>
    </message>
    <message>
        <source>Agreement of the segments: adjusted Rand index %1 (1: the same segments, about 0: unrelated).</source>
        <translation>Concordance des segments&#xa0;: indice de Rand ajusté %1 (1&#xa0;: segments identiques&#xa0;; environ 0&#xa0;: sans rapport).</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>K-Means par mini-lots</translation>
    </message>
</context>
<context>
    <name>segmenta::RunReplay</name>
    <message>
        <source>Run %1 cannot be shown again: recomputing K = %2 gives other segments than the stored ones. The dataset or the engine changed since the run; run the analysis again.</source>
        <translation>L’exécution %1 ne peut pas être réaffichée&#xa0;: le recalcul de K = %2 donne des segments différents de ceux enregistrés. Le jeu de données ou le moteur de calcul a changé depuis l’exécution&#xa0;; relancez l’analyse.</translation>
    </message>
    <message>
        <source>K from %1 to %2 for %3 rows</source>
        <translation>K de %1 à %2 pour %3 lignes</translation>
    </message>
    <message>
        <source>%1 restarts (n_init)</source>
        <translation>%1 initialisations (n_init)</translation>
    </message>
    <message>
        <source>%1 iterations (max_iter)</source>
        <translation>%1 itérations (max_iter)</translation>
    </message>
    <message>
        <source>the tolerance %1</source>
        <translation>la tolérance %1</translation>
    </message>
    <message>
        <source>the fuzzifier %1</source>
        <translation>le coefficient de flou %1</translation>
    </message>
    <message>
        <source>%1 PCA components for %2 features</source>
        <translation>%1 composantes de l’ACP pour %2 variables</translation>
    </message>
    <message>
        <source>the PCA variance share %1</source>
        <translation>une part de variance de l’ACP de %1</translation>
    </message>
    <message>
        <source>Run %1 is damaged: its stored parameters ask for %2, which no analysis makes. Run the analysis again.</source>
        <translation>L’exécution %1 est endommagée&#xa0;: ses paramètres enregistrés demandent %2, ce qu’aucune analyse ne produit. Relancez l’analyse.</translation>
    </message>
</context>
<context>
    <name>segmenta::RunRepository</name>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>Le projet %1 n’a pas de jeu de données %2.</translation>
    </message>
    <message>
        <source>Cannot save the run in %1: it uses row %2, but dataset %3 has %4 rows.</source>
        <translation>Impossible d’enregistrer l’exécution dans %1&#xa0;: elle utilise la ligne %2, mais le jeu de données %3 a %4 lignes.</translation>
    </message>
    <message>
        <source>Cannot save the run in %1: the K = %2 model labels %3 rows, but the run kept %4.</source>
        <translation>Impossible d’enregistrer l’exécution dans %1&#xa0;: le modèle K = %2 étiquette %3 lignes, mais l’exécution en a conservé %4.</translation>
    </message>
    <message>
        <source>The project %1 has no run %2.</source>
        <translation>Le projet %1 n’a pas d’exécution %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: the K = %2 model of run %3 labels %4 rows but lists %5.</source>
        <translation>Le projet %1 est endommagé&#xa0;: le modèle K = %2 de l’exécution %3 étiquette %4 lignes mais en liste %5.</translation>
    </message>
    <message>
        <source>The project %1 has no segment %2 in the K = %3 model of run %4.</source>
        <translation>Le projet %1 n’a pas de segment %2 dans le modèle K = %3 de l’exécution %4.</translation>
    </message>
    <message>
        <source>The project %1 has no K = %2 model in run %3.</source>
        <translation>Le projet %1 n’a aucun modèle K = %2 dans l’exécution %3.</translation>
    </message>
    <message>
        <source>Cannot choose K = %1 for run %2 in %3: the model labels %4 rows of %5 and %6 segment names were given.</source>
        <translation>Impossible de choisir K = %1 pour l’exécution %2 dans %3&#xa0;: le modèle affecte %4 lignes sur %5 et %6 noms de segments ont été fournis.</translation>
    </message>
</context>
<context>
    <name>segmenta::Schema</name>
    <message>
        <source>%1 is not a Segmenta project, or it is damaged.</source>
        <translation>%1 n’est pas un projet Segmenta, ou il est endommagé.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Segmenta (project format %2; this version reads up to %3). It was left unchanged; open it with a newer Segmenta.</source>
        <translation>%1 a été enregistré par une version plus récente de Segmenta (format de projet %2&#xa0;; cette version lit jusqu’au format %3). Il n’a pas été modifié&#xa0;; ouvrez-le avec une version plus récente de Segmenta.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Segmenta project; it was left unchanged.</source>
        <translation>%1 est une base de données SQLite mais pas un projet Segmenta&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: its table &apos;%2&apos; is missing. Open a backup of the project, or import the data into a new project.</source>
        <translation>Le projet %1 est endommagé&#xa0;: sa table «&#xa0;%2&#xa0;» est manquante. Ouvrez une sauvegarde du projet, ou importez les données dans un nouveau projet.</translation>
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
        <translation>Clients&#xa0;: %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Name of segment %1</source>
        <translation>Nom du segment %1</translation>
    </message>
    <message>
        <source>Suggested: %1. Clear the name to use the suggestion again.</source>
        <translation>Suggestion&#xa0;: %1. Effacez le nom pour réutiliser la suggestion.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Notes, e.g. what to offer these customers</source>
        <translation>Notes, par exemple ce qu’il faut proposer à ces clients</translation>
    </message>
    <message>
        <source>Notes on segment %1</source>
        <translation>Notes sur le segment %1</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Close to the average in every feature.</source>
        <translation>Proche de la moyenne sur toutes les variables.</translation>
    </message>
    <message>
        <source>spends %1× the average on %2</source>
        <translation>dépense %1× la moyenne en %2</translation>
    </message>
    <message>
        <source>spends %1 % less than the average on %2</source>
        <translation>dépense %1&#xa0;% de moins que la moyenne en %2</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentCardsView</name>
    <message>
        <source>Run an analysis (Analysis tab) to name and describe the segments.</source>
        <translation>Lancez une analyse (onglet Analyse) pour nommer et décrire les segments.</translation>
    </message>
    <message>
        <source>Segment %1 saved.</source>
        <translation>Segment %1 enregistré.</translation>
    </message>
    <message>
        <source>Segment Not Saved</source>
        <translation>Segment non enregistré</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentMapChart</name>
    <message>
        <source>Segment map</source>
        <translation>Carte des segments</translation>
    </message>
    <message>
        <source>Segment map (showing %1 of %2 customers)</source>
        <translation>Carte des segments (%1 clients affichés sur %2)</translation>
    </message>
    <message>
        <source>PC%1 (%2 %)</source>
        <translation>CP%1 (%2&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentMapView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see the customers on the segment map.</source>
        <translation>Lancez une analyse (onglet Analyse) pour voir les clients sur la carte des segments.</translation>
    </message>
    <message>
        <source>&amp;Loadings</source>
        <translation>&amp;Charges factorielles</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom in; the wheel zooms too</source>
        <translation>Faites glisser un rectangle pour zoomer&#xa0;; la molette zoome aussi</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>Dé&amp;placer</translation>
    </message>
    <message>
        <source>Drag to move the view (the middle button always pans)</source>
        <translation>Faites glisser pour déplacer la vue (le bouton du milieu déplace toujours la vue)</translation>
    </message>
    <message>
        <source>S&amp;elect</source>
        <translation>&amp;Sélectionner</translation>
    </message>
    <message>
        <source>Drag a rectangle to select customers</source>
        <translation>Faites glisser un rectangle pour sélectionner des clients</translation>
    </message>
    <message>
        <source>Show in &amp;Data</source>
        <translation>Afficher dans &amp;Données</translation>
    </message>
    <message>
        <source>&amp;Horizontal:</source>
        <translation>&amp;Horizontal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>&amp;Vertical&#xa0;:</translation>
    </message>
    <message>
        <source>Component on the horizontal axis</source>
        <translation>Composante sur l’axe horizontal</translation>
    </message>
    <message>
        <source>Component on the vertical axis</source>
        <translation>Composante sur l’axe vertical</translation>
    </message>
    <message>
        <source>Draw each feature&apos;s direction on the two components as an arrow</source>
        <translation>Dessiner la direction de chaque variable sur les deux composantes sous forme de flèche</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Show the whole map again (Home)</source>
        <translation>Afficher de nouveau toute la carte (Début)</translation>
    </message>
    <message>
        <source>Show the selected customers in the Data tab</source>
        <translation>Afficher les clients sélectionnés dans l’onglet Données</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Carte des segments</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer in row %1&lt;/b&gt;&lt;br&gt;Segment %2: %3</source>
        <translation>&lt;b&gt;Client de la ligne %1&lt;/b&gt;&lt;br&gt;Segment %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Selected customers: %1</source>
        <translation>Clients sélectionnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The principal components, each with the share of the variance it explains</source>
        <translation>Les composantes principales, chacune avec la part de variance qu’elle explique</translation>
    </message>
    <message>
        <source>PC%1 (%2 %)</source>
        <translation>CP%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>segmenta::SheetChoice</name>
    <message>
        <source>&apos;%1&apos; (hidden): %2</source>
        <translation>«&#xa0;%1&#xa0;» (masquée)&#xa0;: %2</translation>
    </message>
    <message>
        <source>No sheet was named, so &apos;%1&apos; was read: it holds the largest table (%2 rows with two or more values; the other sheets: %3). To import another sheet, choose it by name (--sheet, or Sheet in the import preview).</source>
        <translation>Aucune feuille n’a été indiquée, donc «&#xa0;%1&#xa0;» a été lue&#xa0;: elle contient la plus grande table (%2 lignes avec au moins deux valeurs&#xa0;; les autres feuilles&#xa0;: %3). Pour importer une autre feuille, choisissez-la par son nom (--sheet, ou Feuille dans l’aperçu de l’importation).</translation>
    </message>
</context>
<context>
    <name>segmenta::SilhouettePlot</name>
    <message>
        <source>Silhouette of each customer</source>
        <translation>Silhouette de chaque client</translation>
    </message>
    <message>
        <source>Silhouette value</source>
        <translation>Valeur de silhouette</translation>
    </message>
    <message>
        <source>Mean silhouette %1</source>
        <translation>Silhouette moyenne %1</translation>
    </message>
</context>
<context>
    <name>segmenta::SilhouetteView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see how well each customer fits its segment.</source>
        <translation>Lancez une analyse (onglet Analyse) pour voir dans quelle mesure chaque client correspond à son segment.</translation>
    </message>
    <message>
        <source>Silhouette plot</source>
        <translation>Graphique des silhouettes</translation>
    </message>
    <message>
        <source>The silhouette plot needs every customer&apos;s distance to every other one, which takes too long for more than %1 customers. The mean silhouette of each K is on the Choosing K tab.</source>
        <translation>Le graphique des silhouettes nécessite la distance de chaque client à tous les autres, ce qui prend trop de temps au-delà de %1 clients. La silhouette moyenne de chaque K figure dans l’onglet Choix de K.</translation>
    </message>
    <message>
        <source>Mean silhouette %1 (from −1 to 1; higher means customers sit clearly in their segment). %2 % of the customers fit another segment slightly better (negative values).</source>
        <translation>Silhouette moyenne %1 (de −1 à 1&#xa0;; plus elle est élevée, plus les clients sont nettement dans leur segment). %2&#xa0;% des clients correspondraient légèrement mieux à un autre segment (valeurs négatives).</translation>
    </message>
</context>
<context>
    <name>segmenta::SqliteImage</name>
    <message>
        <source>Not enough memory to open the project %1.</source>
        <translation>Mémoire insuffisante pour ouvrir le projet %1.</translation>
    </message>
    <message>
        <source>Cannot load the project %1: %2</source>
        <translation>Impossible de charger le projet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy the project %1 out of SQLite.</source>
        <translation>Impossible de copier le projet %1 hors de SQLite.</translation>
    </message>
    <message>
        <source>The project %1 is not an open SQLite database.</source>
        <translation>Le projet %1 n’est pas une base de données SQLite ouverte.</translation>
    </message>
</context>
<context>
    <name>segmenta::Statement</name>
    <message>
        <source>The project %1 could not run &apos;%2&apos;: %3</source>
        <translation>Le projet %1 n’a pas pu exécuter &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>The project %1 is read-only, so it cannot be changed. Make the file and its folder writable, or work on a copy.</source>
        <translation>Le projet %1 est en lecture seule&#xa0;; il ne peut donc pas être modifié. Rendez le fichier et son dossier accessibles en écriture, ou travaillez sur une copie.</translation>
    </message>
</context>
<context>
    <name>segmenta::StoredRun</name>
    <message>
        <source>Run %1 has no model for K = %2.</source>
        <translation>L’exécution %1 n’a pas de modèle pour K = %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::TableBuilder</name>
    <message>
        <source>Columns %1 and %2 are both named &apos;%3&apos;; column %2 is called &apos;%4&apos;.</source>
        <translation>Les colonnes %1 et %2 s’appellent toutes deux «&#xa0;%3&#xa0;»&#xa0;; la colonne %2 est renommée «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header; it is called &apos;%2&apos;.</source>
        <translation>La colonne %1 n’a pas de nom dans l’en-tête&#xa0;; elle est nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation>La ligne %1 a %2 champs mais l’en-tête en a %3.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the first line has %3.</source>
        <translation>La ligne %1 a %2 champs mais la première ligne en a %3.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, right of the header&apos;s %3 columns. Give that column a name in the header row (row %4) or delete the value.</source>
        <translation>La ligne %1 a une valeur dans la colonne %2, à droite des %3 colonnes de l’en-tête. Donnez un nom à cette colonne dans la ligne d’en-tête (ligne %4) ou supprimez la valeur.</translation>
    </message>
    <message>
        <source>There is no data: the source has no values at all.</source>
        <translation>Il n’y a aucune donnée&#xa0;: la source ne contient aucune valeur.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has %2 error cells (the first on row %3: %4); they are read as missing values. Fix the formulas in the source to use them.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient %2 cellules en erreur (la première à la ligne %3&#xa0;: %4)&#xa0;; elles sont lues comme valeurs manquantes. Corrigez les formules dans la source pour les utiliser.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has %2 error cells (the first on line %3: %4); they are read as missing values. Fix the formulas in the source to use them.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient %2 cellules en erreur (la première à la ligne %3&#xa0;: %4)&#xa0;; elles sont lues comme valeurs manquantes. Corrigez les formules dans la source pour les utiliser.</translation>
    </message>
    <message>
        <source>Row %1 is above the header (row %2) and was skipped.</source>
        <translation>La ligne %1 se trouve au-dessus de l’en-tête (ligne %2) et a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1 is above the header (line %2) and was skipped.</source>
        <translation>La ligne %1 se trouve au-dessus de l’en-tête (ligne %2) et a été ignorée.</translation>
    </message>
    <message>
        <source>Row %1 is empty and was skipped.</source>
        <translation>La ligne %1 est vide et a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1 is blank and was skipped.</source>
        <translation>La ligne %1 est vide et a été ignorée.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are empty and were skipped.</source>
        <translation>Les lignes %1 à %2 sont vides et ont été ignorées.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 are blank and were skipped.</source>
        <translation>Les lignes %1 à %2 sont vides et ont été ignorées.</translation>
    </message>
    <message>
        <source>%1 more rows have values right of the header.</source>
        <translation>%1 autres lignes ont des valeurs à droite de l’en-tête.</translation>
    </message>
    <message>
        <source>%1 more lines have the wrong number of fields.</source>
        <translation>%1 autres lignes n’ont pas le bon nombre de champs.</translation>
    </message>
    <message>
        <source>Empty rows were skipped at %1 more places.</source>
        <translation>Des lignes vides ont été ignorées à %1 autres endroits.</translation>
    </message>
    <message>
        <source>Blank lines were skipped at %1 more places.</source>
        <translation>Des lignes vides ont été ignorées à %1 autres endroits.</translation>
    </message>
    <message>
        <source>The header is on row %1, but no data rows follow it.</source>
        <translation>L’en-tête est à la ligne %1, mais aucune ligne de données ne le suit.</translation>
    </message>
    <message>
        <source>The header is on line %1, but no data lines follow it.</source>
        <translation>L’en-tête est à la ligne %1, mais aucune ligne de données ne le suit.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has dates in which no day is above 12, so day and month cannot be told apart; they were read as %2 (day first). If the month comes first, import with --date-format M/D/Y (or date-format=M/D/Y in --invoices; in the import wizard: Dates, Month first).</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient des dates dont aucun jour ne dépasse 12&#xa0;; le jour et le mois ne peuvent donc pas être distingués&#xa0;: elles ont été lues au format %2 (jour en premier). Si le mois vient en premier, importez avec --date-format M/D/Y (ou date-format=M/D/Y dans --invoices&#xa0;; dans l’assistant d’importation&#xa0;: Dates, Mois en premier).</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns: Segmenta imports tables of at most %3 columns. Delete the columns you do not need, or copy the ones you need to a sheet of their own, and import again.</source>
        <translation>La ligne %1 a %2 colonnes&#xa0;: Segmenta importe des tables de %3 colonnes au plus. Supprimez les colonnes dont vous n’avez pas besoin, ou copiez celles dont vous avez besoin dans une feuille à part, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields: Segmenta imports tables of at most %3 columns. Save a copy with only the columns you need (for example from a spreadsheet) and import that.</source>
        <translation>La ligne %1 a %2 champs&#xa0;: Segmenta importe des tables de %3 colonnes au plus. Enregistrez une copie ne contenant que les colonnes dont vous avez besoin (par exemple depuis un tableur) et importez-la.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header has %3; it was skipped.</source>
        <translation>La ligne %1 a %2 champs, l’en-tête en a %3&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the first line has %3; it was skipped.</source>
        <translation>La ligne %1 a %2 champs, la première ligne en a %3&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: &quot;Skip lines with the wrong number of fields&quot;).</source>
        <translation>La ligne %1 a %2 champs mais l’en-tête en a %3. Corrigez la ligne, ou ignorez ces lignes avec --skip-bad-lines (dans l’assistant d’importation&#xa0;: «&#xa0;Ignorer les lignes qui n’ont pas le bon nombre de champs&#xa0;»).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the first line has %3. Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: &quot;Skip lines with the wrong number of fields&quot;).</source>
        <translation>La ligne %1 a %2 champs mais la première ligne en a %3. Corrigez la ligne, ou ignorez ces lignes avec --skip-bad-lines (dans l’assistant d’importation&#xa0;: «&#xa0;Ignorer les lignes qui n’ont pas le bon nombre de champs&#xa0;»).</translation>
    </message>
    <message>
        <source>Row %1, chosen as the header, is empty or missing. Choose the row that names the columns (--header-row, or Header in the import wizard).</source>
        <translation>La ligne %1, choisie comme en-tête, est vide ou absente. Choisissez la ligne qui nomme les colonnes (--header-row, ou En-tête dans l’assistant d’importation).</translation>
    </message>
    <message>
        <source>Line %1, chosen as the header, is empty or missing. Choose the line that names the columns (--header-row, or Header in the import wizard).</source>
        <translation>La ligne %1, choisie comme en-tête, est vide ou absente. Choisissez la ligne qui nomme les colonnes (--header-row, ou En-tête dans l’assistant d’importation).</translation>
    </message>
    <message>
        <source>No header row was found in the first %1 rows: none has at least two cells that are all text and about as many as the data rows. Choose the header row (--header-row N, or Header in the import wizard), or import without a header (--header-row 0, or No header row).</source>
        <translation>Aucune ligne d’en-tête n’a été trouvée dans les %1 premières lignes&#xa0;: aucune n’a au moins deux cellules, toutes de texte, en nombre proche de celui des lignes de données. Choisissez la ligne d’en-tête (--header-row N, ou En-tête dans l’assistant d’importation), ou importez sans en-tête (--header-row 0, ou Pas de ligne d’en-tête).</translation>
    </message>
    <message>
        <source>No header line was found in the first %1 lines: none has at least two fields that are all text and about as many as the data lines. Choose the header line (--header-row N, or Header in the import wizard), or import without a header (--header-row 0, or No header row).</source>
        <translation>Aucune ligne d’en-tête n’a été trouvée dans les %1 premières lignes&#xa0;: aucune n’a au moins deux champs, tous de texte, en nombre proche de celui des lignes de données. Choisissez la ligne d’en-tête (--header-row N, ou En-tête dans l’assistant d’importation), ou importez sans en-tête (--header-row 0, ou Pas de ligne d’en-tête).</translation>
    </message>
</context>
<context>
    <name>segmenta::TableReader</name>
    <message>
        <source>&apos;%1&apos; holds text, not a workbook, despite its .%2 name, so it was read as delimited text (CSV).</source>
        <translation>«&#xa0;%1&#xa0;» contient du texte, et non un classeur, malgré son extension .%2&#xa0;; il a donc été lu comme texte délimité (CSV).</translation>
    </message>
</context>
<context>
    <name>segmenta::TaskProgress</name>
    <message>
        <source>Progress of the running task</source>
        <translation>Progression de la tâche en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the running task (Esc)</source>
        <translation>Arrêter la tâche en cours (Échap)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1&#xa0;: annulation…</translation>
    </message>
</context>
<context>
    <name>segmenta::TaskRunner</name>
    <message>
        <source>An unexpected error stopped the task (%1). Please try again; if it happens again, report it together with the data that caused it.</source>
        <translation>Une erreur inattendue a interrompu la tâche (%1). Veuillez réessayer&#xa0;; si cela se reproduit, signalez-le en joignant les données qui l’ont provoquée.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the task. Please try again; if it happens again, report it together with the data that caused it.</source>
        <translation>Une erreur inattendue a interrompu la tâche. Veuillez réessayer&#xa0;; si cela se reproduit, signalez-le en joignant les données qui l’ont provoquée.</translation>
    </message>
</context>
<context>
    <name>segmenta::Workspace</name>
    <message>
        <source>The customers of the dataset, with each column&apos;s statistics</source>
        <translation>Les clients du jeu de données, avec les statistiques de chaque colonne</translation>
    </message>
    <message>
        <source>Features, preparation and the range of K to try</source>
        <translation>Variables, préparation et plage de K à essayer</translation>
    </message>
    <message>
        <source>Scores of every K and the recommended number of segments</source>
        <translation>Scores de chaque K et nombre de segments recommandé</translation>
    </message>
    <message>
        <source>Customers on the first principal components, coloured by segment</source>
        <translation>Les clients sur les premières composantes principales, colorés par segment</translation>
    </message>
    <message>
        <source>What each segment looks like, feature by feature</source>
        <translation>À quoi ressemble chaque segment, variable par variable</translation>
    </message>
    <message>
        <source>How well each customer fits its segment</source>
        <translation>Dans quelle mesure chaque client correspond à son segment</translation>
    </message>
    <message>
        <source>Name the segments and read what sets each apart</source>
        <translation>Nommer les segments et lire ce qui distingue chacun d’eux</translation>
    </message>
    <message>
        <source>Selected customers: %1; the Data tab lists them.</source>
        <translation>Clients sélectionnés&#xa0;: %1&#xa0;; l’onglet Données les affiche.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Choosing &amp;K</source>
        <translation>Choix de &amp;K</translation>
    </message>
    <message>
        <source>Segment &amp;Map</source>
        <translation>&amp;Carte des segments</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>S&amp;ilhouette</source>
        <translation>S&amp;ilhouette</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segments</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>the sheet %1 cannot be added</source>
        <translation>la feuille %1 ne peut pas être ajoutée</translation>
    </message>
    <message>
        <source>%1 rows do not fit in the sheet %2 (at most %3); export CSV instead.</source>
        <translation>%1 lignes ne tiennent pas dans la feuille %2 (au plus %3)&#xa0;; exportez plutôt en CSV.</translation>
    </message>
    <message>
        <source>%1 (sheet %2, cell %3)</source>
        <translation>%1 (feuille %2, cellule %3)</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segments de clientèle</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>le classeur ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxReader</name>
    <message numerus="yes">
        <source>%n more rows have values left of the table&apos;s first column.</source>
        <translation>
            <numerusform>%n autre ligne a des valeurs à gauche de la première colonne du tableau.</numerusform>
            <numerusform>%n autres lignes ont des valeurs à gauche de la première colonne du tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has no data part (%2).</source>
        <translation>Le classeur est endommagé&#xa0;: la feuille «&#xa0;%1&#xa0;» n’a pas de partie de données (%2).</translation>
    </message>
    <message>
        <source>Reading sheet &apos;%1&apos;</source>
        <translation>Lecture de la feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist; check the path and choose the file again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas&#xa0;; vérifiez le chemin et choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is empty or cannot be read; check that it is not locked by another program.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est vide ou ne peut pas être lu&#xa0;; vérifiez qu’il n’est pas verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save again.</source>
        <translation>Le classeur est protégé par un mot de passe&#xa0;; ouvrez-le dans Excel, supprimez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur) et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>This is a legacy Excel 97-2003 .xls file; open it in Excel or LibreOffice and save as .xlsx.</source>
        <translation>Il s’agit d’un ancien fichier Excel 97-2003 .xls&#xa0;; ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb); open it in Excel and save as .xlsx.</source>
        <translation>Il s’agit d’un classeur binaire Excel (.xlsb)&#xa0;; ouvrez-le dans Excel et enregistrez-le au format .xlsx.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un document Word (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>une présentation PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>an OpenDocument file (.ods or .odt); import it as OpenDocument instead</source>
        <translation>un fichier OpenDocument (.ods ou .odt)&#xa0;; importez-le plutôt comme OpenDocument</translation>
    </message>
    <message>
        <source>a ZIP archive of other files</source>
        <translation>une archive ZIP d’autres fichiers</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (it has no xl/workbook.xml); it looks like %1. Choose an .xlsx or .xlsm file.</source>
        <translation>Ce fichier n’est pas un classeur Excel (il n’a pas de xl/workbook.xml)&#xa0;; il ressemble à %1. Choisissez un fichier .xlsx ou .xlsm.</translation>
    </message>
    <message>
        <source>The workbook is damaged: part &apos;%1&apos; is not valid XML at line %2 (%3). Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Le classeur est endommagé&#xa0;: la partie «&#xa0;%1&#xa0;» n’est pas du XML valide à la ligne %2 (%3). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez la copie enregistrée.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Le classeur n’a aucune feuille.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;; choose one of %2.</source>
        <translation>Le classeur n’a pas de feuille nommée «&#xa0;%1&#xa0;»&#xa0;; choisissez l’une des feuilles suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The workbook is damaged: cell %1 refers to shared text number %2, but the workbook has %3. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Le classeur est endommagé&#xa0;: la cellule %1 fait référence au texte partagé numéro %2, mais le classeur n’en a que %3. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez la copie enregistrée.</translation>
    </message>
    <message>
        <source>Cell %1 has a value left of the table&apos;s first column %2. Move it into the table or delete it, then import again.</source>
        <translation>La cellule %1 a une valeur à gauche de la première colonne %2 du tableau. Déplacez-la dans le tableau ou supprimez-la, puis relancez l’importation.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook but text; import it as a CSV or text file.</source>
        <translation>Ce fichier n’est pas un classeur Excel mais du texte&#xa0;; importez-le comme fichier CSV ou texte.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook: its first bytes match none of the formats Segmenta reads (XLSX, XLSM, ODS, CSV). Check that you chose the right file.</source>
        <translation>Ce fichier n’est pas un classeur Excel&#xa0;: ses premiers octets ne correspondent à aucun des formats que Segmenta lit (XLSX, XLSM, ODS, CSV). Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>The workbook holds more shared text than Segmenta reads (%1 MB in memory). Save the table you need in a workbook of its own, or as CSV, and import that.</source>
        <translation>Le classeur contient plus de texte partagé que Segmenta n’en lit (%1&#xa0;MB en mémoire). Enregistrez la table dont vous avez besoin dans un classeur à part, ou au format CSV, et importez-la.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has a row numbered %2, beyond row %3, the last a sheet can have. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Le classeur est endommagé&#xa0;: la feuille «&#xa0;%1&#xa0;» a une ligne numérotée %2, au-delà de la ligne %3, la dernière qu’une feuille puisse avoir. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez la copie enregistrée.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has a cell &apos;%2&apos; beyond column XFD, the last a sheet can have. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Le classeur est endommagé&#xa0;: la feuille «&#xa0;%1&#xa0;» a une cellule «&#xa0;%2&#xa0;» au-delà de la colonne XFD, la dernière qu’une feuille puisse avoir. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez la copie enregistrée.</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxWriterLibrary</name>
    <message>
        <source>Cannot load libxlsxwriter, which writes XLSX files: %1. Reinstall Segmenta or the package libxlsxwriter4.</source>
        <translation>Impossible de charger libxlsxwriter, qui écrit les fichiers XLSX&#xa0;: %1. Réinstallez Segmenta ou le paquet libxlsxwriter4.</translation>
    </message>
    <message>
        <source>The installed libxlsxwriter lacks the function %1; install version 1.1 or newer.</source>
        <translation>La bibliothèque libxlsxwriter installée ne dispose pas de la fonction %1&#xa0;; installez la version 1.1 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>segmenta::XmlStream</name>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; nests XML elements more than %3 levels deep (line %4). Real files nest about a dozen levels; this one is damaged or made to crash the programs that read it.</source>
        <translation>«&#xa0;%1&#xa0;» est refusé&#xa0;: sa partie «&#xa0;%2&#xa0;» imbrique des éléments XML sur plus de %3 niveaux (ligne %4). Les vrais fichiers n’en imbriquent qu’une douzaine environ&#xa0;; celui-ci est endommagé ou conçu pour faire planter les programmes qui le lisent.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; declares a DTD (line %3). Workbooks never do, and its entities could expand to gigabytes, so they are not read.</source>
        <translation>«&#xa0;%1&#xa0;» est refusé&#xa0;: sa partie «&#xa0;%2&#xa0;» déclare une DTD (ligne %3). Les classeurs n’en déclarent jamais, et ses entités pourraient s’étendre à des gigaoctets&#xa0;; elles ne sont donc pas lues.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; holds more than %3 MB of XML without markup (near byte %4). No cell holds that much; the file is damaged or made to exhaust memory.</source>
        <translation>«&#xa0;%1&#xa0;» est refusé&#xa0;: sa partie «&#xa0;%2&#xa0;» contient plus de %3&#xa0;MB de XML sans balisage (vers l’octet %4). Aucune cellule ne contient autant&#xa0;; le fichier est endommagé ou conçu pour épuiser la mémoire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; holds a text of more than %3 characters at line %4, more than a cell can hold.</source>
        <translation>«&#xa0;%1&#xa0;» est refusé&#xa0;: sa partie «&#xa0;%2&#xa0;» contient un texte de plus de %3 caractères à la ligne %4, soit plus qu’une cellule ne peut en contenir.</translation>
    </message>
</context>
<context>
    <name>segmenta::ZScoreHeatmap</name>
    <message>
        <source>How each segment differs from the average (z-scores)</source>
        <translation>Écart de chaque segment par rapport à la moyenne (scores z)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
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
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: les données compressées de sa partie «&#xa0;%2&#xa0;» ne peuvent pas être décompressées (erreur %3). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez la copie enregistrée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its part &apos;%2&apos; ends after %3 of the %4 bytes the archive declares. Get a complete copy of the file.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: sa partie «&#xa0;%2&#xa0;» s’arrête après %3 des %4 octets déclarés par l’archive. Procurez-vous une copie complète du fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the checksum (CRC-32) of its part &apos;%2&apos; does not match its content. Get an undamaged copy of the file, or open it in Excel or LibreOffice and save it again.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: la somme de contrôle (CRC-32) de sa partie «&#xa0;%2&#xa0;» ne correspond pas à son contenu. Procurez-vous une copie intacte du fichier, ou ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>segmenta::ZipPackage</name>
    <message>
        <source>&apos;%1&apos; is not an Excel workbook or a spreadsheet but a Git LFS pointer: a small text file that stands in for the real file in a Git repository. Fetch the real file (git lfs pull) and import it.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un classeur Excel ni une feuille de calcul, mais un pointeur Git LFS&#xa0;: un petit fichier texte qui remplace le vrai fichier dans un dépôt Git. Récupérez le vrai fichier (git lfs pull) et importez-le.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or incomplete: it ends before its table of contents (the ZIP directory at the end of the file), so it was probably cut short while being downloaded or copied. Get a complete copy of the file and import it again.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou incomplet&#xa0;: il s’arrête avant sa table des matières (le répertoire ZIP à la fin du fichier)&#xa0;; il a donc probablement été tronqué lors d’un téléchargement ou d’une copie. Procurez-vous une copie complète du fichier et importez-la de nouveau.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its table of contents (the ZIP directory) cannot be read (error %2). Get an undamaged copy of the file.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: sa table des matières (le répertoire ZIP) ne peut pas être lue (erreur %2). Procurez-vous une copie intacte du fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is protected with a password: its part &apos;%2&apos; is encrypted. Open it, save it without a password and import the saved copy.</source>
        <translation>«&#xa0;%1&#xa0;» est protégé par un mot de passe&#xa0;: sa partie «&#xa0;%2&#xa0;» est chiffrée. Ouvrez-le, enregistrez-le sans mot de passe et importez la copie enregistrée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; would unpack %3 bytes from %4, more than %5 times its compressed size. Real workbooks compress far less; this one may be built to exhaust memory (a &quot;ZIP bomb&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» est refusé&#xa0;: sa partie «&#xa0;%2&#xa0;» se décompresserait en %3 octets à partir de %4, soit plus de %5 fois sa taille compressée. Les vrais classeurs se compressent bien moins&#xa0;; celui-ci est peut-être conçu pour épuiser la mémoire (une «&#xa0;bombe ZIP&#xa0;»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to import: its parts unpack to more than %2 MB. Save the table you need in a workbook of its own, or as CSV, and import that.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être importé&#xa0;: ses parties décompressées dépassent %2&#xa0;MB. Enregistrez la table dont vous avez besoin dans un classeur à part, ou au format CSV, et importez-la.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has no part &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il n’a pas de partie «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its part &apos;%2&apos; cannot be opened (error %3).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: sa partie «&#xa0;%2&#xa0;» ne peut pas être ouverte (erreur %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: its part &apos;%2&apos; is compressed with method %3, but Segmenta reads only deflate (8) and uncompressed (0) parts. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: sa partie «&#xa0;%2&#xa0;» est compressée avec la méthode %3, mais Segmenta ne lit que les parties compressées en deflate (8) ou non compressées (0). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez la copie enregistrée.</translation>
    </message>
</context>
<context>
    <name>segmenta::cli</name>
    <message>
        <source>warning: %1:%2: %3</source>
        <translation>avertissement&#xa0;: %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no dataset named &apos;%2&apos;.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n’a pas de jeu de données nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Stored as run %1 of &apos;%2&apos;.</source>
        <translation>Enregistré comme exécution %1 de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 nécessite un nombre entier d’au moins %2, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &apos;%2&apos;.</source>
        <translation>--%1 nécessite un nombre positif, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>--%1 doit être l’une des valeurs %2, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>--k takes one K such as 4 or a range such as 2..10, not &apos;%1&apos;.</source>
        <translation>--k accepte un K comme 4 ou une plage comme 2..10, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--k needs K of 2 or more, and a range must not end before it starts (&apos;%1&apos;).</source>
        <translation>--k nécessite un K de 2 ou plus, et une plage ne doit pas se terminer avant son début («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--outliers drop-tukey takes its count as drop-tukey:N, not &apos;%1&apos;.</source>
        <translation>--outliers drop-tukey prend son nombre sous la forme drop-tukey:N, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--outliers must be none, clip-tukey or drop-tukey:N, not &apos;%1&apos;.</source>
        <translation>--outliers doit valoir none, clip-tukey ou drop-tukey:N, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Analyse the bundled Wholesale customers sample instead of a file.</source>
        <translation>Analyser l’exemple fourni Wholesale customers au lieu d’un fichier.</translation>
    </message>
    <message>
        <source>Analyse a dataset of this project and store the run in it.</source>
        <translation>Analyser un jeu de données de ce projet et y enregistrer l’exécution.</translation>
    </message>
    <message>
        <source>With --project: the dataset to analyse.</source>
        <translation>Avec --project&#xa0;: le jeu de données à analyser.</translation>
    </message>
    <message>
        <source>Categorical columns, one-hot encoded and added to the features.</source>
        <translation>Colonnes catégorielles, encodées en one-hot et ajoutées aux variables.</translation>
    </message>
    <message>
        <source>Missing values in numeric features (default: drop the row).</source>
        <translation>Valeurs manquantes des variables numériques (par défaut&#xa0;: supprimer la ligne).</translation>
    </message>
    <message>
        <source>Transform numeric features with log(1 + x).</source>
        <translation>Transformer les variables numériques avec log(1 + x).</translation>
    </message>
    <message>
        <source>Transform numeric features with the natural log (values must be positive).</source>
        <translation>Transformer les variables numériques avec le logarithme népérien (les valeurs doivent être positives).</translation>
    </message>
    <message>
        <source>Clip to the Tukey fences, or drop rows outside them in at least N features (default: none).</source>
        <translation>Écrêter aux barrières de Tukey, ou supprimer les lignes situées hors de celles-ci dans au moins N variables (par défaut&#xa0;: none).</translation>
    </message>
    <message>
        <source>Scaling of numeric features (default: standard).</source>
        <translation>Mise à l’échelle des variables numériques (par défaut&#xa0;: standard).</translation>
    </message>
    <message>
        <source>Keep N principal components (default: 2, for display only).</source>
        <translation>Conserver N composantes principales (par défaut&#xa0;: 2, pour l’affichage uniquement).</translation>
    </message>
    <message>
        <source>Cluster on the preprocessed features or on the PCA scores (default: pca when --pca is given, features otherwise).</source>
        <translation>Partitionner sur les variables prétraitées ou sur les scores de l’ACP (par défaut&#xa0;: pca si --pca est indiqué, features sinon).</translation>
    </message>
    <message>
        <source>The range of K to score, or one K (default: 2..10).</source>
        <translation>La plage de K à évaluer, ou un seul K (par défaut&#xa0;: 2..10).</translation>
    </message>
    <message>
        <source>k-means++ restarts per K (default: 10).</source>
        <translation>Initialisations k-means++ par K (par défaut&#xa0;: 10).</translation>
    </message>
    <message>
        <source>Iterations per restart (default: 300).</source>
        <translation>Itérations par initialisation (par défaut&#xa0;: 300).</translation>
    </message>
    <message>
        <source>Convergence tolerance relative to the mean feature variance (default: 1e-4).</source>
        <translation>Tolérance de convergence relative à la variance moyenne des variables (par défaut&#xa0;: 1e-4).</translation>
    </message>
    <message>
        <source>Random seed (default: 0).</source>
        <translation>Graine aléatoire (par défaut&#xa0;: 0).</translation>
    </message>
    <message>
        <source>Fuzzy C-Means fuzzifier m &gt; 1 (default: 2).</source>
        <translation>Coefficient de flou m &gt; 1 de Fuzzy C-Means (par défaut&#xa0;: 2).</translation>
    </message>
    <message>
        <source>Exact silhouette, a 10,000-row sample, or exact up to 20,000 rows (default: auto).</source>
        <translation>Silhouette exacte, sur un échantillon de 10 000 lignes, ou exacte jusqu’à 20 000 lignes (par défaut&#xa0;: auto).</translation>
    </message>
    <message>
        <source>Also score every combination of log on/off and the three scalers by silhouette.</source>
        <translation>Évaluer aussi par la silhouette chaque combinaison de log activé/désactivé et des trois mises à l’échelle.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; results do not depend on it).</source>
        <translation>Threads de calcul (par défaut&#xa0;: tous les cœurs&#xa0;; les résultats n’en dépendent pas).</translation>
    </message>
    <message>
        <source>Write the full result as JSON (&apos;-&apos; for standard output).</source>
        <translation>Écrire le résultat complet en JSON (&apos;-&apos; pour la sortie standard).</translation>
    </message>
    <message>
        <source>Write the segment of every row as CSV: row,segment.</source>
        <translation>Écrire le segment de chaque ligne en CSV&#xa0;: row,segment.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli analyze &lt;input&gt; | --sample | --project P --dataset NAME [options]</source>
        <translation>Utilisation&#xa0;: segmenta-cli analyze &lt;input&gt; | --sample | --project P --dataset NAME [options]</translation>
    </message>
    <message>
        <source>Segments the rows of a table (CSV, TSV, XLSX, ODS, or a dataset of a project) with K-Means or Fuzzy C-Means for every K in a range, scores each K and recommends one.</source>
        <translation>Segmente les lignes d’une table (CSV, TSV, XLSX, ODS, ou jeu de données d’un projet) avec K-Means ou Fuzzy C-Means pour chaque K d’une plage, évalue chaque K et en recommande un.</translation>
    </message>
    <message>
        <source>The file to analyse.</source>
        <translation>Le fichier à analyser.</translation>
    </message>
    <message>
        <source>analyze takes one input file, but got %1: %2.</source>
        <translation>analyze accepte un seul fichier d’entrée, mais en a reçu %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--project and --dataset go together: name the project file and the dataset in it.</source>
        <translation>--project et --dataset vont ensemble&#xa0;: indiquez le fichier de projet et le jeu de données qu’il contient.</translation>
    </message>
    <message>
        <source>analyze needs exactly one input: a file name, --sample, or --project with --dataset.</source>
        <translation>analyze nécessite exactement une entrée&#xa0;: un nom de fichier, --sample, ou --project avec --dataset.</translation>
    </message>
    <message>
        <source>--missing must be drop, mean or median.</source>
        <translation>--missing doit valoir drop, mean ou median.</translation>
    </message>
    <message>
        <source>--log1p and --log exclude each other; choose one.</source>
        <translation>--log1p et --log s’excluent mutuellement&#xa0;; choisissez-en un.</translation>
    </message>
    <message>
        <source>--cluster-on must be features or pca, not &apos;%1&apos;.</source>
        <translation>--cluster-on doit valoir features ou pca, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--seed nécessite un nombre entier positif ou nul, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--fuzzifier must be greater than 1.</source>
        <translation>--fuzzifier doit être supérieur à 1.</translation>
    </message>
    <message>
        <source>--silhouette must be exact, sampled or auto, not &apos;%1&apos;.</source>
        <translation>--silhouette doit valoir exact, sampled ou auto, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>segmenta-cli: error: %1</source>
        <translation>segmenta-cli&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>segmenta-cli: internal error: %1</source>
        <translation>segmenta-cli&#xa0;: erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project file (created when it does not exist).</source>
        <translation>Le fichier de projet (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>Name of the new dataset (default: the file&apos;s name).</source>
        <translation>Nom du nouveau jeu de données (par défaut&#xa0;: le nom du fichier).</translation>
    </message>
    <message>
        <source>Text files: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (default: detect).</source>
        <translation>Fichiers texte&#xa0;: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (par défaut&#xa0;: détection).</translation>
    </message>
    <message>
        <source>Text files: , ; tab or | (default: detect).</source>
        <translation>Fichiers texte&#xa0;: , ; tab ou | (par défaut&#xa0;: détection).</translation>
    </message>
    <message>
        <source>Text files: the decimal separator, . or , (default: detect).</source>
        <translation>Fichiers texte&#xa0;: le séparateur décimal, . ou , (par défaut&#xa0;: détection).</translation>
    </message>
    <message>
        <source>The row (line) of the header, 0 for none (default: detect).</source>
        <translation>Le numéro de ligne de l’en-tête, 0 s’il n’y en a pas (par défaut&#xa0;: détection).</translation>
    </message>
    <message>
        <source>postgresql:// sources: the table or view to import.</source>
        <translation>Sources postgresql://&#xa0;: la table ou la vue à importer.</translation>
    </message>
    <message>
        <source>postgresql:// sources: a read-only SELECT whose result is imported.</source>
        <translation>Sources postgresql://&#xa0;: une requête SELECT en lecture seule dont le résultat est importé.</translation>
    </message>
    <message>
        <source>Import a file that is already in the project once more.</source>
        <translation>Importer une nouvelle fois un fichier qui est déjà dans le projet.</translation>
    </message>
    <message>
        <source>Print the import report as JSON.</source>
        <translation>Afficher le rapport d’importation en JSON.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Afficher la liste en JSON.</translation>
    </message>
    <message>
        <source>--header-row takes a row number, or 0 for a table without a header.</source>
        <translation>--header-row accepte un numéro de ligne, ou 0 pour une table sans en-tête.</translation>
    </message>
    <message>
        <source>The project already has a dataset named &apos;%1&apos;; choose another --name.</source>
        <translation>Le projet a déjà un jeu de données nommé «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre --name.</translation>
    </message>
    <message>
        <source>The file or postgresql:// database to import.</source>
        <translation>Le fichier ou la base de données postgresql:// à importer.</translation>
    </message>
    <message>
        <source>import takes exactly one file or database address.</source>
        <translation>import accepte exactement un fichier ou une adresse de base de données.</translation>
    </message>
    <message>
        <source> (customers)</source>
        <translation> (clients)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already imported as the dataset &apos;%2&apos; on %3. Use --again to import it once more.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été importé comme jeu de données «&#xa0;%2&#xa0;» le %3. Utilisez --again pour l’importer une nouvelle fois.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns: %4</source>
        <translation>%1&#xa0;: %2 lignes, %3 colonnes&#xa0;: %4</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli import &lt;file&gt; --project p.segmenta [options]</source>
        <translation>Utilisation&#xa0;: segmenta-cli import &lt;file&gt; --project p.segmenta [options]</translation>
    </message>
    <message>
        <source>Reads a CSV, TSV, TXT, XLSX, XLSM or ODS file and stores it as a dataset of the project, all or nothing, then prints what was done with every row.</source>
        <translation>Lit un fichier CSV, TSV, TXT, XLSX, XLSM ou ODS et l’enregistre comme jeu de données du projet, entièrement ou pas du tout, puis affiche ce qui a été fait de chaque ligne.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli datasets --project p.segmenta [--json]</source>
        <translation>Utilisation&#xa0;: segmenta-cli datasets --project p.segmenta [--json]</translation>
    </message>
    <message>
        <source>Lists the datasets of a project with their rows, columns and column kinds.</source>
        <translation>Liste les jeux de données d’un projet avec leurs lignes, leurs colonnes et les types de colonnes.</translation>
    </message>
    <message>
        <source>Imported &apos;%1&apos;: %2 of %3 rows read, %4 skipped.</source>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: %2 lignes sur %3 lues, %4 ignorées.</translation>
    </message>
    <message>
        <source>  skipped row %1: %2</source>
        <translation>  ligne %1 ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>  row %1, column &apos;%2&apos;: %3</source>
        <translation>  ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, données personnelles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse PostgreSQL&#xa0;; écrivez-la sous la forme postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>A database import needs either --table or --query.</source>
        <translation>Une importation depuis une base de données nécessite --table ou --query.</translation>
    </message>
    <message>
        <source>--table and --query are for database imports (postgresql://...).</source>
        <translation>--table et --query sont réservées aux importations depuis une base de données (postgresql://...).</translation>
    </message>
    <message>
        <source>--invoices takes key=column pairs, e.g. customer=CustomerID; &apos;%1&apos; is not one.</source>
        <translation>--invoices accepte des paires clé=colonne, par exemple customer=CustomerID&#xa0;; «&#xa0;%1&#xa0;» n’en est pas une.</translation>
    </message>
    <message>
        <source>--invoices reference= takes a date such as 2011-12-10, not &apos;%1&apos;.</source>
        <translation>--invoices reference= accepte une date comme 2011-12-10, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--invoices needs customer= and date=, and either amount= or both quantity= and price=.</source>
        <translation>--invoices nécessite customer= et date=, et soit amount=, soit à la fois quantity= et price=.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;segmenta-cli %1 --help&apos; for the options.</source>
        <translation>Exécutez &apos;segmenta-cli %1 --help&apos; pour voir les options.</translation>
    </message>
    <message>
        <source>--%1 takes one character, not &apos;%2&apos;.</source>
        <translation>--%1 accepte un seul caractère, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 needs --project with the project file.</source>
        <translation>%1 nécessite --project avec le fichier de projet.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; does not exist.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The run to report (default: the latest run).</source>
        <translation>L’exécution dont il faut produire les rapports (par défaut&#xa0;: la plus récente).</translation>
    </message>
    <message>
        <source>--run needs a run number such as 1, not &apos;%1&apos;.</source>
        <translation>--run nécessite un numéro d’exécution comme 1, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no run to report yet; run &apos;segmenta-cli analyze --project&apos; first.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n’a encore aucune exécution dont produire un rapport&#xa0;; lancez d’abord &apos;segmenta-cli analyze --project&apos;.</translation>
    </message>
    <message>
        <source>report takes no file name, but got &apos;%1&apos;; name the project with --project.</source>
        <translation>report n’accepte pas de nom de fichier, mais a reçu «&#xa0;%1&#xa0;»&#xa0;; indiquez le projet avec --project.</translation>
    </message>
    <message>
        <source>report needs at least one of --pdf, --xlsx, --csv and --charts.</source>
        <translation>report nécessite au moins une des options --pdf, --xlsx, --csv et --charts.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR] [--include-pii]</source>
        <translation>Utilisation&#xa0;: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR] [--include-pii]</translation>
    </message>
    <message>
        <source>Writes the reports of a stored run with the segment names and notes saved in the project. Columns flagged as personal data are left out unless --include-pii is given; every export is recorded in the project&apos;s audit log.</source>
        <translation>Écrit les rapports d’une exécution enregistrée, avec les noms et les notes de segments enregistrés dans le projet. Les colonnes marquées comme données personnelles sont exclues, sauf si --include-pii est indiqué&#xa0;; chaque exportation est consignée dans le journal d’audit du projet.</translation>
    </message>
    <message>
        <source>Write the PDF report.</source>
        <translation>Écrire le rapport PDF.</translation>
    </message>
    <message>
        <source>Write the workbook: Summary, Segments, Assignments, Metrics, Run.</source>
        <translation>Écrire le classeur&#xa0;: Summary, Segments, Assignments, Metrics, Run.</translation>
    </message>
    <message>
        <source>Write assignments.csv, profiles.csv and metrics.csv into DIR.</source>
        <translation>Écrire assignments.csv, profiles.csv et metrics.csv dans DIR.</translation>
    </message>
    <message>
        <source>Write every chart into DIR as PNG and SVG (k_selection, segment_map, profiles, zscores, silhouette, crosstab_&lt;column&gt;).</source>
        <translation>Écrire chaque graphique dans DIR en PNG et en SVG (k_selection, segment_map, profiles, zscores, silhouette, crosstab_&lt;column&gt;).</translation>
    </message>
    <message>
        <source>Resolution of the PNG charts (default: 192).</source>
        <translation>Résolution des graphiques PNG (par défaut&#xa0;: 192).</translation>
    </message>
    <message>
        <source>Include the columns flagged as personal data in these exports.</source>
        <translation>Inclure dans ces exportations les colonnes marquées comme données personnelles.</translation>
    </message>
    <message>
        <source>Paper of the PDF report (default: a4).</source>
        <translation>Format de papier du rapport PDF (par défaut&#xa0;: a4).</translation>
    </message>
    <message>
        <source>Title of the report (default: Customer segments).</source>
        <translation>Titre du rapport (par défaut&#xa0;: Segments de clientèle).</translation>
    </message>
    <message>
        <source>Author named on the report&apos;s cover.</source>
        <translation>Auteur indiqué sur la couverture du rapport.</translation>
    </message>
    <message>
        <source>Delimiter of the CSV files: , ; tab or | (default: ,).</source>
        <translation>Séparateur des fichiers CSV&#xa0;: , ; tab ou | (par défaut&#xa0;: ,).</translation>
    </message>
    <message>
        <source>Start the CSV files with a UTF-8 byte order mark, for Excel.</source>
        <translation>Commencer les fichiers CSV par une marque d’ordre des octets (BOM) UTF-8, pour Excel.</translation>
    </message>
    <message>
        <source>--dpi needs a resolution from 48 to 1200, not &apos;%1&apos;.</source>
        <translation>--dpi nécessite une résolution de 48 à 1200, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segments de clientèle</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &apos;%1&apos;.</source>
        <translation>--page-size doit valoir a4 ou letter, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preprocessing grid (best silhouette over the K range):</source>
        <translation>Grille de prétraitement (meilleure silhouette sur la plage de K)&#xa0;:</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segments for K = %1:</source>
        <translation>Segments pour K = %1&#xa0;:</translation>
    </message>
    <message>
        <source>Segment %1 &quot;%2&quot;: %3 rows (%4%)</source>
        <translation>Segment %1 «&#xa0;%2&#xa0;»&#xa0;: %3 lignes (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>Segmenta %1: %2</source>
        <translation>Segmenta %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 rows used (%2 dropped for missing values, %3 as outliers), %4 features: %5</source>
        <translation>%1 lignes utilisées (%2 supprimées pour valeurs manquantes, %3 comme valeurs aberrantes), %4 variables&#xa0;: %5</translation>
    </message>
    <message>
        <source>Principal components: %1</source>
        <translation>Composantes principales&#xa0;: %1</translation>
    </message>
    <message>
        <source> (clustered on these)</source>
        <translation> (partitionnement sur celles-ci)</translation>
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
        <translation>Utilisation&#xa0;:
  segmenta-cli analyze &lt;input&gt; [options]            segmenter les lignes d’un fichier CSV, TSV, XLSX ou ODS
  segmenta-cli analyze --sample [options]           la même chose sur l’exemple fourni Wholesale customers
  segmenta-cli analyze --project P --dataset NAME   la même chose sur un jeu de données d’un projet&#xa0;; enregistre l’exécution
  segmenta-cli import &lt;file&gt; --project P [options]  enregistrer un fichier comme jeu de données d’un projet
  segmenta-cli datasets --project P [--json]        lister les jeux de données d’un projet
  segmenta-cli report --project P [--pdf F] [--xlsx F] [--csv DIR]   rapports d’une exécution enregistrée
  segmenta-cli --version | --help

&apos;segmenta-cli COMMAND --help&apos; liste les options d’une commande.
Codes de sortie&#xa0;: 0 succès, 1 erreur interne, 2 entrée ou options incorrectes.
</translation>
    </message>
    <message>
        <source>segmenta-cli: no command given.</source>
        <translation>segmenta-cli&#xa0;: aucune commande indiquée.</translation>
    </message>
    <message>
        <source>segmenta-cli: unknown command &apos;%1&apos;.</source>
        <translation>segmenta-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>  %1 (guessed): %2</source>
        <translation>  %1 (détecté)&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns to cluster on (default: every numeric column that varies; identifiers, codes, dates and empty columns are left out).</source>
        <translation>Colonnes sur lesquelles partitionner (par défaut&#xa0;: toutes les colonnes numériques qui varient&#xa0;; les identifiants, les codes, les dates et les colonnes vides sont exclus).</translation>
    </message>
    <message>
        <source>Columns never to cluster on.</source>
        <translation>Colonnes sur lesquelles ne jamais partitionner.</translation>
    </message>
    <message>
        <source>--%1 says how to read the input file; it does not go with --sample or --project.</source>
        <translation>--%1 indique comment lire le fichier d’entrée&#xa0;; cette option ne s’utilise pas avec --sample ni --project.</translation>
    </message>
    <message>
        <source>Spreadsheets: the sheet to read (default: the one holding the largest table).</source>
        <translation>Feuilles de calcul&#xa0;: la feuille à lire (par défaut&#xa0;: celle qui contient la plus grande table).</translation>
    </message>
    <message>
        <source>Text files: skip lines with a different number of fields than the header, listing each in the report, instead of refusing the file.</source>
        <translation>Fichiers texte&#xa0;: ignorer les lignes dont le nombre de champs diffère de celui de l’en-tête, en les listant chacune dans le rapport, au lieu de refuser le fichier.</translation>
    </message>
    <message>
        <source>Dates written as text: D/M/Y, M/D/Y or Y-M-D (default: detect from each column).</source>
        <translation>Dates écrites sous forme de texte&#xa0;: D/M/Y, M/D/Y ou Y-M-D (par défaut&#xa0;: détection pour chaque colonne).</translation>
    </message>
    <message>
        <source>The rows are invoice lines: store one row per customer (recency, frequency, monetary, average basket, tenure, spend per category). Keys: customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.</source>
        <translation>Les lignes sont des lignes de facture&#xa0;: enregistrer une ligne par client (récence, fréquence, montant, panier moyen, ancienneté, dépense par catégorie). Clés&#xa0;: customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.</translation>
    </message>
    <message>
        <source>%1 takes D/M/Y, M/D/Y or Y-M-D (separators / - or .), not &apos;%2&apos;.</source>
        <translation>%1 accepte D/M/Y, M/D/Y ou Y-M-D (séparateurs / - ou .), et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--invoices knows customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix and date-format, not &apos;%1&apos;.</source>
        <translation>--invoices accepte les clés customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix et date-format, mais pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Columns left out:</source>
        <translation>Colonnes exclues&#xa0;:</translation>
    </message>
    <message>
        <source>Not named in --features: %1.</source>
        <translation>Non indiquées dans --features&#xa0;: %1.</translation>
    </message>
    <message>
        <source>customer segmentation for wholesale distributors</source>
        <translation>segmentation de la clientèle pour les distributeurs grossistes</translation>
    </message>
    <message>
        <source>segmenta-cli imports customer tables into Segmenta projects, segments them with K-Means or Fuzzy C-Means and writes PDF, XLSX and CSV reports, without a display. Messages and reports follow the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>segmenta-cli importe des tables de clients dans des projets Segmenta, les segmente avec K-Means ou Fuzzy C-Means et écrit des rapports PDF, XLSX et CSV, sans affichage. Les messages et les rapports suivent la langue de l’environnement (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</translation>
    </message>
    <message>
        <source>K-Means, Fuzzy C-Means, or mini-batch K-Means for millions of rows (default: kmeans).</source>
        <translation>K-Means, Fuzzy C-Means ou K-Means par mini-lots pour des millions de lignes (par défaut&#xa0;: kmeans).</translation>
    </message>
    <message>
        <source>postgresql:// sources: read the password from the first line of FILE (which only you may read); else PGPASSWORD or ~/.pgpass.</source>
        <translation>Sources postgresql://&#xa0;: lire le mot de passe dans la première ligne de FILE (que vous seul devez pouvoir lire)&#xa0;; sinon PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot read the password file &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire le fichier de mot de passe «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The password file &apos;%1&apos; can be read by other users; make it private with &apos;chmod 600 %1&apos; and try again.</source>
        <translation>Le fichier de mot de passe «&#xa0;%1&#xa0;» peut être lu par d’autres utilisateurs&#xa0;; rendez-le privé avec «&#xa0;chmod 600 %1&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>The database address holds a password, which every user of this computer can see in the list of running programs. Remove it from the address and give it with --password-file FILE, in ~/.pgpass, or in PGPASSWORD.</source>
        <translation>L’adresse de la base de données contient un mot de passe, que tout utilisateur de cet ordinateur peut voir dans la liste des programmes en cours d’exécution. Retirez-le de l’adresse et indiquez-le avec --password-file FILE, dans ~/.pgpass ou dans PGPASSWORD.</translation>
    </message>
    <message>
        <source>--password-file is for database imports (postgresql://...).</source>
        <translation>--password-file est réservé aux importations depuis une base de données (postgresql://...).</translation>
    </message>
</context>
</TS>
