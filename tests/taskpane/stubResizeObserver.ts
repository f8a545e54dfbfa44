/**
 * Lets Fluent's MessageBar render under jsdom, which has no ResizeObserver (the MessageBar
 * watches its size).
 */
export function stubResizeObserver(): void {
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}
