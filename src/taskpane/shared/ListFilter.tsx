import type { ChangeEvent } from "react";
import { Field, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/** One value a list can be filtered to, and how the pane names it. */
export type FilterChoice<V extends string> = { readonly value: V; readonly text: string };

export type ListFilterProps<V extends string> = {
  label: string;
  /** The value chosen; undefined for every value. */
  value: V | undefined;
  choices: readonly FilterChoice<V>[];
  onChange: (value: V | undefined) => void;
};

/**
 * A filter of a paged list on one dimension (owner, tier, stage …): "All", then each value. The
 * options carry their position, not the value itself, so a rep named "all" or "" (no owner)
 * is a value like any other.
 */
export function ListFilter<V extends string>({ label, value, choices, onChange }: ListFilterProps<V>) {
  const { t } = useTranslation();
  // A value the list no longer has (another owner chosen above it, a refresh) stays shown, so the
  // filter never reads "All" while it still hides rows.
  const known = value === undefined || choices.some((choice) => choice.value === value);
  const options = known ? choices : [...choices, { value: value, text: value || t("lists.none") }];
  const at = value === undefined ? -1 : options.findIndex((choice) => choice.value === value);
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const index = Number(event.target.value);
    onChange(index < 0 ? undefined : options[index]?.value);
  };

  return (
    <Field label={label}>
      <Select size="small" value={String(at)} onChange={handleChange}>
        <option value="-1">{t("lists.all")}</option>
        {options.map((choice, index) => (
          <option key={index} value={String(index)}>
            {choice.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
