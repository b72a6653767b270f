; desk — Windows installer around the PyInstaller bundle (dist\desk).
;
; NOT RUN in desk's CI (it has no Windows): build it on Windows, after the bundle:
;   py -3.11 dev.py bundle                    (or: pyinstaller --noconfirm build.spec)
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\desk.iss
; -> dist\desk-setup-0.1.0.exe. Sign dist\desk\*.exe before this step and the setup after
; it (README, "For IT staff").
;
; What it does:
; - per-machine install into Program Files (needs admin), Start-menu entry for all users;
; - silent: desk-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CLOSEAPPLICATIONS
;   (the same command upgrades: same AppId, same folder);
; - never touches the users' data (%LOCALAPPDATA%\desk: encrypted database, key file, logs),
;   so data survives upgrades and uninstalls; an interactive uninstall offers an unticked
;   "also remove my data" box, a silent uninstall always keeps the data;
; - writes nothing into user profiles or HKCU itself. desk, when it runs, adds one value per
;   user: HKCU\...\CurrentVersion\Run\desk ("start at login", on by default; policy
;   `app.start_at_login = false` turns it off). The uninstall removes that value for the
;   user who uninstalls; other users' values point at the removed desk.exe and Windows
;   skips them at login.

#if VER < EncodeVer(6, 6, 0)
  #error Inno Setup 6.6 or newer is needed (CreateCustomForm takes its size since 6.6)
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BundleDir "..\..\dist\desk"

[Setup]
; The AppId identifies desk to Windows: never change it, or upgrades become second installs.
AppId={{3C1B6A2E-7D4F-4B8A-9E21-5F0D6C8B4A17}
AppName=desk
AppVersion={#AppVersion}
AppVerName=desk {#AppVersion}
AppPublisher=desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\desk
DisableDirPage=auto
DefaultGroupName=desk
DisableProgramGroupPage=yes
; Per machine only: no "install for me only" choice, so no per-user install to forget.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809: the oldest Windows Qt 6 supports.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=desk-setup-{#AppVersion}
SetupIconFile=desk.ico
UninstallDisplayIcon={app}\desk.exe
UninstallDisplayName=desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running desk holds its files open: let the Restart Manager close it for an upgrade.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Chinese wizard texts are unofficial Inno Setup translations: put ChineseSimplified.isl /
; ChineseTraditional.isl from https://jrsoftware.org/files/istrans/ into Inno Setup's
; Languages folder and they are used.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(CompilerPath + "Languages\ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#endif

[CustomMessages]
en.RemoveDataCaption=Uninstall desk
en.RemoveDataNote=desk will be removed from this computer. Your messages cache, key file and logs in %1 stay, so a later install finds them again.
en.RemoveDataBox=Also remove my data (cannot be undone)
; The Start-menu entry, named as the Linux menu's (packaging/linux/install.sh): found by
; typing its Chinese name too. The setup's language (Windows' own, by default) picks it.
en.MenuName=desk
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
zh_CN.RemoveDataCaption=卸载 desk
zh_CN.RemoveDataNote=将从本机移除 desk。您在 %1 中的消息缓存、密钥文件和日志会保留，重新安装后仍可使用。
zh_CN.RemoveDataBox=同时删除我的数据（无法恢复）
zh_CN.MenuName=desk 政务消息
#endif
#if FileExists(CompilerPath + "Languages\ChineseTraditional.isl")
zh_TW.RemoveDataCaption=解除安裝 desk
zh_TW.RemoveDataNote=將從本機移除 desk。您在 %1 中的訊息快取、金鑰檔案和記錄會保留，重新安裝後仍可使用。
zh_TW.RemoveDataBox=同時刪除我的資料（無法復原）
zh_TW.MenuName=desk 政務訊息
#endif

[InstallDelete]
; An upgrade replaces the whole bundle, so files an older desk shipped do not linger.
Type: filesandordirs; Name: "{app}\_internal"
; ...and the Start-menu entry under any of its names (an older desk's "desk", another
; language's): one desk in the menu, made again below.
Type: files; Name: "{autoprograms}\desk.lnk"
Type: files; Name: "{autoprograms}\desk 政务消息.lnk"
Type: files; Name: "{autoprograms}\desk 政務訊息.lnk"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms} is the all-users Start menu in a per-machine install.
Name: "{autoprograms}\{cm:MenuName}"; Filename: "{app}\desk.exe"

[Run]
Filename: "{app}\desk.exe"; Description: "{cm:LaunchProgram,desk}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; Python may leave __pycache__ next to the migrations if desk ever ran elevated.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
var
  RemoveData: Boolean;

function DataDir(): String;
begin
  { The data dir desk opens for this user (README, "Where desk keeps data"): DESK_DATA_DIR
    where IT set it, as desk reads it first, else platformdirs' user data dir. The box
    removed the default dir, and left the data IT had moved elsewhere, with its secrets.
    A relative DESK_DATA_DIR would name a folder beside the uninstaller, not desk's. }
  Result := GetEnv('DESK_DATA_DIR');
  if (Result = '') or (ExtractFileDrive(Result) = '') then
    Result := ExpandConstant('{localappdata}\desk');
end;

function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := True;
  RemoveData := False;
  if UninstallSilent then
    Exit;  { silent uninstalls (IT's rollouts) always keep the data }
  Form := CreateCustomForm(420, 150, False, False);
  try
    Form.Caption := CustomMessage('RemoveDataCaption');
    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.SetBounds(ScaleX(12), ScaleY(12), Form.ClientWidth - ScaleX(24), ScaleY(56));
    Note.Caption := FmtMessage(CustomMessage('RemoveDataNote'), [DataDir()]);
    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.SetBounds(ScaleX(12), ScaleY(76), Form.ClientWidth - ScaleX(24), ScaleY(20));
    Box.Caption := CustomMessage('RemoveDataBox');
    Box.Checked := False;
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.SetBounds(Form.ClientWidth - ScaleX(180), Form.ClientHeight - ScaleY(34),
      ScaleX(80), ScaleY(24));
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.SetBounds(Form.ClientWidth - ScaleX(92), Form.ClientHeight - ScaleY(34),
      ScaleX(80), ScaleY(24));
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    Result := Form.ShowModal() = mrOk;
    RemoveData := Result and Box.Checked;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
begin
  if CurUninstallStep = usUninstall then
  begin
    { desk's own "start at login" entry (desk/app/autostart.py), whatever happens to the data }
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run', 'desk');
    { While desk-cli.exe is still there: the store key and every account's access token in
      Credential Manager. keyring renames all but the newest secret (store-key:...@desk,
      account:...@desk), which cmdkey /delete:desk below would miss; a token left there
      still signs in. Plain Exec: the "as original user" variant is not supported at
      uninstall time (it raises). The uninstaller runs as the user whose local app data
      (DataDir) and HKCU it cleans, so it reaches that user's Credential Manager.
      Best effort: whatever desk-cli answers, the uninstall goes on. }
    if RemoveData then
      Exec(ExpandConstant('{app}\desk-cli.exe'),
        'keychain forget --yes --data-dir "' + DataDir() + '"', '', SW_HIDE,
        ewWaitUntilTerminated, ResultCode);
  end;
  if (CurUninstallStep <> usPostUninstall) or not RemoveData then
    Exit;
  DelTree(DataDir(), True, True, True);
  { desk keeps the database key in Credential Manager (service "desk") when it can; with
    the database gone the key opens nothing, but leave no stray secret behind. }
  Exec(ExpandConstant('{sys}\cmdkey.exe'), '/delete:desk', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode);
end;
