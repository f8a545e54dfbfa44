import type { Strings } from "../strings";

/** English strings of what the ribbon opens in the pane: the quick follow-up form. */
export const ribbonEnUS = {
  followUp: {
    title: "Log follow-up",
    intro: "For the customer or deal in the selected row of Customers or Deals.",
    reading: "Reading the selected row…",
    forCustomer: "Customer: {{customer}}",
    fromDeal: "Deal {{deal}} is linked; pick another deal or none below.",
    outside: "Select a row of the Customers or Deals table, then choose Use selected row.",
    noCustomer: "The deal in the selected row names a customer that is not in the Customers table.",
    noCustomersTable: "This workbook has no Customers table: set up SalesGrid first.",
    useSelection: "Use selected row",
    close: "Close",
  },
};

/** Chinese strings of what the ribbon opens in the pane. */
export const ribbonZhCN: Strings<typeof ribbonEnUS> = {
  followUp: {
    title: "记录跟进",
    intro: "为客户表或商机表中所选行的客户或商机记录跟进。",
    reading: "正在读取所选行…",
    forCustomer: "客户：{{customer}}",
    fromDeal: "已关联商机 {{deal}}；可在下方改选其他商机或不关联。",
    outside: "请先选中客户表或商机表中的一行，再点击“使用所选行”。",
    noCustomer: "所选行的商机对应的客户不在客户表中。",
    noCustomersTable: "此工作簿没有客户表：请先初始化 SalesGrid。",
    useSelection: "使用所选行",
    close: "关闭",
  },
};
