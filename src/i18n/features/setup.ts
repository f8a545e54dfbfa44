/** English strings of the Set up area. */
export const setupEnUS = {
  area: "Set up",
  title: "Set up the sales workbook",
  intro:
    "Creates the SalesGrid tables in this workbook: stages, customers, pipeline, follow-ups, team, targets, action plan and scorecard, with formulas, lists and formats. Nothing you already have is changed.",
  loading: "Reading the workbook…",
  language: {
    label: "Workbook language (sheet names and headers)",
    locked: "This workbook is already in {{language}}; new tables follow it.",
  },
  sample: {
    label:
      "Add sample data: a team of 8, {{customers}} customers, two years of deals and follow-ups, and service tickets",
    unavailable:
      "Sample data is only added to a workbook without customers, deals, follow-ups or team yet ({{tables}} found).",
    resume: "An earlier set-up stopped while adding sample data; it will be finished.",
  },
  preview: {
    caption: "What set-up will do",
    table: "Table",
    sheet: "Sheet",
    action: "Action",
    create: "Create",
    createSample: "Create with sample rows",
    createFixed: "Create with defaults",
    complete: "Finish (interrupted set-up)",
    keep: "Keep as it is",
    keepMissing: "Keep as it is (lacks {{columns}})",
    skip: "Skip: the name is taken",
    newSheet: "{{sheet}} (new sheet)",
    besideData: "{{sheet}} (beside your data, from column {{column}})",
  },
  nothingToDo: "This workbook is already set up: every SalesGrid table is in place.",
  run: "Set up workbook",
  progress: {
    tables: "Creating tables…",
    rows: "Adding sample rows: {{done}} of {{total}}",
    finishing: "Adding lists and formats…",
  },
  report: {
    caption: "What set-up did",
    rows: "Rows",
    rowsOf: "{{written}} of {{planned}}",
    done: "The workbook is set up.",
    doneSummary: "{{created}} tables created, {{rows}} rows written.",
    cancelled: "Set-up was cancelled while adding sample rows.",
    cancelledSummary: "The rows written so far are kept and their tables are finished.",
    failed: "Set-up stopped before the end. Your data is untouched; run set-up again to finish the job.",
    unavailable: "No sample data was added: the workbook already has data tables.",
    notResumable: "The sample rows could not be resumed because the tables were edited; they were left as they are.",
    again: "Back to set-up",
    actions: {
      created: "Created",
      completed: "Finished",
      kept: "Kept",
      skipped: "Skipped",
      "not-written": "Not written",
    },
    unfinished: "lists and formats not yet applied",
  },
};
