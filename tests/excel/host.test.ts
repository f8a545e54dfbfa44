import { displayLanguage, onOfficeReady } from "@excel/host";

type OfficeGlobal = { Office?: unknown };

afterEach(() => {
  delete (globalThis as OfficeGlobal).Office;
});

describe("host", () => {
  it("has no display language and resolves ready with nulls outside Office", async () => {
    expect(displayLanguage()).toBeUndefined();
    await expect(onOfficeReady()).resolves.toEqual({ host: null, platform: null });
  });

  it("reads Office's display language", () => {
    (globalThis as OfficeGlobal).Office = { context: { displayLanguage: "zh-CN" }, onReady: jest.fn() };
    expect(displayLanguage()).toBe("zh-CN");
  });

  it("has no display language before Office has a context", () => {
    (globalThis as OfficeGlobal).Office = { onReady: jest.fn() };
    expect(displayLanguage()).toBeUndefined();
  });

  it("resolves with Office's host and platform once Office is ready", async () => {
    const onReady = jest.fn(async () => ({ host: "Excel", platform: "OfficeOnline" }));
    (globalThis as OfficeGlobal).Office = { onReady, context: {} };
    await expect(onOfficeReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(onReady).toHaveBeenCalledTimes(1);
  });
});
