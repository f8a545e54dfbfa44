import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

/** Task pane entry: waits for Office, then mounts the pane into #root. */
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) {
    throw new Error("SalesGrid task pane: element #root is missing from taskpane.html");
  }
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <main>SalesGrid</main>
    </FluentProvider>,
  );
});
