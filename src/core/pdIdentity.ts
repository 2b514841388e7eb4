/**
 * The PD's title, series and grade where the PD states them: on its cover sheet or title block, before its
 * sections. Read from labels ("Position Title:", "Occupational Series", "Pay Plan/Series/Grade", "Grade:"), in one
 * paragraph or in a table's label cell followed by its value cell, and from the combined forms PDs write
 * ("IT Specialist (INFOSEC), GS-2210-12", "GS-0343-11", "GS-301-9/11/12", "GS-12").
 *
 *   pdIdentity([{ text: "Position Title: IT Specialist (INFOSEC), GS-2210-12" }, …])
 *   // → { title: "IT Specialist (INFOSEC)", series: "2210", grade: "12" }
 *
 * Series come as four digits ("343" → "0343"), grades as numbers without leading zeros, several joined by "/"
 * ("07/-11/-12" → "7/11/12"). Nothing is guessed from the PD's duties: a duty that mentions a grade is not one.
 */
import type { ParagraphInfo } from "./headingLine";
import { sectionSpanWalk } from "./sections";

export interface PdIdentity {
  title: string | null;
  series: string | null;
  grade: string | null;
}

/** Cover sheets and title blocks are short; a PD whose first section starts later states nothing we read. */
export const PD_IDENTITY_MAX_PARAGRAPHS = 80;

type Field = keyof PdIdentity;
/** Lower is surer: a field's own label, then a combined label, then an unlabelled line. */
type Found = { value: string; rank: number };

const TITLE_MAX_LENGTH = 150;
const TITLE_MAX_WORDS = 14;
/** Longest paragraph read as a title line with its grade ("IT Specialist (INFOSEC), GS-2210-12"). */
const CODE_LINE_MAX_WORDS = 18;

// Federal pay plans whose positions carry a series and a grade.
const PAY_PLAN = String.raw`(?:GS|GM|GG|GL|GP|GR|WG|WL|WS|NH|NJ|NK|NT|ZA|ZP|ZS|ZT)`;
const SEP = String.raw`\s*[-/ ]\s*`;
const GRADES = String.raw`\d{1,2}(?:\s*/\s*-?\s*\d{1,2})*`;
/** "GS-2210-12", "GS 0343 11", "GS/0343/12", "GS-343-13", "GS-0343-07/-11/-12", "GS-0343" (series only). */
const FULL_CODE = new RegExp(String.raw`\b${PAY_PLAN}${SEP}(\d{3,4})(?:${SEP}(${GRADES}))?(?![\d])`);
/** A combined label's value without the pay plan: "0343-12", "Program Analyst/0343/12". */
const BARE_CODE = new RegExp(String.raw`(?:^|[\s,/-])(\d{3,4})\s*[-/]\s*(${GRADES})\s*$`);
/** "GS-12", "GS-9/11". */
const GRADE_CODE = new RegExp(String.raw`\b${PAY_PLAN}\s*-\s*(${GRADES})(?![\d])`);

/** A label as written, without its item number ("15. Title of Position") and colon; which fields it names. */
const LABELS: ReadonlyArray<[RegExp, readonly Field[]]> = [
  [/^(?:(?:position|official|official position)\s+)?title\s*(?:,|\/|and|&)?\s*(?:pay\s+plan\s*(?:,|\/|and|&)?\s*)?series\s*(?:,|\/|and|&)\s*(?:and\s+)?grade$/, ["title", "series", "grade"]],
  [/^(?:pay\s+plan\s*(?:,|\/|-|and|&)?\s*)?series\s*(?:,|\/|-|and|&)\s*(?:and\s+)?grade$/, ["series", "grade"]],
  [/^pay\s+plan\s*(?:,|\/|-|and|&)\s*(?:occupational\s+)?series$/, ["series"]],
  [/^pay\s+plan\s*(?:,|\/|-|and|&)\s*grade$/, ["grade"]],
  [/^(?:position|official|official position|position official|classified)\s+title$|^title(?:\s+of\s+(?:the\s+)?position)?$|^official\s+title\s+of\s+(?:the\s+)?position$|^position$/, ["title"]],
  [/^(?:proposed\s+|official\s+|final\s+)?classification$/, ["title", "series", "grade"]],
  [/^(?:occupational\s+)?series(?:\s+(?:code|number|no\.?))?$|^occupational\s+code$|^job\s+series$/, ["series"]],
  [/^(?:pay\s+)?grade(?:\s+level)?(?:\(s\)|s)?$/, ["grade"]],
];
/** Labels of other fields: they end the value before them, and as a label cell they take the value cell after them. */
const OTHER_LABEL = /^(?:\d{1,2}[a-z]?[.)]\s*)?(?:pay\s+plan|position\s+(?:number|no\.?|description\s+number)|pd\s+(?:number|no\.?|#)|organi[sz]ation|flsa|agency|bureau|office|location|duty\s+station|supervisor|classified\s+by|certified\s+by|prepared\s+by|reviewed\s+by|supersedes|replaces|competitive\s+level|bargaining\s+unit|sensitivity|date)(?:\s+(?:number|no\.?|code|name|title|level|status|of\s+\w+))?$/;

const isOtherLabel = (label: string): boolean => OTHER_LABEL.test(label.toLowerCase().replace(/\s+/g, " ").trim());

/** A label on its own (a label cell): the fields it names, none for another field's label, null for no label. */
function labelCell(text: string): readonly Field[] | null {
  return labelFields(text) ?? (isOtherLabel(text.replace(/\s*:\s*$/, "")) ? [] : null);
}

/** Which fields a label names, or null when it is no identity label. "Position Description: IT Specialist, GS-2210-12"
 *  names them only on a line: alone, "Position Description" is the document's heading. */
function labelFields(raw: string, onALine = false): readonly Field[] | null {
  const label = raw
    .toLowerCase()
    .replace(/^\s*(?:\d{1,2}[a-z]?|[a-z])[.)]\s*/, "") // "15. ", "b) "
    .replace(/\s*[:-]?\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  for (const [pattern, fields] of LABELS) if (pattern.test(label)) return fields;
  return onALine && label === "position description" ? ["title", "series", "grade"] : null;
}

const clean = (text: string): string =>
  text
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\v\f\r\n]/g, " ")
    .trim();

