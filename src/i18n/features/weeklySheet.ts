/** English strings of the button that writes the weekly sheet. */
export const weeklySheetEnUS = {
  write: "Write {{week}} sheet",
  writing: "Writing the weekly sheet…",
  written: "Wrote the sheet \u201c{{sheet}}\u201d: live formulas over your tables, ready to print.",
  missingTables: "The weekly sheet needs these tables: {{tables}}.",
  confirmTitle: "Replace the weekly sheet?",
  confirmBody:
    "The sheet \u201c{{sheet}}\u201d is already there. Replacing it deletes it, with anything you added to it, and writes it anew. Other weeks' sheets stay as they are.",
  replace: "Replace",
};
