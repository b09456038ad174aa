<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="18" />
        <source>made by hand</source>
        <translation>dibuat manual</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="19" />
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="20" />
        <source>before an update</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="21" />
        <source>before an import</source>
        <translation>sebelum impor</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="22" />
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="64" />
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="65" />
        <source>Assessor backs up the database before every update and import, and once a day. The newest {0} are kept in {1}.</source>
        <translation>Assessor mencadangkan basis data sebelum setiap pembaruan dan impor, serta sekali sehari. {0} cadangan terbaru disimpan di {1}.</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="68" />
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="68" />
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="68" />
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="68" />
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="69" />
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="70" />
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="84" />
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="85" />
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="85" />
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="107" />
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="114" />
        <source>Backing up the database…</source>
        <translation>Mencadangkan basis data…</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="118" />
        <source>Backed up to {0}.</source>
        <translation>Dicadangkan ke {0}.</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="123" />
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="123" />
        <source>The backup was not made: {0}</source>
        <translation>Cadangan tidak dibuat: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="131" />
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="132" />
        <source>All data in {0} will be replaced by the backup made {1}; everything entered after it is lost. The current database is backed up first. Assessor then closes; start it again.</source>
        <translation>Semua data di {0} akan diganti dengan cadangan yang dibuat {1}; semua yang dimasukkan setelahnya akan hilang. Basis data saat ini dicadangkan terlebih dahulu. Setelah itu Assessor ditutup; bukalah lagi.</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="143" />
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="146" />
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="151" />
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="152" />
        <source>The backup was restored. Assessor closes now; start it again to go on.</source>
        <translation>Cadangan telah dipulihkan. Assessor sekarang ditutup; bukalah lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="157" />
        <source>Restore failed</source>
        <translation>Pemulihan gagal</translation>
    </message>
    <message>
        <location filename="../dialogs/backups_dialog.py" line="158" />
        <source>The backup was not restored ({0}). Assessor closes now; start it again: the database is as it was.</source>
        <translation>Cadangan tidak dipulihkan ({0}). Assessor sekarang ditutup; bukalah lagi: basis data tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="27" />
        <source>The paper forms of a course evaluation are read from scans or photos; the keyboard grid is for knowledge tests.</source>
        <translation>Formulir kertas evaluasi pelatihan dibaca dari hasil pindai atau foto; kisi papan ketik hanya untuk tes pengetahuan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="28" />
        <source>A typed comment was given for an item that is not a comment item of this form.</source>
        <translation>Komentar yang diketik diberikan untuk butir yang bukan butir komentar di formulir ini.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="29" />
        <source>The typed comment is longer than a comment may be; shorten it.</source>
        <translation>Komentar yang diketik lebih panjang dari batas komentar; persingkat.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="30" />
        <source>Assessor is already open on this database. Use that window, or close it first.</source>
        <translation>Assessor sudah terbuka pada basis data ini. Gunakan jendela itu, atau tutup terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="31" />
        <source>This course evaluation is anonymous: it is taken without linking the answers to the participant.</source>
        <translation>Evaluasi pelatihan ini anonim: diisi tanpa menghubungkan jawaban dengan peserta.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="32" />
        <source>Only a course evaluation can be taken anonymously.</source>
        <translation>Hanya evaluasi pelatihan yang dapat diisi secara anonim.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="33" />
        <source>This assessment has been used in a session and is locked; make a copy to change it.</source>
        <translation>Asesmen ini sudah dipakai dalam sesi dan terkunci; buat salinannya untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="34" />
        <source>A confidence rating in the file is outside 1 to 4; nothing was read.</source>
        <translation>Ada tingkat keyakinan dalam berkas yang di luar 1 sampai 4; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="35" />
        <source>The number of questions to draw cannot be negative.</source>
        <translation>Jumlah soal yang diambil tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="36" />
        <source>This file is not an Assessor database, or it is damaged.</source>
        <translation>Berkas ini bukan basis data Assessor, atau sudah rusak.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="37" />
        <source>The end date is before the start date.</source>
        <translation>Tanggal selesai lebih awal daripada tanggal mulai.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="38" />
        <location filename="../errors.py" line="78" />
        <source>The file's text encoding cannot be read; save it as UTF-8 and try again.</source>
        <translation>Pengodean teks berkas tidak dapat dibaca; simpan sebagai UTF-8 lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="39" />
        <source>This file format is not known to Assessor.</source>
        <translation>Format berkas ini tidak dikenal oleh Assessor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="40" />
        <source>The first row of the file does not name the expected columns.</source>
        <translation>Baris pertama berkas tidak memuat nama kolom yang diharapkan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="41" />
        <source>A mark in the file is outside 0 to 1; nothing was read.</source>
        <translation>Ada nilai dalam berkas yang di luar 0 sampai 1; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="42" />
        <source>An essay's mark is from 0 % to 100 % of the question's maximum.</source>
        <translation>Nilai esai adalah 0 % sampai 100 % dari nilai maksimum soal.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="43" />
        <source>Only the essays of a submitted test can be marked.</source>
        <translation>Hanya esai dari tes yang sudah dikirim yang dapat dinilai.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="44" />
        <source>This question is not an essay of this test, so it takes no facilitator's mark.</source>
        <translation>Soal ini bukan esai dalam tes ini, sehingga tidak dinilai oleh fasilitator.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="45" />
        <source>A value in the file is not a valid number; nothing was read.</source>
        <translation>Ada nilai dalam berkas yang bukan angka yang sah; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="46" />
        <source>A cohort cannot be its own parent cohort.</source>
        <translation>Sebuah angkatan tidak dapat menjadi induk bagi dirinya sendiri.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="47" />
        <source>The pass mark must be between 0 and 100.</source>
        <translation>Batas lulus harus antara 0 dan 100.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="48" />
        <source>A phase in the file is not pre, post or followup; nothing was read.</source>
        <translation>Ada tahap dalam berkas yang bukan pre, post, atau followup; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="49" />
        <source>The file holds records Assessor cannot use; nothing was imported.</source>
        <translation>Berkas memuat data yang tidak dapat dipakai Assessor; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="50" />
        <source>That answer does not fit this question.</source>
        <translation>Jawaban itu tidak sesuai dengan soal ini.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="51" />
        <source>A value for sex is not one of the accepted ones.</source>
        <translation>Nilai jenis kelamin tidak termasuk yang diterima.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="52" />
        <source>This file is not a readable Excel workbook.</source>
        <translation>Berkas ini bukan buku kerja Excel yang dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="53" />
        <source>This zip file cannot be read; nothing was imported.</source>
        <translation>Berkas zip ini tidak dapat dibaca; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="54" />
        <source>The bank file has errors; nothing was loaded. Fix them and try again.</source>
        <translation>Berkas bank soal memuat galat; tidak ada yang dimuat. Perbaiki lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="55" />
        <source>Nobody in this cohort has taken a test yet, so no score sheet was written.</source>
        <translation>Belum ada peserta angkatan ini yang mengerjakan tes, jadi tidak ada lembar skor yang dibuat.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="56" />
        <source>This database holds real cohorts, so no demo data was added; open the demo in a database of its own.</source>
        <translation>Basis data ini berisi angkatan sungguhan, jadi data demo tidak ditambahkan; buka demo di basis data tersendiri.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="57" />
        <source>This cohort has results and cannot be deleted; archive it instead.</source>
        <translation>Angkatan ini sudah memiliki hasil dan tidak dapat dihapus; arsipkan saja.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="58" />
        <source>This cohort is the parent of other cohorts and cannot be deleted; archive it instead.</source>
        <translation>Angkatan ini adalah induk angkatan lain dan tidak dapat dihapus; arsipkan saja.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="59" />
        <source>Audio and video are not supported: a question or option shows PNG or JPEG images only (an SVG picture is stored as PNG).</source>
        <translation>Audio dan video tidak didukung: soal atau pilihan hanya menampilkan gambar PNG atau JPEG (gambar SVG disimpan sebagai PNG).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="60" />
        <source>This file is not a whole PNG or JPEG image.</source>
        <translation>Berkas ini bukan gambar PNG atau JPEG yang utuh.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="61" />
        <source>This image is too large: at most 2 MB and 4096 pixels a side.</source>
        <translation>Gambar ini terlalu besar: paling banyak 2 MB dan 4096 piksel per sisi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="62" />
        <source>A question shows an image that is not stored with it; nothing was saved.</source>
        <translation>Sebuah soal menampilkan gambar yang tidak tersimpan bersamanya; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="63" />
        <source>This image is not in the database.</source>
        <translation>Gambar ini tidak ada di basis data.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="64" />
        <source>This bank is used by an assessment and cannot be deleted; archive it instead.</source>
        <translation>Bank soal ini dipakai oleh asesmen dan tidak dapat dihapus; arsipkan saja.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="65" />
        <source>Another program is using the database; close it and try again.</source>
        <translation>Program lain sedang memakai basis data; tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="66" />
        <source>The disk is full; free some space and try again.</source>
        <translation>Disk penuh; kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="67" />
        <source>This file is damaged; nothing was imported. Copy it again from the laptop it came from.</source>
        <translation>Berkas ini rusak; tidak ada yang diimpor. Salin lagi dari laptop asalnya.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="68" />
        <source>This backup is damaged; choose another backup.</source>
        <translation>Cadangan ini rusak; pilih cadangan lain.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="69" />
        <source>Stored marks of an attempt do not match its test; the database was changed outside Assessor. Restore a good backup of it.</source>
        <translation>Nilai tersimpan dari sebuah pengerjaan tidak cocok dengan tesnya; basis data diubah di luar Assessor. Pulihkan cadangan yang baik darinya.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="70" />
        <source>The database is damaged, so Assessor did not change it. Restore a good backup of it.</source>
        <translation>Basis data rusak, jadi Assessor tidak mengubahnya. Pulihkan cadangan yang baik darinya.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="71" />
        <source>The database refused a record of this file; nothing was imported.</source>
        <translation>Basis data menolak satu data dari berkas ini; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="72" />
        <source>The file gives the same answer twice; nothing was read.</source>
        <translation>Berkas memuat jawaban yang sama dua kali; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="73" />
        <source>This participant code is already on the roster.</source>
        <translation>Kode peserta ini sudah ada dalam daftar peserta.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="74" />
        <source>An assessment cannot contain the same question twice.</source>
        <translation>Sebuah asesmen tidak boleh memuat soal yang sama dua kali.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="75" />
        <location filename="../errors.py" line="76" />
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="77" />
        <source>A required value in the file is empty; nothing was read.</source>
        <translation>Ada nilai wajib dalam berkas yang kosong; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="79" />
        <source>A course evaluation cannot hold scored questions; put them in a knowledge test.</source>
        <translation>Evaluasi pelatihan tidak boleh berisi soal yang dinilai; masukkan soal tersebut ke tes pengetahuan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="80" />
        <source>A row of the file has the wrong number of columns; nothing was read.</source>
        <translation>Ada baris berkas dengan jumlah kolom yang salah; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="81" />
        <source>The first row of the file names a column twice.</source>
        <translation>Baris pertama berkas menyebut satu kolom dua kali.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="82" />
        <source>Some questions of the file are not in the bank, or differ from the bank's; nothing was imported.</source>
        <translation>Beberapa soal dalam berkas tidak ada di bank soal, atau berbeda dari soal di bank soal; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="83" />
        <source>Assessor's languages are English (en) and Indonesian (id).</source>
        <translation>Bahasa Assessor adalah bahasa Inggris (en) dan bahasa Indonesia (id).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="84" />
        <source>The file has errors; nothing was imported. Fix them, or import the valid questions only.</source>
        <translation>Berkas memuat galat; tidak ada yang diimpor. Perbaiki, atau impor hanya soal yang valid.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="85" />
        <source>The file contradicts itself; nothing was read.</source>
        <translation>Isi berkas saling bertentangan; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="86" />
        <source>The file lacks required columns; nothing was read.</source>
        <translation>Berkas tidak memuat kolom wajib; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="87" />
        <source>A name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="88" />
        <source>This database was written by a newer Assessor and was not changed. Install the newer Assessor to open it.</source>
        <translation>Basis data ini ditulis oleh Assessor versi lebih baru dan tidak diubah. Pasang Assessor versi lebih baru untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89" />
        <source>This file was written by a newer Assessor; nothing was imported. Install the newer Assessor.</source>
        <translation>Berkas ini ditulis oleh Assessor versi lebih baru; tidak ada yang diimpor. Pasang Assessor versi lebih baru.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="90" />
        <location filename="../errors.py" line="115" />
        <source>There is no cohort with that name.</source>
        <translation>Tidak ada angkatan dengan nama itu.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="91" />
        <source>There is no conflict to resolve for this attempt.</source>
        <translation>Tidak ada konflik yang perlu diselesaikan untuk pengerjaan ini.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="92" />
        <source>The file was not found.</source>
        <translation>Berkas tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="93" />
        <source>No question could be read from the file; nothing was imported.</source>
        <translation>Tidak ada soal yang dapat dibaca dari berkas; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="94" />
        <source>The session was not found in this database.</source>
        <translation>Sesi tidak ditemukan dalam basis data ini.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="95" />
        <source>This evaluation is linked to participants; take it as an ordinary test.</source>
        <translation>Evaluasi ini terhubung dengan peserta; isi seperti tes biasa.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="96" />
        <source>This is not an Assessor package or results file; nothing was imported.</source>
        <translation>Ini bukan berkas paket atau hasil Assessor; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="97" />
        <source>This participant has no test in this session to retake.</source>
        <translation>Peserta ini tidak memiliki tes dalam sesi ini untuk diulang.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="98" />
        <source>What you asked for was not found.</source>
        <translation>Yang Anda cari tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="99" />
        <source>Only a submitted test can be chosen as the one that counts.</source>
        <translation>Hanya tes yang sudah dikirim yang dapat dipilih sebagai tes yang dihitung.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="100" />
        <source>This file is protected by a password; give the password to open it.</source>
        <translation>Berkas ini dilindungi kata sandi; masukkan kata sandi untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="101" />
        <source>This file is not an Assessor database; nothing was read from it.</source>
        <translation>Berkas ini bukan basis data Assessor; tidak ada yang dibaca darinya.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="102" />
        <source>The facilitator password is too short.</source>
        <translation>Kata sandi fasilitator terlalu pendek.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="103" />
        <source>The classroom server cannot use this network port; another program may be using it.</source>
        <translation>Server kelas tidak dapat memakai port jaringan ini; mungkin sedang dipakai program lain.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104" />
        <source>Please give a reason.</source>
        <translation>Mohon berikan alasan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="105" />
        <source>The backup could not be restored; the damaged database was not changed.</source>
        <translation>Cadangan tidak dapat dipulihkan; basis data yang rusak tidak diubah.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="106" />
        <source>That is the open database itself.</source>
        <translation>Itu adalah basis data yang sedang terbuka.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="107" />
        <source>This session is closed; re-open it first.</source>
        <translation>Sesi ini ditutup; buka kembali terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="108" />
        <source>The folder is read-only; use a folder or USB stick Assessor may write to.</source>
        <translation>Folder ini hanya-baca; gunakan folder atau flashdisk yang boleh ditulisi Assessor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="109" />
        <source>This file was changed after it was written; nothing was imported.</source>
        <translation>Berkas ini diubah setelah ditulis; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="110" />
        <source>A knowledge test cannot hold course-evaluation items; put them in a course evaluation.</source>
        <translation>Tes pengetahuan tidak boleh berisi butir evaluasi pelatihan; masukkan butir tersebut ke evaluasi pelatihan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="111" />
        <source>The time for this test is up.</source>
        <translation>Waktu untuk tes ini sudah habis.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="112" />
        <source>A topic has fewer questions than you asked to draw.</source>
        <translation>Ada topik yang jumlah soalnya lebih sedikit daripada yang diminta.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="113" />
        <source>This file is far larger than any Assessor file; nothing was imported.</source>
        <translation>Berkas ini jauh lebih besar daripada berkas Assessor mana pun; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="114" />
        <source>This file is cut short (was the USB stick removed while it was written?); nothing was imported.</source>
        <translation>Berkas ini terpotong (apakah USB dicabut saat berkas ditulis?); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="116" />
        <location filename="../errors.py" line="134" />
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="117" />
        <source>This is the other kind of Assessor file (a package where results were expected, or the reverse).</source>
        <translation>Ini jenis berkas Assessor yang lain (paket padahal yang diharapkan berkas hasil, atau sebaliknya).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="118" />
        <source>That password is too short to protect the file; use at least 6 characters.</source>
        <translation>Kata sandi itu terlalu pendek untuk melindungi berkas; gunakan sedikitnya 6 karakter.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="119" />
        <source>The password is wrong; nothing was imported.</source>
        <translation>Kata sandi salah; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="120" />
        <source>This zip file is unsafe to open; nothing was read.</source>
        <translation>Berkas zip ini tidak aman untuk dibuka; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="121" />
        <source>This zip file is too large; nothing was read.</source>
        <translation>Berkas zip ini terlalu besar; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="122" />
        <source>This zip file has too many members; nothing was read.</source>
        <translation>Berkas zip ini memuat terlalu banyak isi; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="123" />
        <source>That key does not fit the question (a printed letter, T or F, R or W, or - for no answer).</source>
        <translation>Tombol itu tidak cocok dengan soalnya (huruf yang tercetak, T atau F, R atau W, atau - untuk tidak menjawab).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="124" />
        <source>This PDF cannot be read.</source>
        <translation>PDF ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="125" />
        <source>The two entries differ; check the sheet and type the differing answers again.</source>
        <translation>Kedua entri berbeda; periksa lembarnya dan ketik ulang jawaban yang berbeda.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="126" />
        <source>The facilitator's mark cannot be stored for this question.</source>
        <translation>Nilai dari fasilitator tidak dapat disimpan untuk soal ini.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="127" />
        <source>The file or folder was not found.</source>
        <translation>Berkas atau folder tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="128" />
        <source>This file is not an image that can be read (PNG, JPEG, TIFF, BMP or WebP).</source>
        <translation>Berkas ini bukan gambar yang dapat dibaca (PNG, JPEG, TIFF, BMP atau WebP).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="129" />
        <source>This sheet was printed for another version of the form; it was not read.</source>
        <translation>Lembar ini dicetak untuk versi lain dari formulir tes; lembar tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="130" />
        <source>This sheet belongs to another session; it was not read.</source>
        <translation>Lembar ini milik sesi lain; lembar tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="131" />
        <source>Reading scanned sheets is not installed in this copy of Assessor.</source>
        <translation>Fitur membaca lembar hasil pindai tidak terpasang pada salinan Assessor ini.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="132" />
        <source>This sheet's participant is not on the session's roster; it was not read.</source>
        <translation>Peserta pada lembar ini tidak ada di daftar peserta sesi; lembar tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="133" />
        <source>This sheet belongs to a session that is not in this database; it was not read.</source>
        <translation>Lembar ini milik sesi yang tidak ada di basis data ini; lembar tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="135" />
        <source>The entry does not have one answer for every question of the sheet.</source>
        <translation>Entri tidak memiliki satu jawaban untuk setiap soal di lembar.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="136" />
        <source>No Assessor QR code was found on this page (is it an answer sheet, and is the QR code in the picture?).</source>
        <translation>Tidak ada kode QR Assessor di halaman ini (apakah ini lembar jawaban, dan apakah kode QR ada di foto?).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="137" />
        <source>A black corner square was not found; photograph the whole page with its four corners.</source>
        <translation>Kotak hitam di sudut tidak ditemukan; foto seluruh halaman dengan keempat sudutnya.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="138" />
        <source>A page of this answer sheet is missing; read all its pages together.</source>
        <translation>Ada halaman lembar jawaban ini yang hilang; baca semua halamannya bersama-sama.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="139" />
        <source>This sheet was read before with other answers; void that paper attempt first to read it again.</source>
        <translation>Lembar ini pernah dibaca dengan jawaban lain; batalkan pengerjaan kertas itu dulu untuk membacanya lagi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="140" />
        <source>No bubble is filled on this sheet; nothing was read.</source>
        <translation>Tidak ada bulatan yang dihitamkan di lembar ini; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="141" />
        <source>This zip file contains an unsafe path; nothing was read.</source>
        <translation>Berkas zip ini memuat jalur yang tidak aman; tidak ada yang dibaca.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="173" />
        <source>The details are in {0}.</source>
        <translation>Rinciannya ada di {0}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="176" />
        <source>Assessor could not read or write its files (the disk may be full, a USB stick removed, or a file read-only). Check the disk and restart Assessor; the details are in {0}.</source>
        <translation>Assessor tidak dapat membaca atau menulis berkasnya (disk mungkin penuh, USB dicabut, atau berkas hanya-baca). Periksa disk dan buka ulang Assessor; rinciannya ada di {0}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="178" />
        <source>Something unexpected went wrong. Your saved data is safe; restart Assessor if something looks wrong. The details are in {0}.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data Anda yang sudah tersimpan tetap aman; buka ulang Assessor jika ada yang tampak salah. Rinciannya ada di {0}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="201" />
        <source>Assessor: something went wrong</source>
        <translation>Assessor: terjadi kesalahan</translation>
    </message>
</context>
</TS>