<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnalysisForm</name>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Tick the columns to segment the customers on. Strongly skewed columns (skewness above 1, typical of spending) get a log transform suggested.</source>
        <translation>Marque las columnas según las que se segmentará a los clientes. Para las columnas muy asimétricas (asimetría superior a 1, habitual en el gasto) se sugiere una transformación logarítmica.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Seleccionar &amp;ninguna</translation>
    </message>
    <message>
        <source>Log transform for every strongly skewed column of positive numbers, none for the others</source>
        <translation>Transformación logarítmica para cada columna muy asimétrica de números positivos; ninguna para las demás</translation>
    </message>
    <message>
        <source>S&amp;uggest Transforms</source>
        <translation>S&amp;ugerir transformaciones</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation>Es&amp;calado:</translation>
    </message>
    <message>
        <source>Puts the features on one scale, so that no feature dominates because of its units</source>
        <translation>Lleva las variables a una misma escala, para que ninguna domine por sus unidades</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principales</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Number of components</source>
        <translation>Número de componentes</translation>
    </message>
    <message>
        <source> components</source>
        <translation> componentes</translation>
    </message>
    <message>
        <source>Keep &amp;enough for</source>
        <translation>Mantener los necesarios &amp;para</translation>
    </message>
    <message>
        <source>Share of the variance to keep</source>
        <translation>Proporción de la varianza que se conserva</translation>
    </message>
    <message>
        <source> % of the variance</source>
        <translation> % de la varianza</translation>
    </message>
    <message>
        <source>Cl&amp;uster on:</source>
        <translation>A&amp;grupar según:</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <source>&amp;Fuzzifier m:</source>
        <translation>Exponente de &amp;borrosidad m:</translation>
    </message>
    <message>
        <source>How soft the memberships are; 2 is usual, values near 1 approach K-Means</source>
        <translation>Grado de difusión de las pertenencias; lo habitual es 2, y los valores cercanos a 1 se aproximan a K-Means</translation>
    </message>
    <message>
        <source>&amp;Number of segments:</source>
        <translation>Número de &amp;segmentos:</translation>
    </message>
    <message>
        <source>Smallest number of segments</source>
        <translation>Número mínimo de segmentos</translation>
    </message>
    <message>
        <source>Every K from this to the largest is fitted and scored</source>
        <translation>Se ajusta y puntúa cada K desde este valor hasta el máximo</translation>
    </message>
    <message>
        <source>from </source>
        <translation>de </translation>
    </message>
    <message>
        <source>Largest number of segments</source>
        <translation>Número máximo de segmentos</translation>
    </message>
    <message>
        <source>to </source>
        <translation>a </translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>&amp;Restarts per K:</source>
        <translation>&amp;Reinicios por K:</translation>
    </message>
    <message>
        <source>Each K is fitted from this many random starts (k-means++); the best fit is kept</source>
        <translation>Cada K se ajusta desde este número de inicios aleatorios (k-means++); se conserva el mejor ajuste</translation>
    </message>
    <message>
        <source>&amp;Iterations per restart:</source>
        <translation>&amp;Iteraciones por reinicio:</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>Semilla a&amp;leatoria:</translation>
    </message>
    <message>
        <source>The same data, settings and seed always give the same segments</source>
        <translation>Los mismos datos, configuración y semilla dan siempre los mismos segmentos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Fit and score every K of the range, then show the recommended one (Ctrl+R)</source>
        <translation>Ajustar y puntuar cada K del intervalo y mostrar el recomendado (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>&amp;Ejecutar análisis</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Start the files with a UTF-8 byte order mark, so that Excel reads accents correctly</source>
        <translation>Iniciar los archivos con una marca de orden de bytes UTF-8, para que Excel lea correctamente los acentos</translation>
    </message>
    <message>
        <source>For &amp;Excel</source>
        <translation>Para Exce&amp;l</translation>
    </message>
    <message>
        <source>&amp;Include personal data columns</source>
        <translation>&amp;Incluir las columnas de datos personales</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>What each column holds and what it is used for. Features are what segments are built from; identifiers and ignored columns are kept but not analysed; personal data stays out of exports unless you include it.</source>
        <translation>Qué contiene cada columna y para qué se usa. Los segmentos se construyen a partir de las variables; los identificadores y las columnas ignoradas se conservan, pero no se analizan; los datos personales quedan fuera de las exportaciones salvo que usted los incluya.</translation>
    </message>
    <message>
        <source>These rows are &amp;invoice lines: import one row per customer (recency, frequency, spend)</source>
        <translation>Estas filas son líneas de &amp;factura: importar una fila por cliente (recencia, frecuencia, gasto)</translation>
    </message>
</context>
<context>
    <name>ImportInvoicePage</name>
    <message>
        <source>Invoice lines → one row per customer</source>
        <translation>Líneas de factura → una fila por cliente</translation>
    </message>
    <message>
        <source>Which columns hold what. Each customer gets recency, frequency, net spend, average basket and tenure, and with a category column the spend per category.</source>
        <translation>Qué columna contiene cada dato. Para cada cliente se obtienen la recencia, la frecuencia, el gasto neto, el ticket medio y la antigüedad y, si hay una columna de categoría, el gasto por categoría.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Line value:</source>
        <translation>Valor de la línea:</translation>
    </message>
    <message>
        <source>&amp;Quantity × unit price</source>
        <translation>Cantidad × precio &amp;unitario</translation>
    </message>
    <message>
        <source>A&amp;mount column</source>
        <translation>Columna de i&amp;mporte</translation>
    </message>
    <message>
        <source>Q&amp;uantity:</source>
        <translation>Canti&amp;dad:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>&amp;Precio unitario:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>&amp;Número de factura:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Cancelled invoices &amp;start with:</source>
        <translation>Las facturas anuladas &amp;empiezan por:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the data is read</source>
        <translation>Compruebe cómo se leen los datos</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Change a setting if the columns or numbers look wrong.</source>
        <translation>Las primeras filas tal como se importarán. Cambie algún ajuste si las columnas o los números no parecen correctos.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Encabezado:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Decimal se&amp;parator:</source>
        <translation>Se&amp;parador decimal:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>How dates written as text order day and month. Automatic decides per column and reads a column that never tells them apart day first.</source>
        <translation>Cómo ordenan el día y el mes las fechas escritas como texto. Automático decide en cada columna y, si una columna nunca permite distinguirlos, la lee con el día primero.</translation>
    </message>
    <message>
        <source>Skip lines with the &amp;wrong number of fields</source>
        <translation>Omitir las líneas con un número de campos &amp;incorrecto</translation>
    </message>
    <message>
        <source>Lines with more or fewer fields than the header are left out and listed in the import report, instead of stopping the import.</source>
        <translation>Las líneas con más o menos campos que el encabezado se omiten y se indican en el informe de importación, en lugar de detener la importación.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>What was read, what was left out and why, and the guesses the reader made. The same report is kept with the dataset.</source>
        <translation>Qué se ha leído, qué ha quedado fuera y por qué, y qué ha deducido el lector. El mismo informe se guarda con el conjunto de datos.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The data is read in full and stored in the project as a new dataset, all or nothing.</source>
        <translation>Los datos se leen completos y se guardan en el proyecto como un nuevo conjunto de datos, todo o nada.</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>&amp;Nombre del conjunto de datos:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Choose the data to import</source>
        <translation>Elija los datos que desea importar</translation>
    </message>
    <message>
        <source>A spreadsheet or text file, or a table or query of a PostgreSQL database.</source>
        <translation>Una hoja de cálculo o un archivo de texto, o una tabla o consulta de una base de datos PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;File (CSV, TSV, TXT, XLSX, XLSM or ODS)</source>
        <translation>&amp;Archivo (CSV, TSV, TXT, XLSX, XLSM u ODS)</translation>
    </message>
    <message>
        <source>Path of the file, or drop a file on the main window</source>
        <translation>Ruta del archivo; también puede soltar un archivo en la ventana principal</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL table or query</source>
        <translation>Tabla o consulta de &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no se guarda</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>Ta&amp;bla:</translation>
    </message>
    <message>
        <source>&amp;List tables</source>
        <translation>&amp;Listar tablas</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>SELECT … (one read-only statement)</source>
        <translation>SELECT … (una sola instrucción de solo lectura)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect the next time Segmenta starts.</source>
        <translation>Se aplica la próxima vez que se inicie Segmenta.</translation>
    </message>
    <message>
        <source>New analyses</source>
        <translation>Análisis nuevos</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>&amp;Semilla aleatoria:</translation>
    </message>
    <message>
        <source>&amp;Restarts per K:</source>
        <translation>&amp;Reinicios por K:</translation>
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
        <translation>Descubra qué tipos de clientes tiene y qué distingue a cada uno.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Abrir el &amp;ejemplo</translation>
    </message>
    <message>
        <source>440 wholesale customers (UCI Wholesale customers), segmented at once</source>
        <translation>440 clientes mayoristas (UCI Wholesale customers), segmentados al instante</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>A CSV, Excel or OpenDocument file, or a PostgreSQL table, into a new project</source>
        <translation>Un archivo CSV, Excel u OpenDocument, o una tabla de PostgreSQL, en un proyecto nuevo</translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation>&amp;Abrir un proyecto…</translation>
    </message>
    <message>
        <source>A .segmenta project file with its data, runs and segment names</source>
        <translation>Un archivo de proyecto .segmenta con sus datos, ejecuciones y nombres de segmentos</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer segmentation for wholesale distributors.</source>
        <translation>Segmentación de clientes para distribuidores mayoristas.</translation>
    </message>
    <message>
        <source>Start with the bundled Wholesale customers sample, segmented.</source>
        <translation>Empezar con el ejemplo incluido Wholesale customers, ya segmentado.</translation>
    </message>
    <message>
        <source>A .segmenta project to open, or a data file to import.</source>
        <translation>Un proyecto .segmenta que abrir o un archivo de datos que importar.</translation>
    </message>
    <message>
        <source>The sample was not analysed within five minutes.</source>
        <translation>El análisis del ejemplo no terminó en cinco minutos.</translation>
    </message>
    <message>
        <source>The view %1 rendered nothing.</source>
        <translation>La vista %1 no ha dibujado nada.</translation>
    </message>
    <message>
        <source>segmenta --smoke failed: %1</source>
        <translation>segmenta --smoke ha fallado: %1</translation>
    </message>
    <message>
        <source>Open the sample, analyse it, render every view offscreen and exit: 0 when all went well, 1 otherwise.</source>
        <translation>Abrir el ejemplo, analizarlo, dibujar todas las vistas fuera de la pantalla y salir: 0 si todo ha ido bien, 1 en caso contrario.</translation>
    </message>
    <message>
        <source>The desktop application of Segmenta: import customer tables, segment them, explore the segments in charts, name them and export reports.</source>
        <translation>La aplicación de escritorio de Segmenta: importar tablas de clientes, segmentarlas, explorar los segmentos en gráficos, darles nombre y exportar informes.</translation>
    </message>
</context>
<context>
    <name>segmenta::AboutDialog</name>
    <message>
        <source>About Segmenta</source>
        <translation>Acerca de Segmenta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for wholesale distributors: PCA and K-Means on your customer table, with the number of segments chosen by elbow, silhouette, Calinski–Harabasz and Davies–Bouldin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Segmentación de clientes para distribuidores mayoristas: ACP y K-Means sobre su tabla de clientes, con el número de segmentos elegido mediante el codo, la silueta, Calinski–Harabasz y Davies–Bouldin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with:&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Sample data: UCI Wholesale customers, Margarida Cardoso (2014), CC BY 4.0.</source>
        <translation>Creado con:&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Datos de ejemplo: UCI Wholesale customers, Margarida Cardoso (2014), CC BY 4.0.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
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
        <translation>Preparando las variables</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principales</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisForm</name>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Más frecuente</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>A missing value is filled with the column&apos;s median, mean or most frequent value, or the customer is left out</source>
        <translation>Un valor ausente se rellena con la mediana, la media o el valor más frecuente de la columna, o bien se excluye al cliente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
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
        <translation>Raíz cuadrada</translation>
    </message>
    <message>
        <source>A log transform keeps a few very large values from deciding the segments</source>
        <translation>Una transformación logarítmica evita que unos pocos valores muy grandes decidan los segmentos</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Clip 1–99 %</source>
        <translation>Recortar 1–99 %</translation>
    </message>
    <message>
        <source>Clip (Tukey)</source>
        <translation>Recortar (Tukey)</translation>
    </message>
    <message>
        <source>Leave out (Tukey)</source>
        <translation>Excluir (Tukey)</translation>
    </message>
    <message>
        <source>Clip to the 1st and 99th percentiles or to the Tukey fences (1.5 × IQR beyond the quartiles, after the transform), or leave such customers out</source>
        <translation>Recortar a los percentiles 1 y 99 o a las vallas de Tukey (1,5 × RIC más allá de los cuartiles, tras la transformación), o excluir a esos clientes</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Asimetría</translation>
    </message>
    <message>
        <source>If missing</source>
        <translation>Si falta</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformación</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valores atípicos</translation>
    </message>
    <message>
        <source>0 for a symmetric column; above 1 strongly skewed</source>
        <translation>0 para una columna simétrica; por encima de 1, muy asimétrica</translation>
    </message>
    <message>
        <source>Standardise (z-score)</source>
        <translation>Estandarizar (puntuación z)</translation>
    </message>
    <message>
        <source>Min–max to [0, 1]</source>
        <translation>Mín–máx a [0, 1]</translation>
    </message>
    <message>
        <source>Robust (median and IQR)</source>
        <translation>Robusto (mediana y RIC)</translation>
    </message>
    <message>
        <source>Prepared features</source>
        <translation>Variables preparadas</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principales</translation>
    </message>
    <message>
        <source>The components always draw the segment map; clustering on them drops the variance the components leave out</source>
        <translation>Los componentes siempre dibujan el mapa de segmentos; agrupar según ellos descarta la varianza que los componentes no recogen</translation>
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
        <translation>Variables de %1</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Categorical: one 0/1 feature per level</source>
        <translation>Categórica: una variable 0/1 por nivel</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Strongly skewed: a log transform is suggested</source>
        <translation>Muy asimétrica: se sugiere una transformación logarítmica</translation>
    </message>
    <message>
        <source>Missing values of %1</source>
        <translation>Valores ausentes de %1</translation>
    </message>
    <message>
        <source>one-hot</source>
        <translation>one-hot</translation>
    </message>
    <message>
        <source>Transform of %1</source>
        <translation>Transformación de %1</translation>
    </message>
    <message>
        <source>Outliers of %1</source>
        <translation>Valores atípicos de %1</translation>
    </message>
    <message>
        <source>%1 has no missing values</source>
        <translation>%1 no tiene valores ausentes</translation>
    </message>
    <message>
        <source>Log transform suggested for the strongly skewed columns.</source>
        <translation>Se ha sugerido una transformación logarítmica para las columnas muy asimétricas.</translation>
    </message>
    <message>
        <source>Import data or open the sample first (File menu).</source>
        <translation>Importe datos o abra el ejemplo primero (menú Archivo).</translation>
    </message>
    <message>
        <source>Tick at least one feature to segment on.</source>
        <translation>Marque al menos una variable según la que segmentar.</translation>
    </message>
    <message>
        <source>%1 segments need more than %1 customers, but the dataset has %2; lower the number of segments.</source>
        <translation>%1 segmentos necesitan más de %1 clientes, pero el conjunto de datos tiene %2; reduzca el número de segmentos.</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it.</source>
        <translation>Hay otra tarea en curso; espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>Mini-batch K-Means</translation>
    </message>
    <message>
        <source>K-Means on batches of 1,024 customers: for millions of customers, much faster, with a slightly higher inertia</source>
        <translation>K-Means sobre lotes de 1024 clientes: para millones de clientes, mucho más rápido, con una inercia algo mayor</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisSession</name>
    <message>
        <source>Analysis of %1</source>
        <translation>Análisis de %1</translation>
    </message>
    <message>
        <source>Reopening run %1</source>
        <translation>Reabriendo la ejecución %1</translation>
    </message>
    <message>
        <source>Showing K = %1</source>
        <translation>Mostrando K = %1</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisSettingsJson</name>
    <message>
        <source>The run settings&apos; &apos;%1&apos; must be a number.</source>
        <translation>El campo «%1» de la configuración de la ejecución debe ser un número.</translation>
    </message>
    <message>
        <source>The run settings&apos; &apos;%1&apos; must be text.</source>
        <translation>El campo «%1» de la configuración de la ejecución debe ser texto.</translation>
    </message>
    <message>
        <source>The run settings&apos; &apos;%1&apos; has the unknown value &apos;%2&apos;.</source>
        <translation>El campo «%1» de la configuración de la ejecución tiene el valor desconocido «%2».</translation>
    </message>
    <message>
        <source>The run settings are of version %1, which this version of Segmenta does not know.</source>
        <translation>La configuración de la ejecución es de la versión %1, que esta versión de Segmenta no conoce.</translation>
    </message>
</context>
<context>
    <name>segmenta::BoxPlotChart</name>
    <message>
        <source>%1 by segment</source>
        <translation>%1 por segmento</translation>
    </message>
    <message>
        <source>%1, in original units (whiskers: 1.5 × IQR; outliers not drawn)</source>
        <translation>%1, en unidades originales (bigotes: 1,5 × RIC; no se dibujan los valores atípicos)</translation>
    </message>
</context>
<context>
    <name>segmenta::ChartExport</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
</context>
<context>
    <name>segmenta::ChartView</name>
    <message>
        <source>The figure was copied to the clipboard.</source>
        <translation>Se ha copiado la figura al portapapeles.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Could not write %1; choose a folder you can write to.</source>
        <translation>No se ha podido escribir %1; elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Figure as PNG</source>
        <translation>Guardar figura como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Guardar como &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Figure as SVG</source>
        <translation>Guardar figura como SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Restablecer vista</translation>
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
        <translation>Seleccione una columna para ver sus valores.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Ausentes:</translation>
    </message>
    <message>
        <source>Distinct:</source>
        <translation>Distintos:</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>Media:</translation>
    </message>
    <message>
        <source>Standard deviation:</source>
        <translation>Desviación típica:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Mínimo:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Máximo:</translation>
    </message>
    <message>
        <source>Skewness:</source>
        <translation>Asimetría:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Rows per bin: %1 equal bins from %2 to %3</source>
        <translation>Filas por intervalo: %1 intervalos iguales de %2 a %3</translation>
    </message>
</context>
<context>
    <name>segmenta::ColumnText</name>
    <message>
        <source>Numeric</source>
        <translation>Numérico</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categórico</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Label (compare segments with it)</source>
        <translation>Etiqueta (comparar los segmentos con ella)</translation>
    </message>
</context>
<context>
    <name>segmenta::ComparisonDialog</name>
    <message>
        <source>Compare Runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>The two runs differ here</source>
        <translation>Las dos ejecuciones difieren aquí</translation>
    </message>
    <message>
        <source>Settings and scores of the two runs</source>
        <translation>Configuración y puntuaciones de las dos ejecuciones</translation>
    </message>
</context>
<context>
    <name>segmenta::CrosstabChart</name>
    <message>
        <source>Segments by %1</source>
        <translation>Segmentos por %1</translation>
    </message>
    <message>
        <source>Share of the level&apos;s customers (%)</source>
        <translation>Proporción de los clientes del nivel (%)</translation>
    </message>
</context>
<context>
    <name>segmenta::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The character %1 cannot separate CSV fields; choose a comma, semicolon or tab.</source>
        <translation>El carácter %1 no puede separar campos CSV; elija una coma, un punto y coma o un tabulador.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>segmenta::CsvReader</name>
    <message>
        <source>The quoted field that begins on line %1 is never closed; a closing quote (&quot;) is missing.</source>
        <translation>El campo entre comillas que empieza en la línea %1 no se cierra nunca; falta una comilla de cierre (&quot;).</translation>
    </message>
    <message>
        <source>Reading failed on line %1: %2</source>
        <translation>Error de lectura en la línea %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>The input is not open for reading.</source>
        <translation>La entrada no está abierta para lectura.</translation>
    </message>
    <message>
        <source>The encoding &apos;%1&apos; is not known. Choose UTF-8, UTF-16LE, UTF-16BE, windows-1252 or ISO-8859-1 (--encoding, or Encoding in the import wizard).</source>
        <translation>No se reconoce la codificación «%1». Elija UTF-8, UTF-16LE, UTF-16BE, windows-1252 o ISO-8859-1 (--encoding, o Codificación en el asistente de importación).</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, more than a table can have; reading stopped there. If the file is a table, choose its delimiter (--delimiter, or Delimiter in the import wizard).</source>
        <translation>La línea %1 tiene más de %2 campos, más de los que puede tener una tabla; la lectura se detuvo ahí. Si el archivo es una tabla, elija su delimitador (--delimiter, o Delimitador en el asistente de importación).</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so this does not read as lines of a table (in %3); reading stopped there. If the file is text, choose its encoding (--encoding, or Encoding in the import wizard); otherwise save the data as CSV.</source>
        <translation>La línea %1 tiene más de %2 caracteres, por lo que el archivo no se lee como líneas de una tabla (en %3); la lectura se detuvo ahí. Si el archivo es de texto, elija su codificación (--encoding, o Codificación en el asistente de importación); si no, guarde los datos como CSV.</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text. Re-save the file as UTF-8 (&quot;CSV UTF-8&quot;) or choose the file&apos;s encoding (--encoding, or Encoding in the import wizard).</source>
        <translation>La línea %1 no es texto %2 válido. Vuelva a guardar el archivo como UTF-8 («CSV UTF-8») o elija la codificación del archivo (--encoding, o Codificación en el asistente de importación).</translation>
    </message>
</context>
<context>
    <name>segmenta::DataMatrix</name>
    <message>
        <source>The table has %1 value columns but %2 column names.</source>
        <translation>La tabla tiene %1 columnas de valores, pero %2 nombres de columna.</translation>
    </message>
    <message>
        <source>Two columns are both named &apos;%1&apos;; column names must be unique.</source>
        <translation>Hay dos columnas que se llaman «%1»; los nombres de columna deben ser únicos.</translation>
    </message>
</context>
<context>
    <name>segmenta::DataPage</name>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>El proyecto %1 no tiene el conjunto de datos %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: column &apos;%2&apos; has an unknown kind or role.</source>
        <translation>El proyecto %1 está dañado: la columna «%2» tiene un tipo o una función desconocidos.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: the table of dataset %2 has %3 columns, not %4.</source>
        <translation>El proyecto %1 está dañado: la tabla del conjunto de datos %2 tiene %3 columnas, no %4.</translation>
    </message>
</context>
<context>
    <name>segmenta::DataTable</name>
    <message>
        <source>Cannot save the dataset in %1: it has %2 rows but %3 source lines.</source>
        <translation>No se puede guardar el conjunto de datos en %1: tiene %2 filas, pero %3 líneas de origen.</translation>
    </message>
    <message>
        <source>Cannot save the dataset in %1: column &apos;%2&apos;, row %3 holds the code %4, which is not one of its %5 texts.</source>
        <translation>No se puede guardar el conjunto de datos en %1: la columna «%2», fila %3, contiene el código %4, que no es ninguno de sus %5 textos.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: %2 holds &apos;%3&apos; in column &apos;%4&apos;, which is not one of that column&apos;s texts.</source>
        <translation>El proyecto %1 está dañado: %2 contiene «%3» en la columna «%4», que no es ninguno de los textos de esa columna.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
</context>
<context>
    <name>segmenta::DataView</name>
    <message>
        <source>Text to find, or for a column of numbers a comparison such as &gt; 1000</source>
        <translation>Texto que buscar o, para una columna de números, una comparación como &gt; 1000</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Todas las columnas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare with.</source>
        <translation>«%1» no es un número con el que comparar.</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Ningún conjunto de datos</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
</context>
<context>
    <name>segmenta::DatasetRepository</name>
    <message>
        <source>The project %1 already has a dataset named &apos;%2&apos;.</source>
        <translation>El proyecto %1 ya tiene un conjunto de datos llamado «%2».</translation>
    </message>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>El proyecto %1 no tiene el conjunto de datos %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: column &apos;%2&apos; has an unknown kind or role.</source>
        <translation>El proyecto %1 está dañado: la columna «%2» tiene un tipo o una función desconocidos.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset &apos;%1&apos; in %2 still has %n segmentation runs; remove them first.</source>
        <translation>
            <numerusform>El conjunto de datos «%1» de %2 aún tiene %n ejecución de segmentación; elimínela primero.</numerusform>
            <numerusform>El conjunto de datos «%1» de %2 aún tiene %n ejecuciones de segmentación; elimínelas primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ExclusionText</name>
    <message>
        <source>%1 names the column &apos;%2&apos;, which the data does not have. Its columns are: %3.</source>
        <translation>%1 indica la columna «%2», que no está en los datos. Sus columnas son: %3.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; holds text, so it cannot be a numeric feature; name it in --categorical to one-hot encode it.</source>
        <translation>La columna «%1» contiene texto, por lo que no puede ser una variable numérica; indíquela en --categorical para codificarla como one-hot.</translation>
    </message>
    <message>
        <source>No column is left to cluster on. %1 Name columns with --features or --categorical.</source>
        <translation>No queda ninguna columna según la que agrupar. %1 Indique columnas con --features o --categorical.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out by --exclude.</source>
        <translation>«%1» queda excluida por --exclude.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out on request.</source>
        <translation>«%1» queda excluida porque así se ha pedido.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not named in --features.</source>
        <translation>«%1» no se indica en --features.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ticked.</source>
        <translation>«%1» no está marcada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; identifies customers; it is no measure to compare them by.</source>
        <translation>«%1» identifica a los clientes; no es una medida con la que compararlos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; counts the rows (%2, %3, …); it says nothing about the customers.</source>
        <translation>«%1» numera las filas (%2, %3, …); no dice nada de los clientes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds dates, which are no measures.</source>
        <translation>«%1» contiene fechas, que no son medidas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds free text.</source>
        <translation>«%1» contiene texto libre.</translation>
    </message>
    <message>
        <source>The import set &apos;%1&apos; to be ignored.</source>
        <translation>En la importación, «%1» se marcó como columna ignorada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds categories; name it in --categorical to one-hot encode it.</source>
        <translation>«%1» contiene categorías; indíquela en --categorical para codificarla como one-hot.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds categories; tick it to one-hot encode it.</source>
        <translation>«%1» contiene categorías; márquela para codificarla como one-hot.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no values: every cell is empty.</source>
        <translation>«%1» no tiene valores: todas sus celdas están vacías.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has values in only %2 of %3 rows; name it in --features with --missing median to use it anyway.</source>
        <translation>«%1» solo tiene valores en %2 de %3 filas; indíquela en --features con --missing median para usarla de todos modos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has values in only %2 of %3 rows; tick it and fill its empty cells with the median to use it anyway.</source>
        <translation>«%1» solo tiene valores en %2 de %3 filas; márquela y rellene sus celdas vacías con la mediana para usarla de todos modos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the same value (%2) in every row, so it cannot tell customers apart.</source>
        <translation>«%1» tiene el mismo valor (%2) en todas las filas, por lo que no permite distinguir a los clientes.</translation>
    </message>
</context>
<context>
    <name>segmenta::ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (assignments, profiles, metrics)</source>
        <translation>Archivos CSV (asignaciones, perfiles, métricas)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>No column of this dataset is flagged as personal data.</source>
        <translation>Ninguna columna de este conjunto de datos está marcada como datos personales.</translation>
    </message>
    <message>
        <source>Personal data columns: %1. They are left out unless you include them; every export is recorded in the project&apos;s audit log.</source>
        <translation>Columnas de datos personales: %1. Se excluyen salvo que usted las incluya; cada exportación queda registrada en el registro de auditoría del proyecto.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Folder for the CSV Files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Save PDF Report</source>
        <translation>Guardar informe PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Workbook</source>
        <translation>Guardar libro</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>segmenta::ExportTables</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>missing: %1, transform: %2, outliers: %3, scaling: %4</source>
        <translation>ausentes: %1, transformación: %2, valores atípicos: %3, escalado: %4</translation>
    </message>
    <message>
        <source>one-hot, missing: %1, first level dropped: %2</source>
        <translation>one-hot, ausentes: %1, primer nivel descartado: %2</translation>
    </message>
    <message>
        <source>sampled: %1 rows, seed %2</source>
        <translation>muestra: %1 filas, semilla %2</translation>
    </message>
    <message>
        <source>exact over all %1 rows</source>
        <translation>exacta sobre las %1 filas</translation>
    </message>
    <message>
        <source>Nothing to export: the report has no data or no segmentation run.</source>
        <translation>No hay nada que exportar: el informe no tiene datos o no hay ninguna ejecución de segmentación.</translation>
    </message>
    <message>
        <source>The segmentation run is inconsistent: %1 labels for %2 clustered rows.</source>
        <translation>La ejecución de segmentación es incoherente: %1 etiquetas para %2 filas agrupadas.</translation>
    </message>
    <message>
        <source>The segmentation run does not belong to this dataset: it refers to row %1 of a table with %2 rows.</source>
        <translation>La ejecución de segmentación no pertenece a este conjunto de datos: hace referencia a la fila %1 de una tabla con %2 filas.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nombre del segmento</translation>
    </message>
    <message>
        <source>Distance to centroid</source>
        <translation>Distancia al centroide</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silueta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>%1 mean</source>
        <translation>Media de %1</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>Mediana de %1</translation>
    </message>
    <message>
        <source>%1 ratio to overall</source>
        <translation>%1: cociente respecto a la media global</translation>
    </message>
    <message>
        <source>%1 z-score</source>
        <translation>Puntuación z de %1</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inercia</translation>
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
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Smallest segment share</source>
        <translation>Proporción del segmento más pequeño</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Recommended (1 = yes)</source>
        <translation>Recomendado (1 = sí)</translation>
    </message>
    <message>
        <source>Chosen (1 = yes)</source>
        <translation>Elegido (1 = sí)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customers in the data</source>
        <translation>Clientes en los datos</translation>
    </message>
    <message>
        <source>Customers segmented</source>
        <translation>Clientes segmentados</translation>
    </message>
    <message>
        <source>Segments (K)</source>
        <translation>Segmentos (K)</translation>
    </message>
    <message>
        <source>Recommended K</source>
        <translation>K recomendado</translation>
    </message>
    <message>
        <source>Why this K</source>
        <translation>Por qué este K</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Variables distintivas</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Acción recomendada</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportado el</translation>
    </message>
    <message>
        <source>Source SHA-256</source>
        <translation>SHA-256 del origen</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
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
        <translation>Exponente de borrosidad (m)</translation>
    </message>
    <message>
        <source>Smallest K</source>
        <translation>K mínimo</translation>
    </message>
    <message>
        <source>Largest K</source>
        <translation>K máximo</translation>
    </message>
    <message>
        <source>Chosen K</source>
        <translation>K elegido</translation>
    </message>
    <message>
        <source>Elbow K</source>
        <translation>K del codo</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Reinicios</translation>
    </message>
    <message>
        <source>Maximum iterations</source>
        <translation>Iteraciones máximas</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Minimum segment share</source>
        <translation>Proporción mínima por segmento</translation>
    </message>
    <message>
        <source>Clustered on</source>
        <translation>Agrupado según</translation>
    </message>
    <message>
        <source>principal components</source>
        <translation>componentes principales</translation>
    </message>
    <message>
        <source>prepared features</source>
        <translation>variables preparadas</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principales</translation>
    </message>
    <message>
        <source>Explained variance of the components</source>
        <translation>Varianza explicada por los componentes</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>Receta: %1</translation>
    </message>
    <message>
        <source>Rows dropped for missing values</source>
        <translation>Filas descartadas por valores ausentes</translation>
    </message>
    <message>
        <source>Rows dropped as outliers</source>
        <translation>Filas descartadas por valores atípicos</translation>
    </message>
    <message>
        <source>Rows clustered</source>
        <translation>Filas agrupadas</translation>
    </message>
    <message>
        <source>Features clustered</source>
        <translation>Variables agrupadas</translation>
    </message>
    <message>
        <source>Run time (seconds)</source>
        <translation>Tiempo de ejecución (segundos)</translation>
    </message>
    <message>
        <source>Columns flagged PII</source>
        <translation>Columnas marcadas como datos personales</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>PII included</source>
        <translation>Datos personales incluidos</translation>
    </message>
    <message>
        <source>Settings (JSON)</source>
        <translation>Configuración (JSON)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
</context>
<context>
    <name>segmenta::FittedRecipe</name>
    <message>
        <source>The recipe has no feature columns. Add at least one numeric or categorical column.</source>
        <translation>La receta no tiene columnas de variables. Añada al menos una columna numérica o categórica.</translation>
    </message>
    <message>
        <source>The number of drop-tukey features a row must be an outlier in before it is dropped must be at least 1, not %1.</source>
        <translation>El número de variables drop-tukey en las que una fila debe ser un valor atípico para descartarla debe ser al menos 1, no %1.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has two numeric steps in the recipe. Remove one.</source>
        <translation>La columna «%1» tiene dos pasos numéricos en la receta. Elimine uno.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: the clipping percentiles must satisfy 0 &lt;= lower &lt;= upper &lt;= 100, but they are %2 and %3.</source>
        <translation>Columna «%1»: los percentiles de recorte deben cumplir 0 &lt;= inferior &lt;= superior &lt;= 100, pero son %2 y %3.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: the constant for empty cells must be a finite number, not %2.</source>
        <translation>Columna «%1»: la constante para las celdas vacías debe ser un número finito, no %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has two categorical steps in the recipe. Remove one.</source>
        <translation>La columna «%1» tiene dos pasos categóricos en la receta. Elimine uno.</translation>
    </message>
    <message>
        <source>Categorical column &apos;%1&apos; can only drop rows with empty cells or fill them with the most frequent level, not use &apos;%2&apos;.</source>
        <translation>La columna categórica «%1» solo puede descartar las filas con celdas vacías o rellenarlas con el nivel más frecuente, no usar «%2».</translation>
    </message>
    <message>
        <source>The recipe uses the column &apos;%1&apos;, which the data does not have. Check the column name or remove the step.</source>
        <translation>La receta usa la columna «%1», que no está en los datos. Compruebe el nombre de la columna o elimine el paso.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds text, so it cannot be a numeric feature. Use it as a categorical column or exclude it.</source>
        <translation>La columna «%1» contiene texto, por lo que no puede ser una variable numérica. Úsela como columna categórica o exclúyala.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2 holds an infinite value (%3). Correct the cell or remove the row.</source>
        <translation>La columna «%1», fila %2, contiene un valor infinito (%3). Corrija la celda o elimine la fila.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2 holds the code %3, which is not one of its %4 texts. Reload the data.</source>
        <translation>La columna «%1», fila %2, contiene el código %3, que no es ninguno de sus %4 textos. Vuelva a cargar los datos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; empty in %2</source>
        <translation>«%1» vacía en %2</translation>
    </message>
    <message>
        <source>No rows are left to fit the recipe on. Of %1 rows, %2 were dropped for empty cells in columns whose missing-value rule is drop (%3) and %4 as Tukey outliers in at least %5 drop-tukey columns. Fill empty cells instead of dropping rows, or clip outliers instead of dropping them.</source>
        <translation>No quedan filas con las que ajustar la receta. De %1 filas, se han descartado %2 por celdas vacías en columnas cuya regla para valores ausentes es descartar (%3) y %4 por ser valores atípicos de Tukey en al menos %5 columnas drop-tukey. Rellene las celdas vacías en lugar de descartar filas, o recorte los valores atípicos en lugar de descartarlos.</translation>
    </message>
    <message>
        <source>%1 (filled in for an empty cell)</source>
        <translation>%1 (rellenado en una celda vacía)</translation>
    </message>
    <message>
        <source>above 0</source>
        <translation>mayores que 0</translation>
    </message>
    <message>
        <source>log1p, which accepts 0,</source>
        <translation>log1p, que admite el 0,</translation>
    </message>
    <message>
        <source>above -1</source>
        <translation>mayores que -1</translation>
    </message>
    <message>
        <source>no transform</source>
        <translation>ninguna transformación</translation>
    </message>
    <message>
        <source>of 0 or more</source>
        <translation>de 0 o más</translation>
    </message>
    <message>
        <source>log1p (for values above -1) or none,</source>
        <translation>log1p (para valores mayores que -1) o ninguna,</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2: the %3 transform is undefined for the value %4; it needs values %5. Choose %6 or correct the value.</source>
        <translation>Columna «%1», fila %2: la transformación %3 no está definida para el valor %4; necesita valores %5. Elija %6 o corrija el valor.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values in the %2 rows left after dropping rows with empty cells, so the %3 value for its empty cells cannot be computed. Fill empty cells of the other columns instead of dropping rows, or exclude &apos;%1&apos;.</source>
        <translation>La columna «%1» no tiene valores en las %2 filas que quedan tras descartar las filas con celdas vacías, por lo que no se puede calcular el valor %3 para sus celdas vacías. Rellene las celdas vacías de las demás columnas en lugar de descartar filas, o excluya «%1».</translation>
    </message>
    <message>
        <source>%1 after the %2 transform</source>
        <translation>%1 tras la transformación %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has an interquartile range of 0 (at least half of its %2 rows hold %3), so robust scaling would divide by zero. Choose standard or min-max scaling, choose scaling none, or exclude the column.</source>
        <translation>La columna «%1» tiene un rango intercuartílico de 0 (al menos la mitad de sus %2 filas contienen %3), por lo que el escalado robusto dividiría por cero. Elija el escalado estándar o mín–máx, elija ningún escalado o excluya la columna.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; held text when the recipe was fitted but holds numbers now. Load it as text or fit the recipe again.</source>
        <translation>La columna «%1» contenía texto cuando se ajustó la receta, pero ahora contiene números. Cárguela como texto o vuelva a ajustar la receta.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2: the value %3 does not give a finite number. Correct the cell or remove the row.</source>
        <translation>Columna «%1», fila %2: el valor %3 no da un número finito. Corrija la celda o elimine la fila.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values: every cell is empty. Leave it out of the features: untick it, or name it in --exclude.</source>
        <translation>La columna «%1» no tiene valores: todas sus celdas están vacías. Déjela fuera de las variables: desmárquela o indíquela en --exclude.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has the same value (%2) in all %3 rows, so it cannot tell customers apart; scaling turns it into 0 for everyone. Leave it out of the features: untick it, or name it in --exclude.</source>
        <translation>La columna «%1» tiene el mismo valor (%2) en las %3 filas, por lo que no permite distinguir a los clientes; el escalado la convierte en 0 para todos. Déjela fuera de las variables: desmárquela o indíquela en --exclude.</translation>
    </message>
</context>
<context>
    <name>segmenta::FuzzyCMeans</name>
    <message>
        <source>There are no columns to cluster; select at least one feature.</source>
        <translation>No hay columnas que agrupar; seleccione al menos una variable.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds a missing or infinite value; Fuzzy C-Means needs finite numbers, so impute or drop such rows first.</source>
        <translation>La fila %1, columna %2, contiene un valor ausente o infinito; Fuzzy C-Means necesita números finitos, así que primero impute o descarte esas filas.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means needs at least 2 clusters, not %1; choose 2 or more.</source>
        <translation>Fuzzy C-Means necesita al menos 2 clústeres, no %1; elija 2 o más.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means cannot form %1 clusters from %2 rows; choose at most %2 clusters.</source>
        <translation>Fuzzy C-Means no puede formar %1 clústeres a partir de %2 filas; elija como máximo %2 clústeres.</translation>
    </message>
    <message>
        <source>The fuzzifier m must be a number greater than 1, not %1; 2 is the usual choice.</source>
        <translation>El exponente de borrosidad m debe ser un número mayor que 1, no %1; lo habitual es 2.</translation>
    </message>
    <message>
        <source>The iteration limit must be at least 1, not %1.</source>
        <translation>El límite de iteraciones debe ser al menos 1, no %1.</translation>
    </message>
    <message>
        <source>The convergence tolerance must be zero or positive, not %1.</source>
        <translation>La tolerancia de convergencia debe ser cero o positiva, no %1.</translation>
    </message>
    <message>
        <source>The initial centres have %1 columns but the data has %2; give one value per feature.</source>
        <translation>Los centros iniciales tienen %1 columnas, pero los datos tienen %2; indique un valor por variable.</translation>
    </message>
    <message>
        <source>Initial centres %1 and %2 are identical; give distinct centres.</source>
        <translation>Los centros iniciales %1 y %2 son idénticos; indique centros distintos.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means iteration %1</source>
        <translation>Fuzzy C-Means: iteración %1</translation>
    </message>
    <message>
        <source>Fuzzy C-Means done</source>
        <translation>Fuzzy C-Means terminado</translation>
    </message>
    <message>
        <source>The number of restarts must be at least 1, not %1.</source>
        <translation>El número de reinicios debe ser al menos 1, no %1.</translation>
    </message>
</context>
<context>
    <name>segmenta::GuessText</name>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>Thousands separator</source>
        <translation>Separador de miles</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Date system</source>
        <translation>Sistema de fechas</translation>
    </message>
    <message>
        <source>First column</source>
        <translation>Primera columna</translation>
    </message>
    <message>
        <source>Sheet choice</source>
        <translation>Elección de hoja</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Date format of %1</source>
        <translation>Formato de fecha de %1</translation>
    </message>
</context>
<context>
    <name>segmenta::GuideDialog</name>
    <message>
        <source>Segmenta User Guide</source>
        <translation>Guía del usuario de Segmenta</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportColumnsPage</name>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportInvoicePage</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportJob</name>
    <message>
        <source>The column &apos;%1&apos; holds text such as &apos;%2&apos;, so it cannot be %3; choose categorical, identifier or text.</source>
        <translation>La columna «%1» contiene texto como «%2», por lo que no puede ser de tipo %3; elija categórico, identificador o texto.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura terminada</translation>
    </message>
    <message>
        <source> (customers)</source>
        <translation> (clientes)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportLimits</name>
    <message>
        <source>Sheet &apos;%1&apos; has a value in cell %2, beyond column %3: Segmenta imports tables of at most %3 columns. Delete the columns you do not need, or copy the ones you need to a sheet of their own and import that sheet.</source>
        <translation>La hoja «%1» tiene un valor en la celda %2, más allá de la columna %3: Segmenta importa tablas de %3 columnas como máximo. Elimine las columnas que no necesite, o copie las que necesite en una hoja aparte e importe esa hoja.</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportPreviewPage</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Point ( . )</source>
        <translation>Punto ( . )</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Sin fila de encabezado</translation>
    </message>
    <message>
        <source>In row</source>
        <translation>En la fila</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculta)</translation>
    </message>
    <message>
        <source>The first rows of %1 as they will be imported. Change a setting if the columns or numbers look wrong.</source>
        <translation>Las primeras filas de %1 tal como se importarán. Cambie algún ajuste si las columnas o los números no parecen correctos.</translation>
    </message>
    <message>
        <source>The first rows of the database&apos;s answer as they will be imported.</source>
        <translation>Las primeras filas de la respuesta de la base de datos tal como se importarán.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… y %1 problemas más.</translation>
    </message>
    <message>
        <source>This cannot be imported as it is:
