<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="43"/>
        <source>About desk</source>
        <translation>关于 desk</translation>
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
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="84"/>
        <source>Administrator policy: none of it applies: %1</source>
        <translation>管理员策略：全部未生效：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="90"/>
        <source>Administrator policy: %1</source>
        <translation>管理员统一配置：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="79"/>
        <source>Administrator policy: none (desk reads %1)</source>
        <translation>管理员统一配置：无（desk 从 %1 读取）</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="52"/>
        <source>Logs: %1</source>
        <translation>日志：%1</translation>
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
        <translation>系统：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="68"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/about_dialog.py" line="86"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 处问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="88"/>
        <source>Administrator policy: %1 (%2; the rest applies)</source>
        <translation>管理员统一配置：%1（%2，其余设置已生效）</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="98"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="57"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="57"/>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="67"/>
        <source>The server of the account that signs in again.</source>
        <translation>重新登录的账号所在的服务器。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="69"/>
        <source>Set by your site&apos;s policy: accounts are added on this server only.</source>
        <translation>由本单位策略设定：只能在此服务器上添加账号。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="75"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="76"/>
        <source>User id:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="77"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="78"/>
        <source>Remove the demo workspace</source>
        <translation>移除演示工作区</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="87"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="103"/>
        <source>The server no longer accepts this account&apos;s sign-in: enter the password.</source>
        <translation>此账号的登录已失效，请输入密码重新登录。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="124"/>
        <source>Enter the server address, starting with https://</source>
        <translation>请输入服务器地址，以 https:// 开头</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="128"/>
        <source>Enter your user id, like @zhangsan:example.gov.cn or zhangsan</source>
        <translation>请输入用户 ID，例如 @zhangsan:example.gov.cn 或 zhangsan</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="131"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="135"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="172"/>
        <source>The server refused this user id and password.</source>
        <translation>用户 ID 或密码不正确，请检查后重试。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="185"/>
        <source>Signing in failed: no connection to the server over https://.
Check the address and port.
If the server uses http://, enter the address with http:// in front.</source>
        <translation>登录失败：无法通过 https:// 连接服务器。
请检查地址和端口。
如果服务器用的是 http://，请在地址前写上 http://。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="191"/>
        <source>Signing in failed: no connection to the server.
Check the address and port.
Check also which the server uses: https:// or http://.</source>
        <translation>登录失败：无法连接服务器。
请检查地址和端口，以及服务器用的是 https:// 还是 http://。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="198"/>
        <source>Signing in failed: this computer does not trust the server&apos;s certificate.
Ask IT to install your organisation&apos;s CA certificate in the system&apos;s certificate store.</source>
        <translation>登录失败：服务器证书不受本机信任。
