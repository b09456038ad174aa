<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../paper/manual_dialog.py" line="66" />
        <source>Type in paper sheets</source>
        <translation>Ketik lembar jawaban kertas</translation>
    </message>
    <message>
        <location filename="../paper/manual_dialog.py" line="68" />
        <source>One row per participant, one key per answer as printed on their sheet: a letter (several for 'choose all'), T or F, R or W for a written answer you marked, '-' for no answer. Rows left empty are not saved.</source>
        <translation>Satu baris per peserta, satu tombol per jawaban seperti tercetak di lembarnya: huruf (beberapa huruf untuk 'pilih semua'), T atau F, R atau W untuk jawaban tertulis yang sudah Anda nilai, '-' untuk tidak menjawab. Baris yang kosong tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../paper/manual_dialog.py" line="73" />
        <source>Second entry by another person (must match)</source>
        <translation>Entri kedua oleh orang lain (harus sama)</translation>
    </message>
    <message>
        <location filename="../paper/manual_dialog.py" line="78" />
        <source>Entry</source>
        <translation>Entri</translation>
    </message>
    <message>
        <location filename="../paper/manual_dialog.py" line="79" />
        <source>Second entry</source>
        <translation>Entri kedua</translation>
    </message>
    <message>
        <location filename="../paper/manual_dialog.py" line="88" />
        <source>Save the rows</source>
        <translation>Simpan baris</translation>
    </message>
    <message numerus="yes">
        <location filename="../paper/manual_dialog.py" line="136" />
        <source>%n sheet(s) saved.</source>
        <translation><numerusform>%n lembar disimpan.</numerusform></translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <location filename="../paper/actions.py" line="43" />
        <location filename="../paper/actions.py" line="54" />
        <location filename="../paper/actions.py" line="64" />
        <location filename="../paper/actions.py" line="76" />
        <location filename="../paper/actions.py" line="119" />
        <location filename="../paper/actions.py" line="146" />
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="44" />
        <source>Print evaluation forms…</source>
        <translation>Cetak formulir evaluasi…</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="45" />
        <source>Print booklet and answer sheets…</source>
        <translation>Cetak buku soal dan lembar jawaban…</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="47" />
        <source>Read scanned sheets (folder of images)…</source>
        <translation>Baca lembar hasil pindai (folder gambar)…</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="48" />
        <source>Read scanned sheets (PDF)…</source>
        <translation>Baca lembar hasil pindai (PDF)…</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="49" />
        <source>Type in sheets by hand…</source>
        <translation>Ketik lembar secara manual…</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="54" />
        <source>Choose a session first.</source>
        <translation>Pilih sesi terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="61" />
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="61" />
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="61" />
        <source>Both (English with Indonesian)</source>
        <translation>Keduanya (Inggris dengan Indonesia)</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="63" />
        <source>Language of the booklet</source>
        <translation>Bahasa buku soal</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="63" />
        <source>Language of the forms</source>
        <translation>Bahasa formulir</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="68" />
        <source>Save booklet and sheets</source>
        <translation>Simpan buku soal dan lembar jawaban</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="68" />
        <source>Save evaluation forms</source>
        <translation>Simpan formulir evaluasi</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="69" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="77" />
        <source>Written: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="79" />
        <source>Writing the evaluation forms…</source>
        <translation>Menulis formulir evaluasi…</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="80" />
        <source>Writing the booklet and answer sheets…</source>
        <translation>Menulis buku soal dan lembar jawaban…</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="83" />
        <source>Folder of scanned sheets</source>
        <translation>Folder lembar hasil pindai</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="88" />
        <source>Scanned sheets</source>
        <translation>Lembar hasil pindai</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="89" />
        <source>PDF or images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF atau gambar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="102" />
        <source>Reading the scanned sheets…</source>
        <translation>Membaca lembar hasil pindai…</translation>
    </message>
    <message>
        <location filename="../paper/actions.py" line="112" />
        <source>Read: %1 · already read: %2 · to review: %3 · refused: %4</source>
        <translation>Terbaca: %1 · sudah pernah dibaca: %2 · perlu diperiksa: %3 · ditolak: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../paper/actions.py" line="117" />
        <source>%n participant(s) also took the test on a laptop: resolve the conflicts (File ▸ Resolve conflicts).</source>
        <translation><numerusform>%n peserta juga mengerjakan tes di laptop: selesaikan konfliknya (Berkas ▸ Selesaikan konflik).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../paper/review_dialog.py" line="40" />
        <source>Review scanned sheets</source>
        <translation>Periksa lembar hasil pindai</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="55" />
        <source>Save this sheet</source>
        <translation>Simpan lembar ini</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="56" />
        <source>Skip for now</source>
        <translation>Lewati dulu</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="77" />
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="77" />
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="79" />
        <source>Right</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="79" />
        <source>Wrong</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="86" />
        <source>two marks where one is allowed</source>
        <translation>dua tanda padahal hanya satu yang boleh</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="86" />
        <source>a crossed-out mark</source>
        <translation>tanda yang dicoret</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="87" />
        <source>a light or partly erased mark</source>
        <translation>tanda yang tipis atau setengah terhapus</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="92" />
        <source> (before the training)</source>
        <translation> (sebelum pelatihan)</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="92" />
        <source> (now)</source>
        <translation> (sekarang)</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="93" />
        <source>Item %1%2: %3</source>
        <translation>Butir %1%2: %3</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="100" />
        <source>Every sheet has been reviewed.</source>
        <translation>Semua lembar sudah diperiksa.</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="107" />
        <source>Sheet %1 of %2: %3</source>
        <translation>Lembar %1 dari %2: %3</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="113" />
        <source>Choose the participant of this sheet…</source>
        <translation>Pilih peserta pemilik lembar ini…</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="124" />
        <source>The code grid names nobody on the roster:</source>
        <translation>Kisi kode tidak menunjuk siapa pun di daftar peserta:</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="91" />
        <source>Question %1: %2</source>
        <translation>Soal %1: %2</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="130" />
        <source>An anonymous evaluation form: it is stored without any participant.</source>
        <translation>Formulir evaluasi anonim: disimpan tanpa peserta mana pun.</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="146" />
        <source>Item %1: a written comment. A machine cannot read handwriting: type it here, or leave the field empty and keep the paper form.</source>
        <translation>Butir %1: komentar tertulis. Mesin tidak dapat membaca tulisan tangan: ketik di sini, atau biarkan kosong dan simpan formulir kertasnya.</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="156" />
        <source>What is written (optional)</source>
        <translation>Yang tertulis (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="157" />
        <source>Comment of item %1</source>
        <translation>Komentar butir %1</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="181" />
        <source>No answer</source>
        <translation>Tidak dijawab</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="209" />
        <source>Decide every mark first (choose 'No answer' when none counts).</source>
        <translation>Putuskan setiap tanda terlebih dahulu (pilih 'Tidak dijawab' bila tidak ada yang dihitung).</translation>
    </message>
    <message>
        <location filename="../paper/review_dialog.py" line="214" />
        <source>Choose the participant of this sheet first.</source>
        <translation>Pilih peserta pemilik lembar ini terlebih dahulu.</translation>
    </message>
</context>
</TS>