/** "343" → "0343"; null unless three or four digits. */
function seriesOf(digits: string): string | null {
  return /^\d{3,4}$/.test(digits) ? digits.padStart(4, "0") : null;
}

/** "07/-11/-12" → "7/11/12"; null when a grade is 0. */
function gradesOf(written: string): string | null {
  const grades = written.split("/").map((g) => g.replace(/[\s-]/g, "").replace(/^0+(?=\d)/, ""));
  return grades.every((g) => /^[1-9]\d?$/.test(g)) ? grades.join("/") : null;
}

/** A title as PDs write one: a few words, not a sentence, with a letter. */
function titleOf(text: string): string | null {
  const title = text.replace(/[\s,;:-]+$/, "").replace(/^[\s,;:-]+/, "").replace(/\s+/g, " ");
  if (title.length === 0 || title.length > TITLE_MAX_LENGTH || !/[A-Za-z]/.test(title)) return null;
  if (title.split(" ").length > TITLE_MAX_WORDS || /[.!?]$/.test(title)) return null;
  return title;
}

/**
 * What a value holds for the fields its label names: "IT Specialist, GS-2210-12", "GS-0343", "2210", "12", "GS-12". A
 * pay plan code states the series and grade whatever the label names ("Grade: GS-0343-12").
 */
function readValue(value: string, fields: readonly Field[]): Partial<PdIdentity> {
  const read: Partial<PdIdentity> = {};
  // A combined label's value may leave out the pay plan ("Series/Grade: 0343/12").
  const full = FULL_CODE.exec(value) ?? (fields.includes("series") && fields.includes("grade") ? BARE_CODE.exec(value) : null);
  const gradeCode = full ? null : GRADE_CODE.exec(value);
  const code = full ?? gradeCode;
  const series = full ? seriesOf(full[1]!) : !gradeCode && fields.includes("series") ? seriesOf(/^\s*(\d{3,4})\b/.exec(value)?.[1] ?? "") : null;
  const written = full ? full[2] : gradeCode ? gradeCode[1] : fields.length === 1 && fields[0] === "grade" ? /^\s*(\d{1,2}(?:\s*\/\s*-?\s*\d{1,2})*)\s*$/.exec(value)?.[1] : undefined;
  const grade = written ? gradesOf(written) : null;
  const title = fields.includes("title") ? titleOf(code ? value.slice(0, code.index) : value) : null;
  if (title) read.title = title;
  if (series) read.series = series;
  if (grade) read.grade = grade;
  return read;
}

/** Labelled values in one paragraph: "Position Title: X", "Series: 0343 Grade: 12", "Title, Series, Grade: X, GS-0343-12". */
function labelledValues(text: string): Array<{ fields: readonly Field[]; value: string }> | null {
  const found: Array<{ fields: readonly Field[]; value: string }> = [];
  // Cover sheets put several labels on a line, apart by tabs, wide spaces or bars.
  for (const piece of text.split(/\t+| {3,}|\s+\|\s+/)) {
    // Between two colons: the value of the label before, then the next label (the longest run of last words that is one).
    const segments = piece.split(/\s*:\s*/);
    let fields: readonly Field[] | null = null;
    for (let k = 0; k < segments.length; k++) {
      const segment = segments[k]!;
      const words = segment.split(/\s+/).filter(Boolean);
      let labelStart = words.length;
      let next: readonly Field[] | null = null;
      if (k < segments.length - 1) {
        for (let n = Math.min(6, words.length); n >= 1; n--) {
          const candidate = words.slice(words.length - n).join(" ");
          const named = labelFields(candidate, true);
          if (named || isOtherLabel(candidate)) {
            labelStart = words.length - n;
            next = named;
            break;
          }
        }
      }
      if (fields) found.push({ fields, value: words.slice(0, labelStart).join(" ") });
      fields = next;
    }
  }
  return found.length > 0 ? found : null;
}

