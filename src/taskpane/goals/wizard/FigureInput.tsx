import { Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import { parseNumber } from "@core/cells/parseNumber";

const useStyles = makeStyles({
  input: { minWidth: "0", width: "100%" },
  locked: { backgroundColor: tokens.colorPaletteYellowBackground1 },
});

export type FigureInputProps = {
  /** The figure shown (money). */
  value: number;
  /** How it reads when not being edited. */
  display: string;
  label: string;
  locked: boolean;
  onCommit: (value: number) => void;
};

/**
 * One editable figure of the preview grid: shows the formatted figure, the plain number while
 * focused, and commits on Enter or leaving the cell when the typed number differs (text that is
 * no number is dropped and the figure stays).
 */
export function FigureInput({ value, display, label, locked, onCommit }: FigureInputProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const typed = parseNumber(draft.trim());
    setDraft(null);
    if (typed !== undefined && Number.isFinite(typed) && typed !== value) onCommit(typed);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") commit();
    if (event.key === "Escape") setDraft(null);
  };

  return (
    <Input
      className={locked ? mergeClasses(styles.input, styles.locked) : styles.input}
      size="small"
      appearance="underline"
      aria-label={label}
      inputMode="decimal"
      value={draft ?? display}
      onFocus={() => setDraft(String(value))}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={commit}
      onKeyDown={handleKeyDown}
    />
  );
}
