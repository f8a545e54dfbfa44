import { Suspense, useEffect, useState } from "react";
import { Caption1, Spinner, Tab, Title3, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageFromOffice, type PaneLanguage } from "@i18n/paneLanguage";
import { switchLanguage } from "@i18n/initI18n";
import { areas } from "./areas";
import { LanguageSwitch } from "./LanguageSwitch";
import { WrappingTabList } from "@taskpane/shared/WrappingTabList";
import { AreaBoundary } from "@taskpane/shared/AreaBoundary";
import { PaneNavigationContext } from "./paneNavigation";
import { followPaneRoutes } from "./paneRouting";
import { QuickFollowUp } from "./customers/quickFollowUp";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    // A customer name or note of any length wraps instead of widening the pane; "break-word" rather
    // than "anywhere", which also let tables and controls shrink to one character and cut every
    // figure and heading ("Commi|ssion").
    overflowWrap: "break-word",
    // Fluent's tables share their width evenly (fixed layout) whatever the columns hold: sized by
    // their content instead, a figure column is as wide as its widest figure.
    "& table": { tableLayout: "auto" },
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: {
    display: "flex",
    flexDirection: "column",
  },
  tagline: {
    color: tokens.colorNeutralForeground3,
  },
  nav: {
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  content: {
    flexGrow: 1,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalL,
  },
});

/**
 * The pane: header with name and language switch, a tab per area, and the selected area. Areas
 * other than the first load their code when first opened, with a spinner meanwhile.
 */
export function App() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [areaId, setAreaId] = useState(areas[0].id);
  // While the ribbon's quick follow-up form is open: a key that changes with each Log follow-up click.
  const [followUp, setFollowUp] = useState<number | null>(null);
  const language: PaneLanguage = languageFromOffice(i18n.resolvedLanguage ?? i18n.language);
  const area = areas.find((candidate) => candidate.id === areaId) ?? areas[0];

  const handleLanguageChange = (next: PaneLanguage) => {
    switchLanguage(i18n, next).catch((error: unknown) => {
      console.error(`SalesGrid could not load the pane's ${next} strings`, error);
    });
  };
  const openArea = (id: string) => {
    setAreaId(id);
    setFollowUp(null);
  };
  const handleTabSelect = (_event: unknown, data: SelectTabData) => openArea(String(data.value));

  // The ribbon's buttons route the pane through window (src/commands is another bundle): an area,
  // or the quick follow-up form. A route left before the pane mounted is taken now.
  useEffect(
    () =>
      followPaneRoutes(window, (route) => {
        if (route.kind === "followUp") setFollowUp((key) => (key ?? 0) + 1);
        else if (areas.some((candidate) => candidate.id === route.areaId)) openArea(route.areaId);
      }),
    [],
  );
  const areaLabel = t(area.labelKey);

  return (
    <div className={styles.root} lang={language}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Title3 as="h1">{t("app.name")}</Title3>
          <Caption1 className={styles.tagline}>{t("app.tagline")}</Caption1>
        </div>
        <LanguageSwitch language={language} onLanguageChange={handleLanguageChange} />
      </header>
      <nav className={styles.nav} aria-label={t("nav.label")}>
        <WrappingTabList selectedValue={area.id} onTabSelect={handleTabSelect} size="small">
          {areas.map((candidate) => (
            <Tab key={candidate.id} value={candidate.id}>
              {t(candidate.labelKey)}
            </Tab>
          ))}
        </WrappingTabList>
      </nav>
      <main className={styles.content}>
        <PaneNavigationContext.Provider value={openArea}>
          {followUp === null ? (
            <AreaBoundary key={area.id} areaLabel={areaLabel}>
              {/* Inside the boundary: an area whose code fails to load shows its crash message. */}
              <Suspense fallback={<Spinner size="small" label={t("app.loadingArea", { area: areaLabel })} />}>
                <area.Component />
              </Suspense>
            </AreaBoundary>
          ) : (
            <AreaBoundary key="followUp" areaLabel={t("ribbon.followUp.title")}>
              <Suspense
                fallback={<Spinner size="small" label={t("app.loadingArea", { area: t("ribbon.followUp.title") })} />}
              >
                <QuickFollowUp requestKey={followUp} onClose={() => setFollowUp(null)} />
              </Suspense>
            </AreaBoundary>
          )}
        </PaneNavigationContext.Provider>
      </main>
    </div>
  );
}