%1</source>
        <translation>Esto no se puede importar tal como está:
%1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message>
        <source>%1; the first %2 rows are shown.</source>
        <translation>%1; se muestran las primeras %2 filas.</translation>
    </message>
    <message>
        <source>%1, rows: %2.</source>
        <translation>%1, filas: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source> (and %1 more notes)</source>
        <translation> (y %1 notas más)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automático: %1</translation>
    </message>
    <message>
        <source>Automatic: row %1</source>
        <translation>Automático: fila %1</translation>
    </message>
    <message>
        <source>Day first (D/M/Y)</source>
        <translation>Primero el día (D/M/Y)</translation>
    </message>
    <message>
        <source>Month first (M/D/Y)</source>
        <translation>Primero el mes (M/D/Y)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportReportPage</name>
    <message>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Fila %1, %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, datos personales</translation>
    </message>
    <message>
        <source>Invoice lines read</source>
        <translation>Líneas de factura leídas</translation>
    </message>
    <message>
        <source>Lines used</source>
        <translation>Líneas usadas</translation>
    </message>
    <message>
        <source>Lines without a customer</source>
        <translation>Líneas sin cliente</translation>
    </message>
    <message>
        <source>Lines with unusable values</source>
        <translation>Líneas con valores no utilizables</translation>
    </message>
    <message>
        <source>Lines of cancelled invoices</source>
        <translation>Líneas de facturas anuladas</translation>
    </message>
    <message>
        <source>Cancelled invoices</source>
        <translation>Facturas anuladas</translation>
    </message>
    <message>
        <source>Returned lines</source>
        <translation>Líneas devueltas</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; was added to the project: %2 of %3 rows read were imported, %4 skipped.</source>
        <translation>Se ha añadido el conjunto de datos «%1» al proyecto: se han importado %2 de las %3 filas leídas y se han omitido %4.</translation>
    </message>
    <message>
        <source>They became %1 customers.</source>
        <translation>Se han convertido en %1 clientes.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Values that could not be used</source>
        <translation>Valores que no se han podido usar</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Líneas de factura</translation>
    </message>
    <message>
        <source>Guesses</source>
        <translation>Valores deducidos</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportRunPage</name>
    <message>
        <source>&amp;Report &gt;</source>
        <translation>In&amp;forme &gt;</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <translation>%1 — %2 %</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added to the project.</source>
        <translation>Se ha cancelado la importación; no se ha añadido nada al proyecto.</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2, %3</source>
        <translation>Base de datos PostgreSQL %1 en %2, %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>una consulta</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>, hoja %1</translation>
    </message>
    <message>
        <source>; invoice lines become one row per customer</source>
        <translation>; las líneas de factura pasan a ser una fila por cliente</translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Asigne un nombre al conjunto de datos.</translation>
    </message>
    <message>
        <source>The project already has a dataset named &apos;%1&apos;; choose another name.</source>
        <translation>El proyecto ya tiene un conjunto de datos llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it, then import.</source>
        <translation>Hay otra tarea en curso; espere a que termine o cancélela y después importe.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Filas leídas: %1.</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>This data was already imported as the dataset &apos;%1&apos; on %2.

