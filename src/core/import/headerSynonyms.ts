import type { ImportTarget } from "./importColumns";

/*
 * Header texts seen in users' own sheets and in CRM exports (Salesforce reports and data export,
 * HubSpot exports, 简道云 / 纷享销客 / 销售易 forms), per target column. Earlier entries are the
 * more typical names: when two source columns both match one target column, the better-ranked
 * synonym wins. Compared through normalizeHeader, so case, spaces and punctuation do not matter.
 */

const company = [
  "公司名称", "客户名称", "公司", "企业名称", "单位名称", "客户公司", "公司全称", "客户全称", "所属公司",
  "Company", "Company Name", "Account Name", "Account", "Organization", "Organisation", "Organization Name",
  "Business Name", "Associated Company", "Account: Account Name",
];
const customerRef = [
  "客户", "客户名称", "客户公司", "公司名称", "关联客户", "所属客户", "对应客户", "公司", "企业名称",
  "Customer", "Customer Name", "Account Name", "Account", "Company", "Company Name", "Client", "Client Name",
  "Associated Company", "Organization", "Account: Account Name", "Related To",
];
const contactName = [
  "联系人", "联系人姓名", "姓名", "客户姓名", "联系人名称", "名字", "Contact", "Contact Name", "Name", "Full Name",
  "Contact Person", "Primary Contact", "Contact: Full Name", "First Name",
];
const owner = [
  "负责人", "销售", "销售员", "销售代表", "所有者", "归属人", "客户经理", "业务员", "跟进人", "销售负责人", "负责销售",
  "所属销售", "Owner", "Account Owner", "Opportunity Owner", "Deal Owner", "Contact Owner", "Company Owner",
  "Sales Rep", "Sales Representative", "Salesperson", "Sales Person", "Rep", "Assigned To", "Owner Name",
  "Record Owner", "HubSpot Owner", "Assigned",
];
const phone = [
  "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "移动电话", "座机", "联系方式", "Phone", "Mobile",
  "Mobile Phone", "Phone Number", "Mobile Phone Number", "Telephone", "Tel", "Cell", "Cell Phone", "Business Phone",
];
const email = [
  "邮箱", "电子邮箱", "电子邮件", "邮件地址", "邮箱地址", "Email", "E-mail", "Email Address", "E-mail Address",
  "Mail", "Work Email",
];
const industry = ["行业", "所属行业", "行业类别", "行业分类", "Industry", "Sector", "Vertical", "Industry Type"];
const region = [
  "区域", "地区", "所在地区", "所属区域", "大区", "省份", "省", "省市", "城市", "所在城市", "国家", "Region",
  "Territory", "Sales Region", "Area", "State", "Province", "State/Region", "Billing State/Province",
  "Mailing State/Province", "Country", "Billing Country", "Country/Region", "City", "Billing City",
];
const tier = [
  "客户等级", "等级", "客户级别", "级别", "客户分级", "分级", "客户类别", "Tier", "Customer Tier", "Rating",
  "Account Rating", "Level", "Grade", "Class", "Priority", "ABC",
];
const source = [
  "来源", "线索来源", "客户来源", "获客渠道", "渠道", "来源渠道", "Source", "Lead Source", "Original Source",
  "Channel", "Acquisition Channel", "Referral Source",
];
const notes = ["备注", "说明", "描述", "备注信息", "Notes", "Note", "Description", "Comments", "Comment", "Remarks", "Memo"];

