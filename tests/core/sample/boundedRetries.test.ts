/*
 * The sample's searches for a free name or phone number end whatever the generator draws: with a
 * generator that always draws the same, every draw clashes, and each search must still answer
 * (a numbered name, a phone number with an extension) instead of drawing forever.
 */
import type { Random } from "@core/sample/createRandom";
import { sampleCustomers } from "@core/sample/sampleCustomers";
import { samplePerson, sampleTeam } from "@core/sample/sampleTeam";

/** A generator stuck on its first answer. */
const stuck: Random = {
  next: () => 0,
  int: (min) => min,
  chance: () => false,
  pick: (items) => items[0]!,
  weighted: (items) => items[0]!,
  normal: () => 0,
  logNormal: (median) => median,
};

describe("sample searches are bounded", () => {
  it.each(["en", "zh"] as const)("gives %s people distinct names when every draw is the same", (language) => {
    const taken = new Set<string>();
    const people = Array.from({ length: 5 }, () => samplePerson(stuck, language, taken));
    expect(new Set(people.map((p) => p.name)).size).toBe(5);
    expect(new Set(people.map((p) => p.email)).size).toBe(5);
  });

  it.each(["en", "zh"] as const)(
    "gives %s customers distinct phone numbers when every draw is the same",
    (language) => {
      const taken = new Set<string>();
      const team = sampleTeam(stuck, language, 45_000, taken);
      const customers = sampleCustomers(stuck, language, team, 30, taken);
      expect(new Set(customers.map((c) => c.Phone)).size).toBe(30);
    },
  );
});
