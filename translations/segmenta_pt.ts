<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AnalysisForm</name>
    <message>
        <source>Features</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>Tick the columns to segment the customers on. Strongly skewed columns (skewness above 1, typical of spending) get a log transform suggested.</source>
        <translation>Assinale as colunas com base nas quais os clientes serão segmentados. Para as colunas fortemente assimétricas (assimetria superior a 1, típica dos valores de compras) é sugerida uma transformação logarítmica.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Desmarcar tudo</translation>
    </message>
    <message>
        <source>Log transform for every strongly skewed column of positive numbers, none for the others</source>
        <translation>Transformação logarítmica para cada coluna fortemente assimétrica de números positivos, nenhuma para as restantes</translation>
    </message>
    <message>
        <source>S&amp;uggest Transforms</source>
        <translation>S&amp;ugerir transformações</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation>N&amp;ormalização:</translation>
    </message>
    <message>
        <source>Puts the features on one scale, so that no feature dominates because of its units</source>
        <translation>Coloca as variáveis numa mesma escala, para que nenhuma variável domine devido às suas unidades</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principais</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
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
        <translation>Manter o &amp;suficiente para</translation>
    </message>
    <message>
        <source>Share of the variance to keep</source>
        <translation>Parte da variância a manter</translation>
    </message>
    <message>
        <source> % of the variance</source>
        <translation> % da variância</translation>
    </message>
    <message>
        <source>Cl&amp;uster on:</source>
        <translation>A&amp;grupar com base em:</translation>
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
        <translation>&amp;Fuzzificador m:</translation>
    </message>
    <message>
        <source>How soft the memberships are; 2 is usual, values near 1 approach K-Means</source>
        <translation>Grau de difusão das pertenças; 2 é o habitual, valores próximos de 1 aproximam-se do K-Means</translation>
    </message>
    <message>
        <source>&amp;Number of segments:</source>
        <translation>&amp;Número de segmentos:</translation>
    </message>
    <message>
        <source>Smallest number of segments</source>
        <translation>Número mínimo de segmentos</translation>
    </message>
    <message>
        <source>Every K from this to the largest is fitted and scored</source>
        <translation>Cada K, deste valor até ao máximo, é ajustado e avaliado</translation>
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
        <translation>&amp;Reinícios por K:</translation>
    </message>
    <message>
        <source>Each K is fitted from this many random starts (k-means++); the best fit is kept</source>
        <translation>Cada K é ajustado a partir deste número de inícios aleatórios (k-means++); é mantido o melhor ajuste</translation>
    </message>
    <message>
        <source>&amp;Iterations per restart:</source>
        <translation>&amp;Iterações por reinício:</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>Semente a&amp;leatória:</translation>
    </message>
    <message>
        <source>The same data, settings and seed always give the same segments</source>
        <translation>Os mesmos dados, definições e semente dão sempre os mesmos segmentos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Fit and score every K of the range, then show the recommended one (Ctrl+R)</source>
        <translation>Ajustar e avaliar cada K do intervalo e, em seguida, mostrar o recomendado (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>&amp;Executar análise</translation>
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
        <translation>&amp;Guardar em:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
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
        <translation>Iniciar os ficheiros com uma marca de ordem de bytes UTF-8, para que o Excel leia corretamente os acentos</translation>
    </message>
    <message>
        <source>For &amp;Excel</source>
        <translation>Para o E&amp;xcel</translation>
    </message>
    <message>
        <source>&amp;Include personal data columns</source>
        <translation>&amp;Incluir colunas de dados pessoais</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>What each column holds and what it is used for. Features are what segments are built from; identifiers and ignored columns are kept but not analysed; personal data stays out of exports unless you include it.</source>
        <translation>O que cada coluna contém e para que é utilizada. As variáveis são a base da construção dos segmentos; os identificadores e as colunas ignoradas são mantidos, mas não analisados; os dados pessoais ficam fora das exportações, a menos que os inclua.</translation>
    </message>
    <message>
        <source>These rows are &amp;invoice lines: import one row per customer (recency, frequency, spend)</source>
        <translation>Estas linhas são linhas de &amp;fatura: importar uma linha por cliente (recência, frequência, valor gasto)</translation>
    </message>
</context>
<context>
    <name>ImportInvoicePage</name>
    <message>
        <source>Invoice lines → one row per customer</source>
        <translation>Linhas de fatura → uma linha por cliente</translation>
    </message>
    <message>
        <source>Which columns hold what. Each customer gets recency, frequency, net spend, average basket and tenure, and with a category column the spend per category.</source>
        <translation>Que colunas contêm o quê. Cada cliente recebe a recência, a frequência, o valor líquido gasto, o cabaz médio e a antiguidade e, com uma coluna de categoria, o valor gasto por categoria.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Line value:</source>
        <translation>Valor da linha:</translation>
    </message>
    <message>
        <source>&amp;Quantity × unit price</source>
        <translation>&amp;Quantidade × preço unitário</translation>
    </message>
    <message>
        <source>A&amp;mount column</source>
        <translation>Coluna de &amp;montante</translation>
    </message>
    <message>
        <source>Q&amp;uantity:</source>
        <translation>Q&amp;uantidade:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>&amp;Preço unitário:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Mo&amp;ntante:</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>N.º da &amp;fatura:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoria:</translation>
    </message>
    <message>
        <source>Cancelled invoices &amp;start with:</source>
        <translation>As faturas anuladas com&amp;eçam por:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the data is read</source>
        <translation>Verifique como os dados são lidos</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Change a setting if the columns or numbers look wrong.</source>
        <translation>As primeiras linhas tal como serão importadas. Altere uma definição se as colunas ou os números parecerem incorretos.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Folha:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Ca&amp;beçalho:</translation>
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
        <translation>Da&amp;tas:</translation>
    </message>
    <message>
        <source>How dates written as text order day and month. Automatic decides per column and reads a column that never tells them apart day first.</source>
        <translation>A ordem do dia e do mês nas datas escritas como texto. Automático decide por coluna e, numa coluna em que nunca é possível distinguir um do outro, lê primeiro o dia.</translation>
    </message>
    <message>
        <source>Skip lines with the &amp;wrong number of fields</source>
        <translation>Omitir as linhas com um número &amp;errado de campos</translation>
    </message>
    <message>
        <source>Lines with more or fewer fields than the header are left out and listed in the import report, instead of stopping the import.</source>
        <translation>As linhas com mais ou menos campos do que o cabeçalho são omitidas e listadas no relatório de importação, em vez de interromperem a importação.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message>
        <source>What was read, what was left out and why, and the guesses the reader made. The same report is kept with the dataset.</source>
        <translation>O que foi lido, o que ficou de fora e porquê, e as deduções feitas pelo leitor. O mesmo relatório é guardado com o conjunto de dados.</translation>
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
        <translation>Os dados são lidos na íntegra e guardados no projeto como um novo conjunto de dados: ou tudo, ou nada.</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>&amp;Nome do conjunto de dados:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importação</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Choose the data to import</source>
        <translation>Escolha os dados a importar</translation>
    </message>
    <message>
        <source>A spreadsheet or text file, or a table or query of a PostgreSQL database.</source>
        <translation>Uma folha de cálculo ou um ficheiro de texto, ou uma tabela ou consulta de uma base de dados PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;File (CSV, TSV, TXT, XLSX, XLSM or ODS)</source>
        <translation>&amp;Ficheiro (CSV, TSV, TXT, XLSX, XLSM ou ODS)</translation>
    </message>
    <message>
        <source>Path of the file, or drop a file on the main window</source>
        <translation>Caminho do ficheiro; também pode largar um ficheiro na janela principal</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL table or query</source>
        <translation>Tabela ou consulta &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Anfitrião:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de dados:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>não é guardada</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>Tab&amp;ela:</translation>
    </message>
    <message>
        <source>&amp;List tables</source>
        <translation>&amp;Listar tabelas</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Co&amp;nsulta:</translation>
    </message>
    <message>
        <source>SELECT … (one read-only statement)</source>
        <translation>SELECT … (uma única instrução só de leitura)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect the next time Segmenta starts.</source>
        <translation>Entra em vigor na próxima vez que o Segmenta for iniciado.</translation>
    </message>
    <message>
        <source>New analyses</source>
        <translation>Novas análises</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>&amp;Semente aleatória:</translation>
    </message>
    <message>
        <source>&amp;Restarts per K:</source>
        <translation>&amp;Reinícios por K:</translation>
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
        <translation>Descubra que tipos de clientes tem e o que distingue cada um.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Abrir o &amp;exemplo</translation>
    </message>
    <message>
        <source>440 wholesale customers (UCI Wholesale customers), segmented at once</source>
        <translation>440 clientes grossistas (UCI Wholesale customers), segmentados de imediato</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importar dados…</translation>
    </message>
    <message>
        <source>A CSV, Excel or OpenDocument file, or a PostgreSQL table, into a new project</source>
        <translation>Um ficheiro CSV, Excel ou OpenDocument, ou uma tabela PostgreSQL, para um novo projeto</translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation>Abrir um &amp;projeto…</translation>
    </message>
    <message>
        <source>A .segmenta project file with its data, runs and segment names</source>
        <translation>Um ficheiro de projeto .segmenta com os respetivos dados, execuções e nomes de segmentos</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projetos &amp;recentes</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer segmentation for wholesale distributors.</source>
        <translation>Segmentação de clientes para distribuidores grossistas.</translation>
    </message>
    <message>
        <source>Start with the bundled Wholesale customers sample, segmented.</source>
        <translation>Começar com o exemplo Wholesale customers incluído, já segmentado.</translation>
    </message>
    <message>
        <source>A .segmenta project to open, or a data file to import.</source>
        <translation>Um projeto .segmenta a abrir ou um ficheiro de dados a importar.</translation>
    </message>
    <message>
        <source>The sample was not analysed within five minutes.</source>
        <translation>O exemplo não foi analisado no prazo de cinco minutos.</translation>
    </message>
    <message>
        <source>The view %1 rendered nothing.</source>
        <translation>A vista %1 não desenhou nada.</translation>
    </message>
    <message>
        <source>segmenta --smoke failed: %1</source>
        <translation>segmenta --smoke falhou: %1</translation>
    </message>
    <message>
        <source>Open the sample, analyse it, render every view offscreen and exit: 0 when all went well, 1 otherwise.</source>
        <translation>Abrir o exemplo, analisá-lo, desenhar todas as vistas fora do ecrã e sair: 0 se tudo correr bem, 1 caso contrário.</translation>
    </message>
    <message>
        <source>The desktop application of Segmenta: import customer tables, segment them, explore the segments in charts, name them and export reports.</source>
        <translation>A aplicação de ambiente de trabalho do Segmenta: importe tabelas de clientes, segmente-as, explore os segmentos em gráficos, dê-lhes nome e exporte relatórios.</translation>
    </message>
</context>
<context>
    <name>segmenta::AboutDialog</name>
    <message>
        <source>About Segmenta</source>
        <translation>Acerca do Segmenta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for wholesale distributors: PCA and K-Means on your customer table, with the number of segments chosen by elbow, silhouette, Calinski–Harabasz and Davies–Bouldin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Segmentação de clientes para distribuidores grossistas: ACP e K-Means sobre a sua tabela de clientes, com o número de segmentos escolhido pelo método do cotovelo, pela silhueta e pelos índices de Calinski–Harabasz e Davies–Bouldin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with:&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Sample data: UCI Wholesale customers, Margarida Cardoso (2014), CC BY 4.0.</source>
        <translation>Criado com:&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Dados de exemplo: UCI Wholesale customers, Margarida Cardoso (2014), CC BY 4.0.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado com %2)</translation>
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
        <translation>A preparar as variáveis</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principais</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
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
        <translation>Média</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Mais frequente</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>A missing value is filled with the column&apos;s median, mean or most frequent value, or the customer is left out</source>
        <translation>Um valor em falta é preenchido com a mediana, a média ou o valor mais frequente da coluna, ou o cliente é excluído</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
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
        <translation>Raiz quadrada</translation>
    </message>
    <message>
        <source>A log transform keeps a few very large values from deciding the segments</source>
        <translation>Uma transformação logarítmica evita que alguns valores muito grandes decidam os segmentos</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Clip 1–99 %</source>
        <translation>Limitar a 1–99 %</translation>
    </message>
    <message>
        <source>Clip (Tukey)</source>
        <translation>Limitar (Tukey)</translation>
    </message>
    <message>
        <source>Leave out (Tukey)</source>
        <translation>Excluir (Tukey)</translation>
    </message>
    <message>
        <source>Clip to the 1st and 99th percentiles or to the Tukey fences (1.5 × IQR beyond the quartiles, after the transform), or leave such customers out</source>
        <translation>Limitar aos percentis 1 e 99 ou às barreiras de Tukey (1,5 × AIQ para lá dos quartis, após a transformação), ou excluir esses clientes</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Assimetria</translation>
    </message>
    <message>
        <source>If missing</source>
        <translation>Se em falta</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformação</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valores atípicos</translation>
    </message>
    <message>
        <source>0 for a symmetric column; above 1 strongly skewed</source>
        <translation>0 para uma coluna simétrica; acima de 1, fortemente assimétrica</translation>
    </message>
    <message>
        <source>Standardise (z-score)</source>
        <translation>Padronizar (z-score)</translation>
    </message>
    <message>
        <source>Min–max to [0, 1]</source>
        <translation>Mín–máx para [0, 1]</translation>
    </message>
    <message>
        <source>Robust (median and IQR)</source>
        <translation>Robusta (mediana e AIQ)</translation>
    </message>
    <message>
        <source>Prepared features</source>
        <translation>Variáveis preparadas</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principais</translation>
    </message>
    <message>
        <source>The components always draw the segment map; clustering on them drops the variance the components leave out</source>
        <translation>As componentes desenham sempre o mapa de segmentos; agrupar com base nelas descarta a variância que as componentes deixam de fora</translation>
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
        <translation>Variáveis de %1</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>Categorical: one 0/1 feature per level</source>
        <translation>Categórica: uma variável 0/1 por nível</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Strongly skewed: a log transform is suggested</source>
        <translation>Fortemente assimétrica: é sugerida uma transformação logarítmica</translation>
    </message>
    <message>
        <source>Missing values of %1</source>
        <translation>Valores em falta de %1</translation>
    </message>
    <message>
        <source>one-hot</source>
        <translation>one-hot</translation>
    </message>
    <message>
        <source>Transform of %1</source>
        <translation>Transformação de %1</translation>
    </message>
    <message>
        <source>Outliers of %1</source>
        <translation>Valores atípicos de %1</translation>
    </message>
    <message>
        <source>%1 has no missing values</source>
        <translation>%1 não tem valores em falta</translation>
    </message>
    <message>
        <source>Log transform suggested for the strongly skewed columns.</source>
        <translation>Transformação logarítmica sugerida para as colunas fortemente assimétricas.</translation>
    </message>
    <message>
        <source>Import data or open the sample first (File menu).</source>
        <translation>Importe dados ou abra primeiro o exemplo (menu Ficheiro).</translation>
    </message>
    <message>
        <source>Tick at least one feature to segment on.</source>
        <translation>Assinale pelo menos uma variável para a segmentação.</translation>
    </message>
    <message>
        <source>%1 segments need more than %1 customers, but the dataset has %2; lower the number of segments.</source>
        <translation>%1 segmentos precisam de mais de %1 clientes, mas o conjunto de dados tem %2; reduza o número de segmentos.</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it.</source>
        <translation>Está em curso outra tarefa; aguarde que termine ou cancele-a.</translation>
    </message>
    <message>
        <source>Mini-batch K-Means</source>
        <translation>Mini-batch K-Means</translation>
    </message>
    <message>
        <source>K-Means on batches of 1,024 customers: for millions of customers, much faster, with a slightly higher inertia</source>
        <translation>K-Means sobre lotes de 1024 clientes: para milhões de clientes, muito mais rápido, com uma inércia ligeiramente superior</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisSession</name>
    <message>
        <source>Analysis of %1</source>
        <translation>Análise de %1</translation>
    </message>
    <message>
        <source>Reopening run %1</source>
        <translation>A reabrir a execução %1</translation>
    </message>
    <message>
        <source>Showing K = %1</source>
        <translation>A mostrar K = %1</translation>
    </message>
</context>
<context>
    <name>segmenta::AnalysisSettingsJson</name>
    <message>
        <source>The run settings&apos; &apos;%1&apos; must be a number.</source>
        <translation>O campo &apos;%1&apos; das definições da execução tem de ser um número.</translation>
    </message>
    <message>
        <source>The run settings&apos; &apos;%1&apos; must be text.</source>
        <translation>O campo &apos;%1&apos; das definições da execução tem de ser texto.</translation>
    </message>
    <message>
        <source>The run settings&apos; &apos;%1&apos; has the unknown value &apos;%2&apos;.</source>
        <translation>O campo &apos;%1&apos; das definições da execução tem o valor desconhecido &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The run settings are of version %1, which this version of Segmenta does not know.</source>
        <translation>As definições da execução são da versão %1, que esta versão do Segmenta não reconhece.</translation>
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
        <translation>%1, nas unidades originais (bigodes: 1,5 × AIQ; valores atípicos não desenhados)</translation>
    </message>
</context>
<context>
    <name>segmenta::ChartExport</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Não é possível criar a pasta &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>segmenta::ChartView</name>
    <message>
        <source>The figure was copied to the clipboard.</source>
        <translation>A figura foi copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Could not write %1; choose a folder you can write to.</source>
        <translation>Não foi possível escrever %1; escolha uma pasta onde tenha permissão de escrita.</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copiar imagem</translation>
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
        <translation>Imagens PNG (*.png)</translation>
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
        <translation>Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Repor vista</translation>
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
        <translation>Selecione uma coluna para ver os respetivos valores.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Em falta:</translation>
    </message>
    <message>
        <source>Distinct:</source>
        <translation>Distintos:</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>Média:</translation>
    </message>
    <message>
        <source>Standard deviation:</source>
        <translation>Desvio-padrão:</translation>
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
        <translation>Assimetria:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Rows per bin: %1 equal bins from %2 to %3</source>
        <translation>Linhas por classe: %1 classes iguais de %2 a %3</translation>
    </message>
</context>
<context>
    <name>segmenta::ColumnText</name>
    <message>
        <source>Numeric</source>
        <translation>Numérica</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categórica</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Label (compare segments with it)</source>
        <translation>Rótulo (comparar segmentos com ele)</translation>
    </message>
</context>
<context>
    <name>segmenta::ComparisonDialog</name>
    <message>
        <source>Compare Runs</source>
        <translation>Comparar execuções</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>The two runs differ here</source>
        <translation>As duas execuções diferem aqui</translation>
    </message>
    <message>
        <source>Settings and scores of the two runs</source>
        <translation>Definições e pontuações das duas execuções</translation>
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
        <translation>Percentagem dos clientes do nível (%)</translation>
    </message>
</context>
<context>
    <name>segmenta::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível escrever %1: %2</translation>
    </message>
    <message>
        <source>The character %1 cannot separate CSV fields; choose a comma, semicolon or tab.</source>
        <translation>O carácter %1 não pode separar campos CSV; escolha uma vírgula, um ponto e vírgula ou uma tabulação.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>não é possível criar a pasta</translation>
    </message>
</context>
<context>
    <name>segmenta::CsvReader</name>
    <message>
        <source>The quoted field that begins on line %1 is never closed; a closing quote (&quot;) is missing.</source>
        <translation>O campo entre aspas que começa na linha %1 nunca é fechado; falta uma aspa de fecho (&quot;).</translation>
    </message>
    <message>
        <source>Reading failed on line %1: %2</source>
        <translation>A leitura falhou na linha %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>The input is not open for reading.</source>
        <translation>A entrada não está aberta para leitura.</translation>
    </message>
    <message>
        <source>The encoding &apos;%1&apos; is not known. Choose UTF-8, UTF-16LE, UTF-16BE, windows-1252 or ISO-8859-1 (--encoding, or Encoding in the import wizard).</source>
        <translation>A codificação &apos;%1&apos; não é conhecida. Escolha UTF-8, UTF-16LE, UTF-16BE, windows-1252 ou ISO-8859-1 (--encoding, ou Codificação no assistente de importação).</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, more than a table can have; reading stopped there. If the file is a table, choose its delimiter (--delimiter, or Delimiter in the import wizard).</source>
        <translation>A linha %1 tem mais de %2 campos, mais do que uma tabela pode ter; a leitura parou aí. Se o ficheiro for uma tabela, escolha o respetivo delimitador (--delimiter, ou Delimitador no assistente de importação).</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so this does not read as lines of a table (in %3); reading stopped there. If the file is text, choose its encoding (--encoding, or Encoding in the import wizard); otherwise save the data as CSV.</source>
        <translation>A linha %1 tem mais de %2 caracteres, pelo que o conteúdo não é lido como linhas de uma tabela (em %3); a leitura parou aí. Se o ficheiro for de texto, escolha a respetiva codificação (--encoding, ou Codificação no assistente de importação); caso contrário, guarde os dados em CSV.</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text. Re-save the file as UTF-8 (&quot;CSV UTF-8&quot;) or choose the file&apos;s encoding (--encoding, or Encoding in the import wizard).</source>
        <translation>A linha %1 não é texto %2 válido. Volte a guardar o ficheiro como UTF-8 (&quot;CSV UTF-8&quot;) ou escolha a codificação do ficheiro (--encoding, ou Codificação no assistente de importação).</translation>
    </message>
