import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import type { StorageProblem } from "./persistence";
import { fill, type WorkbenchStrings } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  how: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});

export type PreviewBannerProps = {
  strings: WorkbenchStrings;
  /** A problem keeping the workbook in the browser, shown until it is solved. */
  problem: StorageProblem | null;
  onReset: () => void;
};

/** Says this is a preview and how to run the add-in in Excel; resets the workbook after asking. */
export function PreviewBanner({ strings, problem, onReset }: PreviewBannerProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.previewTitle}</MessageBarTitle>
          {strings.preview} <span className={styles.how}>{strings.previewHow}</span>
        </MessageBarBody>
        <MessageBarActions>
          <Dialog>
            <DialogTrigger disableButtonEnhancement>
              <Button size="small" icon={<ArrowResetRegular />}>
                {strings.reset}
              </Button>
            </DialogTrigger>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{strings.resetTitle}</DialogTitle>
                <DialogContent>{strings.resetBody}</DialogContent>
                <DialogActions>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="secondary">{strings.cancel}</Button>
                  </DialogTrigger>
                  <Button appearance="primary" onClick={onReset}>
                    {strings.resetConfirm}
                  </Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        </MessageBarActions>
      </MessageBar>
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fill(strings.problems[problem.kind], { detail: problem.detail ?? "" })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
