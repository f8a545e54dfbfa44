import type { Random } from "@core/sample/createRandom";
import { enFirstNames, enLastNames, teamNames, zhGivenNames, zhSurnames } from "@core/sample/sampleNames";
import type { SampleLanguage, TeamRow } from "@core/sample/sampleRows";

/** Clashes with taken names after which a sample person gets a longer name. */
const LONGER_NAMES_AFTER = 50;

/** Clashes after which the name gets a number, so the search ends whatever `taken` holds. */
const NUMBERED_NAMES_AFTER = 500;

/** A person's name in the sample and its e-mail form (given.family). */
export type SamplePerson = { name: string; email: string };

/**
 * A person with a name not in `taken` (which it extends): 王伟 / wei.wang, or Emma Clark /
 * emma.clark.
 */
export function samplePerson(random: Random, language: SampleLanguage, taken: Set<string>): SamplePerson {
  for (let attempt = 0; ; attempt++) {
    // Two-part names run out in large samples (thousands of customers): after many clashes a
    // person gets a second given name (王伟明) or a middle initial (Emma J. Clark).
    const longer = attempt >= LONGER_NAMES_AFTER;
    let person: SamplePerson;
    if (language === "zh") {
      const [family, familyAscii] = random.pick(zhSurnames);
      const [given, givenAscii] = random.pick(zhGivenNames);
      const [more, moreAscii] = longer ? random.pick(zhGivenNames) : ["", ""];
      person = { name: family + given + more, email: `${givenAscii}${moreAscii}.${familyAscii}` };
    } else {
      const first = random.pick(enFirstNames);
      const last = random.pick(enLastNames);
      const middle = longer ? `${String.fromCharCode(65 + random.int(0, 25))}.` : "";
      const name = middle ? `${first} ${middle} ${last}` : `${first} ${last}`;
      const email = middle ? `${first}.${middle[0]}.${last}` : `${first}.${last}`;
      person = { name, email: email.toLowerCase() };
    }
    // A number no other name has: `taken` grows by one with every person, so its size is new.
    if (attempt >= NUMBERED_NAMES_AFTER && taken.has(person.name)) {
      const n = taken.size + 1;
      person = { name: `${person.name} ${n}`, email: `${person.email}${n}` };
    }
    if (!taken.has(person.name)) {
      taken.add(person.name);
      return person;
    }
  }
}

/**
 * The sales team of a sample workbook: two teams, each with a manager who also sells (capacity
 * 0.5) and three reps; one rep of the first team joined three to six months ago and is still
 * ramping (capacity 0.5). Everyone else started one to eight years before `today`.
 *
 * @param random - the generator
 * @param language - the workbook's language
 * @param today - today's serial
 * @param taken - names already used in the workbook (extended with the team's)
 * @returns eight rows, managers first in each team
 *
 * @example
 * sampleTeam(createRandom(1), "en", 45658, new Set()).length //=> 8
 */
export function sampleTeam(random: Random, language: SampleLanguage, today: number, taken: Set<string>): TeamRow[] {
  const domain = language === "zh" ? "salesgrid.example.cn" : "salesgrid.example.com";
  const rows: TeamRow[] = [];
  teamNames.forEach((names, teamIndex) => {
    const team = names[language];
    const manager = samplePerson(random, language, taken);
    rows.push({
      Rep: manager.name,
      Team: team,
      Manager: null,
      StartDate: today - random.int(1800, 2900),
      Capacity: 0.5,
      Email: `${manager.email}@${domain}`,
    });
    for (let i = 0; i < 3; i++) {
      const rep = samplePerson(random, language, taken);
      const ramping = teamIndex === 0 && i === 2;
      rows.push({
        Rep: rep.name,
        Team: team,
        Manager: manager.name,
        StartDate: ramping ? today - random.int(90, 180) : today - random.int(400, 2500),
        Capacity: ramping ? 0.5 : random.pick([0.8, 1, 1]),
        Email: `${rep.email}@${domain}`,
      });
    }
  });
  return rows;
}
