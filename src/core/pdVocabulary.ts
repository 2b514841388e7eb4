/**
 * The Position Description vocabulary, in one place: the sections the detector names (display name,
 * library section, FES/GSSG factor number and points), the factor titles and what each one means in
 * either scheme, and the heading wordings recognised for them. Adding a heading wording is one row of
 * HEADING_NAMES with an example that the tests read back through the classifier.
 */

/** Factor numbering: the FES (non-supervisory) nine factors or the six GSSG (supervisory) factors. */
export type Scheme = "fes" | "gssg";

/** The library sections the detector maps PD sections to; an agency's library must keep these ids. */
export const LIBRARY_SECTION_IDS = ["introduction", "major-duties", "factor-1", "factor-3", "factor-5", "factors-6-7"] as const;

export type LibrarySectionId = (typeof LIBRARY_SECTION_IDS)[number];

interface SectionRow {
  /** Plain English for the pane, e.g. "Factor 4 – Complexity". */
  name: string;
  /** The library section whose language applies in this section, if any. */
  library?: LibrarySectionId;
  /** A factor write-up: its scheme, its number (none for the combined Factors 6 and 7) and the points per level. */
  factor?: { scheme: Scheme; number?: number; points?: readonly number[] };
}

// Points per level (index = level - 1), to tell "Factor 1, Level 1-3, 550 points" (GSSG) from "Factor 1,
// Level 1-3, 350 points" (FES) when the title is missing.
const SECTIONS = {
  introduction: { name: "Introduction", library: "introduction" },
  "major-duties": { name: "Major Duties", library: "major-duties" },
  "factor-levels": { name: "Factor Levels" },
  "factor-1": {
    name: "Factor 1 – Knowledge Required by the Position",
    library: "factor-1",
    factor: { scheme: "fes", number: 1, points: [50, 200, 350, 550, 750, 950, 1250, 1550, 1850] },
  },
  "factor-2": { name: "Factor 2 – Supervisory Controls", factor: { scheme: "fes", number: 2, points: [25, 125, 275, 450, 650] } },
  "factor-3": { name: "Factor 3 – Guidelines", library: "factor-3", factor: { scheme: "fes", number: 3, points: [25, 125, 275, 450, 650] } },
  "factor-4": { name: "Factor 4 – Complexity", factor: { scheme: "fes", number: 4, points: [25, 75, 150, 225, 325, 450] } },
  "factor-5": {
    name: "Factor 5 – Scope and Effect",
    library: "factor-5",
    factor: { scheme: "fes", number: 5, points: [25, 75, 150, 225, 325, 450] },
  },
  "factor-6": { name: "Factor 6 – Personal Contacts", library: "factors-6-7", factor: { scheme: "fes", number: 6, points: [10, 25, 60, 110] } },
  "factor-7": { name: "Factor 7 – Purpose of Contacts", library: "factors-6-7", factor: { scheme: "fes", number: 7, points: [20, 50, 120, 220] } },
  "factor-8": { name: "Factor 8 – Physical Demands", factor: { scheme: "fes", number: 8, points: [5, 20, 50] } },
  "factor-9": { name: "Factor 9 – Work Environment", factor: { scheme: "fes", number: 9, points: [5, 20, 50] } },
  "factors-6-7": { name: "Factors 6 and 7 – Personal Contacts and Purpose of Contacts", library: "factors-6-7", factor: { scheme: "fes" } },
  "gssg-factor-1": {
    name: "Factor 1 – Program Scope and Effect (supervisory)",
    // GSSG Program Scope and Effect reads like FES Scope and Effect.
    library: "factor-5",
    factor: { scheme: "gssg", number: 1, points: [175, 350, 550, 775, 900] },
  },
  "gssg-factor-2": { name: "Factor 2 – Organizational Setting (supervisory)", factor: { scheme: "gssg", number: 2, points: [100, 250, 350] } },
  "gssg-factor-3": {
    name: "Factor 3 – Supervisory and Managerial Authority Exercised (supervisory)",
    factor: { scheme: "gssg", number: 3, points: [200, 450, 775, 900] },
  },
  "gssg-factor-4": { name: "Factor 4 – Personal Contacts (supervisory)", library: "factors-6-7", factor: { scheme: "gssg", number: 4 } },
  "gssg-factor-5": {
    name: "Factor 5 – Difficulty of Typical Work Directed (supervisory)",
    factor: { scheme: "gssg", number: 5, points: [75, 205, 340, 505, 650, 800, 930, 1030] },
  },
  "gssg-factor-6": {
    name: "Factor 6 – Other Conditions (supervisory)",
    factor: { scheme: "gssg", number: 6, points: [310, 575, 975, 1120, 1225, 1325] },
  },
  background: { name: "Background" },
  purpose: { name: "Purpose of the Position" },
  "knowledge-skills-abilities": { name: "Knowledge, Skills and Abilities" },
  "supervisory-responsibilities": { name: "Supervisory Responsibilities" },
  requirements: { name: "Requirements and Conditions" },
  // Label lines with a value ("Total Points: 2715", "Final Grade: GS-11") end the factors; the pane names the
  // place they start, not the label.
  "total-points": { name: "Evaluation summary (points and grade)" },
  "final-grade": { name: "Evaluation summary (points and grade)" },
  "conditions-of-employment": { name: "Conditions of Employment" },
  "other-significant-facts": { name: "Other Significant Facts" },
  "title-and-series-determination": { name: "Title and Series Determination" },
  "flsa-determination": { name: "Fair Labor Standards Act Determination" },
  "evaluation-statement": { name: "Evaluation Statement" },
  classification: { name: "Classification and Certification" },
} as const satisfies Record<string, SectionRow>;

