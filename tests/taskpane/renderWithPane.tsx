import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { initI18n } from "@i18n/initI18n";
import { bothLanguages } from "../i18n/bothLanguages";
import type { PaneLanguage } from "@i18n/paneLanguage";
import { WorkbookServiceProvider, type WorkbookService } from "@taskpane/services/WorkbookServiceContext";

/** Renders one view inside the pane's providers, with an injected workbook service. */
export function renderWithPane(ui: ReactElement, service: WorkbookService, language: PaneLanguage = "en-US") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nextProvider i18n={initI18n(language, bothLanguages)}>
        <WorkbookServiceProvider service={service}>{ui}</WorkbookServiceProvider>
      </I18nextProvider>
    </FluentProvider>,
  );
}
