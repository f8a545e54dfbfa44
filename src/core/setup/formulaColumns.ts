import { headerLanguage } from "@core/workbook/headerLanguage";
import {
  forecastCategoryChoices,
  paymentStatusChoices,
  tableSpec,
  workbookLanguages,
  type TableName,
} from "@core/workbook/schema";
import { columnRef, thisRowRef } from "@core/workbook/structuredRef";

/** A table as it stands (or will stand) in the workbook: its name there and its header row. */
export type PlannedTable = { readonly name: string; readonly headers: readonly string[] };

/** How to find a table's written form and a schema column's header in it. */
export type SetupHeaderLookup = {
  readonly table: (name: TableName) => PlannedTable | undefined;
  /** The header of a schema column as written, or undefined when the column is missing. */
  readonly header: (name: TableName, key: string) => string | undefined;
};

type Builder = (lookup: SetupHeaderLookup) => string | undefined;

/**
 * The categories of a decided deal (Closed, Omitted) in both languages, as one `|`-delimited
 * text a SEARCH can look a category up in: no array constant, so it calculates in every Excel
 * build (and a manager's category may be written in either language).
 */
const decidedCategories = `|${forecastCategoryChoices
  .filter((choice) => choice["en-US"] === "Closed" || choice["en-US"] === "Omitted")
  .flatMap((choice) => workbookLanguages.map((language) => choice[language]))
  .join("|")}|`;

/** A text as a formula's string literal (quotes doubled). */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The sum of a Payments column over the rows whose key column equals this row's key (blank when
 * this row's key is blank, so an unnumbered row never sums the unnumbered payments).
 */
function paymentsSum(at: SetupHeaderLookup, table: TableName, key: string, sumKey: string): string | undefined {
  const payments = at.table("Payments");
  const sum = at.header("Payments", sumKey);
  const paymentKey = at.header("Payments", key);
  const own = at.header(table, key);
  if (!payments || !sum || !paymentKey || !own) return undefined;
  const criterion = thisRowRef(own);
  return `IF(${criterion}="","",SUMIFS(${columnRef(payments.name, sum)},${columnRef(payments.name, paymentKey)},${criterion}))`;
}

const builders: Partial<Record<TableName, Partial<Record<string, Builder>>>> = {
  Deals: {
    // The stage's probability from the Stages table; a stage missing there leaves the cell blank.
    Probability: (at) => {
      const stages = at.table("Stages");
      const stageHeader = at.header("Stages", "Stage");
      const probabilityHeader = at.header("Stages", "Probability");
      const dealStage = at.header("Deals", "Stage");
      if (!stages || !stageHeader || !probabilityHeader || !dealStage) return undefined;
      return `=IFERROR(INDEX(${columnRef(stages.name, probabilityHeader)},MATCH(${thisRowRef(dealStage)},${columnRef(stages.name, stageHeader)},0)),"")`;
    },
    // The stage's category from Stages (`&""` so an empty cell there reads as empty, not 0); a
    // manager's ForecastOverride wins while the stage's category is an open one, so a won deal is
    // always Closed and a lost one Omitted. A stage missing from Stages leaves the cell blank,
    // override or not.
    ForecastCategory: (at) => {
      const stages = at.table("Stages");
      const stageHeader = at.header("Stages", "Stage");
      const categoryHeader = at.header("Stages", "ForecastCategory");
      const dealStage = at.header("Deals", "Stage");
      if (!stages || !stageHeader || !categoryHeader || !dealStage) return undefined;
      const own = `INDEX(${columnRef(stages.name, categoryHeader)},MATCH(${thisRowRef(dealStage)},${columnRef(stages.name, stageHeader)},0))&""`;
      const overrideHeader = at.header("Deals", "ForecastOverride");
      if (!overrideHeader) return `=IFERROR(${own},"")`;
      const override = thisRowRef(overrideHeader);
      const decided = `ISNUMBER(SEARCH("|"&${own}&"|","${decidedCategories}"))`;
      // LEFT(own,0) is "" for a listed stage and the lookup's error otherwise, so an override on a
      // stage missing from Stages still leaves the cell blank.
      return `=IFERROR(IF(OR(${override}="",${decided}),${own},LEFT(${own},0)&${override}),"")`;
    },
    // The live sum of the deal's received payments (Payments[Received] by DealID).
    Collected: (at) => {
      const sum = paymentsSum(at, "Deals", "DealID", "Received");
      return sum && `=${sum}`;
    },
    Weighted: (at) => {
      const amount = at.header("Deals", "Amount");
      const probability = at.header("Deals", "Probability");
      if (!amount || !probability) return undefined;
      const a = thisRowRef(amount);
      const p = thisRowRef(probability);
      return `=IF(OR(${a}="",${p}=""),"",${a}*${p})`;
    },
  },
  Contracts: {
    // What has been received of the contract: its Payments rows' Received, by ContractID.
    Received: (at) => {
      const sum = paymentsSum(at, "Contracts", "ContractID", "Received");
      return sum && `=${sum}`;
    },
    // The contract's amount less what has been received (blank without an amount).
    Outstanding: (at) => {
      const amount = at.header("Contracts", "Amount");
      const received = at.header("Contracts", "Received");
      if (!amount || !received) return undefined;
      const a = thisRowRef(amount);
      return `=IF(${a}="","",${a}-N(${thisRowRef(received)}))`;
    },
  },
  Payments: {
    // Paid when the received amount covers the amount due; else Overdue once the due date has
    // passed, else Partly paid when something came in, else Due. Blank on a row without an amount
    // due. The texts are the choices in the language of the Payments headers.
    Status: (at) => {
      const payments = at.table("Payments");
      const due = at.header("Payments", "AmountDue");
      const received = at.header("Payments", "Received");
      const dueDate = at.header("Payments", "DueDate");
      if (!payments || !due || !received || !dueDate) return undefined;
      const language = headerLanguage("Payments", payments.headers);
      const [paid, partly, open, overdue] = paymentStatusChoices.map((choice) => quoted(choice[language]));
      const d = thisRowRef(due);
      const r = `N(${thisRowRef(received)})`;
      const date = thisRowRef(dueDate);
      return `=IF(${d}="","",IF(${r}>=${d},${paid},IF(AND(${date}<>"",N(${date})<TODAY()),${overdue},IF(${r}>0,${partly},${open}))))`;
    },
  },
  Service: {
    // OpenedOn + the ServiceLevels days of the ticket's Type and Priority (COUNTIFS/MINIFS: no
    // array formula; a pair listed twice takes its fewer days, a level without days is no level).
    // Blank when OpenedOn is not a date, Type or Priority is blank, or no level matches.
    DueBy: (at) => {
      const levels = at.table("ServiceLevels");
      const levelType = at.header("ServiceLevels", "Type");
      const levelPriority = at.header("ServiceLevels", "Priority");
      const levelDays = at.header("ServiceLevels", "Days");
      const opened = at.header("Service", "OpenedOn");
      const type = at.header("Service", "Type");
      const priority = at.header("Service", "Priority");
      if (!levels || !levelType || !levelPriority || !levelDays || !opened || !type || !priority) return undefined;
      const t = thisRowRef(type);
      const p = thisRowRef(priority);
      const o = thisRowRef(opened);
      const criteria = `${columnRef(levels.name, levelType)},${t},${columnRef(levels.name, levelPriority)},${p}`;
      const days = columnRef(levels.name, levelDays);
      return `=IF(OR(NOT(ISNUMBER(${o})),${t}="",${p}=""),"",IF(COUNTIFS(${criteria},${days},">=0")=0,"",${o}+MINIFS(${days},${criteria},${days},">=0")))`;
    },
  },
  Customers: {
    NextContact: (at) => {
      const cadences = at.table("Cadences");
      const last = at.header("Customers", "LastContact");
      const tier = at.header("Customers", "Tier");
      if (!cadences || !last || !tier) return undefined;
      return `=SALES.NEXTVISIT(${thisRowRef(last)},${thisRowRef(tier)},${cadences.name})`;
    },
  },
};

