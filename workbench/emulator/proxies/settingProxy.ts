/**
 * `Excel.SettingCollection` / `Setting` (`context.workbook.settings`): add-in housekeeping stored
 * in the workbook. Values are stored as JSON, as Office serialises them.
 */
import { fail } from "../officeError";
import type { Workbook } from "../workbook";
import { ClientCollection, ClientObject, q } from "./clientObject";

type SettingRef = { book: Workbook; key: string };

function jsonClone(value: unknown): unknown {
  if (value === undefined) fail("InvalidArgument", "A setting value cannot be undefined.");
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** `Excel.Setting`. */
export class SettingProxy extends ClientObject<SettingRef> {
  protected get _typeName(): string {
    return "Setting";
  }
  protected _scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected _read(name: string, ref: SettingRef): unknown {
    if (name === "key") return ref.key;
    if (name === "value") return jsonClone(ref.book.settings.get(ref.key));
    return this._unknown(name);
  }
  get key(): string {
    return this._get("key");
  }
  get value(): any {
    return this._get("value");
  }
  set value(v: any) {
    this._set("value", v, (ref) => {
      ref.book.settings.set(ref.key, jsonClone(v));
      ref.book.markChanged();
    });
  }
  /** Removes the setting. */
  delete(): void {
    this._enqueue("delete", undefined, () => {
      const ref = this._target();
      ref.book.settings.delete(ref.key);
      ref.book.markChanged();
    });
  }
}

/** `context.workbook.settings`. */
export class SettingCollectionProxy extends ClientCollection<SettingProxy, Workbook> {
  constructor(ctx: ConstructorParameters<typeof ClientObject>[0], path: string) {
    super(ctx, path, () => ctx.runtime.book);
  }
  protected get _typeName(): string {
    return "SettingCollection";
  }
  protected _currentItems(book: Workbook): SettingProxy[] {
    return [...book.settings.keys()].map(
      (key) => new SettingProxy(this._ctx, `${this._path}.getItem(${q(key)})`, () => ({ book, key })),
    );
  }
  /** Adds or replaces a setting. */
  add(key: string, value: unknown): SettingProxy {
    const proxy = new SettingProxy(this._ctx, `${this._path}.add(${q(key)})`, () => ({ book: this._target(), key }));
    this._enqueue("add", { key, value }, () => {
      if (typeof key !== "string" || key === "" || key.length > 255)
        fail("InvalidArgument", "A setting key must be 1–255 characters.");
      const book = this._target();
      book.settings.set(key, jsonClone(value));
      book.markChanged();
      proxy._resolveOrNull();
    });
    return proxy;
  }
  /** A setting; missing → ItemNotFound. */
  getItem(key: string): SettingProxy {
    return new SettingProxy(this._ctx, `${this._path}.getItem(${q(key)})`, () => {
      const book = this._target();
      if (!book.settings.has(key)) fail("ItemNotFound", `The setting "${key}" does not exist.`);
      return { book, key };
    })._register("getItem", { key }, this);
  }
  /** A setting, or a null object. */
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this._ctx, `${this._path}.getItemOrNullObject(${q(key)})`, () => {
      const book = this._target();
      return book.settings.has(key) ? { book, key } : null;
    })._register("getItemOrNullObject", { key }, this);
  }
}
