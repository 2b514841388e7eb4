/**
 * The vocabulary table read back through the classifier: every heading wording, factor name, factor
 * number and points table recognises what its row says, so a new row is tested by being added.
 */
import {
  factorOf,
  FACTOR_TITLES,
  factorSection,
  HEADING_NAMES,
  LIBRARY_SECTION_IDS,
  librarySectionFor,
  makeSection,
  PD_SECTION_IDS,
  type FactorTitle,
  type Scheme,
} from "../../src/core/pdVocabulary";
import { classifyHeading, type ParagraphInfo } from "../../src/core/sections";

const heading1 = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Heading1", outlineLevel: 1, bold: true });
const plainBold = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Normal", bold: true });

const idOf = (p: ParagraphInfo, scheme: Scheme | null = null) => classifyHeading(p, { scheme })?.section.id ?? null;

const OTHER_SCHEME: Record<Scheme, Scheme> = { fes: "gssg", gssg: "fes" };

describe("heading names", () => {
  it.each(HEADING_NAMES.map((row) => [row.example, row.factor ? FACTOR_TITLES[row.factor].section : row.part!]))(
    "%s is recognised as %s, as a heading style and as a bold line",
    (example, section) => {
      expect(idOf(heading1(example))).toBe(section);
      expect(idOf(plainBold(example))).toBe(section);
      expect(idOf(heading1(`${example.toUpperCase()}:`))).toBe(section);
    },
  );

  it.each(Object.keys(FACTOR_TITLES) as FactorTitle[])("the factor title %s has a heading name", (title) => {
    expect(HEADING_NAMES.some((row) => row.factor === title)).toBe(true);
  });
});

describe("factor sections", () => {
  const factors = PD_SECTION_IDS.flatMap((id) => {
    const factor = factorOf(id);
    return factor?.number ? [{ id, scheme: factor.scheme, number: factor.number, points: factor.points ?? [] }] : [];
  });

  it.each(factors.map((f) => [f.id, f.scheme]))("the display name of %s reads back as that section (%s)", (id, scheme) => {
    const displayName = makeSection(id).name.replace(/ \(supervisory\)$/, "");
    expect(idOf(heading1(displayName), scheme)).toBe(id);
  });

  it.each(factors.map((f) => [f.number, f.scheme, f.id]))('a bare "Factor %i" in a %s document is %s', (number, scheme, id) => {
    expect(idOf(heading1(`Factor ${number}`), scheme)).toBe(id);
  });

  const pointRows = factors.flatMap((f) =>
    f.points.map((points, i) => {
      const level = i + 1;
      const otherId = factorSection(OTHER_SCHEME[f.scheme], f.number);
      const ambiguous = otherId !== null && factorOf(otherId)?.points?.[i] === points;
      return { ...f, level, points, ambiguous };
    }),
  );

  it.each(pointRows.filter((row) => !row.ambiguous).map((row) => [row.number, row.level, row.points, row.id]))(
    '"Factor %i, Level %i, %i Points" with no title is %s whatever the document said before',
    (number, level, points, id) => {
      const text = `Factor ${number}, Level ${number}-${level}, ${points} Points`;
      expect(idOf(heading1(text), "fes")).toBe(id);
      expect(idOf(heading1(text), "gssg")).toBe(id);
    },
  );
});

describe("library sections", () => {
  it.each(LIBRARY_SECTION_IDS.map((id) => [id]))("%s is where some PD section takes its language from", (libraryId) => {
    expect(PD_SECTION_IDS.filter((id) => librarySectionFor(id) === libraryId).length).toBeGreaterThan(0);
  });

  it("the sections with no library language get none, and 'other' gets none", () => {
    expect(librarySectionFor("factor-4")).toBeNull();
    expect(librarySectionFor("other")).toBeNull();
    expect(librarySectionFor("factor-7")).toBe("factors-6-7");
  });
});
