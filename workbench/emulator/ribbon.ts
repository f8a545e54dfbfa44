/**
 * The add-in commands side of Office: `Office.actions.associate` (the functions ExecuteFunction
 * buttons and keyboard shortcuts run), `Office.ribbon.requestUpdate` (RibbonApi 1.1: enable or
 * disable a button), and `Office.addin.showAsTaskpane` / `hide` (SharedRuntime 1.1). The workbench
 * page draws the manifest's tab from it and clicks through it; tests invoke actions as Office does.
 *
 * Sources (learn.microsoft.com): office/dev/add-ins/design/disable-add-in-commands (RibbonApi 1.1,
 * shared runtime required; "If isSetSupported returns false, then all custom add-in commands are
 * enabled all of the time"; requestUpdate only queues the update; the control is named with its
 * group and tab as in the manifest), javascript/api/office/office.ribbon, office/dev/add-ins/
 * develop/show-hide-add-in, office/dev/add-ins/design/keyboard-shortcuts (Office.actions.associate
 * maps an action id to a function).
 */

/** What an ExecuteFunction handler receives: Office waits for `completed()`. */
export type AddinCommandEvent = {
  readonly source: { readonly id: string };
  completed(options?: { allowEvent?: boolean }): void;
};

/** A function associated with an action id. */
export type ActionHandler = (event: AddinCommandEvent) => unknown;

/** The manifest's tab as the host knows it: tab id → group id → control ids. */
export type DeclaredRibbon = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

/** What became of an invoked action. */
export type ActionOutcome = { readonly completed: boolean };

/** The commands state of one Office host: associations, requested enabled states, the task pane. */
export class RibbonHost {
  private readonly handlers = new Map<string, ActionHandler>();
  private readonly enabled = new Map<string, boolean>();
  private readonly listeners = new Set<() => void>();
  private declared: DeclaredRibbon | null = null;
  /** Whether the task pane is shown (showAsTaskpane / hide). */
  taskpaneVisible = false;
  /** How many times showAsTaskpane was called. */
  taskpaneShows = 0;

  /** Office.actions.associate: a later association of the same id replaces the earlier one. */
  associate(actionId: string, handler: ActionHandler): void {
    if (typeof actionId !== "string" || actionId === "")
      throw new Error("Office.actions.associate needs an action id.");
    if (typeof handler !== "function") throw new Error(`Office.actions.associate("${actionId}") needs a function.`);
    this.handlers.set(actionId, handler);
    this.notify();
  }

  /** The action ids associated so far. */
  associatedActions(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * The manifest's tabs, groups and controls: once declared, an update naming a control that is
   * not there fails (stricter than Office, which documents no answer for it), so an id that
   * drifted from the manifest shows up in tests.
   */
  declare(ribbon: DeclaredRibbon): void {
    this.declared = ribbon;
  }

  /**
   * Office.ribbon.requestUpdate's effect: records each control's `enabled`. Validates the
   * RibbonUpdaterData shape (tabs → groups → controls, each with an id).
   */
  requestUpdate(input: unknown): void {
    const tabs = (input as { tabs?: unknown } | null)?.tabs;
    if (!Array.isArray(tabs)) throw new Error("Office.ribbon.requestUpdate needs { tabs: [...] }.");
    const changes: [string, boolean][] = [];
    for (const tab of tabs as { id?: unknown; groups?: unknown }[]) {
      if (typeof tab?.id !== "string") throw new Error("Each tab of a ribbon update needs its id.");
      const declaredTab = this.declared?.get(tab.id);
      if (this.declared && !declaredTab) throw new Error(`"${tab.id}" is not a tab of the add-in's manifest.`);
      for (const group of (tab.groups ?? []) as { id?: unknown; controls?: unknown }[]) {
        if (typeof group?.id !== "string") throw new Error(`Each group of tab "${tab.id}" needs its id.`);
        const declaredControls = declaredTab?.get(group.id);
        if (declaredTab && !declaredControls)
          throw new Error(`"${group.id}" is not a group of tab "${tab.id}" in the manifest.`);
        for (const control of (group.controls ?? []) as { id?: unknown; enabled?: unknown }[]) {
          if (typeof control?.id !== "string") throw new Error(`Each control of group "${group.id}" needs its id.`);
          if (declaredControls && !declaredControls.includes(control.id))
            throw new Error(`"${control.id}" is not a control of group "${group.id}" in the manifest.`);
          if (control.enabled !== undefined && typeof control.enabled !== "boolean")
            throw new Error(`The enabled state of "${control.id}" must be true or false.`);
          if (typeof control.enabled === "boolean") changes.push([control.id, control.enabled]);
        }
      }
    }
    for (const [id, value] of changes) this.enabled.set(id, value);
    if (changes.length > 0) this.notify();
  }

  /**
   * Whether a control is enabled: as last requested, else as the manifest's `<Enabled>` says.
   * Where RibbonApi 1.1 is missing Office keeps every command enabled, so pass `ribbonApi` false there.
   */
  isEnabled(controlId: string, manifestEnabled: boolean, ribbonApi = true): boolean {
    if (!ribbonApi) return true;
    return this.enabled.get(controlId) ?? manifestEnabled;
  }

  /** showAsTaskpane / hide. */
  setTaskpaneVisible(visible: boolean): void {
    if (visible) this.taskpaneShows += 1;
    this.taskpaneVisible = visible;
    this.notify();
  }

  /**
   * Runs the function associated with an action, as a click on its button or its keyboard shortcut
   * does: the handler gets an event whose `completed()` it must call. Fails when nothing is
   * associated with the id (Office shows an error for such a button).
   *
   * @param actionId - the FunctionName / shortcut action id
   * @param controlId - the clicked control (event.source.id)
   */
  async invoke(actionId: string, controlId = actionId): Promise<ActionOutcome> {
    const handler = this.handlers.get(actionId);
    if (!handler) throw new Error(`No function is associated with the action "${actionId}".`);
    let completed = false;
    const event: AddinCommandEvent = {
      source: { id: controlId },
      completed: () => {
        completed = true;
      },
    };
    await handler(event);
    return { completed };
  }

  /** Calls `listener` after each association, update or pane change; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
