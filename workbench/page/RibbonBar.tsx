import { Button, Caption1, Toolbar, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Emulator } from "@workbench/emulator/index";
import type { RibbonButton, RibbonTab } from "./manifestRibbon";
import { fill, type WorkbenchStrings } from "./strings";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "stretch",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tabName: { alignSelf: "center", fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  group: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    paddingInlineEnd: tokens.spacingHorizontalM,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXS },
  groupLabel: { color: tokens.colorNeutralForeground3 },
  icon: { width: "16px", height: "16px" },
});

export type RibbonBarProps = {
  emulator: Emulator;
  /** The manifest's custom tab in the page's language. */
  tab: RibbonTab;
  strings: WorkbenchStrings;
  /** Runs a button's action; a failure is shown by the page. */
  onCommand: (button: RibbonButton) => void;
};

/** Re-renders on each association, ribbon update or task pane change of the emulator's host. */
function useRibbonVersion(emulator: Emulator): number {
  const [version, setVersion] = useState(0);
  useEffect(() => emulator.ribbon.onChange(() => setVersion((v) => v + 1)), [emulator]);
  return version;
}

/**
 * The add-in's ribbon tab as a toolbar above the grid: its groups and buttons from the manifest,
 * each enabled as Office would show it (the manifest's `<Enabled>`, then the add-in's
 * requestUpdate calls; every button enabled where RibbonApi 1.1 is missing).
 */
export function RibbonBar({ emulator, tab, strings, onCommand }: RibbonBarProps) {
  const styles = useStyles();
  useRibbonVersion(emulator);
  const ribbonApi = emulator.Office.context.requirements.isSetSupported("RibbonApi", "1.1");
  return (
    <Toolbar className={styles.bar} aria-label={fill(strings.ribbon, { tab: tab.label })} size="small">
      <Caption1 className={styles.tabName}>{tab.label}</Caption1>
      {tab.groups.map((group) => (
        <div key={group.id} role="group" aria-label={group.label} className={styles.group}>
          <div className={styles.buttons}>
            {group.buttons.map((button) => (
              <Button
                key={button.id}
                appearance="subtle"
                size="small"
                title={button.tooltip}
                icon={button.icon ? <img className={styles.icon} src={button.icon} alt="" /> : undefined}
                disabled={!emulator.ribbon.isEnabled(button.id, button.enabledAtLaunch, ribbonApi)}
                data-control-id={button.id}
                onClick={() => onCommand(button)}
              >
                {button.label}
              </Button>
            ))}
          </div>
          <Caption1 className={styles.groupLabel}>{group.label}</Caption1>
        </div>
      ))}
    </Toolbar>
  );
}
