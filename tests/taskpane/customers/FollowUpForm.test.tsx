/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { customerProfile } from "@core/customers/customerProfile";
import { defaultTierCadence } from "@core/customers/tierCadence";
import type { ExcelResult } from "@excel/excelFailure";
import type { FollowUpLogged } from "@excel/customers/logFollowUp";
import { FollowUpForm } from "@taskpane/customers/FollowUpForm";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stubResizeObserver } from "../stubResizeObserver";
import { bookOf } from "../../core/customers/tablesOf";

stubResizeObserver();

const today = 45500;
const book = bookOf({
  Customers: [{ CustomerID: "C1", Company: "Acme", Owner: "Wang", Tier: "B", Status: "Active" }],
  Deals: [
    { DealID: "D1", Customer: "Acme", Stage: "Won", Amount: 900, Created: 45300, ClosedOn: 45450 },
    { DealID: "D2", Customer: "Acme", Stage: "Proposal", Amount: 12000, Created: 45480 },
  ],
  Team: [{ Rep: "Wang" }, { Rep: "Li" }],
});
const profile = customerProfile(book, 0, today, defaultTierCadence);

function serviceLogging(value: Partial<FollowUpLogged> = {}) {
  const logFollowUp = jest.fn(async (): Promise<ExcelResult<FollowUpLogged>> => ({
    ok: true,
    value: { row: 0, lastContactUpdated: true, lastContact: today, nextContact: today + 30, ...value },
  }));
  return { service: fakeService({ customers: { logFollowUp } } as never), logFollowUp };
}

function renderForm(service: ReturnType<typeof serviceLogging>["service"], language: "en-US" | "zh-CN" = "en-US") {
  const onLogged = jest.fn();
  const { unmount } = renderWithPane(
    <FollowUpForm profile={profile} reps={book.reps} today={today} language="en-US" onLogged={onLogged} />,
    service,
    language,
  );
  return { form: screen.getByRole("form"), onLogged, unmount };
}

describe("FollowUpForm", () => {
  it("records who made the contact and the deal it was about", async () => {
    const { service, logFollowUp } = serviceLogging({ dealLastActivity: "moved" });
    const { form, onLogged } = renderForm(service);
    const who = within(form).getByRole("combobox", { name: /Contact made by/ });
    expect(who).toHaveValue("Wang");
    expect(
      within(who)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Wang", "Li"]);
    const deal = within(form).getByRole("combobox", { name: "About the deal (optional)" });
    // Only the open deal is offered: a won deal is not being worked any more.
    expect(
      within(deal)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["No deal", "D2 · Proposal · 12,000"]);

    fireEvent.change(who, { target: { value: "Li" } });
    fireEvent.change(deal, { target: { value: "D2" } });
    fireEvent.change(within(form).getByRole("textbox", { name: "What was discussed" }), { target: { value: "Demo" } });
    fireEvent.click(within(form).getByRole("button", { name: "Log follow-up" }));
    await waitFor(() => expect(onLogged).toHaveBeenCalled());
    expect(logFollowUp).toHaveBeenCalledWith(
      expect.objectContaining({ customerName: "Acme", owner: "Li", dealId: "D2", summary: "Demo", date: today }),
    );
  });

  it("logs for the customer's owner and no deal by default, and says when the deal was gone", async () => {
    const { service, logFollowUp } = serviceLogging({ dealLastActivity: "missing" });
    const { form, unmount } = renderForm(service);
    fireEvent.change(within(form).getByRole("combobox", { name: "About the deal (optional)" }), {
      target: { value: "D2" },
    });
    fireEvent.change(within(form).getByRole("textbox", { name: "What was discussed" }), { target: { value: "Call" } });
    fireEvent.click(within(form).getByRole("button", { name: "Log follow-up" }));
    expect(await screen.findByText(/Deal D2 is no longer in the Pipeline sheet/)).toBeInTheDocument();
    expect(logFollowUp).toHaveBeenCalledWith(expect.objectContaining({ owner: "Wang", dealId: "D2" }));
    unmount();

    const { service: plain, logFollowUp: plainLog } = serviceLogging();
    const second = renderForm(plain);
    fireEvent.change(within(second.form).getByRole("textbox", { name: "What was discussed" }), {
      target: { value: "Call" },
    });
    fireEvent.click(within(second.form).getByRole("button", { name: "Log follow-up" }));
    await waitFor(() => expect(plainLog).toHaveBeenCalled());
    expect(plainLog.mock.calls[0]).toEqual([expect.not.objectContaining({ dealId: expect.anything() })]);
  });

  it("speaks Chinese", () => {
    const { service } = serviceLogging();
    const { form } = renderForm(service, "zh-CN");
    expect(within(form).getByRole("combobox", { name: /跟进人/ })).toHaveValue("Wang");
    const deal = within(form).getByRole("combobox", { name: "关联商机（可选）" });
    expect(within(deal).getAllByRole("option")[0]).toHaveTextContent("不关联商机");
  });
});