type NamedSectionId = keyof typeof SECTIONS;

/** A recognised PD section. "gssg-factor-N" are the supervisory (GSSG) factors; "other" is an unnamed heading. */
export type PdSectionId = NamedSectionId | "other";

export const PD_SECTION_IDS: readonly PdSectionId[] = [...(Object.keys(SECTIONS) as NamedSectionId[]), "other"];

const sectionRow = (id: NamedSectionId): SectionRow => SECTIONS[id];

export interface RecognisedSection {
  id: PdSectionId;
  /** Plain English for the pane, e.g. "Factor 4 – Complexity". */
  name: string;
  librarySection: LibrarySectionId | null;
}

export function librarySectionFor(id: PdSectionId): LibrarySectionId | null {
  return id === "other" ? null : (sectionRow(id).library ?? null);
}

export function makeSection(id: PdSectionId, name?: string): RecognisedSection {
  const fallback = id === "other" ? "Other" : SECTIONS[id].name;
  return { id, name: name ?? fallback, librarySection: librarySectionFor(id) };
}

/** The factor facts of a section, or null for a section that is not a factor write-up. */
export function factorOf(id: PdSectionId): SectionRow["factor"] | null {
  return id === "other" ? null : (sectionRow(id).factor ?? null);
}

/** The factor section numbered `number` in `scheme`, if the scheme has one. */
export function factorSection(scheme: Scheme, number: number): PdSectionId | null {
  return PD_SECTION_IDS.find((id) => factorOf(id)?.scheme === scheme && factorOf(id)?.number === number) ?? null;
}

/** A factor write-up ("Factor 3 – Guidelines", "Factors 6 and 7"), FES or GSSG. */
export function isFactorWriteUp(id: PdSectionId): boolean {
  return factorOf(id) !== null;
}

/** A factor write-up or the part header above them ("Factor Levels"). */
export function isFactorSection(id: PdSectionId): boolean {
  return id === "factor-levels" || isFactorWriteUp(id);
}

export const GSSG_SUBFACTOR_NAMES = {
  a: "Factor 4A – Nature of Contacts (supervisory)",
  b: "Factor 4B – Purpose of Contacts (supervisory)",
} as const;

// ---------------------------------------------------------------------------------------------
// Factor titles, and the section each names. Some titles exist in both schemes ("Personal Contacts" is
// FES Factor 6 and GSSG Factor 4): the number written before the title then decides.

interface FactorTitleRow {
  /** The section the title names. */
  section: PdSectionId;
  /** A name other than the section's own (a GSSG sub-factor). */
  name?: string;
  /** The title alone reveals the scheme; otherwise only an explicit "Factor N" with the section's number does. */
  titleTellsScheme: boolean;
  /** The section the title names when the number written before it is `number` (the other scheme's use). */
  numbered?: { number: number; section: PdSectionId; name?: string };
}

