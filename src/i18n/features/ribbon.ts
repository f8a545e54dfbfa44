/** English strings of what the ribbon opens in the pane: the quick follow-up form. */
export const ribbonEnUS = {
  followUp: {
    title: "Log follow-up",
    intro: "For the customer or deal in the selected row of Customers or Deals.",
    reading: "Reading the selected row…",
    forCustomer: "Customer: {{customer}}",
    fromDeal: "Deal {{deal}} is linked; pick another deal or none below.",
    outside: "Select a row of the Customers or Deals table, then choose Use selected row.",
    noCustomer: "The deal in the selected row names a customer that is not in the Customers table.",
    noCustomersTable: "This workbook has no Customers table: set up SalesGrid first.",
    useSelection: "Use selected row",
    close: "Close",
  },
};