</context>
<context>
    <name>segmenta::DataMatrix</name>
    <message>
        <source>The table has %1 value columns but %2 column names.</source>
        <translation>A tabela tem %1 colunas de valores, mas %2 nomes de colunas.</translation>
    </message>
    <message>
        <source>Two columns are both named &apos;%1&apos;; column names must be unique.</source>
        <translation>Há duas colunas com o nome &apos;%1&apos;; os nomes das colunas têm de ser únicos.</translation>
    </message>
</context>
<context>
    <name>segmenta::DataPage</name>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>O projeto %1 não tem o conjunto de dados %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: column &apos;%2&apos; has an unknown kind or role.</source>
        <translation>O projeto %1 está danificado: a coluna &apos;%2&apos; tem um tipo ou uma função desconhecidos.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: the table of dataset %2 has %3 columns, not %4.</source>
        <translation>O projeto %1 está danificado: a tabela do conjunto de dados %2 tem %3 colunas, e não %4.</translation>
    </message>
</context>
<context>
    <name>segmenta::DataTable</name>
    <message>
        <source>Cannot save the dataset in %1: it has %2 rows but %3 source lines.</source>
        <translation>Não é possível guardar o conjunto de dados em %1: tem %2 linhas, mas %3 linhas de origem.</translation>
    </message>
    <message>
        <source>Cannot save the dataset in %1: column &apos;%2&apos;, row %3 holds the code %4, which is not one of its %5 texts.</source>
        <translation>Não é possível guardar o conjunto de dados em %1: a coluna &apos;%2&apos;, linha %3, contém o código %4, que não corresponde a nenhum dos seus %5 textos.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: %2 holds &apos;%3&apos; in column &apos;%4&apos;, which is not one of that column&apos;s texts.</source>
        <translation>O projeto %1 está danificado: %2 contém &apos;%3&apos; na coluna &apos;%4&apos;, que não é um dos textos dessa coluna.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
</context>
<context>
    <name>segmenta::DataView</name>
    <message>
        <source>Text to find, or for a column of numbers a comparison such as &gt; 1000</source>
        <translation>Texto a procurar ou, numa coluna de números, uma comparação como &gt; 1000</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Todas as colunas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare with.</source>
        <translation>&apos;%1&apos; não é um número com o qual se possa comparar.</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Nenhum conjunto de dados</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 linhas</translation>
    </message>
</context>
<context>
    <name>segmenta::DatasetRepository</name>
    <message>
        <source>The project %1 already has a dataset named &apos;%2&apos;.</source>
        <translation>O projeto %1 já tem um conjunto de dados com o nome &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>O projeto %1 não tem o conjunto de dados %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: column &apos;%2&apos; has an unknown kind or role.</source>
        <translation>O projeto %1 está danificado: a coluna &apos;%2&apos; tem um tipo ou uma função desconhecidos.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset &apos;%1&apos; in %2 still has %n segmentation runs; remove them first.</source>
        <translation>
            <numerusform>O conjunto de dados &apos;%1&apos; em %2 ainda tem %n execução de segmentação; remova-a primeiro.</numerusform>
            <numerusform>O conjunto de dados &apos;%1&apos; em %2 ainda tem %n execuções de segmentação; remova-as primeiro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ExclusionText</name>
    <message>
        <source>%1 names the column &apos;%2&apos;, which the data does not have. Its columns are: %3.</source>
        <translation>%1 indica a coluna &apos;%2&apos;, que não existe nos dados. As colunas são: %3.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; holds text, so it cannot be a numeric feature; name it in --categorical to one-hot encode it.</source>
        <translation>A coluna &apos;%1&apos; contém texto, pelo que não pode ser uma variável numérica; indique-a em --categorical para a codificar em one-hot.</translation>
    </message>
    <message>
        <source>No column is left to cluster on. %1 Name columns with --features or --categorical.</source>
        <translation>Não resta nenhuma coluna com base na qual agrupar. %1 Indique colunas com --features ou --categorical.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out by --exclude.</source>
        <translation>&apos;%1&apos; é excluída por --exclude.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out on request.</source>
        <translation>&apos;%1&apos; é excluída a pedido.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not named in --features.</source>
        <translation>&apos;%1&apos; não está indicada em --features.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ticked.</source>
        <translation>&apos;%1&apos; não está assinalada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; identifies customers; it is no measure to compare them by.</source>
        <translation>&apos;%1&apos; identifica os clientes; não é uma medida para os comparar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; counts the rows (%2, %3, …); it says nothing about the customers.</source>
        <translation>&apos;%1&apos; numera as linhas (%2, %3, …); não diz nada sobre os clientes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds dates, which are no measures.</source>
        <translation>&apos;%1&apos; contém datas, que não são medidas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds free text.</source>
        <translation>&apos;%1&apos; contém texto livre.</translation>
    </message>
    <message>
        <source>The import set &apos;%1&apos; to be ignored.</source>
        <translation>Na importação, &apos;%1&apos; foi definida para ser ignorada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds categories; name it in --categorical to one-hot encode it.</source>
        <translation>&apos;%1&apos; contém categorias; indique-a em --categorical para a codificar em one-hot.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds categories; tick it to one-hot encode it.</source>
        <translation>&apos;%1&apos; contém categorias; assinale-a para a codificar em one-hot.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no values: every cell is empty.</source>
        <translation>&apos;%1&apos; não tem valores: todas as células estão vazias.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has values in only %2 of %3 rows; name it in --features with --missing median to use it anyway.</source>
        <translation>&apos;%1&apos; só tem valores em %2 de %3 linhas; indique-a em --features com --missing median para a utilizar mesmo assim.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has values in only %2 of %3 rows; tick it and fill its empty cells with the median to use it anyway.</source>
        <translation>&apos;%1&apos; só tem valores em %2 de %3 linhas; assinale-a e preencha as suas células vazias com a mediana para a utilizar mesmo assim.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the same value (%2) in every row, so it cannot tell customers apart.</source>
        <translation>&apos;%1&apos; tem o mesmo valor (%2) em todas as linhas, pelo que não permite distinguir os clientes.</translation>
    </message>
</context>
<context>
    <name>segmenta::ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>Relatório PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Livro do Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (assignments, profiles, metrics)</source>
        <translation>Ficheiros CSV (atribuições, perfis, métricas)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (EUA)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>No column of this dataset is flagged as personal data.</source>
        <translation>Nenhuma coluna deste conjunto de dados está marcada como dados pessoais.</translation>
    </message>
    <message>
        <source>Personal data columns: %1. They are left out unless you include them; every export is recorded in the project&apos;s audit log.</source>
        <translation>Colunas de dados pessoais: %1. São excluídas, a menos que as inclua; todas as exportações ficam registadas no registo de auditoria do projeto.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar em:</translation>
    </message>
    <message>
        <source>Folder for the CSV Files</source>
        <translation>Pasta para os ficheiros CSV</translation>
    </message>
    <message>
        <source>Save PDF Report</source>
        <translation>Guardar relatório PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Workbook</source>
        <translation>Guardar livro</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Livros do Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>segmenta::ExportTables</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>missing: %1, transform: %2, outliers: %3, scaling: %4</source>
        <translation>em falta: %1, transformação: %2, valores atípicos: %3, normalização: %4</translation>
    </message>
    <message>
        <source>one-hot, missing: %1, first level dropped: %2</source>
        <translation>one-hot, em falta: %1, primeiro nível descartado: %2</translation>
    </message>
    <message>
        <source>sampled: %1 rows, seed %2</source>
        <translation>amostra: %1 linhas, semente %2</translation>
    </message>
    <message>
        <source>exact over all %1 rows</source>
        <translation>exato sobre todas as %1 linhas</translation>
    </message>
    <message>
        <source>Nothing to export: the report has no data or no segmentation run.</source>
        <translation>Nada a exportar: o relatório não tem dados ou não tem nenhuma execução de segmentação.</translation>
    </message>
    <message>
        <source>The segmentation run is inconsistent: %1 labels for %2 clustered rows.</source>
        <translation>A execução de segmentação é inconsistente: %1 rótulos para %2 linhas agrupadas.</translation>
    </message>
    <message>
        <source>The segmentation run does not belong to this dataset: it refers to row %1 of a table with %2 rows.</source>
        <translation>A execução de segmentação não pertence a este conjunto de dados: refere-se à linha %1 de uma tabela com %2 linhas.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nome do segmento</translation>
    </message>
    <message>
        <source>Distance to centroid</source>
        <translation>Distância ao centroide</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhueta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensão</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Percentagem</translation>
    </message>
    <message>
        <source>%1 mean</source>
        <translation>%1 (média)</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 (mediana)</translation>
    </message>
    <message>
        <source>%1 ratio to overall</source>
        <translation>%1 (rácio face ao total)</translation>
    </message>
    <message>
        <source>%1 z-score</source>
        <translation>%1 (z-score)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inércia</translation>
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
        <translation>Iterações</translation>
    </message>
    <message>
        <source>Smallest segment share</source>
        <translation>Percentagem do menor segmento</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Recommended (1 = yes)</source>
        <translation>Recomendado (1 = sim)</translation>
    </message>
    <message>
        <source>Chosen (1 = yes)</source>
        <translation>Escolhido (1 = sim)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customers in the data</source>
        <translation>Clientes nos dados</translation>
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
        <translation>Porquê este K</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Variáveis distintivas</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Ação recomendada</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Versão da aplicação</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportado em</translation>
    </message>
    <message>
        <source>Source SHA-256</source>
        <translation>SHA-256 da origem</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Linhas importadas</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Linhas omitidas</translation>
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
        <translation>Fuzzificador (m)</translation>
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
        <translation>K escolhido</translation>
    </message>
    <message>
        <source>Elbow K</source>
        <translation>K do cotovelo</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Reinícios</translation>
    </message>
    <message>
        <source>Maximum iterations</source>
        <translation>Máximo de iterações</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Minimum segment share</source>
        <translation>Percentagem mínima por segmento</translation>
    </message>
    <message>
        <source>Clustered on</source>
        <translation>Agrupado com base em</translation>
    </message>
    <message>
        <source>principal components</source>
        <translation>componentes principais</translation>
    </message>
    <message>
        <source>prepared features</source>
        <translation>variáveis preparadas</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principais</translation>
    </message>
    <message>
        <source>Explained variance of the components</source>
        <translation>Variância explicada pelas componentes</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>Receita: %1</translation>
    </message>
    <message>
        <source>Rows dropped for missing values</source>
        <translation>Linhas descartadas por valores em falta</translation>
    </message>
    <message>
        <source>Rows dropped as outliers</source>
        <translation>Linhas descartadas como valores atípicos</translation>
    </message>
    <message>
        <source>Rows clustered</source>
        <translation>Linhas agrupadas</translation>
    </message>
    <message>
        <source>Features clustered</source>
        <translation>Variáveis agrupadas</translation>
    </message>
    <message>
        <source>Run time (seconds)</source>
        <translation>Tempo de execução (segundos)</translation>
    </message>
    <message>
        <source>Columns flagged PII</source>
        <translation>Colunas marcadas como dados pessoais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>PII included</source>
        <translation>Dados pessoais incluídos</translation>
    </message>
    <message>
        <source>Settings (JSON)</source>
        <translation>Definições (JSON)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
</context>
<context>
    <name>segmenta::FittedRecipe</name>
    <message>
        <source>The recipe has no feature columns. Add at least one numeric or categorical column.</source>
        <translation>A receita não tem colunas de variáveis. Adicione pelo menos uma coluna numérica ou categórica.</translation>
    </message>
    <message>
        <source>The number of drop-tukey features a row must be an outlier in before it is dropped must be at least 1, not %1.</source>
        <translation>O número de variáveis drop-tukey em que uma linha tem de ser um valor atípico antes de ser descartada tem de ser pelo menos 1, e não %1.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has two numeric steps in the recipe. Remove one.</source>
        <translation>A coluna &apos;%1&apos; tem dois passos numéricos na receita. Remova um deles.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: the clipping percentiles must satisfy 0 &lt;= lower &lt;= upper &lt;= 100, but they are %2 and %3.</source>
        <translation>Coluna &apos;%1&apos;: os percentis de limitação têm de satisfazer 0 &lt;= inferior &lt;= superior &lt;= 100, mas são %2 e %3.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: the constant for empty cells must be a finite number, not %2.</source>
        <translation>Coluna &apos;%1&apos;: a constante para células vazias tem de ser um número finito, e não %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has two categorical steps in the recipe. Remove one.</source>
        <translation>A coluna &apos;%1&apos; tem dois passos categóricos na receita. Remova um deles.</translation>
    </message>
    <message>
        <source>Categorical column &apos;%1&apos; can only drop rows with empty cells or fill them with the most frequent level, not use &apos;%2&apos;.</source>
        <translation>A coluna categórica &apos;%1&apos; só pode descartar as linhas com células vazias ou preenchê-las com o nível mais frequente, e não utilizar &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The recipe uses the column &apos;%1&apos;, which the data does not have. Check the column name or remove the step.</source>
        <translation>A receita utiliza a coluna &apos;%1&apos;, que não existe nos dados. Verifique o nome da coluna ou remova o passo.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds text, so it cannot be a numeric feature. Use it as a categorical column or exclude it.</source>
        <translation>A coluna &apos;%1&apos; contém texto, pelo que não pode ser uma variável numérica. Utilize-a como coluna categórica ou exclua-a.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2 holds an infinite value (%3). Correct the cell or remove the row.</source>
        <translation>Coluna &apos;%1&apos;, linha %2: contém um valor infinito (%3). Corrija a célula ou remova a linha.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2 holds the code %3, which is not one of its %4 texts. Reload the data.</source>
        <translation>Coluna &apos;%1&apos;, linha %2: contém o código %3, que não corresponde a nenhum dos seus %4 textos. Volte a carregar os dados.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; empty in %2</source>
        <translation>&apos;%1&apos;: %2 células vazias</translation>
    </message>
    <message>
        <source>No rows are left to fit the recipe on. Of %1 rows, %2 were dropped for empty cells in columns whose missing-value rule is drop (%3) and %4 as Tukey outliers in at least %5 drop-tukey columns. Fill empty cells instead of dropping rows, or clip outliers instead of dropping them.</source>
        <translation>Não sobram linhas para ajustar a receita. Das %1 linhas, %2 foram descartadas por terem células vazias em colunas cuja regra para valores em falta é descartar (%3) e %4 como valores atípicos de Tukey em pelo menos %5 colunas drop-tukey. Preencha as células vazias em vez de descartar linhas, ou limite os valores atípicos em vez de os descartar.</translation>
    </message>
    <message>
        <source>%1 (filled in for an empty cell)</source>
        <translation>%1 (preenchido numa célula vazia)</translation>
    </message>
    <message>
        <source>above 0</source>
        <translation>superiores a 0</translation>
    </message>
    <message>
        <source>log1p, which accepts 0,</source>
        <translation>log1p, que aceita 0,</translation>
    </message>
    <message>
        <source>above -1</source>
        <translation>superiores a -1</translation>
    </message>
    <message>
        <source>no transform</source>
        <translation>a opção sem transformação</translation>
    </message>
    <message>
        <source>of 0 or more</source>
        <translation>iguais ou superiores a 0</translation>
    </message>
    <message>
        <source>log1p (for values above -1) or none,</source>
        <translation>log1p (para valores superiores a -1) ou nenhuma,</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2: the %3 transform is undefined for the value %4; it needs values %5. Choose %6 or correct the value.</source>
        <translation>Coluna &apos;%1&apos;, linha %2: a transformação %3 não está definida para o valor %4; precisa de valores %5. Escolha %6 ou corrija o valor.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values in the %2 rows left after dropping rows with empty cells, so the %3 value for its empty cells cannot be computed. Fill empty cells of the other columns instead of dropping rows, or exclude &apos;%1&apos;.</source>
        <translation>A coluna &apos;%1&apos; não tem valores nas %2 linhas que restam depois de descartar as linhas com células vazias, pelo que não é possível calcular o valor %3 para as suas células vazias. Preencha as células vazias das outras colunas em vez de descartar linhas, ou exclua &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 after the %2 transform</source>
        <translation>%1 após a transformação %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has an interquartile range of 0 (at least half of its %2 rows hold %3), so robust scaling would divide by zero. Choose standard or min-max scaling, choose scaling none, or exclude the column.</source>
        <translation>A coluna &apos;%1&apos; tem uma amplitude interquartil igual a 0 (pelo menos metade das suas %2 linhas contém %3), pelo que a normalização robusta dividiria por zero. Escolha a normalização padrão ou mín–máx, escolha sem normalização, ou exclua a coluna.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; held text when the recipe was fitted but holds numbers now. Load it as text or fit the recipe again.</source>
        <translation>A coluna &apos;%1&apos; continha texto quando a receita foi ajustada, mas agora contém números. Carregue-a como texto ou volte a ajustar a receita.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, row %2: the value %3 does not give a finite number. Correct the cell or remove the row.</source>
        <translation>Coluna &apos;%1&apos;, linha %2: o valor %3 não dá um número finito. Corrija a célula ou remova a linha.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values: every cell is empty. Leave it out of the features: untick it, or name it in --exclude.</source>
        <translation>A coluna &apos;%1&apos; não tem valores: todas as células estão vazias. Retire-a das variáveis: desmarque-a ou indique-a em --exclude.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has the same value (%2) in all %3 rows, so it cannot tell customers apart; scaling turns it into 0 for everyone. Leave it out of the features: untick it, or name it in --exclude.</source>
        <translation>A coluna &apos;%1&apos; tem o mesmo valor (%2) em todas as %3 linhas, pelo que não permite distinguir os clientes; a normalização transforma-a em 0 para todos. Retire-a das variáveis: desmarque-a ou indique-a em --exclude.</translation>
    </message>
</context>
<context>
    <name>segmenta::FuzzyCMeans</name>
    <message>
        <source>There are no columns to cluster; select at least one feature.</source>
        <translation>Não há colunas para agrupar; selecione pelo menos uma variável.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds a missing or infinite value; Fuzzy C-Means needs finite numbers, so impute or drop such rows first.</source>
        <translation>A linha %1, coluna %2, contém um valor em falta ou infinito; o Fuzzy C-Means precisa de números finitos, por isso impute ou descarte primeiro essas linhas.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means needs at least 2 clusters, not %1; choose 2 or more.</source>
        <translation>O Fuzzy C-Means precisa de pelo menos 2 grupos, e não %1; escolha 2 ou mais.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means cannot form %1 clusters from %2 rows; choose at most %2 clusters.</source>
        <translation>O Fuzzy C-Means não consegue formar %1 grupos a partir de %2 linhas; escolha no máximo %2 grupos.</translation>
    </message>
    <message>
        <source>The fuzzifier m must be a number greater than 1, not %1; 2 is the usual choice.</source>
        <translation>O fuzzificador m tem de ser um número superior a 1, e não %1; 2 é a escolha habitual.</translation>
    </message>
    <message>
        <source>The iteration limit must be at least 1, not %1.</source>
        <translation>O limite de iterações tem de ser pelo menos 1, e não %1.</translation>
    </message>
    <message>
        <source>The convergence tolerance must be zero or positive, not %1.</source>
        <translation>A tolerância de convergência tem de ser zero ou positiva, e não %1.</translation>
    </message>
    <message>
        <source>The initial centres have %1 columns but the data has %2; give one value per feature.</source>
        <translation>Os centros iniciais têm %1 colunas, mas os dados têm %2; indique um valor por variável.</translation>
    </message>
    <message>
        <source>Initial centres %1 and %2 are identical; give distinct centres.</source>
        <translation>Os centros iniciais %1 e %2 são idênticos; indique centros distintos.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means iteration %1</source>
        <translation>Fuzzy C-Means, iteração %1</translation>
    </message>
    <message>
        <source>Fuzzy C-Means done</source>
        <translation>Fuzzy C-Means concluído</translation>
    </message>
    <message>
        <source>The number of restarts must be at least 1, not %1.</source>
        <translation>O número de reinícios tem de ser pelo menos 1, e não %1.</translation>
    </message>
</context>
<context>
    <name>segmenta::GuessText</name>
    <message>
        <source>Encoding</source>
        <translation>Codificação</translation>
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
        <translation>Separador de milhares</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Linha de cabeçalho</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Folha</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espaço</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Date system</source>
        <translation>Sistema de datas</translation>
    </message>
    <message>
        <source>First column</source>
        <translation>Primeira coluna</translation>
    </message>
    <message>
        <source>Sheet choice</source>
        <translation>Escolha da folha</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Date format of %1</source>
        <translation>Formato de data de %1</translation>
    </message>
