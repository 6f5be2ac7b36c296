; Inno Setup script for Cliffhanger on Windows: per-user install of the PyInstaller bundle.
; Build the bundle first (python packaging\build.py), then: iscc packaging\windows\cliffhanger.iss
; (iscc /DAppVersion=X.Y.Z ... for another version)
; See packaging\README.md.

#define AppName "Cliffhanger"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "cliffhanger.exe"
#define AppId "io.github.cliffhanger.Cliffhanger"
#define Root "..\.."

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Cliffhanger developers
AppPublisherURL=https://github.com/cliffhanger/cliffhanger
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={#Root}\dist
OutputBaseFilename=Cliffhanger-{#AppVersion}-windows-setup
SetupIconFile={#Root}\resources\icons\cliffhanger.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "autostart"; Description: "Start Cliffhanger in the tray when I sign in"; GroupDescription: "Reminders:"

[Files]
Source: "{#Root}\dist\Cliffhanger\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The same value the app's "Start at login" setting writes, so either can turn it off.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "Cliffhanger"; ValueData: """{app}\{#AppExe}"" --minimized"; Tasks: autostart; Flags: uninsdeletevalue

[UninstallDelete]
; Only the program folder: the watchlist in %LOCALAPPDATA%\Cliffhanger is the user's and stays.
Type: dirifempty; Name: "{app}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
