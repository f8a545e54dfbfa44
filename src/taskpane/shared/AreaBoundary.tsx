import { Component, useMemo, useRef, useState, type ErrorInfo, type ReactNode } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useWorkbookService, WorkbookServiceProvider } from "@taskpane/services/WorkbookServiceContext";
import {
  CallLogContext,
  isWrite,
  trackedService,
  type CallInFlight,
  type CallLog,
} from "@taskpane/services/trackedService";

const useStyles = makeStyles({
  detail: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  muted: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

/** What the boundary caught: the error and the workbook calls under way at that moment. */
type Crash = { readonly error: Error; readonly inFlight: readonly CallInFlight[] };

type CatcherProps = { log: CallLog; onCrash: (crash: Crash) => void; children: ReactNode };

/** React's error boundary (a class is the only way to write one): hands the crash up and renders nothing. */
class Catcher extends Component<CatcherProps, { crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError(): { crashed: boolean } {
    return { crashed: true };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onCrash({ error, inFlight: [...this.props.log.inFlight] });
  }

  override render(): ReactNode {
    return this.state.crashed ? null : this.props.children;
  }
}

export type AreaBoundaryProps = {
  /** The area's name as its tab shows it, for the message. */
  areaLabel: string;
  children: ReactNode;
};

/**
 * Keeps a crash inside one area: the area is replaced by a message saying what happened and what
 * was in progress (a workbook write still under way finishes or fails on its own, so the user is
 * told to check the sheet), with a button that mounts the area afresh. The navigation and the
 * other areas keep working; the pane never goes blank. The area's workbook calls go through a
 * tracked copy of the injected service so the message can name them.
 */
export function AreaBoundary({ areaLabel, children }: AreaBoundaryProps) {
  const service = useWorkbookService();
  const log = useRef<CallLog>({ inFlight: new Set() }).current;
  const tracked = useMemo(() => trackedService(service, log), [service, log]);
  const [crash, setCrash] = useState<Crash | null>(null);
  const [generation, setGeneration] = useState(0);

  const handleReload = () => {
    setCrash(null);
    setGeneration((g) => g + 1);
  };

  if (crash) return <AreaCrash areaLabel={areaLabel} crash={crash} onReload={handleReload} />;
  return (
    <WorkbookServiceProvider service={tracked}>
      <CallLogContext.Provider value={log}>
        <Catcher key={generation} log={log} onCrash={setCrash}>
          {children}
        </Catcher>
      </CallLogContext.Provider>
    </WorkbookServiceProvider>
  );
}

type AreaCrashProps = { areaLabel: string; crash: Crash; onReload: () => void };

function AreaCrash({ areaLabel, crash, onReload }: AreaCrashProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const writes = crash.inFlight.filter((call) => isWrite(call.name));
  const reads = crash.inFlight.filter((call) => !isWrite(call.name));
  const names = (calls: readonly CallInFlight[]) => calls.map((call) => call.name).join(", ");
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("areaCrash.title", { area: areaLabel })}</MessageBarTitle>
        <span className={styles.detail}>{crash.error.message || crash.error.name}</span>
        <span className={styles.detail}>
          {writes.length > 0
            ? t("areaCrash.writing", { calls: names(writes) })
            : reads.length > 0
              ? t("areaCrash.reading", { calls: names(reads) })
              : t("areaCrash.idle")}
        </span>
        <Caption1 className={styles.muted}>{t("areaCrash.rest")}</Caption1>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>{t("areaCrash.reload", { area: areaLabel })}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