export const FACTOR_TITLES = {
  knowledge: { section: "factor-1", titleTellsScheme: true },
  "supervisory-controls": { section: "factor-2", titleTellsScheme: true },
  guidelines: { section: "factor-3", titleTellsScheme: true },
  complexity: { section: "factor-4", titleTellsScheme: true },
  "scope-effect": { section: "factor-5", titleTellsScheme: false, numbered: { number: 1, section: "gssg-factor-1" } },
  "program-scope-effect": { section: "gssg-factor-1", titleTellsScheme: true },
  "personal-contacts": { section: "factor-6", titleTellsScheme: false, numbered: { number: 4, section: "gssg-factor-4" } },
  "nature-of-contacts": {
    section: "gssg-factor-4",
    name: GSSG_SUBFACTOR_NAMES.a,
    titleTellsScheme: true,
    numbered: { number: 6, section: "factor-6" },
  },
  "purpose-of-contacts": {
    section: "factor-7",
    titleTellsScheme: false,
    numbered: { number: 4, section: "gssg-factor-4", name: GSSG_SUBFACTOR_NAMES.b },
  },
  "contacts-combined": { section: "factors-6-7", titleTellsScheme: false, numbered: { number: 4, section: "gssg-factor-4" } },
  "physical-demands": { section: "factor-8", titleTellsScheme: true },
  "work-environment": { section: "factor-9", titleTellsScheme: true },
  "organizational-setting": { section: "gssg-factor-2", titleTellsScheme: true },
  "supervisory-authority": { section: "gssg-factor-3", titleTellsScheme: true },
  "difficulty-of-work": { section: "gssg-factor-5", titleTellsScheme: true },
  "other-conditions": { section: "gssg-factor-6", titleTellsScheme: true },
} as const satisfies Record<string, FactorTitleRow>;

export type FactorTitle = keyof typeof FACTOR_TITLES;

export function factorTitleRow(title: FactorTitle): FactorTitleRow {
  return FACTOR_TITLES[title];
}

export function isFactorTitle(value: string): value is FactorTitle {
  return Object.prototype.hasOwnProperty.call(FACTOR_TITLES, value);
}

type FactorWriteUpId = { [K in NamedSectionId]: (typeof SECTIONS)[K] extends { factor: object } ? K : never }[NamedSectionId];

/** The PD parts that are not factor write-ups; a heading name means one of these or a factor title. */
export type PartId = Exclude<NamedSectionId, FactorWriteUpId>;

// ---------------------------------------------------------------------------------------------
// Heading names, matched at the start of the (enumerator-stripped, lower-case) text. The longest match
// wins; on a tie the earlier row.
//   runIn "strong": "<name>: body" is a heading anywhere;
//   runIn "weak":   "<name>: body" is a heading, except inside Major Duties (duty labels look alike);
//   runIn "none":   only a whole-line heading ("Background", "Background:").

export interface HeadingName {
  re: RegExp;
  factor?: FactorTitle;
  part?: PartId;
  runIn: "strong" | "weak" | "none";
  /** A heading this row recognises, checked by the tests. */
  example: string;
  /** Even as a whole line, a sub-heading when inside these sections. */
  subheadingOf?: readonly PdSectionId[];
  /** End matter whose value follows without punctuation ("Final Grade GS-0343-11"). */
  valueFollows?: boolean;
  /** A part header that names the factor scheme ("GSSG Factors"). */
  scheme?: Scheme;
}

type HeadingExtra = Pick<HeadingName, "subheadingOf" | "valueFollows" | "scheme">;

function heading(means: FactorTitle | PartId, runIn: HeadingName["runIn"], example: string, source: string, extra: HeadingExtra = {}): HeadingName {
  const re = new RegExp(`(?:${source})(?![a-z0-9])`, "y");
  return isFactorTitle(means) ? { re, factor: means, runIn, example, ...extra } : { re, part: means, runIn, example, ...extra };
}

export const IN_DUTIES: readonly PdSectionId[] = ["major-duties"];
const CONTACT_SECTIONS: readonly PdSectionId[] = ["factor-6", "factor-7", "factors-6-7", "gssg-factor-4"];

const AND = String.raw`\s*(?:and|&|/)\s*`;
const OF_POSITION = String.raw`(?:\s+(?:of|for|by|in)\s+(?:the\s+|this\s+)?(?:position|job))?`;

