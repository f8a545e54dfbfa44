/** English strings of "Undo last SalesGrid change". */
export const undoEnUS = {
  title: "Undo last SalesGrid change",
  button: "Undo last SalesGrid change",
  undoing: "Putting back what SalesGrid overwrote…",
  none: "No SalesGrid change to undo.",
  last: "Last change: {{command}}, {{count}} rows of {{tables}}, at {{time}}.",
  interrupted:
    "The last SalesGrid change ({{command}}) was interrupted before it was fully recorded, so SalesGrid cannot undo it. Run it again from its area, or change the rows by hand.",
  refused:
    "Not undone: {{count}} rows changed since {{command}} wrote them (edited, deleted or a column removed): {{rows}}. Nothing was written.",
  undone: "Undone: {{command}}, {{count}} rows put back.",
  notRestored: "{{count}} rows were deleted or renamed while undoing and were not put back: {{rows}}.",
  tooLarge:
    "It changes more than {{limit}} rows, too many for SalesGrid to keep: it cannot be undone from the pane afterwards.",
  excelUndo:
    "Ctrl+Z in Excel also undoes a SalesGrid command as one step on Excel builds with ExcelApi 1.20; this undo works on every build.",
  commands: {
    tiers: "tiers",
    release: "release to the pool",
    reassign: "reassignment",
    claim: "claim from the pool",
    import: "import in place",
    update: "update import",
    scorecard: "scorecard",
    targets: "targets",
  },
};
