"""Triage quality on the labelled sets kept in the repository: what a change must not lose.

The floors sit a little under today's figures (see README, "Triage quality"), so a rule
tuned for one county that costs another shows here, not only in the bench.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench import triage_quality as bench

SETS = sorted((Path(__file__).parents[1] / "data").glob("triage_*.jsonl"))
# Urgent items a set's writer labels so by a reading desk does not make, each with why.
# The learned model finds all three, but only because it was trained on these sets (left
# out of its training, it gives them 0.03-0.30): the floors do not count on that.
KNOWN_MISSES = {
    # A relay of a DING about tomorrow's inspection that gives the communities their own,
    # later deadline (明早7点前, where the DING said 今晚10点前). Its writer folds it into the
    # DING and so calls it urgent; folding keeps a later deadline apart, as the corpus
    # README's relays only ever set earlier ones (a later day is the next round of a
    # reminder), and 10 hours ahead is no emergency of its own.
    "q0129",
    # A county office asking the town to check a washed-out road and report by 8:00, sent at
    # 7:10, with no 立即 and no @: its writer calls a request due within the hour urgent.
    # dev labels such requests action (only @me, DING, an emergency or an order to act at
    # once is urgent), and a rule making them urgent cost dev and five other sets tier F1.
    "s0104",
    # A 暗访 report listing points lost, ending 请相关街道立即整改，今天下午3点前将…照片报区
    # 创城办, sent at 10:30: an order for now due in four and a half hours. Counting 立即
    # with any due time within five hours as urgent cost set C a tier (its writer calls
    # such orders action), within twelve hours five sets.
    "x0126",
    # @李明 大湾村主管爆了，你过去盯一下…中午之前必须恢复供水, sent at 8:20: due in three
    # hours and a half, past the two hours within which @you is urgent, with no 马上 and no
    # sign (刚才, 现在) that the burst is news; its writer calls the burst main urgent.
    "p2_0100",
    # 大岩村3组：王婆婆家灶房垮了半边，人没得事已经扶出来了；…人都站在坝子头不敢进屋…要帐篷和
    # 铺盖！ a quake's damage with nobody hurt and nothing said to happen now: its writer
    # calls the families out in the cold urgent. 王婆婆 is out, and no rule reads 要帐篷 as
    # someone at risk.
    "o2_0105",
    # 变压器刚才冒火花…全村都停电了…明天一早就会礼…镇上能不能帮着催一下: a live fault with help
    # asked, but 明天一早 reads as a due time past the urgent window, and a first-hand
    # report with a task due later is no emergency (that guard spares many tips and plans).
    "p2_0309",
    # 各位：区里刚刚DING的——今晚8点开始全市进入进博安保最高等级…7点前到城运中心: a DING
    # retold in 14% of its words, which its writer folds into the DING and so calls
    # urgent. Looking relays up by the days and times they name found it, and also folded
    # other notices relayed the same evening at the same times (a reviewer's finding), so
    # it stays a card of its own, an order due tonight.
    "w20170",
    # @李明 …等会碰头会上你把原因和清零计划讲一下, sent at 8:15: due at a meeting "in a
    # while" whose time the text does not give; its writer reads it as within the hour.
    "a30013",
    # 李明今晚带班，直接到现场指挥: the reader named without an @, sent to a scene the text
    # does not say is an emergency (its writer knows the storm that evening).
    "a30164",
    # …昨晚塌方，泥巴石头把整条路堵死了，两头都有车在等: last night's landslide with the road
    # still blocked; told as past, with no call and no one at risk said, it reads as news.
    "z20245",
    # 我开车过去。@李明 同卫生院讲声，准备好狂犬疫苗同免疫球蛋白: the reader asked to have the
    # clinic ready for a bitten child told of in the message before; this one names no
    # danger itself.
    "b30133",
    # [图片]…看到三只小天鹅死在滩上…怕是有人放药毒鸟！哪个晓得该报哪: a birdwatcher's find in a
    # hobby group, poisoning suspected but no one at risk and nothing said to be going on;
    # its writer calls wildlife poisoned now urgent.
    "f3_0069",
    # 截至10点50分，还有长岽镇、丰田乡值班表未报，11点准时截止: a chase of rosters due in ten
    # minutes, to other towns as much as ours; its writer calls the last minutes urgent.
    "g3_0030",
    # 请长岽镇22:30前续报火场情况, and the 【续报】 of the fire at 22:25: a follow-up report read
    # as the fire's news, not its start (续报 is how other sets' writers tell of a fire
    # under control); its writer calls each round of a live fire urgent.
    "g3_0125",
    "g3_0128",
    # 上坪村的后生，能去的到竹篙坑村委会集合帮手打火，带柴刀同手电: volunteers asked, whoever
    # can, to help fight a fire the text does not tell of; its writer knows it from the
    # thread. A call to whoever can come reads as an appeal, not an order for now.
    "g3_0126",
    # 李主任，县委督查室的两个人到了，在一楼值班室: inspectors waiting for the reader, named
    # by surname and office; the bench's reader is 李明, and no rule reads 李主任 as him.
    "g3_0303",
    # 永兴村四组李国富家牛棚让雪压塌半边…两头压底下了，人没事。我带乡里铲车过去了: a leader's
    # word that he is on his way to the collapse the village reported four minutes before in
    # another group. Its writer folds it into that cry; it shares too few rare words with it
    # (and one person going asks no one), so it reads as a report.
    "h3_0065",
    # 注意安全，别让人进棚里头，防止二次坍塌: the secretary's caution under that report; the
    # words alone name no danger happening now, only the thread does.
    "h3_0066",
    # 【情况报告】…农民工14人到乡政府反映被拖欠工资约42万元…县劳动监察大队已到场，目前工人
    # 情绪稳定，已进入…立案程序: a formal report of a visit already in hand (calm, a case
    # opened); its writer calls a crowd over unpaid wages urgent whatever was done.
    "h3_0198",
    # @农文杰 今晚手机别静音，随时准备起草信息报县委办, late at night while a fire burns in
    # the thread: a standby order with no incident in its words; its writer calls it urgent,
    # O2's calls @you 随时准备转移 action and R2's 今晚手机别静音 information.
    "o0135",
    # 县长上午要来局里调度寒潮应对，10点在三楼指挥中心，班子成员和各股室负责人参加, at 9:10 (set
    # S3; N's t0078 is information): a meeting within the hour with no @ and no 立即; the
    # labelled sets call 29 of 31 such meetings tasks.
    "t0078",
    # @陈涛 河口村电线这个情况请应急办联系供电所处理 (set U3): the reader asked, with no due time
    # and no 立即, to have the power company see to a tree on a line the grid worker has
    # already cordoned off; its writer calls that report action and this order urgent.
    "u0087",
    # 各社区都动一动，重点看公交站、菜市场、公园长椅这些地方 (set V3), ten minutes after a 寻人 for
    # an old man in the same group: only the thread makes it a search; G3's writer calls a
    # like follow-up (大家帮忙留意，网格员已经分头去找了) information, and a rule carrying
    # urgency down a thread to the next order found no other such item in the sets.
    "b0140",
    # X3 (a township's 党政办 and 农业农村办 before 春节), whose writer was asked for urgent items
    # in varied words (十万火急, 务必今天, 市里在等, 督查组明天到, 县长批示, 请火速) and labels each
    # so. By the corpus README (a DING, an emergency or an order for now, or @me due within
    # about two hours) these are tasks: the county inspectors arriving tomorrow, with files
    # to put in order tonight and in place by 8:00, even under 紧急通知 (x0114 and its relays
    # x0116, x0120; U3's 紧急通知 with a term is a task too)...
    "x0114",
    "x0116",
    "x0120",
    # ...a 县长批示 to be passed on to every village today, at 16:00 for 17:30, and its relay
    # asking patrols from tonight (x0156, x0158): nothing is happening now, nobody waits...
    "x0156",
    "x0158",
    # ...市医保局在等 / 县委书记在等 on a report due at 16:00 or 17:00, sent at 9:10 or 10:00
    # (x0187, x0253): the same words within two hours are urgent (x0085, x0086, x0255), seven
    # hours off they are the day's task...
    "x0187",
    "x0253",
    # ...@me 务必今天 (x0252, at 9:30) and @me 下午3点前 (x0254, at 10:15): @me due hours off...
    "x0252",
    "x0254",
    # ...a reminder at 7:40 of the 8:00 village cleanup muster (x0221), and 请各村两小时内…录入
    # 系统，县里6点锁库 (x0269) with no @: the sets call a meeting within the hour with no @ and
    # no 立即 a task (see t0078), and every plain 两小时内 order to units (S3's t0141, t0229,
    # T3's t30139, the challenge set's c0068) too.
    "x0221",
    "x0269",
    # 热力公司、各物业2小时内把所有"室温不达标"和"管道冻裂"工单逐件联系到户，11:30前报处置进度
    # (set Y3, at 9:30, no @, no 立即, nothing happening to anyone now but a run of complaints):
    # a plain 两小时内 order to units, which the sets call a task (see x0269).
    "y3288",
    # A4 (its ids, like B4's, start with b): @刘振华 县自然资源局张局长10点半来镇里调研…你在所里
    # 等他, at 7:55: @me due in two hours and 35 minutes, past the corpus README's "within
    # about two hours"; widening the window to take it cost nine sets tier F1.
    "b0060",
    # ...刚才要的数口径更正…已报的乡镇请按新口径重报，5点40前不变 (at 16:20, no @, no DING): the
    # correction of the 16:40-due DING b0203, whose writer carries its urgency over. Read with
    # its time it is due in 80 minutes, past the hour within which a report asked again is
    # urgent (see b0209, which is); the deadline rules do not read 5点40前不变.
    "b0208",
    # ...@刘振华 图斑核查结果和整改方案已汇总好…下午5点前要报县局，您签个字？我11点拿过去 (at
    # 9:00): its writer takes 11:00, when the signature is fetched, as the due time; the rules
    # take the county's 17:00, eight hours off, and call it the task it is.
    "b0235",
    # C4: 各街道跨年夜安保人员20:00前到岗，到岗后在群里发到岗照片, sent at 19:30 with no @ and no
    # DING: its writer calls an order to be at one's post within the half hour urgent. S2's
    # calls 9点前各点位到岗 at 8:31 a task, and I3's 7:30江滨公园东区到岗签到 at 7:21; with no
    # emergency, inspectors or 立即 in its words it stays the task the sets make of it.
    "c4_0174",
    # D4: @刘洋 刘站长，考生名单还差白石村和杉山村，你那边有没有…考生电话？ at 15:30: its writer
    # carries the list's 17:00 over from the town's notice that morning; the @ itself names
    # no time and no hurry, so it reads as a question put to the reader.
    "d4_0045",
}


@pytest.fixture(scope="module", params=SETS, ids=lambda path: path.stem)
def scored(
    request: pytest.FixtureRequest,
) -> tuple[dict[str, bench.Gold], dict[str, bench.Predicted]]:
    messages, gold = bench.load_corpus(request.param)
    return gold, bench.predictions(bench.run_engine(messages))


def test_the_sets_are_all_here() -> None:
    assert len(SETS) >= 8


def test_no_urgent_item_is_missed(
    scored: tuple[dict[str, bench.Gold], dict[str, bench.Predicted]],
) -> None:
    gold, pred = scored
    missed = [i for i, g in gold.items() if g.tier == "urgent" and pred[i].tier != "urgent"]
    assert set(missed) <= KNOWN_MISSES


def test_no_look_alike_folds_into_the_notice_it_resembles(
    scored: tuple[dict[str, bench.Gold], dict[str, bench.Predicted]],
) -> None:
    gold, pred = scored
    assert bench.hard_negatives_merged(gold, pred) == []


# Lower floors for the sets tuned on only briefly (N and O, written last: rosters that name
# the reader, two people's deadlines in one message and relays retold in other words are
# left as they are), so that they still catch a change that costs them.
FLOORS = {
    "triage_blind_n": {"tier": 0.92, "deadline": 0.85},
    # O, a county bureau's view: its holiday duty roster names the reader, and 假期每天17点前
    # is first due on the holiday's first day; both left as they are.
    "triage_blind_o": {"deadline": 0.85},
    # Q's relays are retold in other words (two people's reports of one landslide, a
    # search for a child told three ways): its writer folds what folding by shared text
    # cannot see; precision stays 1.0.
    "triage_blind_q": {"dup": 0.84},
    # V (a Guizhou mountain township around 端午) was tuned on once. Its relays are retold
    # in other words (a villager's voice report and an official's of one cracking slope, a
    # search for a boy told twice); a corrected bus timetable's 5:45 reads as the
    # afternoon, and its holiday rosters name the reader, whom the bench does not know.
    "triage_blind_v": {"dup": 0.85, "deadline": 0.84},
    # Z (a Heilongjiang border town at 开江 and 清明) was tuned on once. Its reminders name a
    # daily time already past (今天还差红光村), a report twice a day (每天早8点、晚6点) and a
    # sampling team's expected arrival; left as they are.
    "triage_blind_z": {"deadline": 0.85},
    # O2 (a Sichuan mountain town after a quake at 国庆) was tuned on once, for its false
    # alarms, and the model does not learn from it (tools/train_urgent_model.py). Its
    # writer calls a county meeting's numbered demands (一、今天下午5点前完成…) and orders
    # without 请 to a named person (各村今天下午4点前报付强) action, where S's calls such a
    # recap information; its rosters name the reader, and "until 10 pm"
    # (到晚上10点) is due then. Left as they are.
    "triage_blind_o2": {"tier": 0.86, "deadline": 0.84},
    # R2 (a Heilongjiang street office in a blizzard at 元旦) and S2 (a Guangxi border
    # township at 春节) were tuned on once, for three urgent reports missed. Their writers
    # fold one incident told by two people (a grid worker's cry, then the office's 【紧急】
    # order) and relays retold in dialect with their own dates: folding by shared text
    # does not, and its precision stays 1.0 on S2 (0.89 on R2). Their ack floods hold
    # short promises (我先过去) that read as replies of their own; deadlines as N's.
    "triage_blind_r2": {"tier": 0.87, "dup": 0.88, "deadline": 0.79, "ack": 0.96},
    "triage_blind_s2": {"tier": 0.88, "dup": 0.66, "deadline": 0.88, "ack": 0.96},
    # U2 (a Shandong street office at 中秋) was tuned on once, for three urgent reports
    # missed and eight false alarms. Its writer calls orders shouted in a gas leak's thread
    # (别按门铃！别开灯！) information, which the model reads as urgent, and counts short
    # promises in an ack flood (我这就去) as acks.
    "triage_blind_u2": {"tier": 0.92, "ack": 0.92},
    # V2 (a Gansu loess township at 清明) and W2 (a Shanghai street office in an expo week)
    # were tuned on once. Their relays retell county notices in a cadre's own words with
    # new internal deadlines, which folding by shared text does not see.
    "triage_blind_v2": {"tier": 0.87, "dup": 0.71, "deadline": 0.86, "ack": 0.97},
    "triage_blind_w2": {"tier": 0.87, "dup": 0.7, "deadline": 0.82, "ack": 0.95},
    # X2 (a Yunnan border township at 泼水节) and Y2 (a Heilongjiang forest town at 元旦)
    # were tuned on once. X2's 节后第一个工作日 is after 泼水节, a holiday of the prefecture the
    # national calendar does not hold, and its writer calls some of a county office's
    # orders to the town action that the rules give no task words. Y2's relays are retold
    # in a cadre's own words, as V2's.
    "triage_blind_x2": {"tier": 0.9, "deadline": 0.86, "ack": 0.96},
    "triage_blind_y2": {"tier": 0.86, "dup": 0.72, "deadline": 0.86, "ack": 0.96},
    # Z2 (a Zhuang township in Guangxi at 三月三) and A3 (a Shanghai street office in a
    # heatwave) were tuned on once. Z2 counts working days on Guangxi's calendar (三月三 is
    # three days off there; the bench runs on the national one) and its writer calls a
    # 【紧急】 swine-fever notice due in two days action. A3's 12345 work orders run from
    # their dispatch time (派单时间), and its writer tells action from information by
    # whether a notice asks the street for anything it does not already do.
    "triage_blind_z2": {"tier": 0.85, "dup": 0.9, "deadline": 0.8, "ack": 0.95},
    "triage_blind_a3": {"tier": 0.87, "dup": 0.89, "deadline": 0.8, "ack": 0.93},
    # B3 (a Guangdong mountain township at 清明, in 客家话 and 粤语) was tuned on once. Its
    # writer calls a 【紧急】 notice of an inspection next week action, a landslide
    # warning that asks for patrols action where T's writer calls one information, and
    # villages' one-line reports (自查表已交) noise.
    "triage_blind_b3": {"tier": 0.92, "dup": 0.93, "deadline": 0.9},
    # C3 (a Heilongjiang street office at 元旦) was tuned on once, for its urgent reports.
    # Its writer retells most county notices in a cadre's own words (县里刚发的，明早8点前各社区
    # 把独居老人取暖情况报上来) and folds them into the notice, sharing a tenth of its text or
    # less: folding by shared text finds a fifth of its pairs, with precision 1.0. Its
    # writer calls a 【紧急】 snow-clearing notice due tomorrow action.
    "triage_blind_c3": {"tier": 0.91, "dup": 0.33, "deadline": 0.86},
    # D3 (a pastoral 苏木 in Inner Mongolia, April 2027) was tuned on once. Its writer folds
    # several people's reports of one incident (a poisoning, a dog bite, a lost herder, a
    # border fire) and cadres' retellings of a notice, which folding by shared text does
    # not see; its rosters and a classmates' reunion name the reader (乌兰), whom the
    # bench does not know, and it calls villages' one-line word that a notice was passed
    # on (巴彦塔拉已全部通知) noise, where other sets call such reports information.
    "triage_blind_d3": {"tier": 0.9, "dup": 0.6, "deadline": 0.87, "ack": 0.97},
    # E3 (a Henan wheat township in the 三夏 week of June 2027) was tuned on once. Its writer
    # folds cadres' retellings of a notice and people's reports of one fire point, which
    # folding by shared text does not see, and a classmates' sign-up chain, which the other
    # sets keep apart; it calls a staffer's 主任，…你看派谁去哪个村 action but 主任，…要不要再
    # 打电话核一遍？ information, villages' one-line progress (王庄零进度) noise, and a
    # county's satellite alert to another town information: the bench does not know the
    # reader's town.
    "triage_blind_e3": {"tier": 0.92, "dup": 0.75, "deadline": 0.93},
    # F3 (a Hubei lake township, November 2026) and G3 (a Jiangxi Hakka hill town at 元旦)
    # were tuned on twice, the second time for tasks read as information (报进度，下午4点前;
    # 从今天开始…每天…报; 本周五前跟曾丽萍讲). F3's writer calls a weekend roster naming the
    # reader action and villages' publicity (年底前截止，莫错过了) and a 候鸟 notice
    # information, counts a fire-point DING's 30分钟内 from the city's time in its relay, and
    # reads 明晚出发前 as 20:00. G3's writer calls the 农普's daily tallies noise, staff's
    # plain words to 李主任 (the bench does not know him) orders, and one county 【工作提示】
    # that asks the towns to get ready action, where other sets call such tips information.
    "triage_blind_f3": {"tier": 0.9, "deadline": 0.88, "ack": 0.95},
    "triage_blind_g3": {"tier": 0.88, "deadline": 0.92},
    # H3 (a Heilongjiang township in 腊月, 东北话) and I3 (a Guangxi street office across 清明
    # and 三月三, 桂柳话 and 白话) were tuned on once, for missed emergencies and relays down
    # to the villages, then for work handed out in plain words (大伟牵头…, 您明天上午看完签字,
    # 次日上午10点前). Left: I3's writer calls villages' one-line daily figures (那岭村：巡查6人，
    # 劝返3人) noise and folds people's reports of one fire and a county notice retold in a
    # cadre's own words that keep few of its words; some of its calls are other sets'
    # opposites (再广播一遍 and 班子成员都不要离开 a task, 太好了🙏 an ack).
    "triage_blind_h3": {"tier": 0.94, "deadline": 0.86, "ack": 0.96},
    "triage_blind_i3": {"tier": 0.89, "dup": 0.82, "deadline": 0.91, "ack": 0.95},
    # J3 (a Sichuan mountain township at 国庆 2027: landslide warnings, tourists missing on
    # the back hill) and K3 (a northern plains town from 27 December 2027: 煤改气 checks,
    # coal-gas poisoning, 元旦 and due dates across the year) were tuned on once. J3's
    # writer gives a chase posted after its time that time as its due (今天下午5点截止 at
    # 17:10; the card shows it from passed_due_that_day, the verdict none) and an hourly
    # report its first hour (D3's and F's leave those undated); calls @you due in 70
    # minutes action, closures that ask the checkpoints to turn visitors back and a clinic
    # day asking a village to tell its people information, and villages' one-line patrol
    # tallies information where I3 calls them noise. It folds the missing tourists' alert
    # into a village call-out that retells it, and keeps an order to pass a call-out on
    # (@罗建 通知机关干部…) apart from the call-out. K3's left: a morning cheer and the
    # year's last day's cheer fold on 2027年最后一, and two photos' captions it calls chat.
    "triage_blind_j3": {"tier": 0.92, "dup": 0.94, "deadline": 0.91},
    "triage_blind_k3": {"tier": 0.98, "dup": 0.97, "deadline": 0.98, "ack": 0.98},
    # L3 (a Guangzhou street office's 社区 at 清明 2027, 粤语 in its 街坊群) was tuned on once,
    # for Cantonese chat and acks and three urgent items missed. Left: its writer calls the
    # checkpoints' hourly tallies (劝导群众320人次，收缴火种18份，无异常) information where
    # I3's and V2's call them noise, and problem lists and fire-danger levels sent to the
    # other 社区 information (the bench does not know the reader's 社区); it folds three
    # people's cries about one fire, which share too few words, and keeps a reminder of a
    # notice apart from it.
    "triage_blind_l3": {"tier": 0.93, "dup": 0.94, "deadline": 0.91, "ack": 0.99},
    # M3 (a Gansu 乡镇 in 陇西县 from 30 December 2026 to 15 January 2027: fire bans, coal-gas
    # poisoning, 春运, the 低保 review, cold waves; 知道咧, 好着呢, 后晌, 腊月二十前) was tuned
    # on once. Left: its writer calls villages' one-line patrol and snow-clearing tallies
    # noise (红崖村：除雪6人，主路畅通) but one village's word that its homes were checked
    # information, a relay of a DING (转县安委办DING：…) action, a 【通报】 of who has not
    # reported (请抓紧) and a chase to the other towns information (the bench does not know
    # the reader's town nor that 马主任 is the reader); it folds cadres' relays that keep
    # few of a notice's words (县上会议改到明天下午3点了…), and gives a correction the due
    # day of the notice it corrects (发放时间不变).
    "triage_blind_m3": {"tier": 0.97, "dup": 0.93, "deadline": 0.96, "ack": 0.99},
    # N3 (a Chengdu 街道办事处 from 24 March to 9 April 2027, 清明 within: fire watch on the
    # hill, 汛前 checks, 城市更新, 创文; 要得, 收到哈, 明儿, 零点半前) was tuned on once.
    # Left: its writer calls checkpoints' tallies that close on 无火情 noise where B3's,
    # J3's, Z2's and dev's call them information; a photo's word of a flooded underpass
    # information; it folds a 提醒：今天上午8:30周例会 into that week's meeting notice (the
    # next week's is its hard negative), and gives a correction of a meeting's place that
    # keeps its time (时间不变) the sign-in time of the notice it corrects (2:15前签到), as
    # M3's writer does.
    "triage_blind_n3": {"tier": 0.94, "dup": 0.97, "deadline": 0.97, "ack": 1.0},
    # O3 (a Guangxi township in December 2026: 糖料蔗砍运, 森林防火, 医保征缴, 防返贫, 边境禁毒,
    # 元旦) was tuned on once, for a fire reported on every half hour, a report asked within
    # half an hour, the leadership called to a meeting and receipts signed by name. Left:
    # its writer calls a relay of a county DING action (folding gives it the DING's
    # urgency), a squad leader's 我带队出发 during the fire information, and a holiday
    # notice's 请提前做好值班值守 information where its 请各村广播提醒群众 is action; villages'
    # zero patrol reports (巡山…报零) are information to it, noise to I3's and M3's. It folds
    # relays and corrections retold with their own dates (县里25日前要，请各村20日前…报镇安监站;
    # 更正！县里把…提前到今天下午3点要了), which folding by shared text does not see; reads
    # 下班前发我看 after a meeting 周一上午8:30 as today's, and an hourly report's first round
    # as its due (as J3's writer does). 就坡豆村报了，其他村…今晚9点前补上 stays information:
    # reading the order apart from the 了 before it cost E a progress report (已核实121条，
    # 剩余的周五前完成).
    "triage_blind_o3": {"dup": 0.9, "deadline": 0.93},
    # P3 (a Jinan street office in December 2026: 12345 work orders, gas checks, 信访维稳, a
    # 文明城市 inspection) was tuned on once. Left: a weekly report's first round (每周五中午
    # 12点前报送进度周报) stays the due time where its writer takes the one-off date, as J3's
    # and O's writers take the first round; 8点前各科室到包保路段扫雪 stays information (a
    # rule for it cost a held-out set a tier); its urgency model calls a repair under way
    # (在换阀门 老人屋里现在开着电暖气) and an inspection's 不得离岗 urgent; a bare 柳荫马上报 is
    # no receipt (隐患马上报 is an order); links, photos and praise in traditional characters
    # are chat to it and information to its writer, a standby before a blizzard (网格员周六晚
    # 上起全员在岗) information, as R2's is.
    "triage_blind_p3": {"deadline": 0.95, "dup": 0.95, "ack": 0.99},
    # Q3 (a Xilingol sumu in December 2026: blizzards, 转场, a grass fire, the border, 防疫, CO
    # poisoning) was tuned on once. Left: relays retold in their own words (a gacha's 各组…明天
    # 中午前排查完报我 under the sumu's notice, a two-line correction of a meeting's time, the
    # border's 150 sheep told again to the herders, the county inspectors' visit) do not fold;
    # a 苏木紧急通知 due in two hours stays urgent (its writer: action); a gacha's word that
    # its moving households arrived, 人畜平安, is a routine report to the rules; the urgency
    # model calls a voice note on a herder's frostbite urgent; thanks for a red packet in the
    # chat group ([抱拳], 谢谢磊哥🌹) are acks to the rules, not to its writer, and 终于完成了👏
    # the other way; who 包联 which villages stays information.
    "triage_blind_q3": {"tier": 0.97, "deadline": 0.98, "dup": 0.9, "ack": 0.975},
    # R3 (a Yi township in Liangshan, 14–20 December 2026: 冬防 checkpoints, a hill fire, 禁毒,
    # 控辍保学, CO poisoning; Yi names called by their given part, 阿木主任) was tuned on once.
    # Left: its writer calls a relay of a county DING that sets its own internal deadline
    # three hours ahead action, where B3's, P3's and Z2's call such relays urgent (folding
    # gives it the DING's urgency); a village's patrol tally that closes on what it did
    # (支援觉莫村扑火10人) noise, where J3's and L3's call such tallies information; it keeps
    # a villager's cry for help apart from the township's 【紧急】 orders about the same fire,
    # which R2's and S2's writers fold, and folds relays retold in a cadre's own words (OA今晚
    # 8点到11点升级维护) that folding by shared text does not see.
    "triage_blind_r3": {"tier": 0.98, "dup": 0.93, "deadline": 0.98, "ack": 0.98},
    # S3 (a county 应急管理局 in a December cold snap: 寒潮 response, road ice, a grave-side hill
    # fire, year-end checks, 调研 visits; the reader a 股长 called 王股) was tuned on once; one
    # label fixed (t0124's 今天下午4点前报 had no deadline). Left: its writer calls stickers and
    # roses under a greeting ([太阳], [抱拳], [玫瑰]) and 已到/已改 no acks, where the rules and
    # most sets call them acks; a 温馨提示 on CO poisoning passed to family noise (other sets:
    # information); 请各县/各乡镇做好… under a warning or a 火险 bulletin now a task, now
    # information; 救援股…发我 not the reader's task (the rules do not know the reader's
    # section); a meeting within the hour urgent (see KNOWN_MISSES).
    "triage_blind_s3": {"tier": 0.96, "dup": 0.99, "deadline": 0.98, "ack": 0.95},
    # T3 (a county 卫生健康局, its 卫生院 and village doctors in December 2026: flu season, a
    # vaccination round, 医保 payments, a performance inspection) was tuned on once. Left: its
    # writer calls units' nil reports and vaccination tallies (零报告, 今天接种128人) information,
    # where most sets call them routine noise; a village doctor's ask of 马院长 (not the
    # reader) and 请东溪镇加大工作力度 under a 通报 tasks (the rules do not know the reader's
    # unit); a 【提醒】 of the daily report's first day not the notice that set it (folded: one
    # task, one due time); the same home's nil report passed up by the 卫生院 not the
    # internal one; 后天考核组进院 due at 08:30 (the README's date-only time is 17:30); a
    # due time only another message gives (会上, 考核当天) unknown; 周末愉快[玫瑰] no ack.
    "triage_blind_t3": {"tier": 0.93, "dup": 0.94, "deadline": 0.91, "ack": 0.99},
    # U3 (a county 应急管理局 and its townships in a December cold snap: 寒潮, road ice, a
    # 森林防火紧急通知 for a term, a hill fire, gas checks) was tuned on once (scored blind at
    # urgent recall 0.957, tier F1 0.861, ack F1 0.900). Left: its writer calls stickers and
    # thanks under work posts ([抱拳][抱拳] after 收到[OK], [强][强][强] under a leader's word,
    # 好的[爱心], [抱拳]谢谢陈主任, 明白了，谢谢邓老师🌹) no acks, and a short promise
    # (我和应急办5分钟到) information, where the corpus README and the rules call them acks;
    # 请各位参会人员抓紧签到 information and a 补充通知's only ask 请…做好宣传 a task, where V3's
    # writer calls 请各地做好政策宣传 information; 两班倒 checkpoint rosters tasks; the urgency
    # model calls a hill fire fought by 120 people urgent (its writer: information). Folding
    # and deadlines were tuned on it too (年报 vs 月报, 3日内核对, 签到时间3:10).
    "triage_blind_u3": {"tier": 0.93, "dup": 0.98, "deadline": 0.87, "ack": 0.89},
    # V3 (a district 民政局/人社局 and its 街道 and 社区 in December: 低保年审, 临时救助, 送温暖,
    # 就业援助月, 优待证) was tuned on once (scored blind at urgent recall 0.815, tier F1 0.904,
    # ack F1 0.949). Left: its writer calls asks to pass word on (请通知持证人…领取, 请各街道
    # 通知经办人员) information, where the rules and other sets call them tasks; a 安全提示 to
    # residents (请广大居民注意) a task; [抱拳] and [OK] under a greeting no acks, as S3's
    # writer does, but [强]继续加油 an ack (other sets: 加油 is chat); 9户已电话联系，取暖正常
    # information where U3's calls 无异常[OK] noise. Folding and deadlines tuned as U3's.
    "triage_blind_v3": {"tier": 0.94, "dup": 0.98, "deadline": 0.92, "ack": 0.95},
    # W3 (a county 教育局 and its schools in late December 2026: cold waves and coal-gas
    # poisoning, exams, 元旦 and the winter holiday) was tuned on once (scored blind at urgent
    # recall 1.000, tier F1 0.855, ack F1 0.905). Left: its writer calls schools' nil reports
    # (柳林小学排查完毕，无异常。[图片]; 零报告，无疑似辍学学生) information, where 172 of the 180
    # such posts in the sets are noise; teachers' chat and questions to one another (黄老师你
    # 跟王磊换一下课就行, 谁的保温杯落在三楼会议室了) noise, and staff's asks of each other (你先
    # 登记一下, 明天拍照给我) information (the bench does not know the reader); a holiday
    # notice's 请各校做好期末工作 and a correction's 请各位班主任通知到学生 information; a
    # non-DING relay of a DING'd notice action (folding gives it the DING's urgency); stickers
    # and thanks under a photo, the news or a red packet (👍👍👍, 👏👏👏, [强][强], [抱拳],
    # 谢谢王老师🧧) no acks and 好的李校长 under an ask no ack, where the corpus README and the
    # rules call them acks. Folding and deadlines: tune48b (blind dup F1 0.903 with one
    # look-alike folded, deadline 0.851), for grades (五年级/六年级) and a cited document's date.
    "triage_blind_w3": {"tier": 0.88, "dup": 0.92, "deadline": 0.89, "ack": 0.93},
    # X3 (a township's 党政办 and 农业农村办 before 春节 2027: 秸秆禁烧 night patrols, 医保征缴,
    # a county inspection, a cold wave) was tuned on once (scored blind at urgent recall
    # 0.484, tier F1 0.764, ack F1 0.977), for urgency said by who waits (市里在等, 县委书记
    # 在等, due within two hours), 请火速 and a car already waiting. Left: eleven urgent labels
    # the README's definition makes tasks (see KNOWN_MISSES); its writer calls the same 领取
    # notice a task where W3's calls it information, 还有…没报，抓紧 a task where V3's calls it
    # information, 谢谢田姐🧧 and 已报，不好意思 and 马上下来 no acks (most sets: acks), a
    # village's patrol tally that found and moved on a straw pile noise, and questions to 许主任
    # or 龚站长 information (the bench does not know the reader). Folding and deadlines: tune48b
    # (blind dup F1 0.961 with one look-alike folded, deadline 0.725), for a relay's day already
    # gone when posted, 逐村/农村 no village, 务必今天把…报, 今天3点县里要, 下班后一小时内.
    "triage_blind_x3": {"tier": 0.85, "dup": 0.99, "deadline": 0.84, "ack": 0.97},
    # Y3 (a county 住建局/城管局 with its 乡镇建设办, 街道, 物业 and 施工单位 in December: the gas
    # safety drive, a restaurant's LPG leak, unpaid wages, a weekend snowstorm) was tuned on
    # once (scored blind at urgent recall 0.913, tier F1 0.905, ack F1 0.978), for workers
    # massed over their pay, a report on a leak that is over, lost property asked of all,
    # 住户 told of the heating's stop, thanks to a unit (物业辛苦了👍) and to a name before what
    # for (谢谢小郑提醒👍). Left: y3288 (see KNOWN_MISSES); its writer calls bare nil reports
    # (河西街道今日零报告。) information, where 130 of 136 in the sets are noise; asks to warn
    # residents of coal gas (请…提醒群众), meeting minutes' demands with dates (推进会要求：1.12月
    # 20日前…) and 我和何股长马上过去，镇里先把…两户老人转移 information (the rules and other
    # sets: tasks, and an order for now); 谢谢刘哥🧧 no ack and 收藏了👍 an ack (U3's writer:
    # 收藏了 none). Its tasks whose due time the deadline rules miss (今天18:00前…到岗待命, 明天
    # 中午前…说明原因) read as information, and a tip folded with a task as a task. Folding and
    # deadlines (tune50b: scored blind at dup F1 0.920, deadline 0.837): relays that renumber
    # items or add their own kind of tag, 80多 for 80余, a span counted from each case (接单后2
    # 小时内), 今天的明天一并报.
    "triage_blind_y3": {"tier": 0.92, "dup": 0.96, "deadline": 0.86, "ack": 0.98},
    # Z3 (a Guizhou 少数民族 county's township and villages in December: a hill fire, a bus stuck
    # on ice, an old woman missing overnight, coal gas, 医保征缴, conscription; 方言 and voice
    # transcripts) was tuned on once (scored blind at urgent recall 0.926, tier F1 0.871, ack
    # F1 0.958), for ice seen now with 立即, a muster to search, villagers' chat in the village's
    # own group, a notice addressed to 各位乡亲, a tally or a warning ending on a general urge,
    # a photo of all aboard, 收到潘镇 and 辛苦龙琴🌹. Left: its writer calls nil and all-quiet
    # reports (九寨村：零报告, 高岩村巡查结束，平安。) information (most sets: noise); a villager's
    # trouble or question put to a cadre (我们屋头一滴水都没得了, 房子漏雨这个算不算嘛, 想切当兵
    # …啷个报名哦) noise, where G3's writer and the rules call such information; 安逸😋 in the
    # canteen group no ack; 辛苦了，排查要彻底🙏 an ack. A school's later hours (推迟至上午10点到
    # 校) read as a due time make a task of the notice. Folding and deadlines (tune50b: scored
    # blind at dup F1 0.926, deadline 0.851, one look-alike merged): one line of a roster told to
    # its person, word that a report was sent up, a second correction kept apart; 体检当天.
    "triage_blind_z3": {"tier": 0.91, "dup": 0.97, "deadline": 0.87, "ack": 0.98},
    # A4 (a plain-country township's 自然资源所, 执法队 and 农业农村办 with the county 自然资源局,
    # 纪委, 组织部 and villages in December: 田长制, 卫片图斑 deadlines, 违法占地, 冬小麦, 林长制,
    # 节前廉洁提醒, 党员冬训, 述职) was tuned on once (scored blind at urgent recall 0.857, tier F1
    # 0.918, ack F1 0.949), for a report asked again on new terms within the hour (按新口径重算，
    # 5点前报我), a work-news item's time, a warning passed on to remind the public, a delay
    # asking only to wait, 马上整, 出发了 and 书记总结到位👍. Left: b0060, b0208, b0235 (see
    # KNOWN_MISSES); its writer calls 🌹🌹 and [太阳] no ack (the corpus README: 🌹 is one),
    # 已经往那边走了 an ack, a 通报's ask of the towns ranked low (请整改率低于50%的乡镇元旦前…)
    # information though the rules cannot tell the reader's town is not one, and tasks whose
    # time the deadline rules miss (值班队员6点半到队里, 明早上班前…搬到) read as information.
    # Folding and deadlines tuned at the same time (tune51b: dup F1 0.904 -> 0.980, deadline
    # 0.837 -> 0.882 with both branches).
    "triage_blind_a4": {"tier": 0.93, "dup": 0.97, "deadline": 0.88, "ack": 0.97},
    # B4 (a Fujian coastal district 市场监管局 with its 所, 街道, school canteens, 商超/农贸市场,
    # 药店 and 特种设备 groups, 12-21..27: 年货市场, 电梯困人, 12315 time limits, failed samples,
    # Minnan words, English brand names) was tuned on once (scored blind at urgent recall 1.000,
    # tier F1 0.856, ack F1 0.955), for a case bulletin (【案例通报】) and a rescue told with its
    # time (2人已于11:31安全救出) that are no emergency, an @ telling the reader what was sent
    # them, a good morning opening the week's work, 我开车，马上过去, 对啊冷死了 and Minnan 好势,
    # 拍谢. Left: its writer calls @林志强…今天下班前定一下 (at 17:00) action where the corpus
    # README makes @me due within two hours urgent; 收到 with a word on what is done (收到，摄像头
    # 已经换了，在调试; 好的，在等你们) no ack, where other sets' writers and the rules call it one;
    # 12315 工单提醒 tallies and 各位老板 notices now tasks, now information; Minnan chat (明仔载要
    # 落雨无？) read as information; inspections set for a time (12月26日上午10点检查…药房) whose
    # time the deadline rules miss read as information. Folding and deadlines tuned at the same
    # time (tune51b: dup F1 0.879 -> 0.909, deadline 0.882 -> 0.906).
    "triage_blind_b4": {"tier": 0.89, "dup": 0.9, "deadline": 0.9, "ack": 0.96},
    # C4 (a Wuhan street office's 平安办 over 元旦 2027: 12345 work orders, a cold wave, 跨年夜
    # security, an electric bike's fire) and D4 (a Hunan county town's 水利站 and 防汛 over 端午
    # and the first 汛期 rain: reservoirs over their flood limit, landslide evacuations, 高考)
    # were tuned on once (scored blind at urgent recall 0.950 and 0.774, tier F1 0.876 and
    # 0.820, ack F1 0.974 and 0.970; tuned to 0.950 and 0.968, 0.939 and 0.861, 0.990 and
    # 0.980), for a reservoir over its limit or seeping mud (超汛限0.05米了！, 坝后冒浑水) and a
    # time read as a due time before a reading (22时 313.05米), an emergency meeting within the
    # hour, an @ that the diesel is running out, 跨年夜安保 read as chat, a fire's details (起火
    # 时间20:31) and ice to get ready for (做好道路结冰…应对准备) read as emergencies, the
    # street office asked to step in (请街道协调…, 镇里能不能送点柴油来), a 同事吃喝群, and
    # 热烈祝贺, 祝贺祝贺🎉, 平安办的同志们辛苦了🌹, 收到已经在路上了, 👍👍龙溪站牛.
    # Left, where the writers differ from the corpus README or most sets: thanks for a red
    # packet (谢谢刘姐🧧, 谢谢工会👍, 谢谢唐姐🌹) no acks to them, acks to 152 of 165 such
    # replies in the sets; 太好了👍 and 好的，这几天冇睡好觉😂 no acks, 又提前了😓 收到 one; D4
    # calls a 【紧急】 order due in five hours (今晚8点前完成预转移准备), a 【紧急通知】 due this
    # afternoon, a IV级 response started with 立即进岗到位 and a 【突发事件信息】 of a landslide
    # with no one hurt tasks or news, where 198 of 203 【紧急】 posts in the sets, S3's, R's and
    # L3's starts of a response and Q's and J3's landslide reports are urgent (a rule for the
    # 紧急通知 cost N3 an urgent item); an @ passing on a warning with 各村立即… due tonight a
    # task (T3's and X3's: urgent); 值班表 rosters and their 更正 information, where C4's writer
    # calls them tasks (the writers differ); C4's 区 order 到岗 within the half hour (see
    # KNOWN_MISSES). Villages' bare 已走访5户 and photo check-ins, a power cut's 请相关村做好解释
    # and D4's family @ (看到回妈妈一句) as the rules read them. Folding and deadlines tuned at
    # the same time (tune52b: dup F1 0.914 and 0.950 -> 1.000 both, deadline 0.773 and 0.853 ->
    # 0.787 and 0.892 with both branches), for a bare 【转】 tag, a chase (督办) kept from the
    # ticket it chases, 续报每天17时前报送, item numbers before dates (1.6月12日前), counts of
    # work done with new figures, a speaking time (3分钟以内) read as due. Left: C4's writer
    # keeps the post's seconds in relative due times (2小时内 at 10:23:41 -> 12:23:41), 8 of
    # its 75 (0.880 counted right), where dev and every other set but three labels say :00.
    "triage_blind_c4": {"tier": 0.93, "dup": 0.99, "deadline": 0.78, "ack": 0.98},
    "triage_blind_d4": {"tier": 0.86, "dup": 0.99, "deadline": 0.89, "ack": 0.97},
}


def test_tiers_acks_deadlines_and_folds_stay_above_their_floors(
    request: pytest.FixtureRequest,
    scored: tuple[dict[str, bench.Gold], dict[str, bench.Predicted]],
) -> None:
    gold, pred = scored
    floors = {"tier": 0.93, "ack": 0.97, "deadline": 0.9, "dup": 0.83}
    floors.update(FLOORS.get(request.node.callspec.id, {}))
    assert bench.tier_macro_f1(gold, pred) >= floors["tier"]
    assert bench.ack_f1(gold, pred).f1 >= floors["ack"]
    assert bench.deadline_exact(gold, pred) >= floors["deadline"]
    assert bench.duplicate_pairs(gold, pred).f1 >= floors["dup"]
