<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../runner/screens.py" line="349" />
        <source>Choose your name in the list or type your participant code.</source>
        <translation>Pilih nama Anda dalam daftar atau ketik kode peserta Anda.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="352" />
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="353" />
        <source>Find your name in the list, or type your participant code, then press Start.</source>
        <translation>Cari nama Anda dalam daftar, atau ketik kode peserta Anda, lalu tekan Mulai.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="354" />
        <source>Name or code:</source>
        <translation>Nama atau kode:</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="355" />
        <source>Type to search</source>
        <translation>Ketik untuk mencari</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="356" />
        <source>Name or participant code</source>
        <translation>Nama atau kode peserta</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="357" />
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="358" />
        <location filename="../runner/screens.py" line="359" />
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
</context>
<context>
    <name>ClozeBlanks</name>
    <message>
        <location filename="../runner/cloze_item.py" line="130" />
        <source>Blank {}:</source>
        <translation>Isian {}:</translation>
    </message>
    <message>
        <location filename="../runner/cloze_item.py" line="132" />
        <source>Type a number</source>
        <translation>Ketik sebuah angka</translation>
    </message>
    <message>
        <location filename="../runner/cloze_item.py" line="133" />
        <source>Type your answer</source>
        <translation>Ketik jawaban Anda</translation>
    </message>
    <message>
        <location filename="../runner/cloze_item.py" line="135" />
        <source>Blank {}</source>
        <translation>Isian {}</translation>
    </message>
</context>
<context>
    <name>FaultScreen</name>
    <message>
        <location filename="../runner/screens.py" line="1033" />
        <source>This answer could not be saved. Call the facilitator.</source>
        <translation>Jawaban ini tidak dapat disimpan. Panggil fasilitator.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="1034" />
        <source>Please do not continue. Your earlier answers that were shown as saved are safe.</source>
        <translation>Mohon jangan lanjutkan. Jawaban Anda sebelumnya yang ditampilkan sebagai tersimpan tetap aman.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="1036" />
        <source>Facilitator: Assessor could not write to its database (the disk may be full, the USB stick removed, or the file read-only). Press Esc and enter the password to leave participant mode, fix the cause, then start participant mode again: the participant continues where they stopped.</source>
        <translation>Fasilitator: Assessor tidak dapat menulis ke basis datanya (disk mungkin penuh, USB dicabut, atau berkas hanya-baca). Tekan Esc dan masukkan kata sandi untuk keluar dari mode peserta, atasi penyebabnya, lalu mulai mode peserta lagi: peserta melanjutkan dari tempat ia berhenti.</translation>
    </message>
