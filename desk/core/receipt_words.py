"""The words a reply opens with to say it received what it answers, and what may follow them.

One list for the two readers of a receipt: triage, which lets a receipt with a few words of
what is being done stay an acknowledgement (收到，下午开始排查), and the DING roster, which
counts a reply opening with one as a confirmation (收到，请问安置点在哪？). Kept apart, the two
lists drifted: 好的，请问… confirmed nothing while 好的 alone did.
"""

from __future__ import annotations

# 收到 and its spoken forms, and the plain words of assent a notice is answered with.
RECEIPT_WORD = r"(?:已收到|收到(?:了|啦)?哈?|收悉|好的|明白|晓得了|要得|好嘞|好着呢)"
# What ends the receipt before whatever the reply goes on to say: punctuation, a space, an
# emoji (收到👌马上上山). Without one, the word only begins a sentence: 收到通知后请立即上报.
RECEIPT_BREAK = r"[\s,，.。!！～~、\U0001f300-\U0001faff\u2600-\u27bf\ufe0f]"
