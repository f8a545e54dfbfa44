import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the scorecard wizard's steps share, so they read as one form. */
export const useStepStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  inline: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  narrow: { width: "8em" },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});
