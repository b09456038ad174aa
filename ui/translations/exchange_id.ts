<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../file_menu.py" line="213" />
        <source>Resolve conflicts</source>
        <translation>Selesaikan konflik</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="222" />
        <source>There are no conflicts: every participant has at most one submitted attempt per session.</source>
        <translation>Tidak ada konflik: setiap peserta paling banyak memiliki satu pengerjaan yang dikirim per sesi.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="225" />
        <source>These participants submitted the same test on more than one laptop. Choose the attempt that counts; the others are kept but no longer count.</source>
        <translation>Peserta berikut mengirim tes yang sama di lebih dari satu laptop. Pilih pengerjaan yang dihitung; yang lain tetap disimpan tetapi tidak lagi dihitung.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="228" />
        <source>Participant {code}</source>
        <translation>Peserta {code}</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="232" />
        <source>this laptop</source>
        <translation>laptop ini</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="234" />
        <source>Laptop {device}, submitted {when}, score {score}%</source>
        <translation>Laptop {device}, dikirim {when}, skor {score}%</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../file_menu.py" line="32" />
        <source>This is not an Assessor package or results file.</source>
        <translation>Ini bukan berkas paket atau hasil Assessor.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="33" />
        <source>The file is incomplete: its end is missing (was the USB stick removed too early?).</source>
        <translation>Berkas tidak lengkap: bagian akhirnya hilang (apakah flashdisk dicabut terlalu cepat?).</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="35" />
        <source>The file is damaged.</source>
        <translation>Berkas rusak.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="36" />
        <source>The file was changed after it was written.</source>
        <translation>Berkas telah diubah setelah ditulis.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="37" />
        <source>The file was changed after it was sealed with its password.</source>
        <translation>Berkas telah diubah setelah dikunci dengan kata sandinya.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="38" />
        <source>The password is wrong.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="39" />
        <source>This file is protected by a password.</source>
        <translation>Berkas ini dilindungi kata sandi.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="40" />
        <source>This file was written by a newer version of Assessor; install the newer version to open it.</source>
        <translation>Berkas ini ditulis oleh Assessor versi yang lebih baru; pasang versi yang lebih baru untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="42" />
        <source>This is a results file where a package was expected, or the reverse; use the other command.</source>
        <translation>Ini berkas hasil padahal yang diharapkan paket, atau sebaliknya; gunakan perintah yang lain.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="44" />
        <source>The records in the file are incomplete or malformed.</source>
        <translation>Data di dalam berkas tidak lengkap atau formatnya salah.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="45" />
        <source>The database refused one of the records.</source>
        <translation>Basis data menolak salah satu data.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="46" />
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="48" />
        <source>The file was refused.</source>
        <translation>Berkas ditolak.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="50" />
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="51" />
        <source>already present, nothing changed</source>
        <translation>sudah ada, tidak ada yang berubah</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="52" />
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="55" />
        <source>cohorts</source>
        <translation>angkatan</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="56" />
        <source>participants</source>
        <translation>peserta</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="57" />
        <source>sessions</source>
        <translation>sesi</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="58" />
        <source>assessments</source>
        <translation>asesmen</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="59" />
        <source>question versions</source>
        <translation>versi soal</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="60" />
        <source>banks</source>
        <translation>bank soal</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="61" />
        <source>attempts</source>
        <translation>pengerjaan</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="62" />
        <source>answer events</source>
        <translation>catatan jawaban</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../file_menu.py" line="280" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="281" />
        <source>Export session package…</source>
        <translation>Ekspor paket sesi…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="282" />
        <source>Open package…</source>
        <translation>Buka paket…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="283" />
        <source>Export results…</source>
        <translation>Ekspor hasil…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="284" />
        <source>Import results…</source>
        <translation>Impor hasil…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="285" />
        <source>Merge another database…</source>
        <translation>Gabungkan basis data lain…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="286" />
        <source>Resolve conflicts…</source>
        <translation>Selesaikan konflik…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="289" />
        <source>Save results automatically to a folder… (now: {folder})</source>
        <translation>Simpan hasil otomatis ke folder… (sekarang: {folder})</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="292" />
        <source>Save results automatically to a folder… (now: off)</source>
        <translation>Simpan hasil otomatis ke folder… (sekarang: mati)</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="340" />
        <source>Nothing was changed</source>
        <translation>Tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="341" />
        <source>The operation failed.</source>
        <translation>Operasi gagal.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="343" />
        <source>Nothing was imported or changed.</source>
        <translation>Tidak ada yang diimpor atau diubah.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="365" />
        <source>All sessions (everything in this database)</source>
        <translation>Semua sesi (seluruh isi basis data ini)</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="376" />
        <location filename="../file_menu.py" line="379" />
        <source>Export session package</source>
        <translation>Ekspor paket sesi</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="377" />
        <source>There is no session yet. Open a session for a cohort first.</source>
        <translation>Belum ada sesi. Buka sesi untuk suatu angkatan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="380" />
        <source>Session to run on the participants' laptops:</source>
        <translation>Sesi yang dijalankan di laptop peserta:</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="384" />
        <source>Save the package</source>
        <translation>Simpan paket</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="385" />
        <location filename="../file_menu.py" line="399" />
        <source>Assessor packages (*{ext})</source>
        <translation>Paket Assessor (*{ext})</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="393" />
        <source>Package written to {path}.</source>
        <translation>Paket ditulis ke {path}.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="394" />
        <source>Writing the package…</source>
        <translation>Menulis paket…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="398" />
        <source>Open a package</source>
        <translation>Buka paket</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="418" />
        <source>Loading the package…</source>
        <translation>Memuat paket…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="423" />
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="423" />
        <source>Results of:</source>
        <translation>Hasil dari:</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="428" />
        <source>Save the results</source>
        <translation>Simpan hasil</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="429" />
        <location filename="../file_menu.py" line="446" />
        <source>Assessor results (*{ext})</source>
        <translation>Hasil Assessor (*{ext})</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="439" />
        <source>{n} attempt(s) written to {path}.</source>
        <translation>{n} pengerjaan ditulis ke {path}.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="440" />
        <source>Writing the results…</source>
        <translation>Menulis hasil…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="445" />
        <source>Import results (choose files; or cancel to choose a folder)</source>
        <translation>Impor hasil (pilih berkas; atau batal untuk memilih folder)</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="448" />
        <source>Import every results file in a folder</source>
        <translation>Impor semua berkas hasil dalam satu folder</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="471" />
        <source>Importing results…</source>
        <translation>Mengimpor hasil…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="474" />
        <source>Merge another Assessor database</source>
        <translation>Gabungkan basis data Assessor lain</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="475" />
        <source>Assessor databases (*.db)</source>
        <translation>Basis data Assessor (*.db)</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="485" />
        <source>Merging the database…</source>
        <translation>Menggabungkan basis data…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="508" />
        <source>{n} conflict(s) resolved.</source>
        <translation>{n} konflik diselesaikan.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="508" />
        <source>Resolving conflicts…</source>
        <translation>Menyelesaikan konflik…</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="513" />
        <source>Folder (e.g. the USB stick) to save results to after every submission; cancel to turn it off</source>
        <translation>Folder (mis. flashdisk) tempat menyimpan hasil setiap kali ada yang mengirim; batal untuk mematikan</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="530" />
        <source>Results were not saved to the folder: choose the folder and password again (File menu).</source>
        <translation>Hasil tidak disimpan ke folder: pilih lagi folder dan kata sandinya (menu Berkas).</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="535" />
        <source>Results saved to {path}.</source>
        <translation>Hasil disimpan ke {path}.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="536" />
        <source>Saving results to the folder…</source>
        <translation>Menyimpan hasil ke folder…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../file_menu.py" line="143" />
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="155" />
        <source>{n} file(s): {imported} imported, {unchanged} already present, {refused} refused.</source>
        <translation>{n} berkas: {imported} diimpor, {unchanged} sudah ada, {refused} ditolak.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="172" />
        <source>From: {device}</source>
        <translation>Dari: {device}</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="176" />
        <source>New: {items}</source>
        <translation>Baru: {items}</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="177" />
        <location filename="../file_menu.py" line="179" />
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="178" />
        <source>Already present: {items}</source>
        <translation>Sudah ada: {items}</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="182" />
        <source>{n} attempt(s) continued on another laptop were joined, and their answers combined.</source>
        <translation>{n} pengerjaan yang dilanjutkan di laptop lain telah disatukan, dan jawabannya digabungkan.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="186" />
        <source>Question {key} was edited differently on two laptops: this version is kept as version {to}.</source>
        <translation>Soal {key} diubah secara berbeda di dua laptop: versi ini disimpan sebagai versi {to}.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="190" />
        <source>Participant code {code} was already used by another person: this person is now {new}.</source>
        <translation>Kode peserta {code} sudah dipakai orang lain: peserta ini sekarang berkode {new}.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="194" />
        <source>Conflict: question {key} in this file has the id of a stored question but a different text. The stored question is kept and the marks use it.</source>
        <translation>Konflik: soal {key} dalam berkas ini memakai id soal yang tersimpan tetapi teksnya berbeda. Soal yang tersimpan dipertahankan dan nilai memakainya.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="198" />
        <source>{n} attempt(s) carried marks that do not follow from their answers; they were marked again from the answers.</source>
        <translation>{n} pengerjaan membawa nilai yang tidak sesuai dengan jawabannya; nilainya dihitung ulang dari jawaban.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="202" />
        <source>Conflict: participant {code} submitted this test on {n} laptops. Choose which attempt counts with File ▸ Resolve conflicts.</source>
        <translation>Konflik: peserta {code} mengirim tes ini di {n} laptop. Pilih pengerjaan yang dihitung melalui Berkas ▸ Selesaikan konflik.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../file_menu.py" line="81" />
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="85" />
        <source>Protect with a password (participants' names stay private)</source>
        <translation>Lindungi dengan kata sandi (nama peserta tetap rahasia)</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="92" />
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="93" />
        <source>Repeat it:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="106" />
        <source>Anyone who has this file and the password can read the participants' names and answers. Tell the password to the person who will import it, not on the USB stick.</source>
        <translation>Siapa pun yang memiliki berkas ini dan kata sandinya dapat membaca nama dan jawaban peserta. Sampaikan kata sandi kepada orang yang akan mengimpornya, jangan simpan di flashdisk.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="110" />
        <source>{file} is protected by a password. Enter it to open the file.</source>
        <translation>{file} dilindungi kata sandi. Masukkan kata sandi untuk membuka berkas.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="122" />
        <source>Enter a password.</source>
        <translation>Masukkan kata sandi.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="124" />
        <source>The password needs at least {} characters.</source>
        <translation>Kata sandi minimal {} karakter.</translation>
    </message>
    <message>
        <location filename="../file_menu.py" line="126" />
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
</TS>