请信息化部门把单位 CA 证书装入系统证书库。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="162"/>
        <location filename="../desk/ui/account_dialog.py" line="173"/>
        <source>Signing in failed: %1.</source>
        <translation>登录失败：%1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="176"/>
        <source>The system keychain refused to keep the sign-in token.</source>
        <translation>系统凭据存储拒绝保存登录信息，账号未添加。请联系信息化部门。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="106"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="127"/>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="128"/>
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="129"/>
        <location filename="../desk/ui/accounts_dialog.py" line="297"/>
        <source>Mark as &amp;shared…</source>
        <translation>设为共用账号(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="131"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="132"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="160"/>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="162"/>
        <source>%1 (shared)</source>
        <translation>%1（共用）</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="169"/>
        <source>Shared: several people sign in to it (a duty room&apos;s). What it sends is not yours, except what this computer sent.</source>
        <translation>共用账号：多人登录使用（如值班室的账号）。它发出的消息不算您自己发出的，本机发出的除外。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="200"/>
        <source>The demo workspace was removed.</source>
        <translation>演示工作区已移除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="204"/>
        <source>%1 was removed, and this computer signed out of it.</source>
        <translation>已移除 %1，本机已在服务器上退出该账号。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="212"/>
        <source>%1 was removed from this computer. It could not be signed out on the server (%2): this computer stays in the account&apos;s device list there until someone removes it.</source>
        <translation>已从本机移除 %1，但未能在服务器上退出登录（%2）：本机仍留在该账号的设备列表中，直到有人在服务器上将其删除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="228"/>
        <source>%1 could not be removed (%2). Nothing was removed.</source>
        <translation>无法移除 %1（%2）。未移除任何内容。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="237"/>
        <source>the demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="263"/>
        <source>Removing…</source>
        <translation>正在移除…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="265"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="267"/>
        <source>Built in: its messages are invented</source>
        <translation>内置：消息均为虚构</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="290"/>
        <source>Add your work account first: the demo workspace goes with it.</source>
        <translation>请先添加您的工作账号：添加后演示工作区随之移除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="297"/>
        <source>Not &amp;shared…</source>
        <translation>取消共用(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="329"/>
        <source>Remove the demo workspace?</source>
        <translation>移除演示工作区？</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="331"/>
        <source>Its %n invented message(s) are deleted from this computer. Your accounts and their messages are not touched.</source>
        <translation>
            <numerusform>其 %n 条虚构消息将从本机删除。您的账号及其消息不受影响。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="338"/>
        <source>Remove %1 from desk?</source>
        <translation>从 desk 移除 %1？</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="343"/>
        <source>Its %n message(s) are deleted from this computer, and this computer is signed out of the account on the server %1. What you read and marked done comes back if you add the same user on the same server again.</source>
        <translation>
            <numerusform>其 %n 条消息将从本机删除，本机也将在服务器 %1 上退出该账号。以后在同一服务器上重新添加同一用户时，已读和已办的标记会恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="351"/>
        <source>It has no messages on this computer yet. This computer is signed out of the account on the server %1.</source>
        <translation>它在本机还没有消息。本机将在服务器 %1 上退出该账号。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="357"/>
        <source>Remove account</source>
        <translation>移除账号</translation>
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
        <translation>共用账号</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="437"/>
        <source>Mark %1 as a shared account?</source>
        <translation>将 %1 设为共用账号？</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="439"/>
        <source>A shared account is one several people sign in to, such as a duty room&apos;s (值班室). What it sends is then not yours: a colleague&apos;s DING from it rings, and an urgent notice from it is unread, as anyone else&apos;s. What this computer sent from it stays yours.

Messages from it stored before become someone else&apos;s and are sorted again; a DING among them does not ring again: it was stored as yours, without its DING.</source>
        <translation>共用账号是多人登录使用的账号，例如值班室的账号。设为共用后，它发出的消息不再算您自己发出的：同事用它发的 DING 会提醒您，它发的紧急通知显示为未读，与其他人发的一样。本机用它发出的消息仍算您自己的。

此前存下的由它发出的消息将改算他人所发并重新分拣；其中的 DING 不会再次提醒：它们当时按您自己发出的存下，未保留 DING 标记。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="447"/>
        <source>Mark as shared</source>
        <translation>设为共用</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="449"/>
        <source>Make %1 yours alone?</source>
        <translation>将 %1 改为仅您本人使用？</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="451"/>
        <source>What it sends is then yours: read, silent, never a DING for you to confirm. Messages from it stored before become yours again, read.</source>
        <translation>之后它发出的消息算作您自己发出的：已读、不提醒，也不会有需要您确认的 DING。此前存下的由它发出的消息重新算作您自己发出的，标为已读。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="454"/>
        <source>Not shared</source>
        <translation>取消共用</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="468"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="489"/>
        <source>%1 is no longer in desk (it was removed meanwhile). Nothing was changed.</source>
        <translation>%1 已不在 desk 中（期间已被移除）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="499"/>
        <source>%1 could not be changed (%2). Nothing was changed.</source>
        <translation>%1 未能更改（%2）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="508"/>
        <source>%1 is shared now: what it sends is not yours (a colleague&apos;s DING from it rings), except what this computer sent.</source>
        <translation>%1 现为多人共用：它发出的消息不算您自己发出的（同事用它发的 DING 会提醒您），本机发出的除外。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="517"/>
        <source>%n message(s) from it stored before are someone else&apos;s now, sorted again (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING.</source>
        <translation>
            <numerusform>此前存下的 %n 条由它发出的消息现在算作他人所发，将在同步时重新分拣（未读的紧急消息会提醒）；其中的 DING 不会再次提醒：它们当时按您自己发出的存下，未保留 DING 标记。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="526"/>
        <source>%1 is yours alone now: what it sends is yours.</source>
        <translation>%1 现仅您本人使用：它发出的消息算作您自己发出的。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="531"/>
        <source>%n message(s) from it stored before are yours again, read.</source>
        <translation>
            <numerusform>此前存下的 %n 条由它发出的消息重新算作您自己发出的，已标为已读。</numerusform>
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
        <translation>%1 条新消息</translation>
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
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="710"/>
        <source>%n asking you</source>
        <translation>@我 %n 条</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="742"/>
        <source>%1 and more</source>
        <translation>%1等</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="711"/>
        <source>%n asking you: %1</source>
        <translation>@我 %n 条：%1</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="510"/>
        <source>Came through quiet hours: %1 (urgent items always do)</source>
        <translation>免打扰期间仍提醒：%1（紧急消息总会提醒）</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="601"/>
        <source>%1 (always-notify group) · %2</source>
        <translation>%1（始终提醒的群） · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="603"/>
        <source>%1 · %2 (always-notify person)</source>
        <translation>%1 · %2（始终提醒的人）</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="624"/>
        <source>%1 replied to your DING</source>
        <translation>%1 回复您的 DING</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="626"/>
        <source>%1 and others replied to your DING (%n people)</source>
        <translation>%1等 %n 人回复您的 DING</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="633"/>
        <source>%1/%2 confirmed</source>
        <translation>已确认 %1/%2</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="642"/>
        <source>%1 replied</source>
        <translation>%1 回复</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="644"/>
        <source>%1: %n replies</source>
        <translation>%1 %n 个回复</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="646"/>
        <source>%1 and others: %n replies</source>
        <translation>%1等 %n 个回复</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="657"/>
        <source>Came through quiet hours: replying to your DING</source>
        <translation>免打扰期间仍提醒：回复您发出的 DING</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="659"/>
        <source>Came through quiet hours: replying to your urgent notice</source>
        <translation>免打扰期间仍提醒：回复您发出的紧急通知</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="666"/>
        <source>Came through quiet hours: replying to your DING “%1”</source>
        <translation>免打扰期间仍提醒：回复您发出的 DING“%1”</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="670"/>
        <source>Came through quiet hours: replying to your urgent notice “%1”</source>
        <translation>免打扰期间仍提醒：回复您发出的紧急通知“%1”</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="721"/>
        <source>%n alerted while quiet</source>
        <translation>免打扰期间已提醒 %n 条</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="722"/>
        <source>%n alerted while quiet: %1</source>
        <translation>免打扰期间已提醒 %n 条：%1</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="757"/>
        <source>Held during quiet hours: %1</source>
        <translation>免打扰期间暂缓 %1 条</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="764"/>
        <source>Held during quiet hours (since %1): %2</source>
        <translation>免打扰期间（%1 起）暂缓 %2 条</translation>
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
        <translation>，另有 %1 个群</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="492"/>
        <source>Quiet hours were not changed (%1).</source>
        <translation>免打扰设置未能更改（%1）。</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <location filename="../desk/app/attachments.py" line="55"/>
        <source>Save the copy outside desk&apos;s data folder: the copy is not encrypted.</source>
        <translation>副本不加密，不能保存在 desk 数据文件夹内，请另选保存位置。</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="67"/>
        <source>the server asks you to sign in again</source>
        <translation>登录已失效，请重新登录</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="87"/>
        <source>Could not save the attachment: %1</source>
        <translation>无法保存附件：%1</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="94"/>
        <source>you may not write in that folder; choose another</source>
        <translation>没有权限写入该文件夹，请另选位置</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="96"/>
        <source>that folder is gone; choose another</source>
        <translation>该文件夹已不存在，请另选位置</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="98"/>
        <source>the disk is full</source>
        <translation>磁盘已满，请清理磁盘空间</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="102"/>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="565"/>
        <source>Saved %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>AwayLine</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="72"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="73"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="74"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="75"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="76"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="77"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="78"/>
        <source>Sun</source>
        <translation>周日</translation>
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
            <numerusform>您离开期间（%1 起）：%n 条未读，共新到 %2 条（%3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/away_line.py" line="117"/>
        <source>While you were away (since %1), %n arrived: %2</source>
        <translation>
            <numerusform>您离开期间（%1 起）新到 %n 条：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="123"/>
        <source>These count all that arrived while you were away, read or not; the numbers at the left count what is not done yet in %1, %2 and %3, and what is unread in the other views.</source>
        <translation>这里数的是离开期间新到的全部消息，已读未读都算；左侧的数字在%1、%2、%3里数尚未办完的，其余只数未读。</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="78"/>
        <source>Show only these</source>
        <translation>只看这些</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="81"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BannerPlace</name>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="549"/>
        <source>No DING waits for confirmation</source>
        <translation>没有待确认的 DING</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../desk/ui/card_text.py" line="109"/>
        <source>You withdrew a message</source>
        <translation>你撤回了一条消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="110"/>
        <source>%1 withdrew a message</source>
        <translation>%1撤回了一条消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="91"/>
        <source>Encrypted message: desk cannot read end-to-end encrypted rooms yet.</source>
        <translation>加密消息：desk 暂不支持读取端到端加密的群。</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="101"/>
        <source>You withdrew a message by %1</source>
        <translation>你撤回了%1的一条消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="105"/>
        <source>%1 withdrew a message of yours</source>
        <translation>%1撤回了你的一条消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="106"/>
        <source>%1 withdrew a message by %2</source>
        <translation>%1撤回了%2的一条消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="114"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="127"/>
        <source>also in: %1</source>
        <translation>也发在：%1</translation>
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
        <translation>回复 ×%1（%2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="320"/>
        <source>all %1 reported</source>
        <translation>已报齐（%1 个单位）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="243"/>
        <source>reported %1/%2, not yet: %3</source>
        <translation>已报 %1/%2，未报：%3</translation>
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
        <translation>确认 · 待发送</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="153"/>
        <source>收到 · waiting to be sent</source>
        <translation>收到 · 待发送</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="154"/>
        <source>reply · waiting to be sent</source>
        <translation>回复 · 待发送</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="235"/>
        <source>all reported: %1</source>
        <translation>已报齐：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="241"/>
        <source>reported by %1: %2/%3, not yet: %4</source>
        <translation>%1已报 %2/%3，未报：%4</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="246"/>
        <source>reported by %1: %2/%3</source>
        <translation>%1已报 %2/%3</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="248"/>
        <source>reported %1/%2</source>
        <translation>已报 %1/%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="261"/>
        <source>villages</source>
        <translation>各村（社区）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="263"/>
        <source>towns</source>
        <translation>各镇（街道）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="264"/>
        <source>units</source>
        <translation>各单位</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="296"/>
        <source>our town reported (%1)</source>
        <translation>本镇已报（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="297"/>
        <source>our township reported (%1)</source>
        <translation>本乡已报（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="298"/>
        <source>our street office reported (%1)</source>
        <translation>本街道已报（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="299"/>
        <source>our unit reported (%1)</source>
        <translation>本单位已报（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="302"/>
        <source>our town has not reported</source>
        <translation>本镇还没报</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="303"/>
        <source>our township has not reported</source>
        <translation>本乡还没报</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="304"/>
        <source>our street office has not reported</source>
        <translation>本街道还没报</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="305"/>
        <source>our unit has not reported</source>
        <translation>本单位还没报</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="317"/>
        <source>all %1 villages reported</source>
        <translation>各村（社区）已报齐（%1 个）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="319"/>
        <source>all %1 towns reported</source>
        <translation>各镇（街道）已报齐（%1 个）</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="343"/>
        <source>Not yet reported: %1</source>
        <translation>未报：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="347"/>
        <source>Reported: %1</source>
        <translation>已报：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="385"/>
        <source>DING the &amp;unreported…</source>
        <translation>DING 未报的(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="395"/>
        <source>DING the unreported: first select a notice of yours asking for reports</source>
        <translation>DING 未报的：请先选中您发出的要求报送的通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="398"/>
        <source>Select a notice of yours that asks units to report.</source>
        <translation>请先选中一条您发出的、要求各单位报送的通知。</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="404"/>
        <source>DING the unreported: all have reported</source>
        <translation>DING 未报的：都已报齐</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="405"/>
        <source>All the units asked have reported.</source>
        <translation>要求报送的单位都已报齐。</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="408"/>
        <source>DING the &amp;unreported (%n)…</source>
        <translation>DING 未报的 (%n)(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="421"/>
        <source>Reported by %1: %2 of %3 (a report in the groups; 收到 alone is no report):</source>
        <translation>%1已报 %2/%3（以群里的报送为准，仅回复“收到”不算已报）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="425"/>
        <source>Reported %1 of %2 units (a report in the groups; 收到 alone is no report):</source>
        <translation>已报 %1/%2 个单位（以群里的报送为准，仅回复“收到”不算已报）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="433"/>
        <source>Replies ×%1:</source>
        <translation>回复 ×%1：</translation>
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
        <translation>您的确认未送达</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="615"/>
        <source>Confirm by %1 · %2 min left</source>
        <translation>应在 %1 前确认 · 还有 %2 分钟</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="618"/>
        <source>Confirm by %1 · %2 h left</source>
        <translation>应在 %1 前确认 · 还有 %2 小时</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="621"/>
        <source>Confirm by %1 · %2 h %3 min left</source>
        <translation>应在 %1 前确认 · 还有 %2 小时 %3 分</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="627"/>
        <source>Confirm by %1 · %2</source>
        <translation>应在 %1 前确认 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="630"/>
        <source>Confirm by %1 · %2 min late</source>
        <translation>应在 %1 前确认 · 已超时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="633"/>
        <source>Confirm by %1 · %2 h late</source>
        <translation>应在 %1 前确认 · 已超时 %2 小时</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="635"/>
        <source>Confirm by %1 · %2 h %3 min late</source>
        <translation>应在 %1 前确认 · 已超时 %2 小时 %3 分</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="674"/>
        <source>names your unit</source>
        <translation>点名本单位</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="736"/>
        <source>[Draft]</source>
        <translation>[草稿]</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="756"/>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="763"/>
        <source>reply written, not sent</source>
        <translation>有未发送的回复草稿</translation>
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
        <translation>%1 再次发送</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="176"/>
        <source>desk: change passphrase</source>
        <translation>desk：更改本机数据密码</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="182"/>
        <source>desk asks for this passphrase at every start: it protects the database on this computer. Choose a new one of at least %1 characters. Without it the data cannot be recovered.</source>
        <translation>每次启动 desk 都要输入本机数据密码，它保护本机上的数据。请设置至少 %1 个字符的新密码。忘记此密码，数据将无法恢复。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="196"/>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="197"/>
        <source>&amp;New passphrase:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="198"/>
        <source>&amp;Repeat the new one:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="204"/>
        <source>&amp;Show the passphrases</source>
        <translation>显示密码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="219"/>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码…</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="227"/>
        <source>Change passphrase</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="257"/>
        <source>Enter the current passphrase.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="282"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>当前密码不正确，密码未更改。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="293"/>
        <source>The passphrase was not changed: %1. The current passphrase still opens desk.</source>
        <translation>密码未更改：%1。仍可用当前密码打开 desk。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desk/cli/common.py" line="34"/>
        <source>The database exists but its key file ({detail}) is missing; desk will not create a new database over it.</source>
        <translation>数据库仍在，但其密钥文件（{detail}）不见了；desk 不会在它之上新建数据库。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="39"/>
        <source>The key file is damaged: {detail}</source>
        <translation>密钥文件已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="43"/>
        <source>Cannot read the key file {detail}: {reason}. Check its permissions, or close the program holding it, then try again; nothing was changed.</source>
        <translation>无法读取密钥文件 {detail}：{reason}。请检查其权限，或关闭占用它的程序后重试；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="48"/>
        <source>This store needs a passphrase: set DESK_PASSPHRASE, or run the command in a terminal to type it.</source>
        <translation>此数据需要本机数据密码：请设置 DESK_PASSPHRASE，或在终端中运行此命令以输入密码。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="55"/>
        <source>A new store needs a passphrase here (no keychain to keep its key): set DESK_PASSPHRASE, or run the command in a terminal to choose one.</source>
        <translation>新建数据需要设置本机数据密码（本机没有可保存密钥的系统凭据存储）：请设置 DESK_PASSPHRASE，或在终端中运行此命令以设定密码。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="62"/>
        <source>Wrong passphrase: the store was left untouched. Try again (mind Caps Lock and the keyboard layout). If it is forgotten, nothing else opens the store: in the desk window, Forgot it? starts afresh with an empty inbox and keeps the old files aside; or ask your IT staff.</source>
        <translation>本机数据密码不正确，数据未作任何改动。请再试一次（注意大写锁定键和键盘输入法）。密码如已遗忘，没有其他办法打开这些数据：可在 desk 窗口中点“忘记了？”，以空的收件箱重新开始，旧文件会保留在一旁；或者联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="69"/>
        <source>The keychain holds no key for this store, so nothing can open it (was the user&apos;s profile or keychain reset?). To start afresh, start the window and choose Start afresh, or ask your IT staff.</source>
        <translation>系统凭据存储中没有这份数据的密钥，因此无法打开（用户配置或凭据存储是否被重置过？）。如需重新开始，请打开 desk 窗口并选择“重新开始”，或者联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="75"/>
        <source>The database does not open with its key file: {detail} may be damaged, not desk&apos;s, or desk.key may come from another data dir. Nothing was changed.</source>
        <translation>数据库无法用其密钥文件打开：{detail} 可能已损坏或不是 desk 的，或 desk.key 来自另一个数据文件夹。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="80"/>
        <source>The database is damaged: {detail}. Nothing was changed; restore the data dir from a backup, or move it aside to start afresh.</source>
        <translation>数据库已损坏：{detail}。未做任何更改；请从备份恢复数据文件夹，或将其移走以重新开始。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="85"/>
        <source>Cannot read or write the database {detail}: the disk is full or failing. Free some space and try again; nothing was changed.</source>
        <translation>无法读写数据库 {detail}：磁盘已满或出现故障。请腾出空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="92"/>
        <source>cannot write the database {detail}: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>无法写入数据库 {detail}：磁盘已满。请腾出空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="97"/>
        <source>Cannot open the database {detail}: {reason}. Check its permissions (and those of its -wal and -shm files), or close the program holding it, then try again; nothing was changed.</source>
        <translation>无法打开数据库 {detail}：{reason}。请检查其权限（以及 -wal、-shm 文件的权限），或关闭占用它的程序后重试；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="103"/>
        <source>The system keychain, which holds this database&apos;s key, is not available or is locked ({detail}); unlock it, or log in to the desktop again, and try again. A data dir copied from another computer or user left its key in that one&apos;s keychain.</source>
        <translation>存放这份数据库密钥的系统凭据存储无法使用或已锁定（{detail}）；请解锁，或重新登录桌面后再试。从另一台电脑或另一个用户复制来的数据目录，其密钥留在那边的凭据存储里。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="109"/>
        <source>The database could not be opened ({detail}); nothing was changed. logs/desk.log in the data dir says more.</source>
        <translation>数据库未能打开（{detail}）；未做任何更改。详情见数据文件夹中的 logs/desk.log。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="114"/>
        <source>Another program has been holding this data dir for too long ({detail}): another desk opening it, or a backup or antivirus scan; try again when it has finished. Nothing was changed.</source>
        <translation>另一个程序占用此数据文件夹过久（{detail}）：可能是另一个 desk 正在打开它，或备份、杀毒扫描；请待其结束后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="120"/>
        <source>The database was written by a newer desk (schema {detail}); update desk to open it. Nothing was changed.</source>
        <translation>此数据库由更新版本的 desk 写入（结构版本 {detail}）；请升级 desk 后再打开。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="128"/>
        <source>use at least {least} characters</source>
        <translation>至少需要 {least} 个字符</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="129"/>
        <source>the two passphrases differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="134"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="138"/>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="142"/>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="146"/>
        <source>it is not a file (a pipe or a device)</source>
        <translation>它不是普通文件（而是管道或设备）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="185"/>
        <source>desk found it damaged (noted in {marker})</source>
        <translation>desk 曾发现它已损坏（记录于 {marker}）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="187"/>
        <source>desk found it damaged on {when} (noted in {marker})</source>
        <translation>desk 于 {when} 发现它已损坏（记录于 {marker}）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="202"/>
        <source>{path} is a file, not a directory</source>
        <translation>{path} 是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="206"/>
        <source>no permission to write {path}</source>
        <translation>没有写入 {path} 的权限</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="210"/>
        <source>{path} is on a read-only file system</source>
        <translation>{path} 位于只读文件系统上</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="214"/>
        <source>{path}: {detail}</source>
        <translation>{path}：{detail}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="223"/>
        <source>no connection (check the address and port, and whether the server speaks https:// or http://)</source>
        <translation>无法连接服务器（请检查地址和端口，以及服务器用的是 https:// 还是 http://）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="228"/>
        <source>the server&apos;s certificate is not trusted on this computer (IT: install the organisation&apos;s CA certificate in the system&apos;s certificate store, or add the account with --ca-bundle FILE)</source>
        <translation>服务器证书不受本机信任（信息化部门：请把单位 CA 证书装入系统证书库，或用 --ca-bundle 文件 添加账号）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="234"/>
        <source>no Matrix server answers at this address (check the address)</source>
        <translation>该地址没有 Matrix 服务器响应（请检查地址）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="237"/>
        <source>the server had an error; try again later</source>
        <translation>服务器出错，请稍后再试</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="238"/>
        <source>the server asks to wait; try again in a minute</source>
        <translation>服务器要求稍候，请一分钟后再试</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="239"/>
        <source>the server&apos;s answer could not be read</source>
        <translation>服务器的回复无法读取</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="246"/>
        <source>cannot connect to the proxy server {proxy}: check the proxy settings or ask IT</source>
        <translation>无法连接代理服务器 {proxy}，请检查代理设置或联系信息部门</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="260"/>
        <source>cannot write the database {path}: it is read-only (check that this user owns it and its -wal and -shm files)</source>
        <translation>无法写入数据库 {path}：它是只读的（请确认当前用户拥有它及其 -wal、-shm 文件）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="265"/>
        <source>the database {path} is busy: another desk holds it; try again</source>
        <translation>数据库 {path} 正忙：另一个 desk 正在使用；请重试</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="269"/>
        <source>cannot write the database {path}: the disk is full</source>
        <translation>无法写入数据库 {path}：磁盘已满</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="273"/>
        <source>the database {path} is damaged: restore the data dir from a backup, or start desk&apos;s window, which offers to start afresh{noted}</source>
        <translation>数据库 {path} 已损坏：请从备份恢复数据文件夹，或打开 desk 窗口，它会提供“重新开始”{noted}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="278"/>
        <source>cannot read or write the database {path}: the disk is full or failing</source>
        <translation>无法读写数据库 {path}：磁盘已满或出现故障</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="282"/>
        <source>the database {path} failed ({detail}); see {log}</source>
        <translation>数据库 {path} 出错（{detail}）；详见 {log}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="296"/>
        <source>cannot write {file}: the disk is full. Free some space and try again.</source>
        <translation>无法写入 {file}：磁盘已满。请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="329"/>
        <source>cannot use the data dir {root}: {owned} belongs to {owner}, not to {user} (restored as {owner}?): `{command}` gives it back</source>
        <translation>无法使用数据目录 {root}：{owned} 属于 {owner}，而不属于 {user}（是以 {owner} 身份恢复的吗？）：运行 `{command}` 即可归还</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="342"/>
        <source>cannot use the data dir {root}: {reason} (choose another with --data-dir)</source>
        <translation>无法使用数据文件夹 {root}：{reason}（可用 --data-dir 另选）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="49"/>
        <source>is empty: name a folder, or leave the option out</source>
        <translation>为空：请指定一个文件夹，或不写这个选项</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="61"/>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="65"/>
        <source>{number} is below 0</source>
        <translation>{number} 小于 0</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="75"/>
        <source>where desk keeps its database, key and logs (default: $DESK_DATA_DIR or the platform&apos;s user data dir)</source>
        <translation>desk 存放数据库、密钥和日志的位置（默认：$DESK_DATA_DIR，否则为系统的用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="378"/>
        <source>no desk data in {root}: only the key file {key} is there, without the database it opens (desk.db moved or deleted?): check --data-dir (desk sync --once, or starting desk, makes a new database under that key)</source>
        <translation>{root} 中没有 desk 数据：只有密钥文件 {key}，而它所对应的数据库不在（desk.db 被移走或删除了？）：请检查 --data-dir（运行 desk sync --once 或打开 desk 会用这个密钥新建数据库）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="385"/>
        <source>no desk data in {root}: check --data-dir (desk sync --once, or starting desk, makes it)</source>
        <translation>{root} 中没有 desk 数据：请检查 --data-dir（运行 desk sync --once 或打开 desk 会创建它）</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="398"/>
        <source>{variable} is too short for a new store: use at least {least} characters</source>
        <translation>{variable} 作为新数据的密码太短：至少需要 {least} 个字符</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="407"/>
        <source>{database} was found damaged before, but every page of it reads now (restored from a backup?): {marker} was removed</source>
        <translation>{database} 之前被发现已损坏，但现在每一页都能读取（已从备份恢复？）：已删除 {marker}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="433"/>
        <source>wrong passphrase, try again</source>
        <translation>本机数据密码不正确，请重试</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="469"/>
        <source>Passphrase for {root}: </source>
        <translation>{root} 的本机数据密码：</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="471"/>
        <source>New passphrase for {root}: </source>
        <translation>{root} 的新本机数据密码：</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="477"/>
        <source>no passphrase chosen; nothing was created</source>
        <translation>未设置密码；未创建任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="491"/>
        <source>Once more: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="501"/>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): start desk in a desktop session; the commands in `desk --help` need none, and QT_QPA_PLATFORM=offscreen runs the window without a screen</source>
        <translation>没有可以打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置）：请在桌面会话中启动 desk；`desk --help` 列出的命令不需要显示器，QT_QPA_PLATFORM=offscreen 可在没有屏幕时运行窗口</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="507"/>
        <source>the display {display} (DISPLAY) cannot be opened: no X server answers there, or it refuses this user, so the window cannot start. Start desk in a desktop session, or set DISPLAY to a display that runs; the commands in `desk --help` need none</source>
        <translation>无法打开显示器 {display}（DISPLAY）：那里没有 X 服务器应答，或者它拒绝此用户，所以窗口无法启动。请在桌面会话中启动 desk，或把 DISPLAY 设为正在运行的显示器；`desk --help` 列出的命令不需要显示器</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="110"/>
        <source>print the prioritised inbox</source>
        <translation>打印按优先级排好的收件箱</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="114"/>
        <source>every message (copies, acks, done ones too), one JSON object per line</source>
        <translation>每条消息（含副本、确认回执和已办的），每行一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="123"/>
        <source>cards shown without --json (default %(default)s; 0 for all)</source>
        <translation>不加 --json 时显示的卡片数（默认 %(default)s；0 为全部）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="131"/>
        <source>only the cards whose text, or a copy folded into them, or whose sender holds TEXT (several words: all of them); a DING waiting for your confirmation first, then notices and tasks (those with TEXT in their title, then urgent, to-do, confirmed or answered ones), then the rest, each newest first; done ones too, after the open ones</source>
        <translation>只列出正文、折叠进来的副本或发送人含 TEXT 的卡片（多个词：须全部含有）；先列等你确认的 DING，再列通知和任务（标题含 TEXT 的、紧急的、待办的、已确认或已回复的依次在前），然后是其余的，各自按时间从新到旧；已办的也列出，排在未办的后面</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="103"/>
        <source>{why}; the inbox is listed in the order last saved</source>
        <translation>{why}；收件箱按上次保存的顺序列出</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="209"/>
        <source>... showing {shown}; `desk inbox --limit 0` lists all ({left} unread)</source>
        <translation>……仅显示 {shown} 条；`desk inbox --limit 0` 列出全部（{left} 条未读）</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="224"/>
        <source>nothing open: the inbox is clear</source>
        <translation>没有未办的消息：收件箱已清空</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="261"/>
        <source>OPEN</source>
        <translation>未办</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="261"/>
        <source>DONE</source>
        <translation>已办</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="268"/>
        <source>... showing {shown}; `--limit 0` lists all</source>
        <translation>……仅显示 {shown} 条；`--limit 0` 列出全部</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="280"/>
        <source>nothing open holds {search}</source>
        <translation>未办消息中没有 {search}</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="282"/>
        <source>nothing done holds {search}</source>
        <translation>已办消息中没有 {search}</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="258"/>
        <source>add, list or remove server accounts</source>
        <translation>添加、列出或删除服务器账号</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="263"/>
        <source>sign in to a server and add the account</source>
        <translation>登录服务器并添加账号</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="266"/>
        <source>the kind of server</source>
        <translation>服务器类型</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="271"/>
        <source>e.g. https://im.example.gov.cn (default: the administrator&apos;s policy&apos;s accounts.default_homeserver)</source>
        <translation>例如 https://im.example.gov.cn（默认：管理员策略中的 accounts.default_homeserver）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="278"/>
        <source>your user id</source>
        <translation>你的用户 ID</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="284"/>
        <source>read the password from stdin</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="289"/>
        <source>extra CA certificates (intranet servers)</source>
        <translation>额外的 CA 证书（内网服务器）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="295"/>
        <source>messages per group to fetch at the first sync (default 100)</source>
        <translation>首次同步时每个群获取的消息数（默认 100）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="302"/>
        <source>the account is signed in by several people (a duty room&apos;s, 值班室): what it sends is not yours</source>
        <translation>该账号由多人登录（如值班室的）：它发出的不是你本人发的</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="311"/>
        <source>list the accounts</source>
        <translation>列出账号</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="316"/>
        <source>sign out and remove an account and its messages</source>
        <translation>退出登录并删除账号及其消息</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="319"/>
        <location filename="../desk/cli/parsers.py" line="340"/>
        <source>the account&apos;s id (see `desk account list`)</source>
        <translation>账号的 ID（见 `desk account list`）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="324"/>
        <source>do not ask at a terminal before removing (needed where there is none)</source>
        <translation>删除前不在终端询问（没有终端时必须加）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="333"/>
        <source>say whether an account is signed in by several people (a duty room&apos;s, 值班室): what a shared account sends is not yours, and rings as anyone else&apos;s would</source>
        <translation>设置账号是否由多人登录（如值班室的）：共享账号发出的不是你本人发的，会像别人的消息一样提醒</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="343"/>
        <source>shared or not</source>
        <translation>共享或不共享</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="56"/>
        <source>which server? Give --homeserver URL (the administrator&apos;s policy names none in {setting})</source>
        <translation>要登录哪个服务器？请用 --homeserver URL 指定（管理员策略的 {setting} 中没有设置服务器）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="64"/>
        <source>the homeserver address must start with https:// (or http://): {homeserver}</source>
        <translation>服务器地址必须以 https://（或 http://）开头：{homeserver}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="82"/>
        <source>no password on standard input</source>
        <translation>标准输入中没有密码</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="111"/>
        <source>the server refused this user id and password</source>
        <translation>服务器拒绝了此用户 ID 和密码</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="112"/>
        <source>cannot sign in at {homeserver}: {reason}</source>
        <translation>无法登录 {homeserver}：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="113"/>
        <source>the keychain refused the account&apos;s token ({reason}); nothing was added</source>
        <translation>系统凭据存储拒绝保存账号的令牌（{reason}），未添加任何账号</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="126"/>
        <source>added account {id}: {user} (token kept in the keychain)</source>
        <translation>已添加账号 {id}：{user}（令牌保存在系统凭据存储）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="129"/>
        <source>added account {id}: {user} (token kept in the store)</source>
        <translation>已添加账号 {id}：{user}（令牌保存在加密数据库）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="130"/>
        <source>signed in again to account {id}: {user} (token kept in the keychain)</source>
        <translation>已重新登录账号 {id}：{user}（令牌保存在系统凭据存储）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="133"/>
        <source>signed in again to account {id}: {user} (token kept in the store)</source>
        <translation>已重新登录账号 {id}：{user}（令牌保存在加密数据库）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="146"/>
        <source>removed the demo workspace and its invented messages</source>
        <translation>已移除演示工作区及其虚构消息</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="157"/>
        <source>the CA bundle {path} holds no PEM certificate</source>
        <translation>CA 证书文件 {path} 中没有 PEM 格式的证书</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="160"/>
        <source>cannot read the CA bundle {path}: {reason}</source>
        <translation>无法读取 CA 证书文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="167"/>
        <source>the administrator&apos;s policy locks the server to {server} ({setting}): an account on {homeserver} cannot be added</source>
        <translation>管理员策略已将服务器锁定为 {server}（{setting}）：不能添加 {homeserver} 上的账号</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="204"/>
        <source>no accounts yet ({command} adds one)</source>
        <translation>还没有账号（用 {command} 添加）</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="209"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="211"/>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="213"/>
        <source>not signed in</source>
        <translation>未登录</translation>
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
        <translation>没有编号为 {id} 的账号</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="238"/>
        <source>removing account {id} deletes it and its messages from desk for good, and no one can be asked here (standard input is not a terminal): add --yes to do it; nothing was removed</source>
        <translation>移除账号 {id} 会把它和它的消息从 desk 中永久删除，而这里无法询问确认（标准输入不是终端）：确要移除请加上 --yes；未移除任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="247"/>
        <source>nothing removed</source>
        <translation>未删除任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="259"/>
        <source>removed account {id}</source>
        <translation>已删除账号 {id}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="280"/>
        <source>{n} messages stored from it before are someone else&apos;s now, sorted again at the next sync (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING</source>
        <translation>此前存下的 {n} 条由它发出的消息现在算作他人所发，将在下次同步时重新分拣（未读的紧急消息会提醒）；其中的 DING 不会再次提醒：它们当时按您自己发出的存下，未保留 DING 标记</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="288"/>
        <source>{n} messages stored from it before are yours again, read</source>
        <translation>此前存下的 {n} 条由它发出的消息重新算作您自己发出的，已标为已读</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="295"/>
        <source>account {id} is shared: what it sends is not yours (a colleague&apos;s DING from it rings), except what this desk sent</source>
        <translation>账号 {id} 为多人共用：它发出的消息不算您自己发出的（同事用它发的 DING 会提醒您），本机发出的除外</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="301"/>
        <source>account {id} is yours alone: what it sends is yours</source>
        <translation>账号 {id} 仅您本人使用：它发出的消息算作您自己发出的</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="313"/>
        <source>Remove account {id} and its {count} messages from desk? What you read and marked done comes back if you add the same user on the same server again. [y/N] </source>
        <translation>从 desk 删除账号 {id} 及其 {count} 条消息？您的已读和已办会保留，同一服务器上的同一用户再次添加时恢复。[y/N] </translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="253"/>
        <source>could not sign out on the server ({reason}); removing the account anyway</source>
        <translation>未能在服务器上退出登录（{reason}），仍将删除该账号</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="443"/>
        <source>fetch the file a message carries</source>
        <translation>获取消息所带的文件</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="447"/>
        <source>fetch it into the encrypted store</source>
        <translation>把文件获取到加密存储中</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="452"/>
        <source>the message&apos;s id (`desk inbox`)</source>
        <translation>消息的 ID（见 `desk inbox`）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="458"/>
        <source>also write a copy to FILE</source>
        <translation>另存一份到 FILE</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="35"/>
        <source>no message {id} in this data dir (`desk inbox --json` shows each one&apos;s id)</source>
        <translation>此数据目录中没有消息 {id}（`desk inbox --json` 会列出每条消息的 id）</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="39"/>
        <source>message {id} carries no file</source>
        <translation>消息 {id} 没有附带文件</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="46"/>
        <source>--save must point outside the data dir: the copy is not encrypted</source>
        <translation>--save 必须指向数据文件夹之外：这份副本没有加密</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="62"/>
        <source>the server refused the credentials ({reason}); sign in again</source>
        <translation>服务器拒绝了登录凭据（{reason}），请重新登录</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="69"/>
        <source>could not fetch the attachment: {reason}</source>
        <translation>无法获取附件：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="82"/>
        <source>fetched, but could not write {file}: {why}</source>
        <translation>已获取，但无法写入 {file}：{why}</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="88"/>
        <source>{kind} {name}: {size} bytes, from the server</source>
        <translation>{kind} {name}：{size} 字节，从服务器获取</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="90"/>
        <source>{kind} {name}: {size} bytes, already in the store</source>
        <translation>{kind} {name}：{size} 字节，已在本机存储中</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="47"/>
        <source>{path} is a file, not a folder: name a new or empty folder for the backup</source>
        <translation>{path} 是文件，不是文件夹：请为备份指定一个新的或空的文件夹</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="51"/>
        <source>{path} is not empty (it holds {detail}): name a new or empty folder, or add --overwrite to replace the backup in it</source>
        <translation>{path} 不是空的（其中有 {detail}）：请指定一个新的或空的文件夹，或加上 --overwrite 以替换其中的备份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="56"/>
        <source>{path} holds what is no desk backup ({detail}): name a new or empty folder for the backup. --overwrite replaces only a backup, in a folder of its own: nothing was written there</source>
        <translation>{path} 中有不属于 desk 备份的内容（{detail}）：请为备份指定一个新的或空的文件夹。--overwrite 只替换单独存放在一个文件夹中的备份：未在该处写入任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="62"/>
        <source>{path} is the data dir, or inside it: keep the backup outside {root}, where the data dir&apos;s disk failing does not take it too</source>
        <translation>{path} 是数据目录本身或在其中：请把备份放在 {root} 之外，以免数据目录所在的磁盘损坏时连备份一起丢失</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="67"/>
        <source>{path} is there: a desk has the copy in that folder open (restored from it?); close that desk, or name another folder. Nothing was replaced</source>
        <translation>{path} 存在：有一个 desk 正打开着该文件夹中的副本（从它恢复了？）；请关闭那个 desk，或指定另一个文件夹。未替换任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="77"/>
        <source>cannot write the backup at {path}: {detail}. Nothing was replaced</source>
        <translation>无法在 {path} 写入备份：{detail}。未替换任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="81"/>
        <source>cannot write the backup in {path}: the disk is full. Free some space and try again; nothing was replaced</source>
        <translation>无法在 {path} 中写入备份：磁盘已满。请腾出空间后重试；未替换任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="86"/>
        <source>cannot write the backup at {path}, or read the database: {detail} (the disk may be failing). Nothing was replaced</source>
        <translation>无法在 {path} 写入备份，或无法读取数据库：{detail}（磁盘可能出了故障）。未替换任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="91"/>
        <source>the copy in {path} did not read back whole ({detail}), though the store does: the disk of {path} may be failing. Nothing was replaced</source>
        <translation>{path} 中的副本未能完整读回（{detail}），而原数据可以：{path} 所在的磁盘可能出了故障。未替换任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="361"/>
        <source>copy the store and its key into DEST_DIR while desk runs, and read the copy back whole</source>
        <translation>在 desk 运行时把存储及其密钥复制到 DEST_DIR，并把副本完整读回校验</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="371"/>
        <source>a new or empty folder (made if need be) outside the data dir</source>
        <translation>数据文件夹之外的一个新文件夹或空文件夹（需要时自动创建）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="378"/>
        <source>write into DEST_DIR though it holds a backup: it is replaced once the new copy reads back whole (a folder holding anything else is refused all the same)</source>
        <translation>DEST_DIR 中已有备份时仍写入：新副本完整读回后替换旧备份（有其他内容的文件夹照样拒绝）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="389"/>
        <source>keep the copy&apos;s key under a passphrase of its own, so that the copy opens on any PC with it alone (a keychain-protected store&apos;s copy otherwise opens only for this user on this PC): asked twice at a terminal, else read from $%1</source>
        <translation>用副本自己的密码保护副本的密钥，这样副本只凭这个密码就能在任何电脑上打开（否则受系统凭据存储保护的存储的副本只能由本用户在本机打开）：在终端中输入两次，否则从 $%1 读取</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="401"/>
        <source>as --passphrase, the passphrase read from the first line of standard input</source>
        <translation>同 --passphrase，密码从标准输入的第一行读取</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="186"/>
        <source>backed up to {folder}: {messages} messages, {size} (desk.db and desk.key); every page of the copy read back. Copying and reading it back took {seconds} s</source>
        <translation>已备份到 {folder}：{messages} 条消息，{size}（desk.db 和 desk.key）；副本的每一页都已读回核对。复制和读回核对共用时 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="218"/>
        <source>its key is in this user&apos;s keychain, not in desk.key: the copy opens only for {user} on this PC, and not after `desk keychain forget`. For a copy that opens on any PC, run desk backup again with --passphrase: that copy opens with a passphrase of its own (asked at the terminal, or DESK_BACKUP_PASSPHRASE)</source>
        <translation>它的密钥在本用户的系统凭据存储中，不在 desk.key 里：这份副本只能由 {user} 在这台电脑上打开，执行 `desk keychain forget` 之后也无法打开。如需在任何电脑上都能打开的副本，请加上 --passphrase 再运行一次 desk backup：那份副本用它自己的密码打开（在终端中输入，或由 DESK_BACKUP_PASSPHRASE 提供）</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="236"/>
        <source>to restore it: quit desk, move the data folder {data_dir} aside, copy the folder {folder} in its place and start desk</source>
        <translation>如需恢复：退出 desk，把数据文件夹 {data_dir} 移到别处，再把文件夹 {folder} 复制到原位置，然后启动 desk</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="306"/>
        <source>stopped: the copy under way was removed; nothing was replaced</source>
        <translation>已停止：进行中的副本已删除；未替换任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="201"/>
        <source>the copy opens with the passphrase given for it, on any PC, whatever becomes of the store&apos;s key (desk.key holds the key wrapped under it): keep the passphrase apart from the backup</source>
        <translation>这份副本凭为它设定的密码在任何电脑上都能打开，与本机数据的密钥今后如何无关（desk.key 中保存着用该密码封装的密钥）：请把这个密码与备份分开保管</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="72"/>
        <source>another backup is being written into {path} right now: let it finish, or name another folder. Nothing was written there</source>
        <translation>另一个备份正在写入 {path}：请等它完成，或指定另一个文件夹。该文件夹中未写入任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="210"/>
        <source>its accounts&apos; sign-in tokens stay in this user&apos;s keychain: where the copy is restored, sign in to each account again (desk account add, or the window); its messages and what was read and done are kept</source>
        <translation>其账号的登录令牌仍留在本用户的系统凭据存储中：在恢复副本的地方，请重新登录每个账号（desk account add，或在窗口中）；消息以及已读、已办状态都会保留</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="228"/>
        <source>the copy opens with the store&apos;s passphrase of today (a passphrase chosen later does not change the copy&apos;s)</source>
        <translation>这份副本用今天的密码打开（之后改设的密码不会改变副本的密码）</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="251"/>
        <source>no passphrase on standard input; no backup was made</source>
        <translation>标准输入中没有密码；未进行备份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="258"/>
        <source>the passphrase for the backup will not do: {problem}; no backup was made</source>
        <translation>备份密码不可用：{problem}；未进行备份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="266"/>
        <source>--passphrase asks for the backup&apos;s passphrase at a terminal: where there is none (a scheduled task), set {variable}, or give it on standard input with --passphrase-stdin. No backup was made</source>
        <translation>--passphrase 会在终端中询问备份密码：没有终端时（计划任务），请设置 {variable}，或用 --passphrase-stdin 从标准输入提供。未进行备份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="274"/>
        <source>Passphrase for the backup in {folder}: </source>
        <translation>{folder} 中备份的密码：</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="281"/>
        <source>no passphrase chosen for the backup; no backup was made</source>
        <translation>未设定备份密码；未进行备份</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="309"/>
        <source>stopped before the copy began; nothing was made or replaced</source>
        <translation>已在开始复制前停止；未生成也未替换任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="361"/>
        <source>copying the store: {percent}%</source>
        <translation>正在复制数据：{percent}%</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="363"/>
        <source>copying the store: 100%; reading the copy back whole</source>
        <translation>正在复制数据：100%；正在完整读回副本核对</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="411"/>
        <source>remove desk&apos;s secrets from the system keychain</source>
        <translation>从系统凭据存储中删除 desk 的机密信息</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="416"/>
        <source>delete the store key and the accounts&apos; sign-in secrets this data dir filed in the keychain (the store then no longer opens: for removing desk&apos;s data, before the data dir is deleted)</source>
        <translation>删除本数据文件夹存入系统凭据存储的存储密钥和各账号的登录凭据（之后存储将无法打开：用于删除 desk 的数据，在删除数据文件夹之前执行）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="426"/>
        <source>really delete them (the store cannot be opened after)</source>
        <translation>确定删除（之后存储无法再打开）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="431"/>
        <source>delete them though another data dir&apos;s store opens with the same key (this one a backup or restored copy of it, or it of this one): that store is locked too</source>
        <translation>即使另一个数据文件夹的存储用同一密钥打开（本文件夹是它的备份或恢复的副本，或反之）也删除：那个存储也会被锁住</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="47"/>
        <source>the store in {root} opens with the same keychain key as the store in {other} (one is a copy of the other: a backup, or a copy restored from one): forgetting it would lock {other} too, for good. To remove only the one in {root}, delete that folder and leave the keychain as it is; to lock both, add --even-if-shared. Nothing was deleted</source>
        <translation>{root} 中的存储与 {other} 中的存储使用系统凭据存储中的同一个密钥打开（其中一个是另一个的副本：备份，或由备份恢复的副本）：删除这个密钥会让 {other} 也永远无法打开。若只想删除 {root} 中的那一份，请删除该文件夹，系统凭据存储保持不动；若要两者一起锁上，请加上 --even-if-shared。未删除任何内容</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="78"/>
        <source>the store in {root} is protected by a passphrase: it keeps nothing in the keychain, so there is nothing to delete (it still opens with its passphrase)</source>
        <translation>{root} 中的存储由密码保护：它没有在系统凭据存储中保存任何内容，因此无需删除（它仍可用密码打开）</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="86"/>
        <source>this deletes the key of the store in {root}, which then never opens again, nor does any copy of it kept under the same keychain key (a backup or a copy restored from one, where `desk backup` said it opens only for this user on this PC); add --yes to do it</source>
        <translation>这会删除 {root} 中存储的密钥，此后它再也无法打开；使用同一个系统凭据存储密钥的任何副本（备份或由备份恢复的副本，即 `desk backup` 说明只能由本用户在这台电脑上打开的副本）也同样无法打开；确认要这样做请加上 --yes</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="56"/>
        <source>Without a COMMAND desk-cli lists the commands and exits (the window is desk&apos;s).</source>
        <translation>不带 COMMAND 时 desk-cli 列出各命令后退出（窗口由 desk 打开）。</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="60"/>
        <source>Without a COMMAND desk opens its window.</source>
        <translation>不带 COMMAND 时 desk 打开窗口。</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="62"/>
        <source>The window and every command that uses desk&apos;s data (all but triage and policy) take --data-dir DIR (default: $DESK_DATA_DIR, else the user&apos;s data folder).</source>
        <translation>窗口和所有使用 desk 数据的命令（triage 和 policy 以外）都接受 --data-dir DIR（默认：$DESK_DATA_DIR，否则为用户数据文件夹）。</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="70"/>
        <source>desk, one inbox for work groups</source>
        <translation>desk，工作群的统一收件箱</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="187"/>
        <source>warning: the administrator&apos;s policy does not apply: {reason}; desk runs on its defaults and this user&apos;s settings (tell IT: desk policy check)</source>
        <translation>警告：管理员策略未生效：{reason}；desk 按默认设置和本用户自己的设置运行（请告知信息化部门：desk policy check）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="98"/>
        <source>sync accounts without a window</source>
        <translation>不开窗口同步账号</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="103"/>
        <source>sync once and exit</source>
        <translation>同步一次后退出</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="90"/>
        <source>removed the demo workspace and its {removed} invented messages: {why}</source>
        <translation>已移除演示工作区及其 {removed} 条虚构消息：{why}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="98"/>
        <source>no account to sync ({why}): {add} adds one</source>
        <translation>没有可同步的账号（{why}）：{add} 可添加一个</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="117"/>
        <source>account {id} ({kind}): the server refused the credentials ({reason}); sign in again with `desk account add`</source>
        <translation>账号 {id}（{kind}）：服务器拒绝了登录凭据（{reason}），请用 `desk account add` 重新登录</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="133"/>
        <source>account {id} ({kind}) at {server}: sync failed: {reason}</source>
        <translation>账号 {id}（{kind}，{server}）同步失败：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="135"/>
        <source>account {id} ({kind}): sync failed: {reason}</source>
        <translation>账号 {id}（{kind}）同步失败：{reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="152"/>
        <source>account {id} ({kind}): sorting failed on a batch of new messages, which was not stored; logs/desk.log in the data dir says where</source>
        <translation>账号 {id}（{kind}）：一批新消息分类失败，未予保存；出错位置见数据目录中的 logs/desk.log</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="163"/>
        <source>{kind} account {id}: sent {sent}, refused {refused}</source>
        <translation>{kind} 账号 {id}：已发送 {sent} 条，被拒 {refused} 条</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="172"/>
        <source>{kind} account {id}: {new} new messages, {bad} skipped, {seconds} s</source>
        <translation>{kind} 账号 {id}：新消息 {new} 条，跳过 {bad} 条，用时 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="188"/>
        <source>your own setting turns it off ({setting} = false, kept in this data dir)</source>
        <translation>是您自己的设置关闭了它（{setting} = false，保存在此数据目录中）</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="192"/>
        <source>the administrator&apos;s policy turns it off ({setting} = false, in {file})</source>
        <translation>是管理员策略关闭了它（{setting} = false，见 {file}）</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="201"/>
        <source>your own setting {setting} = false keeps the demo workspace away</source>
        <translation>您自己的设置 {setting} = false 让演示工作区不再出现</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="203"/>
        <source>the administrator&apos;s policy, {setting} = false, keeps the demo workspace away</source>
        <translation>管理员策略 {setting} = false 让演示工作区不再出现</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="145"/>
        <source>is it quiet hours at a given time?</source>
        <translation>某个时间是否处于免打扰时间？</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="151"/>
        <source>e.g. 2026-10-01T09:00 (in desk&apos;s time zone) or 2026-10-01T09:00:00+08:00; default: now</source>
        <translation>例如 2026-10-01T09:00（按 desk 的时区）或 2026-10-01T09:00:00+08:00；默认：现在</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="160"/>
        <source>print only one JSON object, in English, for scripts: quiet, until, reason, holiday_name</source>
        <translation>只打印一个英文 JSON 对象，供脚本读取：quiet、until、reason、holiday_name</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="35"/>
        <source>--at {value} is not an ISO 8601 date and time (or: now)</source>
        <translation>--at {value} 不是 ISO 8601 格式的日期和时间（或：now）</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="54"/>
        <source>warning: no official calendar for {year}; assuming Monday to Friday with only the holidays desk can foresee, by date or lunar calendar, and no make-up days (add other days off and make-up working days in the settings&apos; Quiet hours tab, Ctrl+,; or an administrator can supply the year&apos;s table in the policy&apos;s calendar.tables)</source>
        <translation>警告：没有 {year} 年的官方日历；暂按周一至周五上班计算，节假日只含 desk 能按公历或农历推算的，也没有调休上班日（其他休息日和调休上班日请在设置（Ctrl+,）的“免打扰”页添加，或由管理员在策略文件的 calendar.tables 中提供该年的安排）</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="93"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="99"/>
        <source>%1: quiet hours (%2)</source>
        <translation>%1是免打扰时间（%2）</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="101"/>
        <source>%1: quiet hours (%2), until %3</source>
        <translation>%1是免打扰时间（%2），至 %3</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="105"/>
        <source>%1: not quiet hours, paused until %2</source>
        <translation>%1不是免打扰时间，已暂停至 %2</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="109"/>
        <source>%1: not quiet hours</source>
        <translation>%1不是免打扰时间</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="111"/>
        <source>%1: not quiet hours; the next begin %2</source>
        <translation>%1不是免打扰时间；下一段 %2 开始</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="119"/>
        <source>note: no desk data in {where}: answering from the defaults and the policy</source>
        <translation>提示：{where} 中没有 desk 数据：按默认设置和管理员策略回答</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="176"/>
        <source>check an administrator&apos;s policy file</source>
        <translation>检查管理员策略文件</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="180"/>
        <source>print every problem, exit non-zero if any</source>
        <translation>列出每个问题，有问题时以非零值退出</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="186"/>
        <source>the policy file (default: %1)</source>
        <translation>策略文件（默认：%1）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="191"/>
        <source>print every setting a policy may set, with its default, to start from</source>
        <translation>列出策略可设置的每项设置及其默认值，作为起点</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="33"/>
        <source>{variable} names {path}, which does not exist</source>
        <translation>{variable} 指定的 {path} 不存在</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="37"/>
        <source>no policy at {path}: desk uses its defaults and each user&apos;s settings</source>
        <translation>{path} 处没有策略：desk 使用默认设置和各用户自己的设置</translation>
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
        <translation>此文件中的任何内容都不会生效</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="71"/>
        <source>note: calendar.tables replaces desk&apos;s built-in holidays of {years} whole: a day its table leaves out is an ordinary day</source>
        <translation>注意：calendar.tables 整体替换 desk 内置的 {years} 年节假日：表中未列出的日子按普通日子计算</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="81"/>
        <source>note: {setting} is locked: accounts are added only on {server}; one a user added on another server before keeps syncing until removed (desk account remove)</source>
        <translation>注意：{setting} 已锁定：只能在 {server} 上添加账号；用户之前在其他服务器上添加的账号会继续同步，直到被删除（desk account remove）</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="88"/>
        <source>{count} problem(s); the valid settings would still apply</source>
        <translation>{count} 个问题；有效的设置仍会生效</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="93"/>
        <source> ({count} warning(s) above)</source>
        <translation>（见上方 {count} 个警告）</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="95"/>
        <source>{path}: </source>
        <translation>{path}：</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="96"/>
        <source>ok: {which}{settings} setting(s), {locked} locked{warned}</source>
        <translation>正常：{which}{settings} 项设置，{locked} 项锁定{warned}</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="88"/>
        <source>open the desk window</source>
        <translation>打开 desk 窗口</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="90"/>
        <source>open the desk window (the default)</source>
        <translation>打开 desk 窗口（默认）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="466"/>
        <source>list, accept or decline invites to groups</source>
        <translation>列出、接受或拒绝群邀请</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="470"/>
        <source>invites not yet answered (tab-separated)</source>
        <translation>尚未答复的邀请（以制表符分隔）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="475"/>
        <source>join the group</source>
        <translation>加入该群</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="476"/>
        <source>decline the invite</source>
        <translation>拒绝该邀请</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="482"/>
        <source>as `desk invites list` shows</source>
        <translation>即 `desk invites list` 显示的</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="352"/>
        <source>choose a new passphrase for a passphrase-protected store</source>
        <translation>为受密码保护的存储设置新密码</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="200"/>
        <source>check that this installation works</source>
        <translation>检查本安装能否正常工作</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="206"/>
        <source>print one JSON object (each check&apos;s name, status and detail) for a deployment tool to read, instead of the lines</source>
        <translation>打印一个 JSON 对象（每项检查的名称、状态和详情）供部署工具读取，而不是逐行文字</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="124"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序的版本号并退出</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="218"/>
        <source>triage messages from a JSON-lines file (no window, no database)</source>
        <translation>对 JSON Lines 文件中的消息分类（不开窗口，不用数据库）</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="223"/>
        <source>messages in</source>
        <translation>输入的消息</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="229"/>
        <source>verdicts out</source>
        <translation>输出的分类结果</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="236"/>
        <source>your name as others @-mention it (repeatable); used when mentions_me is absent</source>
        <translation>别人 @ 你时用的名字（可重复）；消息没有 mentions_me 时使用</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="244"/>
        <source>your own unit as groups write it, several names separated by 、 (桐坪镇、桐坪): a message asking it to act or report says so, and is at least action</source>
        <translation>各群对你所在单位的写法，多个名称用 、 分隔（桐坪镇、桐坪）：要求它办理或上报的消息会注明，且至少为待办</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="251"/>
        <source>your time zone (IANA name)</source>
        <translation>你的时区（IANA 名称）</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="200"/>
        <source>Conversation in %1</source>
        <translation>前后消息 — %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="159"/>
        <source>Earlier messages of the group are not shown.</source>
        <translation>本群更早的消息未显示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="151"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="160"/>
        <source>Later messages of the group are not shown.</source>
        <translation>本群更晚的消息未显示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="175"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="259"/>
        <location filename="../desk/ui/conversation_dialog.py" line="265"/>
        <source>(withdrawn)</source>
        <translation>（已撤回）</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <location filename="../desk/ui/correction_text.py" line="32"/>
        <location filename="../desk/ui/correction_text.py" line="111"/>
        <source>Moved to %1. Ctrl+Z undoes.</source>
        <translation>已移到“%1”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="36"/>
        <source>Moved back to %1: what moving it away taught desk is taken back. Ctrl+Z undoes.</source>
        <translation>已移回“%1”：之前移走它时 desk 学到的已撤回。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="45"/>
        <source>Moved to %1: from now on, messages like it from %2 in %3 go to %4. Ctrl+Z undoes.</source>
        <translation>已移到“%1”：以后 %2 在“%3”里的类似消息也会归为“%4”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="56"/>
        <source>Moved to %1: from now on, messages from %2 in %3 that ask nothing of you go to %1. Ctrl+Z undoes.</source>
        <translation>已移到“%1”：以后 %2 在“%3”里不需要您办理的消息也会归为“%1”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="70"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) and all messages in %3 rank a little higher. Ctrl+Z undoes.</source>
        <translation>已移到“%1”：以后 %2 的消息（各群）和“%3”里所有人的消息都会排得略靠前。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="76"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) and all messages in %3 rank a little lower. Ctrl+Z undoes.</source>
        <translation>已移到“%1”：以后 %2 的消息（各群）和“%3”里所有人的消息都会排得略靠后。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="85"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) rank a little higher. Ctrl+Z undoes.</source>
        <translation>已移到“%1”：以后 %2 的消息（各群）会排得略靠前。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="91"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) rank a little lower. Ctrl+Z undoes.</source>
        <translation>已移到“%1”：以后 %2 的消息（各群）会排得略靠后。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="100"/>
        <source>Moved to %1: from now on, all messages in %2 rank a little higher. Ctrl+Z undoes.</source>
        <translation>已移到“%1”：以后“%2”里所有人的消息都会排得略靠前。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="105"/>
        <source>Moved to %1: from now on, all messages in %2 rank a little lower. Ctrl+Z undoes.</source>
        <translation>已移到“%1”：以后“%2”里所有人的消息都会排得略靠后。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="128"/>
        <source>%1 What moving it out of Noise taught desk is taken back. Ctrl+Z undoes.</source>
        <translation>%1之前把它移出“闲聊”时 desk 学到的会撤回。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="135"/>
        <source>%1 From now on, messages from %2 in %3 that ask nothing of you go to Noise too. Ctrl+Z undoes.</source>
        <translation>%1以后 %2 在“%3”里不需要您办理的消息也会归为“闲聊”。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="145"/>
        <source>%1 From now on, messages from %2 (in every group) and all messages in %3 rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1以后 %2 的消息（各群）和“%3”里所有人的消息都会排得略靠后。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="155"/>
        <source>%1 From now on, messages from %2 (in every group) rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1以后 %2 的消息（各群）会排得略靠后。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="164"/>
        <source>%1 From now on, all messages in %2 rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1以后“%2”里所有人的消息都会排得略靠后。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="170"/>
        <source>%1 Ctrl+Z undoes.</source>
        <translation>%1Ctrl+Z 可撤销。</translation>
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
        <translation>desk 在 %1 读取本机数据时，发现数据文件有一部分已损坏。

为免损失更多数据，desk 不再向该文件写入任何内容，同步也已停止：新消息和 DING 不会再进入 desk。在重新启动 desk 之前，请留意手机上的紧急事项。

您可以：
• 从备份恢复 desk 的数据文件夹 %2（请联系信息化部门），然后启动 desk；
• 或者重新启动 desk，选择“重新开始”：desk 会把损坏的文件移到一旁（不删除任何文件），以空的收件箱启动；重新添加账号后，消息会从服务器重新获取。</translation>
    </message>
    <message>
        <location filename="../desk/ui/damage_dialog.py" line="50"/>
        <source>Restart desk</source>
        <translation>重新启动 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/damage_dialog.py" line="52"/>
        <source>Later</source>
        <translation>稍后</translation>
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
        <translation>输入日期（2027-01-04、2027/1/4、1月4日）后按 Enter，或在日历中选择</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_field.py" line="93"/>
        <source>%1: pick on a calendar</source>
        <translation>%1：在日历中选择</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_field.py" line="94"/>
        <source>Pick on a calendar (Alt+Down)</source>
        <translation>在日历中选择（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DayListEditor</name>
    <message>
        <location filename="../desk/ui/day_list.py" line="72"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="74"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="114"/>
        <source>“%1” is not a date. Type it as 2027-01-04, or pick it on the calendar.</source>
        <translation>“%1”不是日期。请按 2027-01-04 的格式输入，或在日历中选择。</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="117"/>
        <source>Type a date, such as 2027-01-04, or pick it on the calendar.</source>
        <translation>请输入日期（如 2027-01-04），或在日历中选择。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desk/ui/demo_mark.py" line="14"/>
        <source>[Demo] %1</source>
        <translation>【演示】%1</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="291"/>
        <source>The text size is set by your administrator.</source>
        <translation>文字大小由管理员统一设置。</translation>
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
        <translation>文字大小已生效，但未能保存（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="416"/>
        <location filename="../desk/app/desk_app.py" line="764"/>
        <source>Saving the settings…</source>
        <translation>正在保存设置…</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="590"/>
        <source>Alert sounds cannot play on this computer (no audio output desk can use). DINGs and urgent items still flash the taskbar and show pop-ups.</source>
        <translation>本机无法播放提示音（没有 desk 可用的音频输出）。DING 和紧急消息仍会闪烁任务栏并弹出提醒。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="598"/>
        <source>No alert sounds on this computer</source>
        <translation>本机无法播放提示音</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="873"/>
        <source>desk keeps running</source>
        <translation>desk 仍在运行</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="874"/>
        <source>desk stays in the tray so urgent items and DINGs still reach you. Quit from the tray menu.</source>
        <translation>desk 会留在系统托盘中，紧急事项和 DING 仍能提醒您。如需退出，请在托盘菜单中选择“退出 desk”。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="207"/>
        <source>Reading pane</source>
        <translation>阅读窗格</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="369"/>
        <source>No message selected</source>
        <translation>未选择消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="398"/>
        <source>Marked done. %1 moves it back to the inbox.</source>
        <translation>已标记为已办。按 %1 移回收件箱。</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="660"/>
        <source>Withdrawn by its sender at %1</source>
        <translation>发送者已于 %1 撤回</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="581"/>
        <source>Posted again in this group: %1</source>
        <translation>本群再次发送：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="412"/>
        <source>Due: %1 (you confirmed)</source>
        <translation>截止：%1（已确认）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="444"/>
        <source>DING from %1 in %2 (%3) waits for your confirmation: a confirms it.</source>
        <translation>“%2”中 %1 的 DING（%3）等待您确认：按 A 确认。</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="464"/>
        <source>Your confirmation waits to be sent: its sender sees it once desk is back online.</source>
        <translation>您的确认待发送：desk 恢复联网后，发送人才会看到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="470"/>
        <source>Your confirmation did not reach the group: the server refused it (in a group where only its admins may post, members cannot answer there). Confirm to %1 another way, by phone or in person.</source>
        <translation>您的确认未送达本群：服务器拒绝了它（只有管理员可以发言的群里，成员无法在群内回复）。请通过电话或当面向%1确认。</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="584"/>
        <source>show fewer</source>
        <translation>收起</translation>
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
        <translation>已确认（%1）：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="618"/>
        <source>Not yet confirmed (%1): %2</source>
        <translation>未确认（%1）：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="620"/>
        <source>Open in DINGs I sent…</source>
        <translation>在“我发出的 DING”中打开…</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="638"/>
        <source>Confirmed as %1 · %2</source>
        <translation>以 %1 确认 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="657"/>
        <source>Withdrawn by you at %1</source>
        <translation>你已于 %1 撤回</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="659"/>
        <source>Withdrawn by %2 at %1</source>
        <translation>%2已于 %1 撤回</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="675"/>
        <source>Time: %1 (you replied)</source>
        <translation>时间：%1（已回复）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="677"/>
        <source>Due: %1 (you replied)</source>
        <translation>截止：%1（已回复）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="705"/>
        <source>Due: %1 (all reported)</source>
        <translation>截止：%1（已报齐）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="709"/>
        <source>Due: %1 (on duty at %2)</source>
        <translation>截止：%1（%2 上岗）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="711"/>
        <source>Due: %1 (starts at %2)</source>
        <translation>截止：%1（%2 开始）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="712"/>
        <source>Due: %1 (the meeting at %2)</source>
        <translation>截止：%1（%2 开会）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="714"/>
        <source>Time: %1 (passed)</source>
        <translation>时间：%1（已过）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="716"/>
        <source>Time: %1 (begun)</source>
        <translation>时间：%1（已开始）</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="716"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
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
        <translation>图片过大，未显示预览</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="749"/>
        <source>Double-click or press Enter to see it larger</source>
        <translation>双击或按 Enter 键查看大图</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="570"/>
        <source>%1 · %2 · %3 adds:</source>
        <translation>%1 · %2 · %3 补充：</translation>
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
        <translation>确认收到(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="154"/>
        <source>Remind me later (&amp;S)</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="157"/>
        <location filename="../desk/ui/ding_banner.py" line="487"/>
        <source>In %1 minutes</source>
        <translation>%1 分钟后</translation>
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
        <translation>%1 最后提醒一次 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="367"/>
        <source>DING · %1: %2 · %3</source>
        <translation>DING · %1：%2 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="367"/>
        <source>Urgent · %1: %2 · %3</source>
        <translation>紧急 · %1：%2 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="422"/>
        <source>%1 · came while desk was closed or offline (unconfirmed)</source>
        <translation>%1 · desk 关闭或离线时收到，尚未确认</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="426"/>
        <source>%1 · came before desk was first used on this computer (unconfirmed)</source>
        <translation>%1 · 在本机开始使用 desk 之前收到，尚未确认</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="431"/>
        <source>%1 · reminders fell due while desk was not running (unconfirmed)</source>
        <translation>%1 · 提醒时 desk 未运行（未确认）</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="436"/>
        <source>Reminders stopped (unconfirmed) · %1</source>
        <translation>已停止提醒（未确认） · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="440"/>
        <source>✓ %1&apos;s DING confirmed · next: %2</source>
        <translation>✓ 已确认 %1 的 DING · 下一条：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="442"/>
        <source>✓ %1&apos;s urgent message confirmed · next: %2</source>
        <translation>✓ 已确认 %1 的紧急消息 · 下一条：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_banner.py" line="448"/>
        <source>✓ %n DINGs confirmed · next: %1</source>
        <translation>
            <numerusform>✓ 已确认 %n 条 DING · 下一条：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="453"/>
        <source>%1 unconfirmed · </source>
        <translation>%1 条未确认 · </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="461"/>
        <source>A DING is an urgent notice each person must confirm they received.</source>
        <translation>DING（须逐人确认的紧急通知）：每位收到的人都要点“确认收到”。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="491"/>
        <source>In %1 minutes (after it is due, %2)</source>
        <translation>%1 分钟后（已过截止时间 %2）</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="497"/>
        <source>In %1 minutes (after it is to be confirmed, %2)</source>
        <translation>%1 分钟后（已过应确认时间 %2）</translation>
    </message>
</context>
<context>
    <name>DingComposer</name>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="68"/>
        <source>New DING</source>
        <translation>新建 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="74"/>
        <source>Choose a group…</source>
        <translation>选择群…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="77"/>
        <source>&amp;Everyone in the group</source>
        <translation>群内所有人(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="78"/>
        <source>&amp;Only these members:</source>
        <translation>仅以下成员(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="89"/>
        <source>What must be confirmed, e.g. 紧急：各村书记立即到岗</source>
        <translation>需要对方确认收到的内容，如“紧急：各村书记立即到岗”</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="92"/>
        <source>&amp;Deadline:</source>
        <translation>截止时间(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="111"/>
        <location filename="../desk/ui/ding_composer.py" line="208"/>
        <source>Send DING</source>
        <translation>发送 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="114"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="118"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="123"/>
        <source>Find a member…</source>
        <translation>查找成员…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="126"/>
        <source>Must confirm:</source>
        <translation>需确认的人：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="131"/>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="158"/>
        <source>No groups yet: wait for the first sync.</source>
        <translation>还没有群：请等待首次同步完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_composer.py" line="211"/>
        <source>Send DING to %n people</source>
        <translation>
            <numerusform>发送 DING（%n 人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_composer.py" line="225"/>
        <source>Will DING: %1 (%n people)</source>
        <translation>
            <numerusform>将 DING：%1（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="339"/>
        <source>Choose a group.</source>
        <translation>请选择一个群。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="342"/>
        <source>Write what must be confirmed.</source>
        <translation>请填写需要确认的内容。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="345"/>
        <source>Tick at least one member, or choose everyone.</source>
        <translation>请至少勾选一名成员，或选择群内所有人。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="348"/>
        <source>The deadline is already past.</source>
        <translation>截止时间已过。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="372"/>
        <source>The DING was not queued (%1).</source>
        <translation>DING 未能提交发送（%1），内容已保留。</translation>
    </message>
</context>
<context>
    <name>DingDialogs</name>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="35"/>
        <source>Not reported yet: please report as asked. “%1”</source>
        <translation>提醒：尚未报送，请按要求尽快报送。原通知：“%1”</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="98"/>
        <source>A DING you are writing is open: send or cancel it first.</source>
        <translation>有一条正在编写的 DING：请先发送或取消。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="104"/>
        <source>That group takes no DING from you: you are no longer in it.</source>
        <translation>无法向该群发送 DING：您已不在该群中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="127"/>
        <source>No member of this group speaks for %1: tick whom to DING.</source>
        <translation>本群中没有%1的成员：请勾选要 DING 的人。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="161"/>
        <source>DING queued. See who confirms in DING → DINGs I sent…</source>
        <translation>DING 已提交，将尽快发出。可在“DING → 我发出的 DING…”中查看谁已确认。</translation>
    </message>
</context>
<context>
    <name>DingRoster</name>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="56"/>
        <source>DINGs I sent</source>
        <translation>我发出的 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="89"/>
        <source>You have not sent a DING yet. Use New DING… (Ctrl+D).</source>
        <translation>您还没有发过 DING。请使用“新建 DING…”（Ctrl+D）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="181"/>
        <source>Re-DING queued.</source>
        <translation>已提交再次 DING，将尽快发出。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="188"/>
        <source>Re-DING not queued (%1).</source>
        <translation>未能提交再次 DING（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="201"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="202"/>
        <source>Not yet confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="265"/>
        <source>%1 · sent %2 · due %3</source>
        <translation>%1 · %2 发出 · 截止 %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="266"/>
        <source>%1 · sent %2</source>
        <translation>%1 · %2 发出</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="211"/>
        <source>Not sent: the server turned it down (you may no longer be in this group).</source>
        <translation>未发出：服务器拒绝了此 DING（您可能已不在该群）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="214"/>
        <source>Waiting to be sent…</source>
        <translation>等待发送…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="218"/>
        <source>%1 of %2 confirmed</source>
        <translation>%2 人中已有 %1 人确认</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="224"/>
        <source>&amp;Confirmed (%1)</source>
        <translation>已确认（%1）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="227"/>
        <source>&amp;Not yet confirmed (%1)</source>
        <translation>未确认（%1）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="270"/>
        <source>%1 · queued %2 · not sent · due %3</source>
        <translation>%1 · %2 提交 · 未发出 · 截止 %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="271"/>
        <source>%1 · queued %2 · not sent</source>
        <translation>%1 · %2 提交 · 未发出</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="273"/>
        <source>%1 · queued %2 · waiting to be sent · due %3</source>
        <translation>%1 · %2 提交 · 等待发送 · 截止 %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="274"/>
        <source>%1 · queued %2 · waiting to be sent</source>
        <translation>%1 · %2 提交 · 等待发送</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="284"/>
        <source>Re-DING the unconfirmed</source>
        <translation>再次 DING 未确认的人</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="287"/>
        <source>Everyone has confirmed.</source>
        <translation>所有人都已确认。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="294"/>
        <source>Re-DING possible in %1</source>
        <translation>%1 后可再次 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="295"/>
        <source>At most one re-DING every 5 minutes.</source>
        <translation>每 5 分钟最多再次 DING 一次。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="298"/>
        <source>Re-DING the unconfirmed (%1)</source>
        <translation>再次 DING 未确认的人（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="299"/>
        <source>Sends the DING again to those who have not confirmed.</source>
        <translation>向尚未确认的人再次发送这条 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="305"/>
        <source>not sent</source>
        <translation>未发出</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="307"/>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="310"/>
        <source>%1/%2 confirmed</source>
        <translation>已确认 %1/%2</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="612"/>
        <source>Confirmed. The sender will see it.</source>
        <translation>已确认收到，发送人会看到。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="530"/>
        <source>The DING will alert again at %1; until you confirm it, it stays pinned at the top of Urgent.</source>
        <translation>DING 将于 %1 再次提醒；在您确认之前，它一直置顶在“紧急”中。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="543"/>
        <source>The DING will alert again at %1. Snoozed here only: desk could not save it (the database is damaged).</source>
        <translation>DING 将于 %1 再次提醒。稍后提醒仅在本窗口有效：本机数据库已损坏，desk 未能保存。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="556"/>
        <source>The DING was not snoozed (%1).</source>
        <translation>未能设置稍后提醒（%1），DING 将继续按时提醒。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="609"/>
        <source>Confirmed the DING from %1 in %2. The sender will see it.</source>
        <translation>已确认收到“%2”中 %1 的 DING，发送人会看到。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="614"/>
        <source>Confirmed %n DINGs (%1). Their senders will see it.</source>
        <translation>已确认 %n 条 DING（%1），发送人会看到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2502"/>
        <location filename="../desk/app/desk_app.py" line="624"/>
        <source>Confirmed the urgent message from %1 in %2: it rings no more. It is no DING, so nothing was sent.</source>
        <translation>已确认“%2”中 %1 的紧急消息，不再提醒。它不是 DING，所以没有发送任何回复。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="629"/>
        <source>Confirmed: it rings no more. It is no DING, so nothing was sent.</source>
        <translation>已确认，不再提醒。它不是 DING，所以没有发送任何回复。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="642"/>
        <source>Confirmed the DING from %1 in %2 here; desk could not save it or tell the sender (the database is damaged).</source>
        <translation>已在本机确认“%2”中 %1 的 DING；本机数据库已损坏，desk 未能保存，也未能告知发送人。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="647"/>
        <source>Confirmed here; desk could not save it or tell the sender (the database is damaged).</source>
        <translation>已在本机确认；本机数据库已损坏，desk 未能保存，也未能告知发送人。</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="673"/>
        <source>%1 in %2</source>
        <translation>“%2”中 %1</translation>
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
        <translation>紧急 · %1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="501"/>
        <source>Unconfirmed: Confirm (A) confirms it; Open shows it in desk first.</source>
        <translation>未确认：按“确认”（A）即确认收到；按“打开”先在 desk 中查看。</translation>
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
        <translation>最后一次提醒</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="485"/>
        <source>Urgent items alert like DINGs (turned on in Settings → DING)</source>
        <translation>紧急事项（非 DING）也像 DING 一样提醒（已在“设置 → DING”中开启）</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="582"/>
        <source>Quiet hours: DINGs still alert until confirmed (how often: Settings → DING)</source>
        <translation>免打扰时段内 DING 照常提醒，直至确认（提醒间隔见“设置 → DING”）</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="587"/>
        <source>Quiet hours: urgent items alert like DINGs (turned on in Settings → DING)</source>
        <translation>免打扰时段内紧急事项也像 DING 一样提醒（已在“设置 → DING”中开启）</translation>
    </message>
</context>
<context>
    <name>FirstDaysGuide</name>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="53"/>
        <source>Right-click a message to confirm a DING (an urgent notice each person must confirm), reply to it or mark it done; %1 lists every key.</source>
        <translation>右键点消息可确认 DING（须逐人确认的紧急通知）、回复或标为已办；%1 列出全部快捷键。</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="60"/>
        <source>desk gathers your work groups into one inbox, the most pressing first. With the keys: %1/%2 or ↑/↓ move, %3 opens, %4 confirms a DING, %5 lists every key. Quiet hours hold ordinary notifications in the evening, at weekends and on holidays.</source>
        <translation>desk 把各个工作群的消息汇成一个收件箱，最要紧的排在最前。也可用键盘：%1/%2 或 ↑/↓ 移动，%3 打开，%4 确认 DING，%5 列出全部快捷键。免打扰时段（晚上、周末和节假日）普通消息不弹通知。</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="71"/>
        <source>Shown in desk&apos;s first days; × closes it for good.</source>
        <translation>desk 最初几天显示；点 × 关闭后不再出现。</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="73"/>
        <source>%1

More in Help → What is a DING?</source>
        <translation>%1

更多说明见 帮助 → 什么是 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="76"/>
        <source>Set quiet hours…</source>
        <translation>设置免打扰…</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="78"/>
        <source>Close this guide</source>
        <translation>关闭本指南</translation>
    </message>
</context>
<context>
    <name>GroupSwitcher</name>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="62"/>
        <source>Go to group</source>
        <translation>转到群</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="65"/>
        <source>Type a part of the group&apos;s name or its pinyin initials, Enter opens it</source>
        <translation>输入群名中的几个字或拼音首字母（如 fx 找“防汛”），按 Enter 打开</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="71"/>
        <source>Groups</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="77"/>
        <source>%1 (%2 unread)</source>
        <translation>%1（%2 条未读）</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="129"/>
        <source>No group&apos;s name holds “%1”, nor has those pinyin initials.</source>
        <translation>没有哪个群的名称含“%1”，也没有群名的拼音首字母是它。</translation>
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
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="37"/>
        <source>Qingming Festival</source>
        <translation>清明</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="38"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
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
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="42"/>
        <source>70th anniversary of the victory of the War of Resistance against Japan</source>
        <translation>中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../desk/ui/inbox_view.py" line="37"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="51"/>
        <source>Group invites</source>
        <translation>群邀请</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="69"/>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="70"/>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="79"/>
        <source>Messages of a group come into desk once you have joined it.</source>
        <translation>加入群后，该群的消息才会进入 desk。</translation>
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
%2 邀请 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="106"/>
        <source>Joining…</source>
        <translation>正在加入…</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="106"/>
        <source>Declining…</source>
        <translation>正在拒绝…</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="135"/>
        <source>Joined: its messages come in with the next sync.</source>
        <translation>已加入：该群的消息将在下次同步后显示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="133"/>
        <source>Answered.</source>
        <translation>已处理。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="137"/>
        <source>Declined.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="143"/>
        <source>The server refused the sign-in: sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="147"/>
        <source>The invite was withdrawn.</source>
        <translation>该邀请已撤回。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="151"/>
        <location filename="../desk/ui/invites_dialog.py" line="154"/>
        <source>Not answered: %1.</source>
        <translation>未能处理：%1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="174"/>
        <source>No invites wait for an answer.</source>
        <translation>没有待处理的群邀请。</translation>
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
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="851"/>
        <source>Next message</source>
        <translation>下一条消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="852"/>
        <source>Previous message</source>
        <translation>上一条消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="853"/>
        <source>Open message</source>
        <translation>打开消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="854"/>
        <location filename="../desk/ui/main_window.py" line="3812"/>
        <source>Mark done</source>
        <translation>标记为已办</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="864"/>
        <source>Mark unread</source>
        <translation>标记为未读</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="867"/>
        <source>Mark all in this view read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="869"/>
        <location filename="../desk/ui/main_window.py" line="1385"/>
        <location filename="../desk/ui/main_window.py" line="1391"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="871"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="875"/>
        <source>Confirm DING</source>
        <translation>确认收到 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="894"/>
        <source>Move to Urgent</source>
        <translation>移到紧急</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="895"/>
        <source>Move to Action</source>
        <translation>移到待办</translation>
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
        <translation>移到闲聊</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="907"/>
        <location filename="../desk/ui/main_window.py" line="915"/>
        <source>Go to %1</source>
        <translation>转到“%1”</translation>
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
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="989"/>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="992"/>
        <source>Group &amp;invites…</source>
        <translation>群邀请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1089"/>
        <source>A&amp;bout desk…</source>
        <translation>关于 desk(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1001"/>
        <source>&amp;Quit desk</source>
        <translation>退出 desk(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="860"/>
        <source>Mark done (as e)</source>
        <translation>标记为已办（同 e）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="877"/>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="880"/>
        <source>Reply 收到</source>
        <translation>回复收到</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="884"/>
        <source>Show conversation</source>
        <translation>查看前后消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="888"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="920"/>
        <source>Go to group…</source>
        <translation>转到群…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="955"/>
        <source>Go to the results</source>
        <translation>转到搜索结果</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="978"/>
        <source>A&amp;ccounts…</source>
        <translation>账号(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="996"/>
        <source>Change &amp;passphrase…</source>
        <translation>更改本机数据密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1008"/>
        <source>&amp;Message</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1010"/>
        <source>&amp;New message…</source>
        <translation>新消息(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1035"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1040"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1049"/>
        <source>D&amp;ING</source>
        <translation>D&amp;ING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1050"/>
        <source>&amp;New DING…</source>
        <translation>新建 DING(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1055"/>
        <source>&amp;Remind me later…</source>
        <translation>稍后提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1059"/>
        <source>DINGs I &amp;sent…</source>
        <translation>我发出的 DING(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1072"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1073"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1086"/>
        <source>What is a &amp;DING?</source>
        <translation>什么是 DING(&amp;D)？</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1100"/>
        <source>A DING is an urgent message that each person it names must confirm receiving. It rings through quiet hours and keeps alerting until you confirm it (a, or Confirm on the red banner). A DING of yours lists who has confirmed and who not yet, and can ring those again.</source>
        <translation>DING 是需要对方逐人确认收到的紧急消息。免打扰时段内照常提醒，直至你确认（按 a，或点红色横幅上的“确认收到”）。你发出的 DING 会列出谁已确认、谁还没有，并可再次 DING 未确认的人。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1121"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1135"/>
        <source>&amp;Larger text</source>
        <translation>放大(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1141"/>
        <source>&amp;Smaller text</source>
        <translation>缩小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1145"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1155"/>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1157"/>
        <source>Text size: %1 % (set by your administrator)</source>
        <translation>文字大小：%1%（由管理员设置）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1159"/>
        <source>Text size: %1 %</source>
        <translation>文字大小：%1%</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1206"/>
        <source>Previous or next card</source>
        <translation>上一条或下一条</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1209"/>
        <source>First or last card</source>
        <translation>第一条或最后一条</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1218"/>
        <source>Navigate</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1230"/>
        <source>Act on a card</source>
        <translation>处理消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1245"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1255"/>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1266"/>
        <source>%1 (on the DING banner)</source>
        <translation>%1（DING 横幅上）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1270"/>
        <source>Reply box</source>
        <translation>回复框</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1278"/>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1281"/>
        <source>Send it (in the new message)</source>
        <translation>发送（新消息中）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1284"/>
        <source>Close it, asking first if something is written</source>
        <translation>关闭（已写内容会先询问）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1289"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1299"/>
        <source>Close the away line or the guide (on its buttons)</source>
        <translation>关闭离开提示或入门提示（焦点在其按钮上时）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1301"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1383"/>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1397"/>
        <source>undo</source>
        <comment>the word of &apos;Press Ctrl+Z to undo&apos; made a link that undoes</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1762"/>
        <source>What quiet hours hold so far and what their last digest listed, newest first (%1; Esc goes back).</source>
        <translation>免打扰期间到目前为止暂缓的消息，连同上次免打扰结束时列出的，最新的在前（%1；Esc 返回）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1743"/>
        <source>Nothing held during quiet hours yet: desk says what they held when they end.</source>
        <translation>免打扰期间还没有暂缓的消息：免打扰结束时，desk 会告诉您暂缓了哪些。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1827"/>
        <source>What came in since you were last in desk (%1), in the inbox&apos;s order (%2; Esc goes back).</source>
        <translation>自您上次使用 desk（%1）以来到达的消息，按收件箱的顺序排列（%2；按 Esc 返回）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="1961"/>
        <source>desk was not running here before this start, so there is no absence to tell of: what came before it started is in the inbox as usual. After %n hour(s) or more away from desk, it says what came meanwhile.</source>
        <translation>
            <numerusform>desk 在本次启动前没有在这里运行过，所以没有离开期间可说：它启动前到的消息照常在收件箱里。以后离开 desk %n 小时或更久再回来，desk 会告诉您期间到了哪些消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="1969"/>
        <source>You have not been away yet: after %n hour(s) or more away from desk, it says what came meanwhile.</source>
        <translation>
            <numerusform>您还没有离开过：离开 desk %n 小时或更久后回来，desk 会告诉您期间到了哪些消息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1982"/>
        <source>Reading what quiet hours held…</source>
        <translation>正在读取免打扰期间暂缓的消息…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1983"/>
        <source>Reading what came while you were away…</source>
        <translation>正在读取离开期间收到的消息…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2085"/>
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 条消息待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2205"/>
        <source>This message has no card in the inbox.</source>
        <translation>收件箱里没有列出这条消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2208"/>
        <source>No card here or in All shows this message: it is in %1.</source>
        <translation>这里和“全部”都没有列出这条消息：它在“%1”中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2229"/>
        <source>It has no card of its own: the card of its notice is selected.</source>
        <translation>这条消息不单独列出：已选中它所属的通知。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2234"/>
        <source>This view does not list it: shown in All.</source>
        <translation>当前视图没有列出这条消息，已在“全部”中显示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2248"/>
        <source>Message copied.</source>
        <translation>已复制消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2295"/>
        <source>This DING waits for your confirmation: press A to confirm it first.</source>
        <translation>这条 DING 还在等您确认收到：请先按 A 确认，再标为已办。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2319"/>
        <source>marked done</source>
        <translation>标记为已办</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2319"/>
        <source>moved back to the inbox</source>
        <translation>移回收件箱</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2341"/>
        <source>Could not mark the message from %1 in %2 done (%3).</source>
        <translation>未能将%2中%1的消息标记为已办：%3。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2343"/>
        <source>Could not move the message from %1 in %2 back to the inbox (%3).</source>
        <translation>未能将%2中%1的消息移回收件箱：%3。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2351"/>
        <source>Marking done…</source>
        <translation>正在标记为已办…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2351"/>
        <source>Moving back to the inbox…</source>
        <translation>正在移回收件箱…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2399"/>
        <location filename="../desk/ui/main_window.py" line="2439"/>
        <source>This DING waits for your confirmation: press a again to confirm it.</source>
        <translation>这条 DING 在等您确认：再按一次 a 确认收到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2442"/>
        <source>This DING is not listed here: shown in %1. Press a again to confirm it.</source>
        <translation>这里没有列出这条 DING，已在“%1”中显示：再按一次 a 确认收到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2546"/>
        <source>Confirmed the DING from %1 in %2.</source>
        <translation>已确认收到“%2”中 %1 的 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2548"/>
        <source>Confirmed the DING.</source>
        <translation>已确认收到 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2549"/>
        <source>%1 in %2</source>
        <translation>“%2”中 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2550"/>
        <source>Confirmed %n DINGs (%1).</source>
        <translation>
            <numerusform>已确认 %n 条 DING（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2559"/>
        <source>The DING was not confirmed (%1).</source>
        <translation>DING 未能确认收到（%1），请重试。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2571"/>
        <source>This DING is not listed here: shown in %1.</source>
        <translation>这里没有列出这条 DING，已在“%1”中显示。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2716"/>
        <source>marked unread</source>
        <translation>标记为未读</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2722"/>
        <source>Could not mark the message from %1 in %2 unread (%3).</source>
        <translation>未能将%2中%1的消息标记为未读：%3。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2754"/>
        <source>Still marking the last view read: one view at a time.</source>
        <translation>上一个视图还在标为已读，请稍候再标下一个。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2845"/>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2842"/>
        <source>Mark the %Ln unread message(s) in “%1” read?</source>
        <translation>
            <numerusform>将“%1”中的 %Ln 条未读消息全部标为已读？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2848"/>
        <source>Ctrl+Z undoes.</source>
        <translation>Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2850"/>
        <source>A DING that waits for your confirmation stays unread. Ctrl+Z undoes.</source>
        <translation>等待您确认的 DING 仍保持未读。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2851"/>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2872"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2893"/>
        <source>Nothing was marked read.</source>
        <translation>未标记任何消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2917"/>
        <source>Marked %1 of %2 read…</source>
        <translation>已标记 %1 / %2 条为已读…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2942"/>
        <source>Nothing else unread here.</source>
        <translation>这里没有其他未读消息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2947"/>
        <source>%n item(s) still wait for your confirmation.</source>
        <translation>
            <numerusform>仍有 %n 条等待您确认收到。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2961"/>
        <source>mark all read (nothing was marked yet)</source>
        <translation>全部标为已读（尚未标记任何消息）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2973"/>
        <source>Made %1 of %2 unread again…</source>
        <translation>已恢复 %1 / %2 条为未读…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2801"/>
        <location filename="../desk/ui/main_window.py" line="2980"/>
        <source>marked %n message(s) read</source>
        <translation>
            <numerusform>标记为已读（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1214"/>
        <source>Next or previous pane</source>
        <translation>下一个或上一个窗格</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1536"/>
        <source>%1

Click to list them, those asking you first, then tasks, newest first (%2; Esc goes back).</source>
        <translation>%1

点击列出这些消息，@我的在前，再按待办、新旧（%2；按 Esc 返回）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1541"/>
        <source>%1

Click to list them, tasks first, newest first (%2; Esc goes back).</source>
        <translation>%1

点击列出这些消息，待办在前，再按新旧（%2；按 Esc 返回）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1777"/>
        <source>What quiet hours hold so far, tasks first, newest first (%1; Esc goes back). desk says what they held when they end.</source>
        <translation>免打扰期间到目前为止暂缓的消息，待办在前，再按新旧（%1；Esc 返回）。免打扰结束时，desk 会告诉您暂缓了哪些。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1738"/>
        <source>desk was not running during the last quiet hours, so it held nothing: what came before it started is in the inbox as usual.</source>
        <translation>上次免打扰期间 desk 没有运行，所以没有暂缓任何消息：它启动前到的消息照常在收件箱里。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="985"/>
        <source>Accounts (Alt+S there: shared or not)</source>
        <translation>账号（其中 Alt+S：设为共用或取消）</translation>
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
            <numerusform>%n 条 DING 确认待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2082"/>
        <source>%n item(s) waiting to be sent: replies and confirmations</source>
        <translation>
            <numerusform>%n 项待发送：回复和 DING 确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2087"/>
        <source>%n reply(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 条回复待发送</numerusform>
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
        <translation>此条已办：按 %1 移回收件箱。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2326"/>
        <source>Marked done: %1, “%2”. Press Ctrl+Z to undo.</source>
        <translation>已将 %1 的“%2”标记为已办。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2328"/>
        <source>Moved back to the inbox: %1, “%2”. Press Ctrl+Z to undo.</source>
        <translation>已将 %1 的“%2”移回收件箱。按 Ctrl+Z 撤销。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2831"/>
        <source>Mark the %Ln unread message(s) in “%1” read, and the %2 unread in “%3” besides (%4 in all)?</source>
        <translation>
            <numerusform>将“%1”中的 %Ln 条未读消息，连同“%3”中另外的 %2 条未读，共 %4 条标为已读？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2930"/>
        <source>Marked %n message(s) read, and %1 more in “%2” (%3 in all). Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已将 %n 条消息及“%2”中另外的 %1 条（共 %3 条）标为已读，Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3041"/>
        <source>It is a DING that waits for your confirmation.</source>
        <translation>这是一条待您确认的 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3043"/>
        <source>It is addressed to you.</source>
        <translation>这是 @您的消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3045"/>
        <source>It is urgent.</source>
        <translation>这是紧急消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3048"/>
        <source>Move this message to Noise?</source>
        <translation>将这条消息移到“闲聊”？</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3063"/>
        <source>moved to %1</source>
        <translation>移到“%1”</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3085"/>
        <source>Still taking back the last mark: a moment.</source>
        <translation>正在撤销上一次全部已读，请稍候。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3110"/>
        <source>Undoing: %1…</source>
        <translation>正在撤销：%1…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3110"/>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3122"/>
        <source>Undone: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3475"/>
        <source>This list could not be read (%1).</source>
        <translation>无法读取此列表（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3487"/>
        <source>Loading the demo workspace…</source>
        <translation>正在载入演示工作区…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3489"/>
        <source>Loading messages…</source>
        <translation>正在载入消息…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3500"/>
        <source>No account yet. Add your work account (desk menu, Add account…) and the messages of all your groups gather here.</source>
        <translation>尚未添加账号。添加您的工作账号（desk 菜单 › 添加账号…）后，各个工作群的消息会汇总到这里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3507"/>
        <source>No messages yet: %n group invite(s) wait for you. Accept them with the invites link at the bottom right (or desk menu, Group invites…), and their groups&apos; messages gather here.</source>
        <translation>
            <numerusform>还没有消息：有 %n 个群邀请等您接受。点右下角的群邀请链接（或 desk 菜单 → 群邀请…）接受后，这些群的消息会汇集到这里。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3514"/>
        <source>Nothing open is due today, and nothing is overdue.</source>
        <translation>今天没有到期的事项，也没有逾期未办的。</translation>
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
            <numerusform>暂缓 %n 条，已提醒 %1 条 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3623"/>
        <source>%n held while quiet · Esc: back</source>
        <translation>
            <numerusform>免打扰期间暂缓 %n 条 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3625"/>
        <source>%n or more held while quiet · Esc: back</source>
        <translation>
            <numerusform>免打扰期间暂缓 %n 条以上 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3646"/>
        <source>%n or more came while you were away · Esc: back</source>
        <translation>
            <numerusform>离开期间到了 %n 条以上 · Esc：返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3652"/>
        <source>%n unread of %1 that came while you were away · Esc: back</source>
        <translation>
            <numerusform>%n 条未读，离开期间共到了 %1 条 · Esc：返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3657"/>
        <source>%n came while you were away · Esc: back</source>
        <translation>
            <numerusform>离开期间到了 %n 条 · Esc：返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3665"/>
        <source>%n or more found</source>
        <translation>
            <numerusform>找到 %n 条以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3665"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3669"/>
        <source>%1 · notices and tasks first</source>
        <translation>%1 · 通知和待办在前</translation>
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
            <numerusform>已办中有 %n 条：按 %1 查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3700"/>
        <source>%n or more messages marked done match: %1 shows them.</source>
        <translation>
            <numerusform>已办中有 %n 条以上：按 %1 查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3713"/>
        <source>The rest of this list could not be read (%1).</source>
        <translation>此列表的其余部分无法读取（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3810"/>
        <source>Move back to the inbox</source>
        <translation>移回收件箱</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3845"/>
        <source>%n confirmation(s) did not reach the group: the server refused them. Confirm to the sender another way.</source>
        <translation>
            <numerusform>%n 条确认未送达：服务器拒绝了。请通过其他方式向发送者确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3856"/>
        <source>%n reply(s) did not reach the group: the server refused them.</source>
        <translation>
            <numerusform>%n 条回复未能发到群里：服务器拒收。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3864"/>
        <source>%n DING(s) did not reach the group: the server refused them (see DING → DINGs I sent…).</source>
        <translation>
            <numerusform>%n 条 DING 未送达：服务器拒绝了（见 DING → 我发出的 DING…）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3876"/>
        <source>Sent: %n DING confirmation(s) made while offline reached the group.</source>
        <translation>
            <numerusform>已发送：离线时所做的 %n 条 DING 确认已送达群里。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4089"/>
        <source>This message has just arrived: look it over, then press %1 again.</source>
        <translation>这条消息刚到：请先看一眼，再按一次 %1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4200"/>
        <source>The server refused the sign-in:</source>
        <translation>登录已失效：</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4221"/>
        <location filename="../desk/ui/main_window.py" line="4238"/>
        <source>Sorting %n new message(s)…</source>
        <translation>
            <numerusform>正在整理 %n 条新消息…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4223"/>
        <source>Sorting new messages…</source>
        <translation>正在整理新消息…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4205"/>
        <source>Sync stopped: the local database is damaged.</source>
        <translation>同步已停止：本机数据已损坏。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3518"/>
        <source>No message here holds “%1”.</source>
        <translation>这里没有包含“%1”的消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3522"/>
        <source>No message here holds all of %1.</source>
        <translation>这里没有同时包含%1的消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3524"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3533"/>
        <source>Messages marked done are in Done.</source>
        <translation>已标记为已办的消息在“已办”中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3540"/>
        <source>Press %1 to search the open messages in %2.</source>
        <translation>按 %1 在“%2”中搜索（不含已办）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3542"/>
        <source>Press %1 to search %2; messages marked done are in Done.</source>
        <translation>按 %1 在“%2”中搜索；已标记为已办的消息在“已办”中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3589"/>
        <source>%n held while quiet, %1 more alerted as usual · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>免打扰期间暂缓 %n 条，另有 %1 条已照常提醒 · @我的在前，再按待办、新旧 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3599"/>
        <source>%n held while quiet · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>免打扰期间暂缓 %n 条 · @我的在前，再按待办、新旧 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3605"/>
        <source>%n or more held while quiet · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>免打扰期间暂缓 %n 条以上 · @我的在前，再按待办、新旧 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3612"/>
        <source>%n held while quiet · tasks first, then newest · Esc: back</source>
        <translation>
            <numerusform>免打扰期间暂缓 %n 条 · 待办在前，再按新旧 · Esc 返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3616"/>
        <source>%n or more held while quiet · tasks first, then newest · Esc: back</source>
        <translation>
            <numerusform>免打扰期间暂缓 %n 条以上 · 待办在前，再按新旧 · Esc 返回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4298"/>
        <source>Cannot save to this computer (%1), retrying in %2 s</source>
        <translation>无法保存到本机（%1），%2 秒后自动重试</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4322"/>
        <source>Sorting new messages failed: the log file says where. Retrying in %1 s</source>
        <translation>整理新消息出错，请联系信息化部门查看日志；%1 秒后自动重试</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4326"/>
        <source>Sorting new messages failed, retrying in %1 s</source>
        <translation>整理新消息失败，%1 秒后自动重试</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4330"/>
        <source>sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4332"/>
        <source>what to do</source>
        <translation>处理办法</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4369"/>
        <source>No official holiday schedule(s) for %1</source>
        <translation>
            <numerusform>缺少 %1 年的官方节假日安排</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4374"/>
        <source>Quiet hours assume Monday to Friday with only the holidays desk can foresee. Add other days off and make-up working days in Settings, or ask IT for a policy that includes the official schedule(s).</source>
        <translation>
            <numerusform>免打扰暂按周一至周五上班、仅按能预先确定的节假日放假计算。请在“设置”中添加其他休息日和调休上班日，或请信息化部门下发包含官方节假日安排的统一配置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4494"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4496"/>
        <source>Demo workspace: its messages are invented</source>
        <translation>演示工作区 — 消息均为虚构</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4498"/>
        <source>desk is showing its built-in demo workspace, so that you can try it: its groups, people, notices and DINGs are made up. Add your work account (desk menu, Add account…) to use desk for real; the demo workspace is removed then.</source>
        <translation>desk 正在显示内置的演示工作区，供您试用：其中的群、人员、通知和 DING 均为虚构。添加您的工作账号（desk 菜单 › 添加账号…）即可正式使用，演示工作区随之移除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4216"/>
        <location filename="../desk/ui/main_window.py" line="4504"/>
        <source>No account yet</source>
        <translation>尚未添加账号</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4506"/>
        <source>desk has no account to sync. Add your work account (desk menu, Add account…); your IT staff can tell you the server&apos;s address.</source>
        <translation>desk 还没有可同步的账号。请添加您的工作账号（desk 菜单 › 添加账号…）；服务器地址可向信息技术人员询问。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2431"/>
        <location filename="../desk/ui/main_window.py" line="2563"/>
        <source>No DING waits for confirmation.</source>
        <translation>没有待确认的 DING。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2732"/>
        <source>Marked unread. Ctrl+Z undoes.</source>
        <translation>已标记为未读。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2743"/>
        <source>Clear the search first: Shift+C marks a whole view read.</source>
        <translation>请先清除搜索：Shift+C 会把整个分类标为已读。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2747"/>
        <source>Done holds nothing unread to mark.</source>
        <translation>已办中没有要标为已读的消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2798"/>
        <location filename="../desk/ui/main_window.py" line="2944"/>
        <source>Nothing unread here.</source>
        <translation>这里没有未读消息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2804"/>
        <location filename="../desk/ui/main_window.py" line="2940"/>
        <source>Marked %n message(s) read. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已将 %n 条消息标为已读，Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3009"/>
        <source>Already in %1.</source>
        <translation>已在“%1”中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3089"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3122"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2993"/>
        <location filename="../desk/ui/main_window.py" line="3240"/>
        <source>Not saved (%1).</source>
        <translation>未能保存（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3102"/>
        <source>Could not undo: %1 (%2). Ctrl+Z tries again.</source>
        <translation>未能撤销“%1”：%2。可再按 Ctrl+Z 重试。</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3478"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3515"/>
        <source>No messages here.</source>
        <translation>这里没有消息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3585"/>
        <source>%n alerted as usual while quiet, none held · Esc: back</source>
        <translation>
            <numerusform>免打扰期间未暂缓消息，%n 条已照常提醒 · Esc 返回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3672"/>
        <source>Notices and tasks come first: what waits for your confirmation (a DING, or an urgent item escalated like one), then those with the words in their title, then urgent, to-do, confirmed or answered ones. Then the rest. Each part is newest first.</source>
        <translation>通知和待办排在前面：先是等您确认的（DING，或像 DING 一样提醒的紧急消息），再是标题里有这些字的，再是紧急、待办、有人确认或回复过的；然后是其余的。每部分都是最新的在前。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3793"/>
        <source>%n message(s) marked done hold “%1” too: %2 shows them.</source>
        <translation>
            <numerusform>已办中还有 %n 条包含“%1”：按 %2 查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3796"/>
        <source>%n or more messages marked done hold “%1” too: %2 shows them.</source>
        <translation>
            <numerusform>已办中还有 %n 条以上包含“%1”：按 %2 查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3819"/>
        <source>Search done messages ( / )</source>
        <translation>搜索已办消息（按 / 键）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3821"/>
        <source>Search open messages ( / )</source>
        <translation>搜索消息（不含已办，按 / 键）</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4198"/>
        <source>The server refused the sign-in of %1:</source>
        <translation>登录已失效：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4306"/>
        <source>Offline (%1), retrying in %2 s: %3</source>
        <translation>离线（%1），%2 秒后自动重试：%3</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4313"/>
        <source>Offline (%1), retrying in %2 s</source>
        <translation>离线（%1），%2 秒后自动重试</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4331"/>
        <source>retry now</source>
        <translation>现在重试</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4342"/>
        <source>Trying again…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4370"/>
        <source>No %1 holidays</source>
        <translation>缺 %1 年假日</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4371"/>
        <source>add days off</source>
        <translation>设置节假日</translation>
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
            <numerusform>%n 个群邀请</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4453"/>
        <source>%1 unread</source>
        <translation>%1 条未读</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="52"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="53"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="54"/>
        <source>Action</source>
        <translation>待办</translation>
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
        <translation>闲聊</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="61"/>
        <source>Done</source>
        <translation>已办</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="64"/>
        <source>Held while quiet</source>
        <translation>免打扰期间</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="66"/>
        <source>While away</source>
        <translation>离开期间</translation>
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
        <translation>打开 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="165"/>
        <source>Quit desk</source>
        <translation>退出 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="206"/>
        <source>Confirm DING · %1</source>
        <translation>确认收到 DING · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="328"/>
        <source>desk: %1 urgent</source>
        <translation>desk：%1 条紧急消息未读</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../desk/app/passphrase_flow.py" line="46"/>
        <source>Passphrase changed. DESK_PASSPHRASE still holds the old one: change it too, or desk asks for the passphrase at its next start.</source>
        <translation>密码已更改。环境变量 DESK_PASSPHRASE 中仍是旧密码：请一并修改，否则下次启动时 desk 会要求输入密码。</translation>
    </message>
    <message>
        <location filename="../desk/app/passphrase_flow.py" line="51"/>
        <source>Passphrase changed. desk asks for the new one from its next start.</source>
        <translation>密码已更改。下次启动 desk 时请输入新密码。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="53"/>
        <location filename="../desk/ui/passphrase_dialog.py" line="120"/>
        <location filename="../desk/ui/passphrase_dialog.py" line="149"/>
        <source>desk: passphrase</source>
        <translation>desk：本机数据密码</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="58"/>
        <source>No system keychain is available, so desk protects its encrypted database with a passphrase. Choose one of at least %1 characters. Without it the data cannot be recovered.</source>
        <translation>本机没有可用的系统凭据存储，desk 将用密码保护本机加密数据。请设置至少 %1 个字符的本机数据密码。忘记此密码，数据将无法恢复。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="63"/>
        <source>Enter the passphrase of your desk database.</source>
        <translation>请输入 desk 本机数据密码。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="78"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="121"/>
        <source>desk cannot start without a passphrase: it keeps your messages encrypted on this computer, and the passphrase is their key. Nothing has been made yet; if you quit, desk asks you to choose one at its next start.</source>
        <translation>没有本机数据密码，desk 无法启动：它把您的消息加密保存在这台电脑上，密码就是打开它们的钥匙。目前还没有创建任何数据；如果现在退出，desk 下次启动时会再请您设置密码。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="129"/>
        <source>Back to choosing a passphrase</source>
        <translation>返回设置密码</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="133"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="150"/>
        <source>desk is closing: without the passphrase it cannot open your encrypted messages. Nothing in them was touched; start desk again to enter it.</source>
        <translation>desk 即将关闭：没有本机数据密码，就无法打开您加密保存的消息。这些数据未被改动；再次启动 desk 即可输入密码。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="333"/>
        <source>the key file desk.key is damaged</source>
        <translation>密钥文件 desk.key 已损坏</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="337"/>
        <source>desk may not write its key file desk.key</source>
        <translation>desk 没有写入密钥文件 desk.key 的权限</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="341"/>
        <source>another program is using the key file desk.key</source>
        <translation>另一个程序正在使用密钥文件 desk.key</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="71"/>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="71"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="92"/>
        <source>Forgot it?</source>
        <translation>忘记了？</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="39"/>
        <source>Use at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="107"/>
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../desk/ui/policy_text.py" line="27"/>
        <source>cannot read {path} ({reason})</source>
        <translation>无法读取 {path}（{reason}）</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="28"/>
        <source>{path} is {size} KB, larger than any policy file (at most {limit} KB): is it the right file?</source>
        <translation>{path} 有 {size} KB，超过任何策略文件的大小（最多 {limit} KB）：是不是选错了文件？</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="33"/>
        <source>{path} is not UTF-8 text: save it as UTF-8 (Notepad: File &gt; Save As, Encoding: UTF-8)</source>
        <translation>{path} 不是 UTF-8 文本：请另存为 UTF-8（记事本：文件 &gt; 另存为，编码：UTF-8）</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="37"/>
        <source>{path} is not UTF-8 and was read as Chinese (GBK) text: save it as UTF-8 (Notepad: File &gt; Save As, Encoding: UTF-8)</source>
        <translation>{path} 不是 UTF-8，已按中文（GBK）文本读取：请另存为 UTF-8（记事本：文件 &gt; 另存为，编码：UTF-8）</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="42"/>
        <source>{path} is not valid TOML: the error is at line {line}, column {column}</source>
        <translation>{path} 不是有效的 TOML：错误在第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="45"/>
        <source>{path} is not valid TOML: it ends inside a value (a quote or a bracket not closed)</source>
        <translation>{path} 不是有效的 TOML：文件在某个值的中间结束（有引号或括号没有闭合）</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="49"/>
        <source>{path} is not valid TOML</source>
        <translation>{path} 不是有效的 TOML</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="54"/>
        <source>{name}: unknown setting</source>
        <translation>{name}：未知的设置</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="55"/>
        <source>[{name}]: unknown table</source>
        <translation>[{name}]：未知的表</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="56"/>
        <source>{name}: a table of settings ({first}, …), not one value</source>
        <translation>{name}：这是一组设置（{first}，…），不能写成单个值</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="60"/>
        <source>lock: unknown setting &apos;{name}&apos;</source>
        <translation>lock：未知的设置 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="61"/>
        <source>{said} (did you mean {meant}?)</source>
        <translation>{said}（是否想写 {meant}？）</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../desk/ui/notifier.py" line="561"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="651"/>
        <source>Unfold: the DINGs waiting, each with Confirm</source>
        <translation>展开：列出待确认的 DING，各带“确认”按钮</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="655"/>
        <source>Fold away to the title until the next alert (the banner lists them)</source>
        <translation>收起为标题，直到下一次提醒（DING 横幅列出全部）</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="735"/>
        <source>%n more waiting: the DING banner in desk&apos;s window lists them all.</source>
        <translation>
            <numerusform>另有 %n 条待确认：desk 窗口顶部的 DING 横幅列出全部。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <location filename="../desk/ui/post_composer.py" line="76"/>
        <location filename="../desk/ui/post_composer.py" line="218"/>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="78"/>
        <source>Choose a group…</source>
        <translation>选择群…</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="84"/>
        <source>What to tell the group, e.g. 请各村于今天17:00前报送防汛值班表</source>
        <translation>要发到群里的内容，如“请各村于今天17:00前报送防汛值班表”</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="94"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="97"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="101"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="104"/>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="122"/>
        <source>No groups yet: wait for the first sync.</source>
        <translation>还没有群：请等待首次同步完成。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="158"/>
        <source>Choose a group.</source>
        <translation>请选择一个群。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="161"/>
        <source>Write the message first.</source>
        <translation>请先写好消息内容。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="184"/>
        <source>You are no longer in “%1”: a message cannot go there.</source>
        <translation>你已不在“%1”里，消息发不过去。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="187"/>
        <source>desk cannot write in an end-to-end encrypted group yet.</source>
        <translation>desk 暂时还不能在端到端加密的群里发言。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="189"/>
        <source>That group is no longer stored: choose another.</source>
        <translation>这个群已不在本机记录中，请另选一个群。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="192"/>
        <source>The message was not queued (%1).</source>
        <translation>消息没有排进发送队列（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="219"/>
        <source>Discard the message you wrote?</source>
        <translation>丢弃已写的消息吗？</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="224"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="225"/>
        <source>&amp;Keep writing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PostDialogs</name>
    <message>
        <location filename="../desk/ui/post_composer.py" line="383"/>
        <source>Waiting to send: message to “%1”.</source>
        <translation>待发送：发往“%1”的消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="408"/>
        <source>Sent: message to “%1”.</source>
        <translation>已发送：发往“%1”的消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="431"/>
        <source>Your message did not reach “%1”: the server refused it (in a group where only its admins may post, members cannot write there). What you wrote is kept.</source>
        <translation>你的消息没能发到“%1”：服务器拒收（全员禁言的群里只有管理员能发言，成员无法发消息）。写好的内容已保留。</translation>
    </message>
</context>
<context>
    <name>QuietGrid</name>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="57"/>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="58"/>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="59"/>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="60"/>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="61"/>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="62"/>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="63"/>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="64"/>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
</context>
<context>
    <name>QuietGridEditor</name>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="214"/>
        <source>Quiet hours</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="218"/>
        <source>quiet</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="219"/>
        <source>notifies</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="266"/>
        <source>Blue cells are quiet. Click a cell, or drag across days and hours to change a block of them, or move with the arrow keys and press Space; Shift+arrows mark a block for Space to change. Ctrl+Z takes back the last change.</source>
        <translation>蓝色格子为免打扰时段。点击一个格子，或跨日期和时段拖出一块区域一起更改，也可用方向键移动、按空格键切换；按住 Shift 再按方向键可选出一块区域，按空格键一起切换。按 Ctrl+Z 撤销上一次更改。</translation>
    </message>
</context>
<context>
    <name>QuietIndicator</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="22"/>
        <source>night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="23"/>
        <source>quiet block of the day</source>
        <translation>日间免打扰时段</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="24"/>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="25"/>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="26"/>
        <source>day off</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="27"/>
        <source>switched on by you</source>
        <translation>手动开启</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="84"/>
        <source>Pause quiet hours for 1 hour</source>
        <translation>暂停免打扰 1 小时</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="86"/>
        <source>Pause quiet hours until the end of today</source>
        <translation>暂停免打扰到今天结束</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="90"/>
        <source>Quiet for 1 hour</source>
        <translation>免打扰 1 小时</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="92"/>
        <source>Quiet until the morning</source>
        <translation>免打扰至早上</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="94"/>
        <source>Follow the schedule again</source>
        <translation>恢复按计划免打扰</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="99"/>
        <source>Quiet hours settings…</source>
        <translation>免打扰设置…</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="191"/>
        <location filename="../desk/ui/quiet_indicator.py" line="290"/>
        <source>Quiet until %1</source>
        <translation>免打扰至%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="239"/>
        <source>Pause quiet hours until %1</source>
        <translation>暂停免打扰至 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="271"/>
        <location filename="../desk/ui/quiet_indicator.py" line="375"/>
        <source>Quiet hours</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="282"/>
        <source>Quiet (%1) until %2</source>
        <comment>a date</comment>
        <translation>免打扰（%1）至 %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="284"/>
        <source>Quiet (%1) until %2</source>
        <translation>免打扰（%1）至%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="292"/>
        <source>Notifying until %1</source>
        <translation>免打扰暂停至%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="296"/>
        <source>Notifications on</source>
        <translation>提醒已开启</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="298"/>
        <source> · %1 held</source>
        <translation> · %1 条暂缓</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="300"/>
        <source> · %1 still alerts</source>
        <translation> · %1 仍提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="322"/>
        <source>Alerting through quiet hours: %1. A DING must be confirmed and an urgent item is urgent, so quiet hours never hold them back.</source>
        <translation>免打扰期间仍提醒：%1。DING 必须确认，紧急消息刻不容缓，免打扰不会拦下它们。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/quiet_indicator.py" line="329"/>
        <source>List the %n held message(s) (%1)</source>
        <translation>
            <numerusform>列出暂缓的 %n 条消息（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/quiet_indicator.py" line="331"/>
        <source>The arrow lists the %n held message(s) (%1).</source>
        <translation>
            <numerusform>点箭头可列出暂缓的 %n 条消息（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="339"/>
        <source>On · quiet from %1</source>
        <translation>提醒已开启 · %1 起免打扰</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="341"/>
        <source>On · quiet all day %1</source>
        <translation>提醒已开启 · %1全天免打扰</translation>
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
        <translation>在%1之前像工作日一样提醒每条消息吗？</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="309"/>
        <source>DINGs, urgent items and the break-through list still come through. Click for a menu: pause quiet hours, or their settings.</source>
        <translation>DING、紧急事项和始终提醒名单照常提醒。点击打开菜单：暂停免打扰，或打开免打扰设置。</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="318"/>
        <source>Click for a menu: follow the schedule again, or another choice.</source>
        <translation>点击打开菜单：恢复按安排免打扰，或其他选择。</translation>
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
        <translation>群主发布</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="57"/>
        <source>from group admin</source>
        <translation>群管理员发布</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="58"/>
        <source>urgent wording</source>
        <translation>含紧急用语</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="60"/>
        <source>reads like an emergency</source>
        <translation>疑似紧急情况</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="61"/>
        <source>asks for action</source>
        <translation>要求办理</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="65"/>
        <source>deadline %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="67"/>
        <source>due within %1 h</source>
        <translation>%1 小时内截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="68"/>
        <source>due in %1 min</source>
        <translation>%1 分钟后截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="69"/>
        <source>due in %1 h</source>
        <translation>%1 小时后截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="71"/>
        <source>due in %1 h %2 min</source>
        <translation>%1 小时 %2 分后截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="72"/>
        <source>overdue by %1 min</source>
        <translation>已逾期 %1 分钟</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="73"/>
        <source>overdue by %1 h</source>
        <translation>已逾期 %1 小时</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="74"/>
        <source>overdue by %1 h %2 min</source>
        <translation>已逾期 %1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="76"/>
        <source>overdue by %1 d %2 h</source>
        <translation>已逾期 %1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="78"/>
        <source>due today %1</source>
        <translation>今天 %1 截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="79"/>
        <source>due tomorrow %1</source>
        <translation>明天 %1 截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="80"/>
        <source>due the day after tomorrow %1</source>
        <translation>后天 %1 截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="82"/>
        <source>due %2 %1 %3 · %4 days left</source>
        <translation>截止 %1（%2）%3 · 还有 %4 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="84"/>
        <source>due %1 %2 · %3 days left</source>
        <translation>截止 %1 %2 · 还有 %3 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="86"/>
        <source>at %1</source>
        <translation>时间 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="87"/>
        <source>starts today %1</source>
        <translation>今天 %1 开始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="88"/>
        <source>starts tomorrow %1</source>
        <translation>明天 %1 开始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="89"/>
        <source>starts the day after tomorrow %1</source>
        <translation>后天 %1 开始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="90"/>
        <source>starts %2 %1 %3 · in %4 days</source>
        <translation>%1（%2）%3 开始 · 还有 %4 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="91"/>
        <source>starts %1 %2 · in %3 days</source>
        <translation>%1 %2 开始 · 还有 %3 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="92"/>
        <source>starts in %1 min</source>
        <translation>%1 分钟后开始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="93"/>
        <source>starts in %1 h</source>
        <translation>%1 小时后开始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="94"/>
        <source>starts in %1 h %2 min</source>
        <translation>%1 小时 %2 分后开始</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="95"/>
        <source>began %1 min ago</source>
        <translation>已开始 %1 分钟</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="96"/>
        <source>began %1 h ago</source>
        <translation>已开始 %1 小时</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="97"/>
        <source>began %1 h %2 min ago</source>
        <translation>已开始 %1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="98"/>
        <source>time passed</source>
        <translation>时间已过</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="99"/>
        <source>same notice as in %1</source>
        <translation>与“%1”中的通知相同</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="100"/>
        <source>more pressing as posted in %1</source>
        <translation>“%1”中转发的版本更紧急</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="101"/>
        <source>due sooner as posted in %1</source>
        <translation>“%1”中转发的版本截止更早</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="103"/>
        <source>more pressing as posted again here</source>
        <translation>本群再次发送的版本更紧急</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="104"/>
        <source>due sooner as posted again here</source>
        <translation>本群再次发送的版本截止更早</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="107"/>
        <source>%1 asked for it by %2</source>
        <translation>“%1”中转发的版本要求 %2 前完成</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="111"/>
        <source>due %1 passed</source>
        <translation>%1 时限已过</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="112"/>
        <source>sent by you</source>
        <translation>我发出的</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="114"/>
        <source>you replied %1</source>
        <translation>已回复 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="116"/>
        <source>you confirmed %1</source>
        <translation>已确认 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="117"/>
        <source>DING sent by you</source>
        <translation>我发出的 DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="119"/>
        <source>DING sent by you: %1/%2 confirmed, %3 not yet</source>
        <translation>我发出的 DING：已确认 %1/%2，未确认 %3 人</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="120"/>
        <source>DING sent by you: all %1 confirmed</source>
        <translation>我发出的 DING：%1 人全部已确认</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="122"/>
        <source>DING sent by you: due %1 · %2/%3 confirmed, %4 not yet</source>
        <translation>我发出的 DING：截止 %1 · 已确认 %2/%3，未确认 %4 人</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="125"/>
        <source>DING sent by you: due %1 passed · %2/%3 confirmed, %4 not yet</source>
        <translation>我发出的 DING：%1 已截止 · 已确认 %2/%3，未确认 %4 人</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="128"/>
        <source>reposted in this group</source>
        <translation>本群重复发送</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="130"/>
        <source>every unit asked has reported</source>
        <translation>所要求的单位均已报送</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="131"/>
        <source>edited by its sender</source>
        <translation>发送人已修改</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="132"/>
        <source>desk could not sort this message automatically</source>
        <translation>未能自动分拣此消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="135"/>
        <source>corrected: see %1 %2</source>
        <translation>已更正：见 %1 %2 的更正</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="136"/>
        <source>replaced: see the %3 warning in %1 %2</source>
        <translation>已被更新：见 %1 %2 的%3预警</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="137"/>
        <source>lifted: see %1 %2</source>
        <translation>已解除：见 %1 %2 的解除通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="139"/>
        <source>replaced: the response is now level %3, see %1 %2</source>
        <translation>已被更新：应急响应已调整为%3级，见 %1 %2 的通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="142"/>
        <source>acknowledgement reply</source>
        <translation>回复“收到”</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="143"/>
        <source>with a promise or a time</source>
        <translation>有安排或时间</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="150"/>
        <source>flattery reply</source>
        <translation>客套回复</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="151"/>
        <source>chit-chat</source>
        <translation>闲聊</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="152"/>
        <source>sticker or emoji</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="153"/>
        <source>red packet</source>
        <translation>红包</translation>
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
        <translation>回复：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="158"/>
        <source>report back</source>
        <translation>情况回报</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="163"/>
        <source>you moved this sender&apos;s like here out of Noise before</source>
        <translation>您曾把此人在本群的同类消息移出“闲聊”</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="166"/>
        <source>you moved this sender&apos;s like here to Noise before</source>
        <translation>您曾把此人在本群的同类消息移到“闲聊”</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="171"/>
        <source>addresses you by name</source>
        <translation>点名叫我</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="173"/>
        <source>names your unit (%1)</source>
        <translation>点名本单位（%1）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="242"/>
        <source>you moved this group&apos;s messages up before</source>
        <translation>您曾调高此群的消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="245"/>
        <source>you moved this group&apos;s messages down before</source>
        <translation>您曾调低此群的消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="248"/>
        <source>you moved this sender&apos;s messages up before</source>
        <translation>您曾调高此人的消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="251"/>
        <source>you moved this sender&apos;s messages down before</source>
        <translation>您曾调低此人的消息</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="258"/>
        <source>you marked this group important</source>
        <translation>您将此群设为重要</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="259"/>
        <source>you marked this group low priority</source>
        <translation>您将此群设为次要</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="264"/>
        <source>your administrator made this group important</source>
        <translation>管理员将此群设为重要</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="265"/>
        <source>your administrator made this group low priority</source>
        <translation>管理员将此群设为次要</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="273"/>
        <source>you replied %1 · past due</source>
        <translation>已回复 %1 · 已过截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="274"/>
        <source>you confirmed %1 · past due</source>
        <translation>已确认 %1 · 已过截止</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="279"/>
        <source>you replied %1 · time passed</source>
        <translation>已回复 %1 · 时间已过</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="280"/>
        <source>you confirmed %1 · time passed</source>
        <translation>已确认 %1 · 时间已过</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="284"/>
        <source>edited by its sender: it now asks sooner</source>
        <translation>发送人已修改：要求提前</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="285"/>
        <source>edited by its sender: it now asks for more</source>
        <translation>发送人已修改：新增要求</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="159"/>
        <source>corrected by you</source>
        <translation>我手动归类</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="64"/>
        <source>has a request, no deadline</source>
        <translation>有工作要求（未定时限）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="75"/>
        <source>overdue by %1 d</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="110"/>
        <source>next due %1</source>
        <translation>下一时限 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="146"/>
        <source>a “got it” reply, not matched to a notice</source>
        <translation>一条“收到”，没找到它回复的是哪条通知</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="147"/>
        <source>a “got it” reply, not matched to a notice; before it in the group: %1</source>
        <translation>一条“收到”，没找到它回复的是哪条通知；群里上一条是：%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="169"/>
        <source>a question put to you</source>
        <translation>向我提问</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="174"/>
        <source>a question to the group</source>
        <translation>群内提问</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="175"/>
        <source>for information only</source>
        <translation>仅供知悉</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="176"/>
        <source>routine report</source>
        <translation>例行报送</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="177"/>
        <source>sign-up chain</source>
        <translation>接龙报名</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../desk/ui/reply_box.py" line="387"/>
        <source>Your reply (Ctrl+Enter sends, Esc closes)</source>
        <translation>回复内容（Ctrl+Enter 发送，Esc 关闭）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="389"/>
        <source>Your reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="395"/>
        <location filename="../desk/ui/reply_box.py" line="418"/>
        <source>Send</source>
        <translation>发送</translation>
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
        <translation>回复收到</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="400"/>
        <source>Sends 收到 as a reply to this message</source>
        <translation>回复这条消息“收到”</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="401"/>
        <location filename="../desk/ui/reply_box.py" line="412"/>
        <location filename="../desk/ui/reply_box.py" line="417"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="402"/>
        <source>Esc; what you wrote waits for this card</source>
        <translation>Esc；已写的内容留在这张卡片上，下次回复时还在</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="407"/>
        <source>Reply 收到, or close the box (Esc)</source>
        <translation>回复收到，或关闭回复框（Esc）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="436"/>
        <source>Reply… (R)</source>
        <translation>回复…（R）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="438"/>
        <source>Reply 收到 (Shift+R)</source>
        <translation>回复收到（Shift+R）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="445"/>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="482"/>
        <source>Your own message: there is nothing to confirm.</source>
        <translation>这是您自己发出的消息，无需回复收到。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="596"/>
        <source>Reply to %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="615"/>
        <source>Replying as %1 · %2</source>
        <translation>以 %1 回复 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="652"/>
        <source>Goes to “%1”</source>
        <translation>发到“%1”</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="715"/>
        <source>Write a reply first, or use Reply 收到.</source>
        <translation>请先写回复内容，或者用“回复收到”。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="749"/>
        <source>You have replied 收到 to this message already.</source>
        <translation>这条消息你已经回复过“收到”了。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="752"/>
        <source>You have replied to this message already: no 收到 was sent.</source>
        <translation>这条消息你已经回复过了，没有再发“收到”。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="787"/>
        <source>desk cannot write in an end-to-end encrypted group yet.</source>
        <translation>desk 暂时还不能在端到端加密的群里发言。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="789"/>
        <source>This message was withdrawn: there is nothing to reply to.</source>
        <translation>这条消息已撤回，无法回复。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="871"/>
        <source>Sent: reply to %1 in “%2”.</source>
        <translation>已发送：回复 %1（“%2”）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="873"/>
        <source>Sent: confirmed the DING from %1, replied 收到 in “%2”.</source>
        <translation>已发送：已确认 %1 的 DING 并回复“收到”（“%2”）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="875"/>
        <source>Sent: 收到 to %1 in “%2”.</source>
        <translation>已发送：回复 %1“收到”（“%2”）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="829"/>
        <source>You are no longer in “%1”: a reply cannot go there.</source>
        <translation>你已不在“%1”里，回复发不过去。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="648"/>
        <source>Goes to “%1” only, not to %2, where this notice also is</source>
        <translation>只发到“%1”，不发到%2（这条通知也在那里）</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="813"/>
        <source>Waiting to send: reply to %1 in “%2”.</source>
        <translation>待发送：回复 %1（“%2”）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="815"/>
        <source>Waiting to send: 收到 to %1 in “%2”, confirming the DING.</source>
        <translation>待发送：回复 %1“收到”以确认 DING（“%2”）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="817"/>
        <source>Waiting to send: 收到 to %1 in “%2”.</source>
        <translation>待发送：回复 %1“收到”（“%2”）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="833"/>
        <source>The message is no longer stored: there is nothing to reply to.</source>
        <translation>这条消息已不在本机，无法回复。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="835"/>
        <source>The reply was not queued (%1).</source>
        <translation>回复没有排进发送队列（%1）。</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="895"/>
        <source>Your reply did not reach “%1”: the server refused it (in a group where only its admins may post, members cannot answer there). What you wrote is kept; reply to %2 another way, by phone or in person.</source>
        <translation>你的回复没能发到“%1”：服务器拒收（全员禁言的群里只有管理员能发言，成员无法回复）。写好的内容已保留；请用电话或当面回复%2。</translation>
    </message>
</context>
<context>
    <name>Ringing</name>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1210"/>
        <source>%n DINGs to confirm</source>
        <translation>
            <numerusform>%n 条 DING 待确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1212"/>
        <source>%n urgent items to confirm</source>
        <translation>
            <numerusform>%n 条紧急事项待确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1214"/>
        <source>%n DINGs and urgent items to confirm</source>
        <translation>
            <numerusform>%n 条 DING 和紧急事项待确认</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <location filename="../desk/ui/notifier.py" line="418"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="419"/>
        <source>Confirm this DING (A)</source>
        <translation>确认这条 DING（A）</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="420"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="421"/>
        <source>Open it in desk to read it first (O)</source>
        <translation>在 desk 中打开，先看内容（O）</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="488"/>
        <source>Confirming…</source>
        <translation>正在确认…</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="493"/>
        <source>Not confirmed: desk could not save it (%1). It will alert again.</source>
        <translation>未确认：desk 未能保存（%1）。它还会再提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="498"/>
        <source>Retry</source>
        <translation>重试</translation>
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
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="761"/>
        <location filename="../desk/ui/inbox_delegate.py" line="667"/>
        <location filename="../desk/ui/inbox_delegate.py" line="778"/>
        <source>unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../desk/ui/inbox_delegate.py" line="695"/>
        <source>DING unconfirmed</source>
        <translation>DING未确认</translation>
    </message>
</context>
<context>
    <name>SentDingDeadlines</name>
    <message>
        <location filename="../desk/app/sent_deadlines.py" line="153"/>
        <source>DING deadline %1 passed</source>
        <translation>DING 已过截止时间 %1</translation>
    </message>
    <message>
        <location filename="../desk/app/sent_deadlines.py" line="156"/>
        <source>%n not yet confirmed “%1” in %2. DING → DINGs I sent… can DING them again.</source>
        <translation>%2 中仍有 %n 人未确认“%1”。可在“DING → 我发出的 DING…”中再次 DING 他们。</translation>
    </message>
</context>
<context>
    <name>ServerReason</name>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="9"/>
        <source>no connection to the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="10"/>
        <source>the server&apos;s certificate is not trusted on this computer: ask IT to install your organisation&apos;s CA certificate</source>
        <translation>服务器证书不受本机信任：请信息化部门把单位 CA 证书装入系统证书库</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="17"/>
        <source>cannot connect to the proxy server: check the proxy settings or ask IT</source>
        <translation>无法连接代理服务器，请检查代理设置或联系信息部门</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="21"/>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="22"/>
        <source>server asked to slow down</source>
        <translation>服务器繁忙，要求稍后再试</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="23"/>
        <source>the server&apos;s answer could not be read</source>
        <translation>服务器的回复无法读取</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="24"/>
        <source>the server turned the request down</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="25"/>
        <source>too large for the server</source>
        <translation>超出服务器允许的大小</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="26"/>
        <source>no Matrix server answers at this address: check it with IT</source>
        <translation>该地址没有 Matrix 服务器响应，请向信息化部门核实地址</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="29"/>
        <source>this account&apos;s server does not offer it</source>
        <translation>此账号的服务器不支持该操作</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="30"/>
        <source>syncing failed; the log file says where</source>
        <translation>同步出错，请联系信息化部门查看日志</translation>
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
        <translation>desk 设置</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="155"/>
        <source>Quiet hours</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="156"/>
        <source>Break through</source>
        <translation>始终提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="157"/>
        <source>Groups</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="158"/>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="160"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="169"/>
        <source>Settings shown greyed out are set by your administrator.</source>
        <translation>灰色显示的设置由管理员统一设定。</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/settings_dialog.py" line="235"/>
        <source>Your administrator&apos;s policy file %1 has %n problem(s), in %2: those settings keep their defaults (or the part of them that is sound), and the rest of the policy applies. IT can list them with:</source>
        <translation>
            <numerusform>管理员下发的统一配置文件 %1 有 %n 处问题（%2）：这些设置按默认值（或其中无误的部分）生效，其余设置照常生效。信息化部门可运行以下命令列出问题：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="274"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="275"/>
        <source>&amp;Discard changes</source>
        <translation>丢弃更改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="276"/>
        <source>&amp;Back to the settings</source>
        <translation>返回设置(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="449"/>
        <source>Set by your administrator</source>
        <translation>由管理员设定</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="456"/>
        <source>Hold ordinary notifications during quiet hours</source>
        <translation>免打扰时段内暂缓普通消息的提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="471"/>
        <source>Click a cell, or drag across cells, to change them. Keys: the arrows move, Space changes a half hour, Shift+arrows mark a block for Space to change.</source>
        <translation>点击或拖动格子即可修改。键盘：方向键移动，空格键切换一个半小时，Shift+方向键选出一块区域后按空格键一起切换。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="498"/>
        <source>Statutory holidays are quiet all day</source>
        <translation>法定节假日全天免打扰</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="546"/>
        <source>Extra days off (quiet all day):</source>
        <translation>其他休息日（全天免打扰）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="265"/>
        <source>Save the changes you made to the settings?</source>
        <translation>是否保存您对设置所做的更改？</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="226"/>
        <source>Your administrator&apos;s policy does not apply: %1. Every setting is desk&apos;s default or your own. IT can check the file with:</source>
        <translation>管理员策略未生效：%1。所有设置均为 desk 的默认值或您自己的设置。信息化部门可用以下命令检查该文件：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="316"/>
        <source>A name of one character (%1) would be found inside other words too. Write two characters or more, such as %1主任.</source>
        <translation>单字称呼（%1）会在别的词里也被认出来。请写两个字以上，例如%1主任。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="323"/>
        <source>Names of one character (%1) would be found inside other words too. Write two characters or more, such as %2主任.</source>
        <translation>单字称呼（%1）会在别的词里也被认出来。请写两个字以上，例如%2主任。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="332"/>
        <source>%1 alone is everyone&apos;s who holds that title: 张%1 and 各位%1 would be read as you. Write it with your surname, such as 方%1.</source>
        <translation>单写“%1”，张%1、各位%1都会被认作在叫您。请连同姓氏一起写，例如方%1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="339"/>
        <source>%1 alone are everyone&apos;s who hold those titles: 张%2 and 各位%2 would be read as you. Write each with your surname, such as 方%2.</source>
        <translation>单写“%1”，张%2、各位%2等都会被认作在叫您。请每个都连同姓氏一起写，例如方%2。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="391"/>
        <source>Not saved (%1). Your choices are still here: press OK to try again.</source>
        <translation>未能保存（%1）。您的设置仍保留在此，请按“确定”重试。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="461"/>
        <source>Blue cells are quiet. Urgent items, DINGs and the people and groups on the break-through list always come through.</source>
        <translation>蓝色格子为免打扰时段。紧急事项、DING 以及“始终提醒”名单中的人和群始终会提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="486"/>
        <source>Make-up working days as Monday to Friday</source>
        <translation>调休上班日同周一至周五</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/settings_dialog.py" line="505"/>
        <source>desk does not have the official holiday schedule(s) for %1 yet, so quiet hours assume Monday to Friday working days with only the holidays that can be foreseen (New Year&apos;s Day, Qingming, 1–5 May, the Dragon Boat Festival, the Mid-Autumn Festival, 1–7 October, and Spring Festival&apos;s eve to its seventh day). Add any other days off and make-up working days below, or ask IT for a policy that includes the schedule(s).</source>
        <translation>
            <numerusform>尚未获得 %1 年的官方节假日安排：免打扰暂按周一至周五上班，只按能预先确定的节假日放假（元旦、清明、5月1日至5日、端午、中秋、10月1日至7日、除夕至正月初七）。请在下方添加其他休息日和调休上班日，或请信息化部门下发包含该安排的统一配置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="530"/>
        <source>Day off to add</source>
        <translation>要添加的休息日</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="539"/>
        <source>Working day to add</source>
        <translation>要添加的调休上班日</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="547"/>
        <source>Extra working days (quiet as make-up days):</source>
        <translation>调休上班日（免打扰按网格中“调休上班日”一行）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="592"/>
        <source>By this schedule it is quiet now, until %1.</source>
        <translation>按此安排，现在正处于免打扰，至 %1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="596"/>
        <source>By this schedule quiet hours begin %1, all day.</source>
        <translation>按此安排，%1全天免打扰。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="600"/>
        <source>By this schedule quiet hours begin at %1.</source>
        <translation>按此安排，%1 起免打扰。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="612"/>
        <source>You turned quiet hours on from the status bar, until %1.</source>
        <translation>你已在状态栏开启免打扰，至 %1。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="615"/>
        <source>You paused quiet hours from the status bar: every message notifies until %1.</source>
        <translation>你已在状态栏暂停免打扰：%1 前每条消息都会提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="652"/>
        <source>%1 is already an extra working day. A day cannot be both a day off and a working day: remove it there first.</source>
        <translation>%1 已在调休上班日中。同一天不能既是休息日又是上班日：请先从那里删除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="657"/>
        <source>%1 is already an extra day off. A day cannot be both a day off and a working day: remove it there first.</source>
        <translation>%1 已在其他休息日中。同一天不能既是休息日又是上班日：请先从那里删除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="663"/>
        <source>%1 is already a working day as desk expects that year&apos;s calendar (its official table is missing), so it was not added. Make-up working days are the Saturdays and Sundays the office works.</source>
        <translation>%1 按预计的安排本来就是工作日（该年的官方假日安排尚缺），未添加。调休上班日是单位要上班的周六、周日。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="669"/>
        <source>%1 is already a working day on the official calendar, so it was not added. Make-up working days are the Saturdays and Sundays the office works.</source>
        <translation>%1 在官方日历上本来就是工作日，未添加。调休上班日是单位要上班的周六、周日。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="674"/>
        <source>%1 is a holiday (%2) as desk expects that year&apos;s calendar (its official table is missing), so it was not added: desk does not make a holiday a working day.</source>
        <translation>%1 按预计的安排是节假日（%2；该年的官方假日安排尚缺），未添加：desk 不会把节假日改为上班日。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="680"/>
        <source>%1 is a holiday (%2) on the official calendar, so it was not added: desk does not make a holiday a working day.</source>
        <translation>%1 在官方日历上是节假日（%2），未添加：desk 不会把节假日改为上班日。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="685"/>
        <source>%1 is already a holiday (%2). Added anyway: it will be quiet all day, even if holidays are not.</source>
        <translation>%1 本来就是节假日（%2）。仍已添加：即使节假日未设为全天免打扰，这一天也全天免打扰。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="690"/>
        <source>%1 is a weekend day, already a day off. Added anyway: it will be quiet all day, not only in the hours of its row in the grid.</source>
        <translation>%1 是周末，本来就休息。仍已添加：这一天将全天免打扰，而不只是网格中该行的时段。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="703"/>
        <source>During quiet hours, still show replies to urgent items I sent</source>
        <translation>免打扰时仍提醒对我发出的紧急事项的回复</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="707"/>
        <source>Replies and confirmations to your own DINGs, and to your notices that are urgent or due before quiet hours end, pop up without sound until 2 hours after their due time (12 hours after sending if they set none). The replies to one item share one pop-up.</source>
        <translation>您自己发出的 DING，以及紧急或在免打扰结束前截止的通知，其回复和确认在免打扰期间仍会弹出提醒（不响铃），直到截止时间后 2 小时（未设截止时间的，发出后 12 小时）。同一事项的回复合并为一条提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="726"/>
        <source>People who always get through</source>
        <translation>消息始终提醒的人</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="727"/>
        <source>Groups that always get through</source>
        <translation>消息始终提醒的群</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="732"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="746"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="747"/>
        <source>Notify</source>
        <translation>提醒方式</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="748"/>
        <source>At most one per (minutes)</source>
        <translation>最短提醒间隔（分钟）</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="749"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="757"/>
        <source>Important: this group&apos;s messages rank higher in the inbox, and a borderline one counts as a task; Low: they rank lower. Urgent items always come through. Applies at once to the group&apos;s open messages, without changing their tier.</source>
        <translation>重要：此群的消息在收件箱中排得更靠前，处于边界的消息算作待办；次要：排得更靠后。紧急事项始终会送达。设置后立即作用于此群未处理的消息，但不改变它们的分级。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="763"/>
        <source>Everything that matters</source>
        <translation>重要消息都提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="764"/>
        <source>Only @me and urgent</source>
        <translation>仅@我的和紧急消息</translation>
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
        <translation>%1 的优先级</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="821"/>
        <source>Your moves of this group&apos;s cards between Action and Info rank its messages a little higher than %1 alone. Choosing a priority here, even the same one, clears that.</source>
        <translation>你把此群的消息在“待办”和“通知”之间手动移过，它的消息因此比“%1”略靠前。在这里再选一次优先级（即使不变）即可清除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="827"/>
        <source>Your moves of this group&apos;s cards between Action and Info rank its messages a little lower than %1 alone. Choosing a priority here, even the same one, clears that.</source>
        <translation>你把此群的消息在“待办”和“通知”之间手动移过，它的消息因此比“%1”略靠后。在这里再选一次优先级（即使不变）即可清除。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="862"/>
        <source>Escalate urgent items like DINGs</source>
        <translation>紧急事项也像 DING 一样反复提醒</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="866"/>
        <source>Alert again every:</source>
        <translation>重复提醒间隔：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="868"/>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="869"/>
        <source>Flash the taskbar and tray after:</source>
        <translation>多久后闪烁任务栏和托盘：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="871"/>
        <source>Stop alerting after:</source>
        <translation>多久后停止提醒：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="875"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="878"/>
        <source>A DING whose text names no time is to be confirmed within this many minutes of being posted: its banner and alerts say by when, and desk reminds you once more 10 minutes before. Its card&apos;s deadline does not change.</source>
        <translation>文字中未写明时间的 DING，应在发出后这么多分钟内确认：横幅和提醒会写明应在何时前确认，并在此前 10 分钟再提醒一次。卡片上的截止时间不变。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="883"/>
        <source>A DING is to be confirmed within:</source>
        <translation>DING 应在多少分钟内确认：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="919"/>
        <source>The first flash comes with the alert at %1 min; the alerts cannot stop before it.</source>
        <translation>第一次闪烁在第 %1 分钟的提醒时出现；停止提醒不能早于此时。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="933"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="951"/>
        <source>Language (after a restart):</source>
        <translation>界面语言（重启后生效）：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1010"/>
        <source>Not set: going by your names in the groups, %1</source>
        <translation>未填写：按您的群名片看作 %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1014"/>
        <source>My unit:</source>
        <translation>本单位：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1020"/>
        <source>The name as the groups write it; several separated by 、 (桐坪镇、桐坪). A roll call then says first whether your unit has reported, and a message asking it to act or report ranks as a task.</source>
        <translation>按群里的写法填写，多个名称用“、”隔开（桐坪镇、桐坪）。填写后，催报统计会先显示本单位是否已报；点名要求本单位办理或报送的消息列为待办。</translation>
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
        <translation>除账号名称 %1 之外</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1046"/>
        <source>Colleagues also call me:</source>
        <translation>别人这样称呼我：</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1052"/>
        <source>The names colleagues write after @ for you, separated by commas, 、 or spaces (王主任、小王). A new message that @s one of them is marked @you; messages already here stay as they were sorted.</source>
        <translation>同事 @ 您时用的其他称呼，用逗号、顿号或空格分隔（王主任、小王）。此后新到的消息 @ 其中任何一个，都标为“@我”；已有的消息保持原来的分类。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1116"/>
        <source>Normal (100 %)</source>
        <translation>标准（100%）</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1117"/>
        <source>Large (125 %)</source>
        <translation>较大（125%）</translation>
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
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="741"/>
        <source>How each group notifies and ranks</source>
        <translation>各群的提醒方式与优先级</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="766"/>
        <source>Never, but DINGs (muted)</source>
        <translation>不提醒（静音；DING 照常提醒）</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="854"/>
        <source>An unconfirmed DING alerts at once, then again on this ladder until you confirm it or it stops alerting, and once more 10 minutes before it is due (or is to be confirmed); until you confirm it, it stays pinned at the top of Urgent.</source>
        <translation>未确认的 DING 会立即提醒，之后按以下节奏反复提醒，直到您确认或到达“停止提醒”的时间；在截止（或应确认）时间前 10 分钟还会再提醒一次。在您确认之前，它一直置顶在“紧急”中。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="958"/>
        <source>Show notifications without message text</source>
        <translation>弹出提醒中不显示消息内容</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="961"/>
        <source>For shared screens, and because the operating system keeps notification text unencrypted.</source>
        <translation>适用于多人共用的电脑；此外，操作系统保存提醒内容时不加密。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="966"/>
        <source>Play a sound</source>
        <translation>播放提示音</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="968"/>
        <source>Start desk when I sign in to this computer</source>
        <translation>登录电脑时自动启动 desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="970"/>
        <source>So DINGs and urgent items reach you even if you did not open desk.</source>
        <translation>即使您没有打开 desk，DING 和紧急事项也能及时送达。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="979"/>
        <source>Sounds cannot play on this computer (no audio output desk can use). DINGs and urgent items still flash the taskbar and show pop-ups.</source>
        <translation>本机无法播放提示音（没有 desk 可用的音频输出）。DING 和紧急消息仍会闪烁任务栏并弹出提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="990"/>
        <source>desk now starts at sign-in with another data folder (%1). Tick this to start this one instead.</source>
        <translation>目前开机自动启动的是另一个数据文件夹（%1）的 desk。勾选此项，改为自动启动当前这个。</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../desk/app/settings_flow.py" line="48"/>
        <source>desk settings</source>
        <translation>desk 设置</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="49"/>
        <source>The new language applies when desk starts again. Restart desk now? desk comes back to the view and message you are on, with what you were writing and the window&apos;s layout.</source>
        <translation>新的界面语言在 desk 重新启动后生效。现在重启 desk 吗？重启后回到当前的视图和消息，正在填写的回复和窗口布局都会保留。</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="58"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="59"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desk/ui/shortcuts_dialog.py" line="63"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../desk/ui/shortcuts_dialog.py" line="76"/>
        <source>More below: scroll down.</source>
        <translation>下面还有：请向下滚动。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../desk/ui/sidebar.py" line="91"/>
        <source>%1 is end-to-end encrypted: desk cannot read its messages yet.</source>
        <translation>%1 已启用端到端加密：desk 暂时无法读取其中的消息。</translation>
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
        <translation>（静音）%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="103"/>
        <source>%1 is muted: its messages come into the inbox without a notification.</source>
        <translation>%1 已静音：消息照常进入收件箱，但不弹出提醒。</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="110"/>
        <source>(left) %1</source>
        <translation>（已不在群中）%1</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="114"/>
        <source>You are no longer in %1: its messages are kept, nothing new comes.</source>
        <translation>您已不在“%1”中：已有消息保留，不会再收到新消息。</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="181"/>
        <source>Views and groups</source>
        <translation>分类和群</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="187"/>
        <source>Views</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="188"/>
        <source>Groups</source>
        <translation>群</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="343"/>
        <source>%n unread message(s) in this group, copies and replies included</source>
        <translation>
            <numerusform>本群 %n 条未读消息（含转发副本和回复）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="422"/>
        <source>%n unread of %1 arrived</source>
        <translation>
            <numerusform>%n 条未读，共新到 %1 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="437"/>
        <source>Due today %1 · overdue %2 (not done yet)</source>
        <comment>a view&apos;s count</comment>
        <translation>今日到期 %1 · 已逾期 %2（未办完）</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="442"/>
        <source>%n not done yet, read or not</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>未办完 %n 条（已读未读都算）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="445"/>
        <source>%n of them unread</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>其中未读 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="447"/>
        <source>All of them read</source>
        <comment>a view&apos;s count</comment>
        <translation>都已读过</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="453"/>
        <source>%n unread</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>未读 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="491"/>
        <source>%n held while quiet</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>暂缓 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desk/app/gui.py" line="61"/>
        <source>The database exists but its key file desk.key is missing. desk will not create a new database over it: restore desk.key from a backup.</source>
        <translation>找不到数据库的密钥文件 desk.key，无法打开数据。为保护现有数据，desk 不会新建数据库覆盖它。请从备份恢复 desk.key，或联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="65"/>
        <source>The key file %1 is damaged, so the database cannot be opened. Restore desk.key from a backup of that folder; nothing was changed.</source>
        <translation>密钥文件 %1 已损坏，无法打开数据库，现有数据未作任何改动。请从该文件夹的备份中恢复 desk.key，或联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="69"/>
        <source>desk cannot read its key file %1: %2. Check the file&apos;s permissions, or close the program holding it, then start desk again; nothing was changed.</source>
        <translation>desk 无法读取密钥文件 %1：%2。请检查该文件的访问权限，或关闭正在占用它的程序，然后重新启动 desk。现有数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="73"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>本机数据密码不正确，请重新输入（数据未作任何改动）。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="74"/>
        <source>A passphrase is needed.</source>
        <translation>需要输入密码。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="75"/>
        <source>The system keychain no longer holds the key of this database.</source>
        <translation>系统凭据存储中已找不到本机数据的密钥，无法打开数据。请联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="78"/>
        <source>The database does not open with its key file: the file may be damaged, or desk.key comes from another folder. Nothing was changed: restore desk&apos;s folder from a backup.</source>
        <translation>本机数据与其密钥文件对不上：数据文件可能已损坏，或 desk.key 来自别的文件夹。未作任何改动：请从备份恢复 desk 的数据文件夹，或联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="82"/>
        <source>The database file is damaged, so it cannot be opened. Nothing was changed: restore desk&apos;s folder from a backup.</source>
        <translation>本机数据文件已损坏，无法打开。未作任何改动：请从备份恢复 desk 的数据文件夹，或联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="86"/>
        <source>desk cannot read or write its database: the disk may be full or failing. Free some space and start desk again; nothing was changed.</source>
        <translation>desk 无法读写本机数据：磁盘可能已满或出现故障。请清理磁盘空间后重新启动 desk；数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="90"/>
        <source>desk cannot open its database %1: %2. Check its permissions (and those of desk.db-wal and desk.db-shm beside it), or close the program holding it, then start desk again; nothing was changed.</source>
        <translation>desk 无法打开数据库 %1：%2。请检查该文件（及同目录下 desk.db-wal、desk.db-shm）的访问权限，或关闭正在占用它的程序，然后重新启动 desk。现有数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="94"/>
        <source>The system keychain, which holds this database&apos;s key, is not available or is locked. Unlock it, or log in to the computer again, then start desk. If desk&apos;s folder was copied here from another computer or user, its key stayed in that keychain: ask IT.</source>
        <translation>存放这份数据库密钥的系统凭据存储无法使用或已锁定。请解锁，或重新登录电脑，然后再启动 desk。如果 desk 的文件夹是从另一台电脑或另一个用户那里复制来的，它的密钥还留在那边的凭据存储里：请联系 IT。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="98"/>
        <source>desk could not open its database; nothing was changed. The log in desk&apos;s folder (logs/desk.log) says more: please contact IT.</source>
        <translation>desk 无法打开本机数据，未作任何改动。desk 数据文件夹中的日志（logs/desk.log）有详细原因，请联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="102"/>
        <source>Another program has been holding desk&apos;s data for a long time: another desk opening it, or a backup or antivirus scan. Close it or wait until it has finished, then start desk again; nothing was changed.</source>
        <translation>另一个程序长时间占用着 desk 的数据：可能是另一个正在打开它的 desk，也可能是备份或杀毒扫描。请关闭该程序或等它完成后，再启动 desk；现有数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="106"/>
        <source>This database was written by a newer desk. Update desk to open it; nothing was changed.</source>
        <translation>此数据库由更新版本的 desk 写入。请升级 desk 后再打开；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="24"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="25"/>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="26"/>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="27"/>
        <source>it is not a file (a pipe or a device)</source>
        <translation>它不是普通文件（而是管道或设备）</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="113"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="114"/>
        <source>You have no permission to write %1.</source>
        <translation>您没有写入 %1 的权限。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="115"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 位于只读磁盘上。</translation>
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
        <translation>正在检查本机数据（运行时发现过损坏）…
这可能需要一分钟。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="154"/>
        <source>Opening the database…
After an update of desk this can take a minute.</source>
        <translation>正在加载数据…
升级 desk 后首次打开可能需要一分钟左右。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="177"/>
        <source>desk cannot keep its data in the folder %1: %2 belongs to %3, not to you (%4). Was a backup restored as %3?

Ask your IT staff to give it back to you: %5</source>
        <translation>desk 无法在文件夹 %1 中保存数据：%2 属于 %3，而不属于您（%4）。是否以 %3 身份恢复过备份？

请信息化部门把它归还给您：%5</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="195"/>
        <source>desk cannot keep its data in the folder %1.

%2

Choose another folder with --data-dir or DESK_DATA_DIR, or ask your IT staff.</source>
        <translation>desk 无法在文件夹 %1 中保存数据。

%2

请用 --data-dir 或 DESK_DATA_DIR 另选文件夹，或联系信息化部门。</translation>
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
        <translation>不会删除任何文件，但旧文件只有用原来的密码才能再次打开：没有原密码，任何人（包括信息化部门）都无法打开。确定不再需要后，可以删除该文件夹。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="237"/>
        <source>Nothing is deleted, but the old files open again only if what they lack comes back (their key, or a repair by IT staff). Once you are sure you no longer need them, you may delete that folder.</source>
        <translation>不会删除任何文件，但旧文件只有在所缺的东西找回之后（它们的密钥，或经信息化部门修复）才能再次打开。确定不再需要后，可以删除该文件夹。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="248"/>
        <source>To start afresh, desk moves the database and its key into a new folder, set-aside-&lt;date&gt;-&lt;time&gt;, in %1 and starts with an empty inbox. Add your accounts again: their messages come back from the server. What only this computer knew (read, done, confirmed, your settings) stays in the old files.</source>
        <translation>如选择重新开始，desk 会把数据库及其密钥移到 %1 中的一个新文件夹 set-aside-&lt;日期&gt;-&lt;时间&gt;，并以空的收件箱启动。请重新添加账号，消息会从服务器重新获取。只有本机知道的内容（已读、已办、已确认、您的设置）保留在旧文件中。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="259"/>
        <source>Start afresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="261"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="267"/>
        <source>Back to the passphrase</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="281"/>
        <source>desk could not move its database aside (%1). Close every desk window and try again, or ask your IT staff.</source>
        <translation>desk 无法移开其数据库（%1）。请关闭所有 desk 窗口后重试，或联系信息化部门。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="311"/>
        <source>The passphrase in DESK_PASSPHRASE was refused: it may be the one before a change. Type the current one, and change or remove DESK_PASSPHRASE.</source>
        <translation>环境变量 DESK_PASSPHRASE 中的密码不正确，可能是更改前的旧密码。请输入当前密码，并修改或删除 DESK_PASSPHRASE。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="374"/>
        <source>Without its passphrase nothing can open this database: desk keeps no other copy of its key.</source>
        <translation>没有密码，任何方式都无法打开此数据库：desk 不保存密钥的其他副本。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="521"/>
        <source>desk is already running on this computer, but it is not responding. Wait a minute and start desk again. If it still does not respond, end desk in the Task Manager (or log out and back in): what it had saved is kept.</source>
        <translation>desk 已在本机运行，但没有响应。请稍等一分钟后再启动 desk。如果仍无响应，请在任务管理器中结束 desk（或注销后重新登录）：已保存的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="407"/>
        <source>The administrator&apos;s policy does not apply (%1); desk runs on its defaults and your own settings.</source>
        <translation>管理员策略未生效（%1）；desk 按默认设置和您自己的设置运行。</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="416"/>
        <source>The administrator&apos;s policy has %1 problem(s); the rest applies.</source>
        <translation>管理员下发的统一配置中有 %1 处问题，其余设置已生效。请联系信息化部门。</translation>
    </message>
</context>
<context>
    <name>StoreOps</name>
    <message>
        <location filename="../desk/ui/ops.py" line="26"/>
        <source>can&apos;t write the local database: it is read-only</source>
        <translation>本机数据为只读，无法写入，请联系信息化部门</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="27"/>
        <source>the local database is busy</source>
        <translation>本机数据正忙，请稍后再试</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="28"/>
        <source>the disk is full</source>
        <translation>磁盘已满，请清理磁盘空间</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="29"/>
        <source>the local database is damaged: restore desk&apos;s folder from a backup</source>
        <translation>本机数据已损坏，请联系信息化部门从备份恢复 desk 数据文件夹</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="32"/>
        <source>the disk holding the local database cannot be read or written</source>
        <translation>本机数据所在的磁盘无法读写</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="35"/>
        <source>the local database failed</source>
        <translation>本机数据读写出错，请联系信息化部门</translation>
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
        <translation>已同步 · %1</translation>
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
        <translation>登录已失效</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="51"/>
        <source>Sync stopped: the local database is damaged.</source>
        <translation>同步已停止：本机数据已损坏。</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="57"/>
        <source>Offline (%1), not synced since desk started</source>
        <translation>离线（%1），本次启动后尚未同步</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="63"/>
        <source>Offline (%1), last synced %2</source>
        <translation>离线（%1），上次同步 %2</translation>
    </message>
</context>
<context>
    <name>ViewsButton</name>
    <message>
        <location filename="../desk/ui/views_button.py" line="29"/>
        <source>Views and groups</source>
        <translation>分类和群</translation>
    </message>
    <message>
        <location filename="../desk/ui/views_button.py" line="30"/>
        <source>Views and groups (the window is too narrow to list them)</source>
        <translation>分类和群（窗口太窄，左侧列表收在这里）</translation>
    </message>
</context>
<context>
    <name>WarningLevel</name>
    <message>
        <location filename="../desk/ui/reason_text.py" line="234"/>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="235"/>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="236"/>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="237"/>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../desk/ui/reason_text.py" line="224"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="225"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="226"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="227"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="228"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="229"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="230"/>
        <source>Sun</source>
        <translation>周日</translation>
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
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="103"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="104"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="105"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="106"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="107"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="108"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="109"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="110"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="111"/>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="112"/>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="113"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="114"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="115"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="116"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="117"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须有一个</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="118"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="119"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了明确给出的参数 %r</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="120"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="128"/>
        <source>{heading}:</source>
        <translation>{heading}：</translation>
    </message>
</context>
</TS>
