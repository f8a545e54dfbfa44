import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import { type CellRect, cellAddress, columnLetters, rectContains } from "@workbench/emulator/address";
import type { CellInfo, Workbook } from "@workbench/emulator/index";
import { ChartFigure } from "./ChartFigure";
import { DEFAULT_CHART_SIZE, chartCells, chartDrawing } from "./chartDrawing";
import { ROW_HEIGHT, columnOffsets, gridExtent, pointsToPixels, scrollToReveal, visibleWindow } from "./gridLayout";

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    isolation: "isolate",
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  canvas: {
    position: "relative",
  },
  headerRow: {
    position: "sticky",
    top: 0,
    zIndex: 3,
  },
  row: {
    position: "absolute",
    left: 0,
  },
  header: {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    userSelect: "none",
  },
  corner: {
    position: "sticky",
    left: 0,
    zIndex: 4,
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 2,
  },
  headerSelected: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    paddingInline: tokens.spacingHorizontalXS,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "clip",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    color: tokens.colorNeutralForeground1,
    cursor: "cell",
    userSelect: "none",
  },
  number: { textAlign: "right" },
  centered: { textAlign: "center" },
  error: {
    color: tokens.colorPaletteRedForeground1,
    textAlign: "center",
  },
  tableHeader: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  tableBand: {
    backgroundColor: tokens.colorBrandBackground2,
  },
  tableTotals: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} double ${tokens.colorBrandStroke1}`,
  },
  spill: {
    backgroundColor: tokens.colorPaletteLightTealBackground2,
    color: tokens.colorNeutralForeground2,
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  selection: {
    position: "absolute",
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    pointerEvents: "none",
    zIndex: 1,
  },
  chart: {
    position: "absolute",
    zIndex: 2,
    pointerEvents: "none",
  },
  editor: {
    position: "absolute",
    boxSizing: "border-box",
    zIndex: 1,
    margin: 0,
    paddingInline: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    outlineStyle: "none",
  },
});

/** A cell being edited: where, what is typed, and whether arrows move the caret ("edit", F2) or commit ("enter", typing). */
export type CellEdit = {
  sheet: string;
  row: number;
  col: number;
  text: string;
  mode: "enter" | "edit";
  origin: "cell" | "bar";
};

/** Where focus goes after an entry: Excel moves down on Enter, right on Tab, and so on. */
export type CommitMove = "down" | "up" | "right" | "left" | "none";

export type SheetGridProps = {
  book: Workbook;
  sheet: string;
  /** Grows with each workbook change; the grid re-reads what it shows. */
  version: number;
  /** The selected rectangle on this sheet. */
  selection: CellRect;
  /** The active cell, inside the selection. */
  active: { row: number; col: number };
  edit: CellEdit | null;
  label: string;
  onSelect: (selection: CellRect, active: { row: number; col: number }) => void;
  onStartEdit: (row: number, col: number, mode: CellEdit["mode"], text?: string) => void;
  onEditText: (text: string) => void;
  onCommit: (move: CommitMove) => void;
  onCancelEdit: () => void;
  onClear: (selection: CellRect) => void;
  /** Ctrl+V: tab-separated text pasted with the active cell as its top-left corner. */
  onPaste: (at: { row: number; col: number }, text: string) => void;
  /** Ctrl+D: the selection's first row copied down. */
  onFillDown: (selection: CellRect) => void;
  /** Ctrl+Z: the last edit undone. */
  onUndo: () => void;
};

type TableSpan = { rect: CellRect; headers: boolean; totals: boolean };

/** Header height equals the row height; the row header grows with the row numbers' digits. */
const rowHeaderWidth = (rows: number) => Math.max(40, String(rows).length * 8 + 16);

const rectOf = (a: { row: number; col: number }, b: { row: number; col: number }): CellRect => ({
  top: Math.min(a.row, b.row),
  bottom: Math.max(a.row, b.row),
  left: Math.min(a.col, b.col),
  right: Math.max(a.col, b.col),
});

function alignmentClass(info: CellInfo, styles: ReturnType<typeof useStyles>): string | undefined {
  if (info.error) return styles.error;
  if (info.valueType === "Double") return styles.number;
  if (info.valueType === "Boolean") return styles.centered;
  return undefined;
}

/**
 * The sheet as Excel draws it: column letters, row numbers and cells showing each cell's text,
 * errors with their message as a tooltip, table headers, bands and totals, spilled results,
 * the selection and an in-cell editor. Only the rows and columns on screen are rendered.
 */
export function SheetGrid({
  book,
  sheet,
  version,
  selection,
  active,
  edit,
  label,
  onSelect,
  onStartEdit,
  onEditText,
  onCommit,
  onCancelEdit,
  onClear,
  onPaste,
  onFillDown,
  onUndo,
}: SheetGridProps) {
  const styles = useStyles();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  const [viewport, setViewport] = useState({ scrollTop: 0, scrollLeft: 0, width: 0, height: 0 });
  const [drag, setDrag] = useState<{ anchor: { row: number; col: number }; rect: CellRect } | null>(null);

  const model = book.sheet(sheet);
  const layout = useMemo(() => {
    if (!model) return null;
    const dims = book.hf.getSheetDimensions(model.hfId);
    const extent = gridExtent({ rows: dims.height, columns: dims.width }, active);
    const offsets = columnOffsets(extent.columns, (col) => pointsToPixels(book.columnWidth(model, col)));
    const tables: TableSpan[] = book
      .tableModels()
      .filter((table) => book.tableSheet(table) === model)
      .map((table) => ({ rect: table.range, headers: table.showHeaders, totals: table.showTotals }));
    return { extent, offsets, tables, headerWidth: rowHeaderWidth(extent.rows) };
    // `version` is a dependency on purpose: after any change, dimensions, widths and tables may differ.
  }, [book, model, active.row, active.col, version]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const measure = () =>
      setViewport((previous) => ({ ...previous, width: scroller.clientWidth, height: scroller.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  // Keyboard moves and selections made elsewhere (the add-in, the name box) scroll the active cell into view.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || !layout) return;
    const { offsets, headerWidth } = layout;
    if (active.col >= offsets.length - 1) return;
    const next = scrollToReveal(
      {
        top: active.row * ROW_HEIGHT,
        left: offsets[active.col],
        width: offsets[active.col + 1] - offsets[active.col],
        height: ROW_HEIGHT,
      },
      {
        scrollTop: scroller.scrollTop,
        scrollLeft: scroller.scrollLeft,
        width: scroller.clientWidth - headerWidth,
        height: scroller.clientHeight - ROW_HEIGHT,
      },
    );
    if (next.scrollTop !== scroller.scrollTop) scroller.scrollTop = next.scrollTop;
    if (next.scrollLeft !== scroller.scrollLeft) scroller.scrollLeft = next.scrollLeft;
    // Only a new active cell scrolls; a resize or an edit elsewhere must not.
  }, [active.row, active.col, sheet]);

  // Before the next key arrives: typing into a cell starts the edit and goes on in the editor.
  useLayoutEffect(() => {
    if (edit?.origin !== "cell") return;
    const editor = editorRef.current;
    if (editor && document.activeElement !== editor) {
      editor.focus();
      editor.setSelectionRange(editor.value.length, editor.value.length);
    }
  }, [edit?.origin, edit?.row, edit?.col]);

  useEffect(() => {
    if (!drag) return;
    const handleUp = () => {
      setDrag(null);
      onSelect(drag.rect, drag.anchor);
    };
    window.addEventListener("mouseup", handleUp);
    return () => window.removeEventListener("mouseup", handleUp);
  }, [drag, onSelect]);

  if (!model || !layout) return null;
  const { extent, offsets, tables, headerWidth } = layout;
  const window_ = visibleWindow(
    {
      scrollTop: viewport.scrollTop,
      scrollLeft: viewport.scrollLeft,
      width: viewport.width - headerWidth,
      height: viewport.height - ROW_HEIGHT,
    },
    extent.rows,
    offsets,
  );
  const shown = drag?.rect ?? selection;
  const totalWidth = headerWidth + offsets[extent.columns];
  const totalHeight = ROW_HEIGHT * (extent.rows + 1);
  const columns: number[] = [];
  for (let c = window_.left; c <= window_.right; c++) columns.push(c);
  const cellBox = (col: number): CSSProperties => ({
    left: headerWidth + offsets[col],
    width: offsets[col + 1] - offsets[col],
    height: ROW_HEIGHT,
    lineHeight: `${ROW_HEIGHT}px`,
  });

  const tableClass = (row: number, col: number): string | undefined => {
    const table = tables.find((candidate) => rectContains(candidate.rect, row, col));
    if (!table) return undefined;
    if (table.headers && row === table.rect.top) return styles.tableHeader;
    if (table.totals && row === table.rect.bottom) return styles.tableTotals;
    const bodyRow = row - table.rect.top - (table.headers ? 1 : 0);
    return bodyRow % 2 === 0 ? styles.tableBand : undefined;
  };

  const move = (rowDelta: number, colDelta: number, extend: boolean) => {
    if (extend) {
      // Shift+arrow moves the far corner of the selection; the active cell stays.
      const corner = {
        row: selection.top === active.row ? selection.bottom : selection.top,
        col: selection.left === active.col ? selection.right : selection.left,
      };
      const next = {
        row: Math.min(Math.max(corner.row + rowDelta, 0), extent.rows - 1),
        col: Math.min(Math.max(corner.col + colDelta, 0), extent.columns - 1),
      };
      onSelect(rectOf(active, next), active);
      return;
    }
    const next = { row: Math.max(active.row + rowDelta, 0), col: Math.max(active.col + colDelta, 0) };
    onSelect(rectOf(next, next), next);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== scrollerRef.current) return;
    const page = Math.max(1, Math.floor((viewport.height - ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1, 0, event.shiftKey),
      ArrowUp: () => move(-1, 0, event.shiftKey),
      ArrowRight: () => move(0, 1, event.shiftKey),
      ArrowLeft: () => move(0, -1, event.shiftKey),
      PageDown: () => move(page, 0, event.shiftKey),
      PageUp: () => move(-page, 0, event.shiftKey),
      Enter: () => move(event.shiftKey ? -1 : 1, 0, false),
      Tab: () => move(0, event.shiftKey ? -1 : 1, false),
      Home: () => move(event.ctrlKey ? -active.row : 0, -active.col, event.shiftKey),
      F2: () => onStartEdit(active.row, active.col, "edit"),
      Delete: () => onClear(selection),
      Backspace: () => onStartEdit(active.row, active.col, "enter", ""),
    };
    const shortcuts: Record<string, () => void> = { d: () => onFillDown(selection), z: onUndo };
    const shortcut = event.ctrlKey || event.metaKey ? shortcuts[event.key.toLowerCase()] : undefined;
    if (shortcut) {
      event.preventDefault();
      shortcut();
      return;
    }
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onStartEdit(active.row, active.col, "enter", event.key);
    }
  };

  const handlePaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (event.target !== scrollerRef.current) return;
    const text = event.clipboardData.getData("text/plain");
    if (!text) return;
    event.preventDefault();
    onPaste(active, text);
  };

  const cellFromEvent = (event: MouseEvent<HTMLElement>): { row: number; col: number } | null => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-row]");
    if (!target) return null;
    return { row: Number(target.dataset.row), col: Number(target.dataset.col) };
  };

  const handleMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const cell = cellFromEvent(event);
    if (!cell) return;
    if (edit) onCommit("none");
    event.preventDefault();
    scrollerRef.current?.focus();
    const anchor = event.shiftKey ? active : cell;
    setDrag({ anchor, rect: rectOf(anchor, cell) });
  };

  const handleMouseOver = (event: MouseEvent<HTMLDivElement>) => {
    if (!drag) return;
    const cell = cellFromEvent(event);
    if (cell) setDrag({ anchor: drag.anchor, rect: rectOf(drag.anchor, cell) });
  };

  const handleDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const cell = cellFromEvent(event);
    if (cell) onStartEdit(cell.row, cell.col, "edit");
  };

  const handleScroll = () => {
    const scroller = scrollerRef.current;
    if (scroller)
      setViewport((previous) => ({ ...previous, scrollTop: scroller.scrollTop, scrollLeft: scroller.scrollLeft }));
  };

  const handleEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, CommitMove> = {
      Enter: event.shiftKey ? "up" : "down",
      Tab: event.shiftKey ? "left" : "right",
    };
    if (edit?.mode === "enter")
      Object.assign(moves, { ArrowDown: "down", ArrowUp: "up", ArrowRight: "right", ArrowLeft: "left" });
    if (event.key === "Escape") {
      event.preventDefault();
      onCancelEdit();
      scrollerRef.current?.focus();
    } else if (moves[event.key]) {
      event.preventDefault();
      onCommit(moves[event.key]);
      scrollerRef.current?.focus();
    }
  };

  const rows: ReactNode[] = [];
  for (let row = window_.top; row <= window_.bottom; row++) {
    const rowSelected = row >= shown.top && row <= shown.bottom;
    rows.push(
      <div
        key={row}
        role="row"
        aria-rowindex={row + 2}
        className={styles.row}
        style={{ top: ROW_HEIGHT * (row + 1), width: totalWidth, height: ROW_HEIGHT }}
      >
        <div
          role="rowheader"
          className={mergeClasses(styles.header, styles.rowHeader, rowSelected && styles.headerSelected)}
          style={{ width: headerWidth, height: ROW_HEIGHT }}
        >
          {row + 1}
        </div>
        {columns.map((col) => {
          const info = book.getCell(sheet, row, col);
          const format = book.getCellFormat(sheet, row, col);
          const address = cellAddress(row, col);
          const isActive = row === active.row && col === active.col;
          const inSelection = rectContains(shown, row, col);
          const editingHere = edit !== null && edit.sheet === sheet && edit.row === row && edit.col === col;
          const style: CSSProperties = cellBox(col);
          if (format.fill) style.backgroundColor = format.fill;
          if (format.fontColor) style.color = format.fontColor;
          if (format.bold) style.fontWeight = tokens.fontWeightBold;
          if (format.italic) style.fontStyle = "italic";
          if (format.horizontalAlignment && format.horizontalAlignment !== "General") {
            style.textAlign = format.horizontalAlignment.toLowerCase() as CSSProperties["textAlign"];
          }
          return (
            <div
              key={col}
              id={`cell-${address}`}
              role="gridcell"
              aria-label={address}
              aria-colindex={col + 2}
              aria-selected={inSelection}
              aria-invalid={info.error ? true : undefined}
              data-row={row}
              data-col={col}
              title={info.error ? `${info.error.code} ${info.error.message}`.trim() : undefined}
              className={mergeClasses(
                styles.cell,
                alignmentClass(info, styles),
                tableClass(row, col),
                info.isSpill && styles.spill,
                inSelection && !isActive && styles.selected,
              )}
              style={style}
            >
              {editingHere && edit.origin === "bar" ? edit.text : info.text}
            </div>
          );
        })}
      </div>,
    );
  }

  const selectionVisible = shown.left < extent.columns && shown.top < extent.rows;
  const editing = edit !== null && edit.sheet === sheet && edit.origin === "cell" && edit.col < extent.columns;

  return (
    <div
      ref={scrollerRef}
      role="grid"
      aria-label={label}
      aria-rowcount={extent.rows + 1}
      aria-colcount={extent.columns + 1}
      aria-multiselectable
      aria-activedescendant={
        rectContains(window_, active.row, active.col) ? `cell-${cellAddress(active.row, active.col)}` : undefined
      }
      tabIndex={0}
      className={styles.scroller}
      onScroll={handleScroll}
      onKeyDown={handleKeyDown}
      onPaste={handlePaste}
      onMouseDown={handleMouseDown}
      onMouseOver={handleMouseOver}
      onDoubleClick={handleDoubleClick}
    >
      <div className={styles.canvas} style={{ width: totalWidth, height: totalHeight }}>
        <div
          role="row"
          aria-rowindex={1}
          className={styles.headerRow}
          style={{ width: totalWidth, height: ROW_HEIGHT }}
        >
          <div
            role="columnheader"
            className={mergeClasses(styles.header, styles.corner)}
            style={{ width: headerWidth, height: ROW_HEIGHT }}
          />
          {columns.map((col) => (
            <div
              key={col}
              role="columnheader"
              aria-colindex={col + 2}
              className={mergeClasses(styles.header, col >= shown.left && col <= shown.right && styles.headerSelected)}
              style={cellBox(col)}
            >
              {columnLetters(col)}
            </div>
          ))}
        </div>
        {rows}
        {model.charts.map((chart) => {
          const drawing = chartDrawing(chart, (source, row, col) => book.getCell(source, row, col));
          if (!drawing) return null;
          const at = chartCells(chart);
          const edge = (col: number) => offsets[Math.min(col, offsets.length - 1)];
          const width = at.right === undefined ? DEFAULT_CHART_SIZE.width : edge(at.right + 1) - edge(at.left);
          const height = at.bottom === undefined ? DEFAULT_CHART_SIZE.height : ROW_HEIGHT * (at.bottom - at.top + 1);
          return (
            <div
              key={chart.id}
              className={styles.chart}
              style={{ top: ROW_HEIGHT * (at.top + 1), left: headerWidth + edge(at.left) }}
            >
              <ChartFigure drawing={drawing} width={width} height={height} />
            </div>
          );
        })}
        {selectionVisible && (
          <div
            className={styles.selection}
            style={{
              top: ROW_HEIGHT * (shown.top + 1),
              left: headerWidth + offsets[shown.left],
              width: offsets[Math.min(shown.right, extent.columns - 1) + 1] - offsets[shown.left],
              height: ROW_HEIGHT * (Math.min(shown.bottom, extent.rows - 1) - shown.top + 1),
            }}
          />
        )}
        {editing && (
          <input
            ref={editorRef}
            aria-label={cellAddress(edit.row, edit.col)}
            className={styles.editor}
            style={{
              top: ROW_HEIGHT * (edit.row + 1),
              left: headerWidth + offsets[edit.col],
              minWidth: offsets[edit.col + 1] - offsets[edit.col],
              width: `${Math.max(edit.text.length + 2, 8)}ch`,
              height: ROW_HEIGHT,
            }}
            value={edit.text}
            onChange={(event) => onEditText(event.target.value)}
            onKeyDown={handleEditorKeyDown}
            onBlur={() => onCommit("none")}
          />
        )}
      </div>
    </div>
  );
}