</context>
<context>
    <name>InstructionsScreen</name>
    <message>
        <location filename="../runner/screens.py" line="449" />
        <source>Instructions</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="450" />
        <source>Questions in this test: {}. Each question is on its own screen.</source>
        <translation>Jumlah soal dalam tes ini: {}. Setiap soal ditampilkan di layarnya sendiri.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="452" />
        <source>Time allowed: {} min. The time left is always shown at the top. When the time is up, your answers are submitted automatically.</source>
        <translation>Waktu yang tersedia: {} menit. Sisa waktu selalu ditampilkan di bagian atas. Jika waktu habis, jawaban Anda dikirim secara otomatis.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="454" />
        <source>Click an answer, or press 1-9 or A-I. For questions with several answers, choose all that apply. Every answer is saved at once.</source>
        <translation>Klik sebuah jawaban, atau tekan 1-9 atau A-I. Untuk soal dengan beberapa jawaban, pilih semua yang benar. Setiap jawaban langsung tersimpan.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="456" />
        <source>Use Previous and Next (or the arrow keys) to move. Press F to flag a question you want to come back to. Overview shows all questions.</source>
        <translation>Gunakan Sebelumnya dan Berikutnya (atau tombol panah) untuk berpindah soal. Tekan F untuk menandai soal yang ingin Anda lihat lagi. Ikhtisar menampilkan semua soal.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="459" />
        <source>Under each question, tell us how sure you are of your answer.</source>
        <translation>Di bawah setiap soal, sampaikan seberapa yakin Anda dengan jawaban Anda.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="461" />
        <source>When you have finished, press Submit.</source>
        <translation>Jika sudah selesai, tekan Kirim.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="463" />
        <source>Continue the test</source>
        <translation>Lanjutkan tes</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="463" />
        <source>Start the test</source>
        <translation>Mulai tes</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../runner/screens.py" line="402" />
        <source>Hello, {}</source>
        <translation>Halo, {}</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="402" />
        <source>Hello</source>
        <translation>Halo</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="403" />
        <source>Choose the language for your test. You can change it during the test.</source>
        <translation>Pilih bahasa untuk tes Anda. Anda dapat menggantinya selama tes berlangsung.</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../runner/screens.py" line="921" />
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="922" />
        <source>✓ answered    ○ not answered    ⚑ flagged. Click a question to go to it.</source>
        <translation>✓ sudah dijawab    ○ belum dijawab    ⚑ ditandai. Klik sebuah soal untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="926" />
        <source>answered</source>
        <translation>sudah dijawab</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="926" />
        <source>not answered</source>
        <translation>belum dijawab</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="928" />
        <source>flagged</source>
        <translation>ditandai</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="929" />
        <source>Question {}: {}</source>
        <translation>Soal {}: {}</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="933" />
        <source>Back to the question</source>
        <translation>Kembali ke soal</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="935" />
        <source>Submit…</source>
        <translation>Kirim…</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="936" />
        <source>Submit the test</source>
        <translation>Kirim tes</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../runner/window.py" line="111" />
        <source>Set the facilitator password</source>
        <translation>Tetapkan kata sandi fasilitator</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="112" />
        <source>Participants need this password to leave participant mode. Choose one that participants cannot guess (at least 8 characters).</source>
        <translation>Kata sandi ini diperlukan untuk keluar dari mode peserta. Pilih kata sandi yang tidak dapat ditebak peserta (minimal 8 karakter).</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="115" />
        <source>Leave participant mode</source>
        <translation>Keluar dari mode peserta</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="116" />
        <source>Only the facilitator can leave participant mode.</source>
        <translation>Hanya fasilitator yang dapat keluar dari mode peserta.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="117" />
        <source>Facilitator password:</source>
        <translation>Kata sandi fasilitator:</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="118" />
        <source>Repeat the password:</source>
        <translation>Ulangi kata sandi:</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="119" />
        <source>Facilitator password</source>
        <translation>Kata sandi fasilitator</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="120" />
        <source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="121" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="122" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../runner/screens.py" line="758" />
        <source>✓ Saved</source>
        <translation>✓ Tersimpan</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="796" />
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="797" />
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="799" />
        <source>Type your answer</source>
        <translation>Ketik jawaban Anda</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="800" />
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="801" />
        <source>Choose one answer.</source>
        <translation>Pilih satu jawaban.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="801" />
        <source>Choose all answers that apply.</source>
        <translation>Pilih semua jawaban yang benar.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="802" />
        <source>Is this statement true or false?</source>
        <translation>Apakah pernyataan ini benar atau salah?</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="803" />
        <source>Type a short answer, then press Enter.</source>
        <translation>Ketik jawaban singkat, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="804" />
        <source>Type a number, then press Enter.</source>
        <translation>Ketik sebuah angka, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="805" />
        <source>Choose the matching item for each line.</source>
        <translation>Pilih pasangan yang sesuai untuk setiap baris.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="806" />
        <source>Fill in each numbered blank; Tab moves to the next one.</source>
        <translation>Isi setiap isian yang bernomor; tombol Tab berpindah ke isian berikutnya.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="807" />
        <source>Read this, then press Next.</source>
        <translation>Bacalah teks ini, lalu tekan Berikutnya.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="808" />
        <source>Write your answer. It is saved as you type; a facilitator marks it later.</source>
        <translation>Tulis jawaban Anda. Jawaban tersimpan selagi Anda mengetik; fasilitator menilainya nanti.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="816" />
        <source>Question {} of {}</source>
        <translation>Soal {} dari {}</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="818" />
        <source>⚑ Flagged</source>
        <translation>⚑ Ditandai</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="819" />
        <location filename="../runner/screens.py" line="823" />
        <source>How sure are you?</source>
        <translation>Seberapa yakin Anda?</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="820" />
        <source>Guessing</source>
        <translation>Menebak</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="820" />
        <source>Not very sure</source>
        <translation>Kurang yakin</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="821" />
        <source>Fairly sure</source>
        <translation>Cukup yakin</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="821" />
        <source>Certain</source>
        <translation>Sangat yakin</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="824" />
        <source>← Previous</source>
        <translation>← Sebelumnya</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="825" />
        <source>Previous question</source>
        <translation>Soal sebelumnya</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="826" />
        <source>Next →</source>
        <translation>Berikutnya →</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="827" />
        <source>Next question</source>
        <translation>Soal berikutnya</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="828" />
        <source>Remove flag (F)</source>
        <translation>Hapus tanda (F)</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="828" />
        <source>Flag (F)</source>
        <translation>Tandai (F)</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="830" />
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="831" />
        <source>Overview of all questions</source>
        <translation>Ikhtisar semua soal</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="832" />
        <source>Submit…</source>
        <translation>Kirim…</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="833" />
        <source>Submit the test</source>
        <translation>Kirim tes</translation>
    </message>
