; Inno Setup 6 script: a per-user installer for the PyInstaller bundle dist\vipps-desktop\.
; Compiled with the real bundle, installed, upgraded and uninstalled under Wine on Debian on every
; CI run (packaging/windows/build-under-wine.sh, wine-check.sh); .github/workflows/build.yml
; compiles it on a Windows runner and self-tests the installed app there.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\vipps-desktop.iss
;
; Per user: no administrator rights, installs under %LOCALAPPDATA%\Programs, Start-menu
; shortcut, an uninstaller in "Apps & features". The keys the app keeps in Windows Credential
; Manager belong to the user and are not touched by the uninstaller (the app deletes them
; itself once they are saved in Criipto).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; Four numbers for the file version resource (a pre-release such as 0.2.0rc1 passes 0.2.0).
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\vipps-desktop"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\vipps-desktop.ico"
#endif
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install. Wine 8 cannot expand it, so the
; Wine check passes /DInstallRoot={localappdata}\Programs (the same folder).
; The Wine check's second (upgrade) installer is compiled with lzma2/fast: the same files, ~4x faster.
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#ifndef InstallRoot
  #define InstallRoot "{autopf}"
#endif
#define AppName "Vipps Login Setup"
#define AppExe "vipps-desktop.exe"

[Setup]
; Never change AppId: it ties upgrades and the uninstaller to earlier installs.
AppId={{BD2FAD85-7687-4D22-A453-9F3C67163E13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=vipps-desktop
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per-user install: {autopf} is %LOCALAPPDATA%\Programs when running without elevation.
PrivilegesRequired=lowest
DefaultDirName={#InstallRoot}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=vipps-desktop-{#AppVersion}-setup
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
; The exported setup's file type (issue 26) is associated with the app: Explorer is told.
ChangesAssociations=yes
; The app must not run while its files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Registry]
; "Open with" for an exported setup (.vippssetup, docs/setup-file-format.md), for this user
; (HKA is HKCU in a per-user install). The uninstaller removes the class and the extension's
; values it set, nothing another program put there.
Root: HKA; Subkey: "Software\Classes\.vippssetup"; ValueType: string; ValueName: ""; ValueData: "VippsDesktop.Setup"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.vippssetup\OpenWithProgids"; ValueType: string; ValueName: "VippsDesktop.Setup"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\VippsDesktop.Setup"; ValueType: string; ValueName: ""; ValueData: "Vipps Login setup"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\VippsDesktop.Setup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\VippsDesktop.Setup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
