<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="43"/>
        <source>About desk</source>
        <translation>關於 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="44"/>
        <source>desk %1</source>
        <translation>desk %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="50"/>
        <source>Version: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="51"/>
        <source>Data folder: %1</source>
        <translation>資料位置：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="84"/>
        <source>Administrator policy: none of it applies: %1</source>
        <translation>管理員策略：全部未生效：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="90"/>
        <source>Administrator policy: %1</source>
        <translation>管理員政策：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="79"/>
        <source>Administrator policy: none (desk reads %1)</source>
        <translation>管理員政策：無（desk 從 %1 讀取）</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="52"/>
        <source>Logs: %1</source>
        <translation>日誌：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="54"/>
        <source>Qt: %1 (PySide6 %2)</source>
        <translation>Qt：%1（PySide6 %2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="55"/>
        <source>Python: %1</source>
        <translation>Python：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="56"/>
        <source>System: %1</source>
        <translation>系統：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="68"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/about_dialog.py" line="86"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 處問題</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="88"/>
        <source>Administrator policy: %1 (%2; the rest applies)</source>
        <translation>管理員政策：%1（%2；其餘設定已生效）</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="98"/>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="57"/>
        <source>Add account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="57"/>
        <source>Sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="67"/>
        <source>The server of the account that signs in again.</source>
        <translation>重新登入的帳號所在的伺服器。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="69"/>
        <source>Set by your site&apos;s policy: accounts are added on this server only.</source>
        <translation>由本單位策略設定：只能在此伺服器上新增帳號。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="75"/>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="76"/>
        <source>User id:</source>
        <translation>使用者 ID：</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="77"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="78"/>
        <source>Remove the demo workspace</source>
        <translation>移除示範工作區</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="87"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="103"/>
        <source>The server no longer accepts this account&apos;s sign-in: enter the password.</source>
        <translation>此帳號的登入已失效，請輸入密碼重新登入。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="124"/>
        <source>Enter the server address, starting with https://</source>
        <translation>請輸入伺服器位址，以 https:// 開頭</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="128"/>
        <source>Enter your user id, like @zhangsan:example.gov.cn or zhangsan</source>
        <translation>請輸入使用者 ID，例如 @zhangsan:example.gov.cn 或 zhangsan</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="131"/>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="135"/>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="172"/>
        <source>The server refused this user id and password.</source>
        <translation>伺服器拒絕了此使用者 ID 和密碼。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="185"/>
        <source>Signing in failed: no connection to the server over https://.
Check the address and port.
If the server uses http://, enter the address with http:// in front.</source>
        <translation>登入失敗：無法透過 https:// 連線伺服器。
請檢查位址和連接埠。
如果伺服器用的是 http://，請在位址前寫上 http://。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="191"/>
        <source>Signing in failed: no connection to the server.
Check the address and port.
Check also which the server uses: https:// or http://.</source>
        <translation>登入失敗：無法連線伺服器。
請檢查位址和連接埠，以及伺服器用的是 https:// 還是 http://。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="198"/>
        <source>Signing in failed: this computer does not trust the server&apos;s certificate.
Ask IT to install your organisation&apos;s CA certificate in the system&apos;s certificate store.</source>
        <translation>登入失敗：伺服器憑證不受本機信任。
