"""Whole-post templates for Chinese, Thai, Vietnamese, Khmer and Tagalog.

These languages get whole-post templates rather than the full component
grammar of id/en/ms: at least two per scenario and language (three for the
two customer-service scenarios), each readable and checkable by a reader of
the language. Each template has ``core`` sentences (always used, order kept),
``optional`` ones (each kept with probability ~0.6, shuffled) and contact
lines. Places are written inline in the local script because their local
names differ from the Latin ones (西港 = Sihanoukville, ប៉ោយប៉ែត = Poipet).

Salary ranges per (lang, kind): the lure kinds (``LURE_KINDS``) are several
times local pay; the honest ones are ordinary market wages: ``local`` and
``remote`` at home, ``kh`` in the Mekong region, ``gov``/``p3mi`` (``xkld``
in Vietnamese) at the destination's lawful wage. Every kind that
``ads._SALARY_KIND`` maps a legitimate scenario to exists for every language.
"""

# Templates are data: one alternative set per line reads and diffs better than
# strings split to fit 88 columns.
# ruff: noqa: E501

from __future__ import annotations

from typing import TypedDict


class Template(TypedDict):
    subtype: str
    label: int
    title: str
    core: tuple[str, ...]
    optional: tuple[str, ...]
    contact: tuple[str, ...]


# (format, low, high, step); ``{lo}``/``{hi}`` are filled with grouped digits.
SALARY: dict[str, dict[str, tuple[tuple[str, int, int, int], ...]]] = {
    "zh": {
        "scam": (("{lo}-{hi}美金", 1500, 3500, 100), ("月入{lo}U起", 1500, 3000, 500),
                 ("${lo}-${hi}", 1500, 3500, 100)),
        "kh": (("{lo}-{hi}美元", 500, 1100, 50), ("${lo}", 500, 1000, 50)),
        "local": (("{lo}-{hi}元", 5000, 9000, 500), ("{lo}元", 5000, 8000, 500)),
        "remote": (("{lo}-{hi}元", 3000, 6000, 500), ("{lo}元", 3500, 6000, 500)),
        "gov": (("{lo}-{hi}元人民币", 10000, 14000, 500), ("{lo}元", 10500, 13500, 500)),
        "p3mi": (("{lo}-{hi}元", 8000, 13000, 500), ("{lo}元人民币", 8500, 12500, 500)),
        "agent": (("{lo}-{hi}元", 18000, 35000, 1000), ("{lo}-{hi}美金", 2500, 5000, 100)),
        "task": (("{lo}元", 10, 80, 5),),
    },
    "th": {
        "scam": (("{lo}-{hi} บาท", 35000, 70000, 5000), ("{lo} USD", 1000, 2000, 100)),
        "local": (("{lo}-{hi} บาท", 12000, 22000, 1000), ("{lo} บาท", 13000, 20000, 500)),
        "gov": (("{lo}-{hi} บาท", 45000, 60000, 1000),),
        "task": (("{lo} บาท", 300, 2000, 100),),
        "kh": (("{lo}-{hi} บาท", 15000, 35000, 1000), ("{lo} บาท", 15000, 30000, 500)),
        "remote": (("{lo}-{hi} บาท", 9000, 18000, 500), ("{lo} บาท", 9000, 16000, 500)),
        "p3mi": (("{lo}-{hi} บาท", 30000, 50000, 1000), ("{lo} บาท", 32000, 48000, 1000)),
        "agent": (("{lo}-{hi} บาท", 60000, 120000, 5000), ("{lo} บาท", 70000, 100000, 5000)),
    },
    "vi": {
        "scam": (("{lo}-{hi} USD", 1000, 2500, 100), ("{lo}-{hi} triệu", 25, 45, 5)),
        "local": (("{lo}-{hi} triệu", 7, 12, 1), ("{lo} triệu", 7, 11, 1)),
        "xkld": (("{lo}-{hi} triệu", 28, 36, 1),),
        "task": (("{lo}.000đ", 20, 200, 10),),
        "kh": (("{lo}-{hi} USD", 400, 900, 50), ("{lo}-{hi} triệu", 10, 22, 1)),
        "remote": (("{lo}-{hi} triệu", 5, 9, 1), ("{lo} triệu", 5, 8, 1)),
        "gov": (("{lo}-{hi} triệu", 35, 45, 1), ("{lo} triệu", 36, 42, 1)),
        "agent": (("{lo}-{hi} triệu", 40, 80, 5), ("{lo} triệu", 45, 70, 5)),
    },
    "km": {
        "scam": (("{lo}-{hi} ដុល្លារ", 800, 2000, 100), ("${lo}", 900, 2000, 100)),
        "kh": (("{lo}-{hi} ដុល្លារ", 250, 450, 10), ("${lo}", 250, 450, 10)),
        "local": (("{lo}-{hi} ដុល្លារ", 200, 400, 10), ("${lo}", 200, 380, 10)),
        "remote": (("{lo}-{hi} ដុល្លារ", 150, 300, 10), ("${lo}", 150, 280, 10)),
        "gov": (("{lo}-{hi} ដុល្លារ", 1400, 1900, 50), ("${lo}", 1400, 1800, 50)),
        "p3mi": (("{lo}-{hi} ដុល្លារ", 1100, 1700, 50), ("${lo}", 1100, 1600, 50)),
        "agent": (("{lo}-{hi} ដុល្លារ", 1500, 3000, 100), ("${lo}", 1500, 2800, 100)),
        "task": (("${lo}", 2, 20, 1), ("{lo} រៀល", 4000, 40000, 1000)),
    },
    "tl": {
        "scam": (("${lo}-{hi}", 800, 2000, 100), ("{lo} USD", 900, 2000, 100)),
        "local": (("₱{lo}-{hi}", 18000, 28000, 1000), ("₱{lo}", 18000, 26000, 500)),
        "p3mi": (("NT${lo}", 27000, 30000, 500), ("¥{lo}", 160000, 210000, 10000)),
        "task": (("₱{lo}", 50, 500, 10),),
        "kh": (("${lo}-{hi}", 600, 1100, 50), ("{lo} USD", 600, 1000, 50)),
        "remote": (("₱{lo}-{hi}", 15000, 25000, 1000), ("₱{lo}", 15000, 22000, 500)),
        "gov": (("₱{lo}-{hi}", 80000, 100000, 1000), ("₱{lo}", 85000, 100000, 1000)),
        "agent": (("₱{lo}-{hi}", 100000, 180000, 5000), ("${lo}", 2000, 3500, 100)),
    },
}  # fmt: skip

# Pay kinds that are lures: only scam subtypes may draw them. Every other kind
# is an ordinary wage, and a legitimate subtype must map to one of those.
LURE_KINDS: frozenset[str] = frozenset({"scam", "agent", "task"})

