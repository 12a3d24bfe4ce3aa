; Inno Setup 6 script of Samverkan's installer (see installer/README.md).
;
; Build the bundle first (pyinstaller installer\samverkan.spec), then, from the
; repository root:
;   iscc /DMyAppVersion=0.1.0 /DMyAppNumericVersion=0.1.0.0 installer\samverkan.iss
; The versions come from pyproject.toml: python installer\version_info.py [--numeric]
; The installer is written to dist\installer\Samverkan-<version>-setup.exe.
;
; One installer for both kinds of install: per user (the default, no
; administrator needed, into %LOCALAPPDATA%\Programs\Samverkan) or per machine
; (into Program Files), chosen in a dialog or with /ALLUSERS or /CURRENTUSER.
;
; Signing: define Sign and a sign tool named "samverkan" on iscc's command line;
; Inno Setup then signs the installer and the uninstaller it builds, e.g.
;   iscc /DSign "/Ssamverkan=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" ...
; ($f is the file to sign.) The program's own .exe files are signed before this
; step, in dist\Samverkan, because [Files] copies them as they are.

#ifndef MyAppVersion
  #error Pass the version from pyproject.toml: iscc /DMyAppVersion=0.1.0 installer\samverkan.iss
#endif
#ifndef MyAppNumericVersion
  #define MyAppNumericVersion MyAppVersion
#endif
#define MyAppName "Samverkan"
#define MyAppExeName "Samverkan.exe"
#ifndef MyAppPublisher
  #define MyAppPublisher "The municipality's safety office"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
; ("{{" is a literal "{" here.)
AppId={{78A01220-622D-4793-ABC9-50086641B08F}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
VersionInfoVersion={#MyAppNumericVersion}
VersionInfoProductVersion={#MyAppNumericVersion}
VersionInfoProductTextVersion={#MyAppVersion}
; Per user unless the person installing (dialog) or IT (/ALLUSERS) says otherwise.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; {autopf}: Program Files per machine, %LOCALAPPDATA%\Programs per user. The
; data folder (%LOCALAPPDATA%\Samverkan) is another folder: not the program's.
DefaultDirName={autopf}\{#MyAppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Relative paths start from this script's folder (installer\).
OutputDir=..\dist\installer
OutputBaseFilename={#MyAppName}-{#MyAppVersion}-setup
SetupIconFile=samverkan.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Samverkan is asked to close (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=samverkan
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Swedish is not among Inno Setup's official translations: the wizard speaks
; Swedish when a Swedish.isl lies beside this script (the Windows workflow
; fetches the Inno Setup project's unofficial one) or in the compiler's
; Languages folder. The application itself chooses its language at start.
#if FileExists(AddBackslash(SourcePath) + "Swedish.isl")
Name: "swedish"; MessagesFile: "Swedish.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the previous version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The one-folder bundle: Samverkan.exe, samverkan-cli.exe and _internal\.
Source: "..\dist\Samverkan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; Only the program's own folder. NEVER add {localappdata}\Samverkan (nor
; {userappdata}, {commonappdata}): it holds the user's database samverkan.db,
; its backups\ and logs\, which must survive an uninstall and a reinstall.
; tests/test_bundle.py fails if this section names anything outside {app}.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
