import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { i18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import { App } from "./App";
import { WorkbookServiceProvider, type WorkbookService } from "./services/WorkbookServiceContext";

export type PaneProps = {
  i18n: i18n;
  service: WorkbookService;
};

/** The whole pane with its providers: the shipped entry, the workbench and the tests all mount this. */
export function Pane({ i18n, service }: PaneProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nextProvider i18n={i18n}>
        <WorkbookServiceProvider service={service}>
          <App />
        </WorkbookServiceProvider>
      </I18nextProvider>
    </FluentProvider>
  );
}
