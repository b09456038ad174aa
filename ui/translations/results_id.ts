<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../results/compare_page.py" line="144" />
        <location filename="../results/compare_page.py" line="148" />
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="147" />
        <source>Tick two or more cohorts to compare:</source>
        <translation>Centang dua angkatan atau lebih untuk dibandingkan:</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="149" />
        <source>Export comparison PDF…</source>
        <translation>Ekspor perbandingan PDF…</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="150" />
        <source>Do the gains differ between cohorts?</source>
        <translation>Apakah peningkatan berbeda antar-angkatan?</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="187" />
        <source>Tick at least two cohorts.</source>
        <translation>Centang sedikitnya dua angkatan.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="191" />
        <source>Computing results…</source>
        <translation>Menghitung hasil…</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="196" />
        <source>The comparison could not be computed: %1</source>
        <translation>Perbandingan tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="230" />
        <source>One-way ANOVA and Welch's ANOVA compare mean gains; Kruskal–Wallis compares their ranks. Pairwise: Welch t-tests, Holm-adjusted p.</source>
        <translation>ANOVA satu arah dan ANOVA Welch membandingkan rata-rata peningkatan; Kruskal–Wallis membandingkan peringkatnya. Berpasangan: uji-t Welch, p disesuaikan dengan metode Holm.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="236" />
        <source>Too few participants to compare reliably (fewer than %1 took both tests): %2</source>
        <translation>Peserta terlalu sedikit untuk dibandingkan dengan andal (kurang dari %1 mengikuti kedua tes): %2</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="239" />
        <source>Left out of the tests (fewer than 2 took both tests): %1</source>
        <translation>Tidak disertakan dalam uji (kurang dari 2 peserta mengikuti kedua tes): %1</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="252" />
        <source>ANOVA: F(%1, %2) = %3, p = %4, η² = %5</source>
        <translation>ANOVA: F(%1, %2) = %3, p = %4, η² = %5</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="255" />
        <source>Welch's ANOVA: F(%1, %2) = %3, p = %4</source>
        <translation>ANOVA Welch: F(%1, %2) = %3, p = %4</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="258" />
        <source>Kruskal–Wallis: H(%1) = %2, p = %3</source>
        <translation>Kruskal–Wallis: H(%1) = %2, p = %3</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="263" />
        <source>ANCOVA (post adjusted for pre): F(%1, %2) = %3, p = %4</source>
        <translation>ANCOVA (tes akhir disesuaikan dengan tes awal): F(%1, %2) = %3, p = %4</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="268" />
        <source>Not computed: %1</source>
        <translation>Tidak dihitung: %1</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="271" />
        <source>The cohorts took different items and share only %1; at least %2 common items are needed, so their gains are not compared.</source>
        <translation>Angkatan-angkatan mengerjakan butir yang berbeda dan hanya %1 yang sama; perlu paling sedikit %2 butir yang sama, sehingga peningkatannya tidak dibandingkan.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="275" />
        <source>The cohorts took different items: compared on the %1 items all of them took.</source>
        <translation>Angkatan-angkatan mengerjakan butir yang berbeda: dibandingkan pada %1 butir yang dikerjakan semuanya.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="278" />
        <source>Welch's ANOVA</source>
        <translation>ANOVA Welch</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="278" />
        <source>ANOVA</source>
        <translation>ANOVA</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="280" />
        <source>The mean gains differ between these cohorts (%1 and Holm-corrected pairwise tests).</source>
        <translation>Rata-rata peningkatan berbeda antar-angkatan ini (%1 dan uji per pasangan terkoreksi Holm).</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="283" />
        <source>No clear difference in mean gain between these cohorts (%1 with Holm-corrected pairwise tests); this does not show that they are equal.</source>
        <translation>Tidak ada perbedaan rata-rata peningkatan yang jelas antar-angkatan ini (%1 dengan uji per pasangan terkoreksi Holm); ini tidak menunjukkan bahwa peningkatannya sama.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="287" />
        <source>Minimum detectable gain (80% power): %1</source>
        <translation>Peningkatan minimum yang dapat dideteksi (daya 80%): %1</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="295" />
        <source>Mean score before and after</source>
        <translation>Rata-rata skor sebelum dan sesudah</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="306" />
        <source>Pre-test</source>
        <translation>Tes awal</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="306" />
        <source>Post-test</source>
        <translation>Tes akhir</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="307" />
        <source>Mean gain (percentage points)</source>
        <translation>Rata-rata peningkatan (poin persentase)</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="316" />
        <source>Gain</source>
        <translation>Peningkatan</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="341" />
        <source>Comparison report</source>
        <translation>Laporan perbandingan</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="344" />
        <source>Export comparison PDF</source>
        <translation>Ekspor perbandingan PDF</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="355" />
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="358" />
        <source>Export cancelled; nothing was kept.</source>
        <translation>Ekspor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="363" />
        <source>Writing the comparison report…</source>
        <translation>Menulis laporan perbandingan…</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="352" />
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="76" />
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="78" />
        <source>Participants (one row each, with scores and gains)</source>
        <translation>Peserta (satu baris per peserta, dengan nilai dan peningkatan)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="79" />
        <source>Responses (one row per answer; can be analysed again)</source>
        <translation>Jawaban (satu baris per jawaban; dapat dianalisis ulang)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="80" />
        <source>What to export</source>
        <translation>Yang diekspor</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="84" />
        <source>File format</source>
        <translation>Format berkas</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="85" />
        <source>Leave out names (keep participant codes)</source>
        <translation>Hilangkan nama (kode peserta tetap)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="87" />
        <source>Export:</source>
        <translation>Ekspor:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="88" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="91" />
        <source>A codebook describing every column is written with the data.</source>
        <translation>Buku kode yang menjelaskan setiap kolom ditulis bersama data.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="62" />
        <source>Language of the report</source>
        <translation>Bahasa laporan</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="63" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../results/results_page.py" line="88" />
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="88" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="89" />
        <location filename="../results/results_page.py" line="102" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="89" />
        <source>Right before</source>
        <translation>Benar sebelum</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="90" />
        <source>Right after</source>
        <translation>Benar sesudah</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="91" />
        <source>Right → wrong</source>
        <translation>Benar → salah</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="91" />
        <source>Wrong → right</source>
        <translation>Salah → benar</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="92" />
        <source>McNemar p</source>
        <translation>p McNemar</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="92" />
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="50" />
        <location filename="../results/results_page.py" line="95" />
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="95" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="96" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="96" />
        <source>Organisation</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="51" />
        <location filename="../results/results_page.py" line="97" />
        <location filename="../results/results_page.py" line="103" />
        <source>Pre-test</source>
        <translation>Tes awal</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="51" />
        <location filename="../results/results_page.py" line="97" />
        <location filename="../results/results_page.py" line="103" />
        <source>Post-test</source>
        <translation>Tes akhir</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="52" />
        <location filename="../results/results_page.py" line="98" />
        <location filename="../results/results_page.py" line="104" />
        <source>Gain</source>
        <translation>Peningkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="98" />
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="99" />
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="99" />
        <source>Follow-up</source>
        <translation>Tes lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="102" />
        <source>By</source>
        <translation>Menurut</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="102" />
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="52" />
        <location filename="../results/results_page.py" line="104" />
        <source>95% CI</source>
        <translation>IK 95%</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="54" />
        <location filename="../results/compare_page.py" line="59" />
        <location filename="../results/results_page.py" line="105" />
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="105" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="108" />
        <source>Test</source>
        <translation>Tes</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="108" />
        <source>Ratings</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="109" />
        <source>Mean confidence (1–4)</source>
        <translation>Rata-rata keyakinan (1–4)</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="110" />
        <source>Confident but wrong</source>
        <translation>Yakin tetapi salah</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="50" />
        <source>n (both tests)</source>
        <translation>n (kedua tes)</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="53" />
        <source>⟨g⟩</source>
        <translation>⟨g⟩</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="53" />
        <source>d_z</source>
        <translation>d_z</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="57" />
        <source>Cohort A</source>
        <translation>Angkatan A</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="57" />
        <source>Cohort B</source>
        <translation>Angkatan B</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="58" />
        <source>Welch t</source>
        <translation>t Welch</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="58" />
        <source>df</source>
        <translation>db</translation>
    </message>
    <message>
        <location filename="../results/compare_page.py" line="59" />
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="90" />
        <source>Computing results…</source>
        <translation>Menghitung hasil…</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="116" />
        <source>pp</source>
        <translation>poin</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="130" />
        <location filename="../results/results_common.py" line="137" />
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="143" />
        <source>Not computed.</source>
        <translation>Tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="148" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="149" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="150" />
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="151" />
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="152" />
        <location filename="../results/results_common.py" line="153" />
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="156" />
        <source>Too easy before training</source>
        <translation>Terlalu mudah sebelum pelatihan</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="157" />
        <source>Nobody learned it</source>
        <translation>Tidak ada yang menguasainya</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="158" />
        <source>Negative discrimination</source>
        <translation>Daya beda negatif</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="161" />
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="162" />
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="163" />
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="172" />
        <source>All cohorts together</source>
        <translation>Semua angkatan bersama</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="239" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="239" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../results/results_common.py" line="267" />
        <source>Not available.</source>
        <translation>Tidak tersedia.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../results/results_page.py" line="290" />
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="293" />
        <source>Cohort:</source>
        <translation>Angkatan:</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="294" />
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="295" />
        <source>Export PDF report…</source>
        <translation>Ekspor laporan PDF…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="296" />
        <source>Score sheets…</source>
        <translation>Lembar nilai…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="297" />
        <source>Export data…</source>
        <translation>Ekspor data…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="298" />
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="298" />
        <source>Items</source>
        <translation>Butir soal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="298" />
        <location filename="../results/results_page.py" line="454" />
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="299" />
        <source>Retention and confidence</source>
        <translation>Retensi dan keyakinan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="299" />
        <source>By sex and organisation</source>
        <translation>Menurut jenis kelamin dan instansi</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="300" />
        <source>Course evaluation</source>
        <translation>Evaluasi pelatihan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="302" />
        <source>Retention: post-test to follow-up</source>
        <translation>Retensi: tes akhir ke tes lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="303" />
        <source>Confidence ratings</source>
        <translation>Tingkat keyakinan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="305" />
        <source>Share of matched participants with full marks on each item before and after the training. McNemar's test asks whether more changed from wrong to right than from right to wrong.</source>
        <translation>Proporsi peserta (yang mengikuti kedua tes) yang mendapat nilai penuh pada setiap butir sebelum dan sesudah pelatihan. Uji McNemar menilai apakah lebih banyak yang berubah dari salah ke benar daripada dari benar ke salah.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="311" />
        <source>Open this section to compute the results.</source>
        <translation>Buka bagian ini untuk menghitung hasil.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="325" />
        <source>Computing results…</source>
        <translation>Menghitung hasil…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="330" />
        <source>The results could not be computed: %1</source>
        <translation>Hasil tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="366" />
        <source>No submitted results yet. Results appear here once participants have taken a pre-test and a post-test.</source>
        <translation>Belum ada hasil yang dikirim. Hasil akan muncul di sini setelah peserta mengikuti tes awal dan tes akhir.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="388" />
        <location filename="../results/results_page.py" line="389" />
        <location filename="../results/results_page.py" line="396" />
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="390" />
        <source>Took the pre-test but not the post-test (%1): %2</source>
        <translation>Mengikuti tes awal tetapi tidak tes akhir (%1): %2</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="392" />
        <source>Took the post-test but not the pre-test (%1): %2</source>
        <translation>Mengikuti tes akhir tetapi tidak tes awal (%1): %2</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="395" />
        <source>On the roster but took no test (%1): %2</source>
        <translation>Terdaftar tetapi tidak mengikuti tes (%1): %2</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="399" />
        <source>Pre-test mean of those who took the post-test: %1; of those who did not: %2.</source>
        <translation>Rata-rata tes awal peserta yang mengikuti tes akhir: %1; yang tidak: %2.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="402" />
        <source>The matched gain may be biased by who dropped out.</source>
        <translation>Angka peningkatan peserta kedua tes bisa bias karena siapa yang keluar.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="408" />
        <source>Took both tests</source>
        <translation>Mengikuti kedua tes</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="409" />
        <source>of %1 pre-test and %2 post-test takers</source>
        <translation>dari %1 peserta tes awal dan %2 peserta tes akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="411" />
        <source>Mean score, pre → post</source>
        <translation>Rata-rata skor, awal → akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="413" />
        <source>of the maximum mark</source>
        <translation>dari nilai maksimum</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="414" />
        <source>Mean gain</source>
        <translation>Rata-rata peningkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="415" />
        <location filename="../results/results_page.py" line="418" />
        <location filename="../results/results_page.py" line="424" />
        <source>95% CI: %1</source>
        <translation>IK 95%: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="419" />
        <source>A loss: Hake's bands do not apply</source>
        <translation>Penurunan: kategori Hake tidak berlaku</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="421" />
        <source>Normalized gain ⟨g⟩</source>
        <translation>Gain ternormalisasi ⟨g⟩</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="420" />
        <source>Hake band: %1</source>
        <translation>Kategori Hake: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="423" />
        <source>Effect size d_z</source>
        <translation>Ukuran efek d_z</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="425" />
        <source>Hedges' g_av: %1</source>
        <translation>g_av Hedges: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="431" />
        <location filename="../results/results_page.py" line="596" />
        <source>p (paired t-test)</source>
        <translation>p (uji-t berpasangan)</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="427" />
        <source>Wilcoxon p: %1</source>
        <translation>p Wilcoxon: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="429" />
        <source>All changed in the same direction; sign test p: %1</source>
        <translation>Semua berubah ke arah yang sama; p uji tanda: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="440" />
        <source>Scores of participants who took both tests</source>
        <translation>Skor peserta yang mengikuti kedua tes</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="444" />
        <location filename="../results/results_page.py" line="467" />
        <location filename="../results/results_page.py" line="498" />
        <location filename="../results/results_page.py" line="601" />
        <source>Pre-test</source>
        <translation>Tes awal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="444" />
        <location filename="../results/results_page.py" line="468" />
        <location filename="../results/results_page.py" line="499" />
        <location filename="../results/results_page.py" line="601" />
        <source>Post-test</source>
        <translation>Tes akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="452" />
        <source>Score (%, bins of 10)</source>
        <translation>Skor (%, per 10)</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="462" />
        <source>Each participant, pre → post</source>
        <translation>Setiap peserta, awal → akhir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="495" />
        <source>By topic (matched participants)</source>
        <translation>Per topik (peserta kedua tes)</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="520" />
        <source>Right before vs right after, per item</source>
        <translation>Benar sebelum vs sesudah, per butir</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="525" />
        <source>Right before training</source>
        <translation>Benar sebelum pelatihan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="529" />
        <source>Right after training</source>
        <translation>Benar sesudah pelatihan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="566" />
        <source>Did not take the pre-test.</source>
        <translation>Tidak mengikuti tes awal.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="566" />
        <location filename="../results/results_page.py" line="570" />
        <source>Did not take the post-test.</source>
        <translation>Tidak mengikuti tes akhir.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="567" />
        <source>Did not take the follow-up test.</source>
        <translation>Tidak mengikuti tes lanjutan.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="568" />
        <source>Needs both the pre-test and the post-test.</source>
        <translation>Memerlukan tes awal dan tes akhir.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="569" />
        <source>Needs both tests and a pre-test score below 100%.</source>
        <translation>Memerlukan kedua tes dan skor tes awal di bawah 100%.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="580" />
        <source>Pass mark: %1</source>
        <translation>Nilai lulus: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="587" />
        <source>No follow-up test results for this cohort yet.</source>
        <translation>Belum ada hasil tes lanjutan untuk angkatan ini.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="590" />
        <source>Took post-test and follow-up</source>
        <translation>Mengikuti tes akhir dan tes lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="591" />
        <source>Mean score, post → follow-up</source>
        <translation>Rata-rata skor, akhir → lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="594" />
        <source>Mean change</source>
        <translation>Rata-rata perubahan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="595" />
        <source>d_z: %1</source>
        <translation>d_z: %1</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="597" />
        <source>Share of gain kept</source>
        <translation>Proporsi peningkatan yang bertahan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="598" />
        <source>%1 took all three tests</source>
        <translation>%1 mengikuti ketiga tes</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="601" />
        <source>Follow-up</source>
        <translation>Tes lanjutan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="604" />
        <source>Ratings from 1 (guessing) to 4 (sure). “Confident but wrong” is the share of rated answers rated 3 or 4 that got no marks.</source>
        <translation>Penilaian dari 1 (menebak) sampai 4 (yakin). “Yakin tetapi salah” adalah proporsi jawaban yang dinilai 3 atau 4 tetapi tidak mendapat nilai.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="611" />
        <source>No confidence ratings were collected for this cohort.</source>
        <translation>Tidak ada penilaian keyakinan yang dikumpulkan untuk angkatan ini.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="617" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="618" />
        <source>Organisation</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="629" />
        <source>Gains of matched participants by sex and by organisation. Small groups give unreliable figures; differences between groups here are not tested.</source>
        <translation>Peningkatan peserta yang mengikuti kedua tes menurut jenis kelamin dan instansi. Angka dari kelompok kecil tidak dapat diandalkan; perbedaan antarkelompok di sini tidak diuji.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="631" />
        <source>Sex and organisation were not recorded for this cohort.</source>
        <translation>Jenis kelamin dan instansi tidak dicatat untuk angkatan ini.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="644" />
        <source>Export cancelled; nothing was kept.</source>
        <translation>Ekspor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="651" />
        <source>Choose a cohort</source>
        <translation>Pilih angkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="652" />
        <source>Reports and score sheets are made for one cohort: choose it first.</source>
        <translation>Laporan dan lembar nilai dibuat untuk satu angkatan: pilih angkatan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="664" />
        <source>Cohort report</source>
        <translation>Laporan angkatan</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="691" />
        <source>Writing score sheets…</source>
        <translation>Menulis lembar nilai…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="706" />
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="716" />
        <source>Exporting data…</source>
        <translation>Mengekspor data…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="667" />
        <source>Export PDF report</source>
        <translation>Ekspor laporan PDF</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="622" />
        <source>Suppressed: would reveal a small group</source>
        <translation>Disembunyikan: akan mengungkap kelompok kecil</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="623" />
        <source>Suppressed: fewer than 5</source>
        <translation>Disembunyikan: kurang dari 5</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="670" />
        <source>Writing the cohort report…</source>
        <translation>Menulis laporan angkatan…</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="686" />
        <source>Save score sheets</source>
        <translation>Simpan lembar nilai</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="689" />
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="641" />
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../results/results_page.py" line="638" />
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>SheetsDialog</name>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="28" />
        <source>Score sheets</source>
        <translation>Lembar nilai</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="30" />
        <source>Each participant's own language</source>
        <translation>Bahasa masing-masing peserta</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialogs.py" line="33" />
        <source>Language of the sheets</source>
        <translation>Bahasa lembar nilai</translation>
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
        <location filename="../dialogs/export_dialogs.py" line="42" />
        <source>The review shows the correct answers: do not hand it out before a post-test.</source>
        <translation>Ulasan menampilkan jawaban yang benar: jangan dibagikan sebelum tes akhir.</translation>
    </message>
</context>
</TS>