</context>
<context>
    <name>segmenta::GuideDialog</name>
    <message>
        <source>Segmenta User Guide</source>
        <translation>Guia do utilizador do Segmenta</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportColumnsPage</name>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dados pessoais</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportInvoicePage</name>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportJob</name>
    <message>
        <source>The column &apos;%1&apos; holds text such as &apos;%2&apos;, so it cannot be %3; choose categorical, identifier or text.</source>
        <translation>A coluna &apos;%1&apos; contém texto como &apos;%2&apos;, pelo que não pode ser %3; escolha categórica, identificador ou texto.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lido</translation>
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
        <translation>A folha &apos;%1&apos; tem um valor na célula %2, para além da coluna %3: o Segmenta importa tabelas com, no máximo, %3 colunas. Elimine as colunas de que não precisa, ou copie as de que precisa para uma folha própria e importe essa folha.</translation>
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
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Point ( . )</source>
        <translation>Ponto ( . )</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Sem linha de cabeçalho</translation>
    </message>
    <message>
        <source>In row</source>
        <translation>Na linha</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculta)</translation>
    </message>
    <message>
        <source>The first rows of %1 as they will be imported. Change a setting if the columns or numbers look wrong.</source>
        <translation>As primeiras linhas de %1 tal como serão importadas. Altere uma definição se as colunas ou os números parecerem incorretos.</translation>
    </message>
    <message>
        <source>The first rows of the database&apos;s answer as they will be imported.</source>
        <translation>As primeiras linhas da resposta da base de dados tal como serão importadas.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>A ler…</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… e mais %1 problemas.</translation>
    </message>
    <message>
        <source>This cannot be imported as it is:
%1</source>
        <translation>Isto não pode ser importado tal como está:
%1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colunas: %1</translation>
    </message>
    <message>
        <source>%1; the first %2 rows are shown.</source>
        <translation>%1; são mostradas as primeiras %2 linhas.</translation>
    </message>
    <message>
        <source>%1, rows: %2.</source>
        <translation>%1, linhas: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source> (and %1 more notes)</source>
        <translation> (e mais %1 notas)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automático: %1</translation>
    </message>
    <message>
        <source>Automatic: row %1</source>
        <translation>Automático: linha %1</translation>
    </message>
    <message>
        <source>Day first (D/M/Y)</source>
        <translation>Primeiro o dia (D/M/Y)</translation>
    </message>
    <message>
        <source>Month first (M/D/Y)</source>
        <translation>Primeiro o mês (M/D/Y)</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportReportPage</name>
    <message>
        <source>Row %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Linha %1, %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, dados pessoais</translation>
    </message>
    <message>
        <source>Invoice lines read</source>
        <translation>Linhas de fatura lidas</translation>
    </message>
    <message>
        <source>Lines used</source>
        <translation>Linhas utilizadas</translation>
    </message>
    <message>
        <source>Lines without a customer</source>
        <translation>Linhas sem cliente</translation>
    </message>
    <message>
        <source>Lines with unusable values</source>
        <translation>Linhas com valores inutilizáveis</translation>
    </message>
    <message>
        <source>Lines of cancelled invoices</source>
        <translation>Linhas de faturas anuladas</translation>
    </message>
    <message>
        <source>Cancelled invoices</source>
        <translation>Faturas anuladas</translation>
    </message>
    <message>
        <source>Returned lines</source>
        <translation>Linhas de devolução</translation>
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
        <translation>O conjunto de dados &apos;%1&apos; foi adicionado ao projeto: das %3 linhas lidas, foram importadas %2 e omitidas %4.</translation>
    </message>
    <message>
        <source>They became %1 customers.</source>
        <translation>Deram origem a %1 clientes.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidas</translation>
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
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Linhas omitidas</translation>
    </message>
    <message>
        <source>Values that could not be used</source>
        <translation>Valores que não puderam ser utilizados</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Linhas de fatura</translation>
    </message>
    <message>
        <source>Guesses</source>
        <translation>Deduções</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportRunPage</name>
    <message>
        <source>&amp;Report &gt;</source>
        <translation>&amp;Relatório &gt;</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <translation>%1 — %2 %</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added to the project.</source>
        <translation>A importação foi cancelada; nada foi adicionado ao projeto.</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2, %3</source>
        <translation>Base de dados PostgreSQL %1 em %2, %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>uma consulta</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabela %1</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>, folha %1</translation>
    </message>
    <message>
        <source>; invoice lines become one row per customer</source>
        <translation>; as linhas de fatura dão origem a uma linha por cliente</translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Atribua um nome ao conjunto de dados.</translation>
    </message>
    <message>
        <source>The project already has a dataset named &apos;%1&apos;; choose another name.</source>
        <translation>O projeto já tem um conjunto de dados com o nome &apos;%1&apos;; escolha outro nome.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>A importar %1</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it, then import.</source>
        <translation>Está em curso outra tarefa; aguarde que termine ou cancele-a e, em seguida, importe.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Linhas lidas: %1.</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Já importado</translation>
    </message>
    <message>
        <source>This data was already imported as the dataset &apos;%1&apos; on %2.

Import it again as &apos;%3&apos;?</source>
        <translation>Estes dados já foram importados como conjunto de dados &apos;%1&apos; em %2.