</context>
<context>
    <name>RunnerWindow</name>
    <message>
        <location filename="../runner/window.py" line="320" />
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="326" />
        <source>The password needs at least {} characters.</source>
        <translation>Kata sandi minimal {} karakter.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="369" />
        <source>Wrong password.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="396" />
        <source>Wait {} seconds before trying again.</source>
        <translation>Tunggu {} detik sebelum mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="461" />
        <source>We could not find this name or code. Check the spelling or ask the facilitator.</source>
        <translation>Nama atau kode ini tidak ditemukan. Periksa ejaannya atau tanyakan kepada fasilitator.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="462" />
        <source>You have already submitted this test. Please ask the facilitator if you think this is wrong.</source>
        <translation>Anda sudah mengirim tes ini. Silakan hubungi fasilitator jika menurut Anda ini keliru.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="464" />
        <source>This test session is closed. Please ask the facilitator.</source>
        <translation>Sesi tes ini sudah ditutup. Silakan hubungi fasilitator.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="667" />
        <source>Time left: {}</source>
        <translation>Sisa waktu: {}</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="675" />
        <source>1 minute left</source>
        <translation>Sisa waktu 1 menit</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="677" />
        <source>5 minutes left</source>
        <translation>Sisa waktu 5 menit</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="717" />
        <source>Participant mode</source>
        <translation>Mode peserta</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="720" />
        <source>Switch language</source>
        <translation>Ganti bahasa</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="721" />
        <location filename="../runner/window.py" line="723" />
        <source>Smaller text</source>
        <translation>Perkecil teks</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="722" />
        <location filename="../runner/window.py" line="724" />
        <source>Larger text</source>
        <translation>Perbesar teks</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="725" />
        <location filename="../runner/window.py" line="726" />
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../runner/window.py" line="136" />
        <source>Submit the test</source>
        <translation>Kirim tes</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="137" />
        <source>Do you want to submit your answers now?</source>
        <translation>Apakah Anda ingin mengirim jawaban sekarang?</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="139" />
        <source>Questions not answered: {}</source>
        <translation>Soal yang belum dijawab: {}</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="141" />
        <source>All questions are answered.</source>
        <translation>Semua soal sudah dijawab.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="143" />
        <source>Questions flagged for review: {}</source>
        <translation>Soal yang ditandai untuk ditinjau: {}</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="144" />
        <source>After submitting you cannot change your answers.</source>
        <translation>Setelah dikirim, jawaban Anda tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="147" />
        <source>Submit</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../runner/window.py" line="149" />
        <source>Back to the test</source>
        <translation>Kembali ke tes</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../runner/screens.py" line="983" />
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="986" />
        <source>The time is up. Your answers have been submitted and saved.</source>
        <translation>Waktu sudah habis. Jawaban Anda telah dikirim dan disimpan.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="988" />
        <source>Your answers have been submitted and saved.</source>
        <translation>Jawaban Anda telah dikirim dan disimpan.</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="992" />
        <source>Your score so far: {}% (without your written answers, which a facilitator marks later)</source>
        <translation>Skor Anda sementara: {}% (tanpa jawaban tertulis Anda, yang dinilai fasilitator nanti)</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="995" />
        <source>Your score: {}%</source>
        <translation>Skor Anda: {}%</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="998" />
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../runner/screens.py" line="999" />
        <source>Finish and return to check-in</source>
        <translation>Selesai dan kembali ke layar awal</translation>
    </message>
</context>
</TS>