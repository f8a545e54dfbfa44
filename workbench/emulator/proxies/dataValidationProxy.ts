/**
 * `Excel.DataValidation` of a range: rules are recorded on the sheet (the grid may show a
 * drop-down), not enforced on input.
 */
import { formatAddress, parseAddress, rectsIntersect } from "../address";
import { fail } from "../officeError";
import type { DataValidationModel } from "../workbookTypes";
import { ClientObject } from "./clientObject";
import type { RangeRef } from "./rangeRef";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function find(ref: RangeRef): DataValidationModel | undefined {
  const address = formatAddress(ref.rect);
  return ref.sheet.dataValidations.find((v) => v.address === address);
}

function upsert(ref: RangeRef, patch: Partial<DataValidationModel>): void {
  const address = formatAddress(ref.rect);
  const existing = find(ref);
  if (existing) Object.assign(existing, patch);
  else ref.sheet.dataValidations.push({ address, rule: {}, ignoreBlanks: true, ...patch });
}

/** `Excel.DataValidation`. */
export class DataValidationProxy extends ClientObject<RangeRef> {
  protected get _typeName(): string {
    return "DataValidation";
  }
  protected _scalarNames(): readonly string[] {
    return ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"];
  }
  protected _read(name: string, ref: RangeRef): unknown {
    const v = find(ref);
    switch (name) {
      case "rule":
        return v?.rule ?? {};
      case "type": {
        const key = v ? Object.keys(v.rule)[0] : undefined;
        return key ? (RULE_TYPES[key] ?? "Inconsistent") : "None";
      }
      case "errorAlert":
        return v?.errorAlert ?? { showAlert: true, style: "Stop", message: "", title: "" };
      case "prompt":
        return v?.prompt ?? { showPrompt: false, message: "", title: "" };
      case "ignoreBlanks":
        return v?.ignoreBlanks ?? true;
      case "valid":
        return true;
      default:
        return this._unknown(name);
    }
  }
  get rule(): Excel.DataValidationRule {
    return this._get("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this._set("rule", rule, (ref) => {
      const keys = Object.keys(rule ?? {}).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
      if (keys.length !== 1 || !RULE_TYPES[keys[0]])
        fail(
          "InvalidArgument",
          "A data validation rule needs exactly one of list, wholeNumber, decimal, date, time, textLength, custom.",
        );
      const body = (rule as Record<string, Record<string, unknown>>)[keys[0]];
      if (keys[0] === "list" && (body.source === undefined || body.source === ""))
        fail("InvalidArgument", "A list rule needs a source.");
      if (keys[0] !== "list" && keys[0] !== "custom" && typeof body.operator !== "string")
        fail("InvalidArgument", `A ${keys[0]} rule needs an operator.`);
      upsert(ref, { rule: JSON.parse(JSON.stringify(rule)) as Record<string, unknown> });
      this._ctx.runtime.book.markChanged();
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._get("errorAlert");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this._set("errorAlert", v, (ref) => upsert(ref, { errorAlert: { ...v } as Record<string, unknown> }));
  }
  get prompt(): Excel.DataValidationPrompt {
    return this._get("prompt");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this._set("prompt", v, (ref) => upsert(ref, { prompt: { ...v } as Record<string, unknown> }));
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v, (ref) => upsert(ref, { ignoreBlanks: v }));
  }
  get type(): string {
    return this._get("type");
  }
  get valid(): boolean {
    return this._get("valid");
  }
  /** Removes the rules that touch the range. */
  clear(): void {
    this._enqueue("clear", undefined, () => {
      const ref = this._target();
      ref.sheet.dataValidations = ref.sheet.dataValidations.filter((v) => {
        const rect = parseAddress(v.address);
        return !rect || !rectsIntersect(rect, ref.rect);
      });
      this._ctx.runtime.book.markChanged();
    });
  }
}
