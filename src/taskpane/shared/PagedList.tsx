import { useState, type ReactNode } from "react";
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { PAGE_SIZE, pageOf, type Page } from "@core/lists/pageOf";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  filters: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export type PagedListProps<T> = {
  /** The whole list, already filtered and ordered (in core). */
  items: readonly T[];
  /** What the list is: its filters and page navigation are named after it. */
  label: string;
  /** The list's filters (ListFilter), shown above it in a group named after the list. */
  filters?: ReactNode;
  /** Changes whenever a filter does, so a new filter starts on the first page. */
  resetKey?: string;
  /** Rows per page; PAGE_SIZE by default. */
  pageSize?: number;
  /** Renders the rows of the page shown: a list or a table, with each row's actions. */
  children: (items: readonly T[]) => ReactNode;
};

/** The page shown, back on the first whenever `resetKey` changes; the page navigation moves it. */
function usePagedList<T>(items: readonly T[], resetKey: string, pageSize: number) {
  const [state, setState] = useState({ key: resetKey, page: 0 });
  // Adjusted while rendering (React's pattern for state derived from a prop): the first page is
  // remembered, so going back to an earlier filter does not bring back its old page.
  if (state.key !== resetKey) setState({ key: resetKey, page: 0 });
  const page: Page<T> = pageOf(items, state.key === resetKey ? state.page : 0, pageSize);
  const handleGo = (to: number) => setState({ key: resetKey, page: to });
  return { page, handleGo };
}

/**
 * A long list shown a page at a time, so the pane renders the same few rows at 100 customers as
 * at 100,000: the filters, the rows of one page, and "1–50 of 12,345" with the previous and next
 * page. The buttons stay focusable at either end, so keyboard focus is never lost.
 */
export function PagedList<T>({
  items,
  label,
  filters,
  resetKey = "",
  pageSize = PAGE_SIZE,
  children,
}: PagedListProps<T>) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { page, handleGo } = usePagedList(items, resetKey, pageSize);
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? "en-US");

  return (
    <div className={styles.root}>
      {filters && (
        <div className={styles.filters} role="group" aria-label={t("lists.filters", { list: label })}>
          {filters}
        </div>
      )}
      {page.total === 0 ? <Body1>{t("lists.noMatch")}</Body1> : children(page.items)}
      {page.total > 0 && (
        <nav className={styles.nav} aria-label={t("lists.pages", { list: label })}>
          {page.pages > 1 && (
            <Button
              size="small"
              icon={<ChevronLeftRegular />}
              disabledFocusable={page.page === 0}
              onClick={() => handleGo(page.page - 1)}
            >
              {t("lists.previous")}
            </Button>
          )}
          <Caption1 aria-live="polite">
            {t("lists.range", {
              from: number.format(page.from),
              to: number.format(page.to),
              total: number.format(page.total),
            })}
          </Caption1>
          {page.pages > 1 && (
            <Button
              size="small"
              icon={<ChevronRightRegular />}
              iconPosition="after"
              disabledFocusable={page.page === page.pages - 1}
              onClick={() => handleGo(page.page + 1)}
            >
              {t("lists.next")}
            </Button>
          )}
        </nav>
      )}
    </div>
  );
}
