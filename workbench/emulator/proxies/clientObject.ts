/**
 * The proxy base classes. A proxy stands for an object in the workbook that is found only when a
 * sync applies the queued commands: reading one of its properties before it was loaded and
 * synced throws PropertyNotLoaded, exactly as Office does, so a missing `load` fails a test.
 */
import { requireApi, setterApi } from "../apiRequirements";
import { loadPaths } from "../loadSpec";
import { fail, OfficeExtensionError } from "../officeError";
import type { RequestContext } from "../requestContext";

/** Reading an unloaded property: OfficeExtension.Error with code PropertyNotLoaded. */
export function propertyNotLoaded(name: string, type: string): OfficeExtensionError {
  return new OfficeExtensionError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${name}`,
  );
}

/** A proxy for one workbook object, resolving to a model value `T` at sync. */
export abstract class ClientObject<T = unknown> {
  /** The proxy's path in requests ("worksheets.getItem(\"Data\").getRange(\"A1\")"). */
  readonly _path: string;
  private readonly loaded = new Map<string, unknown>();
  /** Navigation properties a load reached ("format" of "format/fill/color"): their values are in the response too. */
  private readonly loadedChildren = new Map<string, ClientObject<unknown>>();
  private resolved: { value: T | null } | null = null;
  private readonly resolver: () => T | null;

  constructor(
    protected readonly _ctx: RequestContext,
    path: string,
    resolver: () => T | null,
  ) {
    this._path = path;
    this.resolver = resolver;
  }

  /** The request context this proxy belongs to. */
  get context(): RequestContext {
    return this._ctx;
  }

  /** Office's type name, for messages. */
  protected abstract get _typeName(): string;

  /** Names of the scalar properties `load()` without arguments loads. */
  protected abstract _scalarNames(): readonly string[];

  /** A scalar property's current value in the workbook (at sync). Unknown names fail. */
  protected abstract _read(name: string, target: T): unknown;

  /** A navigation property (a child proxy), or undefined when `name` is not one. */
  protected _navigate(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  /** The model object, resolved once (at the first command that needs it). */
  _target(): T {
    const value = this._resolveOrNull();
    if (value === null) fail("ItemNotFound", `The requested ${this._typeName} does not exist (it is a null object).`);
    return value;
  }

  /** The model object or null for a null object. */
  _resolveOrNull(): T | null {
    if (!this.resolved) {
      const value = this.resolver();
      this.resolved = { value };
      this.loaded.set("isNullObject", value === null);
    }
    return this.resolved.value;
  }

  /** True when the *OrNullObject look-up found nothing (available after sync). */
  get isNullObject(): boolean {
    if (!this.loaded.has("isNullObject")) throw propertyNotLoaded("isNullObject", this._typeName);
    return this.loaded.get("isNullObject") as boolean;
  }

  /**
   * Queues a command on this object. `api` names it in API_REQUIREMENTS ("Class.member"), so the
   * sync refuses it where the profile lacks its requirement set.
   */
  protected _enqueue(op: string, args: unknown, apply: () => void, api = `${this._typeName}.${op}`): void {
    this._ctx.enqueue({ op, target: this._path, args, api, apply });
  }

  /**
   * Queues the look-up of a newly created proxy, so a failing look-up fails at its place in the
   * queue. `owner` is the object whose method made it: the API is the owner's (`Worksheet.getRangeByIndexes`).
   */
  _register(op: string, args: unknown, owner: ClientObject<unknown>): this {
    this._enqueue(
      op,
      args,
      () => {
        this._resolveOrNull();
      },
      `${owner._typeName}.${op}`,
    );
    return this;
  }

  /** A loaded property, or PropertyNotLoaded. A null object's properties read as null. */
  protected _get<V>(name: string): V {
    if (this.loaded.has(name)) return this.loaded.get(name) as V;
    if (this.resolved && this.resolved.value === null) return null as V;
    throw propertyNotLoaded(name, this._typeName);
  }

  /** Sets a property: the local value is kept (as Office does) and the write is queued. */
  protected _set(name: string, value: unknown, apply: (target: T) => void): void {
    this.loaded.set(name, value);
    this._enqueue("set", { [name]: value }, () => apply(this._target()), setterApi(this._typeName, name));
  }

  /** Records a value as loaded (used when a sync fills in results). */
  _store(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  /** Queues loading of properties; see loadSpec.ts for the accepted forms. */
  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this._enqueue("load", paths, () => {
      this._fill(paths);
      this._ctx.respond(this._loadedFor(paths));
    });
    return this;
  }

  /** What a load of `paths` sends back (its top-level properties), for the response size. */
  protected _loadedFor(paths: readonly string[]): unknown {
    const all = this.toJSON();
    if (paths.length === 0) return all;
    const heads = new Set(paths.map((p) => p.split("/")[0]));
    return Object.fromEntries(Object.entries(all).filter(([k]) => heads.has(k)));
  }

  /** Fills loaded properties at sync. */
  _fill(paths: readonly string[]): void {
    const target = this._resolveOrNull();
    if (target === null) return;
    const names = paths.length === 0 ? this._scalarNames() : paths;
    for (const path of names) {
      const [head, ...rest] = path.split("/");
      if (head === "isNullObject") continue;
      // Loading a property (or through a navigation property) is using it, as Excel counts it.
      requireApi(this._ctx.runtime.profile, `${this._typeName}.${head}`);
      const child = this._navigate(head);
      if (child) {
        child._fill(rest.length === 0 ? [] : [rest.join("/")]);
        this.loadedChildren.set(head, child);
        continue;
      }
      if (rest.length > 0) fail("InvalidArgument", `'${head}' is not a navigation property of ${this._typeName}.`);
      this.loaded.set(head, this._read(head, target));
    }
  }

  /**
   * The loaded properties as a plain object (what `JSON.stringify(proxy)` gives in Office), loaded
   * navigation properties nested ("format": { "fill": { "color" } }), as Office nests them; a
   * collection reached by navigation ("tables/items/name") nests its items.
   */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.loaded) if (k !== "isNullObject") out[k] = v;
    for (const [k, child] of this.loadedChildren) out[k] = child.toJSON();
    return out;
  }

  /** Unknown property in a load. */
  protected _unknown(name: string): never {
    return fail("InvalidArgument", `The property '${name}' does not exist on ${this._typeName}.`);
  }
}

/** A proxy collection: `items` after a load, `getCount()`. */
export abstract class ClientCollection<TItem extends ClientObject<unknown>, T = unknown> extends ClientObject<T> {
  private loadedItems: TItem[] | undefined;

  /** The items (loaded). */
  get items(): TItem[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this._typeName);
    return this.loadedItems;
  }

  /** Item proxies for the current members (at sync). */
  protected abstract _currentItems(target: T): TItem[];

  /** The collection's own scalar properties (most have none). */
  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _read(name: string, _target: T): unknown {
    return this._unknown(name);
  }

  override _fill(paths: readonly string[]): void {
    const target = this._resolveOrNull();
    if (target === null) return;
    const own = new Set(this._scalarNames());
    const itemPaths: string[] = [];
    let wantsItems = paths.length === 0;
    for (const path of paths) {
      if (own.has(path)) {
        requireApi(this._ctx.runtime.profile, `${this._typeName}.${path}`);
        this._store(path, this._read(path, target));
      } else if (path === "items") wantsItems = true;
      else {
        wantsItems = true;
        itemPaths.push(path.startsWith("items/") ? path.slice("items/".length) : path);
      }
    }
    if (!wantsItems) return;
    this.loadedItems = this._currentItems(target);
    for (const item of this.loadedItems) item._fill(itemPaths);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this.loadedItems ? { items: this.loadedItems.map((i) => i.toJSON()) } : {}) };
  }

  /** A collection's load returns its items (filled afresh by each load) and its own properties. */
  protected override _loadedFor(_paths: readonly string[]): unknown {
    return this.toJSON();
  }

  /** Number of items, available after sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._enqueue("getCount", undefined, () => result._set(this._currentItems(this._target()).length));
    return result;
  }
}

/** `OfficeExtension.ClientResult`: a value available after sync. */
export class ClientResult<V> {
  private state: { value: V } | null = null;

  /** The value; reading it before sync throws ValueNotLoaded. */
  get value(): V {
    if (!this.state)
      throw new OfficeExtensionError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this.state.value;
  }

  /** Filled in at sync. */
  _set(value: V): void {
    this.state = { value };
  }
}

/** Quotes a string for a request path. */
export function q(value: unknown): string {
  return JSON.stringify(value);
}