const synonyms: Record<ImportTarget, Record<string, readonly string[]>> = {
  Customers: {
    CustomerID: [
      "客户编号", "客户ID", "客户代码", "编号", "客户编码", "Customer ID", "Customer No", "Customer Number",
      "Account ID", "Account Number", "Record ID", "Company ID", "ID",
    ],
    Name: contactName,
    Company: company,
    Industry: industry,
    Region: region,
    Owner: owner,
    Tier: tier,
    Source: source,
    Phone: phone,
    Email: email,
    FirstPurchase: [
      "首次购买", "首次购买日期", "首次成交日期", "首单日期", "首次下单日期", "成交日期", "First Purchase",
      "First Purchase Date", "First Order Date", "Customer Since", "Became a Customer Date", "First Deal Closed Date",
    ],
    LastContact: [
      "最近联系", "最近联系日期", "最近联系时间", "最后联系时间", "最近跟进时间", "最后跟进时间", "上次联系",
      "上次跟进", "Last Contact", "Last Contacted", "Last Contact Date", "Last Activity", "Last Activity Date",
      "Last Engagement Date",
    ],
    Status: ["状态", "客户状态", "Status", "Customer Status", "Account Status"],
    Preferences: ["偏好", "客户偏好", "需求", "兴趣", "喜好", "关注点", "Preferences", "Preference", "Interests", "Needs"],
    Satisfaction: ["满意度", "客户满意度", "满意度评分", "Satisfaction", "CSAT", "Satisfaction Score", "NPS"],
    Notes: notes,
  },
  Deals: {
    DealID: [
      "商机编号", "商机ID", "机会编号", "订单编号", "合同编号", "编号", "Deal ID", "Opportunity ID", "Record ID",
      "Opportunity Number", "Deal Number", "ID",
    ],
    Customer: customerRef,
    Owner: owner,
    Stage: [
      "阶段", "销售阶段", "商机阶段", "机会阶段", "当前阶段", "Stage", "Deal Stage", "Opportunity Stage", "Stage Name",
      "Sales Stage", "Pipeline Stage",
    ],
    Amount: [
      "金额", "合同金额", "商机金额", "预计金额", "销售金额", "成交金额", "预计成交金额", "订单金额", "签约金额",
      "Amount", "Deal Amount", "Opportunity Amount", "Value", "Deal Value", "Total Amount", "Contract Value",
      "Amount (converted)", "Expected Revenue",
    ],
    Created: [
      "创建日期", "创建时间", "建立日期", "录入日期", "Created", "Create Date", "Created Date", "Date Created",
      "Created On", "Created Time",
    ],
    ExpectedClose: [
      "预计成交", "预计成交日期", "预计签单日期", "预计结单日期", "预计签约日期", "预计成交时间", "Expected Close",
      "Expected Close Date", "Close Date", "Closing Date", "Estimated Close Date", "Target Close Date",
    ],
    ClosedOn: [
      "成交日期", "实际成交日期", "签单日期", "签约日期", "赢单日期", "结单日期", "关闭日期", "Closed On", "Closed Date",
      "Actual Close Date", "Date Closed", "Won Date", "Close Won Date",
    ],
    StageSince: [
      "进入阶段日期", "阶段开始日期", "阶段变更日期", "阶段更新时间", "Stage Since", "Stage Date", "Stage Entered",
      "Last Stage Change Date", "Date Entered Current Stage", "Stage Changed",
    ],
    LastActivity: [
      "最近活动", "最近活动日期", "最近跟进时间", "最后跟进时间", "最后活动时间", "Last Activity", "Last Activity Date",
      "Last Contacted", "Last Modified Activity",
    ],
    ForecastCategory: ["预测类别", "预测分类", "预测类型", "Forecast Category", "Forecast Category Name", "Forecast Type"],
    Collected: [
      "回款金额", "回款", "已回款", "已收款", "收款金额", "实收金额", "Collected", "Amount Collected", "Paid",
      "Amount Paid", "Received", "Payments Received",
    ],
    LostAt: ["输单阶段", "丢单阶段", "流失阶段", "Lost At", "Lost Stage", "Stage Lost", "Closed Lost Stage"],
    LostReason: [
      "输单原因", "丢单原因", "流失原因", "失败原因", "Lost Reason", "Loss Reason", "Closed Lost Reason", "Reason Lost",
      "Reason for Loss",
    ],
    NextStep: ["下一步", "下一步计划", "下一步行动", "后续计划", "Next Step", "Next Steps", "Next Action"],
  },
  Activities: {
    Date: [
      "日期", "跟进日期", "跟进时间", "联系日期", "拜访日期", "活动日期", "时间", "Date", "Activity Date",
      "Contact Date", "Completed Date", "Due Date", "Created Date", "Create Date",
    ],
    Customer: customerRef,
    DealID: ["商机编号", "商机ID", "关联商机", "所属商机", "Deal ID", "Opportunity ID", "Associated Deal", "Opportunity"],
    Owner: ["跟进人", ...owner.filter((o) => o !== "跟进人"), "Activity Owner", "Assigned To"],
    Method: [
      "跟进方式", "方式", "沟通方式", "联系途径", "跟进类型", "活动类型", "Method", "Type", "Activity Type", "Channel",
      "Task Subtype", "Engagement Type", "Call Type",
    ],
    Summary: [
      "跟进内容", "内容", "摘要", "跟进记录", "沟通内容", "拜访内容", "记录", "备注", "Summary", "Subject", "Description",
      "Notes", "Comments", "Body", "Details", "Activity Notes", "Call Notes",
    ],
    NextContact: [
      "下次联系", "下次联系时间", "下次跟进时间", "下次跟进", "下次跟进日期", "下次拜访", "Next Contact", "Next Contact Date",
      "Next Follow-up", "Next Follow-up Date", "Follow-up Date", "Next Activity Date",
    ],
    Satisfaction: ["满意度", "客户满意度", "满意度评分", "Satisfaction", "CSAT", "Rating", "Satisfaction Score"],
  },
};

/**
 * The header texts that name each column of a target table, best-known first.
 *
 * @example
 * headerSynonyms("Deals").Amount.includes("合同金额") //=> true
 */
export function headerSynonyms(target: ImportTarget): Readonly<Record<string, readonly string[]>> {
  return synonyms[target];
}
