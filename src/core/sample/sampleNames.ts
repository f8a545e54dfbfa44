/*
 * Word lists the sample workbook is made of. Names are common ones, combined at random, and the
 * e-mail domains are under example.com / example.cn (reserved for examples), so no row describes
 * a real company or person.
 */

/** A word and how it is spelled in an e-mail address. */
export type Spelled = readonly [text: string, ascii: string];

export const zhSurnames: readonly Spelled[] = [
  ["王", "wang"],
  ["李", "li"],
  ["张", "zhang"],
  ["刘", "liu"],
  ["陈", "chen"],
  ["杨", "yang"],
  ["黄", "huang"],
  ["赵", "zhao"],
  ["吴", "wu"],
  ["周", "zhou"],
  ["徐", "xu"],
  ["孙", "sun"],
  ["马", "ma"],
  ["朱", "zhu"],
  ["胡", "hu"],
  ["郭", "guo"],
  ["何", "he"],
  ["林", "lin"],
  ["高", "gao"],
  ["罗", "luo"],
  ["郑", "zheng"],
  ["梁", "liang"],
];

export const zhGivenNames: readonly Spelled[] = [
  ["伟", "wei"],
  ["芳", "fang"],
  ["娜", "na"],
  ["敏", "min"],
  ["静", "jing"],
  ["强", "qiang"],
  ["磊", "lei"],
  ["军", "jun"],
  ["洋", "yang"],
  ["勇", "yong"],
  ["艳", "yan"],
  ["杰", "jie"],
  ["涛", "tao"],
  ["明", "ming"],
  ["超", "chao"],
  ["秀英", "xiuying"],
  ["丽", "li"],
  ["霞", "xia"],
  ["平", "ping"],
  ["刚", "gang"],
  ["建华", "jianhua"],
  ["文博", "wenbo"],
  ["子涵", "zihan"],
  ["浩然", "haoran"],
  ["思远", "siyuan"],
  ["雨欣", "yuxin"],
  ["晓东", "xiaodong"],
  ["海燕", "haiyan"],
  ["志强", "zhiqiang"],
  ["婷", "ting"],
  ["欣怡", "xinyi"],
  ["嘉豪", "jiahao"],
];

export const enFirstNames: readonly string[] = [
  "Emma",
  "Liam",
  "Olivia",
  "Noah",
  "Ava",
  "James",
  "Sophia",
  "Lucas",
  "Mia",
  "Ethan",
  "Isabella",
  "Mason",
  "Amelia",
  "Logan",
  "Harper",
  "Daniel",
  "Grace",
  "Henry",
  "Chloe",
  "Jack",
  "Lily",
  "Owen",
  "Zoe",
  "Ryan",
  "Nora",
  "Caleb",
  "Hannah",
  "Isaac",
  "Leah",
  "Adam",
];

export const enLastNames: readonly string[] = [
  "Clark",
  "Smith",
  "Johnson",
  "Brown",
  "Garcia",
  "Miller",
  "Davis",
  "Wilson",
  "Anderson",
  "Taylor",
  "Thomas",
  "Moore",
  "Martin",
  "Lee",
  "Walker",
  "Hall",
  "Allen",
  "Young",
  "King",
  "Wright",
  "Scott",
  "Green",
  "Baker",
  "Adams",
  "Nelson",
  "Carter",
  "Mitchell",
  "Turner",
  "Parker",
  "Collins",
];

/** Trade names (字号) of Chinese companies. */
export const zhTradeNames: readonly Spelled[] = [
  ["华瑞", "huarui"],
  ["恒信", "hengxin"],
  ["嘉诚", "jiacheng"],
  ["中联", "zhonglian"],
  ["鼎盛", "dingsheng"],
  ["瑞丰", "ruifeng"],
  ["宏达", "hongda"],
  ["金诚", "jincheng"],
  ["博远", "boyuan"],
  ["天佑", "tianyou"],
  ["启明", "qiming"],
  ["新源", "xinyuan"],
  ["卓越", "zhuoyue"],
  ["汇通", "huitong"],
  ["德润", "derun"],
  ["安泰", "antai"],
  ["明德", "mingde"],
  ["永兴", "yongxing"],
  ["东方", "dongfang"],
  ["盛世", "shengshi"],
  ["华美", "huamei"],
  ["远航", "yuanhang"],
  ["凯越", "kaiyue"],
  ["蓝海", "lanhai"],
  ["优品", "youpin"],
  ["正和", "zhenghe"],
  ["泰和", "taihe"],
  ["锦程", "jincheng2"],
  ["海纳", "haina"],
  ["星辰", "xingchen"],
  ["晨光", "chenguang"],
  ["同创", "tongchuang"],
  ["万达通", "wandatong"],
  ["信达", "xinda"],
  ["长青", "changqing"],
];

