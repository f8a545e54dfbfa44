import { makeStyles } from "@fluentui/react-components";

/**
 * The one style of a select that must keep to the pane. A native select is as wide as its
 * longest option unless told otherwise, so an option quoting a whole header row, a deal or an
 * installment line made the control (and the pane) wider than 320 px: `select` on a Fluent
 * `Select` keeps it within its container and lets the browser cut the option with an ellipsis.
 *
 * @returns the classes
 * @example
 * const selects = usePaneSelectStyles();
 * <Select className={selects.select}>…</Select>
 */
export const usePaneSelectStyles = makeStyles({
  select: {
    minWidth: 0,
    maxWidth: "100%",
    "& select": { minWidth: 0, textOverflow: "ellipsis" },
  },
});
