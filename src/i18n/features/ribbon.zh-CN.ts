import type { Strings } from "../strings";
import type { ribbonEnUS } from "./ribbon";

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
