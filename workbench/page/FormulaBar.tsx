import { Input, Text, makeStyles, tokens, type InputOnChangeData } from "@fluentui/react-components";
import { useEffect, useState, type ChangeEvent, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nameBox: {
    width: "10em",
    flexShrink: 0,
  },
  fx: {
    color: tokens.colorNeutralForeground3,
    fontStyle: "italic",
    fontFamily: tokens.fontFamilyMonospace,
  },
  formula: {
    flexGrow: 1,
    fontFamily: tokens.fontFamilyMonospace,
  },
});

export type FormulaBarProps = {
  /** The selection's address, as the name box shows it ("B2", "A1:C3"). */
  address: string;
  /** The active cell's formula or value, or the text being typed. */
  text: string;
  nameBoxLabel: string;
  formulaLabel: string;
  /** Typing in the formula bar edits the active cell. */
  onEditText: (text: string) => void;
  onCommit: () => void;
  onCancel: () => void;
  /** An address typed into the name box; answers whether it was one. */
  onGoTo: (address: string) => boolean;
};

/** The name box and the formula bar above the grid, as in Excel. */
export function FormulaBar({
  address,
  text,
  nameBoxLabel,
  formulaLabel,
  onEditText,
  onCommit,
  onCancel,
  onGoTo,
}: FormulaBarProps) {
  const styles = useStyles();
  const [target, setTarget] = useState(address);
  useEffect(() => setTarget(address), [address]);

  const handleNameChange = (_event: ChangeEvent<HTMLInputElement>, data: InputOnChangeData) => setTarget(data.value);
  const handleNameKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (!onGoTo(target)) setTarget(address);
    } else if (event.key === "Escape") {
      setTarget(address);
    }
  };
  const handleFormulaChange = (_event: ChangeEvent<HTMLInputElement>, data: InputOnChangeData) =>
    onEditText(data.value);
  const handleFormulaKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      onCommit();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className={styles.root}>
      <Input
        className={styles.nameBox}
        size="small"
        aria-label={nameBoxLabel}
        value={target}
        onChange={handleNameChange}
        onKeyDown={handleNameKeyDown}
        onBlur={() => setTarget(address)}
      />
      <Text className={styles.fx} aria-hidden>
        fx
      </Text>
      <Input
        className={styles.formula}
        size="small"
        aria-label={formulaLabel}
        value={text}
        onChange={handleFormulaChange}
        onKeyDown={handleFormulaKeyDown}
        onBlur={onCommit}
      />
    </div>
  );
}