Pretende importá-los novamente como &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Importar &amp;novamente</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportSource</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>A ler</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Não é possível ler &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>A verificar o ficheiro</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (e mais %1 problemas)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>O ficheiro &apos;%1&apos; não existe.</translation>
    </message>
    <message>
        <source>A database import needs either a table or a query.</source>
        <translation>Uma importação de base de dados precisa de uma tabela ou de uma consulta.</translation>
    </message>
    <message>
        <source>query: %1</source>
        <translation>consulta: %1</translation>
    </message>
    <message>
        <source>table: %1</source>
        <translation>tabela: %1</translation>
    </message>
    <message>
        <source> query</source>
        <translation> consulta</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportSourcePage</name>
    <message>
        <source>There is no file at &apos;%1&apos;.</source>
        <translation>Não existe nenhum ficheiro em &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: check its permissions.</source>
        <translation>Não é possível ler &apos;%1&apos;: verifique as respetivas permissões.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar dados</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Tabelas (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>A ligar a %1…</translation>
    </message>
</context>
<context>
    <name>segmenta::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Importar dados</translation>
    </message>
</context>
<context>
    <name>segmenta::InvoiceFeatures</name>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Escolha a coluna de %1.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; (mapped as the %2).</source>
        <translation>Não existe nenhuma coluna &quot;%1&quot; (associada a %2).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (the %2) holds dates, not numbers.</source>
        <translation>A coluna &quot;%1&quot; (%2) contém datas, e não números.</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>data da fatura</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has %2 categories: the %3 with the largest net spend have their own column, the other %4 are summed into &quot;Spend: other&quot;.</source>
        <translation>A coluna &quot;%1&quot; tem %2 categorias: as %3 com maior valor líquido gasto têm coluna própria; as restantes %4 são somadas em &quot;Spend: other&quot;.</translation>
    </message>
    <message>
        <source>At least one category column must be allowed.</source>
        <translation>Tem de ser permitida pelo menos uma coluna de categoria.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montante</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>preço unitário</translation>
    </message>
    <message>
        <source>invoice ID</source>
        <translation>ID da fatura</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(em falta)</translation>
    </message>
    <message>
        <source>Aggregating invoice lines</source>
        <translation>A agregar as linhas de fatura</translation>
    </message>
    <message>
        <source>The invoice date is missing.</source>
        <translation>A data da fatura está em falta.</translation>
    </message>
    <message>
        <source>The %1 is missing or not a number.</source>
        <translation>O valor de %1 está em falta ou não é um número.</translation>
    </message>
    <message>
        <source>The invoice ID is missing.</source>
        <translation>O ID da fatura está em falta.</translation>
    </message>
    <message>
        <source>No invoice line has both a customer ID and usable values (%1 of %2 lines have no customer ID, %3 have missing or invalid values).</source>
        <translation>Nenhuma linha de fatura tem simultaneamente um ID de cliente e valores utilizáveis (%1 de %2 linhas não têm ID de cliente, %3 têm valores em falta ou inválidos).</translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation>(inválido)</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (the invoice date) holds text, not dates. Dates are recognised as Y-M-D, D/M/Y or M/D/Y, optionally with a time; choose the order with --date-format (or date-format= in --invoices; Dates in the import wizard), or map another column.</source>
        <translation>A coluna &quot;%1&quot; (data da fatura) contém texto, e não datas. As datas são reconhecidas nos formatos Y-M-D, D/M/Y ou M/D/Y, opcionalmente com hora; escolha a ordem com --date-format (ou date-format= em --invoices; Datas no assistente de importação), ou associe outra coluna.</translation>
    </message>
    <message>
        <source>Map either the quantity and unit price columns, or the amount column (quantity= and price=, or amount= in --invoices).</source>
        <translation>Associe as colunas de quantidade e de preço unitário, ou a coluna de montante (quantity= e price=, ou amount= em --invoices).</translation>
    </message>
    <message>
        <source>The reference day %1 is before the last invoice day %2. Give a later day in reference= of --invoices, or leave it out.</source>
        <translation>O dia de referência %1 é anterior ao dia da última fatura, %2. Indique um dia posterior em reference= de --invoices, ou omita-o.</translation>
    </message>
    <message>
        <source>Returns (%1 lines) and cancellations (%2 lines) reduce each customer&apos;s Monetary and Spend values, but never below 0; %3 customers returned more than they bought in these lines and have a Monetary of 0.</source>
        <translation>As devoluções (%1 linhas) e as anulações (%2 linhas) reduzem os valores Monetary e Spend de cada cliente, mas nunca abaixo de 0; %3 clientes devolveram mais do que compraram nestas linhas e têm Monetary igual a 0.</translation>
    </message>
</context>
<context>
    <name>segmenta::KMeans</name>
    <message>
        <source>K-Means input</source>
        <translation>Entrada do K-Means</translation>
    </message>
    <message>
        <source>Initial K-Means centres</source>
        <translation>Centros iniciais do K-Means</translation>
    </message>
    <message>
        <source>K-Means needs at least one segment, but K = %1 was asked for. Choose K of 1 or more.</source>
        <translation>O K-Means precisa de pelo menos um segmento, mas foi pedido K = %1. Escolha um K igual ou superior a 1.</translation>
    </message>
    <message>
        <source>K = %1 segments were asked for, but the data has only %2 rows. Choose K of at most %2.</source>
        <translation>Foram pedidos K = %1 segmentos, mas os dados têm apenas %2 linhas. Escolha um K de no máximo %2.</translation>
    </message>
    <message>
        <source>%1: the value in row %2, column %3 is missing or not a finite number (%4). Impute or drop missing values before running K-Means.</source>
        <translation>%1: o valor na linha %2, coluna %3, está em falta ou não é um número finito (%4). Impute ou descarte os valores em falta antes de executar o K-Means.</translation>
    </message>
    <message>
        <source>K-Means needs at least one restart and one iteration, but %1 restarts and %2 iterations were asked for. Use positive values.</source>
        <translation>O K-Means precisa de pelo menos um reinício e uma iteração, mas foram pedidos %1 reinícios e %2 iterações. Utilize valores positivos.</translation>
    </message>
    <message>
        <source>The K-Means tolerance must be 0 or positive, not %1.</source>
        <translation>A tolerância do K-Means tem de ser 0 ou positiva, e não %1.</translation>
    </message>
    <message>
        <source>K = %1 segments were asked for, but the data has only %2 distinct rows. Choose a smaller K (at most %2).</source>
        <translation>Foram pedidos K = %1 segmentos, mas os dados têm apenas %2 linhas distintas. Escolha um K menor (no máximo %2).</translation>
    </message>
    <message>
        <source>The initial K-Means centres have %1 columns but the data has %2. Give one coordinate per data column.</source>
        <translation>Os centros iniciais do K-Means têm %1 colunas, mas os dados têm %2. Indique uma coordenada por coluna de dados.</translation>
    </message>
    <message>
        <source>K = %1, restart %2 of %3</source>
        <translation>K = %1, reinício %2 de %3</translation>
    </message>
    <message>
        <source>K = %1, done</source>
        <translation>K = %1, concluído</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelection</name>
    <message>
        <source>No model was fitted for K = %1; choose a K between %2 and %3.</source>
        <translation>Não foi ajustado nenhum modelo para K = %1; escolha um K entre %2 e %3.</translation>
    </message>
    <message>
        <source>No K could be scored, so none is recommended.</source>
        <translation>Não foi possível avaliar nenhum K, pelo que nenhum é recomendado.</translation>
    </message>
    <message>
        <source>K = %1 is the only K that was asked for.</source>
        <translation>K = %1 é o único K que foi pedido.</translation>
    </message>
    <message>
        <source>K = %1 is the elbow of the inertia curve and its silhouette (%2) is within 0.02 of the best (%3 at K = %4), with every segment holding at least %5% of the rows.</source>
        <translation>K = %1 é o cotovelo da curva de inércia e a sua silhueta (%2) está a menos de 0,02 da melhor (%3 com K = %4), e cada segmento contém pelo menos %5% das linhas.</translation>
    </message>
    <message>
        <source>; the inertia elbow is at K = %1</source>
        <translation>; o cotovelo da inércia está em K = %1</translation>
    </message>
    <message>
        <source>; the inertia curve shows no clear elbow</source>
        <translation>; a curva de inércia não mostra um cotovelo claro</translation>
    </message>
    <message>
        <source>K = %1 has the highest silhouette (%2); every K leaves a segment with less than %3% of the rows%4.</source>
        <translation>K = %1 tem a silhueta mais elevada (%2); todos os K deixam um segmento com menos de %3% das linhas%4.</translation>
    </message>
    <message>
        <source>K = %1 has the highest silhouette (%2) among the K whose smallest segment holds at least %3% of the rows%4.</source>
        <translation>K = %1 tem a silhueta mais elevada (%2) entre os K cujo menor segmento contém pelo menos %3% das linhas%4.</translation>
    </message>
    <message>
        <source>The range of K must start at 2 or more and not end before it starts (got %1 to %2).</source>
        <translation>O intervalo de K tem de começar em 2 ou mais e não pode terminar antes de começar (recebido: %1 a %2).</translation>
    </message>
    <message>
        <source>K = %1 needs more than %1 rows, but the data has %2 rows; choose a smaller K.</source>
        <translation>K = %1 precisa de mais de %1 linhas, mas os dados têm %2 linhas; escolha um K menor.</translation>
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
        <translation>Escolha do número de segmentos</translation>
    </message>
    <message>
        <source>Number of segments K</source>
        <translation>Número de segmentos K</translation>
    </message>
    <message>
        <source>Score, scaled to [0, 1] over K</source>
        <translation>Pontuação, escalada para [0, 1] ao longo de K</translation>
    </message>
    <message>
        <source>Inertia (look for the elbow)</source>
        <translation>Inércia (procure o cotovelo)</translation>
    </message>
    <message>
        <source>Silhouette (higher is better)</source>
        <translation>Silhueta (quanto maior, melhor)</translation>
    </message>
    <message>
        <source>Calinski–Harabasz (higher is better)</source>
        <translation>Calinski–Harabasz (quanto maior, melhor)</translation>
    </message>
    <message>
        <source>Davies–Bouldin (lower is better)</source>
        <translation>Davies–Bouldin (quanto menor, melhor)</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>escolhido</translation>
    </message>
</context>
<context>
    <name>segmenta::KSelectionView</name>
    <message>
        <source>Run an analysis (Analysis tab) to compare the numbers of segments.</source>
        <translation>Execute uma análise (separador Análise) para comparar os números de segmentos.</translation>
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
        <translation>Todas as vistas mostram os segmentos deste K. Clicar numa curva ou numa linha da tabela também escolhe o K.</translation>
    </message>
    <message>
        <source>Scores against the number of segments</source>
        <translation>Pontuações em função do número de segmentos</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inércia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhueta</translation>
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
        <translation>Menor segmento</translation>
    </message>
    <message>
        <source>Within-segment sum of squares: look for the elbow</source>
        <translation>Soma dos quadrados dentro dos segmentos: procure o cotovelo</translation>
    </message>
    <message>
        <source>−1 to 1, higher is better</source>
        <translation>De −1 a 1, quanto maior, melhor</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Quanto maior, melhor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Quanto menor, melhor</translation>
    </message>
    <message>
        <source>Scores of every K</source>
        <translation>Pontuações de cada K</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, then choose K again.</source>
        <translation>Aguarde que a tarefa em curso termine e, em seguida, escolha novamente o K.</translation>
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
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Analysis started; the window stays usable while it runs.</source>
        <translation>Análise iniciada; a janela continua utilizável enquanto decorre.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message>
        <source>%1 Did Not Finish</source>
        <translation>%1: a tarefa não terminou</translation>
    </message>
    <message>
        <source>%1 cancelled; the project is unchanged.</source>
        <translation>Tarefa cancelada (%1); o projeto não foi alterado.</translation>
    </message>
    <message>
        <source>Run %1 shows %2 segments of %3 customers. %4</source>
        <translation>A execução %1 mostra %2 segmentos de %3 clientes. %4</translation>
    </message>
    <message>
        <source>K = %1 was chosen by you.</source>
        <translation>K = %1 foi escolhido por si.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Novo projeto</translation>
    </message>
    <message>
        <source>Start an empty untitled project</source>
        <translation>Iniciar um projeto vazio sem título</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>Open a .segmenta project file</source>
        <translation>Abrir um ficheiro de projeto .segmenta</translation>
    </message>
    <message>
        <source>Segment the bundled Wholesale customers sample</source>
        <translation>Segmentar o exemplo Wholesale customers incluído</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importar dados…</translation>
    </message>
    <message>
        <source>Import a CSV, Excel or OpenDocument file or a PostgreSQL table</source>
        <translation>Importar um ficheiro CSV, Excel ou OpenDocument ou uma tabela PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the untitled project to a file</source>
        <translation>Guardar o projeto sem título num ficheiro</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Guardar o projeto com outro nome</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>Relatório &amp;PDF…</translation>
    </message>
    <message>
        <source>Write a PDF report of the segments shown</source>
        <translation>Escrever um relatório PDF dos segmentos mostrados</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>Livro do &amp;Excel…</translation>
    </message>
    <message>
        <source>Write the segments to an Excel workbook</source>
        <translation>Escrever os segmentos num livro do Excel</translation>
    </message>
    <message>
        <source>&amp;CSV Files…</source>
        <translation>Ficheiros &amp;CSV…</translation>
    </message>
    <message>
        <source>Write assignments, profiles and metrics as CSV</source>
        <translation>Escrever as atribuições, os perfis e as métricas em CSV</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Fechar o projeto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit Segmenta</source>
        <translation>Sair do Segmenta</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>&amp;Copiar figura</translation>
    </message>
    <message>
        <source>Copy the figure shown to the clipboard</source>
        <translation>Copiar a figura mostrada para a área de transferência</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Language and the defaults of new analyses</source>
        <translation>Idioma e predefinições das novas análises</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>&amp;Executar análise</translation>
    </message>
    <message>
        <source>Fit and score every K with the settings of the Analysis tab</source>
        <translation>Ajustar e avaliar cada K com as definições do separador Análise</translation>
    </message>
    <message>
        <source>&amp;Cancel Task</source>
        <translation>&amp;Cancelar tarefa</translation>
    </message>
    <message>
        <source>Stop the running task</source>
        <translation>Parar a tarefa em curso</translation>
    </message>
    <message>
        <source>&amp;Fewer Segments</source>
        <translation>Me&amp;nos segmentos</translation>
    </message>
    <message>
        <source>Show the segments of K − 1</source>
        <translation>Mostrar os segmentos de K − 1</translation>
    </message>
    <message>
        <source>&amp;More Segments</source>
        <translation>&amp;Mais segmentos</translation>
    </message>
    <message>
        <source>Show the segments of K + 1</source>
        <translation>Mostrar os segmentos de K + 1</translation>
    </message>
    <message>
        <source>Compare the two runs selected in the Project panel</source>
        <translation>Comparar as duas execuções selecionadas no painel Projeto</translation>
    </message>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>E&amp;liminar execução…</translation>
    </message>
    <message>
        <source>Remove the run selected in the Project panel</source>
        <translation>Remover a execução selecionada no painel Projeto</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>How to use Segmenta</source>
        <translation>Como utilizar o Segmenta</translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation>&amp;Acerca do Segmenta</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>Versão e bibliotecas</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Ecrã inteiro</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Utilizar todo o ecrã</translation>
    </message>
    <message>
        <source>No K = %1 in this run, or another task is running.</source>
        <translation>Não existe K = %1 nesta execução, ou está em curso outra tarefa.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
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
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barra de ferramentas</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Análise</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar lista</translation>
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
        <translation>Nada a exportar</translation>
    </message>
    <message>
        <source>Run an analysis first: the export describes the segments shown.</source>
        <translation>Execute primeiro uma análise: a exportação descreve os segmentos mostrados.</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>Segmentos de %1</translation>
    </message>
    <message>
        <source>Cannot Compare the Runs</source>
        <translation>Não é possível comparar as execuções</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple</source>
        <translation>Abrir o exe&amp;mplo</translation>
    </message>
    <message>
        <source>Comp&amp;are Runs…</source>
        <translation>Comp&amp;arar execuções…</translation>
    </message>
    <message>
        <source>Pro&amp;ject Panel</source>
        <translation>Painel &amp;Projeto</translation>
    </message>
</context>
<context>
    <name>segmenta::Metrics</name>
    <message>
        <source>The number of clusters must be positive, not %1.</source>
        <translation>O número de grupos tem de ser positivo, e não %1.</translation>
    </message>
    <message>
        <source>There are %1 cluster labels for %2 rows; every row needs exactly one label.</source>
        <translation>Existem %1 rótulos de grupo para %2 linhas; cada linha precisa de exatamente um rótulo.</translation>
    </message>
    <message>
        <source>Row %1 has cluster label %2, but labels must lie between 0 and %3 for %4 clusters. Re-run the clustering or correct the labels.</source>
        <translation>A linha %1 tem o rótulo de grupo %2, mas os rótulos têm de estar entre 0 e %3 para %4 grupos. Volte a executar o agrupamento ou corrija os rótulos.</translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is missing or not a finite number. Impute or drop missing values before computing cluster quality.</source>
        <translation>O valor na linha %1, coluna %2, está em falta ou não é um número finito. Impute ou descarte os valores em falta antes de calcular a qualidade do agrupamento.</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhueta</translation>
    </message>
    <message>
        <source>The centroids have %1 columns but the data has %2; use the centroids of a clustering of these columns.</source>
        <translation>Os centroides têm %1 colunas, mas os dados têm %2; utilize os centroides de um agrupamento destas colunas.</translation>
    </message>
    <message>
        <source>The silhouette sample size must be at least 2, not %1.</source>
        <translation>A dimensão da amostra da silhueta tem de ser pelo menos 2, e não %1.</translation>
    </message>
    <message numerus="yes">
        <source>The labels form %n clusters over %1 rows, but cluster quality needs between 2 and %2 clusters (at most one less than the rows). Choose a different number of clusters.</source>
        <translation>
            <numerusform>Os rótulos formam %n grupo em %1 linhas, mas a qualidade do agrupamento precisa de entre 2 e %2 grupos (no máximo, menos um do que as linhas). Escolha um número de grupos diferente.</numerusform>
            <numerusform>Os rótulos formam %n grupos em %1 linhas, mas a qualidade do agrupamento precisa de entre 2 e %2 grupos (no máximo, menos um do que as linhas). Escolha um número de grupos diferente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::MiniBatchKMeans</name>
    <message>
        <source>Mini-batch K-Means needs a batch of at least one row, at least one step without improvement and at least one initialisation, but got %1, %2 and %3.</source>
        <translation>O Mini-batch K-Means precisa de um lote de pelo menos uma linha, de pelo menos um passo sem melhoria e de pelo menos uma inicialização, mas recebeu %1, %2 e %3.</translation>
    </message>
    <message>
        <source>K = %1, mini-batch step %2</source>
        <translation>K = %1, passo de mini-lote %2</translation>
    </message>
    <message>
        <source>K = %1, done</source>
        <translation>K = %1, concluído</translation>
    </message>
</context>
<context>
    <name>segmenta::OdsReader</name>
    <message>
        <source>an OpenDocument text document (.odt)</source>
        <translation>um documento de texto OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp)</source>
        <translation>uma apresentação OpenDocument (.odp)</translation>
    </message>
    <message>
        <source>an OpenDocument drawing (.odg)</source>
        <translation>um desenho OpenDocument (.odg)</translation>
    </message>
    <message>
        <source>an OpenDocument formula (.odf)</source>
        <translation>uma fórmula OpenDocument (.odf)</translation>
    </message>
    <message>
        <source>an OpenDocument chart (.odc)</source>
        <translation>um gráfico OpenDocument (.odc)</translation>
    </message>
    <message>
        <source>a LibreOffice Base database (.odb)</source>
        <translation>uma base de dados do LibreOffice Base (.odb)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sheets.</source>
        <translation>&apos;%1&apos; não tem folhas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sheet named &apos;%2&apos;. Choose one of its sheets: %3.</source>
        <translation>&apos;%1&apos; não tem nenhuma folha com o nome &apos;%2&apos;. Escolha uma das suas folhas: %3.</translation>
    </message>
    <message>
        <source>Sheet read</source>
        <translation>Folha lida</translation>
    </message>
    <message>
        <source>a document of type &apos;%1&apos;</source>
        <translation>um documento do tipo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>um livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>um documento do Word (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>uma apresentação do PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>a ZIP archive without spreadsheet content</source>
        <translation>um arquivo ZIP sem conteúdo de folha de cálculo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but %2. Choose the matching import, or open it and save it as an .ods spreadsheet.</source>
        <translation>&apos;%1&apos; não é uma folha de cálculo do LibreOffice, mas sim %2. Escolha a importação correspondente, ou abra-o e guarde-o como folha de cálculo .ods.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is protected with a password. Open it in LibreOffice and save it without a password (File &gt; Properties &gt; Security, or File &gt; Save As without &quot;Save with password&quot;).</source>
        <translation>&apos;%1&apos; está protegido com palavra-passe. Abra-o no LibreOffice e guarde-o sem palavra-passe (Ficheiro &gt; Propriedades &gt; Segurança, ou Ficheiro &gt; Guardar como sem &quot;Guardar com palavra-passe&quot;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has no content.xml. Open it in LibreOffice and save it again.</source>
        <translation>&apos;%1&apos; está danificado: não tem content.xml. Abra-o no LibreOffice e guarde-o novamente.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist. Check the name and folder.</source>
        <translation>O ficheiro &apos;%1&apos; não existe. Verifique o nome e a pasta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: it is empty or you lack permission to read it.</source>
        <translation>Não é possível ler &apos;%1&apos;: está vazio ou não tem permissão para o ler.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but a legacy Excel .xls file or a password-protected Excel workbook. Open it in LibreOffice and save it as .ods without a password.</source>
        <translation>&apos;%1&apos; não é uma folha de cálculo do LibreOffice, mas sim um ficheiro .xls antigo do Excel ou um livro do Excel protegido com palavra-passe. Abra-o no LibreOffice e guarde-o como .ods sem palavra-passe.</translation>
    </message>
    <message>
        <source> in sheet &apos;%1&apos; near row %2</source>
        <translation> na folha &apos;%1&apos; perto da linha %2</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged%1: its content.xml cannot be read (%2 at line %3). Open it in LibreOffice and save it again.</source>
        <translation>A folha de cálculo está danificada%1: não é possível ler o seu content.xml (%2 na linha %3). Abra-a no LibreOffice e guarde-a novamente.</translation>
    </message>
    <message>
        <source>Reading sheet %1</source>
        <translation>A ler a folha %1</translation>
    </message>
    <message>
        <source>Cell %1%2 of sheet &apos;%3&apos; holds the value &apos;%4&apos;, which is not a valid number, date or time; the text it shows (&apos;%5&apos;) is used instead.</source>
        <translation>A célula %1%2 da folha &apos;%3&apos; contém o valor &apos;%4&apos;, que não é um número, data ou hora válidos; em vez dele, é utilizado o texto que mostra (&apos;%5&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (hidden)</source>
        <translation>&apos;%1&apos; (oculta)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet but a text file; import it as a CSV or text file.</source>
        <translation>&apos;%1&apos; não é uma folha de cálculo do LibreOffice, mas sim um ficheiro de texto; importe-o como ficheiro CSV ou de texto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LibreOffice spreadsheet: its first bytes match none of the formats Segmenta reads (ODS, XLSX, XLSM, CSV). Check that you chose the right file.</source>
        <translation>&apos;%1&apos; não é uma folha de cálculo do LibreOffice: os seus primeiros bytes não correspondem a nenhum dos formatos que o Segmenta lê (ODS, XLSX, XLSM, CSV). Verifique se escolheu o ficheiro certo.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; has values beyond row %2, the last a sheet can have. Keep only the rows you need, or save them as CSV, and import again.</source>
        <translation>A folha &apos;%1&apos; tem valores para além da linha %2, a última que uma folha pode ter. Mantenha apenas as linhas de que precisa, ou guarde-as em CSV, e importe novamente.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; repeats its rows and cells into more than %2 cells (at row %3). Such a sheet is damaged or made to exhaust memory; open it in LibreOffice, keep the rows you need and save it again.</source>
        <translation>A folha &apos;%1&apos; repete as suas linhas e células até mais de %2 células (na linha %3). Uma folha assim está danificada ou foi criada para esgotar a memória; abra-a no LibreOffice, mantenha as linhas de que precisa e guarde-a novamente.</translation>
    </message>
</context>
<context>
    <name>segmenta::OutputFile</name>
    <message>
        <source>no file name was given</source>
        <translation>não foi indicado nenhum nome de ficheiro</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Não é possível escrever %1: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::Pca</name>
    <message>
        <source>PCA input</source>
        <translation>Entrada da ACP</translation>
    </message>
    <message>
        <source>Rows to project</source>
        <translation>Linhas a projetar</translation>
    </message>
    <message>
        <source>%1: the value in row %2, column %3 is missing or not a finite number. Impute or drop missing values before running PCA.</source>
        <translation>%1: o valor na linha %2, coluna %3, está em falta ou não é um número finito. Impute ou descarte os valores em falta antes de executar a ACP.</translation>
    </message>
    <message>
        <source>PCA needs at least 2 rows, but the data has %1. Load more rows.</source>
        <translation>A ACP precisa de pelo menos 2 linhas, mas os dados têm %1. Carregue mais linhas.</translation>
    </message>
    <message>
        <source>PCA needs at least one numeric column. Select feature columns first.</source>
        <translation>A ACP precisa de pelo menos uma coluna numérica. Selecione primeiro as colunas de variáveis.</translation>
    </message>
    <message>
        <source>The number of PCA components must be positive (or 0 to choose it by explained variance), not %1.</source>
        <translation>O número de componentes da ACP tem de ser positivo (ou 0 para o escolher pela variância explicada), e não %1.</translation>
    </message>
    <message>
        <source>The explained-variance fraction for choosing PCA components must lie in (0, 1], not %1.</source>
        <translation>A fração de variância explicada para escolher as componentes da ACP tem de estar em ]0, 1], e não %1.</translation>
    </message>
    <message>
        <source>The PCA thread count must be 0 (automatic) or positive, not %1.</source>
        <translation>O número de threads da ACP tem de ser 0 (automático) ou positivo, e não %1.</translation>
    </message>
    <message>
        <source>Decomposing</source>
        <translation>A decompor</translation>
    </message>
    <message>
        <source>Projecting</source>
        <translation>A projetar</translation>
    </message>
    <message>
        <source>Singular value decomposition</source>
        <translation>Decomposição em valores singulares</translation>
    </message>
    <message>
        <source>Every column is constant, so there is no variance for PCA to explain. Select columns whose values differ between rows.</source>
        <translation>Todas as colunas são constantes, pelo que não há variância para a ACP explicar. Selecione colunas cujos valores difiram entre linhas.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>The rows to project have %1 columns, but the PCA was fitted on %2. Use the same feature columns as for the fit.</source>
        <translation>As linhas a projetar têm %1 colunas, mas a ACP foi ajustada com %2. Utilize as mesmas colunas de variáveis que no ajuste.</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfDataSections</name>
    <message>
        <source>Rows read</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Linhas importadas</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Linhas omitidas</translation>
    </message>
    <message>
        <source>Cells that could not be used</source>
        <translation>Células que não puderam ser utilizadas</translation>
    </message>
    <message>
        <source>Data summary</source>
        <translation>Resumo dos dados</translation>
    </message>
    <message>
        <source>The dataset has %1 rows and %2 columns; %3 of its %4 cells are missing (%5).</source>
        <translation>O conjunto de dados tem %1 linhas e %2 colunas; %3 das suas %4 células estão em falta (%5).</translation>
    </message>
    <message>
        <source>1 column marked as personal data is left out of this report.</source>
        <translation>1 coluna marcada como dados pessoais foi excluída deste relatório.</translation>
    </message>
    <message>
        <source>%1 columns marked as personal data are left out of this report.</source>
        <translation>%1 colunas marcadas como dados pessoais foram excluídas deste relatório.</translation>
    </message>
    <message>
        <source>%1 rows were used in the analysis; %2 were dropped for missing values and %3 as outliers.</source>
        <translation>Foram utilizadas %1 linhas na análise; %2 foram descartadas por valores em falta e %3 como valores atípicos.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>No import report is stored with this dataset.</source>
        <translation>Não existe nenhum relatório de importação guardado com este conjunto de dados.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Preprocessing recipe</source>
        <translation>Receita de pré-processamento</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>How these segments were computed, so that they can be checked and reproduced: the same data (identified by its SHA-256), recipe and settings give the same segments.</source>
        <translation>Como foram calculados estes segmentos, para que possam ser verificados e reproduzidos: os mesmos dados (identificados pelo seu SHA-256), receita e definições dão os mesmos segmentos.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>K tried</source>
        <translation>K testados</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>K reported</source>
        <translation>K apresentado</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semente aleatória</translation>
    </message>
    <message>
        <source>Clustered on</source>
        <translation>Agrupado com base em</translation>
    </message>
    <message>
        <source>%1 principal components</source>
        <translation>%1 componentes principais</translation>
    </message>
    <message>
        <source>%1 prepared features</source>
        <translation>%1 variáveis preparadas</translation>
    </message>
    <message>
        <source>Customers clustered</source>
        <translation>Clientes agrupados</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhueta</translation>
    </message>
    <message>
        <source>Smallest segment allowed for the recommendation</source>
        <translation>Menor segmento permitido para a recomendação</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tempo de execução</translation>
    </message>
    <message>
        <source>%1 s in total, of which %2 s fitting and scoring the K</source>
        <translation>%1 s no total, dos quais %2 s a ajustar e avaliar os K</translation>
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
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Source SHA-256</source>
        <translation>SHA-256 da origem</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registado</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Relatório criado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Pormenor</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Em falta</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>%1, personal data</source>
        <translation>%1, dados pessoais</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valores em falta</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformação</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valores atípicos</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Normalização</translation>
    </message>
    <message>
        <source>Categorical column</source>
        <translation>Coluna categórica</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <source>Principal components: %1 kept, explaining %2 of the variance of the prepared features.</source>
        <translation>Componentes principais: %1 mantidas, que explicam %2 da variância das variáveis preparadas.</translation>
    </message>
    <message>
        <source>The segments were found on these components.</source>
        <translation>Os segmentos foram encontrados com base nestas componentes.</translation>
    </message>
    <message>
        <source>The segments were found on the prepared features; the components only place customers on the segment map.</source>
        <translation>Os segmentos foram encontrados com base nas variáveis preparadas; as componentes apenas posicionam os clientes no mapa de segmentos.</translation>
    </message>
    <message>
        <source>Preprocessing variants</source>
        <translation>Variantes de pré-processamento</translation>
    </message>
    <message>
        <source>Every combination of transform and scaling was also scored over the same K; the best silhouette of each:</source>
        <translation>Cada combinação de transformação e normalização foi também avaliada para os mesmos K; a melhor silhueta de cada uma:</translation>
    </message>
    <message>
        <source>Best K</source>
        <translation>Melhor K</translation>
    </message>
    <message>
        <source>Best silhouette</source>
        <translation>Melhor silhueta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>não é possível: %1</translation>
    </message>
    <message>
        <source>mean over a random sample of %1 customers (seed %2)</source>
        <translation>média sobre uma amostra aleatória de %1 clientes (semente %2)</translation>
    </message>
    <message>
        <source>exact mean over all %1 customers</source>
        <translation>média exata sobre todos os %1 clientes</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detetado)</translation>
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
        <translation>RELATÓRIO DE SEGMENTAÇÃO DE CLIENTES</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Clientes analisados</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Data do relatório</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTOS</translation>
    </message>
    <message>
        <source>%1 — %2 of customers</source>
        <translation>%1 — %2 dos clientes</translation>
    </message>
    <message>
        <source>Created with Segmenta %1</source>
        <translation>Criado com o Segmenta %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended action:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ação recomendada:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumo executivo</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>do conjunto de dados</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>de «%1»</translation>
    </message>
    <message>
        <source>The %1 customers of %2 fall into %3 segments, found with %4 on %5 features.</source>
        <translation>Os %1 clientes %2 dividem-se em %3 segmentos, encontrados com %4 sobre %5 variáveis.</translation>
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
        <translation>Não é possível escrever o relatório PDF %1: não há nenhuma análise para relatar.</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: %2</source>
        <translation>Não é possível escrever o relatório PDF %1: %2</translation>
    </message>
</context>
<context>
    <name>segmenta::PdfSegmentPage</name>
    <message>
        <source>Feature</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Segment mean</source>
        <translation>Média do segmento</translation>
    </message>
    <message>
        <source>Segment median</source>
        <translation>Mediana do segmento</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Média global</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× média</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>This segment</source>
        <translation>Este segmento</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation>nada em particular</translation>
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
        <translation>Percentagem de clientes</translation>
    </message>
    <message>
        <source>Stands out most for</source>
        <translation>Destaca-se sobretudo em</translation>
    </message>
    <message>
        <source>Compared with the average customer</source>
        <translation>Comparação com o cliente médio</translation>
    </message>
    <message>
        <source>Each bar is the segment&apos;s mean as a multiple of the overall mean, on a doubling scale: bars to the right are above the average customer, bars to the left below.</source>
        <translation>Cada barra representa a média do segmento como múltiplo da média global, numa escala de duplicação: as barras para a direita estão acima do cliente médio e as barras para a esquerda, abaixo.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>Mix by category</source>
        <translation>Composição por categoria</translation>
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
        <translation>Inércia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhueta</translation>
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
        <translation>Menor segmento</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterações</translation>
    </message>
    <message>
        <source>Partition coefficient</source>
        <translation>Coeficiente de partição</translation>
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
        <translation>apresentado</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>cotovelo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choosing the number of segments</source>
        <translation>Escolha do número de segmentos</translation>
    </message>
    <message>
        <source>Each score is scaled to the range 0–1 over the K tried so that the four curves can be compared; the table gives the values themselves.</source>
        <translation>Cada pontuação é escalada para o intervalo 0–1 ao longo dos K testados, para que as quatro curvas possam ser comparadas; a tabela indica os próprios valores.</translation>
    </message>
    <message>
        <source>Scores for every K</source>
        <translation>Pontuações de cada K</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inertia&lt;/b&gt; always falls as K grows; the K where it stops falling steeply (the elbow) is a natural choice. &lt;b&gt;Silhouette&lt;/b&gt; (−1 to 1, higher is better) says how much closer customers are to their own segment than to the next one. &lt;b&gt;Calinski–Harabasz&lt;/b&gt; (higher is better) compares the spread between segments with the spread within them. &lt;b&gt;Davies–Bouldin&lt;/b&gt; (lower is better) measures how much segments overlap.</source>
        <translation>A &lt;b&gt;inércia&lt;/b&gt; diminui sempre à medida que K aumenta; o K em que deixa de diminuir acentuadamente (o cotovelo) é uma escolha natural. A &lt;b&gt;silhueta&lt;/b&gt; (de −1 a 1, quanto maior, melhor) indica quanto mais próximos os clientes estão do seu próprio segmento do que do segmento seguinte. O índice de &lt;b&gt;Calinski–Harabasz&lt;/b&gt; (quanto maior, melhor) compara a dispersão entre segmentos com a dispersão dentro deles. O índice de &lt;b&gt;Davies–Bouldin&lt;/b&gt; (quanto menor, melhor) mede o grau de sobreposição dos segmentos.</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Mapa de segmentos</translation>
    </message>
    <message>
        <source>Each dot is a customer, placed by the first two principal components of the prepared features (%1 and %2 of their variance). Customers close together are alike.</source>
        <translation>Cada ponto é um cliente, posicionado pelas duas primeiras componentes principais das variáveis preparadas (%1 e %2 da respetiva variância). Clientes próximos uns dos outros são semelhantes.</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Perfis dos segmentos</translation>
    </message>
    <message>
        <source>The mean of every feature in each segment, in the data&apos;s own units. The colour shows how far a segment lies from the average customer: red above, blue below, in full at two standard deviations.</source>
        <translation>A média de cada variável em cada segmento, nas unidades dos próprios dados. A cor mostra a distância a que um segmento se encontra do cliente médio: vermelho acima, azul abaixo, com intensidade máxima a dois desvios-padrão.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>Segments by category</source>
        <translation>Segmentos por categoria</translation>
    </message>
    <message>
        <source>The segment mix of each level: bars add up to 100% of the level&apos;s customers.</source>
        <translation>A composição por segmentos de cada nível: as barras somam 100% dos clientes do nível.</translation>
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
        <translation>Parte %1 de %2: %3 a %4</translation>
    </message>
