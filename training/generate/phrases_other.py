"""Whole-post templates for Chinese, Thai, Vietnamese, Khmer and Tagalog.

These languages get a handful of post templates each rather than the full
component grammar of id/en/ms: enough for a model to see the scam and the
honest register in each script, few enough to be checked by a reader of the
language. Each template has ``core`` sentences (always used, order kept),
``optional`` ones (each kept with probability ~0.6, shuffled) and contact
lines. Places are written inline in the local script because their local
names differ from the Latin ones (西港 = Sihanoukville, ប៉ោយប៉ែត = Poipet).

Salary ranges per (lang, kind): the scam lure is several times local pay,
the honest ones are ordinary market wages.
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
    },
    "th": {
        "scam": (("{lo}-{hi} บาท", 35000, 70000, 5000), ("{lo} USD", 1000, 2000, 100)),
        "local": (("{lo}-{hi} บาท", 12000, 22000, 1000), ("{lo} บาท", 13000, 20000, 500)),
        "gov": (("{lo}-{hi} บาท", 45000, 60000, 1000),),
        "task": (("{lo} บาท", 300, 2000, 100),),
    },
    "vi": {
        "scam": (("{lo}-{hi} USD", 1000, 2500, 100), ("{lo}-{hi} triệu", 25, 45, 5)),
        "local": (("{lo}-{hi} triệu", 7, 12, 1), ("{lo} triệu", 7, 11, 1)),
        "xkld": (("{lo}-{hi} triệu", 28, 36, 1),),
        "task": (("{lo}.000đ", 20, 200, 10),),
    },
    "km": {
        "scam": (("{lo}-{hi} ដុល្លារ", 800, 2000, 100), ("${lo}", 900, 2000, 100)),
        "kh": (("{lo}-{hi} ដុល្លារ", 250, 450, 10), ("${lo}", 250, 450, 10)),
    },
    "tl": {
        "scam": (("${lo}-{hi}", 800, 2000, 100), ("{lo} USD", 900, 2000, 100)),
        "local": (("₱{lo}-{hi}", 18000, 28000, 1000), ("₱{lo}", 18000, 26000, 500)),
        "p3mi": (("NT${lo}", 27000, 30000, 500), ("¥{lo}", 160000, 210000, 10000)),
        "task": (("₱{lo}", 50, 500, 10),),
    },
}  # fmt: skip

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

# Inline names and fillers for the few slots these templates use.
ORGS: dict[str, tuple[str, ...]] = {
    "zh": ("皇家酒店", "湄公河酒店", "莲花酒店", "吴哥餐厅", "金边国际学校"),
    "th": ("สยามการ์เด้น", "ริเวอร์ไซด์", "บ้านสวน", "ไทยเซอร์วิส", "โกลเด้นโลตัส"),
    "vi": ("Minh Phát", "Tân Thành", "Sao Việt", "Hưng Thịnh", "Phúc An"),
    "km": ("អង្គរ", "មេគង្គ", "រាជធានី", "ផ្កាឈូក", "ទន្លេសាប"),
    "tl": ("Bayanihan", "Maharlika", "Pag-asa", "Sampaguita", "Luzon Star"),
}
HR_NAMES: tuple[str, ...] = ("王小姐", "李先生", "张小姐", "陈经理", "刘小姐")