請資訊部門把單位 CA 憑證安裝到系統憑證庫。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="162"/>
        <location filename="../desk/ui/account_dialog.py" line="173"/>
        <source>Signing in failed: %1.</source>
        <translation>登入失敗：%1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="176"/>
        <source>The system keychain refused to keep the sign-in token.</source>
        <translation>系統鑰匙圈拒絕保存登入權杖。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="106"/>
        <source>Accounts</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>User id</source>
        <translation>使用者 ID</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="127"/>
        <source>Add account…</source>
        <translation>新增帳號…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="128"/>
        <source>Sign in again…</source>
        <translation>重新登入…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="129"/>
        <location filename="../desk/ui/accounts_dialog.py" line="297"/>
        <source>Mark as &amp;shared…</source>
        <translation>設為共用帳號(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="131"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="132"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="160"/>
        <source>Demo workspace</source>
        <translation>示範工作區</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="162"/>
        <source>%1 (shared)</source>
        <translation>%1（共用）</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="169"/>
        <source>Shared: several people sign in to it (a duty room&apos;s). What it sends is not yours, except what this computer sent.</source>
        <translation>共用帳號：多人登入使用（如值班室的帳號）。它發出的訊息不算您自己發出的，本機發出的除外。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="200"/>
        <source>The demo workspace was removed.</source>
        <translation>示範工作區已移除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="204"/>
        <source>%1 was removed, and this computer signed out of it.</source>
        <translation>已移除 %1，本機已在伺服器上登出該帳號。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="212"/>
        <source>%1 was removed from this computer. It could not be signed out on the server (%2): this computer stays in the account&apos;s device list there until someone removes it.</source>
        <translation>已從本機移除 %1，但未能在伺服器上登出（%2）：本機仍留在該帳號的裝置清單中，直到有人在伺服器上將其刪除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="228"/>
        <source>%1 could not be removed (%2). Nothing was removed.</source>
        <translation>無法移除 %1（%2）。未移除任何內容。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="237"/>
        <source>the demo workspace</source>
        <translation>示範工作區</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="263"/>
        <source>Removing…</source>
        <translation>正在移除…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="265"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="267"/>
        <source>Built in: its messages are invented</source>
        <translation>內建：訊息皆為虛構</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="290"/>
        <source>Add your work account first: the demo workspace goes with it.</source>
        <translation>請先新增您的工作帳號：新增後示範工作區隨之移除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="297"/>
        <source>Not &amp;shared…</source>
        <translation>取消共用(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="329"/>
        <source>Remove the demo workspace?</source>
        <translation>移除示範工作區？</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="331"/>
        <source>Its %n invented message(s) are deleted from this computer. Your accounts and their messages are not touched.</source>
        <translation>
            <numerusform>其 %n 則虛構訊息將從本機刪除。您的帳號及其訊息不受影響。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="338"/>
        <source>Remove %1 from desk?</source>
        <translation>從 desk 移除 %1？</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="343"/>
        <source>Its %n message(s) are deleted from this computer, and this computer is signed out of the account on the server %1. What you read and marked done comes back if you add the same user on the same server again.</source>
        <translation>
            <numerusform>其 %n 則訊息將從本機刪除，本機也將在伺服器 %1 上登出該帳號。日後在同一伺服器上重新新增同一使用者時，已讀和已辦的標記會恢復。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="351"/>
        <source>It has no messages on this computer yet. This computer is signed out of the account on the server %1.</source>
        <translation>它在本機還沒有訊息。本機將在伺服器 %1 上登出該帳號。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="357"/>
        <source>Remove account</source>
        <translation>移除帳號</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="360"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="382"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="397"/>
        <source>Removing %1…</source>
        <translation>正在移除 %1…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="456"/>
        <source>Shared account</source>
        <translation>共用帳號</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="437"/>
        <source>Mark %1 as a shared account?</source>
        <translation>將 %1 設為共用帳號？</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="439"/>
        <source>A shared account is one several people sign in to, such as a duty room&apos;s (值班室). What it sends is then not yours: a colleague&apos;s DING from it rings, and an urgent notice from it is unread, as anyone else&apos;s. What this computer sent from it stays yours.

Messages from it stored before become someone else&apos;s and are sorted again; a DING among them does not ring again: it was stored as yours, without its DING.</source>
        <translation>共用帳號是多人登入使用的帳號，例如值班室的帳號。設為共用後，它發出的訊息不再算您自己發出的：同事用它發的 DING 會提醒您，它發的緊急通知顯示為未讀，與其他人發的一樣。本機用它發出的訊息仍算您自己的。

此前存下的由它發出的訊息將改算他人所發並重新分揀；其中的 DING 不會再次提醒：它們當時按您自己發出的存下，未保留 DING 標記。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="447"/>
        <source>Mark as shared</source>
        <translation>設為共用</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="449"/>
        <source>Make %1 yours alone?</source>
        <translation>將 %1 改為僅您本人使用？</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="451"/>
        <source>What it sends is then yours: read, silent, never a DING for you to confirm. Messages from it stored before become yours again, read.</source>
        <translation>之後它發出的訊息算作您自己發出的：已讀、不提醒，也不會有需要您確認的 DING。此前存下的由它發出的訊息重新算作您自己發出的，標為已讀。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="454"/>
        <source>Not shared</source>
        <translation>取消共用</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="468"/>
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="489"/>
        <source>%1 is no longer in desk (it was removed meanwhile). Nothing was changed.</source>
        <translation>%1 已不在 desk 中（期間已被移除）。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="499"/>
        <source>%1 could not be changed (%2). Nothing was changed.</source>
        <translation>%1 未能變更（%2）。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="508"/>
        <source>%1 is shared now: what it sends is not yours (a colleague&apos;s DING from it rings), except what this computer sent.</source>
        <translation>%1 現為多人共用：它發出的訊息不算您自己發出的（同事用它發的 DING 會提醒您），本機發出的除外。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="517"/>
        <source>%n message(s) from it stored before are someone else&apos;s now, sorted again (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING.</source>
        <translation>
            <numerusform>此前存下的 %n 則由它發出的訊息現在算作他人所發，將在同步時重新分揀（未讀的緊急訊息會提醒）；其中的 DING 不會再次提醒：它們當時按您自己發出的存下，未保留 DING 標記。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="526"/>
        <source>%1 is yours alone now: what it sends is yours.</source>
        <translation>%1 現僅您本人使用：它發出的訊息算作您自己發出的。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="531"/>
        <source>%n message(s) from it stored before are yours again, read.</source>
        <translation>
            <numerusform>此前存下的 %n 則由它發出的訊息重新算作您自己發出的，已標為已讀。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="540"/>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../desk/app/alerts.py" line="556"/>
        <location filename="../desk/app/alerts.py" line="604"/>
        <location filename="../desk/app/alerts.py" line="651"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="521"/>
        <source>%1 new messages</source>
        <translation>%1 則新訊息</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="522"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="549"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="675"/>
        <location filename="../desk/app/alerts.py" line="732"/>
        <source>%1 “%2”</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="710"/>
        <source>%n asking you</source>
        <translation>@我 %n 則</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="742"/>
        <source>%1 and more</source>
        <translation>%1等</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="711"/>
        <source>%n asking you: %1</source>
        <translation>@我 %n 則：%1</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="510"/>
        <source>Came through quiet hours: %1 (urgent items always do)</source>
        <translation>勿擾期間仍提醒：%1（緊急訊息總會提醒）</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="601"/>
        <source>%1 (always-notify group) · %2</source>
        <translation>%1（一律提醒的群組） · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="603"/>
        <source>%1 · %2 (always-notify person)</source>
        <translation>%1 · %2（一律提醒的人）</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="624"/>
        <source>%1 replied to your DING</source>
        <translation>%1 回覆您的 DING</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="626"/>
        <source>%1 and others replied to your DING (%n people)</source>
        <translation>%1等 %n 人回覆您的 DING</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="633"/>
        <source>%1/%2 confirmed</source>
        <translation>已確認 %1/%2</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="642"/>
        <source>%1 replied</source>
        <translation>%1 回覆</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="644"/>
        <source>%1: %n replies</source>
        <translation>%1 %n 則回覆</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="646"/>
        <source>%1 and others: %n replies</source>
        <translation>%1等 %n 則回覆</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="657"/>
        <source>Came through quiet hours: replying to your DING</source>
        <translation>勿擾期間仍提醒：回覆您發出的 DING</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="659"/>
        <source>Came through quiet hours: replying to your urgent notice</source>
        <translation>勿擾期間仍提醒：回覆您發出的緊急通知</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="666"/>
        <source>Came through quiet hours: replying to your DING “%1”</source>
        <translation>勿擾期間仍提醒：回覆您發出的 DING「%1」</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="670"/>
        <source>Came through quiet hours: replying to your urgent notice “%1”</source>
        <translation>勿擾期間仍提醒：回覆您發出的緊急通知「%1」</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="721"/>
        <source>%n alerted while quiet</source>
        <translation>勿擾期間已提醒 %n 則</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="722"/>
        <source>%n alerted while quiet: %1</source>
        <translation>勿擾期間已提醒 %n 則：%1</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="757"/>
        <source>Held during quiet hours: %1</source>
        <translation>勿擾期間暫緩 %1 則</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="764"/>
        <source>Held during quiet hours (since %1): %2</source>
        <translation>勿擾期間（%1 起）暫緩 %2 則</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="768"/>
        <location filename="../desk/app/alerts.py" line="771"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="776"/>
        <source> and %1 more groups</source>
        <translation>，另有 %1 個群</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="492"/>
        <source>Quiet hours were not changed (%1).</source>
        <translation>免打擾設定未能變更（%1）。</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <location filename="../desk/app/attachments.py" line="55"/>
        <source>Save the copy outside desk&apos;s data folder: the copy is not encrypted.</source>
        <translation>請把副本儲存到 desk 資料夾以外：副本沒有加密。</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="67"/>
        <source>the server asks you to sign in again</source>
        <translation>伺服器要求重新登入</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="87"/>
        <source>Could not save the attachment: %1</source>
        <translation>無法儲存附件：%1</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="94"/>
        <source>you may not write in that folder; choose another</source>
        <translation>沒有權限寫入該資料夾，請另選位置</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="96"/>
        <source>that folder is gone; choose another</source>
        <translation>該資料夾已不存在，請另選位置</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="98"/>
        <source>the disk is full</source>
        <translation>磁碟已滿，請清理磁碟空間</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="102"/>
        <source>Save attachment</source>
        <translation>儲存附件</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="565"/>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>AwayLine</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="72"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="73"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="74"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="75"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="76"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="77"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="78"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="36"/>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="38"/>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="41"/>
        <source>%1 %2</source>
        <comment>a weekday and a time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="43"/>
        <source>%1/%2 %3</source>
        <comment>month, day and time</comment>
        <translation>%1月%2日 %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="97"/>
        <source>%1 %2</source>
        <comment>a view and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/away_line.py" line="107"/>
        <source>While you were away (since %1): %n unread of %2 arrived (%3)</source>
        <translation>
            <numerusform>您離開期間（%1 起）：%n 則未讀，共新到 %2 則（%3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/away_line.py" line="117"/>
        <source>While you were away (since %1), %n arrived: %2</source>
        <translation>
            <numerusform>您離開期間（%1 起）新到 %n 則：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="123"/>
        <source>These count all that arrived while you were away, read or not; the numbers at the left count what is not done yet in %1, %2 and %3, and what is unread in the other views.</source>
        <translation>這裡數的是離開期間新到的全部訊息，已讀未讀都算；左側的數字在%1、%2、%3裡數尚未辦完的，其餘只數未讀。</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="78"/>
        <source>Show only these</source>
        <translation>只看這些</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="81"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>BannerPlace</name>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="549"/>
        <source>No DING waits for confirmation</source>
        <translation>沒有待確認的 DING</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../desk/ui/card_text.py" line="109"/>
        <source>You withdrew a message</source>
        <translation>你收回了一則訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="110"/>
        <source>%1 withdrew a message</source>
        <translation>%1收回了一則訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="91"/>
        <source>Encrypted message: desk cannot read end-to-end encrypted rooms yet.</source>
        <translation>加密訊息：desk 暫不支援讀取端對端加密的群組。</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="101"/>
        <source>You withdrew a message by %1</source>
        <translation>你收回了%1的一則訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="105"/>
        <source>%1 withdrew a message of yours</source>
        <translation>%1收回了你的一則訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="106"/>
        <source>%1 withdrew a message by %2</source>
        <translation>%1收回了%2的一則訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="114"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="127"/>
        <source>also in: %1</source>
        <translation>也在：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="189"/>
        <source>me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="196"/>
        <source>, …</source>
        <translation>等</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="139"/>
        <source>acknowledged ×%1 (%2)</source>
        <translation>收到 ×%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="211"/>
        <source>replies ×%1 (%2)</source>
        <translation>回覆 ×%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="320"/>
        <source>all %1 reported</source>
        <translation>已報齊（%1 個單位）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="243"/>
        <source>reported %1/%2, not yet: %3</source>
        <translation>已報 %1/%2，未報：%3</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="71"/>
        <location filename="../desk/ui/card_text.py" line="78"/>
        <source>DING again %1</source>
        <translation>再次 DING %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="74"/>
        <source>DING again %1 (to %n)</source>
        <translation>再次 DING %1（%n 人）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="149"/>
        <source>confirmation · waiting to be sent</source>
        <translation>確認 · 待發送</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="153"/>
        <source>收到 · waiting to be sent</source>
        <translation>收到 · 待發送</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="154"/>
        <source>reply · waiting to be sent</source>
        <translation>回覆 · 待發送</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="235"/>
        <source>all reported: %1</source>
        <translation>已報齊：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="241"/>
        <source>reported by %1: %2/%3, not yet: %4</source>
        <translation>%1已報 %2/%3，未報：%4</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="246"/>
        <source>reported by %1: %2/%3</source>
        <translation>%1已報 %2/%3</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="248"/>
        <source>reported %1/%2</source>
        <translation>已報 %1/%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="261"/>
        <source>villages</source>
        <translation>各村（社區）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="263"/>
        <source>towns</source>
        <translation>各鎮（街道）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="264"/>
        <source>units</source>
        <translation>各單位</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="296"/>
        <source>our town reported (%1)</source>
        <translation>本鎮已報（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="297"/>
        <source>our township reported (%1)</source>
        <translation>本鄉已報（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="298"/>
        <source>our street office reported (%1)</source>
        <translation>本街道已報（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="299"/>
        <source>our unit reported (%1)</source>
        <translation>本單位已報（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="302"/>
        <source>our town has not reported</source>
        <translation>本鎮還沒報</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="303"/>
        <source>our township has not reported</source>
        <translation>本鄉還沒報</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="304"/>
        <source>our street office has not reported</source>
        <translation>本街道還沒報</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="305"/>
        <source>our unit has not reported</source>
        <translation>本單位還沒報</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="317"/>
        <source>all %1 villages reported</source>
        <translation>各村（社區）已報齊（%1 個）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="319"/>
        <source>all %1 towns reported</source>
        <translation>各鎮（街道）已報齊（%1 個）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="343"/>
        <source>Not yet reported: %1</source>
        <translation>未報：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="347"/>
        <source>Reported: %1</source>
        <translation>已報：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="385"/>
        <source>DING the &amp;unreported…</source>
        <translation>DING 未報的(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="395"/>
        <source>DING the unreported: first select a notice of yours asking for reports</source>
        <translation>DING 未報的：請先選取您發出的要求報送的通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="398"/>
        <source>Select a notice of yours that asks units to report.</source>
        <translation>請先選中一條您發出的、要求各單位報送的通知。</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="404"/>
        <source>DING the unreported: all have reported</source>
        <translation>DING 未報的：都已報齊</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="405"/>
        <source>All the units asked have reported.</source>
        <translation>要求報送的單位都已報齊。</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="408"/>
        <source>DING the &amp;unreported (%n)…</source>
        <translation>DING 未報的 (%n)(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="421"/>
        <source>Reported by %1: %2 of %3 (a report in the groups; 收到 alone is no report):</source>
        <translation>%1已報 %2/%3（以群裡的報送為準，僅回覆「收到」不算已報）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="425"/>
        <source>Reported %1 of %2 units (a report in the groups; 收到 alone is no report):</source>
        <translation>已報 %1/%2 個單位（以群裡的報送為準，僅回覆「收到」不算已報）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="433"/>
        <source>Replies ×%1:</source>
        <translation>回覆 ×%1：</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="455"/>
        <location filename="../desk/ui/card_text.py" line="492"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="462"/>
        <source>acknowledged ×%1:</source>
        <translation>收到 ×%1：</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="509"/>
        <source>and %1 more</source>
        <translation>另有 %1 人</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="519"/>
        <source>your confirmation did not reach the group</source>
        <translation>您的確認未送達</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="615"/>
        <source>Confirm by %1 · %2 min left</source>
        <translation>應在 %1 前確認 · 還有 %2 分鐘</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="618"/>
        <source>Confirm by %1 · %2 h left</source>
        <translation>應在 %1 前確認 · 還有 %2 小時</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="621"/>
        <source>Confirm by %1 · %2 h %3 min left</source>
        <translation>應在 %1 前確認 · 還有 %2 小時 %3 分</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="627"/>
        <source>Confirm by %1 · %2</source>
        <translation>應在 %1 前確認 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="630"/>
        <source>Confirm by %1 · %2 min late</source>
        <translation>應在 %1 前確認 · 已逾時 %2 分鐘</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="633"/>
        <source>Confirm by %1 · %2 h late</source>
        <translation>應在 %1 前確認 · 已逾時 %2 小時</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="635"/>
        <source>Confirm by %1 · %2 h %3 min late</source>
        <translation>應在 %1 前確認 · 已逾時 %2 小時 %3 分</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="674"/>
        <source>names your unit</source>
        <translation>點名本單位</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="736"/>
        <source>[Draft]</source>
        <translation>[草稿]</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="756"/>
        <source>unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="763"/>
        <source>reply written, not sent</source>
        <translation>有未傳送的回覆草稿</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="769"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../desk/ui/inbox_delegate.py" line="642"/>
        <source>%1 again</source>
        <comment>a card&apos;s time: posted again then</comment>
        <translation>%1 再次發送</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="176"/>
        <source>desk: change passphrase</source>
        <translation>desk：變更密碼</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="182"/>
        <source>desk asks for this passphrase at every start: it protects the database on this computer. Choose a new one of at least %1 characters. Without it the data cannot be recovered.</source>
        <translation>每次啟動 desk 都需要輸入此密碼，它保護本機上的資料庫。請設定至少 %1 個字元的新密碼。忘記密碼將無法復原資料。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="196"/>
        <source>&amp;Current passphrase:</source>
        <translation>目前密碼(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="197"/>
        <source>&amp;New passphrase:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="198"/>
        <source>&amp;Repeat the new one:</source>
        <translation>再次輸入新密碼(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="204"/>
        <source>&amp;Show the passphrases</source>
        <translation>顯示密碼(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="219"/>
        <source>Changing the passphrase…</source>
        <translation>正在變更密碼…</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="227"/>
        <source>Change passphrase</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="257"/>
        <source>Enter the current passphrase.</source>
        <translation>請輸入目前密碼。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="282"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>目前密碼錯誤，密碼未變更。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="293"/>
        <source>The passphrase was not changed: %1. The current passphrase still opens desk.</source>
        <translation>密碼未變更：%1。仍可用目前密碼開啟 desk。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desk/cli/common.py" line="34"/>
        <source>The database exists but its key file ({detail}) is missing; desk will not create a new database over it.</source>
        <translation>資料庫仍在，但其金鑰檔（{detail}）不見了；desk 不會在它之上新建資料庫。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="39"/>
        <source>The key file is damaged: {detail}</source>
        <translation>金鑰檔已損壞：{detail}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="43"/>
        <source>Cannot read the key file {detail}: {reason}. Check its permissions, or close the program holding it, then try again; nothing was changed.</source>
        <translation>無法讀取金鑰檔 {detail}：{reason}。請檢查其權限，或關閉占用它的程式後重試；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="48"/>
        <source>This store needs a passphrase: set DESK_PASSPHRASE, or run the command in a terminal to type it.</source>
        <translation>此資料需要本機資料密碼：請設定 DESK_PASSPHRASE，或在終端機中執行此命令以輸入密碼。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="55"/>
        <source>A new store needs a passphrase here (no keychain to keep its key): set DESK_PASSPHRASE, or run the command in a terminal to choose one.</source>
        <translation>新建資料需要設定本機資料密碼（本機沒有可保存金鑰的鑰匙圈）：請設定 DESK_PASSPHRASE，或在終端機中執行此命令以設定密碼。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="62"/>
        <source>Wrong passphrase: the store was left untouched. Try again (mind Caps Lock and the keyboard layout). If it is forgotten, nothing else opens the store: in the desk window, Forgot it? starts afresh with an empty inbox and keeps the old files aside; or ask your IT staff.</source>
        <translation>本機資料密碼不正確，資料未作任何改動。請再試一次（注意大寫鎖定鍵和鍵盤輸入法）。密碼如已遺忘，沒有其他辦法開啟這些資料：可在 desk 視窗中點「忘記了？」，以空的收件匣重新開始，舊檔案會保留在一旁；或者聯絡資訊部門。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="69"/>
        <source>The keychain holds no key for this store, so nothing can open it (was the user&apos;s profile or keychain reset?). To start afresh, start the window and choose Start afresh, or ask your IT staff.</source>
        <translation>系統憑證儲存中沒有這份資料的金鑰，因此無法開啟（使用者設定或憑證儲存是否被重設過？）。如需重新開始，請開啟 desk 視窗並選擇「重新開始」，或者聯絡資訊部門。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="75"/>
        <source>The database does not open with its key file: {detail} may be damaged, not desk&apos;s, or desk.key may come from another data dir. Nothing was changed.</source>
        <translation>資料庫無法用其金鑰檔開啟：{detail} 可能已損壞或不是 desk 的，或 desk.key 來自另一個資料資料夾。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="80"/>
        <source>The database is damaged: {detail}. Nothing was changed; restore the data dir from a backup, or move it aside to start afresh.</source>
        <translation>資料庫已損壞：{detail}。未做任何更改；請從備份還原資料資料夾，或將其移走以重新開始。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="85"/>
        <source>Cannot read or write the database {detail}: the disk is full or failing. Free some space and try again; nothing was changed.</source>
        <translation>無法讀寫資料庫 {detail}：磁碟已滿或發生故障。請騰出空間後重試；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="92"/>
        <source>cannot write the database {detail}: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>無法寫入資料庫 {detail}：磁碟已滿。請騰出空間後重試；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="97"/>
        <source>Cannot open the database {detail}: {reason}. Check its permissions (and those of its -wal and -shm files), or close the program holding it, then try again; nothing was changed.</source>
        <translation>無法開啟資料庫 {detail}：{reason}。請檢查其權限（以及 -wal、-shm 檔的權限），或關閉占用它的程式後重試；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="103"/>
        <source>The system keychain, which holds this database&apos;s key, is not available or is locked ({detail}); unlock it, or log in to the desktop again, and try again. A data dir copied from another computer or user left its key in that one&apos;s keychain.</source>
        <translation>存放這份資料庫金鑰的系統憑證儲存無法使用或已鎖定（{detail}）；請解鎖，或重新登入桌面後再試。從另一台電腦或另一個使用者複製來的資料目錄，其金鑰留在那邊的憑證儲存裡。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="109"/>
        <source>The database could not be opened ({detail}); nothing was changed. logs/desk.log in the data dir says more.</source>
        <translation>資料庫未能開啟（{detail}）；未做任何更改。詳情見資料資料夾中的 logs/desk.log。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="114"/>
        <source>Another program has been holding this data dir for too long ({detail}): another desk opening it, or a backup or antivirus scan; try again when it has finished. Nothing was changed.</source>
        <translation>另一個程式占用此資料資料夾過久（{detail}）：可能是另一個 desk 正在開啟它，或備份、防毒掃描；請待其結束後重試。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="120"/>
        <source>The database was written by a newer desk (schema {detail}); update desk to open it. Nothing was changed.</source>
        <translation>此資料庫由更新版本的 desk 寫入（結構版本 {detail}）；請升級 desk 後再開啟。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="128"/>
        <source>use at least {least} characters</source>
        <translation>至少需要 {least} 個字元</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="129"/>
        <source>the two passphrases differ</source>
        <translation>兩次輸入的密碼不一致</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="134"/>
        <source>permission denied</source>
        <translation>沒有權限</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="138"/>
        <source>another program is using it</source>
        <translation>另一個程式正在使用它</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="142"/>
        <source>it is a folder, not a file</source>
        <translation>它是資料夾，不是檔案</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="146"/>
        <source>it is not a file (a pipe or a device)</source>
        <translation>它不是一般檔案（而是管道或裝置）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="185"/>
        <source>desk found it damaged (noted in {marker})</source>
        <translation>desk 曾發現它已損壞（記錄於 {marker}）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="187"/>
        <source>desk found it damaged on {when} (noted in {marker})</source>
        <translation>desk 於 {when} 發現它已損壞（記錄於 {marker}）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="202"/>
        <source>{path} is a file, not a directory</source>
        <translation>{path} 是檔案，不是資料夾</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="206"/>
        <source>no permission to write {path}</source>
        <translation>沒有寫入 {path} 的權限</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="210"/>
        <source>{path} is on a read-only file system</source>
        <translation>{path} 位於唯讀檔案系統上</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="214"/>
        <source>{path}: {detail}</source>
        <translation>{path}：{detail}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="223"/>
        <source>no connection (check the address and port, and whether the server speaks https:// or http://)</source>
        <translation>無法連線伺服器（請檢查位址和連接埠，以及伺服器用的是 https:// 還是 http://）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="228"/>
        <source>the server&apos;s certificate is not trusted on this computer (IT: install the organisation&apos;s CA certificate in the system&apos;s certificate store, or add the account with --ca-bundle FILE)</source>
        <translation>伺服器憑證不受本機信任（資訊部門：請把單位 CA 憑證安裝到系統憑證庫，或用 --ca-bundle 檔案 新增帳號）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="234"/>
        <source>no Matrix server answers at this address (check the address)</source>
        <translation>該位址沒有 Matrix 伺服器回應（請檢查位址）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="237"/>
        <source>the server had an error; try again later</source>
        <translation>伺服器出錯，請稍後再試</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="238"/>
        <source>the server asks to wait; try again in a minute</source>
        <translation>伺服器要求稍候，請一分鐘後再試</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="239"/>
        <source>the server&apos;s answer could not be read</source>
        <translation>伺服器的回覆無法讀取</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="246"/>
        <source>cannot connect to the proxy server {proxy}: check the proxy settings or ask IT</source>
        <translation>無法連線代理伺服器 {proxy}，請檢查代理設定或聯絡資訊部門</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="260"/>
        <source>cannot write the database {path}: it is read-only (check that this user owns it and its -wal and -shm files)</source>
        <translation>無法寫入資料庫 {path}：它是唯讀的（請確認目前使用者擁有它及其 -wal、-shm 檔）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="265"/>
        <source>the database {path} is busy: another desk holds it; try again</source>
        <translation>資料庫 {path} 正忙：另一個 desk 正在使用；請重試</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="269"/>
        <source>cannot write the database {path}: the disk is full</source>
        <translation>無法寫入資料庫 {path}：磁碟已滿</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="273"/>
        <source>the database {path} is damaged: restore the data dir from a backup, or start desk&apos;s window, which offers to start afresh{noted}</source>
        <translation>資料庫 {path} 已損壞：請從備份還原資料資料夾，或開啟 desk 視窗，它會提供「重新開始」{noted}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="278"/>
        <source>cannot read or write the database {path}: the disk is full or failing</source>
        <translation>無法讀寫資料庫 {path}：磁碟已滿或發生故障</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="282"/>
        <source>the database {path} failed ({detail}); see {log}</source>
        <translation>資料庫 {path} 出錯（{detail}）；詳見 {log}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="296"/>
        <source>cannot write {file}: the disk is full. Free some space and try again.</source>
        <translation>無法寫入 {file}：磁碟已滿。請騰出空間後重試。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="329"/>
        <source>cannot use the data dir {root}: {owned} belongs to {owner}, not to {user} (restored as {owner}?): `{command}` gives it back</source>
        <translation>無法使用資料目錄 {root}：{owned} 屬於 {owner}，而不屬於 {user}（是以 {owner} 身分還原的嗎？）：執行 `{command}` 即可歸還</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="342"/>
        <source>cannot use the data dir {root}: {reason} (choose another with --data-dir)</source>
        <translation>無法使用資料資料夾 {root}：{reason}（可用 --data-dir 另選）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="49"/>
        <source>is empty: name a folder, or leave the option out</source>
        <translation>為空：請指定一個資料夾，或不寫這個選項</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="61"/>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整數</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="65"/>
        <source>{number} is below 0</source>
        <translation>{number} 小於 0</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="75"/>
        <source>where desk keeps its database, key and logs (default: $DESK_DATA_DIR or the platform&apos;s user data dir)</source>
        <translation>desk 存放資料庫、密鑰和記錄檔的位置（預設：$DESK_DATA_DIR，否則為系統的使用者資料夾）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="378"/>
        <source>no desk data in {root}: only the key file {key} is there, without the database it opens (desk.db moved or deleted?): check --data-dir (desk sync --once, or starting desk, makes a new database under that key)</source>
        <translation>{root} 中沒有 desk 資料：只有金鑰檔 {key}，而它所對應的資料庫不在（desk.db 被移走或刪除了？）：請檢查 --data-dir（執行 desk sync --once 或開啟 desk 會用這個金鑰新建資料庫）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="385"/>
        <source>no desk data in {root}: check --data-dir (desk sync --once, or starting desk, makes it)</source>
        <translation>{root} 中沒有 desk 資料：請檢查 --data-dir（執行 desk sync --once 或開啟 desk 會建立它）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="398"/>
        <source>{variable} is too short for a new store: use at least {least} characters</source>
        <translation>{variable} 作為新資料的密碼太短：至少需要 {least} 個字元</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="407"/>
        <source>{database} was found damaged before, but every page of it reads now (restored from a backup?): {marker} was removed</source>
        <translation>{database} 之前被發現已損壞，但現在每一頁都能讀取（已從備份還原？）：已刪除 {marker}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="433"/>
        <source>wrong passphrase, try again</source>
        <translation>本機資料密碼不正確，請重試</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="469"/>
        <source>Passphrase for {root}: </source>
        <translation>{root} 的本機資料密碼：</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="471"/>
        <source>New passphrase for {root}: </source>
        <translation>{root} 的新本機資料密碼：</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="477"/>
        <source>no passphrase chosen; nothing was created</source>
        <translation>未設定密碼；未建立任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="491"/>
        <source>Once more: </source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="501"/>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): start desk in a desktop session; the commands in `desk --help` need none, and QT_QPA_PLATFORM=offscreen runs the window without a screen</source>
        <translation>沒有可以開啟視窗的顯示器（DISPLAY 和 WAYLAND_DISPLAY 都未設定）：請在桌面工作階段中啟動 desk；`desk --help` 列出的命令不需要顯示器，QT_QPA_PLATFORM=offscreen 可在沒有螢幕時執行視窗</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="507"/>
        <source>the display {display} (DISPLAY) cannot be opened: no X server answers there, or it refuses this user, so the window cannot start. Start desk in a desktop session, or set DISPLAY to a display that runs; the commands in `desk --help` need none</source>
        <translation>無法開啟顯示器 {display}（DISPLAY）：那裡沒有 X 伺服器回應，或者它拒絕此使用者，所以視窗無法啟動。請在桌面工作階段中啟動 desk，或把 DISPLAY 設為正在執行的顯示器；`desk --help` 列出的命令不需要顯示器</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="110"/>
        <source>print the prioritised inbox</source>
        <translation>列印按優先順序排好的收件箱</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="114"/>
        <source>every message (copies, acks, done ones too), one JSON object per line</source>
        <translation>每條訊息（含副本、確認回執和已辦的），每行一個 JSON 物件</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="123"/>
        <source>cards shown without --json (default %(default)s; 0 for all)</source>
        <translation>不加 --json 時顯示的卡片數（預設 %(default)s；0 為全部）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="131"/>
        <source>only the cards whose text, or a copy folded into them, or whose sender holds TEXT (several words: all of them); a DING waiting for your confirmation first, then notices and tasks (those with TEXT in their title, then urgent, to-do, confirmed or answered ones), then the rest, each newest first; done ones too, after the open ones</source>
        <translation>只列出正文、折疊進來的副本或發送人含 TEXT 的卡片（多個詞：須全部含有）；先列等你確認的 DING，再列通知和任務（標題含 TEXT 的、緊急的、待辦的、已確認或已回覆的依次在前），然後是其餘的，各自按時間從新到舊；已辦的也列出，排在未辦的後面</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="103"/>
        <source>{why}; the inbox is listed in the order last saved</source>
        <translation>{why}；收件匣按上次儲存的順序列出</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="209"/>
        <source>... showing {shown}; `desk inbox --limit 0` lists all ({left} unread)</source>
        <translation>……僅顯示 {shown} 則；`desk inbox --limit 0` 列出全部（{left} 則未讀）</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="224"/>
        <source>nothing open: the inbox is clear</source>
        <translation>沒有未辦的訊息：收件匣已清空</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="261"/>
        <source>OPEN</source>
        <translation>未辦</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="261"/>
        <source>DONE</source>
        <translation>已辦</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="268"/>
        <source>... showing {shown}; `--limit 0` lists all</source>
        <translation>……僅顯示 {shown} 則；`--limit 0` 列出全部</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="280"/>
        <source>nothing open holds {search}</source>
        <translation>未辦訊息中沒有 {search}</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="282"/>
        <source>nothing done holds {search}</source>
        <translation>已辦訊息中沒有 {search}</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="258"/>
        <source>add, list or remove server accounts</source>
        <translation>添加、列出或刪除伺服器帳號</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="263"/>
        <source>sign in to a server and add the account</source>
        <translation>登入伺服器並添加帳號</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="266"/>
        <source>the kind of server</source>
        <translation>伺服器類型</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="271"/>
        <source>e.g. https://im.example.gov.cn (default: the administrator&apos;s policy&apos;s accounts.default_homeserver)</source>
        <translation>例如 https://im.example.gov.cn（預設：管理員策略中的 accounts.default_homeserver）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="278"/>
        <source>your user id</source>
        <translation>你的使用者 ID</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="284"/>
        <source>read the password from stdin</source>
        <translation>從標準輸入讀取密碼</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="289"/>
        <source>extra CA certificates (intranet servers)</source>
        <translation>額外的 CA 憑證（內部網路伺服器）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="295"/>
        <source>messages per group to fetch at the first sync (default 100)</source>
        <translation>首次同步時每個群取得的訊息數（預設 100）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="302"/>
        <source>the account is signed in by several people (a duty room&apos;s, 值班室): what it sends is not yours</source>
        <translation>該帳號由多人登入（如值班室的）：它發出的不是你本人發的</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="311"/>
        <source>list the accounts</source>
        <translation>列出帳號</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="316"/>
        <source>sign out and remove an account and its messages</source>
        <translation>退出登入並刪除帳號及其訊息</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="319"/>
        <location filename="../desk/cli/parsers.py" line="340"/>
        <source>the account&apos;s id (see `desk account list`)</source>
        <translation>帳號的 ID（見 `desk account list`）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="324"/>
        <source>do not ask at a terminal before removing (needed where there is none)</source>
        <translation>刪除前不在終端詢問（沒有終端時必須加）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="333"/>
        <source>say whether an account is signed in by several people (a duty room&apos;s, 值班室): what a shared account sends is not yours, and rings as anyone else&apos;s would</source>
        <translation>設定帳號是否由多人登入（如值班室的）：共享帳號發出的不是你本人發的，會像別人的訊息一樣提醒</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="343"/>
        <source>shared or not</source>
        <translation>共享或不共享</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="56"/>
        <source>which server? Give --homeserver URL (the administrator&apos;s policy names none in {setting})</source>
        <translation>要登入哪個伺服器？請用 --homeserver URL 指定（管理員策略的 {setting} 中沒有設定伺服器）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="64"/>
        <source>the homeserver address must start with https:// (or http://): {homeserver}</source>
        <translation>伺服器位址必須以 https://（或 http://）開頭：{homeserver}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="82"/>
        <source>no password on standard input</source>
        <translation>標準輸入中沒有密碼</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="111"/>
        <source>the server refused this user id and password</source>
        <translation>伺服器拒絕了此使用者 ID 和密碼</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="112"/>
        <source>cannot sign in at {homeserver}: {reason}</source>
        <translation>無法登入 {homeserver}：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="113"/>
        <source>the keychain refused the account&apos;s token ({reason}); nothing was added</source>
        <translation>系統鑰匙圈拒絕儲存帳號的權杖（{reason}），未新增任何帳號</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="126"/>
        <source>added account {id}: {user} (token kept in the keychain)</source>
        <translation>已新增帳號 {id}：{user}（權杖保存在系統鑰匙圈）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="129"/>
        <source>added account {id}: {user} (token kept in the store)</source>
        <translation>已新增帳號 {id}：{user}（權杖保存在加密資料庫）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="130"/>
        <source>signed in again to account {id}: {user} (token kept in the keychain)</source>
        <translation>已重新登入帳號 {id}：{user}（權杖保存在系統鑰匙圈）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="133"/>
        <source>signed in again to account {id}: {user} (token kept in the store)</source>
        <translation>已重新登入帳號 {id}：{user}（權杖保存在加密資料庫）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="146"/>
        <source>removed the demo workspace and its invented messages</source>
        <translation>已移除示範工作區及其虛構訊息</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="157"/>
        <source>the CA bundle {path} holds no PEM certificate</source>
        <translation>CA 憑證檔 {path} 中沒有 PEM 格式的憑證</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="160"/>
        <source>cannot read the CA bundle {path}: {reason}</source>
        <translation>無法讀取 CA 憑證檔 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="167"/>
        <source>the administrator&apos;s policy locks the server to {server} ({setting}): an account on {homeserver} cannot be added</source>
        <translation>管理員策略已將伺服器鎖定為 {server}（{setting}）：不能新增 {homeserver} 上的帳號</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="204"/>
        <source>no accounts yet ({command} adds one)</source>
        <translation>還沒有帳號（用 {command} 新增）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="209"/>
        <source>built in</source>
        <translation>內建</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="211"/>
        <source>signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="213"/>
        <source>not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="216"/>
        <source>shared</source>
        <translation>共用</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="233"/>
        <location filename="../desk/cli/account_cmd.py" line="274"/>
        <source>no account {id}</source>
        <translation>沒有編號為 {id} 的帳號</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="238"/>
        <source>removing account {id} deletes it and its messages from desk for good, and no one can be asked here (standard input is not a terminal): add --yes to do it; nothing was removed</source>
        <translation>移除帳號 {id} 會把它和它的訊息從 desk 中永久刪除，而這裡無法詢問確認（標準輸入不是終端機）：確要移除請加上 --yes；未移除任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="247"/>
        <source>nothing removed</source>
        <translation>未刪除任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="259"/>
        <source>removed account {id}</source>
        <translation>已刪除帳號 {id}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="280"/>
        <source>{n} messages stored from it before are someone else&apos;s now, sorted again at the next sync (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING</source>
        <translation>此前存下的 {n} 則由它發出的訊息現在算作他人所發，將在下次同步時重新分揀（未讀的緊急訊息會提醒）；其中的 DING 不會再次提醒：它們當時按您自己發出的存下，未保留 DING 標記</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="288"/>
        <source>{n} messages stored from it before are yours again, read</source>
        <translation>此前存下的 {n} 則由它發出的訊息重新算作您自己發出的，已標為已讀</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="295"/>
        <source>account {id} is shared: what it sends is not yours (a colleague&apos;s DING from it rings), except what this desk sent</source>
        <translation>帳號 {id} 為多人共用：它發出的訊息不算您自己發出的（同事用它發的 DING 會提醒您），本機發出的除外</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="301"/>
        <source>account {id} is yours alone: what it sends is yours</source>
        <translation>帳號 {id} 僅您本人使用：它發出的訊息算作您自己發出的</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="313"/>
        <source>Remove account {id} and its {count} messages from desk? What you read and marked done comes back if you add the same user on the same server again. [y/N] </source>
        <translation>從 desk 刪除帳號 {id} 及其 {count} 則訊息？您的已讀和已辦會保留，同一伺服器上的同一使用者再次新增時恢復。[y/N] </translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="253"/>
        <source>could not sign out on the server ({reason}); removing the account anyway</source>
        <translation>未能在伺服器上登出（{reason}），仍將刪除該帳號</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="443"/>
        <source>fetch the file a message carries</source>
        <translation>取得訊息所帶的檔案</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="447"/>
        <source>fetch it into the encrypted store</source>
        <translation>把檔案取得到加密儲存區中</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="452"/>
        <source>the message&apos;s id (`desk inbox`)</source>
        <translation>訊息的 ID（見 `desk inbox`）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="458"/>
        <source>also write a copy to FILE</source>
        <translation>另存一份到 FILE</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="35"/>
        <source>no message {id} in this data dir (`desk inbox --json` shows each one&apos;s id)</source>
        <translation>此資料目錄中沒有訊息 {id}（`desk inbox --json` 會列出每則訊息的 id）</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="39"/>
        <source>message {id} carries no file</source>
        <translation>訊息 {id} 沒有附帶檔案</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="46"/>
        <source>--save must point outside the data dir: the copy is not encrypted</source>
        <translation>--save 必須指向資料資料夾之外：這份副本沒有加密</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="62"/>
        <source>the server refused the credentials ({reason}); sign in again</source>
        <translation>伺服器拒絕了登入憑證（{reason}），請重新登入</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="69"/>
        <source>could not fetch the attachment: {reason}</source>
        <translation>無法取得附件：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="82"/>
        <source>fetched, but could not write {file}: {why}</source>
        <translation>已取得，但無法寫入 {file}：{why}</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="88"/>
        <source>{kind} {name}: {size} bytes, from the server</source>
        <translation>{kind} {name}：{size} 位元組，從伺服器取得</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="90"/>
        <source>{kind} {name}: {size} bytes, already in the store</source>
        <translation>{kind} {name}：{size} 位元組，已在本機儲存中</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="47"/>
        <source>{path} is a file, not a folder: name a new or empty folder for the backup</source>
        <translation>{path} 是檔案，不是資料夾：請為備份指定一個新的或空的資料夾</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="51"/>
        <source>{path} is not empty (it holds {detail}): name a new or empty folder, or add --overwrite to replace the backup in it</source>
        <translation>{path} 不是空的（其中有 {detail}）：請指定一個新的或空的資料夾，或加上 --overwrite 以取代其中的備份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="56"/>
        <source>{path} holds what is no desk backup ({detail}): name a new or empty folder for the backup. --overwrite replaces only a backup, in a folder of its own: nothing was written there</source>
        <translation>{path} 中有不屬於 desk 備份的內容（{detail}）：請為備份指定一個新的或空的資料夾。--overwrite 只取代單獨存放在一個資料夾中的備份：未在該處寫入任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="62"/>
        <source>{path} is the data dir, or inside it: keep the backup outside {root}, where the data dir&apos;s disk failing does not take it too</source>
        <translation>{path} 是資料目錄本身或在其中：請把備份放在 {root} 之外，以免資料目錄所在的磁碟損壞時連備份一起遺失</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="67"/>
        <source>{path} is there: a desk has the copy in that folder open (restored from it?); close that desk, or name another folder. Nothing was replaced</source>
        <translation>{path} 存在：有一個 desk 正開著該資料夾中的副本（從它還原了？）；請關閉那個 desk，或指定另一個資料夾。未取代任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="77"/>
        <source>cannot write the backup at {path}: {detail}. Nothing was replaced</source>
        <translation>無法在 {path} 寫入備份：{detail}。未取代任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="81"/>
        <source>cannot write the backup in {path}: the disk is full. Free some space and try again; nothing was replaced</source>
        <translation>無法在 {path} 中寫入備份：磁碟已滿。請騰出空間後重試；未取代任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="86"/>
        <source>cannot write the backup at {path}, or read the database: {detail} (the disk may be failing). Nothing was replaced</source>
        <translation>無法在 {path} 寫入備份，或無法讀取資料庫：{detail}（磁碟可能出了故障）。未取代任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="91"/>
        <source>the copy in {path} did not read back whole ({detail}), though the store does: the disk of {path} may be failing. Nothing was replaced</source>
        <translation>{path} 中的副本未能完整讀回（{detail}），而原資料可以：{path} 所在的磁碟可能出了故障。未取代任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="361"/>
        <source>copy the store and its key into DEST_DIR while desk runs, and read the copy back whole</source>
        <translation>在 desk 執行時把儲存區及其密鑰複製到 DEST_DIR，並把副本完整讀回校驗</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="371"/>
        <source>a new or empty folder (made if need be) outside the data dir</source>
        <translation>資料夾之外的一個新資料夾或空資料夾（需要時自動建立）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="378"/>
        <source>write into DEST_DIR though it holds a backup: it is replaced once the new copy reads back whole (a folder holding anything else is refused all the same)</source>
        <translation>DEST_DIR 中已有備份時仍寫入：新副本完整讀回後替換舊備份（有其他內容的資料夾照樣拒絕）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="389"/>
        <source>keep the copy&apos;s key under a passphrase of its own, so that the copy opens on any PC with it alone (a keychain-protected store&apos;s copy otherwise opens only for this user on this PC): asked twice at a terminal, else read from $%1</source>
        <translation>用副本自己的密碼保護副本的密鑰，這樣副本只憑這個密碼就能在任何電腦上打開（否則受鑰匙圈保護的儲存區的副本只能由本使用者在本機打開）：在終端中輸入兩次，否則從 $%1 讀取</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="401"/>
        <source>as --passphrase, the passphrase read from the first line of standard input</source>
        <translation>同 --passphrase，密碼從標準輸入的第一行讀取</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="186"/>
        <source>backed up to {folder}: {messages} messages, {size} (desk.db and desk.key); every page of the copy read back. Copying and reading it back took {seconds} s</source>
        <translation>已備份到 {folder}：{messages} 則訊息，{size}（desk.db 和 desk.key）；副本的每一頁都已讀回核對。複製和讀回核對共耗時 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="218"/>
        <source>its key is in this user&apos;s keychain, not in desk.key: the copy opens only for {user} on this PC, and not after `desk keychain forget`. For a copy that opens on any PC, run desk backup again with --passphrase: that copy opens with a passphrase of its own (asked at the terminal, or DESK_BACKUP_PASSPHRASE)</source>
        <translation>它的金鑰在本使用者的系統憑證儲存中，不在 desk.key 裡：這份副本只能由 {user} 在這台電腦上開啟，執行 `desk keychain forget` 之後也無法開啟。如需在任何電腦上都能開啟的副本，請加上 --passphrase 再執行一次 desk backup：那份副本用它自己的密碼開啟（在終端機中輸入，或由 DESK_BACKUP_PASSPHRASE 提供）</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="236"/>
        <source>to restore it: quit desk, move the data folder {data_dir} aside, copy the folder {folder} in its place and start desk</source>
        <translation>如需還原：結束 desk，把資料夾 {data_dir} 移到別處，再把資料夾 {folder} 複製到原位置，然後啟動 desk</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="306"/>
        <source>stopped: the copy under way was removed; nothing was replaced</source>
        <translation>已停止：進行中的副本已刪除；未取代任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="201"/>
        <source>the copy opens with the passphrase given for it, on any PC, whatever becomes of the store&apos;s key (desk.key holds the key wrapped under it): keep the passphrase apart from the backup</source>
        <translation>這份副本憑為它設定的密碼在任何電腦上都能開啟，與本機資料的金鑰今後如何無關（desk.key 中保存著用該密碼封裝的金鑰）：請把這個密碼與備份分開保管</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="72"/>
        <source>another backup is being written into {path} right now: let it finish, or name another folder. Nothing was written there</source>
        <translation>另一個備份正在寫入 {path}：請等它完成，或指定另一個資料夾。該資料夾中未寫入任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="210"/>
        <source>its accounts&apos; sign-in tokens stay in this user&apos;s keychain: where the copy is restored, sign in to each account again (desk account add, or the window); its messages and what was read and done are kept</source>
        <translation>其帳號的登入權杖仍留在本使用者的系統憑證儲存中：在還原副本的地方，請重新登入每個帳號（desk account add，或在視窗中）；訊息以及已讀、已辦狀態都會保留</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="228"/>
        <source>the copy opens with the store&apos;s passphrase of today (a passphrase chosen later does not change the copy&apos;s)</source>
        <translation>這份副本用今天的密碼開啟（之後改設的密碼不會改變副本的密碼）</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="251"/>
        <source>no passphrase on standard input; no backup was made</source>
        <translation>標準輸入中沒有密碼；未進行備份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="258"/>
        <source>the passphrase for the backup will not do: {problem}; no backup was made</source>
        <translation>備份密碼不可用：{problem}；未進行備份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="266"/>
        <source>--passphrase asks for the backup&apos;s passphrase at a terminal: where there is none (a scheduled task), set {variable}, or give it on standard input with --passphrase-stdin. No backup was made</source>
        <translation>--passphrase 會在終端機中詢問備份密碼：沒有終端機時（排程工作），請設定 {variable}，或用 --passphrase-stdin 從標準輸入提供。未進行備份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="274"/>
        <source>Passphrase for the backup in {folder}: </source>
        <translation>{folder} 中備份的密碼：</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="281"/>
        <source>no passphrase chosen for the backup; no backup was made</source>
        <translation>未設定備份密碼；未進行備份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="309"/>
        <source>stopped before the copy began; nothing was made or replaced</source>
        <translation>已在開始複製前停止；未產生也未取代任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="361"/>
        <source>copying the store: {percent}%</source>
        <translation>正在複製資料：{percent}%</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="363"/>
        <source>copying the store: 100%; reading the copy back whole</source>
        <translation>正在複製資料：100%；正在完整讀回副本核對</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="411"/>
        <source>remove desk&apos;s secrets from the system keychain</source>
        <translation>從系統鑰匙圈中刪除 desk 的機密訊息</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="416"/>
        <source>delete the store key and the accounts&apos; sign-in secrets this data dir filed in the keychain (the store then no longer opens: for removing desk&apos;s data, before the data dir is deleted)</source>
        <translation>刪除本資料夾存入鑰匙圈的儲存區密鑰和各帳號的登入憑據（之後儲存區將無法打開：用於刪除 desk 的資料，在刪除資料夾之前執行）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="426"/>
        <source>really delete them (the store cannot be opened after)</source>
        <translation>確定刪除（之後儲存區無法再打開）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="431"/>
        <source>delete them though another data dir&apos;s store opens with the same key (this one a backup or restored copy of it, or it of this one): that store is locked too</source>
        <translation>即使另一個資料夾的儲存區用同一密鑰打開（本資料夾是它的備份或恢復的副本，或反之）也刪除：那個儲存區也會被鎖住</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="47"/>
        <source>the store in {root} opens with the same keychain key as the store in {other} (one is a copy of the other: a backup, or a copy restored from one): forgetting it would lock {other} too, for good. To remove only the one in {root}, delete that folder and leave the keychain as it is; to lock both, add --even-if-shared. Nothing was deleted</source>
        <translation>{root} 中的儲存與 {other} 中的儲存使用系統憑證儲存中的同一把金鑰開啟（其中一個是另一個的副本：備份，或由備份還原的副本）：刪除這把金鑰會讓 {other} 也永遠無法開啟。若只想刪除 {root} 中的那一份，請刪除該資料夾，系統憑證儲存保持不動；若要兩者一起鎖上，請加上 --even-if-shared。未刪除任何內容</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="78"/>
        <source>the store in {root} is protected by a passphrase: it keeps nothing in the keychain, so there is nothing to delete (it still opens with its passphrase)</source>
        <translation>{root} 中的儲存以密碼保護：它沒有在系統憑證儲存中保存任何內容，因此無需刪除（它仍可用密碼開啟）</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="86"/>
        <source>this deletes the key of the store in {root}, which then never opens again, nor does any copy of it kept under the same keychain key (a backup or a copy restored from one, where `desk backup` said it opens only for this user on this PC); add --yes to do it</source>
        <translation>這會刪除 {root} 中儲存的金鑰，此後它再也無法開啟；使用同一把系統憑證儲存金鑰的任何副本（備份或由備份還原的副本，即 `desk backup` 說明只能由本使用者在這台電腦上開啟的副本）也同樣無法開啟；確認要這樣做請加上 --yes</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="56"/>
        <source>Without a COMMAND desk-cli lists the commands and exits (the window is desk&apos;s).</source>
        <translation>不帶 COMMAND 時 desk-cli 列出各命令後退出（視窗由 desk 打開）。</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="60"/>
        <source>Without a COMMAND desk opens its window.</source>
        <translation>不帶 COMMAND 時 desk 打開視窗。</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="62"/>
        <source>The window and every command that uses desk&apos;s data (all but triage and policy) take --data-dir DIR (default: $DESK_DATA_DIR, else the user&apos;s data folder).</source>
        <translation>視窗和所有使用 desk 資料的命令（triage 和 policy 以外）都接受 --data-dir DIR（預設：$DESK_DATA_DIR，否則為使用者資料夾）。</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="70"/>
        <source>desk, one inbox for work groups</source>
        <translation>desk，工作群的統一收件箱</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="187"/>
        <source>warning: the administrator&apos;s policy does not apply: {reason}; desk runs on its defaults and this user&apos;s settings (tell IT: desk policy check)</source>
        <translation>警告：管理員策略未生效：{reason}；desk 依預設設定和本使用者自己的設定執行（請告知資訊部門：desk policy check）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="98"/>
        <source>sync accounts without a window</source>
        <translation>不開視窗同步帳號</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="103"/>
        <source>sync once and exit</source>
        <translation>同步一次後退出</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="90"/>
        <source>removed the demo workspace and its {removed} invented messages: {why}</source>
        <translation>已移除示範工作區及其 {removed} 則虛構訊息：{why}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="98"/>
        <source>no account to sync ({why}): {add} adds one</source>
        <translation>沒有可同步的帳號（{why}）：{add} 可新增一個</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="117"/>
        <source>account {id} ({kind}): the server refused the credentials ({reason}); sign in again with `desk account add`</source>
        <translation>帳號 {id}（{kind}）：伺服器拒絕了登入憑證（{reason}），請用 `desk account add` 重新登入</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="133"/>
        <source>account {id} ({kind}) at {server}: sync failed: {reason}</source>
        <translation>帳號 {id}（{kind}，{server}）同步失敗：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="135"/>
        <source>account {id} ({kind}): sync failed: {reason}</source>
        <translation>帳號 {id}（{kind}）同步失敗：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="152"/>
        <source>account {id} ({kind}): sorting failed on a batch of new messages, which was not stored; logs/desk.log in the data dir says where</source>
        <translation>帳號 {id}（{kind}）：一批新訊息分類失敗，未予儲存；出錯位置請見資料目錄中的 logs/desk.log</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="163"/>
        <source>{kind} account {id}: sent {sent}, refused {refused}</source>
        <translation>{kind} 帳號 {id}：已傳送 {sent} 則，被拒 {refused} 則</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="172"/>
        <source>{kind} account {id}: {new} new messages, {bad} skipped, {seconds} s</source>
        <translation>{kind} 帳號 {id}：新訊息 {new} 則，略過 {bad} 則，耗時 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="188"/>
        <source>your own setting turns it off ({setting} = false, kept in this data dir)</source>
        <translation>是您自己的設定關閉了它（{setting} = false，儲存在此資料目錄中）</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="192"/>
        <source>the administrator&apos;s policy turns it off ({setting} = false, in {file})</source>
        <translation>是管理員策略關閉了它（{setting} = false，見 {file}）</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="201"/>
        <source>your own setting {setting} = false keeps the demo workspace away</source>
        <translation>您自己的設定 {setting} = false 讓示範工作區不再出現</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="203"/>
        <source>the administrator&apos;s policy, {setting} = false, keeps the demo workspace away</source>
        <translation>管理員策略 {setting} = false 讓示範工作區不再出現</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="145"/>
        <source>is it quiet hours at a given time?</source>
        <translation>某個時間是否處於勿擾時間？</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="151"/>
        <source>e.g. 2026-10-01T09:00 (in desk&apos;s time zone) or 2026-10-01T09:00:00+08:00; default: now</source>
        <translation>例如 2026-10-01T09:00（按 desk 的時區）或 2026-10-01T09:00:00+08:00；預設：現在</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="160"/>
        <source>print only one JSON object, in English, for scripts: quiet, until, reason, holiday_name</source>
        <translation>只列印一個英文 JSON 物件，供腳本讀取：quiet、until、reason、holiday_name</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="35"/>
        <source>--at {value} is not an ISO 8601 date and time (or: now)</source>
        <translation>--at {value} 不是 ISO 8601 格式的日期和時間（或：now）</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="54"/>
        <source>warning: no official calendar for {year}; assuming Monday to Friday with only the holidays desk can foresee, by date or lunar calendar, and no make-up days (add other days off and make-up working days in the settings&apos; Quiet hours tab, Ctrl+,; or an administrator can supply the year&apos;s table in the policy&apos;s calendar.tables)</source>
        <translation>警告：沒有 {year} 年的官方日曆；暫按週一至週五上班計算，節假日只含 desk 能按公曆或農曆推算的，也沒有調休上班日（其他休息日和調休上班日請在設定（Ctrl+,）的「勿擾」頁新增，或由管理員在策略檔的 calendar.tables 中提供該年的安排）</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="93"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="99"/>
        <source>%1: quiet hours (%2)</source>
        <translation>%1是勿擾時間（%2）</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="101"/>
        <source>%1: quiet hours (%2), until %3</source>
        <translation>%1是勿擾時間（%2），至 %3</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="105"/>
        <source>%1: not quiet hours, paused until %2</source>
        <translation>%1不是勿擾時間，已暫停至 %2</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="109"/>
        <source>%1: not quiet hours</source>
        <translation>%1不是勿擾時間</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="111"/>
        <source>%1: not quiet hours; the next begin %2</source>
        <translation>%1不是勿擾時間；下一段 %2 開始</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="119"/>
        <source>note: no desk data in {where}: answering from the defaults and the policy</source>
        <translation>提示：{where} 中沒有 desk 資料：按預設設定和管理員策略回答</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="176"/>
        <source>check an administrator&apos;s policy file</source>
        <translation>檢查管理員策略檔案</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="180"/>
        <source>print every problem, exit non-zero if any</source>
        <translation>列出每個問題，有問題時以非零值退出</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="186"/>
        <source>the policy file (default: %1)</source>
        <translation>策略檔案（預設：%1）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="191"/>
        <source>print every setting a policy may set, with its default, to start from</source>
        <translation>列出策略可設定的每項設定及其預設值，作為起點</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="33"/>
        <source>{variable} names {path}, which does not exist</source>
        <translation>{variable} 指定的 {path} 不存在</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="37"/>
        <source>no policy at {path}: desk uses its defaults and each user&apos;s settings</source>
        <translation>{path} 處沒有策略：desk 使用預設設定和各使用者自己的設定</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="46"/>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="51"/>
        <source>{path}: warning: {problem}</source>
        <translation>{path}：警告：{problem}</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="60"/>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="65"/>
        <source>nothing in this file would apply</source>
        <translation>此檔案中的任何內容都不會生效</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="71"/>
        <source>note: calendar.tables replaces desk&apos;s built-in holidays of {years} whole: a day its table leaves out is an ordinary day</source>
        <translation>注意：calendar.tables 整體取代 desk 內建的 {years} 年節假日：表中未列出的日子按普通日子計算</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="81"/>
        <source>note: {setting} is locked: accounts are added only on {server}; one a user added on another server before keeps syncing until removed (desk account remove)</source>
        <translation>注意：{setting} 已鎖定：只能在 {server} 上新增帳號；使用者之前在其他伺服器上新增的帳號會繼續同步，直到被刪除（desk account remove）</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="88"/>
        <source>{count} problem(s); the valid settings would still apply</source>
        <translation>{count} 個問題；有效的設定仍會生效</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="93"/>
        <source> ({count} warning(s) above)</source>
        <translation>（見上方 {count} 個警告）</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="95"/>
        <source>{path}: </source>
        <translation>{path}：</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="96"/>
        <source>ok: {which}{settings} setting(s), {locked} locked{warned}</source>
        <translation>正常：{which}{settings} 項設定，{locked} 項鎖定{warned}</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="88"/>
        <source>open the desk window</source>
        <translation>打開 desk 視窗</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="90"/>
        <source>open the desk window (the default)</source>
        <translation>打開 desk 視窗（預設）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="466"/>
        <source>list, accept or decline invites to groups</source>
        <translation>列出、接受或拒絕群邀請</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="470"/>
        <source>invites not yet answered (tab-separated)</source>
        <translation>尚未答覆的邀請（以定位字元分隔）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="475"/>
        <source>join the group</source>
        <translation>加入該群</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="476"/>
        <source>decline the invite</source>
        <translation>拒絕該邀請</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="482"/>
        <source>as `desk invites list` shows</source>
        <translation>即 `desk invites list` 顯示的</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="352"/>
        <source>choose a new passphrase for a passphrase-protected store</source>
        <translation>為受密碼保護的儲存區設定新密碼</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="200"/>
        <source>check that this installation works</source>
        <translation>檢查本安裝能否正常工作</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="206"/>
        <source>print one JSON object (each check&apos;s name, status and detail) for a deployment tool to read, instead of the lines</source>
        <translation>列印一個 JSON 物件（每項檢查的名稱、狀態和詳情）供部署工具讀取，而不是逐行文字</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="124"/>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式的版本號並退出</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="218"/>
        <source>triage messages from a JSON-lines file (no window, no database)</source>
        <translation>對 JSON Lines 檔案中的訊息分類（不開視窗，不用資料庫）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="223"/>
        <source>messages in</source>
        <translation>輸入的訊息</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="229"/>
        <source>verdicts out</source>
        <translation>輸出的分類結果</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="236"/>
        <source>your name as others @-mention it (repeatable); used when mentions_me is absent</source>
        <translation>別人 @ 你時用的名字（可重複）；訊息沒有 mentions_me 時使用</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="244"/>
        <source>your own unit as groups write it, several names separated by 、 (桐坪镇、桐坪): a message asking it to act or report says so, and is at least action</source>
        <translation>各群對你所在單位的寫法，多個名稱用 、 分隔（桐坪鎮、桐坪）：要求它辦理或上報的訊息會注明，且至少為待辦</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="251"/>
        <source>your time zone (IANA name)</source>
        <translation>你的時區（IANA 名稱）</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="200"/>
        <source>Conversation in %1</source>
        <translation>前後訊息 — %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="159"/>
        <source>Earlier messages of the group are not shown.</source>
        <translation>本群更早的訊息未顯示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="151"/>
        <source>&amp;Group:</source>
        <translation>群組(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="160"/>
        <source>Later messages of the group are not shown.</source>
        <translation>本群更晚的訊息未顯示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="175"/>
        <source>Copy message</source>
        <translation>複製訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="259"/>
        <location filename="../desk/ui/conversation_dialog.py" line="265"/>
        <source>(withdrawn)</source>
        <translation>（已收回）</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <location filename="../desk/ui/correction_text.py" line="32"/>
        <location filename="../desk/ui/correction_text.py" line="111"/>
        <source>Moved to %1. Ctrl+Z undoes.</source>
        <translation>已移到「%1」。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="36"/>
        <source>Moved back to %1: what moving it away taught desk is taken back. Ctrl+Z undoes.</source>
        <translation>已移回「%1」：之前移走它時 desk 學到的已撤回。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="45"/>
        <source>Moved to %1: from now on, messages like it from %2 in %3 go to %4. Ctrl+Z undoes.</source>
        <translation>已移到「%1」：以後 %2 在「%3」裡的類似訊息也會歸為「%4」。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="56"/>
        <source>Moved to %1: from now on, messages from %2 in %3 that ask nothing of you go to %1. Ctrl+Z undoes.</source>
        <translation>已移到「%1」：以後 %2 在「%3」裡不需要您辦理的訊息也會歸為「%1」。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="70"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) and all messages in %3 rank a little higher. Ctrl+Z undoes.</source>
        <translation>已移到「%1」：以後 %2 的訊息（各群）和「%3」裡所有人的訊息都會排得略靠前。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="76"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) and all messages in %3 rank a little lower. Ctrl+Z undoes.</source>
        <translation>已移到「%1」：以後 %2 的訊息（各群）和「%3」裡所有人的訊息都會排得略靠後。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="85"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) rank a little higher. Ctrl+Z undoes.</source>
        <translation>已移到「%1」：以後 %2 的訊息（各群）會排得略靠前。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="91"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) rank a little lower. Ctrl+Z undoes.</source>
        <translation>已移到「%1」：以後 %2 的訊息（各群）會排得略靠後。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="100"/>
        <source>Moved to %1: from now on, all messages in %2 rank a little higher. Ctrl+Z undoes.</source>
        <translation>已移到「%1」：以後「%2」裡所有人的訊息都會排得略靠前。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="105"/>
        <source>Moved to %1: from now on, all messages in %2 rank a little lower. Ctrl+Z undoes.</source>
        <translation>已移到「%1」：以後「%2」裡所有人的訊息都會排得略靠後。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="128"/>
        <source>%1 What moving it out of Noise taught desk is taken back. Ctrl+Z undoes.</source>
        <translation>%1之前把它移出「閒聊」時 desk 學到的會撤回。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="135"/>
        <source>%1 From now on, messages from %2 in %3 that ask nothing of you go to Noise too. Ctrl+Z undoes.</source>
        <translation>%1以後 %2 在「%3」裡不需要您辦理的訊息也會歸為「閒聊」。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="145"/>
        <source>%1 From now on, messages from %2 (in every group) and all messages in %3 rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1以後 %2 的訊息（各群）和「%3」裡所有人的訊息都會排得略靠後。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="155"/>
        <source>%1 From now on, messages from %2 (in every group) rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1以後 %2 的訊息（各群）會排得略靠後。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="164"/>
        <source>%1 From now on, all messages in %2 rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1以後「%2」裡所有人的訊息都會排得略靠後。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="170"/>
        <source>%1 Ctrl+Z undoes.</source>
        <translation>%1Ctrl+Z 可復原。</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../desk/ui/damage_dialog.py" line="30"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/damage_dialog.py" line="34"/>
        <source>desk could not read part of its database at %1: the file is damaged.

So that nothing more is lost, desk writes nothing more to it, and sync has stopped: new messages and DINGs no longer reach desk. Until desk starts again, keep an eye on urgent matters on your phone.

What you can do:
• Restore desk&apos;s folder %2 from a backup (ask your IT staff), then start desk.
• Or restart desk and choose Start afresh: desk moves the damaged files aside (nothing is deleted) and starts with an empty inbox; add your accounts again, and their messages come back from the server.</source>
        <translation>desk 在 %1 讀取本機資料時，發現資料檔有一部分已損壞。

為免損失更多資料，desk 不再寫入該檔案，同步也已停止：新訊息和 DING 不會再進入 desk。在重新啟動 desk 之前，請留意手機上的緊急事項。

您可以：
• 從備份還原 desk 的資料夾 %2（請聯絡資訊部門），然後啟動 desk；
• 或重新啟動 desk，選擇「重新開始」：desk 會把損壞的檔案移到一旁（不刪除任何檔案），以空的收件匣啟動；重新新增帳號後，訊息會從伺服器重新取得。</translation>
    </message>
    <message>
        <location filename="../desk/ui/damage_dialog.py" line="50"/>
        <source>Restart desk</source>
        <translation>重新啟動 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/damage_dialog.py" line="52"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="93"/>
        <source>%3 %1/%2 %4</source>
        <translation>%1月%2日（%3）%4</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="105"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../desk/ui/day_field.py" line="70"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_field.py" line="72"/>
        <source>Type a date (2027-01-04, 2027/1/4, 1月4日) and press Enter, or pick it</source>
        <translation>輸入日期（2027-01-04、2027/1/4、1月4日）後按 Enter，或在日曆中選擇</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_field.py" line="93"/>
        <source>%1: pick on a calendar</source>
        <translation>%1：在日曆中選擇</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_field.py" line="94"/>
        <source>Pick on a calendar (Alt+Down)</source>
        <translation>在日曆中選擇（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DayListEditor</name>
    <message>
        <location filename="../desk/ui/day_list.py" line="72"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="74"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="114"/>
        <source>“%1” is not a date. Type it as 2027-01-04, or pick it on the calendar.</source>
        <translation>「%1」不是日期。請按 2027-01-04 的格式輸入，或在日曆中選擇。</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="117"/>
        <source>Type a date, such as 2027-01-04, or pick it on the calendar.</source>
        <translation>請輸入日期（如 2027-01-04），或在日曆中選擇。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desk/ui/demo_mark.py" line="14"/>
        <source>[Demo] %1</source>
        <translation>【示範】%1</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="291"/>
        <source>The text size is set by your administrator.</source>
        <translation>文字大小由管理員統一設定。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="307"/>
        <source>Text size: %1 %, the largest</source>
        <translation>文字大小：%1%，已是最大</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="309"/>
        <source>Text size: %1 %, the smallest</source>
        <translation>文字大小：%1%，已是最小</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="315"/>
        <source>Text size: %1 %</source>
        <translation>文字大小：%1%</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="322"/>
        <source>The text size applies now but was not kept (%1).</source>
        <translation>文字大小已生效，但未能儲存（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="416"/>
        <location filename="../desk/app/desk_app.py" line="764"/>
        <source>Saving the settings…</source>
        <translation>正在儲存設定…</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="590"/>
        <source>Alert sounds cannot play on this computer (no audio output desk can use). DINGs and urgent items still flash the taskbar and show pop-ups.</source>
        <translation>本機無法播放提示音（沒有 desk 可用的音訊輸出）。DING 和緊急訊息仍會閃爍工作列並彈出提醒。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="598"/>
        <source>No alert sounds on this computer</source>
        <translation>本機無法播放提示音</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="873"/>
        <source>desk keeps running</source>
        <translation>desk 仍在執行</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="874"/>
        <source>desk stays in the tray so urgent items and DINGs still reach you. Quit from the tray menu.</source>
        <translation>desk 會留在系統匣中，緊急事項和 DING 仍能提醒你。可在系統匣選單中結束。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="207"/>
        <source>Reading pane</source>
        <translation>閱讀窗格</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="369"/>
        <source>No message selected</source>
        <translation>未選擇訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="398"/>
        <source>Marked done. %1 moves it back to the inbox.</source>
        <translation>已標記為已辦。按 %1 移回收件匣。</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="660"/>
        <source>Withdrawn by its sender at %1</source>
        <translation>傳送者已於 %1 收回</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="581"/>
        <source>Posted again in this group: %1</source>
        <translation>本群再次發送：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="412"/>
        <source>Due: %1 (you confirmed)</source>
        <translation>截止：%1（已確認）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="444"/>
        <source>DING from %1 in %2 (%3) waits for your confirmation: a confirms it.</source>
        <translation>「%2」中 %1 的 DING（%3）等待您確認：按 A 確認。</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="464"/>
        <source>Your confirmation waits to be sent: its sender sees it once desk is back online.</source>
        <translation>您的確認待發送：desk 恢復連線後，發送人才會看到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="470"/>
        <source>Your confirmation did not reach the group: the server refused it (in a group where only its admins may post, members cannot answer there). Confirm to %1 another way, by phone or in person.</source>
        <translation>您的確認未送達本群：伺服器拒絕了它（只有管理員可以發言的群組裡，成員無法在群內回覆）。請透過電話或當面向%1確認。</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="584"/>
        <source>show fewer</source>
        <translation>收合</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/detail_pane.py" line="586"/>
        <source>and more, %n times in all</source>
        <translation>
            <numerusform>等 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="614"/>
        <source>Confirmed (%1): %2</source>
        <translation>已確認（%1）：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="618"/>
        <source>Not yet confirmed (%1): %2</source>
        <translation>未確認（%1）：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="620"/>
        <source>Open in DINGs I sent…</source>
        <translation>在「我發出的 DING」中開啟…</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="638"/>
        <source>Confirmed as %1 · %2</source>
        <translation>以 %1 確認 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="657"/>
        <source>Withdrawn by you at %1</source>
        <translation>你已於 %1 收回</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="659"/>
        <source>Withdrawn by %2 at %1</source>
        <translation>%2已於 %1 收回</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="675"/>
        <source>Time: %1 (you replied)</source>
        <translation>時間：%1（已回覆）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="677"/>
        <source>Due: %1 (you replied)</source>
        <translation>截止：%1（已回覆）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="705"/>
        <source>Due: %1 (all reported)</source>
        <translation>截止：%1（已報齊）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="709"/>
        <source>Due: %1 (on duty at %2)</source>
        <translation>截止：%1（%2 上崗）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="711"/>
        <source>Due: %1 (starts at %2)</source>
        <translation>截止：%1（%2 開始）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="712"/>
        <source>Due: %1 (the meeting at %2)</source>
        <translation>截止：%1（%2 開會）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="714"/>
        <source>Time: %1 (passed)</source>
        <translation>時間：%1（已過）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="716"/>
        <source>Time: %1 (begun)</source>
        <translation>時間：%1（已開始）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="716"/>
        <source>Time: %1</source>
        <translation>時間：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="717"/>
        <source>Due: %1 (overdue)</source>
        <translation>截止：%1（已逾期）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="717"/>
        <source>Due: %1</source>
        <translation>截止：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="725"/>
        <source>Attachment: %1 (%2)</source>
        <translation>附件：%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="726"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="730"/>
        <source>Picture too large to preview</source>
        <translation>圖片過大，未顯示預覽</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="749"/>
        <source>Double-click or press Enter to see it larger</source>
        <translation>按兩下或按 Enter 鍵檢視大圖</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="570"/>
        <source>%1 · %2 · %3 adds:</source>
        <translation>%1 · %2 · %3 補充：</translation>
    </message>
</context>
<context>
    <name>DingBanner</name>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="135"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="137"/>
        <source>Confirm (&amp;A)</source>
        <translation>確認收到(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="154"/>
        <source>Remind me later (&amp;S)</source>
        <translation>稍後提醒(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="157"/>
        <location filename="../desk/ui/ding_banner.py" line="487"/>
        <source>In %1 minutes</source>
        <translation>%1 分鐘後</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="395"/>
        <location filename="../desk/ui/ding_banner.py" line="399"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="403"/>
        <source>Alerts again at %1 · </source>
        <translation>%1 再次提醒 · </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="411"/>
        <source>Last reminder at %1 · %2</source>
        <translation>%1 最後提醒一次 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="367"/>
        <source>DING · %1: %2 · %3</source>
        <translation>DING · %1：%2 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="367"/>
        <source>Urgent · %1: %2 · %3</source>
        <translation>緊急 · %1：%2 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="422"/>
        <source>%1 · came while desk was closed or offline (unconfirmed)</source>
        <translation>%1 · desk 關閉或離線時收到，尚未確認</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="426"/>
        <source>%1 · came before desk was first used on this computer (unconfirmed)</source>
        <translation>%1 · 在本機開始使用 desk 之前收到，尚未確認</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="431"/>
        <source>%1 · reminders fell due while desk was not running (unconfirmed)</source>
        <translation>%1 · 提醒時 desk 未執行（未確認）</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="436"/>
        <source>Reminders stopped (unconfirmed) · %1</source>
        <translation>已停止提醒（未確認） · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="440"/>
        <source>✓ %1&apos;s DING confirmed · next: %2</source>
        <translation>✓ 已確認 %1 的 DING · 下一則：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="442"/>
        <source>✓ %1&apos;s urgent message confirmed · next: %2</source>
        <translation>✓ 已確認 %1 的緊急訊息 · 下一則：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_banner.py" line="448"/>
        <source>✓ %n DINGs confirmed · next: %1</source>
        <translation>
            <numerusform>✓ 已確認 %n 則 DING · 下一則：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="453"/>
        <source>%1 unconfirmed · </source>
        <translation>%1 則未確認 · </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="461"/>
        <source>A DING is an urgent notice each person must confirm they received.</source>
        <translation>DING（須逐人確認的緊急通知）：每位收到的人都要點「確認收到」。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="491"/>
        <source>In %1 minutes (after it is due, %2)</source>
        <translation>%1 分鐘後（已過截止時間 %2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="497"/>
        <source>In %1 minutes (after it is to be confirmed, %2)</source>
        <translation>%1 分鐘後（已過應確認時間 %2）</translation>
    </message>
</context>
<context>
    <name>DingComposer</name>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="68"/>
        <source>New DING</source>
        <translation>新增 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="74"/>
        <source>Choose a group…</source>
        <translation>選擇群組…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="77"/>
        <source>&amp;Everyone in the group</source>
        <translation>群內所有人(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="78"/>
        <source>&amp;Only these members:</source>
        <translation>僅以下成員(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="89"/>
        <source>What must be confirmed, e.g. 紧急：各村书记立即到岗</source>
        <translation>需要確認的內容，例如：緊急：各村書記立即到崗</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="92"/>
        <source>&amp;Deadline:</source>
        <translation>截止時間(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="111"/>
        <location filename="../desk/ui/ding_composer.py" line="208"/>
        <source>Send DING</source>
        <translation>發送 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="114"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="118"/>
        <source>&amp;Group:</source>
        <translation>群組(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="123"/>
        <source>Find a member…</source>
        <translation>尋找成員…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="126"/>
        <source>Must confirm:</source>
        <translation>需確認的人：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="131"/>
        <source>&amp;Text:</source>
        <translation>內容(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="158"/>
        <source>No groups yet: wait for the first sync.</source>
        <translation>還沒有群組：請等待首次同步完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_composer.py" line="211"/>
        <source>Send DING to %n people</source>
        <translation>
            <numerusform>發送 DING（%n 人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_composer.py" line="225"/>
        <source>Will DING: %1 (%n people)</source>
        <translation>
            <numerusform>將 DING：%1（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="339"/>
        <source>Choose a group.</source>
        <translation>請選擇一個群組。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="342"/>
        <source>Write what must be confirmed.</source>
        <translation>請填寫需要確認的內容。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="345"/>
        <source>Tick at least one member, or choose everyone.</source>
        <translation>請至少勾選一名成員，或選擇群內所有人。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="348"/>
        <source>The deadline is already past.</source>
        <translation>截止時間已過。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="372"/>
        <source>The DING was not queued (%1).</source>
        <translation>DING 未能加入發送佇列（%1），內容已保留。</translation>
    </message>
</context>
<context>
    <name>DingDialogs</name>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="35"/>
        <source>Not reported yet: please report as asked. “%1”</source>
        <translation>提醒：尚未報送，請按要求盡快報送。原通知：「%1」</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="98"/>
        <source>A DING you are writing is open: send or cancel it first.</source>
        <translation>有一則正在編寫的 DING：請先傳送或取消。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="104"/>
        <source>That group takes no DING from you: you are no longer in it.</source>
        <translation>無法向該群組傳送 DING：您已不在該群組中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="127"/>
        <source>No member of this group speaks for %1: tick whom to DING.</source>
        <translation>本群組中沒有%1的成員：請勾選要 DING 的人。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="161"/>
        <source>DING queued. See who confirms in DING → DINGs I sent…</source>
        <translation>DING 已加入發送佇列。在「DING → 我發出的 DING…」中查看誰已確認。</translation>
    </message>
</context>
<context>
    <name>DingRoster</name>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="56"/>
        <source>DINGs I sent</source>
        <translation>我發出的 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="89"/>
        <source>You have not sent a DING yet. Use New DING… (Ctrl+D).</source>
        <translation>您還沒有發過 DING。請使用「新增 DING…」（Ctrl+D）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="181"/>
        <source>Re-DING queued.</source>
        <translation>再次 DING 已加入發送佇列。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="188"/>
        <source>Re-DING not queued (%1).</source>
        <translation>再次 DING 未能加入發送佇列（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="201"/>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="202"/>
        <source>Not yet confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="265"/>
        <source>%1 · sent %2 · due %3</source>
        <translation>%1 · %2 發出 · 截止 %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="266"/>
        <source>%1 · sent %2</source>
        <translation>%1 · %2 發出</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="211"/>
        <source>Not sent: the server turned it down (you may no longer be in this group).</source>
        <translation>未送出：伺服器拒絕了此 DING（您可能已不在該群）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="214"/>
        <source>Waiting to be sent…</source>
        <translation>等待發送…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="218"/>
        <source>%1 of %2 confirmed</source>
        <translation>%2 人中已有 %1 人確認</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="224"/>
        <source>&amp;Confirmed (%1)</source>
        <translation>已確認(&amp;C)（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="227"/>
        <source>&amp;Not yet confirmed (%1)</source>
        <translation>未確認(&amp;N)（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="270"/>
        <source>%1 · queued %2 · not sent · due %3</source>
        <translation>%1 · %2 提交 · 未發出 · 截止 %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="271"/>
        <source>%1 · queued %2 · not sent</source>
        <translation>%1 · %2 提交 · 未發出</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="273"/>
        <source>%1 · queued %2 · waiting to be sent · due %3</source>
        <translation>%1 · %2 提交 · 等待發送 · 截止 %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="274"/>
        <source>%1 · queued %2 · waiting to be sent</source>
        <translation>%1 · %2 提交 · 等待發送</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="284"/>
        <source>Re-DING the unconfirmed</source>
        <translation>再次 DING 未確認的人</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="287"/>
        <source>Everyone has confirmed.</source>
        <translation>所有人都已確認。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="294"/>
        <source>Re-DING possible in %1</source>
        <translation>%1 後可再次 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="295"/>
        <source>At most one re-DING every 5 minutes.</source>
        <translation>每 5 分鐘最多再次 DING 一次。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="298"/>
        <source>Re-DING the unconfirmed (%1)</source>
        <translation>再次 DING 未確認的人（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="299"/>
        <source>Sends the DING again to those who have not confirmed.</source>
        <translation>向尚未確認的人再次發送這條 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="305"/>
        <source>not sent</source>
        <translation>未送出</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="307"/>
        <source>waiting to be sent</source>
        <translation>等待發送</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="310"/>
        <source>%1/%2 confirmed</source>
        <translation>已確認 %1/%2</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="612"/>
        <source>Confirmed. The sender will see it.</source>
        <translation>已確認收到，發送人會看到。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="530"/>
        <source>The DING will alert again at %1; until you confirm it, it stays pinned at the top of Urgent.</source>
        <translation>DING 將於 %1 再次提醒；在您確認之前，它一直置頂在「緊急」中。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="543"/>
        <source>The DING will alert again at %1. Snoozed here only: desk could not save it (the database is damaged).</source>
        <translation>DING 將於 %1 再次提醒。稍後提醒僅在本視窗有效：本機資料庫已損壞，desk 未能儲存。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="556"/>
        <source>The DING was not snoozed (%1).</source>
        <translation>DING 未能延後提醒（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="609"/>
        <source>Confirmed the DING from %1 in %2. The sender will see it.</source>
        <translation>已確認「%2」中 %1 的 DING，發送人會看到。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="614"/>
        <source>Confirmed %n DINGs (%1). Their senders will see it.</source>
        <translation>已確認 %n 則 DING（%1），傳送者會看到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2502"/>
        <location filename="../desk/app/desk_app.py" line="624"/>
        <source>Confirmed the urgent message from %1 in %2: it rings no more. It is no DING, so nothing was sent.</source>
        <translation>已確認「%2」中 %1 的緊急訊息，不再提醒。它不是 DING，所以沒有傳送任何回覆。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="629"/>
        <source>Confirmed: it rings no more. It is no DING, so nothing was sent.</source>
        <translation>已確認，不再提醒。它不是 DING，所以沒有傳送任何回覆。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="642"/>
        <source>Confirmed the DING from %1 in %2 here; desk could not save it or tell the sender (the database is damaged).</source>
        <translation>已在本機確認「%2」中 %1 的 DING；本機資料庫已損壞，desk 未能儲存，也未能告知發送人。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="647"/>
        <source>Confirmed here; desk could not save it or tell the sender (the database is damaged).</source>
        <translation>已在本機確認；本機資料庫已損壞，desk 未能儲存，也未能告知發送人。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="673"/>
        <source>%1 in %2</source>
        <translation>「%2」中 %1</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="492"/>
        <source>DING · %1 · %2</source>
        <translation>DING · %1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="494"/>
        <location filename="../desk/app/escalation.py" line="523"/>
        <source>Urgent · %1 · %2</source>
        <translation>緊急 · %1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="501"/>
        <source>Unconfirmed: Confirm (A) confirms it; Open shows it in desk first.</source>
        <translation>未確認：按「確認」（A）即確認收到；按「開啟」先在 desk 中查看。</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="521"/>
        <location filename="../desk/app/escalation.py" line="561"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="574"/>
        <source>Last reminder</source>
        <translation>最後一次提醒</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="485"/>
        <source>Urgent items alert like DINGs (turned on in Settings → DING)</source>
        <translation>緊急事項（非 DING）也像 DING 一樣提醒（已在「設定 → DING」中開啟）</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="582"/>
        <source>Quiet hours: DINGs still alert until confirmed (how often: Settings → DING)</source>
        <translation>勿擾時段內 DING 照常提醒，直到確認（提醒間隔見「設定 → DING」）</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="587"/>
        <source>Quiet hours: urgent items alert like DINGs (turned on in Settings → DING)</source>
        <translation>勿擾時段內緊急事項也像 DING 一樣提醒（已在「設定 → DING」中開啟）</translation>
    </message>
</context>
<context>
    <name>FirstDaysGuide</name>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="53"/>
        <source>Right-click a message to confirm a DING (an urgent notice each person must confirm), reply to it or mark it done; %1 lists every key.</source>
        <translation>右鍵點訊息可確認 DING（須逐人確認的緊急通知）、回覆或標為已辦；%1 列出全部快速鍵。</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="60"/>
        <source>desk gathers your work groups into one inbox, the most pressing first. With the keys: %1/%2 or ↑/↓ move, %3 opens, %4 confirms a DING, %5 lists every key. Quiet hours hold ordinary notifications in the evening, at weekends and on holidays.</source>
        <translation>desk 把各個工作群的訊息匯成一個收件匣，最要緊的排在最前。也可用鍵盤：%1/%2 或 ↑/↓ 移動，%3 開啟，%4 確認 DING，%5 列出全部快速鍵。免打擾時段（晚上、週末和節假日）普通訊息不彈通知。</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="71"/>
        <source>Shown in desk&apos;s first days; × closes it for good.</source>
        <translation>desk 最初幾天顯示；點 × 關閉後不再出現。</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="73"/>
        <source>%1

More in Help → What is a DING?</source>
        <translation>%1

其餘內容見 說明 → 什麼是 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="76"/>
        <source>Set quiet hours…</source>
        <translation>設定勿擾…</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="78"/>
        <source>Close this guide</source>
        <translation>關閉本指南</translation>
    </message>
</context>
<context>
    <name>GroupSwitcher</name>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="62"/>
        <source>Go to group</source>
        <translation>前往群組</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="65"/>
        <source>Type a part of the group&apos;s name or its pinyin initials, Enter opens it</source>
        <translation>輸入群組名稱中的幾個字或拼音首字母（如 fx 找「防汛」），按 Enter 開啟</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="71"/>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="77"/>
        <source>%1 (%2 unread)</source>
        <translation>%1（%2 則未讀）</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="129"/>
        <source>No group&apos;s name holds “%1”, nor has those pinyin initials.</source>
        <translation>沒有哪個群組的名稱含「%1」，也沒有群組名稱的拼音首字母是它。</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="35"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="36"/>
        <source>Spring Festival</source>
        <translation>春節</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="37"/>
        <source>Qingming Festival</source>
        <translation>清明</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="38"/>
        <source>Labour Day</source>
        <translation>勞動節</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="39"/>
        <source>Dragon Boat Festival</source>
        <translation>端午</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="40"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="41"/>
        <source>National Day</source>
        <translation>國慶節</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="42"/>
        <source>70th anniversary of the victory of the War of Resistance against Japan</source>
        <translation>中國人民抗日戰爭暨世界反法西斯戰爭勝利70週年紀念日</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../desk/ui/inbox_view.py" line="37"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="51"/>
        <source>Group invites</source>
        <translation>群組邀請</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="69"/>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="70"/>
        <source>&amp;Decline</source>
        <translation>拒絕(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="79"/>
        <source>Messages of a group come into desk once you have joined it.</source>
        <translation>加入群組後，該群組的訊息才會進入 desk。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="88"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="90"/>
        <source>%1
invited by %2 · %3</source>
        <translation>%1
%2 邀請 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="106"/>
        <source>Joining…</source>
        <translation>正在加入…</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="106"/>
        <source>Declining…</source>
        <translation>正在拒絕…</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="135"/>
        <source>Joined: its messages come in with the next sync.</source>
        <translation>已加入：該群組的訊息將在下次同步時進入。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="133"/>
        <source>Answered.</source>
        <translation>已處理。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="137"/>
        <source>Declined.</source>
        <translation>已拒絕。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="143"/>
        <source>The server refused the sign-in: sign in again.</source>
        <translation>登入已失效，請重新登入。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="147"/>
        <source>The invite was withdrawn.</source>
        <translation>該邀請已撤回。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="151"/>
        <location filename="../desk/ui/invites_dialog.py" line="154"/>
        <source>Not answered: %1.</source>
        <translation>未能處理：%1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="174"/>
        <source>No invites wait for an answer.</source>
        <translation>沒有待處理的群組邀請。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk/ui/main_window.py" line="422"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="575"/>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="851"/>
        <source>Next message</source>
        <translation>下一則訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="852"/>
        <source>Previous message</source>
        <translation>上一則訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="853"/>
        <source>Open message</source>
        <translation>開啟訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="854"/>
        <location filename="../desk/ui/main_window.py" line="3812"/>
        <source>Mark done</source>
        <translation>標記為已辦</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="864"/>
        <source>Mark unread</source>
        <translation>標記為未讀</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="867"/>
        <source>Mark all in this view read</source>
        <translation>全部標為已讀</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="869"/>
        <location filename="../desk/ui/main_window.py" line="1385"/>
        <location filename="../desk/ui/main_window.py" line="1391"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="871"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="875"/>
        <source>Confirm DING</source>
        <translation>確認 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="894"/>
        <source>Move to Urgent</source>
        <translation>移到緊急</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="895"/>
        <source>Move to Action</source>
        <translation>移到待辦</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="896"/>
        <source>Move to Info</source>
        <translation>移到通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="897"/>
        <location filename="../desk/ui/main_window.py" line="3047"/>
        <location filename="../desk/ui/main_window.py" line="3050"/>
        <source>Move to Noise</source>
        <translation>移到閒聊</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="907"/>
        <location filename="../desk/ui/main_window.py" line="915"/>
        <source>Go to %1</source>
        <translation>前往「%1」</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="952"/>
        <source>Back to list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="968"/>
        <source>&amp;desk</source>
        <translation>&amp;desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="969"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="989"/>
        <source>&amp;Add account…</source>
        <translation>新增帳號(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="992"/>
        <source>Group &amp;invites…</source>
        <translation>群組邀請(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1089"/>
        <source>A&amp;bout desk…</source>
        <translation>關於 desk(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1001"/>
        <source>&amp;Quit desk</source>
        <translation>結束 desk(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="860"/>
        <source>Mark done (as e)</source>
        <translation>標記為已辦（同 e）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="877"/>
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="880"/>
        <source>Reply 收到</source>
        <translation>回覆收到</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="884"/>
        <source>Show conversation</source>
        <translation>查看前後訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="888"/>
        <source>Copy message</source>
        <translation>複製訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="920"/>
        <source>Go to group…</source>
        <translation>前往群組…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="955"/>
        <source>Go to the results</source>
        <translation>轉到搜尋結果</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="978"/>
        <source>A&amp;ccounts…</source>
        <translation>帳號(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="996"/>
        <source>Change &amp;passphrase…</source>
        <translation>變更密碼(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1008"/>
        <source>&amp;Message</source>
        <translation>訊息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1010"/>
        <source>&amp;New message…</source>
        <translation>新訊息(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1035"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1040"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1049"/>
        <source>D&amp;ING</source>
        <translation>D&amp;ING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1050"/>
        <source>&amp;New DING…</source>
        <translation>新增 DING(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1055"/>
        <source>&amp;Remind me later…</source>
        <translation>稍後提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1059"/>
        <source>DINGs I &amp;sent…</source>
        <translation>我發出的 DING(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1072"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1073"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1086"/>
        <source>What is a &amp;DING?</source>
        <translation>什麼是 DING(&amp;D)？</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1100"/>
        <source>A DING is an urgent message that each person it names must confirm receiving. It rings through quiet hours and keeps alerting until you confirm it (a, or Confirm on the red banner). A DING of yours lists who has confirmed and who not yet, and can ring those again.</source>
        <translation>DING 是需要對方逐人確認收到的緊急訊息。勿擾時段內照常提醒，直至你確認（按 a，或點紅色橫幅上的「確認收到」）。你發出的 DING 會列出誰已確認、誰還沒有，並可再次 DING 未確認的人。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1121"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1135"/>
        <source>&amp;Larger text</source>
        <translation>放大(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1141"/>
        <source>&amp;Smaller text</source>
        <translation>縮小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1145"/>
        <source>&amp;Actual size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1155"/>
        <source>Set by your administrator</source>
        <translation>由管理員設定</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1157"/>
        <source>Text size: %1 % (set by your administrator)</source>
        <translation>文字大小：%1%（由管理員設定）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1159"/>
        <source>Text size: %1 %</source>
        <translation>文字大小：%1%</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1206"/>
        <source>Previous or next card</source>
        <translation>上一則或下一則</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1209"/>
        <source>First or last card</source>
        <translation>第一則或最後一則</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1218"/>
        <source>Navigate</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1230"/>
        <source>Act on a card</source>
        <translation>處理訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1245"/>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1255"/>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1266"/>
        <source>%1 (on the DING banner)</source>
        <translation>%1（DING 橫幅上）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1270"/>
        <source>Reply box</source>
        <translation>回覆框</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1278"/>
        <source>New message</source>
        <translation>新訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1281"/>
        <source>Send it (in the new message)</source>
        <translation>傳送（新訊息中）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1284"/>
        <source>Close it, asking first if something is written</source>
        <translation>關閉（已寫內容會先詢問）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1289"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1299"/>
        <source>Close the away line or the guide (on its buttons)</source>
        <translation>關閉離開提示或入門提示（焦點在其按鈕上時）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1301"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1383"/>
        <source>Undo: %1</source>
        <translation>復原：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1397"/>
        <source>undo</source>
        <comment>the word of &apos;Press Ctrl+Z to undo&apos; made a link that undoes</comment>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1762"/>
        <source>What quiet hours hold so far and what their last digest listed, newest first (%1; Esc goes back).</source>
        <translation>勿擾期間到目前為止暫緩的訊息，連同上次勿擾結束時列出的，最新的在前（%1；Esc 返回）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1743"/>
        <source>Nothing held during quiet hours yet: desk says what they held when they end.</source>
        <translation>勿擾期間還沒有暫緩的訊息：勿擾結束時，desk 會告訴您暫緩了哪些。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1827"/>
        <source>What came in since you were last in desk (%1), in the inbox&apos;s order (%2; Esc goes back).</source>
        <translation>自您上次使用 desk（%1）以來收到的訊息，依收件匣的順序排列（%2；按 Esc 返回）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="1961"/>
        <source>desk was not running here before this start, so there is no absence to tell of: what came before it started is in the inbox as usual. After %n hour(s) or more away from desk, it says what came meanwhile.</source>
        <translation>
            <numerusform>desk 在本次啟動前沒有在這裡執行過，所以沒有離開期間可說：它啟動前到的訊息照常在收件匣裡。以後離開 desk %n 小時或更久再回來，desk 會告訴您期間到了哪些訊息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="1969"/>
        <source>You have not been away yet: after %n hour(s) or more away from desk, it says what came meanwhile.</source>
        <translation>
            <numerusform>您還沒有離開過：離開 desk %n 小時或更久後回來，desk 會告訴您期間收到哪些訊息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1982"/>
        <source>Reading what quiet hours held…</source>
        <translation>正在讀取勿擾期間暫緩的訊息…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1983"/>
        <source>Reading what came while you were away…</source>
        <translation>正在讀取離開期間收到的訊息…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2085"/>
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 則訊息待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2205"/>
        <source>This message has no card in the inbox.</source>
        <translation>收件匣裡沒有列出這則訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2208"/>
        <source>No card here or in All shows this message: it is in %1.</source>
        <translation>這裡和「全部」都沒有列出這則訊息：它在「%1」中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2229"/>
        <source>It has no card of its own: the card of its notice is selected.</source>
        <translation>這則訊息不單獨列出：已選取它所屬的通知。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2234"/>
        <source>This view does not list it: shown in All.</source>
        <translation>目前檢視沒有列出這則訊息，已在「全部」中顯示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2248"/>
        <source>Message copied.</source>
        <translation>已複製訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2295"/>
        <source>This DING waits for your confirmation: press A to confirm it first.</source>
        <translation>這則 DING 還在等您確認收到：請先按 A 確認，再標為已辦。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2319"/>
        <source>marked done</source>
        <translation>標記為已辦</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2319"/>
        <source>moved back to the inbox</source>
        <translation>移回收件匣</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2341"/>
        <source>Could not mark the message from %1 in %2 done (%3).</source>
        <translation>未能將%2中%1的訊息標記為已辦：%3。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2343"/>
        <source>Could not move the message from %1 in %2 back to the inbox (%3).</source>
        <translation>未能將%2中%1的訊息移回收件匣：%3。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2351"/>
        <source>Marking done…</source>
        <translation>正在標記為已辦…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2351"/>
        <source>Moving back to the inbox…</source>
        <translation>正在移回收件匣…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2399"/>
        <location filename="../desk/ui/main_window.py" line="2439"/>
        <source>This DING waits for your confirmation: press a again to confirm it.</source>
        <translation>這條 DING 在等您確認：再按一次 a 確認收到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2442"/>
        <source>This DING is not listed here: shown in %1. Press a again to confirm it.</source>
        <translation>這裡沒有列出這條 DING，已在「%1」中顯示：再按一次 a 確認收到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2546"/>
        <source>Confirmed the DING from %1 in %2.</source>
        <translation>已確認「%2」中 %1 的 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2548"/>
        <source>Confirmed the DING.</source>
        <translation>已確認 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2549"/>
        <source>%1 in %2</source>
        <translation>「%2」中 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2550"/>
        <source>Confirmed %n DINGs (%1).</source>
        <translation>
            <numerusform>已確認 %n 則 DING（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2559"/>
        <source>The DING was not confirmed (%1).</source>
        <translation>DING 未能確認（%1），請重試。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2571"/>
        <source>This DING is not listed here: shown in %1.</source>
        <translation>這裡沒有列出這條 DING，已在「%1」中顯示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2716"/>
        <source>marked unread</source>
        <translation>標記為未讀</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2722"/>
        <source>Could not mark the message from %1 in %2 unread (%3).</source>
        <translation>未能將%2中%1的訊息標為未讀：%3。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2754"/>
        <source>Still marking the last view read: one view at a time.</source>
        <translation>上一個檢視還在標為已讀，請稍候再標下一個。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2845"/>
        <source>Mark all read</source>
        <translation>全部標為已讀</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2842"/>
        <source>Mark the %Ln unread message(s) in “%1” read?</source>
        <translation>
            <numerusform>將「%1」中的 %Ln 則未讀訊息全部標為已讀？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2848"/>
        <source>Ctrl+Z undoes.</source>
        <translation>Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2850"/>
        <source>A DING that waits for your confirmation stays unread. Ctrl+Z undoes.</source>
        <translation>等待您確認的 DING 仍保持未讀。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2851"/>
        <source>Mark read</source>
        <translation>標為已讀</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2872"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2893"/>
        <source>Nothing was marked read.</source>
        <translation>未標記任何訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2917"/>
        <source>Marked %1 of %2 read…</source>
        <translation>已標記 %1 / %2 則為已讀…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2942"/>
        <source>Nothing else unread here.</source>
        <translation>這裡沒有其他未讀訊息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2947"/>
        <source>%n item(s) still wait for your confirmation.</source>
        <translation>
            <numerusform>仍有 %n 則等待您確認收到。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2961"/>
        <source>mark all read (nothing was marked yet)</source>
        <translation>全部標為已讀（尚未標記任何訊息）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2973"/>
        <source>Made %1 of %2 unread again…</source>
        <translation>已恢復 %1 / %2 則為未讀…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2801"/>
        <location filename="../desk/ui/main_window.py" line="2980"/>
        <source>marked %n message(s) read</source>
        <translation>
            <numerusform>標為已讀（%n 則）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1214"/>
        <source>Next or previous pane</source>
        <translation>下一個或上一個窗格</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1536"/>
        <source>%1

Click to list them, those asking you first, then tasks, newest first (%2; Esc goes back).</source>
        <translation>%1

點擊列出這些訊息，@我的在前，再按待辦、新舊（%2；按 Esc 返回）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1541"/>
        <source>%1

Click to list them, tasks first, newest first (%2; Esc goes back).</source>
        <translation>%1

點擊列出這些訊息，待辦在前，再按新舊（%2；按 Esc 返回）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1777"/>
        <source>What quiet hours hold so far, tasks first, newest first (%1; Esc goes back). desk says what they held when they end.</source>
        <translation>勿擾期間到目前為止暫緩的訊息，待辦在前，再按新舊（%1；Esc 返回）。勿擾結束時，desk 會告訴您暫緩了哪些。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1738"/>
        <source>desk was not running during the last quiet hours, so it held nothing: what came before it started is in the inbox as usual.</source>
        <translation>上次勿擾期間 desk 沒有執行，所以沒有暫緩任何訊息：它啟動前到的訊息照常在收件匣裡。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="985"/>
        <source>Accounts (Alt+S there: shared or not)</source>
        <translation>帳號（其中 Alt+S：設為共用或取消）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1555"/>
        <source>Show</source>
        <comment>the link before the digest</comment>
        <translation>查看</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2079"/>
        <source>%n DING confirmation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 則 DING 確認待傳送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2082"/>
        <source>%n item(s) waiting to be sent: replies and confirmations</source>
        <translation>
            <numerusform>%n 項待傳送：回覆和 DING 確認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2087"/>
        <source>%n reply(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 則回覆待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2091"/>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2276"/>
        <source>This card is done already: press %1 to move it back to the inbox.</source>
        <translation>此則已辦：按 %1 移回收件匣。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2326"/>
        <source>Marked done: %1, “%2”. Press Ctrl+Z to undo.</source>
        <translation>已將 %1 的「%2」標記為已辦。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2328"/>
        <source>Moved back to the inbox: %1, “%2”. Press Ctrl+Z to undo.</source>
        <translation>已將 %1 的「%2」移回收件匣。按 Ctrl+Z 復原。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2831"/>
        <source>Mark the %Ln unread message(s) in “%1” read, and the %2 unread in “%3” besides (%4 in all)?</source>
        <translation>
            <numerusform>將「%1」中的 %Ln 則未讀訊息，連同「%3」中另外的 %2 則未讀，共 %4 則標為已讀？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2930"/>
        <source>Marked %n message(s) read, and %1 more in “%2” (%3 in all). Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已將 %n 則訊息及「%2」中另外的 %1 則（共 %3 則）標為已讀，Ctrl+Z 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3041"/>
        <source>It is a DING that waits for your confirmation.</source>
        <translation>這是一則待您確認的 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3043"/>
        <source>It is addressed to you.</source>
        <translation>這是 @您的訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3045"/>
        <source>It is urgent.</source>
        <translation>這是緊急訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3048"/>
        <source>Move this message to Noise?</source>
        <translation>將這則訊息移到「閒聊」？</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3063"/>
        <source>moved to %1</source>
        <translation>移到「%1」</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3085"/>
        <source>Still taking back the last mark: a moment.</source>
        <translation>正在復原上一次全部已讀，請稍候。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3110"/>
        <source>Undoing: %1…</source>
        <translation>正在復原：%1…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3110"/>
        <source>Undoing…</source>
        <translation>正在復原…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3122"/>
        <source>Undone: %1.</source>
        <translation>已復原：%1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3475"/>
        <source>This list could not be read (%1).</source>
        <translation>無法讀取此清單（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3487"/>
        <source>Loading the demo workspace…</source>
        <translation>正在載入示範工作區…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3489"/>
        <source>Loading messages…</source>
        <translation>正在載入訊息…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3500"/>
        <source>No account yet. Add your work account (desk menu, Add account…) and the messages of all your groups gather here.</source>
        <translation>尚未新增帳號。新增您的工作帳號（desk 選單 › 新增帳號…）後，各個工作群組的訊息會匯總到這裡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3507"/>
        <source>No messages yet: %n group invite(s) wait for you. Accept them with the invites link at the bottom right (or desk menu, Group invites…), and their groups&apos; messages gather here.</source>
        <translation>
            <numerusform>還沒有訊息：有 %n 個群組邀請等您接受。點右下角的群組邀請連結（或 desk 選單 → 群組邀請…）接受後，這些群組的訊息會匯集到這裡。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3514"/>
        <source>Nothing open is due today, and nothing is overdue.</source>
        <translation>今天沒有到期的事項，也沒有逾期未辦的。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3580"/>
        <location filename="../desk/ui/main_window.py" line="3644"/>
        <source>%1 · Esc: back</source>
        <translation>%1 · Esc：返回</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3594"/>
        <source>%n held, %1 alerted · Esc: back</source>
        <translation>
            <numerusform>暫緩 %n 則，已提醒 %1 則 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3623"/>
        <source>%n held while quiet · Esc: back</source>
        <translation>
            <numerusform>勿擾期間暫緩 %n 則 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3625"/>
        <source>%n or more held while quiet · Esc: back</source>
        <translation>
            <numerusform>勿擾期間暫緩 %n 則以上 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3646"/>
        <source>%n or more came while you were away · Esc: back</source>
        <translation>
            <numerusform>離開期間收到 %n 則以上 · Esc：返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3652"/>
        <source>%n unread of %1 that came while you were away · Esc: back</source>
        <translation>
            <numerusform>%n 則未讀，離開期間共收到 %1 則 · Esc：返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3657"/>
        <source>%n came while you were away · Esc: back</source>
        <translation>
            <numerusform>離開期間收到 %n 則 · Esc：返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3665"/>
        <source>%n or more found</source>
        <translation>
            <numerusform>找到 %n 則以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3665"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 則</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3669"/>
        <source>%1 · notices and tasks first</source>
        <translation>%1 · 通知和待辦在前</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3680"/>
        <source>Newest first.</source>
        <translation>最新的在前。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3697"/>
        <source>%n message(s) marked done match: %1 shows them.</source>
        <translation>
            <numerusform>已辦中有 %n 則：按 %1 查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3700"/>
        <source>%n or more messages marked done match: %1 shows them.</source>
        <translation>
            <numerusform>已辦中有 %n 則以上：按 %1 查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3713"/>
        <source>The rest of this list could not be read (%1).</source>
        <translation>此清單的其餘部分無法讀取（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3810"/>
        <source>Move back to the inbox</source>
        <translation>移回收件匣</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3845"/>
        <source>%n confirmation(s) did not reach the group: the server refused them. Confirm to the sender another way.</source>
        <translation>
            <numerusform>%n 則確認未送達：伺服器拒絕了。請透過其他方式向傳送者確認。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3856"/>
        <source>%n reply(s) did not reach the group: the server refused them.</source>
        <translation>
            <numerusform>%n 則回覆未能傳到群組：伺服器拒收。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3864"/>
        <source>%n DING(s) did not reach the group: the server refused them (see DING → DINGs I sent…).</source>
        <translation>
            <numerusform>%n 則 DING 未送達：伺服器拒絕了（見 DING → 我發出的 DING…）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3876"/>
        <source>Sent: %n DING confirmation(s) made while offline reached the group.</source>
        <translation>
            <numerusform>已發送：離線時所做的 %n 條 DING 確認已送達群組。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4089"/>
        <source>This message has just arrived: look it over, then press %1 again.</source>
        <translation>這則訊息剛到：請先看一眼，再按一次 %1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4200"/>
        <source>The server refused the sign-in:</source>
        <translation>登入已失效：</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4221"/>
        <location filename="../desk/ui/main_window.py" line="4238"/>
        <source>Sorting %n new message(s)…</source>
        <translation>
            <numerusform>正在整理 %n 則新訊息…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4223"/>
        <source>Sorting new messages…</source>
        <translation>正在整理新訊息…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4205"/>
        <source>Sync stopped: the local database is damaged.</source>
        <translation>同步已停止：本機資料已損壞。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3518"/>
        <source>No message here holds “%1”.</source>
        <translation>這裡沒有包含「%1」的訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3522"/>
        <source>No message here holds all of %1.</source>
        <translation>這裡沒有同時包含%1的訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3524"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3533"/>
        <source>Messages marked done are in Done.</source>
        <translation>已標記為已辦的訊息在「已辦」中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3540"/>
        <source>Press %1 to search the open messages in %2.</source>
        <translation>按 %1 在「%2」中搜尋待處理訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3542"/>
        <source>Press %1 to search %2; messages marked done are in Done.</source>
        <translation>按 %1 在「%2」中搜尋；已標記為已辦的訊息在「已辦」中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3589"/>
        <source>%n held while quiet, %1 more alerted as usual · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>勿擾期間暫緩 %n 則，另有 %1 則已照常提醒 · @我的在前，再按待辦、新舊 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3599"/>
        <source>%n held while quiet · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>勿擾期間暫緩 %n 則 · @我的在前，再按待辦、新舊 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3605"/>
        <source>%n or more held while quiet · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>勿擾期間暫緩 %n 則以上 · @我的在前，再按待辦、新舊 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3612"/>
        <source>%n held while quiet · tasks first, then newest · Esc: back</source>
        <translation>
            <numerusform>勿擾期間暫緩 %n 則 · 待辦在前，再按新舊 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3616"/>
        <source>%n or more held while quiet · tasks first, then newest · Esc: back</source>
        <translation>
            <numerusform>勿擾期間暫緩 %n 則以上 · 待辦在前，再按新舊 · Esc 返回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4298"/>
        <source>Cannot save to this computer (%1), retrying in %2 s</source>
        <translation>無法儲存到本機（%1），%2 秒後自動重試</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4322"/>
        <source>Sorting new messages failed: the log file says where. Retrying in %1 s</source>
        <translation>整理新訊息出錯，請聯絡資訊部門查看記錄檔；%1 秒後自動重試</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4326"/>
        <source>Sorting new messages failed, retrying in %1 s</source>
        <translation>整理新訊息失敗，%1 秒後自動重試</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4330"/>
        <source>sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4332"/>
        <source>what to do</source>
        <translation>處理方式</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4369"/>
        <source>No official holiday schedule(s) for %1</source>
        <translation>
            <numerusform>缺少 %1 年的官方節假日安排</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4374"/>
        <source>Quiet hours assume Monday to Friday with only the holidays desk can foresee. Add other days off and make-up working days in Settings, or ask IT for a policy that includes the official schedule(s).</source>
        <translation>
            <numerusform>免打擾暫按週一至週五上班、可預知的節假日放假計算。請在「設定」中新增其他休息日和補班日，或請資訊部門下發含官方假日安排的政策。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4494"/>
        <source>Add account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4496"/>
        <source>Demo workspace: its messages are invented</source>
        <translation>示範工作區 — 訊息均為虛構</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4498"/>
        <source>desk is showing its built-in demo workspace, so that you can try it: its groups, people, notices and DINGs are made up. Add your work account (desk menu, Add account…) to use desk for real; the demo workspace is removed then.</source>
        <translation>desk 正在顯示內建的示範工作區，供您試用：其中的群組、人員、通知和 DING 均為虛構。新增您的工作帳號（desk 選單 › 新增帳號…）即可正式使用，示範工作區隨之移除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4216"/>
        <location filename="../desk/ui/main_window.py" line="4504"/>
        <source>No account yet</source>
        <translation>尚未新增帳號</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4506"/>
        <source>desk has no account to sync. Add your work account (desk menu, Add account…); your IT staff can tell you the server&apos;s address.</source>
        <translation>desk 還沒有可同步的帳號。請新增您的工作帳號（desk 選單 › 新增帳號…）；伺服器位址可向資訊人員詢問。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2431"/>
        <location filename="../desk/ui/main_window.py" line="2563"/>
        <source>No DING waits for confirmation.</source>
        <translation>沒有待確認的 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2732"/>
        <source>Marked unread. Ctrl+Z undoes.</source>
        <translation>已標為未讀。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2743"/>
        <source>Clear the search first: Shift+C marks a whole view read.</source>
        <translation>請先清除搜尋：Shift+C 會把整個檢視標為已讀。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2747"/>
        <source>Done holds nothing unread to mark.</source>
        <translation>已辦中沒有要標為已讀的訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2798"/>
        <location filename="../desk/ui/main_window.py" line="2944"/>
        <source>Nothing unread here.</source>
        <translation>這裡沒有未讀訊息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2804"/>
        <location filename="../desk/ui/main_window.py" line="2940"/>
        <source>Marked %n message(s) read. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已將 %n 則訊息標為已讀，Ctrl+Z 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3009"/>
        <source>Already in %1.</source>
        <translation>已在「%1」中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3089"/>
        <source>Nothing to undo.</source>
        <translation>沒有可復原的操作。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3122"/>
        <source>Undone.</source>
        <translation>已復原。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2993"/>
        <location filename="../desk/ui/main_window.py" line="3240"/>
        <source>Not saved (%1).</source>
        <translation>未能儲存（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3102"/>
        <source>Could not undo: %1 (%2). Ctrl+Z tries again.</source>
        <translation>未能復原「%1」：%2。可再按 Ctrl+Z 重試。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3478"/>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3515"/>
        <source>No messages here.</source>
        <translation>這裡沒有訊息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3585"/>
        <source>%n alerted as usual while quiet, none held · Esc: back</source>
        <translation>
            <numerusform>勿擾期間未暫緩訊息，%n 則已照常提醒 · Esc 返回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3672"/>
        <source>Notices and tasks come first: what waits for your confirmation (a DING, or an urgent item escalated like one), then those with the words in their title, then urgent, to-do, confirmed or answered ones. Then the rest. Each part is newest first.</source>
        <translation>通知和待辦排在前面：先是等您確認的（DING，或像 DING 一樣提醒的緊急訊息），再是標題裡有這些字的，再是緊急、待辦、有人確認或回覆過的；然後是其餘的。每部分都是最新的在前。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3793"/>
        <source>%n message(s) marked done hold “%1” too: %2 shows them.</source>
        <translation>
            <numerusform>已辦中還有 %n 則包含「%1」：按 %2 查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3796"/>
        <source>%n or more messages marked done hold “%1” too: %2 shows them.</source>
        <translation>
            <numerusform>已辦中還有 %n 則以上包含「%1」：按 %2 查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3819"/>
        <source>Search done messages ( / )</source>
        <translation>搜尋已辦訊息（ / ）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3821"/>
        <source>Search open messages ( / )</source>
        <translation>搜尋待處理訊息（ / ）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4198"/>
        <source>The server refused the sign-in of %1:</source>
        <translation>登入已失效：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4306"/>
        <source>Offline (%1), retrying in %2 s: %3</source>
        <translation>離線（%1），%2 秒後重試：%3</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4313"/>
        <source>Offline (%1), retrying in %2 s</source>
        <translation>離線（%1），%2 秒後重試</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4331"/>
        <source>retry now</source>
        <translation>現在重試</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4342"/>
        <source>Trying again…</source>
        <translation>正在重試…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4370"/>
        <source>No %1 holidays</source>
        <translation>缺 %1 年假日</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4371"/>
        <source>add days off</source>
        <translation>設定假日</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4380"/>
        <source>%1.

%2</source>
        <translation>%1。

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4445"/>
        <source>%n group invite(s)</source>
        <translation>
            <numerusform>%n 個群組邀請</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4453"/>
        <source>%1 unread</source>
        <translation>%1 則未讀</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="52"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="53"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="54"/>
        <source>Action</source>
        <translation>待辦</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="58"/>
        <source>Due &amp; overdue</source>
        <translation>到期/逾期</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="59"/>
        <source>Info</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="60"/>
        <source>Noise</source>
        <translation>閒聊</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="61"/>
        <source>Done</source>
        <translation>已辦</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="64"/>
        <source>Held while quiet</source>
        <translation>勿擾期間</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="66"/>
        <source>While away</source>
        <translation>離開期間</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../desk/ui/notifier.py" line="156"/>
        <location filename="../desk/ui/notifier.py" line="328"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="163"/>
        <source>Open desk</source>
        <translation>開啟 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="165"/>
        <source>Quit desk</source>
        <translation>結束 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="206"/>
        <source>Confirm DING · %1</source>
        <translation>確認收到 DING · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="328"/>
        <source>desk: %1 urgent</source>
        <translation>desk：%1 則緊急</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../desk/app/passphrase_flow.py" line="46"/>
        <source>Passphrase changed. DESK_PASSPHRASE still holds the old one: change it too, or desk asks for the passphrase at its next start.</source>
        <translation>密碼已變更。環境變數 DESK_PASSPHRASE 中仍是舊密碼：請一併修改，否則下次啟動時 desk 會要求輸入密碼。</translation>
    </message>
    <message>
        <location filename="../desk/app/passphrase_flow.py" line="51"/>
        <source>Passphrase changed. desk asks for the new one from its next start.</source>
        <translation>密碼已變更。下次啟動 desk 時請輸入新密碼。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="53"/>
        <location filename="../desk/ui/passphrase_dialog.py" line="120"/>
        <location filename="../desk/ui/passphrase_dialog.py" line="149"/>
        <source>desk: passphrase</source>
        <translation>desk：密碼</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="58"/>
        <source>No system keychain is available, so desk protects its encrypted database with a passphrase. Choose one of at least %1 characters. Without it the data cannot be recovered.</source>
        <translation>系統鑰匙圈不可用，desk 將以密碼保護加密資料庫。請設定至少 %1 個字元的密碼。忘記密碼將無法復原資料。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="63"/>
        <source>Enter the passphrase of your desk database.</source>
        <translation>請輸入 desk 資料庫的密碼。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="78"/>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="121"/>
        <source>desk cannot start without a passphrase: it keeps your messages encrypted on this computer, and the passphrase is their key. Nothing has been made yet; if you quit, desk asks you to choose one at its next start.</source>
        <translation>沒有本機資料密碼，desk 無法啟動：它把您的訊息加密儲存在這台電腦上，密碼就是開啟它們的鑰匙。目前還沒有建立任何資料；如果現在結束，desk 下次啟動時會再請您設定密碼。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="129"/>
        <source>Back to choosing a passphrase</source>
        <translation>返回設定密碼</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="133"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="150"/>
        <source>desk is closing: without the passphrase it cannot open your encrypted messages. Nothing in them was touched; start desk again to enter it.</source>
        <translation>desk 即將關閉：沒有本機資料密碼，就無法開啟您加密儲存的訊息。這些資料未被改動；再次啟動 desk 即可輸入密碼。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="333"/>
        <source>the key file desk.key is damaged</source>
        <translation>金鑰檔 desk.key 已損毀</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="337"/>
        <source>desk may not write its key file desk.key</source>
        <translation>desk 沒有寫入金鑰檔 desk.key 的權限</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="341"/>
        <source>another program is using the key file desk.key</source>
        <translation>另一個程式正在使用金鑰檔 desk.key</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="71"/>
        <source>New passphrase</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="71"/>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="92"/>
        <source>Forgot it?</source>
        <translation>忘記了？</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="39"/>
        <source>Use at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="107"/>
        <source>Enter the passphrase.</source>
        <translation>請輸入密碼。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../desk/ui/policy_text.py" line="27"/>
        <source>cannot read {path} ({reason})</source>
        <translation>無法讀取 {path}（{reason}）</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="28"/>
        <source>{path} is {size} KB, larger than any policy file (at most {limit} KB): is it the right file?</source>
        <translation>{path} 有 {size} KB，超過任何策略檔案的大小（最多 {limit} KB）：是不是選錯了檔案？</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="33"/>
        <source>{path} is not UTF-8 text: save it as UTF-8 (Notepad: File &gt; Save As, Encoding: UTF-8)</source>
        <translation>{path} 不是 UTF-8 文字：請另存為 UTF-8（記事本：檔案 &gt; 另存新檔，編碼：UTF-8）</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="37"/>
        <source>{path} is not UTF-8 and was read as Chinese (GBK) text: save it as UTF-8 (Notepad: File &gt; Save As, Encoding: UTF-8)</source>
        <translation>{path} 不是 UTF-8，已按中文（GBK）文字讀取：請另存為 UTF-8（記事本：檔案 &gt; 另存新檔，編碼：UTF-8）</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="42"/>
        <source>{path} is not valid TOML: the error is at line {line}, column {column}</source>
        <translation>{path} 不是有效的 TOML：錯誤在第 {line} 行第 {column} 欄</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="45"/>
        <source>{path} is not valid TOML: it ends inside a value (a quote or a bracket not closed)</source>
        <translation>{path} 不是有效的 TOML：檔案在某個值的中間結束（有引號或括號沒有閉合）</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="49"/>
        <source>{path} is not valid TOML</source>
        <translation>{path} 不是有效的 TOML</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="54"/>
        <source>{name}: unknown setting</source>
        <translation>{name}：未知的設定</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="55"/>
        <source>[{name}]: unknown table</source>
        <translation>[{name}]：未知的表</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="56"/>
        <source>{name}: a table of settings ({first}, …), not one value</source>
        <translation>{name}：這是一組設定（{first}，…），不能寫成單個值</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="60"/>
        <source>lock: unknown setting &apos;{name}&apos;</source>
        <translation>lock：未知的設定 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="61"/>
        <source>{said} (did you mean {meant}?)</source>
        <translation>{said}（是否想寫 {meant}？）</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../desk/ui/notifier.py" line="561"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="651"/>
        <source>Unfold: the DINGs waiting, each with Confirm</source>
        <translation>展開：列出待確認的 DING，各附「確認」按鈕</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="655"/>
        <source>Fold away to the title until the next alert (the banner lists them)</source>
        <translation>收合為標題，直到下一次提醒（DING 橫幅列出全部）</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="735"/>
        <source>%n more waiting: the DING banner in desk&apos;s window lists them all.</source>
        <translation>
            <numerusform>另有 %n 則待確認：desk 視窗頂部的 DING 橫幅列出全部。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <location filename="../desk/ui/post_composer.py" line="76"/>
        <location filename="../desk/ui/post_composer.py" line="218"/>
        <source>New message</source>
        <translation>新訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="78"/>
        <source>Choose a group…</source>
        <translation>選擇群組…</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="84"/>
        <source>What to tell the group, e.g. 请各村于今天17:00前报送防汛值班表</source>
        <translation>要發到群組裡的內容，例如：請各村於今天17:00前報送防汛值班表</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="94"/>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="97"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="101"/>
        <source>&amp;Group:</source>
        <translation>群組(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="104"/>
        <source>&amp;Text:</source>
        <translation>內容(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="122"/>
        <source>No groups yet: wait for the first sync.</source>
        <translation>還沒有群組：請等待首次同步完成。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="158"/>
        <source>Choose a group.</source>
        <translation>請選擇一個群組。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="161"/>
        <source>Write the message first.</source>
        <translation>請先寫好訊息內容。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="184"/>
        <source>You are no longer in “%1”: a message cannot go there.</source>
        <translation>您已不在「%1」裡，訊息傳不過去。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="187"/>
        <source>desk cannot write in an end-to-end encrypted group yet.</source>
        <translation>desk 暫時還不能在端對端加密的群組裡發言。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="189"/>
        <source>That group is no longer stored: choose another.</source>
        <translation>這個群組已不在本機記錄中，請另選一個群組。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="192"/>
        <source>The message was not queued (%1).</source>
        <translation>訊息沒有排進傳送佇列（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="219"/>
        <source>Discard the message you wrote?</source>
        <translation>捨棄已寫的訊息嗎？</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="224"/>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="225"/>
        <source>&amp;Keep writing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PostDialogs</name>
    <message>
        <location filename="../desk/ui/post_composer.py" line="383"/>
        <source>Waiting to send: message to “%1”.</source>
        <translation>待傳送：發往「%1」的訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="408"/>
        <source>Sent: message to “%1”.</source>
        <translation>已傳送：發往「%1」的訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="431"/>
        <source>Your message did not reach “%1”: the server refused it (in a group where only its admins may post, members cannot write there). What you wrote is kept.</source>
        <translation>您的訊息沒能傳到「%1」：伺服器拒收（全員禁言的群組裡只有管理員能發言，成員無法發訊息）。寫好的內容已保留。</translation>
    </message>
</context>
<context>
    <name>QuietGrid</name>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="57"/>
        <source>Monday</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="58"/>
        <source>Tuesday</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="59"/>
        <source>Wednesday</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="60"/>
        <source>Thursday</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="61"/>
        <source>Friday</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="62"/>
        <source>Saturday</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="63"/>
        <source>Sunday</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="64"/>
        <source>Make-up working day</source>
        <translation>補班日</translation>
    </message>
</context>
<context>
    <name>QuietGridEditor</name>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="214"/>
        <source>Quiet hours</source>
        <translation>勿擾</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="218"/>
        <source>quiet</source>
        <translation>勿擾</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="219"/>
        <source>notifies</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="266"/>
        <source>Blue cells are quiet. Click a cell, or drag across days and hours to change a block of them, or move with the arrow keys and press Space; Shift+arrows mark a block for Space to change. Ctrl+Z takes back the last change.</source>
        <translation>藍色格子為勿擾時段。點擊一個格子，或跨日期和時段拖出一塊區域一起更改，也可用方向鍵移動、按空白鍵切換；按住 Shift 再按方向鍵可選出一塊區域，按空白鍵一起切換。按 Ctrl+Z 復原上一次變更。</translation>
    </message>
</context>
<context>
    <name>QuietIndicator</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="22"/>
        <source>night</source>
        <translation>夜間</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="23"/>
        <source>quiet block of the day</source>
        <translation>日間勿擾時段</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="24"/>
        <source>weekend</source>
        <translation>週末</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="25"/>
        <source>holiday</source>
        <translation>節假日</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="26"/>
        <source>day off</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="27"/>
        <source>switched on by you</source>
        <translation>手動開啟</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="84"/>
        <source>Pause quiet hours for 1 hour</source>
        <translation>暫停勿擾 1 小時</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="86"/>
        <source>Pause quiet hours until the end of today</source>
        <translation>暫停勿擾到今天結束</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="90"/>
        <source>Quiet for 1 hour</source>
        <translation>勿擾 1 小時</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="92"/>
        <source>Quiet until the morning</source>
        <translation>勿擾至早上</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="94"/>
        <source>Follow the schedule again</source>
        <translation>恢復按排程勿擾</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="99"/>
        <source>Quiet hours settings…</source>
        <translation>勿擾設定…</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="191"/>
        <location filename="../desk/ui/quiet_indicator.py" line="290"/>
        <source>Quiet until %1</source>
        <translation>勿擾至%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="239"/>
        <source>Pause quiet hours until %1</source>
        <translation>暫停勿擾至 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="271"/>
        <location filename="../desk/ui/quiet_indicator.py" line="375"/>
        <source>Quiet hours</source>
        <translation>勿擾</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="282"/>
        <source>Quiet (%1) until %2</source>
        <comment>a date</comment>
        <translation>勿擾（%1）至 %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="284"/>
        <source>Quiet (%1) until %2</source>
        <translation>勿擾（%1）至%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="292"/>
        <source>Notifying until %1</source>
        <translation>勿擾暫停至%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="296"/>
        <source>Notifications on</source>
        <translation>通知已開啟</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="298"/>
        <source> · %1 held</source>
        <translation> · %1 則暫緩</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="300"/>
        <source> · %1 still alerts</source>
        <translation> · %1 仍提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="322"/>
        <source>Alerting through quiet hours: %1. A DING must be confirmed and an urgent item is urgent, so quiet hours never hold them back.</source>
        <translation>勿擾期間仍提醒：%1。DING 必須確認，緊急訊息刻不容緩，勿擾不會攔下它們。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/quiet_indicator.py" line="329"/>
        <source>List the %n held message(s) (%1)</source>
        <translation>
            <numerusform>列出暫緩的 %n 則訊息（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/quiet_indicator.py" line="331"/>
        <source>The arrow lists the %n held message(s) (%1).</source>
        <translation>
            <numerusform>點箭頭可列出暫緩的 %n 則訊息（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="339"/>
        <source>On · quiet from %1</source>
        <translation>通知已開啟 · %1 起勿擾</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="341"/>
        <source>On · quiet all day %1</source>
        <translation>通知已開啟 · %1全天勿擾</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="409"/>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="420"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="376"/>
        <source>Notify you of every message until %1, as on a working day?</source>
        <translation>在%1之前像工作日一樣提醒每則訊息嗎？</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="309"/>
        <source>DINGs, urgent items and the break-through list still come through. Click for a menu: pause quiet hours, or their settings.</source>
        <translation>DING、緊急事項和始終提醒名單照常提醒。點擊開啟選單：暫停勿擾，或開啟勿擾設定。</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="318"/>
        <source>Click for a menu: follow the schedule again, or another choice.</source>
        <translation>點擊開啟選單：恢復按排程勿擾，或其他選擇。</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="381"/>
        <source>Notify</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../desk/ui/reason_text.py" line="54"/>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="55"/>
        <source>@you</source>
        <translation>@我</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="56"/>
        <source>from group owner</source>
        <translation>群主發布</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="57"/>
        <source>from group admin</source>
        <translation>管理員發布</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="58"/>
        <source>urgent wording</source>
        <translation>含緊急用語</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="60"/>
        <source>reads like an emergency</source>
        <translation>疑似緊急情況</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="61"/>
        <source>asks for action</source>
        <translation>要求辦理</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="65"/>
        <source>deadline %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="67"/>
        <source>due within %1 h</source>
        <translation>%1 小時內到期</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="68"/>
        <source>due in %1 min</source>
        <translation>%1 分鐘後到期</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="69"/>
        <source>due in %1 h</source>
        <translation>%1 小時後到期</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="71"/>
        <source>due in %1 h %2 min</source>
        <translation>%1 小時 %2 分後到期</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="72"/>
        <source>overdue by %1 min</source>
        <translation>已逾期 %1 分鐘</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="73"/>
        <source>overdue by %1 h</source>
        <translation>已逾期 %1 小時</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="74"/>
        <source>overdue by %1 h %2 min</source>
        <translation>已逾期 %1 小時 %2 分</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="76"/>
        <source>overdue by %1 d %2 h</source>
        <translation>已逾期 %1 天 %2 小時</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="78"/>
        <source>due today %1</source>
        <translation>今天 %1 到期</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="79"/>
        <source>due tomorrow %1</source>
        <translation>明天 %1 到期</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="80"/>
        <source>due the day after tomorrow %1</source>
        <translation>後天 %1 到期</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="82"/>
        <source>due %2 %1 %3 · %4 days left</source>
        <translation>截止 %1（%2）%3 · 還有 %4 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="84"/>
        <source>due %1 %2 · %3 days left</source>
        <translation>截止 %1 %2 · 還有 %3 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="86"/>
        <source>at %1</source>
        <translation>時間 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="87"/>
        <source>starts today %1</source>
        <translation>今天 %1 開始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="88"/>
        <source>starts tomorrow %1</source>
        <translation>明天 %1 開始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="89"/>
        <source>starts the day after tomorrow %1</source>
        <translation>後天 %1 開始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="90"/>
        <source>starts %2 %1 %3 · in %4 days</source>
        <translation>%1（%2）%3 開始 · 還有 %4 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="91"/>
        <source>starts %1 %2 · in %3 days</source>
        <translation>%1 %2 開始 · 還有 %3 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="92"/>
        <source>starts in %1 min</source>
        <translation>%1 分鐘後開始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="93"/>
        <source>starts in %1 h</source>
        <translation>%1 小時後開始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="94"/>
        <source>starts in %1 h %2 min</source>
        <translation>%1 小時 %2 分後開始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="95"/>
        <source>began %1 min ago</source>
        <translation>已開始 %1 分鐘</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="96"/>
        <source>began %1 h ago</source>
        <translation>已開始 %1 小時</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="97"/>
        <source>began %1 h %2 min ago</source>
        <translation>已開始 %1 小時 %2 分</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="98"/>
        <source>time passed</source>
        <translation>時間已過</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="99"/>
        <source>same notice as in %1</source>
        <translation>與「%1」中的通知相同</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="100"/>
        <source>more pressing as posted in %1</source>
        <translation>在「%1」中的轉發更緊急</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="101"/>
        <source>due sooner as posted in %1</source>
        <translation>「%1」中轉發的版本截止更早</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="103"/>
        <source>more pressing as posted again here</source>
        <translation>本群再次發送的版本更緊急</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="104"/>
        <source>due sooner as posted again here</source>
        <translation>本群再次發送的版本截止更早</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="107"/>
        <source>%1 asked for it by %2</source>
        <translation>「%1」中轉發的版本要求 %2 前完成</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="111"/>
        <source>due %1 passed</source>
        <translation>%1 時限已過</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="112"/>
        <source>sent by you</source>
        <translation>你發出的</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="114"/>
        <source>you replied %1</source>
        <translation>已回覆 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="116"/>
        <source>you confirmed %1</source>
        <translation>已確認 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="117"/>
        <source>DING sent by you</source>
        <translation>我發出的 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="119"/>
        <source>DING sent by you: %1/%2 confirmed, %3 not yet</source>
        <translation>我發出的 DING：已確認 %1/%2，未確認 %3 人</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="120"/>
        <source>DING sent by you: all %1 confirmed</source>
        <translation>我發出的 DING：%1 人全部已確認</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="122"/>
        <source>DING sent by you: due %1 · %2/%3 confirmed, %4 not yet</source>
        <translation>我發出的 DING：截止 %1 · 已確認 %2/%3，未確認 %4 人</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="125"/>
        <source>DING sent by you: due %1 passed · %2/%3 confirmed, %4 not yet</source>
        <translation>我發出的 DING：%1 已截止 · 已確認 %2/%3，未確認 %4 人</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="128"/>
        <source>reposted in this group</source>
        <translation>本群重複發送</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="130"/>
        <source>every unit asked has reported</source>
        <translation>所要求的單位均已報送</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="131"/>
        <source>edited by its sender</source>
        <translation>傳送人已修改</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="132"/>
        <source>desk could not sort this message automatically</source>
        <translation>無法自動分類此訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="135"/>
        <source>corrected: see %1 %2</source>
        <translation>已更正：見 %1 %2 的更正</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="136"/>
        <source>replaced: see the %3 warning in %1 %2</source>
        <translation>已被更新：見 %1 %2 的%3預警</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="137"/>
        <source>lifted: see %1 %2</source>
        <translation>已解除：見 %1 %2 的解除通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="139"/>
        <source>replaced: the response is now level %3, see %1 %2</source>
        <translation>已被更新：應急響應已調整為%3級，見 %1 %2 的通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="142"/>
        <source>acknowledgement reply</source>
        <translation>回覆「收到」</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="143"/>
        <source>with a promise or a time</source>
        <translation>有安排或時間</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="150"/>
        <source>flattery reply</source>
        <translation>客套回覆</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="151"/>
        <source>chit-chat</source>
        <translation>閒聊</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="152"/>
        <source>sticker or emoji</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="153"/>
        <source>red packet</source>
        <translation>紅包</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="154"/>
        <source>photo check-in</source>
        <translation>拍照打卡</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="155"/>
        <source>notice</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="157"/>
        <source>reply to: %1</source>
        <translation>回覆：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="158"/>
        <source>report back</source>
        <translation>情況回報</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="163"/>
        <source>you moved this sender&apos;s like here out of Noise before</source>
        <translation>您曾把此人在本群的同類訊息移出「閒聊」</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="166"/>
        <source>you moved this sender&apos;s like here to Noise before</source>
        <translation>您曾把此人在本群的同類訊息移到「閒聊」</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="171"/>
        <source>addresses you by name</source>
        <translation>點名叫你</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="173"/>
        <source>names your unit (%1)</source>
        <translation>點名本單位（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="242"/>
        <source>you moved this group&apos;s messages up before</source>
        <translation>您曾調高此群的訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="245"/>
        <source>you moved this group&apos;s messages down before</source>
        <translation>您曾調低此群的訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="248"/>
        <source>you moved this sender&apos;s messages up before</source>
        <translation>您曾調高此人的訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="251"/>
        <source>you moved this sender&apos;s messages down before</source>
        <translation>您曾調低此人的訊息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="258"/>
        <source>you marked this group important</source>
        <translation>您將此群組設為重要</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="259"/>
        <source>you marked this group low priority</source>
        <translation>您將此群組設為次要</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="264"/>
        <source>your administrator made this group important</source>
        <translation>管理員將此群組設為重要</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="265"/>
        <source>your administrator made this group low priority</source>
        <translation>管理員將此群組設為次要</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="273"/>
        <source>you replied %1 · past due</source>
        <translation>已回覆 %1 · 已過截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="274"/>
        <source>you confirmed %1 · past due</source>
        <translation>已確認 %1 · 已過截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="279"/>
        <source>you replied %1 · time passed</source>
        <translation>已回覆 %1 · 時間已過</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="280"/>
        <source>you confirmed %1 · time passed</source>
        <translation>已確認 %1 · 時間已過</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="284"/>
        <source>edited by its sender: it now asks sooner</source>
        <translation>傳送人已修改：要求提前</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="285"/>
        <source>edited by its sender: it now asks for more</source>
        <translation>傳送人已修改：新增要求</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="159"/>
        <source>corrected by you</source>
        <translation>已由你更正</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="64"/>
        <source>has a request, no deadline</source>
        <translation>有工作要求（未定時限）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="75"/>
        <source>overdue by %1 d</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="110"/>
        <source>next due %1</source>
        <translation>下一時限 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="146"/>
        <source>a “got it” reply, not matched to a notice</source>
        <translation>一則「收到」，找不到它回覆的是哪則通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="147"/>
        <source>a “got it” reply, not matched to a notice; before it in the group: %1</source>
        <translation>一則「收到」，找不到它回覆的是哪則通知；群組裡上一則是：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="169"/>
        <source>a question put to you</source>
        <translation>向你提問</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="174"/>
        <source>a question to the group</source>
        <translation>群內提問</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="175"/>
        <source>for information only</source>
        <translation>僅供知悉</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="176"/>
        <source>routine report</source>
        <translation>例行報送</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="177"/>
        <source>sign-up chain</source>
        <translation>接龍報名</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../desk/ui/reply_box.py" line="387"/>
        <source>Your reply (Ctrl+Enter sends, Esc closes)</source>
        <translation>回覆內容（Ctrl+Enter 傳送，Esc 關閉）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="389"/>
        <source>Your reply</source>
        <translation>回覆內容</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="395"/>
        <location filename="../desk/ui/reply_box.py" line="418"/>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="397"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="398"/>
        <location filename="../desk/ui/reply_box.py" line="411"/>
        <location filename="../desk/ui/reply_box.py" line="416"/>
        <location filename="../desk/ui/reply_box.py" line="446"/>
        <source>Reply 收到</source>
        <translation>回覆收到</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="400"/>
        <source>Sends 收到 as a reply to this message</source>
        <translation>回覆這則訊息「收到」</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="401"/>
        <location filename="../desk/ui/reply_box.py" line="412"/>
        <location filename="../desk/ui/reply_box.py" line="417"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="402"/>
        <source>Esc; what you wrote waits for this card</source>
        <translation>Esc；已寫的內容留在這張卡片上，下次回覆時還在</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="407"/>
        <source>Reply 收到, or close the box (Esc)</source>
        <translation>回覆收到，或關閉回覆框（Esc）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="436"/>
        <source>Reply… (R)</source>
        <translation>回覆…（R）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="438"/>
        <source>Reply 收到 (Shift+R)</source>
        <translation>回覆收到（Shift+R）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="445"/>
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="482"/>
        <source>Your own message: there is nothing to confirm.</source>
        <translation>這是您自己發出的訊息，無需回覆收到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="596"/>
        <source>Reply to %1: %2</source>
        <translation>回覆 %1：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="615"/>
        <source>Replying as %1 · %2</source>
        <translation>以 %1 回覆 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="652"/>
        <source>Goes to “%1”</source>
        <translation>傳到「%1」</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="715"/>
        <source>Write a reply first, or use Reply 收到.</source>
        <translation>請先寫回覆內容，或者用「回覆收到」。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="749"/>
        <source>You have replied 收到 to this message already.</source>
        <translation>這則訊息您已經回覆過「收到」了。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="752"/>
        <source>You have replied to this message already: no 收到 was sent.</source>
        <translation>這則訊息您已經回覆過了，沒有再發「收到」。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="787"/>
        <source>desk cannot write in an end-to-end encrypted group yet.</source>
        <translation>desk 暫時還不能在端對端加密的群組裡發言。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="789"/>
        <source>This message was withdrawn: there is nothing to reply to.</source>
        <translation>這則訊息已撤回，無法回覆。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="871"/>
        <source>Sent: reply to %1 in “%2”.</source>
        <translation>已傳送：回覆 %1（「%2」）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="873"/>
        <source>Sent: confirmed the DING from %1, replied 收到 in “%2”.</source>
        <translation>已傳送：已確認 %1 的 DING 並回覆「收到」（「%2」）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="875"/>
        <source>Sent: 收到 to %1 in “%2”.</source>
        <translation>已傳送：回覆 %1「收到」（「%2」）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="829"/>
        <source>You are no longer in “%1”: a reply cannot go there.</source>
        <translation>您已不在「%1」裡，回覆傳不過去。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="648"/>
        <source>Goes to “%1” only, not to %2, where this notice also is</source>
        <translation>只傳到「%1」，不傳到%2（這則通知也在那裡）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="813"/>
        <source>Waiting to send: reply to %1 in “%2”.</source>
        <translation>待傳送：回覆 %1（「%2」）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="815"/>
        <source>Waiting to send: 收到 to %1 in “%2”, confirming the DING.</source>
        <translation>待傳送：回覆 %1「收到」以確認 DING（「%2」）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="817"/>
        <source>Waiting to send: 收到 to %1 in “%2”.</source>
        <translation>待傳送：回覆 %1「收到」（「%2」）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="833"/>
        <source>The message is no longer stored: there is nothing to reply to.</source>
        <translation>這則訊息已不在本機，無法回覆。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="835"/>
        <source>The reply was not queued (%1).</source>
        <translation>回覆沒有排進傳送佇列（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="895"/>
        <source>Your reply did not reach “%1”: the server refused it (in a group where only its admins may post, members cannot answer there). What you wrote is kept; reply to %2 another way, by phone or in person.</source>
        <translation>您的回覆沒能傳到「%1」：伺服器拒收（全員禁言的群組裡只有管理員能發言，成員無法回覆）。寫好的內容已保留；請用電話或當面回覆%2。</translation>
    </message>
</context>
<context>
    <name>Ringing</name>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1210"/>
        <source>%n DINGs to confirm</source>
        <translation>
            <numerusform>%n 則 DING 待確認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1212"/>
        <source>%n urgent items to confirm</source>
        <translation>
            <numerusform>%n 則緊急事項待確認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1214"/>
        <source>%n DINGs and urgent items to confirm</source>
        <translation>
            <numerusform>%n 則 DING 和緊急事項待確認</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <location filename="../desk/ui/notifier.py" line="418"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="419"/>
        <source>Confirm this DING (A)</source>
        <translation>確認這則 DING（A）</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="420"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="421"/>
        <source>Open it in desk to read it first (O)</source>
        <translation>在 desk 中開啟，先看內容（O）</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="488"/>
        <source>Confirming…</source>
        <translation>正在確認…</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="493"/>
        <source>Not confirmed: desk could not save it (%1). It will alert again.</source>
        <translation>未確認：desk 未能儲存（%1）。它還會再提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="498"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../desk/ui/card_text.py" line="46"/>
        <source>owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="48"/>
        <source>admin</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="761"/>
        <location filename="../desk/ui/inbox_delegate.py" line="667"/>
        <location filename="../desk/ui/inbox_delegate.py" line="778"/>
        <source>unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../desk/ui/inbox_delegate.py" line="695"/>
        <source>DING unconfirmed</source>
        <translation>DING未確認</translation>
    </message>
</context>
<context>
    <name>SentDingDeadlines</name>
    <message>
        <location filename="../desk/app/sent_deadlines.py" line="153"/>
        <source>DING deadline %1 passed</source>
        <translation>DING 已過截止時間 %1</translation>
    </message>
    <message>
        <location filename="../desk/app/sent_deadlines.py" line="156"/>
        <source>%n not yet confirmed “%1” in %2. DING → DINGs I sent… can DING them again.</source>
        <translation>%2 中仍有 %n 人未確認「%1」。可在「DING → 我發出的 DING…」中再次 DING 他們。</translation>
    </message>
</context>
<context>
    <name>ServerReason</name>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="9"/>
        <source>no connection to the server</source>
        <translation>無法連線伺服器</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="10"/>
        <source>the server&apos;s certificate is not trusted on this computer: ask IT to install your organisation&apos;s CA certificate</source>
        <translation>伺服器憑證不受本機信任：請資訊部門把單位 CA 憑證安裝到系統憑證庫</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="17"/>
        <source>cannot connect to the proxy server: check the proxy settings or ask IT</source>
        <translation>無法連線代理伺服器，請檢查代理設定或聯絡資訊部門</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="21"/>
        <source>server error</source>
        <translation>伺服器錯誤</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="22"/>
        <source>server asked to slow down</source>
        <translation>伺服器要求放慢請求</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="23"/>
        <source>the server&apos;s answer could not be read</source>
        <translation>伺服器的回覆無法讀取</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="24"/>
        <source>the server turned the request down</source>
        <translation>伺服器拒絕了請求</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="25"/>
        <source>too large for the server</source>
        <translation>超出伺服器允許的大小</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="26"/>
        <source>no Matrix server answers at this address: check it with IT</source>
        <translation>該位址沒有 Matrix 伺服器回應，請向資訊部門核實位址</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="29"/>
        <source>this account&apos;s server does not offer it</source>
        <translation>此帳號的伺服器不支援該操作</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="30"/>
        <source>syncing failed; the log file says where</source>
        <translation>同步出錯，詳情見記錄檔</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="38"/>
        <source>unknown</source>
        <translation>未知原因</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="148"/>
        <location filename="../desk/ui/settings_dialog.py" line="264"/>
        <source>desk settings</source>
        <translation>desk 設定</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="155"/>
        <source>Quiet hours</source>
        <translation>勿擾</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="156"/>
        <source>Break through</source>
        <translation>一律提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="157"/>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="158"/>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="160"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="169"/>
        <source>Settings shown greyed out are set by your administrator.</source>
        <translation>灰色顯示的設定由管理員統一設定。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/settings_dialog.py" line="235"/>
        <source>Your administrator&apos;s policy file %1 has %n problem(s), in %2: those settings keep their defaults (or the part of them that is sound), and the rest of the policy applies. IT can list them with:</source>
        <translation>
            <numerusform>管理員政策檔 %1 有 %n 處問題（%2）：這些設定按預設值（或其中無誤的部分）生效，其餘設定照常生效。資訊部門可執行以下指令列出問題：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="274"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="275"/>
        <source>&amp;Discard changes</source>
        <translation>捨棄變更(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="276"/>
        <source>&amp;Back to the settings</source>
        <translation>返回設定(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="449"/>
        <source>Set by your administrator</source>
        <translation>由管理員設定</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="456"/>
        <source>Hold ordinary notifications during quiet hours</source>
        <translation>勿擾時段內暫緩一般通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="471"/>
        <source>Click a cell, or drag across cells, to change them. Keys: the arrows move, Space changes a half hour, Shift+arrows mark a block for Space to change.</source>
        <translation>點按或拖曳格子即可修改。鍵盤：方向鍵移動，空白鍵切換一個半小時，Shift+方向鍵選出一塊區域後按空白鍵一起切換。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="498"/>
        <source>Statutory holidays are quiet all day</source>
        <translation>法定假日全天勿擾</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="546"/>
        <source>Extra days off (quiet all day):</source>
        <translation>其他休息日（全天勿擾）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="265"/>
        <source>Save the changes you made to the settings?</source>
        <translation>是否儲存您對設定所做的變更？</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="226"/>
        <source>Your administrator&apos;s policy does not apply: %1. Every setting is desk&apos;s default or your own. IT can check the file with:</source>
        <translation>管理員策略未生效：%1。所有設定均為 desk 的預設值或您自己的設定。資訊部門可用以下命令檢查該檔案：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="316"/>
        <source>A name of one character (%1) would be found inside other words too. Write two characters or more, such as %1主任.</source>
        <translation>單字稱呼（%1）會在別的詞裡也被認出來。請寫兩個字以上，例如%1主任。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="323"/>
        <source>Names of one character (%1) would be found inside other words too. Write two characters or more, such as %2主任.</source>
        <translation>單字稱呼（%1）會在別的詞裡也被認出來。請寫兩個字以上，例如%2主任。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="332"/>
        <source>%1 alone is everyone&apos;s who holds that title: 张%1 and 各位%1 would be read as you. Write it with your surname, such as 方%1.</source>
        <translation>單寫「%1」，張%1、各位%1都會被認作在叫您。請連同姓氏一起寫，例如方%1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="339"/>
        <source>%1 alone are everyone&apos;s who hold those titles: 张%2 and 各位%2 would be read as you. Write each with your surname, such as 方%2.</source>
        <translation>單寫「%1」，張%2、各位%2等都會被認作在叫您。請每個都連同姓氏一起寫，例如方%2。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="391"/>
        <source>Not saved (%1). Your choices are still here: press OK to try again.</source>
        <translation>未能儲存（%1）。您的設定仍保留在此，請按「確定」重試。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="461"/>
        <source>Blue cells are quiet. Urgent items, DINGs and the people and groups on the break-through list always come through.</source>
        <translation>藍色格子為勿擾時段。緊急事項、DING 以及「一律提醒」名單中的人和群組一律會提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="486"/>
        <source>Make-up working days as Monday to Friday</source>
        <translation>調休上班日同週一至週五</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/settings_dialog.py" line="505"/>
        <source>desk does not have the official holiday schedule(s) for %1 yet, so quiet hours assume Monday to Friday working days with only the holidays that can be foreseen (New Year&apos;s Day, Qingming, 1–5 May, the Dragon Boat Festival, the Mid-Autumn Festival, 1–7 October, and Spring Festival&apos;s eve to its seventh day). Add any other days off and make-up working days below, or ask IT for a policy that includes the schedule(s).</source>
        <translation>
            <numerusform>%1 年的官方假日安排尚未提供：免打擾暫按週一至週五上班，只認可預知的節假日（元旦、清明、5月1日至5日、端午、中秋、10月1日至7日、除夕至初七）。請在下方新增其他休息日和補班日，或請資訊部門下發含該安排的政策。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="530"/>
        <source>Day off to add</source>
        <translation>要新增的休息日</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="539"/>
        <source>Working day to add</source>
        <translation>要新增的補班日</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="547"/>
        <source>Extra working days (quiet as make-up days):</source>
        <translation>補班日（按「補班日」一列勿擾）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="592"/>
        <source>By this schedule it is quiet now, until %1.</source>
        <translation>依此安排，現在正處於勿擾，至 %1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="596"/>
        <source>By this schedule quiet hours begin %1, all day.</source>
        <translation>依此安排，%1全天勿擾。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="600"/>
        <source>By this schedule quiet hours begin at %1.</source>
        <translation>依此安排，%1 起勿擾。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="612"/>
        <source>You turned quiet hours on from the status bar, until %1.</source>
        <translation>你已在狀態列開啟勿擾，至 %1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="615"/>
        <source>You paused quiet hours from the status bar: every message notifies until %1.</source>
        <translation>你已在狀態列暫停勿擾：%1 前每則訊息都會提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="652"/>
        <source>%1 is already an extra working day. A day cannot be both a day off and a working day: remove it there first.</source>
        <translation>%1 已在補班日中。同一天不能既是休息日又是上班日：請先從那裡移除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="657"/>
        <source>%1 is already an extra day off. A day cannot be both a day off and a working day: remove it there first.</source>
        <translation>%1 已在其他休息日中。同一天不能既是休息日又是上班日：請先從那裡移除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="663"/>
        <source>%1 is already a working day as desk expects that year&apos;s calendar (its official table is missing), so it was not added. Make-up working days are the Saturdays and Sundays the office works.</source>
        <translation>%1 按預計的安排本來就是上班日（該年的官方假日安排尚缺），未新增。補班日是單位要上班的週六、週日。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="669"/>
        <source>%1 is already a working day on the official calendar, so it was not added. Make-up working days are the Saturdays and Sundays the office works.</source>
        <translation>%1 在官方行事曆上本來就是上班日，未新增。補班日是單位要上班的週六、週日。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="674"/>
        <source>%1 is a holiday (%2) as desk expects that year&apos;s calendar (its official table is missing), so it was not added: desk does not make a holiday a working day.</source>
        <translation>%1 按預計的安排是假日（%2；該年的官方假日安排尚缺），未新增：desk 不會把假日改為上班日。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="680"/>
        <source>%1 is a holiday (%2) on the official calendar, so it was not added: desk does not make a holiday a working day.</source>
        <translation>%1 在官方行事曆上是假日（%2），未新增：desk 不會把假日改為上班日。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="685"/>
        <source>%1 is already a holiday (%2). Added anyway: it will be quiet all day, even if holidays are not.</source>
        <translation>%1 本來就是假日（%2）。仍已新增：即使假日未設為全天勿擾，這一天也全天勿擾。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="690"/>
        <source>%1 is a weekend day, already a day off. Added anyway: it will be quiet all day, not only in the hours of its row in the grid.</source>
        <translation>%1 是週末，本來就休息。仍已新增：這一天將全天勿擾，而不只是表格中該列的時段。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="703"/>
        <source>During quiet hours, still show replies to urgent items I sent</source>
        <translation>勿擾時仍提醒對我發出的緊急事項的回覆</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="707"/>
        <source>Replies and confirmations to your own DINGs, and to your notices that are urgent or due before quiet hours end, pop up without sound until 2 hours after their due time (12 hours after sending if they set none). The replies to one item share one pop-up.</source>
        <translation>您自己發出的 DING，以及緊急或在勿擾結束前截止的通知，其回覆和確認在勿擾期間仍會彈出提醒（不響鈴），直到截止時間後 2 小時（未設截止時間的，發出後 12 小時）。同一事項的回覆合併為一則提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="726"/>
        <source>People who always get through</source>
        <translation>一律提醒的人</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="727"/>
        <source>Groups that always get through</source>
        <translation>一律提醒的群組</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="732"/>
        <source>Filter…</source>
        <translation>篩選…</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="746"/>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="747"/>
        <source>Notify</source>
        <translation>提醒方式</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="748"/>
        <source>At most one per (minutes)</source>
        <translation>最多每幾分鐘一次</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="749"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="757"/>
        <source>Important: this group&apos;s messages rank higher in the inbox, and a borderline one counts as a task; Low: they rank lower. Urgent items always come through. Applies at once to the group&apos;s open messages, without changing their tier.</source>
        <translation>重要：此群組的訊息在收件匣中排得更前面，處於邊界的訊息算作待辦；次要：排得更後面。緊急事項一律會送達。設定後立即套用到此群組未處理的訊息，但不改變它們的分級。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="763"/>
        <source>Everything that matters</source>
        <translation>重要訊息都提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="764"/>
        <source>Only @me and urgent</source>
        <translation>僅 @我 和緊急</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="783"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="800"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="801"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="802"/>
        <source>Low</source>
        <translation>次要</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="813"/>
        <source>Priority of %1</source>
        <translation>%1 的優先順序</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="821"/>
        <source>Your moves of this group&apos;s cards between Action and Info rank its messages a little higher than %1 alone. Choosing a priority here, even the same one, clears that.</source>
        <translation>你把此群的訊息在「待辦」和「通知」之間手動移過，它的訊息因此比「%1」略靠前。在這裡再選一次優先級（即使不變）即可清除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="827"/>
        <source>Your moves of this group&apos;s cards between Action and Info rank its messages a little lower than %1 alone. Choosing a priority here, even the same one, clears that.</source>
        <translation>你把此群的訊息在「待辦」和「通知」之間手動移過，它的訊息因此比「%1」略靠後。在這裡再選一次優先級（即使不變）即可清除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="862"/>
        <source>Escalate urgent items like DINGs</source>
        <translation>緊急事項也像 DING 一樣反覆提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="866"/>
        <source>Alert again every:</source>
        <translation>每隔多久再次提醒：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="868"/>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="869"/>
        <source>Flash the taskbar and tray after:</source>
        <translation>超過多久閃爍工作列和系統匣：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="871"/>
        <source>Stop alerting after:</source>
        <translation>超過多久停止提醒：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="875"/>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="878"/>
        <source>A DING whose text names no time is to be confirmed within this many minutes of being posted: its banner and alerts say by when, and desk reminds you once more 10 minutes before. Its card&apos;s deadline does not change.</source>
        <translation>文字中未寫明時間的 DING，應在發出後這麼多分鐘內確認：橫幅和提醒會寫明應在何時前確認，並在此前 10 分鐘再提醒一次。卡片上的截止時間不變。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="883"/>
        <source>A DING is to be confirmed within:</source>
        <translation>DING 應在多少分鐘內確認：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="919"/>
        <source>The first flash comes with the alert at %1 min; the alerts cannot stop before it.</source>
        <translation>第一次閃爍在第 %1 分鐘的提醒時出現；停止提醒不能早於此時。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="933"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="951"/>
        <source>Language (after a restart):</source>
        <translation>介面語言（重新啟動後生效）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1010"/>
        <source>Not set: going by your names in the groups, %1</source>
        <translation>未填寫：按您的群組暱稱看作 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1014"/>
        <source>My unit:</source>
        <translation>本單位：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1020"/>
        <source>The name as the groups write it; several separated by 、 (桐坪镇、桐坪). A roll call then says first whether your unit has reported, and a message asking it to act or report ranks as a task.</source>
        <translation>依群組裡的寫法填寫，多個名稱以「、」分隔（桐坪鎮、桐坪）。填寫後，催報統計會先顯示本單位是否已報；點名要求本單位辦理或報送的訊息列為待辦。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1036"/>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1042"/>
        <source>Besides %1, your account&apos;s name</source>
        <translation>除帳號名稱 %1 之外</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1046"/>
        <source>Colleagues also call me:</source>
        <translation>別人這樣稱呼我：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1052"/>
        <source>The names colleagues write after @ for you, separated by commas, 、 or spaces (王主任、小王). A new message that @s one of them is marked @you; messages already here stay as they were sorted.</source>
        <translation>同事 @ 您時用的其他稱呼，用逗號、頓號或空格分隔（王主任、小王）。此後新到的訊息 @ 其中任何一個，都標為「@我」；已有的訊息保持原來的分類。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1116"/>
        <source>Normal (100 %)</source>
        <translation>標準（100%）</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1117"/>
        <source>Large (125 %)</source>
        <translation>較大（125%）</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1118"/>
        <source>Larger (150 %)</source>
        <translation>很大（150%）</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1119"/>
        <source>Largest (175 %)</source>
        <translation>特大（175%）</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1128"/>
        <source>Text size:</source>
        <translation>文字大小：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="943"/>
        <source>As the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="741"/>
        <source>How each group notifies and ranks</source>
        <translation>各群組的提醒方式與優先順序</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="766"/>
        <source>Never, but DINGs (muted)</source>
        <translation>不提醒（靜音；DING 照常提醒）</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="854"/>
        <source>An unconfirmed DING alerts at once, then again on this ladder until you confirm it or it stops alerting, and once more 10 minutes before it is due (or is to be confirmed); until you confirm it, it stays pinned at the top of Urgent.</source>
        <translation>未確認的 DING 會立即提醒，之後按以下節奏反覆提醒，直到您確認或到達「停止提醒」的時間；在截止（或應確認）時間前 10 分鐘還會再提醒一次。在您確認之前，它一直置頂在「緊急」中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="958"/>
        <source>Show notifications without message text</source>
        <translation>通知中不顯示訊息內容</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="961"/>
        <source>For shared screens, and because the operating system keeps notification text unencrypted.</source>
        <translation>適合共用螢幕；另外作業系統會以未加密方式保存通知內容。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="966"/>
        <source>Play a sound</source>
        <translation>播放提示音</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="968"/>
        <source>Start desk when I sign in to this computer</source>
        <translation>登入電腦時自動啟動 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="970"/>
        <source>So DINGs and urgent items reach you even if you did not open desk.</source>
        <translation>即使您沒有開啟 desk，DING 和緊急事項也能及時送達。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="979"/>
        <source>Sounds cannot play on this computer (no audio output desk can use). DINGs and urgent items still flash the taskbar and show pop-ups.</source>
        <translation>本機無法播放提示音（沒有 desk 可用的音訊輸出）。DING 和緊急訊息仍會閃爍工作列並彈出提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="990"/>
        <source>desk now starts at sign-in with another data folder (%1). Tick this to start this one instead.</source>
        <translation>desk 目前在登入時以另一個資料夾啟動（%1）。勾選此項即改為啟動這一個。</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../desk/app/settings_flow.py" line="48"/>
        <source>desk settings</source>
        <translation>desk 設定</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="49"/>
        <source>The new language applies when desk starts again. Restart desk now? desk comes back to the view and message you are on, with what you were writing and the window&apos;s layout.</source>
        <translation>新的介面語言在 desk 重新啟動後生效。現在重新啟動 desk 嗎？重新啟動後回到目前的檢視和訊息，正在撰寫的回覆和視窗版面都會保留。</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="58"/>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="59"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desk/ui/shortcuts_dialog.py" line="63"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../desk/ui/shortcuts_dialog.py" line="76"/>
        <source>More below: scroll down.</source>
        <translation>下面還有：請向下捲動。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../desk/ui/sidebar.py" line="91"/>
        <source>%1 is end-to-end encrypted: desk cannot read its messages yet.</source>
        <translation>%1 已啟用端對端加密：desk 暫時無法讀取其中的訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_label.py" line="15"/>
        <source>%1 (%2)</source>
        <comment>group name (account)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_label.py" line="27"/>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="98"/>
        <source>(muted) %1</source>
        <translation>（靜音）%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="103"/>
        <source>%1 is muted: its messages come into the inbox without a notification.</source>
        <translation>%1 已靜音：訊息照常進入收件匣，但不發通知。</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="110"/>
        <source>(left) %1</source>
        <translation>（已不在群組中）%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="114"/>
        <source>You are no longer in %1: its messages are kept, nothing new comes.</source>
        <translation>您已不在「%1」中：已有訊息保留，不會再收到新訊息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="181"/>
        <source>Views and groups</source>
        <translation>檢視和群組</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="187"/>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="188"/>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="343"/>
        <source>%n unread message(s) in this group, copies and replies included</source>
        <translation>
            <numerusform>本群 %n 則未讀訊息（含轉發副本和回覆）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="422"/>
        <source>%n unread of %1 arrived</source>
        <translation>
            <numerusform>%n 則未讀，共新到 %1 則</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="437"/>
        <source>Due today %1 · overdue %2 (not done yet)</source>
        <comment>a view&apos;s count</comment>
        <translation>今日到期 %1 · 已逾期 %2（未辦完）</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="442"/>
        <source>%n not done yet, read or not</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>未辦完 %n 則（已讀未讀都算）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="445"/>
        <source>%n of them unread</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>其中未讀 %n 則</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="447"/>
        <source>All of them read</source>
        <comment>a view&apos;s count</comment>
        <translation>都已讀過</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="453"/>
        <source>%n unread</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>未讀 %n 則</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="491"/>
        <source>%n held while quiet</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>暫緩 %n 則</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desk/app/gui.py" line="61"/>
        <source>The database exists but its key file desk.key is missing. desk will not create a new database over it: restore desk.key from a backup.</source>
        <translation>資料庫存在，但其金鑰檔 desk.key 遺失。desk 不會覆蓋建立新資料庫：請從備份復原 desk.key。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="65"/>
        <source>The key file %1 is damaged, so the database cannot be opened. Restore desk.key from a backup of that folder; nothing was changed.</source>
        <translation>金鑰檔 %1 已損毀，無法開啟資料庫。請從該資料夾的備份還原 desk.key；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="69"/>
        <source>desk cannot read its key file %1: %2. Check the file&apos;s permissions, or close the program holding it, then start desk again; nothing was changed.</source>
        <translation>desk 無法讀取金鑰檔 %1：%2。請檢查該檔案的存取權限，或關閉正在使用它的程式，然後重新啟動 desk；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="73"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>密碼錯誤。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="74"/>
        <source>A passphrase is needed.</source>
        <translation>需要輸入密碼。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="75"/>
        <source>The system keychain no longer holds the key of this database.</source>
        <translation>系統鑰匙圈中已找不到此資料庫的金鑰。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="78"/>
        <source>The database does not open with its key file: the file may be damaged, or desk.key comes from another folder. Nothing was changed: restore desk&apos;s folder from a backup.</source>
        <translation>本機資料與其金鑰檔對不上：資料檔可能已損壞，或 desk.key 來自別的資料夾。未作任何變更：請從備份還原 desk 的資料夾，或聯絡資訊部門。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="82"/>
        <source>The database file is damaged, so it cannot be opened. Nothing was changed: restore desk&apos;s folder from a backup.</source>
        <translation>本機資料檔已損壞，無法開啟。未作任何變更：請從備份還原 desk 的資料夾，或聯絡資訊部門。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="86"/>
        <source>desk cannot read or write its database: the disk may be full or failing. Free some space and start desk again; nothing was changed.</source>
        <translation>desk 無法讀寫本機資料：磁碟可能已滿或發生故障。請清出磁碟空間後重新啟動 desk；資料未作任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="90"/>
        <source>desk cannot open its database %1: %2. Check its permissions (and those of desk.db-wal and desk.db-shm beside it), or close the program holding it, then start desk again; nothing was changed.</source>
        <translation>desk 無法開啟資料庫 %1：%2。請檢查該檔案（及同目錄下 desk.db-wal、desk.db-shm）的存取權限，或關閉正在使用它的程式，然後重新啟動 desk；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="94"/>
        <source>The system keychain, which holds this database&apos;s key, is not available or is locked. Unlock it, or log in to the computer again, then start desk. If desk&apos;s folder was copied here from another computer or user, its key stayed in that keychain: ask IT.</source>
        <translation>存放這份資料庫金鑰的系統憑證儲存無法使用或已鎖定。請解鎖，或重新登入電腦，然後再啟動 desk。如果 desk 的資料夾是從另一台電腦或另一個使用者那裡複製來的，它的金鑰還留在那邊的憑證儲存裡：請聯絡 IT。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="98"/>
        <source>desk could not open its database; nothing was changed. The log in desk&apos;s folder (logs/desk.log) says more: please contact IT.</source>
        <translation>desk 無法開啟本機資料，未作任何變更。desk 資料夾中的日誌（logs/desk.log）有詳細原因，請聯絡資訊部門。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="102"/>
        <source>Another program has been holding desk&apos;s data for a long time: another desk opening it, or a backup or antivirus scan. Close it or wait until it has finished, then start desk again; nothing was changed.</source>
        <translation>另一個程式長時間佔用著 desk 的資料：可能是另一個正在開啟它的 desk，也可能是備份或防毒掃描。請關閉該程式或等它完成後，再啟動 desk；現有資料未作任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="106"/>
        <source>This database was written by a newer desk. Update desk to open it; nothing was changed.</source>
        <translation>此資料庫由較新版本的 desk 寫入。請升級 desk 後再開啟；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="24"/>
        <source>permission denied</source>
        <translation>沒有權限</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="25"/>
        <source>another program is using it</source>
        <translation>另一個程式正在使用它</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="26"/>
        <source>it is a folder, not a file</source>
        <translation>它是資料夾，不是檔案</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="27"/>
        <source>it is not a file (a pipe or a device)</source>
        <translation>它不是一般檔案（而是管道或裝置）</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="113"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是一個檔案，不是資料夾。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="114"/>
        <source>You have no permission to write %1.</source>
        <translation>您沒有寫入 %1 的權限。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="115"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 位於唯讀磁碟上。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="116"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="151"/>
        <source>Checking the database, found damaged while desk ran…
This can take a minute.</source>
        <translation>正在檢查本機資料（執行時發現過損壞）…
這可能需要一分鐘。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="154"/>
        <source>Opening the database…
After an update of desk this can take a minute.</source>
        <translation>正在開啟資料庫…
更新 desk 後首次開啟可能需要約一分鐘。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="177"/>
        <source>desk cannot keep its data in the folder %1: %2 belongs to %3, not to you (%4). Was a backup restored as %3?

Ask your IT staff to give it back to you: %5</source>
        <translation>desk 無法在資料夾 %1 中儲存資料：%2 屬於 %3，而不屬於您（%4）。是否以 %3 身分還原過備份？

請資訊部門把它歸還給您：%5</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="195"/>
        <source>desk cannot keep its data in the folder %1.

%2

Choose another folder with --data-dir or DESK_DATA_DIR, or ask your IT staff.</source>
        <translation>desk 無法在資料夾 %1 中儲存資料。

%2

請用 --data-dir 或 DESK_DATA_DIR 另選資料夾，或聯絡資訊部門。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="207"/>
        <location filename="../desk/app/gui.py" line="245"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="230"/>
        <source>Nothing is deleted, but the old files open again only with the old passphrase: nobody, IT staff included, can open them without it. Once you are sure you no longer need them, you may delete that folder.</source>
        <translation>不會刪除任何檔案，但舊檔案只有用原來的密碼才能再次開啟：沒有原密碼，任何人（包括資訊部門）都無法開啟。確定不再需要後，可以刪除該資料夾。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="237"/>
        <source>Nothing is deleted, but the old files open again only if what they lack comes back (their key, or a repair by IT staff). Once you are sure you no longer need them, you may delete that folder.</source>
        <translation>不會刪除任何檔案，但舊檔案只有在所缺的東西找回之後（它們的金鑰，或經資訊部門修復）才能再次開啟。確定不再需要後，可以刪除該資料夾。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="248"/>
        <source>To start afresh, desk moves the database and its key into a new folder, set-aside-&lt;date&gt;-&lt;time&gt;, in %1 and starts with an empty inbox. Add your accounts again: their messages come back from the server. What only this computer knew (read, done, confirmed, your settings) stays in the old files.</source>
        <translation>如選擇重新開始，desk 會把資料庫及其金鑰移到 %1 中的一個新資料夾 set-aside-&lt;日期&gt;-&lt;時間&gt;，並以空的收件匣啟動。請重新新增帳號，訊息會從伺服器重新取得。只有本機知道的內容（已讀、已辦、已確認、您的設定）保留在舊檔案中。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="259"/>
        <source>Start afresh</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="261"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="267"/>
        <source>Back to the passphrase</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="281"/>
        <source>desk could not move its database aside (%1). Close every desk window and try again, or ask your IT staff.</source>
        <translation>desk 無法移開其資料庫（%1）。請關閉所有 desk 視窗後重試，或聯絡資訊部門。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="311"/>
        <source>The passphrase in DESK_PASSPHRASE was refused: it may be the one before a change. Type the current one, and change or remove DESK_PASSPHRASE.</source>
        <translation>環境變數 DESK_PASSPHRASE 中的密碼不正確，可能是變更前的舊密碼。請輸入目前的密碼，並修改或刪除 DESK_PASSPHRASE。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="374"/>
        <source>Without its passphrase nothing can open this database: desk keeps no other copy of its key.</source>
        <translation>沒有密碼，任何方式都無法開啟此資料庫：desk 不保存金鑰的其他副本。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="521"/>
        <source>desk is already running on this computer, but it is not responding. Wait a minute and start desk again. If it still does not respond, end desk in the Task Manager (or log out and back in): what it had saved is kept.</source>
        <translation>desk 已在本機執行，但沒有回應。請稍候一分鐘再啟動 desk。如果仍無回應，請在工作管理員中結束 desk（或登出後重新登入）：已儲存的內容不會遺失。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="407"/>
        <source>The administrator&apos;s policy does not apply (%1); desk runs on its defaults and your own settings.</source>
        <translation>管理員策略未生效（%1）；desk 依預設設定和您自己的設定執行。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="416"/>
        <source>The administrator&apos;s policy has %1 problem(s); the rest applies.</source>
        <translation>管理員政策中有 %1 處問題；其餘設定已生效。</translation>
    </message>
</context>
<context>
    <name>StoreOps</name>
    <message>
        <location filename="../desk/ui/ops.py" line="26"/>
        <source>can&apos;t write the local database: it is read-only</source>
        <translation>無法寫入本機資料庫：資料庫為唯讀</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="27"/>
        <source>the local database is busy</source>
        <translation>本機資料庫忙碌</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="28"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="29"/>
        <source>the local database is damaged: restore desk&apos;s folder from a backup</source>
        <translation>本機資料庫已損壞：請從備份還原 desk 的資料夾</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="32"/>
        <source>the disk holding the local database cannot be read or written</source>
        <translation>本機資料所在的磁碟無法讀寫</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="35"/>
        <source>the local database failed</source>
        <translation>本機資料庫出錯</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../desk/ui/status_text.py" line="23"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="28"/>
        <source>Up to date · %1</source>
        <translation>已是最新 · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="43"/>
        <location filename="../desk/ui/status_text.py" line="67"/>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="49"/>
        <source>Sign-in no longer valid</source>
        <translation>登入已失效</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="51"/>
        <source>Sync stopped: the local database is damaged.</source>
        <translation>同步已停止：本機資料已損壞。</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="57"/>
        <source>Offline (%1), not synced since desk started</source>
        <translation>離線（%1），本次啟動後尚未同步</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="63"/>
        <source>Offline (%1), last synced %2</source>
        <translation>離線（%1），上次同步 %2</translation>
    </message>
</context>
<context>
    <name>ViewsButton</name>
    <message>
        <location filename="../desk/ui/views_button.py" line="29"/>
        <source>Views and groups</source>
        <translation>檢視和群組</translation>
    </message>
    <message>
        <location filename="../desk/ui/views_button.py" line="30"/>
        <source>Views and groups (the window is too narrow to list them)</source>
        <translation>檢視和群組（視窗太窄，左側清單收在這裡）</translation>
    </message>
</context>
<context>
    <name>WarningLevel</name>
    <message>
        <location filename="../desk/ui/reason_text.py" line="234"/>
        <source>red</source>
        <translation>紅色</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="235"/>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="236"/>
        <source>yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="237"/>
        <source>blue</source>
        <translation>藍色</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../desk/ui/reason_text.py" line="224"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="225"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="226"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="227"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="228"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="229"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="230"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desk/cli/speech.py" line="101"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="102"/>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="103"/>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="104"/>
        <source>show this help message and exit</source>
        <translation>顯示此幫助訊息並退出</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="105"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="106"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下參數：%s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="107"/>
        <source>unrecognized arguments: %s</source>
        <translation>無法識別的參數：%s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="108"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選項：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="109"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="110"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="111"/>
        <source>expected one argument</source>
        <translation>需要一個參數</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="112"/>
        <source>expected at most one argument</source>
        <translation>最多需要一個參數</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="113"/>
        <source>expected at least one argument</source>
        <translation>至少需要一個參數</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="114"/>
        <source>expected %s argument</source>
        <translation>需要 %s 個參數</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="115"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 個參數</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="116"/>
        <source>not allowed with argument %s</source>
        <translation>不能與參數 %s 同時使用</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="117"/>
        <source>one of the arguments %s is required</source>
        <translation>參數 %s 中必須有一個</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="118"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧義的選項：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="119"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了明確給出的參數 %r</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="120"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>無法打開「%(filename)s」：%(error)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="128"/>
        <source>{heading}:</source>
        <translation>{heading}：</translation>
    </message>
</context>
</TS>
