import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DismissRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  head: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  input: { minWidth: 0 },
});

export type RowsEditorProps<Row extends Record<"a" | "b", string>> = {
  rows: readonly Row[];
  headers: [string, string];
  /** Accessible labels per row (1-based). */
  labelA: (row: number) => string;
  labelB: (row: number) => string;
  addLabel: string;
  removeLabel: (row: number) => string;
  onRowsChange: (rows: Row[]) => void;
  newRow: () => Row;
};

/** A small two-column table of text fields with add and remove buttons (rating bands, commission tiers). */
export function RowsEditor<Row extends Record<"a" | "b", string>>(props: RowsEditorProps<Row>) {
  const styles = useStyles();
  const { rows, onRowsChange } = props;
  const handleChange = (index: number, change: Partial<Row>) =>
    onRowsChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const handleRemove = (index: number) => onRowsChange(rows.filter((_, i) => i !== index));
  const handleAdd = () => onRowsChange([...rows, props.newRow()]);
  return (
    <div className={styles.list}>
      <div className={styles.row} aria-hidden>
        <span className={styles.head}>{props.headers[0]}</span>
        <span className={styles.head}>{props.headers[1]}</span>
        <span />
      </div>
      {rows.map((row, i) => (
        <div className={styles.row} key={i}>
          <Input
            className={styles.input}
            size="small"
            aria-label={props.labelA(i + 1)}
            value={row.a}
            onChange={(_, data) => handleChange(i, { a: data.value } as Partial<Row>)}
          />
          <Input
            className={styles.input}
            size="small"
            aria-label={props.labelB(i + 1)}
            value={row.b}
            onChange={(_, data) => handleChange(i, { b: data.value } as Partial<Row>)}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={props.removeLabel(i + 1)}
            onClick={() => handleRemove(i)}
          />
        </div>
      ))}
      <div>
        <Button size="small" icon={<AddRegular />} onClick={handleAdd}>
          {props.addLabel}
        </Button>
      </div>
    </div>
  );
}
