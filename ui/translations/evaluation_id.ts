<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>EvaluationItems</name>
    <message>
        <location filename="../runner/evaluation_items.py" line="150" />
        <source>Choose the point that fits your view best.</source>
        <translation>Pilih poin yang paling sesuai dengan pendapat Anda.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="151" />
        <source>Choose one answer. There is no right or wrong answer.</source>
        <translation>Pilih satu jawaban. Tidak ada jawaban benar atau salah.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="152" />
        <source>Write your comment (optional). It is saved as you type.</source>
        <translation>Tulis komentar Anda (tidak wajib). Komentar tersimpan saat Anda mengetik.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="153" />
        <source>Rate your knowledge twice: as it was before the training, and as it is now.</source>
        <translation>Nilai pengetahuan Anda dua kali: sebelum pelatihan, dan saat ini.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="158" />
        <location filename="../runner/evaluation_items.py" line="159" />
        <source>Your comment</source>
        <translation>Komentar Anda</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="160" />
        <source>Before the training, my knowledge was:</source>
        <translation>Sebelum pelatihan, pengetahuan saya:</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="161" />
        <source>Now, after the training, my knowledge is:</source>
        <translation>Sekarang, setelah pelatihan, pengetahuan saya:</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../results/evaluation_tab.py" line="127" />
        <source>Share of responses per point (disagreement left, agreement right)</source>
        <translation>Persentase tanggapan per poin (tidak setuju di kiri, setuju di kanan)</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="128" />
        <source>Self-assessment before and after the training (asked after it)</source>
        <translation>Penilaian diri sebelum dan sesudah pelatihan (ditanyakan sesudahnya)</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="129" />
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="130" />
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="130" />
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="130" />
        <source>Mean [95% CI]</source>
        <translation>Rata-rata [IK 95%]</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="131" />
        <source>Agreeing [95% CI]</source>
        <translation>Setuju [IK 95%]</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="132" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="132" />
        <source>Before → now</source>
        <translation>Sebelum → sekarang</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="133" />
        <source>Change [95% CI]</source>
        <translation>Perubahan [IK 95%]</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="133" />
        <source>Wilcoxon p</source>
        <translation>p Wilcoxon</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="136" />
        <source>No course evaluation was taken in this cohort.</source>
        <translation>Angkatan ini belum mengisi evaluasi pelatihan.</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="143" />
        <source>{0} responses, given anonymously. Items with fewer than {1} responses show only their number.</source>
        <translation>{0} tanggapan, diberikan secara anonim. Butir dengan kurang dari {1} tanggapan hanya menampilkan jumlahnya.</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="146" />
        <source>{0} responses, linked to participants.</source>
        <translation>{0} tanggapan, terhubung dengan peserta.</translation>
    </message>
    <message>
        <location filename="../results/evaluation_tab.py" line="153" />
        <location filename="../results/evaluation_tab.py" line="168" />
        <source>fewer than {0} responses: not shown</source>
        <translation>kurang dari {0} tanggapan: tidak ditampilkan</translation>
    </message>
</context>
<context>
    <name>EvaluationTexts</name>
    <message>
        <location filename="../runner/evaluation_items.py" line="175" />
        <source>This is a course evaluation: there are no right or wrong answers and nothing is scored. Please give your honest view.</source>
        <translation>Ini adalah evaluasi pelatihan: tidak ada jawaban benar atau salah dan tidak ada yang dinilai. Berikan pendapat Anda dengan jujur.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="178" />
        <source>Your answers are anonymous: they are stored without your name or code, and nobody can see which answers are yours. Your code only makes sure that everyone answers once.</source>
        <translation>Jawaban Anda anonim: jawaban disimpan tanpa nama atau kode Anda, dan tidak ada yang dapat melihat jawaban mana yang milik Anda. Kode Anda hanya memastikan setiap orang menjawab satu kali.</translation>
    </message>
</context>
</TS>