</context>
<context>
    <name>segmenta::PostgresReader</name>
    <message>
        <source>the local server</source>
        <translation>o servidor local</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, porta %2</translation>
    </message>
    <message>
        <source>Permission denied: %1. Ask the database administrator for read access (SELECT).</source>
        <translation>Permissão negada: %1. Peça ao administrador da base de dados acesso de leitura (SELECT).</translation>
    </message>
    <message>
        <source>The query tries to change the database (%1). Segmenta only reads, inside a read-only transaction, so nothing was changed.</source>
        <translation>A consulta tenta alterar a base de dados (%1). O Segmenta apenas lê, dentro de uma transação só de leitura, pelo que nada foi alterado.</translation>
    </message>
    <message>
        <source>The connection to the database was lost: %1</source>
        <translation>Perdeu-se a ligação à base de dados: %1</translation>
    </message>
    <message>
        <source>The database rejected the query: %1</source>
        <translation>A base de dados rejeitou a consulta: %1</translation>
    </message>
    <message>
        <source>The server at %1 refused user &apos;%2&apos;: %3 Check the user name and password.</source>
        <translation>O servidor em %1 recusou o utilizador &apos;%2&apos;: %3 Verifique o nome de utilizador e a palavra-passe.</translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; on the server at %2 (names are case-sensitive): %3</source>
        <translation>Não existe nenhuma base de dados &apos;%1&apos; no servidor em %2 (os nomes distinguem maiúsculas de minúsculas): %3</translation>
    </message>
    <message>
        <source>Cannot connect to database &apos;%1&apos; at %2: %3 Check the host name and port, that the server is running and accepts connections from here, that no firewall blocks the port, and the password.</source>
        <translation>Não é possível ligar à base de dados &apos;%1&apos; em %2: %3 Verifique o nome do anfitrião e a porta, se o servidor está em execução e aceita ligações a partir daqui, se nenhuma firewall bloqueia a porta, e a palavra-passe.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; run packaging/install-deps.sh.</source>
        <translation>O controlador PostgreSQL do Qt (QPSQL) não está instalado; execute packaging/install-deps.sh.</translation>
    </message>
    <message>
        <source>Unknown SSL mode &apos;%1&apos;; use one of %2.</source>
        <translation>Modo SSL &apos;%1&apos; desconhecido; utilize um de %2.</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in database &apos;%2&apos;, which has no tables or views at all.</source>
        <translation>Não existe nenhuma tabela ou vista &apos;%1&apos; na base de dados &apos;%2&apos;, que não tem quaisquer tabelas ou vistas.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <source>There is no table or view &apos;%1&apos; in database &apos;%2&apos;. Available: %3.</source>
        <translation>Não existe nenhuma tabela ou vista &apos;%1&apos; na base de dados &apos;%2&apos;. Disponíveis: %3.</translation>
    </message>
    <message>
        <source>The query holds more than one statement; import one SELECT statement at a time.</source>
        <translation>A consulta contém mais do que uma instrução; importe uma instrução SELECT de cada vez.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>A consulta está vazia.</translation>
    </message>
    <message>
        <source>Only a query that reads data can be imported (SELECT, VALUES, TABLE or WITH ... SELECT); this statement starts with %1, so it was not run.</source>
        <translation>Só é possível importar uma consulta que leia dados (SELECT, VALUES, TABLE ou WITH ... SELECT); esta instrução começa com %1, pelo que não foi executada.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers with more digits than Segmenta keeps (about 15); they were rounded, the first in row %2: %3 became %4.</source>
        <translation>A coluna &apos;%1&apos; contém números com mais dígitos do que o Segmenta guarda (cerca de 15); foram arredondados, o primeiro na linha %2: %3 passou a %4.</translation>
    </message>
    <message>
        <source>Reading from database &apos;%1&apos;</source>
        <translation>A ler da base de dados &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %L2 rows</source>
        <translation>%1: %L2 linhas</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection (TLS), so Segmenta did not send the password. Ask the database administrator to enable TLS; only on a network you trust, connect unencrypted with sslmode=disable.</source>
        <translation>O servidor em %1 não oferece uma ligação encriptada (TLS), pelo que o Segmenta não enviou a palavra-passe. Peça ao administrador da base de dados que ative o TLS; apenas numa rede em que confie, ligue-se sem encriptação com sslmode=disable.</translation>
    </message>
</context>
<context>
    <name>segmenta::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Igual ao sistema</translation>
    </message>
</context>
<context>
    <name>segmenta::PreviewReader</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Não é possível ler &apos;%1&apos;: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProfileChart</name>
    <message>
        <source>Segment means relative to the overall mean</source>
        <translation>Médias dos segmentos relativamente à média global</translation>
    </message>
    <message>
        <source>Segment means by feature</source>
        <translation>Médias dos segmentos por variável</translation>
    </message>
    <message>
        <source>Segment mean / overall mean</source>
        <translation>Média do segmento / média global</translation>
    </message>
    <message>
        <source>Mean, in original units</source>
        <translation>Média, nas unidades originais</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Média global</translation>
    </message>
</context>
<context>
    <name>segmenta::Profiles</name>
    <message>
        <source>Profiles need at least one segment, not %1.</source>
        <translation>Os perfis precisam de pelo menos um segmento, e não %1.</translation>
    </message>
    <message>
        <source>%1 rows are listed but %2 segment labels were given; give one label per row.</source>
        <translation>Estão listadas %1 linhas, mas foram indicados %2 rótulos de segmento; indique um rótulo por linha.</translation>
    </message>
    <message>
        <source>Listed row %1 refers to row %2, but the table has %3 rows.</source>
        <translation>A linha listada %1 refere-se à linha %2, mas a tabela tem %3 linhas.</translation>
    </message>
    <message>
        <source>Row %1 is assigned to segment %2, but there are only segments 1 to %3.</source>
        <translation>A linha %1 está atribuída ao segmento %2, mas só existem os segmentos 1 a %3.</translation>
    </message>
    <message>
        <source>There is no column named &apos;%1&apos;; the table has: %2.</source>
        <translation>Não existe nenhuma coluna com o nome &apos;%1&apos;; a tabela tem: %2.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>Forte em %1</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>Fraco em %1</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>forte em %1</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>fraco em %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Na média</translation>
    </message>
    <message>
        <source>%1 (segment %2)</source>
        <translation>%1 (segmento %2)</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds text, so it has no mean; show it as a crosstab instead.</source>
        <translation>A coluna &apos;%1&apos; contém texto, pelo que não tem média; mostre-a antes como tabela cruzada.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProfilesView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see what each segment looks like.</source>
        <translation>Execute uma análise (separador Análise) para ver como é cada segmento.</translation>
    </message>
    <message>
        <source>Segment means by feature</source>
        <translation>Médias dos segmentos por variável</translation>
    </message>
    <message>
        <source>Segment means relative to the overall mean</source>
        <translation>Médias dos segmentos relativamente à média global</translation>
    </message>
    <message>
        <source>Z-score heatmap</source>
        <translation>Mapa de calor dos z-scores</translation>
    </message>
    <message>
        <source>Distribution by segment</source>
        <translation>Distribuição por segmento</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>Escala l&amp;ogarítmica</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>&amp;Médias</translation>
    </message>
    <message>
        <source>Mean of each feature per segment, in the original units</source>
        <translation>Média de cada variável por segmento, nas unidades originais</translation>
    </message>
    <message>
        <source>Compared with &amp;Average</source>
        <translation>&amp;Comparado com a média</translation>
    </message>
    <message>
        <source>Each segment&apos;s mean divided by the mean of all customers</source>
        <translation>A média de cada segmento dividida pela média de todos os clientes</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>Mapa de ca&amp;lor</translation>
    </message>
    <message>
        <source>How far each segment&apos;s mean lies from the overall mean, in standard deviations</source>
        <translation>A distância entre a média de cada segmento e a média global, em desvios-padrão</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;Variável:</translation>
    </message>
    <message>
        <source>Feature of the box plots</source>
        <translation>Variável dos diagramas de caixa</translation>
    </message>
    <message>
        <source>Spending data are skewed: a logarithmic axis shows small and large values alike</source>
        <translation>Os dados de compras são assimétricos: um eixo logarítmico mostra igualmente bem os valores pequenos e os grandes</translation>
    </message>
    <message>
        <source>&amp;Distributions</source>
        <translation>&amp;Distribuições</translation>
    </message>
    <message>
        <source>Box plots of one feature per segment</source>
        <translation>Diagramas de caixa de uma variável por segmento</translation>
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
        <translation>A composição por segmentos de cada valor de %1</translation>
    </message>
</context>
<context>
    <name>segmenta::Project</name>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Could not save the project as %1: %2. Choose a folder you can write to.</source>
        <translation>Não foi possível guardar o projeto como %1: %2. Escolha uma pasta onde tenha permissão de escrita.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectController</name>
    <message>
        <source>Save Project?</source>
        <translation>Guardar o projeto?</translation>
    </message>
    <message>
        <source>The project “%1” has work that is not saved yet. Save it before closing?</source>
        <translation>O projeto «%1» tem trabalho que ainda não foi guardado. Pretende guardá-lo antes de fechar?</translation>
    </message>
    <message>
        <source>New project. Import data to start (File &gt; Import Data).</source>
        <translation>Novo projeto. Importe dados para começar (Ficheiro &gt; Importar dados).</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta);;All files (*)</source>
        <translation>Projetos do Segmenta (*.segmenta);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <source>The project has no data yet. Import data to start (File &gt; Import Data).</source>
        <translation>O projeto ainda não tem dados. Importe dados para começar (Ficheiro &gt; Importar dados).</translation>
    </message>
    <message>
        <source>Cannot Show the Project</source>
        <translation>Não é possível mostrar o projeto</translation>
    </message>
    <message>
        <source>Opening the sample</source>
        <translation>A abrir o exemplo</translation>
    </message>
    <message>
        <source>Wholesale customers</source>
        <translation>Wholesale customers</translation>
    </message>
    <message>
        <source>The sample is being segmented; the views fill in as soon as it is done.</source>
        <translation>O exemplo está a ser segmentado; as vistas são preenchidas assim que terminar.</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it, then import.</source>
        <translation>Aguarde que a tarefa em curso termine, ou cancele-a, e depois importe.</translation>
    </message>
    <message>
        <source>Imported “%1”. Choose the features on the Analysis tab and press Run Analysis.</source>
        <translation>«%1» importado. Escolha as variáveis no separador Análise e prima Executar análise.</translation>
    </message>
    <message>
        <source>Cannot Show the Data</source>
        <translation>Não é possível mostrar os dados</translation>
    </message>
    <message>
        <source>Customer segments.segmenta</source>
        <translation>Segmentos de clientes.segmenta</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar projeto como</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Projetos do Segmenta (*.segmenta)</translation>
    </message>
    <message>
        <source>Project Not Saved</source>
        <translation>Projeto não guardado</translation>
    </message>
    <message>
        <source>Saved as %1. From now on every change is saved as you work.</source>
        <translation>Guardado como %1. A partir de agora, todas as alterações são guardadas à medida que trabalha.</translation>
    </message>
</context>
<context>
    <name>segmenta::ProjectNavigator</name>
    <message>
        <source>Run %1 · K = %2 · %3</source>
        <translation>Execução %1 · K = %2 · %3</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>De&amp;lete Run</source>
        <translation>E&amp;liminar execução</translation>
    </message>
    <message>
        <source>Datasets and runs</source>
        <translation>Conjuntos de dados e execuções</translation>
    </message>
    <message>
        <source>Click a dataset to see it, a run to reopen it; Ctrl+click two runs to compare them</source>
        <translation>Clique num conjunto de dados para o ver, numa execução para a reabrir; Ctrl+clique em duas execuções para as comparar</translation>
    </message>
    <message>
        <source>Compare the settings and scores of the two selected runs</source>
        <translation>Comparar as definições e pontuações das duas execuções selecionadas</translation>
    </message>
    <message>
        <source>Remove the selected run from the project</source>
        <translation>Remover a execução selecionada do projeto</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns, imported %3 from %4</source>
        <translation>%1 linhas, %2 colunas, importado em %3 a partir de %4</translation>
    </message>
    <message>
        <source>Recommended K = %1: %2</source>
        <translation>K recomendado = %1: %2</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it.</source>
        <translation>Aguarde que a tarefa em curso termine, ou cancele-a.</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Não é possível abrir</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to compare them.</source>
        <translation>Selecione duas execuções (Ctrl+clique) para as comparar.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Eliminar execução</translation>
    </message>
    <message>
        <source>Delete run %1 with its segments, names and notes? This cannot be undone.</source>
        <translation>Eliminar a execução %1 com os respetivos segmentos, nomes e notas? Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Execução %1 eliminada.</translation>
    </message>
    <message>
        <source>Run Not Deleted</source>
        <translation>Execução não eliminada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>C&amp;omparar selecionadas</translation>
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
        <translation>(em memória)</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>Não é possível abrir o projeto %1: %2</translation>
    </message>
    <message>
        <source>The project %1 was opened on another thread; its connection may only be used on that thread.</source>
        <translation>O projeto %1 foi aberto noutro thread; a respetiva ligação só pode ser utilizada nesse thread.</translation>
    </message>
    <message>
        <source>The project %1 is closed.</source>
        <translation>O projeto %1 está fechado.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file; name a .segmenta file.</source>
        <translation>%1 é uma pasta e não um ficheiro de projeto; indique um ficheiro .segmenta.</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: permission denied. Make the file readable for your user.</source>
        <translation>Não é possível ler o projeto %1: permissão negada. Dê ao seu utilizador permissão de leitura do ficheiro.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: %2.</source>
        <translation>Não é possível criar o projeto %1: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::Recipe</name>
    <message>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>uma matriz</translation>
    </message>
    <message>
        <source>The recipe has an unknown key &apos;%1&apos;. Known keys here: %2.</source>
        <translation>A receita tem uma chave desconhecida &apos;%1&apos;. Chaves conhecidas aqui: %2.</translation>
    </message>
    <message>
        <source>The recipe key &apos;%1&apos; is %2, but it must be %3.</source>
        <translation>A chave &apos;%1&apos; da receita é %2, mas tem de ser %3.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a percentile between 0 and 100</source>
        <translation>um percentil entre 0 e 100</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>um texto não vazio</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>um de: %1</translation>
    </message>
    <message>
        <source>The recipe entry &apos;%1&apos; is %2, but it must be an object.</source>
        <translation>A entrada &apos;%1&apos; da receita é %2, mas tem de ser um objeto.</translation>
    </message>
    <message>
        <source>at least lowerPercentile (%1)</source>
        <translation>pelo menos lowerPercentile (%1)</translation>
    </message>
    <message>
        <source>&quot;drop&quot; or &quot;most-frequent&quot; for a categorical column</source>
        <translation>&quot;drop&quot; ou &quot;most-frequent&quot; para uma coluna categórica</translation>
    </message>
    <message>
        <source>%1 (this version of Segmenta reads recipe version %1 only)</source>
        <translation>%1 (esta versão do Segmenta só lê a versão %1 da receita)</translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation>um número inteiro igual ou superior a 1</translation>
    </message>
</context>
<context>
    <name>segmenta::RecipeRepository</name>
    <message>
        <source>The project %1 has no recipe %2.</source>
        <translation>O projeto %1 não tem a receita %2.</translation>
    </message>
    <message>
        <source>Recipe %1 in %2 cannot be read: %3</source>
        <translation>Não é possível ler a receita %1 em %2: %3</translation>
    </message>
</context>
<context>
    <name>segmenta::RegularFile</name>
    <message>
        <source>&apos;%1&apos; is a folder. Choose a CSV, TSV, TXT, XLSX or ODS file in it.</source>
        <translation>&apos;%1&apos; é uma pasta. Escolha um ficheiro CSV, TSV, TXT, XLSX ou ODS dentro dela.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file but a pipe, device or socket, which could be read forever. Save the data to a CSV, TSV, TXT, XLSX or ODS file and import that file.</source>
        <translation>&apos;%1&apos; não é um ficheiro normal, mas sim um pipe, dispositivo ou socket, que poderia ser lido indefinidamente. Guarde os dados num ficheiro CSV, TSV, TXT, XLSX ou ODS e importe esse ficheiro.</translation>
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
        <translation>Nada a exportar</translation>
    </message>
    <message>
        <source>Run an analysis first; the export describes the segments shown.</source>
        <translation>Execute primeiro uma análise; a exportação descreve os segmentos mostrados.</translation>
    </message>
    <message>
        <source>Export Not Started</source>
        <translation>Exportação não iniciada</translation>
    </message>
    <message>
        <source>Another task is running; wait for it to finish or cancel it, then export again.</source>
        <translation>Está em curso outra tarefa; aguarde que termine ou cancele-a e, em seguida, exporte novamente.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>Relatório não escrito</translation>
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
        <translation>%1 e %2</translation>
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
        <translation>Próximo do cliente médio em todas as variáveis.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2 the average</source>
        <translation>%1 (%2 a média)</translation>
    </message>
    <message>
        <source>%1 (%2 standard deviations above the average)</source>
        <translation>%1 (%2 desvios-padrão acima da média)</translation>
    </message>
    <message>
        <source>%1 (%2 standard deviations below the average)</source>
        <translation>%1 (%2 desvios-padrão abaixo da média)</translation>
    </message>
    <message>
        <source>Stands out for %1.</source>
        <translation>Destaca-se por %1.</translation>
    </message>
    <message>
        <source>Its mix by %1 is close to that of all customers.</source>
        <translation>A sua composição por %1 é próxima da de todos os clientes.</translation>
    </message>
    <message>
        <source>%1 %2 accounts for %3 of this segment (%4 of all customers).</source>
        <translation>%1 %2 representa %3 deste segmento (%4 de todos os clientes).</translation>
    </message>
    <message>
        <source>Suggestion: cross-sell — build on the strong %1 business with offers on %2.</source>
        <translation>Sugestão: venda cruzada — aproveitar o forte negócio de %1 com ofertas de %2.</translation>
    </message>
    <message>
        <source>Suggestion: retain and grow — protect the %1 business with volume terms or a key-account contact.</source>
        <translation>Sugestão: reter e fazer crescer — proteger o negócio de %1 com condições por volume ou um gestor de conta dedicado.</translation>
    </message>
    <message>
        <source>Suggestion: activate — test introductory offers on %1 to find out whether these customers buy them elsewhere.</source>
        <translation>Sugestão: ativar — testar ofertas de introdução de %1 para perceber se estes clientes compram esses produtos noutro lado.</translation>
    </message>
    <message>
        <source>Suggestion: serve through the standard programme; no feature sets this segment apart.</source>
        <translation>Sugestão: servir através do programa padrão; nenhuma variável distingue este segmento.</translation>
    </message>
    <message>
        <source>drop the row</source>
        <translation>descartar a linha</translation>
    </message>
    <message>
        <source>fill with the mean</source>
        <translation>preencher com a média</translation>
    </message>
    <message>
        <source>fill with the median</source>
        <translation>preencher com a mediana</translation>
    </message>
    <message>
        <source>fill with a constant</source>
        <translation>preencher com uma constante</translation>
    </message>
    <message>
        <source>fill with the most frequent value</source>
        <translation>preencher com o valor mais frequente</translation>
    </message>
    <message>
        <source>fill with %1</source>
        <translation>preencher com %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
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
        <translation>raiz quadrada</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>manter</translation>
    </message>
    <message>
        <source>clip to the %1–%2 percentiles</source>
        <translation>limitar aos percentis %1–%2</translation>
    </message>
    <message>
        <source>clip to the Tukey fences (1.5 × IQR)</source>
        <translation>limitar às barreiras de Tukey (1,5 × AIQ)</translation>
    </message>
    <message>
        <source>drop rows outside the Tukey fences</source>
        <translation>descartar as linhas fora das barreiras de Tukey</translation>
    </message>
    <message>
        <source>drop rows outside the Tukey fences in at least %1 features</source>
        <translation>descartar as linhas fora das barreiras de Tukey em pelo menos %1 variáveis</translation>
    </message>
    <message>
        <source>standardise (mean 0, SD 1)</source>
        <translation>padronizar (média 0, DP 1)</translation>
    </message>
    <message>
        <source>min–max to [0, 1]</source>
        <translation>mín–máx para [0, 1]</translation>
    </message>
    <message>
        <source>robust (median 0, IQR 1)</source>
        <translation>robusta (mediana 0, AIQ 1)</translation>
    </message>
    <message>
        <source>one 0/1 column per level, the first left out</source>
        <translation>uma coluna 0/1 por nível, excluindo o primeiro</translation>
    </message>
    <message>
        <source>one 0/1 column per level</source>
        <translation>uma coluna 0/1 por nível</translation>
    </message>
    <message>
        <source>%1; missing values: %2</source>
        <translation>%1; valores em falta: %2</translation>
    </message>
    <message>
        <source>No numeric features.</source>
        <translation>Nenhuma variável numérica.</translation>
    </message>
    <message>
        <source>1 numeric feature: %1.</source>
        <translation>1 variável numérica: %1.</translation>
    </message>
    <message>
        <source>%1 numeric features: %2.</source>
        <translation>%1 variáveis numéricas: %2.</translation>
    </message>
    <message>
        <source>Each is treated alike: missing values — %1; transform — %2; outliers — %3; scaling — %4.</source>
        <translation>Todas são tratadas da mesma forma: valores em falta — %1; transformação — %2; valores atípicos — %3; normalização — %4.</translation>
    </message>
    <message>
        <source>Their treatment differs by feature, as the table shows.</source>
        <translation>O tratamento difere consoante a variável, como mostra a tabela.</translation>
    </message>
    <message>
        <source>Categorical columns become 0/1 indicator columns: %1.</source>
        <translation>As colunas categóricas passam a colunas indicadoras 0/1: %1.</translation>
    </message>
    <message>
        <source>The steps run in this order: missing values, transform, outliers, scaling.</source>
        <translation>Os passos são executados por esta ordem: valores em falta, transformação, valores atípicos, normalização.</translation>
    </message>
    <message>
        <source>Recommended number of segments: %1. %2</source>
        <translation>Número de segmentos recomendado: %1. %2</translation>
    </message>
    <message>
        <source>This report describes K = %1, chosen by the analyst.</source>
        <translation>Este relatório descreve K = %1, escolhido pelo analista.</translation>
    </message>
    <message>
        <source>Fuzzy C-Means (fuzzifier m = %1, k-means++ starts, %2 restarts per K, at most %3 iterations); each customer belongs to the segment of its highest membership</source>
        <translation>Fuzzy C-Means (fuzzificador m = %1, inícios k-means++, %2 reinícios por K, no máximo %3 iterações); cada cliente pertence ao segmento em que tem maior pertença</translation>
    </message>
    <message>
        <source>K-Means (k-means++ starts, %1 restarts per K, at most %2 iterations, tolerance %3)</source>
        <translation>K-Means (inícios k-means++, %1 reinícios por K, no máximo %2 iterações, tolerância %3)</translation>
    </message>
    <message>
        <source>Mini-batch K-Means (batches of %1 customers, the best of up to %2 k-means++ starts, then every customer assigned to its nearest centre)</source>
        <translation>Mini-batch K-Means (lotes de %1 clientes, o melhor de até %2 inícios k-means++, e depois cada cliente atribuído ao centro mais próximo)</translation>
    </message>
