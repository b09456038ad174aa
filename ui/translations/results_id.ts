<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../results/compare_page.py" line="167" />
        <location filename="../results/compare_page.py" line="171" />
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="170" />
        <source>Tick two or more cohorts to compare:</source>
        <translation>Centang dua angkatan atau lebih untuk dibandingkan:</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="172" />
        <source>Export comparison PDF…</source>
        <translation>Ekspor perbandingan PDF…</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="173" />
        <source>Do the gains differ between cohorts?</source>
        <translation>Apakah peningkatan berbeda antar-angkatan?</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="174" />
        <source>Course evaluation by cohort</source>
        <translation>Evaluasi pelatihan per angkatan</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="211" />
        <source>Tick at least two cohorts.</source>
        <translation>Centang sedikitnya dua angkatan.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="215" />
        <source>Computing results…</source>
        <translation>Menghitung hasil…</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="220" />
        <source>The comparison could not be computed: %1</source>
        <translation>Perbandingan tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="252" />
        <source>Per rating item: n, the mean rating and the share agreeing (a point above the middle of the scale) in each cohort. An anonymous cohort with fewer than %1 responses to an item shows only n. p: Kruskal–Wallis test across the cohorts.</source>
        <translation>Per butir penilaian: n, rata-rata penilaian dan persentase yang setuju (poin di atas tengah skala) di setiap angkatan. Angkatan anonim dengan kurang dari %1 tanggapan untuk suatu butir hanya menampilkan n. p: uji Kruskal–Wallis antar-angkatan.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="257" />
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="262" />
        <source>not asked</source>
        <translation>tidak ditanyakan</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="264" />
        <source>n %1 (fewer than %2: not shown)</source>
        <translation>n %1 (kurang dari %2: tidak ditampilkan)</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="267" />
        <source>n %1 · mean %2 · agree %3</source>
        <translation>n %1 · rata-rata %2 · setuju %3</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="295" />
        <source>One-way ANOVA and Welch's ANOVA compare mean gains; Kruskal–Wallis compares their ranks. Pairwise: Welch t-tests, Holm-adjusted p.</source>
        <translation>ANOVA satu arah dan ANOVA Welch membandingkan rata-rata peningkatan; Kruskal–Wallis membandingkan peringkatnya. Berpasangan: uji-t Welch, p disesuaikan dengan metode Holm.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="301" />
        <source>Too few participants to compare reliably (fewer than %1 took both tests): %2</source>
        <translation>Peserta terlalu sedikit untuk dibandingkan dengan andal (kurang dari %1 mengikuti kedua tes): %2</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="304" />
        <source>Left out of the tests (fewer than 2 took both tests): %1</source>
        <translation>Tidak disertakan dalam uji (kurang dari 2 peserta mengikuti kedua tes): %1</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="319" />
        <source>ANOVA: F(%1, %2) = %3, p = %4, η² = %5</source>
        <translation>ANOVA: F(%1, %2) = %3, p = %4, η² = %5</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="322" />
        <source>Welch's ANOVA: F(%1, %2) = %3, p = %4</source>
        <translation>ANOVA Welch: F(%1, %2) = %3, p = %4</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="325" />
        <source>Kruskal–Wallis: H(%1) = %2, p = %3</source>
        <translation>Kruskal–Wallis: H(%1) = %2, p = %3</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="330" />
        <source>ANCOVA (post adjusted for pre): F(%1, %2) = %3, p = %4</source>
        <translation>ANCOVA (tes akhir disesuaikan dengan tes awal): F(%1, %2) = %3, p = %4</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="335" />
        <source>Not computed: %1</source>
        <translation>Tidak dihitung: %1</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="338" />
        <source>The cohorts took different items and share only %1; at least %2 common items are needed, so their gains are not compared.</source>
        <translation>Angkatan-angkatan mengerjakan butir yang berbeda dan hanya %1 yang sama; perlu paling sedikit %2 butir yang sama, sehingga peningkatannya tidak dibandingkan.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="342" />
        <source>The cohorts took different items: compared on the %1 items all of them took.</source>
        <translation>Angkatan-angkatan mengerjakan butir yang berbeda: dibandingkan pada %1 butir yang dikerjakan semuanya.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="345" />
        <source>Welch's ANOVA</source>
        <translation>ANOVA Welch</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="345" />
        <source>ANOVA</source>
        <translation>ANOVA</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="347" />
        <source>The mean gains differ between these cohorts (%1 and Holm-corrected pairwise tests).</source>
        <translation>Rata-rata peningkatan berbeda antar-angkatan ini (%1 dan uji per pasangan terkoreksi Holm).</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="350" />
        <source>No clear difference in mean gain between these cohorts (%1 with Holm-corrected pairwise tests); this does not show that they are equal.</source>
        <translation>Tidak ada perbedaan rata-rata peningkatan yang jelas antar-angkatan ini (%1 dengan uji per pasangan terkoreksi Holm); ini tidak menunjukkan bahwa peningkatannya sama.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="354" />
        <source>Minimum detectable gain (80% power): %1</source>
        <translation>Peningkatan minimum yang dapat dideteksi (daya 80%): %1</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="362" />
        <source>Mean score before and after</source>
        <translation>Rata-rata skor sebelum dan sesudah</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="373" />
        <source>Pre-test</source>
        <translation>Tes awal</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="373" />
        <source>Post-test</source>
        <translation>Tes akhir</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="374" />
        <source>Mean gain (percentage points)</source>
        <translation>Rata-rata peningkatan (poin persentase)</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="383" />
        <source>Gain</source>
        <translation>Peningkatan</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="408" />
        <source>Comparison report</source>
        <translation>Laporan perbandingan</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="411" />
        <source>Export comparison PDF</source>
        <translation>Ekspor perbandingan PDF</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="422" />
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="425" />
        <source>Export cancelled; nothing was kept.</source>
        <translation>Ekspor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="430" />
        <source>Writing the comparison report…</source>
        <translation>Menulis laporan perbandingan…</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="419" />
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="79" />
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="81" />
        <source>Participants (one row each, with scores and gains)</source>
        <translation>Peserta (satu baris per peserta, dengan skor dan peningkatan)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="82" />
        <source>Responses (one row per answer; can be analysed again)</source>
        <translation>Jawaban (satu baris per jawaban; dapat dianalisis ulang)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="83" />
        <source>Statistics (every figure with its 95% interval; items, subgroups)</source>
        <translation>Statistik (setiap angka dengan interval kepercayaan 95%-nya; butir, subkelompok)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="84" />
        <source>What to export</source>
        <translation>Yang diekspor</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="88" />
        <source>File format</source>
        <translation>Format berkas</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="89" />
        <source>Leave out names (keep participant codes)</source>
        <translation>Hilangkan nama (kode peserta tetap)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="91" />
        <source>Export:</source>
        <translation>Ekspor:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="92" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="95" />
        <source>A codebook describing every column is written with the data.</source>
        <translation>Buku kode yang menjelaskan setiap kolom ditulis bersama data.</translation>
    </message>