export const HEADING_NAMES: readonly HeadingName[] = [
  heading(
    "introduction",
    "strong",
    "Introductory Statement",
    String.raw`(?:position\s+)?(?:introductory\s+statement|introduction|introductory)(?:\s+to\s+(?:the\s+|this\s+)?position|${AND}(?:background|purpose|overview|summary))?`,
  ),
  heading(
    "major-duties",
    "strong",
    "Major Duties and Responsibilities",
    String.raw`(?:major|principal|primary|key|essential|specific|position|(?:summary|description)\s+of(?:\s+the)?(?:\s+major)?)\s+(?:duties|responsibilities)(?:${AND}(?:responsibilities|duties))?${OF_POSITION}`,
  ),
  heading("major-duties", "strong", "Duties and Responsibilities", String.raw`(?:duties${AND}responsibilities|responsibilities${AND}duties)${OF_POSITION}`),
  heading("major-duties", "none", "Duties", String.raw`(?:duties|responsibilities)${OF_POSITION}`),
  // Before the generic part header: on a tie the earlier row wins.
  heading(
    "factor-levels",
    "none",
    "GSSG Factor Levels",
    String.raw`(?:gssg|supervisory)\s+(?:evaluation\s+)?factors?(?:\s+levels?)?|general\s+schedule\s+supervisory\s+guide(?:\s*\(gssg\))?(?:\s+factors?)?`,
    { scheme: "gssg" },
  ),
  heading("factor-levels", "none", "Nonsupervisory Factors", String.raw`(?:fes|non-?supervisory)\s+factors?(?:\s+levels?)?`, { scheme: "fes" }),
  heading(
    "factor-levels",
    "none",
    "Factor Evaluation System",
    // "Grade Evaluation Factors" is the GSSG's own part header, copied into supervisory PDs.
    String.raw`factor\s+evaluation\s+system(?:\s*\(fes\))?(?:\s+factors?)?|(?:fes\s+|evaluation\s+|(?:position|grade)\s+evaluation\s+)?factors?(?:\s+levels?)?(?:\s+(?:descriptions?|evaluations?|determinations?))?(?:\s*\(flds?\))?`,
  ),
  heading("knowledge", "strong", "Knowledge Required by the Position", String.raw`knowledge\s+required${OF_POSITION}`),
  heading("knowledge", "none", "Knowledge", String.raw`knowledge`),
  heading(
    "knowledge-skills-abilities",
    "none",
    "Knowledge, Skills and Abilities",
    // "Knowledge, Skills and Abilities", "Knowledge, Skills, Abilities and Competencies", "... and Other
    // Characteristics (KSAOs)", "Required Knowledge and Skills".
    String.raw`(?:required\s+)?knowledge\s*,?\s*(?:(?:and|&)\s*)?skills?(?:\s*,?\s*(?:(?:and|&)\s*)?abilit(?:y|ies))?(?:\s*,?\s*(?:(?:and|&)\s*)?(?:competenc(?:y|ies)|other\s+characteristics))?(?:\s*\(ksa[os]{0,2}\))?(?:\s+required)?${OF_POSITION}|ksa[os]{0,2}|competencies`,
  ),
  heading(
    "supervisory-controls",
    "strong",
    "Supervision Received",
    String.raw`supervisory\s+controls?|supervision\s+(?:and\s+guidance\s+)?received|supervision\s+and\s+guidance`,
  ),
  heading("guidelines", "weak", "Guidelines Used", String.raw`guidelines(?:\s+used)?`),
  heading("complexity", "weak", "Complexity", String.raw`complexity`),
  heading("scope-effect", "strong", "Scope and Effect of the Work", String.raw`scope${AND}effect(?:\s+of\s+(?:the\s+)?work)?`),
  heading("program-scope-effect", "strong", "Program Scope and Effect", String.raw`program\s+scope${AND}effect`),
  heading(
    "contacts-combined",
    "strong",
    "Nature and Purpose of Contacts",
    String.raw`(?:personal\s+|nature\s+of\s+(?:the\s+)?)?contacts${AND}(?:the\s+)?purpose(?:\s+of\s+(?:the\s+)?contacts)?|nature${AND}purpose\s+of\s+(?:the\s+)?contacts`,
  ),
  heading("personal-contacts", "strong", "Personal Contacts", String.raw`personal\s+contacts?`),
  heading("personal-contacts", "none", "Contacts", String.raw`contacts`, { subheadingOf: CONTACT_SECTIONS }),
  heading("nature-of-contacts", "strong", "Nature of Contacts", String.raw`nature\s+of\s+(?:the\s+)?contacts?`),
  heading("purpose-of-contacts", "strong", "Purpose of Contacts", String.raw`purpose\s+of\s+(?:the\s+)?contacts?`),
  heading(
    "physical-demands",
    "strong",
    "Physical Demands",
    String.raw`physical\s+(?:demands?|effort|requirements)(?:${AND}work(?:ing)?\s+(?:environment|conditions))?`,
  ),
  heading("work-environment", "strong", "Work Environment", String.raw`work(?:ing)?\s+(?:environment|conditions)`),
  heading("organizational-setting", "strong", "Organizational Setting", String.raw`organi[sz]ational\s+setting`),
  heading(
    "supervisory-authority",
    "strong",
    "Supervisory and Managerial Authority Exercised",
    String.raw`supervisory${AND}managerial\s+authority(?:\s+exercised)?|managerial\s+authority(?:\s+exercised)?`,
  ),
  heading(
    "difficulty-of-work",
    "strong",
    "Difficulty of Typical Work Directed",
    String.raw`difficulty\s+of\s+(?:the\s+)?typical\s+work(?:\s+directed)?|difficulty\s+of\s+work\s+directed`,
  ),
  heading("other-conditions", "weak", "Other Conditions", String.raw`other\s+conditions`),
  heading("background", "none", "Background Information", String.raw`background(?:\s+information)?`),
  heading(
    "purpose",
    "weak",
    "Purpose of the Position",
    String.raw`purpose\s+of\s+(?:the\s+)?position|position\s+purpose|primary\s+purpose${OF_POSITION}|purpose${AND}scope`,
  ),
  // "Contacts:" / "Purpose:" are the two halves of a combined Factor 6/7 write-up.
  heading("purpose", "none", "Purpose", String.raw`purpose`, { subheadingOf: [...IN_DUTIES, ...CONTACT_SECTIONS] }),
  heading(
    "supervisory-responsibilities",
    "weak",
    "Supervisory Responsibilities",
    String.raw`supervisory\s+(?:responsibilit(?:y|ies)|duties|functions)(?:\s+exercised)?`,
    { subheadingOf: IN_DUTIES },
  ),
  heading(
    "requirements",
    "none",
    "Qualification Requirements",
    String.raw`(?:minimum\s+|required\s+)?qualifications?(?:\s+(?:requirements?|required))?|(?:special|position|additional|other|key|mandatory|minimum|medical|licensure)\s+requirements|selective\s+placement\s+factors?|education(?:al)?\s+requirements?`,
  ),
  // Labelled conditions listed after the factors ("Position Sensitivity: Non-critical sensitive").
  heading(
    "requirements",
    "strong",
    "Position Sensitivity and Risk",
    String.raw`position\s+sensitivity(?:\s+(?:and|&)\s+risk)?|sensitivity\s+(?:level|designation)|security\s+(?:requirements?|clearance)|drug\s+test(?:ing)?(?:\s+(?:required|designated(?:\s+position)?))?|financial\s+disclosure(?:\s+required)?|emergency[\s-]+essential`,
  ),
  heading("total-points", "strong", "Total Points", String.raw`total\s+(?:points|pts\.?|point\s+value)`, { valueFollows: true }),
  heading(
    "final-grade",
    "strong",
    "Final Grade",
    String.raw`final\s+grade|grade\s+conversion|grade\s+determination|final\s+classification`,
    { valueFollows: true },
  ),
  heading("conditions-of-employment", "strong", "Conditions of Employment", String.raw`conditions?\s+of\s+employment`),
  heading("other-significant-facts", "strong", "Other Significant Facts", String.raw`other\s+significant\s+facts?`),
  heading(
    "title-and-series-determination",
    "strong",
    "Title and Series Determination",
    String.raw`title\s*(?:and|&|,|/)\s*series(?:\s*(?:,|and|&|/)\s*(?:and\s+)?grade)?\s+determinations?|series${AND}title\s+determinations?|(?:title|series)\s+determination`,
  ),
  heading(
    "flsa-determination",
    "strong",
    "FLSA Determination",
    String.raw`(?:fair\s+labor\s+standards\s+act|flsa)(?:\s*\(flsa\))?\s+(?:determination|evaluation|designation)|fair\s+labor\s+standards\s+act(?:\s*\(flsa\))?`,
  ),
  heading(
    "evaluation-statement",
    "strong",
    "Evaluation Statement",
    // A factor summary restates the levels already described ("Factor Level Summary" over a table).
    String.raw`(?:position\s+|classification\s+|classifier'?s?\s+|fes\s+|factor\s+)?evaluation\s+(?:statement|report|summary)|evaluation\s+of\s+(?:the\s+)?position|classification\s+evaluation|(?:fes\s+|gssg\s+)?(?:factors?\s+(?:levels?\s+)?|points?\s+|factors?\s+(?:levels?\s+)?(?:and|&)\s+points?\s+)summary|summary\s+of\s+(?:the\s+)?(?:factor\s+levels?|factors|points)`,
  ),
  heading(
    "classification",
    "weak",
    "Classification Standards Used",
    String.raw`(?:position\s+)?classification\s+(?:standards?|guides?|criteria|references?)(?:\s+used)?|(?:standards?|references?)\s+used|(?:supervisory|supervisor's|supervisors|classifier's|classifiers|employee's|management)\s+certification|certifications?|signatures?`,
  ),
];