Import it again as &apos;%3&apos;?</source>
        <translation>Estos datos ya se importaron como el conjunto de datos «%1» el %2.

¿Desea importarlos de nuevo como «%3»?</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Importar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportSource</name>
    <message>
        <source>cancelled</source>
        <translation>operación cancelada</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Comprobando el archivo</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (y %1 problemas más)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>A database import needs either a table or a query.</source>
        <translation>Una importación desde una base de datos necesita una tabla o una consulta.</translation>
    </message>
    <message>
        <source>query: %1</source>
        <translation>consulta: %1</translation>
    </message>
    <message>
        <source>table: %1</source>
        <translation>tabla: %1</translation>
    </message>
    <message>
        <source> query</source>
        <translation> (consulta)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportSourcePage</name>
    <message>
        <source>There is no file at &apos;%1&apos;.</source>
        <translation>No hay ningún archivo en «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: check its permissions.</source>
        <translation>No se puede leer «%1»: compruebe sus permisos.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
</context>
<context>
    <name>segmenta::InvoiceFeatures</name>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Elija la columna de %1.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; (mapped as the %2).</source>
        <translation>No hay ninguna columna «%1» (asignada como %2).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (the %2) holds dates, not numbers.</source>
        <translation>La columna «%1» (%2) contiene fechas, no números.</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>fecha de factura</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has %2 categories: the %3 with the largest net spend have their own column, the other %4 are summed into &quot;Spend: other&quot;.</source>
        <translation>La columna «%1» tiene %2 categorías: las %3 con mayor gasto neto tienen su propia columna y las otras %4 se suman en «Spend: other».</translation>
    </message>
    <message>
        <source>At least one category column must be allowed.</source>
        <translation>Debe permitirse al menos una columna de categoría.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <source>invoice ID</source>
        <translation>ID de factura</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>Aggregating invoice lines</source>
        <translation>Agregando las líneas de factura</translation>
    </message>
    <message>
        <source>The invoice date is missing.</source>
        <translation>Falta la fecha de factura.</translation>
    </message>
    <message>
        <source>The %1 is missing or not a number.</source>
        <translation>Falta el valor de %1 o no es un número.</translation>
    </message>
    <message>
        <source>The invoice ID is missing.</source>
        <translation>Falta el ID de factura.</translation>
    </message>
    <message>
        <source>No invoice line has both a customer ID and usable values (%1 of %2 lines have no customer ID, %3 have missing or invalid values).</source>
        <translation>Ninguna línea de factura tiene a la vez un ID de cliente y valores utilizables (%1 de %2 líneas no tienen ID de cliente y %3 tienen valores ausentes o no válidos).</translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation>(no válido)</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (the invoice date) holds text, not dates. Dates are recognised as Y-M-D, D/M/Y or M/D/Y, optionally with a time; choose the order with --date-format (or date-format= in --invoices; Dates in the import wizard), or map another column.</source>
        <translation>La columna «%1» (la fecha de factura) contiene texto, no fechas. Las fechas se reconocen como Y-M-D, D/M/Y o M/D/Y, opcionalmente con una hora; elija el orden con --date-format (o date-format= en --invoices; Fechas en el asistente de importación), o asigne otra columna.</translation>
    </message>
    <message>
        <source>Map either the quantity and unit price columns, or the amount column (quantity= and price=, or amount= in --invoices).</source>
        <translation>Asigne o bien las columnas de cantidad y precio unitario, o bien la columna de importe (quantity= y price=, o amount= en --invoices).</translation>
    </message>
    <message>
        <source>The reference day %1 is before the last invoice day %2. Give a later day in reference= of --invoices, or leave it out.</source>
        <translation>El día de referencia %1 es anterior al último día de factura, %2. Indique un día posterior en reference= de --invoices, u omítalo.</translation>
    </message>
    <message>
        <source>Returns (%1 lines) and cancellations (%2 lines) reduce each customer&apos;s Monetary and Spend values, but never below 0; %3 customers returned more than they bought in these lines and have a Monetary of 0.</source>
        <translation>Las devoluciones (%1 líneas) y las anulaciones (%2 líneas) reducen los valores Monetary y Spend de cada cliente, pero nunca por debajo de 0; %3 clientes devolvieron más de lo que compraron en estas líneas y tienen un valor Monetary de 0.</translation>
    </message>
</context>
<context>
    <name>segmenta::KMeans</name>
    <message>
        <source>K-Means input</source>
        <translation>Entrada de K-Means</translation>
    </message>
    <message>
        <source>Initial K-Means centres</source>
        <translation>Centros iniciales de K-Means</translation>
    </message>
    <message>
        <source>K-Means needs at least one segment, but K = %1 was asked for. Choose K of 1 or more.</source>
        <translation>K-Means necesita al menos un segmento, pero se ha pedido K = %1. Elija un K de 1 o más.</translation>
    </message>
    <message>
        <source>K = %1 segments were asked for, but the data has only %2 rows. Choose K of at most %2.</source>
        <translation>Se han pedido K = %1 segmentos, pero los datos solo tienen %2 filas. Elija un K de %2 como máximo.</translation>
    </message>
    <message>
        <source>%1: the value in row %2, column %3 is missing or not a finite number (%4). Impute or drop missing values before running K-Means.</source>
        <translation>%1: el valor de la fila %2, columna %3, falta o no es un número finito (%4). Impute o descarte los valores ausentes antes de ejecutar K-Means.</translation>
    </message>
    <message>
        <source>K-Means needs at least one restart and one iteration, but %1 restarts and %2 iterations were asked for. Use positive values.</source>
        <translation>K-Means necesita al menos un reinicio y una iteración, pero se han pedido %1 reinicios y %2 iteraciones. Use valores positivos.</translation>
    </message>
    <message>
        <source>The K-Means tolerance must be 0 or positive, not %1.</source>
        <translation>La tolerancia de K-Means debe ser 0 o positiva, no %1.</translation>
    </message>
    <message>
        <source>K = %1 segments were asked for, but the data has only %2 distinct rows. Choose a smaller K (at most %2).</source>
        <translation>Se han pedido K = %1 segmentos, pero los datos solo tienen %2 filas distintas. Elija un K menor (como máximo %2).</translation>
    </message>
    <message>
        <source>The initial K-Means centres have %1 columns but the data has %2. Give one coordinate per data column.</source>
        <translation>Los centros iniciales de K-Means tienen %1 columnas, pero los datos tienen %2. Indique una coordenada por columna de datos.</translation>
    </message>
    <message>
        <source>K = %1, restart %2 of %3</source>
        <translation>K = %1, reinicio %2 de %3</translation>
    </message>
    <message>
        <source>K = %1, done</source>
        <translation>K = %1, terminado</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelection</name>
    <message>
        <source>No model was fitted for K = %1; choose a K between %2 and %3.</source>
        <translation>No se ha ajustado ningún modelo para K = %1; elija un K entre %2 y %3.</translation>
    </message>
    <message>
        <source>No K could be scored, so none is recommended.</source>
        <translation>No se ha podido puntuar ningún K, así que no se recomienda ninguno.</translation>
    </message>
    <message>
        <source>K = %1 is the only K that was asked for.</source>
        <translation>K = %1 es el único K que se ha pedido.</translation>
    </message>
    <message>
        <source>K = %1 is the elbow of the inertia curve and its silhouette (%2) is within 0.02 of the best (%3 at K = %4), with every segment holding at least %5% of the rows.</source>
        <translation>K = %1 es el codo de la curva de inercia y su silueta (%2) está a menos de 0,02 de la mejor (%3 con K = %4), y todos los segmentos contienen al menos el %5 % de las filas.</translation>
    </message>
    <message>
        <source>; the inertia elbow is at K = %1</source>
        <translation>; el codo de la inercia está en K = %1</translation>
    </message>
    <message>
        <source>; the inertia curve shows no clear elbow</source>
        <translation>; la curva de inercia no muestra un codo claro</translation>
    </message>
    <message>
        <source>K = %1 has the highest silhouette (%2); every K leaves a segment with less than %3% of the rows%4.</source>
        <translation>K = %1 tiene la silueta más alta (%2); todos los K dejan algún segmento con menos del %3 % de las filas%4.</translation>
    </message>
    <message>
        <source>K = %1 has the highest silhouette (%2) among the K whose smallest segment holds at least %3% of the rows%4.</source>
        <translation>K = %1 tiene la silueta más alta (%2) entre los K cuyo segmento más pequeño contiene al menos el %3 % de las filas%4.</translation>
    </message>
    <message>
        <source>The range of K must start at 2 or more and not end before it starts (got %1 to %2).</source>
        <translation>El intervalo de K debe empezar en 2 o más y no terminar antes de empezar (se ha recibido de %1 a %2).</translation>
    </message>
    <message>
        <source>K = %1 needs more than %1 rows, but the data has %2 rows; choose a smaller K.</source>
        <translation>K = %1 necesita más de %1 filas, pero los datos tienen %2 filas; elija un K menor.</translation>
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
        <translation>Elección del número de segmentos</translation>
    </message>
    <message>
        <source>Number of segments K</source>
        <translation>Número de segmentos K</translation>
    </message>
    <message>
        <source>Score, scaled to [0, 1] over K</source>
        <translation>Puntuación, escalada a [0, 1] sobre los K</translation>
    </message>
    <message>
        <source>Inertia (look for the elbow)</source>
        <translation>Inercia (busque el codo)</translation>
    </message>
    <message>
        <source>Silhouette (higher is better)</source>
        <translation>Silueta (cuanto más alta, mejor)</translation>
    </message>
    <message>
        <source>Calinski–Harabasz (higher is better)</source>
        <translation>Calinski–Harabasz (cuanto más alto, mejor)</translation>
    </message>
    <message>
        <source>Davies–Bouldin (lower is better)</source>
        <translation>Davies–Bouldin (cuanto más bajo, mejor)</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelectionView</name>
    <message>
        <source>Run an analysis (Analysis tab) to compare the numbers of segments.</source>
        <translation>Ejecute un análisis (pestaña Análisis) para comparar los números de segmentos.</translation>
    </message>
    <message>
        <source>Number of &amp;segments shown:</source>
        <translation>Número de &amp;segmentos mostrado:</translation>
    </message>
    <message>
        <source>Number of segments shown</source>
        <translation>Número de segmentos mostrado</translation>
    </message>
    <message>
        <source>Every view shows the segments of this K. Clicking a curve or a row of the table also chooses K.</source>
        <translation>Todas las vistas muestran los segmentos de este K. Al hacer clic en una curva o en una fila de la tabla también se elige K.</translation>
    </message>
    <message>
        <source>Scores against the number of segments</source>
        <translation>Puntuaciones frente al número de segmentos</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inercia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silueta</translation>
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
        <translation>Segmento más pequeño</translation>
    </message>
    <message>
        <source>Within-segment sum of squares: look for the elbow</source>
        <translation>Suma de cuadrados dentro de los segmentos: busque el codo</translation>
    </message>
    <message>
        <source>−1 to 1, higher is better</source>
        <translation>De −1 a 1; cuanto más alta, mejor</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>Scores of every K</source>
        <translation>Puntuaciones de cada K</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, then choose K again.</source>
        <translation>Espere a que termine la tarea en curso y vuelva a elegir K.</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: K = %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Recomendado: K = %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
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
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Analysis started; the window stays usable while it runs.</source>
        <translation>Se ha iniciado el análisis; puede seguir usando la ventana mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Se ha exportado %1.</translation>
    </message>
    <message>
        <source>%1 Did Not Finish</source>
        <translation>%1: no se ha completado</translation>
    </message>
    <message>
        <source>%1 cancelled; the project is unchanged.</source>
        <translation>Se ha cancelado la tarea «%1»; el proyecto no ha cambiado.</translation>
    </message>
    <message>
        <source>Run %1 shows %2 segments of %3 customers. %4</source>
        <translation>La ejecución %1 muestra %2 segmentos de %3 clientes. %4</translation>
    </message>
    <message>
        <source>K = %1 was chosen by you.</source>
        <translation>Usted ha elegido K = %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>Start an empty untitled project</source>
        <translation>Crear un proyecto vacío sin título</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open a .segmenta project file</source>
        <translation>Abrir un archivo de proyecto .segmenta</translation>
    </message>
    <message>
        <source>Segment the bundled Wholesale customers sample</source>
        <translation>Segmentar los datos de ejemplo incluidos Wholesale customers</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>Import a CSV, Excel or OpenDocument file or a PostgreSQL table</source>
        <translation>Importar un archivo CSV, Excel u OpenDocument o una tabla de PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the untitled project to a file</source>
        <translation>Guardar en un archivo el proyecto sin título</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Guardar el proyecto con otro nombre</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>Informe &amp;PDF…</translation>
    </message>
    <message>
        <source>Write a PDF report of the segments shown</source>
        <translation>Generar un informe PDF de los segmentos mostrados</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>Libro de &amp;Excel…</translation>
    </message>
    <message>
        <source>Write the segments to an Excel workbook</source>
        <translation>Escribir los segmentos en un libro de Excel</translation>
    </message>
    <message>
        <source>&amp;CSV Files…</source>
        <translation>Archivos &amp;CSV…</translation>
    </message>
    <message>
        <source>Write assignments, profiles and metrics as CSV</source>
        <translation>Escribir las asignaciones, los perfiles y las métricas en CSV</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Cerrar el proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Segmenta</source>
        <translation>Salir de Segmenta</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>&amp;Copiar figura</translation>
    </message>
    <message>
        <source>Copy the figure shown to the clipboard</source>
        <translation>Copiar al portapapeles la figura mostrada</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language and the defaults of new analyses</source>
        <translation>Idioma y valores predeterminados de los análisis nuevos</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>&amp;Ejecutar análisis</translation>
    </message>
    <message>
        <source>Fit and score every K with the settings of the Analysis tab</source>
        <translation>Ajustar y puntuar cada K con la configuración de la pestaña Análisis</translation>
    </message>
    <message>
        <source>&amp;Cancel Task</source>
        <translation>&amp;Cancelar tarea</translation>
    </message>
    <message>
        <source>Stop the running task</source>
        <translation>Detener la tarea en curso</translation>
    </message>
    <message>
        <source>&amp;Fewer Segments</source>
        <translation>Men&amp;os segmentos</translation>
    </message>
    <message>
        <source>Show the segments of K − 1</source>
        <translation>Mostrar los segmentos de K − 1</translation>
    </message>
    <message>
        <source>&amp;More Segments</source>
        <translation>&amp;Más segmentos</translation>
    </message>
    <message>
        <source>Show the segments of K + 1</source>
        <translation>Mostrar los segmentos de K + 1</translation>
    </message>
    <message>
        <source>Compare the two runs selected in the Project panel</source>
        <translation>Comparar las dos ejecuciones seleccionadas en el panel Proyecto</translation>
    </message>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>E&amp;liminar ejecución…</translation>
    </message>
    <message>
        <source>Remove the run selected in the Project panel</source>
        <translation>Quitar del proyecto la ejecución seleccionada en el panel Proyecto</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use Segmenta</source>
        <translation>Cómo usar Segmenta</translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation>&amp;Acerca de Segmenta</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>Versión y bibliotecas</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pan&amp;talla completa</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Usar toda la pantalla</translation>
    </message>
    <message>
        <source>No K = %1 in this run, or another task is running.</source>
        <translation>No hay K = %1 en esta ejecución, o hay otra tarea en curso.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
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
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Run an analysis first: the export describes the segments shown.</source>
        <translation>Ejecute primero un análisis: la exportación describe los segmentos mostrados.</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 segmentos</translation>
    </message>
    <message>
        <source>Cannot Compare the Runs</source>
        <translation>No se pueden comparar las ejecuciones</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple</source>
        <translation>Abrir el &amp;ejemplo</translation>
    </message>
    <message>
        <source>Comp&amp;are Runs…</source>
        <translation>Comp&amp;arar ejecuciones…</translation>
    </message>
    <message>
        <source>Pro&amp;ject Panel</source>
        <translation>Panel P&amp;royecto</translation>
    </message>
