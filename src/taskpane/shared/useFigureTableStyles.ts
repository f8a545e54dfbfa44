import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The one style of the pane's tables of figures. `number` goes on every cell, header or body,
 * of a column of figures: right-aligned with digits of one width, so a column's figures line up
 * by place, and never broken across lines. `header` goes on the table's header row.
 *
 * @returns the classes
 */
export const useFigureTableStyles = makeStyles({
  number: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
});
