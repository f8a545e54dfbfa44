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
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { PLATFORM_NAMES, type PlatformName } from "@workbench/emulator/profiles";
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
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

export type PreviewBannerProps = {
  strings: WorkbenchStrings;
  /** A problem keeping the workbook in the browser, shown until it is solved. */
  problem: StorageProblem | null;
  onReset: () => void;
  /** The Excel platform the emulator models. */
  platform: PlatformName;
  onPlatformChange: (platform: PlatformName) => void;
};

/**
 * Says this is a preview and how to run the add-in in Excel; switches the Excel platform the
 * emulator models; resets the workbook after asking.
 */
export function PreviewBanner({ strings, problem, onReset, platform, onPlatformChange }: PreviewBannerProps) {
  const styles = useStyles();
  const handlePlatformChange = (value: string) => {
    const next = PLATFORM_NAMES.find((name) => name === value);
    if (next && next !== platform) onPlatformChange(next);
  };
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.previewTitle}</MessageBarTitle>
          {strings.preview} <span className={styles.how}>{strings.previewHow}</span>
        </MessageBarBody>
        <MessageBarActions>
          <span className={styles.actions}>
            <Select
              size="small"
              aria-label={strings.platform}
              value={platform}
              onChange={(_, data) => handlePlatformChange(data.value)}
            >
              {PLATFORM_NAMES.map((name) => (
                <option key={name} value={name}>
                  {strings.platforms[name]}
                </option>
              ))}
            </Select>
          </span>
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