/**
 * The formula set-up writes once into a formula column (a calculated column: Excel fills new
 * rows with it), built from the headers as written so it works in a Chinese workbook too:
 * Deals.Probability looks the stage up in Stages, Deals.Weighted = Amount × Probability (blank
 * on a blank row), Deals.ForecastCategory is the stage's category in Stages unless
 * Deals.ForecastOverride names another for an open deal, Customers.NextContact = SALES.NEXTVISIT(LastContact, Tier, Cadences).
 * Deals.Collected and Contracts.Received sum Payments[Received] by DealID / ContractID (blank on a
 * row without one), Contracts.Outstanding = Amount − Received, and Payments.Status is Paid, Overdue
 * (due date passed, something outstanding), Partly paid or Due in the Payments headers' language.
 * Service.DueBy = OpenedOn + the ServiceLevels days of the ticket's Type and Priority (see serviceDueBy).
 * The formula columns of Targets and Scorecard depend on a period and are written by the Goals
 * and Performance wizards; for them, and when a table or column it needs is missing, the
 * answer is undefined.
 *
 * @param table - the table of the column
 * @param key - the schema key of the column
 * @param lookup - where the tables and headers stand
 * @returns the formula, or undefined
 * @example
 * columnFormula("Deals", "Weighted", lookup) //=> '=IF(OR([@Amount]="",[@Probability]=""),"",[@Amount]*[@Probability])'
 */
export function columnFormula(table: TableName, key: string, lookup: SetupHeaderLookup): string | undefined {
  return builders[table]?.[key]?.(lookup);
}

/**
 * Each column's formula of a table, in schema order, null for a value column. Excel fills a
 * calculated column into new rows only while its AutoCorrect option "Fill formulas in tables to
 * create calculated columns" is on; a user may have turned it off, so rows set-up adds get their
 * formula columns written explicitly (the same formula on every row, so with the option on nothing
 * changes).
 *
 * @param table - the table the rows go into
 * @param lookup - where the tables and headers stand
 * @returns one entry per column; a formula that cannot be built (its table missing) is null
 * @example
 * tableColumnFormulas("Customers", lookup)[next] //=> '=SALES.NEXTVISIT([@LastContact],[@Tier],Cadences)'
 */
export function tableColumnFormulas(table: TableName, lookup: SetupHeaderLookup): (string | null)[] {
  return tableSpec(table).columns.map((column) =>
    column.formula ? (columnFormula(table, column.key, lookup) ?? null) : null,
  );
}
