import { createContext } from "react";
import type { WorkbookService } from "./WorkbookServiceContext";

/**
 * A workbook call under way: its dotted name (`goals.writeTargets`), when it started and, for a
 * call that answers with a promise, that promise (to wait for it to settle).
 */
export type CallInFlight = { readonly name: string; readonly startedAt: Date; settled?: Promise<unknown> };

/**
 * Where the calls under way are kept: a plain mutable set, read when something went wrong, and by
 * the auto re-read, which waits for the area's calls under way before it reads again.
 */
export type CallLog = { readonly inFlight: Set<CallInFlight> };

/** The call log of the area around (AreaBoundary provides it); null outside any area. */
export const CallLogContext = createContext<CallLog | null>(null);

/**
 * The same workbook service with every call recorded while it runs, so that an area that crashes
 * can say what it was doing (a write still under way finishes or fails on its own: the user must
 * know to check the sheet). Functions are wrapped at any depth of the namespaces; the wrappers keep
 * `this` and arguments and return the call's own result, promise or not.
 *
 * @param service - the service to watch
 * @param log - where calls under way are kept
 * @returns a service with the same shape
 *
 * @example
 * const log = { inFlight: new Set() };
 * trackedService(service, log).goals.writeTargets(request); // log.inFlight has "goals.writeTargets" until it settles
 */
export function trackedService(service: WorkbookService, log: CallLog): WorkbookService {
  return wrap(service, "", log) as WorkbookService;
}

function wrap(value: unknown, path: string, log: CallLog): unknown {
  if (typeof value === "function") {
    const call = value as (...args: unknown[]) => unknown;
    return function tracked(this: unknown, ...args: unknown[]) {
      const entry: CallInFlight = { name: path, startedAt: new Date() };
      log.inFlight.add(entry);
      let result: unknown;
      try {
        result = call.apply(this, args);
      } catch (error) {
        log.inFlight.delete(entry);
        throw error;
      }
      if (result instanceof Promise) {
        const settled = result.finally(() => log.inFlight.delete(entry));
        entry.settled = settled;
        return settled;
      }
      log.inFlight.delete(entry);
      return result;
    };
  }
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) out[key] = wrap(member, path ? `${path}.${key}` : key, log);
  return out;
}

/** Whether a call changes the workbook: read…, select…, inspect, today and event sign-ups (on…) only look. */
export function isWrite(name: string): boolean {
  const last = name.slice(name.lastIndexOf(".") + 1);
  return !/^(read|today|select|inspect|on[A-Z])/.test(last);
}
