import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the set-up steps share. */
export const useStepStyles = makeStyles({
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
});
