<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="43"/>
        <source>About desk</source>
        <translation>About desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="44"/>
        <source>desk %1</source>
        <translation>desk %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="50"/>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="51"/>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="84"/>
        <source>Administrator policy: none of it applies: %1</source>
        <translation>Administrator policy: none of it applies: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="90"/>
        <source>Administrator policy: %1</source>
        <translation>Administrator policy: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="79"/>
        <source>Administrator policy: none (desk reads %1)</source>
        <translation>Administrator policy: none (desk reads %1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="52"/>
        <source>Logs: %1</source>
        <translation>Logs: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="54"/>
        <source>Qt: %1 (PySide6 %2)</source>
        <translation>Qt: %1 (PySide6 %2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="55"/>
        <source>Python: %1</source>
        <translation>Python: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="56"/>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="68"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/about_dialog.py" line="86"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="88"/>
        <source>Administrator policy: %1 (%2; the rest applies)</source>
        <translation>Administrator policy: %1 (%2; the rest applies)</translation>
    </message>
    <message>
        <location filename="../desk/ui/about_dialog.py" line="98"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="57"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="57"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="67"/>
        <source>The server of the account that signs in again.</source>
        <translation>The server of the account that signs in again.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="69"/>
        <source>Set by your site&apos;s policy: accounts are added on this server only.</source>
        <translation>Set by your site&apos;s policy: accounts are added on this server only.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="75"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="76"/>
        <source>User id:</source>
        <translation>User id:</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="77"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="78"/>
        <source>Remove the demo workspace</source>
        <translation>Remove the demo workspace</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="87"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="103"/>
        <source>The server no longer accepts this account&apos;s sign-in: enter the password.</source>
        <translation>The server no longer accepts this account&apos;s sign-in: enter the password.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="124"/>
        <source>Enter the server address, starting with https://</source>
        <translation>Enter the server address, starting with https://</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="128"/>
        <source>Enter your user id, like @zhangsan:example.gov.cn or zhangsan</source>
        <translation>Enter your user id, like @zhangsan:example.gov.cn or zhangsan</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="131"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="135"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="172"/>
        <source>The server refused this user id and password.</source>
        <translation>The server refused this user id and password.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="185"/>
        <source>Signing in failed: no connection to the server over https://.
Check the address and port.
If the server uses http://, enter the address with http:// in front.</source>
        <translation>Signing in failed: no connection to the server over https://.
Check the address and port.
If the server uses http://, enter the address with http:// in front.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="191"/>
        <source>Signing in failed: no connection to the server.
Check the address and port.
Check also which the server uses: https:// or http://.</source>
        <translation>Signing in failed: no connection to the server.
Check the address and port.
Check also which the server uses: https:// or http://.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="198"/>
        <source>Signing in failed: this computer does not trust the server&apos;s certificate.
Ask IT to install your organisation&apos;s CA certificate in the system&apos;s certificate store.</source>
        <translation>Signing in failed: this computer does not trust the server&apos;s certificate.
Ask IT to install your organisation&apos;s CA certificate in the system&apos;s certificate store.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="162"/>
        <location filename="../desk/ui/account_dialog.py" line="173"/>
        <source>Signing in failed: %1.</source>
        <translation>Signing in failed: %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/account_dialog.py" line="176"/>
        <source>The system keychain refused to keep the sign-in token.</source>
        <translation>The system keychain refused to keep the sign-in token.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="106"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>User id</source>
        <translation>User id</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="113"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="127"/>
        <source>Add account…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="128"/>
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="129"/>
        <location filename="../desk/ui/accounts_dialog.py" line="297"/>
        <source>Mark as &amp;shared…</source>
        <translation>Mark as &amp;shared…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="131"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="160"/>
        <source>Demo workspace</source>
        <translation>Demo workspace</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="162"/>
        <source>%1 (shared)</source>
        <translation>%1 (shared)</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="169"/>
        <source>Shared: several people sign in to it (a duty room&apos;s). What it sends is not yours, except what this computer sent.</source>
        <translation>Shared: several people sign in to it (a duty room&apos;s). What it sends is not yours, except what this computer sent.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="200"/>
        <source>The demo workspace was removed.</source>
        <translation>The demo workspace was removed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="204"/>
        <source>%1 was removed, and this computer signed out of it.</source>
        <translation>%1 was removed, and this computer signed out of it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="212"/>
        <source>%1 was removed from this computer. It could not be signed out on the server (%2): this computer stays in the account&apos;s device list there until someone removes it.</source>
        <translation>%1 was removed from this computer. It could not be signed out on the server (%2): this computer stays in the account&apos;s device list there until someone removes it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="228"/>
        <source>%1 could not be removed (%2). Nothing was removed.</source>
        <translation>%1 could not be removed (%2). Nothing was removed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="237"/>
        <source>the demo workspace</source>
        <translation>the demo workspace</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="263"/>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="265"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="267"/>
        <source>Built in: its messages are invented</source>
        <translation>Built in: its messages are invented</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="290"/>
        <source>Add your work account first: the demo workspace goes with it.</source>
        <translation>Add your work account first: the demo workspace goes with it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="297"/>
        <source>Not &amp;shared…</source>
        <translation>Not &amp;shared…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="329"/>
        <source>Remove the demo workspace?</source>
        <translation>Remove the demo workspace?</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="331"/>
        <source>Its %n invented message(s) are deleted from this computer. Your accounts and their messages are not touched.</source>
        <translation>
            <numerusform>Its %n invented message is deleted from this computer. Your accounts and their messages are not touched.</numerusform>
            <numerusform>Its %n invented messages are deleted from this computer. Your accounts and their messages are not touched.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="338"/>
        <source>Remove %1 from desk?</source>
        <translation>Remove %1 from desk?</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="343"/>
        <source>Its %n message(s) are deleted from this computer, and this computer is signed out of the account on the server %1. What you read and marked done comes back if you add the same user on the same server again.</source>
        <translation>
            <numerusform>Its %n message is deleted from this computer, and this computer is signed out of the account on the server %1. What you read and marked done comes back if you add the same user on the same server again.</numerusform>
            <numerusform>Its %n messages are deleted from this computer, and this computer is signed out of the account on the server %1. What you read and marked done comes back if you add the same user on the same server again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="351"/>
        <source>It has no messages on this computer yet. This computer is signed out of the account on the server %1.</source>
        <translation>It has no messages on this computer yet. This computer is signed out of the account on the server %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="357"/>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="360"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="382"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="397"/>
        <source>Removing %1…</source>
        <translation>Removing %1…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="456"/>
        <source>Shared account</source>
        <translation>Shared account</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="437"/>
        <source>Mark %1 as a shared account?</source>
        <translation>Mark %1 as a shared account?</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="439"/>
        <source>A shared account is one several people sign in to, such as a duty room&apos;s (值班室). What it sends is then not yours: a colleague&apos;s DING from it rings, and an urgent notice from it is unread, as anyone else&apos;s. What this computer sent from it stays yours.

Messages from it stored before become someone else&apos;s and are sorted again; a DING among them does not ring again: it was stored as yours, without its DING.</source>
        <translation>A shared account is one several people sign in to, such as a duty room&apos;s (值班室). What it sends is then not yours: a colleague&apos;s DING from it rings, and an urgent notice from it is unread, as anyone else&apos;s. What this computer sent from it stays yours.

Messages from it stored before become someone else&apos;s and are sorted again; a DING among them does not ring again: it was stored as yours, without its DING.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="447"/>
        <source>Mark as shared</source>
        <translation>Mark as shared</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="449"/>
        <source>Make %1 yours alone?</source>
        <translation>Make %1 yours alone?</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="451"/>
        <source>What it sends is then yours: read, silent, never a DING for you to confirm. Messages from it stored before become yours again, read.</source>
        <translation>What it sends is then yours: read, silent, never a DING for you to confirm. Messages from it stored before become yours again, read.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="454"/>
        <source>Not shared</source>
        <translation>Not shared</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="468"/>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="489"/>
        <source>%1 is no longer in desk (it was removed meanwhile). Nothing was changed.</source>
        <translation>%1 is no longer in desk (it was removed meanwhile). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="499"/>
        <source>%1 could not be changed (%2). Nothing was changed.</source>
        <translation>%1 could not be changed (%2). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="508"/>
        <source>%1 is shared now: what it sends is not yours (a colleague&apos;s DING from it rings), except what this computer sent.</source>
        <translation>%1 is shared now: what it sends is not yours (a colleague&apos;s DING from it rings), except what this computer sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="517"/>
        <source>%n message(s) from it stored before are someone else&apos;s now, sorted again (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING.</source>
        <translation>
            <numerusform>%n message from it stored before is someone else&apos;s now, sorted again (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING.</numerusform>
            <numerusform>%n messages from it stored before are someone else&apos;s now, sorted again (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="526"/>
        <source>%1 is yours alone now: what it sends is yours.</source>
        <translation>%1 is yours alone now: what it sends is yours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/accounts_dialog.py" line="531"/>
        <source>%n message(s) from it stored before are yours again, read.</source>
        <translation>
            <numerusform>%n message from it stored before is yours again, read.</numerusform>
            <numerusform>%n messages from it stored before are yours again, read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/accounts_dialog.py" line="540"/>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1 %2</translation>
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
        <translation>%1 new messages</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="522"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="549"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="675"/>
        <location filename="../desk/app/alerts.py" line="732"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="710"/>
        <source>%n asking you</source>
        <translation>%n asking you</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="742"/>
        <source>%1 and more</source>
        <translation>%1 and more</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="711"/>
        <source>%n asking you: %1</source>
        <translation>%n asking you: %1</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="510"/>
        <source>Came through quiet hours: %1 (urgent items always do)</source>
        <translation>Came through quiet hours: %1 (urgent items always do)</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="601"/>
        <source>%1 (always-notify group) · %2</source>
        <translation>%1 (always-notify group) · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="603"/>
        <source>%1 · %2 (always-notify person)</source>
        <translation>%1 · %2 (always-notify person)</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="624"/>
        <source>%1 replied to your DING</source>
        <translation>%1 replied to your DING</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="626"/>
        <source>%1 and others replied to your DING (%n people)</source>
        <translation>%1 and others replied to your DING (%n people)</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="633"/>
        <source>%1/%2 confirmed</source>
        <translation>%1/%2 confirmed</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="642"/>
        <source>%1 replied</source>
        <translation>%1 replied</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="644"/>
        <source>%1: %n replies</source>
        <translation>%1: %n replies</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="646"/>
        <source>%1 and others: %n replies</source>
        <translation>%1 and others: %n replies</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="657"/>
        <source>Came through quiet hours: replying to your DING</source>
        <translation>Came through quiet hours: replying to your DING</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="659"/>
        <source>Came through quiet hours: replying to your urgent notice</source>
        <translation>Came through quiet hours: replying to your urgent notice</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="666"/>
        <source>Came through quiet hours: replying to your DING “%1”</source>
        <translation>Came through quiet hours: replying to your DING “%1”</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="670"/>
        <source>Came through quiet hours: replying to your urgent notice “%1”</source>
        <translation>Came through quiet hours: replying to your urgent notice “%1”</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="721"/>
        <source>%n alerted while quiet</source>
        <translation>%n alerted while quiet</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="722"/>
        <source>%n alerted while quiet: %1</source>
        <translation>%n alerted while quiet: %1</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="757"/>
        <source>Held during quiet hours: %1</source>
        <translation>Held during quiet hours: %1</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="764"/>
        <source>Held during quiet hours (since %1): %2</source>
        <translation>Held during quiet hours (since %1): %2</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="768"/>
        <location filename="../desk/app/alerts.py" line="771"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="776"/>
        <source> and %1 more groups</source>
        <translation> and %1 more groups</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="492"/>
        <source>Quiet hours were not changed (%1).</source>
        <translation>Quiet hours were not changed (%1).</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <location filename="../desk/app/attachments.py" line="55"/>
        <source>Save the copy outside desk&apos;s data folder: the copy is not encrypted.</source>
        <translation>Save the copy outside desk&apos;s data folder: the copy is not encrypted.</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="67"/>
        <source>the server asks you to sign in again</source>
        <translation>the server asks you to sign in again</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="87"/>
        <source>Could not save the attachment: %1</source>
        <translation>Could not save the attachment: %1</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="94"/>
        <source>you may not write in that folder; choose another</source>
        <translation>you may not write in that folder; choose another</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="96"/>
        <source>that folder is gone; choose another</source>
        <translation>that folder is gone; choose another</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="98"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../desk/app/attachments.py" line="102"/>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="565"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>AwayLine</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="72"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="73"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="74"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="75"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="76"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="77"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="78"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="36"/>
        <source>today %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="38"/>
        <source>yesterday %1</source>
        <translation>yesterday %1</translation>
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
        <translation>%1/%2 %3</translation>
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
            <numerusform>While you were away (since %1): %n unread of %2 arrived (%3)</numerusform>
            <numerusform>While you were away (since %1): %n unread of %2 arrived (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/away_line.py" line="117"/>
        <source>While you were away (since %1), %n arrived: %2</source>
        <translation>
            <numerusform>While you were away (since %1), %n arrived: %2</numerusform>
            <numerusform>While you were away (since %1), %n arrived: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="123"/>
        <source>These count all that arrived while you were away, read or not; the numbers at the left count what is not done yet in %1, %2 and %3, and what is unread in the other views.</source>
        <translation>These count all that arrived while you were away, read or not; the numbers at the left count what is not done yet in %1, %2 and %3, and what is unread in the other views.</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="78"/>
        <source>Show only these</source>
        <translation>Show only these</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/away_line.py" line="81"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>BannerPlace</name>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="549"/>
        <source>No DING waits for confirmation</source>
        <translation>No DING waits for confirmation</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../desk/ui/card_text.py" line="109"/>
        <source>You withdrew a message</source>
        <translation>You withdrew a message</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="110"/>
        <source>%1 withdrew a message</source>
        <translation>%1 withdrew a message</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="91"/>
        <source>Encrypted message: desk cannot read end-to-end encrypted rooms yet.</source>
        <translation>Encrypted message: desk cannot read end-to-end encrypted rooms yet.</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="101"/>
        <source>You withdrew a message by %1</source>
        <translation>You withdrew a message by %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="105"/>
        <source>%1 withdrew a message of yours</source>
        <translation>%1 withdrew a message of yours</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="106"/>
        <source>%1 withdrew a message by %2</source>
        <translation>%1 withdrew a message by %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="114"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="127"/>
        <source>also in: %1</source>
        <translation>also in: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="189"/>
        <source>me</source>
        <translation>me</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="196"/>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="139"/>
        <source>acknowledged ×%1 (%2)</source>
        <translation>acknowledged ×%1 (%2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="211"/>
        <source>replies ×%1 (%2)</source>
        <translation>replies ×%1 (%2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="320"/>
        <source>all %1 reported</source>
        <translation>all %1 reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="243"/>
        <source>reported %1/%2, not yet: %3</source>
        <translation>reported %1/%2, not yet: %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="71"/>
        <location filename="../desk/ui/card_text.py" line="78"/>
        <source>DING again %1</source>
        <translation>DING again %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="74"/>
        <source>DING again %1 (to %n)</source>
        <translation>DING again %1 (to %n)</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="149"/>
        <source>confirmation · waiting to be sent</source>
        <translation>confirmation · waiting to be sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="153"/>
        <source>收到 · waiting to be sent</source>
        <translation>收到 · waiting to be sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="154"/>
        <source>reply · waiting to be sent</source>
        <translation>reply · waiting to be sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="235"/>
        <source>all reported: %1</source>
        <translation>all reported: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="241"/>
        <source>reported by %1: %2/%3, not yet: %4</source>
        <translation>reported by %1: %2/%3, not yet: %4</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="246"/>
        <source>reported by %1: %2/%3</source>
        <translation>reported by %1: %2/%3</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="248"/>
        <source>reported %1/%2</source>
        <translation>reported %1/%2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="261"/>
        <source>villages</source>
        <translation>villages</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="263"/>
        <source>towns</source>
        <translation>towns</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="264"/>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="296"/>
        <source>our town reported (%1)</source>
        <translation>our town reported (%1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="297"/>
        <source>our township reported (%1)</source>
        <translation>our township reported (%1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="298"/>
        <source>our street office reported (%1)</source>
        <translation>our street office reported (%1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="299"/>
        <source>our unit reported (%1)</source>
        <translation>our unit reported (%1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="302"/>
        <source>our town has not reported</source>
        <translation>our town has not reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="303"/>
        <source>our township has not reported</source>
        <translation>our township has not reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="304"/>
        <source>our street office has not reported</source>
        <translation>our street office has not reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="305"/>
        <source>our unit has not reported</source>
        <translation>our unit has not reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="317"/>
        <source>all %1 villages reported</source>
        <translation>all %1 villages reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="319"/>
        <source>all %1 towns reported</source>
        <translation>all %1 towns reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="343"/>
        <source>Not yet reported: %1</source>
        <translation>Not yet reported: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="347"/>
        <source>Reported: %1</source>
        <translation>Reported: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="385"/>
        <source>DING the &amp;unreported…</source>
        <translation>DING the &amp;unreported…</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="395"/>
        <source>DING the unreported: first select a notice of yours asking for reports</source>
        <translation>DING the unreported: first select a notice of yours asking for reports</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="398"/>
        <source>Select a notice of yours that asks units to report.</source>
        <translation>Select a notice of yours that asks units to report.</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="404"/>
        <source>DING the unreported: all have reported</source>
        <translation>DING the unreported: all have reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="405"/>
        <source>All the units asked have reported.</source>
        <translation>All the units asked have reported.</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="408"/>
        <source>DING the &amp;unreported (%n)…</source>
        <translation>DING the &amp;unreported (%n)…</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="421"/>
        <source>Reported by %1: %2 of %3 (a report in the groups; 收到 alone is no report):</source>
        <translation>Reported by %1: %2 of %3 (a report in the groups; 收到 alone is no report):</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="425"/>
        <source>Reported %1 of %2 units (a report in the groups; 收到 alone is no report):</source>
        <translation>Reported %1 of %2 units (a report in the groups; 收到 alone is no report):</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="433"/>
        <source>Replies ×%1:</source>
        <translation>Replies ×%1:</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="455"/>
        <location filename="../desk/ui/card_text.py" line="492"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="462"/>
        <source>acknowledged ×%1:</source>
        <translation>acknowledged ×%1:</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="509"/>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="519"/>
        <source>your confirmation did not reach the group</source>
        <translation>your confirmation did not reach the group</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="615"/>
        <source>Confirm by %1 · %2 min left</source>
        <translation>Confirm by %1 · %2 min left</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="618"/>
        <source>Confirm by %1 · %2 h left</source>
        <translation>Confirm by %1 · %2 h left</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="621"/>
        <source>Confirm by %1 · %2 h %3 min left</source>
        <translation>Confirm by %1 · %2 h %3 min left</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="627"/>
        <source>Confirm by %1 · %2</source>
        <translation>Confirm by %1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="630"/>
        <source>Confirm by %1 · %2 min late</source>
        <translation>Confirm by %1 · %2 min late</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="633"/>
        <source>Confirm by %1 · %2 h late</source>
        <translation>Confirm by %1 · %2 h late</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="635"/>
        <source>Confirm by %1 · %2 h %3 min late</source>
        <translation>Confirm by %1 · %2 h %3 min late</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="674"/>
        <source>names your unit</source>
        <translation>names your unit</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="736"/>
        <source>[Draft]</source>
        <translation>[Draft]</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="756"/>
        <source>unread</source>
        <translation>unread</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="763"/>
        <source>reply written, not sent</source>
        <translation>reply written, not sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="769"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/inbox_delegate.py" line="642"/>
        <source>%1 again</source>
        <comment>a card&apos;s time: posted again then</comment>
        <translation>%1 again</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="176"/>
        <source>desk: change passphrase</source>
        <translation>desk: change passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="182"/>
        <source>desk asks for this passphrase at every start: it protects the database on this computer. Choose a new one of at least %1 characters. Without it the data cannot be recovered.</source>
        <translation>desk asks for this passphrase at every start: it protects the database on this computer. Choose a new one of at least %1 characters. Without it the data cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="196"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="197"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="198"/>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Repeat the new one:</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="204"/>
        <source>&amp;Show the passphrases</source>
        <translation>&amp;Show the passphrases</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="219"/>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="227"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="257"/>
        <source>Enter the current passphrase.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="282"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>The current passphrase is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="293"/>
        <source>The passphrase was not changed: %1. The current passphrase still opens desk.</source>
        <translation>The passphrase was not changed: %1. The current passphrase still opens desk.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desk/cli/common.py" line="34"/>
        <source>The database exists but its key file ({detail}) is missing; desk will not create a new database over it.</source>
        <translation>The database exists but its key file ({detail}) is missing; desk will not create a new database over it.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="39"/>
        <source>The key file is damaged: {detail}</source>
        <translation>The key file is damaged: {detail}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="43"/>
        <source>Cannot read the key file {detail}: {reason}. Check its permissions, or close the program holding it, then try again; nothing was changed.</source>
        <translation>Cannot read the key file {detail}: {reason}. Check its permissions, or close the program holding it, then try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="48"/>
        <source>This store needs a passphrase: set DESK_PASSPHRASE, or run the command in a terminal to type it.</source>
        <translation>This store needs a passphrase: set DESK_PASSPHRASE, or run the command in a terminal to type it.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="55"/>
        <source>A new store needs a passphrase here (no keychain to keep its key): set DESK_PASSPHRASE, or run the command in a terminal to choose one.</source>
        <translation>A new store needs a passphrase here (no keychain to keep its key): set DESK_PASSPHRASE, or run the command in a terminal to choose one.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="62"/>
        <source>Wrong passphrase: the store was left untouched. Try again (mind Caps Lock and the keyboard layout). If it is forgotten, nothing else opens the store: in the desk window, Forgot it? starts afresh with an empty inbox and keeps the old files aside; or ask your IT staff.</source>
        <translation>Wrong passphrase: the store was left untouched. Try again (mind Caps Lock and the keyboard layout). If it is forgotten, nothing else opens the store: in the desk window, Forgot it? starts afresh with an empty inbox and keeps the old files aside; or ask your IT staff.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="69"/>
        <source>The keychain holds no key for this store, so nothing can open it (was the user&apos;s profile or keychain reset?). To start afresh, start the window and choose Start afresh, or ask your IT staff.</source>
        <translation>The keychain holds no key for this store, so nothing can open it (was the user&apos;s profile or keychain reset?). To start afresh, start the window and choose Start afresh, or ask your IT staff.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="75"/>
        <source>The database does not open with its key file: {detail} may be damaged, not desk&apos;s, or desk.key may come from another data dir. Nothing was changed.</source>
        <translation>The database does not open with its key file: {detail} may be damaged, not desk&apos;s, or desk.key may come from another data dir. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="80"/>
        <source>The database is damaged: {detail}. Nothing was changed; restore the data dir from a backup, or move it aside to start afresh.</source>
        <translation>The database is damaged: {detail}. Nothing was changed; restore the data dir from a backup, or move it aside to start afresh.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="85"/>
        <source>Cannot read or write the database {detail}: the disk is full or failing. Free some space and try again; nothing was changed.</source>
        <translation>Cannot read or write the database {detail}: the disk is full or failing. Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="92"/>
        <source>cannot write the database {detail}: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>cannot write the database {detail}: the disk is full. Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="97"/>
        <source>Cannot open the database {detail}: {reason}. Check its permissions (and those of its -wal and -shm files), or close the program holding it, then try again; nothing was changed.</source>
        <translation>Cannot open the database {detail}: {reason}. Check its permissions (and those of its -wal and -shm files), or close the program holding it, then try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="103"/>
        <source>The system keychain, which holds this database&apos;s key, is not available or is locked ({detail}); unlock it, or log in to the desktop again, and try again. A data dir copied from another computer or user left its key in that one&apos;s keychain.</source>
        <translation>The system keychain, which holds this database&apos;s key, is not available or is locked ({detail}); unlock it, or log in to the desktop again, and try again. A data dir copied from another computer or user left its key in that one&apos;s keychain.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="109"/>
        <source>The database could not be opened ({detail}); nothing was changed. logs/desk.log in the data dir says more.</source>
        <translation>The database could not be opened ({detail}); nothing was changed. logs/desk.log in the data dir says more.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="114"/>
        <source>Another program has been holding this data dir for too long ({detail}): another desk opening it, or a backup or antivirus scan; try again when it has finished. Nothing was changed.</source>
        <translation>Another program has been holding this data dir for too long ({detail}): another desk opening it, or a backup or antivirus scan; try again when it has finished. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="120"/>
        <source>The database was written by a newer desk (schema {detail}); update desk to open it. Nothing was changed.</source>
        <translation>The database was written by a newer desk (schema {detail}); update desk to open it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="128"/>
        <source>use at least {least} characters</source>
        <translation>use at least {least} characters</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="129"/>
        <source>the two passphrases differ</source>
        <translation>the two passphrases differ</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="134"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="138"/>
        <source>another program is using it</source>
        <translation>another program is using it</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="142"/>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="146"/>
        <source>it is not a file (a pipe or a device)</source>
        <translation>it is not a file (a pipe or a device)</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="185"/>
        <source>desk found it damaged (noted in {marker})</source>
        <translation>desk found it damaged (noted in {marker})</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="187"/>
        <source>desk found it damaged on {when} (noted in {marker})</source>
        <translation>desk found it damaged on {when} (noted in {marker})</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="202"/>
        <source>{path} is a file, not a directory</source>
        <translation>{path} is a file, not a directory</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="206"/>
        <source>no permission to write {path}</source>
        <translation>no permission to write {path}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="210"/>
        <source>{path} is on a read-only file system</source>
        <translation>{path} is on a read-only file system</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="214"/>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="223"/>
        <source>no connection (check the address and port, and whether the server speaks https:// or http://)</source>
        <translation>no connection (check the address and port, and whether the server speaks https:// or http://)</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="228"/>
        <source>the server&apos;s certificate is not trusted on this computer (IT: install the organisation&apos;s CA certificate in the system&apos;s certificate store, or add the account with --ca-bundle FILE)</source>
        <translation>the server&apos;s certificate is not trusted on this computer (IT: install the organisation&apos;s CA certificate in the system&apos;s certificate store, or add the account with --ca-bundle FILE)</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="234"/>
        <source>no Matrix server answers at this address (check the address)</source>
        <translation>no Matrix server answers at this address (check the address)</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="237"/>
        <source>the server had an error; try again later</source>
        <translation>the server had an error; try again later</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="238"/>
        <source>the server asks to wait; try again in a minute</source>
        <translation>the server asks to wait; try again in a minute</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="239"/>
        <source>the server&apos;s answer could not be read</source>
        <translation>the server&apos;s answer could not be read</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="246"/>
        <source>cannot connect to the proxy server {proxy}: check the proxy settings or ask IT</source>
        <translation>cannot connect to the proxy server {proxy}: check the proxy settings or ask IT</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="260"/>
        <source>cannot write the database {path}: it is read-only (check that this user owns it and its -wal and -shm files)</source>
        <translation>cannot write the database {path}: it is read-only (check that this user owns it and its -wal and -shm files)</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="265"/>
        <source>the database {path} is busy: another desk holds it; try again</source>
        <translation>the database {path} is busy: another desk holds it; try again</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="269"/>
        <source>cannot write the database {path}: the disk is full</source>
        <translation>cannot write the database {path}: the disk is full</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="273"/>
        <source>the database {path} is damaged: restore the data dir from a backup, or start desk&apos;s window, which offers to start afresh{noted}</source>
        <translation>the database {path} is damaged: restore the data dir from a backup, or start desk&apos;s window, which offers to start afresh{noted}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="278"/>
        <source>cannot read or write the database {path}: the disk is full or failing</source>
        <translation>cannot read or write the database {path}: the disk is full or failing</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="282"/>
        <source>the database {path} failed ({detail}); see {log}</source>
        <translation>the database {path} failed ({detail}); see {log}</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="296"/>
        <source>cannot write {file}: the disk is full. Free some space and try again.</source>
        <translation>cannot write {file}: the disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="329"/>
        <source>cannot use the data dir {root}: {owned} belongs to {owner}, not to {user} (restored as {owner}?): `{command}` gives it back</source>
        <translation>cannot use the data dir {root}: {owned} belongs to {owner}, not to {user} (restored as {owner}?): `{command}` gives it back</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="342"/>
        <source>cannot use the data dir {root}: {reason} (choose another with --data-dir)</source>
        <translation>cannot use the data dir {root}: {reason} (choose another with --data-dir)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="49"/>
        <source>is empty: name a folder, or leave the option out</source>
        <translation>is empty: name a folder, or leave the option out</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="61"/>
        <source>{value} is not a whole number</source>
        <translation>{value} is not a whole number</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="65"/>
        <source>{number} is below 0</source>
        <translation>{number} is below 0</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="75"/>
        <source>where desk keeps its database, key and logs (default: $DESK_DATA_DIR or the platform&apos;s user data dir)</source>
        <translation>where desk keeps its database, key and logs (default: $DESK_DATA_DIR or the platform&apos;s user data dir)</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="378"/>
        <source>no desk data in {root}: only the key file {key} is there, without the database it opens (desk.db moved or deleted?): check --data-dir (desk sync --once, or starting desk, makes a new database under that key)</source>
        <translation>no desk data in {root}: only the key file {key} is there, without the database it opens (desk.db moved or deleted?): check --data-dir (desk sync --once, or starting desk, makes a new database under that key)</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="385"/>
        <source>no desk data in {root}: check --data-dir (desk sync --once, or starting desk, makes it)</source>
        <translation>no desk data in {root}: check --data-dir (desk sync --once, or starting desk, makes it)</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="398"/>
        <source>{variable} is too short for a new store: use at least {least} characters</source>
        <translation>{variable} is too short for a new store: use at least {least} characters</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="407"/>
        <source>{database} was found damaged before, but every page of it reads now (restored from a backup?): {marker} was removed</source>
        <translation>{database} was found damaged before, but every page of it reads now (restored from a backup?): {marker} was removed</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="433"/>
        <source>wrong passphrase, try again</source>
        <translation>wrong passphrase, try again</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="469"/>
        <source>Passphrase for {root}: </source>
        <translation>Passphrase for {root}: </translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="471"/>
        <source>New passphrase for {root}: </source>
        <translation>New passphrase for {root}: </translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="477"/>
        <source>no passphrase chosen; nothing was created</source>
        <translation>no passphrase chosen; nothing was created</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="491"/>
        <source>Once more: </source>
        <translation>Once more: </translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="501"/>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): start desk in a desktop session; the commands in `desk --help` need none, and QT_QPA_PLATFORM=offscreen runs the window without a screen</source>
        <translation>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): start desk in a desktop session; the commands in `desk --help` need none, and QT_QPA_PLATFORM=offscreen runs the window without a screen</translation>
    </message>
    <message>
        <location filename="../desk/cli/common.py" line="507"/>
        <source>the display {display} (DISPLAY) cannot be opened: no X server answers there, or it refuses this user, so the window cannot start. Start desk in a desktop session, or set DISPLAY to a display that runs; the commands in `desk --help` need none</source>
        <translation>the display {display} (DISPLAY) cannot be opened: no X server answers there, or it refuses this user, so the window cannot start. Start desk in a desktop session, or set DISPLAY to a display that runs; the commands in `desk --help` need none</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="110"/>
        <source>print the prioritised inbox</source>
        <translation>print the prioritised inbox</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="114"/>
        <source>every message (copies, acks, done ones too), one JSON object per line</source>
        <translation>every message (copies, acks, done ones too), one JSON object per line</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="123"/>
        <source>cards shown without --json (default %(default)s; 0 for all)</source>
        <translation>cards shown without --json (default %(default)s; 0 for all)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="131"/>
        <source>only the cards whose text, or a copy folded into them, or whose sender holds TEXT (several words: all of them); a DING waiting for your confirmation first, then notices and tasks (those with TEXT in their title, then urgent, to-do, confirmed or answered ones), then the rest, each newest first; done ones too, after the open ones</source>
        <translation>only the cards whose text, or a copy folded into them, or whose sender holds TEXT (several words: all of them); a DING waiting for your confirmation first, then notices and tasks (those with TEXT in their title, then urgent, to-do, confirmed or answered ones), then the rest, each newest first; done ones too, after the open ones</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="103"/>
        <source>{why}; the inbox is listed in the order last saved</source>
        <translation>{why}; the inbox is listed in the order last saved</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="209"/>
        <source>... showing {shown}; `desk inbox --limit 0` lists all ({left} unread)</source>
        <translation>... showing {shown}; `desk inbox --limit 0` lists all ({left} unread)</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="224"/>
        <source>nothing open: the inbox is clear</source>
        <translation>nothing open: the inbox is clear</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="261"/>
        <source>OPEN</source>
        <translation>OPEN</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="261"/>
        <source>DONE</source>
        <translation>DONE</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="268"/>
        <source>... showing {shown}; `--limit 0` lists all</source>
        <translation>... showing {shown}; `--limit 0` lists all</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="280"/>
        <source>nothing open holds {search}</source>
        <translation>nothing open holds {search}</translation>
    </message>
    <message>
        <location filename="../desk/cli/inbox_cmd.py" line="282"/>
        <source>nothing done holds {search}</source>
        <translation>nothing done holds {search}</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="258"/>
        <source>add, list or remove server accounts</source>
        <translation>add, list or remove server accounts</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="263"/>
        <source>sign in to a server and add the account</source>
        <translation>sign in to a server and add the account</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="266"/>
        <source>the kind of server</source>
        <translation>the kind of server</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="271"/>
        <source>e.g. https://im.example.gov.cn (default: the administrator&apos;s policy&apos;s accounts.default_homeserver)</source>
        <translation>e.g. https://im.example.gov.cn (default: the administrator&apos;s policy&apos;s accounts.default_homeserver)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="278"/>
        <source>your user id</source>
        <translation>your user id</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="284"/>
        <source>read the password from stdin</source>
        <translation>read the password from stdin</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="289"/>
        <source>extra CA certificates (intranet servers)</source>
        <translation>extra CA certificates (intranet servers)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="295"/>
        <source>messages per group to fetch at the first sync (default 100)</source>
        <translation>messages per group to fetch at the first sync (default 100)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="302"/>
        <source>the account is signed in by several people (a duty room&apos;s, 值班室): what it sends is not yours</source>
        <translation>the account is signed in by several people (a duty room&apos;s, 值班室): what it sends is not yours</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="311"/>
        <source>list the accounts</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="316"/>
        <source>sign out and remove an account and its messages</source>
        <translation>sign out and remove an account and its messages</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="319"/>
        <location filename="../desk/cli/parsers.py" line="340"/>
        <source>the account&apos;s id (see `desk account list`)</source>
        <translation>the account&apos;s id (see `desk account list`)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="324"/>
        <source>do not ask at a terminal before removing (needed where there is none)</source>
        <translation>do not ask at a terminal before removing (needed where there is none)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="333"/>
        <source>say whether an account is signed in by several people (a duty room&apos;s, 值班室): what a shared account sends is not yours, and rings as anyone else&apos;s would</source>
        <translation>say whether an account is signed in by several people (a duty room&apos;s, 值班室): what a shared account sends is not yours, and rings as anyone else&apos;s would</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="343"/>
        <source>shared or not</source>
        <translation>shared or not</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="56"/>
        <source>which server? Give --homeserver URL (the administrator&apos;s policy names none in {setting})</source>
        <translation>which server? Give --homeserver URL (the administrator&apos;s policy names none in {setting})</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="64"/>
        <source>the homeserver address must start with https:// (or http://): {homeserver}</source>
        <translation>the homeserver address must start with https:// (or http://): {homeserver}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="82"/>
        <source>no password on standard input</source>
        <translation>no password on standard input</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="111"/>
        <source>the server refused this user id and password</source>
        <translation>the server refused this user id and password</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="112"/>
        <source>cannot sign in at {homeserver}: {reason}</source>
        <translation>cannot sign in at {homeserver}: {reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="113"/>
        <source>the keychain refused the account&apos;s token ({reason}); nothing was added</source>
        <translation>the keychain refused the account&apos;s token ({reason}); nothing was added</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="126"/>
        <source>added account {id}: {user} (token kept in the keychain)</source>
        <translation>added account {id}: {user} (token kept in the keychain)</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="129"/>
        <source>added account {id}: {user} (token kept in the store)</source>
        <translation>added account {id}: {user} (token kept in the store)</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="130"/>
        <source>signed in again to account {id}: {user} (token kept in the keychain)</source>
        <translation>signed in again to account {id}: {user} (token kept in the keychain)</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="133"/>
        <source>signed in again to account {id}: {user} (token kept in the store)</source>
        <translation>signed in again to account {id}: {user} (token kept in the store)</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="146"/>
        <source>removed the demo workspace and its invented messages</source>
        <translation>removed the demo workspace and its invented messages</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="157"/>
        <source>the CA bundle {path} holds no PEM certificate</source>
        <translation>the CA bundle {path} holds no PEM certificate</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="160"/>
        <source>cannot read the CA bundle {path}: {reason}</source>
        <translation>cannot read the CA bundle {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="167"/>
        <source>the administrator&apos;s policy locks the server to {server} ({setting}): an account on {homeserver} cannot be added</source>
        <translation>the administrator&apos;s policy locks the server to {server} ({setting}): an account on {homeserver} cannot be added</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="204"/>
        <source>no accounts yet ({command} adds one)</source>
        <translation>no accounts yet ({command} adds one)</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="209"/>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="211"/>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="213"/>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="216"/>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="233"/>
        <location filename="../desk/cli/account_cmd.py" line="274"/>
        <source>no account {id}</source>
        <translation>no account {id}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="238"/>
        <source>removing account {id} deletes it and its messages from desk for good, and no one can be asked here (standard input is not a terminal): add --yes to do it; nothing was removed</source>
        <translation>removing account {id} deletes it and its messages from desk for good, and no one can be asked here (standard input is not a terminal): add --yes to do it; nothing was removed</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="247"/>
        <source>nothing removed</source>
        <translation>nothing removed</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="259"/>
        <source>removed account {id}</source>
        <translation>removed account {id}</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="280"/>
        <source>{n} messages stored from it before are someone else&apos;s now, sorted again at the next sync (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING</source>
        <translation>{n} messages stored from it before are someone else&apos;s now, sorted again at the next sync (an urgent one unread rings); a DING among them does not ring again: it was stored as yours, without its DING</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="288"/>
        <source>{n} messages stored from it before are yours again, read</source>
        <translation>{n} messages stored from it before are yours again, read</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="295"/>
        <source>account {id} is shared: what it sends is not yours (a colleague&apos;s DING from it rings), except what this desk sent</source>
        <translation>account {id} is shared: what it sends is not yours (a colleague&apos;s DING from it rings), except what this desk sent</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="301"/>
        <source>account {id} is yours alone: what it sends is yours</source>
        <translation>account {id} is yours alone: what it sends is yours</translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="313"/>
        <source>Remove account {id} and its {count} messages from desk? What you read and marked done comes back if you add the same user on the same server again. [y/N] </source>
        <translation>Remove account {id} and its {count} messages from desk? What you read and marked done comes back if you add the same user on the same server again. [y/N] </translation>
    </message>
    <message>
        <location filename="../desk/cli/account_cmd.py" line="253"/>
        <source>could not sign out on the server ({reason}); removing the account anyway</source>
        <translation>could not sign out on the server ({reason}); removing the account anyway</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="443"/>
        <source>fetch the file a message carries</source>
        <translation>fetch the file a message carries</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="447"/>
        <source>fetch it into the encrypted store</source>
        <translation>fetch it into the encrypted store</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="452"/>
        <source>the message&apos;s id (`desk inbox`)</source>
        <translation>the message&apos;s id (`desk inbox`)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="458"/>
        <source>also write a copy to FILE</source>
        <translation>also write a copy to FILE</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="35"/>
        <source>no message {id} in this data dir (`desk inbox --json` shows each one&apos;s id)</source>
        <translation>no message {id} in this data dir (`desk inbox --json` shows each one&apos;s id)</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="39"/>
        <source>message {id} carries no file</source>
        <translation>message {id} carries no file</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="46"/>
        <source>--save must point outside the data dir: the copy is not encrypted</source>
        <translation>--save must point outside the data dir: the copy is not encrypted</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="62"/>
        <source>the server refused the credentials ({reason}); sign in again</source>
        <translation>the server refused the credentials ({reason}); sign in again</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="69"/>
        <source>could not fetch the attachment: {reason}</source>
        <translation>could not fetch the attachment: {reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="82"/>
        <source>fetched, but could not write {file}: {why}</source>
        <translation>fetched, but could not write {file}: {why}</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="88"/>
        <source>{kind} {name}: {size} bytes, from the server</source>
        <translation>{kind} {name}: {size} bytes, from the server</translation>
    </message>
    <message>
        <location filename="../desk/cli/attachment_cmd.py" line="90"/>
        <source>{kind} {name}: {size} bytes, already in the store</source>
        <translation>{kind} {name}: {size} bytes, already in the store</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="47"/>
        <source>{path} is a file, not a folder: name a new or empty folder for the backup</source>
        <translation>{path} is a file, not a folder: name a new or empty folder for the backup</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="51"/>
        <source>{path} is not empty (it holds {detail}): name a new or empty folder, or add --overwrite to replace the backup in it</source>
        <translation>{path} is not empty (it holds {detail}): name a new or empty folder, or add --overwrite to replace the backup in it</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="56"/>
        <source>{path} holds what is no desk backup ({detail}): name a new or empty folder for the backup. --overwrite replaces only a backup, in a folder of its own: nothing was written there</source>
        <translation>{path} holds what is no desk backup ({detail}): name a new or empty folder for the backup. --overwrite replaces only a backup, in a folder of its own: nothing was written there</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="62"/>
        <source>{path} is the data dir, or inside it: keep the backup outside {root}, where the data dir&apos;s disk failing does not take it too</source>
        <translation>{path} is the data dir, or inside it: keep the backup outside {root}, where the data dir&apos;s disk failing does not take it too</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="67"/>
        <source>{path} is there: a desk has the copy in that folder open (restored from it?); close that desk, or name another folder. Nothing was replaced</source>
        <translation>{path} is there: a desk has the copy in that folder open (restored from it?); close that desk, or name another folder. Nothing was replaced</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="77"/>
        <source>cannot write the backup at {path}: {detail}. Nothing was replaced</source>
        <translation>cannot write the backup at {path}: {detail}. Nothing was replaced</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="81"/>
        <source>cannot write the backup in {path}: the disk is full. Free some space and try again; nothing was replaced</source>
        <translation>cannot write the backup in {path}: the disk is full. Free some space and try again; nothing was replaced</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="86"/>
        <source>cannot write the backup at {path}, or read the database: {detail} (the disk may be failing). Nothing was replaced</source>
        <translation>cannot write the backup at {path}, or read the database: {detail} (the disk may be failing). Nothing was replaced</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="91"/>
        <source>the copy in {path} did not read back whole ({detail}), though the store does: the disk of {path} may be failing. Nothing was replaced</source>
        <translation>the copy in {path} did not read back whole ({detail}), though the store does: the disk of {path} may be failing. Nothing was replaced</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="361"/>
        <source>copy the store and its key into DEST_DIR while desk runs, and read the copy back whole</source>
        <translation>copy the store and its key into DEST_DIR while desk runs, and read the copy back whole</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="371"/>
        <source>a new or empty folder (made if need be) outside the data dir</source>
        <translation>a new or empty folder (made if need be) outside the data dir</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="378"/>
        <source>write into DEST_DIR though it holds a backup: it is replaced once the new copy reads back whole (a folder holding anything else is refused all the same)</source>
        <translation>write into DEST_DIR though it holds a backup: it is replaced once the new copy reads back whole (a folder holding anything else is refused all the same)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="389"/>
        <source>keep the copy&apos;s key under a passphrase of its own, so that the copy opens on any PC with it alone (a keychain-protected store&apos;s copy otherwise opens only for this user on this PC): asked twice at a terminal, else read from $%1</source>
        <translation>keep the copy&apos;s key under a passphrase of its own, so that the copy opens on any PC with it alone (a keychain-protected store&apos;s copy otherwise opens only for this user on this PC): asked twice at a terminal, else read from $%1</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="401"/>
        <source>as --passphrase, the passphrase read from the first line of standard input</source>
        <translation>as --passphrase, the passphrase read from the first line of standard input</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="186"/>
        <source>backed up to {folder}: {messages} messages, {size} (desk.db and desk.key); every page of the copy read back. Copying and reading it back took {seconds} s</source>
        <translation>backed up to {folder}: {messages} messages, {size} (desk.db and desk.key); every page of the copy read back. Copying and reading it back took {seconds} s</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="218"/>
        <source>its key is in this user&apos;s keychain, not in desk.key: the copy opens only for {user} on this PC, and not after `desk keychain forget`. For a copy that opens on any PC, run desk backup again with --passphrase: that copy opens with a passphrase of its own (asked at the terminal, or DESK_BACKUP_PASSPHRASE)</source>
        <translation>its key is in this user&apos;s keychain, not in desk.key: the copy opens only for {user} on this PC, and not after `desk keychain forget`. For a copy that opens on any PC, run desk backup again with --passphrase: that copy opens with a passphrase of its own (asked at the terminal, or DESK_BACKUP_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="236"/>
        <source>to restore it: quit desk, move the data folder {data_dir} aside, copy the folder {folder} in its place and start desk</source>
        <translation>to restore it: quit desk, move the data folder {data_dir} aside, copy the folder {folder} in its place and start desk</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="306"/>
        <source>stopped: the copy under way was removed; nothing was replaced</source>
        <translation>stopped: the copy under way was removed; nothing was replaced</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="201"/>
        <source>the copy opens with the passphrase given for it, on any PC, whatever becomes of the store&apos;s key (desk.key holds the key wrapped under it): keep the passphrase apart from the backup</source>
        <translation>the copy opens with the passphrase given for it, on any PC, whatever becomes of the store&apos;s key (desk.key holds the key wrapped under it): keep the passphrase apart from the backup</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="72"/>
        <source>another backup is being written into {path} right now: let it finish, or name another folder. Nothing was written there</source>
        <translation>another backup is being written into {path} right now: let it finish, or name another folder. Nothing was written there</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="210"/>
        <source>its accounts&apos; sign-in tokens stay in this user&apos;s keychain: where the copy is restored, sign in to each account again (desk account add, or the window); its messages and what was read and done are kept</source>
        <translation>its accounts&apos; sign-in tokens stay in this user&apos;s keychain: where the copy is restored, sign in to each account again (desk account add, or the window); its messages and what was read and done are kept</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="228"/>
        <source>the copy opens with the store&apos;s passphrase of today (a passphrase chosen later does not change the copy&apos;s)</source>
        <translation>the copy opens with the store&apos;s passphrase of today (a passphrase chosen later does not change the copy&apos;s)</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="251"/>
        <source>no passphrase on standard input; no backup was made</source>
        <translation>no passphrase on standard input; no backup was made</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="258"/>
        <source>the passphrase for the backup will not do: {problem}; no backup was made</source>
        <translation>the passphrase for the backup will not do: {problem}; no backup was made</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="266"/>
        <source>--passphrase asks for the backup&apos;s passphrase at a terminal: where there is none (a scheduled task), set {variable}, or give it on standard input with --passphrase-stdin. No backup was made</source>
        <translation>--passphrase asks for the backup&apos;s passphrase at a terminal: where there is none (a scheduled task), set {variable}, or give it on standard input with --passphrase-stdin. No backup was made</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="274"/>
        <source>Passphrase for the backup in {folder}: </source>
        <translation>Passphrase for the backup in {folder}: </translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="281"/>
        <source>no passphrase chosen for the backup; no backup was made</source>
        <translation>no passphrase chosen for the backup; no backup was made</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="309"/>
        <source>stopped before the copy began; nothing was made or replaced</source>
        <translation>stopped before the copy began; nothing was made or replaced</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="361"/>
        <source>copying the store: {percent}%</source>
        <translation>copying the store: {percent}%</translation>
    </message>
    <message>
        <location filename="../desk/cli/backup_cmd.py" line="363"/>
        <source>copying the store: 100%; reading the copy back whole</source>
        <translation>copying the store: 100%; reading the copy back whole</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="411"/>
        <source>remove desk&apos;s secrets from the system keychain</source>
        <translation>remove desk&apos;s secrets from the system keychain</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="416"/>
        <source>delete the store key and the accounts&apos; sign-in secrets this data dir filed in the keychain (the store then no longer opens: for removing desk&apos;s data, before the data dir is deleted)</source>
        <translation>delete the store key and the accounts&apos; sign-in secrets this data dir filed in the keychain (the store then no longer opens: for removing desk&apos;s data, before the data dir is deleted)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="426"/>
        <source>really delete them (the store cannot be opened after)</source>
        <translation>really delete them (the store cannot be opened after)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="431"/>
        <source>delete them though another data dir&apos;s store opens with the same key (this one a backup or restored copy of it, or it of this one): that store is locked too</source>
        <translation>delete them though another data dir&apos;s store opens with the same key (this one a backup or restored copy of it, or it of this one): that store is locked too</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="47"/>
        <source>the store in {root} opens with the same keychain key as the store in {other} (one is a copy of the other: a backup, or a copy restored from one): forgetting it would lock {other} too, for good. To remove only the one in {root}, delete that folder and leave the keychain as it is; to lock both, add --even-if-shared. Nothing was deleted</source>
        <translation>the store in {root} opens with the same keychain key as the store in {other} (one is a copy of the other: a backup, or a copy restored from one): forgetting it would lock {other} too, for good. To remove only the one in {root}, delete that folder and leave the keychain as it is; to lock both, add --even-if-shared. Nothing was deleted</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="78"/>
        <source>the store in {root} is protected by a passphrase: it keeps nothing in the keychain, so there is nothing to delete (it still opens with its passphrase)</source>
        <translation>the store in {root} is protected by a passphrase: it keeps nothing in the keychain, so there is nothing to delete (it still opens with its passphrase)</translation>
    </message>
    <message>
        <location filename="../desk/cli/keychain_cmd.py" line="86"/>
        <source>this deletes the key of the store in {root}, which then never opens again, nor does any copy of it kept under the same keychain key (a backup or a copy restored from one, where `desk backup` said it opens only for this user on this PC); add --yes to do it</source>
        <translation>this deletes the key of the store in {root}, which then never opens again, nor does any copy of it kept under the same keychain key (a backup or a copy restored from one, where `desk backup` said it opens only for this user on this PC); add --yes to do it</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="56"/>
        <source>Without a COMMAND desk-cli lists the commands and exits (the window is desk&apos;s).</source>
        <translation>Without a COMMAND desk-cli lists the commands and exits (the window is desk&apos;s).</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="60"/>
        <source>Without a COMMAND desk opens its window.</source>
        <translation>Without a COMMAND desk opens its window.</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="62"/>
        <source>The window and every command that uses desk&apos;s data (all but triage and policy) take --data-dir DIR (default: $DESK_DATA_DIR, else the user&apos;s data folder).</source>
        <translation>The window and every command that uses desk&apos;s data (all but triage and policy) take --data-dir DIR (default: $DESK_DATA_DIR, else the user&apos;s data folder).</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="70"/>
        <source>desk, one inbox for work groups</source>
        <translation>desk, one inbox for work groups</translation>
    </message>
    <message>
        <location filename="../desk/cli/__init__.py" line="187"/>
        <source>warning: the administrator&apos;s policy does not apply: {reason}; desk runs on its defaults and this user&apos;s settings (tell IT: desk policy check)</source>
        <translation>warning: the administrator&apos;s policy does not apply: {reason}; desk runs on its defaults and this user&apos;s settings (tell IT: desk policy check)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="98"/>
        <source>sync accounts without a window</source>
        <translation>sync accounts without a window</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="103"/>
        <source>sync once and exit</source>
        <translation>sync once and exit</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="90"/>
        <source>removed the demo workspace and its {removed} invented messages: {why}</source>
        <translation>removed the demo workspace and its {removed} invented messages: {why}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="98"/>
        <source>no account to sync ({why}): {add} adds one</source>
        <translation>no account to sync ({why}): {add} adds one</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="117"/>
        <source>account {id} ({kind}): the server refused the credentials ({reason}); sign in again with `desk account add`</source>
        <translation>account {id} ({kind}): the server refused the credentials ({reason}); sign in again with `desk account add`</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="133"/>
        <source>account {id} ({kind}) at {server}: sync failed: {reason}</source>
        <translation>account {id} ({kind}) at {server}: sync failed: {reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="135"/>
        <source>account {id} ({kind}): sync failed: {reason}</source>
        <translation>account {id} ({kind}): sync failed: {reason}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="152"/>
        <source>account {id} ({kind}): sorting failed on a batch of new messages, which was not stored; logs/desk.log in the data dir says where</source>
        <translation>account {id} ({kind}): sorting failed on a batch of new messages, which was not stored; logs/desk.log in the data dir says where</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="163"/>
        <source>{kind} account {id}: sent {sent}, refused {refused}</source>
        <translation>{kind} account {id}: sent {sent}, refused {refused}</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="172"/>
        <source>{kind} account {id}: {new} new messages, {bad} skipped, {seconds} s</source>
        <translation>{kind} account {id}: {new} new messages, {bad} skipped, {seconds} s</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="188"/>
        <source>your own setting turns it off ({setting} = false, kept in this data dir)</source>
        <translation>your own setting turns it off ({setting} = false, kept in this data dir)</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="192"/>
        <source>the administrator&apos;s policy turns it off ({setting} = false, in {file})</source>
        <translation>the administrator&apos;s policy turns it off ({setting} = false, in {file})</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="201"/>
        <source>your own setting {setting} = false keeps the demo workspace away</source>
        <translation>your own setting {setting} = false keeps the demo workspace away</translation>
    </message>
    <message>
        <location filename="../desk/cli/sync_cmd.py" line="203"/>
        <source>the administrator&apos;s policy, {setting} = false, keeps the demo workspace away</source>
        <translation>the administrator&apos;s policy, {setting} = false, keeps the demo workspace away</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="145"/>
        <source>is it quiet hours at a given time?</source>
        <translation>is it quiet hours at a given time?</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="151"/>
        <source>e.g. 2026-10-01T09:00 (in desk&apos;s time zone) or 2026-10-01T09:00:00+08:00; default: now</source>
        <translation>e.g. 2026-10-01T09:00 (in desk&apos;s time zone) or 2026-10-01T09:00:00+08:00; default: now</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="160"/>
        <source>print only one JSON object, in English, for scripts: quiet, until, reason, holiday_name</source>
        <translation>print only one JSON object, in English, for scripts: quiet, until, reason, holiday_name</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="35"/>
        <source>--at {value} is not an ISO 8601 date and time (or: now)</source>
        <translation>--at {value} is not an ISO 8601 date and time (or: now)</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="54"/>
        <source>warning: no official calendar for {year}; assuming Monday to Friday with only the holidays desk can foresee, by date or lunar calendar, and no make-up days (add other days off and make-up working days in the settings&apos; Quiet hours tab, Ctrl+,; or an administrator can supply the year&apos;s table in the policy&apos;s calendar.tables)</source>
        <translation>warning: no official calendar for {year}; assuming Monday to Friday with only the holidays desk can foresee, by date or lunar calendar, and no make-up days (add other days off and make-up working days in the settings&apos; Quiet hours tab, Ctrl+,; or an administrator can supply the year&apos;s table in the policy&apos;s calendar.tables)</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="93"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="99"/>
        <source>%1: quiet hours (%2)</source>
        <translation>%1: quiet hours (%2)</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="101"/>
        <source>%1: quiet hours (%2), until %3</source>
        <translation>%1: quiet hours (%2), until %3</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="105"/>
        <source>%1: not quiet hours, paused until %2</source>
        <translation>%1: not quiet hours, paused until %2</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="109"/>
        <source>%1: not quiet hours</source>
        <translation>%1: not quiet hours</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="111"/>
        <source>%1: not quiet hours; the next begin %2</source>
        <translation>%1: not quiet hours; the next begin %2</translation>
    </message>
    <message>
        <location filename="../desk/cli/quiet_cmd.py" line="119"/>
        <source>note: no desk data in {where}: answering from the defaults and the policy</source>
        <translation>note: no desk data in {where}: answering from the defaults and the policy</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="176"/>
        <source>check an administrator&apos;s policy file</source>
        <translation>check an administrator&apos;s policy file</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="180"/>
        <source>print every problem, exit non-zero if any</source>
        <translation>print every problem, exit non-zero if any</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="186"/>
        <source>the policy file (default: %1)</source>
        <translation>the policy file (default: %1)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="191"/>
        <source>print every setting a policy may set, with its default, to start from</source>
        <translation>print every setting a policy may set, with its default, to start from</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="33"/>
        <source>{variable} names {path}, which does not exist</source>
        <translation>{variable} names {path}, which does not exist</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="37"/>
        <source>no policy at {path}: desk uses its defaults and each user&apos;s settings</source>
        <translation>no policy at {path}: desk uses its defaults and each user&apos;s settings</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="46"/>
        <source>warning: {problem}</source>
        <translation>warning: {problem}</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="51"/>
        <source>{path}: warning: {problem}</source>
        <translation>{path}: warning: {problem}</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="60"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="65"/>
        <source>nothing in this file would apply</source>
        <translation>nothing in this file would apply</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="71"/>
        <source>note: calendar.tables replaces desk&apos;s built-in holidays of {years} whole: a day its table leaves out is an ordinary day</source>
        <translation>note: calendar.tables replaces desk&apos;s built-in holidays of {years} whole: a day its table leaves out is an ordinary day</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="81"/>
        <source>note: {setting} is locked: accounts are added only on {server}; one a user added on another server before keeps syncing until removed (desk account remove)</source>
        <translation>note: {setting} is locked: accounts are added only on {server}; one a user added on another server before keeps syncing until removed (desk account remove)</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="88"/>
        <source>{count} problem(s); the valid settings would still apply</source>
        <translation>{count} problem(s); the valid settings would still apply</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="93"/>
        <source> ({count} warning(s) above)</source>
        <translation> ({count} warning(s) above)</translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="95"/>
        <source>{path}: </source>
        <translation>{path}: </translation>
    </message>
    <message>
        <location filename="../desk/cli/policy_cmd.py" line="96"/>
        <source>ok: {which}{settings} setting(s), {locked} locked{warned}</source>
        <translation>ok: {which}{settings} setting(s), {locked} locked{warned}</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="88"/>
        <source>open the desk window</source>
        <translation>open the desk window</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="90"/>
        <source>open the desk window (the default)</source>
        <translation>open the desk window (the default)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="466"/>
        <source>list, accept or decline invites to groups</source>
        <translation>list, accept or decline invites to groups</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="470"/>
        <source>invites not yet answered (tab-separated)</source>
        <translation>invites not yet answered (tab-separated)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="475"/>
        <source>join the group</source>
        <translation>join the group</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="476"/>
        <source>decline the invite</source>
        <translation>decline the invite</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="482"/>
        <source>as `desk invites list` shows</source>
        <translation>as `desk invites list` shows</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="352"/>
        <source>choose a new passphrase for a passphrase-protected store</source>
        <translation>choose a new passphrase for a passphrase-protected store</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="200"/>
        <source>check that this installation works</source>
        <translation>check that this installation works</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="206"/>
        <source>print one JSON object (each check&apos;s name, status and detail) for a deployment tool to read, instead of the lines</source>
        <translation>print one JSON object (each check&apos;s name, status and detail) for a deployment tool to read, instead of the lines</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="124"/>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="218"/>
        <source>triage messages from a JSON-lines file (no window, no database)</source>
        <translation>triage messages from a JSON-lines file (no window, no database)</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="223"/>
        <source>messages in</source>
        <translation>messages in</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="229"/>
        <source>verdicts out</source>
        <translation>verdicts out</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="236"/>
        <source>your name as others @-mention it (repeatable); used when mentions_me is absent</source>
        <translation>your name as others @-mention it (repeatable); used when mentions_me is absent</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="244"/>
        <source>your own unit as groups write it, several names separated by 、 (桐坪镇、桐坪): a message asking it to act or report says so, and is at least action</source>
        <translation>your own unit as groups write it, several names separated by 、 (桐坪镇、桐坪): a message asking it to act or report says so, and is at least action</translation>
    </message>
    <message>
        <location filename="../desk/cli/parsers.py" line="251"/>
        <source>your time zone (IANA name)</source>
        <translation>your time zone (IANA name)</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="200"/>
        <source>Conversation in %1</source>
        <translation>Conversation in %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="159"/>
        <source>Earlier messages of the group are not shown.</source>
        <translation>Earlier messages of the group are not shown.</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="151"/>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="160"/>
        <source>Later messages of the group are not shown.</source>
        <translation>Later messages of the group are not shown.</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="175"/>
        <source>Copy message</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <location filename="../desk/ui/conversation_dialog.py" line="259"/>
        <location filename="../desk/ui/conversation_dialog.py" line="265"/>
        <source>(withdrawn)</source>
        <translation>(withdrawn)</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <location filename="../desk/ui/correction_text.py" line="32"/>
        <location filename="../desk/ui/correction_text.py" line="111"/>
        <source>Moved to %1. Ctrl+Z undoes.</source>
        <translation>Moved to %1. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="36"/>
        <source>Moved back to %1: what moving it away taught desk is taken back. Ctrl+Z undoes.</source>
        <translation>Moved back to %1: what moving it away taught desk is taken back. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="45"/>
        <source>Moved to %1: from now on, messages like it from %2 in %3 go to %4. Ctrl+Z undoes.</source>
        <translation>Moved to %1: from now on, messages like it from %2 in %3 go to %4. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="56"/>
        <source>Moved to %1: from now on, messages from %2 in %3 that ask nothing of you go to %1. Ctrl+Z undoes.</source>
        <translation>Moved to %1: from now on, messages from %2 in %3 that ask nothing of you go to %1. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="70"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) and all messages in %3 rank a little higher. Ctrl+Z undoes.</source>
        <translation>Moved to %1: from now on, messages from %2 (in every group) and all messages in %3 rank a little higher. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="76"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) and all messages in %3 rank a little lower. Ctrl+Z undoes.</source>
        <translation>Moved to %1: from now on, messages from %2 (in every group) and all messages in %3 rank a little lower. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="85"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) rank a little higher. Ctrl+Z undoes.</source>
        <translation>Moved to %1: from now on, messages from %2 (in every group) rank a little higher. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="91"/>
        <source>Moved to %1: from now on, messages from %2 (in every group) rank a little lower. Ctrl+Z undoes.</source>
        <translation>Moved to %1: from now on, messages from %2 (in every group) rank a little lower. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="100"/>
        <source>Moved to %1: from now on, all messages in %2 rank a little higher. Ctrl+Z undoes.</source>
        <translation>Moved to %1: from now on, all messages in %2 rank a little higher. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="105"/>
        <source>Moved to %1: from now on, all messages in %2 rank a little lower. Ctrl+Z undoes.</source>
        <translation>Moved to %1: from now on, all messages in %2 rank a little lower. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="128"/>
        <source>%1 What moving it out of Noise taught desk is taken back. Ctrl+Z undoes.</source>
        <translation>%1 What moving it out of Noise taught desk is taken back. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="135"/>
        <source>%1 From now on, messages from %2 in %3 that ask nothing of you go to Noise too. Ctrl+Z undoes.</source>
        <translation>%1 From now on, messages from %2 in %3 that ask nothing of you go to Noise too. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="145"/>
        <source>%1 From now on, messages from %2 (in every group) and all messages in %3 rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1 From now on, messages from %2 (in every group) and all messages in %3 rank a little lower. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="155"/>
        <source>%1 From now on, messages from %2 (in every group) rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1 From now on, messages from %2 (in every group) rank a little lower. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="164"/>
        <source>%1 From now on, all messages in %2 rank a little lower. Ctrl+Z undoes.</source>
        <translation>%1 From now on, all messages in %2 rank a little lower. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/correction_text.py" line="170"/>
        <source>%1 Ctrl+Z undoes.</source>
        <translation>%1 Ctrl+Z undoes.</translation>
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
        <translation>desk could not read part of its database at %1: the file is damaged.

So that nothing more is lost, desk writes nothing more to it, and sync has stopped: new messages and DINGs no longer reach desk. Until desk starts again, keep an eye on urgent matters on your phone.

What you can do:
• Restore desk&apos;s folder %2 from a backup (ask your IT staff), then start desk.
• Or restart desk and choose Start afresh: desk moves the damaged files aside (nothing is deleted) and starts with an empty inbox; add your accounts again, and their messages come back from the server.</translation>
    </message>
    <message>
        <location filename="../desk/ui/damage_dialog.py" line="50"/>
        <source>Restart desk</source>
        <translation>Restart desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/damage_dialog.py" line="52"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="93"/>
        <source>%3 %1/%2 %4</source>
        <translation>%3 %1/%2 %4</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="105"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../desk/ui/day_field.py" line="70"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_field.py" line="72"/>
        <source>Type a date (2027-01-04, 2027/1/4, 1月4日) and press Enter, or pick it</source>
        <translation>Type a date (2027-01-04, 2027/1/4, 1月4日) and press Enter, or pick it</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_field.py" line="93"/>
        <source>%1: pick on a calendar</source>
        <translation>%1: pick on a calendar</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_field.py" line="94"/>
        <source>Pick on a calendar (Alt+Down)</source>
        <translation>Pick on a calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DayListEditor</name>
    <message>
        <location filename="../desk/ui/day_list.py" line="72"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="74"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="114"/>
        <source>“%1” is not a date. Type it as 2027-01-04, or pick it on the calendar.</source>
        <translation>“%1” is not a date. Type it as 2027-01-04, or pick it on the calendar.</translation>
    </message>
    <message>
        <location filename="../desk/ui/day_list.py" line="117"/>
        <source>Type a date, such as 2027-01-04, or pick it on the calendar.</source>
        <translation>Type a date, such as 2027-01-04, or pick it on the calendar.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desk/ui/demo_mark.py" line="14"/>
        <source>[Demo] %1</source>
        <translation>[Demo] %1</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="291"/>
        <source>The text size is set by your administrator.</source>
        <translation>The text size is set by your administrator.</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="307"/>
        <source>Text size: %1 %, the largest</source>
        <translation>Text size: %1 %, the largest</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="309"/>
        <source>Text size: %1 %, the smallest</source>
        <translation>Text size: %1 %, the smallest</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="315"/>
        <source>Text size: %1 %</source>
        <translation>Text size: %1 %</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="322"/>
        <source>The text size applies now but was not kept (%1).</source>
        <translation>The text size applies now but was not kept (%1).</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="416"/>
        <location filename="../desk/app/desk_app.py" line="764"/>
        <source>Saving the settings…</source>
        <translation>Saving the settings…</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="590"/>
        <source>Alert sounds cannot play on this computer (no audio output desk can use). DINGs and urgent items still flash the taskbar and show pop-ups.</source>
        <translation>Alert sounds cannot play on this computer (no audio output desk can use). DINGs and urgent items still flash the taskbar and show pop-ups.</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="598"/>
        <source>No alert sounds on this computer</source>
        <translation>No alert sounds on this computer</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="873"/>
        <source>desk keeps running</source>
        <translation>desk keeps running</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="874"/>
        <source>desk stays in the tray so urgent items and DINGs still reach you. Quit from the tray menu.</source>
        <translation>desk stays in the tray so urgent items and DINGs still reach you. Quit from the tray menu.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="207"/>
        <source>Reading pane</source>
        <translation>Reading pane</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="369"/>
        <source>No message selected</source>
        <translation>No message selected</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="398"/>
        <source>Marked done. %1 moves it back to the inbox.</source>
        <translation>Marked done. %1 moves it back to the inbox.</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="660"/>
        <source>Withdrawn by its sender at %1</source>
        <translation>Withdrawn by its sender at %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="581"/>
        <source>Posted again in this group: %1</source>
        <translation>Posted again in this group: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="412"/>
        <source>Due: %1 (you confirmed)</source>
        <translation>Due: %1 (you confirmed)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="444"/>
        <source>DING from %1 in %2 (%3) waits for your confirmation: a confirms it.</source>
        <translation>DING from %1 in %2 (%3) waits for your confirmation: a confirms it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="464"/>
        <source>Your confirmation waits to be sent: its sender sees it once desk is back online.</source>
        <translation>Your confirmation waits to be sent: its sender sees it once desk is back online.</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="470"/>
        <source>Your confirmation did not reach the group: the server refused it (in a group where only its admins may post, members cannot answer there). Confirm to %1 another way, by phone or in person.</source>
        <translation>Your confirmation did not reach the group: the server refused it (in a group where only its admins may post, members cannot answer there). Confirm to %1 another way, by phone or in person.</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="584"/>
        <source>show fewer</source>
        <translation>show fewer</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/detail_pane.py" line="586"/>
        <source>and more, %n times in all</source>
        <translation>
            <numerusform>and more, %n time in all</numerusform>
            <numerusform>and more, %n times in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="614"/>
        <source>Confirmed (%1): %2</source>
        <translation>Confirmed (%1): %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="618"/>
        <source>Not yet confirmed (%1): %2</source>
        <translation>Not yet confirmed (%1): %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="620"/>
        <source>Open in DINGs I sent…</source>
        <translation>Open in DINGs I sent…</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="638"/>
        <source>Confirmed as %1 · %2</source>
        <translation>Confirmed as %1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="657"/>
        <source>Withdrawn by you at %1</source>
        <translation>Withdrawn by you at %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="659"/>
        <source>Withdrawn by %2 at %1</source>
        <translation>Withdrawn by %2 at %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="675"/>
        <source>Time: %1 (you replied)</source>
        <translation>Time: %1 (you replied)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="677"/>
        <source>Due: %1 (you replied)</source>
        <translation>Due: %1 (you replied)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="705"/>
        <source>Due: %1 (all reported)</source>
        <translation>Due: %1 (all reported)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="709"/>
        <source>Due: %1 (on duty at %2)</source>
        <translation>Due: %1 (on duty at %2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="711"/>
        <source>Due: %1 (starts at %2)</source>
        <translation>Due: %1 (starts at %2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="712"/>
        <source>Due: %1 (the meeting at %2)</source>
        <translation>Due: %1 (the meeting at %2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="714"/>
        <source>Time: %1 (passed)</source>
        <translation>Time: %1 (passed)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="716"/>
        <source>Time: %1 (begun)</source>
        <translation>Time: %1 (begun)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="716"/>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="717"/>
        <source>Due: %1 (overdue)</source>
        <translation>Due: %1 (overdue)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="717"/>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="725"/>
        <source>Attachment: %1 (%2)</source>
        <translation>Attachment: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="726"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="730"/>
        <source>Picture too large to preview</source>
        <translation>Picture too large to preview</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="749"/>
        <source>Double-click or press Enter to see it larger</source>
        <translation>Double-click or press Enter to see it larger</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="570"/>
        <source>%1 · %2 · %3 adds:</source>
        <translation>%1 · %2 · %3 adds:</translation>
    </message>
</context>
<context>
    <name>DingBanner</name>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="135"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="137"/>
        <source>Confirm (&amp;A)</source>
        <translation>Confirm (&amp;A)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="154"/>
        <source>Remind me later (&amp;S)</source>
        <translation>Remind me later (&amp;S)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="157"/>
        <location filename="../desk/ui/ding_banner.py" line="487"/>
        <source>In %1 minutes</source>
        <translation>In %1 minutes</translation>
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
        <translation>Alerts again at %1 · </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="411"/>
        <source>Last reminder at %1 · %2</source>
        <translation>Last reminder at %1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="367"/>
        <source>DING · %1: %2 · %3</source>
        <translation>DING · %1: %2 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="367"/>
        <source>Urgent · %1: %2 · %3</source>
        <translation>Urgent · %1: %2 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="422"/>
        <source>%1 · came while desk was closed or offline (unconfirmed)</source>
        <translation>%1 · came while desk was closed or offline (unconfirmed)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="426"/>
        <source>%1 · came before desk was first used on this computer (unconfirmed)</source>
        <translation>%1 · came before desk was first used on this computer (unconfirmed)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="431"/>
        <source>%1 · reminders fell due while desk was not running (unconfirmed)</source>
        <translation>%1 · reminders fell due while desk was not running (unconfirmed)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="436"/>
        <source>Reminders stopped (unconfirmed) · %1</source>
        <translation>Reminders stopped (unconfirmed) · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="440"/>
        <source>✓ %1&apos;s DING confirmed · next: %2</source>
        <translation>✓ %1&apos;s DING confirmed · next: %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="442"/>
        <source>✓ %1&apos;s urgent message confirmed · next: %2</source>
        <translation>✓ %1&apos;s urgent message confirmed · next: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_banner.py" line="448"/>
        <source>✓ %n DINGs confirmed · next: %1</source>
        <translation>
            <numerusform>✓ %n DING confirmed · next: %1</numerusform>
            <numerusform>✓ %n DINGs confirmed · next: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="453"/>
        <source>%1 unconfirmed · </source>
        <translation>%1 unconfirmed · </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="461"/>
        <source>A DING is an urgent notice each person must confirm they received.</source>
        <translation>A DING is an urgent notice each person must confirm they received.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="491"/>
        <source>In %1 minutes (after it is due, %2)</source>
        <translation>In %1 minutes (after it is due, %2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_banner.py" line="497"/>
        <source>In %1 minutes (after it is to be confirmed, %2)</source>
        <translation>In %1 minutes (after it is to be confirmed, %2)</translation>
    </message>
</context>
<context>
    <name>DingComposer</name>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="68"/>
        <source>New DING</source>
        <translation>New DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="74"/>
        <source>Choose a group…</source>
        <translation>Choose a group…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="77"/>
        <source>&amp;Everyone in the group</source>
        <translation>&amp;Everyone in the group</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="78"/>
        <source>&amp;Only these members:</source>
        <translation>&amp;Only these members:</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="89"/>
        <source>What must be confirmed, e.g. 紧急：各村书记立即到岗</source>
        <translation>What must be confirmed, e.g. 紧急：各村书记立即到岗</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="92"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="111"/>
        <location filename="../desk/ui/ding_composer.py" line="208"/>
        <source>Send DING</source>
        <translation>Send DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="114"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="118"/>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="123"/>
        <source>Find a member…</source>
        <translation>Find a member…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="126"/>
        <source>Must confirm:</source>
        <translation>Must confirm:</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="131"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="158"/>
        <source>No groups yet: wait for the first sync.</source>
        <translation>No groups yet: wait for the first sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_composer.py" line="211"/>
        <source>Send DING to %n people</source>
        <translation>
            <numerusform>Send DING to %n person</numerusform>
            <numerusform>Send DING to %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/ding_composer.py" line="225"/>
        <source>Will DING: %1 (%n people)</source>
        <translation>
            <numerusform>Will DING: %1 (%n person)</numerusform>
            <numerusform>Will DING: %1 (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="339"/>
        <source>Choose a group.</source>
        <translation>Choose a group.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="342"/>
        <source>Write what must be confirmed.</source>
        <translation>Write what must be confirmed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="345"/>
        <source>Tick at least one member, or choose everyone.</source>
        <translation>Tick at least one member, or choose everyone.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="348"/>
        <source>The deadline is already past.</source>
        <translation>The deadline is already past.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_composer.py" line="372"/>
        <source>The DING was not queued (%1).</source>
        <translation>The DING was not queued (%1).</translation>
    </message>
</context>
<context>
    <name>DingDialogs</name>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="35"/>
        <source>Not reported yet: please report as asked. “%1”</source>
        <translation>Not reported yet: please report as asked. “%1”</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="98"/>
        <source>A DING you are writing is open: send or cancel it first.</source>
        <translation>A DING you are writing is open: send or cancel it first.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="104"/>
        <source>That group takes no DING from you: you are no longer in it.</source>
        <translation>That group takes no DING from you: you are no longer in it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="127"/>
        <source>No member of this group speaks for %1: tick whom to DING.</source>
        <translation>No member of this group speaks for %1: tick whom to DING.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_dialogs.py" line="161"/>
        <source>DING queued. See who confirms in DING → DINGs I sent…</source>
        <translation>DING queued. See who confirms in DING → DINGs I sent…</translation>
    </message>
</context>
<context>
    <name>DingRoster</name>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="56"/>
        <source>DINGs I sent</source>
        <translation>DINGs I sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="89"/>
        <source>You have not sent a DING yet. Use New DING… (Ctrl+D).</source>
        <translation>You have not sent a DING yet. Use New DING… (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="181"/>
        <source>Re-DING queued.</source>
        <translation>Re-DING queued.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="188"/>
        <source>Re-DING not queued (%1).</source>
        <translation>Re-DING not queued (%1).</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="201"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="202"/>
        <source>Not yet confirmed</source>
        <translation>Not yet confirmed</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="265"/>
        <source>%1 · sent %2 · due %3</source>
        <translation>%1 · sent %2 · due %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="266"/>
        <source>%1 · sent %2</source>
        <translation>%1 · sent %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="211"/>
        <source>Not sent: the server turned it down (you may no longer be in this group).</source>
        <translation>Not sent: the server turned it down (you may no longer be in this group).</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="214"/>
        <source>Waiting to be sent…</source>
        <translation>Waiting to be sent…</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="218"/>
        <source>%1 of %2 confirmed</source>
        <translation>%1 of %2 confirmed</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="224"/>
        <source>&amp;Confirmed (%1)</source>
        <translation>&amp;Confirmed (%1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="227"/>
        <source>&amp;Not yet confirmed (%1)</source>
        <translation>&amp;Not yet confirmed (%1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="270"/>
        <source>%1 · queued %2 · not sent · due %3</source>
        <translation>%1 · queued %2 · not sent · due %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="271"/>
        <source>%1 · queued %2 · not sent</source>
        <translation>%1 · queued %2 · not sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="273"/>
        <source>%1 · queued %2 · waiting to be sent · due %3</source>
        <translation>%1 · queued %2 · waiting to be sent · due %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="274"/>
        <source>%1 · queued %2 · waiting to be sent</source>
        <translation>%1 · queued %2 · waiting to be sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="284"/>
        <source>Re-DING the unconfirmed</source>
        <translation>Re-DING the unconfirmed</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="287"/>
        <source>Everyone has confirmed.</source>
        <translation>Everyone has confirmed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="294"/>
        <source>Re-DING possible in %1</source>
        <translation>Re-DING possible in %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="295"/>
        <source>At most one re-DING every 5 minutes.</source>
        <translation>At most one re-DING every 5 minutes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="298"/>
        <source>Re-DING the unconfirmed (%1)</source>
        <translation>Re-DING the unconfirmed (%1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="299"/>
        <source>Sends the DING again to those who have not confirmed.</source>
        <translation>Sends the DING again to those who have not confirmed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="305"/>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="307"/>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/ding_roster.py" line="310"/>
        <source>%1/%2 confirmed</source>
        <translation>%1/%2 confirmed</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../desk/app/desk_app.py" line="612"/>
        <source>Confirmed. The sender will see it.</source>
        <translation>Confirmed. The sender will see it.</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="530"/>
        <source>The DING will alert again at %1; until you confirm it, it stays pinned at the top of Urgent.</source>
        <translation>The DING will alert again at %1; until you confirm it, it stays pinned at the top of Urgent.</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="543"/>
        <source>The DING will alert again at %1. Snoozed here only: desk could not save it (the database is damaged).</source>
        <translation>The DING will alert again at %1. Snoozed here only: desk could not save it (the database is damaged).</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="556"/>
        <source>The DING was not snoozed (%1).</source>
        <translation>The DING was not snoozed (%1).</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="609"/>
        <source>Confirmed the DING from %1 in %2. The sender will see it.</source>
        <translation>Confirmed the DING from %1 in %2. The sender will see it.</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="614"/>
        <source>Confirmed %n DINGs (%1). Their senders will see it.</source>
        <translation>Confirmed %n DINGs (%1). Their senders will see it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2502"/>
        <location filename="../desk/app/desk_app.py" line="624"/>
        <source>Confirmed the urgent message from %1 in %2: it rings no more. It is no DING, so nothing was sent.</source>
        <translation>Confirmed the urgent message from %1 in %2: it rings no more. It is no DING, so nothing was sent.</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="629"/>
        <source>Confirmed: it rings no more. It is no DING, so nothing was sent.</source>
        <translation>Confirmed: it rings no more. It is no DING, so nothing was sent.</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="642"/>
        <source>Confirmed the DING from %1 in %2 here; desk could not save it or tell the sender (the database is damaged).</source>
        <translation>Confirmed the DING from %1 in %2 here; desk could not save it or tell the sender (the database is damaged).</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="647"/>
        <source>Confirmed here; desk could not save it or tell the sender (the database is damaged).</source>
        <translation>Confirmed here; desk could not save it or tell the sender (the database is damaged).</translation>
    </message>
    <message>
        <location filename="../desk/app/desk_app.py" line="673"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
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
        <translation>Urgent · %1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="501"/>
        <source>Unconfirmed: Confirm (A) confirms it; Open shows it in desk first.</source>
        <translation>Unconfirmed: Confirm (A) confirms it; Open shows it in desk first.</translation>
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
        <translation>Last reminder</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="485"/>
        <source>Urgent items alert like DINGs (turned on in Settings → DING)</source>
        <translation>Urgent items alert like DINGs (turned on in Settings → DING)</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="582"/>
        <source>Quiet hours: DINGs still alert until confirmed (how often: Settings → DING)</source>
        <translation>Quiet hours: DINGs still alert until confirmed (how often: Settings → DING)</translation>
    </message>
    <message>
        <location filename="../desk/app/escalation.py" line="587"/>
        <source>Quiet hours: urgent items alert like DINGs (turned on in Settings → DING)</source>
        <translation>Quiet hours: urgent items alert like DINGs (turned on in Settings → DING)</translation>
    </message>
</context>
<context>
    <name>FirstDaysGuide</name>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="53"/>
        <source>Right-click a message to confirm a DING (an urgent notice each person must confirm), reply to it or mark it done; %1 lists every key.</source>
        <translation>Right-click a message to confirm a DING (an urgent notice each person must confirm), reply to it or mark it done; %1 lists every key.</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="60"/>
        <source>desk gathers your work groups into one inbox, the most pressing first. With the keys: %1/%2 or ↑/↓ move, %3 opens, %4 confirms a DING, %5 lists every key. Quiet hours hold ordinary notifications in the evening, at weekends and on holidays.</source>
        <translation>desk gathers your work groups into one inbox, the most pressing first. With the keys: %1/%2 or ↑/↓ move, %3 opens, %4 confirms a DING, %5 lists every key. Quiet hours hold ordinary notifications in the evening, at weekends and on holidays.</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="71"/>
        <source>Shown in desk&apos;s first days; × closes it for good.</source>
        <translation>Shown in desk&apos;s first days; × closes it for good.</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="73"/>
        <source>%1

More in Help → What is a DING?</source>
        <translation>%1

More in Help → What is a DING?</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="76"/>
        <source>Set quiet hours…</source>
        <translation>Set quiet hours…</translation>
    </message>
    <message>
        <location filename="../desk/ui/first_days_guide.py" line="78"/>
        <source>Close this guide</source>
        <translation>Close this guide</translation>
    </message>
</context>
<context>
    <name>GroupSwitcher</name>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="62"/>
        <source>Go to group</source>
        <translation>Go to group</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="65"/>
        <source>Type a part of the group&apos;s name or its pinyin initials, Enter opens it</source>
        <translation>Type a part of the group&apos;s name or its pinyin initials, Enter opens it</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="71"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="77"/>
        <source>%1 (%2 unread)</source>
        <translation>%1 (%2 unread)</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_switcher.py" line="129"/>
        <source>No group&apos;s name holds “%1”, nor has those pinyin initials.</source>
        <translation>No group&apos;s name holds “%1”, nor has those pinyin initials.</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="35"/>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="36"/>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="37"/>
        <source>Qingming Festival</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="38"/>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="39"/>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="40"/>
        <source>Mid-Autumn Festival</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="41"/>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="42"/>
        <source>70th anniversary of the victory of the War of Resistance against Japan</source>
        <translation>70th anniversary of the victory of the War of Resistance against Japan</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../desk/ui/inbox_view.py" line="37"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="51"/>
        <source>Group invites</source>
        <translation>Group invites</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="69"/>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="70"/>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="79"/>
        <source>Messages of a group come into desk once you have joined it.</source>
        <translation>Messages of a group come into desk once you have joined it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="88"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="90"/>
        <source>%1
invited by %2 · %3</source>
        <translation>%1
invited by %2 · %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="106"/>
        <source>Joining…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="106"/>
        <source>Declining…</source>
        <translation>Declining…</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="135"/>
        <source>Joined: its messages come in with the next sync.</source>
        <translation>Joined: its messages come in with the next sync.</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="133"/>
        <source>Answered.</source>
        <translation>Answered.</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="137"/>
        <source>Declined.</source>
        <translation>Declined.</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="143"/>
        <source>The server refused the sign-in: sign in again.</source>
        <translation>The server refused the sign-in: sign in again.</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="147"/>
        <source>The invite was withdrawn.</source>
        <translation>The invite was withdrawn.</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="151"/>
        <location filename="../desk/ui/invites_dialog.py" line="154"/>
        <source>Not answered: %1.</source>
        <translation>Not answered: %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/invites_dialog.py" line="174"/>
        <source>No invites wait for an answer.</source>
        <translation>No invites wait for an answer.</translation>
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
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="851"/>
        <source>Next message</source>
        <translation>Next message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="852"/>
        <source>Previous message</source>
        <translation>Previous message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="853"/>
        <source>Open message</source>
        <translation>Open message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="854"/>
        <location filename="../desk/ui/main_window.py" line="3812"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="864"/>
        <source>Mark unread</source>
        <translation>Mark unread</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="867"/>
        <source>Mark all in this view read</source>
        <translation>Mark all in this view read</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="869"/>
        <location filename="../desk/ui/main_window.py" line="1385"/>
        <location filename="../desk/ui/main_window.py" line="1391"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="871"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="875"/>
        <source>Confirm DING</source>
        <translation>Confirm DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="894"/>
        <source>Move to Urgent</source>
        <translation>Move to Urgent</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="895"/>
        <source>Move to Action</source>
        <translation>Move to Action</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="896"/>
        <source>Move to Info</source>
        <translation>Move to Info</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="897"/>
        <location filename="../desk/ui/main_window.py" line="3047"/>
        <location filename="../desk/ui/main_window.py" line="3050"/>
        <source>Move to Noise</source>
        <translation>Move to Noise</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="907"/>
        <location filename="../desk/ui/main_window.py" line="915"/>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="952"/>
        <source>Back to list</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="968"/>
        <source>&amp;desk</source>
        <translation>&amp;desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="969"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="989"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="992"/>
        <source>Group &amp;invites…</source>
        <translation>Group &amp;invites…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1089"/>
        <source>A&amp;bout desk…</source>
        <translation>A&amp;bout desk…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1001"/>
        <source>&amp;Quit desk</source>
        <translation>&amp;Quit desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="860"/>
        <source>Mark done (as e)</source>
        <translation>Mark done (as e)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="877"/>
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="880"/>
        <source>Reply 收到</source>
        <translation>Reply 收到</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="884"/>
        <source>Show conversation</source>
        <translation>Show conversation</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="888"/>
        <source>Copy message</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="920"/>
        <source>Go to group…</source>
        <translation>Go to group…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="955"/>
        <source>Go to the results</source>
        <translation>Go to the results</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="978"/>
        <source>A&amp;ccounts…</source>
        <translation>A&amp;ccounts…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="996"/>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1008"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1010"/>
        <source>&amp;New message…</source>
        <translation>&amp;New message…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1035"/>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1040"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1049"/>
        <source>D&amp;ING</source>
        <translation>D&amp;ING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1050"/>
        <source>&amp;New DING…</source>
        <translation>&amp;New DING…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1055"/>
        <source>&amp;Remind me later…</source>
        <translation>&amp;Remind me later…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1059"/>
        <source>DINGs I &amp;sent…</source>
        <translation>DINGs I &amp;sent…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1072"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1073"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1086"/>
        <source>What is a &amp;DING?</source>
        <translation>What is a &amp;DING?</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1100"/>
        <source>A DING is an urgent message that each person it names must confirm receiving. It rings through quiet hours and keeps alerting until you confirm it (a, or Confirm on the red banner). A DING of yours lists who has confirmed and who not yet, and can ring those again.</source>
        <translation>A DING is an urgent message that each person it names must confirm receiving. It rings through quiet hours and keeps alerting until you confirm it (a, or Confirm on the red banner). A DING of yours lists who has confirmed and who not yet, and can ring those again.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1121"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1135"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1141"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1145"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1155"/>
        <source>Set by your administrator</source>
        <translation>Set by your administrator</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1157"/>
        <source>Text size: %1 % (set by your administrator)</source>
        <translation>Text size: %1 % (set by your administrator)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1159"/>
        <source>Text size: %1 %</source>
        <translation>Text size: %1 %</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1206"/>
        <source>Previous or next card</source>
        <translation>Previous or next card</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1209"/>
        <source>First or last card</source>
        <translation>First or last card</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1218"/>
        <source>Navigate</source>
        <translation>Navigate</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1230"/>
        <source>Act on a card</source>
        <translation>Act on a card</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1245"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1255"/>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1266"/>
        <source>%1 (on the DING banner)</source>
        <translation>%1 (on the DING banner)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1270"/>
        <source>Reply box</source>
        <translation>Reply box</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1278"/>
        <source>New message</source>
        <translation>New message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1281"/>
        <source>Send it (in the new message)</source>
        <translation>Send it (in the new message)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1284"/>
        <source>Close it, asking first if something is written</source>
        <translation>Close it, asking first if something is written</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1289"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1299"/>
        <source>Close the away line or the guide (on its buttons)</source>
        <translation>Close the away line or the guide (on its buttons)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1301"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1383"/>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1397"/>
        <source>undo</source>
        <comment>the word of &apos;Press Ctrl+Z to undo&apos; made a link that undoes</comment>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1762"/>
        <source>What quiet hours hold so far and what their last digest listed, newest first (%1; Esc goes back).</source>
        <translation>What quiet hours hold so far and what their last digest listed, newest first (%1; Esc goes back).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1743"/>
        <source>Nothing held during quiet hours yet: desk says what they held when they end.</source>
        <translation>Nothing held during quiet hours yet: desk says what they held when they end.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1827"/>
        <source>What came in since you were last in desk (%1), in the inbox&apos;s order (%2; Esc goes back).</source>
        <translation>What came in since you were last in desk (%1), in the inbox&apos;s order (%2; Esc goes back).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="1961"/>
        <source>desk was not running here before this start, so there is no absence to tell of: what came before it started is in the inbox as usual. After %n hour(s) or more away from desk, it says what came meanwhile.</source>
        <translation>
            <numerusform>desk was not running here before this start, so there is no absence to tell of: what came before it started is in the inbox as usual. After %n hour or more away from desk, it says what came meanwhile.</numerusform>
            <numerusform>desk was not running here before this start, so there is no absence to tell of: what came before it started is in the inbox as usual. After %n hours or more away from desk, it says what came meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="1969"/>
        <source>You have not been away yet: after %n hour(s) or more away from desk, it says what came meanwhile.</source>
        <translation>
            <numerusform>You have not been away yet: after %n hour or more away from desk, it says what came meanwhile.</numerusform>
            <numerusform>You have not been away yet: after %n hours or more away from desk, it says what came meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1982"/>
        <source>Reading what quiet hours held…</source>
        <translation>Reading what quiet hours held…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1983"/>
        <source>Reading what came while you were away…</source>
        <translation>Reading what came while you were away…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2085"/>
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message waiting to be sent</numerusform>
            <numerusform>%n messages waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2205"/>
        <source>This message has no card in the inbox.</source>
        <translation>This message has no card in the inbox.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2208"/>
        <source>No card here or in All shows this message: it is in %1.</source>
        <translation>No card here or in All shows this message: it is in %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2229"/>
        <source>It has no card of its own: the card of its notice is selected.</source>
        <translation>It has no card of its own: the card of its notice is selected.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2234"/>
        <source>This view does not list it: shown in All.</source>
        <translation>This view does not list it: shown in All.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2248"/>
        <source>Message copied.</source>
        <translation>Message copied.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2295"/>
        <source>This DING waits for your confirmation: press A to confirm it first.</source>
        <translation>This DING waits for your confirmation: press A to confirm it first.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2319"/>
        <source>marked done</source>
        <translation>marked done</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2319"/>
        <source>moved back to the inbox</source>
        <translation>moved back to the inbox</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2341"/>
        <source>Could not mark the message from %1 in %2 done (%3).</source>
        <translation>Could not mark the message from %1 in %2 done (%3).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2343"/>
        <source>Could not move the message from %1 in %2 back to the inbox (%3).</source>
        <translation>Could not move the message from %1 in %2 back to the inbox (%3).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2351"/>
        <source>Marking done…</source>
        <translation>Marking done…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2351"/>
        <source>Moving back to the inbox…</source>
        <translation>Moving back to the inbox…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2399"/>
        <location filename="../desk/ui/main_window.py" line="2439"/>
        <source>This DING waits for your confirmation: press a again to confirm it.</source>
        <translation>This DING waits for your confirmation: press a again to confirm it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2442"/>
        <source>This DING is not listed here: shown in %1. Press a again to confirm it.</source>
        <translation>This DING is not listed here: shown in %1. Press a again to confirm it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2546"/>
        <source>Confirmed the DING from %1 in %2.</source>
        <translation>Confirmed the DING from %1 in %2.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2548"/>
        <source>Confirmed the DING.</source>
        <translation>Confirmed the DING.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2549"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2550"/>
        <source>Confirmed %n DINGs (%1).</source>
        <translation>
            <numerusform>Confirmed %n DING (%1).</numerusform>
            <numerusform>Confirmed %n DINGs (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2559"/>
        <source>The DING was not confirmed (%1).</source>
        <translation>The DING was not confirmed (%1).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2571"/>
        <source>This DING is not listed here: shown in %1.</source>
        <translation>This DING is not listed here: shown in %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2716"/>
        <source>marked unread</source>
        <translation>marked unread</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2722"/>
        <source>Could not mark the message from %1 in %2 unread (%3).</source>
        <translation>Could not mark the message from %1 in %2 unread (%3).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2754"/>
        <source>Still marking the last view read: one view at a time.</source>
        <translation>Still marking the last view read: one view at a time.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2845"/>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2842"/>
        <source>Mark the %Ln unread message(s) in “%1” read?</source>
        <translation>
            <numerusform>Mark the %Ln unread message in “%1” read?</numerusform>
            <numerusform>Mark the %Ln unread messages in “%1” read?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2848"/>
        <source>Ctrl+Z undoes.</source>
        <translation>Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2850"/>
        <source>A DING that waits for your confirmation stays unread. Ctrl+Z undoes.</source>
        <translation>A DING that waits for your confirmation stays unread. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2851"/>
        <source>Mark read</source>
        <translation>Mark read</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2872"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2893"/>
        <source>Nothing was marked read.</source>
        <translation>Nothing was marked read.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2917"/>
        <source>Marked %1 of %2 read…</source>
        <translation>Marked %1 of %2 read…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2942"/>
        <source>Nothing else unread here.</source>
        <translation>Nothing else unread here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2947"/>
        <source>%n item(s) still wait for your confirmation.</source>
        <translation>
            <numerusform>%n item still waits for your confirmation.</numerusform>
            <numerusform>%n items still wait for your confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2961"/>
        <source>mark all read (nothing was marked yet)</source>
        <translation>mark all read (nothing was marked yet)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2973"/>
        <source>Made %1 of %2 unread again…</source>
        <translation>Made %1 of %2 unread again…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2801"/>
        <location filename="../desk/ui/main_window.py" line="2980"/>
        <source>marked %n message(s) read</source>
        <translation>
            <numerusform>marked %n message read</numerusform>
            <numerusform>marked %n messages read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1214"/>
        <source>Next or previous pane</source>
        <translation>Next or previous pane</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1536"/>
        <source>%1

Click to list them, those asking you first, then tasks, newest first (%2; Esc goes back).</source>
        <translation>%1

Click to list them, those asking you first, then tasks, newest first (%2; Esc goes back).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1541"/>
        <source>%1

Click to list them, tasks first, newest first (%2; Esc goes back).</source>
        <translation>%1

Click to list them, tasks first, newest first (%2; Esc goes back).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1777"/>
        <source>What quiet hours hold so far, tasks first, newest first (%1; Esc goes back). desk says what they held when they end.</source>
        <translation>What quiet hours hold so far, tasks first, newest first (%1; Esc goes back). desk says what they held when they end.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1738"/>
        <source>desk was not running during the last quiet hours, so it held nothing: what came before it started is in the inbox as usual.</source>
        <translation>desk was not running during the last quiet hours, so it held nothing: what came before it started is in the inbox as usual.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="985"/>
        <source>Accounts (Alt+S there: shared or not)</source>
        <translation>Accounts (Alt+S there: shared or not)</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="1555"/>
        <source>Show</source>
        <comment>the link before the digest</comment>
        <translation>Show</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2079"/>
        <source>%n DING confirmation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n DING confirmation waiting to be sent</numerusform>
            <numerusform>%n DING confirmations waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2082"/>
        <source>%n item(s) waiting to be sent: replies and confirmations</source>
        <translation>
            <numerusform>%n item waiting to be sent: replies and confirmations</numerusform>
            <numerusform>%n items waiting to be sent: replies and confirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2087"/>
        <source>%n reply(s) waiting to be sent</source>
        <translation>
            <numerusform>%n reply waiting to be sent</numerusform>
            <numerusform>%n replies waiting to be sent</numerusform>
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
        <translation>This card is done already: press %1 to move it back to the inbox.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2326"/>
        <source>Marked done: %1, “%2”. Press Ctrl+Z to undo.</source>
        <translation>Marked done: %1, “%2”. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2328"/>
        <source>Moved back to the inbox: %1, “%2”. Press Ctrl+Z to undo.</source>
        <translation>Moved back to the inbox: %1, “%2”. Press Ctrl+Z to undo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2831"/>
        <source>Mark the %Ln unread message(s) in “%1” read, and the %2 unread in “%3” besides (%4 in all)?</source>
        <translation>
            <numerusform>Mark the %Ln unread message in “%1” read, and the %2 unread in “%3” besides (%4 in all)?</numerusform>
            <numerusform>Mark the %Ln unread messages in “%1” read, and the %2 unread in “%3” besides (%4 in all)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2930"/>
        <source>Marked %n message(s) read, and %1 more in “%2” (%3 in all). Ctrl+Z undoes.</source>
        <translation>
            <numerusform>Marked %n message read, and %1 more in “%2” (%3 in all). Ctrl+Z undoes.</numerusform>
            <numerusform>Marked %n messages read, and %1 more in “%2” (%3 in all). Ctrl+Z undoes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3041"/>
        <source>It is a DING that waits for your confirmation.</source>
        <translation>It is a DING that waits for your confirmation.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3043"/>
        <source>It is addressed to you.</source>
        <translation>It is addressed to you.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3045"/>
        <source>It is urgent.</source>
        <translation>It is urgent.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3048"/>
        <source>Move this message to Noise?</source>
        <translation>Move this message to Noise?</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3063"/>
        <source>moved to %1</source>
        <translation>moved to %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3085"/>
        <source>Still taking back the last mark: a moment.</source>
        <translation>Still taking back the last mark: a moment.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3110"/>
        <source>Undoing: %1…</source>
        <translation>Undoing: %1…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3110"/>
        <source>Undoing…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3122"/>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3475"/>
        <source>This list could not be read (%1).</source>
        <translation>This list could not be read (%1).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3487"/>
        <source>Loading the demo workspace…</source>
        <translation>Loading the demo workspace…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3489"/>
        <source>Loading messages…</source>
        <translation>Loading messages…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3500"/>
        <source>No account yet. Add your work account (desk menu, Add account…) and the messages of all your groups gather here.</source>
        <translation>No account yet. Add your work account (desk menu, Add account…) and the messages of all your groups gather here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3507"/>
        <source>No messages yet: %n group invite(s) wait for you. Accept them with the invites link at the bottom right (or desk menu, Group invites…), and their groups&apos; messages gather here.</source>
        <translation>
            <numerusform>No messages yet: %n group invite waits for you. Accept it with the invites link at the bottom right (or desk menu, Group invites…), and its group&apos;s messages gather here.</numerusform>
            <numerusform>No messages yet: %n group invites wait for you. Accept them with the invites link at the bottom right (or desk menu, Group invites…), and their groups&apos; messages gather here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3514"/>
        <source>Nothing open is due today, and nothing is overdue.</source>
        <translation>Nothing open is due today, and nothing is overdue.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3580"/>
        <location filename="../desk/ui/main_window.py" line="3644"/>
        <source>%1 · Esc: back</source>
        <translation>%1 · Esc: back</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3594"/>
        <source>%n held, %1 alerted · Esc: back</source>
        <translation>
            <numerusform>%n held, %1 alerted · Esc: back</numerusform>
            <numerusform>%n held, %1 alerted · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3623"/>
        <source>%n held while quiet · Esc: back</source>
        <translation>
            <numerusform>%n held while quiet · Esc: back</numerusform>
            <numerusform>%n held while quiet · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3625"/>
        <source>%n or more held while quiet · Esc: back</source>
        <translation>
            <numerusform>%n or more held while quiet · Esc: back</numerusform>
            <numerusform>%n or more held while quiet · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3646"/>
        <source>%n or more came while you were away · Esc: back</source>
        <translation>
            <numerusform>%n or more came while you were away · Esc: back</numerusform>
            <numerusform>%n or more came while you were away · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3652"/>
        <source>%n unread of %1 that came while you were away · Esc: back</source>
        <translation>
            <numerusform>%n unread of %1 that came while you were away · Esc: back</numerusform>
            <numerusform>%n unread of %1 that came while you were away · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3657"/>
        <source>%n came while you were away · Esc: back</source>
        <translation>
            <numerusform>%n came while you were away · Esc: back</numerusform>
            <numerusform>%n came while you were away · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3665"/>
        <source>%n or more found</source>
        <translation>
            <numerusform>%n or more found</numerusform>
            <numerusform>%n or more found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3665"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3669"/>
        <source>%1 · notices and tasks first</source>
        <translation>%1 · notices and tasks first</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3680"/>
        <source>Newest first.</source>
        <translation>Newest first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3697"/>
        <source>%n message(s) marked done match: %1 shows them.</source>
        <translation>
            <numerusform>%n message marked done matches: %1 shows it.</numerusform>
            <numerusform>%n messages marked done match: %1 shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3700"/>
        <source>%n or more messages marked done match: %1 shows them.</source>
        <translation>
            <numerusform>%n or more messages marked done match: %1 shows them.</numerusform>
            <numerusform>%n or more messages marked done match: %1 shows them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3713"/>
        <source>The rest of this list could not be read (%1).</source>
        <translation>The rest of this list could not be read (%1).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3810"/>
        <source>Move back to the inbox</source>
        <translation>Move back to the inbox</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3845"/>
        <source>%n confirmation(s) did not reach the group: the server refused them. Confirm to the sender another way.</source>
        <translation>
            <numerusform>%n confirmation did not reach the group: the server refused it. Confirm to the sender another way.</numerusform>
            <numerusform>%n confirmations did not reach the group: the server refused them. Confirm to the sender another way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3856"/>
        <source>%n reply(s) did not reach the group: the server refused them.</source>
        <translation>
            <numerusform>%n reply did not reach the group: the server refused it.</numerusform>
            <numerusform>%n replies did not reach the group: the server refused them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3864"/>
        <source>%n DING(s) did not reach the group: the server refused them (see DING → DINGs I sent…).</source>
        <translation>
            <numerusform>%n DING did not reach the group: the server refused it (see DING → DINGs I sent…).</numerusform>
            <numerusform>%n DINGs did not reach the group: the server refused them (see DING → DINGs I sent…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3876"/>
        <source>Sent: %n DING confirmation(s) made while offline reached the group.</source>
        <translation>
            <numerusform>Sent: %n DING confirmation made while offline reached the group.</numerusform>
            <numerusform>Sent: %n DING confirmations made while offline reached the group.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4089"/>
        <source>This message has just arrived: look it over, then press %1 again.</source>
        <translation>This message has just arrived: look it over, then press %1 again.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4200"/>
        <source>The server refused the sign-in:</source>
        <translation>The server refused the sign-in:</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4221"/>
        <location filename="../desk/ui/main_window.py" line="4238"/>
        <source>Sorting %n new message(s)…</source>
        <translation>
            <numerusform>Sorting %n new message…</numerusform>
            <numerusform>Sorting %n new messages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4223"/>
        <source>Sorting new messages…</source>
        <translation>Sorting new messages…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4205"/>
        <source>Sync stopped: the local database is damaged.</source>
        <translation>Sync stopped: the local database is damaged.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3518"/>
        <source>No message here holds “%1”.</source>
        <translation>No message here holds “%1”.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3522"/>
        <source>No message here holds all of %1.</source>
        <translation>No message here holds all of %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3524"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3533"/>
        <source>Messages marked done are in Done.</source>
        <translation>Messages marked done are in Done.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3540"/>
        <source>Press %1 to search the open messages in %2.</source>
        <translation>Press %1 to search the open messages in %2.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3542"/>
        <source>Press %1 to search %2; messages marked done are in Done.</source>
        <translation>Press %1 to search %2; messages marked done are in Done.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3589"/>
        <source>%n held while quiet, %1 more alerted as usual · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>%n held while quiet, %1 more alerted as usual · asking you first, then tasks, then newest · Esc: back</numerusform>
            <numerusform>%n held while quiet, %1 more alerted as usual · asking you first, then tasks, then newest · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3599"/>
        <source>%n held while quiet · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>%n held while quiet · asking you first, then tasks, then newest · Esc: back</numerusform>
            <numerusform>%n held while quiet · asking you first, then tasks, then newest · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3605"/>
        <source>%n or more held while quiet · asking you first, then tasks, then newest · Esc: back</source>
        <translation>
            <numerusform>%n or more held while quiet · asking you first, then tasks, then newest · Esc: back</numerusform>
            <numerusform>%n or more held while quiet · asking you first, then tasks, then newest · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3612"/>
        <source>%n held while quiet · tasks first, then newest · Esc: back</source>
        <translation>
            <numerusform>%n held while quiet · tasks first, then newest · Esc: back</numerusform>
            <numerusform>%n held while quiet · tasks first, then newest · Esc: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3616"/>
        <source>%n or more held while quiet · tasks first, then newest · Esc: back</source>
        <translation>
            <numerusform>%n or more held while quiet · tasks first, then newest · Esc: back</numerusform>
            <numerusform>%n or more held while quiet · tasks first, then newest · Esc: back</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4298"/>
        <source>Cannot save to this computer (%1), retrying in %2 s</source>
        <translation>Cannot save to this computer (%1), retrying in %2 s</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4322"/>
        <source>Sorting new messages failed: the log file says where. Retrying in %1 s</source>
        <translation>Sorting new messages failed: the log file says where. Retrying in %1 s</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4326"/>
        <source>Sorting new messages failed, retrying in %1 s</source>
        <translation>Sorting new messages failed, retrying in %1 s</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4330"/>
        <source>sign in again</source>
        <translation>sign in again</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4332"/>
        <source>what to do</source>
        <translation>what to do</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4369"/>
        <source>No official holiday schedule(s) for %1</source>
        <translation>
            <numerusform>No official holiday schedule for %1</numerusform>
            <numerusform>No official holiday schedules for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4374"/>
        <source>Quiet hours assume Monday to Friday with only the holidays desk can foresee. Add other days off and make-up working days in Settings, or ask IT for a policy that includes the official schedule(s).</source>
        <translation>
            <numerusform>Quiet hours assume Monday to Friday with only the holidays desk can foresee. Add other days off and make-up working days in Settings, or ask IT for a policy that includes the official schedule.</numerusform>
            <numerusform>Quiet hours assume Monday to Friday with only the holidays desk can foresee. Add other days off and make-up working days in Settings, or ask IT for a policy that includes the official schedules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4494"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4496"/>
        <source>Demo workspace: its messages are invented</source>
        <translation>Demo workspace: its messages are invented</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4498"/>
        <source>desk is showing its built-in demo workspace, so that you can try it: its groups, people, notices and DINGs are made up. Add your work account (desk menu, Add account…) to use desk for real; the demo workspace is removed then.</source>
        <translation>desk is showing its built-in demo workspace, so that you can try it: its groups, people, notices and DINGs are made up. Add your work account (desk menu, Add account…) to use desk for real; the demo workspace is removed then.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4216"/>
        <location filename="../desk/ui/main_window.py" line="4504"/>
        <source>No account yet</source>
        <translation>No account yet</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4506"/>
        <source>desk has no account to sync. Add your work account (desk menu, Add account…); your IT staff can tell you the server&apos;s address.</source>
        <translation>desk has no account to sync. Add your work account (desk menu, Add account…); your IT staff can tell you the server&apos;s address.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2431"/>
        <location filename="../desk/ui/main_window.py" line="2563"/>
        <source>No DING waits for confirmation.</source>
        <translation>No DING waits for confirmation.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2732"/>
        <source>Marked unread. Ctrl+Z undoes.</source>
        <translation>Marked unread. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2743"/>
        <source>Clear the search first: Shift+C marks a whole view read.</source>
        <translation>Clear the search first: Shift+C marks a whole view read.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2747"/>
        <source>Done holds nothing unread to mark.</source>
        <translation>Done holds nothing unread to mark.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2798"/>
        <location filename="../desk/ui/main_window.py" line="2944"/>
        <source>Nothing unread here.</source>
        <translation>Nothing unread here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="2804"/>
        <location filename="../desk/ui/main_window.py" line="2940"/>
        <source>Marked %n message(s) read. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>Marked %n message read. Ctrl+Z undoes.</numerusform>
            <numerusform>Marked %n messages read. Ctrl+Z undoes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3009"/>
        <source>Already in %1.</source>
        <translation>Already in %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3089"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3122"/>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="2993"/>
        <location filename="../desk/ui/main_window.py" line="3240"/>
        <source>Not saved (%1).</source>
        <translation>Not saved (%1).</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3102"/>
        <source>Could not undo: %1 (%2). Ctrl+Z tries again.</source>
        <translation>Could not undo: %1 (%2). Ctrl+Z tries again.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3478"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3515"/>
        <source>No messages here.</source>
        <translation>No messages here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3585"/>
        <source>%n alerted as usual while quiet, none held · Esc: back</source>
        <translation>
            <numerusform>%n item alerted as usual while quiet, none held · Esc: back</numerusform>
            <numerusform>%n items alerted as usual while quiet, none held · Esc: back</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3672"/>
        <source>Notices and tasks come first: what waits for your confirmation (a DING, or an urgent item escalated like one), then those with the words in their title, then urgent, to-do, confirmed or answered ones. Then the rest. Each part is newest first.</source>
        <translation>Notices and tasks come first: what waits for your confirmation (a DING, or an urgent item escalated like one), then those with the words in their title, then urgent, to-do, confirmed or answered ones. Then the rest. Each part is newest first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3793"/>
        <source>%n message(s) marked done hold “%1” too: %2 shows them.</source>
        <translation>
            <numerusform>%n message marked done holds “%1” too: %2 shows it.</numerusform>
            <numerusform>%n messages marked done hold “%1” too: %2 shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="3796"/>
        <source>%n or more messages marked done hold “%1” too: %2 shows them.</source>
        <translation>
            <numerusform>%n or more messages marked done hold “%1” too: %2 shows them.</numerusform>
            <numerusform>%n or more messages marked done hold “%1” too: %2 shows them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3819"/>
        <source>Search done messages ( / )</source>
        <translation>Search done messages ( / )</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="3821"/>
        <source>Search open messages ( / )</source>
        <translation>Search open messages ( / )</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4198"/>
        <source>The server refused the sign-in of %1:</source>
        <translation>The server refused the sign-in of %1:</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4306"/>
        <source>Offline (%1), retrying in %2 s: %3</source>
        <translation>Offline (%1), retrying in %2 s: %3</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4313"/>
        <source>Offline (%1), retrying in %2 s</source>
        <translation>Offline (%1), retrying in %2 s</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4331"/>
        <source>retry now</source>
        <translation>retry now</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4342"/>
        <source>Trying again…</source>
        <translation>Trying again…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4370"/>
        <source>No %1 holidays</source>
        <translation>No %1 holidays</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4371"/>
        <source>add days off</source>
        <translation>add days off</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4380"/>
        <source>%1.

%2</source>
        <translation>%1.

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/main_window.py" line="4445"/>
        <source>%n group invite(s)</source>
        <translation>
            <numerusform>%n group invite</numerusform>
            <numerusform>%n group invites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="4453"/>
        <source>%1 unread</source>
        <translation>%1 unread</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="52"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="53"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="54"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="58"/>
        <source>Due &amp; overdue</source>
        <translation>Due &amp; overdue</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="59"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="60"/>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="61"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="64"/>
        <source>Held while quiet</source>
        <translation>Held while quiet</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="66"/>
        <source>While away</source>
        <translation>While away</translation>
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
        <translation>Open desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="165"/>
        <source>Quit desk</source>
        <translation>Quit desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="206"/>
        <source>Confirm DING · %1</source>
        <translation>Confirm DING · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="328"/>
        <source>desk: %1 urgent</source>
        <translation>desk: %1 urgent</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../desk/app/passphrase_flow.py" line="46"/>
        <source>Passphrase changed. DESK_PASSPHRASE still holds the old one: change it too, or desk asks for the passphrase at its next start.</source>
        <translation>Passphrase changed. DESK_PASSPHRASE still holds the old one: change it too, or desk asks for the passphrase at its next start.</translation>
    </message>
    <message>
        <location filename="../desk/app/passphrase_flow.py" line="51"/>
        <source>Passphrase changed. desk asks for the new one from its next start.</source>
        <translation>Passphrase changed. desk asks for the new one from its next start.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="53"/>
        <location filename="../desk/ui/passphrase_dialog.py" line="120"/>
        <location filename="../desk/ui/passphrase_dialog.py" line="149"/>
        <source>desk: passphrase</source>
        <translation>desk: passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="58"/>
        <source>No system keychain is available, so desk protects its encrypted database with a passphrase. Choose one of at least %1 characters. Without it the data cannot be recovered.</source>
        <translation>No system keychain is available, so desk protects its encrypted database with a passphrase. Choose one of at least %1 characters. Without it the data cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="63"/>
        <source>Enter the passphrase of your desk database.</source>
        <translation>Enter the passphrase of your desk database.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="78"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="121"/>
        <source>desk cannot start without a passphrase: it keeps your messages encrypted on this computer, and the passphrase is their key. Nothing has been made yet; if you quit, desk asks you to choose one at its next start.</source>
        <translation>desk cannot start without a passphrase: it keeps your messages encrypted on this computer, and the passphrase is their key. Nothing has been made yet; if you quit, desk asks you to choose one at its next start.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="129"/>
        <source>Back to choosing a passphrase</source>
        <translation>Back to choosing a passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="133"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="150"/>
        <source>desk is closing: without the passphrase it cannot open your encrypted messages. Nothing in them was touched; start desk again to enter it.</source>
        <translation>desk is closing: without the passphrase it cannot open your encrypted messages. Nothing in them was touched; start desk again to enter it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="333"/>
        <source>the key file desk.key is damaged</source>
        <translation>the key file desk.key is damaged</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="337"/>
        <source>desk may not write its key file desk.key</source>
        <translation>desk may not write its key file desk.key</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="341"/>
        <source>another program is using the key file desk.key</source>
        <translation>another program is using the key file desk.key</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="71"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="71"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="92"/>
        <source>Forgot it?</source>
        <translation>Forgot it?</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="39"/>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="107"/>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../desk/ui/policy_text.py" line="27"/>
        <source>cannot read {path} ({reason})</source>
        <translation>cannot read {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="28"/>
        <source>{path} is {size} KB, larger than any policy file (at most {limit} KB): is it the right file?</source>
        <translation>{path} is {size} KB, larger than any policy file (at most {limit} KB): is it the right file?</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="33"/>
        <source>{path} is not UTF-8 text: save it as UTF-8 (Notepad: File &gt; Save As, Encoding: UTF-8)</source>
        <translation>{path} is not UTF-8 text: save it as UTF-8 (Notepad: File &gt; Save As, Encoding: UTF-8)</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="37"/>
        <source>{path} is not UTF-8 and was read as Chinese (GBK) text: save it as UTF-8 (Notepad: File &gt; Save As, Encoding: UTF-8)</source>
        <translation>{path} is not UTF-8 and was read as Chinese (GBK) text: save it as UTF-8 (Notepad: File &gt; Save As, Encoding: UTF-8)</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="42"/>
        <source>{path} is not valid TOML: the error is at line {line}, column {column}</source>
        <translation>{path} is not valid TOML: the error is at line {line}, column {column}</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="45"/>
        <source>{path} is not valid TOML: it ends inside a value (a quote or a bracket not closed)</source>
        <translation>{path} is not valid TOML: it ends inside a value (a quote or a bracket not closed)</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="49"/>
        <source>{path} is not valid TOML</source>
        <translation>{path} is not valid TOML</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="54"/>
        <source>{name}: unknown setting</source>
        <translation>{name}: unknown setting</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="55"/>
        <source>[{name}]: unknown table</source>
        <translation>[{name}]: unknown table</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="56"/>
        <source>{name}: a table of settings ({first}, …), not one value</source>
        <translation>{name}: a table of settings ({first}, …), not one value</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="60"/>
        <source>lock: unknown setting &apos;{name}&apos;</source>
        <translation>lock: unknown setting &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../desk/ui/policy_text.py" line="61"/>
        <source>{said} (did you mean {meant}?)</source>
        <translation>{said} (did you mean {meant}?)</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../desk/ui/notifier.py" line="561"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="651"/>
        <source>Unfold: the DINGs waiting, each with Confirm</source>
        <translation>Unfold: the DINGs waiting, each with Confirm</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="655"/>
        <source>Fold away to the title until the next alert (the banner lists them)</source>
        <translation>Fold away to the title until the next alert (the banner lists them)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="735"/>
        <source>%n more waiting: the DING banner in desk&apos;s window lists them all.</source>
        <translation>
            <numerusform>%n more waiting: the DING banner in desk&apos;s window lists them all.</numerusform>
            <numerusform>%n more waiting: the DING banner in desk&apos;s window lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <location filename="../desk/ui/post_composer.py" line="76"/>
        <location filename="../desk/ui/post_composer.py" line="218"/>
        <source>New message</source>
        <translation>New message</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="78"/>
        <source>Choose a group…</source>
        <translation>Choose a group…</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="84"/>
        <source>What to tell the group, e.g. 请各村于今天17:00前报送防汛值班表</source>
        <translation>What to tell the group, e.g. 请各村于今天17:00前报送防汛值班表</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="94"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="97"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="101"/>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="104"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="122"/>
        <source>No groups yet: wait for the first sync.</source>
        <translation>No groups yet: wait for the first sync.</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="158"/>
        <source>Choose a group.</source>
        <translation>Choose a group.</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="161"/>
        <source>Write the message first.</source>
        <translation>Write the message first.</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="184"/>
        <source>You are no longer in “%1”: a message cannot go there.</source>
        <translation>You are no longer in “%1”: a message cannot go there.</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="187"/>
        <source>desk cannot write in an end-to-end encrypted group yet.</source>
        <translation>desk cannot write in an end-to-end encrypted group yet.</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="189"/>
        <source>That group is no longer stored: choose another.</source>
        <translation>That group is no longer stored: choose another.</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="192"/>
        <source>The message was not queued (%1).</source>
        <translation>The message was not queued (%1).</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="219"/>
        <source>Discard the message you wrote?</source>
        <translation>Discard the message you wrote?</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="224"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="225"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Keep writing</translation>
    </message>
</context>
<context>
    <name>PostDialogs</name>
    <message>
        <location filename="../desk/ui/post_composer.py" line="383"/>
        <source>Waiting to send: message to “%1”.</source>
        <translation>Waiting to send: message to “%1”.</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="408"/>
        <source>Sent: message to “%1”.</source>
        <translation>Sent: message to “%1”.</translation>
    </message>
    <message>
        <location filename="../desk/ui/post_composer.py" line="431"/>
        <source>Your message did not reach “%1”: the server refused it (in a group where only its admins may post, members cannot write there). What you wrote is kept.</source>
        <translation>Your message did not reach “%1”: the server refused it (in a group where only its admins may post, members cannot write there). What you wrote is kept.</translation>
    </message>
</context>
<context>
    <name>QuietGrid</name>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="57"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="58"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="59"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="60"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="61"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="62"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="63"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="64"/>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
</context>
<context>
    <name>QuietGridEditor</name>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="214"/>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="218"/>
        <source>quiet</source>
        <translation>quiet</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="219"/>
        <source>notifies</source>
        <translation>notifies</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_grid_editor.py" line="266"/>
        <source>Blue cells are quiet. Click a cell, or drag across days and hours to change a block of them, or move with the arrow keys and press Space; Shift+arrows mark a block for Space to change. Ctrl+Z takes back the last change.</source>
        <translation>Blue cells are quiet. Click a cell, or drag across days and hours to change a block of them, or move with the arrow keys and press Space; Shift+arrows mark a block for Space to change. Ctrl+Z takes back the last change.</translation>
    </message>
</context>
<context>
    <name>QuietIndicator</name>
    <message>
        <location filename="../desk/ui/date_words.py" line="22"/>
        <source>night</source>
        <translation>night</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="23"/>
        <source>quiet block of the day</source>
        <translation>quiet block of the day</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="24"/>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="25"/>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="26"/>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../desk/ui/date_words.py" line="27"/>
        <source>switched on by you</source>
        <translation>switched on by you</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="84"/>
        <source>Pause quiet hours for 1 hour</source>
        <translation>Pause quiet hours for 1 hour</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="86"/>
        <source>Pause quiet hours until the end of today</source>
        <translation>Pause quiet hours until the end of today</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="90"/>
        <source>Quiet for 1 hour</source>
        <translation>Quiet for 1 hour</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="92"/>
        <source>Quiet until the morning</source>
        <translation>Quiet until the morning</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="94"/>
        <source>Follow the schedule again</source>
        <translation>Follow the schedule again</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="99"/>
        <source>Quiet hours settings…</source>
        <translation>Quiet hours settings…</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="191"/>
        <location filename="../desk/ui/quiet_indicator.py" line="290"/>
        <source>Quiet until %1</source>
        <translation>Quiet until %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="239"/>
        <source>Pause quiet hours until %1</source>
        <translation>Pause quiet hours until %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="271"/>
        <location filename="../desk/ui/quiet_indicator.py" line="375"/>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="282"/>
        <source>Quiet (%1) until %2</source>
        <comment>a date</comment>
        <translation>Quiet (%1) until %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="284"/>
        <source>Quiet (%1) until %2</source>
        <translation>Quiet (%1) until %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="292"/>
        <source>Notifying until %1</source>
        <translation>Notifying until %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="296"/>
        <source>Notifications on</source>
        <translation>Notifications on</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="298"/>
        <source> · %1 held</source>
        <translation> · %1 held</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="300"/>
        <source> · %1 still alerts</source>
        <translation> · %1 still alerts</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="322"/>
        <source>Alerting through quiet hours: %1. A DING must be confirmed and an urgent item is urgent, so quiet hours never hold them back.</source>
        <translation>Alerting through quiet hours: %1. A DING must be confirmed and an urgent item is urgent, so quiet hours never hold them back.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/quiet_indicator.py" line="329"/>
        <source>List the %n held message(s) (%1)</source>
        <translation>
            <numerusform>List the %n held message (%1)</numerusform>
            <numerusform>List the %n held messages (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/quiet_indicator.py" line="331"/>
        <source>The arrow lists the %n held message(s) (%1).</source>
        <translation>
            <numerusform>The arrow lists the %n held message (%1).</numerusform>
            <numerusform>The arrow lists the %n held messages (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="339"/>
        <source>On · quiet from %1</source>
        <translation>On · quiet from %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="341"/>
        <source>On · quiet all day %1</source>
        <translation>On · quiet all day %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="409"/>
        <source>tomorrow %1</source>
        <translation>tomorrow %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="420"/>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="376"/>
        <source>Notify you of every message until %1, as on a working day?</source>
        <translation>Notify you of every message until %1, as on a working day?</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="309"/>
        <source>DINGs, urgent items and the break-through list still come through. Click for a menu: pause quiet hours, or their settings.</source>
        <translation>DINGs, urgent items and the break-through list still come through. Click for a menu: pause quiet hours, or their settings.</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="318"/>
        <source>Click for a menu: follow the schedule again, or another choice.</source>
        <translation>Click for a menu: follow the schedule again, or another choice.</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="381"/>
        <source>Notify</source>
        <translation>Notify</translation>
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
        <translation>@you</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="56"/>
        <source>from group owner</source>
        <translation>from group owner</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="57"/>
        <source>from group admin</source>
        <translation>from group admin</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="58"/>
        <source>urgent wording</source>
        <translation>urgent wording</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="60"/>
        <source>reads like an emergency</source>
        <translation>reads like an emergency</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="61"/>
        <source>asks for action</source>
        <translation>asks for action</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="65"/>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="67"/>
        <source>due within %1 h</source>
        <translation>due within %1 h</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="68"/>
        <source>due in %1 min</source>
        <translation>due in %1 min</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="69"/>
        <source>due in %1 h</source>
        <translation>due in %1 h</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="71"/>
        <source>due in %1 h %2 min</source>
        <translation>due in %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="72"/>
        <source>overdue by %1 min</source>
        <translation>overdue by %1 min</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="73"/>
        <source>overdue by %1 h</source>
        <translation>overdue by %1 h</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="74"/>
        <source>overdue by %1 h %2 min</source>
        <translation>overdue by %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="76"/>
        <source>overdue by %1 d %2 h</source>
        <translation>overdue by %1 d %2 h</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="78"/>
        <source>due today %1</source>
        <translation>due today %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="79"/>
        <source>due tomorrow %1</source>
        <translation>due tomorrow %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="80"/>
        <source>due the day after tomorrow %1</source>
        <translation>due the day after tomorrow %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="82"/>
        <source>due %2 %1 %3 · %4 days left</source>
        <translation>due %2 %1 %3 · %4 days left</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="84"/>
        <source>due %1 %2 · %3 days left</source>
        <translation>due %1 %2 · %3 days left</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="86"/>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="87"/>
        <source>starts today %1</source>
        <translation>starts today %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="88"/>
        <source>starts tomorrow %1</source>
        <translation>starts tomorrow %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="89"/>
        <source>starts the day after tomorrow %1</source>
        <translation>starts the day after tomorrow %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="90"/>
        <source>starts %2 %1 %3 · in %4 days</source>
        <translation>starts %2 %1 %3 · in %4 days</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="91"/>
        <source>starts %1 %2 · in %3 days</source>
        <translation>starts %1 %2 · in %3 days</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="92"/>
        <source>starts in %1 min</source>
        <translation>starts in %1 min</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="93"/>
        <source>starts in %1 h</source>
        <translation>starts in %1 h</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="94"/>
        <source>starts in %1 h %2 min</source>
        <translation>starts in %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="95"/>
        <source>began %1 min ago</source>
        <translation>began %1 min ago</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="96"/>
        <source>began %1 h ago</source>
        <translation>began %1 h ago</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="97"/>
        <source>began %1 h %2 min ago</source>
        <translation>began %1 h %2 min ago</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="98"/>
        <source>time passed</source>
        <translation>time passed</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="99"/>
        <source>same notice as in %1</source>
        <translation>same notice as in %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="100"/>
        <source>more pressing as posted in %1</source>
        <translation>more pressing as posted in %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="101"/>
        <source>due sooner as posted in %1</source>
        <translation>due sooner as posted in %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="103"/>
        <source>more pressing as posted again here</source>
        <translation>more pressing as posted again here</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="104"/>
        <source>due sooner as posted again here</source>
        <translation>due sooner as posted again here</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="107"/>
        <source>%1 asked for it by %2</source>
        <translation>%1 asked for it by %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="111"/>
        <source>due %1 passed</source>
        <translation>due %1 passed</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="112"/>
        <source>sent by you</source>
        <translation>sent by you</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="114"/>
        <source>you replied %1</source>
        <translation>you replied %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="116"/>
        <source>you confirmed %1</source>
        <translation>you confirmed %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="117"/>
        <source>DING sent by you</source>
        <translation>DING sent by you</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="119"/>
        <source>DING sent by you: %1/%2 confirmed, %3 not yet</source>
        <translation>DING sent by you: %1/%2 confirmed, %3 not yet</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="120"/>
        <source>DING sent by you: all %1 confirmed</source>
        <translation>DING sent by you: all %1 confirmed</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="122"/>
        <source>DING sent by you: due %1 · %2/%3 confirmed, %4 not yet</source>
        <translation>DING sent by you: due %1 · %2/%3 confirmed, %4 not yet</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="125"/>
        <source>DING sent by you: due %1 passed · %2/%3 confirmed, %4 not yet</source>
        <translation>DING sent by you: due %1 passed · %2/%3 confirmed, %4 not yet</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="128"/>
        <source>reposted in this group</source>
        <translation>reposted in this group</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="130"/>
        <source>every unit asked has reported</source>
        <translation>every unit asked has reported</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="131"/>
        <source>edited by its sender</source>
        <translation>edited by its sender</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="132"/>
        <source>desk could not sort this message automatically</source>
        <translation>desk could not sort this message automatically</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="135"/>
        <source>corrected: see %1 %2</source>
        <translation>corrected: see %1 %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="136"/>
        <source>replaced: see the %3 warning in %1 %2</source>
        <translation>replaced: see the %3 warning in %1 %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="137"/>
        <source>lifted: see %1 %2</source>
        <translation>lifted: see %1 %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="139"/>
        <source>replaced: the response is now level %3, see %1 %2</source>
        <translation>replaced: the response is now level %3, see %1 %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="142"/>
        <source>acknowledgement reply</source>
        <translation>acknowledgement reply</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="143"/>
        <source>with a promise or a time</source>
        <translation>with a promise or a time</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="150"/>
        <source>flattery reply</source>
        <translation>flattery reply</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="151"/>
        <source>chit-chat</source>
        <translation>chit-chat</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="152"/>
        <source>sticker or emoji</source>
        <translation>sticker or emoji</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="153"/>
        <source>red packet</source>
        <translation>red packet</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="154"/>
        <source>photo check-in</source>
        <translation>photo check-in</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="155"/>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="157"/>
        <source>reply to: %1</source>
        <translation>reply to: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="158"/>
        <source>report back</source>
        <translation>report back</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="163"/>
        <source>you moved this sender&apos;s like here out of Noise before</source>
        <translation>you moved this sender&apos;s like here out of Noise before</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="166"/>
        <source>you moved this sender&apos;s like here to Noise before</source>
        <translation>you moved this sender&apos;s like here to Noise before</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="171"/>
        <source>addresses you by name</source>
        <translation>addresses you by name</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="173"/>
        <source>names your unit (%1)</source>
        <translation>names your unit (%1)</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="242"/>
        <source>you moved this group&apos;s messages up before</source>
        <translation>you moved this group&apos;s messages up before</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="245"/>
        <source>you moved this group&apos;s messages down before</source>
        <translation>you moved this group&apos;s messages down before</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="248"/>
        <source>you moved this sender&apos;s messages up before</source>
        <translation>you moved this sender&apos;s messages up before</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="251"/>
        <source>you moved this sender&apos;s messages down before</source>
        <translation>you moved this sender&apos;s messages down before</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="258"/>
        <source>you marked this group important</source>
        <translation>you marked this group important</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="259"/>
        <source>you marked this group low priority</source>
        <translation>you marked this group low priority</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="264"/>
        <source>your administrator made this group important</source>
        <translation>your administrator made this group important</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="265"/>
        <source>your administrator made this group low priority</source>
        <translation>your administrator made this group low priority</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="273"/>
        <source>you replied %1 · past due</source>
        <translation>you replied %1 · past due</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="274"/>
        <source>you confirmed %1 · past due</source>
        <translation>you confirmed %1 · past due</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="279"/>
        <source>you replied %1 · time passed</source>
        <translation>you replied %1 · time passed</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="280"/>
        <source>you confirmed %1 · time passed</source>
        <translation>you confirmed %1 · time passed</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="284"/>
        <source>edited by its sender: it now asks sooner</source>
        <translation>edited by its sender: it now asks sooner</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="285"/>
        <source>edited by its sender: it now asks for more</source>
        <translation>edited by its sender: it now asks for more</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="159"/>
        <source>corrected by you</source>
        <translation>corrected by you</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="64"/>
        <source>has a request, no deadline</source>
        <translation>has a request, no deadline</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="75"/>
        <source>overdue by %1 d</source>
        <translation>overdue by %1 d</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="110"/>
        <source>next due %1</source>
        <translation>next due %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="146"/>
        <source>a “got it” reply, not matched to a notice</source>
        <translation>a “got it” reply, not matched to a notice</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="147"/>
        <source>a “got it” reply, not matched to a notice; before it in the group: %1</source>
        <translation>a “got it” reply, not matched to a notice; before it in the group: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="169"/>
        <source>a question put to you</source>
        <translation>a question put to you</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="174"/>
        <source>a question to the group</source>
        <translation>a question to the group</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="175"/>
        <source>for information only</source>
        <translation>for information only</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="176"/>
        <source>routine report</source>
        <translation>routine report</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="177"/>
        <source>sign-up chain</source>
        <translation>sign-up chain</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../desk/ui/reply_box.py" line="387"/>
        <source>Your reply (Ctrl+Enter sends, Esc closes)</source>
        <translation>Your reply (Ctrl+Enter sends, Esc closes)</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="389"/>
        <source>Your reply</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="395"/>
        <location filename="../desk/ui/reply_box.py" line="418"/>
        <source>Send</source>
        <translation>Send</translation>
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
        <translation>Reply 收到</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="400"/>
        <source>Sends 收到 as a reply to this message</source>
        <translation>Sends 收到 as a reply to this message</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="401"/>
        <location filename="../desk/ui/reply_box.py" line="412"/>
        <location filename="../desk/ui/reply_box.py" line="417"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="402"/>
        <source>Esc; what you wrote waits for this card</source>
        <translation>Esc; what you wrote waits for this card</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="407"/>
        <source>Reply 收到, or close the box (Esc)</source>
        <translation>Reply 收到, or close the box (Esc)</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="436"/>
        <source>Reply… (R)</source>
        <translation>Reply… (R)</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="438"/>
        <source>Reply 收到 (Shift+R)</source>
        <translation>Reply 收到 (Shift+R)</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="445"/>
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="482"/>
        <source>Your own message: there is nothing to confirm.</source>
        <translation>Your own message: there is nothing to confirm.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="596"/>
        <source>Reply to %1: %2</source>
        <translation>Reply to %1: %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="615"/>
        <source>Replying as %1 · %2</source>
        <translation>Replying as %1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="652"/>
        <source>Goes to “%1”</source>
        <translation>Goes to “%1”</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="715"/>
        <source>Write a reply first, or use Reply 收到.</source>
        <translation>Write a reply first, or use Reply 收到.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="749"/>
        <source>You have replied 收到 to this message already.</source>
        <translation>You have replied 收到 to this message already.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="752"/>
        <source>You have replied to this message already: no 收到 was sent.</source>
        <translation>You have replied to this message already: no 收到 was sent.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="787"/>
        <source>desk cannot write in an end-to-end encrypted group yet.</source>
        <translation>desk cannot write in an end-to-end encrypted group yet.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="789"/>
        <source>This message was withdrawn: there is nothing to reply to.</source>
        <translation>This message was withdrawn: there is nothing to reply to.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="871"/>
        <source>Sent: reply to %1 in “%2”.</source>
        <translation>Sent: reply to %1 in “%2”.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="873"/>
        <source>Sent: confirmed the DING from %1, replied 收到 in “%2”.</source>
        <translation>Sent: confirmed the DING from %1, replied 收到 in “%2”.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="875"/>
        <source>Sent: 收到 to %1 in “%2”.</source>
        <translation>Sent: 收到 to %1 in “%2”.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="829"/>
        <source>You are no longer in “%1”: a reply cannot go there.</source>
        <translation>You are no longer in “%1”: a reply cannot go there.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="648"/>
        <source>Goes to “%1” only, not to %2, where this notice also is</source>
        <translation>Goes to “%1” only, not to %2, where this notice also is</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="813"/>
        <source>Waiting to send: reply to %1 in “%2”.</source>
        <translation>Waiting to send: reply to %1 in “%2”.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="815"/>
        <source>Waiting to send: 收到 to %1 in “%2”, confirming the DING.</source>
        <translation>Waiting to send: 收到 to %1 in “%2”, confirming the DING.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="817"/>
        <source>Waiting to send: 收到 to %1 in “%2”.</source>
        <translation>Waiting to send: 收到 to %1 in “%2”.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="833"/>
        <source>The message is no longer stored: there is nothing to reply to.</source>
        <translation>The message is no longer stored: there is nothing to reply to.</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="835"/>
        <source>The reply was not queued (%1).</source>
        <translation>The reply was not queued (%1).</translation>
    </message>
    <message>
        <location filename="../desk/ui/reply_box.py" line="895"/>
        <source>Your reply did not reach “%1”: the server refused it (in a group where only its admins may post, members cannot answer there). What you wrote is kept; reply to %2 another way, by phone or in person.</source>
        <translation>Your reply did not reach “%1”: the server refused it (in a group where only its admins may post, members cannot answer there). What you wrote is kept; reply to %2 another way, by phone or in person.</translation>
    </message>
</context>
<context>
    <name>Ringing</name>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1210"/>
        <source>%n DINGs to confirm</source>
        <translation>
            <numerusform>%n DING to confirm</numerusform>
            <numerusform>%n DINGs to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1212"/>
        <source>%n urgent items to confirm</source>
        <translation>
            <numerusform>%n urgent item to confirm</numerusform>
            <numerusform>%n urgent items to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/notifier.py" line="1214"/>
        <source>%n DINGs and urgent items to confirm</source>
        <translation>
            <numerusform>%n DING and urgent item to confirm</numerusform>
            <numerusform>%n DINGs and urgent items to confirm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <location filename="../desk/ui/notifier.py" line="418"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="419"/>
        <source>Confirm this DING (A)</source>
        <translation>Confirm this DING (A)</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="420"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="421"/>
        <source>Open it in desk to read it first (O)</source>
        <translation>Open it in desk to read it first (O)</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="488"/>
        <source>Confirming…</source>
        <translation>Confirming…</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="493"/>
        <source>Not confirmed: desk could not save it (%1). It will alert again.</source>
        <translation>Not confirmed: desk could not save it (%1). It will alert again.</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="498"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../desk/ui/card_text.py" line="46"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="48"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="761"/>
        <location filename="../desk/ui/inbox_delegate.py" line="667"/>
        <location filename="../desk/ui/inbox_delegate.py" line="778"/>
        <source>unconfirmed</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <location filename="../desk/ui/inbox_delegate.py" line="695"/>
        <source>DING unconfirmed</source>
        <translation>DING unconfirmed</translation>
    </message>
</context>
<context>
    <name>SentDingDeadlines</name>
    <message>
        <location filename="../desk/app/sent_deadlines.py" line="153"/>
        <source>DING deadline %1 passed</source>
        <translation>DING deadline %1 passed</translation>
    </message>
    <message>
        <location filename="../desk/app/sent_deadlines.py" line="156"/>
        <source>%n not yet confirmed “%1” in %2. DING → DINGs I sent… can DING them again.</source>
        <translation>%n not yet confirmed “%1” in %2. DING → DINGs I sent… can DING them again.</translation>
    </message>
</context>
<context>
    <name>ServerReason</name>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="9"/>
        <source>no connection to the server</source>
        <translation>no connection to the server</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="10"/>
        <source>the server&apos;s certificate is not trusted on this computer: ask IT to install your organisation&apos;s CA certificate</source>
        <translation>the server&apos;s certificate is not trusted on this computer: ask IT to install your organisation&apos;s CA certificate</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="17"/>
        <source>cannot connect to the proxy server: check the proxy settings or ask IT</source>
        <translation>cannot connect to the proxy server: check the proxy settings or ask IT</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="21"/>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="22"/>
        <source>server asked to slow down</source>
        <translation>server asked to slow down</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="23"/>
        <source>the server&apos;s answer could not be read</source>
        <translation>the server&apos;s answer could not be read</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="24"/>
        <source>the server turned the request down</source>
        <translation>the server turned the request down</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="25"/>
        <source>too large for the server</source>
        <translation>too large for the server</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="26"/>
        <source>no Matrix server answers at this address: check it with IT</source>
        <translation>no Matrix server answers at this address: check it with IT</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="29"/>
        <source>this account&apos;s server does not offer it</source>
        <translation>this account&apos;s server does not offer it</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="30"/>
        <source>syncing failed; the log file says where</source>
        <translation>syncing failed; the log file says where</translation>
    </message>
    <message>
        <location filename="../desk/ui/server_reasons.py" line="38"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="148"/>
        <location filename="../desk/ui/settings_dialog.py" line="264"/>
        <source>desk settings</source>
        <translation>desk settings</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="155"/>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="156"/>
        <source>Break through</source>
        <translation>Break through</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="157"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="158"/>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="160"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="169"/>
        <source>Settings shown greyed out are set by your administrator.</source>
        <translation>Settings shown greyed out are set by your administrator.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/settings_dialog.py" line="235"/>
        <source>Your administrator&apos;s policy file %1 has %n problem(s), in %2: those settings keep their defaults (or the part of them that is sound), and the rest of the policy applies. IT can list them with:</source>
        <translation>
            <numerusform>Your administrator&apos;s policy file %1 has %n problem, in %2: that setting keeps its default (or the part of it that is sound), and the rest of the policy applies. IT can list it with:</numerusform>
            <numerusform>Your administrator&apos;s policy file %1 has %n problems, in %2: those settings keep their defaults (or the part of them that is sound), and the rest of the policy applies. IT can list them with:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="274"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="275"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="276"/>
        <source>&amp;Back to the settings</source>
        <translation>&amp;Back to the settings</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="449"/>
        <source>Set by your administrator</source>
        <translation>Set by your administrator</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="456"/>
        <source>Hold ordinary notifications during quiet hours</source>
        <translation>Hold ordinary notifications during quiet hours</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="471"/>
        <source>Click a cell, or drag across cells, to change them. Keys: the arrows move, Space changes a half hour, Shift+arrows mark a block for Space to change.</source>
        <translation>Click a cell, or drag across cells, to change them. Keys: the arrows move, Space changes a half hour, Shift+arrows mark a block for Space to change.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="498"/>
        <source>Statutory holidays are quiet all day</source>
        <translation>Statutory holidays are quiet all day</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="546"/>
        <source>Extra days off (quiet all day):</source>
        <translation>Extra days off (quiet all day):</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="265"/>
        <source>Save the changes you made to the settings?</source>
        <translation>Save the changes you made to the settings?</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="226"/>
        <source>Your administrator&apos;s policy does not apply: %1. Every setting is desk&apos;s default or your own. IT can check the file with:</source>
        <translation>Your administrator&apos;s policy does not apply: %1. Every setting is desk&apos;s default or your own. IT can check the file with:</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="316"/>
        <source>A name of one character (%1) would be found inside other words too. Write two characters or more, such as %1主任.</source>
        <translation>A name of one character (%1) would be found inside other words too. Write two characters or more, such as %1主任.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="323"/>
        <source>Names of one character (%1) would be found inside other words too. Write two characters or more, such as %2主任.</source>
        <translation>Names of one character (%1) would be found inside other words too. Write two characters or more, such as %2主任.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="332"/>
        <source>%1 alone is everyone&apos;s who holds that title: 张%1 and 各位%1 would be read as you. Write it with your surname, such as 方%1.</source>
        <translation>%1 alone is everyone&apos;s who holds that title: 张%1 and 各位%1 would be read as you. Write it with your surname, such as 方%1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="339"/>
        <source>%1 alone are everyone&apos;s who hold those titles: 张%2 and 各位%2 would be read as you. Write each with your surname, such as 方%2.</source>
        <translation>%1 alone are everyone&apos;s who hold those titles: 张%2 and 各位%2 would be read as you. Write each with your surname, such as 方%2.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="391"/>
        <source>Not saved (%1). Your choices are still here: press OK to try again.</source>
        <translation>Not saved (%1). Your choices are still here: press OK to try again.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="461"/>
        <source>Blue cells are quiet. Urgent items, DINGs and the people and groups on the break-through list always come through.</source>
        <translation>Blue cells are quiet. Urgent items, DINGs and the people and groups on the break-through list always come through.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="486"/>
        <source>Make-up working days as Monday to Friday</source>
        <translation>Make-up working days as Monday to Friday</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/settings_dialog.py" line="505"/>
        <source>desk does not have the official holiday schedule(s) for %1 yet, so quiet hours assume Monday to Friday working days with only the holidays that can be foreseen (New Year&apos;s Day, Qingming, 1–5 May, the Dragon Boat Festival, the Mid-Autumn Festival, 1–7 October, and Spring Festival&apos;s eve to its seventh day). Add any other days off and make-up working days below, or ask IT for a policy that includes the schedule(s).</source>
        <translation>
            <numerusform>desk does not have the official holiday schedule for %1 yet, so quiet hours assume Monday to Friday working days with only the holidays that can be foreseen (New Year&apos;s Day, Qingming, 1–5 May, the Dragon Boat Festival, the Mid-Autumn Festival, 1–7 October, and Spring Festival&apos;s eve to its seventh day). Add any other days off and make-up working days below, or ask IT for a policy that includes the schedule.</numerusform>
            <numerusform>desk does not have the official holiday schedules for %1 yet, so quiet hours assume Monday to Friday working days with only the holidays that can be foreseen (New Year&apos;s Day, Qingming, 1–5 May, the Dragon Boat Festival, the Mid-Autumn Festival, 1–7 October, and Spring Festival&apos;s eve to its seventh day). Add any other days off and make-up working days below, or ask IT for a policy that includes the schedules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="530"/>
        <source>Day off to add</source>
        <translation>Day off to add</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="539"/>
        <source>Working day to add</source>
        <translation>Working day to add</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="547"/>
        <source>Extra working days (quiet as make-up days):</source>
        <translation>Extra working days (quiet as make-up days):</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="592"/>
        <source>By this schedule it is quiet now, until %1.</source>
        <translation>By this schedule it is quiet now, until %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="596"/>
        <source>By this schedule quiet hours begin %1, all day.</source>
        <translation>By this schedule quiet hours begin %1, all day.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="600"/>
        <source>By this schedule quiet hours begin at %1.</source>
        <translation>By this schedule quiet hours begin at %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="612"/>
        <source>You turned quiet hours on from the status bar, until %1.</source>
        <translation>You turned quiet hours on from the status bar, until %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="615"/>
        <source>You paused quiet hours from the status bar: every message notifies until %1.</source>
        <translation>You paused quiet hours from the status bar: every message notifies until %1.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="652"/>
        <source>%1 is already an extra working day. A day cannot be both a day off and a working day: remove it there first.</source>
        <translation>%1 is already an extra working day. A day cannot be both a day off and a working day: remove it there first.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="657"/>
        <source>%1 is already an extra day off. A day cannot be both a day off and a working day: remove it there first.</source>
        <translation>%1 is already an extra day off. A day cannot be both a day off and a working day: remove it there first.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="663"/>
        <source>%1 is already a working day as desk expects that year&apos;s calendar (its official table is missing), so it was not added. Make-up working days are the Saturdays and Sundays the office works.</source>
        <translation>%1 is already a working day as desk expects that year&apos;s calendar (its official table is missing), so it was not added. Make-up working days are the Saturdays and Sundays the office works.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="669"/>
        <source>%1 is already a working day on the official calendar, so it was not added. Make-up working days are the Saturdays and Sundays the office works.</source>
        <translation>%1 is already a working day on the official calendar, so it was not added. Make-up working days are the Saturdays and Sundays the office works.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="674"/>
        <source>%1 is a holiday (%2) as desk expects that year&apos;s calendar (its official table is missing), so it was not added: desk does not make a holiday a working day.</source>
        <translation>%1 is a holiday (%2) as desk expects that year&apos;s calendar (its official table is missing), so it was not added: desk does not make a holiday a working day.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="680"/>
        <source>%1 is a holiday (%2) on the official calendar, so it was not added: desk does not make a holiday a working day.</source>
        <translation>%1 is a holiday (%2) on the official calendar, so it was not added: desk does not make a holiday a working day.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="685"/>
        <source>%1 is already a holiday (%2). Added anyway: it will be quiet all day, even if holidays are not.</source>
        <translation>%1 is already a holiday (%2). Added anyway: it will be quiet all day, even if holidays are not.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="690"/>
        <source>%1 is a weekend day, already a day off. Added anyway: it will be quiet all day, not only in the hours of its row in the grid.</source>
        <translation>%1 is a weekend day, already a day off. Added anyway: it will be quiet all day, not only in the hours of its row in the grid.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="703"/>
        <source>During quiet hours, still show replies to urgent items I sent</source>
        <translation>During quiet hours, still show replies to urgent items I sent</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="707"/>
        <source>Replies and confirmations to your own DINGs, and to your notices that are urgent or due before quiet hours end, pop up without sound until 2 hours after their due time (12 hours after sending if they set none). The replies to one item share one pop-up.</source>
        <translation>Replies and confirmations to your own DINGs, and to your notices that are urgent or due before quiet hours end, pop up without sound until 2 hours after their due time (12 hours after sending if they set none). The replies to one item share one pop-up.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="726"/>
        <source>People who always get through</source>
        <translation>People who always get through</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="727"/>
        <source>Groups that always get through</source>
        <translation>Groups that always get through</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="732"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="746"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="747"/>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="748"/>
        <source>At most one per (minutes)</source>
        <translation>At most one per (minutes)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="749"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="757"/>
        <source>Important: this group&apos;s messages rank higher in the inbox, and a borderline one counts as a task; Low: they rank lower. Urgent items always come through. Applies at once to the group&apos;s open messages, without changing their tier.</source>
        <translation>Important: this group&apos;s messages rank higher in the inbox, and a borderline one counts as a task; Low: they rank lower. Urgent items always come through. Applies at once to the group&apos;s open messages, without changing their tier.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="763"/>
        <source>Everything that matters</source>
        <translation>Everything that matters</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="764"/>
        <source>Only @me and urgent</source>
        <translation>Only @me and urgent</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="783"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="800"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="801"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="802"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="813"/>
        <source>Priority of %1</source>
        <translation>Priority of %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="821"/>
        <source>Your moves of this group&apos;s cards between Action and Info rank its messages a little higher than %1 alone. Choosing a priority here, even the same one, clears that.</source>
        <translation>Your moves of this group&apos;s cards between Action and Info rank its messages a little higher than %1 alone. Choosing a priority here, even the same one, clears that.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="827"/>
        <source>Your moves of this group&apos;s cards between Action and Info rank its messages a little lower than %1 alone. Choosing a priority here, even the same one, clears that.</source>
        <translation>Your moves of this group&apos;s cards between Action and Info rank its messages a little lower than %1 alone. Choosing a priority here, even the same one, clears that.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="862"/>
        <source>Escalate urgent items like DINGs</source>
        <translation>Escalate urgent items like DINGs</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="866"/>
        <source>Alert again every:</source>
        <translation>Alert again every:</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="868"/>
        <source>at once</source>
        <translation>at once</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="869"/>
        <source>Flash the taskbar and tray after:</source>
        <translation>Flash the taskbar and tray after:</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="871"/>
        <source>Stop alerting after:</source>
        <translation>Stop alerting after:</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="875"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="878"/>
        <source>A DING whose text names no time is to be confirmed within this many minutes of being posted: its banner and alerts say by when, and desk reminds you once more 10 minutes before. Its card&apos;s deadline does not change.</source>
        <translation>A DING whose text names no time is to be confirmed within this many minutes of being posted: its banner and alerts say by when, and desk reminds you once more 10 minutes before. Its card&apos;s deadline does not change.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="883"/>
        <source>A DING is to be confirmed within:</source>
        <translation>A DING is to be confirmed within:</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="919"/>
        <source>The first flash comes with the alert at %1 min; the alerts cannot stop before it.</source>
        <translation>The first flash comes with the alert at %1 min; the alerts cannot stop before it.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="933"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="951"/>
        <source>Language (after a restart):</source>
        <translation>Language (after a restart):</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1010"/>
        <source>Not set: going by your names in the groups, %1</source>
        <translation>Not set: going by your names in the groups, %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1014"/>
        <source>My unit:</source>
        <translation>My unit:</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1020"/>
        <source>The name as the groups write it; several separated by 、 (桐坪镇、桐坪). A roll call then says first whether your unit has reported, and a message asking it to act or report ranks as a task.</source>
        <translation>The name as the groups write it; several separated by 、 (桐坪镇、桐坪). A roll call then says first whether your unit has reported, and a message asking it to act or report ranks as a task.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1036"/>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1042"/>
        <source>Besides %1, your account&apos;s name</source>
        <translation>Besides %1, your account&apos;s name</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1046"/>
        <source>Colleagues also call me:</source>
        <translation>Colleagues also call me:</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1052"/>
        <source>The names colleagues write after @ for you, separated by commas, 、 or spaces (王主任、小王). A new message that @s one of them is marked @you; messages already here stay as they were sorted.</source>
        <translation>The names colleagues write after @ for you, separated by commas, 、 or spaces (王主任、小王). A new message that @s one of them is marked @you; messages already here stay as they were sorted.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1116"/>
        <source>Normal (100 %)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1117"/>
        <source>Large (125 %)</source>
        <translation>Large (125 %)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1118"/>
        <source>Larger (150 %)</source>
        <translation>Larger (150 %)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1119"/>
        <source>Largest (175 %)</source>
        <translation>Largest (175 %)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="1128"/>
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="943"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="741"/>
        <source>How each group notifies and ranks</source>
        <translation>How each group notifies and ranks</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="766"/>
        <source>Never, but DINGs (muted)</source>
        <translation>Never, but DINGs (muted)</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="854"/>
        <source>An unconfirmed DING alerts at once, then again on this ladder until you confirm it or it stops alerting, and once more 10 minutes before it is due (or is to be confirmed); until you confirm it, it stays pinned at the top of Urgent.</source>
        <translation>An unconfirmed DING alerts at once, then again on this ladder until you confirm it or it stops alerting, and once more 10 minutes before it is due (or is to be confirmed); until you confirm it, it stays pinned at the top of Urgent.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="958"/>
        <source>Show notifications without message text</source>
        <translation>Show notifications without message text</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="961"/>
        <source>For shared screens, and because the operating system keeps notification text unencrypted.</source>
        <translation>For shared screens, and because the operating system keeps notification text unencrypted.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="966"/>
        <source>Play a sound</source>
        <translation>Play a sound</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="968"/>
        <source>Start desk when I sign in to this computer</source>
        <translation>Start desk when I sign in to this computer</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="970"/>
        <source>So DINGs and urgent items reach you even if you did not open desk.</source>
        <translation>So DINGs and urgent items reach you even if you did not open desk.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="979"/>
        <source>Sounds cannot play on this computer (no audio output desk can use). DINGs and urgent items still flash the taskbar and show pop-ups.</source>
        <translation>Sounds cannot play on this computer (no audio output desk can use). DINGs and urgent items still flash the taskbar and show pop-ups.</translation>
    </message>
    <message>
        <location filename="../desk/ui/settings_dialog.py" line="990"/>
        <source>desk now starts at sign-in with another data folder (%1). Tick this to start this one instead.</source>
        <translation>desk now starts at sign-in with another data folder (%1). Tick this to start this one instead.</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../desk/app/settings_flow.py" line="48"/>
        <source>desk settings</source>
        <translation>desk settings</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="49"/>
        <source>The new language applies when desk starts again. Restart desk now? desk comes back to the view and message you are on, with what you were writing and the window&apos;s layout.</source>
        <translation>The new language applies when desk starts again. Restart desk now? desk comes back to the view and message you are on, with what you were writing and the window&apos;s layout.</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="58"/>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../desk/app/settings_flow.py" line="59"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desk/ui/shortcuts_dialog.py" line="63"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../desk/ui/shortcuts_dialog.py" line="76"/>
        <source>More below: scroll down.</source>
        <translation>More below: scroll down.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../desk/ui/sidebar.py" line="91"/>
        <source>%1 is end-to-end encrypted: desk cannot read its messages yet.</source>
        <translation>%1 is end-to-end encrypted: desk cannot read its messages yet.</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_label.py" line="15"/>
        <source>%1 (%2)</source>
        <comment>group name (account)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/group_label.py" line="27"/>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="98"/>
        <source>(muted) %1</source>
        <translation>(muted) %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="103"/>
        <source>%1 is muted: its messages come into the inbox without a notification.</source>
        <translation>%1 is muted: its messages come into the inbox without a notification.</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="110"/>
        <source>(left) %1</source>
        <translation>(left) %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="114"/>
        <source>You are no longer in %1: its messages are kept, nothing new comes.</source>
        <translation>You are no longer in %1: its messages are kept, nothing new comes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="181"/>
        <source>Views and groups</source>
        <translation>Views and groups</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="187"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="188"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="343"/>
        <source>%n unread message(s) in this group, copies and replies included</source>
        <translation>
            <numerusform>%n unread message in this group, copies and replies included</numerusform>
            <numerusform>%n unread messages in this group, copies and replies included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="422"/>
        <source>%n unread of %1 arrived</source>
        <translation>
            <numerusform>%n unread of %1 arrived</numerusform>
            <numerusform>%n unread of %1 arrived</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="437"/>
        <source>Due today %1 · overdue %2 (not done yet)</source>
        <comment>a view&apos;s count</comment>
        <translation>Due today %1 · overdue %2 (not done yet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="442"/>
        <source>%n not done yet, read or not</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>%n not done yet, read or not</numerusform>
            <numerusform>%n not done yet, read or not</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="445"/>
        <source>%n of them unread</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>%n of them unread</numerusform>
            <numerusform>%n of them unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="447"/>
        <source>All of them read</source>
        <comment>a view&apos;s count</comment>
        <translation>All of them read</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="453"/>
        <source>%n unread</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/ui/sidebar.py" line="491"/>
        <source>%n held while quiet</source>
        <comment>a view&apos;s count</comment>
        <translation>
            <numerusform>%n held while quiet</numerusform>
            <numerusform>%n held while quiet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desk/app/gui.py" line="61"/>
        <source>The database exists but its key file desk.key is missing. desk will not create a new database over it: restore desk.key from a backup.</source>
        <translation>The database exists but its key file desk.key is missing. desk will not create a new database over it: restore desk.key from a backup.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="65"/>
        <source>The key file %1 is damaged, so the database cannot be opened. Restore desk.key from a backup of that folder; nothing was changed.</source>
        <translation>The key file %1 is damaged, so the database cannot be opened. Restore desk.key from a backup of that folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="69"/>
        <source>desk cannot read its key file %1: %2. Check the file&apos;s permissions, or close the program holding it, then start desk again; nothing was changed.</source>
        <translation>desk cannot read its key file %1: %2. Check the file&apos;s permissions, or close the program holding it, then start desk again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="73"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Wrong passphrase. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="74"/>
        <source>A passphrase is needed.</source>
        <translation>A passphrase is needed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="75"/>
        <source>The system keychain no longer holds the key of this database.</source>
        <translation>The system keychain no longer holds the key of this database.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="78"/>
        <source>The database does not open with its key file: the file may be damaged, or desk.key comes from another folder. Nothing was changed: restore desk&apos;s folder from a backup.</source>
        <translation>The database does not open with its key file: the file may be damaged, or desk.key comes from another folder. Nothing was changed: restore desk&apos;s folder from a backup.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="82"/>
        <source>The database file is damaged, so it cannot be opened. Nothing was changed: restore desk&apos;s folder from a backup.</source>
        <translation>The database file is damaged, so it cannot be opened. Nothing was changed: restore desk&apos;s folder from a backup.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="86"/>
        <source>desk cannot read or write its database: the disk may be full or failing. Free some space and start desk again; nothing was changed.</source>
        <translation>desk cannot read or write its database: the disk may be full or failing. Free some space and start desk again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="90"/>
        <source>desk cannot open its database %1: %2. Check its permissions (and those of desk.db-wal and desk.db-shm beside it), or close the program holding it, then start desk again; nothing was changed.</source>
        <translation>desk cannot open its database %1: %2. Check its permissions (and those of desk.db-wal and desk.db-shm beside it), or close the program holding it, then start desk again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="94"/>
        <source>The system keychain, which holds this database&apos;s key, is not available or is locked. Unlock it, or log in to the computer again, then start desk. If desk&apos;s folder was copied here from another computer or user, its key stayed in that keychain: ask IT.</source>
        <translation>The system keychain, which holds this database&apos;s key, is not available or is locked. Unlock it, or log in to the computer again, then start desk. If desk&apos;s folder was copied here from another computer or user, its key stayed in that keychain: ask IT.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="98"/>
        <source>desk could not open its database; nothing was changed. The log in desk&apos;s folder (logs/desk.log) says more: please contact IT.</source>
        <translation>desk could not open its database; nothing was changed. The log in desk&apos;s folder (logs/desk.log) says more: please contact IT.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="102"/>
        <source>Another program has been holding desk&apos;s data for a long time: another desk opening it, or a backup or antivirus scan. Close it or wait until it has finished, then start desk again; nothing was changed.</source>
        <translation>Another program has been holding desk&apos;s data for a long time: another desk opening it, or a backup or antivirus scan. Close it or wait until it has finished, then start desk again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="106"/>
        <source>This database was written by a newer desk. Update desk to open it; nothing was changed.</source>
        <translation>This database was written by a newer desk. Update desk to open it; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="24"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="25"/>
        <source>another program is using it</source>
        <translation>another program is using it</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="26"/>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../desk/ui/refusal_text.py" line="27"/>
        <source>it is not a file (a pipe or a device)</source>
        <translation>it is not a file (a pipe or a device)</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="113"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="114"/>
        <source>You have no permission to write %1.</source>
        <translation>You have no permission to write %1.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="115"/>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 is on a read-only disk.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="151"/>
        <source>Checking the database, found damaged while desk ran…
This can take a minute.</source>
        <translation>Checking the database, found damaged while desk ran…
This can take a minute.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="154"/>
        <source>Opening the database…
After an update of desk this can take a minute.</source>
        <translation>Opening the database…
After an update of desk this can take a minute.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="177"/>
        <source>desk cannot keep its data in the folder %1: %2 belongs to %3, not to you (%4). Was a backup restored as %3?

Ask your IT staff to give it back to you: %5</source>
        <translation>desk cannot keep its data in the folder %1: %2 belongs to %3, not to you (%4). Was a backup restored as %3?

Ask your IT staff to give it back to you: %5</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="195"/>
        <source>desk cannot keep its data in the folder %1.

%2

Choose another folder with --data-dir or DESK_DATA_DIR, or ask your IT staff.</source>
        <translation>desk cannot keep its data in the folder %1.

%2

Choose another folder with --data-dir or DESK_DATA_DIR, or ask your IT staff.</translation>
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
        <translation>Nothing is deleted, but the old files open again only with the old passphrase: nobody, IT staff included, can open them without it. Once you are sure you no longer need them, you may delete that folder.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="237"/>
        <source>Nothing is deleted, but the old files open again only if what they lack comes back (their key, or a repair by IT staff). Once you are sure you no longer need them, you may delete that folder.</source>
        <translation>Nothing is deleted, but the old files open again only if what they lack comes back (their key, or a repair by IT staff). Once you are sure you no longer need them, you may delete that folder.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="248"/>
        <source>To start afresh, desk moves the database and its key into a new folder, set-aside-&lt;date&gt;-&lt;time&gt;, in %1 and starts with an empty inbox. Add your accounts again: their messages come back from the server. What only this computer knew (read, done, confirmed, your settings) stays in the old files.</source>
        <translation>To start afresh, desk moves the database and its key into a new folder, set-aside-&lt;date&gt;-&lt;time&gt;, in %1 and starts with an empty inbox. Add your accounts again: their messages come back from the server. What only this computer knew (read, done, confirmed, your settings) stays in the old files.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="259"/>
        <source>Start afresh</source>
        <translation>Start afresh</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="261"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="267"/>
        <source>Back to the passphrase</source>
        <translation>Back to the passphrase</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="281"/>
        <source>desk could not move its database aside (%1). Close every desk window and try again, or ask your IT staff.</source>
        <translation>desk could not move its database aside (%1). Close every desk window and try again, or ask your IT staff.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="311"/>
        <source>The passphrase in DESK_PASSPHRASE was refused: it may be the one before a change. Type the current one, and change or remove DESK_PASSPHRASE.</source>
        <translation>The passphrase in DESK_PASSPHRASE was refused: it may be the one before a change. Type the current one, and change or remove DESK_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="374"/>
        <source>Without its passphrase nothing can open this database: desk keeps no other copy of its key.</source>
        <translation>Without its passphrase nothing can open this database: desk keeps no other copy of its key.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="521"/>
        <source>desk is already running on this computer, but it is not responding. Wait a minute and start desk again. If it still does not respond, end desk in the Task Manager (or log out and back in): what it had saved is kept.</source>
        <translation>desk is already running on this computer, but it is not responding. Wait a minute and start desk again. If it still does not respond, end desk in the Task Manager (or log out and back in): what it had saved is kept.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="407"/>
        <source>The administrator&apos;s policy does not apply (%1); desk runs on its defaults and your own settings.</source>
        <translation>The administrator&apos;s policy does not apply (%1); desk runs on its defaults and your own settings.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="416"/>
        <source>The administrator&apos;s policy has %1 problem(s); the rest applies.</source>
        <translation>The administrator&apos;s policy has %1 problem(s); the rest applies.</translation>
    </message>
</context>
<context>
    <name>StoreOps</name>
    <message>
        <location filename="../desk/ui/ops.py" line="26"/>
        <source>can&apos;t write the local database: it is read-only</source>
        <translation>can&apos;t write the local database: it is read-only</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="27"/>
        <source>the local database is busy</source>
        <translation>the local database is busy</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="28"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="29"/>
        <source>the local database is damaged: restore desk&apos;s folder from a backup</source>
        <translation>the local database is damaged: restore desk&apos;s folder from a backup</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="32"/>
        <source>the disk holding the local database cannot be read or written</source>
        <translation>the disk holding the local database cannot be read or written</translation>
    </message>
    <message>
        <location filename="../desk/ui/ops.py" line="35"/>
        <source>the local database failed</source>
        <translation>the local database failed</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../desk/ui/status_text.py" line="23"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="28"/>
        <source>Up to date · %1</source>
        <translation>Up to date · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="43"/>
        <location filename="../desk/ui/status_text.py" line="67"/>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="49"/>
        <source>Sign-in no longer valid</source>
        <translation>Sign-in no longer valid</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="51"/>
        <source>Sync stopped: the local database is damaged.</source>
        <translation>Sync stopped: the local database is damaged.</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="57"/>
        <source>Offline (%1), not synced since desk started</source>
        <translation>Offline (%1), not synced since desk started</translation>
    </message>
    <message>
        <location filename="../desk/ui/status_text.py" line="63"/>
        <source>Offline (%1), last synced %2</source>
        <translation>Offline (%1), last synced %2</translation>
    </message>
</context>
<context>
    <name>ViewsButton</name>
    <message>
        <location filename="../desk/ui/views_button.py" line="29"/>
        <source>Views and groups</source>
        <translation>Views and groups</translation>
    </message>
    <message>
        <location filename="../desk/ui/views_button.py" line="30"/>
        <source>Views and groups (the window is too narrow to list them)</source>
        <translation>Views and groups (the window is too narrow to list them)</translation>
    </message>
</context>
<context>
    <name>WarningLevel</name>
    <message>
        <location filename="../desk/ui/reason_text.py" line="234"/>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="235"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="236"/>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="237"/>
        <source>blue</source>
        <translation>blue</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../desk/ui/reason_text.py" line="224"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="225"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="226"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="227"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="228"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="229"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="230"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desk/cli/speech.py" line="101"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="102"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="103"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="104"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="105"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="106"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="107"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="108"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="109"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="110"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="111"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="112"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="113"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="114"/>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="115"/>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="116"/>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="117"/>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="118"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="119"/>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="120"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../desk/cli/speech.py" line="128"/>
        <source>{heading}:</source>
        <translation>{heading}:</translation>
    </message>
</context>
</TS>