export const enTradeNames: readonly string[] = [
  "Northwind",
  "Contoso",
  "Fabrikam",
  "Adventure",
  "Blue Yonder",
  "Coho",
  "Alpine",
  "Tailspin",
  "Litware",
  "Proseware",
  "Wingtip",
  "Woodgrove",
  "Fourth Coffee",
  "Lucerne",
  "Trey",
  "Wide World",
  "Humongous",
  "Bellows",
  "Summit",
  "Harbor",
  "Redwood",
  "Silverline",
  "Granite",
  "Evergreen",
  "Pinnacle",
  "Riverside",
  "Lakeshore",
  "Meridian",
  "Keystone",
  "Cobalt",
  "Crescent",
  "Orchard",
  "Beacon",
  "Northstar",
  "Bluebird",
];

/** An industry: its name in both languages and the words companies in it put after their trade name. */
export type SampleIndustry = {
  readonly zh: string;
  readonly en: string;
  readonly zhWords: readonly Spelled[];
  readonly enWords: readonly string[];
  /** How large its deals are, relative to the median. */
  readonly scale: number;
};

export const industries: readonly SampleIndustry[] = [
  {
    zh: "制造业",
    en: "Manufacturing",
    zhWords: [
      ["机械", "jixie"],
      ["精密制造", "jingmi"],
      ["电子", "dianzi"],
    ],
    enWords: ["Industries", "Manufacturing", "Machinery"],
    scale: 1.3,
  },
  {
    zh: "软件与互联网",
    en: "Software",
    zhWords: [
      ["科技", "keji"],
      ["网络科技", "wangluo"],
      ["信息技术", "xinxi"],
    ],
    enWords: ["Software", "Systems", "Labs"],
    scale: 1,
  },
  {
    zh: "零售",
    en: "Retail",
    zhWords: [
      ["商贸", "shangmao"],
      ["贸易", "maoyi"],
      ["百货", "baihuo"],
    ],
    enWords: ["Traders", "Retail", "Outfitters"],
    scale: 0.7,
  },
  {
    zh: "医疗健康",
    en: "Healthcare",
    zhWords: [
      ["医疗器械", "yiliao"],
      ["生物科技", "shengwu"],
    ],
    enWords: ["Health", "Medical"],
    scale: 1.2,
  },
  {
    zh: "教育",
    en: "Education",
    zhWords: [
      ["教育科技", "jiaoyu"],
      ["文化传播", "wenhua"],
    ],
    enWords: ["Learning", "Academy"],
    scale: 0.6,
  },
  {
    zh: "金融",
    en: "Finance",
    zhWords: [
      ["投资", "touzi"],
      ["金融服务", "jinrong"],
    ],
    enWords: ["Capital", "Financial"],
    scale: 1.5,
  },
  {
    zh: "物流",
    en: "Logistics",
    zhWords: [
      ["物流", "wuliu"],
      ["供应链", "gongyinglian"],
    ],
    enWords: ["Logistics", "Freight"],
    scale: 0.9,
  },
  {
    zh: "建筑",
    en: "Construction",
    zhWords: [
      ["建设工程", "jianshe"],
      ["建材", "jiancai"],
    ],
    enWords: ["Builders", "Construction"],
    scale: 1.1,
  },
];

/** Sales regions in both languages, the cities of the Chinese ones, and the sample team covering each. */
export const regions: readonly { zh: string; en: string; cities: readonly string[]; team: 0 | 1 }[] = [
  { zh: "华东", en: "East", cities: ["上海", "杭州", "南京", "苏州", "宁波", "合肥"], team: 0 },
  { zh: "华北", en: "North", cities: ["北京", "天津", "济南", "青岛", "石家庄"], team: 0 },
  { zh: "华中", en: "Central", cities: ["武汉", "长沙", "郑州"], team: 0 },
  { zh: "华南", en: "South", cities: ["广州", "深圳", "厦门", "东莞", "佛山"], team: 1 },
  { zh: "西南", en: "West", cities: ["成都", "重庆", "昆明", "贵阳"], team: 1 },
];

