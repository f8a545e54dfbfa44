/** The names of T's members that are functions returning a promise. */
export type AsyncMembers<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T];

/**
 * A service whose code is fetched on its first call, so the pane's first script need not carry
 * it: each asynchronous member awaits `load()` (one fetch, shared by every call) and then calls
 * the loaded service's member. The few synchronous members (a `today`) are given as they are.
 * Loading the area's view fetches the same chunk (the same webpackChunkName), so by the time the
 * view calls the service its code is there.
 *
 * @param load - fetches the service, e.g. `() => import("@excel/team/teamService").then((m) => m.teamService)`
 * @param asyncNames - every asynchronous member, each `true` (tsc fails when one is missing)
 * @param eager - the synchronous members
 * @returns a service with T's members
 * @example
 * const team = deferredService(loadTeam, { read: true, select: true }, { today });
 * await team.read(); //=> the result of teamService.read(), its code fetched on this first call
 */
export function deferredService<T extends object>(
  load: () => Promise<T>,
  asyncNames: Record<AsyncMembers<T>, true>,
  eager: Omit<T, AsyncMembers<T>>,
): T {
  let loading: Promise<T> | undefined;
  const loaded = (): Promise<T> => {
    // A failed fetch is not kept: the next call fetches again.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const members: Record<string, unknown> = { ...eager };
  for (const name of Object.keys(asyncNames)) {
    members[name] = async (...args: unknown[]) => {
      const service = (await loaded()) as Record<string, (...callArgs: unknown[]) => unknown>;
      return service[name](...args);
    };
  }
  return members as T;
}
