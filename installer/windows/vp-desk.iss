; Inno Setup script: a per-user installer for VP Desk (no administrator rights needed).
; Build on Windows after PyInstaller:
;   pyinstaller installer\vp-desk.spec
;   iscc installer\windows\vp-desk.iss        -> dist\vp-desk-setup-<version>.exe
; The uninstaller removes the program only: the vault, backups and settings in
; %LOCALAPPDATA%\vp-desk stay where they are (they are the user's data).

#define AppName "VP Desk"
#define AppVersion "0.1.0"
#define AppExe "vp-desk.exe"

[Setup]
AppId={{8E0B6C2A-5D4F-4B8E-9C61-0F3A2D7B9E14}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=VP Desk developers
DefaultDirName={localappdata}\Programs\VP Desk
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=vp-desk-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\vp-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\vp-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries for %LOCALAPPDATA%\vp-desk on purpose: uninstalling the
; program never deletes a vault.
