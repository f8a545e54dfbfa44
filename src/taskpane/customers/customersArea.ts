import type { PaneArea } from "@taskpane/paneArea";
import { CustomersView } from "./CustomersView";

export const customersArea: PaneArea = {
  id: "customers",
  labelKey: "customers.area",
  Component: CustomersView,
};