/** The paragraphs before the PD's first CX section (at most PD_IDENTITY_MAX_PARAGRAPHS). */
function coverParagraphs(paragraphs: readonly ParagraphInfo[]): readonly ParagraphInfo[] {
  const head = paragraphs.slice(0, PD_IDENTITY_MAX_PARAGRAPHS);
  const walk = sectionSpanWalk(head);
  for (let i = 0; i < head.length; i++) {
    walk.step(i);
    // The first CX section ends the cover: other sections (an FLSA box, conditions of employment) may be on it.
    const first = walk.spans.find((span) => span.section.librarySection);
    if (first) return head.slice(0, first.start);
  }
  return head;
}

/** The PD's title, series and grade where its cover sheet or title block states them; null where it does not. */
export function pdIdentity(paragraphs: readonly ParagraphInfo[]): PdIdentity {
  const best: Partial<Record<Field, Found>> = {};
  const offer = (read: Partial<PdIdentity>, rank: number) => {
    for (const field of ["title", "series", "grade"] as const) {
      const value = read[field];
      if (value && (best[field] === undefined || rank < best[field]!.rank)) best[field] = { value, rank };
    }
  };
  const rankOf = (fields: readonly Field[], field: Field) => (!fields.includes(field) ? 2 : fields.length === 1 ? 0 : 1);
  const offerLabelled = (fields: readonly Field[], value: string) => {
    const read = readValue(value, fields);
    for (const field of ["title", "series", "grade"] as const) if (read[field]) offer({ [field]: read[field] }, rankOf(fields, field));
  };

  const cover = coverParagraphs(paragraphs).map((p) => ({ text: clean(p.text ?? ""), inTable: (p.tableNestingLevel ?? 0) > 0 }));
  let previousLine: string | null = null;
  for (let i = 0; i < cover.length; i++) {
    const { text, inTable } = cover[i]!;
    if (text.length === 0) continue;
    // A label on its own (a table's label cell, or a line ending in a colon): its value is what follows. Several
    // label cells in a row (a header row) take the values that follow in the same order.
    const standalone = (line: { text: string; inTable: boolean }) => (line.inTable || /:\s*$/.test(line.text) ? labelCell(line.text) : null);
    if (standalone(cover[i]!)) {
      const labels: (readonly Field[])[] = [];
      let j = i;
      for (; j < cover.length && standalone(cover[j]!); j++) labels.push(standalone(cover[j]!)!);
      const values: string[] = [];
      for (; j < cover.length && values.length < labels.length; j++) {
        const next = cover[j]!;
        if (next.text.length === 0) continue;
        if (next.inTable !== inTable || labelCell(next.text) || /^[^:]{1,60}:\s*$/.test(next.text)) break; // the value cell is empty
        values.push(next.text);
      }
      values.forEach((value, k) => offerLabelled(labels[k]!, value));
      i += labels.length - 1;
      previousLine = null;
      continue;
    }
    const labelled = labelledValues(text);
    if (labelled) {
      for (const { fields, value } of labelled) offerLabelled(fields, value);
      previousLine = null;
      continue;
    }
    // An unlabelled title line ("IT Specialist (INFOSEC), GS-2210-12") or code line ("GS-0343-11") under its title.
    const code = FULL_CODE.exec(text) ?? GRADE_CODE.exec(text);
    const words = text.split(/\s+/).length;
    // A line with a label of its own ("Classified by: …, GS-0201-12", "Title and Series Determination: …") states
    // something else.
    const ownLabel = code !== null && text.slice(0, code.index).includes(":");
    if (code && words <= CODE_LINE_MAX_WORDS && !/[.!?]$/.test(text) && !ownLabel) {
      const read = readValue(text, ["title"]);
      if (!read.title && code.index === 0 && previousLine) read.title = titleOf(withoutGrade(previousLine, read.grade)) ?? undefined;
      offer(read, 2);
      previousLine = null;
      continue;
    }
    previousLine = isTitleLine(text) ? text : null;
  }
  return { title: best.title?.value ?? null, series: best.series?.value ?? null, grade: best.grade?.value ?? null };
}

/** Lines a title block puts above the code that are not the title. */
const NOT_A_TITLE = /\b(?:position\s+description|cover\s+sheet|department|agency|bureau|administration|u\.\s?s\.|united\s+states|evaluation\s+statement|classification|page\s+\d)/i;

function isTitleLine(text: string): boolean {
  return titleOf(text) !== null && !text.includes(":") && !NOT_A_TITLE.test(text);
}

/** "Management and/or Program Analyst 07" over "GS-0343-07": the title without the grade repeated after it. */
function withoutGrade(line: string, grade: string | null | undefined): string {
  const m = /\s+0*(\d{1,2})$/.exec(line);
  return m && grade && grade.split("/").includes(m[1]!) ? line.slice(0, m.index) : line;
}
