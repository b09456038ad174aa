<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>BanksPage</name>
    <message>
        <location filename="../banks_page.py" line="122" />
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="123" />
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="124" />
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="125" />
        <source>Rationale</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="126" />
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="191" />
        <source>Question banks</source>
        <translation>Bank soal</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="194" />
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="195" />
        <source>Search:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="196" />
        <source>Key or text, in either language</source>
        <translation>Kode atau teks, dalam salah satu bahasa</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="197" />
        <source>Search questions</source>
        <translation>Cari soal</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="198" />
        <source>Question bank</source>
        <translation>Bank soal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="37" />
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="38" />
        <source>Cohorts</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="39" />
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52" />
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../widgets.py" line="42" />
        <source>This section is not available in this version yet.</source>
        <translation>Bagian ini belum tersedia dalam versi ini.</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../banks_page.py" line="46" />
        <source>Key</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="47" />
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="48" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="49" />
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="50" />
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="51" />
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <location filename="../banks_page.py" line="18" />
        <source>Single choice</source>
        <translation>Pilihan tunggal</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="19" />
        <source>Multiple response</source>
        <translation>Pilihan ganda kompleks</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="20" />
        <source>True / false</source>
        <translation>Benar / salah</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="21" />
        <source>Short answer</source>
        <translation>Jawaban singkat</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="22" />
        <source>Numerical</source>
        <translation>Numerik</translation>
    </message>
    <message>
        <location filename="../banks_page.py" line="23" />
        <source>Matching</source>
        <translation>Menjodohkan</translation>
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
        <location filename="../app.py" line="55" />
        <source>Assessor cannot open its database</source>
        <translation>Assessor tidak dapat membuka basis datanya</translation>
    </message>
</context>
</TS>