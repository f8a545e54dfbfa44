import { useEffect, useState } from "react";

/** What the hook needs of an emulator: its change notification. */
export type ChangeSource = { onChange(listener: () => void): () => void };

/**
 * A number that grows with every change to the workbook (cells, sheets, tables, selection), so a
 * component re-renders whenever the add-in or the user changes anything, and only then.
 */
export function useWorkbookVersion(source: ChangeSource): number {
  const [version, setVersion] = useState(0);
  useEffect(() => source.onChange(() => setVersion((previous) => previous + 1)), [source]);
  return version;
}