</context>
<context>
    <name>segmenta::Metrics</name>
    <message>
        <source>The number of clusters must be positive, not %1.</source>
        <translation>El número de clústeres debe ser positivo, no %1.</translation>
    </message>
    <message>
        <source>There are %1 cluster labels for %2 rows; every row needs exactly one label.</source>
        <translation>Hay %1 etiquetas de clúster para %2 filas; cada fila necesita exactamente una etiqueta.</translation>
    </message>
    <message>
        <source>Row %1 has cluster label %2, but labels must lie between 0 and %3 for %4 clusters. Re-run the clustering or correct the labels.</source>
        <translation>La fila %1 tiene la etiqueta de clúster %2, pero las etiquetas deben estar entre 0 y %3 para %4 clústeres. Vuelva a ejecutar el agrupamiento o corrija las etiquetas.</translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is missing or not a finite number. Impute or drop missing values before computing cluster quality.</source>
        <translation>El valor de la fila %1, columna %2, falta o no es un número finito. Impute o descarte los valores ausentes antes de calcular la calidad de los clústeres.</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silueta</translation>
    </message>
    <message>
        <source>The centroids have %1 columns but the data has %2; use the centroids of a clustering of these columns.</source>
        <translation>Los centroides tienen %1 columnas, pero los datos tienen %2; use los centroides de un agrupamiento de estas columnas.</translation>
    </message>
    <message>
        <source>The silhouette sample size must be at least 2, not %1.</source>
        <translation>El tamaño de la muestra para la silueta debe ser al menos 2, no %1.</translation>
    </message>
    <message numerus="yes">
        <source>The labels form %n clusters over %1 rows, but cluster quality needs between 2 and %2 clusters (at most one less than the rows). Choose a different number of clusters.</source>
        <translation>
            <numerusform>Las etiquetas forman %n clúster sobre %1 filas, pero la calidad de los clústeres requiere entre 2 y %2 clústeres (como máximo uno menos que el número de filas). Elija otro número de clústeres.</numerusform>
            <numerusform>Las etiquetas forman %n clústeres sobre %1 filas, pero la calidad de los clústeres requiere entre 2 y %2 clústeres (como máximo uno menos que el número de filas). Elija otro número de clústeres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::MiniBatchKMeans</name>
    <message>
        <source>Mini-batch K-Means needs a batch of at least one row, at least one step without improvement and at least one initialisation, but got %1, %2 and %3.</source>
        <translation>Mini-batch K-Means necesita un lote de al menos una fila, al menos un paso sin mejora y al menos una inicialización, pero se han recibido %1, %2 y %3.</translation>
    </message>
    <message>
        <source>K = %1, mini-batch step %2</source>
        <translation>K = %1, paso de minilote %2</translation>
    </message>
    <message>
        <source>K = %1, done</source>
        <translation>K = %1, terminado</translation>
    </message>
