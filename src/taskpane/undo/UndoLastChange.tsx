import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LastChange, UndoOutcome } from "@excel/undo/undoLastChange";
import type { UndoService } from "@excel/undo/undoService";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import type { TranslationKey } from "@i18n/translationKey";

/** How each journaled command is named in the pane (a typed map, so tsc checks every key). */
const commandKeys = {
  tiers: "undo.commands.tiers",
  release: "undo.commands.release",
  reassign: "undo.commands.reassign",
  claim: "undo.commands.claim",
  import: "undo.commands.import",
  update: "undo.commands.update",
  scorecard: "undo.commands.scorecard",
  targets: "undo.commands.targets",
} as const satisfies Record<LastChange["command"], TranslationKey>;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
});

/** How many row names a message lists before "…". */
const LISTED = 8;

export type UndoLastChangeProps = {
  /** Changes when a command has just written (its success), so the last change is read again. */
  readonly refreshKey?: unknown;
};

/**
 * "Undo last SalesGrid change" (撤销上一次 SalesGrid 更改): shows what it would take back (the
 * command, its rows and tables, when) from the hidden journal, and takes it back on a click, or
 * says why not (rows changed since, named; an interrupted change). Shown in the Workbook area and
 * after each journaled command's success message. Nothing where the service has no undo.
 */
export function UndoLastChange({ refreshKey }: UndoLastChangeProps) {
  const service = useWorkbookService();
  const undo = "undo" in service ? service.undo : undefined;
  return undo ? <UndoPanel undo={undo} refreshKey={refreshKey} /> : null;
}

function UndoPanel({ undo, refreshKey }: { readonly undo: UndoService; readonly refreshKey?: unknown }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [last, setLast] = useState<LastChange | null | undefined>(undefined);
  const action = useWorkbookAction(() => undo.undo());

  const readLast = useCallback(async () => {
    const read = await undo.last();
    setLast(read.ok ? read.value : null);
  }, [undo]);

  useEffect(() => {
    void readLast();
  }, [readLast, refreshKey]);

  const command = (name: LastChange["command"]) => t(commandKeys[name]);
  const list = (rows: readonly string[]) => rows.slice(0, LISTED).join(", ") + (rows.length > LISTED ? ", …" : "");

  const handleUndo = async () => {
    await action.run();
    await readLast();
  };

  const outcome = action.value;
  const message = outcome ? outcomeMessage(outcome) : null;
  function outcomeMessage(done: UndoOutcome): { intent: "success" | "warning" | "info"; text: string } | null {
    switch (done.kind) {
      case "nothing":
        return { intent: "info", text: t("undo.none") };
      case "interrupted":
        return { intent: "warning", text: t("undo.interrupted", { command: command(done.command) }) };
      case "refused":
        return {
          intent: "warning",
          text: t("undo.refused", { command: command(done.command), count: done.rows.length, rows: list(done.rows) }),
        };
      case "undone":
        return {
          intent: "success",
          text: [
            t("undo.undone", { command: command(done.command), count: done.rows }),
            done.notRestored.length > 0
              ? t("undo.notRestored", { count: done.notRestored.length, rows: list(done.notRestored) })
              : "",
          ]
            .filter(Boolean)
            .join(" "),
        };
    }
  }

  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: "short", timeStyle: "short" });

  return (
    <section className={styles.root} aria-label={t("undo.title")}>
      {last && last.complete && (
        <Body1>
          {t("undo.last", {
            command: command(last.command),
            count: last.rows,
            tables: last.tables.join(", "),
            time: time(last.when),
          })}
        </Body1>
      )}
      {last && !last.complete && !message && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("undo.interrupted", { command: command(last.command) })}</MessageBarBody>
        </MessageBar>
      )}
      {action.failure && <ExcelFailureBar failure={action.failure} />}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {action.running ? (
        <Spinner size="tiny" label={t("undo.undoing")} />
      ) : (
        <Button
          className={styles.button}
          icon={<ArrowUndoRegular />}
          disabled={!last || !last.complete}
          onClick={() => void handleUndo()}
        >
          {t("undo.button")}
        </Button>
      )}
      <Caption1>{last === null && !message ? t("undo.none") : t("undo.excelUndo")}</Caption1>
    </section>
  );
}
