<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name />
    <message>
        <location filename="../workspace/bank_import.py" line="173" />
        <source>GIFT (Moodle) (*.gift)</source>
        <translation>GIFT (Moodle) (*.gift)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="173" />
        <source>Aiken (*.txt)</source>
        <translation>Aiken (*.txt)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="173" />
        <source>Moodle XML (*.xml)</source>
        <translation>Moodle XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="174" />
        <source>QTI 2.1 content package (*.zip)</source>
        <translation>Paket konten QTI 2.1 (*.zip)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="174" />
        <source>Excel template (*.xlsx)</source>
        <translation>Templat Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="175" />
        <source>Assessor YAML (*.yaml)</source>
        <translation>YAML Assessor (*.yaml)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="176" />
        <source>Export bank</source>
        <translation>Ekspor bank soal</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="184" />
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="189" />
        <source>Written in Indonesian</source>
        <translation>Ditulis dalam bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="190" />
        <source>Aiken cannot say which language a file is in: this one is in Indonesian. When you import it, choose Indonesian under "Texts without a language mark are in".</source>
        <translation>Aiken tidak dapat menyebutkan bahasa sebuah berkas: berkas ini berbahasa Indonesia. Saat mengimpornya, pilih Indonesia pada "Teks tanpa tanda bahasa ditulis dalam".</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="193" />
        <source>Exported with losses</source>
        <translation>Diekspor dengan kehilangan data</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="194" />
        <source>This format cannot hold everything:</source>
        <translation>Format ini tidak dapat memuat semuanya:</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="201" />
        <source>Save template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="201" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <location filename="../workspace/bank_import.py" line="29" />
        <source>Question files (*.gift *.txt *.xml *.zip *.xlsx *.csv *.yaml *.yml);;All files (*)</source>
        <translation>Berkas soal (*.gift *.txt *.xml *.zip *.xlsx *.csv *.yaml *.yml);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="52" />
        <source>Import questions: %s</source>
        <translation>Impor soal: %s</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="61" />
        <source>Problems by line</source>
        <translation>Masalah per baris</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="63" />
        <source>line %1: error: %2</source>
        <translation>baris %1: galat: %2</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="65" />
        <source>line %1: %2 question skipped (%3)</source>
        <translation>baris %1: soal %2 dilewati (%3)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="68" />
        <source>line %1: warning: %2</source>
        <translation>baris %1: peringatan: %2</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="69" />
        <source>%1 question(s), %2 skipped, %3 warning(s), %4 error(s). Nothing is stored until you confirm.</source>
        <translation>%1 soal, %2 dilewati, %3 peringatan, %4 galat. Tidak ada yang disimpan sebelum Anda mengonfirmasi.</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="74" />
        <source>%1 image(s) (PNG or JPEG) come with them.</source>
        <translation>%1 gambar (PNG atau JPEG) ikut bersamanya.</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="77" />
        <source>Text encoding: %1.</source>
        <translation>Pengodean teks: %1.</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="81" />
        <source>Bank to import into</source>
        <translation>Bank soal tujuan impor</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="82" />
        <source>Import the valid questions only</source>
        <translation>Impor hanya soal yang valid</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="85" />
        <source>Add the file's texts to this existing bank, as its language:</source>
        <translation>Tambahkan teks berkas ke bank soal yang sudah ada ini, sebagai bahasanya:</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="87" />
        <location filename="../workspace/bank_import.py" line="97" />
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="88" />
        <location filename="../workspace/bank_import.py" line="98" />
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="89" />
        <source>Language of the file</source>
        <translation>Bahasa berkas</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="96" />
        <source>As the file says (English when it does not say)</source>
        <translation>Sesuai berkas (Inggris bila berkas tidak menyebutkannya)</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="99" />
        <source>Language of the texts the file does not mark</source>
        <translation>Bahasa teks yang tidak ditandai berkas</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="102" />
        <source>Into bank:</source>
        <translation>Ke bank soal:</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="104" />
        <source>Texts without a language mark are in:</source>
        <translation>Teks tanpa tanda bahasa ditulis dalam:</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="110" />
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="144" />
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="152" />
        <source>Import questions</source>
        <translation>Impor soal</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="164" />
        <source>Cannot read the file</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="167" />
        <source>Reading %s…</source>
        <translation>Membaca %s…</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../workspace/bank_import.py" line="38" />
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="38" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="39" />
        <source>Key / title</source>
        <translation>Kode / judul</translation>
    </message>
    <message>
        <location filename="../workspace/bank_import.py" line="39" />
        <source>Text</source>
        <translation>Teks</translation>
    </message>
</context>
</TS>