</context>
<context>
    <name>segmenta::OdsReader</name>
    <message>
        <source>an OpenDocument text document (.odt)</source>
        <translation>un documento de texto OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp)</source>
        <translation>una presentación OpenDocument (.odp)</translation>
    </message>
    <message>
        <source>an OpenDocument drawing (.odg)</source>
        <translation>un dibujo OpenDocument (.odg)</translation>
    </message>
    <message>
        <source>an OpenDocument formula (.odf)</source>
        <translation>una fórmula OpenDocument (.odf)</translation>
    </message>
    <message>
        <source>an OpenDocument chart (.odc)</source>
        <translation>un gráfico OpenDocument (.odc)</translation>
    </message>
    <message>
        <source>a LibreOffice Base database (.odb)</source>
        <translation>una base de datos de LibreOffice Base (.odb)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sheets.</source>
        <translation>«%1» no tiene hojas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sheet named &apos;%2&apos;. Choose one of its sheets: %3.</source>
        <translation>«%1» no tiene ninguna hoja llamada «%2». Elija una de sus hojas: %3.</translation>
    </message>
    <message>
        <source>Sheet read</source>
        <translation>Hoja leída</translation>
    </message>
    <message>
        <source>a document of type &apos;%1&apos;</source>
        <translation>un documento de tipo «%1»</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un documento de Word (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>una presentación de PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>a ZIP archive without spreadsheet content</source>
        <translation>un archivo ZIP sin contenido de hoja de cálculo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but %2. Choose the matching import, or open it and save it as an .ods spreadsheet.</source>
        <translation>«%1» no es una hoja de cálculo de LibreOffice, sino %2. Elija la importación adecuada, o ábralo y guárdelo como hoja de cálculo .ods.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is protected with a password. Open it in LibreOffice and save it without a password (File &gt; Properties &gt; Security, or File &gt; Save As without &quot;Save with password&quot;).</source>
        <translation>«%1» está protegido con contraseña. Ábralo en LibreOffice y guárdelo sin contraseña (Archivo &gt; Propiedades &gt; Seguridad, o Archivo &gt; Guardar como sin «Guardar con contraseña»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has no content.xml. Open it in LibreOffice and save it again.</source>
        <translation>«%1» está dañado: no tiene content.xml. Ábralo en LibreOffice y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist. Check the name and folder.</source>
        <translation>El archivo «%1» no existe. Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: it is empty or you lack permission to read it.</source>
        <translation>No se puede leer «%1»: está vacío o no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but a legacy Excel .xls file or a password-protected Excel workbook. Open it in LibreOffice and save it as .ods without a password.</source>
        <translation>«%1» no es una hoja de cálculo de LibreOffice, sino un archivo .xls antiguo de Excel o un libro de Excel protegido con contraseña. Ábralo en LibreOffice y guárdelo como .ods sin contraseña.</translation>
    </message>
    <message>
        <source> in sheet &apos;%1&apos; near row %2</source>
        <translation> en la hoja «%1», cerca de la fila %2</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged%1: its content.xml cannot be read (%2 at line %3). Open it in LibreOffice and save it again.</source>
        <translation>La hoja de cálculo está dañada%1: no se puede leer su content.xml (%2 en la línea %3). Ábrala en LibreOffice y vuelva a guardarla.</translation>
    </message>
    <message>
        <source>Reading sheet %1</source>
        <translation>Leyendo la hoja %1</translation>
    </message>
    <message>
        <source>Cell %1%2 of sheet &apos;%3&apos; holds the value &apos;%4&apos;, which is not a valid number, date or time; the text it shows (&apos;%5&apos;) is used instead.</source>
        <translation>La celda %1%2 de la hoja «%3» contiene el valor «%4», que no es un número, una fecha ni una hora válidos; en su lugar se usa el texto que muestra («%5»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (hidden)</source>
        <translation>«%1» (oculta)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but a text file; import it as a CSV or text file.</source>
        <translation>«%1» no es una hoja de cálculo de LibreOffice, sino un archivo de texto; impórtelo como archivo CSV o de texto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet: its first bytes match none of the formats Segmenta reads (ODS, XLSX, XLSM, CSV). Check that you chose the right file.</source>
        <translation>«%1» no es una hoja de cálculo de LibreOffice: sus primeros bytes no coinciden con ninguno de los formatos que lee Segmenta (ODS, XLSX, XLSM, CSV). Compruebe que ha elegido el archivo correcto.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; has values beyond row %2, the last a sheet can have. Keep only the rows you need, or save them as CSV, and import again.</source>
        <translation>La hoja «%1» tiene valores más allá de la fila %2, la última que puede tener una hoja. Conserve solo las filas que necesite, o guárdelas como CSV, y vuelva a importar.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; repeats its rows and cells into more than %2 cells (at row %3). Such a sheet is damaged or made to exhaust memory; open it in LibreOffice, keep the rows you need and save it again.</source>
        <translation>La hoja «%1» repite sus filas y celdas hasta superar las %2 celdas (en la fila %3). Una hoja así está dañada o creada para agotar la memoria; ábrala en LibreOffice, conserve las filas que necesite y vuelva a guardarla.</translation>
    </message>
</context>
<context>
    <name>segmenta::OutputFile</name>
    <message>
        <source>no file name was given</source>
        <translation>no se ha indicado ningún nombre de archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::Pca</name>
    <message>
        <source>PCA input</source>
        <translation>Entrada del ACP</translation>
    </message>
    <message>
        <source>Rows to project</source>
        <translation>Filas que proyectar</translation>
    </message>
    <message>
        <source>%1: the value in row %2, column %3 is missing or not a finite number. Impute or drop missing values before running PCA.</source>
        <translation>%1: el valor de la fila %2, columna %3, falta o no es un número finito. Impute o descarte los valores ausentes antes de ejecutar el ACP.</translation>
    </message>
    <message>
        <source>PCA needs at least 2 rows, but the data has %1. Load more rows.</source>
        <translation>El ACP necesita al menos 2 filas, pero los datos tienen %1. Cargue más filas.</translation>
    </message>
    <message>
        <source>PCA needs at least one numeric column. Select feature columns first.</source>
        <translation>El ACP necesita al menos una columna numérica. Seleccione primero las columnas de variables.</translation>
    </message>
    <message>
        <source>The number of PCA components must be positive (or 0 to choose it by explained variance), not %1.</source>
        <translation>El número de componentes del ACP debe ser positivo (o 0 para elegirlo según la varianza explicada), no %1.</translation>
    </message>
    <message>
        <source>The explained-variance fraction for choosing PCA components must lie in (0, 1], not %1.</source>
        <translation>La fracción de varianza explicada para elegir los componentes del ACP debe estar en (0, 1], no %1.</translation>
    </message>
    <message>
        <source>The PCA thread count must be 0 (automatic) or positive, not %1.</source>
        <translation>El número de hilos del ACP debe ser 0 (automático) o positivo, no %1.</translation>
    </message>
    <message>
        <source>Decomposing</source>
        <translation>Descomponiendo</translation>
    </message>
    <message>
        <source>Projecting</source>
        <translation>Proyectando</translation>
    </message>
    <message>
        <source>Singular value decomposition</source>
        <translation>Descomposición en valores singulares</translation>
    </message>
    <message>
        <source>Every column is constant, so there is no variance for PCA to explain. Select columns whose values differ between rows.</source>
        <translation>Todas las columnas son constantes, así que el ACP no tiene varianza que explicar. Seleccione columnas cuyos valores varíen entre filas.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The rows to project have %1 columns, but the PCA was fitted on %2. Use the same feature columns as for the fit.</source>
        <translation>Las filas que proyectar tienen %1 columnas, pero el ACP se ajustó con %2. Use las mismas columnas de variables que en el ajuste.</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfDataSections</name>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Cells that could not be used</source>
        <translation>Celdas que no se han podido usar</translation>
    </message>
    <message>
        <source>Data summary</source>
        <translation>Resumen de los datos</translation>
    </message>
    <message>
        <source>The dataset has %1 rows and %2 columns; %3 of its %4 cells are missing (%5).</source>
        <translation>El conjunto de datos tiene %1 filas y %2 columnas; faltan %3 de sus %4 celdas (%5).</translation>
    </message>
    <message>
        <source>1 column marked as personal data is left out of this report.</source>
        <translation>En este informe se excluye 1 columna marcada como datos personales.</translation>
    </message>
    <message>
        <source>%1 columns marked as personal data are left out of this report.</source>
        <translation>En este informe se excluyen %1 columnas marcadas como datos personales.</translation>
    </message>
    <message>
        <source>%1 rows were used in the analysis; %2 were dropped for missing values and %3 as outliers.</source>
        <translation>Se han usado %1 filas en el análisis; se han descartado %2 por valores ausentes y %3 por valores atípicos.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>No import report is stored with this dataset.</source>
        <translation>No hay ningún informe de importación guardado con este conjunto de datos.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Preprocessing recipe</source>
        <translation>Receta de preprocesamiento</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>How these segments were computed, so that they can be checked and reproduced: the same data (identified by its SHA-256), recipe and settings give the same segments.</source>
        <translation>Cómo se calcularon estos segmentos, para que puedan comprobarse y reproducirse: los mismos datos (identificados por su SHA-256), receta y configuración dan los mismos segmentos.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>K tried</source>
        <translation>K probados</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>K reported</source>
        <translation>K del informe</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Clustered on</source>
        <translation>Agrupado según</translation>
    </message>
    <message>
        <source>%1 principal components</source>
        <translation>%1 componentes principales</translation>
    </message>
    <message>
        <source>%1 prepared features</source>
        <translation>%1 variables preparadas</translation>
    </message>
    <message>
        <source>Customers clustered</source>
        <translation>Clientes agrupados</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silueta</translation>
    </message>
    <message>
        <source>Smallest segment allowed for the recommendation</source>
        <translation>Segmento más pequeño admitido para la recomendación</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <source>%1 s in total, of which %2 s fitting and scoring the K</source>
        <translation>%1 s en total, de ellos %2 s para ajustar y puntuar los K</translation>
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
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Source SHA-256</source>
        <translation>SHA-256 del origen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Informe creado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>%1, personal data</source>
        <translation>%1, datos personales</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valores ausentes</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformación</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valores atípicos</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Categorical column</source>
        <translation>Columna categórica</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Principal components: %1 kept, explaining %2 of the variance of the prepared features.</source>
        <translation>Componentes principales: se conservan %1, que explican el %2 de la varianza de las variables preparadas.</translation>
    </message>
    <message>
        <source>The segments were found on these components.</source>
        <translation>Los segmentos se han obtenido sobre estos componentes.</translation>
    </message>
    <message>
        <source>The segments were found on the prepared features; the components only place customers on the segment map.</source>
        <translation>Los segmentos se han obtenido sobre las variables preparadas; los componentes solo sitúan a los clientes en el mapa de segmentos.</translation>
    </message>
    <message>
        <source>Preprocessing variants</source>
        <translation>Variantes de preprocesamiento</translation>
    </message>
    <message>
        <source>Every combination of transform and scaling was also scored over the same K; the best silhouette of each:</source>
        <translation>También se ha puntuado cada combinación de transformación y escalado sobre los mismos K; la mejor silueta de cada una:</translation>
    </message>
    <message>
        <source>Best K</source>
        <translation>Mejor K</translation>
    </message>
    <message>
        <source>Best silhouette</source>
        <translation>Mejor silueta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>no es posible: %1</translation>
    </message>
    <message>
        <source>mean over a random sample of %1 customers (seed %2)</source>
        <translation>media sobre una muestra aleatoria de %1 clientes (semilla %2)</translation>
    </message>
    <message>
        <source>exact mean over all %1 customers</source>
        <translation>media exacta sobre los %1 clientes</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detectado)</translation>
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
        <translation>INFORME DE SEGMENTACIÓN DE CLIENTES</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Clientes analizados</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTOS</translation>
    </message>
    <message>
        <source>%1 — %2 of customers</source>
        <translation>%1 — %2 de los clientes</translation>
    </message>
    <message>
        <source>Created with Segmenta %1</source>
        <translation>Creado con Segmenta %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended action:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Acción recomendada:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>el conjunto de datos</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The %1 customers of %2 fall into %3 segments, found with %4 on %5 features.</source>
        <translation>Los %1 clientes de %2 se reparten en %3 segmentos, obtenidos con %4 sobre %5 variables.</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>Mini-batch K-Means</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfPageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfRatioBars</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfReport</name>
    <message>
        <source>Segment %1 · %2</source>
        <translation>Segmento %1 · %2</translation>
    </message>
    <message>
        <source>Segmenta %1</source>
        <translation>Segmenta %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: there is no analysis to report.</source>
        <translation>No se puede escribir el informe PDF %1: no hay ningún análisis del que informar.</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: %2</source>
        <translation>No se puede escribir el informe PDF %1: %2</translation>
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
        <translation>Media del segmento</translation>
    </message>
    <message>
        <source>Segment median</source>
        <translation>Mediana del segmento</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Media global</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× media</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Puntuación z</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>This segment</source>
        <translation>Este segmento</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation>nada en particular</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Proporción de clientes</translation>
    </message>
    <message>
        <source>Stands out most for</source>
        <translation>Lo que más lo distingue</translation>
    </message>
    <message>
        <source>Compared with the average customer</source>
        <translation>Comparado con el cliente medio</translation>
    </message>
    <message>
        <source>Each bar is the segment&apos;s mean as a multiple of the overall mean, on a doubling scale: bars to the right are above the average customer, bars to the left below.</source>
        <translation>Cada barra es la media del segmento como múltiplo de la media global, en una escala que se duplica: las barras hacia la derecha están por encima del cliente medio y las de la izquierda, por debajo.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Mix by category</source>
        <translation>Composición por categoría</translation>
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
        <translation>Inercia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silueta</translation>
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
        <translation>Segmento más pequeño</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Partition coefficient</source>
        <translation>Coeficiente de partición</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>del informe</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>codo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choosing the number of segments</source>
        <translation>Elección del número de segmentos</translation>
    </message>
    <message>
        <source>Each score is scaled to the range 0–1 over the K tried so that the four curves can be compared; the table gives the values themselves.</source>
        <translation>Cada puntuación se escala al intervalo 0–1 sobre los K probados para poder comparar las cuatro curvas; la tabla da los valores reales.</translation>
    </message>
    <message>
        <source>Scores for every K</source>
        <translation>Puntuaciones de cada K</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inertia&lt;/b&gt; always falls as K grows; the K where it stops falling steeply (the elbow) is a natural choice. &lt;b&gt;Silhouette&lt;/b&gt; (−1 to 1, higher is better) says how much closer customers are to their own segment than to the next one. &lt;b&gt;Calinski–Harabasz&lt;/b&gt; (higher is better) compares the spread between segments with the spread within them. &lt;b&gt;Davies–Bouldin&lt;/b&gt; (lower is better) measures how much segments overlap.</source>
        <translation>La &lt;b&gt;inercia&lt;/b&gt; siempre disminuye al aumentar K; el K en el que deja de caer bruscamente (el codo) es una elección natural. La &lt;b&gt;silueta&lt;/b&gt; (de −1 a 1; cuanto más alta, mejor) indica cuánto más cerca están los clientes de su propio segmento que del siguiente. &lt;b&gt;Calinski–Harabasz&lt;/b&gt; (cuanto más alto, mejor) compara la dispersión entre segmentos con la dispersión dentro de ellos. &lt;b&gt;Davies–Bouldin&lt;/b&gt; (cuanto más bajo, mejor) mide cuánto se solapan los segmentos.</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Mapa de segmentos</translation>
    </message>
    <message>
        <source>Each dot is a customer, placed by the first two principal components of the prepared features (%1 and %2 of their variance). Customers close together are alike.</source>
        <translation>Cada punto es un cliente, situado según los dos primeros componentes principales de las variables preparadas (%1 y %2 de su varianza). Los clientes próximos entre sí son parecidos.</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Perfiles de los segmentos</translation>
    </message>
    <message>
        <source>The mean of every feature in each segment, in the data&apos;s own units. The colour shows how far a segment lies from the average customer: red above, blue below, in full at two standard deviations.</source>
        <translation>La media de cada variable en cada segmento, en las unidades propias de los datos. El color muestra cuánto se aleja un segmento del cliente medio: rojo por encima, azul por debajo, con intensidad plena a dos desviaciones típicas.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Segments by category</source>
        <translation>Segmentos por categoría</translation>
    </message>
    <message>
        <source>The segment mix of each level: bars add up to 100% of the level&apos;s customers.</source>
        <translation>La composición por segmentos de cada nivel: las barras suman el 100 % de los clientes del nivel.</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfTable</name>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Parte %1 de %2: %3</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3 to %4</source>
        <translation>Parte %1 de %2: de %3 a %4</translation>
    </message>
</context>
<context>
    <name>segmenta::PostgresReader</name>
    <message>
        <source>the local server</source>
        <translation>el servidor local</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>Permission denied: %1. Ask the database administrator for read access (SELECT).</source>
        <translation>Permiso denegado: %1. Solicite al administrador de la base de datos acceso de lectura (SELECT).</translation>
    </message>
    <message>
        <source>The query tries to change the database (%1). Segmenta only reads, inside a read-only transaction, so nothing was changed.</source>
        <translation>La consulta intenta modificar la base de datos (%1). Segmenta solo lee, dentro de una transacción de solo lectura, así que no se ha modificado nada.</translation>
    </message>
    <message>
        <source>The connection to the database was lost: %1</source>
        <translation>Se ha perdido la conexión con la base de datos: %1</translation>
    </message>
    <message>
        <source>The database rejected the query: %1</source>
        <translation>La base de datos ha rechazado la consulta: %1</translation>
    </message>
    <message>
        <source>The server at %1 refused user &apos;%2&apos;: %3 Check the user name and password.</source>
        <translation>El servidor de %1 ha rechazado al usuario «%2»: %3 Compruebe el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; on the server at %2 (names are case-sensitive): %3</source>
        <translation>No hay ninguna base de datos «%1» en el servidor de %2 (los nombres distinguen mayúsculas y minúsculas): %3</translation>
    </message>
    <message>
        <source>Cannot connect to database &apos;%1&apos; at %2: %3 Check the host name and port, that the server is running and accepts connections from here, that no firewall blocks the port, and the password.</source>
        <translation>No se puede conectar con la base de datos «%1» en %2: %3 Compruebe el nombre del servidor y el puerto, que el servidor esté en marcha y acepte conexiones desde aquí, que ningún cortafuegos bloquee el puerto, y la contraseña.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; run packaging/install-deps.sh.</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado; ejecute packaging/install-deps.sh.</translation>
    </message>
    <message>
        <source>Unknown SSL mode &apos;%1&apos;; use one of %2.</source>
        <translation>Modo SSL desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in database &apos;%2&apos;, which has no tables or views at all.</source>
        <translation>No hay ninguna tabla o vista «%1» en la base de datos «%2», que no tiene ninguna tabla ni vista.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in database &apos;%2&apos;. Available: %3.</source>
        <translation>No hay ninguna tabla o vista «%1» en la base de datos «%2». Disponibles: %3.</translation>
    </message>
    <message>
        <source>The query holds more than one statement; import one SELECT statement at a time.</source>
        <translation>La consulta contiene más de una instrucción; importe una instrucción SELECT cada vez.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>La consulta está vacía.</translation>
    </message>
    <message>
        <source>Only a query that reads data can be imported (SELECT, VALUES, TABLE or WITH ... SELECT); this statement starts with %1, so it was not run.</source>
        <translation>Solo se puede importar una consulta que lea datos (SELECT, VALUES, TABLE o WITH ... SELECT); esta instrucción empieza por %1, así que no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers with more digits than Segmenta keeps (about 15); they were rounded, the first in row %2: %3 became %4.</source>
        <translation>La columna «%1» contiene números con más dígitos de los que conserva Segmenta (unos 15); se han redondeado; el primero, en la fila %2: %3 pasó a ser %4.</translation>
    </message>
    <message>
        <source>Reading from database &apos;%1&apos;</source>
        <translation>Leyendo de la base de datos «%1»</translation>
    </message>
    <message>
        <source>%1: %L2 rows</source>
        <translation>%1: %L2 filas</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection (TLS), so Segmenta did not send the password. Ask the database administrator to enable TLS; only on a network you trust, connect unencrypted with sslmode=disable.</source>
        <translation>El servidor de %1 no ofrece una conexión cifrada (TLS), así que Segmenta no ha enviado la contraseña. Solicite al administrador de la base de datos que habilite TLS; solo en una red de confianza, conéctese sin cifrado con sslmode=disable.</translation>
    </message>
</context>
<context>
    <name>segmenta::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>segmenta::PreviewReader</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProfileChart</name>
    <message>
        <source>Segment means relative to the overall mean</source>
        <translation>Medias de los segmentos respecto a la media global</translation>
    </message>
    <message>
        <source>Segment means by feature</source>
        <translation>Medias de los segmentos por variable</translation>
    </message>
    <message>
        <source>Segment mean / overall mean</source>
        <translation>Media del segmento / media global</translation>
    </message>
    <message>
        <source>Mean, in original units</source>
        <translation>Media, en unidades originales</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Media global</translation>
    </message>
</context>
<context>
    <name>segmenta::Profiles</name>
    <message>
        <source>Profiles need at least one segment, not %1.</source>
        <translation>Los perfiles necesitan al menos un segmento, no %1.</translation>
    </message>
    <message>
        <source>%1 rows are listed but %2 segment labels were given; give one label per row.</source>
        <translation>Se enumeran %1 filas, pero se han dado %2 etiquetas de segmento; indique una etiqueta por fila.</translation>
    </message>
    <message>
        <source>Listed row %1 refers to row %2, but the table has %3 rows.</source>
        <translation>La fila enumerada %1 hace referencia a la fila %2, pero la tabla tiene %3 filas.</translation>
    </message>
    <message>
        <source>Row %1 is assigned to segment %2, but there are only segments 1 to %3.</source>
        <translation>La fila %1 está asignada al segmento %2, pero solo existen los segmentos del 1 al %3.</translation>
    </message>
    <message>
        <source>There is no column named &apos;%1&apos;; the table has: %2.</source>
        <translation>No hay ninguna columna llamada «%1»; la tabla tiene: %2.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>Alto en %1</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>Bajo en %1</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>alto en %1</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>bajo en %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>%1 (segment %2)</source>
        <translation>%1 (segmento %2)</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds text, so it has no mean; show it as a crosstab instead.</source>
        <translation>La columna «%1» contiene texto, por lo que no tiene media; muéstrela como tabla cruzada.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProfilesView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see what each segment looks like.</source>
        <translation>Ejecute un análisis (pestaña Análisis) para ver cómo es cada segmento.</translation>
    </message>
    <message>
        <source>Segment means by feature</source>
        <translation>Medias de los segmentos por variable</translation>
    </message>
    <message>
        <source>Segment means relative to the overall mean</source>
        <translation>Medias de los segmentos respecto a la media global</translation>
    </message>
    <message>
        <source>Z-score heatmap</source>
        <translation>Mapa de calor de puntuaciones z</translation>
    </message>
    <message>
        <source>Distribution by segment</source>
        <translation>Distribución por segmento</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>Escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>&amp;Medias</translation>
    </message>
    <message>
        <source>Mean of each feature per segment, in the original units</source>
        <translation>Media de cada variable por segmento, en las unidades originales</translation>
    </message>
    <message>
        <source>Compared with &amp;Average</source>
        <translation>Comparado con la medi&amp;a</translation>
    </message>
    <message>
        <source>Each segment&apos;s mean divided by the mean of all customers</source>
        <translation>La media de cada segmento dividida por la media de todos los clientes</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>Mapa de &amp;calor</translation>
    </message>
    <message>
        <source>How far each segment&apos;s mean lies from the overall mean, in standard deviations</source>
        <translation>Cuánto se aleja la media de cada segmento de la media global, en desviaciones típicas</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;Variable:</translation>
    </message>
    <message>
        <source>Feature of the box plots</source>
        <translation>Variable de los diagramas de caja</translation>
    </message>
    <message>
        <source>Spending data are skewed: a logarithmic axis shows small and large values alike</source>
        <translation>Los datos de gasto son asimétricos: un eje logarítmico muestra por igual los valores pequeños y los grandes</translation>
    </message>
    <message>
        <source>&amp;Distributions</source>
        <translation>&amp;Distribuciones</translation>
    </message>
    <message>
        <source>Box plots of one feature per segment</source>
        <translation>Diagramas de caja de una variable por segmento</translation>
    </message>
    <message>
        <source>Segments by %1</source>
        <translation>Segmentos por %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>The segment mix of each %1</source>
        <translation>La composición por segmentos de cada valor de %1</translation>
    </message>
</context>
<context>
    <name>segmenta::Project</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Could not save the project as %1: %2. Choose a folder you can write to.</source>
        <translation>No se ha podido guardar el proyecto como %1: %2. Elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectController</name>
    <message>
        <source>Save Project?</source>
        <translation>¿Guardar el proyecto?</translation>
    </message>
    <message>
        <source>The project “%1” has work that is not saved yet. Save it before closing?</source>
        <translation>El proyecto «%1» tiene trabajo sin guardar. ¿Desea guardarlo antes de cerrarlo?</translation>
    </message>
    <message>
        <source>New project. Import data to start (File &gt; Import Data).</source>
        <translation>Proyecto nuevo. Importe datos para empezar (Archivo &gt; Importar datos).</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta);;All files (*)</source>
        <translation>Proyectos de Segmenta (*.segmenta);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>The project has no data yet. Import data to start (File &gt; Import Data).</source>
        <translation>El proyecto aún no tiene datos. Importe datos para empezar (Archivo &gt; Importar datos).</translation>
    </message>
    <message>
        <source>Cannot Show the Project</source>
        <translation>No se puede mostrar el proyecto</translation>
    </message>
    <message>
        <source>Opening the sample</source>
        <translation>Abriendo el ejemplo</translation>
    </message>
    <message>
        <source>Wholesale customers</source>
        <translation>Wholesale customers</translation>
    </message>
    <message>
        <source>The sample is being segmented; the views fill in as soon as it is done.</source>
        <translation>Se está segmentando el ejemplo; las vistas se completarán en cuanto termine.</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it, then import.</source>
        <translation>Espere a que termine la tarea en curso, o cancélela, y después importe.</translation>
    </message>
    <message>
        <source>Imported “%1”. Choose the features on the Analysis tab and press Run Analysis.</source>
        <translation>Se ha importado «%1». Elija las variables en la pestaña Análisis y pulse Ejecutar análisis.</translation>
    </message>
    <message>
        <source>Cannot Show the Data</source>
        <translation>No se pueden mostrar los datos</translation>
    </message>
    <message>
        <source>Customer segments.segmenta</source>
        <translation>Segmentos de clientes.segmenta</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Proyectos de Segmenta (*.segmenta)</translation>
    </message>
    <message>
        <source>Project Not Saved</source>
        <translation>Proyecto no guardado</translation>
    </message>
    <message>
        <source>Saved as %1. From now on every change is saved as you work.</source>
        <translation>Guardado como %1. A partir de ahora, cada cambio se guarda a medida que trabaja.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectNavigator</name>
    <message>
        <source>Run %1 · K = %2 · %3</source>
        <translation>Ejecución %1 · K = %2 · %3</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Com&amp;parar</translation>
    </message>
    <message>
        <source>De&amp;lete Run</source>
        <translation>E&amp;liminar ejecución</translation>
    </message>
    <message>
        <source>Datasets and runs</source>
        <translation>Conjuntos de datos y ejecuciones</translation>
    </message>
    <message>
        <source>Click a dataset to see it, a run to reopen it; Ctrl+click two runs to compare them</source>
        <translation>Haga clic en un conjunto de datos para verlo o en una ejecución para reabrirla; pulse Ctrl y haga clic en dos ejecuciones para compararlas</translation>
    </message>
    <message>
        <source>Compare the settings and scores of the two selected runs</source>
        <translation>Comparar la configuración y las puntuaciones de las dos ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>Remove the selected run from the project</source>
        <translation>Quitar del proyecto la ejecución seleccionada</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns, imported %3 from %4</source>
        <translation>%1 filas, %2 columnas, importado el %3 desde %4</translation>
    </message>
    <message>
        <source>Recommended K = %1: %2</source>
        <translation>K recomendado = %1: %2</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it.</source>
        <translation>Espere a que termine la tarea en curso, o cancélela.</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare them.</source>
        <translation>Seleccione dos ejecuciones (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete run %1 with its segments, names and notes? This cannot be undone.</source>
        <translation>¿Desea eliminar la ejecución %1 con sus segmentos, nombres y notas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Se ha eliminado la ejecución %1.</translation>
    </message>
    <message>
        <source>Run Not Deleted</source>
        <translation>Ejecución no eliminada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>Comparar &amp;seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectStore</name>
    <message>
        <source>(in memory)</source>
        <translation>(en memoria)</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>No se puede abrir el proyecto %1: %2</translation>
    </message>
    <message>
        <source>The project %1 was opened on another thread; its connection may only be used on that thread.</source>
        <translation>El proyecto %1 se abrió en otro hilo; su conexión solo puede usarse en ese hilo.</translation>
    </message>
    <message>
        <source>The project %1 is closed.</source>
        <translation>El proyecto %1 está cerrado.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file; name a .segmenta file.</source>
        <translation>%1 es una carpeta, no un archivo de proyecto; indique un archivo .segmenta.</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: permission denied. Make the file readable for your user.</source>
        <translation>No se puede leer el proyecto %1: permiso denegado. Conceda a su usuario permiso de lectura sobre el archivo.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2.</source>
        <translation>No se puede crear el proyecto %1: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::Recipe</name>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>The recipe has an unknown key &apos;%1&apos;. Known keys here: %2.</source>
        <translation>La receta tiene una clave desconocida «%1». Claves conocidas aquí: %2.</translation>
    </message>
    <message>
        <source>The recipe key &apos;%1&apos; is %2, but it must be %3.</source>
        <translation>La clave «%1» de la receta es %2, pero debe ser %3.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a percentile between 0 and 100</source>
        <translation>un percentil entre 0 y 100</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>un texto no vacío</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <source>The recipe entry &apos;%1&apos; is %2, but it must be an object.</source>
        <translation>La entrada «%1» de la receta es %2, pero debe ser un objeto.</translation>
    </message>
    <message>
        <source>at least lowerPercentile (%1)</source>
        <translation>al menos lowerPercentile (%1)</translation>
    </message>
    <message>
        <source>&quot;drop&quot; or &quot;most-frequent&quot; for a categorical column</source>
        <translation>&quot;drop&quot; o &quot;most-frequent&quot; para una columna categórica</translation>
    </message>
    <message>
        <source>%1 (this version of Segmenta reads recipe version %1 only)</source>
        <translation>%1 (esta versión de Segmenta solo lee la versión %1 de las recetas)</translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation>un número entero de al menos 1</translation>
    </message>
</context>
<context>
    <name>segmenta::RecipeRepository</name>
    <message>
        <source>The project %1 has no recipe %2.</source>
        <translation>El proyecto %1 no tiene la receta %2.</translation>
    </message>
    <message>
        <source>Recipe %1 in %2 cannot be read: %3</source>
        <translation>No se puede leer la receta %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>segmenta::RegularFile</name>
    <message>
        <source>&apos;%1&apos; is a folder. Choose a CSV, TSV, TXT, XLSX or ODS file in it.</source>
        <translation>«%1» es una carpeta. Elija un archivo CSV, TSV, TXT, XLSX u ODS de esa carpeta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file but a pipe, device or socket, which could be read forever. Save the data to a CSV, TSV, TXT, XLSX or ODS file and import that file.</source>
        <translation>«%1» no es un archivo normal, sino una tubería, un dispositivo o un socket, que podría leerse indefinidamente. Guarde los datos en un archivo CSV, TSV, TXT, XLSX u ODS e importe ese archivo.</translation>
    </message>
</context>
<context>
    <name>segmenta::ReportExporter</name>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Run an analysis first; the export describes the segments shown.</source>
        <translation>Ejecute primero un análisis; la exportación describe los segmentos mostrados.</translation>
    </message>
    <message>
        <source>Export Not Started</source>
        <translation>Exportación no iniciada</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it, then export again.</source>
        <translation>Hay otra tarea en curso; espere a que termine o cancélela y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>Informe no escrito</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>segmenta::ReportText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Segment %1, %2: %3 customer (%4).</source>
        <translation>Segmento %1, %2: %3 cliente (%4).</translation>
    </message>
    <message>
        <source>Segment %1, %2: %3 customers (%4).</source>
        <translation>Segmento %1, %2: %3 clientes (%4).</translation>
    </message>
    <message>
        <source>Close to the average customer on every feature.</source>
        <translation>Cercano al cliente medio en todas las variables.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2 the average</source>
        <translation>%1 (%2 la media)</translation>
    </message>
    <message>
        <source>%1 (%2 standard deviations above the average)</source>
        <translation>%1 (%2 desviaciones típicas por encima de la media)</translation>
    </message>
    <message>
        <source>%1 (%2 standard deviations below the average)</source>
        <translation>%1 (%2 desviaciones típicas por debajo de la media)</translation>
    </message>
    <message>
        <source>Stands out for %1.</source>
        <translation>Destaca por %1.</translation>
    </message>
    <message>
        <source>Its mix by %1 is close to that of all customers.</source>
        <translation>Su composición por %1 es parecida a la del conjunto de los clientes.</translation>
    </message>
    <message>
        <source>%1 %2 accounts for %3 of this segment (%4 of all customers).</source>
        <translation>%1 %2 representa el %3 de este segmento (el %4 de todos los clientes).</translation>
    </message>
    <message>
        <source>Suggestion: cross-sell — build on the strong %1 business with offers on %2.</source>
        <translation>Sugerencia: venta cruzada — aproveche el sólido negocio de %1 con ofertas de %2.</translation>
    </message>
    <message>
        <source>Suggestion: retain and grow — protect the %1 business with volume terms or a key-account contact.</source>
        <translation>Sugerencia: fidelizar y crecer — proteja el negocio de %1 con condiciones por volumen o un gestor de cuentas clave.</translation>
    </message>
    <message>
        <source>Suggestion: activate — test introductory offers on %1 to find out whether these customers buy them elsewhere.</source>
        <translation>Sugerencia: activar — pruebe ofertas de lanzamiento de %1 para averiguar si estos clientes compran esos productos en otro sitio.</translation>
    </message>
    <message>
        <source>Suggestion: serve through the standard programme; no feature sets this segment apart.</source>
        <translation>Sugerencia: atender mediante el programa estándar; ninguna variable distingue a este segmento.</translation>
    </message>
    <message>
        <source>drop the row</source>
        <translation>descartar la fila</translation>
    </message>
    <message>
        <source>fill with the mean</source>
        <translation>rellenar con la media</translation>
    </message>
    <message>
        <source>fill with the median</source>
        <translation>rellenar con la mediana</translation>
    </message>
    <message>
        <source>fill with a constant</source>
        <translation>rellenar con una constante</translation>
    </message>
    <message>
        <source>fill with the most frequent value</source>
        <translation>rellenar con el valor más frecuente</translation>
    </message>
    <message>
        <source>fill with %1</source>
        <translation>rellenar con %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
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
        <translation>raíz cuadrada</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>clip to the %1–%2 percentiles</source>
        <translation>recortar a los percentiles %1–%2</translation>
    </message>
    <message>
        <source>clip to the Tukey fences (1.5 × IQR)</source>
        <translation>recortar a las vallas de Tukey (1,5 × RIC)</translation>
    </message>
    <message>
        <source>drop rows outside the Tukey fences</source>
        <translation>descartar las filas fuera de las vallas de Tukey</translation>
    </message>
    <message>
        <source>drop rows outside the Tukey fences in at least %1 features</source>
        <translation>descartar las filas fuera de las vallas de Tukey en al menos %1 variables</translation>
    </message>
    <message>
        <source>standardise (mean 0, SD 1)</source>
        <translation>estandarizar (media 0, DT 1)</translation>
    </message>
    <message>
        <source>min–max to [0, 1]</source>
        <translation>mín–máx a [0, 1]</translation>
    </message>
    <message>
        <source>robust (median 0, IQR 1)</source>
        <translation>robusto (mediana 0, RIC 1)</translation>
    </message>
    <message>
        <source>one 0/1 column per level, the first left out</source>
        <translation>una columna 0/1 por nivel, excluido el primero</translation>
    </message>
    <message>
        <source>one 0/1 column per level</source>
        <translation>una columna 0/1 por nivel</translation>
    </message>
    <message>
        <source>%1; missing values: %2</source>
        <translation>%1; valores ausentes: %2</translation>
    </message>
    <message>
        <source>No numeric features.</source>
        <translation>No hay variables numéricas.</translation>
    </message>
    <message>
        <source>1 numeric feature: %1.</source>
        <translation>1 variable numérica: %1.</translation>
    </message>
    <message>
        <source>%1 numeric features: %2.</source>
        <translation>%1 variables numéricas: %2.</translation>
    </message>
    <message>
        <source>Each is treated alike: missing values — %1; transform — %2; outliers — %3; scaling — %4.</source>
        <translation>Todas reciben el mismo tratamiento: valores ausentes — %1; transformación — %2; valores atípicos — %3; escalado — %4.</translation>
    </message>
    <message>
        <source>Their treatment differs by feature, as the table shows.</source>
        <translation>Su tratamiento varía según la variable, como muestra la tabla.</translation>
    </message>
    <message>
        <source>Categorical columns become 0/1 indicator columns: %1.</source>
        <translation>Las columnas categóricas se convierten en columnas indicadoras 0/1: %1.</translation>
    </message>
    <message>
        <source>The steps run in this order: missing values, transform, outliers, scaling.</source>
        <translation>Los pasos se ejecutan en este orden: valores ausentes, transformación, valores atípicos, escalado.</translation>
    </message>
    <message>
        <source>Recommended number of segments: %1. %2</source>
        <translation>Número de segmentos recomendado: %1. %2</translation>
    </message>
    <message>
        <source>This report describes K = %1, chosen by the analyst.</source>
        <translation>Este informe describe K = %1, elegido por el analista.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means (fuzzifier m = %1, k-means++ starts, %2 restarts per K, at most %3 iterations); each customer belongs to the segment of its highest membership</source>
        <translation>Fuzzy C-Means (exponente de borrosidad m = %1, inicios k-means++, %2 reinicios por K, como máximo %3 iteraciones); cada cliente pertenece al segmento de mayor pertenencia</translation>
    </message>
    <message>
        <source>K-Means (k-means++ starts, %1 restarts per K, at most %2 iterations, tolerance %3)</source>
        <translation>K-Means (inicios k-means++, %1 reinicios por K, como máximo %2 iteraciones, tolerancia %3)</translation>
    </message>
    <message>
        <source>Mini-batch K-Means (batches of %1 customers, the best of up to %2 k-means++ starts, then every customer assigned to its nearest centre)</source>
        <translation>Mini-batch K-Means (lotes de %1 clientes, el mejor de hasta %2 inicios k-means++; después, cada cliente se asigna a su centro más cercano)</translation>
    </message>
</context>
<context>
    <name>segmenta::ResultAtK</name>
    <message>
        <source>Profiles of K = %1</source>
        <translation>Perfiles de K = %1</translation>
    </message>
    <message>
        <source>Silhouettes of K = %1</source>
        <translation>Siluetas de K = %1</translation>
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
        <translation>componentes conservados: %1</translation>
    </message>
    <message>
        <source>components for %1 % of the variance</source>
        <translation>componentes para el %1 % de la varianza</translation>
    </message>
    <message>
        <source>%1, clustered on</source>
        <translation>%1; se agrupa según ellos</translation>
    </message>
    <message>
        <source>%1, for the map only</source>
        <translation>%1; solo para el mapa</translation>
    </message>
    <message>
        <source>%1 (one-hot)</source>
        <translation>%1 (one-hot)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmento %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Features (transform, missing, outliers)</source>
        <translation>Variables (transformación, ausentes, valores atípicos)</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principales</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>K range</source>
        <translation>Intervalo de K</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Restarts × iterations</source>
        <translation>Reinicios × iteraciones</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Recommended K</source>
        <translation>K recomendado</translation>
    </message>
    <message>
        <source>K shown</source>
        <translation>K mostrado</translation>
    </message>
    <message>
        <source>Silhouette at the K shown</source>
        <translation>Silueta en el K mostrado</translation>
    </message>
    <message>
        <source>Calinski–Harabasz at the K shown</source>
        <translation>Calinski–Harabasz en el K mostrado</translation>
    </message>
    <message>
        <source>Davies–Bouldin at the K shown</source>
        <translation>Davies–Bouldin en el K mostrado</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Segmento más pequeño</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Customers segmented</source>
        <translation>Clientes segmentados</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The two runs have no customers in common.</source>
        <translation>Las dos ejecuciones no tienen clientes en común.</translation>
    </message>
    <message>
        <source>Agreement of the segments: adjusted Rand index %1 (1: the same segments, about 0: unrelated).</source>
        <translation>Concordancia de los segmentos: índice de Rand ajustado %1 (1: los mismos segmentos; en torno a 0: sin relación).</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>Mini-batch K-Means</translation>
    </message>
</context>
<context>
    <name>segmenta::RunReplay</name>
    <message>
        <source>Run %1 cannot be shown again: recomputing K = %2 gives other segments than the stored ones. The dataset or the engine changed since the run; run the analysis again.</source>
        <translation>No se puede volver a mostrar la ejecución %1: al recalcular K = %2 se obtienen segmentos distintos de los guardados. El conjunto de datos o el motor han cambiado desde la ejecución; vuelva a ejecutar el análisis.</translation>
    </message>
    <message>
        <source>K from %1 to %2 for %3 rows</source>
        <translation>K de %1 a %2 para %3 filas</translation>
    </message>
    <message>
        <source>%1 restarts (n_init)</source>
        <translation>%1 reinicios (n_init)</translation>
    </message>
    <message>
        <source>%1 iterations (max_iter)</source>
        <translation>%1 iteraciones (max_iter)</translation>
    </message>
    <message>
        <source>the tolerance %1</source>
        <translation>una tolerancia de %1</translation>
    </message>
    <message>
        <source>the fuzzifier %1</source>
        <translation>un exponente de borrosidad de %1</translation>
    </message>
    <message>
        <source>%1 PCA components for %2 features</source>
        <translation>%1 componentes del ACP para %2 variables</translation>
    </message>
    <message>
        <source>the PCA variance share %1</source>
        <translation>una proporción de varianza del ACP de %1</translation>
    </message>
    <message>
        <source>Run %1 is damaged: its stored parameters ask for %2, which no analysis makes. Run the analysis again.</source>
        <translation>La ejecución %1 está dañada: sus parámetros guardados piden %2, algo que ningún análisis produce. Vuelva a ejecutar el análisis.</translation>
    </message>
</context>
<context>
    <name>segmenta::RunRepository</name>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>El proyecto %1 no tiene el conjunto de datos %2.</translation>
    </message>
    <message>
        <source>Cannot save the run in %1: it uses row %2, but dataset %3 has %4 rows.</source>
        <translation>No se puede guardar la ejecución en %1: usa la fila %2, pero el conjunto de datos %3 tiene %4 filas.</translation>
    </message>
    <message>
        <source>Cannot save the run in %1: the K = %2 model labels %3 rows, but the run kept %4.</source>
        <translation>No se puede guardar la ejecución en %1: el modelo de K = %2 etiqueta %3 filas, pero la ejecución conservó %4.</translation>
    </message>
    <message>
        <source>The project %1 has no run %2.</source>
        <translation>El proyecto %1 no tiene la ejecución %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: the K = %2 model of run %3 labels %4 rows but lists %5.</source>
        <translation>El proyecto %1 está dañado: el modelo de K = %2 de la ejecución %3 etiqueta %4 filas, pero enumera %5.</translation>
    </message>
    <message>
        <source>The project %1 has no segment %2 in the K = %3 model of run %4.</source>
        <translation>El proyecto %1 no tiene el segmento %2 en el modelo de K = %3 de la ejecución %4.</translation>
    </message>
    <message>
        <source>The project %1 has no K = %2 model in run %3.</source>
        <translation>El proyecto %1 no tiene ningún modelo con K = %2 en la ejecución %3.</translation>
    </message>
    <message>
        <source>Cannot choose K = %1 for run %2 in %3: the model labels %4 rows of %5 and %6 segment names were given.</source>
        <translation>No se puede elegir K = %1 para la ejecución %2 en %3: el modelo asigna %4 filas de %5 y se indicaron %6 nombres de segmentos.</translation>
    </message>
</context>
<context>
    <name>segmenta::Schema</name>
    <message>
        <source>%1 is not a Segmenta project, or it is damaged.</source>
        <translation>%1 no es un proyecto de Segmenta, o está dañado.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Segmenta (project format %2; this version reads up to %3). It was left unchanged; open it with a newer Segmenta.</source>
        <translation>%1 se guardó con una versión más reciente de Segmenta (formato de proyecto %2; esta versión lee hasta el %3). No se ha modificado; ábralo con una versión más reciente de Segmenta.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Segmenta project; it was left unchanged.</source>
        <translation>%1 es una base de datos SQLite, pero no un proyecto de Segmenta; no se ha modificado.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: its table &apos;%2&apos; is missing. Open a backup of the project, or import the data into a new project.</source>
        <translation>El proyecto %1 está dañado: falta su tabla «%2». Abra una copia de seguridad del proyecto o importe los datos en un proyecto nuevo.</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentCard</name>
    <message>
        <source>Segment %1</source>
        <translation>Segmento %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segment %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Segmento %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customers: %1 (%2 %)</source>
        <translation>Clientes: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Name of segment %1</source>
        <translation>Nombre del segmento %1</translation>
    </message>
    <message>
        <source>Suggested: %1. Clear the name to use the suggestion again.</source>
        <translation>Sugerido: %1. Borre el nombre para volver a usar la sugerencia.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Notes, e.g. what to offer these customers</source>
        <translation>Notas; por ejemplo, qué ofrecer a estos clientes</translation>
    </message>
    <message>
        <source>Notes on segment %1</source>
        <translation>Notas sobre el segmento %1</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Close to the average in every feature.</source>
        <translation>Cercano a la media en todas las variables.</translation>
    </message>
    <message>
        <source>spends %1× the average on %2</source>
        <translation>gasta %1× la media en %2</translation>
    </message>
    <message>
        <source>spends %1 % less than the average on %2</source>
        <translation>gasta un %1 % menos que la media en %2</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentCardsView</name>
    <message>
        <source>Run an analysis (Analysis tab) to name and describe the segments.</source>
        <translation>Ejecute un análisis (pestaña Análisis) para poner nombre a los segmentos y describirlos.</translation>
    </message>
    <message>
        <source>Segment %1 saved.</source>
        <translation>Se ha guardado el segmento %1.</translation>
    </message>
    <message>
        <source>Segment Not Saved</source>
        <translation>Segmento no guardado</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentMapChart</name>
    <message>
        <source>Segment map</source>
        <translation>Mapa de segmentos</translation>
    </message>
    <message>
        <source>Segment map (showing %1 of %2 customers)</source>
        <translation>Mapa de segmentos (se muestran %1 de %2 clientes)</translation>
    </message>
    <message>
        <source>PC%1 (%2 %)</source>
        <translation>CP%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentMapView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see the customers on the segment map.</source>
        <translation>Ejecute un análisis (pestaña Análisis) para ver los clientes en el mapa de segmentos.</translation>
    </message>
    <message>
        <source>&amp;Loadings</source>
        <translation>&amp;Cargas</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom in; the wheel zooms too</source>
        <translation>Arrastre un rectángulo para ampliar; la rueda también aplica zoom</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Desplazar</translation>
    </message>
    <message>
        <source>Drag to move the view (the middle button always pans)</source>
        <translation>Arrastre para mover la vista (el botón central siempre desplaza)</translation>
    </message>
    <message>
        <source>S&amp;elect</source>
        <translation>S&amp;eleccionar</translation>
    </message>
    <message>
        <source>Drag a rectangle to select customers</source>
        <translation>Arrastre un rectángulo para seleccionar clientes</translation>
    </message>
    <message>
        <source>Show in &amp;Data</source>
        <translation>Mo&amp;strar en Datos</translation>
    </message>
    <message>
        <source>&amp;Horizontal:</source>
        <translation>&amp;Horizontal:</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>&amp;Vertical:</translation>
    </message>
    <message>
        <source>Component on the horizontal axis</source>
        <translation>Componente del eje horizontal</translation>
    </message>
    <message>
        <source>Component on the vertical axis</source>
        <translation>Componente del eje vertical</translation>
    </message>
    <message>
        <source>Draw each feature&apos;s direction on the two components as an arrow</source>
        <translation>Dibujar como flecha la dirección de cada variable sobre los dos componentes</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Restablecer vista</translation>
    </message>
    <message>
        <source>Show the whole map again (Home)</source>
        <translation>Volver a mostrar todo el mapa (Inicio)</translation>
    </message>
    <message>
        <source>Show the selected customers in the Data tab</source>
        <translation>Mostrar los clientes seleccionados en la pestaña Datos</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Mapa de segmentos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer in row %1&lt;/b&gt;&lt;br&gt;Segment %2: %3</source>
        <translation>&lt;b&gt;Cliente de la fila %1&lt;/b&gt;&lt;br&gt;Segmento %2: %3</translation>
    </message>
    <message>
        <source>Selected customers: %1</source>
        <translation>Clientes seleccionados: %1</translation>
    </message>
    <message>
        <source>The principal components, each with the share of the variance it explains</source>
        <translation>Los componentes principales, cada uno con la parte de la varianza que explica</translation>
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
        <translation>&apos;%1&apos; (oculta): %2</translation>
    </message>
    <message>
        <source>No sheet was named, so &apos;%1&apos; was read: it holds the largest table (%2 rows with two or more values; the other sheets: %3). To import another sheet, choose it by name (--sheet, or Sheet in the import preview).</source>
        <translation>No se indicó ninguna hoja, así que se leyó &apos;%1&apos;: contiene la tabla más grande (%2 filas con dos o más valores; las demás hojas: %3). Para importar otra hoja, elíjala por su nombre (--sheet, u Hoja en la vista previa de importación).</translation>
    </message>
</context>
<context>
    <name>segmenta::SilhouettePlot</name>
    <message>
        <source>Silhouette of each customer</source>
        <translation>Silueta de cada cliente</translation>
    </message>
    <message>
        <source>Silhouette value</source>
        <translation>Valor de silueta</translation>
    </message>
    <message>
        <source>Mean silhouette %1</source>
        <translation>Silueta media %1</translation>
    </message>
</context>
<context>
    <name>segmenta::SilhouetteView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see how well each customer fits its segment.</source>
        <translation>Ejecute un análisis (pestaña Análisis) para ver en qué medida encaja cada cliente en su segmento.</translation>
    </message>
    <message>
        <source>Silhouette plot</source>
        <translation>Gráfico de silueta</translation>
    </message>
    <message>
        <source>The silhouette plot needs every customer&apos;s distance to every other one, which takes too long for more than %1 customers. The mean silhouette of each K is on the Choosing K tab.</source>
        <translation>El gráfico de silueta necesita la distancia de cada cliente a todos los demás, lo que lleva demasiado tiempo con más de %1 clientes. La silueta media de cada K está en la pestaña Elección de K.</translation>
    </message>
    <message>
        <source>Mean silhouette %1 (from −1 to 1; higher means customers sit clearly in their segment). %2 % of the customers fit another segment slightly better (negative values).</source>
        <translation>Silueta media %1 (de −1 a 1; cuanto más alta, más claramente se sitúan los clientes en su segmento). El %2 % de los clientes encaja algo mejor en otro segmento (valores negativos).</translation>
    </message>
</context>
<context>
    <name>segmenta::SqliteImage</name>
    <message>
        <source>Not enough memory to open the project %1.</source>
        <translation>No hay memoria suficiente para abrir el proyecto %1.</translation>
    </message>
    <message>
        <source>Cannot load the project %1: %2</source>
        <translation>No se puede cargar el proyecto %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the project %1 out of SQLite.</source>
        <translation>No se puede copiar el proyecto %1 fuera de SQLite.</translation>
    </message>
    <message>
        <source>The project %1 is not an open SQLite database.</source>
        <translation>El proyecto %1 no es una base de datos SQLite abierta.</translation>
    </message>
</context>
<context>
    <name>segmenta::Statement</name>
    <message>
        <source>The project %1 could not run &apos;%2&apos;: %3</source>
        <translation>El proyecto %1 no ha podido ejecutar «%2»: %3</translation>
    </message>
    <message>
        <source>The project %1 is read-only, so it cannot be changed. Make the file and its folder writable, or work on a copy.</source>
        <translation>El proyecto %1 es de solo lectura, así que no se puede modificar. Conceda permiso de escritura sobre el archivo y su carpeta, o trabaje con una copia.</translation>
    </message>
</context>
<context>
    <name>segmenta::StoredRun</name>
    <message>
        <source>Run %1 has no model for K = %2.</source>
        <translation>La ejecución %1 no tiene ningún modelo para K = %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::TableBuilder</name>
    <message>
        <source>Columns %1 and %2 are both named &apos;%3&apos;; column %2 is called &apos;%4&apos;.</source>
        <translation>Las columnas %1 y %2 se llaman ambas «%3»; la columna %2 pasa a llamarse «%4».</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header; it is called &apos;%2&apos;.</source>
        <translation>La columna %1 no tiene nombre en el encabezado; pasa a llamarse «%2».</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation>La línea %1 tiene %2 campos, pero el encabezado tiene %3.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the first line has %3.</source>
        <translation>La línea %1 tiene %2 campos, pero la primera línea tiene %3.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, right of the header&apos;s %3 columns. Give that column a name in the header row (row %4) or delete the value.</source>
        <translation>La fila %1 tiene un valor en la columna %2, a la derecha de las %3 columnas del encabezado. Asigne un nombre a esa columna en la fila de encabezado (fila %4) o elimine el valor.</translation>
    </message>
    <message>
        <source>There is no data: the source has no values at all.</source>
        <translation>No hay datos: el origen no tiene ningún valor.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has %2 error cells (the first on row %3: %4); they are read as missing values. Fix the formulas in the source to use them.</source>
        <translation>La columna &apos;%1&apos; tiene %2 celdas con error (la primera en la fila %3: %4); se leen como valores que faltan. Corrija las fórmulas en el origen para usarlas.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has %2 error cells (the first on line %3: %4); they are read as missing values. Fix the formulas in the source to use them.</source>
        <translation>La columna &apos;%1&apos; tiene %2 celdas con error (la primera en la línea %3: %4); se leen como valores que faltan. Corrija las fórmulas en el origen para usarlas.</translation>
    </message>
    <message>
        <source>Row %1 is above the header (row %2) and was skipped.</source>
        <translation>La fila %1 está por encima del encabezado (fila %2) y se omitió.</translation>
    </message>
    <message>
        <source>Line %1 is above the header (line %2) and was skipped.</source>
        <translation>La línea %1 está por encima del encabezado (línea %2) y se omitió.</translation>
    </message>
    <message>
        <source>Row %1 is empty and was skipped.</source>
        <translation>La fila %1 está vacía y se omitió.</translation>
    </message>
    <message>
        <source>Line %1 is blank and was skipped.</source>
        <translation>La línea %1 está en blanco y se omitió.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are empty and were skipped.</source>
        <translation>Las filas %1 a %2 están vacías y se omitieron.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 are blank and were skipped.</source>
        <translation>Las líneas %1 a %2 están en blanco y se omitieron.</translation>
    </message>
    <message>
        <source>%1 more rows have values right of the header.</source>
        <translation>Otras %1 filas tienen valores a la derecha del encabezado.</translation>
    </message>
    <message>
        <source>%1 more lines have the wrong number of fields.</source>
        <translation>Otras %1 líneas tienen un número de campos incorrecto.</translation>
    </message>
    <message>
        <source>Empty rows were skipped at %1 more places.</source>
        <translation>Se omitieron filas vacías en otros %1 lugares.</translation>
    </message>
    <message>
        <source>Blank lines were skipped at %1 more places.</source>
        <translation>Se omitieron líneas en blanco en otros %1 lugares.</translation>
    </message>
    <message>
        <source>The header is on row %1, but no data rows follow it.</source>
        <translation>El encabezado está en la fila %1, pero no le sigue ninguna fila de datos.</translation>
    </message>
    <message>
        <source>The header is on line %1, but no data lines follow it.</source>
        <translation>El encabezado está en la línea %1, pero no le sigue ninguna línea de datos.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has dates in which no day is above 12, so day and month cannot be told apart; they were read as %2 (day first). If the month comes first, import with --date-format M/D/Y (or date-format=M/D/Y in --invoices; in the import wizard: Dates, Month first).</source>
        <translation>La columna «%1» tiene fechas en las que ningún día es mayor que 12, por lo que no se pueden distinguir el día y el mes; se han leído como %2 (primero el día). Si el mes va primero, importe con --date-format M/D/Y (o date-format=M/D/Y en --invoices; en el asistente de importación: Fechas, Primero el mes).</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns: Segmenta imports tables of at most %3 columns. Delete the columns you do not need, or copy the ones you need to a sheet of their own, and import again.</source>
        <translation>La fila %1 tiene %2 columnas: Segmenta importa tablas de %3 columnas como máximo. Elimine las columnas que no necesite, o copie las que necesite en una hoja aparte, y vuelva a importar.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields: Segmenta imports tables of at most %3 columns. Save a copy with only the columns you need (for example from a spreadsheet) and import that.</source>
        <translation>La línea %1 tiene %2 campos: Segmenta importa tablas de %3 columnas como máximo. Guarde una copia solo con las columnas que necesite (por ejemplo, desde una hoja de cálculo) e importe esa copia.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header has %3; it was skipped.</source>
        <translation>La línea %1 tiene %2 campos y el encabezado tiene %3; se omitió.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the first line has %3; it was skipped.</source>
        <translation>La línea %1 tiene %2 campos y la primera línea tiene %3; se omitió.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: &quot;Skip lines with the wrong number of fields&quot;).</source>
        <translation>La línea %1 tiene %2 campos, pero el encabezado tiene %3. Corrija la línea u omita este tipo de líneas con --skip-bad-lines (en el asistente de importación: «Omitir las líneas con un número de campos incorrecto»).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the first line has %3. Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: &quot;Skip lines with the wrong number of fields&quot;).</source>
        <translation>La línea %1 tiene %2 campos, pero la primera línea tiene %3. Corrija la línea u omita este tipo de líneas con --skip-bad-lines (en el asistente de importación: «Omitir las líneas con un número de campos incorrecto»).</translation>
    </message>
    <message>
        <source>Row %1, chosen as the header, is empty or missing. Choose the row that names the columns (--header-row, or Header in the import wizard).</source>
        <translation>La fila %1, elegida como encabezado, está vacía o no existe. Elija la fila que da nombre a las columnas (--header-row, o Encabezado en el asistente de importación).</translation>
    </message>
    <message>
        <source>Line %1, chosen as the header, is empty or missing. Choose the line that names the columns (--header-row, or Header in the import wizard).</source>
        <translation>La línea %1, elegida como encabezado, está vacía o no existe. Elija la línea que da nombre a las columnas (--header-row, o Encabezado en el asistente de importación).</translation>
    </message>
    <message>
        <source>No header row was found in the first %1 rows: none has at least two cells that are all text and about as many as the data rows. Choose the header row (--header-row N, or Header in the import wizard), or import without a header (--header-row 0, or No header row).</source>
        <translation>No se encontró ninguna fila de encabezado en las primeras %1 filas: ninguna tiene al menos dos celdas, todas de texto y aproximadamente tantas como las filas de datos. Elija la fila de encabezado (--header-row N, o Encabezado en el asistente de importación) o importe sin encabezado (--header-row 0, o Sin fila de encabezado).</translation>
    </message>
    <message>
        <source>No header line was found in the first %1 lines: none has at least two fields that are all text and about as many as the data lines. Choose the header line (--header-row N, or Header in the import wizard), or import without a header (--header-row 0, or No header row).</source>
        <translation>No se encontró ninguna línea de encabezado en las primeras %1 líneas: ninguna tiene al menos dos campos, todos de texto y aproximadamente tantos como las líneas de datos. Elija la línea de encabezado (--header-row N, o Encabezado en el asistente de importación) o importe sin encabezado (--header-row 0, o Sin fila de encabezado).</translation>
    </message>
