import { Body1, Button, Spinner, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ExcelFailure } from "@excel/excelFailure";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";

export type AreaSectionProps = {
  /** The area's heading (an h2 that names the section). */
  title: string;
  /** One paragraph under the heading on what the area does. */
  intro?: string;
  /** Shown under the intro, above the progress and failure: a wizard's list of steps. */
  lead?: ReactNode;
  /** Reads the workbook again; without it the area has no Refresh button. */
  onRefresh?: () => void;
  /** The Refresh button is disabled while true (a read is under way). */
  refreshDisabled?: boolean;
  /** What the area is doing, shown with a spinner while set. */
  progress?: string | null;
  /** The Excel failure of the area's last read, in the failure bar. */
  failure?: ExcelFailure | null;
  className?: string;
  children?: ReactNode;
};

/** Everything renderAreaSection needs: the props, the heading's id and the classes. */
export type AreaSectionState = AreaSectionProps & {
  readonly titleId: string;
  readonly refreshLabel: string;
  classes: { root: string; heading: string };
};

/**
 * The area header's state: the heading's id (which names the section) and the shared Refresh
 * label. Classes are filled by useAreaSectionStyles.
 *
 * @param props - the area's props
 * @returns the state to style and render
 */
export function useAreaSection(props: AreaSectionProps): AreaSectionState {
  const { t } = useTranslation();
  const titleId = useId();
  return { ...props, titleId, refreshLabel: t("common.refresh"), classes: { root: "", heading: "" } };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * The area's classes: a column of blocks with the same gap in every area, the heading and its
 * Refresh button on one line (wrapping under each other in a narrow pane).
 *
 * @param state - from useAreaSection; its classes are set
 * @returns the same state
 */
export function useAreaSectionStyles(state: AreaSectionState): AreaSectionState {
  const styles = useStyles();
  state.classes = { root: mergeClasses(styles.root, state.className), heading: styles.heading };
  return state;
}

/**
 * The area: heading and Refresh, intro, what leads into the content, the progress, the Excel
 * failure bar, then the content.
 *
 * @param state - styled state
 * @returns the section
 */
export function renderAreaSection(state: AreaSectionState) {
  return (
    <section className={state.classes.root} aria-labelledby={state.titleId}>
      <div className={state.classes.heading}>
        <Subtitle2 as="h2" id={state.titleId}>
          {state.title}
        </Subtitle2>
        {state.onRefresh && (
          <Button icon={<ArrowClockwiseRegular />} onClick={state.onRefresh} disabled={state.refreshDisabled}>
            {state.refreshLabel}
          </Button>
        )}
      </div>
      {state.intro && <Body1>{state.intro}</Body1>}
      {state.lead}
      {state.progress && <Spinner size="small" label={state.progress} />}
      {state.failure && <ExcelFailureBar failure={state.failure} />}
      {state.children}
    </section>
  );
}

/**
 * The frame every area of the pane shares: its heading with Refresh, intro, progress and Excel
 * failure bar, so the eight areas look and behave alike. State, styles and rendering are apart,
 * as Fluent's own components are (useButton_unstable, useButtonStyles_unstable,
 * renderButton_unstable).
 */
export function AreaSection(props: AreaSectionProps) {
  const state = useAreaSection(props);
  useAreaSectionStyles(state);
  return renderAreaSection(state);
}