</context>
<context>
    <name>segmenta::ResultAtK</name>
    <message>
        <source>Profiles of K = %1</source>
        <translation>Perfis de K = %1</translation>
    </message>
    <message>
        <source>Silhouettes of K = %1</source>
        <translation>Silhuetas de K = %1</translation>
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
        <translation>componentes mantidas: %1</translation>
    </message>
    <message>
        <source>components for %1 % of the variance</source>
        <translation>componentes para %1 % da variância</translation>
    </message>
    <message>
        <source>%1, clustered on</source>
        <translation>%1, usadas no agrupamento</translation>
    </message>
    <message>
        <source>%1, for the map only</source>
        <translation>%1, apenas para o mapa</translation>
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
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Features (transform, missing, outliers)</source>
        <translation>Variáveis (transformação, em falta, valores atípicos)</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Normalização</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>Componentes principais</translation>
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
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Restarts × iterations</source>
        <translation>Reinícios × iterações</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
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
        <translation>Silhueta no K mostrado</translation>
    </message>
    <message>
        <source>Calinski–Harabasz at the K shown</source>
        <translation>Calinski–Harabasz no K mostrado</translation>
    </message>
    <message>
        <source>Davies–Bouldin at the K shown</source>
        <translation>Davies–Bouldin no K mostrado</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Menor segmento</translation>
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
        <translation>Tempo de execução</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The two runs have no customers in common.</source>
        <translation>As duas execuções não têm clientes em comum.</translation>
    </message>
    <message>
        <source>Agreement of the segments: adjusted Rand index %1 (1: the same segments, about 0: unrelated).</source>
        <translation>Concordância dos segmentos: índice de Rand ajustado %1 (1: os mesmos segmentos; cerca de 0: sem relação).</translation>
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
        <translation>Não é possível voltar a mostrar a execução %1: recalcular K = %2 dá segmentos diferentes dos guardados. O conjunto de dados ou o motor de cálculo mudaram desde a execução; execute novamente a análise.</translation>
    </message>
    <message>
        <source>K from %1 to %2 for %3 rows</source>
        <translation>K de %1 a %2 para %3 linhas</translation>
    </message>
    <message>
        <source>%1 restarts (n_init)</source>
        <translation>%1 reinícios (n_init)</translation>
    </message>
    <message>
        <source>%1 iterations (max_iter)</source>
        <translation>%1 iterações (max_iter)</translation>
    </message>
    <message>
        <source>the tolerance %1</source>
        <translation>uma tolerância de %1</translation>
    </message>
    <message>
        <source>the fuzzifier %1</source>
        <translation>um fuzzificador de %1</translation>
    </message>
    <message>
        <source>%1 PCA components for %2 features</source>
        <translation>%1 componentes da ACP para %2 variáveis</translation>
    </message>
    <message>
        <source>the PCA variance share %1</source>
        <translation>uma parte da variância da ACP de %1</translation>
    </message>
    <message>
        <source>Run %1 is damaged: its stored parameters ask for %2, which no analysis makes. Run the analysis again.</source>
        <translation>A execução %1 está danificada: os parâmetros guardados pedem %2, o que nenhuma análise produz. Execute novamente a análise.</translation>
    </message>
</context>
<context>
    <name>segmenta::RunRepository</name>
    <message>
        <source>The project %1 has no dataset %2.</source>
        <translation>O projeto %1 não tem o conjunto de dados %2.</translation>
    </message>
    <message>
        <source>Cannot save the run in %1: it uses row %2, but dataset %3 has %4 rows.</source>
        <translation>Não é possível guardar a execução em %1: utiliza a linha %2, mas o conjunto de dados %3 tem %4 linhas.</translation>
    </message>
    <message>
        <source>Cannot save the run in %1: the K = %2 model labels %3 rows, but the run kept %4.</source>
        <translation>Não é possível guardar a execução em %1: o modelo de K = %2 rotula %3 linhas, mas a execução manteve %4.</translation>
    </message>
    <message>
        <source>The project %1 has no run %2.</source>
        <translation>O projeto %1 não tem a execução %2.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: the K = %2 model of run %3 labels %4 rows but lists %5.</source>
        <translation>O projeto %1 está danificado: o modelo de K = %2 da execução %3 rotula %4 linhas, mas lista %5.</translation>
    </message>
    <message>
        <source>The project %1 has no segment %2 in the K = %3 model of run %4.</source>
        <translation>O projeto %1 não tem o segmento %2 no modelo de K = %3 da execução %4.</translation>
    </message>
    <message>
        <source>The project %1 has no K = %2 model in run %3.</source>
        <translation>O projeto %1 não tem nenhum modelo com K = %2 na execução %3.</translation>
    </message>
    <message>
        <source>Cannot choose K = %1 for run %2 in %3: the model labels %4 rows of %5 and %6 segment names were given.</source>
        <translation>Não é possível escolher K = %1 para a execução %2 em %3: o modelo classifica %4 linhas de %5 e foram indicados %6 nomes de segmentos.</translation>
    </message>
</context>
<context>
    <name>segmenta::Schema</name>
    <message>
        <source>%1 is not a Segmenta project, or it is damaged.</source>
        <translation>%1 não é um projeto do Segmenta, ou está danificado.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Segmenta (project format %2; this version reads up to %3). It was left unchanged; open it with a newer Segmenta.</source>
        <translation>%1 foi guardado por uma versão mais recente do Segmenta (formato de projeto %2; esta versão lê até ao %3). Não foi alterado; abra-o com um Segmenta mais recente.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Segmenta project; it was left unchanged.</source>
        <translation>%1 é uma base de dados SQLite, mas não um projeto do Segmenta; não foi alterado.</translation>
    </message>
    <message>
        <source>The project %1 is damaged: its table &apos;%2&apos; is missing. Open a backup of the project, or import the data into a new project.</source>
        <translation>O projeto %1 está danificado: falta a tabela &apos;%2&apos;. Abra uma cópia de segurança do projeto ou importe os dados para um novo projeto.</translation>
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
        <translation>Nome do segmento %1</translation>
    </message>
    <message>
        <source>Suggested: %1. Clear the name to use the suggestion again.</source>
        <translation>Sugestão: %1. Limpe o nome para voltar a utilizar a sugestão.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Notes, e.g. what to offer these customers</source>
        <translation>Notas, p. ex., o que oferecer a estes clientes</translation>
    </message>
    <message>
        <source>Notes on segment %1</source>
        <translation>Notas sobre o segmento %1</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Close to the average in every feature.</source>
        <translation>Próximo da média em todas as variáveis.</translation>
    </message>
    <message>
        <source>spends %1× the average on %2</source>
        <translation>gasta %1× a média em %2</translation>
    </message>
    <message>
        <source>spends %1 % less than the average on %2</source>
        <translation>gasta menos %1 % do que a média em %2</translation>
    </message>
</context>
<context>
    <name>segmenta::SegmentCardsView</name>
    <message>
        <source>Run an analysis (Analysis tab) to name and describe the segments.</source>
        <translation>Execute uma análise (separador Análise) para dar nome aos segmentos e descrevê-los.</translation>
    </message>
    <message>
        <source>Segment %1 saved.</source>
        <translation>Segmento %1 guardado.</translation>
    </message>
    <message>
        <source>Segment Not Saved</source>
        <translation>Segmento não guardado</translation>
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
        <translation>Mapa de segmentos (a mostrar %1 de %2 clientes)</translation>
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
        <translation>Execute uma análise (separador Análise) para ver os clientes no mapa de segmentos.</translation>
    </message>
    <message>
        <source>&amp;Loadings</source>
        <translation>&amp;Pesos</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom in; the wheel zooms too</source>
        <translation>Arraste um retângulo para ampliar; a roda do rato também aplica zoom</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>De&amp;slocar</translation>
    </message>
    <message>
        <source>Drag to move the view (the middle button always pans)</source>
        <translation>Arraste para mover a vista (o botão do meio desloca sempre a vista)</translation>
    </message>
    <message>
        <source>S&amp;elect</source>
        <translation>S&amp;elecionar</translation>
    </message>
    <message>
        <source>Drag a rectangle to select customers</source>
        <translation>Arraste um retângulo para selecionar clientes</translation>
    </message>
    <message>
        <source>Show in &amp;Data</source>
        <translation>Mostrar nos &amp;Dados</translation>
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
        <translation>Componente no eixo horizontal</translation>
    </message>
    <message>
        <source>Component on the vertical axis</source>
        <translation>Componente no eixo vertical</translation>
    </message>
    <message>
        <source>Draw each feature&apos;s direction on the two components as an arrow</source>
        <translation>Desenhar a direção de cada variável nas duas componentes como uma seta</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Repor vista</translation>
    </message>
    <message>
        <source>Show the whole map again (Home)</source>
        <translation>Mostrar novamente o mapa inteiro (Home)</translation>
    </message>
    <message>
        <source>Show the selected customers in the Data tab</source>
        <translation>Mostrar os clientes selecionados no separador Dados</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Mapa de segmentos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer in row %1&lt;/b&gt;&lt;br&gt;Segment %2: %3</source>
        <translation>&lt;b&gt;Cliente na linha %1&lt;/b&gt;&lt;br&gt;Segmento %2: %3</translation>
    </message>
    <message>
        <source>Selected customers: %1</source>
        <translation>Clientes selecionados: %1</translation>
    </message>
    <message>
        <source>The principal components, each with the share of the variance it explains</source>
        <translation>As componentes principais, cada uma com a parte da variância que explica</translation>
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
        <translation>Não foi indicada nenhuma folha, por isso foi lida a folha &apos;%1&apos;: contém a maior tabela (%2 linhas com dois ou mais valores; as outras folhas: %3). Para importar outra folha, escolha-a pelo nome (--sheet, ou Folha na pré-visualização da importação).</translation>
    </message>
</context>
<context>
    <name>segmenta::SilhouettePlot</name>
    <message>
        <source>Silhouette of each customer</source>
        <translation>Silhueta de cada cliente</translation>
    </message>
    <message>
        <source>Silhouette value</source>
        <translation>Valor da silhueta</translation>
    </message>
    <message>
        <source>Mean silhouette %1</source>
        <translation>Silhueta média %1</translation>
    </message>
</context>
<context>
    <name>segmenta::SilhouetteView</name>
    <message>
        <source>Run an analysis (Analysis tab) to see how well each customer fits its segment.</source>
        <translation>Execute uma análise (separador Análise) para ver até que ponto cada cliente se ajusta ao seu segmento.</translation>
    </message>
    <message>
        <source>Silhouette plot</source>
        <translation>Gráfico de silhueta</translation>
    </message>
    <message>
        <source>The silhouette plot needs every customer&apos;s distance to every other one, which takes too long for more than %1 customers. The mean silhouette of each K is on the Choosing K tab.</source>
        <translation>O gráfico de silhueta precisa da distância de cada cliente a todos os outros, o que demora demasiado para mais de %1 clientes. A silhueta média de cada K está no separador Escolha do K.</translation>
    </message>
    <message>
        <source>Mean silhouette %1 (from −1 to 1; higher means customers sit clearly in their segment). %2 % of the customers fit another segment slightly better (negative values).</source>
        <translation>Silhueta média %1 (de −1 a 1; quanto maior, mais claramente os clientes se situam no seu segmento). %2 % dos clientes ajustam-se ligeiramente melhor a outro segmento (valores negativos).</translation>
    </message>
</context>
<context>
    <name>segmenta::SqliteImage</name>
    <message>
        <source>Not enough memory to open the project %1.</source>
        <translation>Memória insuficiente para abrir o projeto %1.</translation>
    </message>
    <message>
        <source>Cannot load the project %1: %2</source>
        <translation>Não é possível carregar o projeto %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the project %1 out of SQLite.</source>
        <translation>Não é possível copiar o projeto %1 para fora do SQLite.</translation>
    </message>
    <message>
        <source>The project %1 is not an open SQLite database.</source>
        <translation>O projeto %1 não é uma base de dados SQLite aberta.</translation>
    </message>
</context>
<context>
    <name>segmenta::Statement</name>
    <message>
        <source>The project %1 could not run &apos;%2&apos;: %3</source>
        <translation>O projeto %1 não conseguiu executar &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>The project %1 is read-only, so it cannot be changed. Make the file and its folder writable, or work on a copy.</source>
        <translation>O projeto %1 é só de leitura, pelo que não pode ser alterado. Dê permissão de escrita ao ficheiro e à respetiva pasta, ou trabalhe numa cópia.</translation>
    </message>
</context>
<context>
    <name>segmenta::StoredRun</name>
    <message>
        <source>Run %1 has no model for K = %2.</source>
        <translation>A execução %1 não tem nenhum modelo para K = %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::TableBuilder</name>
    <message>
        <source>Columns %1 and %2 are both named &apos;%3&apos;; column %2 is called &apos;%4&apos;.</source>
        <translation>As colunas %1 e %2 têm ambas o nome &apos;%3&apos;; a coluna %2 passa a chamar-se &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header; it is called &apos;%2&apos;.</source>
        <translation>A coluna %1 não tem nome no cabeçalho; passa a chamar-se &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation>A linha %1 tem %2 campos, mas o cabeçalho tem %3.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the first line has %3.</source>
        <translation>A linha %1 tem %2 campos, mas a primeira linha tem %3.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, right of the header&apos;s %3 columns. Give that column a name in the header row (row %4) or delete the value.</source>
        <translation>A linha %1 tem um valor na coluna %2, à direita das %3 colunas do cabeçalho. Dê um nome a essa coluna na linha de cabeçalho (linha %4) ou elimine o valor.</translation>
    </message>
    <message>
        <source>There is no data: the source has no values at all.</source>
        <translation>Não há dados: a origem não tem quaisquer valores.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has %2 error cells (the first on row %3: %4); they are read as missing values. Fix the formulas in the source to use them.</source>
        <translation>A coluna &apos;%1&apos; tem %2 células com erro (a primeira na linha %3: %4); são lidas como valores em falta. Corrija as fórmulas na origem para as utilizar.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has %2 error cells (the first on line %3: %4); they are read as missing values. Fix the formulas in the source to use them.</source>
        <translation>A coluna &apos;%1&apos; tem %2 células com erro (a primeira na linha %3: %4); são lidas como valores em falta. Corrija as fórmulas na origem para as utilizar.</translation>
    </message>
    <message>
        <source>Row %1 is above the header (row %2) and was skipped.</source>
        <translation>A linha %1 está acima do cabeçalho (linha %2) e foi ignorada.</translation>
    </message>
    <message>
        <source>Line %1 is above the header (line %2) and was skipped.</source>
        <translation>A linha %1 está acima do cabeçalho (linha %2) e foi ignorada.</translation>
    </message>
    <message>
        <source>Row %1 is empty and was skipped.</source>
        <translation>A linha %1 está vazia e foi ignorada.</translation>
    </message>
    <message>
        <source>Line %1 is blank and was skipped.</source>
        <translation>A linha %1 está em branco e foi ignorada.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are empty and were skipped.</source>
        <translation>As linhas %1 a %2 estão vazias e foram ignoradas.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 are blank and were skipped.</source>
        <translation>As linhas %1 a %2 estão em branco e foram ignoradas.</translation>
    </message>
    <message>
        <source>%1 more rows have values right of the header.</source>
        <translation>Mais %1 linhas têm valores à direita do cabeçalho.</translation>
    </message>
    <message>
        <source>%1 more lines have the wrong number of fields.</source>
        <translation>Mais %1 linhas têm um número errado de campos.</translation>
    </message>
    <message>
        <source>Empty rows were skipped at %1 more places.</source>
        <translation>Foram ignoradas linhas vazias em mais %1 locais.</translation>
    </message>
    <message>
        <source>Blank lines were skipped at %1 more places.</source>
        <translation>Foram ignoradas linhas em branco em mais %1 locais.</translation>
    </message>
    <message>
        <source>The header is on row %1, but no data rows follow it.</source>
        <translation>O cabeçalho está na linha %1, mas não há linhas de dados a seguir.</translation>
    </message>
    <message>
        <source>The header is on line %1, but no data lines follow it.</source>
        <translation>O cabeçalho está na linha %1, mas não há linhas de dados a seguir.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has dates in which no day is above 12, so day and month cannot be told apart; they were read as %2 (day first). If the month comes first, import with --date-format M/D/Y (or date-format=M/D/Y in --invoices; in the import wizard: Dates, Month first).</source>
        <translation>A coluna &apos;%1&apos; tem datas em que nenhum dia é superior a 12, pelo que não é possível distinguir o dia do mês; foram lidas como %2 (primeiro o dia). Se o mês vier primeiro, importe com --date-format M/D/Y (ou date-format=M/D/Y em --invoices; no assistente de importação: Datas, Primeiro o mês).</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns: Segmenta imports tables of at most %3 columns. Delete the columns you do not need, or copy the ones you need to a sheet of their own, and import again.</source>
        <translation>A linha %1 tem %2 colunas: o Segmenta importa tabelas com, no máximo, %3 colunas. Elimine as colunas de que não precisa, ou copie as de que precisa para uma folha própria, e importe novamente.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields: Segmenta imports tables of at most %3 columns. Save a copy with only the columns you need (for example from a spreadsheet) and import that.</source>
        <translation>A linha %1 tem %2 campos: o Segmenta importa tabelas com, no máximo, %3 colunas. Guarde uma cópia apenas com as colunas de que precisa (por exemplo, a partir de uma folha de cálculo) e importe essa cópia.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header has %3; it was skipped.</source>
        <translation>A linha %1 tem %2 campos e o cabeçalho tem %3; foi omitida.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the first line has %3; it was skipped.</source>
        <translation>A linha %1 tem %2 campos e a primeira linha tem %3; foi omitida.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: &quot;Skip lines with the wrong number of fields&quot;).</source>
        <translation>A linha %1 tem %2 campos, mas o cabeçalho tem %3. Corrija a linha ou omita essas linhas com --skip-bad-lines (no assistente de importação: &quot;Omitir as linhas com um número errado de campos&quot;).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the first line has %3. Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: &quot;Skip lines with the wrong number of fields&quot;).</source>
        <translation>A linha %1 tem %2 campos, mas a primeira linha tem %3. Corrija a linha ou omita essas linhas com --skip-bad-lines (no assistente de importação: &quot;Omitir as linhas com um número errado de campos&quot;).</translation>
    </message>
    <message>
        <source>Row %1, chosen as the header, is empty or missing. Choose the row that names the columns (--header-row, or Header in the import wizard).</source>
        <translation>A linha %1, escolhida como cabeçalho, está vazia ou não existe. Escolha a linha que dá nome às colunas (--header-row, ou Cabeçalho no assistente de importação).</translation>
    </message>
    <message>
        <source>Line %1, chosen as the header, is empty or missing. Choose the line that names the columns (--header-row, or Header in the import wizard).</source>
        <translation>A linha %1, escolhida como cabeçalho, está vazia ou não existe. Escolha a linha que dá nome às colunas (--header-row, ou Cabeçalho no assistente de importação).</translation>
    </message>
    <message>
        <source>No header row was found in the first %1 rows: none has at least two cells that are all text and about as many as the data rows. Choose the header row (--header-row N, or Header in the import wizard), or import without a header (--header-row 0, or No header row).</source>
        <translation>Não foi encontrada nenhuma linha de cabeçalho nas primeiras %1 linhas: nenhuma tem pelo menos duas células, todas com texto, e aproximadamente tantas células como as linhas de dados. Escolha a linha de cabeçalho (--header-row N, ou Cabeçalho no assistente de importação), ou importe sem cabeçalho (--header-row 0, ou Sem linha de cabeçalho).</translation>
    </message>
    <message>
        <source>No header line was found in the first %1 lines: none has at least two fields that are all text and about as many as the data lines. Choose the header line (--header-row N, or Header in the import wizard), or import without a header (--header-row 0, or No header row).</source>
        <translation>Não foi encontrada nenhuma linha de cabeçalho nas primeiras %1 linhas: nenhuma tem pelo menos dois campos, todos com texto, e aproximadamente tantos campos como as linhas de dados. Escolha a linha de cabeçalho (--header-row N, ou Cabeçalho no assistente de importação), ou importe sem cabeçalho (--header-row 0, ou Sem linha de cabeçalho).</translation>
    </message>
