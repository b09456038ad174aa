<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>ClassroomWindow</name>
    <message>
        <location filename="../classroom/window.py" line="32" />
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="33" />
        <source>Answering</source>
        <translation>Sedang menjawab</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="34" />
        <source>Submitted</source>
        <translation>Sudah mengirim</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="35" />
        <source>Lost connection</source>
        <translation>Sambungan terputus</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="36" />
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="37" />
        <source>Not joined yet</source>
        <translation>Belum bergabung</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="39" />
        <source>Phone</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="40" />
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="41" />
        <source>{} s ago</source>
        <translation>{} detik lalu</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="43" />
        <source>Classroom mode is not installed in this copy of Assessor (pip install 'assessor[classroom]').</source>
        <translation>Mode kelas tidak terpasang pada salinan Assessor ini (pip install 'assessor[classroom]').</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="65" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="65" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="66" />
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="66" />
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="67" />
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="67" />
        <source>Last heard</source>
        <translation>Terakhir terhubung</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="197" />
        <location filename="../classroom/window.py" line="207" />
        <source>Starting the server…</source>
        <translation>Menyalakan server…</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="232" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="249" />
        <source>The session was closed; phones can no longer connect.</source>
        <translation>Sesi sudah ditutup; ponsel tidak dapat tersambung lagi.</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="269" />
        <source>Joined: {}    Answering: {}    Submitted: {}    Lost connection: {}</source>
        <translation>Bergabung: {}    Sedang menjawab: {}    Sudah mengirim: {}    Sambungan terputus: {}</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="271" />
        <source>Not joined yet: {}</source>
        <translation>Belum bergabung: {}</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="289" />
        <source>{} may now continue on a new phone: ask them to type their code there within ten minutes.</source>
        <translation>{} sekarang boleh melanjutkan di ponsel baru: minta peserta mengetik kodenya di sana dalam sepuluh menit.</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="300" />
        <source>Participants join the same Wi-Fi as this laptop and scan the QR code with the phone camera (or type the address and then the join code); then they type their participant code.</source>
        <translation>Peserta bergabung ke Wi-Fi yang sama dengan laptop ini dan memindai kode QR dengan kamera ponsel (atau mengetik alamatnya, lalu kode bergabung); kemudian mereka mengetik kode peserta mereka.</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="42" />
        <location filename="../classroom/window.py" line="299" />
        <source>Open for phones</source>
        <translation>Buka untuk ponsel</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="304" />
        <source>Join code: {}</source>
        <translation>Kode bergabung: {}</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="306" />
        <source>Other addresses of this laptop: {}</source>
        <translation>Alamat lain laptop ini: {}</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="308" />
        <source>Let continue on a new phone</source>
        <translation>Izinkan lanjut di ponsel baru</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="309" />
        <source>For a participant whose phone was lost, swapped or emptied: their code then opens their test on another phone, once.</source>
        <translation>Untuk peserta yang ponselnya hilang, diganti, atau datanya terhapus: kodenya lalu membuka tesnya di ponsel lain, satu kali.</translation>
    </message>
    <message>
        <location filename="../classroom/window.py" line="311" />
        <source>Stop serving</source>
        <translation>Berhenti melayani</translation>
    </message>
</context>
</TS>