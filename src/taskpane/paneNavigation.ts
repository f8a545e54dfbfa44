import { createContext, useContext } from "react";

/** Opens the area with this id, as a click on its tab does. */
export type OpenArea = (areaId: string) => void;

/** Provided by App; absent when a view is rendered on its own (a test, a preview). */
export const PaneNavigationContext = createContext<OpenArea | null>(null);

/**
 * How a view sends the user to another area (Get started's Set up button), or `null` outside the
 * pane, where the view leaves such a link out rather than showing a button that does nothing.
 *
 * @returns the pane's `openArea`, or null outside App
 */
export function useOpenArea(): OpenArea | null {
  return useContext(PaneNavigationContext);
}
