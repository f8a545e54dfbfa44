import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The one style of the pane's tables of figures. `number` goes on every cell, header or body,
 * of a column of figures: right-aligned with digits of one width, so a column's figures line up
 * by place, and never broken across lines. `header` goes on the table's header row. A table wider
 * than a 320 px pane goes in a `scroller` (a keyboard-reachable region named like the table) and
 * scrolls sideways inside it, its first column kept in view with `sticky` on each first cell.
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
  scroller: { overflowX: "auto" },
  sticky: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
});