TEMPLATES: dict[str, tuple[Template, ...]] = {
    "zh": (
        {
            "subtype": "compound_cs",
            "label": 1,
            "title": "[高薪招聘|急招|诚聘|直招][客服|打字员|文员|聊天客服|推广专员][（金边）|（西港）|（巴域）|（波贝）|（妙瓦底）|（KK园区）|]",
            "core": (
                "[工作地点|地点]：[柬埔寨|缅甸|老挝][金边|西港|巴域|波贝|妙瓦底|亚太新城|金三角]",
                "[月薪|底薪|薪资]{salary}[，包吃包住|，另有提成|，上不封顶]",
                "[无需经验|不需要经验|零基础可做]，[会打字就行|会用电脑即可|会上网聊天就行]",
            ),
            "optional": (
                "[报销机票|包机票|机票公司出]，[落地|到了][有人接|专人接机]",
                "[护照|证件]由公司统一保管[，方便办理工作证|]",
                "[先办旅游签|旅游签入境]，[到了再办工作签|工签到了再办]",
                "[人数有限|名额有限]，[先到先得|速来|要的抓紧]",
                "[只招|限招]{n}人，[本周出发|随时可以出发|下周安排机票]",
                "[每天工作|上班]{hours}小时，[月休4天|月休2天]，[有业绩要求|完成业绩有奖金]",
                "[出境时|过海关时]就说[去旅游|去玩几天]，[其他的|剩下的]我们安排",
            ),
            "contact": (
                "[联系|详情咨询|私聊][飞机|Telegram|纸飞机]：{handle}",
                "[咨询|联系]微信：[wx|vx]_{wx}",
            ),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[菠菜|博彩|网投]公司[招聘|急招][客服|推广|代理|财务]",
            "core": (
                "[大型|正规][网投|线上博彩|娱乐]平台，[地点|公司位于][菲律宾马尼拉|柬埔寨西港|柬埔寨金边]",
                "[月薪|底薪]{salary}+[提成|奖金|全勤]",
                "[要求|岗位要求]：[会打字|打字快]，[懂网络|会用电脑]，[有无经验均可|新手可带]",
            ),
            "optional": (
                "[包机票|报销机票]，[包吃住|吃住全包]",
                "[护照|证件]到公司后统一保管",
                "[需要|要求]签合同一年，[提前走|中途离开]需[赔偿|付违约金]",
                "[名额有限|急招{n}人]，[尽快|随时]安排入职",
            ),
            "contact": ("[联系|咨询][飞机|Telegram]：{handle}",),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[招聘|急招][推广专员|业务员|聊天客服]（[币圈|数字货币|投资平台]）",
            "core": (
                "[负责|主要工作][币圈|数字货币|虚拟币]推广，[跟客户聊天|和外国客户聊天]",
                "按照[话术|剧本|公司模板]引导客户[投资|充值|入金]",
                "[月薪|底薪]{salary}+[高提成|业绩奖金]",
            ),
            "optional": (
                "[公司提供|提供][手机和账号|社交账号|工作手机]",
                "[英文好的|会英语的|会日语的]优先",
                "[工作地点|地点]：[柬埔寨|缅甸|迪拜|菲律宾]",
                "[机票报销|包机票]，[包吃包住|吃住公司安排]",
            ),
            "contact": ("[联系|咨询][飞机|Telegram]：{handle}",),
        },
        {
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[金边|暹粒|西港][{org}|某四星酒店|中资工程公司]招聘[前台|中文翻译|厨师|行政助理|客服专员]",
            "core": (
                "[月薪|薪资]{salary}，[公司办理合法工作证|办理正规工作签证和劳工证]",
                "[签订正式劳动合同|出发前签订劳动合同]，[护照自己保管|公司不扣押证件]",
                "[简历|CV]请发邮箱：{email}",
            ),
            "optional": (
                "[公司不收取任何费用|招聘全程免费]",
                "[公司地址|地址]：金边[堆谷区|隆边区|BKK1区]，[欢迎视频面试|可先视频看公司]",
                "[要求|岗位要求]：[有相关经验|两年以上工作经验]，[会英语|懂高棉语优先]",
                "[五天工作制|每周休一天]，[按柬埔寨劳动法|合同约定][缴纳社保|支付加班费]",
            ),
            "contact": (
                "[联系|咨询]Telegram：{handle}（[工作时间回复|仅限工作时间]）",
                "邮箱：{email}",
            ),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[上海|深圳|广州|杭州|成都][某|][电商|物流|科技|保险]公司招聘[客服专员|电话客服|在线客服]",
            "core": (
                "[月薪|薪资]{salary}[，五险一金|，缴纳社保|]",
                "[工作时间|上班时间]：[早九晚六|9:00-18:00]，[周末双休|做五休二|轮班制]",
                "[简历投递|投递简历]：{email}",
            ),
            "optional": (
                "[有客服经验优先|应届生也可|接受无经验，带薪培训]",
                "[面试地址|公司地址]：[市中心|地铁站附近]，[面试后当天通知|三天内通知结果]",
                "[公司不收取任何费用|招聘不收费，谨防诈骗]",
            ),
            "contact": ("[联系|咨询]电话：[人事|HR]{hr_name}", "邮箱：{email}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[警惕|提醒|注意]！[“高薪招聘”|“轻松月入过万”|“包吃包住、报销机票”]背后的[电诈|诈骗|跨境诈骗]陷阱",
            "core": (
                "[近期|最近]有不法分子以[高薪|包吃包住|报销机票]为诱饵，招聘[“客服”|“打字员”|“推广专员”]前往[柬埔寨|缅甸|东南亚]，[实为|其实是][电信诈骗|网络赌博]",
                "[不要|切勿]把护照交给他人，[不要|切勿]持旅游签证出境务工",
            ),
            "optional": (
                "[只通过|只用][Telegram|飞机|微信]联系、[不肯透露公司名称|公司信息不明]的招聘，[要格外小心|多半有问题]",
                "如遇[危险|被困]，请[立即|及时]联系[中国驻当地使领馆|当地警方]",
                "[转发|请转发]提醒[身边的人|家人朋友]",
            ),
            "contact": ("[来源|发布]：[警方提醒|反诈中心提醒]",),
        },
    ),
    "th": (
        {
            "subtype": "compound_cs",
            "label": 1,
            "title": "[รับสมัคร|ด่วน! รับสมัคร|เปิดรับ][แอดมิน|พนักงานพิมพ์งาน|คอลเซ็นเตอร์|ฝ่ายบริการลูกค้า|เซลล์ออนไลน์][ทำงานที่|ประจำ][กัมพูชา|ปอยเปต|สีหนุวิลล์|พนมเปญ|เมียวดี]",
            "core": (
                "[เงินเดือน|รายได้] {salary} [ต่อเดือน|/เดือน]",
                "[ไม่ต้องมีประสบการณ์|ไม่จำเป็นต้องมีประสบการณ์] [พิมพ์เร็ว|พิมพ์คล่อง|ใช้คอมเป็น]ก็พอ",
                "[มีที่พัก|ฟรีที่พัก][และอาหาร 3 มื้อ|พร้อมอาหาร] [ออกค่าตั๋วเครื่องบินให้|ฟรีค่าเดินทาง]",
            ),
            "optional": (
                "[ใช้วีซ่าท่องเที่ยว|เข้าด้วยวีซ่าท่องเที่ยว]ไปก่อน [ค่อยทำใบอนุญาตทำงาน|บริษัททำเวิร์คเพอร์มิตให้ทีหลัง]",
                "[รับจำนวนจำกัด|รับแค่] {n} [คน|ตำแหน่ง] [เดินทางสัปดาห์นี้|ด่วนมาก]",
                "[เดินทางไป|นัดเจอที่]แม่สอด [แล้วมีรถมารับ|มีคนมารับต่อ]",
                "[บริษัทเก็บพาสปอร์ตไว้|ต้องฝากหนังสือเดินทางไว้กับบริษัท]ระหว่างสัญญา",
                "[ทำงานวันละ|ทำงาน] {hours} ชั่วโมง [มียอดที่ต้องทำ|มีเป้ารายวัน]",
            ),
            "contact": (
                "[สนใจ|ติดต่อ][ทักไลน์|แอดไลน์] {handle}",
                "[ติดต่อ|สอบถาม] Telegram {handle}",
            ),
        },
        {
            # A second wording of the same scenario: visa and documents paid,
            # no degree asked, pay as a round lump ("หลักแสน").
            "subtype": "compound_cs",
            "label": 1,
            "title": "[หางาน|งานด่วน|รับสมัครด่วน] [พนักงานแชท|แอดมินเพจ|พนักงานพิมพ์งาน|เซลล์ออนไลน์|พนักงานคีย์ข้อมูล] [ประจำ|ทำงานที่|ไปทำงาน][สีหนุวิลล์|ปอยเปต|บาเวต|ท่าขี้เหล็ก|เมียวดี|สามเหลี่ยมทองคำ|ลาว]",
            "core": (
                "[รายได้|เงินเดือน] {salary} [ไม่รวมค่าคอม|+ โบนัส|จ่ายตรงทุกเดือน]",
                "[ไม่ต้องใช้วุฒิ|ไม่จำกัดวุฒิ|วุฒิอะไรก็ได้] [ไม่มีประสบการณ์ก็ได้|ไม่เน้นประสบการณ์|มีคนสอนงานให้]",
                "[บริษัทออกค่าวีซ่า|ทำวีซ่าให้ฟรี|ออกค่าทำพาสปอร์ตให้][และค่าตั๋วเครื่องบิน|พร้อมตั๋วเครื่องบิน|ให้ทั้งหมด]",
            ),
            "optional": (
                "[งานสบาย เงินดี|งานง่าย รายได้ดี|รายได้หลักแสนต่อเดือน]",
                "[ไปถึงแล้ว|ถึงสนามบินแล้ว]มีคน[มารับ|ไปรับ]",
                "[ถ้า ตม. ถาม|ถ้าถูกถามที่ด่าน]ให้บอกว่าไปเที่ยว",
                "[เหลือแค่|รับแค่] {n} [ที่|ตำแหน่ง] [ด่วนมาก|เดินทางได้ทันที]",
                "[แชทกับลูกค้าต่างชาติ|คุยกับลูกค้าตามสคริปต์] [มีเป้ารายวัน|ต้องทำยอดให้ถึง]",
                "[พักในตึกของบริษัท|มีหอพักในบริษัท] [อาหารฟรี 3 มื้อ|ฟรีค่าน้ำค่าไฟ]",
            ),
            "contact": (
                "[ไลน์ไอดี|แอดไลน์] {handle}",
                "[ทักเทเลแกรม|ทัก Telegram] {handle}",
            ),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[งานเสริม|งานออนไลน์|หารายได้เสริม] [ทำผ่านมือถือ|ทำที่บ้าน] [วันละ|รายได้วันละ] {daily}",
            "core": (
                "[แค่|เพียง][กดไลค์|กดติดตาม|รีวิวสินค้า] [ก็ได้เงิน|ได้เงินจริง] [ต่องาน|ต่อครั้ง] {per_task}",
                "[ต้องเติมเงิน|ต้องโอนเงิน] {deposit} [เพื่อปลดล็อกภารกิจ|ก่อนรับงานถัดไป] [แล้วได้คืนพร้อมค่าคอม|ได้คืนทันที]",
            ),
            "optional": (
                "[ไม่ต้องมีประสบการณ์|ทำได้ทุกวัย] [มีแอดมินสอน|สอนงานให้]",
                "[เข้ากลุ่ม|แอดกลุ่ม][ไลน์|Telegram]เพื่อรับงานทุกวัน",
                "[ถอนเงิน|โอนเงิน]เข้าบัญชี[ทันที|ทุกวัน]",
            ),
            "contact": ("[ทักไลน์|แอดไลน์] {handle}",),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[โรงแรม|บริษัท] {org} [รับสมัคร|เปิดรับสมัคร][พนักงานต้อนรับ|พนักงานคอลเซ็นเตอร์|แอดมินออนไลน์|ฝ่ายบริการลูกค้า][ ประจำกรุงเทพฯ| ประจำเชียงใหม่| ประจำภูเก็ต|]",
            "core": (
                "[เงินเดือน|ค่าตอบแทน] {salary} + [ค่าบริการ|โบนัส|ค่าคอมมิชชั่น]",
                "มีประกันสังคม [หยุดสัปดาห์ละ 1 วัน|วันหยุดตามกฎหมาย]",
                "[สมัครด้วยตนเอง|ส่งประวัติทางอีเมล] {email}",
            ),
            "optional": (
                "[บริษัทไม่เรียกเก็บค่าใช้จ่ายใดๆ|ไม่มีค่าสมัครงาน]",
                "[มีประสบการณ์จะพิจารณาเป็นพิเศษ|รับนักศึกษาจบใหม่]",
                "[สัมภาษณ์ที่บริษัท|นัดสัมภาษณ์ทางโทรศัพท์] [วันจันทร์-ศุกร์|ในเวลาทำการ]",
            ),
            "contact": ("[โทร|ติดต่อฝ่ายบุคคล] {wa}", "อีเมล {email}"),
        },
        {
            # Honest Thai hotel and call-centre ads also say "no experience"
            # and "staff housing": the model must not read those alone as a scam.
            "subtype": "local_cs",
            "label": 0,
            "title": "{org} [รับสมัคร|เปิดรับ][พนักงานต้อนรับ|พนักงานบริการลูกค้า|แม่บ้าน|พนักงานคอลเซ็นเตอร์] [ประจำภูเก็ต|ประจำเกาะสมุย|ประจำพัทยา|ประจำขอนแก่น]",
            "core": (
                "[รับผู้ไม่มีประสบการณ์|ไม่มีประสบการณ์ก็สมัครได้] [มีอบรมก่อนเริ่มงาน|บริษัทสอนงานให้]",
                "[เงินเดือน|ค่าจ้าง] {salary} [มีประกันสังคม|ประกันสังคมและวันหยุดตามกฎหมาย]",
            ),
            "optional": (
                "[มีที่พักให้|มีหอพักพนักงาน] [ใกล้โรงแรม|ฟรีค่าเช่า]",
                "[มีอาหารกลางวันให้|อาหารพนักงาน 1 มื้อ]",
                "[สัมภาษณ์ที่โรงแรม|สัมภาษณ์ที่สำนักงาน] [ไม่มีค่าสมัคร|ไม่เก็บค่าใช้จ่าย]",
                "[วุฒิ ม.3 ขึ้นไป|วุฒิ ม.6 หรือ ปวช. ขึ้นไป]",
            ),
            "contact": ("[ส่งใบสมัคร|ส่งประวัติ]ทางอีเมล {email}", "[โทร|ติดต่อฝ่ายบุคคล] {wa}"),
        },
        {
            "subtype": "gov_placement",
            "label": 0,
            "title": "[กรมการจัดหางาน|กระทรวงแรงงาน][เปิดรับสมัคร|ประกาศรับสมัคร]คนหางานไปทำงานเกาหลีใต้[ ระบบ EPS|]",
            "core": (
                "[สมัคร|ลงทะเบียน]ผ่าน[สำนักงานจัดหางานจังหวัด|เว็บไซต์กรมการจัดหางาน]เท่านั้น",
                "[ต้องสอบ|ผู้สมัครต้องสอบ]ภาษาเกาหลี (EPS-TOPIK) [และตรวจสุขภาพ|ก่อนทำสัญญา]",
                "[ค่าจ้าง|เงินเดือน]ตามกฎหมายค่าจ้างขั้นต่ำของเกาหลี ประมาณ {salary}",
            ),
            "optional": (
                "[ไม่มีค่าหัวคิว|ไม่ต้องจ่ายค่าหัวคิว] [อย่าหลงเชื่อนายหน้าเถื่อน|ระวังสาย]",
                "[ทำสัญญาจ้าง|ลงนามสัญญา]ก่อนเดินทาง [ใช้วีซ่าทำงาน|เดินทางด้วยวีซ่าทำงานเท่านั้น]",
            ),
            "contact": ("[สอบถาม|ติดต่อ]สำนักงานจัดหางานจังหวัดใกล้บ้าน",),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[ระวัง!|เตือนภัย!] [แก๊งคอลเซ็นเตอร์|มิจฉาชีพ][หลอกไปทำงาน|ชวนไปทำงาน][กัมพูชา|เมียนมา|ต่างประเทศ]",
            "core": (
                "[ประกาศรับสมัคร|โฆษณา]งาน[แอดมิน|พิมพ์งาน|คอลเซ็นเตอร์]เงินเดือนสูง ไม่ต้องมีประสบการณ์ ติดต่อผ่าน[Telegram|ไลน์]เท่านั้น [อาจเป็นการหลอกลวง|เป็นสัญญาณอันตราย]",
                "[อย่า|ห้าม]มอบหนังสือเดินทางให้ผู้อื่น [และอย่าเดินทางไปทำงานด้วยวีซ่าท่องเที่ยว|]",
            ),
            "optional": (
                "[กรมการจัดหางาน|กระทรวงแรงงาน]แนะนำให้[ตรวจสอบ|เช็ก]บริษัทจัดหางานก่อนเดินทาง",
                "[หลายคน|เหยื่อหลายราย]ถูก[บังคับ|ขัง]ให้[หลอกลวงคนอื่นทางออนไลน์|ทำงานแก๊งคอลเซ็นเตอร์]",
                "[หากพบเบาะแส|หากตกเป็นเหยื่อ] [แจ้ง|ติดต่อ][สายด่วนกรมการจัดหางาน|สถานทูตไทย|ตำรวจ]",
                "[ช่วยกันแชร์|แชร์]ให้[คนในครอบครัว|เพื่อน]รู้",
            ),
            "contact": ("[ข้อมูลจาก|ที่มา] [กรมการจัดหางาน|ตำรวจ]",),
        },
    ),
    "vi": (
        {
            "subtype": "compound_cs",
            "label": 1,
            "title": "[Tuyển gấp|TUYỂN GẤP|Tuyển dụng] {n} [nhân viên|NV] [CSKH|chăm sóc khách hàng|đánh máy|nhập liệu|sale online] [làm việc tại|ở] [Campuchia|Myanmar|Lào|Philippines]",
            "core": (
                "[Lương|Thu nhập] {salary}/tháng[, thưởng thêm theo doanh số|, chưa tính hoa hồng|]",
                "[Không cần kinh nghiệm|Không yêu cầu kinh nghiệm], [chỉ cần|biết] đánh máy [nhanh|cơ bản]",
                "[Bao|Bao trọn] vé máy bay, [ăn ở miễn phí|bao ăn ở]",
            ),
            "optional": (
                "[Đi bằng|Nhập cảnh bằng] visa du lịch, [đến nơi|qua bên đó] công ty [làm giấy phép lao động|lo giấy tờ]",
                "[Hộ chiếu|Passport] công ty giữ [để làm giấy tờ|trong thời gian làm việc]",
                "[Việc nhẹ lương cao|Công việc nhẹ nhàng, lương cao], [làm việc tại|ở] [Phnom Penh|Sihanoukville|Bavet|Poipet]",
                "[Chỉ còn|Còn] {n} [suất|chỗ], [bay trong tuần|xuất cảnh ngay]",
                "[Làm|Làm việc] {hours} tiếng/ngày, [có chỉ tiêu|có KPI] hằng ngày",
            ),
            "contact": (
                "[Liên hệ|Inbox|Nhắn] [Zalo|Telegram] {handle}",
                "[Liên hệ|Gọi] {wa}",
            ),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[Tuyển|Cần] CTV [làm online|tại nhà|trên điện thoại] [thu nhập|kiếm] {daily}/ngày",
            "core": (
                "[Like|Thả tim|Đánh giá] [video|sản phẩm] [nhận|được] {per_task}/[nhiệm vụ|lượt]",
                "[Nạp tiền|Nạp trước] {deposit} để [mở khoá|nhận] nhiệm vụ [VIP|giá trị cao], [hoàn vốn|hoàn tiền] [kèm hoa hồng|ngay]",
            ),
            "optional": (
                "[Tham gia|Vào] nhóm Telegram để nhận nhiệm vụ [mỗi ngày|hằng ngày]",
                "[Rút tiền|Thanh toán] về [tài khoản|ngân hàng] [ngay|trong ngày]",
                "[Không cần|Không yêu cầu] vốn, [chỉ cần|có] điện thoại là làm được",
            ),
            "contact": ("[Nhắn|Inbox] Telegram {handle}",),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[Tuyển|Cần tuyển] [nhân viên|NV] [trực game|CSKH nhà cái|chạy quảng cáo] [làm tại|ở] [Campuchia|Bavet|Philippines]",
            "core": (
                "[Lương cứng|Lương] {salary} + hoa hồng",
                "[Công việc|Nhiệm vụ]: [trực chat|hỗ trợ] [khách chơi|hội viên], [xử lý nạp rút|duyệt nạp rút]",
            ),
            "optional": (
                "[Bao|Lo] vé máy bay và visa, [bao ăn ở|ở ký túc xá công ty]",
                "[Không cần kinh nghiệm|Chưa có kinh nghiệm được đào tạo]",
                "[Hợp đồng|Ký hợp đồng] 1 năm, [nghỉ ngang|về trước hạn] [phải đền|bồi thường] hợp đồng",
            ),
            "contact": ("[Liên hệ|Inbox] [Telegram|Zalo] {handle}",),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[Công ty|Cty] {org} [tuyển|cần tuyển] [nhân viên|NV] [chăm sóc khách hàng|CSKH|telesale] [tại|làm việc tại] [Quận 1|Quận 7|Cầu Giấy|Thủ Đức|Hải Châu]",
            "core": (
                "[Lương|Thu nhập] {salary}/tháng, [đóng BHXH đầy đủ|có BHXH, BHYT]",
                "[Làm|Giờ làm] [giờ hành chính|8h-17h], [nghỉ|được nghỉ] Chủ nhật",
                "[Nộp hồ sơ|Gửi CV] [qua email|về] {email}",
            ),
            "optional": (
                "[Công ty không thu bất kỳ khoản phí nào|Không thu phí tuyển dụng]",
                "[Ưu tiên có kinh nghiệm|Nhận sinh viên mới tốt nghiệp], [được đào tạo|có đào tạo]",
                "[Phỏng vấn trực tiếp|Phỏng vấn] tại văn phòng công ty",
            ),
            "contact": ("[Liên hệ|Hotline] [phòng nhân sự|HR] {wa}",),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[Công ty|Cty] {org} [có giấy phép|được cấp phép] [tuyển|tuyển dụng] [lao động|thực tập sinh|kỹ sư] đi Nhật Bản",
            "core": (
                "[Lương|Thu nhập] {salary}/tháng theo hợp đồng",
                "[Học tiếng|Đào tạo] [tiếng Nhật|kỹ năng] trước khi xuất cảnh, [ký hợp đồng|hợp đồng được ký] [trước khi bay|rõ ràng]",
            ),
            "optional": (
                "[Chi phí|Phí dịch vụ] theo quy định của pháp luật, [có hoá đơn|minh bạch]",
                "[Tra cứu|Kiểm tra] giấy phép của công ty trên [cổng thông tin|trang] của Cục Quản lý lao động ngoài nước",
                "[Đi bằng|Xuất cảnh bằng] visa lao động, [không đi|tuyệt đối không đi] bằng visa du lịch",
            ),
            "contact": ("[Liên hệ|Văn phòng tuyển dụng] {wa}", "Email {email}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[Cảnh giác|CẢNH GIÁC] [với|chiêu trò] tuyển dụng [“việc nhẹ lương cao”|việc nhẹ lương cao] sang [Campuchia|Myanmar]",
            "core": (
                "[Nhiều|Hàng trăm] [người|nạn nhân] [bị lừa|bị dụ dỗ] [sang|qua] [Campuchia|Myanmar] [rồi bị|và bị] [ép làm|cưỡng bức làm] [lừa đảo trực tuyến|cờ bạc online]",
                "[Không|Đừng] [giao|đưa] hộ chiếu cho người khác, [không|đừng] đi làm việc bằng visa du lịch",
            ),
            "optional": (
                "[Công an|Cơ quan chức năng] [khuyến cáo|cảnh báo] người dân [cảnh giác|không tin] [các bài đăng|quảng cáo] tuyển dụng trên [Facebook|Telegram|Zalo]",
                "[Lương cao|Thu nhập cao] mà [không cần kinh nghiệm|chỉ cần đánh máy] là [dấu hiệu lừa đảo|dấu hiệu đáng ngờ]",
                "[Hãy chia sẻ|Chia sẻ] để [người thân|bạn bè] cùng biết",
            ),
            "contact": ("[Nguồn|Theo] [Công an tỉnh|cơ quan chức năng]",),
        },
    ),
    "km": (
        {
            "subtype": "compound_cs",
            "label": 1,
            "title": "[ត្រូវការ|ជ្រើសរើស]បុគ្គលិក[ផ្នែកសេវាអតិថិជន|វាយអក្សរ|បញ្ចូលទិន្នន័យ|លក់អនឡាញ][បន្ទាន់|ជាច្រើនរូប|]",
            "core": (
                "[ប្រាក់ខែ|ប្រាក់បៀវត្ស] {salary} [ក្នុងមួយខែ|/ខែ]",
                "មិនត្រូវការបទពិសោធន៍ [គ្រាន់តែ|ត្រឹមតែ]វាយអក្សរលឿន",
                "[ធ្វើការនៅ|ទីតាំងការងារ][ប្រទេសថៃ|ប្រទេសមីយ៉ាន់ម៉ា|ក្រុងព្រះសីហនុ|ប៉ោយប៉ែត|បាវិត]",
            ),
            "optional": (
                "[កន្លែងស្នាក់នៅ|ស្នាក់នៅ] និងអាហារ ឥតគិតថ្លៃ",
                "[ត្រូវការតែ|ចំនួនមានកំណត់] {n} នាក់ [ធ្វើដំណើរសប្ដាហ៍នេះ|ចេញដំណើរឆាប់ៗ]",
                "[ក្រុមហ៊ុនរក្សាទុក|ត្រូវប្រគល់]លិខិតឆ្លងដែន[ឱ្យក្រុមហ៊ុន|]",
                "[ធ្វើការ|ម៉ោងធ្វើការ] {hours} ម៉ោងក្នុងមួយថ្ងៃ",
            ),
            "contact": ("[ទំនាក់ទំនង|ព័ត៌មានបន្ថែម] Telegram {handle}",),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[ក្រុមហ៊ុនកាស៊ីណូ|ក្រុមហ៊ុនហ្គេមអនឡាញ][ត្រូវការ|ជ្រើសរើស]បុគ្គលិក",
            "core": (
                "[ប្រាក់ខែ|ប្រាក់បៀវត្ស] {salary} [បូក|និង]កម្រៃជើងសារ",
                "[ការងារ|ភារកិច្ច]៖ [ឆ្លើយសារ|ជជែក]ជាមួយអតិថិជន [និង|ហើយ]ដាក់ប្រាក់ដកប្រាក់",
            ),
            "optional": (
                "មិនត្រូវការបទពិសោធន៍",
                "[ស្នាក់នៅ|កន្លែងស្នាក់នៅ] និងអាហារ ឥតគិតថ្លៃ",
                "[ចុះកិច្ចសន្យា|កិច្ចសន្យា] មួយឆ្នាំ",
            ),
            "contact": ("[ទំនាក់ទំនង|សាកសួរ] Telegram {handle}",),
        },
        {
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[សណ្ឋាគារ|ភោជនីយដ្ឋាន] {org} [ត្រូវការ|កំពុងជ្រើសរើស][អ្នកទទួលភ្ញៀវ|អ្នករត់តុ|ចុងភៅ|បុគ្គលិកផ្នែកសេវាអតិថិជន]",
            "core": (
                "ប្រាក់ខែ {salary} [បូក|និង]ប្រាក់សេវា",
                "[ផ្ញើ CV មកកាន់|ដាក់ពាក្យតាម]អ៊ីមែល {email}",
                "[ទីតាំង|អាសយដ្ឋាន]៖ [ភ្នំពេញ|សៀមរាប|បាត់ដំបង]",
            ),
            "optional": (
                "[មិនគិតថ្លៃ|មិនយកលុយ]ក្នុងការដាក់ពាក្យ",
                "[មានការចុះឈ្មោះ|ចុះឈ្មោះ] ប.ស.ស. [និង|ហើយ]ឈប់សម្រាកប្រចាំសប្ដាហ៍",
                "[មានបទពិសោធន៍|ចេះភាសាអង់គ្លេស]ជាអាទិភាព",
            ),
            "contact": ("[ទូរស័ព្ទ|ទំនាក់ទំនង] {wa}", "Telegram {handle}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[ប្រយ័ត្ន|សូមប្រុងប្រយ័ត្ន]! [ការផ្សាយ|ការប្រកាស]ជ្រើសរើសការងារ[ក្លែងក្លាយ|បោកប្រាស់]",
            "core": (
                "[ប្រាក់ខែខ្ពស់|ប្រាក់ខែច្រើន] [មិនត្រូវការបទពិសោធន៍|ការងារងាយៗ] [អាចជា|ភាគច្រើនជា]ការបោកប្រាស់",
                "[កុំ|សូមកុំ]ប្រគល់លិខិតឆ្លងដែនឱ្យអ្នកដទៃ",
            ),
            "optional": (
                "[ពិនិត្យ|ផ្ទៀងផ្ទាត់]ក្រុមហ៊ុនជាមុនសិន មុននឹងធ្វើដំណើរ",
                "[ចែករំលែក|សូមចែករំលែក]ដល់[ក្រុមគ្រួសារ|មិត្តភក្តិ]",
            ),
            "contact": ("[ប្រភព|ព័ត៌មានពី] [នគរបាល|អាជ្ញាធរ]",),
        },
    ),
    "tl": (
        {
            "subtype": "compound_cs",
            "label": 1,
            "title": "HIRING! [Customer Service|Chat Support|Typist|CSR] sa [Phnom Penh|Sihanoukville|Poipet|Myawaddy|Bavet], [Cambodia|Myanmar]",
            "core": (
                "[Sahod|Sweldo] {salary} kada buwan[, may bonus pa|, hindi pa kasama ang komisyon|]",
                "[Walang|Hindi kailangan ng] experience, basta [mabilis mag-type|marunong mag-computer]",
                "[Libre|Sagot ng kumpanya] ang [pamasahe|plane ticket], [tirahan|bahay] at pagkain",
            ),
            "optional": (
                "[Tourist visa lang|Tourist visa muna], [doon na|pagdating doon] aayusin ang working permit",
                "[Sabihin mo lang|Sabihin lang] sa immigration na [magbabakasyon ka|bakasyon lang]",
                "[Limitado|Kaunti na lang] ang slot, [alis na|flight na] [this week|sa susunod na linggo]",
                "[Hawak ng kumpanya|Iiwan sa kumpanya] ang passport habang may kontrata",
            ),
            "contact": (
                "[PM|Message] lang po sa Telegram {handle}",
                "[PM|Chat] lang po sa FB",
            ),
        },
        {
            # A second Tagalog wording: the company "covers" visa and flight,
            # no diploma asked, departure within days.
            "subtype": "compound_cs",
            "label": 1,
            "title": "[URGENT HIRING|Hiring agad|Naghahanap kami ng] [encoder|chat support|CSR|data entry|online seller] [sa|for] [Sihanoukville|Bavet|Poipet|Phnom Penh|Myawaddy|Golden Triangle, Laos|Tachileik]",
            "core": (
                "[Kahit walang experience|Walang experience? Ok lang|Hindi kailangan ng experience], [basta marunong mag-type|basta marunong mag-computer|may training naman]",
                "[Sagot ng kumpanya|Libre] ang [visa|visa at passport|plane ticket at visa|pamasahe, visa at dorm]",
                "[Sahod|Sweldo] {salary} [kada buwan|monthly][, plus commission|, may incentives pa|]",
            ),
            "optional": (
                "[Kahit hindi nakapagtapos|Kahit walang diploma|HS grad pwede]",
                "[Doon na aayusin|Pagdating doon aayusin] ang working visa",
                "[May susundo sa airport|Susunduin ka sa airport] pagdating mo",
                "[Madaling trabaho, malaking sahod|Magaan na trabaho, mataas na sweldo]",
                "[Aalis agad|Alis na] [this week|sa loob ng limang araw]",
                "[Kaunti na lang|Limitado na] ang slot",
                "[Sabihin lang sa immigration|Kapag tinanong ng immigration, sabihin] na bakasyon lang",
            ),
            "contact": (
                "[PM lang po|Message lang] sa Telegram {handle}",
                "[Chat lang po|I-PM lang] sa Messenger",
            ),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[Hiring|Naghahanap kami ng] [chat support|online marketing|English chat agent] para sa [crypto|investment] company sa [Cambodia|Myanmar|Laos]",
            "core": (
                "[Kakausapin mo|Ka-chat mo] ang mga [kliyente|foreigner] gamit ang [script|account] na bigay ng kumpanya",
                "[Sahod|Sweldo] {salary} kada buwan [plus|at may] [komisyon|bonus]",
            ),
            "optional": (
                "[Magaling sa English|Marunong mag-English] ang hanap namin, [walang experience ok lang|kahit walang experience]",
                "[Libre|Sagot ng kumpanya] ang [flight|pamasahe] at [tirahan|dorm]",
            ),
            "contact": ("[PM|Message] lang sa Telegram {handle}",),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[Sideline|Raket] [online|sa bahay|gamit ang cellphone] - kumita ng {daily} [kada araw|araw-araw]",
            "core": (
                "[Mag-like|Mag-follow|Mag-rate] lang ng [videos|products|posts], kikita ka ng {per_task} bawat task",
                "Kailangan mong mag-[top up|deposit] ng {deposit} para ma-unlock ang [VIP tasks|susunod na level]",
            ),
            "optional": (
                "[Sali|Join] ka sa [Telegram group|GC] namin para sa [daily tasks|mga task]",
                "[Diretso|Padala] sa GCash ang [bayad|kita] mo [araw-araw|agad]",
            ),
            "contact": ("[PM|Message] lang sa Telegram {handle}",),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[HIRING|We're hiring]: [Call Center Agent|Customer Service Representative|Chat Support] sa [Makati|Ortigas|Cebu IT Park|BGC]",
            "core": (
                "[Sahod|Sweldo] {salary} kada buwan [plus|at may] [night differential|allowances], may [SSS, PhilHealth, Pag-IBIG|HMO]",
                "[Walang placement fee|Libre ang application], [mag-apply|mag-walk in] sa [opisina namin|aming office] [Lunes hanggang Biyernes|tuwing weekdays]",
            ),
            "optional": (
                "[Ipadala|I-send] ang resume sa {email}",
                "[Kahit walang experience|Fresh grad] [pwede|ok lang], may [training|paid training]",
            ),
            "contact": ("[Email|Resume] {email}", "[Tumawag|Text] {wa}"),
        },
        {
            # Honest BPO ads say "walang experience" too; the employer pays
            # the OFW's visa and airfare under DMW rules, so that alone is no
            # scam sign in a licensed agency's ad.
            "subtype": "local_cs",
            "label": 0,
            "title": "[Hiring|Now hiring|Naghahanap kami ng] [Chat Support|Email Support|Customer Service Associate] [sa|for] [Pasig|Alabang|Cebu Business Park|Clark|Bacolod|Davao]",
            "core": (
                "[Kahit walang experience|Walang experience? Pwede], may [paid training|training na bayad] [ng dalawang linggo|bago mag-start]",
                "[Sahod|Sweldo] {salary} kada buwan [+ HMO|+ night differential|at kumpletong benepisyo]",
                "[Walang placement fee|Libre ang pag-apply], [interview sa opisina|on-site interview] [Lunes hanggang Biyernes|tuwing weekdays]",
            ),
            "optional": (
                "[Kahit undergrad|High school graduate] [basta|pwede basta] [marunong mag-English|maayos mag-English]",
                "[Ipadala|I-send] ang resume sa {email}",
                "[May libreng shuttle|May transportation allowance] [sa gabi|para sa night shift]",
            ),
            "contact": ("[Email|Resume] {email}", "[Tumawag|Text] {wa}"),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[DMW-licensed agency|Lisensyadong agency] - [hiring|naghahanap] ng [caregiver|factory worker] para sa [Japan|Taiwan]",
            "core": (
                "[Lahat ng aplikante|Lahat] ay dadaan sa [PDOS|Pre-Departure Orientation Seminar] at medical exam",
                "[Working visa|Work visa] ang gagamitin, [hindi tourist visa|bawal ang tourist visa]",
                "[Sahod|Sweldo] {salary} kada buwan [ayon sa kontrata|batay sa kontrata]",
            ),
            "optional": (
                "[Alinsunod sa|Ayon sa] patakaran ng DMW ang lahat ng bayarin, may [resibo|opisyal na resibo]",
                "[I-verify|Pakitingnan] ang lisensya namin sa website ng DMW",
                "[Sagot ng employer ang visa at airfare|Ang employer ang sasagot sa visa at airfare] ayon sa [kontrata|patakaran ng DMW]",
            ),
            "contact": ("[Opisina|Tumawag] {wa}", "Email {email}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[BABALA|Mag-ingat]! [Pekeng|Scam na] job offer sa [Cambodia|Myanmar|Laos]",
            "core": (
                "[Maraming|Ilang] Pilipino ang [na-recruit|naloko] bilang [customer service|chat support] pero [pinilit|pinagtrabaho] sa [scam hub|online scam] doon",
                "[Huwag|Wag] [ibigay|iabot] ang passport sa [kahit kanino|recruiter]",
            ),
            "optional": (
                "[Ayon sa|Paalala ng] [Bureau of Immigration|DMW|DFA], [iwasan|huwag tanggapin] ang [alok|trabaho] na [tourist visa lang ang gamit|walang working visa]",
                "[Mataas na sahod|Malaking sweldo] kahit walang experience? [Red flag yan|Mag-ingat po]",
                "[I-share|Ibahagi] sa [pamilya|kaibigan] ninyo",
            ),
            "contact": ("[Source|Mula sa] [BI|DMW|DFA]",),
        },
    ),
}


# --- further templates ----------------------------------------------------------
# Appended to each language so that every scenario has several wordings: the
# registers (company post, casual chat post), channels (Telegram, LINE, Zalo,
# WeChat, "inbox") and ways of naming the destination (local script, "abroad",
# nothing at all) vary inside a scenario instead of marking one. Honest posts
# carry the same surface features as scams (no experience, housing, employer-
# paid visa, urgent hiring); what differs is the registration, contract, lawful
# fees, office interview and ordinary wage.
_MORE: dict[str, tuple[Template, ...]] = {
    "zh": (
        {
            # Casual Telegram/WeChat-group post: the usual lure list, with the
            # passport, the tourist visa and the exit-control coaching.
            "subtype": "compound_cs",
            "label": 1,
            "title": "[西港|金边|迪拜|马尼拉|波贝][急招|直招|高薪招][客服|在线客服|聊天客服|网络客服]，[包吃住|包食宿][报机票|机票报销|]",
            "core": (
                "[底薪|保底]{salary}，[月休4天|月休两天|一个月休4天]，[上班|工作]{hours}小时",
                "[不看学历|学历不限]，[会打字就行|会拼音打字即可|能熟练用手机电脑就行]，[新手有人带|公司有师傅带|有专人培训]",
                "[年龄|要求]18-[35|40]岁，[需要|必须有]护照[，没有的公司协助办理|，没有的可以先去办|]",
            ),
            "optional": (
                "[正规公司|大公司|集团公司]，[环境好|宿舍有空调|宿舍四人间]，[园区内|公司楼下]有[超市|食堂|健身房]",
                "[落地签|旅游签]过去就行，[工作签公司办|其他手续公司负责]",
                "[不收任何费用|零费用]，[机票先垫付|机票公司先出]，[做满半年报销|干满三个月报销|从工资里扣]",
                "[合同一年|签一年合同]，[到期可回国|期满包回程机票]",
                "[有意者|感兴趣的][速度|抓紧]私聊，[今天|本周][还有|剩]{n}个[名额|位置]",
                "[出关|过边检]的时候[问什么都说旅游|就说去玩的]",
            ),
            "contact": (
                "[飞机|TG|纸飞机]：{handle}",
                "[微信|V|vx]：{wx}[（备注：应聘）|（加时备注客服）|]",
                "[详情|具体]私聊{handle}，[不回复|不接]电话",
            ),
        },
        {
            # The subtle kind: no place, no figure, only "overseas", a passport
            # and readiness to leave.
            "subtype": "compound_cs",
            "label": 1,
            "title": "[海外|境外|国外][高薪|优质]岗位[招聘|直招]｜[客服|文员|市场推广|运营助理]",
            "core": (
                "[待遇优厚|薪资面议|高底薪+高提成]，[月入过万不是梦|收入上不封顶|做得好一个月几万]",
                "[无需经验|零经验可做]，[公司统一培训|岗前培训]，[只要你肯干|肯吃苦就行]",
                "[需要|要求]有[护照|有效护照]，[随时可以出国|能尽快出发|近期能出国的优先]",
            ),
            "optional": (
                "[工作地点|具体地点][面试时告知|私聊告知|到了就知道]",
                "[包吃包住|食宿全包]，[来回机票|往返机票][公司承担|报销]",
                "[年轻人|18-30岁]优先，[男女不限|男女均可]",
                "[名额不多|人数有限]，[先到先得|满了就截止]",
                "[不要怕|别担心]，[很多老乡都在这边|身边很多朋友都在做]",
                "[想改变现状的|想多挣钱的][联系我|加我]",
            ),
            "contact": (
                "[私聊|私信]{handle}",
                "[有意者|感兴趣]加[微信|V]：{wx}",
                "[飞机|电报]{handle}[，秒回|，24小时在线|]",
            ),
        },
        {
            # Myawaddy route: fly to Bangkok, drive to Mae Sot, "someone meets you".
            "subtype": "compound_cs",
            "label": 1,
            "title": "[泰国|泰缅边境|东南亚][项目|公司][诚聘|急聘][客服|聊天员|运营专员]，[月薪|底薪]{salary}",
            "core": (
                "[先飞曼谷|先到泰国曼谷]，[再转车|然后坐车]到[美索|湄索]，[有人接|专车接送]",
                "[工作地点|公司在][缅甸妙瓦底|妙瓦底KK园区|缅甸掸邦|大其力]，[园区|公司]管理[正规|规范]",
                "[工作内容|主要工作]：[用社交软件|在网上][跟客户聊天|聊天交友|维护客户]，[按话术来|有固定话术]",
            ),
            "optional": (
                "[机票|路费][公司全包|报销]，[包吃住|吃住免费]",
                "[护照|证件]到了[交给公司|由公司统一保管]",
                "[签合同|合同期]一年，[中途离职|提前走][需赔付|要赔]违约金",
                "[每天|一天]{hours}小时，[有业绩|有指标]要求",
                "[限招|只要]{n}人，[男女不限|不限男女]",
            ),
            "contact": ("[联系|报名][飞机|TG]：{handle}", "[微信|V]：{wx}"),
        },
        {
            "subtype": "compound_typist",
            "label": 1,
            "title": "[高薪|急招|诚聘][打字员|中文打字员|录入员|文字员]{n}名[（海外）|（东南亚）|（柬埔寨）|]",
            "core": (
                "[工作内容|岗位职责]：[按模板|照着文案|按公司资料]打字[聊天|回复消息|发消息]，[不需要|不用]打电话",
                "[要求|条件]：[打字速度|打字]每分钟[40|50|60]字以上，[会拼音|会五笔或拼音]",
                "[月薪|工资]{salary}，[包吃住|吃住公司安排]，[每月准时发|每月10号发|按月发U]",
            ),
            "optional": (
                "[地点|工作地点]：[柬埔寨西港|柬埔寨金边|老挝金三角|菲律宾马尼拉|缅甸]",
                "[可以|可]先[视频|线上]面试，[通过后|面试过了][安排机票|买机票]",
                "[学历不限|初中以上]，[18到35岁|35岁以下]",
                "[护照|证件][要提前准备好|没有的先去办]",
                "[工作时间|上班]{hours}小时，[两班倒|白班夜班轮换]",
            ),
            "contact": ("[咨询|报名][飞机|Telegram]：{handle}", "[加|联系]微信：{wx}"),
        },
        {
            # Traditional-script variant (Taiwan/Hong Kong/Malaysian readers).
            "subtype": "compound_typist",
            "label": 1,
            "title": "[徵|誠徵|急徵][打字員|文書打字員|線上客服打字員][，海外工作|，包機票|，免經驗]",
            "core": (
                "[月薪|薪資]{salary}，[包吃包住|供食宿]，[機票公司出|機票報銷]",
                "[只要|只需]會打字、[會用電腦|會上網]，[免經驗|沒經驗可教]",
                "[工作地點|地點]：[柬埔寨|緬甸|寮國|菲律賓][，落地有人接機|，到了有專人接送|]",
            ),
            "optional": (
                "[用觀光簽|持旅遊簽]入境，[到了再辦工作證|之後公司辦工作簽]",
                "[護照|證件]交由公司保管",
                "[合約|合同]一年，[提前離職要賠錢|違約需賠償]",
                "[人數有限|名額有限]，[要的快|盡快私訊]",
                "[每天|每日]工作{hours}小時",
            ),
            "contact": (
                "[聯絡|洽詢]Telegram：{handle}",
                "[LINE|賴]：{handle}",
                "[私訊|私我]詳談",
            ),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[菲律宾|马尼拉|柬埔寨|迪拜][大型|知名]娱乐[公司|平台]招聘[推广|运营|电销|客服]",
            "core": (
                "[工作内容|职责]：[在各大平台|在网上][拉新|推广][会员|客户]，[引导注册|引导充值]",
                "[底薪|月薪]{salary}+[业绩提成|高额提成]，[奖金|全勤]另算",
                "[无经验可带|新手有人带]，[会用电脑|会打字]即可",
            ),
            "optional": (
                "[包吃包住|食宿免费]，[公司办理|协助办理][工签|工作签证]",
                "[护照|证件]公司统一[保管|存放]",
                "[签约|合同]一年，[不满期|提前离职][需赔偿|机票自理并赔偿]",
                "[欢迎|接受]有[菠菜|BC|博彩]经验的",
                "[月休|每月休][4天|两天]，[12小时|{hours}小时]工作制",
            ),
            "contact": ("[飞机|TG]：{handle}", "[微信|V]：{wx}"),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[線上娛樂城|博弈公司|BC公司][徵|急徵][客服|儲值專員|出入款專員|代理]",
            "core": (
                "[月薪|底薪]{salary}，[另有|加]獎金",
                "[負責|工作內容]：[回覆會員|處理會員][儲值|出入款]問題，[打字就好|用電腦操作]",
                "[地點|上班地點]：[柬埔寨|菲律賓|杜拜][，包機票|，公司安排機票|]",
            ),
            "optional": (
                "[免經驗|新手可]，[有人帶|公司教]",
                "[包吃包住|供食宿]，[宿舍在公司樓上|住公司宿舍]",
                "[護照|證件]到當地交公司保管",
                "[簽約一年|合約一年]，[提前走|違約][要賠|需賠償]",
            ),
            "contact": ("[聯絡|私訊]Telegram：{handle}", "[LINE|賴]：{handle}"),
        },
        {
            # Pig-butchering work: befriend foreigners, then steer them to a platform.
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[招聘|急招][网聊|聊天专员|海外推广|外语客服]（[日语|英语|韩语]优先）",
            "core": (
                "[主要|工作内容]：[在|用][Facebook|Instagram|WhatsApp|交友软件]上[跟外国客户|和海外客户]聊天，[建立信任|先交朋友]",
                "[然后|之后]按公司[话术|剧本]介绍[虚拟币|USDT|数字货币]投资[平台|项目]",
                "[底薪|月薪]{salary}+[业绩提成|成单提成]，[开单有奖|日结奖金]",
            ),
            "optional": (
                "[公司提供|会给你]手机、[账号|资料]和[人设|照片]",
                "[外语好|英语流利]的[优先|底薪更高]",
                "[工作地点|地点]：[迪拜|柬埔寨|缅甸|老挝金三角经济特区]",
                "[包吃住|食宿全包]，[报销机票|机票公司出]",
                "[不用|无需]懂投资，[有培训|有人带]",
            ),
            "contact": ("[飞机|TG]：{handle}", "[联系|咨询]微信：{wx}"),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[手机兼职|宝妈兼职|学生兼职|在家兼职]，[日结|一单一结]，[日入|每天]{daily}",
            "core": (
                "[点赞|关注|刷单|做任务][一单|每单]{per_task}，[做完|完成]就[结算|返佣]",
                "[进阶任务|大额任务]需要[先垫付|先充值]{deposit}，[完成后|做完]本金[加佣金|+佣金][一起返还|马上返]",
            ),
            "optional": (
                "[时间自由|不限时间]，[有手机就能做|手机就能操作]",
                "[不收|不需要]任何[押金|会费]",
                "[进群|加群]领[任务|每日任务]，[导师|客服]一对一带",
                "[提现|佣金]秒到[支付宝|微信|银行卡]",
            ),
            "contact": (
                "[加|联系]微信：{wx}",
                "[飞机|TG]：{handle}",
                "[私聊|私信]{handle}领取[任务|试做任务]",
            ),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[在家|手機]兼職，[每天|每日]輕鬆賺{daily}",
            "core": (
                "[幫商家|幫店家][按讚|評價|追蹤]，[一單|每筆]{per_task}",
                "[升級|解鎖][VIP|高佣金]任務[需|要]先儲值{deposit}，[任務完成後|完成後]連同[佣金|本金]一起[返還|出金]",
            ),
            "optional": (
                "[無需經驗|零經驗]，[有專人教學|客服一對一]",
                "[加入|進]LINE群組[領任務|接單]",
                "[當天|隔天]出金到[銀行帳戶|帳戶]",
            ),
            "contact": ("[加|聯繫]LINE：{handle}", "Telegram：{handle}"),
        },
        {
            # Unlicensed "labour export" broker: fee, tourist visa, no exam.
            "subtype": "agent_fee",
            "label": 1,
            "title": "[出国劳务|正规出国务工|海外直招][日本|韩国|新加坡|欧洲|澳洲][工厂|建筑|农场|餐厅]工，月薪{salary}",
            "core": (
                "[不用|无需][语言|外语]，[不用考试|免面试]，[最快|快的话][15天|一个月]出国",
                "[办理费用|手续费|服务费][2万|3.8万|4.5万|5万]元，[先交一半定金|交定金排队|定金5000元]，[签证下来再交尾款|出签后付清]",
                "[办的是|走的是][旅游签|商务签|探亲签]，[到了再转工签|到那边老板给换工签]",
            ),
            "optional": (
                "[包过|百分百出签]，[不过全额退款|拒签全退]",
                "[我已经|我们已]送出去[几百|上千]人，[都在那边挣钱了|个个都说好]",
                "[年龄|要求]18-50岁，[男女不限|夫妻工优先]",
                "[推荐一人|介绍一个]奖励[1000|2000]元",
                "[不要去|别找]劳务公司，[他们收费更贵|手续太麻烦]，[找我|我这边]直接[对接老板|对接雇主]",
            ),
            "contact": ("[联系|咨询]微信：{wx}", "[私聊|私信]{handle}"),
        },
        {
            "subtype": "agent_fee",
            "label": 1,
            "title": "[柬埔寨|西港|迪拜|泰国][工作|直招]，[可以|能]帮你[安排|介绍]，[下周|马上]走",
            "core": (
                "[我这边|我们]有[关系|老板资源]，[工资|月薪]{salary}，[包吃住|吃住全包]",
                "[只收|先交][介绍费|中介费|保证金][3000|5000|8000]元，[机票签证|路费]我来[安排|办]",
                "[到了|落地]以后[第一个月|首月]工资[扣回|扣除]机票钱",
            ),
            "optional": (
                "[不走|不用走]正规[劳务|中介]渠道，[省时间|快]",
                "[从|先到][广西|云南][边境|口岸][出去|出境]，[有人带路|有车接]",
                "[护照|证件]没有[没关系|也可以]，[有别的办法|我们可以帮办]",
                "[人满|名额满了]就不[收|要]了",
                "[别问那么多|信我就行]，[很多人都去了|老乡都在那]",
            ),
            "contact": ("[微信|V]：{wx}", "[飞机|TG]：{handle}"),
        },
        {
            # Mainland call-centre ad: no experience, dormitory, meal allowance,
            # but a contract, social insurance and an office interview.
            "subtype": "local_cs",
            "label": 0,
            "title": "[某大型电商平台|某银行信用卡中心|某运营商外包中心|某物流集团]招聘[客服代表|话务员|在线客服]（[武汉|西安|郑州|长沙|合肥]）",
            "core": (
                "[薪资|月薪]{salary}，[转正后|试用期后][缴纳五险一金|购买社保]，[另有|加]绩效奖金",
                "[无经验|零经验]可[带薪培训|岗前带薪培训]，[普通话标准|普通话流利]，[会电脑基本操作|打字每分钟40字以上]",
                "[面试地点|公司地址]：[市区|高新区|光谷][写字楼|办公楼][，地铁直达|，近地铁口|]",
            ),
            "optional": (
                "[提供员工宿舍|公司提供宿舍]，[工作餐|餐补][每月300元|每天15元]",
                "[早晚班轮班|排班制]，[月休8天|做六休一|做五休二]，[夜班有补贴|加班另算]",
                "[签订劳动合同|签正式劳动合同]，[试用期|试用期一个月]",
                "[全程不收取任何费用|招聘不收费]，[如有人收费请举报|谨防假冒]",
                "[应届生|大专以上|中专以上]均可",
            ),
            "contact": (
                "[电话|联系电话]：[人事|HR]{hr_name}",
                "[简历|简历投递]：{email}",
                "[也可|或]直接到公司面试，[周一至周五|工作日][9:00-17:00|上午九点到下午五点]",
            ),
        },
        {
            # Taiwan / Hong Kong office ad in traditional script, pay written inline.
            "subtype": "local_cs",
            "label": 0,
            "title": "[台北|新北|台中|高雄|香港][某|][電信|銀行|物流|電商]公司[誠徵|招募][客服人員|電話客服|線上客服]",
            "core": (
                "[月薪|薪資][NT$30,000起|32,000元起|3.2萬起|港幣16,000起]，[勞健保|勞保健保|強積金]、[年終獎金|三節獎金]",
                "[無經驗可|免經驗，]帶薪[教育訓練|培訓]，[週休二日|排班制月休8天]",
                "[面試地點|公司地址]：[信義區|中山區|西屯區|前鎮區|觀塘]，[請攜帶履歷|歡迎電洽預約面試]",
            ),
            "optional": (
                "[享|提供][員工宿舍|交通津貼|午餐補助]",
                "[本公司|公司]不收取任何費用，[求職|應徵]請[認明|留意]正式[徵才管道|職缺網站]",
                "[具客服經驗|會台語|會英文]者佳",
                "[通過試用期|三個月後]調薪",
            ),
            "contact": (
                "[聯絡|洽詢]：[人資|HR][陳小姐|林先生|黃小姐]",
                "[履歷|履歷請寄]：{email}",
            ),
        },
        {
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[金边|暹粒|西哈努克港][中资企业|中资银行|中资工程公司|华文学校|中柬合资工厂]招聘[会计|翻译|行政文员|中文教师|仓库管理]",
            "core": (
                "[月薪|薪资]{salary}，[按柬埔寨劳动法|依当地劳动法][签合同|缴纳NSSF社保]",
                "[公司|单位][办理|负责办理][正规工作签证（E签）|E类商务签和劳工证|合法工作证]，[费用公司承担|费用由公司支付]",
                "[投递|发送]简历至{email}，[合适者|初筛通过后]安排[视频面试|线上面试]",
            ),
            "optional": (
                "[提供|公司提供]员工宿舍[及工作餐|和三餐|]，[五天半工作制|周末双休|每周休一天]",
                "[护照由本人保管|证件自己保管]，[可随时|合同期满可]回国",
                "[公司可在|可以在]柬埔寨商业部[网站|官网]查询注册信息",
                "[试用期|试用]三个月，[转正后|之后][涨薪|有年终奖]",
                "[懂|会]英语或高棉语优先",
                "[招聘不收费|不收取任何中介费]，[谨防|警惕]冒充我司的[招聘|诈骗]信息",
            ),
            "contact": (
                "[HR |人事]Telegram：{handle}",
                "[邮箱|简历]：{email}",
                "[电话|手机]：{wa}",
            ),
        },
        {
            # Factories and industrial parks elsewhere in the Mekong region.
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[越南北宁|越南平阳|老挝万象|泰国罗勇][工厂|工业园|电子厂]招聘[中文翻译|生产主管|跟单员|财务]",
            "core": (
                "[月薪|薪资]{salary}，[办理|公司办]工作许可证，[一年一签|合同一年一签]",
                "[工作地点|厂址]：[北宁省|平阳省|万象赛色塔综合开发区|罗勇工业园]，[可先视频看厂|欢迎视频面试]",
                "[要求|岗位要求]：[大专以上|本科以上]，[越南语|老挝语|泰语|英语][能日常沟通|四级以上]",
            ),
            "optional": (
                "[包住宿|提供宿舍]，[包三餐|有食堂]",
                "[每年|一年]探亲假[一次|两次]，[报销往返机票|公司承担来回机票]",
                "[护照|证件]自行保管",
                "[缴纳|购买]当地社保和[商业保险|意外险]",
                "[正规|合法]注册企业，[可查|可核实][营业执照|工商信息]",
            ),
            "contact": ("[简历|投递]：{email}", "[微信|联系微信]：{wx}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[反诈提醒|防骗提醒|警方提示|反詐提醒]：[“海外高薪”|“出国务工月入三万”|“打字员包机票”]，[千万别信|当心被骗|小心是陷阱]",
            "core": (
                "[受害人|有网友]在[社交平台|网上]看到[“客服”|“打字员”|“文员”]招聘，[对方称|号称][月薪两万|月入过万|包吃包住报机票]，[到了泰国后|落地后]被带[越境|偷渡]到[缅甸妙瓦底|柬埔寨|老挝]",
                "[进了园区|进园区后][护照被收走|证件被扣]，[被逼|被迫]做[网络诈骗|电诈]，[完不成业绩|不听话]就[被打|被关|被转卖]",
                "[凡是|只要是][不需要经验、工资又高|不要学历却开高薪|要求先办护照、只用飞机联系]的[出国|海外]工作，[一律|基本都]是[骗局|陷阱]",
            ),
            "optional": (
                "[出国务工|出境工作]请通过[正规|有资质的]对外劳务合作企业，[可在商务部网站查询|查询是否有经营资格]",
                "[如果|一旦]身边有人[失联|被困]，请[拨打|联系]110或[中国驻柬埔寨大使馆|中国驻缅甸使馆|领事保护热线12308]",
                "[国家反诈中心APP|反诈APP]可以[举报|核实]可疑信息",
                "[转给|转发给]家里的[年轻人|孩子]看看",
            ),
            "contact": (
                "[来源|转自]：[公安部刑侦局|国家反诈中心|市公安局反诈中心]",
                "[发布|整理]：[社区|街道]反诈宣传",
            ),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[某数据服务公司|某科技公司|某电商服务公司][招聘|招募][数据标注员|数据录入员|远程录入员][（可居家）|（远程办公）|]",
            "core": (
                "[工作内容|岗位职责]：[对图片和语音数据进行标注|将纸质表单录入系统|整理商品信息到表格]，[有详细规范|按标注规则操作]",
                "[薪资|报酬]{salary}/月[，按件计酬另算|，多劳多得|]，[每月|次月]15日[银行转账|发放]",
                "[需|要求]签订[劳务协议|兼职协议]，[提供|需提供]身份证信息用于[报税|发放劳务费]",
            ),
            "optional": (
                "[全程|入职]不收取任何费用，[也不需要|无需]购买[设备|软件|课程]",
                "[先|入职前]有[线上试题|小测试]，[通过后|合格后]安排[培训|上岗]",
                "[每周|每天]工作[20小时|30小时|6-8小时]，[时间相对灵活|可自行安排]",
                "[需要|自备]电脑和[稳定网络|宽带]",
                "[公司地址|办公地址]：[成都高新区|贵阳大数据产业园|郑州郑东新区]，[也可|欢迎]到公司[面谈|坐班]",
            ),
            "contact": ("[简历|投递简历]：{email}", "[咨询|联系]：[人事|HR]{hr_name}"),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[誠徵|徵][資料輸入員|文書處理人員|遠端資料建檔員][（可在家）|（遠端）|（兼職）]",
            "core": (
                "[工作內容|內容]：[將客戶資料|將訂單資料|將問卷資料][輸入|建檔至][Excel|公司系統]",
                "[時薪190元起|時薪200元|月薪約2.6萬]，[勞健保|依法投保勞健保]",
                "[公司|本公司]為[合法登記|正式立案]公司，[統一編號可查|可上經濟部商工登記查詢]",
            ),
            "optional": (
                "[不收任何費用|絕不收取保證金或教材費]",
                "[需|須]自備電腦，[Word、Excel基本操作|打字每分鐘40字]",
                "[先到公司|第一週到公司][培訓|受訓]，[之後|熟悉後]可[在家|遠端]作業",
                "[每月|月底]結算，[匯入|轉帳至]本人帳戶",
            ),
            "contact": (
                "[履歷|應徵]請寄：{email}",
                "[洽詢|聯絡]：[周小姐|吳先生|許小姐]",
            ),
        },
        {
            # Korea's Employment Permit System, recruited government to government.
            "subtype": "gov_placement",
            "label": 0,
            "title": "[韩国雇佣许可制（EPS）|赴韩EPS项目|中韩政府间劳务合作]：[报名通知|招募公告|韩国语考试报名开始]",
            "core": (
                "[本项目|该项目]为[政府间合作项目|中韩两国政府间项目]，[报名|报名和考试][只能|仅]通过[官方指定机构|省商务厅指定的服务机构]",
                "[申请人|考生]须参加[韩国语能力考试（EPS-TOPIK）|EPS-TOPIK考试]和[技能测试|体检]，[合格后|通过后]进入[求职者名单|人才库]",
                "[工资|月工资]按韩国最低工资标准，约{salary}，[加班另计|另有加班费]",
            ),
            "optional": (
                "[全程|项目]不收取[中介费|任何中介费用]，[仅收|只收]考试费和[体检费|签证费][，标准公开|]",
                "[雇主|韩国雇主]与工人签订标准劳动合同后[办理|申请]E-9签证",
                "[凡|任何]声称[包过|保证出国|可以走后门]的[都是骗子|均为诈骗]",
                "[年龄|报名条件]：18-39岁，[无犯罪记录|无出境限制]",
                "[考试时间|考试安排]以[官网|官方网站]公告为准",
            ),
            "contact": (
                "[详情|咨询]请[登录|访问]官方网站或[当地商务部门|当地人社部门]",
                "[咨询电话|电话]见[官网|官方网站]公告",
            ),
        },
        {
            # Working-holiday visas are bilateral government schemes too.
            "subtype": "gov_placement",
            "label": 0,
            "title": "[打工度假|青年打工度假][澳洲|紐西蘭|日本|韓國][簽證|計畫]申請[說明|提醒]",
            "core": (
                "[打工度假|此計畫]是[我國與各國政府簽署的|政府間]協議，[簽證|申請][直接向|只需向][對方國家|該國]官方網站提出",
                "[合法工作時|工作時][依當地法律|享當地法定]最低薪資，[例如澳洲|以澳洲為例]時薪約[24|24.7|25]澳幣",
                "[不需要|無需]透過仲介，[簽證費|申請費]依官方公告",
            ),
            "optional": (
                "[外交部|外交部領事事務局]提醒：[勿相信|小心]「[免費機票|高薪保證|先付費保工作]」的[招募|廣告]",
                "[出發前|出國前][請登錄|記得登錄]「出國登錄」並保存[駐外館處|駐外辦事處]緊急聯絡電話",
                "[護照|證件][請自行保管|勿交給雇主或他人]",
                "[年齡|申請資格]18至30歲",
            ),
            "contact": (
                "[詳情|資訊]請[見|查詢]外交部領事事務局網站",
                "[來源|資料來源]：外交部",
            ),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[江苏|山东|福建|辽宁][国际经济技术合作|对外劳务合作|国际人才]有限公司招聘赴[日本|新加坡|新西兰]{n}名[食品加工|建筑|护理|制造业]工人",
            "core": (
                "[我司|本公司]具有商务部[颁发的|核发的]《对外劳务合作经营资格证书》，[编号|证书编号]：[苏|鲁|闽|辽]商劳许[2019|2021|2017]第[023|107|056|118]号",
                "[月薪|工资]{salary}，[按当地法律|依所在国法律][缴纳|购买]保险，[加班|超时工作]另付加班费",
                "[出国前|出境前][签订|与工人签订]《[劳务合作合同|服务合同]》和《[雇佣合同|劳动合同]》，[持工作签证出境|办理正规工作签证]",
            ),
            "optional": (
                "[服务费|收费]按[国家规定|商务部规定]标准[收取|执行]，[开具正式发票|有正规收据]，[不收取|严禁收取]押金",
                "[机票|往返机票][由雇主承担|雇主报销]",
                "[护照|证件]由本人保管，[雇主|任何人]无权扣押",
                "[出国前|行前]有[免费的|]语言和安全培训",
                "[欢迎|可]到公司[实地考察|面谈]，[地址|公司地址]：[南京市|青岛市|福州市|大连市]",
            ),
            "contact": (
                "[咨询|报名]电话见公司官网",
                "[邮箱|简历]：{email}",
                "[咨询|联系]：[人事|外派部]{hr_name}",
            ),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[正规外派|持证外派][沙特|阿联酋迪拜|卡塔尔|新加坡][项目|工地][招聘|招募][电工|焊工|钢筋工|司机|厨师]",
            "core": (
                "[我公司|本公司][持有|具有]对外劳务合作经营资格，[可在商务部|商务部网站]“对外劳务合作企业名录”[查询|中查到]",
                "[月薪|工资]{salary}，[包吃住|食宿由项目部提供]，[工作签证|劳务签证][和往返机票由雇主承担|、机票由雇主负责]",
                "[出国前|签证办理前]签订[正式合同|劳动合同]，[合同|工作期限][一年|两年]",
            ),
            "optional": (
                "[只收|仅收取][国家规定的|合规的]服务费，[不收|不收取]押金和保证金",
                "[需|须]持有[相关工种|特种作业]证书",
                "[年龄|要求]22-50岁，[身体健康|体检合格]",
                "[每天|每日]工作8小时，[加班|超时][按合同|按当地法律]付费",
                "[护照自己保管|证件本人保管]",
            ),
            "contact": ("[报名|咨询]：{email}", "[联系人|咨询]：{hr_name}"),
        },
    ),
    "th": (
        {
            # Subtle: no country, no figure, "have a passport and be ready".
            "subtype": "compound_cs",
            "label": 1,
            "title": "[งานต่างประเทศ|งานนอก|ไปทำงานต่างประเทศ] [รายได้ดี|เงินดี|รายได้หลักแสน] [ด่วน!|รับด่วน|รับจำนวนจำกัด]",
            "core": (
                "[ตำแหน่ง|งาน][แอดมิน|พนักงานตอบแชท|ฝ่ายการตลาดออนไลน์] [ทำงานในออฟฟิศ|งานออฟฟิศ ห้องแอร์] [ไม่ต้องตากแดด|สบายๆ]",
                "[รายได้|เงินเดือน][ดีมาก|สูง|หลักหมื่นถึงหลักแสน] [ขึ้นอยู่กับยอด|มีค่าคอมทุกเดือน] [รายละเอียดทักแชท|ทักมาคุยรายละเอียด]",
                "[ต้องมี|ขอแค่มี]พาสปอร์ต [และพร้อมเดินทาง|พร้อมบินได้เลย|ใครยังไม่มีรีบไปทำ]",
            ),
            "optional": (
                "[อายุ|รับอายุ] 18-35 ปี [ชาย-หญิง|ไม่จำกัดเพศ]",
                "[ไม่ต้องมีประสบการณ์|ไม่เคยทำก็สอนให้] [ขอแค่ขยัน|ขอคนตั้งใจ]",
                "[ที่พัก อาหาร|ที่พักพร้อมอาหาร] [บริษัทดูแลให้|ฟรี]",
                "[ตั๋วเครื่องบิน|ค่าเดินทาง]บริษัท[ออกให้ก่อน|สำรองจ่ายให้]",
                "[สถานที่ทำงาน|ประเทศที่ไป][บอกตอนสัมภาษณ์|แจ้งทางแชท]",
                "[ใครสนใจ|สนใจ]รีบทัก [เหลือไม่กี่ที่|ที่ว่างมีจำกัด] 🙏",
            ),
            "contact": (
                "[ทักแชท|ทักแชทเพจ|ทักข้อความ]มาได้เลยค่ะ",
                "[แอดไลน์|ไลน์] {handle}",
                "Telegram {handle}",
            ),
        },
        {
            "subtype": "compound_cs",
            "label": 1,
            "title": "[บริษัท|บริษัทต่างชาติ][รับสมัคร|เปิดรับ]พนักงาน[บริการลูกค้าภาษาไทย|ตอบแชทภาษาไทย|CS ภาษาไทย] [ประจำ|ทำงานที่][ดูไบ|มะนิลา|สีหนุวิลล์|พนมเปญ|ท่าขี้เหล็ก]",
            "core": (
                "[เงินเดือน|ฐานเงินเดือน] {salary} [+ค่าคอม|+โบนัสรายเดือน|ไม่รวมค่าคอม]",
                "[หน้าที่|ลักษณะงาน]: [ตอบแชทลูกค้าคนไทย|ดูแลลูกค้าผ่านแชท|ติดต่อลูกค้าทางออนไลน์] [ตามสคริปต์|ตามที่บริษัทกำหนด]",
                "[ฟรีตั๋วเครื่องบิน|บริษัทออกค่าตั๋วไป] [ที่พักฟรี|หอพักฟรี] [อาหาร 3 มื้อ|มีแม่ครัวคนไทย]",
            ),
            "optional": (
                "[สัญญา|ทำสัญญา] 6 เดือน[ - 1 ปี|] [ถ้าออกก่อนต้องจ่ายค่าปรับ|ออกก่อนสัญญาต้องชดใช้ค่าตั๋ว]",
                "[ใช้วีซ่าท่องเที่ยว|เข้าแบบนักท่องเที่ยว]ไปก่อน [ไปถึงค่อยเปลี่ยน|บริษัทจัดการต่อ]",
                "[ทำงาน|เวลางาน] {hours} ชม./วัน [หยุดเดือนละ 2 วัน|หยุด 4 วัน/เดือน]",
                "[รับ|ต้องการ] {n} อัตรา [บินได้ภายในสัปดาห์|เดินทางภายใน 7 วัน]",
                "[พิมพ์ไทยคล่อง|พิมพ์ไทยได้เร็ว] [มีพื้นฐานภาษาอังกฤษจะดีมาก|รู้ภาษาอังกฤษเบื้องต้น]",
            ),
            "contact": (
                "[สอบถาม|สมัคร] Telegram {handle}",
                "[แอดไลน์|ไลน์ไอดี] {handle}",
                "[ส่งชื่อ อายุ|ส่งชื่อ-เบอร์]มาทางไลน์ {handle}",
            ),
        },
        {
            "subtype": "compound_typist",
            "label": 1,
            "title": "[รับสมัคร|ด่วน!! รับสมัคร][พนักงานพิมพ์งาน|พนักงานพิมพ์ข้อความ|พนักงานคีย์ข้อมูล] [ทำงานต่างประเทศ|ประจำกัมพูชา|ประจำลาว|ประจำเมียนมา]",
            "core": (
                "[งาน|ลักษณะงาน]คือ[พิมพ์ข้อความ|ก๊อปวางข้อความ|พิมพ์ตามแบบที่บริษัทให้] [ในคอม|ในมือถือ] [ไม่ต้องโทร|ไม่ต้องคุยโทรศัพท์]",
                "[พิมพ์ไทยได้|พิมพ์ได้] [นาทีละ 30 คำ|เร็วพอสมควร|คล่องๆ] [ก็รับ|ก็สมัครได้]",
                "[เงินเดือน|รายได้] {salary} [จ่ายทุกสิ้นเดือน|จ่ายเป็น USDT|จ่ายเงินสด]",
            ),
            "optional": (
                "[ที่พัก|หอพัก]+[อาหาร|ข้าว]ฟรี [มีแอร์|มีไวไฟ]",
                "[เดินทางทางรถ|นั่งรถตู้ไป] [มีคนพาข้ามแดน|มีรถรับส่งถึงที่ทำงาน]",
                "[ไม่ต้องใช้วุฒิ|วุฒิอะไรก็ได้] [อายุ 18 ขึ้นไป|อายุไม่เกิน 35]",
                "[เก็บพาสปอร์ต|ฝากพาสปอร์ต]ไว้ที่บริษัท[เพื่อทำเอกสาร|ระหว่างทำงาน]",
                "[ทำงาน|เข้างาน] {hours} ชม. [มีเป้าทุกวัน|ต้องทำยอด]",
            ),
            "contact": ("[สนใจ|ทัก]ไลน์ {handle}", "[ติดต่อ|ทัก] Telegram {handle}"),
        },
        {
            "subtype": "compound_typist",
            "label": 1,
            "title": "[หางานพิมพ์งาน|งานพิมพ์เอกสาร|งานแอดมินพิมพ์แชท] [ได้เงินจริง|เงินเดือนสูง] [ไปกับเรา|บินฟรี]",
            "core": (
                "[ใครพิมพ์เร็วๆ|คนพิมพ์คล่อง] [ทางนี้เลย|มาทางนี้] [งานสบายนั่งห้องแอร์|นั่งพิมพ์ทั้งวัน]",
                "[ได้|เงินเดือน] {salary} [ต่อเดือน|/ด.] [ไม่หักค่าหัว|ไม่มีหักอะไร]",
                "[บริษัทอยู่|ออฟฟิศอยู่][ต่างประเทศ|แถวชายแดน|ฝั่งลาว|ฝั่งพม่า] [บริษัทจัดการเรื่องเดินทางให้หมด|เดินทางฟรี]",
            ),
            "optional": (
                "[ไม่ต้องมีประสบการณ์|ไม่เป็นสอนได้]",
                "[เดินทางได้|บินได้]เลยภายใน[ 3 วัน|สัปดาห์นี้]",
                "[รับแค่|เหลือ] {n} [ที่|คน]",
                "[ห้ามบอก|ไม่ต้องบอก]ใครว่าไปทำงาน [บอกแค่ว่าไปเที่ยว|ตอบแค่ว่าไปเที่ยว]",
                "[มีเพื่อนคนไทย|คนไทยอยู่]เยอะ [ไม่เหงา|อุ่นใจ]",
            ),
            "contact": ("[ทักแชท|ทักมา]เลย", "[ไลน์|แอดไลน์] {handle}"),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[บริษัทเว็บพนัน|คาสิโนออนไลน์|บริษัทเกมออนไลน์][รับสมัคร|เปิดรับ][แอดมิน|พนักงานฝากถอน|คอลเซ็นเตอร์|ฝ่ายการตลาด] [ประจำปอยเปต|ประจำบาเวต|ประจำสีหนุวิลล์|ประจำชายแดนกัมพูชา]",
            "core": (
                "[งาน|ลักษณะงาน]: [ดูแลยูสเซอร์|ตอบแชทลูกค้า|ทำรายการฝาก-ถอน] [ผ่านไลน์|ผ่านแชท] [บาคาร่า|สล็อต|คาสิโน]",
                "[เงินเดือน|ฐาน] {salary} [+ค่าคอม|+เบี้ยขยัน|+โบนัส]",
                "[ไม่ต้องมีประสบการณ์|ไม่เคยทำสอนงานให้] [พิมพ์คล่อง|ใช้คอมเป็น]",
            ),
            "optional": (
                "[ฟรีที่พัก|มีหอพัก] [อาหาร 3 มื้อ|ข้าวฟรี]",
                "[ข้ามด่าน|ข้ามไป]ทาง[คลองลึก|อรัญประเทศ] [มีคนพาไป|มีคนรับ]",
                "[ทำสัญญา|สัญญา] 1 ปี [ถ้าออกก่อนต้องเสียค่าปรับ|ลาออกก่อนต้องจ่ายคืนค่าเดินทาง]",
                "[ทำงาน|กะละ] {hours} ชั่วโมง [หยุดเดือนละ 2-4 วัน|หยุด 4 วัน/เดือน]",
                "[พนักงานคนไทย|คนไทย]เยอะ [หัวหน้าคนไทย|มีพี่ๆ คนไทยดูแล]",
            ),
            "contact": ("[ติดต่อ|สนใจ]ไลน์ {handle}", "Telegram {handle}"),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[หาคน|รับสมัคร][ยิงแอด|โปรโมทเว็บ|ทำการตลาดออนไลน์] [ให้เว็บตรง|เว็บคาสิโน|ค่ายเกม]",
            "core": (
                "[หน้าที่|งาน]: [ยิงแอดเฟส|ทักลูกค้าใหม่|หายูสใหม่] [ให้สมัครเว็บ|ให้สมัครสมาชิก] [และกระตุ้นให้ฝาก|แล้วชวนเติมเงิน]",
                "[รายได้|เงินเดือน] {salary} [บวกค่าคอมตามยอดฝาก|+ เปอร์เซ็นต์ยอดเสีย]",
                "[ประจำออฟฟิศ|ทำงานที่ออฟฟิศ][ต่างประเทศ|กัมพูชา|ลาว] [บริษัทออกค่าเดินทาง|ไป-กลับฟรี]",
            ),
            "optional": (
                "[มีประสบการณ์ยิงแอด|เคยทำเว็บ]พิจารณาพิเศษ",
                "[มีคอม|มีอุปกรณ์]ให้ [มีเฟส|มีบัญชี]ให้ใช้",
                "[ที่พัก|ห้องพัก]ฟรี [ใกล้ออฟฟิศ|ในตึก]",
                "[จ่ายเงินเดือน|เงินเดือนออก]ตรงเวลา [จ่ายเป็นบาท|โอนเข้าบัญชีไทย]",
            ),
            "contact": ("[ทักไลน์|ไลน์] {handle}", "[ทักเทเลแกรม|Telegram] {handle}"),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[รับสมัคร|เปิดรับ][ฝ่ายการตลาด|ทีมเซลล์|พนักงานแชท] [โปรเจกต์คริปโต|บริษัทเทรด|แพลตฟอร์มลงทุน] [ประจำต่างประเทศ|ประจำดูไบ|ประจำพนมเปญ]",
            "core": (
                "[งาน|หน้าที่]: [แชทคุยกับลูกค้าต่างชาติ|หาลูกค้าผ่านโซเชียล|คุยกับลูกค้าผ่านแอปหาคู่] [ตามสคริปต์|ตามบทที่บริษัทให้] [แล้วแนะนำให้ลงทุน|ชวนเข้าแพลตฟอร์มเทรด]",
                "[เงินเดือน|ฐานเงินเดือน] {salary} + [ค่าคอม 5-10%|คอมมิชชั่นจากยอดลงทุน]",
                "[บริษัทมี|มี][โปรไฟล์|แอคเคาท์|รูปภาพ]ให้ใช้ [ไม่ต้องใช้หน้าตัวเอง|ไม่ต้องโชว์ตัวตน]",
            ),
            "optional": (
                "[ภาษาอังกฤษ|ภาษาจีน|ภาษาญี่ปุ่น]ได้ [เงินเดือนเพิ่ม|รับพิเศษ]",
                "[ไม่ต้องมีความรู้|ไม่รู้เรื่องคริปโตก็ได้] [มีเทรนนิ่ง|สอนให้หมด]",
                "[ตั๋วเครื่องบิน|ตั๋ว]+[ที่พัก|คอนโด]ฟรี",
                "[มีเป้า|ต้องทำยอด]รายเดือน",
                "[ต้องมี|เตรียม]พาสปอร์ต[ไว้|ให้พร้อม]",
            ),
            "contact": ("[สนใจ|ติดต่อ] Telegram {handle}", "[ไลน์|แอดไลน์] {handle}"),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[งาน|หา]แอดมิน[เพจลงทุน|กลุ่มเทรด|ห้องสัญญาณเทรด] [เงินเดือน USDT|จ่ายเป็น USDT]",
            "core": (
                "[ดูแล|ตอบแชท][สมาชิก|ลูกค้า]ในกลุ่ม[เทรด|ลงทุน] [ชวนให้เปิดพอร์ต|ให้ฝากเงินเข้าระบบ]",
                "[รายได้|เงินเดือน] {salary} [+คอม|จ่ายเป็น USDT]",
                "[ทำงานที่|ออฟฟิศอยู่][ต่างประเทศ|ประเทศเพื่อนบ้าน] [บริษัทดูแลเรื่องเดินทาง|มีคนพาไป]",
            ),
            "optional": (
                "[ต้องการคน|รับคน]พิมพ์เก่ง [พูดเก่ง|คุยเก่ง]",
                "[ไม่ต้องมีประสบการณ์|ไม่เคยเทรดก็ได้]",
                "[เดินทางด่วน|บินภายในสัปดาห์นี้]",
                "[ที่พัก อาหาร|ที่พักและอาหาร]ฟรี",
            ),
            "contact": ("Telegram {handle}", "[ทักไลน์|ไลน์] {handle}"),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[งานกดไลค์ TikTok|งานกดหัวใจ|งานรีวิวโรงแรม] [ได้เงินจริง|จ่ายจริง] [วันละ|ได้วันละ] {daily}",
            "core": (
                "[กดไลค์|กดฟอลโลว์|ให้ดาว]แล้ว[แคปหน้าจอส่ง|ส่งแคป] [ได้|รับ] {per_task} [ต่อครั้ง|ต่องาน]",
                "[ภารกิจพิเศษ|งานพรีเมียม][ต้อง|ให้]โอน[ก่อน|ค่ามัดจำ] {deposit} [ได้คืน 130%|ได้คืนพร้อมกำไร|ครบรอบได้คืนทันที]",
            ),
            "optional": (
                "[ทำได้ที่บ้าน|ทำตอนว่าง] [ไม่ต้องลงทุน|ไม่มีค่าสมัคร]",
                "[เข้ากลุ่ม|ให้เข้ากลุ่ม]Telegram [เพื่อรับงาน|รับงานจากแอดมิน]",
                "[โอนเงิน|จ่ายเงิน]เข้า[พร้อมเพย์|บัญชี][ทันที|ภายใน 5 นาที]",
                "[แม่บ้าน|นักศึกษา|คนว่างงาน]ทำได้",
            ),
            "contact": ("[แอดไลน์|ทักไลน์] {handle}", "[ทัก|ติดต่อ] Telegram {handle}"),
        },
        {
            # Illegal route to Korea: pay the broker, enter as a tourist.
            "subtype": "agent_fee",
            "label": 1,
            "title": "[ไปทำงานเกาหลี|ไปเกาหลี|งานเกาหลี] [ไม่ต้องสอบ|ไม่ต้องสอบภาษา|ไม่ผ่านกรมแรงงาน] [เงินเดือน|รายได้] {salary}",
            "core": (
                "[ค่าดำเนินการ|ค่าใช้จ่าย|ค่าหัวคิว][ทั้งหมด|รวม] [35,000|50,000|80,000] บาท [จ่ายก่อนครึ่งหนึ่ง|มัดจำก่อน 10,000]",
                "[เข้าแบบ|ใช้]วีซ่าท่องเที่ยว (K-ETA) [ไปถึงมีงานรอ|ถึงแล้วมีนายจ้างรับ]",
                "[งานโรงงาน|งานเกษตร|งานนวด|งานก่อสร้าง] [ไม่ต้องมีประสบการณ์|ไม่ต้องใช้ภาษา]",
            ),
            "optional": (
                "[ถ้าไม่ผ่าน ตม.|ถ้าโดนตีกลับ] [คืนเงินครึ่งหนึ่ง|มีประกันคืนเงิน]",
                "[ส่งไปแล้ว|พาไปแล้ว][หลายร้อยคน|หลายรุ่น] [มีรีวิว|มีคนยืนยัน]",
                "[ตอนผ่าน ตม.|ที่ด่าน] [ให้บอกว่า|ตอบว่า]ไปเที่ยว [เตรียมตั๋วไปกลับไว้|มีโรงแรมจองไว้ให้]",
                "[ไม่ต้องผ่าน|ไม่ต้องไป]กรมการจัดหางาน [เร็วกว่า|ไม่ต้องรอคิว]",
                "[ผ่อนได้|แบ่งจ่ายได้] [หักจากเงินเดือน|จ่ายทีหลังได้]",
            ),
            "contact": ("[ทักไลน์|ไลน์] {handle}", "[โทร|สอบถาม] {wa}"),
        },
        {
            "subtype": "agent_fee",
            "label": 1,
            "title": "[หาคนไปทำงาน|พาไปทำงาน][กัมพูชา|ปอยเปต|ดูไบ|ต่างประเทศ] [รายได้ดี|เงินเดือนสูง] [จ่ายค่าเอกสารนิดเดียว|มีค่าดำเนินการ]",
            "core": (
                "[มีค่าเอกสาร|ค่าทำวีซ่า|ค่าประกันงาน] [5,000|8,000|12,000] บาท [จ่ายก่อนเดินทาง|โอนก่อนบิน][ ได้คืนเมื่อทำงานครบ 3 เดือน|]",
                "[เงินเดือน|รายได้] {salary} [งานออฟฟิศ|งานแอดมิน|งานตอบแชท]",
                "[ไม่ต้องผ่านบริษัทจัดหางาน|ไม่ต้องไปกรมแรงงาน] [เราจัดการให้หมด|พี่พาไปเอง]",
            ),
            "optional": (
                "[ไม่มีพาสปอร์ต|พาสปอร์ตยังไม่มี]ก็[ไปได้|มีวิธี] [ใช้บัตรผ่านแดน|ข้ามทางช่องทางธรรมชาติ]",
                "[แนะนำเพื่อน|ชวนเพื่อนไป]ได้[ค่าแนะนำ|ค่าคอม] [2,000|3,000] บาท",
                "[ต้องรีบ|ด่วน] [รถออกวันเสาร์|ออกเดินทางพรุ่งนี้]",
                "[จ่ายแล้ว|โอนแล้ว]ไม่คืน[ทุกกรณี|]",
            ),
            "contact": ("[ทักไลน์|แอดไลน์] {handle}", "[โทร|เบอร์] {wa}"),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[บริษัท|บจก.] {org} [รับสมัคร|เปิดรับสมัคร]พนักงาน[คอลเซ็นเตอร์|Call Center|Telesales] [หลายอัตรา|{n} อัตรา] [ประจำ|สาขา][สีลม|พระราม 9|บางนา|แจ้งวัฒนะ|ขอนแก่น]",
            "core": (
                "[ฐานเงินเดือน|เงินเดือน] {salary} + [ค่าคอม|Incentive|เบี้ยขยัน][ ตามผลงาน|]",
                "[ไม่มีประสบการณ์ก็สมัครได้|รับนักศึกษาจบใหม่] [มีเทรนนิ่งก่อนเริ่มงาน|อบรม 2 สัปดาห์มีค่าจ้าง]",
                "[สวัสดิการ|มี]ประกันสังคม [ประกันสุขภาพกลุ่ม|โบนัสประจำปี] [วันหยุดตามกฎหมาย|ลาพักร้อน]",
            ),
            "optional": (
                "[ทำงาน|เวลาทำงาน] [จันทร์-ศุกร์|5 วัน/สัปดาห์] [08.30-17.30 น.|09.00-18.00 น.]",
                "[ติดรถไฟฟ้า|ใกล้ BTS|ใกล้ MRT] [เดินทางสะดวก|]",
                "[วุฒิ ม.6 ขึ้นไป|วุฒิ ปวส./ป.ตรี] [สื่อสารดี|พูดจาสุภาพ]",
                "[สัมภาษณ์ที่บริษัท|Walk-in สัมภาษณ์] [ทุกวันอังคาร|ทุกวันพุธ] [ไม่มีค่าใช้จ่าย|ไม่เก็บเงินผู้สมัคร]",
                "[ทำสัญญาจ้าง|มีสัญญาจ้างงาน]ชัดเจน",
            ),
            "contact": (
                "[ส่งเรซูเม่|ส่ง Resume] {email}",
                "[โทร|ติดต่อ HR] {wa}",
                "[แอดไลน์|ไลน์ HR] {handle}",
            ),
        },
        {
            # A Thai employer's branch in Laos/Cambodia at ordinary expat pay.
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[บริษัทไทย|บริษัทสาขา][ใน|ที่][เวียงจันทน์|พนมเปญ|ปากเซ|เสียมราฐ] [รับสมัคร|เปิดรับ][ผู้จัดการร้าน|เจ้าหน้าที่บัญชี|ล่ามไทย-ลาว|ช่างเทคนิค|พนักงานขาย]",
            "core": (
                "[เงินเดือน|ค่าจ้าง] {salary} [+ เบี้ยเลี้ยงต่างประเทศ|+ ค่าที่พัก|ตามประสบการณ์]",
                "[บริษัททำ|บริษัทดำเนินการ][ใบอนุญาตทำงาน|วีซ่าทำงานและเวิร์คเพอร์มิต]ให้ถูกต้อง [ค่าใช้จ่ายบริษัทออก|ไม่มีค่าใช้จ่าย]",
                "[สัมภาษณ์ที่|สัมภาษณ์ได้ที่]สำนักงานใหญ่[กรุงเทพฯ|ในไทย] [หรือทางวิดีโอคอล|หรือทาง Zoom]",
            ),
            "optional": (
                "[มีที่พัก|บริษัทจัดที่พักให้] [กลับไทย|ลากลับบ้าน]ได้[ทุก 3 เดือน|ปีละ 2 ครั้ง]",
                "[พาสปอร์ต|หนังสือเดินทาง]พนักงานเก็บเอง",
                "[ทำสัญญาจ้าง|เซ็นสัญญา]ก่อนเดินทาง [ระบุเงินเดือนและวันหยุด|ระบุชัดเจน]",
                "[วุฒิ ป.ตรี|ปวส. ขึ้นไป] [มีประสบการณ์ 1-2 ปี|ยินดีรับจบใหม่]",
                "[บริษัทจดทะเบียน|จดทะเบียน]ในไทย [ตรวจสอบได้|เช็กได้ที่กรมพัฒนาธุรกิจการค้า]",
            ),
            "contact": ("[ส่งประวัติ|สมัคร]ทาง {email}", "[ติดต่อ|โทร] {wa}"),
        },
        {
            # Border towns named in scam lures, but a job on the Thai side.
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[โรงแรม|ร้านอาหาร|ห้างค้าส่ง|บริษัทขนส่ง][ใน|ที่][อรัญประเทศ|แม่สอด|เชียงแสน|หนองคาย|มุกดาหาร] [รับสมัคร|ต้องการ][พนักงานขาย|แคชเชียร์|แอดมินเพจ|พนักงานต้อนรับ|ล่ามกัมพูชา|ล่ามพม่า]",
            "core": (
                "[เงินเดือน|ค่าจ้าง] {salary} [มีประกันสังคม|+ ประกันสังคม]",
                "[ทำงานที่|สถานที่ทำงาน][ร้าน|สาขา][ในตัวอำเภอ|ฝั่งไทย|ใกล้ด่าน] [ไม่ต้องเดินทางข้ามแดน|ไม่ได้ไปต่างประเทศ]",
                "[สมัครด้วยตนเอง|เดินมาสมัคร]ที่[ร้าน|สำนักงาน] [พร้อมสำเนาบัตรประชาชน|นำบัตรประชาชนมาด้วย]",
            ),
            "optional": (
                "[พูดเขมรได้|พูดพม่าได้|พูดลาวได้] [พิจารณาพิเศษ|เพิ่มค่าภาษา]",
                "[มีที่พัก|มีห้องพักพนักงาน] [ข้าวฟรี 1 มื้อ|มีอาหารกลางวัน]",
                "[ไม่มีประสบการณ์|จบใหม่]ก็[สมัครได้|สอนงานให้]",
                "[หยุด|วันหยุด] [4 วัน/เดือน|สัปดาห์ละ 1 วัน]",
                "[ไม่เก็บค่าสมัคร|ไม่มีค่าใช้จ่ายในการสมัคร]",
            ),
            "contact": ("[โทร|ติดต่อ] {wa}", "[ไลน์ร้าน|แอดไลน์ร้าน] {handle}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[แชร์ด่วน!|อุทาหรณ์|เตือนภัย] [ลูกสาว|น้องชาย|เพื่อน|ญาติ]ไปทำงาน[แอดมิน|พิมพ์งาน]ที่[เมียวดี|ปอยเปต|ชายแดน] [ติดต่อไม่ได้|ถูกขังในตึก|ถูกเรียกค่าไถ่]",
            "core": (
                "[เขา|น้อง]เห็น[โพสต์|ประกาศ]ในเฟสว่า[เงินเดือน 3 หมื่น|เงินเดือน 5 หมื่น|งานสบาย เงินดี] [มีคนพาไปแม่สอด|มีรถมารับถึงบ้าน] [แล้วพาข้ามแม่น้ำเมย|แล้วพาข้ามไปฝั่งพม่า]",
                "[ไปถึง|ถึงแล้ว]ถูก[ยึดพาสปอร์ต|ยึดโทรศัพท์] [ต้องหลอกคนไทย|บังคับให้หลอกคนไทย]ทางออนไลน์ [ถ้าไม่ได้ยอด|ทำยอดไม่ถึง]ถูก[ทำร้าย|ช็อตไฟฟ้า|ปรับเงิน]",
                "[ทางบริษัท|นายหน้า][เรียกเงิน|เรียกค่าไถ่] [2 แสน|3 แสน|1.5 แสน]บาท[ถึงจะปล่อยตัว|แลกกับการปล่อยกลับ]",
            ),
            "optional": (
                "[ใครเห็น|ถ้าเห็น]งาน[ไม่ต้องมีประสบการณ์ เงินเดือนสูง|บินฟรี ที่พักฟรี]ให้[คิดให้ดี|ระวังไว้ก่อน]",
                "[ตรวจสอบ|เช็ก]บริษัทจัดหางานได้ที่[กรมการจัดหางาน|สายด่วน 1694]",
                "[หากมีคนในครอบครัว|หากคนใกล้ตัว]ติดอยู่ [แจ้ง|ติดต่อ][สถานทูตไทย|ศูนย์ดำรงธรรม|สายด่วน 1300]",
                "[ขอให้|ช่วยกัน]แชร์ให้[ถึงเด็กๆ|ถึงคนที่กำลังหางาน]",
            ),
            "contact": (
                "[ขอบคุณข้อมูลจาก|ที่มา] [ครอบครัวผู้เสียหาย|มูลนิธิช่วยเหลือผู้เสียหาย|เพจข่าวท้องถิ่น]",
                "[ฝากแชร์|แชร์]เพื่อเตือน[คนอื่น|ลูกหลาน]",
            ),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[บริษัท|บจก.] {org} [รับสมัคร|เปิดรับ]พนักงานคีย์ข้อมูล [Work from Home|ทำงานที่บ้าน|แบบ Hybrid] [สัญญาจ้าง 6 เดือน|พาร์ทไทม์|]",
            "core": (
                "[งาน|หน้าที่]: [คีย์ข้อมูลสินค้า|บันทึกข้อมูลลูกค้า|ตรวจสอบเอกสาร]ลง[ระบบของบริษัท|Excel|Google Sheet] [ตามคู่มือ|มี QC ตรวจ]",
                "[ค่าจ้าง|รายได้] {salary} [ต่อเดือน|/เดือน] [หักภาษี ณ ที่จ่าย 3%|มีสัญญาจ้าง]",
                "[สัมภาษณ์|เซ็นสัญญา]ที่[สำนักงาน|ออฟฟิศ][ลาดพร้าว|อโศก|นนทบุรี|เชียงใหม่] [หรือทาง Zoom|ก่อนเริ่มงาน]",
            ),
            "optional": (
                "[ไม่มีค่าสมัคร|ไม่ต้องจ่ายเงินก่อน] [ไม่ต้องซื้อคอร์ส|ไม่มีค่ามัดจำอุปกรณ์]",
                "[ต้องมี|มี]คอมพิวเตอร์และอินเทอร์เน็ต[ที่เสถียร|]",
                "[ทดสอบ|มีแบบทดสอบ]พิมพ์[ก่อน|ตอนสัมภาษณ์]",
                "[ทำงาน|เวลางาน] [วันละ 4-8 ชม.|จันทร์-ศุกร์]",
                "[จ่ายเงิน|โอนเงินเดือน]ทุกวันที่ [25|30|5][ เข้าบัญชีชื่อตัวเอง|]",
            ),
            "contact": ("[ส่งประวัติ|ส่ง CV] {email}", "[สอบถาม|โทร] {wa}"),
        },
        {
            # Casual, but says outright that it never takes money.
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[รับสมัคร|หา]คน[พิมพ์งาน|คีย์ข้อมูล|ถอดเทปเสียง] [ทำที่บ้าน|ออนไลน์] [งานจริง ไม่มีค่าสมัคร|ไม่ต้องโอนเงินก่อน]",
            "core": (
                "[ร้าน|บริษัท|สำนักงานบัญชี]เรา[หาคน|ต้องการคน]ช่วย[คีย์ใบเสร็จ|คีย์ข้อมูลสต็อก|ถอดเทปสัมภาษณ์] [ประมาณ 2 เดือน|งานต่อเนื่อง]",
                "[ค่าจ้าง|จ่าย] {salary} [ตามชิ้นงาน|เหมาต่อเดือน][ จ่ายทุกสิ้นเดือน|]",
                "[เราไม่เก็บเงิน|ไม่มีการเก็บเงิน]ผู้สมัคร[ทุกกรณี|ไม่ว่ากรณีใด] [ใครเรียกเก็บเงินไม่ใช่เรา|ถ้ามีใครขอให้โอนเงินคือมิจฉาชีพ]",
            ),
            "optional": (
                "[ทดลองงาน|ให้ลองทำ] [1 ไฟล์|ชิ้นแรก]ก่อน [จ่ายเงินปกติ|ได้เงินจริง]",
                "[มีสัญญาจ้าง|ทำสัญญาจ้างงาน][ มีใบหัก ณ ที่จ่าย|]",
                "[รับคนในจังหวัด|สะดวกมารับเอกสารที่ร้าน]จะดีมาก",
                "[ต้องพิมพ์ไทยถูกต้อง|ต้องละเอียด][ ไม่ต้องเร็วมาก|]",
            ),
            "contact": (
                "[ทักแชทเพจ|ทักเพจ]ได้เลย",
                "[อีเมล|ส่งประวัติ] {email}",
                "[โทร|เบอร์ร้าน] {wa}",
            ),
        },
        {
            "subtype": "gov_placement",
            "label": 0,
            "title": "[กรมการจัดหางาน|กกจ.][รับสมัคร|เปิดรับสมัคร]คนหางาน[ไปทำงานภาคเกษตรอิสราเอล (TIC)|ไปฝึกงานญี่ปุ่นกับ IM Japan|ไปทำงานญี่ปุ่น ระบบ IM Japan] [รุ่นใหม่|ประจำปี]",
            "core": (
                "[สมัคร|ยื่นใบสมัคร][ได้ที่|ผ่าน][สำนักงานจัดหางานจังหวัด|ระบบออนไลน์ของกรมการจัดหางาน][ เท่านั้น|]",
                "[ค่าจ้าง|รายได้]ตามกฎหมายของประเทศปลายทาง [ประมาณ|ราว] {salary} [ต่อเดือน|/เดือน]",
                "[ไม่ต้องจ่าย|ไม่มี]ค่าหัวคิว [ค่าใช้จ่ายมีเฉพาะ|จ่ายเฉพาะ][ค่าตรวจโรค ค่าหนังสือเดินทาง|ค่าใช้จ่ายตามที่ประกาศ]",
            ),
            "optional": (
                "[มีการ|ต้องผ่าน][สอบคัดเลือก|สอบทักษะ]และ[ตรวจสุขภาพ|อบรมก่อนเดินทาง]",
                "[ทำสัญญาจ้าง|เซ็นสัญญา]ก่อนเดินทาง[ทุกคน|]",
                "[ระวัง|อย่าเชื่อ]สายนายหน้าที่อ้างว่า[ฝากเข้าได้|จ่ายแล้วได้ไปแน่นอน]",
                "[อายุ|คุณสมบัติ] 20-[39|40] ปี [สุขภาพแข็งแรง|ไม่มีประวัติอาชญากรรม]",
                "[ประกาศผล|ผลการคัดเลือก]ทาง[เว็บไซต์กรมการจัดหางาน|เว็บไซต์ทางการ]",
            ),
            "contact": (
                "[สอบถาม|ติดต่อ]สายด่วน 1694",
                "[สอบถาม|ติดต่อ]สำนักงานจัดหางานจังหวัด[ใกล้บ้าน|ทุกแห่ง]",
            ),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[บริษัท|บจก.] {org} จัดหางาน จำกัด [รับสมัคร|เปิดรับ]คนงาน[ไปไต้หวัน|ไปทำงานโรงงานไต้หวัน|ไปญี่ปุ่น|ไปอิสราเอล]",
            "core": (
                "[ได้รับอนุญาต|ได้รับใบอนุญาต]จัดหางานจากกรมการจัดหางาน [ใบอนุญาตเลขที่|เลขที่] [น.1234/2556|น.0856/2561|น.2047/2563]",
                "[เงินเดือน|ค่าจ้าง] {salary} [+ โอที|ไม่รวมค่าล่วงเวลา] [ตามสัญญาจ้าง|ตามกฎหมายแรงงานประเทศปลายทาง]",
                "[ค่าบริการ|ค่าใช้จ่าย][เก็บไม่เกินที่กฎหมายกำหนด|ตามอัตราที่กรมการจัดหางานประกาศ] [มีใบเสร็จ|ออกใบเสร็จทุกรายการ]",
            ),
            "optional": (
                "[ทำสัญญา|เซ็นสัญญาจ้าง]ที่[กรมการจัดหางาน|สำนักงานจัดหางาน]ก่อนเดินทาง",
                "[ใช้วีซ่าทำงาน|เดินทางด้วยวีซ่าทำงาน]เท่านั้น [มีการอบรมก่อนเดินทาง|ต้องผ่านการอบรมก่อนไป]",
                "[ไม่มีประสบการณ์|ไม่เคยทำโรงงาน]ก็สมัครได้ [มีทดสอบฝีมือ|ทดสอบก่อนคัดเลือก]",
                "[มีหอพัก|นายจ้างจัดหอพักให้] [ค่าอาหาร|ค่าหอ]ตามสัญญา",
                "[ตรวจสอบ|เช็ก]รายชื่อบริษัทที่ได้รับอนุญาตได้ที่เว็บไซต์กรมการจัดหางาน",
            ),
            "contact": (
                "[สำนักงาน|ติดต่อ] {wa}",
                "[อีเมล|ส่งประวัติ] {email}",
                "[ไลน์บริษัท|Line OA] {handle}",
            ),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[งานไต้หวัน|งานญี่ปุ่น|งานอิสราเอล] [ถูกกฎหมาย|ผ่านกรมการจัดหางาน] [เปิดรับรอบใหม่|รับสมัครรุ่นใหม่]",
            "core": (
                "[บริษัทจัดหางาน|เรา]ได้รับอนุญาตถูกต้อง [มีเลขใบอนุญาต|เลขใบอนุญาตแสดงหน้าสำนักงาน] [ไม่ใช่สาย|ไม่ใช่นายหน้าเถื่อน]",
                "[เงินเดือน|รายได้] {salary} [ตามสัญญา|ทำ OT ได้เพิ่ม]",
                "[สัมภาษณ์|คัดเลือก]กับนายจ้าง[ผ่านวิดีโอ|ที่สำนักงาน] [ก่อนเซ็นสัญญา|แล้วจึงทำสัญญา]",
            ),
            "optional": (
                "[เก็บค่าบริการ|ค่าบริการ]ตามกฎหมาย [ไม่เก็บเงินก่อนได้งาน|ยังไม่ต้องจ่ายจนกว่าจะผ่านคัดเลือก]",
                "[ไม่มีประสบการณ์|ไม่เคยไปต่างประเทศ]ก็[สมัครได้|ไปได้][ มีอบรมให้|]",
                "[มีหอพัก|หอพักนายจ้าง][ ใกล้โรงงาน|]",
                "[อายุ|รับอายุ] 20-[38|40|45] ปี",
            ),
            "contact": ("[ทักแชท|ทักไลน์] {handle}", "[โทร|สอบถาม] {wa}"),
        },
    ),
    "vi": (
        {
            # Casual Facebook-group / Zalo post, chat abbreviations included.
            "subtype": "compound_cs",
            "label": 1,
            "title": "[Tuyển gấp|Cần gấp|Tuyển] [các bạn|bạn|nv] [làm|lam] [CSKH|trực page|sale online|chăm sóc khách] [bên Cam|bên Campuchia|ở Bavet|ở Sihanoukville|ở Phnom Penh]",
            "core": (
                "[Lương|Lg] {salary}[, bao ăn ở|, bao ăn bao ở|, ăn ở free]",
                "[Không|Ko] cần [kinh nghiệm|kn|bằng cấp], [biết|bít] [đánh máy|dùng điện thoại|dùng máy tính] là [được|đc]",
                "[Công ty|Cty] [lo hết|lo toàn bộ] [giấy tờ|hộ chiếu, vé xe|chi phí đi lại], [qua cửa khẩu|đi đường bộ qua Mộc Bài|đi xe qua cửa khẩu] [có người đón|có người dẫn]",
            ),
            "optional": (
                "[Ưu tiên|Tuyển] [nam nữ|nữ] [18-30 tuổi|từ 18 đến 35 tuổi]",
                "[Làm|Làm việc] {hours}[ tiếng/ngày|h/ngày], [nghỉ 2-4 ngày/tháng|tháng nghỉ 4 ngày]",
                "[Chỉ cần|Cần] [mang|chuẩn bị] CCCD[ và hộ chiếu|, chưa có hộ chiếu cty làm cho|]",
                "[Hợp đồng|HĐ] 6 tháng - 1 năm, [về sớm|nghỉ ngang] [đền|bồi thường] [tiền vé|chi phí]",
                "[Bạn nào|Ai] [cần việc|muốn kiếm tiền] thì [ib|inbox|nhắn] [gấp|liền], [đi trong tuần|xuất phát ngay]",
                "[Luong cao, viec nhe, an o mien phi|Lương cao, việc nhẹ, ăn ở miễn phí]",
            ),
            "contact": (
                "[Ib|Inbox|Nhắn tin] [mình|em] qua Zalo {wa}",
                "[Liên hệ|LH] Telegram {handle}",
                "[Ib|Inbox] [page|trang] [để biết thêm|để được tư vấn]",
            ),
        },
        {
            # Subtle: "abroad", a passport, leave soon; the place is told in private.
            "subtype": "compound_cs",
            "label": 1,
            "title": "[Tuyển dụng|TUYỂN DỤNG] [nhân viên|NV] [văn phòng|hỗ trợ khách hàng|marketing online] [làm việc ở nước ngoài|làm việc nước ngoài|môi trường quốc tế]",
            "core": (
                "[Thu nhập|Lương] [hấp dẫn|cao|từ vài chục triệu], [thưởng theo doanh số|có hoa hồng|trả lương đúng hạn]",
                "[Yêu cầu|Cần]: [có hộ chiếu|đã có hộ chiếu hoặc làm ngay được], [sẵn sàng|có thể] [xuất cảnh|đi nước ngoài] [ngay|trong tuần|sớm]",
                "[Không cần|Không yêu cầu] [kinh nghiệm|bằng cấp], [được đào tạo|có người hướng dẫn] [từ đầu|tận tình]",
            ),
            "optional": (
                "[Địa điểm làm việc|Nơi làm việc] [sẽ trao đổi khi phỏng vấn|báo khi inbox|trao đổi riêng]",
                "[Bao|Miễn phí] [vé máy bay|chi phí đi lại], [ăn ở|chỗ ở] [công ty lo|miễn phí]",
                "[Môi trường|Làm việc trong] [văn phòng máy lạnh|trẻ trung năng động]",
                "[Số lượng|Chỉ tuyển] [có hạn|{n} bạn], [ưu tiên|ai] [đi được ngay|nhắn trước]",
                "[Không|Chưa] [thu phí|mất phí] [gì cả|đồng nào], [lên đường|bay] [là có việc|là làm luôn]",
            ),
            "contact": (
                "[Inbox|Nhắn tin] [trực tiếp|riêng] để [biết thêm chi tiết|được tư vấn]",
                "Telegram {handle}",
                "[Zalo|Liên hệ] {wa}",
            ),
        },
        {
            # Fly to Bangkok, car to the "company": the Myanmar/Laos route.
            "subtype": "compound_cs",
            "label": 1,
            "title": "[Tuyển|Tuyển gấp] [nhân viên|NV] [chat|tư vấn|chăm sóc khách hàng] [tiếng Việt|tiếng Anh|tiếng Trung] [làm tại|đi] [Dubai|Thái Lan|Myanmar|Lào|Philippines]",
            "core": (
                "[Lương|Lương cứng] {salary}, [chưa bao gồm|cộng] [thưởng|hoa hồng] [KPI|doanh số]",
                "[Bay|Đi] [từ Tân Sơn Nhất|từ Nội Bài] [sang|qua] [Bangkok|Thái Lan], [có xe đón|xe công ty đón] [về|đưa tới] [công ty|nơi làm việc]",
                "[Công việc|Việc]: [nhắn tin|chat] với khách [qua Facebook|qua app|qua mạng] theo [kịch bản|mẫu|kịch bản có sẵn]",
            ),
            "optional": (
                "[Vé máy bay|Vé] [công ty chịu|công ty trả trước], [trừ dần vào lương|làm đủ 6 tháng được hoàn]",
                "[Hộ chiếu|Passport] [nộp cho|gửi] [công ty giữ|công ty quản lý] [để làm visa|khi tới nơi]",
                "[Nói với|Khi qua] hải quan là [đi du lịch|đi chơi vài ngày]",
                "[Ở|Chỗ ở] [ký túc xá|khu công ty], [có siêu thị|có căng tin] [bên trong|trong khu]",
                "[Làm|Ca] {hours}[ tiếng|h], [có chỉ tiêu|chạy KPI] [hàng ngày|mỗi ngày]",
            ),
            "contact": ("Telegram {handle}", "[Zalo|Nhắn Zalo] {wa}"),
        },
        {
            "subtype": "compound_typist",
            "label": 1,
            "title": "[Tuyển|Tuyển gấp] {n} [nhân viên|bạn] [đánh máy|nhập liệu|gõ văn bản] [làm việc tại|ở] [Campuchia|Bavet|Phnom Penh|Lào|nước ngoài]",
            "core": (
                "[Công việc|Việc làm]: [đánh máy|gõ] [theo mẫu|theo kịch bản có sẵn|tin nhắn theo mẫu], [không cần|không phải] [gọi điện|nói chuyện]",
                "[Yêu cầu|Chỉ cần] [gõ|đánh máy] [30|40|50] [từ/phút|chữ/phút], [biết|sử dụng được] [máy tính|điện thoại]",
                "[Lương|Thu nhập] {salary}/tháng, [bao ăn ở|ăn ở miễn phí]",
            ),
            "optional": (
                "[Không|Ko] [yêu cầu|cần] [bằng cấp|kinh nghiệm]",
                "[Phỏng vấn|PV] [online|qua Zalo], [đậu|đạt] là [bay|xuất phát] [luôn|ngay]",
                "[Công ty|Cty] [bao|lo] [vé máy bay|vé xe] và [visa|giấy tờ]",
                "[Giữ|Nộp] [hộ chiếu|passport] [cho công ty|tại công ty] [trong thời gian làm việc|để làm thủ tục]",
                "[Làm việc|Làm] {hours} tiếng/ngày",
            ),
            "contact": ("[Liên hệ|Nhắn] Zalo {wa}", "[Telegram|Tele] {handle}"),
        },
        {
            # Typed in a hurry, partly without diacritics.
            "subtype": "compound_typist",
            "label": 1,
            "title": "[Cần tuyển|Tuyển gấp|Can tuyen gap] [nv đánh máy|nhân viên gõ phím|nv nhập liệu] [đi Cam|bên Cam|nước ngoài]",
            "core": (
                "[Lương|Luong] {salary}, [bao ăn ở|bao an o]",
                "[Chỉ cần|Chi can] [biết đánh máy|biet danh may], [không cần kinh nghiệm|ko can kn|không cần bằng cấp]",
                "[Cty lo|Công ty lo] [hết|het] [chi phí đi lại|chi phi di lai|vé xe và giấy tờ]",
            ),
            "optional": (
                "[Đi|Di] [liền|lien] [trong tuần|trong tuan]",
                "[Cần|Can] [hộ chiếu|ho chieu], [chưa có|chua co] [thì cty làm|thi cty lam]",
                "[Làm|Lam] {hours}h/ngày",
                "[Ai cần việc|Bạn nào cần việc] [ib|inbox] [mình|minh]",
            ),
            "contact": ("[Zalo|Zl] {wa}", "[Tele|Telegram] {handle}"),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[Tuyển|Cần tuyển] [nhân viên|NV] [marketing|chạy ads|kéo khách] [cho nhà cái|cho web game|cho sòng bài online] [lương cao|thu nhập khủng]",
            "core": (
                "[Công việc|Nhiệm vụ]: [chạy quảng cáo|nhắn tin] [kéo|mời] [người chơi|khách] [đăng ký|nạp tiền] [tài khoản|vào game]",
                "[Lương cứng|Lương] {salary} + [% hoa hồng|hoa hồng theo doanh thu|thưởng nóng]",
                "[Làm việc|Làm] tại [văn phòng|công ty] [ở|bên] [Campuchia|Philippines|Bavet|Sihanoukville]",
            ),
            "optional": (
                "[Có kinh nghiệm|Từng làm] [ads|nhà cái] [là lợi thế|được ưu tiên]",
                "[Bao|Lo] [ăn ở|chỗ ở], [vé xe|vé máy bay] [công ty chịu|free]",
                "[Nghỉ|Off] [2|4] ngày/tháng, [làm|ca] {hours} tiếng",
                "[Giữ|Quản lý] [hộ chiếu|giấy tờ] [tại công ty|bởi công ty]",
                "[Hợp đồng|HĐ] [1 năm|12 tháng], [bỏ ngang|về trước] [phải đền|mất cọc]",
            ),
            "contact": ("[Tele|Telegram] {handle}", "[Zalo|LH] {wa}"),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[Tuyển|Tuyển dụng] [nhân viên|NV] [tư vấn đầu tư|chăm sóc nhà đầu tư|sale tiền ảo|telesale crypto] [làm việc tại|ở] [nước ngoài|Campuchia|Dubai|Myanmar]",
            "core": (
                "[Công việc|Mô tả]: [kết bạn|làm quen] với [khách nước ngoài|khách hàng] [qua mạng xã hội|trên Facebook, Instagram], [tạo dựng niềm tin|trò chuyện theo kịch bản] [rồi|sau đó] [mời|hướng dẫn] [đầu tư|nạp tiền] [vào sàn|lên sàn]",
                "[Lương|Lương cơ bản] {salary} + [hoa hồng|% doanh số] [cao|hấp dẫn]",
                "[Công ty|Cty] [cung cấp|phát] [điện thoại|tài khoản|hình ảnh nhân vật] [để làm việc|có sẵn]",
            ),
            "optional": (
                "[Biết|Giỏi] [tiếng Anh|tiếng Trung|tiếng Nhật] [là lợi thế|lương cao hơn]",
                "[Không cần|Ko cần] [hiểu|biết] về [crypto|tiền ảo], [được đào tạo|có training]",
                "[Bao|Bao trọn] [vé máy bay|vé bay] và [ăn ở|chỗ ở]",
                "[Có|Chạy] KPI [tháng|hàng tháng]",
                "[Xuất cảnh|Bay] [trong tuần|sớm], [cần có|phải có] hộ chiếu",
            ),
            "contact": ("[Telegram|Tele] {handle}", "[Zalo|Liên hệ] {wa}"),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[Việc làm|Job] [online marketing|MMO|trade coin] [lương USDT|trả lương bằng USDT] [cho bạn trẻ|cho các bạn năng động]",
            "core": (
                "[Làm|Làm việc] [trong team|cùng team] [dự án|sàn] [coin|crypto] [quốc tế|nước ngoài], [nhắn tin|tư vấn] [cho|với] khách [theo kịch bản|có sẵn mẫu]",
                "[Thu nhập|Lương] {salary}[ trả bằng USDT|, thanh toán USDT] [hàng tháng|mỗi tháng]",
                "[Phải|Cần] [đi|sang] [làm tại văn phòng|làm tập trung] [ở nước ngoài|bên ngoài], [công ty lo|được lo] [vé|đi lại]",
            ),
            "optional": (
                "[Không|Ko] [cần|yêu cầu] [kinh nghiệm|vốn]",
                "[Ăn ở|Ở] [free|miễn phí] [trong khu|tại công ty]",
                "[Đi|Xuất cảnh] [gấp|ngay]",
                "[Thưởng|Bonus] [theo|khi] [đạt KPI|ra đơn]",
            ),
            "contact": ("[Telegram|Tele] {handle}", "[Inbox|Ib] [mình|page]"),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[Việc làm thêm|Kiếm tiền online|Job part-time] [tại nhà|trên điện thoại] [cho mẹ bỉm|cho sinh viên|cho mọi người], [thu nhập|kiếm] {daily}/ngày",
            "core": (
                "[Đặt đơn|Chốt đơn|Like video] [hộ shop|trên Shopee|trên TikTok] [nhận|được] {per_task} [mỗi đơn|một lượt]",
                "[Đơn|Nhiệm vụ] [lớn|giá trị cao] [cần|phải] [ứng trước|thanh toán trước] {deposit}, [hoàn tiền|hoàn vốn] [kèm hoa hồng|+ hoa hồng] [sau 5 phút|ngay sau khi xong]",
            ),
            "optional": (
                "[Không|Ko] [mất phí|cần vốn] [tham gia|ban đầu]",
                "[Làm|Làm việc] [mọi lúc mọi nơi|lúc rảnh], [chỉ cần|có] điện thoại",
                "[Vào|Tham gia] [nhóm|group] [Telegram|Zalo] [để nhận|nhận] [đơn|nhiệm vụ]",
                "[Rút tiền|Thanh toán] [về ngân hàng|qua Momo] [trong ngày|ngay]",
            ),
            "contact": ("[Nhắn|Liên hệ] Telegram {handle}", "[Zalo|Kết bạn Zalo] {wa}"),
        },
        {
            # Fake labour export: a package fee and a tourist visa "converted later".
            "subtype": "agent_fee",
            "label": 1,
            "title": "[XKLĐ|Xuất khẩu lao động|Đi làm] [Ba Lan|Đức|Romania|Đài Loan|Hàn Quốc|Nhật Bản] [bay nhanh|không cần tiếng|bao đậu visa]",
            "core": (
                "[Lương|Thu nhập] {salary}/tháng, [làm|việc] [nhà máy|nông trại|xây dựng|đóng gói] [không cần|ko cần] [tiếng|ngoại ngữ]",
                "[Chi phí trọn gói|Phí] [3.500|5.000|7.000] USD[, đặt cọc trước 30%|, cọc trước 50 triệu|], [bay sau 1 tháng|có visa là bay]",
                "[Đi|Đi bằng] visa [du lịch|thăm thân|du học], [sang đó|qua bên đó] [chủ lo|công ty chuyển] [giấy phép lao động|visa lao động]",
            ),
            "optional": (
                "[Bao đậu|Cam kết] visa, [trượt|rớt] [hoàn tiền|hoàn cọc]",
                "[Không cần|Ko cần] [qua công ty|qua cục], [làm trực tiếp với|em làm trực tiếp với] [chủ sử dụng|chủ]",
                "[Đã đưa|Đã đưa đi] [hàng trăm|rất nhiều] [người|bạn], [có video|có hình] [thực tế|làm việc]",
                "[Giới thiệu|Rủ] [bạn bè|người thân] [được|nhận] [hoa hồng|tiền thưởng] [5 triệu|10 triệu]",
                "[Tuổi|Độ tuổi] 18-[45|50], [nam nữ|cả nam lẫn nữ]",
            ),
            "contact": (
                "[Zalo|Liên hệ Zalo] {wa}",
                "[Inbox|Nhắn tin] [em|mình] [để được tư vấn|tư vấn miễn phí]",
            ),
        },
        {
            "subtype": "agent_fee",
            "label": 1,
            "title": "[Có việc|Nhận người đi làm|Dẫn đi làm] [bên Campuchia|ở Cam|ở Thái|nước ngoài] [lương cao|thu nhập tốt], [ai đi inbox|bạn nào đi nhắn]",
            "core": (
                "[Lương|Thu nhập] {salary}, [làm|việc] [văn phòng|nhà hàng|bán hàng online] [nhẹ nhàng|không nặng nhọc]",
                "[Phí|Chi phí] [giới thiệu|làm hồ sơ|dẫn đi] [5 triệu|8 triệu|10 triệu], [đóng trước|nộp trước khi đi], [sang đó|qua đó] [đi làm ngay|có việc liền]",
                "[Không|Ko] cần [qua công ty môi giới|hợp đồng rườm rà|làm thủ tục phức tạp], [mình|anh] [dẫn đi|đưa đi] [trực tiếp|tận nơi]",
            ),
            "optional": (
                "[Chưa có|Ko có] hộ chiếu [vẫn đi được|cũng đi được], [đi đường|qua] [tiểu ngạch|đường mòn|cửa khẩu phụ]",
                "[Đi theo nhóm|Đi cùng nhóm] [cho an toàn|đông vui]",
                "[Xe|Xe đưa đón] [đón tận nhà|đón ở Tây Ninh|đón tại An Giang]",
                "[Đóng phí rồi|Đã đóng tiền] [không hoàn lại|không trả lại]",
            ),
            "contact": ("[Zalo|Gọi] {wa}", "[Tele|Telegram] {handle}"),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[Công ty CP|Công ty TNHH|Cty] {org} [tuyển dụng|tuyển] {n} [nhân viên tổng đài|chuyên viên chăm sóc khách hàng|nhân viên CSKH online][ - không yêu cầu kinh nghiệm| - nhận người mới|]",
            "core": (
                "[Thu nhập|Lương] {salary}/tháng[ = lương cứng + KPI| gồm lương cứng và thưởng|, review lương 6 tháng/lần]",
                "[Được đào tạo|Đào tạo] [bài bản|1-2 tuần] [có hưởng lương|có lương] [trước khi làm việc|khi mới vào]",
                "[Đóng|Tham gia] [BHXH, BHYT, BHTN|bảo hiểm đầy đủ] [theo luật|theo quy định] [sau thử việc|từ khi ký HĐLĐ]",
            ),
            "optional": (
                "[Địa điểm|Làm việc tại] [tòa nhà|văn phòng] [Quận 3|Quận Tân Bình|Quận Cầu Giấy|Quận Hai Bà Trưng|Quận Ninh Kiều], [phỏng vấn|PV] [trực tiếp|tại văn phòng]",
                "[Ca|Làm] [xoay ca|8 tiếng/ngày], [nghỉ 4 ngày/tháng|nghỉ Chủ nhật]",
                "[Hỗ trợ|Có] [ăn trưa|phụ cấp gửi xe|phụ cấp ăn trưa]",
                "[Công ty|Chúng tôi] [không thu|tuyệt đối không thu] [bất kỳ khoản phí nào|phí hồ sơ, phí đồng phục]",
                "[Tốt nghiệp|Yêu cầu] [THPT|Trung cấp] trở lên, [giọng nói|phát âm] [rõ ràng|dễ nghe]",
            ),
            "contact": (
                "[Gửi CV|Nộp hồ sơ] {email}",
                "[Hotline|SĐT] [HR|tuyển dụng] {wa}",
            ),
        },
        {
            # A shop's own casual post: staff room for out-of-town hires, no fee.
            "subtype": "local_cs",
            "label": 0,
            "title": "[Shop|Cửa hàng|Tiệm] [mình|em] [cần tuyển|tuyển] [bạn|nv] [trực page|CSKH online|tư vấn bán hàng] [part-time|full-time] [ở|tại] [Hà Nội|Sài Gòn|Đà Nẵng|Cần Thơ|Biên Hòa]",
            "core": (
                "[Lương|Lg] {salary}/tháng[ + thưởng doanh số| + % đơn|], [làm|đi làm] [tại shop|ở cửa hàng]",
                "[Không cần|Ko cần] kinh nghiệm, [shop|mình] [hướng dẫn|chỉ] [từ đầu|tận tình]",
                "[Ca|Giờ làm] [8h-12h, 13h30-17h30|sáng 8h-14h, chiều 14h-20h], [nghỉ|off] [1 ngày/tuần|4 ngày/tháng]",
            ),
            "optional": (
                "[Ký hợp đồng|Có HĐ] [sau 2 tháng|sau thử việc], [đóng BHXH|có bảo hiểm]",
                "[Bao|Có] [cơm trưa|ăn trưa], [có chỗ ở|có phòng trọ] [cho bạn ở xa|cho bạn tỉnh xa][ miễn phí|]",
                "[Ưu tiên|Thích hợp] [sinh viên|bạn nữ] [nhà gần|gần shop]",
                "[Tới|Qua] [shop|cửa hàng] [phỏng vấn trực tiếp|để nói chuyện], [không thu phí|không mất phí gì]",
            ),
            "contact": (
                "[Zalo|Gọi] {wa}",
                "[Nhắn|Inbox] page [để được hẹn phỏng vấn|hẹn lịch]",
            ),
        },
        {
            # A Vietnamese employer in Cambodia at ordinary pay, legal permits.
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[Công ty|Chi nhánh công ty] {org} [tại|ở] [Phnom Penh|Campuchia|Kampong Cham|Siem Reap] [tuyển|tuyển dụng] [kỹ sư|kế toán|nhân viên kỹ thuật|phiên dịch tiếng Khmer|quản lý kho]",
            "core": (
                "[Lương|Mức lương] {salary}/tháng [tùy năng lực|thỏa thuận theo kinh nghiệm], [phụ cấp|có phụ cấp] [xa nhà|công tác nước ngoài]",
                "[Công ty|Cty] [làm|xin] [visa lao động|visa loại E] và [giấy phép lao động|work permit] [đúng luật Campuchia|theo quy định], [chi phí công ty chịu|không thu phí người lao động]",
                "[Ký hợp đồng lao động|Ký HĐLĐ] [tại Việt Nam|tại trụ sở] trước khi [đi|xuất cảnh], [phỏng vấn|PV] tại [văn phòng|trụ sở] [Hà Nội|TP.HCM|Tây Ninh]",
            ),
            "optional": (
                "[Có|Được bố trí] [nhà ở|chỗ ở] [tập thể|cho nhân viên], [về phép|nghỉ phép] [3 tháng/lần|2 lần/năm] [được hỗ trợ vé|công ty trả vé]",
                "[Hộ chiếu|Giấy tờ] [do người lao động tự giữ|nhân viên tự giữ]",
                "[Đóng|Tham gia] [BHXH|bảo hiểm] [tại Việt Nam|đầy đủ]",
                "[Yêu cầu|Cần] [tốt nghiệp|bằng] [cao đẳng|đại học] [chuyên ngành liên quan|trở lên], [có kinh nghiệm|1-2 năm kinh nghiệm] là lợi thế",
                "[Biết|Giao tiếp được] [tiếng Khmer|tiếng Anh] [là lợi thế|được ưu tiên]",
            ),
            "contact": ("[Gửi CV|Nộp hồ sơ] {email}", "[Phòng nhân sự|HR] {wa}"),
        },
        {
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[Trường|Bệnh viện|Tổ chức phi chính phủ|Khách sạn] [Việt Nam|Việt - Lào|quốc tế] [tại|ở] [Viêng Chăn|Pakse|Phnom Penh|Siem Reap] [tuyển|cần tuyển] [giáo viên|điều dưỡng|lễ tân|đầu bếp|nhân viên hành chính]",
            "core": (
                "[Lương|Mức lương] {salary}[/tháng|], [hợp đồng|HĐ] [1 năm|2 năm][ có thể gia hạn|]",
                "[Đơn vị|Chúng tôi] [làm|lo] [thủ tục|giấy phép lao động và visa] [hợp pháp|đúng quy định][ cho người lao động|], [không thu phí|miễn phí]",
                "[Phỏng vấn|PV] [online|qua video] [hoặc|/] [tại|ở] [văn phòng đại diện|văn phòng] [ở Hà Nội|ở Đà Nẵng|tại TP.HCM], [có thể kiểm tra|xem] [giấy phép hoạt động|thông tin đơn vị]",
            ),
            "optional": (
                "[Hỗ trợ|Có] [nhà ở|chỗ ở] [và|+] [bữa trưa|ăn trưa]",
                "[Vé máy bay|Vé] [đi và về|khứ hồi] [đơn vị chịu|được thanh toán] [khi hết hợp đồng|sau 1 năm]",
                "[Tự giữ|Người lao động tự giữ] [hộ chiếu|giấy tờ tùy thân], [được|có] [nghỉ lễ|ngày nghỉ] theo [luật sở tại|quy định]",
                "[Yêu cầu|Cần] [bằng|chứng chỉ] [chuyên môn|hành nghề], [sức khỏe tốt|lý lịch rõ ràng]",
            ),
            "contact": ("[Gửi hồ sơ|Nộp CV] {email}", "[Liên hệ|Gọi] {wa}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[Thêm|Lại] [một|nhiều] [thanh niên|cô gái|bạn trẻ] [bị lừa|bị bán] sang [Campuchia|Myanmar|Lào] [vì|do] [tin|ham] [“việc nhẹ lương cao”|quảng cáo tuyển dụng trên mạng]",
            "core": (
                "[Qua|Thông qua] [Facebook|TikTok|Zalo], [đối tượng|kẻ môi giới] [hứa hẹn|giới thiệu] [việc làm|công việc] [văn phòng|chăm sóc khách hàng] [lương 20-30 triệu|lương nghìn đô|bao ăn ở]",
                "[Sang đến nơi|Qua đến nơi], [nạn nhân|các em] [bị thu hộ chiếu|bị giữ giấy tờ], [bị ép|bị bắt] [lừa đảo qua mạng|làm việc 16 tiếng mỗi ngày], [gia đình|người nhà] [phải chuộc|bị đòi] [hàng trăm triệu|nhiều tiền]",
            ),
            "optional": (
                "[Người dân|Bạn đọc] [cần|nên] [tìm hiểu kỹ|kiểm tra kỹ] [công ty|đơn vị tuyển dụng] [trước khi|trước lúc] [đi làm|xuất cảnh]",
                "[Đi làm việc ở nước ngoài|Xuất khẩu lao động] [phải|cần] [thông qua|qua] [doanh nghiệp được cấp phép|đơn vị có giấy phép], [có hợp đồng|ký hợp đồng] rõ ràng",
                "[Nếu|Khi] [có người thân|phát hiện người thân] [bị mắc kẹt|gặp nạn], [báo ngay|liên hệ] [công an|Đại sứ quán Việt Nam] [tại Campuchia|ở nước sở tại]",
                "[Chia se de moi nguoi cung canh giac|Chia sẻ để mọi người cùng cảnh giác]",
            ),
            "contact": (
                "[Nguồn|Theo] [Công an tỉnh|báo Công an nhân dân|Bộ Công an]",
                "[Tin|Theo] [báo Tuổi Trẻ|báo Thanh Niên|VnExpress]",
            ),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[Công ty|Cty] {org} [tuyển|cần tuyển] [cộng tác viên|nhân viên] [nhập liệu|nhập dữ liệu|gõ văn bản] [làm tại nhà|online|remote]",
            "core": (
                "[Công việc|Mô tả]: [nhập|gõ] [dữ liệu|thông tin] [đơn hàng|hóa đơn|sản phẩm] [vào|lên] [Excel|Google Sheets|phần mềm công ty] [theo hướng dẫn|theo mẫu]",
                "[Thu nhập|Lương] {salary}/tháng [tính theo sản phẩm|tùy khối lượng], [trả qua|chuyển khoản] [tài khoản ngân hàng|ngân hàng] [ngày 10 hàng tháng|cuối tháng]",
                "[Ký|Có] [hợp đồng cộng tác|hợp đồng dịch vụ] [rõ ràng|trước khi làm], [khấu trừ thuế TNCN|theo quy định]",
            ),
            "optional": (
                "[Không thu|Tuyệt đối không thu] [phí|tiền cọc, phí đào tạo][ dưới mọi hình thức|]",
                "[Làm thử|Test] [1 file|một bài] [trước|ban đầu], [đạt|ổn] [thì|mới] [nhận việc|ký hợp đồng]",
                "[Có|Cần] [laptop|máy tính] [và|+] [mạng ổn định|internet]",
                "[Văn phòng|Công ty] [tại|ở] [Quận Bình Thạnh|Quận Đống Đa|Quận Thanh Khê], [có thể|bạn có thể] [đến|ghé] [phỏng vấn|nhận việc][ trực tiếp|]",
            ),
            "contact": (
                "[Gửi CV|Nộp hồ sơ] [qua|về] {email}",
                "[Hotline|Zalo HR] {wa}",
            ),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[Tuyển|Cần] [bạn|CTV] [gõ lại tài liệu|nhập liệu|đánh máy văn bản] [làm online|tại nhà][ - không thu phí|, KHÔNG cọc|]",
            "core": (
                "[Văn phòng|Bên mình] [có|cần] [gõ lại|đánh máy] [sổ sách|tài liệu scan|biên bản] [khoảng|tầm] [2|3] tháng",
                "[Trả|Lương] {salary}, [chuyển khoản|trả] [theo tuần|cuối tháng]",
                "[Bên mình|Mình] [không thu|không lấy] [bất cứ khoản phí nào|tiền cọc hay phí gì cả], [ai|nếu ai] [bắt nạp tiền|đòi tiền trước] [là lừa đảo|thì không phải bên mình]",
            ),
            "optional": (
                "[Cần|Yêu cầu] [gõ|đánh máy] [chính xác|cẩn thận] [tiếng Việt có dấu|đúng chính tả]",
                "[Có|Ký] [giấy|hợp đồng] [cộng tác|thỏa thuận]",
                "[Ưu tiên|Thích hợp] [sinh viên|mẹ bỉm|bạn nghỉ hưu]",
            ),
            "contact": ("[Email|Gửi mail] {email}", "[Zalo|Gọi] {wa}"),
        },
        {
            "subtype": "gov_placement",
            "label": 0,
            "title": "[Thông báo|THÔNG BÁO] [tuyển chọn|đăng ký dự tuyển] lao động đi làm việc tại Hàn Quốc [theo Chương trình EPS|theo chương trình cấp phép việc làm (EPS)] [năm nay|đợt mới]",
            "core": (
                "[Chương trình|Đây là chương trình] [hợp tác|thỏa thuận] [giữa hai Chính phủ|giữa Bộ LĐTBXH Việt Nam và Bộ Lao động Hàn Quốc], [do|được thực hiện bởi] Trung tâm Lao động ngoài nước",
                "[Người lao động|Ứng viên] [phải|cần] [thi tiếng Hàn|dự kỳ thi tiếng Hàn (EPS-TOPIK)] và [kiểm tra tay nghề|khám sức khỏe], [đăng ký|nộp hồ sơ] [tại|ở] [Sở LĐTBXH|Trung tâm Dịch vụ việc làm] [địa phương|tỉnh]",
                "[Mức lương|Lương] [theo luật lương tối thiểu|tối thiểu theo luật] Hàn Quốc, [khoảng|tương đương] {salary}/tháng",
            ),
            "optional": (
                "[Chi phí|Tổng chi phí] [rất thấp|theo quy định], [không qua|không cần] [môi giới|trung gian], [ai|kẻ] [hứa|nhận] [“chạy” đậu|cho đi nhanh] [là lừa đảo|đều là lừa đảo]",
                "[Ký|Được ký] hợp đồng lao động [với chủ sử dụng|với chủ Hàn Quốc] [trước khi|rồi mới] [xuất cảnh|nhập cảnh] [bằng visa E-9|với visa E-9]",
                "[Độ tuổi|Điều kiện]: 18-39 tuổi, [không có tiền án|chưa từng cư trú bất hợp pháp tại Hàn Quốc]",
                "[Lịch thi|Danh sách] [được công bố|công bố] trên [website chính thức|trang của Trung tâm Lao động ngoài nước]",
            ),
            "contact": (
                "[Chi tiết|Thông tin] [xem|tại] website Trung tâm Lao động ngoài nước",
                "[Liên hệ|Hỏi] [Sở LĐTBXH|Phòng LĐTBXH] [nơi cư trú|địa phương]",
            ),
        },
        {
            "subtype": "gov_placement",
            "label": 0,
            "title": "[Tuyển chọn|Chương trình] [ứng viên|điều dưỡng, hộ lý] [đi Nhật Bản|sang Nhật] theo [Hiệp định Đối tác Kinh tế (VJEPA)|chương trình EPA Việt - Nhật]",
            "core": (
                "[Ứng viên|Người trúng tuyển] [được học|học] tiếng Nhật [12 tháng|miễn phí 12 tháng] [tại Việt Nam|trước khi đi], [chi phí|do] [hai Chính phủ|phía Nhật] [hỗ trợ|tài trợ]",
                "[Lương|Thu nhập] [tương đương|như] người Nhật [cùng vị trí|cùng công việc], [khoảng|từ] {salary}/tháng",
                "[Yêu cầu|Điều kiện]: [tốt nghiệp|bằng] [cao đẳng|đại học] [điều dưỡng|ngành điều dưỡng], [nộp hồ sơ|đăng ký] [qua|tại] Trung tâm Lao động ngoài nước",
            ),
            "optional": (
                "[Không|Hoàn toàn không] [thu phí môi giới|qua trung gian]",
                "[Ký|Được ký] hợp đồng [với|cùng] [cơ sở y tế|bệnh viện] [Nhật|Nhật Bản] [trước khi|rồi mới] xuất cảnh",
                "[Sau khi|Khi] [thi đỗ|đậu] [chứng chỉ quốc gia|kỳ thi quốc gia], [có thể|được] [làm việc lâu dài|gia hạn không giới hạn]",
            ),
            "contact": (
                "[Thông tin|Chi tiết] [trên|xem] website [Trung tâm Lao động ngoài nước|của Bộ LĐTBXH]",
                "[Hotline|Điện thoại] [Trung tâm|văn phòng] {wa}",
            ),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[Công ty CP|Công ty TNHH] {org} [- Giấy phép số|GP số] [123/LĐTBXH-GP|456/LĐTBXH-GP|078/LĐTBXH-GP] [tuyển|tuyển dụng] [đơn hàng|lao động] [Đài Loan|Nhật Bản|Hàn Quốc (E-7)]",
            "core": (
                "[Lương cơ bản|Lương] {salary}/tháng[ chưa kể làm thêm| + tăng ca], [theo hợp đồng|ghi rõ trong hợp đồng]",
                "[Chi phí|Phí dịch vụ] [theo|không vượt quá] [mức trần|quy định] của Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng, [có|xuất] [hóa đơn|phiếu thu]",
                "[Ký|Được ký] [hợp đồng|HĐ] [đưa đi làm việc|cung ứng lao động] [trước khi xuất cảnh|tại công ty], [học|được học] [định hướng|giáo dục định hướng] [bắt buộc|trước khi đi]",
            ),
            "optional": (
                "[Kiểm tra|Tra cứu] [giấy phép|tên công ty] [trên|tại] [website|trang] Cục Quản lý lao động ngoài nước",
                "[Không|Tuyệt đối không] [đi|dùng] visa du lịch, [chỉ|luôn] [xuất cảnh|đi] [bằng|với] visa lao động",
                "[Tuyển|Nhận] [nam nữ|nam/nữ] [18-35 tuổi|20-40 tuổi], [không yêu cầu kinh nghiệm|có thi tay nghề]",
                "[Nhà ở|Ký túc xá] [do chủ bố trí|theo hợp đồng], [tiền ăn|chi phí ăn ở] [ghi rõ|theo hợp đồng]",
                "[Văn phòng|Trụ sở] [tại|ở] [Hà Nội|Nghệ An|Hà Tĩnh|Thanh Hóa], [mời đến|có thể đến] [trực tiếp|tư vấn trực tiếp]",
            ),
            "contact": ("[Hotline|Tư vấn] {wa}", "[Email|Hồ sơ] {email}"),
        },
    ),
    "km": (
        {
            # Casual Facebook-page post for a border-town or coastal "company".
            "subtype": "compound_cs",
            "label": 1,
            "title": "[ត្រូវការបុគ្គលិកបន្ទាន់|រើសបុគ្គលិកបន្ទាន់|ទទួលបុគ្គលិក][ឆាតលក់អនឡាញ|ឆ្លើយឆាត|ផ្នែកសេវាអតិថិជន] [នៅបាវិត|នៅក្រុងព្រះសីហនុ|នៅកំពង់សោម|នៅប៉ោយប៉ែត]",
            "core": (
                "[ប្រាក់ខែ|ខែ] {salary} [មិនរាប់បញ្ចូលកម្រៃជើងសារ|+ប្រាក់រង្វាន់|បើកលុយរៀងរាល់ខែ]",
                "[មិនចាំបាច់មានបទពិសោធន៍|គ្មានបទពិសោធន៍ក៏បាន] [ចេះប្រើទូរស័ព្ទ|ចេះវាយអក្សរ|ចេះប្រើកុំព្យូទ័រ]បានហើយ",
                "[ស្នាក់នៅ|កន្លែងស្នាក់នៅ] [និង|+]ហូបចុក[ឥតគិតថ្លៃ|ហ្វ្រី|ក្រុមហ៊ុនចេញ]",
            ),
            "optional": (
                "[ទទួលយក|ត្រូវការ]ទាំងប្រុសទាំងស្រី អាយុ [១៨-៣៥|១៨-៣០]ឆ្នាំ",
                "[ធ្វើការ|ម៉ោងធ្វើការ] {hours}ម៉ោង[ក្នុងមួយថ្ងៃ|/ថ្ងៃ] [ឈប់|សម្រាក] [៤ថ្ងៃ|២ថ្ងៃ]ក្នុងមួយខែ",
                "[ក្រុមហ៊ុនចេញ|ចេញជូន]ថ្លៃធ្វើដំណើរ [មានឡានមកទទួល|មានអ្នកចាំទទួល]",
                "[ត្រូវការតែ|ទទួលតែ] {n} នាក់[ប៉ុណ្ណោះ|ទៀត] [ចូលធ្វើការភ្លាម|អាចចូលធ្វើការថ្ងៃស្អែក]",
                "[ត្រូវ|ត្រូវតែ]ធ្វើកិច្ចសន្យា [៦ខែ|១ឆ្នាំ] [បើឈប់មុនត្រូវសងថ្លៃ|ឈប់មុនកំណត់ត្រូវបង់ប្រាក់ពិន័យ]",
            ),
            "contact": (
                "[ទំនាក់ទំនង|Inbox មក] Telegram {handle}",
                "[លេខទូរស័ព្ទ|Tel] {wa}",
                "[ឆាតមកផេក|Inbox ផេក][ដើម្បីដឹងបន្ថែម|សួរព័ត៌មាន]",
            ),
        },
        {
            # Subtle: "abroad", a passport, leave this week; the place comes later.
            "subtype": "compound_cs",
            "label": 1,
            "title": "[ការងារនៅក្រៅប្រទេស|ធ្វើការនៅបរទេស] [ប្រាក់ខែខ្ពស់|ប្រាក់ខែល្អ] [ត្រូវការបន្ទាន់|ចេញដំណើរឆាប់]",
            "core": (
                "[ការងារ|មុខតំណែង][ក្នុងការិយាល័យ|ផ្នែកទីផ្សារអនឡាញ|ឆ្លើយសារអតិថិជន] [ស្រួល|មិនហត់] [ប្រាក់ខែខ្ពស់|ប្រាក់ខែច្រើនជាងនៅស្រុក]",
                "[ត្រូវមាន|ត្រូវការ]លិខិតឆ្លងដែន [បើគ្មានក្រុមហ៊ុនជួយធ្វើ|បើមិនទាន់មានយើងជួយរៀបចំ]",
                "[ត្រៀមខ្លួន|ត្រូវត្រៀម]ធ្វើដំណើរ[ក្នុងសប្ដាហ៍នេះ|ឆាប់ៗ] [ទីកន្លែងប្រាប់ពេលសម្ភាសន៍|ទីតាំងប្រាប់តាមឆាត]",
            ),
            "optional": (
                "[ក្រុមហ៊ុនចេញ|ចេញជូន]សំបុត្រយន្តហោះ [និង|ហើយ]កន្លែងស្នាក់នៅ",
                "[មិនត្រូវការ|មិនទាមទារ]សញ្ញាបត្រ",
                "[ប្រាក់ខែ|ប្រាក់ចំណូល]អាស្រ័យលើ[លទ្ធផល|ការលក់] [អាចរាប់ពាន់ដុល្លារ|ច្រើនរាប់ពាន់ដុល្លារ]",
                "[មិនបាច់|មិនចាំបាច់]ប្រាប់[នរណា|អ្នកណា]ច្រើន [ទៅដល់ទើបដឹង|ដល់ហើយនឹងស្គាល់]",
                "[ចំនួនមានកំណត់|កន្លែងនៅសល់តិច]",
            ),
            "contact": (
                "Inbox [មកខ្ញុំ|មក]ផ្ទាល់",
                "Telegram {handle}",
                "[ទំនាក់ទំនង|តេ] {wa}",
            ),
        },
        {
            "subtype": "compound_cs",
            "label": 1,
            "title": "[ក្រុមហ៊ុនបរទេស|ក្រុមហ៊ុនចិន] [ជ្រើសរើស|ត្រូវការ]បុគ្គលិក[ផ្នែកឆាត|ផ្នែកសេវាអតិថិជន] [ធ្វើការនៅប្រទេសមីយ៉ាន់ម៉ា|ធ្វើការនៅប្រទេសថៃ|ធ្វើការនៅឡាវ|ធ្វើការនៅឌូបៃ]",
            "core": (
                "ប្រាក់ខែ {salary} [+កម្រៃជើងសារ|បូកប្រាក់រង្វាន់]",
                "[ការងារ|ភារកិច្ច]៖ [ឆាតជាមួយអតិថិជនបរទេស|ផ្ញើសារតាមហ្វេសប៊ុក] [តាមគំរូ|តាមស្គ្រីប]ដែលក្រុមហ៊ុនផ្ដល់ឱ្យ",
                "[ធ្វើដំណើរ|ចេញដំណើរ]តាម[ច្រកព្រំដែនប៉ោយប៉ែត|ព្រលានយន្តហោះភ្នំពេញ] [មានអ្នកទទួល|មានឡានដឹកដល់កន្លែង]",
            ),
            "optional": (
                "[ប្រើ|ចូលដោយ]ទិដ្ឋាការទេសចរណ៍សិន [ទៅដល់ទើបធ្វើប័ណ្ណការងារ|ក្រុមហ៊ុនធ្វើឯកសារឱ្យក្រោយ]",
                "[លិខិតឆ្លងដែន|ប៉ាស្ព័រ][ក្រុមហ៊ុនរក្សាទុក|ត្រូវទុកនៅក្រុមហ៊ុន]",
                "[ធ្វើការ|ម៉ោងការងារ] {hours}ម៉ោង [មានគោលដៅ|មានតួលេខ]ប្រចាំថ្ងៃ",
                "[ចេះ|ចេះបន្តិចបន្តួច]ភាសា[ថៃ|ចិន|អង់គ្លេស] [កាន់តែល្អ|ប្រាក់ខែឡើង]",
            ),
            "contact": (
                "[ទំនាក់ទំនង|សាកសួរ] Telegram {handle}",
                "[ឆាត|ផ្ញើសារ] WhatsApp {wa}",
            ),
        },
        {
            "subtype": "compound_typist",
            "label": 1,
            "title": "[ត្រូវការ|ជ្រើសរើស]បុគ្គលិកវាយអក្សរ [ចំនួន {n} នាក់|ច្រើននាក់|បន្ទាន់]",
            "core": (
                "[ការងារ|ការងារគ្រាន់តែ]វាយអក្សរ[តាមគំរូ|តាមឯកសារ|ផ្ញើសារ]ក្នុងកុំព្យូទ័រ [មិនបាច់និយាយទូរស័ព្ទ|មិនបាច់ជួបភ្ញៀវ]",
                "[វាយអក្សរ|វាយ][ខ្មែរ|ឡាតាំង|អង់គ្លេស]បាន [ល្បឿនមធ្យម|លឿនបន្តិច] [ក៏អាចធ្វើបាន|គឺគ្រប់គ្រាន់]",
                "ប្រាក់ខែ {salary} [ក្នុងមួយខែ|/ខែ] [ស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ|មានកន្លែងស្នាក់នៅ]",
            ),
            "optional": (
                "[ទីតាំងការងារ|ធ្វើការនៅ][ប្រទេសថៃ|ប្រទេសឡាវ|ប្រទេសមីយ៉ាន់ម៉ា|ក្រៅប្រទេស|បាវិត]",
                "[សម្ភាសន៍|សម្ភាសន៍តាម]វីដេអូ [ជាប់|ឆ្លងកាត់]ហើយ[ចេញដំណើរភ្លាម|ក្រុមហ៊ុនទិញសំបុត្រឱ្យ]",
                "[ធ្វើការ|ម៉ោងធ្វើការ] {hours} ម៉ោង",
                "[មិនត្រូវការសញ្ញាបត្រ|អត់ចេះក៏បង្រៀន]",
                "[ត្រូវប្រគល់|ក្រុមហ៊ុនរក្សា]លិខិតឆ្លងដែនពេលធ្វើការ",
            ),
            "contact": ("[ទំនាក់ទំនង|Inbox] Telegram {handle}", "[ទូរស័ព្ទ|Tel] {wa}"),
        },
        {
            "subtype": "compound_typist",
            "label": 1,
            "title": "[Typing job|ការងារវាយអក្សរ] [ប្រាក់ខែខ្ពស់|ខែ {salary}] [សម្រាប់អ្នកគ្មានបទពិសោធន៍|អ្នកថ្មីក៏ធ្វើបាន]",
            "core": (
                "[គ្រាន់តែ|ត្រឹមតែ][ចេះវាយអក្សរ|ចេះ Copy Paste] [ក៏អាចធ្វើការបាន|មានលុយចាយ]",
                "[ប្រាក់ខែ|ខែ] {salary} [បើករាល់ខែ|បើកជាដុល្លារ]",
                "[ការងារនៅ|កន្លែងធ្វើការ][ការិយាល័យក្រុមហ៊ុនធំ|អគារមានម៉ាស៊ីនត្រជាក់] [ក្រុមហ៊ុនជូនដំណើរ|ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ]",
            ),
            "optional": (
                "[ចេញដំណើរ|ទៅ]ឆាប់[ក្នុង ៣ ថ្ងៃ|សប្ដាហ៍នេះ]",
                "[បើ|ប្រសិនបើ]មានគេសួរ[នៅព្រំដែន|នៅអាកាសយានដ្ឋាន] [និយាយថាទៅលេង|ប្រាប់ថាទៅដើរលេង]",
                "[ត្រូវការ|ទទួល]តែ {n} នាក់",
                "[ហូបចុក|អាហារ] ៣ ពេល ឥតគិតថ្លៃ",
            ),
            "contact": ("[ឆាតមក|Inbox មក]ឆាប់ៗ", "Telegram {handle}"),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[ក្រុមហ៊ុនហ្គេមអនឡាញ|ក្រុមហ៊ុនភ្នាល់អនឡាញ|វេបសាយកាស៊ីណូ][ត្រូវការ|ទទួល]បុគ្គលិក[ផ្នែកដាក់ដកប្រាក់|ផ្នែកឆាត|ផ្នែកទីផ្សារ] [នៅបាវិត|នៅប៉ោយប៉ែត|នៅព្រះសីហនុ|នៅហ្វីលីពីន]",
            "core": (
                "[ភារកិច្ច|ការងារ]៖ [ទាក់ទាញ|រកអតិថិជនថ្មី]ឱ្យ[ចុះឈ្មោះ|ដាក់លុយ]លេងហ្គេម [តាម Facebook|តាម Telegram]",
                "[ប្រាក់ខែ|ប្រាក់គោល] {salary} [+កម្រៃជើងសារតាមចំនួនដាក់ប្រាក់|+ភាគរយ]",
                "[មិនត្រូវការបទពិសោធន៍|មានបង្រៀន] [ចេះភាសាថៃ ឬវៀតណាម|ចេះភាសាចិន][ជាអាទិភាព|ប្រាក់ខែខ្ពស់ជាង]",
            ),
            "optional": (
                "[ស្នាក់នៅក្នុងក្រុមហ៊ុន|មានអន្តេវាសិកដ្ឋាន] [អាហារ ៣ពេល|ហូបចុកហ្វ្រី]",
                "[ធ្វើការ|វេន] {hours}ម៉ោង [ឈប់ ២ថ្ងៃ/ខែ|ឈប់ ៤ថ្ងៃក្នុងមួយខែ]",
                "[កិច្ចសន្យា|ចុះកិច្ចសន្យា] ១ឆ្នាំ[ ឈប់មុនត្រូវបង់ពិន័យ|]",
                "[រក្សា|ទុក]លិខិតឆ្លងដែននៅក្រុមហ៊ុន",
            ),
            "contact": ("Telegram {handle}", "[ទំនាក់ទំនង|Tel] {wa}"),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[ត្រូវការ|ជ្រើសរើស]បុគ្គលិក[ទីផ្សារគ្រីបតូ|ផ្នែកវិនិយោគ|ផ្នែកឆាតភាសាអង់គ្លេស] [ប្រាក់ខែខ្ពស់|ប្រាក់ខែជាដុល្លារ]",
            "core": (
                "[ការងារ|ភារកិច្ច]៖ [រាប់អាន|ឆាតជាមួយ][ជនបរទេស|អតិថិជនក្រៅប្រទេស]តាម[បណ្ដាញសង្គម|កម្មវិធីរកមិត្ត] [ហើយណែនាំ|រួចអញ្ជើញ]ឱ្យ[វិនិយោគ|ដាក់លុយ]ក្នុង[គ្រីបតូ|វេទិកា]",
                "[ប្រាក់ខែ|ប្រាក់គោល] {salary} [+កម្រៃជើងសារ|និងប្រាក់រង្វាន់តាមការលក់]",
                "[ក្រុមហ៊ុនផ្ដល់|មាន][ទូរស័ព្ទ|គណនី|រូបថត]ឱ្យប្រើ [តាមស្គ្រីប|មានស្គ្រីបស្រាប់]",
            ),
            "optional": (
                "[ចេះ|ពូកែ]ភាសាអង់គ្លេស[ជាអាទិភាព|ប្រាក់ខែឡើង]",
                "[មិនចាំបាច់|មិនបាច់]ចេះពីគ្រីបតូ [មានបណ្តុះបណ្តាល|មានគ្រូបង្រៀន]",
                "[ធ្វើការនៅ|ទីតាំង][ព្រះសីហនុ|ភ្នំពេញ|ឌូបៃ|ក្រៅប្រទេស]",
                "[ស្នាក់នៅ|បន្ទប់ស្នាក់នៅ] និងអាហារ ក្រុមហ៊ុនចេញ",
                "[មានគោលដៅ|មាន KPI]ប្រចាំខែ",
            ),
            "contact": ("Telegram {handle}", "[Inbox មកផ្ទាល់|ឆាតមកផ្ទាល់]"),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[ការងារអនឡាញ|ការងារក្នុងការិយាល័យ] [បើកប្រាក់ជា USDT|ប្រាក់ខែ USDT] [សម្រាប់យុវជន|ចង់បានលុយច្រើន]",
            "core": (
                "[ធ្វើការជាមួយ|ជួយ]ក្រុមហ៊ុន[គ្រីបតូ|Exchange|វិនិយោគ]បរទេស [ឆ្លើយសារ|ទាក់ទង]អតិថិជន",
                "ប្រាក់ខែ {salary} [បើកជា USDT|ទូទាត់ជា USDT][ រៀងរាល់ខែ|]",
                "[ត្រូវ|ត្រូវតែ]ធ្វើការនៅការិយាល័យ[ក្រៅប្រទេស|ក្រោយព្រំដែន] [ក្រុមហ៊ុនចាត់ចែងការធ្វើដំណើរ|មានអ្នកនាំទៅ]",
            ),
            "optional": (
                "[មិនត្រូវការ|គ្មាន]ដើមទុន",
                "[ស្នាក់នៅ|អាហារ]ឥតគិតថ្លៃ",
                "[ចេញដំណើរ|ទៅ]ភ្លាមៗ",
                "[រង្វាន់|Bonus] តាម KPI",
            ),
            "contact": ("Telegram {handle}", "[Inbox មកផេក|ឆាតមកផេក]"),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[ការងារបន្ថែម|រកលុយតាមទូរស័ព្ទ|ការងារអនឡាញ] [ធ្វើនៅផ្ទះ|ធ្វើពេលទំនេរ] [រកបាន|ចំណូល] {daily}[ក្នុងមួយថ្ងៃ|/ថ្ងៃ]",
            "core": (
                "[ចុច Like|ចុច Follow|ដាក់ផ្កាយ] លើ[វីដេអូ TikTok|ផលិតផល|YouTube] [ទទួលបាន|បាន] {per_task} [ក្នុងមួយភារកិច្ច|ក្នុងមួយដង]",
                "[ភារកិច្ចពិសេស|កម្រិត VIP][ត្រូវ|តម្រូវ]ដាក់ប្រាក់មុន {deposit} [ទើបដកបាន|បន្ទាប់មកទទួលបានវិញទាំងកម្រៃ]",
            ),
            "optional": (
                "[មិនត្រូវការ|គ្មាន]បទពិសោធន៍ [មានទូរស័ព្ទ|មានតែទូរស័ព្ទ]គឺធ្វើបាន",
                "[ចូល|ចូលរួម]គ្រុប Telegram [ដើម្បីទទួលភារកិច្ច|យកការងាររាល់ថ្ងៃ]",
                "[ដកប្រាក់|ផ្ទេរប្រាក់]ចូល[ABA|Wing|ACLEDA]ភ្លាមៗ",
                "[សិស្សនិស្សិត|ស្ត្រីមេផ្ទះ]ក៏ធ្វើបាន",
            ),
            "contact": (
                "[Inbox|ទំនាក់ទំនង] Telegram {handle}",
                "[ឆាតមក|ផ្ញើសារមក]ដើម្បីទទួលការងារ",
            ),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[ការងារផ្ដល់ពិន្ទុ|ការងារ Review|ការងារចុចចូលចិត្ត] [ទទួលលុយពិតៗ|ដកលុយបានភ្លាម]",
            "core": (
                "[វាយតម្លៃ|ផ្ដល់ពិន្ទុ][សណ្ឋាគារ|ផលិតផល|កម្មវិធី]ម្ដង [បាន|ទទួល] {per_task}",
                "[បើចង់|ដើម្បី]ទទួល[ភារកិច្ចធំ|កម្រៃខ្ពស់] [ត្រូវ|តម្រូវ]បញ្ចូលលុយ {deposit} [ជាមុន|សិន] [រួចទទួលបានវិញ|ដកបានវិញទាំងអស់]",
                "[ធ្វើរាល់ថ្ងៃ|ធ្វើបានរាល់ថ្ងៃ] [អាចរកបាន|រកបាន] {daily}",
            ),
            "optional": (
                "[ធ្វើពេលណាក៏បាន|ធ្វើពេលទំនេរ][ មិនប៉ះពាល់ការងារ|]",
                "[មានគ្រូណែនាំជួយ|មាន Admin ជួយ]",
                "[ដកលុយ|បើកលុយ]រាល់ថ្ងៃ",
            ),
            "contact": ("Telegram {handle}", "[ទំនាក់ទំនង|WhatsApp] {wa}"),
        },
        {
            # Fee-taking "fast track" to Korea/Japan: no exam, tourist visa.
            "subtype": "agent_fee",
            "label": 1,
            "title": "[ទៅធ្វើការនៅ|ការងារនៅ][ប្រទេសកូរ៉េ|ប្រទេសជប៉ុន|ម៉ាឡេស៊ី|ឌូបៃ] [មិនបាច់ប្រឡង|មិនបាច់រៀនភាសា] [ចេញដំណើរលឿន|ទៅបានលឿន]",
            "core": (
                "ប្រាក់ខែ {salary} [ធ្វើការរោងចក្រ|ធ្វើកសិកម្ម|ធ្វើការសំណង់]",
                "[ថ្លៃសេវា|ថ្លៃធ្វើឯកសារ] [១៥០០|២០០០|៣០០០] ដុល្លារ [បង់មុនពាក់កណ្ដាល|កក់មុន ៥០០ ដុល្លារ]",
                "[ប្រើ|ចេញដោយ]ទិដ្ឋាការ[ទេសចរណ៍|ស្នាក់នៅខ្លី] [ទៅដល់មានការងារចាំ|ដល់ហើយថៅកែទទួល]",
            ),
            "optional": (
                "[មិនបាច់|មិនចាំបាច់]ទៅក្រសួងការងារ [លឿនជាង|មិនបាច់រង់ចាំ]",
                "[បញ្ជូនទៅ|បានបញ្ជូន]ច្រើនរយនាក់ហើយ",
                "[ណែនាំមិត្ត|នាំគ្នាទៅ] [បានកម្រៃ|បានលុយ] [១០០|២០០] ដុល្លារ",
                "[បើមិនបានទៅ|បើធ្លាក់ទិដ្ឋាការ] [សងលុយវិញ|សងពាក់កណ្ដាល]",
                "[អាយុ|ទទួល] ១៨-៤៥ ឆ្នាំ",
            ),
            "contact": ("[ទំនាក់ទំនង|តេមក] {wa}", "[Telegram|តេឡេក្រាម] {handle}"),
        },
        {
            # A middleman taking a fee to walk people across the border.
            "subtype": "agent_fee",
            "label": 1,
            "title": "[នាំទៅធ្វើការ|រកការងារឱ្យ][នៅថៃ|នៅប៉ោយប៉ែត|នៅក្រៅប្រទេស] [ការងារស្រួល|ប្រាក់ខែល្អ][ មានថ្លៃសេវាតិចតួច|]",
            "core": (
                "[ប្រាក់ខែ|ខែ] {salary} [ការងារក្នុងការិយាល័យ|ធ្វើការលក់អនឡាញ|ធ្វើការហាង]",
                "[ថ្លៃ|ត្រូវបង់ថ្លៃ][នាំផ្លូវ|ឯកសារ|ធានាការងារ] [៣០០|៥០០|៨០០] ដុល្លារ [បង់មុនចេញដំណើរ|ផ្ទេរតាម ABA មុន]",
                "[មិនបាច់|អត់បាច់][លិខិតឆ្លងដែន|ឆ្លងកាត់ក្រុមហ៊ុនជ្រើសរើស] [ខ្ញុំនាំឆ្លងដោយខ្លួនឯង|មានផ្លូវឆ្លងព្រំដែន]",
            ),
            "optional": (
                "[បង់រួចមិនសងវិញ|បង់ហើយមិនអាចដកវិញ]",
                "[ចេញដំណើរ|ឡានចេញ]ពី[សៀមរាប|បន្ទាយមានជ័យ|ភ្នំពេញ] [ថ្ងៃស្អែក|ចុងសប្ដាហ៍នេះ]",
                "[នាំ|អញ្ជើញ]មិត្តភក្តិទៅជាមួយ [បានថ្លៃជើងសារ|បានបញ្ចុះតម្លៃ]",
                "[កុំ|មិនបាច់]ប្រាប់[នរណា|គ្រួសារ]ច្រើន",
            ),
            "contact": ("[តេមក|លេខ] {wa}", "Telegram {handle}"),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[ធនាគារ|ក្រុមហ៊ុនទូរគមនាគមន៍|ក្រុមហ៊ុនធានារ៉ាប់រង|ក្រុមហ៊ុន] {org} [កំពុងជ្រើសរើស|ត្រូវការ]បុគ្គលិក[ផ្នែកសេវាអតិថិជន|Call Center|ផ្នែកឆ្លើយទូរស័ព្ទ] [ចំនួន {n} រូប|ច្រើនរូប]",
            "core": (
                "[ប្រាក់ខែ|ប្រាក់បៀវត្ស] {salary} [+ប្រាក់លើកទឹកចិត្ត|+ប្រាក់ថែមម៉ោង] [ចុះឈ្មោះ ប.ស.ស.|មានធានារ៉ាប់រងសុខភាព]",
                "[មិនទាមទារ|មិនចាំបាច់មាន]បទពិសោធន៍ [មានវគ្គបណ្តុះបណ្តាល|ក្រុមហ៊ុនបណ្តុះបណ្តាលឱ្យ] [មុនចូលធ្វើការ|២សប្ដាហ៍]",
                "[ទីតាំង|ការិយាល័យ]៖ [ខណ្ឌដូនពេញ|ខណ្ឌចំការមន|ខណ្ឌ៧មករា|ខណ្ឌទួលគោក] រាជធានីភ្នំពេញ",
            ),
            "optional": (
                "[ម៉ោងធ្វើការ|ធ្វើការ] [៨ព្រឹក-៥ល្ងាច|ពីថ្ងៃច័ន្ទ-សុក្រ] [ឈប់ថ្ងៃអាទិត្យ|ឈប់ចុងសប្ដាហ៍]",
                "[បញ្ចប់|យ៉ាងហោចណាស់]បាក់ឌុប [និយាយ|ចេះ]ភាសាអង់គ្លេសបានខ្លះ",
                "[សម្ភាសន៍|សម្ភាសន៍ផ្ទាល់]នៅការិយាល័យក្រុមហ៊ុន [មិនគិតថ្លៃ|ដោយមិនយកថ្លៃ]",
                "[មានប្រាក់ខែទី១៣|មានច្បាប់ឈប់សម្រាកប្រចាំឆ្នាំ]",
            ),
            "contact": ("[ផ្ញើ CV|ដាក់ពាក្យ]មក {email}", "[ទូរស័ព្ទ|Tel] {wa}"),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[ហាង|ហាងលក់ទូរស័ព្ទ|ហាងកាហ្វេ|ហាងលក់សម្លៀកបំពាក់] [ត្រូវការ|រក]បុគ្គលិក[លក់|ឆ្លើយឆាតផេក|មើលហាង] [នៅភ្នំពេញ|នៅសៀមរាប|នៅបាត់ដំបង|នៅកំពង់ចាម]",
            "core": (
                "ប្រាក់ខែ {salary} [+ហូបបាយថ្ងៃត្រង់|+ប្រាក់កម្រៃលក់]",
                "[មិនចេះ|អត់ចេះ]ក៏[បង្រៀន|មានអ្នកបង្រៀន] [ឱ្យតែ|សំខាន់]ស្មោះត្រង់ និងឧស្សាហ៍",
                "[ធ្វើការ|ម៉ោង] [៧ព្រឹក-៥ល្ងាច|៨ព្រឹក-៦ល្ងាច] [ឈប់ ៤ថ្ងៃ/ខែ|ឈប់មួយថ្ងៃក្នុងមួយសប្ដាហ៍]",
            ),
            "optional": (
                "[មានកន្លែងស្នាក់នៅ|មានបន្ទប់ស្នាក់នៅ]សម្រាប់អ្នកមកពីខេត្ត",
                "[អញ្ជើញ|សូមអញ្ជើញ]មកសម្ភាសន៍ផ្ទាល់នៅហាង",
                "[មិនយកលុយ|មិនគិតថ្លៃ]ពីបុគ្គលិកទេ",
                "[ទទួល|ត្រូវការ]តែស្រី អាយុ ១៨-៣០ ឆ្នាំ",
            ),
            "contact": ("[តេមក|លេខទូរស័ព្ទ] {wa}", "[Inbox ផេក|ឆាតមកផេក]"),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[We are hiring|ជ្រើសរើសបុគ្គលិក] [Customer Service Agent|ភ្នាក់ងារសេវាអតិថិជនភាសាអង់គ្លេស] [នៅភ្នំពេញ|រាជធានីភ្នំពេញ]",
            "core": (
                "[ប្រាក់ខែ|ប្រាក់បៀវត្ស] {salary} [+ប្រាក់ឧបត្ថម្ភវេនយប់|+ប្រាក់រង្វាន់ប្រចាំខែ]",
                "[ត្រូវការ|តម្រូវ]ចេះភាសាអង់គ្លេស[ល្អ|សន្ទនាបាន] [មិនចាំបាច់មានបទពិសោធន៍|និស្សិតក៏អាចដាក់ពាក្យបាន]",
                "[ចុះកិច្ចសន្យា|មានកិច្ចសន្យាការងារ] [ស្របតាមច្បាប់ការងារ|តាមច្បាប់ការងារកម្ពុជា][ និងចុះឈ្មោះ ប.ស.ស.|]",
            ),
            "optional": (
                "[ការិយាល័យ|ទីតាំង]នៅ[មហាវិថីព្រះនរោត្តម|មហាវិថីព្រះមុនីវង្ស|ខណ្ឌបឹងកេងកង] [សម្ភាសន៍ផ្ទាល់|មានតេស្តភាសាអង់គ្លេស]",
                "[បណ្តុះបណ្តាល|Training] [មានប្រាក់ខែ|ក្រុមហ៊ុនចេញ] [២សប្ដាហ៍|១ខែ]",
                "[វេន|ធ្វើការ] ៨ម៉ោង [មានវេនយប់|ប្តូរវេន]",
                "[មិនគិតថ្លៃ|ដោយមិនយកថ្លៃ]ក្នុងការដាក់ពាក្យ",
            ),
            "contact": ("[Send CV|ផ្ញើ CV] {email}", "Telegram HR {handle}"),
        },
        {
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[រោងចក្រកាត់ដេរ|អង្គការ|សាលារៀន|មន្ទីរពេទ្យ] {org} [នៅ|ក្នុង][ខេត្តកំពង់ស្ពឺ|ខេត្តតាកែវ|ខេត្តបាត់ដំបង|ក្រុងសៀមរាប|ខេត្តព្រះសីហនុ] [ជ្រើសរើស|ត្រូវការ][កម្មករ|គ្រូបង្រៀន|បុគ្គលិករដ្ឋបាល|គិលានុបដ្ឋាក|អ្នកបកប្រែ]",
            "core": (
                "[ប្រាក់ខែ|ប្រាក់ឈ្នួល] {salary} [តាមច្បាប់ការងារ|+ប្រាក់ថែមម៉ោង]",
                "[ចុះឈ្មោះ ប.ស.ស.|មានរបបសន្តិសុខសង្គម] [និងមានកិច្ចសន្យា|ធ្វើកិច្ចសន្យាច្បាស់លាស់]",
                "[ដាក់ពាក្យ|ដាក់ពាក្យផ្ទាល់]នៅ[ការិយាល័យ|រោងចក្រ|អង្គការ] [ឬ|ឬតាមអ៊ីមែល] {email}",
            ),
            "optional": (
                "[មិនចាំបាច់មានបទពិសោធន៍|អ្នកថ្មីក៏ទទួល] [មានបង្ហាត់បង្រៀន|បង្ហាត់ឱ្យ]",
                "[មានឡាន|មានឡានដឹក]ទទួលជូន[ពីភូមិ|បុគ្គលិក]",
                "[មិនយកថ្លៃ|ឥតគិតថ្លៃ]ក្នុងការដាក់ពាក្យ",
                "[ឈប់សម្រាក|ច្បាប់ឈប់]តាមច្បាប់ [ថ្ងៃបុណ្យ|ប្រចាំឆ្នាំ]",
                "ការងារនៅក្នុងប្រទេស [មិនចាំបាច់ធ្វើដំណើរទៅក្រៅ|]",
            ),
            "contact": ("[ទំនាក់ទំនង|ទូរស័ព្ទ] {wa}", "[អ៊ីមែល|ផ្ញើ CV] {email}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[ព័ត៌មាន|ការព្រមាន|ប្រកាសព័ត៌មាន]៖ [ពលរដ្ឋ|យុវជន]ខ្មែរ[ត្រូវបានបោកប្រាស់|ត្រូវបានជួញដូរ]ទៅធ្វើការ[ក្នុងមជ្ឈមណ្ឌលបោកប្រាស់|បោកប្រាស់តាមអនឡាញ]",
            "core": (
                "[ជនរងគ្រោះ|ពួកគេ]បានឃើញ[ការផ្សាយ|ការប្រកាស]ជ្រើសរើសការងារ[តាម Facebook|តាម TikTok|តាម Telegram] [ប្រាក់ខែ ១០០០ ដុល្លារ|ប្រាក់ខែខ្ពស់ គ្មានបទពិសោធន៍ក៏បាន]",
                "[ពេលទៅដល់|ក្រោយទៅដល់] [ត្រូវបានរឹបអូស|ត្រូវគេដក]លិខិតឆ្លងដែន [ហើយបង្ខំ|បង្ខំ]ឱ្យ[បោកប្រាស់មនុស្សតាមអនឡាញ|ធ្វើការ ១៦ម៉ោង] [បើមិនធ្វើ|បើមិនបានតួលេខ]ត្រូវ[វាយ|ពិន័យ|លក់បន្ត]",
                "[សូម|សូមបងប្អូន]កុំជឿ[ការផ្សាយ|ការងារ]ដែល[ប្រាក់ខែខ្ពស់ខុសធម្មតា|ទាក់ទងតែតាម Telegram|ប្រាប់ឱ្យប្រើទិដ្ឋាការទេសចរណ៍]",
            ),
            "optional": (
                "[មុននឹងទៅធ្វើការក្រៅប្រទេស|មុនចេញដំណើរ] [សូមពិនិត្យ|ត្រូវផ្ទៀងផ្ទាត់]ក្រុមហ៊ុនជាមួយក្រសួងការងារ",
                "[បើមានសាច់ញាតិ|ប្រសិនបើមានអ្នកស្គាល់]ជាប់[ក្នុងស្ថានភាពនេះ|នៅទីនោះ] [សូមរាយការណ៍|សូមទាក់ទង][នគរបាល|ស្ថានទូត|សមត្ថកិច្ច]ភ្លាម",
                "[ចែករំលែក|Share]ដើម្បីជួយ[គ្នា|មិត្តភក្តិ]",
            ),
            "contact": (
                "[ប្រភព|ព័ត៌មានពី][ក្រសួងមហាផ្ទៃ|ក្រសួងការងារ|នគរបាលជាតិ]",
                "[ចែករំលែក|ផ្សព្វផ្សាយ]ដោយ[អង្គការ|ក្រុមការងារ]ប្រឆាំងការជួញដូរមនុស្ស",
            ),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[ក្រុមហ៊ុន|ការិយាល័យ] {org} [ត្រូវការ|ជ្រើសរើស]បុគ្គលិក[បញ្ចូលទិន្នន័យ| Data Entry] [ធ្វើការពីផ្ទះ|ក្រៅម៉ោង|ពេញម៉ោង]",
            "core": (
                "[ការងារ|ភារកិច្ច]៖ [បញ្ចូលទិន្នន័យ|វាយបញ្ចូល][វិក្កយបត្រ|ព័ត៌មានអតិថិជន|ផលិតផល]ទៅក្នុង[ Excel|ប្រព័ន្ធក្រុមហ៊ុន]",
                "ប្រាក់ខែ {salary} [ក្នុងមួយខែ|/ខែ] [បើកតាមធនាគារ|ផ្ទេរចូលគណនី ABA]",
                "[មានកិច្ចសន្យា|ចុះកិច្ចសន្យា]ច្បាស់លាស់ [សម្ភាសន៍នៅការិយាល័យ|ជួបសម្ភាសន៍នៅភ្នំពេញ]",
            ),
            "optional": (
                "[មិនយកថ្លៃ|មិនគិតថ្លៃ]អ្វីទាំងអស់ [មិនឱ្យដាក់ប្រាក់|មិនមានការកក់លុយ]",
                "[ត្រូវមាន|ត្រូវការ]កុំព្យូទ័រ និងអ៊ីនធឺណិត",
                "[ចេះ|ប្រើ] Excel [មូលដ្ឋាន|បានល្អ]",
                "[សាកល្បង|ធ្វើតេស្ត]វាយអក្សរមុនចូលធ្វើការ",
            ),
            "contact": ("[ផ្ញើ CV|ដាក់ពាក្យ] {email}", "[ទូរស័ព្ទ|Tel] {wa}"),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[ត្រូវការ|រក]និស្សិត[វាយអក្សរ|បញ្ចូលទិន្នន័យ] [ក្រៅម៉ោង|Part-time] [មិនគិតថ្លៃ|ការងារពិត]",
            "core": (
                "[ការិយាល័យ|យើង]ត្រូវការ[អ្នកជួយ|និស្សិត]វាយ[ឯកសារ|ទិន្នន័យស្ទង់មតិ]ជាខ្មែរ [រយៈពេល ២-៣ ខែ|ជាប្រចាំ]",
                "[ប្រាក់ឈ្នួល|ប្រាក់ខែ] {salary} [បើកចុងខែ|តាមចំនួនការងារ]",
                "[យើងមិនដែល|យើងមិន]ស្នើសុំឱ្យ[ដាក់ប្រាក់|បង់លុយ]មុនទេ [បើមាននរណាសុំលុយ|បើមានគេសុំលុយ]គឺ[បោកប្រាស់|មិនមែនយើង]",
            ),
            "optional": (
                "[មកសម្ភាសន៍|មកយកឯកសារ]នៅ[ការិយាល័យ|ការិយាល័យយើង]",
                "[វាយខ្មែរ|វាយ Unicode]បានត្រឹមត្រូវ",
                "[ធ្វើពេលទំនេរ|ធ្វើពីផ្ទះបាន]",
            ),
            "contact": ("[Telegram|តេឡេក្រាម] {handle}", "[អ៊ីមែល|Email] {email}"),
        },
        {
            # Korea's EPS through the Ministry of Labour, government to government.
            "subtype": "gov_placement",
            "label": 0,
            "title": "[សេចក្ដីជូនដំណឹង|ដំណឹង]៖ [ការចុះឈ្មោះ|ការប្រឡង]ភាសាកូរ៉េ (EPS-TOPIK) [សម្រាប់|ដើម្បី]ទៅធ្វើការនៅ[សាធារណរដ្ឋកូរ៉េ|ប្រទេសកូរ៉េ]",
            "core": (
                "[កម្មវិធីនេះ|ប្រព័ន្ធ EPS] [ជាកិច្ចព្រមព្រៀងរវាងរដ្ឋាភិបាល|គឺរវាងរដ្ឋាភិបាលនិងរដ្ឋាភិបាល][ កម្ពុជា-កូរ៉េ|]",
                "[ចុះឈ្មោះ|ដាក់ពាក្យ][តែ|តែតាមរយៈ]ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ[ ឬមន្ទីរការងារខេត្ត|]",
                "[ប្រាក់ខែ|ប្រាក់ឈ្នួល][តាមច្បាប់ប្រាក់ឈ្នួលអប្បបរមាកូរ៉េ|អប្បបរមាតាមច្បាប់កូរ៉េ] [ប្រហែល|ប្រមាណ] {salary}",
            ),
            "optional": (
                "[មិនមាន|គ្មាន]មេខ្យល់ [បើមានអ្នកសុំលុយ|បើមានគេសន្យាថាធានាជាប់] [គឺបោកប្រាស់|សូមរាយការណ៍]",
                "[ត្រូវ|ត្រូវតែ]ប្រឡងជាប់ភាសា និងពិនិត្យសុខភាព",
                "[ចុះកិច្ចសន្យា|កិច្ចសន្យា]ជាមួយនិយោជកមុនចេញដំណើរ [ប្រើទិដ្ឋាការ E-9|ធ្វើដំណើរដោយទិដ្ឋាការការងារ E-9]",
                "[អាយុ|លក្ខខណ្ឌ] ១៨-៣៩ ឆ្នាំ",
            ),
            "contact": (
                "[ព័ត៌មានបន្ថែម|សាកសួរ]នៅក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
                "[មើល|ពិនិត្យ]ទំព័រផ្លូវការរបស់ក្រសួង",
            ),
        },
        {
            "subtype": "gov_placement",
            "label": 0,
            "title": "[ការប្រឡង|ដំណឹងអំពីការប្រឡង]ពលករជំនាញជាក់លាក់ (SSW)[ និងភាសាជប៉ុន|] [សម្រាប់ធ្វើការនៅប្រទេសជប៉ុន|ទៅជប៉ុន]",
            "core": (
                "[ការប្រឡង|កម្មវិធីនេះ][រៀបចំ|ធ្វើឡើង]តាម[កិច្ចសហប្រតិបត្តិការ|កិច្ចព្រមព្រៀង]រវាង[រដ្ឋាភិបាលកម្ពុជា និងជប៉ុន|កម្ពុជា-ជប៉ុន]",
                "[ជាប់|ក្រោយប្រឡងជាប់]ហើយ [ត្រូវ|អាច]ចុះកិច្ចសន្យាជាមួយនិយោជកជប៉ុន [ប្រាក់ខែស្មើពលករជប៉ុន|ប្រាក់ខែដូចពលករជប៉ុន] [ប្រហែល|ប្រមាណ] {salary}",
                "[ការបញ្ជូន|ការចេញដំណើរ][ត្រូវឆ្លងកាត់|តែតាមរយៈ][ក្រសួងការងារ|ទីភ្នាក់ងារដែលមានអាជ្ញាប័ណ្ណ]",
            ),
            "optional": (
                "[មិនបង់|មិនមាន]ថ្លៃមេខ្យល់",
                "[ត្រូវ|ត្រូវតែ]ចេះភាសាជប៉ុនកម្រិត [N4|A2]",
                "[លទ្ធផល|កាលវិភាគប្រឡង]ផ្សព្វផ្សាយ[តាមគេហទំព័រផ្លូវការ|តែតាមប្រភពផ្លូវការ]",
            ),
            "contact": (
                "[សាកសួរ|ព័ត៌មាន]នៅមន្ទីរការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈខេត្ត",
                "[ប្រភព|ព័ត៌មានពី]ក្រសួងការងារ",
            ),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[ក្រុមហ៊ុន|ទីភ្នាក់ងារជ្រើសរើសពលករ] {org} [ជ្រើសរើស|ត្រូវការ]ពលករទៅធ្វើការនៅ[ប្រទេសជប៉ុន|ប្រទេសកូរ៉េ|សិង្ហបុរី]",
            "core": (
                "[ក្រុមហ៊ុនមានអាជ្ញាប័ណ្ណ|មានអាជ្ញាប័ណ្ណ]ពីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ [លេខ|អាជ្ញាប័ណ្ណលេខ] [០២៨|១១៥|០៧៣]",
                "ប្រាក់ខែ {salary} [តាមកិច្ចសន្យា|បូកម៉ោងបន្ថែម]",
                "[ចុះកិច្ចសន្យា|កិច្ចសន្យាការងារ]មុនចេញដំណើរ [ធ្វើដំណើរដោយទិដ្ឋាការការងារ|មិនប្រើទិដ្ឋាការទេសចរណ៍]",
            ),
            "optional": (
                "[ថ្លៃសេវា|ថ្លៃ]តាមការកំណត់របស់ក្រសួង [មានវិក្កយបត្រ|ចេញបង្កាន់ដៃ]",
                "[និយោជក|ថៅកែ]ចេញថ្លៃសំបុត្រយន្តហោះ[ តាមកិច្ចសន្យា|]",
                "[មានវគ្គ|ត្រូវចូលរៀន]បណ្តុះបណ្តាលមុនចេញដំណើរ",
                "[លិខិតឆ្លងដែន|ប៉ាស្ព័រ][ពលករកាន់ខ្លួនឯង|គ្មាននរណាអាចរក្សាទុកបាន]",
                "[ការិយាល័យ|អាសយដ្ឋាន]៖ [ភ្នំពេញ|ខណ្ឌសែនសុខ|ខណ្ឌមានជ័យ] [អាចមកសួរផ្ទាល់|ស្វាគមន៍មកពិនិត្យ]",
            ),
            "contact": ("[ទូរស័ព្ទ|ទំនាក់ទំនង] {wa}", "[អ៊ីមែល|Email] {email}"),
        },
        {
            # Legal MOU recruitment to Thailand, pay at the Thai legal minimum.
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "[ការងារ|ធ្វើការ]នៅប្រទេសថៃ[តាម MOU|ស្របច្បាប់តាម MOU] [រោងចក្រ|កសិដ្ឋាន|សំណង់] [ត្រូវការ|ជ្រើសរើស] {n} [នាក់|រូប]",
            "core": (
                "[ប្រាក់ឈ្នួល|ប្រាក់ខែ]តាមច្បាប់ថៃ [៣៥០-៤០០|៣៧០-៤០០] បាតក្នុងមួយថ្ងៃ [បូកម៉ោងបន្ថែម|មានម៉ោងបន្ថែម]",
                "[ធ្វើ|រៀបចំ]លិខិតឆ្លងដែន ទិដ្ឋាការការងារ និងប័ណ្ណការងារ[ត្រឹមត្រូវ|ស្របច្បាប់] [តាមរយៈក្រុមហ៊ុនមានអាជ្ញាប័ណ្ណ|ជាមួយក្រសួងការងារ]",
                "[ចុះកិច្ចសន្យា|ធ្វើកិច្ចសន្យា][ជាភាសាខ្មែរ និងថៃ|ពីរភាសា] មុនចេញដំណើរ",
            ),
            "optional": (
                "[ថ្លៃ|ថ្លៃឯកសារ][តាមការកំណត់|តាមតារាងតម្លៃផ្លូវការ][ មានបង្កាន់ដៃ|]",
                "[និយោជក|ថៅកែ]មានកន្លែងស្នាក់នៅ",
                "[មិនបាច់|មិនចាំបាច់]មានបទពិសោធន៍[ ការងាររោងចក្រ|]",
                "[បង់ ប.ស.ស. ថៃ|មានធានារ៉ាប់រងសង្គមថៃ]",
                "[ពិនិត្យ|ផ្ទៀងផ្ទាត់]ឈ្មោះក្រុមហ៊ុនក្នុងបញ្ជីក្រសួងការងារ",
            ),
            "contact": (
                "[ទំនាក់ទំនង|តេមក] {wa}",
                "[មកការិយាល័យផ្ទាល់|ការិយាល័យ] [នៅបន្ទាយមានជ័យ|នៅភ្នំពេញ|នៅសៀមរាប]",
            ),
        },
    ),
    "tl": (
        {
            # Subtle: "abroad", salary "sa PM", passport and ready to fly.
            "subtype": "compound_cs",
            "label": 1,
            "title": "[HIRING ABROAD|Trabaho abroad|Work abroad, hiring na] - [Office staff|Chat support|Marketing assistant], [malaki ang sahod|mataas ang sweldo|goods ang sahod]",
            "core": (
                "[Hindi na kailangan ng|Wala nang hinahanap na] experience, [may training|tuturuan ka] [pagdating doon|sa office mismo]",
                "[Kailangan lang|Ang kailangan lang] [ng valid passport|may passport ka] at [handa kang umalis|ready ka nang lumipad] [agad|anumang oras]",
                "[Sahod|Sweldo] [usapan na lang sa PM|sasabihin sa interview|malaki, promise][, may bonus pa|, plus incentives|]",
            ),
            "optional": (
                "[Saan ang location|Kung saan]? [Sa PM ko na lang sasabihin|Sasabihin pagka-confirm mo]",
                "[Libre|Sagot] ang [ticket|flight] at [accommodation|tirahan]",
                "[18-35 years old|Edad 20-35], [kahit HS grad|kahit undergrad]",
                "[Kaunti na lang|Limitado] ang slot, [unahan na lang|first come first serve]",
                "[Huwag na|Wag nang] [dumaan sa agency|mag-agency], [direct hiring|diretso sa employer] kami",
            ),
            "contact": (
                "[PM|Message] [mo ako|lang] para sa details",
                "[Telegram|TG] {handle}",
                "[Viber|WhatsApp] {wa}",
            ),
        },
        {
            "subtype": "compound_typist",
            "label": 1,
            "title": "[Hiring|Naghahanap] ng [Typist|Encoder|Data Encoder] [abroad|sa Cambodia|sa Myanmar|sa Laos] - [walang experience|kahit walang exp] [okay lang|pwede]",
            "core": (
                "[Trabaho|Gagawin mo]: [mag-type|mag-encode|mag-copy paste] ng [messages|chat|text] [base sa|gamit ang] [template|script] [na ibibigay|ng kumpanya]",
                "[Basta|Kailangan lang] [marunong mag-type|mabilis mag-type|30-40 wpm], [kahit hindi magaling mag-English|kahit konti lang ang English]",
                "[Sahod|Sweldo] {salary} [kada buwan|buwan-buwan], [libre|may libreng] [dorm at pagkain|tirahan at tatlong beses na kain]",
            ),
            "optional": (
                "[Online|Video call] [ang interview|interview lang], [pag pasado|kapag pumasa] [book agad ng ticket|aalis agad]",
                "[Sagot|Libre] ng [company|kumpanya] ang [plane ticket|pamasahe]",
                "[Iiwan|Ipapahawak] sa [HR|kumpanya] ang passport [para sa working visa|habang nasa kontrata]",
                "[Trabaho|Duty] {hours} oras [kada araw|sa isang araw]",
                "[Kaunti na lang|{n} na lang] ang [slot|bakante]",
            ),
            "contact": ("[PM|Message] sa Telegram {handle}", "[WhatsApp|Viber] {wa}"),
        },
        {
            "subtype": "compound_typist",
            "label": 1,
            "title": "[Legit na|Totoong] [typing job|encoding job] [abroad|sa ibang bansa], [libre lahat|sagot lahat ng company]",
            "core": (
                "[Sino|Sinong] [gustong|interesado na] [mag-abroad|magtrabaho abroad]? [May|Meron kaming] [opening|bakante] sa [typing job|encoder job], [aircon na office|upo lang maghapon]",
                "[Sahod|Sweldo] {salary}, [libre|sagot ng company] ang [ticket|flight], [bahay|dorm] at [pagkain|food]",
                "[Kahit|Kahit na] [walang experience|first time mag-abroad], [tuturuan ka naman|may training naman]",
            ),
            "optional": (
                "[Alis|Flight] [next week|agad-agad], [kailangan|need] lang ng passport",
                "[Tourist visa|Visa-free] muna, [dun na|pagdating doon] [aayusin|gagawin] ang [work permit|papel]",
                "[Kung|Pag] [tanungin|tinanong] ka ng [immigration|IO], [sabihin mo|sabihin lang] [magbabakasyon ka|may kamag-anak ka doon]",
                "[Madami na|Marami nang] [kababayan|Pinoy] doon, [di ka mag-iisa|masaya doon]",
            ),
            "contact": ("[PM|Chat] mo lang ako", "[Telegram|TG] {handle}"),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[Hiring|Naghahanap] ng [CSR|Chat Support|Encoder|Marketing] [para sa|sa] [online casino|gaming company|online sabong] [sa Cambodia|sa Poipet|sa Bavet|abroad]",
            "core": (
                "[Trabaho|Gagawin]: [sasagutin ang|mag-a-assist sa] [players|mga member] [tungkol sa|para sa] [deposit at withdrawal|cash in at cash out] [sa chat|online]",
                "[Sahod|Sweldo] {salary} [+ commission|+ incentives|plus bonus]",
                "[Walang experience|Kahit walang experience] [ok lang|pwede], [basta|kailangan lang] [marunong mag-computer|mabilis mag-type]",
            ),
            "optional": (
                "[Libre|Sagot] ang [dorm|tirahan], [pagkain|kain] at [ticket|pamasahe]",
                "[Kontrata|Contract] [isang taon|1 year], [kapag umalis nang maaga|pag nag-AWOL] [babayaran mo|may penalty] ang [ticket|gastos]",
                "{hours} [oras|hrs] ang [duty|shift], [2 days off|apat na day off] kada buwan",
                "[Hahawakan|Itatago] ng [company|HR] ang passport [para sa visa|habang nandun ka]",
            ),
            "contact": ("[Telegram|TG] {handle}", "[PM|Message] lang po"),
        },
        {
            "subtype": "gambling_operator",
            "label": 1,
            "title": "[Hiring|Naghahanap] ng [agent|marketing staff|promoter] para sa [online sabong|e-games|online casino site]",
            "core": (
                "[Gagawin mo|Trabaho mo]: [mag-invite|mag-recruit] ng [players|bagong member] [sa Facebook|sa GC] at [hikayatin|i-encourage] silang [mag-cash in|mag-deposit]",
                "[Sahod|Sweldo] {salary} [plus|at] [komisyon sa bawat deposit|porsyento sa talo ng players]",
                "[Office|Opisina] [nasa|ay sa] [Cambodia|abroad|Poipet|Myawaddy], [sagot ng company|libre] ang [ticket|byahe]",
            ),
            "optional": (
                "[Kahit walang experience|No experience], [basta madiskarte|basta magaling makipag-usap]",
                "[May dorm|Libre ang kuwarto] [malapit sa office|sa loob ng compound]",
                "[Sahod|Bayad] [in USDT|sa GCash o USDT]",
                "[Aalis na|Byahe na] [sa Sabado|ngayong linggo]",
            ),
            "contact": ("[PM|Message] sa Telegram {handle}", "[Viber|WhatsApp] {wa}"),
        },
        {
            "subtype": "crypto_marketing",
            "label": 1,
            "title": "[Hiring|Naghahanap] ng [English-speaking|magaling mag-English na] [chat agent|online sales|customer support] [para sa crypto|para sa investment platform] [abroad|sa Dubai|sa Cambodia]",
            "core": (
                "[Kakausapin mo|Ka-chat mo] ang mga [foreigner|kliyente sa US at Europe] [sa dating app|sa social media] [at|tapos] [yayain|i-invite] sila [mag-invest|mag-trade] [sa platform|sa app] namin",
                "[Sahod|Sweldo] {salary} [+ commission|plus malaking komisyon]",
                "[Bibigyan ka|Magbibigay kami] ng [phone|account|profile at pictures] [at|plus] [script|guide] [na susundan|para sa chat]",
            ),
            "optional": (
                "[Hindi mo kailangan|Di kailangan] [maging expert|ng alam] sa crypto",
                "[Libre|Sagot] ang [flight|ticket] at [condo|dorm]",
                "[May|Merong] [quota|target] [buwan-buwan|kada buwan]",
                "[Kailangan|Need] ng passport, [alis agad|flight agad]",
            ),
            "contact": ("Telegram {handle}", "[PM|Message] lang"),
        },
        {
            "subtype": "task_scam",
            "label": 1,
            "title": "[Part-time|Sideline] [online|sa bahay] - [GCash|payout] [agad|araw-araw], [kumita ng|hanggang] {daily} [kada araw|isang araw]",
            "core": (
                "[Mag-rate|Mag-review] [ng hotels|ng products|ng apps] [at|tapos] [kumita ng|makakuha ng] {per_task} [bawat isa|kada task]",
                "[Para sa|Sa] [combo task|premium task|VIP level], [kailangan mag-recharge|mag-top up ka muna] ng {deposit}, [ibabalik|babalik] [with commission|kasama ang tubo] [pagkatapos ng task|pagkatapos]",
            ),
            "optional": (
                "[Walang|Hindi kailangan ng] [puhunan|capital] [sa umpisa|para magsimula]",
                "[Students|Mga nanay|Mga walang trabaho] [pwede|welcome]",
                "[Join|Sali] ka sa [Telegram group|GC] [para sa|para makuha ang] [daily tasks|task]",
                "[Withdraw|Payout] [diretso sa|via] [GCash|Maya] [within 5 minutes|agad]",
            ),
            "contact": ("[PM|Chat] sa Telegram {handle}", "[WhatsApp|Viber] {wa}"),
        },
        {
            # Fake "direct hire": placement fee, tourist visa, skip the DMW.
            "subtype": "agent_fee",
            "label": 1,
            "title": "[Direct hiring|Hiring] [sa|for] [Canada|Japan|Poland|Australia|New Zealand] - [Farm worker|Caregiver|Factory worker|Hotel staff], [sahod|sweldo] {salary}",
            "core": (
                "[May|Merong] [processing fee|placement fee|reservation fee] na [₱35,000|₱50,000|₱80,000] [para sa visa at ticket|na babayaran muna], [pwede hulugan|pwede installment]",
                "[Tourist visa|Visit visa] [muna|ang gagamitin], [pagdating doon|sa destination na] [iko-convert|papalitan] sa working visa",
                "[Hindi na kailangan|Di na kailangan] [dumaan sa DMW|ng OEC|mag-PDOS], [kami na bahala|mas mabilis]",
            ),
            "optional": (
                "[Guaranteed|Sure na] [approved ang visa|makakaalis], [refundable|may refund] kapag [denied|hindi natuloy]",
                "[Marami na kaming|Madami na kaming] [napaalis|na-deploy], [may proof|may pictures]",
                "[Sa|Pag] [immigration|IO], [sabihin mo|sabihin lang] [magbabakasyon ka|bibisita sa kamag-anak]",
                "[Referral fee|Bonus] [₱5,000|₱10,000] [bawat|sa bawat] [ma-refer|isasama mo]",
                "[Ihulog|Ipadala] ang [reservation|down payment] sa [GCash|bank] [para ma-secure ang slot|para may slot ka]",
            ),
            "contact": (
                "[PM|Message] lang po",
                "[Viber|WhatsApp] {wa}",
                "[Telegram|TG] {handle}",
            ),
        },
        {
            # "Backdoor" escort fee to get past immigration.
            "subtype": "agent_fee",
            "label": 1,
            "title": "[May kilala akong|Meron akong] [employer|company] sa [Cambodia|Thailand|Dubai|abroad] - [chat support|office job], [kailangan ng tao|need ng tao] [ASAP|agad]",
            "core": (
                "[Sahod|Sweldo] {salary}, [office work lang|upo lang maghapon]",
                "[Ako na bahala|Ako na ang bahala] sa [pag-alis mo|exit mo], [backdoor|escort] sa [airport|immigration] [₱25,000|₱30,000|₱45,000] [lang|all-in]",
                "[Dadaan tayo|Lilipad ka] [sa Clark|via Zamboanga|via Malaysia|sa ibang airport] [para hindi ma-offload|para di ka harangin]",
            ),
            "optional": (
                "[Bayad muna|Down payment muna] [bago|bago ang] [flight|alis], [balance|ang kulang] [pagdating doon|ibabawas sa sahod]",
                "[Huwag|Wag] mong [ipaalam|sabihin] sa [pamilya|iba] [na trabaho ang pakay|ang totoong pakay]",
                "[Hindi na|Di na] [kailangan ng kontrata|kailangan ng OEC], [tiwala lang|trust lang]",
                "[Kasama mo|Kasabay mo] ang [ibang recruits|ibang aalis] [sa flight|sa byahe]",
            ),
            "contact": ("[PM|Message] mo ako", "[Telegram|TG] {handle}"),
        },
        {
            "subtype": "local_cs",
            "label": 0,
            "title": "[{org} BPO|Isang BPO company|{org} Contact Center] [ay naghahanap ng|is hiring] [Technical Support|Customer Service|Collections] [agents|representatives] [sa|in] [Quezon City|Iloilo|Cebu|Baguio|Dumaguete]",
            "core": (
                "[Sahod|Sweldo] {salary} [kada buwan|buwan-buwan] [+ night diff|+ allowances], [may SSS, PhilHealth at Pag-IBIG|kumpleto ang government benefits]",
                "[Walang|Kahit walang] experience [pwede|tatanggapin], [may paid training|bayad ang training] [ng tatlong linggo|bago ka i-floor]",
                "[Walk-in interview|Mag-walk in] [Lunes hanggang Biyernes|tuwing weekdays] [9AM-3PM|9AM hanggang 3PM], [dalhin ang|magdala ng] [resume at valid ID|resume at 2 valid IDs]",
            ),
            "optional": (
                "[Walang|Hindi kami naniningil ng] [placement fee|bayad] [kahit piso|sa application]",
                "[Pwede|Puwede] ang [HS grad|SHS grad|college level] [basta|as long as] [maayos mag-English|maganda ang communication skills]",
                "[May|Merong] [HMO|HMO with dependent] [pagka-regular|pagkalipas ng 6 na buwan]",
                "[Malapit sa|Katabi ng] [mall|terminal], [may shuttle|may transpo allowance] [sa gabi|para sa night shift]",
            ),
            "contact": (
                "[I-send|Ipadala] ang resume sa {email}",
                "[Tumawag|Text] sa {wa}",
            ),
        },
        {
            # Teaching jobs in the Mekong region at ordinary pay, permits by the school.
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[Hiring|Naghahanap] ng [ESL teacher|English teacher|Kindergarten teacher] [sa|for] [Phnom Penh|Siem Reap|Ho Chi Minh|Vientiane|Battambang] - [Pinoy|Filipino] [welcome|pwede]",
            "core": (
                "[Sahod|Salary] {salary} [kada buwan|buwan-buwan] [depende sa experience|+ housing allowance]",
                "[Ang school|Ang paaralan] ang [mag-aasikaso|bahala] sa [work permit at business visa|working visa at work permit] [na legal|nang tama], [sila ang magbabayad|walang bayad ang teacher]",
                "[Kailangan|Requirement]: [Bachelor's degree|college graduate], [TESOL o TEFL|may teaching experience] [ay advantage|ay plus]",
            ),
            "optional": (
                "[Online interview|Zoom interview] [muna|una], [tapos|saka] [job offer at kontrata|pirmahan ng kontrata] [bago umalis|bago lumipad]",
                "[Hawak mo|Sa iyo] ang passport mo, [hindi kukunin|walang kukuha] ng school",
                "[Dadaan sa|Ire-register sa] DMW ang kontrata [para sa OEC|bilang direct hire], [ayon sa batas|legal]",
                "[May|Merong] [paid holidays|bayad na holidays] at [airfare reimbursement|ticket pauwi] [pagkatapos ng kontrata|after 1 year]",
                "[Pwede mong i-check|I-check mo] ang [school|website ng school] at [reviews|Facebook page]",
            ),
            "contact": (
                "[I-send|Ipadala] ang CV sa {email}",
                "[Telegram|WhatsApp] ng HR: {handle}",
            ),
        },
        {
            "subtype": "cambodia_legit",
            "label": 0,
            "title": "[{org} Hotel|Isang resort|Isang hotel] sa [Siem Reap|Phnom Penh|Sihanoukville|Kampot] [ay naghahanap ng|is hiring] [Front Office Supervisor|Guest Relations Officer|Sous Chef|Sales Executive]",
            "core": (
                "[Sahod|Salary] {salary} [plus service charge|+ meals], [may staff housing|may accommodation]",
                "[Kontrata|Contract] [1-2 taon|isang taon], [employer-paid|sagot ng hotel] ang [work permit|employment card at visa]",
                "[Interview|Final interview] [sa Zoom|online] [kasama ang|with] [GM|HR manager], [offer letter|job offer] [na may pirma|in writing]",
            ),
            "optional": (
                "[Kailangan ng|May] [2 taon|tatlong taon] na experience sa [hotel|hospitality]",
                "[Dadaan sa|I-process sa] DMW [para sa OEC|bilang direct hire], [walang shortcut|legal lahat]",
                "[Walang|Hindi kami naniningil ng] [placement fee|recruitment fee]",
                "[May weekly day off|Isang day off kada linggo] at [annual leave|paid leave]",
            ),
            "contact": ("[Resume|CV] sa {email}", "[HR|Hotel HR] {wa}"),
        },
        {
            "subtype": "awareness",
            "label": 0,
            "title": "[PAALALA|ALERT|Babala] [mula sa|galing sa] [Bureau of Immigration|DMW|IACAT|DFA]: [na-offload|na-rescue] [na naman ang|ang] [mga kababayan|mga Pinoy] [papuntang|na ni-recruit sa] [Cambodia|Myanmar|Laos]",
            "core": (
                "[Ni-recruit sila|Na-recruit sila] [sa Facebook|sa Telegram|online] [bilang|para maging] [customer service|encoder|chat support] [na may sahod daw na|na may pangakong] [$1,000|$1,500|₱60,000] kada buwan",
                "[Tinuruan|Sinabihan] [silang|sila na] [magpanggap na turista|sabihing bakasyon lang] [sa immigration|sa IO], [at|tapos] [dinaan sa|pinadaan sa] [ibang airport|backdoor]",
                "[Pagdating doon|Doon], [kinuha ang passport nila|kinumpiska ang passport], [pinilit|pinagtrabaho] [silang mang-scam|sa love scam at crypto scam] [ng 16 oras|araw-araw]",
            ),
            "optional": (
                "[Ang|Lahat ng] [legit na trabaho abroad|legal na OFW] ay [dumadaan|may dokumento] sa DMW, [may OEC|may kontrata at working visa]",
                "[I-report|Isumbong] [ang illegal recruiter|ang kahina-hinalang post] sa [DMW|1343 Actionline|IACAT]",
                "[Kung|Kapag] [may kakilala kang|may kamag-anak kang] [na-stranded|naiipit] doon, [tumawag sa|makipag-ugnayan sa] [Philippine Embassy|DFA]",
                "[I-share|Pakishare] [para|upang] [walang ma-biktima|hindi na madagdagan ang biktima]",
            ),
            "contact": (
                "[Source|Mula sa] [BI|DMW|IACAT|DFA]",
                "[Basahin|Tingnan] ang [buong advisory|advisory] sa [official page|opisyal na page] ng [DMW|BI]",
            ),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[Hiring|Naghahanap] ng [Data Entry Clerk|Encoder|Virtual Assistant] - [Work from home|WFH|Hybrid] [sa|for] [{org} Corp.|isang logistics company|isang accounting firm]",
            "core": (
                "[Trabaho|Gagawin]: [mag-encode|mag-input] ng [invoices|inventory|customer records] [sa Excel|sa system] [gamit ang|ayon sa] [guide|template] ng kumpanya",
                "[Sahod|Sweldo] {salary} [kada buwan|buwan-buwan], [sahod|payout] [tuwing 15 at 30|kada kinsenas], [may kontrata|may employment contract]",
                "[Online interview|Interview] [at typing test|at maikling test], [tapos|saka] [contract signing|pirmahan ng kontrata] [bago mag-start|bago simulan]",
            ),
            "optional": (
                "[Walang|Hindi kami naniningil ng] [registration fee|bayad] [kahit magkano|anumang uri], [hindi ka rin|at hindi ka] [pagbabayarin ng|bibili ng] [kit o training|starter kit]",
                "[Kailangan|Dapat] may [sariling laptop|sariling computer] at [stable internet|maayos na internet]",
                "[Fresh grad|Kahit fresh grad] [welcome|pwede]",
                "[May|Merong] [SSS, PhilHealth, Pag-IBIG|government benefits] [kung full-time|para sa full-time]",
            ),
            "contact": ("[I-email|Ipadala] ang resume sa {email}", "[Text|Tawag] {wa}"),
        },
        {
            "subtype": "remote_data_entry",
            "label": 0,
            "title": "[Need ko ng|Naghahanap ako ng] [encoder|taga-type|transcriber] [para sa|for] [small business|aming online shop|research project] [ko|namin], [WFH|sa bahay lang]",
            "core": (
                "[Ita-type|I-encode] lang ang [orders|survey forms|resibo] [sa Google Sheets|sa spreadsheet], [mga|around] [3-4 oras|apat na oras] [kada araw|isang araw]",
                "[Bayad|Sahod] {salary} [kada buwan|per month], [via GCash|bank transfer] [tuwing katapusan|tuwing 15th]",
                "[Walang|Hindi ako maniningil ng] [fee|bayad] [kahit kailan|kahit ano], [kung may|pag may] [humingi ng pera|naningil] [gamit ang pangalan namin|sa pangalan ko], [scam yun|hindi kami yun]",
            ),
            "optional": (
                "[Trial|Test task] [muna|una] [na bayad|bayad pa rin]",
                "[Mas ok|Mas prefer] kung [taga-Laguna|taga-Cavite|taga-Batangas] [para sa|for] [meet-up|pirmahan ng kontrata]",
                "[Dapat|Kailangan] [maayos|accurate] at [marunong sa|alam ang] Excel",
            ),
            "contact": ("[PM|Message] [mo ako|lang] dito", "[Email|Resume] {email}"),
        },
        {
            "subtype": "gov_placement",
            "label": 0,
            "title": "[DMW|Department of Migrant Workers] [Advisory|Anunsyo]: [Korean Language Test|EPS-TOPIK] [para sa|for] [Employment Permit System (EPS)|EPS Korea] [ngayong taon|bukas na ang registration]",
            "core": (
                "[Ang EPS|Ang Employment Permit System] ay [government-to-government|G2G] na programa [ng Pilipinas at Korea|sa pagitan ng Pilipinas at South Korea], [walang|hindi dumadaan sa] [private agency|recruitment agency]",
                "[Mag-register lang|Ang registration ay] [sa|sa pamamagitan ng] [DMW online portal|opisyal na website ng DMW], [walang|hindi kailangan ng] [fixer|middleman]",
                "[Sahod|Sweldo] [ayon sa|batay sa] minimum wage ng Korea, [mga|humigit-kumulang] {salary} [kada buwan|isang buwan]",
            ),
            "optional": (
                "[Ang|Lahat ng] [bayarin|fees] ay [nakalista|naka-post] sa [official advisory|DMW website], [may official receipt|may resibo]",
                "[Pipirma|Magpipirma] ng [kontrata|standard employment contract] [bago umalis|bago ang deployment], [E-9 visa|working visa] ang gamit",
                "[Edad|Age requirement] 18-39, [walang criminal record|walang record ng illegal stay sa Korea]",
                "[Mag-ingat|Ingat] sa [mga nag-aalok ng|sinumang nangangako ng] [pasadong test|guaranteed na slot] [kapalit ng pera|kapag nagbayad]",
            ),
            "contact": (
                "[Para sa detalye|Details], [bisitahin|tingnan] ang [official page|website] ng DMW",
                "[Tumawag|Hotline] sa DMW 1348",
            ),
        },
        {
            "subtype": "gov_placement",
            "label": 0,
            "title": "[JPEPA|Japan-Philippines Economic Partnership Agreement]: [Nurses at caregivers|Caregiver at nurse] [para sa Japan|papuntang Japan] [sa ilalim ng G2G program|sa G2G program]",
            "core": (
                "[Ang programa|Ito] ay [G2G|government-to-government] [sa pamamagitan ng|through] DMW [at ng Japanese counterpart|at JICWELS], [walang placement fee|libre ang placement]",
                "[May|Merong] [libreng|sagot ng programa na] Japanese language training [ng anim na buwan|bago umalis] [sa Pilipinas|dito sa Pilipinas]",
                "[Sahod|Sweldo] [kapareho ng|katulad ng] Japanese [caregiver|nurse], [mga|nasa] {salary} [kada buwan|buwan-buwan]",
            ),
            "optional": (
                "[Kailangan|Requirements]: [BSN graduate|Nursing graduate] [o|or] [TESDA caregiver NC II|caregiver na may NC II]",
                "[Pipirma ng kontrata|Kontrata] [sa employer sa Japan|sa ospital o facility] [bago umalis|bago ang deployment]",
                "[Huwag magbayad|Wag magbigay ng pera] sa [kahit sinong nagsasabing|sinumang nag-aalok ng] [slot|reservation]",
            ),
            "contact": (
                "[Mag-apply|Apply] [lang|] sa [DMW website|official DMW portal]",
                "[Para sa tanong|Inquiries], [tumawag sa|] DMW hotline 1348",
            ),
        },
        {
            "subtype": "p3mi_licensed",
            "label": 0,
            "title": "{org} [Manpower Services|International Recruitment|Placement Agency] [Inc.|Corp.] ([DMW Lic. No.|POEA License No.] [DMW-045-LB-03152022-R|POEA-123-LB-051520-R|DMW-088-LB-11102021-R]) - [hiring|naghahanap ng] [factory workers|caregivers|welders] [for Taiwan|para sa Japan|sa Taiwan]",
            "core": (
                "[Sahod|Basic salary] {salary} [kada buwan|buwan-buwan] [+ OT|plus overtime pay], [ayon sa kontrata|nakasulat sa kontrata]",
                "[Placement fee|Bayarin] [ayon sa patakaran ng DMW|na hindi lalampas sa isang buwang sahod], [may official receipt|may resibo]",
                "[Dadaan sa|May] [PDOS|PEOS at PDOS], medical [at|pati] [OEC|Overseas Employment Certificate] [bago umalis|bago ang flight]",
            ),
            "optional": (
                "[Working visa|Work visa] [lang|ang gamit], [hindi kami gumagamit ng|walang] tourist visa",
                "[I-verify|I-check] ang license namin [sa DMW website|sa verification page ng DMW]",
                "[Walang experience|Kahit walang experience] [pwede|okay] [sa|para sa] [factory work|production], [may skills test|may trade test]",
                "[Sagot ng employer|Employer ang sasagot] sa [visa at airfare|plane ticket], [hindi kakaltasin sa sahod|walang kaltas]",
                "[Office|Opisina] [sa|nasa] [Ermita, Manila|Malate, Manila|Pasay|Cebu City], [bukas|open] [Lunes-Sabado|Mon-Sat] [8AM-5PM|9AM-5PM]",
            ),
            "contact": (
                "[Tumawag|Text] {wa}",
                "[Email|Resume] {email}",
                "[Walk-in|Mag-walk in] sa aming office",
            ),
        },
    ),
}
for _lang, _extra in _MORE.items():
    TEMPLATES[_lang] = (*TEMPLATES[_lang], *_extra)

# Inline names and fillers for the few slots these templates use.
ORGS: dict[str, tuple[str, ...]] = {
    "zh": ("皇家酒店", "湄公河酒店", "莲花酒店", "吴哥餐厅", "金边国际学校"),
    "th": ("สยามการ์เด้น", "ริเวอร์ไซด์", "บ้านสวน", "ไทยเซอร์วิส", "โกลเด้นโลตัส"),
    "vi": (
        "Minh Phát",
        "Tân Thành",
        "Sao Việt",
        "Hưng Thịnh",
        "Phúc An",
        "Đại Dương",
        "Việt Tín",
        "Thành Công",
    ),
    "km": ("អង្គរ", "មេគង្គ", "រាជធានី", "ផ្កាឈូក", "ទន្លេសាប", "សុខសាន្ត", "ពន្លឺថ្មី"),
    "tl": (
        "Bayanihan",
        "Maharlika",
        "Pag-asa",
        "Sampaguita",
        "Luzon Star",
        "Bagong Araw",
        "Mabuhay",
    ),
}
HR_NAMES: tuple[str, ...] = ("王小姐", "李先生", "张小姐", "陈经理", "刘小姐")

# What ordinary job ads in these languages say every day (urgent hiring, no
# degree asked, staff housing or meals, training for beginners), added to
# legitimate posts: real factory, shop and call-centre ads carry them, and
# the scam posts above carry them too, so they decide nothing alone (the
# lure is the journey abroad, the pay, the passport and the private channel).
ORDINARY_PERK_SUBTYPES: frozenset[str] = frozenset(
    {"local_cs", "cambodia_legit", "remote_data_entry", "p3mi_licensed"}
)
ORDINARY_PERKS: dict[str, tuple[str, ...]] = {
    "zh": (
        "[急招|急聘|长期招聘]",
        "学历不限",
        "[包吃包住|包吃住|提供员工宿舍]",
        "[无经验可培训|无需经验，岗前培训]",
        "[高薪|薪资优厚]，按时发放",
    ),
    "th": (
        "[ด่วน รับหลายอัตรา|รับด่วน]",
        "ไม่จำกัดวุฒิการศึกษา",
        "[มีหอพักให้ฟรี|มีที่พักให้]",
        "[ไม่มีประสบการณ์ก็สมัครได้ มีสอนงาน|ไม่ต้องมีประสบการณ์]",
        "[มีอาหารกลางวันฟรี|มีอาหารให้]",
    ),
    "vi": (
        "[Tuyển gấp|Cần tuyển gấp]",
        "Không yêu cầu bằng cấp",
        "[Hỗ trợ chỗ ở miễn phí|Có ký túc xá]",
        "[Không cần kinh nghiệm, được đào tạo|Chưa có kinh nghiệm sẽ được hướng dẫn]",
        "[Bao cơm trưa|Bao ăn trưa]",
    ),
    "km": (
        "[ត្រូវការបន្ទាន់|ជ្រើសរើសបន្ទាន់]",
        "មិនតម្រូវកម្រិតវប្បធម៌",
        "[មានកន្លែងស្នាក់នៅឥតគិតថ្លៃ|មានបន្ទប់ស្នាក់នៅ]",
        "[មិនចាំបាច់មានបទពិសោធន៍ មានបណ្តុះបណ្តាល|គ្មានបទពិសោធន៍ក៏អាចដាក់ពាក្យបាន]",
        "មានអាហារថ្ងៃត្រង់",
    ),
    "tl": (
        "[Urgent hiring!|Hiring ASAP]",
        "[Kahit high school graduate|No degree required]",
        "[May libreng staff house|Free accommodation]",
        "[Walang experience? Okay lang, may training|No experience needed, with paid training]",
        "[Libreng lunch|Free meals]",
    ),
}
