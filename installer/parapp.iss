; Inno Setup script: turns the PyInstaller bundle (dist\ParApp) into
; ParApp-Setup-<version>.exe. Build on Windows, after `pyinstaller build.spec`:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\parapp.iss
; The uninstaller removes the program, never the user's data in %APPDATA%\ParApp.
; Saved as UTF-8 with a byte-order mark: the Vietnamese messages below read right in every Inno Setup 6.

#define AppName "ParApp"
#define AppVersion "0.1.0"
#define AppPublisher "ParApp"
#define AppExe "ParApp.exe"

[Setup]
AppId={{6F1B7C2E-3A4D-4E8B-9C1F-5A2D7E9B0C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=ParApp-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\parapp.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Per-user install works without administrator rights on locked-down office PCs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
; Vietnamese first: the installer speaks the users' language.
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.StartWithWindows=Khởi động ParApp cùng Windows (thu nhỏ, nhắc việc quá hạn mỗi ngày)
english.StartWithWindows=Start ParApp with Windows (minimised, with the daily reminder of overdue work)
vietnamese.StartGroup=Khởi động:
english.StartGroup=Start-up:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
; Off unless chosen: the reminder needs ParApp running, and not every office wants it at every start.
Name: "startup"; Description: "{cm:StartWithWindows}"; GroupDescription: "{cm:StartGroup}"; Flags: unchecked

[Files]
Source: "..\dist\ParApp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
; The user's own Startup folder (no administrator rights needed); removed by the uninstaller.
Name: "{userstartup}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "--minimized"; Tasks: startup

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder: the register, its backups and
; evidence (%APPDATA%\ParApp) are official records and stay after uninstalling.
