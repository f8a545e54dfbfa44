import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStaticStyles,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import { type CellRect, formatAddress, parseAddress, rectContains } from "@workbench/emulator/address";
import type { Emulator, PlatformName } from "@workbench/emulator/index";
import { cellInputText } from "./cellInputText";
import { FormulaBar } from "./FormulaBar";
import type { Observable } from "./observable";
import { useObservable } from "./observable";
import { messageOf, type StorageProblem } from "./persistence";
import type { RibbonButton, RibbonTab } from "./manifestRibbon";
import { PreviewBanner } from "./PreviewBanner";
import { RibbonBar } from "./RibbonBar";
import { SheetGrid, type CellEdit, type CommitMove } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { fill, workbenchStrings, type WorkbenchLanguage } from "./strings";
import { useWorkbookVersion } from "./useWorkbookVersion";

// The page is the workbench: no browser margin, no page scrollbar (the grid and the pane scroll).
const usePageStyles = makeStaticStyles({ body: { margin: 0, overflow: "hidden" } });

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gridTemplateRows: "auto minmax(0, 1fr)",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  banner: {
    gridColumn: "1 / -1",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sheet: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
  },
  dock: {
    width: "clamp(320px, 32vw, 460px)",
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
  },
  entryProblem: {
    marginInline: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalXS,
  },
});

export type WorkbenchProps = {
  emulator: Emulator;
  /** The language the docked task pane shows; the page follows it. */
  language: Observable<WorkbenchLanguage>;
  storageProblem: Observable<StorageProblem | null>;
  /** The element the add-in renders its task pane into (#root); docked beside the grid. */
  paneRoot: HTMLElement;
  onReset: () => void;
  /** Restarts the page on another Excel platform (the preview banner's control). */
  onPlatformChange: (platform: PlatformName) => void;
  /** The manifest's custom tab in a language (the toolbar above the grid), or null without one. */
  ribbonTab: (language: WorkbenchLanguage) => RibbonTab | null;
};