</context>
<context>
    <name>segmenta::TableReader</name>
    <message>
        <source>&apos;%1&apos; holds text, not a workbook, despite its .%2 name, so it was read as delimited text (CSV).</source>
        <translation>«%1» contiene texto, no un libro, a pesar de su extensión .%2, así que se leyó como texto delimitado (CSV).</translation>
    </message>
</context>
<context>
    <name>segmenta::TaskProgress</name>
    <message>
        <source>Progress of the running task</source>
        <translation>Progreso de la tarea en curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running task (Esc)</source>
        <translation>Detener la tarea en curso (Esc)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: cancelando…</translation>
    </message>
</context>
<context>
    <name>segmenta::TaskRunner</name>
    <message>
        <source>An unexpected error stopped the task (%1). Please try again; if it happens again, report it together with the data that caused it.</source>
        <translation>Un error inesperado ha detenido la tarea (%1). Vuelva a intentarlo; si vuelve a ocurrir, notifíquelo junto con los datos que lo provocaron.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the task. Please try again; if it happens again, report it together with the data that caused it.</source>
        <translation>Un error inesperado ha detenido la tarea. Vuelva a intentarlo; si vuelve a ocurrir, notifíquelo junto con los datos que lo provocaron.</translation>
    </message>
</context>
<context>
    <name>segmenta::Workspace</name>
    <message>
        <source>The customers of the dataset, with each column&apos;s statistics</source>
        <translation>Los clientes del conjunto de datos, con las estadísticas de cada columna</translation>
    </message>
    <message>
        <source>Features, preparation and the range of K to try</source>
        <translation>Variables, preparación e intervalo de K que probar</translation>
    </message>
    <message>
        <source>Scores of every K and the recommended number of segments</source>
        <translation>Puntuaciones de cada K y número de segmentos recomendado</translation>
    </message>
    <message>
        <source>Customers on the first principal components, coloured by segment</source>
        <translation>Clientes sobre los primeros componentes principales, coloreados por segmento</translation>
    </message>
    <message>
        <source>What each segment looks like, feature by feature</source>
        <translation>Cómo es cada segmento, variable por variable</translation>
    </message>
    <message>
        <source>How well each customer fits its segment</source>
        <translation>En qué medida encaja cada cliente en su segmento</translation>
    </message>
    <message>
        <source>Name the segments and read what sets each apart</source>
        <translation>Asigne nombres a los segmentos y lea qué distingue a cada uno</translation>
    </message>
    <message>
        <source>Selected customers: %1; the Data tab lists them.</source>
        <translation>Clientes seleccionados: %1; la pestaña Datos los muestra.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Aná&amp;lisis</translation>
    </message>
    <message>
        <source>Choosing &amp;K</source>
        <translation>Elección de &amp;K</translation>
    </message>
    <message>
        <source>Segment &amp;Map</source>
        <translation>&amp;Mapa de segmentos</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>S&amp;ilhouette</source>
        <translation>S&amp;ilueta</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmentos</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>the sheet %1 cannot be added</source>
        <translation>no se puede añadir la hoja %1</translation>
    </message>
    <message>
        <source>%1 rows do not fit in the sheet %2 (at most %3); export CSV instead.</source>
        <translation>%1 filas no caben en la hoja %2 (como máximo %3); exporte en CSV.</translation>
    </message>
    <message>
        <source>%1 (sheet %2, cell %3)</source>
        <translation>%1 (hoja %2, celda %3)</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>no se puede crear el libro</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxReader</name>
    <message numerus="yes">
        <source>%n more rows have values left of the table&apos;s first column.</source>
        <translation>
            <numerusform>%n fila más tiene valores a la izquierda de la primera columna de la tabla.</numerusform>
            <numerusform>%n filas más tienen valores a la izquierda de la primera columna de la tabla.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has no data part (%2).</source>
        <translation>El libro está dañado: la hoja «%1» no tiene parte de datos (%2).</translation>
    </message>
    <message>
        <source>Reading sheet &apos;%1&apos;</source>
        <translation>Leyendo la hoja «%1»</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist; check the path and choose the file again.</source>
        <translation>El archivo «%1» no existe; compruebe la ruta y vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is empty or cannot be read; check that it is not locked by another program.</source>
        <translation>El archivo «%1» está vacío o no se puede leer; compruebe que no esté bloqueado por otro programa.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save again.</source>
        <translation>El libro está protegido con contraseña; ábralo en Excel, quite la contraseña (Archivo &gt; Información &gt; Proteger libro) y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>This is a legacy Excel 97-2003 .xls file; open it in Excel or LibreOffice and save as .xlsx.</source>
        <translation>Es un archivo .xls antiguo de Excel 97-2003; ábralo en Excel o LibreOffice y guárdelo como .xlsx.</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb); open it in Excel and save as .xlsx.</source>
        <translation>Es un libro binario de Excel (.xlsb); ábralo en Excel y guárdelo como .xlsx.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un documento de Word (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>una presentación de PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>an OpenDocument file (.ods or .odt); import it as OpenDocument instead</source>
        <translation>un archivo OpenDocument (.ods u .odt); impórtelo como OpenDocument</translation>
    </message>
    <message>
        <source>a ZIP archive of other files</source>
        <translation>un archivo ZIP con otros archivos</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (it has no xl/workbook.xml); it looks like %1. Choose an .xlsx or .xlsm file.</source>
        <translation>Este archivo no es un libro de Excel (no tiene xl/workbook.xml); parece %1. Elija un archivo .xlsx o .xlsm.</translation>
    </message>
    <message>
        <source>The workbook is damaged: part &apos;%1&apos; is not valid XML at line %2 (%3). Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>El libro está dañado: la parte «%1» no es XML válido en la línea %2 (%3). Ábralo en Excel o LibreOffice, vuelva a guardarlo e importe la copia guardada.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>El libro no tiene hojas.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;; choose one of %2.</source>
        <translation>El libro no tiene ninguna hoja llamada «%1»; elija una de %2.</translation>
    </message>
    <message>
        <source>The workbook is damaged: cell %1 refers to shared text number %2, but the workbook has %3. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>El libro está dañado: la celda %1 hace referencia al texto compartido número %2, pero el libro tiene %3. Ábralo en Excel o LibreOffice, vuelva a guardarlo e importe la copia guardada.</translation>
    </message>
    <message>
        <source>Cell %1 has a value left of the table&apos;s first column %2. Move it into the table or delete it, then import again.</source>
        <translation>La celda %1 tiene un valor a la izquierda de la primera columna de la tabla, %2. Muévalo dentro de la tabla o elimínelo y vuelva a importar.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook but text; import it as a CSV or text file.</source>
        <translation>Este archivo no es un libro de Excel, sino texto; impórtelo como archivo CSV o de texto.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook: its first bytes match none of the formats Segmenta reads (XLSX, XLSM, ODS, CSV). Check that you chose the right file.</source>
        <translation>Este archivo no es un libro de Excel: sus primeros bytes no coinciden con ninguno de los formatos que lee Segmenta (XLSX, XLSM, ODS, CSV). Compruebe que ha elegido el archivo correcto.</translation>
    </message>
    <message>
        <source>The workbook holds more shared text than Segmenta reads (%1 MB in memory). Save the table you need in a workbook of its own, or as CSV, and import that.</source>
        <translation>El libro contiene más texto compartido del que lee Segmenta (%1 MB en memoria). Guarde la tabla que necesite en un libro aparte, o como CSV, e importe ese archivo.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has a row numbered %2, beyond row %3, the last a sheet can have. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>El libro está dañado: la hoja «%1» tiene una fila con el número %2, más allá de la fila %3, la última que puede tener una hoja. Ábralo en Excel o LibreOffice, vuelva a guardarlo e importe la copia guardada.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has a cell &apos;%2&apos; beyond column XFD, the last a sheet can have. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>El libro está dañado: la hoja «%1» tiene una celda «%2» más allá de la columna XFD, la última que puede tener una hoja. Ábralo en Excel o LibreOffice, vuelva a guardarlo e importe la copia guardada.</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxWriterLibrary</name>
    <message>
        <source>Cannot load libxlsxwriter, which writes XLSX files: %1. Reinstall Segmenta or the package libxlsxwriter4.</source>
        <translation>No se puede cargar libxlsxwriter, que escribe los archivos XLSX: %1. Vuelva a instalar Segmenta o el paquete libxlsxwriter4.</translation>
    </message>
    <message>
        <source>The installed libxlsxwriter lacks the function %1; install version 1.1 or newer.</source>
        <translation>Al libxlsxwriter instalado le falta la función %1; instale la versión 1.1 o posterior.</translation>
    </message>
</context>
<context>
    <name>segmenta::XmlStream</name>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; nests XML elements more than %3 levels deep (line %4). Real files nest about a dozen levels; this one is damaged or made to crash the programs that read it.</source>
        <translation>Se rechaza «%1»: su parte «%2» anida elementos XML a más de %3 niveles de profundidad (línea %4). Los archivos reales anidan una docena de niveles aproximadamente; este está dañado o creado para bloquear los programas que lo leen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; declares a DTD (line %3). Workbooks never do, and its entities could expand to gigabytes, so they are not read.</source>
        <translation>Se rechaza «%1»: su parte «%2» declara una DTD (línea %3). Los libros nunca lo hacen, y sus entidades podrían expandirse hasta ocupar gigabytes, por lo que no se leen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; holds more than %3 MB of XML without markup (near byte %4). No cell holds that much; the file is damaged or made to exhaust memory.</source>
        <translation>Se rechaza «%1»: su parte «%2» contiene más de %3 MB de XML sin marcado (cerca del byte %4). Ninguna celda contiene tanto; el archivo está dañado o creado para agotar la memoria.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; holds a text of more than %3 characters at line %4, more than a cell can hold.</source>
        <translation>Se rechaza «%1»: su parte «%2» contiene un texto de más de %3 caracteres en la línea %4, más de lo que cabe en una celda.</translation>
    </message>
</context>
<context>
    <name>segmenta::ZScoreHeatmap</name>
    <message>
        <source>How each segment differs from the average (z-scores)</source>
        <translation>Cómo se diferencia cada segmento de la media (puntuaciones z)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
</context>
<context>
    <name>segmenta::ZipEntry</name>
    <message>
        <source>&apos;%1&apos; is damaged: the compressed data of its part &apos;%2&apos; cannot be unpacked (error %3). Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>«%1» está dañado: los datos comprimidos de su parte «%2» no se pueden descomprimir (error %3). Ábralo en Excel o LibreOffice, vuelva a guardarlo e importe la copia guardada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its part &apos;%2&apos; ends after %3 of the %4 bytes the archive declares. Get a complete copy of the file.</source>
        <translation>«%1» está dañado: su parte «%2» termina tras %3 de los %4 bytes que declara el archivo ZIP. Consiga una copia completa del archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the checksum (CRC-32) of its part &apos;%2&apos; does not match its content. Get an undamaged copy of the file, or open it in Excel or LibreOffice and save it again.</source>
        <translation>«%1» está dañado: la suma de comprobación (CRC-32) de su parte «%2» no coincide con su contenido. Consiga una copia intacta del archivo, o ábralo en Excel o LibreOffice y vuelva a guardarlo.</translation>
    </message>
</context>
<context>
    <name>segmenta::ZipPackage</name>
    <message>
        <source>&apos;%1&apos; is not an Excel workbook or a spreadsheet but a Git LFS pointer: a small text file that stands in for the real file in a Git repository. Fetch the real file (git lfs pull) and import it.</source>
        <translation>«%1» no es un libro de Excel ni una hoja de cálculo, sino un puntero de Git LFS: un pequeño archivo de texto que sustituye al archivo real en un repositorio Git. Descargue el archivo real (git lfs pull) e impórtelo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or incomplete: it ends before its table of contents (the ZIP directory at the end of the file), so it was probably cut short while being downloaded or copied. Get a complete copy of the file and import it again.</source>
        <translation>«%1» está dañado o incompleto: termina antes de su índice (el directorio ZIP al final del archivo), así que probablemente se cortó mientras se descargaba o se copiaba. Consiga una copia completa del archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its table of contents (the ZIP directory) cannot be read (error %2). Get an undamaged copy of the file.</source>
        <translation>«%1» está dañado: su índice (el directorio ZIP) no se puede leer (error %2). Consiga una copia intacta del archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is protected with a password: its part &apos;%2&apos; is encrypted. Open it, save it without a password and import the saved copy.</source>
        <translation>«%1» está protegido con contraseña: su parte «%2» está cifrada. Ábralo, guárdelo sin contraseña e importe la copia guardada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; would unpack %3 bytes from %4, more than %5 times its compressed size. Real workbooks compress far less; this one may be built to exhaust memory (a &quot;ZIP bomb&quot;).</source>
        <translation>Se rechaza «%1»: su parte «%2» se descomprimiría en %3 bytes a partir de %4, más de %5 veces su tamaño comprimido. Los libros reales se comprimen mucho menos; este puede estar creado para agotar la memoria (una «bomba ZIP»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to import: its parts unpack to more than %2 MB. Save the table you need in a workbook of its own, or as CSV, and import that.</source>
        <translation>«%1» es demasiado grande para importarlo: sus partes ocupan más de %2 MB descomprimidas. Guarde la tabla que necesite en un libro aparte, o como CSV, e importe ese archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has no part &apos;%2&apos;.</source>
        <translation>«%1» está dañado: no tiene ninguna parte «%2».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its part &apos;%2&apos; cannot be opened (error %3).</source>
        <translation>«%1» está dañado: su parte «%2» no se puede abrir (error %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: its part &apos;%2&apos; is compressed with method %3, but Segmenta reads only deflate (8) and uncompressed (0) parts. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>No se puede leer «%1»: su parte «%2» está comprimida con el método %3, pero Segmenta solo lee partes comprimidas con deflate (8) o sin comprimir (0). Ábralo en Excel o LibreOffice, vuelva a guardarlo e importe la copia guardada.</translation>
    </message>
</context>
<context>
    <name>segmenta::cli</name>
    <message>
        <source>warning: %1:%2: %3</source>
        <translation>aviso: %1:%2: %3</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no dataset named &apos;%2&apos;.</source>
        <translation>El proyecto &apos;%1&apos; no tiene ningún conjunto de datos llamado &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Stored as run %1 of &apos;%2&apos;.</source>
        <translation>Guardado como ejecución %1 de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se ha escrito %1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 necesita un número entero de al menos %2, no &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &apos;%2&apos;.</source>
        <translation>--%1 necesita un número positivo, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>--%1 debe ser uno de %2, no &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>--k takes one K such as 4 or a range such as 2..10, not &apos;%1&apos;.</source>
        <translation>--k admite un K, como 4, o un intervalo, como 2..10, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--k needs K of 2 or more, and a range must not end before it starts (&apos;%1&apos;).</source>
        <translation>--k necesita un K de 2 o más, y un intervalo no debe terminar antes de empezar (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--outliers drop-tukey takes its count as drop-tukey:N, not &apos;%1&apos;.</source>
        <translation>--outliers drop-tukey indica su número como drop-tukey:N, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--outliers must be none, clip-tukey or drop-tukey:N, not &apos;%1&apos;.</source>
        <translation>--outliers debe ser none, clip-tukey o drop-tukey:N, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Analyse the bundled Wholesale customers sample instead of a file.</source>
        <translation>Analizar el ejemplo incluido Wholesale customers en lugar de un archivo.</translation>
    </message>
    <message>
        <source>Analyse a dataset of this project and store the run in it.</source>
        <translation>Analizar un conjunto de datos de este proyecto y guardar la ejecución en él.</translation>
    </message>
    <message>
        <source>With --project: the dataset to analyse.</source>
        <translation>Con --project: el conjunto de datos que analizar.</translation>
    </message>
    <message>
        <source>Categorical columns, one-hot encoded and added to the features.</source>
        <translation>Columnas categóricas, codificadas como one-hot y añadidas a las variables.</translation>
    </message>
    <message>
        <source>Missing values in numeric features (default: drop the row).</source>
        <translation>Valores ausentes en las variables numéricas (predeterminado: descartar la fila).</translation>
    </message>
    <message>
        <source>Transform numeric features with log(1 + x).</source>
        <translation>Transformar las variables numéricas con log(1 + x).</translation>
    </message>
    <message>
        <source>Transform numeric features with the natural log (values must be positive).</source>
        <translation>Transformar las variables numéricas con el logaritmo natural (los valores deben ser positivos).</translation>
    </message>
    <message>
        <source>Clip to the Tukey fences, or drop rows outside them in at least N features (default: none).</source>
        <translation>Recortar a las vallas de Tukey, o descartar las filas fuera de ellas en al menos N variables (predeterminado: none).</translation>
    </message>
    <message>
        <source>Scaling of numeric features (default: standard).</source>
        <translation>Escalado de las variables numéricas (predeterminado: standard).</translation>
    </message>
    <message>
        <source>Keep N principal components (default: 2, for display only).</source>
        <translation>Conservar N componentes principales (predeterminado: 2, solo para visualización).</translation>
    </message>
    <message>
        <source>Cluster on the preprocessed features or on the PCA scores (default: pca when --pca is given, features otherwise).</source>
        <translation>Agrupar según las variables preprocesadas o según las puntuaciones del ACP (predeterminado: pca si se indica --pca; si no, features).</translation>
    </message>
    <message>
        <source>The range of K to score, or one K (default: 2..10).</source>
        <translation>El intervalo de K que puntuar, o un único K (predeterminado: 2..10).</translation>
    </message>
    <message>
        <source>k-means++ restarts per K (default: 10).</source>
        <translation>Reinicios de k-means++ por K (predeterminado: 10).</translation>
    </message>
    <message>
        <source>Iterations per restart (default: 300).</source>
        <translation>Iteraciones por reinicio (predeterminado: 300).</translation>
    </message>
    <message>
        <source>Convergence tolerance relative to the mean feature variance (default: 1e-4).</source>
        <translation>Tolerancia de convergencia relativa a la varianza media de las variables (predeterminado: 1e-4).</translation>
    </message>
    <message>
        <source>Random seed (default: 0).</source>
        <translation>Semilla aleatoria (predeterminado: 0).</translation>
    </message>
    <message>
        <source>Fuzzy C-Means fuzzifier m &gt; 1 (default: 2).</source>
        <translation>Exponente de borrosidad m &gt; 1 de Fuzzy C-Means (predeterminado: 2).</translation>
    </message>
    <message>
        <source>Exact silhouette, a 10,000-row sample, or exact up to 20,000 rows (default: auto).</source>
        <translation>Silueta exacta, sobre una muestra de 10.000 filas, o exacta hasta 20.000 filas (predeterminado: auto).</translation>
    </message>
    <message>
        <source>Also score every combination of log on/off and the three scalers by silhouette.</source>
        <translation>Puntuar también por silueta cada combinación de logaritmo sí/no y los tres escalados.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; results do not depend on it).</source>
        <translation>Hilos de trabajo (predeterminado: todos los núcleos; los resultados no dependen de ello).</translation>
    </message>
    <message>
        <source>Write the full result as JSON (&apos;-&apos; for standard output).</source>
        <translation>Escribir el resultado completo en JSON (&apos;-&apos; para la salida estándar).</translation>
    </message>
    <message>
        <source>Write the segment of every row as CSV: row,segment.</source>
        <translation>Escribir el segmento de cada fila en CSV: row,segment.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli analyze &lt;input&gt; | --sample | --project P --dataset NAME [options]</source>
        <translation>Uso: segmenta-cli analyze &lt;input&gt; | --sample | --project P --dataset NAME [options]</translation>
    </message>
    <message>
        <source>Segments the rows of a table (CSV, TSV, XLSX, ODS, or a dataset of a project) with K-Means or Fuzzy C-Means for every K in a range, scores each K and recommends one.</source>
        <translation>Segmenta las filas de una tabla (CSV, TSV, XLSX, ODS o un conjunto de datos de un proyecto) con K-Means o Fuzzy C-Means para cada K de un intervalo, puntúa cada K y recomienda uno.</translation>
    </message>
    <message>
        <source>The file to analyse.</source>
        <translation>El archivo que analizar.</translation>
    </message>
    <message>
        <source>analyze takes one input file, but got %1: %2.</source>
        <translation>analyze admite un único archivo de entrada, pero ha recibido %1: %2.</translation>
    </message>
    <message>
        <source>--project and --dataset go together: name the project file and the dataset in it.</source>
        <translation>--project y --dataset van juntas: indique el archivo de proyecto y el conjunto de datos que contiene.</translation>
    </message>
    <message>
        <source>analyze needs exactly one input: a file name, --sample, or --project with --dataset.</source>
        <translation>analyze necesita exactamente una entrada: un nombre de archivo, --sample, o --project con --dataset.</translation>
    </message>
    <message>
        <source>--missing must be drop, mean or median.</source>
        <translation>--missing debe ser drop, mean o median.</translation>
    </message>
    <message>
        <source>--log1p and --log exclude each other; choose one.</source>
        <translation>--log1p y --log se excluyen mutuamente; elija una.</translation>
    </message>
    <message>
        <source>--cluster-on must be features or pca, not &apos;%1&apos;.</source>
        <translation>--cluster-on debe ser features o pca, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--seed necesita un número entero de 0 o más, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--fuzzifier must be greater than 1.</source>
        <translation>--fuzzifier debe ser mayor que 1.</translation>
    </message>
    <message>
        <source>--silhouette must be exact, sampled or auto, not &apos;%1&apos;.</source>
        <translation>--silhouette debe ser exact, sampled o auto, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>segmenta-cli: error: %1</source>
        <translation>segmenta-cli: error: %1</translation>
    </message>
    <message>
        <source>segmenta-cli: internal error: %1</source>
        <translation>segmenta-cli: error interno: %1</translation>
    </message>
    <message>
        <source>The project file (created when it does not exist).</source>
        <translation>El archivo de proyecto (se crea si no existe).</translation>
    </message>
    <message>
        <source>Name of the new dataset (default: the file&apos;s name).</source>
        <translation>Nombre del nuevo conjunto de datos (predeterminado: el nombre del archivo).</translation>
    </message>
    <message>
        <source>Text files: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (default: detect).</source>
        <translation>Archivos de texto: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (predeterminado: detectar).</translation>
    </message>
    <message>
        <source>Text files: , ; tab or | (default: detect).</source>
        <translation>Archivos de texto: , ; tab o | (predeterminado: detectar).</translation>
    </message>
    <message>
        <source>Text files: the decimal separator, . or , (default: detect).</source>
        <translation>Archivos de texto: el separador decimal, . o , (predeterminado: detectar).</translation>
    </message>
    <message>
        <source>The row (line) of the header, 0 for none (default: detect).</source>
        <translation>La fila (línea) del encabezado; 0 si no hay (predeterminado: detectar).</translation>
    </message>
    <message>
        <source>postgresql:// sources: the table or view to import.</source>
        <translation>Orígenes postgresql://: la tabla o vista que importar.</translation>
    </message>
    <message>
        <source>postgresql:// sources: a read-only SELECT whose result is imported.</source>
        <translation>Orígenes postgresql://: una SELECT de solo lectura cuyo resultado se importa.</translation>
    </message>
    <message>
        <source>Import a file that is already in the project once more.</source>
        <translation>Importar otra vez un archivo que ya está en el proyecto.</translation>
    </message>
    <message>
        <source>Print the import report as JSON.</source>
        <translation>Mostrar el informe de importación en JSON.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo de proyecto.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Mostrar la lista en JSON.</translation>
    </message>
    <message>
        <source>--header-row takes a row number, or 0 for a table without a header.</source>
        <translation>--header-row admite un número de fila, o 0 para una tabla sin encabezado.</translation>
    </message>
    <message>
        <source>The project already has a dataset named &apos;%1&apos;; choose another --name.</source>
        <translation>El proyecto ya tiene un conjunto de datos llamado &apos;%1&apos;; elija otro --name.</translation>
    </message>
    <message>
        <source>The file or postgresql:// database to import.</source>
        <translation>El archivo o la base de datos postgresql:// que importar.</translation>
    </message>
    <message>
        <source>import takes exactly one file or database address.</source>
        <translation>import admite exactamente un archivo o una dirección de base de datos.</translation>
    </message>
    <message>
        <source> (customers)</source>
        <translation> (clientes)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already imported as the dataset &apos;%2&apos; on %3. Use --again to import it once more.</source>
        <translation>&apos;%1&apos; ya se importó como el conjunto de datos &apos;%2&apos; el %3. Use --again para importarlo otra vez.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns: %4</source>
        <translation>%1: %2 filas, %3 columnas: %4</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli import &lt;file&gt; --project p.segmenta [options]</source>
        <translation>Uso: segmenta-cli import &lt;file&gt; --project p.segmenta [options]</translation>
    </message>
    <message>
        <source>Reads a CSV, TSV, TXT, XLSX, XLSM or ODS file and stores it as a dataset of the project, all or nothing, then prints what was done with every row.</source>
        <translation>Lee un archivo CSV, TSV, TXT, XLSX, XLSM u ODS y lo guarda como conjunto de datos del proyecto, todo o nada; después muestra qué se ha hecho con cada fila.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli datasets --project p.segmenta [--json]</source>
        <translation>Uso: segmenta-cli datasets --project p.segmenta [--json]</translation>
    </message>
    <message>
        <source>Lists the datasets of a project with their rows, columns and column kinds.</source>
        <translation>Lista los conjuntos de datos de un proyecto con sus filas, columnas y tipos de columna.</translation>
    </message>
    <message>
        <source>Imported &apos;%1&apos;: %2 of %3 rows read, %4 skipped.</source>
        <translation>Se ha importado &apos;%1&apos;: %2 de %3 filas leídas, %4 omitidas.</translation>
    </message>
    <message>
        <source>  skipped row %1: %2</source>
        <translation>  fila %1 omitida: %2</translation>
    </message>
    <message>
        <source>  row %1, column &apos;%2&apos;: %3</source>
        <translation>  fila %1, columna &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, datos personales</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>&apos;%1&apos; no es una dirección de PostgreSQL; escríbala como postgresql://usuario@servidor:puerto/base_de_datos.</translation>
    </message>
    <message>
        <source>A database import needs either --table or --query.</source>
        <translation>Una importación desde una base de datos necesita --table o --query.</translation>
    </message>
    <message>
        <source>--table and --query are for database imports (postgresql://...).</source>
        <translation>--table y --query son para importaciones desde bases de datos (postgresql://...).</translation>
    </message>
    <message>
        <source>--invoices takes key=column pairs, e.g. customer=CustomerID; &apos;%1&apos; is not one.</source>
        <translation>--invoices admite pares clave=columna, por ejemplo customer=CustomerID; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <source>--invoices reference= takes a date such as 2011-12-10, not &apos;%1&apos;.</source>
        <translation>--invoices reference= admite una fecha como 2011-12-10, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--invoices needs customer= and date=, and either amount= or both quantity= and price=.</source>
        <translation>--invoices necesita customer= y date=, y además amount= o bien quantity= y price=.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Run &apos;segmenta-cli %1 --help&apos; for the options.</source>
        <translation>Ejecute &apos;segmenta-cli %1 --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>--%1 takes one character, not &apos;%2&apos;.</source>
        <translation>--%1 admite un solo carácter, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 needs --project with the project file.</source>
        <translation>%1 necesita --project con el archivo de proyecto.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; does not exist.</source>
        <translation>El proyecto &apos;%1&apos; no existe.</translation>
    </message>
    <message>
        <source>The run to report (default: the latest run).</source>
        <translation>La ejecución de la que informar (predeterminado: la más reciente).</translation>
    </message>
    <message>
        <source>--run needs a run number such as 1, not &apos;%1&apos;.</source>
        <translation>--run necesita un número de ejecución, como 1, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no run to report yet; run &apos;segmenta-cli analyze --project&apos; first.</source>
        <translation>El proyecto &apos;%1&apos; aún no tiene ninguna ejecución de la que informar; ejecute primero &apos;segmenta-cli analyze --project&apos;.</translation>
    </message>
    <message>
        <source>report takes no file name, but got &apos;%1&apos;; name the project with --project.</source>
        <translation>report no admite ningún nombre de archivo, pero ha recibido &apos;%1&apos;; indique el proyecto con --project.</translation>
    </message>
    <message>
        <source>report needs at least one of --pdf, --xlsx, --csv and --charts.</source>
        <translation>report necesita al menos una de --pdf, --xlsx, --csv y --charts.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR] [--include-pii]</source>
        <translation>Uso: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR] [--include-pii]</translation>
    </message>
    <message>
        <source>Writes the reports of a stored run with the segment names and notes saved in the project. Columns flagged as personal data are left out unless --include-pii is given; every export is recorded in the project&apos;s audit log.</source>
        <translation>Escribe los informes de una ejecución guardada con los nombres y notas de segmentos guardados en el proyecto. Las columnas marcadas como datos personales se excluyen salvo que se indique --include-pii; cada exportación queda registrada en el registro de auditoría del proyecto.</translation>
    </message>
    <message>
        <source>Write the PDF report.</source>
        <translation>Escribir el informe PDF.</translation>
    </message>
    <message>
        <source>Write the workbook: Summary, Segments, Assignments, Metrics, Run.</source>
        <translation>Escribir el libro, con las hojas Summary, Segments, Assignments, Metrics y Run.</translation>
    </message>
    <message>
        <source>Write assignments.csv, profiles.csv and metrics.csv into DIR.</source>
        <translation>Escribir assignments.csv, profiles.csv y metrics.csv en DIR.</translation>
    </message>
    <message>
        <source>Write every chart into DIR as PNG and SVG (k_selection, segment_map, profiles, zscores, silhouette, crosstab_&lt;column&gt;).</source>
        <translation>Escribir cada gráfico en DIR como PNG y SVG (k_selection, segment_map, profiles, zscores, silhouette, crosstab_&lt;column&gt;).</translation>
    </message>
    <message>
        <source>Resolution of the PNG charts (default: 192).</source>
        <translation>Resolución de los gráficos PNG (predeterminado: 192).</translation>
    </message>
    <message>
        <source>Include the columns flagged as personal data in these exports.</source>
        <translation>Incluir en estas exportaciones las columnas marcadas como datos personales.</translation>
    </message>
    <message>
        <source>Paper of the PDF report (default: a4).</source>
        <translation>Papel del informe PDF (predeterminado: a4).</translation>
    </message>
    <message>
        <source>Title of the report (default: Customer segments).</source>
        <translation>Título del informe (predeterminado: Segmentos de clientes).</translation>
    </message>
    <message>
        <source>Author named on the report&apos;s cover.</source>
        <translation>Autor que figura en la portada del informe.</translation>
    </message>
    <message>
        <source>Delimiter of the CSV files: , ; tab or | (default: ,).</source>
        <translation>Delimitador de los archivos CSV: , ; tab o | (predeterminado: ,).</translation>
    </message>
    <message>
        <source>Start the CSV files with a UTF-8 byte order mark, for Excel.</source>
        <translation>Iniciar los archivos CSV con una marca de orden de bytes UTF-8, para Excel.</translation>
    </message>
    <message>
        <source>--dpi needs a resolution from 48 to 1200, not &apos;%1&apos;.</source>
        <translation>--dpi necesita una resolución entre 48 y 1200, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &apos;%1&apos;.</source>
        <translation>--page-size debe ser a4 o letter, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <source>Preprocessing grid (best silhouette over the K range):</source>
        <translation>Cuadrícula de preprocesamiento (mejor silueta en el intervalo de K):</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>no es posible: %1</translation>
    </message>
    <message>
        <source>Segments for K = %1:</source>
        <translation>Segmentos para K = %1:</translation>
    </message>
    <message>
        <source>Segment %1 &quot;%2&quot;: %3 rows (%4%)</source>
        <translation>Segmento %1 &quot;%2&quot;: %3 filas (%4 %)</translation>
    </message>
    <message>
        <source>Segmenta %1: %2</source>
        <translation>Segmenta %1: %2</translation>
    </message>
    <message>
        <source>%1 rows used (%2 dropped for missing values, %3 as outliers), %4 features: %5</source>
        <translation>%1 filas usadas (%2 descartadas por valores ausentes, %3 por valores atípicos), %4 variables: %5</translation>
    </message>
    <message>
        <source>Principal components: %1</source>
        <translation>Componentes principales: %1</translation>
    </message>
    <message>
        <source> (clustered on these)</source>
        <translation> (se agrupa según estos)</translation>
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
        <translation>Uso:
  segmenta-cli analyze &lt;input&gt; [options]            segmentar las filas de un archivo CSV, TSV, XLSX u ODS
  segmenta-cli analyze --sample [options]           lo mismo con el ejemplo incluido Wholesale customers
  segmenta-cli analyze --project P --dataset NAME   lo mismo con un conjunto de datos de un proyecto; guarda la ejecución
  segmenta-cli import &lt;file&gt; --project P [options]  guardar un archivo como conjunto de datos de un proyecto
  segmenta-cli datasets --project P [--json]        listar los conjuntos de datos de un proyecto
  segmenta-cli report --project P [--pdf F] [--xlsx F] [--csv DIR]   informes de una ejecución guardada
  segmenta-cli --version | --help

&apos;segmenta-cli COMMAND --help&apos; muestra las opciones de un comando.
Códigos de salida: 0 correcto, 1 error interno, 2 entrada u opciones incorrectas.
</translation>
    </message>
    <message>
        <source>segmenta-cli: no command given.</source>
        <translation>segmenta-cli: no se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>segmenta-cli: unknown command &apos;%1&apos;.</source>
        <translation>segmenta-cli: comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>  %1 (guessed): %2</source>
        <translation>  %1 (detectado): %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Columns to cluster on (default: every numeric column that varies; identifiers, codes, dates and empty columns are left out).</source>
        <translation>Columnas según las que agrupar (predeterminado: todas las columnas numéricas que varían; se excluyen los identificadores, los códigos, las fechas y las columnas vacías).</translation>
    </message>
    <message>
        <source>Columns never to cluster on.</source>
        <translation>Columnas según las que no agrupar nunca.</translation>
    </message>
    <message>
        <source>--%1 says how to read the input file; it does not go with --sample or --project.</source>
        <translation>--%1 indica cómo leer el archivo de entrada; no se combina con --sample ni con --project.</translation>
    </message>
    <message>
        <source>Spreadsheets: the sheet to read (default: the one holding the largest table).</source>
        <translation>Hojas de cálculo: la hoja que leer (predeterminado: la que contiene la tabla más grande).</translation>
    </message>
    <message>
        <source>Text files: skip lines with a different number of fields than the header, listing each in the report, instead of refusing the file.</source>
        <translation>Archivos de texto: omitir las líneas con un número de campos distinto del encabezado, indicando cada una en el informe, en lugar de rechazar el archivo.</translation>
    </message>
    <message>
        <source>Dates written as text: D/M/Y, M/D/Y or Y-M-D (default: detect from each column).</source>
        <translation>Fechas escritas como texto: D/M/Y, M/D/Y o Y-M-D (predeterminado: detectar en cada columna).</translation>
    </message>
    <message>
        <source>The rows are invoice lines: store one row per customer (recency, frequency, monetary, average basket, tenure, spend per category). Keys: customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.</source>
        <translation>Las filas son líneas de factura: guardar una fila por cliente (recencia, frecuencia, valor monetario, ticket medio, antigüedad, gasto por categoría). Claves: customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.</translation>
    </message>
    <message>
        <source>%1 takes D/M/Y, M/D/Y or Y-M-D (separators / - or .), not &apos;%2&apos;.</source>
        <translation>%1 admite D/M/Y, M/D/Y o Y-M-D (separadores / - o .), no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--invoices knows customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix and date-format, not &apos;%1&apos;.</source>
        <translation>--invoices admite customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix y date-format, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Columns left out:</source>
        <translation>Columnas excluidas:</translation>
    </message>
    <message>
        <source>Not named in --features: %1.</source>
        <translation>No indicadas en --features: %1.</translation>
    </message>
    <message>
        <source>customer segmentation for wholesale distributors</source>
        <translation>segmentación de clientes para distribuidores mayoristas</translation>
    </message>
    <message>
        <source>segmenta-cli imports customer tables into Segmenta projects, segments them with K-Means or Fuzzy C-Means and writes PDF, XLSX and CSV reports, without a display. Messages and reports follow the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>segmenta-cli importa tablas de clientes a proyectos de Segmenta, las segmenta con K-Means o Fuzzy C-Means y genera informes PDF, XLSX y CSV, sin necesidad de pantalla. Los mensajes y los informes siguen el idioma del entorno (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</translation>
    </message>
    <message>
        <source>K-Means, Fuzzy C-Means, or mini-batch K-Means for millions of rows (default: kmeans).</source>
        <translation>K-Means, Fuzzy C-Means o Mini-batch K-Means para millones de filas (predeterminado: kmeans).</translation>
    </message>
    <message>
        <source>postgresql:// sources: read the password from the first line of FILE (which only you may read); else PGPASSWORD or ~/.pgpass.</source>
        <translation>Orígenes postgresql://: leer la contraseña de la primera línea de FILE (que solo usted debe poder leer); si no, de PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot read the password file &apos;%1&apos;: %2.</source>
        <translation>No se puede leer el archivo de contraseña &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>The password file &apos;%1&apos; can be read by other users; make it private with &apos;chmod 600 %1&apos; and try again.</source>
        <translation>Otros usuarios pueden leer el archivo de contraseña &apos;%1&apos;; hágalo privado con &apos;chmod 600 %1&apos; y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database address holds a password, which every user of this computer can see in the list of running programs. Remove it from the address and give it with --password-file FILE, in ~/.pgpass, or in PGPASSWORD.</source>
        <translation>La dirección de la base de datos contiene una contraseña, que cualquier usuario de este equipo puede ver en la lista de programas en ejecución. Quítela de la dirección e indíquela con --password-file FILE, en ~/.pgpass o en PGPASSWORD.</translation>
    </message>
    <message>
        <source>--password-file is for database imports (postgresql://...).</source>
        <translation>--password-file es para importaciones desde bases de datos (postgresql://...).</translation>
    </message>
</context>
</TS>
