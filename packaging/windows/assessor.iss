; Per-user installer for the folder built by `pyinstaller packaging\assessor.spec` (docs/install.md).
; PrivilegesRequired=lowest: installs for the current user, no administrator rights.
#define AppVersion "0.1.0"

[Setup]
AppId=Assessor-per-user
AppName=Assessor
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Assessor
DefaultGroupName=Assessor
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=assessor-{#AppVersion}-windows-x86_64-setup
Compression=lzma2
SolidCompression=yes

[Files]
Source: "..\..\dist\assessor\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\Assessor"; Filename: "{app}\assessor-app.exe"
Name: "{userdesktop}\Assessor"; Filename: "{app}\assessor-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop icon"; Flags: unchecked

[Run]
Filename: "{app}\assessor-app.exe"; Description: "Start Assessor"; Flags: nowait postinstall skipifsilent