/** The workbench: preview banner, formula bar, grid and sheet tabs, and the add-in's task pane docked on the right. */
export function Workbench({
  emulator,
  language,
  storageProblem,
  paneRoot,
  onReset,
  onPlatformChange,
  ribbonTab,
}: WorkbenchProps) {
  usePageStyles();
  const styles = useStyles();
  const { book } = emulator;
  const version = useWorkbookVersion(emulator);
  const pageLanguage = useObservable(language);
  const strings = workbenchStrings(pageLanguage);
  const tab = ribbonTab(pageLanguage);
  const problem = useObservable(storageProblem);
  const [edit, setEditState] = useState<CellEdit | null>(null);
  const editRef = useRef<CellEdit | null>(null);
  const [anchor, setAnchor] = useState<{ sheet: string; row: number; col: number } | null>(null);
  const [entryProblem, setEntryProblem] = useState<string | null>(null);

  const dockRef = useCallback(
    (dock: HTMLElement | null) => {
      if (dock && paneRoot.parentElement !== dock) dock.appendChild(paneRoot);
    },
    [paneRoot],
  );

  const setEdit = (next: CellEdit | null) => {
    editRef.current = next;
    setEditState(next);
  };

  const sheet = book.activeSheet;
  const sheets = book
    .sheetModels()
    .filter((model) => model.visibility === "Visible")
    .map((model) => model.name);
  const bookSelection = book.selection;
  const selection: CellRect = (bookSelection.sheet === sheet ? parseAddress(bookSelection.address) : null) ?? {
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
  };
  const active =
    anchor && anchor.sheet === sheet && rectContains(selection, anchor.row, anchor.col)
      ? { row: anchor.row, col: anchor.col }
      : { row: selection.top, col: selection.left };

  // A sheet the add-in deleted or hid can end an edit in progress.
  useEffect(() => {
    if (editRef.current && !book.sheet(editRef.current.sheet)) setEdit(null);
  }, [book, version]);

  const select = useCallback(
    (rect: CellRect, at: { row: number; col: number }) => {
      setAnchor({ sheet: book.activeSheet, row: at.row, col: at.col });
      book.select(book.activeSheet, formatAddress(rect));
    },
    [book],
  );

  const startEdit = (row: number, col: number, mode: CellEdit["mode"], text?: string) => {
    setEntryProblem(null);
    setEdit({ sheet, row, col, mode, origin: "cell", text: text ?? cellInputText(book, sheet, row, col) });
  };

  const editText = (text: string, origin: CellEdit["origin"]) => {
    const current = editRef.current;
    setEdit(current ? { ...current, text } : { sheet, row: active.row, col: active.col, mode: "edit", origin, text });
  };

  const commit = (move: CommitMove) => {
    const current = editRef.current;
    if (!current) return;
    setEdit(null);
    try {
      book.setCellInput(current.sheet, current.row, current.col, current.text);
      setEntryProblem(null);
    } catch (error) {
      setEntryProblem(fill(strings.entryRefused, { message: messageOf(error) }));
      return;
    }
    const step = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1], none: [0, 0] }[move];
    const next = { row: Math.max(current.row + step[0], 0), col: Math.max(current.col + step[1], 0) };
    if (move !== "none" && book.activeSheet === current.sheet)
      select({ top: next.row, bottom: next.row, left: next.col, right: next.col }, next);
  };

  const cancel = () => setEdit(null);

  const clear = (rect: CellRect) => {
    const model = book.sheet(sheet);
    if (!model) return;
    try {
      book.clear(model, rect, "Contents");
      setEntryProblem(null);
    } catch (error) {
      setEntryProblem(fill(strings.entryRefused, { message: messageOf(error) }));
    }
  };

  /** Runs a grid edit, showing Excel's refusal instead of losing it. */
  const gridEdit = (work: () => void) => {
    try {
      work();
      setEntryProblem(null);
    } catch (error) {
      setEntryProblem(fill(strings.entryRefused, { message: messageOf(error) }));
    }
  };

  const paste = (at: { row: number; col: number }, text: string) =>
    gridEdit(() => {
      const block = book.paste(sheet, at.row, at.col, text);
      select(block, at);
    });

  const fillDown = (rect: CellRect) => gridEdit(() => book.fillDown(sheet, rect));

  const undo = () => gridEdit(() => void book.undo());

  const goTo = (address: string): boolean => {
    const parsed = parseAddress(address);
    if (!parsed || (parsed.sheet !== undefined && !book.sheet(parsed.sheet))) {
      setEntryProblem(fill(strings.addressUnknown, { address }));
      return false;
    }
    const target = parsed.sheet ?? sheet;
    setAnchor({ sheet: target, row: parsed.top, col: parsed.left });
    book.select(target, formatAddress(parsed));
    setEntryProblem(null);
    return true;
  };

  const activate = (name: string) => {
    commit("none");
    book.setActiveSheet(name);
  };

  const addSheet = () => {
    commit("none");
    const added = book.addSheet();
    book.setActiveSheet(added.name);
  };

  /** A ribbon button: its ExecuteFunction runs as Office runs it; ShowTaskpane shows the (docked) pane. */
  const runCommand = (button: RibbonButton) => {
    commit("none");
    const run =
      button.action.kind === "execute"
        ? emulator.ribbon.invoke(button.action.functionName, button.id)
        : emulator.Office.addin.showAsTaskpane();
    run.then(
      () => setEntryProblem(null),
      (error: unknown) =>
        setEntryProblem(fill(strings.commandFailed, { command: button.label, message: messageOf(error) })),
    );
  };

  const barText = edit ? edit.text : cellInputText(book, sheet, active.row, active.col);

  return (
    <div className={styles.root}>
      <div className={styles.banner}>
        <PreviewBanner
          strings={strings}
          problem={problem}
          onReset={onReset}
          platform={emulator.profile.name}
          onPlatformChange={onPlatformChange}
        />
      </div>
      <div className={styles.sheet}>
        {tab && <RibbonBar emulator={emulator} tab={tab} strings={strings} onCommand={runCommand} />}
        <FormulaBar
          address={formatAddress(selection)}
          text={barText}
          nameBoxLabel={strings.nameBox}
          formulaLabel={strings.formulaBar}
          onEditText={(text) => editText(text, "bar")}
          onCommit={() => commit("none")}
          onCancel={cancel}
          onGoTo={goTo}
        />
        {entryProblem && (
          <MessageBar intent="error" className={styles.entryProblem}>
            <MessageBarBody>{entryProblem}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={strings.dismiss}
                  icon={<DismissRegular />}
                  onClick={() => setEntryProblem(null)}
                />
              }
            />
          </MessageBar>
        )}
        <SheetGrid
          book={book}
          sheet={sheet}
          version={version}
          selection={selection}
          active={active}
          edit={edit}
          label={fill(strings.grid, { sheet })}
          onSelect={select}
          onStartEdit={startEdit}
          onEditText={(text) => editText(text, "cell")}
          onCommit={commit}
          onCancelEdit={cancel}
          onClear={clear}
          onPaste={paste}
          onFillDown={fillDown}
          onUndo={undo}
        />
        <SheetTabs
          sheets={sheets}
          active={sheet}
          label={strings.sheets}
          newSheetLabel={strings.newSheet}
          onActivate={activate}
          onAdd={addSheet}
        />
      </div>
      <aside ref={dockRef} className={styles.dock} aria-label={strings.pane} />
    </div>
  );
}
