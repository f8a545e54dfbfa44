import { lazy } from "react";

/**
 * The ribbon's quick follow-up form, fetched with the Customers area's code (the same chunk) the
 * first time the Log follow-up button opens it, so the pane's first script does not grow.
 */
export const QuickFollowUp = lazy(() =>
  import(/* webpackChunkName: "area-customers" */ "./QuickFollowUpView").then((module) => ({
    default: module.QuickFollowUpView,
  })),
);
