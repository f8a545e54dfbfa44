import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens. */
export const customersArea = lazyArea({ id: "customers", labelKey: "customers.area" }, () =>
  import(/* webpackChunkName: "area-customers" */ "./CustomersView").then((module) => module.CustomersView),
);
