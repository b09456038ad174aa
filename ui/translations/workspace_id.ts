<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name />
    <message>
        <location filename="../workspace/question_editor.py" line="40" />
        <source>question text</source>
        <translation>teks soal</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="40" />
        <source>rationale</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="40" />
        <source>learning objective</source>
        <translation>tujuan pembelajaran</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="41" />
        <source>options</source>
        <translation>pilihan jawaban</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="41" />
        <source>answer</source>
        <translation>jawaban</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="41" />
        <source>key</source>
        <translation>kode</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="41" />
        <source>scale</source>
        <translation>skala</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="42" />
        <source>blanks</source>
        <translation>isian</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="45" />
        <source>Blank {0}, answer {1}</source>
        <translation>Isian {0}, jawaban {1}</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="46" />
        <source>Blank {0}</source>
        <translation>Isian {0}</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="48" />
        <source>option</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="49" />
        <source>scale point</source>
        <translation>titik skala</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="52" />
        <source>Missing translation ({lang}): {field}</source>
        <translation>Terjemahan belum ada ({lang}): {field}</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="53" />
        <location filename="../workspace/question_editor.py" line="73" />
        <source>{field} has no text in {lang}</source>
        <translation>{field} belum berisi teks dalam {lang}</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="54" />
        <source>No correct answer is marked</source>
        <translation>Belum ada jawaban benar yang ditandai</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="55" />
        <source>A single-choice question needs exactly one correct option</source>
        <translation>Soal pilihan tunggal perlu tepat satu pilihan yang benar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="56" />
        <source>A multiple-response question needs at least one wrong option</source>
        <translation>Soal pilihan ganda kompleks perlu sedikitnya satu pilihan yang salah</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="57" />
        <source>At least two options are needed</source>
        <translation>Diperlukan sedikitnya dua pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="58" />
        <source>At least two pairs are needed</source>
        <translation>Diperlukan sedikitnya dua pasangan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="59" />
        <source>The question needs a key</source>
        <translation>Soal perlu kode</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="60" />
        <source>The question has no text</source>
        <translation>Soal belum berisi teks</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="61" />
        <source>A scale has 4, 5, 7 or 10 points</source>
        <translation>Skala memiliki 4, 5, 7, atau 10 titik</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="62" />
        <source>{field} has no label in {lang}</source>
        <translation>{field} belum berlabel dalam {lang}</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="63" />
        <source>A survey choice has no correct option</source>
        <translation>Pilihan survei tidak memiliki pilihan yang benar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="64" />
        <source>Choose the topic this self-assessment is about (its change is reported per topic)</source>
        <translation>Pilih topik yang dinilai dalam penilaian diri ini (perubahannya dilaporkan per topik)</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="65" />
        <source>A cloze question needs at least one blank: click Add blank</source>
        <translation>Soal isian memerlukan setidaknya satu isian: klik Tambah isian</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="66" />
        <source>The text in {lang} must mark every blank exactly once: {{#1}}, {{#2}}, …</source>
        <translation>Teks dalam {lang} harus menandai setiap isian tepat satu kali: {{#1}}, {{#2}}, …</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="67" />
        <source>A blank has an unknown kind or display</source>
        <translation>Ada isian dengan jenis atau tampilan yang tidak dikenal</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="68" />
        <source>A blank's weight must be 0 or more, and not every weight 0</source>
        <translation>Bobot isian harus 0 atau lebih, dan tidak semua bobot 0</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="69" />
        <source>{field}: the weight is not a number</source>
        <translation>{field}: bobotnya bukan angka</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="70" />
        <source>{field}: the credit is not a number from -100 to 100</source>
        <translation>{field}: nilainya bukan angka dari -100 sampai 100</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="71" />
        <source>{field}: the value and the tolerance must be numbers, the tolerance 0 or more (* for any other number)</source>
        <translation>{field}: angka dan toleransinya harus berupa angka, toleransi 0 atau lebih (* untuk angka lain apa pun)</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="73" />
        <source>{field} has no text</source>
        <translation>{field} belum berisi teks</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="78" />
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="91" />
        <source>Choose one answer.</source>
        <translation>Pilih satu jawaban.</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="91" />
        <source>Choose all answers that apply.</source>
        <translation>Pilih semua jawaban yang benar.</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="110" />
        <source>Before the training</source>
        <translation>Sebelum pelatihan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="110" />
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../workspace/assessments_page.py" line="43" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="44" />
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="45" />
        <source>Pass mark</source>
        <translation>Batas lulus</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="46" />
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="58" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../workspace/assessments_page.py" line="248" />
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="271" />
        <source>Saved assessments</source>
        <translation>Asesmen tersimpan</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="272" />
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="273" />
        <source>Archive…</source>
        <translation>Arsipkan…</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="274" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="275" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="276" />
        <source>Time limit:</source>
        <translation>Batas waktu:</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="277" />
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="278" />
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="279" />
        <source>Pass mark:</source>
        <translation>Batas lulus:</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="280" />
        <source>Shuffle question order</source>
        <translation>Acak urutan soal</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="281" />
        <source>Shuffle answer options</source>
        <translation>Acak urutan pilihan jawaban</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="282" />
        <source>Show participants their score</source>
        <translation>Tampilkan skor kepada peserta</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="283" />
        <source>Ask for a confidence rating</source>
        <translation>Minta tingkat keyakinan</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="284" />
        <source>Course evaluation</source>
        <translation>Evaluasi pelatihan</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="285" />
        <source>Ratings and comments; nothing is scored.</source>
        <translation>Penilaian dan komentar; tanpa skor.</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="286" />
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="287" />
        <source>Answers are not linked to participants.</source>
        <translation>Jawaban tidak terhubung dengan peserta.</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="290" />
        <source>Questions from banks</source>
        <translation>Soal dari bank</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="291" />
        <source>Search:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="292" />
        <source>Add selected →</source>
        <translation>Tambahkan yang dipilih →</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="293" />
        <source>Per topic:</source>
        <translation>Per topik:</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="294" />
        <source>Draw at random</source>
        <translation>Undi acak</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="295" />
        <source>Questions in this assessment</source>
        <translation>Soal dalam asesmen ini</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="296" />
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="297" />
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="298" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="299" />
        <source>Blueprint: questions per topic and type</source>
        <translation>Kisi-kisi: jumlah soal per topik dan jenis</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="300" />
        <source>Save assessment</source>
        <translation>Simpan asesmen</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="301" />
        <source>This assessment has been used in a session and is locked. Saving your changes makes a copy.</source>
        <translation>Asesmen ini sudah dipakai dalam sesi dan terkunci. Menyimpan perubahan akan membuat salinan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/assessments_page.py" line="381" />
        <source>%n question(s)</source>
        <translation><numerusform>%n soal</numerusform></translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="389" />
        <location filename="../workspace/assessments_page.py" line="390" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="425" />
        <source>Replace questions</source>
        <translation>Ganti soal</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="426" />
        <source>Drawing replaces the {0} questions now in the assessment. Continue?</source>
        <translation>Pengundian akan mengganti {0} soal yang sekarang ada di asesmen. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="437" />
        <source>Cannot draw</source>
        <translation>Tidak dapat mengundi</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="438" />
        <source>The topic "{0}" has only {1} questions.</source>
        <translation>Topik "{0}" hanya memiliki {1} soal.</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="468" />
        <source>Archive assessment</source>
        <translation>Arsipkan asesmen</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="469" />
        <source>Archive "{0}"? It is hidden from this list; its sessions and results are kept.</source>
        <translation>Arsipkan "{0}"? Asesmen ini disembunyikan dari daftar; sesi dan hasilnya tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="503" />
        <location filename="../workspace/assessments_page.py" line="506" />
        <location filename="../workspace/assessments_page.py" line="517" />
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="503" />
        <source>The assessment needs a name.</source>
        <translation>Asesmen perlu nama.</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="506" />
        <source>The assessment has no questions.</source>
        <translation>Asesmen belum berisi soal.</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="510" />
        <source>{0} (copy)</source>
        <translation>{0} (salinan)</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="512" />
        <source>Saved as a copy</source>
        <translation>Disimpan sebagai salinan</translation>
    </message>
    <message>
        <location filename="../workspace/assessments_page.py" line="513" />
        <source>The original is locked, so your changes were saved as "{0}".</source>
        <translation>Asesmen asli terkunci, jadi perubahan Anda disimpan sebagai "{0}".</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="243" />
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="244" />
        <source>Every action that changes results or personal data is recorded here with its details and the laptop it was done on. Entries cannot be changed or deleted.</source>
        <translation>Setiap tindakan yang mengubah hasil atau data pribadi dicatat di sini beserta rinciannya dan laptop tempat tindakan itu dilakukan. Catatan tidak dapat diubah atau dihapus.</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="246" />
        <source>Action:</source>
        <translation>Tindakan:</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="247" />
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="262" />
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs/audit_dialog.py" line="273" />
        <source>%n entries</source>
        <translation><numerusform>%n catatan</numerusform></translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="281" />
        <source>Export audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="282" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="298" />
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="294" />
        <source>Writing the audit log…</source>
        <translation>Menulis log audit…</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="28" />
        <source>Session opened</source>
        <translation>Sesi dibuka</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="29" />
        <source>Session closed</source>
        <translation>Sesi ditutup</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="30" />
        <source>Session re-opened</source>
        <translation>Sesi dibuka kembali</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="31" />
        <source>Test submitted</source>
        <translation>Tes dikirim</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="32" />
        <source>Test resumed</source>
        <translation>Tes dilanjutkan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="33" />
        <source>Retake allowed</source>
        <translation>Tes ulang diizinkan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="34" />
        <source>Attempt voided</source>
        <translation>Pengerjaan dibatalkan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="35" />
        <source>Essay marked</source>
        <translation>Esai dinilai</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="36" />
        <source>Personal data erased</source>
        <translation>Data pribadi dihapus</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="37" />
        <source>Participant details changed</source>
        <translation>Data peserta diubah</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="38" />
        <source>Questions imported</source>
        <translation>Soal diimpor</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="39" />
        <source>Bank deleted</source>
        <translation>Bank soal dihapus</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="40" />
        <source>Cohort archived</source>
        <translation>Angkatan diarsipkan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="41" />
        <source>Cohort deleted (it had no results)</source>
        <translation>Angkatan dihapus (belum memiliki hasil)</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="42" />
        <source>Assessment archived</source>
        <translation>Asesmen diarsipkan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="43" />
        <source>Package or results imported</source>
        <translation>Paket atau hasil diimpor</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="44" />
        <source>Conflict resolved</source>
        <translation>Konflik diselesaikan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="45" />
        <source>Facilitator password changed</source>
        <translation>Kata sandi fasilitator diubah</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="46" />
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="47" />
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="48" />
        <source>Demo data added</source>
        <translation>Data demo ditambahkan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="49" />
        <source>Participant mode left</source>
        <translation>Keluar dari mode peserta</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="50" />
        <source>Wrong password to leave participant mode</source>
        <translation>Kata sandi salah saat keluar dari mode peserta</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="51" />
        <source>Allowed to continue on a new phone</source>
        <translation>Diizinkan melanjutkan di ponsel baru</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="52" />
        <source>Continued on a new phone</source>
        <translation>Dilanjutkan di ponsel baru</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="53" />
        <source>Database copied from another laptop</source>
        <translation>Basis data disalin dari laptop lain</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="54" />
        <source>Answer sheet read from a scan</source>
        <translation>Lembar jawaban dibaca dari hasil pindai</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="55" />
        <source>Answer sheet typed in</source>
        <translation>Lembar jawaban diketik manual</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="56" />
        <source>Evaluation form read from a scan</source>
        <translation>Formulir evaluasi dibaca dari hasil pindai</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="66" />
        <source>cohort</source>
        <translation>angkatan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="67" />
        <source>assessment</source>
        <translation>asesmen</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="68" />
        <source>session</source>
        <translation>sesi</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="69" />
        <source>bank</source>
        <translation>bank soal</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="74" />
        <source>phase</source>
        <translation>tahap</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="75" />
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="76" />
        <source>wrong passwords</source>
        <translation>kata sandi salah</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="77" />
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="78" />
        <source>new versions</source>
        <translation>versi baru</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="79" />
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="80" />
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="81" />
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="84" />
        <source>sent by the participant</source>
        <translation>dikirim oleh peserta</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="85" />
        <source>time ran out</source>
        <translation>waktu habis</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="86" />
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="87" />
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="120" />
        <source>demo data</source>
        <translation>data demo</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="153" />
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="153" />
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="154" />
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../dialogs/audit_dialog.py" line="154" />
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <location filename="../workspace/question_editor.py" line="732" />
        <source>Question bank</source>
        <translation>Bank soal</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="733" />
        <source>Name (English):</source>
        <translation>Nama (Bahasa Inggris):</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="734" />
        <source>Name (Bahasa Indonesia):</source>
        <translation>Nama (Bahasa Indonesia):</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="735" />
        <source>Languages:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="758" />
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="758" />
        <source>A bank needs a name and at least one language.</source>
        <translation>Bank perlu nama dan sedikitnya satu bahasa.</translation>
    </message>
</context>
<context>
    <name>BlanksEditor</name>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="116" />
        <source>Short answer</source>
        <translation>Jawaban singkat</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="116" />
        <source>Number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="117" />
        <source>Choice</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="121" />
        <source>Blanks: blank n is the marker {#n} in the question text; Add blank puts a new one at the cursor.</source>
        <translation>Isian: isian n adalah penanda {#n} dalam teks soal; Tambah isian menaruh isian baru di posisi kursor.</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="123" />
        <source>Add blank</source>
        <translation>Tambah isian</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="124" />
        <source>Remove blank</source>
        <translation>Hapus isian</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="125" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="125" />
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="125" />
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="128" />
        <source>Weight:</source>
        <translation>Bobot:</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="129" />
        <source>Kind of blank</source>
        <translation>Jenis isian</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="130" />
        <source>Weight of the blank in the question's mark</source>
        <translation>Bobot isian dalam nilai soal</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="131" />
        <source>Drop-down list</source>
        <translation>Daftar tarik-turun</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="131" />
        <source>Options in a column</source>
        <translation>Pilihan dalam satu kolom</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="132" />
        <source>Options in a row</source>
        <translation>Pilihan dalam satu baris</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="135" />
        <source>Shuffle the options</source>
        <translation>Acak urutan pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="136" />
        <source>Case matters</source>
        <translation>Huruf besar/kecil dibedakan</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="137" />
        <source>Same answers in every language</source>
        <translation>Jawaban sama di setiap bahasa</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="138" />
        <source>Add answer</source>
        <translation>Tambah jawaban</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="139" />
        <source>Remove answer</source>
        <translation>Hapus jawaban</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="146" />
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="146" />
        <source>Answer ({0})</source>
        <translation>Jawaban ({0})</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="148" />
        <source>Credit (%)</source>
        <translation>Nilai (%)</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="148" />
        <source>Value</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="149" />
        <source>Tolerance (±)</source>
        <translation>Toleransi (±)</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="151" />
        <source>Blank {0}:</source>
        <translation>Isian {0}:</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="154" />
        <source>Accepted answers, each with its credit (100 = full marks; * matches any text):</source>
        <translation>Jawaban yang diterima, masing-masing dengan nilainya (100 = nilai penuh; * cocok dengan teks apa pun):</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="155" />
        <source>Accepted numbers, each with its tolerance and credit (value * = any other number):</source>
        <translation>Angka yang diterima, masing-masing dengan toleransi dan nilainya (angka * = angka lain apa pun):</translation>
    </message>
    <message>
        <location filename="../workspace/cloze_blanks.py" line="156" />
        <source>The options to choose from, each with its credit (100 = the correct one):</source>
        <translation>Pilihan yang tersedia, masing-masing dengan nilainya (100 = yang benar):</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="40" />
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="46" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="47" />
        <source>Organisation:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="48" />
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="49" />
        <source>Start date:</source>
        <translation>Tanggal mulai:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="50" />
        <source>End date:</source>
        <translation>Tanggal selesai:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="51" />
        <source>Trainers (comma-separated):</source>
        <translation>Fasilitator (pisahkan dengan koma):</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="52" />
        <source>Cascade from (ToT cohort):</source>
        <translation>Lanjutan dari (angkatan ToT):</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="57" />
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="57" />
        <source>New cohort</source>
        <translation>Angkatan baru</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="78" />
        <location filename="../workspace/cohorts/dialogs.py" line="81" />
        <location filename="../workspace/cohorts/dialogs.py" line="86" />
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="78" />
        <source>The cohort needs a name.</source>
        <translation>Angkatan perlu nama.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="81" />
        <source>The end date is before the start date.</source>
        <translation>Tanggal selesai lebih awal dari tanggal mulai.</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../workspace/cohorts/page.py" line="210" />
        <source>Cohorts</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="213" />
        <source>Cohorts (training events)</source>
        <translation>Angkatan (kegiatan pelatihan)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="214" />
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="215" />
        <location filename="../workspace/cohorts/page.py" line="219" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="216" />
        <source>Archive…</source>
        <translation>Arsipkan…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="217" />
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="218" />
        <source>Add participant…</source>
        <translation>Tambah peserta…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="220" />
        <source>Correct the selected participant's name, sex, organisation or role</source>
        <translation>Perbaiki nama, jenis kelamin, instansi, atau jabatan peserta yang dipilih</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="221" />
        <source>Erase personal data…</source>
        <translation>Hapus data pribadi…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="222" />
        <source>Remove the selected participant's name and personal details; results stay under the code</source>
        <translation>Hapus nama dan data pribadi peserta yang dipilih; hasil tetap tersimpan di bawah kodenya</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="224" />
        <source>Allow a retake…</source>
        <translation>Izinkan tes ulang…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="225" />
        <source>Let the selected participant take this test again; the submitted attempt is voided (kept, no longer counted)</source>
        <translation>Izinkan peserta yang dipilih mengerjakan tes ini lagi; pengerjaan yang sudah dikirim dibatalkan (tetap disimpan, tidak lagi dihitung)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="227" />
        <source>Import CSV/XLSX…</source>
        <translation>Impor CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="228" />
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="229" />
        <source>Print codes (PDF)…</source>
        <translation>Cetak kode (PDF)…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="230" />
        <source>Roster</source>
        <translation>Daftar peserta</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="231" />
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="232" />
        <source>Assessment:</source>
        <translation>Asesmen:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="233" />
        <source>Phase:</source>
        <translation>Tahap:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="236" />
        <source>Open session</source>
        <translation>Buka sesi</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="239" />
        <source>Close session…</source>
        <translation>Tutup sesi…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="240" />
        <source>Re-open…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="241" />
        <source>Start participant mode</source>
        <translation>Mulai mode peserta</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="242" />
        <source>Mark essays…</source>
        <translation>Nilai esai…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="246" />
        <source>Participants of this session (those who started on this laptop come first):</source>
        <translation>Peserta sesi ini (yang sudah mulai di laptop ini ditampilkan lebih dulu):</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="276" />
        <source>A cohort with results can only be archived.</source>
        <translation>Angkatan yang sudah memiliki hasil hanya dapat diarsipkan.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="331" />
        <source>Archive cohort</source>
        <translation>Arsipkan angkatan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="332" />
        <source>Archive "{0}"? It is hidden from lists; its roster, sessions and results are kept.</source>
        <translation>Arsipkan "{0}"? Angkatan ini disembunyikan dari daftar; daftar peserta, sesi, dan hasilnya tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="342" />
        <location filename="../workspace/cohorts/page.py" line="355" />
        <source>Delete cohort</source>
        <translation>Hapus angkatan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="343" />
        <source>Delete "{0}" with its roster and its sessions? It has no results. The roster's names are also removed from the backups.</source>
        <translation>Hapus "{0}" beserta daftar peserta dan sesinya? Angkatan ini belum memiliki hasil. Nama-nama peserta juga dihapus dari cadangan.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="345" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="391" />
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="399" />
        <source>Erase the personal data of {0}?

Removed for good: the name, sex, organisation and role.
Kept: the participant code {1} and every answer and score filed under it, so the cohort's results stay complete but no longer say who this was.

This cannot be undone. It is recorded in the audit log. Copies already exported or printed (rosters, score sheets, result files) are not changed: delete those separately.</source>
        <translation>Hapus data pribadi {0}?

Dihapus permanen: nama, jenis kelamin, instansi, dan jabatan.
Tetap disimpan: kode peserta {1} serta semua jawaban dan nilai di bawah kode itu, sehingga hasil angkatan tetap lengkap tetapi tidak lagi menunjukkan siapa orangnya.

Tindakan ini tidak dapat dibatalkan dan dicatat dalam log audit. Salinan yang sudah diekspor atau dicetak (daftar peserta, lembar skor, berkas hasil) tidak berubah: hapus salinan itu secara terpisah.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="411" />
        <location filename="../workspace/cohorts/page.py" line="424" />
        <source>Erase personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="413" />
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="430" />
        <source>The personal data were erased.</source>
        <translation>Data pribadi telah dihapus.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="432" />
        <source>Backups rewritten without them: {0}.</source>
        <translation>Cadangan yang ditulis ulang tanpa data itu: {0}.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="435" />
        <source>Damaged backups deleted because they held them and could not be rewritten: {0}.</source>
        <translation>Cadangan rusak yang dihapus karena memuat data itu dan tidak dapat ditulis ulang: {0}.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="438" />
        <source>No backup held them.</source>
        <translation>Tidak ada cadangan yang memuatnya.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="445" />
        <source>Not added</source>
        <translation>Tidak ditambahkan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="451" />
        <source>Import roster</source>
        <translation>Impor daftar peserta</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="452" />
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>Daftar peserta (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="463" />
        <source>Reading the roster…</source>
        <translation>Membaca daftar peserta…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="471" />
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="477" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="477" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="478" />
        <source>Export roster</source>
        <translation>Ekspor daftar peserta</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="478" />
        <source>Print codes</source>
        <translation>Cetak kode</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="486" />
        <source>Participant codes</source>
        <translation>Kode peserta</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="500" />
        <source>Writing the roster…</source>
        <translation>Menulis daftar peserta…</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="506" />
        <source>No assessment</source>
        <translation>Belum ada asesmen</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="506" />
        <source>Build an assessment first.</source>
        <translation>Buat asesmen terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="512" />
        <source>Not opened</source>
        <translation>Tidak dibuka</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="521" />
        <source>Close this session? Nobody can start or continue it until it is re-opened.</source>
        <translation>Tutup sesi ini? Tidak ada yang dapat memulai atau melanjutkannya sampai sesi dibuka kembali.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/cohorts/page.py" line="523" />
        <source>%n participant(s) on this laptop have not submitted.</source>
        <translation><numerusform>%n peserta di laptop ini belum mengirim.</numerusform></translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="524" />
        <source>Close session</source>
        <translation>Tutup sesi</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="534" />
        <source>Re-open session</source>
        <translation>Buka kembali sesi</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="535" />
        <source>Why is the session re-opened? (kept in the audit log)</source>
        <translation>Mengapa sesi dibuka kembali? (dicatat di log audit)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="539" />
        <source>Not re-opened</source>
        <translation>Tidak dibuka kembali</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="539" />
        <location filename="../workspace/cohorts/page.py" line="566" />
        <source>A reason is needed.</source>
        <translation>Alasan wajib diisi.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="560" />
        <source>Allow a retake</source>
        <translation>Izinkan tes ulang</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="561" />
        <source>{0} may take this test again. The submitted attempt is voided: it is kept, but no longer counted. Why? (kept in the audit log)</source>
        <translation>{0} boleh mengerjakan tes ini lagi. Pengerjaan yang sudah dikirim dibatalkan: tetap disimpan, tetapi tidak lagi dihitung. Apa alasannya? (dicatat dalam log audit)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/page.py" line="566" />
        <location filename="../workspace/cohorts/page.py" line="577" />
        <source>No retake</source>
        <translation>Tes ulang tidak diizinkan</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="98" />
        <source>empty: generated</source>
        <translation>kosong: dibuat otomatis</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="106" />
        <source>The code cannot be changed: results are filed under it.</source>
        <translation>Kode tidak dapat diubah: hasil disimpan di bawah kode ini.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="111" />
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="112" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="113" />
        <source>Sex:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="114" />
        <source>Organisation:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="115" />
        <source>Role:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="120" />
        <source>Add participant</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="120" />
        <source>Edit participant</source>
        <translation>Ubah data peserta</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../workspace/question_editor.py" line="348" />
        <source>Edit question</source>
        <translation>Ubah soal</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="348" />
        <source>New question</source>
        <translation>Soal baru</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="349" />
        <source>Key:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="350" />
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="351" />
        <source>Topic:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="352" />
        <source>Source:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="353" />
        <source>Correct answer:</source>
        <translation>Jawaban benar:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="354" />
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="355" />
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="356" />
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="357" />
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="358" />
        <source>Learning objective</source>
        <translation>Tujuan pembelajaran</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="359" />
        <source>Rationale</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="360" />
        <source>Image description</source>
        <translation>Keterangan gambar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="361" />
        <source>Image:</source>
        <translation>Gambar:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="362" />
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="362" />
        <source>Replace image…</source>
        <translation>Ganti gambar…</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="363" />
        <source>Remove image</source>
        <translation>Hapus gambar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="364" />
        <source>Option image…</source>
        <translation>Gambar pilihan…</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="365" />
        <source>Remove option image</source>
        <translation>Hapus gambar pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="366" />
        <source>Description of the option's image:</source>
        <translation>Keterangan gambar pilihan:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="368" />
        <source>Description of the option's image</source>
        <translation>Keterangan gambar pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="372" />
        <source>Points on the scale:</source>
        <translation>Jumlah titik skala:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="373" />
        <source>Label of each point (the first and the last are needed):</source>
        <translation>Label tiap titik (yang pertama dan terakhir wajib diisi):</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="376" />
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="429" />
        <source>No image</source>
        <translation>Tanpa gambar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="429" />
        <source>Image missing</source>
        <translation>Gambar tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="431" />
        <source>{0} image, {1}×{2} pixels, {3} KB</source>
        <translation>Gambar {0}, {1}×{2} piksel, {3} KB</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="454" />
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="455" />
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="458" />
        <source>question {0}</source>
        <translation>soal {0}</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="462" />
        <location filename="../workspace/question_editor.py" line="466" />
        <source>Image not added</source>
        <translation>Gambar tidak ditambahkan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="462" />
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} tidak dapat dibaca ({1}).</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="502" />
        <source>Option image</source>
        <translation>Gambar pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="502" />
        <source>Select an option first.</source>
        <translation>Pilih sebuah pilihan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="625" />
        <source>Options (tick the correct ones):</source>
        <translation>Pilihan jawaban (centang yang benar):</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="375" />
        <source>Correct</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="379" />
        <source>Add option</source>
        <translation>Tambah pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="380" />
        <source>Remove option</source>
        <translation>Hapus pilihan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="381" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="382" />
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="383" />
        <source>Participant preview</source>
        <translation>Pratinjau peserta</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="384" />
        <source>Version history</source>
        <translation>Riwayat versi</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="387" />
        <source>This version (v{0}) has been answered in an attempt. Saving makes a new version (v{1}); results stay with the version that was answered.</source>
        <translation>Versi ini (v{0}) sudah pernah dijawab. Menyimpan akan membuat versi baru (v{1}); hasil tetap terkait dengan versi yang dijawab.</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="393" />
        <source>Version {0}</source>
        <translation>Versi {0}</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="626" />
        <source>Options (a survey choice has no correct answer):</source>
        <translation>Pilihan (pilihan survei tidak memiliki jawaban benar):</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="689" />
        <source>Key in use</source>
        <translation>Kode sudah dipakai</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="690" />
        <source>This bank already has a question with the key {0}.</source>
        <translation>Bank ini sudah memiliki soal dengan kode {0}.</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="699" />
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="703" />
        <source>New version</source>
        <translation>Versi baru</translation>
    </message>
    <message>
        <location filename="../workspace/question_editor.py" line="704" />
        <source>The question had been answered, so your changes were saved as version {0}. Earlier results keep the version that was answered.</source>
        <translation>Soal ini sudah pernah dijawab, jadi perubahan Anda disimpan sebagai versi {0}. Hasil sebelumnya tetap memakai versi yang dijawab.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="12" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="12" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="13" />
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="13" />
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="14" />
        <source>Pre-test</source>
        <translation>Tes awal</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="14" />
        <source>Post-test</source>
        <translation>Tes akhir</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="15" />
        <source>Follow-up</source>
        <translation>Tes lanjutan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="16" />
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="16" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="17" />
        <source>(new code)</source>
        <translation>(kode baru)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="18" />
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="19" />
        <source>(personal data erased)</source>
        <translation>(data pribadi dihapus)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="21" />
        <source>needs a code or a name</source>
        <translation>perlu kode atau nama</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="22" />
        <source>code appears twice in the file</source>
        <translation>kode muncul dua kali dalam berkas</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="23" />
        <source>code is already on the roster</source>
        <translation>kode sudah ada di daftar peserta</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="24" />
        <source>sex not recognised (use F/M, perempuan/laki-laki, other)</source>
        <translation>jenis kelamin tidak dikenali (gunakan P/L, perempuan/laki-laki, lainnya)</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/texts.py" line="25" />
        <source>code may only contain letters, digits, - and _</source>
        <translation>kode hanya boleh berisi huruf, angka, - dan _</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="35" />
        <location filename="../workspace/cohorts/models.py" line="60" />
        <location filename="../workspace/cohorts/models.py" line="86" />
        <location filename="../workspace/cohorts/models.py" line="139" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="35" />
        <location filename="../workspace/cohorts/models.py" line="61" />
        <location filename="../workspace/cohorts/models.py" line="87" />
        <source>Organisation</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="36" />
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="36" />
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="37" />
        <source>Cascade from</source>
        <translation>Lanjutan dari</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="60" />
        <location filename="../workspace/cohorts/models.py" line="85" />
        <location filename="../workspace/cohorts/models.py" line="139" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="61" />
        <location filename="../workspace/cohorts/models.py" line="86" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="62" />
        <location filename="../workspace/cohorts/models.py" line="87" />
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="85" />
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="88" />
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="113" />
        <source>Phase</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="113" />
        <source>Assessment</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="114" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="114" />
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="115" />
        <location filename="../workspace/cohorts/models.py" line="143" />
        <source>Submitted</source>
        <translation>Sudah dikirim</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="140" />
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="140" />
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="141" />
        <source>Checked in</source>
        <translation>Sudah hadir</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="142" />
        <source>Answering</source>
        <translation>Sedang menjawab</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="144" />
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/models.py" line="145" />
        <source>Not started</source>
        <translation>Belum mulai</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="162" />
        <source>{0}: {1} rows, {2} with problems. Fix the file and import it again; nothing has been saved.</source>
        <translation>{0}: {1} baris, {2} bermasalah. Perbaiki berkas lalu impor lagi; belum ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="166" />
        <source>{0}: {1} participants ready to add. Empty codes will be generated.</source>
        <translation>{0}: {1} peserta siap ditambahkan. Kode yang kosong akan dibuat otomatis.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="169" />
        <source>Text encoding: {0}.</source>
        <translation>Pengodean teks: {0}.</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="172" />
        <source>Add to roster</source>
        <translation>Tambahkan ke daftar peserta</translation>
    </message>
    <message>
        <location filename="../workspace/cohorts/dialogs.py" line="180" />
        <source>Import roster</source>
        <translation>Impor daftar peserta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="99" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="100" />
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="101" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="102" />
        <source>Font size:</source>
        <translation>Ukuran huruf:</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="103" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="104" />
        <source>Facilitator password</source>
        <translation>Kata sandi fasilitator</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="105" />
        <source>Current password:</source>
        <translation>Kata sandi saat ini:</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="106" />
        <source>New password:</source>
        <translation>Kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="107" />
        <source>Repeat new password:</source>
        <translation>Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="108" />
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="110" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="111" />
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="159" />
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="161" />
        <source>The new password needs at least {} characters.</source>
        <translation>Kata sandi baru perlu sedikitnya {} karakter.</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="163" />
        <source>The two new passwords differ.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="171" />
        <source>Password not changed</source>
        <translation>Kata sandi tidak diganti</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="176" />
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="176" />
        <source>The facilitator password was changed.</source>
        <translation>Kata sandi fasilitator telah diganti.</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="181" />
        <source>Back up the database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="146" />
        <location filename="../dialogs/settings_dialog.py" line="182" />
        <source>Database (*.db)</source>
        <translation>Basis data (*.db)</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="112" />
        <source>Copy the database to…</source>
        <translation>Salin basis data ke…</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="113" />
        <source>Backups…</source>
        <translation>Cadangan…</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="114" />
        <source>Database file:</source>
        <translation>Berkas basis data:</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="115" />
        <source>Use another database file…</source>
        <translation>Gunakan berkas basis data lain…</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="118" />
        <source>From the next start Assessor opens {0}.</source>
        <translation>Mulai dari pembukaan berikutnya, Assessor membuka {0}.</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="145" />
        <source>Database file to use from the next start</source>
        <translation>Berkas basis data yang dipakai mulai pembukaan berikutnya</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="191" />
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="198" />
        <source>Backing up the database…</source>
        <translation>Mencadangkan basis data…</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="202" />
        <source>Saved: {0}</source>
        <translation>Tersimpan: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="206" />
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
</context>
</TS>