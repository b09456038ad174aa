<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../widgets.py" line="11" />
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>BanksPage</name>
    <message>
        <location filename="../workspace/banks_page.py" line="160" />
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="161" />
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="162" />
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="163" />
        <source>Rationale</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="164" />
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="297" />
        <source>Question banks</source>
        <translation>Bank soal</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="300" />
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="301" />
        <source>Search:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="302" />
        <source>Key or text, in either language</source>
        <translation>Kode atau teks, dalam salah satu bahasa</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="303" />
        <source>Search questions</source>
        <translation>Cari soal</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="304" />
        <source>Question bank</source>
        <translation>Bank soal</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="305" />
        <source>Topic:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="306" />
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="307" />
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="311" />
        <source>New bank…</source>
        <translation>Bank baru…</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="312" />
        <source>Duplicate…</source>
        <translation>Duplikat…</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="313" />
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="314" />
        <source>New question…</source>
        <translation>Soal baru…</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="315" />
        <source>Edit question…</source>
        <translation>Ubah soal…</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="316" />
        <source>Import questions…</source>
        <translation>Impor soal…</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="317" />
        <source>Read questions from GIFT, Aiken, Moodle XML, QTI, Excel, CSV or Assessor YAML; you see a preview before anything is stored</source>
        <translation>Baca soal dari GIFT, Aiken, Moodle XML, QTI, Excel, CSV, atau YAML Assessor; Anda melihat pratinjau sebelum ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="319" />
        <source>Export bank…</source>
        <translation>Ekspor bank…</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="320" />
        <source>Write this bank as GIFT, Aiken, Moodle XML, QTI, Excel or YAML</source>
        <translation>Simpan bank ini sebagai GIFT, Aiken, Moodle XML, QTI, Excel, atau YAML</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="321" />
        <source>Save template…</source>
        <translation>Simpan templat…</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="322" />
        <source>An Excel file to write new questions in, for importing later</source>
        <translation>Berkas Excel untuk menulis soal baru, untuk diimpor nanti</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="354" />
        <source>All topics</source>
        <translation>Semua topik</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="396" />
        <source>Delete bank</source>
        <translation>Hapus bank</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="397" />
        <source>Delete the bank "{0}" and its {1} questions? This cannot be undone.</source>
        <translation>Hapus bank "{0}" beserta {1} soalnya? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="406" />
        <source>Bank in use</source>
        <translation>Bank sedang dipakai</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="407" />
        <source>An assessment uses questions from this bank, so it cannot be deleted. Archive it instead? It is then hidden from this list, and nothing is lost.</source>
        <translation>Ada asesmen yang memakai soal dari bank ini, jadi bank tidak dapat dihapus. Arsipkan saja? Bank akan disembunyikan dari daftar ini dan tidak ada yang hilang.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="22" />
        <source>Question banks</source>
        <translation>Bank soal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="23" />
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="24" />
        <source>Cohorts</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="25" />
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="26" />
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137" />
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138" />
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139" />
        <source>Audit log…</source>
        <translation>Log audit…</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../workspace/banks_page.py" line="58" />
        <source>Key</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="59" />
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="60" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="61" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="62" />
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="63" />
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <location filename="../workspace/banks_page.py" line="22" />
        <source>Single choice</source>
        <translation>Pilihan tunggal</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="23" />
        <source>Multiple response</source>
        <translation>Pilihan ganda kompleks</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="24" />
        <source>True / false</source>
        <translation>Benar / salah</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="25" />
        <source>Short answer</source>
        <translation>Jawaban singkat</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="26" />
        <source>Numerical</source>
        <translation>Numerik</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="27" />
        <source>Matching</source>
        <translation>Menjodohkan</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="28" />
        <source>Cloze (embedded answers)</source>
        <translation>Soal isian (jawaban tersemat)</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="29" />
        <source>Essay (marked by a facilitator)</source>
        <translation>Esai (dinilai fasilitator)</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="30" />
        <source>Description (text only)</source>
        <translation>Deskripsi (teks saja)</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="31" />
        <source>Rating scale (evaluation)</source>
        <translation>Skala penilaian (evaluasi)</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="32" />
        <source>Survey choice (evaluation)</source>
        <translation>Pilihan survei (evaluasi)</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="33" />
        <source>Comment (evaluation)</source>
        <translation>Komentar (evaluasi)</translation>
    </message>
    <message>
        <location filename="../workspace/banks_page.py" line="34" />
        <source>Then / now self-assessment (evaluation)</source>
        <translation>Penilaian diri dulu / sekarang (evaluasi)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../tasks.py" line="67" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app.py" line="107" />
        <source>Assessor is already open</source>
        <translation>Assessor sudah terbuka</translation>
    </message>
    <message>
        <location filename="../app.py" line="108" />
        <source>Assessor is already open on this database ({0}). Use that window, or close it first.</source>
        <translation>Assessor sudah terbuka pada basis data ini ({0}). Gunakan jendela itu, atau tutup dulu.</translation>
    </message>
    <message>
        <location filename="../app.py" line="97" />
        <source>The database cannot be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../app.py" line="75" />
        <location filename="../app.py" line="92" />
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <location filename="../app.py" line="93" />
        <source>The database {0} is damaged and there is no good backup of it. Assessor will not change it. Copy the file to a safe place and ask for help.</source>
        <translation>Basis data {0} rusak dan tidak ada cadangan yang baik. Assessor tidak akan mengubahnya. Salin berkas itu ke tempat yang aman dan mintalah bantuan.</translation>
    </message>
    <message>
        <location filename="../app.py" line="76" />
        <source>The database {0} is damaged, so Assessor will not write to it. Restore the newest good backup, made {1}? Changes made after it are lost; the damaged file is kept in the backups folder.</source>
        <translation>Basis data {0} rusak, jadi Assessor tidak akan menulis ke dalamnya. Pulihkan cadangan baik terbaru, yang dibuat {1}? Perubahan setelah cadangan itu akan hilang; berkas yang rusak disimpan di folder cadangan.</translation>
    </message>
    <message>
        <location filename="../app.py" line="100" />
        <source>The backup could not be restored</source>
        <translation>Cadangan tidak dapat dipulihkan</translation>
    </message>
    <message>
        <location filename="../app.py" line="180" />
        <source>Assessor cannot open its database</source>
        <translation>Assessor tidak dapat membuka basis datanya</translation>
    </message>
    <message>
        <location filename="../app.py" line="211" />
        <source>Participant mode</source>
        <translation>Mode peserta</translation>
    </message>
</context>
</TS>