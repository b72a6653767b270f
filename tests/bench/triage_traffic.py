"""Seeded synthetic work-group traffic for the triage speed bench.

The mix follows the labelled dev corpus: about a quarter acks, a fifth chit-chat and
check-ins, a fifth new notices, a sixth forwards of recent notices (with headers, trimmed
sentences, appended internal deadlines), some member reports and questions, @-tasks, and
recurring daily reminders that differ only in their date or figures (so the folding
precise check works on every one of them). Notices are assembled from many sentence
templates and random names, so unrelated notices do not look alike.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo

from desk.core.messages import Message, Role

_SYLLABLES = "青石柳湾东岭河口新华枫林杨家坝桃源白沙龙潭临江马岭凤凰金山银河松岗竹园梅溪兰亭"
_TOPICS = (
    "森林防火",
    "安全生产",
    "防汛备汛",
    "燃气安全",
    "医保缴费",
    "防返贫监测",
    "人口抽样调查",
    "禁毒宣传",
    "秸秆禁烧",
    "校园周边安全",
    "消防检查",
    "人居环境整治",
    "疫苗接种",
    "征兵体检",
    "耕地保护",
    "河湖清四乱",
    "食品安全",
    "电动车充电",
    "养老保险",
    "文明创建",
    "网格化管理",
    "矛盾纠纷排查",
    "自建房安全",
    "道路交通安全",
    "非法集资宣传",
    "反诈宣传",
    "老旧小区改造",
)
_OFFICES = (
    "区应急局",
    "区安委办",
    "镇党政办",
    "镇农业服务中心",
    "区发改局",
    "镇安监办",
    "区委办",
    "镇社保所",
    "区卫健局",
    "镇自然资源所",
    "区民政局",
    "镇综治中心",
)
_UNITS = ("各镇（街道）", "各村（社区）", "各办站所", "各单位", "区直各部门", "各网格员")
_OPENERS = (
    "关于开展{year}年{topic}专项行动的通知",
    "关于做好{topic}有关工作的通知",
    "【{topic}】关于进一步加强{topic}工作的提醒",
    "{office}关于{topic}工作情况的通报",
    "会议通知",
)
# A notice sentence is a subject, a demand and a closing, each drawn from its own list, so
# unrelated notices share words but rarely whole passages.
_SUBJECTS = (
    "为贯彻落实上级部署",
    "根据{office}工作安排",
    "近期{place}村发生一起{topic}方面的问题",
    "经研究决定",
    "为切实做好{topic}工作",
    "针对近期暴露出的{topic}薄弱环节",
    "按照年度考核要求",
    "截至{m}月{d}日全区共排查隐患{n}处",
    "结合{topic}专项整治行动",
    "鉴于当前{topic}形势严峻",
    "为防止{topic}问题反弹",
    "根据群众反映",
    "对照上级督查反馈问题",
)
_DEMANDS = (
    "自{m}月{d}日起至{m2}月{d2}日在全区开展集中排查",
    "请{unit}于{m}月{d}日{clock}前将工作进展报{office}",
    "请{unit}安排专人负责并于{m}月{d}日前完成台账录入",
    "定于{m}月{d}日{clock}在镇三楼会议室召开推进会",
    "各地要压实属地责任并建立问题清单和整改台账",
    "重点排查{n}类突出问题并做到底数清情况明",
    "请各村（社区）加强宣传引导并营造良好氛围",
    "已整改{n2}处，整改率{pct}%",
    "要求各单位举一反三开展自查自纠",
    "联系人为{office}小{surname}，电话86{phone}",
)
_CLOSINGS = (
    "",
    "，逾期未报的将通报批评",
    "，确保取得实效",
    "，请认真贯彻执行",
    "，不得推诿扯皮",
    "，附件为统计表",
    "，请相互转告",
    "，务必高度重视",
    "，情况随时报告",
)
_PREFIXES = ("转发：", "【转】", "转：", "转发{office}通知：", "请各位认真落实！\n", "")
_ACKS = (
    "收到",
    "收到！",
    "已阅",
    "好的",
    "[抱拳]",
    "👍",
    "收到，马上落实",
    "领导辛苦了🌹",
    "明白",
    "1",
    "收到，马上安排",
    "[强]",
    "🌹🌹",
    "已阅，收到",
    "OK",
)
_CHAT = (
    "早上好！新的一周大家加油",
    "[动画表情]",
    "哈哈哈哈",
    "中午食堂有饺子😋",
    "周末愉快🌸",
    "[红包] 辛苦了",
    "[图片] 已到岗",
    "有人拼单奶茶吗？",
    "[图片][图片] 现场干劲十足！",
    "{place}村零报告",
    "今天{place}村巡查{n}人，未发现隐患。",
    "[捂脸]",
)
_REPORTS = (
    "{place}村：今日排查{topic}隐患{n}处，已整改{n2}处。",
    "请问{topic}台账是否需要盖章？",
    "{place}社区{topic}工作已完成，共入户{n}户。",
    "[文件] {place}村{topic}情况统计表.xlsx",
)
_CLOCKS = ("下午5点", "中午12点", "上午9点", "下午3点半", "")


class TrafficGenerator:
    """Builds `count` messages with increasing timestamps from one seed."""

    def __init__(self, seed: int, tz: tzinfo) -> None:
        self.rng = random.Random(seed)
        self.tz = tz
        self.recent: list[str] = []

    def words(self, ts: datetime) -> dict[str, object]:
        rng = self.rng
        later = ts + timedelta(days=rng.randint(1, 12))
        return {
            "year": ts.year,
            "topic": rng.choice(_TOPICS),
            "office": rng.choice(_OFFICES),
            "unit": rng.choice(_UNITS),
            "place": "".join(rng.sample(_SYLLABLES, 2)),
            "surname": rng.choice("王李张刘陈杨赵黄周吴"),
            "m": later.month,
            "d": later.day,
            "m2": later.month + 2 if later.month < 11 else 12,
            "d2": rng.randint(1, 28),
            "n": rng.randint(2, 99),
            "n2": rng.randint(1, 60),
            "pct": rng.randint(50, 99),
            "clock": rng.choice(_CLOCKS),
            "phone": rng.randint(100000, 999999),
        }

    def notice(self, ts: datetime) -> str:
        rng = self.rng
        fill = self.words(ts)
        lines = [rng.choice(_OPENERS).format(**fill)]
        for _ in range(rng.randint(2, 4)):
            words = self.words(ts) | {"topic": fill["topic"], "office": fill["office"]}
            sentence = rng.choice(_SUBJECTS) + "，" + rng.choice(_DEMANDS) + rng.choice(_CLOSINGS)
            lines.append(sentence.format(**words) + "。")
        return "\n".join(lines)

    def forward(self, ts: datetime) -> str:
        rng = self.rng
        lines = rng.choice(self.recent).split("\n")
        if len(lines) > 2 and rng.random() < 0.4:
            del lines[rng.randrange(1, len(lines))]
        text = rng.choice(_PREFIXES).format(**self.words(ts)) + "\n".join(lines)
        if rng.random() < 0.4:
            text += f"\n请各村（社区）于明天中午{rng.randint(9, 12)}点前报镇安监办。"
        return text

    def messages(self, count: int) -> Iterator[Message]:
        rng = self.rng
        ts = datetime(2026, 3, 2, 8, 0, tzinfo=self.tz)
        groups = [(f"g{n:02d}", f"测试第{n}工作群") for n in range(40)]
        for n in range(count):
            ts += timedelta(seconds=rng.randint(5, 60))
            group_id, group_name = rng.choice(groups)
            roll = rng.random()
            if roll < 0.20 or not self.recent:
                text = self.notice(ts)
                self.recent = [*self.recent[-300:], text]
            elif roll < 0.36:
                text = self.forward(ts)
            elif roll < 0.61:
                text = rng.choice(_ACKS)
            elif roll < 0.80:
                text = rng.choice(_CHAT).format(**self.words(ts))
            elif roll < 0.90:
                text = rng.choice(_REPORTS).format(**self.words(ts))
            elif roll < 0.95:
                fill = self.words(ts)
                text = (
                    f"【提醒】请各村（社区）今天下午{rng.randint(3, 6)}点前报送"
                    f"{fill['topic']}日报，无情况报零。"
                )
            else:
                fill = self.words(ts)
                text = f"@王磊 {fill['topic']}的材料今天下午{rng.randint(2, 6)}点前发我"
            yield Message(
                id=f"gen{n:07d}",
                group_id=group_id,
                group_name=group_name,
                sender_id=f"u{rng.randint(0, 300):03d}",
                sender_name="测试用户",
                sender_role=rng.choice((Role.OWNER, Role.ADMIN, Role.MEMBER, Role.MEMBER)),
                ts=ts,
                text=text,
                mentions_me=text.startswith("@王磊"),
                ding=rng.random() < 0.005,
            )


def generate(count: int, tz: tzinfo, seed: int = 7) -> Iterator[Message]:
    return TrafficGenerator(seed, tz).messages(count)
