import {
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useMemo, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { ADD_VALUE, LEAVE_VALUE, type ValueChoices } from "@core/import/valueChoices";
import { PagedList } from "@taskpane/shared/PagedList";

export type UnknownValuesProps = {
  /** The heading ("Owners who are not reps in Team"). */
  title: string;
  /** The table's accessible name. */
  caption: string;
  /** The first column's header ("Stage in your data"). */
  fromLabel: string;
  /** Each unknown value with the user's choice: a known value, ADD_VALUE or LEAVE_VALUE. */
  choices: ValueChoices;
  /** The list's values, to map onto. */
  known: readonly string[];
  /** How adding to the list is offered; absent when the list takes no additions (the method list). */
  addLabel?: string;
  onChoice: (value: string, choice: string) => void;
};

/**
 * The values an import brings that one of the workbook's lists does not know, each with its
 * choice: map it onto a known value, add it to the list, or leave it as it is (it is then listed
 * among the problems). Paged, as a free-text column can hold thousands of values.
 */
export function UnknownValues({ title, caption, fromLabel, choices, known, addLabel, onChoice }: UnknownValuesProps) {
  const { t } = useTranslation();
  const entries = useMemo(() => Object.entries(choices), [choices]);
  const handleChoice = (value: string) => (event: ChangeEvent<HTMLSelectElement>) =>
    onChoice(value, event.target.value);
  if (entries.length === 0) return null;
  return (
    <>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <PagedList items={entries} label={title}>
        {(page) => (
          <Table size="small" aria-label={caption}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{fromLabel}</TableHeaderCell>
                <TableHeaderCell>{t("import.review.stageTo")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.map(([value, choice]) => (
                <TableRow key={value}>
                  <TableCell>{value}</TableCell>
                  <TableCell>
                    <Select aria-label={value} value={choice} onChange={handleChoice(value)}>
                      {addLabel !== undefined && <option value={ADD_VALUE}>{addLabel}</option>}
                      <option value={LEAVE_VALUE}>{t("import.review.leave")}</option>
                      {known.map((option) => (
                        <option key={option} value={option}>
                          {option}
                        </option>
                      ))}
                    </Select>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </PagedList>
    </>
  );
}
