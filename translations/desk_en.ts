<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Alerts</name>
    <message>
        <location filename="../desk/app/alerts.py" line="138"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="147"/>
        <source>%1 new messages</source>
        <translation>%1 new messages</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="148"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="184"/>
        <source>Held during quiet hours: %1</source>
        <translation>Held during quiet hours: %1</translation>
    </message>
    <message>
        <location filename="../desk/app/alerts.py" line="187"/>
        <location filename="../desk/app/alerts.py" line="190"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../desk/ui/card_text.py" line="16"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="22"/>
        <source>also in: %1</source>
        <translation>also in: %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="31"/>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <location filename="../desk/ui/card_text.py" line="32"/>
        <source>acknowledged ×%1 (%2)</source>
        <translation>acknowledged ×%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="27"/>
        <source>No message selected</source>
        <translation>No message selected</translation>
    </message>
    <message>
        <location filename="../desk/ui/detail_pane.py" line="46"/>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk/ui/main_window.py" line="56"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="69"/>
        <source>Search messages ( / )</source>
        <translation>Search messages ( / )</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="85"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="122"/>
        <source>Next message</source>
        <translation>Next message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="123"/>
        <source>Previous message</source>
        <translation>Previous message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="124"/>
        <source>Open message</source>
        <translation>Open message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="125"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="126"/>
        <source>Mark unread</source>
        <translation>Mark unread</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="127"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="129"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="131"/>
        <source>Move to Urgent</source>
        <translation>Move to Urgent</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="132"/>
        <source>Move to Action</source>
        <translation>Move to Action</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="133"/>
        <source>Move to Info</source>
        <translation>Move to Info</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="134"/>
        <source>Move to Noise</source>
        <translation>Move to Noise</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="137"/>
        <source>Back to list</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="140"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="143"/>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="146"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="191"/>
        <source>Marked done. Press Ctrl+Z to undo.</source>
        <translation>Marked done. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="193"/>
        <source>Moved back to the inbox.</source>
        <translation>Moved back to the inbox.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="216"/>
        <source>Moved to %1; desk will rank similar messages this way. Ctrl+Z undoes.</source>
        <translation>Moved to %1; desk will rank similar messages this way. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="225"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="229"/>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="314"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="316"/>
        <source>Up to date · %1</source>
        <translation>Up to date · %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="318"/>
        <source>The server refused the sign-in: sign in again</source>
        <translation>The server refused the sign-in: sign in again</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="321"/>
        <source>Offline (%1), retrying in %2 s</source>
        <translation>Offline (%1), retrying in %2 s</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="329"/>
        <source>no connection to the server</source>
        <translation>no connection to the server</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="330"/>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="331"/>
        <source>server asked to slow down</source>
        <translation>server asked to slow down</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="332"/>
        <source>local database busy or full</source>
        <translation>local database busy or full</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="333"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../desk/ui/main_window.py" line="339"/>
        <source>%1 unread</source>
        <translation>%1 unread</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="13"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="14"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="15"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="16"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="17"/>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="18"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../desk/ui/notifier.py" line="44"/>
        <location filename="../desk/ui/notifier.py" line="80"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="46"/>
        <source>Open desk</source>
        <translation>Open desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="48"/>
        <source>Quit desk</source>
        <translation>Quit desk</translation>
    </message>
    <message>
        <location filename="../desk/ui/notifier.py" line="80"/>
        <source>desk: %1 urgent</source>
        <translation>desk: %1 urgent</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="21"/>
        <source>desk: passphrase</source>
        <translation>desk: passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="26"/>
        <source>No system keychain is available, so desk protects its encrypted database with a passphrase. Choose one of at least %1 characters. Without it the data cannot be recovered.</source>
        <translation>No system keychain is available, so desk protects its encrypted database with a passphrase. Choose one of at least %1 characters. Without it the data cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="31"/>
        <source>Enter the passphrase of your desk database.</source>
        <translation>Enter the passphrase of your desk database.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="41"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="61"/>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="64"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../desk/ui/passphrase_dialog.py" line="66"/>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>QuietIndicator</name>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="15"/>
        <source>night</source>
        <translation>night</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="16"/>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="17"/>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="18"/>
        <source>switched on by you</source>
        <translation>switched on by you</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="37"/>
        <source>Quiet for 1 hour</source>
        <translation>Quiet for 1 hour</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="39"/>
        <source>Quiet until tomorrow 08:30</source>
        <translation>Quiet until tomorrow 08:30</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="41"/>
        <source>Follow the schedule again</source>
        <translation>Follow the schedule again</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="57"/>
        <source>Quiet until %1</source>
        <translation>Quiet until %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="59"/>
        <source>Notifying until %1</source>
        <translation>Notifying until %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="61"/>
        <source>Notifications on</source>
        <translation>Notifications on</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="63"/>
        <source> · %1 held</source>
        <translation> · %1 held</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="66"/>
        <source>Click to pause quiet hours until they end.</source>
        <translation>Click to pause quiet hours until they end.</translation>
    </message>
    <message>
        <location filename="../desk/ui/quiet_indicator.py" line="70"/>
        <source>Click to follow the schedule again.</source>
        <translation>Click to follow the schedule again.</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../desk/ui/reason_text.py" line="14"/>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="15"/>
        <source>@you</source>
        <translation>@you</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="16"/>
        <source>from group owner</source>
        <translation>from group owner</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="17"/>
        <source>from group admin</source>
        <translation>from group admin</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="18"/>
        <source>urgent wording</source>
        <translation>urgent wording</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="19"/>
        <source>asks for action</source>
        <translation>asks for action</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="20"/>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="21"/>
        <source>due within %1 h</source>
        <translation>due within %1 h</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="22"/>
        <source>deadline passed</source>
        <translation>deadline passed</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="23"/>
        <source>same notice as in %1</source>
        <translation>same notice as in %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="24"/>
        <source>acknowledgement reply</source>
        <translation>acknowledgement reply</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="25"/>
        <source>flattery reply</source>
        <translation>flattery reply</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="26"/>
        <source>chit-chat</source>
        <translation>chit-chat</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="27"/>
        <source>sticker or emoji</source>
        <translation>sticker or emoji</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="28"/>
        <source>red packet</source>
        <translation>red packet</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="29"/>
        <source>photo check-in</source>
        <translation>photo check-in</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="30"/>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="31"/>
        <source>group weight %1</source>
        <translation>group weight %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="32"/>
        <source>corrected by you</source>
        <translation>corrected by you</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="33"/>
        <source>sender weight %1</source>
        <translation>sender weight %1</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="34"/>
        <source>a question put to you</source>
        <translation>a question put to you</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="35"/>
        <source>a question to the group</source>
        <translation>a question to the group</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="36"/>
        <source>for information only</source>
        <translation>for information only</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="37"/>
        <source>routine report</source>
        <translation>routine report</translation>
    </message>
    <message>
        <location filename="../desk/ui/reason_text.py" line="38"/>
        <source>sign-up chain</source>
        <translation>sign-up chain</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../desk/ui/inbox_delegate.py" line="25"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../desk/ui/inbox_delegate.py" line="27"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../desk/ui/sidebar.py" line="39"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../desk/ui/sidebar.py" line="40"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desk/app/gui.py" line="43"/>
        <source>The database exists but its key file desk.key is missing. desk will not create a new database over it: restore desk.key from a backup.</source>
        <translation>The database exists but its key file desk.key is missing. desk will not create a new database over it: restore desk.key from a backup.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="47"/>
        <source>The key file desk.key is damaged.</source>
        <translation>The key file desk.key is damaged.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="48"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Wrong passphrase. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="49"/>
        <source>A passphrase is needed.</source>
        <translation>A passphrase is needed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="50"/>
        <source>The system keychain no longer holds the key of this database.</source>
        <translation>The system keychain no longer holds the key of this database.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="53"/>
        <source>The database cannot be read with this key.</source>
        <translation>The database cannot be read with this key.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="54"/>
        <source>This database was written by a newer desk. Update desk to open it; nothing was changed.</source>
        <translation>This database was written by a newer desk. Update desk to open it; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desk/app/gui.py" line="75"/>
        <source>desk</source>
        <translation>desk</translation>
    </message>
</context>
</TS>