</context>
<context>
    <name>EssayDialog</name>
    <message>
        <location filename="../results/essay_dialog.py" line="72" />
        <source>Mark essays</source>
        <translation>Nilai esai</translation>
    </message>
    <message>
        <location filename="../results/essay_dialog.py" line="73" />
        <source>Mark:</source>
        <translation>Nilai:</translation>
    </message>
    <message>
        <location filename="../results/essay_dialog.py" line="74" />
        <source>Mark, in % of the question's maximum</source>
        <translation>Nilai, dalam % dari nilai maksimum soal</translation>
    </message>
    <message>
        <location filename="../results/essay_dialog.py" line="75" />
        <source>Save mark</source>
        <translation>Simpan nilai</translation>
    </message>
    <message>
        <location filename="../results/essay_dialog.py" line="76" />
        <source>Take mark back</source>
        <translation>Tarik kembali nilai</translation>
    </message>
    <message>
        <location filename="../results/essay_dialog.py" line="77" />
        <source>The participant's answer</source>
        <translation>Jawaban peserta</translation>
    </message>
    <message>
        <location filename="../results/essay_dialog.py" line="84" />
        <source>pending</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <location filename="../results/essay_dialog.py" line="89" />
        <source>No essay answers in this session yet.</source>
        <translation>Belum ada jawaban esai dalam sesi ini.</translation>
    </message>
    <message numerus="yes">
        <location filename="../results/essay_dialog.py" line="90" />
        <source>%n answer(s) still to be marked; until then a test's score leaves them out and is shown as provisional.</source>
        <translation><numerusform>%n jawaban masih harus dinilai; sampai saat itu skor tes tidak menghitungnya dan ditampilkan sebagai sementara.</numerusform></translation>
    </message>
    <message>
        <location filename="../results/essay_dialog.py" line="92" />
        <source>Every essay answer is marked.</source>
        <translation>Semua jawaban esai sudah dinilai.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="65" />
        <source>Language of the report</source>
        <translation>Bahasa laporan</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="66" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../results/results_page.py" line="95" />
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="95" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="96" />
        <location filename="../results/results_page.py" line="112" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="98" />
        <source>Right → wrong</source>
        <translation>Benar → salah</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="98" />
        <source>Wrong → right</source>
        <translation>Salah → benar</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="99" />
        <source>McNemar p</source>
        <translation>p McNemar</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="100" />
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="121" />
        <source>Confident and wrong, of all rated</source>
        <translation>Yakin dan salah, dari semua yang dinilai</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="122" />
        <source>Confident, of the wrong answers</source>
        <translation>Yakin, dari jawaban yang salah</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="145" />
        <source>One blank of a cloze question: facility among everyone who took each test (n = %1 before, %2 after); discrimination (correlation with the rest of the test) %3 before, %4 after. The question counts once in the score.</source>
        <translation>Satu isian dari soal isian: tingkat kesukaran di antara semua peserta setiap tes (n = %1 sebelum, %2 sesudah); daya beda (korelasi dengan sisa tes) %3 sebelum, %4 sesudah. Soal itu dihitung sekali dalam skor.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="152" />
        <source>McNemar's test is made per question, not per blank.</source>
        <translation>Uji McNemar dilakukan per soal, bukan per isian.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="54" />
        <location filename="../results/results_page.py" line="103" />
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="103" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="104" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="104" />
        <source>Organisation</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="55" />
        <location filename="../results/results_page.py" line="105" />
        <location filename="../results/results_page.py" line="113" />
        <source>Pre-test</source>
        <translation>Tes awal</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="55" />
        <location filename="../results/results_page.py" line="105" />
        <location filename="../results/results_page.py" line="113" />
        <source>Post-test</source>
        <translation>Tes akhir</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="56" />
        <location filename="../results/results_page.py" line="106" />
        <location filename="../results/results_page.py" line="114" />
        <source>Gain</source>
        <translation>Peningkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="96" />
        <source>Facility, pre</source>
        <translation>Tingkat kesukaran, awal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="97" />
        <source>Facility, post</source>
        <translation>Tingkat kesukaran, akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="106" />
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="107" />
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="107" />
        <source>RCI</source>
        <translation>IPA</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="108" />
        <source>Reliable change</source>
        <translation>Perubahan andal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="109" />
        <source>Follow-up</source>
        <translation>Tes lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="112" />
        <source>By</source>
        <translation>Menurut</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="112" />
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="56" />
        <location filename="../results/results_page.py" line="114" />
        <source>95% CI</source>
        <translation>IK 95%</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="58" />
        <location filename="../results/compare_page.py" line="63" />
        <location filename="../results/results_page.py" line="115" />
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="116" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="119" />
        <source>Test</source>
        <translation>Tes</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="119" />
        <source>Ratings</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="120" />
        <source>Mean confidence (1–4)</source>
        <translation>Rata-rata keyakinan (1–4)</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="54" />
        <source>n (both tests)</source>
        <translation>n (kedua tes)</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="57" />
        <source>⟨g⟩</source>
        <translation>⟨g⟩</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="57" />
        <source>d_z</source>
        <translation>d_z</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="61" />
        <source>Cohort A</source>
        <translation>Angkatan A</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="61" />
        <source>Cohort B</source>
        <translation>Angkatan B</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="62" />
        <source>Welch t</source>
        <translation>t Welch</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="62" />
        <source>df</source>
        <translation>db</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="63" />
        <location filename="../results/results_page.py" line="100" />
        <location filename="../results/results_page.py" line="115" />
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="101" />
        <source>Computing results…</source>
        <translation>Menghitung hasil…</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="127" />
        <source>pp</source>
        <translation>poin</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="141" />
        <location filename="../results/results_common.py" line="148" />
        <location filename="../results/results_common.py" line="155" />
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="161" />
        <source>Not computed.</source>
        <translation>Tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="166" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="167" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="168" />
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="169" />
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="170" />
        <location filename="../results/results_common.py" line="171" />
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="174" />
        <source>Too easy before training</source>
        <translation>Terlalu mudah sebelum pelatihan</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="175" />
        <source>Nobody learned it</source>
        <translation>Tidak ada yang menguasainya</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="176" />
        <source>Negative discrimination</source>
        <translation>Daya beda negatif</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="179" />
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="180" />
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="181" />
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="192" />
        <source>All cohorts together</source>
        <translation>Semua angkatan bersama</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="193" />
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="261" />
        <source>Did not take the test</source>
        <translation>Tidak mengikuti tes</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="262" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="262" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="290" />
        <source>Not available.</source>
        <translation>Tidak tersedia.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../results/results_page.py" line="327" />
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="330" />
        <source>Cohort:</source>
        <translation>Angkatan:</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="331" />
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="332" />
        <source>Export PDF report…</source>
        <translation>Ekspor laporan PDF…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="333" />
        <source>Score sheets…</source>
        <translation>Lembar skor…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="334" />
        <source>Export data…</source>
        <translation>Ekspor data…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="335" />
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="335" />
        <source>Items</source>
        <translation>Butir soal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="335" />
        <location filename="../results/results_page.py" line="525" />
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="336" />
        <source>Retention and confidence</source>
        <translation>Retensi dan keyakinan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="336" />
        <source>By sex and organisation</source>
        <translation>Menurut jenis kelamin dan instansi</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="337" />
        <source>Course evaluation</source>
        <translation>Evaluasi pelatihan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="339" />
        <source>Retention: post-test to follow-up</source>
        <translation>Retensi: tes akhir ke tes lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="340" />
        <source>Confidence ratings</source>
        <translation>Tingkat keyakinan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="351" />
        <source>Open this section to compute the results.</source>
        <translation>Buka bagian ini untuk menghitung hasil.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="365" />
        <source>Computing results…</source>
        <translation>Menghitung hasil…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="370" />
        <source>The results could not be computed: %1</source>
        <translation>Hasil tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="406" />
        <source>No submitted results yet. Results appear here once participants have taken a pre-test and a post-test.</source>
        <translation>Belum ada hasil yang dikirim. Hasil akan muncul di sini setelah peserta mengikuti tes awal dan tes akhir.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="435" />
        <location filename="../results/results_page.py" line="436" />
        <location filename="../results/results_page.py" line="443" />
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="437" />
        <source>Took the pre-test but not the post-test (%1): %2</source>
        <translation>Mengikuti tes awal tetapi tidak tes akhir (%1): %2</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="439" />
        <source>Took the post-test but not the pre-test (%1): %2</source>
        <translation>Mengikuti tes akhir tetapi tidak tes awal (%1): %2</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="442" />
        <source>On the roster but took no test (%1): %2</source>
        <translation>Terdaftar tetapi tidak mengikuti tes (%1): %2</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="446" />
        <source>Pre-test mean of those who took the post-test: %1; of those who did not: %2.</source>
        <translation>Rata-rata tes awal peserta yang mengikuti tes akhir: %1; yang tidak: %2.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="449" />
        <source>The matched gain may be biased by who dropped out.</source>
        <translation>Angka peningkatan peserta kedua tes bisa bias karena siapa yang keluar.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="462" />
        <source>Took both tests</source>
        <translation>Mengikuti kedua tes</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="463" />
        <source>of %1 pre-test and %2 post-test takers</source>
        <translation>dari %1 peserta tes awal dan %2 peserta tes akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="465" />
        <source>Mean score, pre → post</source>
        <translation>Rata-rata skor, awal → akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="467" />
        <source>of the maximum mark</source>
        <translation>dari nilai maksimum</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="468" />
        <source>Mean gain</source>
        <translation>Rata-rata peningkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="469" />
        <location filename="../results/results_page.py" line="472" />
        <location filename="../results/results_page.py" line="478" />
        <source>95% CI: %1</source>
        <translation>IK 95%: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="473" />
        <source>A loss: Hake's bands do not apply</source>
        <translation>Penurunan: kategori Hake tidak berlaku</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="475" />
        <source>Normalized gain ⟨g⟩</source>
        <translation>Gain ternormalisasi ⟨g⟩</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="474" />
        <source>Hake band: %1</source>
        <translation>Kategori Hake: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="477" />
        <source>Effect size d_z</source>
        <translation>Ukuran efek d_z</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="479" />
        <source>Hedges' g_av: %1</source>
        <translation>g_av Hedges: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="485" />
        <location filename="../results/results_page.py" line="697" />
        <source>p (paired t-test)</source>
        <translation>p (uji-t berpasangan)</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="481" />
        <source>Wilcoxon p: %1</source>
        <translation>p Wilcoxon: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="342" />
        <source>Facility: the mean mark on each item as a share of its maximum, among participants who took both tests, before and after the training. McNemar's test counts who went from right (full marks) to wrong and from wrong to right, and asks whether more changed from wrong to right; p (Holm) corrects it for the number of items.</source>
        <translation>Tingkat kesukaran (indeks P): rata-rata nilai tiap butir sebagai proporsi dari nilai maksimumnya, di antara peserta yang mengikuti kedua tes, sebelum dan sesudah pelatihan. Uji McNemar menghitung siapa yang berubah dari benar (nilai penuh) ke salah dan dari salah ke benar, dan menilai apakah lebih banyak yang berubah dari salah ke benar; p (Holm) mengoreksinya untuk jumlah butir.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="413" />
        <source>Demo data: these results are simulated, not from a real training.</source>
        <translation>Data demo: hasil ini simulasi, bukan dari pelatihan sungguhan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../results/results_page.py" line="416" />
        <source>%n essay answer(s) still to be marked: until then the scores leave them out and are provisional (Cohorts ▸ Sessions ▸ Mark essays…).</source>
        <translation><numerusform>%n jawaban esai masih harus dinilai: sampai saat itu skor tidak menghitungnya dan bersifat sementara (Angkatan ▸ Sesi ▸ Nilai esai…).</numerusform></translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="451" />
        <source>Too few dropped out (%1 of pre-test takers) to move the result much: the pre-test mean of those who took both tests is %2 points from that of all pre-test takers.</source>
        <translation>Terlalu sedikit yang keluar (%1 dari peserta tes awal) untuk banyak mengubah hasil: rata-rata tes awal peserta kedua tes berselisih %2 poin dari rata-rata semua peserta tes awal.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="456" />
        <source>No sign that the dropouts differed on the pre-test.</source>
        <translation>Tidak ada tanda bahwa peserta yang keluar berbeda pada tes awal.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="483" />
        <source>All changed in the same direction; sign test p: %1</source>
        <translation>Semua berubah ke arah yang sama; p uji tanda: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="487" />
        <location filename="../results/results_page.py" line="492" />
        <source>Reaching the pass mark, pre → post</source>
        <translation>Mencapai batas lulus, awal → akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="489" />
        <source>Change: %1 · 95% CI: %2</source>
        <translation>Perubahan: %1 · IK 95%: %2</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="493" />
        <source>Each cohort has its own pass mark: see each cohort.</source>
        <translation>Tiap angkatan memiliki batas lulus sendiri: lihat tiap angkatan.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="496" />
        <location filename="../results/results_page.py" line="500" />
        <source>Reliably improved / no reliable change / declined</source>
        <translation>Meningkat andal / tanpa perubahan andal / menurun</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="498" />
        <location filename="../results/results_page.py" line="501" />
        <source>Change beyond measurement error (Reliable Change Index)</source>
        <translation>Perubahan melampaui galat pengukuran (Indeks Perubahan Andal)</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="511" />
        <source>Scores of participants who took both tests</source>
        <translation>Skor peserta yang mengikuti kedua tes</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="515" />
        <location filename="../results/results_page.py" line="538" />
        <location filename="../results/results_page.py" line="569" />
        <location filename="../results/results_page.py" line="702" />
        <source>Pre-test</source>
        <translation>Tes awal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="515" />
        <location filename="../results/results_page.py" line="539" />
        <location filename="../results/results_page.py" line="570" />
        <location filename="../results/results_page.py" line="702" />
        <source>Post-test</source>
        <translation>Tes akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="523" />
        <source>Score (%, bins of 10)</source>
        <translation>Skor (%, per 10)</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="533" />
        <source>Each participant, pre → post</source>
        <translation>Setiap peserta, awal → akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="566" />
        <source>By topic (matched participants)</source>
        <translation>Per topik (peserta kedua tes)</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="598" />
        <source>Rows KEY#1, KEY#2, …: each blank of a cloze question, its facility among everyone who took each test (its n and discrimination: hover over its n).</source>
        <translation>Baris KODE#1, KODE#2, …: setiap isian dari soal isian, dengan tingkat kesukarannya di antara semua peserta setiap tes (n dan daya bedanya: arahkan kursor ke n-nya).</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="646" />
        <source>Did not take the pre-test.</source>
        <translation>Tidak mengikuti tes awal.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="646" />
        <location filename="../results/results_page.py" line="650" />
        <source>Did not take the post-test.</source>
        <translation>Tidak mengikuti tes akhir.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="647" />
        <source>Did not take the follow-up test.</source>
        <translation>Tidak mengikuti tes lanjutan.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="648" />
        <source>Needs both the pre-test and the post-test.</source>
        <translation>Memerlukan tes awal dan tes akhir.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="649" />
        <source>Needs both tests and a pre-test score below 100%.</source>
        <translation>Memerlukan kedua tes dan skor tes awal di bawah 100%.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="651" />
        <source>Needs both tests and a pre-test with a usable reliability (SEM).</source>
        <translation>Perlu kedua tes dan tes awal dengan reliabilitas (SEM) yang dapat dipakai.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="653" />
        <source>Reliably improved</source>
        <translation>Meningkat secara andal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="653" />
        <source>No reliable change</source>
        <translation>Tanpa perubahan andal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="653" />
        <source>Reliably declined</source>
        <translation>Menurun secara andal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="654" />
        <source>On the roster, but did not take the test.</source>
        <translation>Terdaftar, tetapi tidak mengikuti tes.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="671" />
        <source>Pass mark: %1</source>
        <translation>Batas lulus: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="688" />
        <source>No follow-up test results for this cohort yet.</source>
        <translation>Belum ada hasil tes lanjutan untuk angkatan ini.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="691" />
        <source>Took post-test and follow-up</source>
        <translation>Mengikuti tes akhir dan tes lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="692" />
        <source>Mean score, post → follow-up</source>
        <translation>Rata-rata skor, akhir → lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="695" />
        <source>Mean change</source>
        <translation>Rata-rata perubahan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="696" />
        <source>d_z: %1</source>
        <translation>d_z: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="698" />
        <source>Share of gain kept</source>
        <translation>Proporsi peningkatan yang bertahan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="699" />
        <source>%1 took all three tests</source>
        <translation>%1 mengikuti ketiga tes</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="702" />
        <source>Follow-up</source>
        <translation>Tes lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="714" />
        <source>No confidence ratings were collected for this cohort.</source>
        <translation>Tidak ada penilaian keyakinan yang dikirim untuk angkatan ini.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="720" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="721" />
        <source>Organisation</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="736" />
        <source>Sex and organisation were not recorded for this cohort.</source>
        <translation>Jenis kelamin dan instansi tidak dicatat untuk angkatan ini.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="749" />
        <source>Export cancelled; nothing was kept.</source>
        <translation>Ekspor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="756" />
        <source>Choose a cohort</source>
        <translation>Pilih angkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="757" />
        <source>Reports and score sheets are made for one cohort: choose it first.</source>
        <translation>Laporan dan lembar skor dibuat untuk satu angkatan: pilih angkatan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="769" />
        <source>Cohort report</source>
        <translation>Laporan angkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="796" />
        <source>Writing score sheets…</source>
        <translation>Menulis lembar skor…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="811" />
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="824" />
        <source>Exporting data…</source>
        <translation>Mengekspor data…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="772" />
        <source>Export PDF report</source>
        <translation>Ekspor laporan PDF</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="600" />
        <source>Facility before and after, per item</source>
        <translation>Tingkat kesukaran sebelum dan sesudah, per butir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="605" />
        <source>Facility before the training</source>
        <translation>Tingkat kesukaran sebelum pelatihan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="609" />
        <source>Facility after the training</source>
        <translation>Tingkat kesukaran sesudah pelatihan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="705" />
        <source>Ratings from 1 (guessing) to 4 (sure). A confident answer is rated 3 or 4; a wrong answer got no marks. “Confident and wrong, of all rated” divides the confident wrong answers by every rated answer; “Confident, of the wrong answers” divides them by the rated answers that were wrong.</source>
        <translation>Penilaian dari 1 (menebak) sampai 4 (yakin). Jawaban yakin dinilai 3 atau 4; jawaban salah tidak mendapat nilai. “Yakin dan salah, dari semua yang dinilai” membagi jawaban yakin yang salah dengan semua jawaban yang dinilai; “Yakin, dari jawaban yang salah” membaginya dengan jawaban dinilai yang salah.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="725" />
        <source>Suppressed: would reveal a small group</source>
        <translation>Disembunyikan: akan mengungkap kelompok kecil</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="726" />
        <source>Suppressed: fewer than 5</source>
        <translation>Disembunyikan: kurang dari 5</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="733" />
        <source>Gains of matched participants by sex and by organisation. Small groups give unreliable figures; differences between groups here are not tested. p tests each group's gain on its own; p (Holm) corrects it for the number of groups in the table.</source>
        <translation>Peningkatan peserta kedua tes menurut jenis kelamin dan instansi. Kelompok kecil memberi angka yang tidak andal; perbedaan antarkelompok di sini tidak diuji. p menguji peningkatan tiap kelompok tersendiri; p (Holm) mengoreksinya untuk jumlah kelompok dalam tabel.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="775" />
        <source>Writing the cohort report…</source>
        <translation>Menulis laporan angkatan…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="791" />
        <source>Save score sheets</source>
        <translation>Simpan lembar skor</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="794" />
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="746" />
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="743" />
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>SheetsDialog</name>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="28" />
        <source>Score sheets</source>
        <translation>Lembar skor</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="30" />
        <source>Each participant's own language</source>
        <translation>Bahasa masing-masing peserta</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="33" />
        <source>Language of the sheets</source>
        <translation>Bahasa lembar skor</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="34" />
        <source>Include the item-by-item review with the correct answers</source>
        <translation>Sertakan ulasan per soal dengan jawaban yang benar</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="36" />
        <source>One PDF with every sheet</source>
        <translation>Satu PDF berisi semua lembar</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="37" />
        <source>One PDF per participant, in a folder</source>
        <translation>Satu PDF per peserta, dalam satu folder</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="38" />
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="39" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="40" />
        <source>Files:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="41" />
        <source>Also a sheet for each roster member who took no test</source>
        <translation>Juga lembar untuk setiap orang terdaftar yang tidak mengikuti tes</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="44" />
        <source>The review shows the correct answers: do not hand it out before a post-test.</source>
        <translation>Ulasan menampilkan jawaban yang benar: jangan dibagikan sebelum tes akhir.</translation>
    </message>
</context>
</TS>