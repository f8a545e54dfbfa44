import { Button, Tab, TabList, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
    // Scrolling sideways must not let the grid squeeze the tabs out of sight.
    flexShrink: 0,
  },
});

export type SheetTabsProps = {
  sheets: readonly string[];
  active: string;
  label: string;
  newSheetLabel: string;
  onActivate: (sheet: string) => void;
  onAdd: () => void;
};

/** The sheet tabs under the grid: click one to activate its sheet; + adds a sheet. */
export function SheetTabs({ sheets, active, label, newSheetLabel, onActivate, onAdd }: SheetTabsProps) {
  const styles = useStyles();
  const handleTabSelect = (_event: unknown, data: SelectTabData) => onActivate(String(data.value));
  return (
    <div className={styles.root}>
      <TabList size="small" selectedValue={active} onTabSelect={handleTabSelect} aria-label={label}>
        {sheets.map((sheet) => (
          <Tab key={sheet} value={sheet}>
            {sheet}
          </Tab>
        ))}
      </TabList>
      <Button
        size="small"
        appearance="subtle"
        icon={<AddRegular />}
        aria-label={newSheetLabel}
        title={newSheetLabel}
        onClick={onAdd}
      />
    </div>
  );
}
