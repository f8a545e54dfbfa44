import {
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { moneyDigits } from "@core/cells/moneyDigits";
import { PagedList } from "@taskpane/shared/PagedList";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

/** What a listed deal needs: where its row is, what it is called, whose it is and its amount. */
export type ListedDeal = {
  /** The deal's row in the Deals table, which keys the list. */
  readonly row: number;
  readonly dealId: string;
  readonly customer: string;
  readonly owner: string;
  readonly amount: number;
};

export type PagedDealTableProps<T extends ListedDeal> = {
  /** The deals to list, already filtered and ordered (in core). */
  deals: readonly T[];
  /** What the list is: its filters and page navigation are named after it. */
  label: string;
  /** The table's accessible name. */
  caption: string;
  /** The headers of the fixed columns. */
  headers: { readonly deal: string; readonly owner: string; readonly amount: string };
  /** The column between the owner and the amount: why the deal is listed. */
  detail: { readonly header: string; readonly render: (deal: T) => ReactNode };
  /** The accessible name of a deal's "select in the sheet" button. */
  selectLabel: (deal: T) => string;
  onSelectDeal: (deal: T) => void;
  /** The list's filters (ListFilter), above it. */
  filters?: ReactNode;
  /** Changes whenever a filter does, so a new filter starts on the first page. */
  resetKey?: string;
};

/**
 * A list of deals a page at a time: the deal (a button that selects its row in the sheet) with
 * its customer, the owner, why it is listed, and the amount, in cents only when the page's
 * amounts have them. The Pipeline area's stale deals and deals without a close date share it.
 */
export function PagedDealTable<T extends ListedDeal>({
  deals,
  label,
  caption,
  headers,
  detail,
  selectLabel,
  onSelectDeal,
  filters,
  resetKey,
}: PagedDealTableProps<T>) {
  const figures = useFigureTableStyles();
  const format = useNumberFormat();
  return (
    <PagedList items={deals} label={label} filters={filters} resetKey={resetKey}>
      {(page) => {
        const digits = moneyDigits(page.map((deal) => deal.amount));
        return (
          <div className={figures.scroller} role="region" aria-label={caption} tabIndex={0}>
            <Table size="small" aria-label={caption}>
              <TableHeader>
                <TableRow className={figures.header}>
                  <TableHeaderCell className={figures.sticky}>{headers.deal}</TableHeaderCell>
                  <TableHeaderCell>{headers.owner}</TableHeaderCell>
                  <TableHeaderCell>{detail.header}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>{headers.amount}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.map((deal) => (
                  <TableRow key={`${deal.row}-${deal.dealId}`}>
                    <TableCell className={figures.sticky}>
                      <Link as="button" aria-label={selectLabel(deal)} onClick={() => onSelectDeal(deal)}>
                        {deal.dealId}
                      </Link>{" "}
                      <Caption1>{deal.customer}</Caption1>
                    </TableCell>
                    <TableCell>{deal.owner}</TableCell>
                    <TableCell>{detail.render(deal)}</TableCell>
                    <TableCell className={figures.number}>{format.money(deal.amount, digits)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        );
      }}
    </PagedList>
  );
}
