import { deferredService } from "@taskpane/services/deferredService";

type Trial = {
  readonly read: (name: string) => Promise<string>;
  readonly write: () => Promise<number>;
  readonly today: () => number;
};

const real: Trial = { read: async (name) => `read ${name}`, write: async () => 3, today: () => 45000 };

describe("deferredService", () => {
  it("fetches the service on the first call only, and answers as the service does", async () => {
    const load = jest.fn(async () => real);
    const service = deferredService<Trial>(load, { read: true, write: true }, { today: () => 45000 });
    expect(load).not.toHaveBeenCalled();
    expect(service.today()).toBe(45000);
    expect(load).not.toHaveBeenCalled();

    await expect(Promise.all([service.read("Deals"), service.write()])).resolves.toEqual(["read Deals", 3]);
    await service.read("Team");
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("fetches again after a failed fetch, instead of failing for good", async () => {
    const load = jest.fn<Promise<Trial>, []>().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(real);
    const service = deferredService<Trial>(load, { read: true, write: true }, { today: () => 1 });
    await expect(service.read("Deals")).rejects.toThrow("offline");
    await expect(service.read("Deals")).resolves.toBe("read Deals");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
