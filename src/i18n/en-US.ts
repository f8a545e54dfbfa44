import { importEnUS } from "./features/import";
import { goalsEnUS } from "./features/goals";
import { pipelineEnUS } from "./features/pipeline";
import { pipelineReviewEnUS } from "./features/pipelineReview";
import { customersEnUS } from "./features/customers";
import { setupEnUS } from "./features/setup";
import { performanceEnUS } from "./features/performance";
import { weeklySheetEnUS } from "./features/weeklySheet";
import { teamEnUS } from "./features/team";
import { ribbonEnUS } from "./features/ribbon";
import { weeklyActivityEnUS } from "./features/weeklyActivity";
import { weeklyEnUS } from "./features/weekly";
import { serviceEnUS } from "./features/service";
import { undoEnUS } from "./features/undo";
import { collectionsEnUS } from "./features/collections";

/** English strings of the task pane; zh-CN.ts must have exactly these keys. */
export const enUS = {
  app: {
    name: "SalesGrid",
    tagline: "Sales management in your workbook",
    loadingArea: "Opening {{area}}…",
  },
  language: {
    label: "Language",
    "en-US": "English",
    "zh-CN": "中文",
  },
  nav: {
    label: "SalesGrid areas",
  },
  /** Words every area uses, defined once. */
  common: {
    refresh: "Refresh",
    cancel: "Cancel",
    confirm: "Confirm",
    back: "Back",
    next: "Next",
  },
  /** Each SalesGrid table's name in words (its sheet's name), for every area. */
  tables: {
    Stages: "Sales stages",
    Customers: "Customers",
    Deals: "Pipeline deals",
    Activities: "Follow-ups",
    Team: "Sales team",
    Targets: "Targets",
    ActionPlan: "Action plan",
    Scorecard: "Scorecard",
    Cadences: "Follow-up cadence",
    KpiWeights: "KPI weights",
    RatingBands: "Rating bands",
    CommissionTiers: "Commission tiers",
    PoolRules: "Public pool rules",
    Goals: "Saved goals",
    DealHistory: "Deal history",
    DealSnapshot: "Recorder state",
    ForecastHistory: "Forecast history",
    Contracts: "Contracts",
    Payments: "Payment plans",
    Service: "Service tickets",
    ServiceLevels: "Service levels",
  },
  areas: {
    workbook: "Workbook",
  },
  workbook: {
    title: "Workbook status",
    intro: "SalesGrid keeps its data in these Excel tables.",
    getStarted: {
      title: "Get started",
      intro:
        "This workbook has no SalesGrid tables yet. Set it up to create them, with sample data to try things first if you like.",
      setUp: "Set up",
      areasTitle: "What each area does",
      separator: ": ",
      areas: {
        workbook: "Which SalesGrid tables this workbook has, and recording of deal changes.",
        setup: "Creates the SalesGrid tables in this workbook, with sample data if you want it.",
        import: "Turns a customer list, a CRM export or a CSV file into SalesGrid tables.",
        goals: "Breaks an annual goal into monthly targets per rep, checks it against SMART and plans the steps.",
        pipeline: "What is in the pipeline, what will close when, and what is stuck.",
        customers: "Customer files, follow-ups due, tiers, satisfaction and the public pool.",
        collections: "Who owes what and since when: aging, collection rates, contracts and payments.",
        service: "After-sales tickets by owner against their service levels, resolution times and satisfaction.",
        team: "Each rep's attainment, pipeline and follow-ups, rolled up by team.",
        performance: "Scorecards with ratings and commission, the leaderboard and review sheets.",
        weekly:
          "The week's report for Monday's meeting: each rep's deals, moves, wins and losses, follow-ups and pace.",
      },
    },
    loading: "Reading the workbook…",
    summary: "{{present}} of {{total}} SalesGrid tables found",
    caption: "SalesGrid tables in this workbook",
    columns: {
      table: "Table",
      sheet: "Sheet",
      rows: "Rows",
      status: "Status",
    },
    present: "Present",
    missing: "Missing",
    missingColumns: "Columns missing: {{columns}}",
    notInWorkbook: "—",
    schemaVersion: "Set up by SalesGrid (schema version {{version}})",
    notSetUp: "SalesGrid has not set up this workbook yet.",
    workbookLanguage: "Workbook language: {{language}}",
    upgrade: {
      title: "Forecast categories can follow the stage",
      body: "This workbook's Deals table was set up when ForecastCategory was typed by hand, so a deal moved to Won still counts as Commit. The upgrade makes ForecastCategory a formula from the stage (Won counts as Closed, Lost as Omitted) and adds a ForecastOverride column for your own category on open deals.",
      start: "Upgrade…",
      confirmTitle: "Upgrade the Deals table?",
      confirmBody:
        "SalesGrid adds the ForecastOverride column after ForecastCategory, moves every category you typed that differs from its stage's default there (none is lost), then writes the formula over ForecastCategory.",
      confirm: "Upgrade",
      working: "Upgrading the Deals table…",
      done: "Upgraded: ForecastCategory follows the stage. Categories you had typed that differ from their stage's, kept in ForecastOverride: {{count}}.",
      missing: "The upgrade needs these tables or columns: {{what}}.",
      rowsChanged:
        "Some deals moved or were deleted while upgrading ({{deals}}); their categories stay as typed and the formula was not written. Refresh and upgrade again.",
    },
    periodPlans: {
      title: "Each period length can keep its own KPI targets",
      body: "This workbook keeps one set of KPI targets for every scorecard, so writing a monthly scorecard changes last quarter's scores, and its Targets table has no Pace column. The upgrade gives monthly, quarterly and yearly scorecards their own KPI targets (each a copy of today's, so no score changes) and adds a live Pace column to Targets that turns red when a target is behind.",
      start: "Upgrade…",
      confirmTitle: "Upgrade KpiWeights, Scorecard and Targets?",
      confirmBody:
        "SalesGrid adds a PeriodLength column to KpiWeights and copies its rows for quarters and years, makes each Scorecard score read its own period length's rows, and adds Pace after Gap in Targets. Nothing you typed is changed.",
      confirm: "Upgrade",
      working: "Upgrading…",
      done: "Upgraded: {{rows}} KPI rows copied for quarters and years, {{scores}} scores now read their own period's targets{{pace}}.",
      paceAdded: ", Pace added to Targets",
    },
    collections: {
      title: "Collected becomes the sum of real payments",
      body: "This workbook keeps one Collected figure per deal, typed by hand. The upgrade moves every typed figure into the Collections (Payments) table as a received payment, then makes Deals Collected the live sum of each deal's received payments, and makes Collected targets measure money by the date it was received.",
      start: "Check what it writes…",
      confirmTitle: "Move typed Collected amounts to Payments?",
      willWrite:
        "SalesGrid will add received payments to Payments: {{rows}}, {{total}} in all, one per deal with a typed Collected amount, dated the deal's ClosedOn.",
      nothingTyped: "No deal has a typed Collected amount, so no payment is added.",
      datedToday: "Deals without a ClosedOn: {{undated}}. Their payments are dated today, as their Notes say.",
      confirmBody:
        "Then Deals Collected becomes a formula, Contracts and Payments get their formula columns, and Targets Actual measures Collected rows by date received. Every deal keeps the amount it had.",
      noPayments:
        "This workbook has no Payments table yet. Run Set up again (it adds the missing tables and keeps yours), then upgrade.",
      blocked:
        "Some typed Collected amounts cannot be moved: the deal has no DealID, or the amount is not a number (Deals rows {{deals}}). Fix them, then upgrade; nothing was written.",
      missing: "Nothing was written: this workbook lacks {{what}}.",
      rowsChanged:
        "Deals changed while the payments were written, so Collected was left as typed. Run the upgrade again: payments already moved are not added twice.",
      confirm: "Upgrade",
      working: "Working…",
      done: "Upgraded. Payments moved: {{rows}} ({{total}}). Targets rows now measuring receipts: {{targets}}.",
    },
    recording: {
      title: "Deal history",
      label: "Record deal changes (load SalesGrid with this workbook)",
      hint: "Changes to a deal's stage, amount or expected close are recorded in the Deal history sheet, with StageSince and ClosedOn stamped. A ClosedOn the recorder stamped stays editable: type over it.",
      running: "Recording now in this Excel.",
      stopped: "Not recording in this Excel.",
      unsupported: "This Excel cannot load SalesGrid with the workbook (it lacks the shared runtime).",
      historyRows: "{{count}} history rows",
      withoutId: "{{count}} deals without a DealID are not recorded.",
    },
  },
  lists: {
    filters: "Filter {{list}}",
    pages: "Pages of {{list}}",
    range: "{{from}}–{{to}} of {{total}}",
    previous: "Previous page",
    next: "Next page",
    all: "All",
    none: "None",
    noMatch: "Nothing matches these filters.",
    owner: "Owner",
    tier: "Tier",
  },
  missingColumns: {
    title: "Columns missing",
    message: "{{table}} has no {{column}} column",
    hint: "Type the header back (or add the column) in Excel, then refresh.",
    tables: {
      Stages: "Stages",
      Cadences: "Cadences",
      Customers: "Customers",
      Deals: "Deals",
      Activities: "Activities",
      Team: "Team",
      Targets: "Targets",
      ActionPlan: "ActionPlan",
      Scorecard: "Scorecard",
      KpiWeights: "KpiWeights",
      RatingBands: "RatingBands",
      CommissionTiers: "CommissionTiers",
      PoolRules: "PoolRules",
      Goals: "Goals",
      DealHistory: "DealHistory",
      DealSnapshot: "DealSnapshot",
      ForecastHistory: "ForecastHistory",
      Contracts: "Contracts",
      Payments: "Payments",
      Service: "Service",
      ServiceLevels: "ServiceLevels",
    },
  },
  errors: {
    title: {
      "busy-editing": "Finish editing the cell first",
      "not-found": "Not found in the workbook",
      invalid: "Excel refused the change",
      "too-large": "Too much data for one request",
      office: "Excel reported an error",
    },
    code: "Error code: {{code}}",
  },
  areaCrash: {
    title: "{{area}} stopped working",
    writing:
      "A change to the workbook was under way ({{calls}}): it finishes or fails on its own. Check the sheet before you run it again.",
    reading: "It was reading the workbook ({{calls}}); nothing was being written.",
    idle: "Nothing was being read or written: the workbook is as it was.",
    rest: "The other areas keep working.",
    reload: "Reload {{area}}",
  },
  setup: setupEnUS,
  goals: goalsEnUS,
  pipeline: pipelineEnUS,
  pipelineReview: pipelineReviewEnUS,
  customers: customersEnUS,
  collections: collectionsEnUS,
  team: teamEnUS,
  ribbon: ribbonEnUS,
  weeklySheet: weeklySheetEnUS,
  performance: performanceEnUS,
  import: importEnUS,
  weeklyActivity: weeklyActivityEnUS,
  weekly: weeklyEnUS,
  undo: undoEnUS,
  service: serviceEnUS,
};

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every pane language must fill. */
export type PaneStrings = Strings<typeof enUS>;
