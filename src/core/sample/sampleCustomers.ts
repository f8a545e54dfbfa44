import { normalizeCompany } from "@core/import/normalizeCompany";
import type { Random } from "@core/sample/createRandom";
import {
  customerNotes,
  enTradeNames,
  industries,
  preferences,
  regions,
  sourceWeights,
  sources,
  zhTradeNames,
} from "@core/sample/sampleNames";
import type { SampleCustomerRow, SampleLanguage, TeamRow } from "@core/sample/sampleRows";
import { samplePerson } from "@core/sample/sampleTeam";

const REGION_WEIGHTS = [30, 20, 12, 22, 16];
const TIERS = ["A", "B", "C"] as const;
const TIER_WEIGHTS = [15, 35, 50];

function companyName(random: Random, language: SampleLanguage, industry: (typeof industries)[number], city: string) {
  if (language === "zh") {
    const [trade, tradeAscii] = random.pick(zhTradeNames);
    const [word, wordAscii] = random.pick(industry.zhWords);
    const suffix = random.weighted(["有限公司", "股份有限公司", "集团有限公司"], [80, 12, 8]);
    return { name: `${city}${trade}${word}${suffix}`, domain: `${tradeAscii}-${wordAscii}.example.cn` };
  }
  const trade = random.pick(enTradeNames);
  const word = random.pick(industry.enWords);
  const suffix = random.weighted(["", " Inc.", " LLC", " Ltd."], [45, 30, 15, 10]);
  const domain = `${trade}${word}`.toLowerCase().replace(/[^a-z]/g, "");
  return { name: `${trade} ${word}${suffix}`, domain: `${domain}.example.com` };
}

/** Clashes with names already used after which a sample company gets a branch number. */
const NUMBERED_AFTER = 20;

/** A company name with a branch number: "Apex Logistics No. 3", "上海华信科技第3分公司". */
function numbered(company: { name: string; domain: string }, language: SampleLanguage, n: number) {
  const [domain, ...rest] = company.domain.split(".");
  const name =
    language === "zh" ? company.name.replace(/(股份|集团)?有限公司$/, `第${n}分公司`) : `${company.name} No. ${n}`;
  return { name, domain: [`${domain}${n}`, ...rest].join(".") };
}

function phone(random: Random, language: SampleLanguage): string {
  if (language === "zh") {
    let digits = `1${random.pick(["3", "5", "7", "8", "9"])}`;
    while (digits.length < 11) digits += String(random.int(0, 9));
    return digits;
  }
  return `(${random.int(201, 989)}) 555-${String(random.int(100, 199)).padStart(4, "0")}`;
}

/** Clashes after which a phone number gets an extension, so the search ends however many are taken. */
const EXTENSION_AFTER = 20;

/**
 * A phone number not in `taken` (which it extends). English sample numbers are 555 numbers, of
 * which there are only 78,900: past a few clashes the number gets an extension no other has
 * (`taken` grows by one with every number, so its size is new).
 */
function uniquePhone(random: Random, language: SampleLanguage, taken: Set<string>): string {
  let number = phone(random, language);
  for (let attempt = 0; taken.has(number) && attempt < EXTENSION_AFTER; attempt++) number = phone(random, language);
  if (taken.has(number)) number = `${number} ext. ${taken.size + 1}`;
  taken.add(number);
  return number;
}

/**
 * The customers of a sample workbook, before their history is known: company (unique even after
 * normalizeCompany, so the import's duplicate check finds none), contact, industry, region (with
 * a city in the Chinese company name), owner from the team covering the region (weighted by
 * capacity), tier (15 % A, 35 % B, 50 % C), source, a unique phone, e-mail and some preferences and notes.
 * FirstPurchase, LastContact, Status and Satisfaction are filled in from the deals and activities.
 *
 * @param random - the generator
 * @param language - the workbook's language
 * @param team - the sales team
 * @param count - how many customers
 * @param taken - names already used in the workbook (extended with the contacts')
 * @returns the customers, CustomerID C0001 …
 *
 * @example
 * sampleCustomers(createRandom(1), "zh", team, 3, new Set())[0].CustomerID //=> "C0001"
 */
export function sampleCustomers(
  random: Random,
  language: SampleLanguage,
  team: readonly TeamRow[],
  count: number,
  taken: Set<string>,
): SampleCustomerRow[] {
  const teams = [...new Set(team.map((member) => member.Team))];
  const companies = new Set<string>();
  const phones = new Set<string>();
  const rows: SampleCustomerRow[] = [];
  for (let i = 0; i < count; i++) {
    const region = random.weighted(regions, REGION_WEIGHTS);
    const industry = random.pick(industries);
    let company = companyName(random, language, industry, random.pick(region.cities));
    for (let attempt = 1; companies.has(normalizeCompany(company.name)); attempt++) {
      company = companyName(random, language, industry, random.pick(region.cities));
      // The names of an industry run out in large samples: a branch number tells them apart.
      if (attempt >= NUMBERED_AFTER) company = numbered(company, language, attempt - NUMBERED_AFTER + 2);
    }
    companies.add(normalizeCompany(company.name));
    const members = team.filter((member) => member.Team === teams[region.team]);
    const owner = random.weighted(
      members,
      members.map((member) => member.Capacity),
    );
    const contact = samplePerson(random, language, taken);
    rows.push({
      CustomerID: `C${String(i + 1).padStart(4, "0")}`,
      Name: contact.name,
      Company: company.name,
      Industry: industry[language],
      Region: region[language],
      Owner: owner.Rep,
      Tier: random.weighted(TIERS, TIER_WEIGHTS),
      Source: random.weighted(sources, sourceWeights)[language],
      Phone: uniquePhone(random, language, phones),
      Email: `${contact.email}@${company.domain}`,
      FirstPurchase: null,
      LastContact: null,
      Status: "",
      Preferences: random.chance(0.4) ? random.pick(preferences)[language] : null,
      Satisfaction: null,
      Notes: random.chance(0.15) ? random.pick(customerNotes)[language] : null,
    });
  }
  return rows;
}
