<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>EvaluationItems</name>
    <message>
        <location filename="../runner/evaluation_items.py" line="147" />
        <source>Choose the point that fits your view best.</source>
        <translation>Pilih poin yang paling sesuai dengan pendapat Anda.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="148" />
        <source>Choose one answer. There is no right or wrong answer.</source>
        <translation>Pilih satu jawaban. Tidak ada jawaban benar atau salah.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="149" />
        <source>Write your comment (optional). It is saved as you type.</source>
        <translation>Tulis komentar Anda (tidak wajib). Komentar tersimpan saat Anda mengetik.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="150" />
        <source>Rate your knowledge twice: as it was before the training, and as it is now.</source>
        <translation>Nilai pengetahuan Anda dua kali: sebelum pelatihan, dan saat ini.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="155" />
        <location filename="../runner/evaluation_items.py" line="156" />
        <source>Your comment</source>
        <translation>Komentar Anda</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="157" />
        <source>Before the training, my knowledge was:</source>
        <translation>Sebelum pelatihan, pengetahuan saya:</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="158" />
        <source>Now, after the training, my knowledge is:</source>
        <translation>Sekarang, setelah pelatihan, pengetahuan saya:</translation>
    </message>
</context>
<context>
    <name>EvaluationTexts</name>
    <message>
        <location filename="../runner/evaluation_items.py" line="172" />
        <source>This is a course evaluation: there are no right or wrong answers and nothing is scored. Please give your honest view.</source>
        <translation>Ini adalah evaluasi pelatihan: tidak ada jawaban benar atau salah dan tidak ada yang dinilai. Berikan pendapat Anda dengan jujur.</translation>
    </message>
    <message>
        <location filename="../runner/evaluation_items.py" line="175" />
        <source>Your answers are anonymous: they are stored without your name or code, and nobody can see which answers are yours. Your code only makes sure that everyone answers once.</source>
        <translation>Jawaban Anda anonim: jawaban disimpan tanpa nama atau kode Anda, dan tidak ada yang dapat melihat jawaban mana yang milik Anda. Kode Anda hanya memastikan setiap orang menjawab satu kali.</translation>
    </message>
</context>
</TS>