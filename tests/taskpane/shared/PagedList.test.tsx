/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { ListFilter } from "@taskpane/shared/ListFilter";
import { PagedList } from "@taskpane/shared/PagedList";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";

const numbers = Array.from({ length: 120 }, (_, i) => i + 1);

/** A list of numbers filtered to even or odd ones, a page of `size` at a time. */
function Numbers({ size }: { size?: number }) {
  const [parity, setParity] = useState<"even" | "odd">();
  const items = parity === undefined ? numbers : numbers.filter((n) => (n % 2 === 0) === (parity === "even"));
  return (
    <PagedList
      items={items}
      label="Numbers"
      pageSize={size}
      resetKey={parity ?? ""}
      filters={
        <ListFilter
          label="Parity"
          value={parity}
          choices={[
            { value: "even", text: "Even" },
            { value: "odd", text: "Odd" },
          ]}
          onChange={setParity}
        />
      }
    >
      {(page) => (
        <ul aria-label="Numbers">
          {page.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </PagedList>
  );
}

const shown = () =>
  within(screen.getByRole("list", { name: "Numbers" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("PagedList", () => {
  it("shows one page with the total, and moves a page at a time", () => {
    renderWithPane(<Numbers />, fakeService({}));
    expect(shown()).toHaveLength(50);
    expect(screen.getByText("1–50 of 120")).toBeInTheDocument();
    const pages = screen.getByRole("navigation", { name: "Pages of Numbers" });
    const previous = within(pages).getByRole("button", { name: "Previous page" });
    const next = within(pages).getByRole("button", { name: "Next page" });
    expect(previous).toHaveAttribute("aria-disabled", "true");

    fireEvent.click(next);
    fireEvent.click(next);
    expect(screen.getByText("101–120 of 120")).toBeInTheDocument();
    expect(shown()).toEqual(numbers.slice(100).map(String));
    // At the end the button stays focusable, so keyboard focus is not lost, but does nothing.
    expect(next).toHaveAttribute("aria-disabled", "true");
    next.focus();
    fireEvent.click(next);
    expect(document.activeElement).toBe(next);
    expect(screen.getByText("101–120 of 120")).toBeInTheDocument();
    fireEvent.click(previous);
    expect(screen.getByText("51–100 of 120")).toBeInTheDocument();
  });

  it("goes back to the first page when a filter changes, with the filtered total", () => {
    renderWithPane(<Numbers />, fakeService({}));
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    const filters = screen.getByRole("group", { name: "Filter Numbers" });
    fireEvent.change(within(filters).getByRole("combobox", { name: "Parity" }), { target: { value: "0" } });
    expect(screen.getByText("1–50 of 60")).toBeInTheDocument();
    expect(shown()[0]).toBe("2");
    fireEvent.change(within(filters).getByRole("combobox", { name: "Parity" }), { target: { value: "-1" } });
    expect(screen.getByText("1–50 of 120")).toBeInTheDocument();
  });

  it("shows no page buttons for a list of one page, and says when the filters match nothing", () => {
    renderWithPane(
      <PagedList items={[] as number[]} label="Empty" filters={<span>filters</span>}>
        {() => <p>rows</p>}
      </PagedList>,
      fakeService({}),
    );
    expect(screen.getByText("Nothing matches these filters.")).toBeInTheDocument();
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  it("speaks Chinese, with the numbers grouped", () => {
    renderWithPane(
      <PagedList items={Array.from({ length: 12_345 }, (_, i) => i)} label="客户">
        {(page) => <p>{page.length}</p>}
      </PagedList>,
      fakeService({}),
      "zh-CN",
    );
    expect(screen.getByText("第 1–50 项，共 12,345 项")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "下一页" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "客户翻页" })).toBeInTheDocument();
  });
});