/**
 * Distinctive phrases found anywhere in a heading-shaped line ("POSITION INTRODUCTION", "Summary of Major
 * Duties"), tried in order; the first that matches decides.
 */
export const HEADING_PHRASES: ReadonlyArray<readonly [RegExp, FactorTitle | PartId]> = [
  [/\bintroduct(?:ion|ory)\b(?!\s+of\b)/, "introduction"],
  [/\bmajor\s+duties\b|\bduties\s+(?:and|&)\s+responsibilities\b/, "major-duties"],
  [/\bknowledge\s+required\b/, "knowledge"],
  [/\bsupervisory\s+controls?\b/, "supervisory-controls"],
  [/\bprogram\s+scope\b/, "program-scope-effect"],
  [/\bscope\s+(?:and|&)\s+effect\b/, "scope-effect"],
  [/\bcontacts\s+(?:and|&)\s+purpose\b|\bnature\s+and\s+purpose\s+of\s+contacts\b/, "contacts-combined"],
  [/\bpersonal\s+contacts\b/, "personal-contacts"],
  [/\bpurpose\s+of\s+contacts\b/, "purpose-of-contacts"],
  [/\bnature\s+of\s+contacts\b/, "nature-of-contacts"],
  [/\bphysical\s+demands\b/, "physical-demands"],
  [/\bwork\s+environment\b/, "work-environment"],
  [/\borgani[sz]ational\s+setting\b/, "organizational-setting"],
  [/\bmanagerial\s+authority\b/, "supervisory-authority"],
  [/\btypical\s+work\s+directed\b/, "difficulty-of-work"],
  [/\bother\s+significant\s+facts\b/, "other-significant-facts"],
  [/\bconditions\s+of\s+employment\b/, "conditions-of-employment"],
  [/\bevaluation\s+statement\b/, "evaluation-statement"],
  [/\bfactor\s+levels?\b/, "factor-levels"],
];

/**
 * Keywords that name a factor in a numbered heading worded unusually ("Factor 3 Guides Used"), tried in
 * order: the first row whose patterns all match decides.
 */
export const TITLE_KEYWORDS: ReadonlyArray<readonly [FactorTitle, ...RegExp[]]> = [
  ["program-scope-effect", /program\s+scope/],
  ["scope-effect", /\bscope\b/, /\beffect/],
  ["organizational-setting", /organi[sz]ational\s+setting/],
  ["supervisory-authority", /managerial|authority/],
  ["difficulty-of-work", /difficulty|work\s+directed/],
  ["other-conditions", /other\s+conditions/],
  ["contacts-combined", /\bcontacts?\b/, /purpose/, /personal|nature/],
  ["purpose-of-contacts", /\bcontacts?\b/, /purpose/],
  ["nature-of-contacts", /\bcontacts?\b/, /nature/],
  ["personal-contacts", /\bcontacts?\b/],
  ["knowledge", /knowledge/],
  ["supervisory-controls", /supervisory\s+control|supervision/],
  ["guidelines", /guide/],
  ["complexity", /complexity/],
  ["physical-demands", /physical/],
  ["work-environment", /environment|working\s+conditions/],
  ["scope-effect", /\bscope\b/],
];
