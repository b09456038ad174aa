<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../backups_dialog.py" line="18" />
        <source>made by hand</source>
        <translation>dibuat manual</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="19" />
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="20" />
        <source>before an update</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="21" />
        <source>before an import</source>
        <translation>sebelum impor</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="22" />
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="64" />
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="65" />
        <source>Assessor backs up the database before every update and import, and once a day. The newest {0} are kept in {1}.</source>
        <translation>Assessor mencadangkan basis data sebelum setiap pembaruan dan impor, serta sekali sehari. {0} cadangan terbaru disimpan di {1}.</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="68" />
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="68" />
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="68" />
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="68" />
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="69" />
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="70" />
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="84" />
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="85" />
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="85" />
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="107" />
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="114" />
        <source>Backing up the database…</source>
        <translation>Mencadangkan basis data…</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="118" />
        <source>Backed up to {0}.</source>
        <translation>Dicadangkan ke {0}.</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="123" />
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="123" />
        <source>The backup was not made: {0}</source>
        <translation>Cadangan tidak dibuat: {0}</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="131" />
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="132" />
        <source>All data in {0} will be replaced by the backup made {1}; everything entered after it is lost. The current database is backed up first. Assessor then closes; start it again.</source>
        <translation>Semua data di {0} akan diganti dengan cadangan yang dibuat {1}; semua yang dimasukkan setelahnya akan hilang. Basis data saat ini dicadangkan terlebih dahulu. Setelah itu Assessor ditutup; bukalah lagi.</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="143" />
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="146" />
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="151" />
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="152" />
        <source>The backup was restored. Assessor closes now; start it again to go on.</source>
        <translation>Cadangan telah dipulihkan. Assessor sekarang ditutup; bukalah lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="157" />
        <source>Restore failed</source>
        <translation>Pemulihan gagal</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="158" />
        <source>The backup was not restored ({0}). Assessor closes now; start it again: the database is as it was.</source>
        <translation>Cadangan tidak dipulihkan ({0}). Assessor sekarang ditutup; bukalah lagi: basis data tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="32" />
        <source>Assessor could not read or write its files (the disk may be full, a USB stick removed, or a file read-only). Check the disk and restart Assessor; the details are in {0}.</source>
        <translation>Assessor tidak dapat membaca atau menulis berkasnya (disk mungkin penuh, USB dicabut, atau berkas hanya-baca). Periksa disk dan buka ulang Assessor; rinciannya ada di {0}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="34" />
        <source>Something unexpected went wrong. Your saved data is safe; restart Assessor if something looks wrong. The details are in {0}.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data Anda yang sudah tersimpan tetap aman; buka ulang Assessor jika ada yang tampak salah. Rinciannya ada di {0}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="57" />
        <source>Assessor: something went wrong</source>
        <translation>Assessor: terjadi kesalahan</translation>
    </message>
</context>
</TS>