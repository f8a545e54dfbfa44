import { useSyncExternalStore } from "react";

/** A value kept outside React (e.g. a storage problem) that components can watch. */
export type Observable<T> = { get(): T; set(value: T): void; subscribe(listener: () => void): () => void };

/** Creates an {@link Observable}. */
export function observable<T>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The current value of an {@link Observable}. */
export function useObservable<T>(store: Observable<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
