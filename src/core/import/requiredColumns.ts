import type { ImportTarget } from "@core/import/importColumns";
import type { ImportMapping } from "@core/import/proposeMapping";

/**
 * What every imported row must have, as groups of column keys of which at least one must be
 * filled: a customer needs a company or a contact name, a deal its customer, a follow-up its date
 * and customer, an installment its customer and an amount due or received, a service ticket its
 * customer.
 *
 * @example
 * requiredColumns("Customers") //=> [["Company", "Name"]]
 */
export function requiredColumns(target: ImportTarget): readonly (readonly string[])[] {
  switch (target) {
    case "Customers":
      return [["Company", "Name"]];
    case "Deals":
      return [["Customer"]];
    case "Activities":
      return [["Date"], ["Customer"]];
    case "Payments":
      return [["Customer"], ["AmountDue", "Received"]];
    case "Service":
      return [["Customer"]];
  }
}

/**
 * The required groups a mapping leaves without any mapped column, so the wizard can ask the user
 * to map one before it validates rows.
 *
 * @example
 * missingRequired(["Owner", null], "Deals") //=> [["Customer"]]
 */
export function missingRequired(mapping: ImportMapping, target: ImportTarget): (readonly string[])[] {
  const mapped = new Set(mapping.filter((key): key is string => key !== null));
  return requiredColumns(target).filter((group) => !group.some((key) => mapped.has(key)));
}