export const teamNames = [
  { zh: "华东华北团队", en: "East Team" },
  { zh: "华南西南团队", en: "West Team" },
] as const;

export const sources = [
  { zh: "官网", en: "Website" },
  { zh: "转介绍", en: "Referral" },
  { zh: "展会", en: "Trade show" },
  { zh: "电话营销", en: "Cold call" },
  { zh: "合作伙伴", en: "Partner" },
  { zh: "线上广告", en: "Online ads" },
] as const;
export const sourceWeights = [25, 22, 15, 15, 13, 10];

export const preferences = [
  { zh: "偏好微信沟通", en: "Prefers email over calls" },
  { zh: "关注价格，需多轮报价", en: "Price-sensitive; expects several quotes" },
  { zh: "重视售后服务响应速度", en: "Values fast after-sales support" },
  { zh: "决策链长，需要拜访高层", en: "Long decision chain; meet the executives" },
  { zh: "喜欢现场演示", en: "Likes on-site demos" },
  { zh: "年底集中采购", en: "Buys at year end" },
] as const;

export const customerNotes = [
  { zh: "老客户推荐", en: "Referred by an existing customer" },
  { zh: "有扩容需求", en: "Plans to expand next year" },
  { zh: "付款周期较长", en: "Slow to pay invoices" },
  { zh: "竞品在跟进", en: "A competitor is also talking to them" },
] as const;

export const lostReasons = [
  { zh: "价格过高", en: "Price too high" },
  { zh: "选择了竞品", en: "Chose a competitor" },
  { zh: "预算不足", en: "No budget" },
  { zh: "项目搁置", en: "Project on hold" },
  { zh: "需求不匹配", en: "Needs not met" },
] as const;
export const lostReasonWeights = [30, 28, 18, 14, 10];

/** The next step of an open deal, by stage order (1 = Prospecting … 5 = Contract). */
export const nextSteps: Readonly<Record<number, readonly { zh: string; en: string }[]>> = {
  1: [
    { zh: "电话确认需求", en: "Call to qualify" },
    { zh: "发送公司介绍", en: "Send company overview" },
  ],
  2: [
    { zh: "安排需求调研", en: "Schedule discovery meeting" },
    { zh: "拜访关键决策人", en: "Meet the decision maker" },
  ],
  3: [
    { zh: "提交报价方案", en: "Send the proposal" },
    { zh: "安排产品演示", en: "Run a product demo" },
  ],
  4: [
    { zh: "商谈价格与付款方式", en: "Negotiate price and terms" },
    { zh: "处理法务意见", en: "Resolve legal comments" },
  ],
  5: [
    { zh: "跟进合同盖章", en: "Chase the signed contract" },
    { zh: "确认首付款", en: "Confirm the first payment" },
  ],
};
export const wonNextSteps = [
  { zh: "安排交付与回款", en: "Deliver and invoice" },
  { zh: "售后回访", en: "After-sales check-in" },
] as const;

/** What a follow-up was about, by the stage the deal was in (0 = after-sales return visit). */
export const activitySummaries: Readonly<Record<number, readonly { zh: string; en: string }[]>> = {
  0: [
    { zh: "回访：使用情况良好", en: "Check-in: going well" },
    { zh: "回访：反馈小问题，已处理", en: "Check-in: minor issue fixed" },
    { zh: "回访：有增购意向", en: "Check-in: interested in more seats" },
  ],
  1: [
    { zh: "初次联系，介绍产品", en: "First contact, introduced the product" },
    { zh: "了解客户基本情况", en: "Learned about their business" },
  ],
  2: [
    { zh: "需求调研，确认痛点", en: "Discovery: confirmed pain points" },
    { zh: "与技术负责人沟通", en: "Talked to their tech lead" },
  ],
  3: [
    { zh: "发送报价单", en: "Sent the quote" },
    { zh: "产品演示", en: "Product demo" },
  ],
  4: [
    { zh: "价格谈判", en: "Price negotiation" },
    { zh: "讨论合同条款", en: "Discussed contract terms" },
  ],
  5: [
    { zh: "合同审批中", en: "Contract in approval" },
    { zh: "确认签约时间", en: "Agreed the signing date" },
  ],
  6: [{ zh: "签约成功", en: "Contract signed" }],
  7: [{ zh: "客户决定暂不合作", en: "Customer decided not to go ahead" }],
};