</context>
<context>
    <name>segmenta::TableReader</name>
    <message>
        <source>&apos;%1&apos; holds text, not a workbook, despite its .%2 name, so it was read as delimited text (CSV).</source>
        <translation>&apos;%1&apos; contém texto, e não um livro, apesar da extensão .%2, pelo que foi lido como texto delimitado (CSV).</translation>
    </message>
</context>
<context>
    <name>segmenta::TaskProgress</name>
    <message>
        <source>Progress of the running task</source>
        <translation>Progresso da tarefa em curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running task (Esc)</source>
        <translation>Parar a tarefa em curso (Esc)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: a cancelar…</translation>
    </message>
</context>
<context>
    <name>segmenta::TaskRunner</name>
    <message>
        <source>An unexpected error stopped the task (%1). Please try again; if it happens again, report it together with the data that caused it.</source>
        <translation>Um erro inesperado interrompeu a tarefa (%1). Tente novamente; se voltar a acontecer, comunique-o juntamente com os dados que o causaram.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the task. Please try again; if it happens again, report it together with the data that caused it.</source>
        <translation>Um erro inesperado interrompeu a tarefa. Tente novamente; se voltar a acontecer, comunique-o juntamente com os dados que o causaram.</translation>
    </message>
</context>
<context>
    <name>segmenta::Workspace</name>
    <message>
        <source>The customers of the dataset, with each column&apos;s statistics</source>
        <translation>Os clientes do conjunto de dados, com as estatísticas de cada coluna</translation>
    </message>
    <message>
        <source>Features, preparation and the range of K to try</source>
        <translation>Variáveis, preparação e o intervalo de K a testar</translation>
    </message>
    <message>
        <source>Scores of every K and the recommended number of segments</source>
        <translation>Pontuações de cada K e o número de segmentos recomendado</translation>
    </message>
    <message>
        <source>Customers on the first principal components, coloured by segment</source>
        <translation>Clientes nas primeiras componentes principais, coloridos por segmento</translation>
    </message>
    <message>
        <source>What each segment looks like, feature by feature</source>
        <translation>Como é cada segmento, variável a variável</translation>
    </message>
    <message>
        <source>How well each customer fits its segment</source>
        <translation>Até que ponto cada cliente se ajusta ao seu segmento</translation>
    </message>
    <message>
        <source>Name the segments and read what sets each apart</source>
        <translation>Dê nome aos segmentos e leia o que distingue cada um</translation>
    </message>
    <message>
        <source>Selected customers: %1; the Data tab lists them.</source>
        <translation>Clientes selecionados: %1; o separador Dados lista-os.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dados</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Análise</translation>
    </message>
    <message>
        <source>Choosing &amp;K</source>
        <translation>Escolha do &amp;K</translation>
    </message>
    <message>
        <source>Segment &amp;Map</source>
        <translation>&amp;Mapa de segmentos</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfis</translation>
    </message>
    <message>
        <source>S&amp;ilhouette</source>
        <translation>S&amp;ilhueta</translation>
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
        <translation>Não é possível escrever %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>não é possível criar a pasta</translation>
    </message>
    <message>
        <source>the sheet %1 cannot be added</source>
        <translation>não é possível adicionar a folha %1</translation>
    </message>
    <message>
        <source>%1 rows do not fit in the sheet %2 (at most %3); export CSV instead.</source>
        <translation>%1 linhas não cabem na folha %2 (no máximo %3); em alternativa, exporte em CSV.</translation>
    </message>
    <message>
        <source>%1 (sheet %2, cell %3)</source>
        <translation>%1 (folha %2, célula %3)</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>não é possível criar o livro</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxReader</name>
    <message numerus="yes">
        <source>%n more rows have values left of the table&apos;s first column.</source>
        <translation>
            <numerusform>Mais %n linha tem valores à esquerda da primeira coluna da tabela.</numerusform>
            <numerusform>Mais %n linhas têm valores à esquerda da primeira coluna da tabela.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has no data part (%2).</source>
        <translation>O livro está danificado: a folha &apos;%1&apos; não tem parte de dados (%2).</translation>
    </message>
    <message>
        <source>Reading sheet &apos;%1&apos;</source>
        <translation>A ler a folha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist; check the path and choose the file again.</source>
        <translation>O ficheiro &apos;%1&apos; não existe; verifique o caminho e escolha novamente o ficheiro.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is empty or cannot be read; check that it is not locked by another program.</source>
        <translation>O ficheiro &apos;%1&apos; está vazio ou não pode ser lido; verifique se não está bloqueado por outro programa.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save again.</source>
        <translation>O livro está protegido com palavra-passe; abra-o no Excel, remova a palavra-passe (Ficheiro &gt; Informações &gt; Proteger Livro) e guarde-o novamente.</translation>
    </message>
    <message>
        <source>This is a legacy Excel 97-2003 .xls file; open it in Excel or LibreOffice and save as .xlsx.</source>
        <translation>Este é um ficheiro .xls antigo do Excel 97-2003; abra-o no Excel ou no LibreOffice e guarde-o como .xlsx.</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb); open it in Excel and save as .xlsx.</source>
        <translation>Este é um livro binário do Excel (.xlsb); abra-o no Excel e guarde-o como .xlsx.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>um documento do Word (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>uma apresentação do PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>an OpenDocument file (.ods or .odt); import it as OpenDocument instead</source>
        <translation>um ficheiro OpenDocument (.ods ou .odt); em vez disso, importe-o como OpenDocument</translation>
    </message>
    <message>
        <source>a ZIP archive of other files</source>
        <translation>um arquivo ZIP de outros ficheiros</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (it has no xl/workbook.xml); it looks like %1. Choose an .xlsx or .xlsm file.</source>
        <translation>Este ficheiro não é um livro do Excel (não tem xl/workbook.xml); parece ser %1. Escolha um ficheiro .xlsx ou .xlsm.</translation>
    </message>
    <message>
        <source>The workbook is damaged: part &apos;%1&apos; is not valid XML at line %2 (%3). Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>O livro está danificado: a parte &apos;%1&apos; não é XML válido na linha %2 (%3). Abra-o no Excel ou no LibreOffice, guarde-o novamente e importe a cópia guardada.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>O livro não tem folhas.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;; choose one of %2.</source>
        <translation>O livro não tem nenhuma folha com o nome &apos;%1&apos;; escolha uma de %2.</translation>
    </message>
    <message>
        <source>The workbook is damaged: cell %1 refers to shared text number %2, but the workbook has %3. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>O livro está danificado: a célula %1 refere-se ao texto partilhado número %2, mas o livro tem %3. Abra-o no Excel ou no LibreOffice, guarde-o novamente e importe a cópia guardada.</translation>
    </message>
    <message>
        <source>Cell %1 has a value left of the table&apos;s first column %2. Move it into the table or delete it, then import again.</source>
        <translation>A célula %1 tem um valor à esquerda da primeira coluna da tabela, %2. Mova-o para dentro da tabela ou elimine-o e, em seguida, importe novamente.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook but text; import it as a CSV or text file.</source>
        <translation>Este ficheiro não é um livro do Excel, mas sim texto; importe-o como ficheiro CSV ou de texto.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook: its first bytes match none of the formats Segmenta reads (XLSX, XLSM, ODS, CSV). Check that you chose the right file.</source>
        <translation>Este ficheiro não é um livro do Excel: os seus primeiros bytes não correspondem a nenhum dos formatos que o Segmenta lê (XLSX, XLSM, ODS, CSV). Verifique se escolheu o ficheiro certo.</translation>
    </message>
    <message>
        <source>The workbook holds more shared text than Segmenta reads (%1 MB in memory). Save the table you need in a workbook of its own, or as CSV, and import that.</source>
        <translation>O livro contém mais texto partilhado do que o Segmenta lê (%1 MB em memória). Guarde a tabela de que precisa num livro próprio, ou em CSV, e importe esse ficheiro.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has a row numbered %2, beyond row %3, the last a sheet can have. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>O livro está danificado: a folha &apos;%1&apos; tem uma linha com o número %2, para além da linha %3, a última que uma folha pode ter. Abra-o no Excel ou no LibreOffice, guarde-o novamente e importe a cópia guardada.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &apos;%1&apos; has a cell &apos;%2&apos; beyond column XFD, the last a sheet can have. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>O livro está danificado: a folha &apos;%1&apos; tem uma célula &apos;%2&apos; para além da coluna XFD, a última que uma folha pode ter. Abra-o no Excel ou no LibreOffice, guarde-o novamente e importe a cópia guardada.</translation>
    </message>
</context>
<context>
    <name>segmenta::XlsxWriterLibrary</name>
    <message>
        <source>Cannot load libxlsxwriter, which writes XLSX files: %1. Reinstall Segmenta or the package libxlsxwriter4.</source>
        <translation>Não é possível carregar a libxlsxwriter, que escreve ficheiros XLSX: %1. Reinstale o Segmenta ou o pacote libxlsxwriter4.</translation>
    </message>
    <message>
        <source>The installed libxlsxwriter lacks the function %1; install version 1.1 or newer.</source>
        <translation>A libxlsxwriter instalada não tem a função %1; instale a versão 1.1 ou mais recente.</translation>
    </message>
</context>
<context>
    <name>segmenta::XmlStream</name>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; nests XML elements more than %3 levels deep (line %4). Real files nest about a dozen levels; this one is damaged or made to crash the programs that read it.</source>
        <translation>&apos;%1&apos; foi recusado: a sua parte &apos;%2&apos; aninha elementos XML em mais de %3 níveis de profundidade (linha %4). Os ficheiros reais aninham cerca de uma dúzia de níveis; este está danificado ou foi criado para fazer falhar os programas que o leem.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; declares a DTD (line %3). Workbooks never do, and its entities could expand to gigabytes, so they are not read.</source>
        <translation>&apos;%1&apos; foi recusado: a sua parte &apos;%2&apos; declara uma DTD (linha %3). Os livros nunca o fazem, e as respetivas entidades poderiam expandir-se até gigabytes, pelo que não são lidas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; holds more than %3 MB of XML without markup (near byte %4). No cell holds that much; the file is damaged or made to exhaust memory.</source>
        <translation>&apos;%1&apos; foi recusado: a sua parte &apos;%2&apos; contém mais de %3 MB de XML sem marcação (perto do byte %4). Nenhuma célula contém tanto; o ficheiro está danificado ou foi criado para esgotar a memória.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; holds a text of more than %3 characters at line %4, more than a cell can hold.</source>
        <translation>&apos;%1&apos; foi recusado: a sua parte &apos;%2&apos; contém um texto com mais de %3 caracteres na linha %4, mais do que uma célula pode conter.</translation>
    </message>
</context>
<context>
    <name>segmenta::ZScoreHeatmap</name>
    <message>
        <source>How each segment differs from the average (z-scores)</source>
        <translation>Como cada segmento difere da média (z-scores)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variável</translation>
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
        <translation>&apos;%1&apos; está danificado: não é possível descomprimir os dados comprimidos da sua parte &apos;%2&apos; (erro %3). Abra-o no Excel ou no LibreOffice, guarde-o novamente e importe a cópia guardada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its part &apos;%2&apos; ends after %3 of the %4 bytes the archive declares. Get a complete copy of the file.</source>
        <translation>&apos;%1&apos; está danificado: a sua parte &apos;%2&apos; termina após %3 dos %4 bytes que o arquivo declara. Obtenha uma cópia completa do ficheiro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the checksum (CRC-32) of its part &apos;%2&apos; does not match its content. Get an undamaged copy of the file, or open it in Excel or LibreOffice and save it again.</source>
        <translation>&apos;%1&apos; está danificado: a soma de verificação (CRC-32) da sua parte &apos;%2&apos; não corresponde ao respetivo conteúdo. Obtenha uma cópia não danificada do ficheiro, ou abra-o no Excel ou no LibreOffice e guarde-o novamente.</translation>
    </message>
</context>
<context>
    <name>segmenta::ZipPackage</name>
    <message>
        <source>&apos;%1&apos; is not an Excel workbook or a spreadsheet but a Git LFS pointer: a small text file that stands in for the real file in a Git repository. Fetch the real file (git lfs pull) and import it.</source>
        <translation>&apos;%1&apos; não é um livro do Excel nem uma folha de cálculo, mas sim um ponteiro Git LFS: um pequeno ficheiro de texto que substitui o ficheiro real num repositório Git. Obtenha o ficheiro real (git lfs pull) e importe-o.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or incomplete: it ends before its table of contents (the ZIP directory at the end of the file), so it was probably cut short while being downloaded or copied. Get a complete copy of the file and import it again.</source>
        <translation>&apos;%1&apos; está danificado ou incompleto: termina antes do seu índice (o diretório ZIP no fim do ficheiro), pelo que provavelmente ficou truncado durante a transferência ou a cópia. Obtenha uma cópia completa do ficheiro e importe-o novamente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its table of contents (the ZIP directory) cannot be read (error %2). Get an undamaged copy of the file.</source>
        <translation>&apos;%1&apos; está danificado: não é possível ler o seu índice, o diretório ZIP (erro %2). Obtenha uma cópia não danificada do ficheiro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is protected with a password: its part &apos;%2&apos; is encrypted. Open it, save it without a password and import the saved copy.</source>
        <translation>&apos;%1&apos; está protegido com palavra-passe: a sua parte &apos;%2&apos; está encriptada. Abra-o, guarde-o sem palavra-passe e importe a cópia guardada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: its part &apos;%2&apos; would unpack %3 bytes from %4, more than %5 times its compressed size. Real workbooks compress far less; this one may be built to exhaust memory (a &quot;ZIP bomb&quot;).</source>
        <translation>&apos;%1&apos; foi recusado: a sua parte &apos;%2&apos; descomprimiria %3 bytes a partir de %4, mais de %5 vezes o seu tamanho comprimido. Os livros reais comprimem muito menos; este pode ter sido criado para esgotar a memória (uma &quot;bomba ZIP&quot;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to import: its parts unpack to more than %2 MB. Save the table you need in a workbook of its own, or as CSV, and import that.</source>
        <translation>&apos;%1&apos; é demasiado grande para importar: as suas partes ocupam mais de %2 MB depois de descomprimidas. Guarde a tabela de que precisa num livro próprio, ou em CSV, e importe esse ficheiro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has no part &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; está danificado: não tem a parte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its part &apos;%2&apos; cannot be opened (error %3).</source>
        <translation>&apos;%1&apos; está danificado: não é possível abrir a sua parte &apos;%2&apos; (erro %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: its part &apos;%2&apos; is compressed with method %3, but Segmenta reads only deflate (8) and uncompressed (0) parts. Open it in Excel or LibreOffice, save it again and import the saved copy.</source>
        <translation>Não é possível ler &apos;%1&apos;: a sua parte &apos;%2&apos; está comprimida com o método %3, mas o Segmenta só lê partes deflate (8) e não comprimidas (0). Abra-o no Excel ou no LibreOffice, guarde-o novamente e importe a cópia guardada.</translation>
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
        <translation>O projeto &apos;%1&apos; não tem nenhum conjunto de dados com o nome &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Stored as run %1 of &apos;%2&apos;.</source>
        <translation>Guardado como execução %1 de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 escrito.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 precisa de um número inteiro igual ou superior a %2, e não &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &apos;%2&apos;.</source>
        <translation>--%1 precisa de um número positivo, e não &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>--%1 tem de ser um de %2, e não &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>--k takes one K such as 4 or a range such as 2..10, not &apos;%1&apos;.</source>
        <translation>--k aceita um K como 4 ou um intervalo como 2..10, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--k needs K of 2 or more, and a range must not end before it starts (&apos;%1&apos;).</source>
        <translation>--k precisa de um K igual ou superior a 2, e um intervalo não pode terminar antes de começar (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--outliers drop-tukey takes its count as drop-tukey:N, not &apos;%1&apos;.</source>
        <translation>--outliers drop-tukey aceita a contagem na forma drop-tukey:N, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--outliers must be none, clip-tukey or drop-tukey:N, not &apos;%1&apos;.</source>
        <translation>--outliers tem de ser none, clip-tukey ou drop-tukey:N, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Analyse the bundled Wholesale customers sample instead of a file.</source>
        <translation>Analisar o exemplo Wholesale customers incluído em vez de um ficheiro.</translation>
    </message>
    <message>
        <source>Analyse a dataset of this project and store the run in it.</source>
        <translation>Analisar um conjunto de dados deste projeto e guardar nele a execução.</translation>
    </message>
    <message>
        <source>With --project: the dataset to analyse.</source>
        <translation>Com --project: o conjunto de dados a analisar.</translation>
    </message>
    <message>
        <source>Categorical columns, one-hot encoded and added to the features.</source>
        <translation>Colunas categóricas, codificadas em one-hot e adicionadas às variáveis.</translation>
    </message>
    <message>
        <source>Missing values in numeric features (default: drop the row).</source>
        <translation>Valores em falta nas variáveis numéricas (predefinição: descartar a linha).</translation>
    </message>
    <message>
        <source>Transform numeric features with log(1 + x).</source>
        <translation>Transformar as variáveis numéricas com log(1 + x).</translation>
    </message>
    <message>
        <source>Transform numeric features with the natural log (values must be positive).</source>
        <translation>Transformar as variáveis numéricas com o logaritmo natural (os valores têm de ser positivos).</translation>
    </message>
    <message>
        <source>Clip to the Tukey fences, or drop rows outside them in at least N features (default: none).</source>
        <translation>Limitar às barreiras de Tukey, ou descartar as linhas fora delas em pelo menos N variáveis (predefinição: none).</translation>
    </message>
    <message>
        <source>Scaling of numeric features (default: standard).</source>
        <translation>Normalização das variáveis numéricas (predefinição: standard).</translation>
    </message>
    <message>
        <source>Keep N principal components (default: 2, for display only).</source>
        <translation>Manter N componentes principais (predefinição: 2, apenas para visualização).</translation>
    </message>
    <message>
        <source>Cluster on the preprocessed features or on the PCA scores (default: pca when --pca is given, features otherwise).</source>
        <translation>Agrupar com base nas variáveis pré-processadas ou nas pontuações da ACP (predefinição: pca quando --pca é indicado; caso contrário, features).</translation>
    </message>
    <message>
        <source>The range of K to score, or one K (default: 2..10).</source>
        <translation>O intervalo de K a avaliar, ou um único K (predefinição: 2..10).</translation>
    </message>
    <message>
        <source>k-means++ restarts per K (default: 10).</source>
        <translation>Reinícios k-means++ por K (predefinição: 10).</translation>
    </message>
    <message>
        <source>Iterations per restart (default: 300).</source>
        <translation>Iterações por reinício (predefinição: 300).</translation>
    </message>
    <message>
        <source>Convergence tolerance relative to the mean feature variance (default: 1e-4).</source>
        <translation>Tolerância de convergência relativa à variância média das variáveis (predefinição: 1e-4).</translation>
    </message>
    <message>
        <source>Random seed (default: 0).</source>
        <translation>Semente aleatória (predefinição: 0).</translation>
    </message>
    <message>
        <source>Fuzzy C-Means fuzzifier m &gt; 1 (default: 2).</source>
        <translation>Fuzzificador m &gt; 1 do Fuzzy C-Means (predefinição: 2).</translation>
    </message>
    <message>
        <source>Exact silhouette, a 10,000-row sample, or exact up to 20,000 rows (default: auto).</source>
        <translation>Silhueta exata, uma amostra de 10 000 linhas, ou exata até 20 000 linhas (predefinição: auto).</translation>
    </message>
    <message>
        <source>Also score every combination of log on/off and the three scalers by silhouette.</source>
        <translation>Avaliar também, pela silhueta, todas as combinações de log sim/não e dos três tipos de normalização.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; results do not depend on it).</source>
        <translation>Threads de trabalho (predefinição: todos os núcleos; os resultados não dependem disto).</translation>
    </message>
    <message>
        <source>Write the full result as JSON (&apos;-&apos; for standard output).</source>
        <translation>Escrever o resultado completo em JSON (&apos;-&apos; para a saída padrão).</translation>
    </message>
    <message>
        <source>Write the segment of every row as CSV: row,segment.</source>
        <translation>Escrever o segmento de cada linha em CSV: row,segment.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli analyze &lt;input&gt; | --sample | --project P --dataset NAME [options]</source>
        <translation>Utilização: segmenta-cli analyze &lt;input&gt; | --sample | --project P --dataset NAME [options]</translation>
    </message>
    <message>
        <source>Segments the rows of a table (CSV, TSV, XLSX, ODS, or a dataset of a project) with K-Means or Fuzzy C-Means for every K in a range, scores each K and recommends one.</source>
        <translation>Segmenta as linhas de uma tabela (CSV, TSV, XLSX, ODS ou um conjunto de dados de um projeto) com K-Means ou Fuzzy C-Means para cada K de um intervalo, avalia cada K e recomenda um.</translation>
    </message>
    <message>
        <source>The file to analyse.</source>
        <translation>O ficheiro a analisar.</translation>
    </message>
    <message>
        <source>analyze takes one input file, but got %1: %2.</source>
        <translation>analyze aceita um único ficheiro de entrada, mas recebeu %1: %2.</translation>
    </message>
    <message>
        <source>--project and --dataset go together: name the project file and the dataset in it.</source>
        <translation>--project e --dataset usam-se em conjunto: indique o ficheiro do projeto e o conjunto de dados nele contido.</translation>
    </message>
    <message>
        <source>analyze needs exactly one input: a file name, --sample, or --project with --dataset.</source>
        <translation>analyze precisa de exatamente uma entrada: um nome de ficheiro, --sample, ou --project com --dataset.</translation>
    </message>
    <message>
        <source>--missing must be drop, mean or median.</source>
        <translation>--missing tem de ser drop, mean ou median.</translation>
    </message>
    <message>
        <source>--log1p and --log exclude each other; choose one.</source>
        <translation>--log1p e --log excluem-se mutuamente; escolha um deles.</translation>
    </message>
    <message>
        <source>--cluster-on must be features or pca, not &apos;%1&apos;.</source>
        <translation>--cluster-on tem de ser features ou pca, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--seed precisa de um número inteiro igual ou superior a 0, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--fuzzifier must be greater than 1.</source>
        <translation>--fuzzifier tem de ser superior a 1.</translation>
    </message>
    <message>
        <source>--silhouette must be exact, sampled or auto, not &apos;%1&apos;.</source>
        <translation>--silhouette tem de ser exact, sampled ou auto, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>segmenta-cli: error: %1</source>
        <translation>segmenta-cli: erro: %1</translation>
    </message>
    <message>
        <source>segmenta-cli: internal error: %1</source>
        <translation>segmenta-cli: erro interno: %1</translation>
    </message>
    <message>
        <source>The project file (created when it does not exist).</source>
        <translation>O ficheiro do projeto (criado se não existir).</translation>
    </message>
    <message>
        <source>Name of the new dataset (default: the file&apos;s name).</source>
        <translation>Nome do novo conjunto de dados (predefinição: o nome do ficheiro).</translation>
    </message>
    <message>
        <source>Text files: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (default: detect).</source>
        <translation>Ficheiros de texto: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (predefinição: detetar).</translation>
    </message>
    <message>
        <source>Text files: , ; tab or | (default: detect).</source>
        <translation>Ficheiros de texto: , ; tab ou | (predefinição: detetar).</translation>
    </message>
    <message>
        <source>Text files: the decimal separator, . or , (default: detect).</source>
        <translation>Ficheiros de texto: o separador decimal, . ou , (predefinição: detetar).</translation>
    </message>
    <message>
        <source>The row (line) of the header, 0 for none (default: detect).</source>
        <translation>A linha do cabeçalho, 0 para nenhuma (predefinição: detetar).</translation>
    </message>
    <message>
        <source>postgresql:// sources: the table or view to import.</source>
        <translation>Origens postgresql://: a tabela ou vista a importar.</translation>
    </message>
    <message>
        <source>postgresql:// sources: a read-only SELECT whose result is imported.</source>
        <translation>Origens postgresql://: um SELECT só de leitura cujo resultado é importado.</translation>
    </message>
    <message>
        <source>Import a file that is already in the project once more.</source>
        <translation>Importar novamente um ficheiro que já está no projeto.</translation>
    </message>
    <message>
        <source>Print the import report as JSON.</source>
        <translation>Imprimir o relatório de importação em JSON.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>O ficheiro do projeto.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Imprimir a lista em JSON.</translation>
    </message>
    <message>
        <source>--header-row takes a row number, or 0 for a table without a header.</source>
        <translation>--header-row aceita um número de linha, ou 0 para uma tabela sem cabeçalho.</translation>
    </message>
    <message>
        <source>The project already has a dataset named &apos;%1&apos;; choose another --name.</source>
        <translation>O projeto já tem um conjunto de dados com o nome &apos;%1&apos;; escolha outro --name.</translation>
    </message>
    <message>
        <source>The file or postgresql:// database to import.</source>
        <translation>O ficheiro ou a base de dados postgresql:// a importar.</translation>
    </message>
    <message>
        <source>import takes exactly one file or database address.</source>
        <translation>import aceita exatamente um ficheiro ou endereço de base de dados.</translation>
    </message>
    <message>
        <source> (customers)</source>
        <translation> (clientes)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already imported as the dataset &apos;%2&apos; on %3. Use --again to import it once more.</source>
        <translation>&apos;%1&apos; já foi importado como conjunto de dados &apos;%2&apos; em %3. Utilize --again para o importar novamente.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns: %4</source>
        <translation>%1: %2 linhas, %3 colunas: %4</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli import &lt;file&gt; --project p.segmenta [options]</source>
        <translation>Utilização: segmenta-cli import &lt;file&gt; --project p.segmenta [options]</translation>
    </message>
    <message>
        <source>Reads a CSV, TSV, TXT, XLSX, XLSM or ODS file and stores it as a dataset of the project, all or nothing, then prints what was done with every row.</source>
        <translation>Lê um ficheiro CSV, TSV, TXT, XLSX, XLSM ou ODS e guarda-o como conjunto de dados do projeto (ou tudo, ou nada) e, em seguida, imprime o que foi feito com cada linha.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli datasets --project p.segmenta [--json]</source>
        <translation>Utilização: segmenta-cli datasets --project p.segmenta [--json]</translation>
    </message>
    <message>
        <source>Lists the datasets of a project with their rows, columns and column kinds.</source>
        <translation>Lista os conjuntos de dados de um projeto com as respetivas linhas, colunas e tipos de coluna.</translation>
    </message>
    <message>
        <source>Imported &apos;%1&apos;: %2 of %3 rows read, %4 skipped.</source>
        <translation>&apos;%1&apos; importado: %2 de %3 linhas lidas, %4 omitidas.</translation>
    </message>
    <message>
        <source>  skipped row %1: %2</source>
        <translation>  linha %1 omitida: %2</translation>
    </message>
    <message>
        <source>  row %1, column &apos;%2&apos;: %3</source>
        <translation>  linha %1, coluna &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, dados pessoais</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>&apos;%1&apos; não é um endereço PostgreSQL; escreva-o na forma postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>A database import needs either --table or --query.</source>
        <translation>Uma importação de base de dados precisa de --table ou de --query.</translation>
    </message>
    <message>
        <source>--table and --query are for database imports (postgresql://...).</source>
        <translation>--table e --query destinam-se a importações de bases de dados (postgresql://...).</translation>
    </message>
    <message>
        <source>--invoices takes key=column pairs, e.g. customer=CustomerID; &apos;%1&apos; is not one.</source>
        <translation>--invoices aceita pares chave=coluna, p. ex., customer=CustomerID; &apos;%1&apos; não é um deles.</translation>
    </message>
    <message>
        <source>--invoices reference= takes a date such as 2011-12-10, not &apos;%1&apos;.</source>
        <translation>--invoices reference= aceita uma data como 2011-12-10, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--invoices needs customer= and date=, and either amount= or both quantity= and price=.</source>
        <translation>--invoices precisa de customer= e date=, e de amount= ou de quantity= e price=.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Run &apos;segmenta-cli %1 --help&apos; for the options.</source>
        <translation>Execute &apos;segmenta-cli %1 --help&apos; para ver as opções.</translation>
    </message>
    <message>
        <source>--%1 takes one character, not &apos;%2&apos;.</source>
        <translation>--%1 aceita um único carácter, e não &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 needs --project with the project file.</source>
        <translation>%1 precisa de --project com o ficheiro do projeto.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; does not exist.</source>
        <translation>O projeto &apos;%1&apos; não existe.</translation>
    </message>
    <message>
        <source>The run to report (default: the latest run).</source>
        <translation>A execução a relatar (predefinição: a execução mais recente).</translation>
    </message>
    <message>
        <source>--run needs a run number such as 1, not &apos;%1&apos;.</source>
        <translation>--run precisa de um número de execução como 1, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no run to report yet; run &apos;segmenta-cli analyze --project&apos; first.</source>
        <translation>O projeto &apos;%1&apos; ainda não tem nenhuma execução para relatar; execute primeiro &apos;segmenta-cli analyze --project&apos;.</translation>
    </message>
    <message>
        <source>report takes no file name, but got &apos;%1&apos;; name the project with --project.</source>
        <translation>report não aceita nomes de ficheiro, mas recebeu &apos;%1&apos;; indique o projeto com --project.</translation>
    </message>
    <message>
        <source>report needs at least one of --pdf, --xlsx, --csv and --charts.</source>
        <translation>report precisa de pelo menos uma das opções --pdf, --xlsx, --csv e --charts.</translation>
    </message>
    <message>
        <source>Usage: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR] [--include-pii]</source>
        <translation>Utilização: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR] [--include-pii]</translation>
    </message>
    <message>
        <source>Writes the reports of a stored run with the segment names and notes saved in the project. Columns flagged as personal data are left out unless --include-pii is given; every export is recorded in the project&apos;s audit log.</source>
        <translation>Escreve os relatórios de uma execução guardada com os nomes e as notas dos segmentos guardados no projeto. As colunas marcadas como dados pessoais são excluídas, a menos que seja indicado --include-pii; todas as exportações ficam registadas no registo de auditoria do projeto.</translation>
    </message>
    <message>
        <source>Write the PDF report.</source>
        <translation>Escrever o relatório PDF.</translation>
    </message>
    <message>
        <source>Write the workbook: Summary, Segments, Assignments, Metrics, Run.</source>
        <translation>Escrever o livro: Summary, Segments, Assignments, Metrics, Run.</translation>
    </message>
    <message>
        <source>Write assignments.csv, profiles.csv and metrics.csv into DIR.</source>
        <translation>Escrever assignments.csv, profiles.csv e metrics.csv em DIR.</translation>
    </message>
    <message>
        <source>Write every chart into DIR as PNG and SVG (k_selection, segment_map, profiles, zscores, silhouette, crosstab_&lt;column&gt;).</source>
        <translation>Escrever cada gráfico em DIR como PNG e SVG (k_selection, segment_map, profiles, zscores, silhouette, crosstab_&lt;column&gt;).</translation>
    </message>
    <message>
        <source>Resolution of the PNG charts (default: 192).</source>
        <translation>Resolução dos gráficos PNG (predefinição: 192).</translation>
    </message>
    <message>
        <source>Include the columns flagged as personal data in these exports.</source>
        <translation>Incluir nestas exportações as colunas marcadas como dados pessoais.</translation>
    </message>
    <message>
        <source>Paper of the PDF report (default: a4).</source>
        <translation>Papel do relatório PDF (predefinição: a4).</translation>
    </message>
    <message>
        <source>Title of the report (default: Customer segments).</source>
        <translation>Título do relatório (predefinição: Segmentos de clientes).</translation>
    </message>
    <message>
        <source>Author named on the report&apos;s cover.</source>
        <translation>Autor indicado na capa do relatório.</translation>
    </message>
    <message>
        <source>Delimiter of the CSV files: , ; tab or | (default: ,).</source>
        <translation>Delimitador dos ficheiros CSV: , ; tab ou | (predefinição: ,).</translation>
    </message>
    <message>
        <source>Start the CSV files with a UTF-8 byte order mark, for Excel.</source>
        <translation>Iniciar os ficheiros CSV com uma marca de ordem de bytes UTF-8, para o Excel.</translation>
    </message>
    <message>
        <source>--dpi needs a resolution from 48 to 1200, not &apos;%1&apos;.</source>
        <translation>--dpi precisa de uma resolução entre 48 e 1200, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &apos;%1&apos;.</source>
        <translation>--page-size tem de ser a4 ou letter, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <source>Preprocessing grid (best silhouette over the K range):</source>
        <translation>Grelha de pré-processamento (melhor silhueta no intervalo de K):</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>não é possível: %1</translation>
    </message>
    <message>
        <source>Segments for K = %1:</source>
        <translation>Segmentos para K = %1:</translation>
    </message>
    <message>
        <source>Segment %1 &quot;%2&quot;: %3 rows (%4%)</source>
        <translation>Segmento %1 &quot;%2&quot;: %3 linhas (%4%)</translation>
    </message>
    <message>
        <source>Segmenta %1: %2</source>
        <translation>Segmenta %1: %2</translation>
    </message>
    <message>
        <source>%1 rows used (%2 dropped for missing values, %3 as outliers), %4 features: %5</source>
        <translation>%1 linhas utilizadas (%2 descartadas por valores em falta, %3 como valores atípicos), %4 variáveis: %5</translation>
    </message>
    <message>
        <source>Principal components: %1</source>
        <translation>Componentes principais: %1</translation>
    </message>
    <message>
        <source> (clustered on these)</source>
        <translation> (agrupado com base nestas)</translation>
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
        <translation>Utilização:
  segmenta-cli analyze &lt;input&gt; [options]            segmentar as linhas de um ficheiro CSV, TSV, XLSX ou ODS
  segmenta-cli analyze --sample [options]           o mesmo sobre o exemplo Wholesale customers incluído
  segmenta-cli analyze --project P --dataset NAME   o mesmo sobre um conjunto de dados de um projeto; guarda a execução
  segmenta-cli import &lt;file&gt; --project P [options]  guardar um ficheiro como conjunto de dados de um projeto
  segmenta-cli datasets --project P [--json]        listar os conjuntos de dados de um projeto
  segmenta-cli report --project P [--pdf F] [--xlsx F] [--csv DIR]   relatórios de uma execução guardada
  segmenta-cli --version | --help

&apos;segmenta-cli COMMAND --help&apos; lista as opções de um comando.
Códigos de saída: 0 sucesso, 1 erro interno, 2 entrada ou opções inválidas.
</translation>
    </message>
    <message>
        <source>segmenta-cli: no command given.</source>
        <translation>segmenta-cli: nenhum comando indicado.</translation>
    </message>
    <message>
        <source>segmenta-cli: unknown command &apos;%1&apos;.</source>
        <translation>segmenta-cli: comando desconhecido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>  %1 (guessed): %2</source>
        <translation>  %1 (detetado): %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Columns to cluster on (default: every numeric column that varies; identifiers, codes, dates and empty columns are left out).</source>
        <translation>Colunas com base nas quais agrupar (predefinição: todas as colunas numéricas que variam; os identificadores, códigos, datas e colunas vazias são excluídos).</translation>
    </message>
    <message>
        <source>Columns never to cluster on.</source>
        <translation>Colunas que nunca são utilizadas para agrupar.</translation>
    </message>
    <message>
        <source>--%1 says how to read the input file; it does not go with --sample or --project.</source>
        <translation>--%1 indica como ler o ficheiro de entrada; não se utiliza com --sample nem com --project.</translation>
    </message>
    <message>
        <source>Spreadsheets: the sheet to read (default: the one holding the largest table).</source>
        <translation>Folhas de cálculo: a folha a ler (predefinição: a que contém a maior tabela).</translation>
    </message>
    <message>
        <source>Text files: skip lines with a different number of fields than the header, listing each in the report, instead of refusing the file.</source>
        <translation>Ficheiros de texto: omitir as linhas com um número de campos diferente do cabeçalho, listando cada uma no relatório, em vez de recusar o ficheiro.</translation>
    </message>
    <message>
        <source>Dates written as text: D/M/Y, M/D/Y or Y-M-D (default: detect from each column).</source>
        <translation>Datas escritas como texto: D/M/Y, M/D/Y ou Y-M-D (predefinição: detetar a partir de cada coluna).</translation>
    </message>
    <message>
        <source>The rows are invoice lines: store one row per customer (recency, frequency, monetary, average basket, tenure, spend per category). Keys: customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.</source>
        <translation>As linhas são linhas de fatura: guardar uma linha por cliente (recência, frequência, valor monetário, cabaz médio, antiguidade, valor gasto por categoria). Chaves: customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.</translation>
    </message>
    <message>
        <source>%1 takes D/M/Y, M/D/Y or Y-M-D (separators / - or .), not &apos;%2&apos;.</source>
        <translation>%1 aceita D/M/Y, M/D/Y ou Y-M-D (separadores / - ou .), e não &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--invoices knows customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix and date-format, not &apos;%1&apos;.</source>
        <translation>--invoices reconhece customer, date, quantity, price, amount, invoice, category, reference, cancel-prefix e date-format, e não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Columns left out:</source>
        <translation>Colunas excluídas:</translation>
    </message>
    <message>
        <source>Not named in --features: %1.</source>
        <translation>Não indicadas em --features: %1.</translation>
    </message>
    <message>
        <source>customer segmentation for wholesale distributors</source>
        <translation>segmentação de clientes para distribuidores grossistas</translation>
    </message>
    <message>
        <source>segmenta-cli imports customer tables into Segmenta projects, segments them with K-Means or Fuzzy C-Means and writes PDF, XLSX and CSV reports, without a display. Messages and reports follow the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>O segmenta-cli importa tabelas de clientes para projetos do Segmenta, segmenta-as com K-Means ou Fuzzy C-Means e escreve relatórios PDF, XLSX e CSV, sem necessidade de ecrã. As mensagens e os relatórios seguem o idioma do ambiente (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</translation>
    </message>
    <message>
        <source>K-Means, Fuzzy C-Means, or mini-batch K-Means for millions of rows (default: kmeans).</source>
        <translation>K-Means, Fuzzy C-Means ou Mini-batch K-Means para milhões de linhas (predefinição: kmeans).</translation>
    </message>
    <message>
        <source>postgresql:// sources: read the password from the first line of FILE (which only you may read); else PGPASSWORD or ~/.pgpass.</source>
        <translation>Origens postgresql://: ler a palavra-passe da primeira linha de FILE (que só pode ser lido por si); caso contrário, PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot read the password file &apos;%1&apos;: %2.</source>
        <translation>Não é possível ler o ficheiro de palavra-passe &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>The password file &apos;%1&apos; can be read by other users; make it private with &apos;chmod 600 %1&apos; and try again.</source>
        <translation>O ficheiro de palavra-passe &apos;%1&apos; pode ser lido por outros utilizadores; torne-o privado com &apos;chmod 600 %1&apos; e tente novamente.</translation>
    </message>
    <message>
        <source>The database address holds a password, which every user of this computer can see in the list of running programs. Remove it from the address and give it with --password-file FILE, in ~/.pgpass, or in PGPASSWORD.</source>
        <translation>O endereço da base de dados contém uma palavra-passe, que qualquer utilizador deste computador pode ver na lista de programas em execução. Remova-a do endereço e indique-a com --password-file FILE, em ~/.pgpass ou em PGPASSWORD.</translation>
    </message>
    <message>
        <source>--password-file is for database imports (postgresql://...).</source>
        <translation>--password-file destina-se a importações de bases de dados (postgresql://...).</translation>
    </message>
</context>
</TS>
