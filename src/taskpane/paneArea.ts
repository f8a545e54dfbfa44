import { createElement, lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { TranslationKey } from "@i18n/translationKey";

/** One area of the pane: a tab in the navigation and the view it opens. */
export type PaneArea = {
  /** Stable id, used as the tab value. */
  readonly id: string;
  /** i18n key of the tab label, present in both en-US.ts and zh-CN.ts. */
  readonly labelKey: TranslationKey;
  /**
   * The view. The landing area's is part of the pane's first script; the others come from
   * {@link lazyArea} and suspend while their code loads (App shows a spinner meanwhile).
   */
  readonly Component: ComponentType;
  /** Loads a lazy area's view, absent for an area bundled with the pane: tests load every view with it. */
  readonly load?: () => Promise<ComponentType>;
};

/**
 * An area whose view is fetched the first time it opens, so the pane's first script carries only
 * the landing area. A failed load (a dropped connection, a deployment that replaced the files)
 * throws into the area's error boundary, and the next mount — the boundary's Reload — fetches
 * again instead of repeating the failure React.lazy would otherwise cache.
 *
 * @param area - the area's id and tab label
 * @param load - fetches the view, e.g. `() => import("./PipelineView").then((m) => m.PipelineView)`
 * @returns the area, its Component suspending until the view has loaded
 * @example
 * export const pipelineArea = lazyArea({ id: "pipeline", labelKey: "pipeline.area" }, () =>
 *   import("./PipelineView").then((module) => module.PipelineView),
 * );
 * //=> pipelineArea.Component renders the Pipeline view once its chunk has loaded
 */
export function lazyArea(area: Pick<PaneArea, "id" | "labelKey">, load: () => Promise<ComponentType>): PaneArea {
  const attempt = (): LazyExoticComponent<ComponentType> =>
    lazy(() =>
      load().then(
        (loaded) => ({ default: loaded }),
        // React.lazy keeps a rejection for good, so a failure settles as a view that throws it to
        // the boundary and leaves a fresh attempt for the next mount. The fresh attempt is put in
        // place after the render: React renders once more on an error, and that render must still
        // throw, not start loading again behind a spinner.
        (error: unknown) => ({
          default: function FailedAreaLoad(): never {
            queueMicrotask(() => {
              view = attempt();
            });
            throw error;
          },
        }),
      ),
    );
  let view = attempt();
  function LazyAreaView() {
    return createElement(view);
  }
  LazyAreaView.displayName = `LazyArea(${area.id})`;
  return { ...area, Component: LazyAreaView, load };
}
