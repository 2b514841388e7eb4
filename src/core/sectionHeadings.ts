/**
 * Recognises one paragraph of a Position Description as a section heading (or not).
 *
 * Everything here looks at a single paragraph. The only outside input is the FES/GSSG numbering
 * scheme, needed for a bare "Factor 4" whose title is missing; `sections.ts` supplies it and
 * applies the rules that depend on the surrounding section. The words recognised are in
 * pdVocabulary.ts; the enumerators and tails around them are parsed by headingParts.ts.
 */
import { at, consumeTail, schemeFromTail, skipLead, trailingTailStart } from "./headingParts";
import { countWords, endsLikeSentence, isTitleQualifier, isUpperAt, looksLikeHeadingLine, type ParagraphInfo } from "./headingLine";
import {
  factorSection,
  factorOf,
  factorTitleRow,
  GSSG_SUBFACTOR_NAMES,
  HEADING_NAMES,
  HEADING_PHRASES,
  IN_DUTIES,
  isFactorSection,
  isFactorTitle,
  makeSection,
  TITLE_KEYWORDS,
  type FactorTitle,
  type HeadingName,
  type PartId,
  type PdSectionId,
  type RecognisedSection,
  type Scheme,
} from "./pdVocabulary";
import { lowerAligned, normaliseText } from "./textMatch";

export interface HeadingContext {
  /** Numbering scheme in force, from earlier headings; used only for a factor heading with no title. */
  scheme?: Scheme | null;
}

export interface HeadingMatch {
  section: RecognisedSection;
  /** Heading and body text share the paragraph ("Introductory Statement: The incumbent ..."). */
  runIn: boolean;
  /**
   * Sections inside which this line is more likely a sub-heading or label of that section and is
   * ignored (e.g. "Guidelines: ..." or "Supervisory Duties" inside Major Duties). Empty for headings
   * that open their section wherever they occur.
   */
  ignoredWithin: readonly PdSectionId[];
  /** What this heading says about the numbering scheme of the document, if anything. */
  schemeEvidence: Scheme | null;
  /** A number-only factor heading (1-6) whose meaning came from `HeadingContext.scheme` or the FES default. */
  schemeFromContext: boolean;
}

const MAX_CHARS = 600; // a heading and the start of its run-in body fit well within this

const FACTOR_NAMES = HEADING_NAMES.filter((e) => e.factor !== undefined);

// One regex for "any name of the list here": most paragraphs start with no heading name, and one run of this is far
// cheaper than one run per name.
const ANY_NAME = new Map<readonly HeadingName[], RegExp>(
  [HEADING_NAMES, FACTOR_NAMES].map((list) => [list, new RegExp(list.map((e) => e.re.source).join("|"), "y")]),
);

function findName(lower: string, pos: number, list: readonly HeadingName[]): { entry: HeadingName; end: number } | null {
  const any = ANY_NAME.get(list);
  if (any && !at(any, lower, pos)) return null;
  let best: { entry: HeadingName; end: number } | null = null;
  for (const e of list) {
    const m = at(e.re, lower, pos);
    if (m && (!best || pos + m[0].length > best.end)) best = { entry: e, end: pos + m[0].length };
  }
  return best;
}

/** Factor title from keywords, for numbered headings whose wording is unusual ("Factor 3 Guides Used"). */
function keywordTitle(s: string): FactorTitle | null {
  return TITLE_KEYWORDS.find(([, ...patterns]) => patterns.every((re) => re.test(s)))?.[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Turning a factor title and/or number into a section. The title wins over the number.

interface FactorFacts {
  title: FactorTitle | null;
  number: number | null;
  sub: "a" | "b" | null;
  combined: boolean;
  /** The number was written as "Factor N" (not just an enumerator), so it counts as evidence. */
  explicitNumber: boolean;
}

interface FactorResult {
  section: RecognisedSection;
  schemeEvidence: Scheme | null;
  schemeFromContext: boolean;
}

function found(id: PdSectionId, name: string | undefined, schemeEvidence: Scheme | null): FactorResult {
  return { section: makeSection(id, name), schemeEvidence, schemeFromContext: false };
}

function resolveFactor(f: FactorFacts, tailScheme: Scheme | null, ctxScheme: Scheme | null): FactorResult {
  if (f.combined) return found("factors-6-7", undefined, "fes");
  if (f.sub) return found("gssg-factor-4", GSSG_SUBFACTOR_NAMES[f.sub], "gssg");
  const schemeOf = (id: PdSectionId): Scheme | null => factorOf(id)?.scheme ?? null;
  if (f.title) {
    const meaning = factorTitleRow(f.title);
    // Titles shared by both schemes say which scheme only through an explicit "Factor N".
    const said = (id: PdSectionId): Scheme | null => (f.explicitNumber ? schemeOf(id) : null);
    if (meaning.numbered && f.number === meaning.numbered.number) return found(meaning.numbered.section, meaning.numbered.name, said(meaning.numbered.section));
    const numbered = f.number !== null && f.number === factorOf(meaning.section)?.number;
    const evidence = meaning.titleTellsScheme ? schemeOf(meaning.section) : numbered ? said(meaning.section) : null;
    return found(meaning.section, meaning.name, evidence);
  }
  // Number only: GSSG has six factors, so 7-9 are FES; otherwise the tail's level/points, then context.
  const num = f.number ?? 0;
  if (num >= 7) return found(factorSection("fes", num)!, undefined, "fes");
  const scheme = tailScheme ?? ctxScheme ?? "fes";
  return { section: makeSection(factorSection(scheme, num)!), schemeEvidence: tailScheme, schemeFromContext: tailScheme === null };
}

// ---------------------------------------------------------------------------------------------
// The classifier.

const FACTOR_RE =
  /(?:sub-?)?factors?\s*(?:#\s*|no\.?\s*|number\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|(?=[ivx])(?:ix|iv|v?i{0,3}))(?:\s*([ab]))?(?![a-z0-9])/y;
const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];

function factorNumber(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const word = NUMBER_WORDS.indexOf(token);
  return word >= 0 ? word + 1 : ROMAN.indexOf(token) + 1;
}
const FACTOR_SECOND = /\s*(&|and|\/|,|\+|-|to|through)\s*(\d{1,2})(?![0-9])(?:\s*[a-f](?![a-z]))?/y;
const FACTOR_COMBINED_NOTE = /\s*\((?:combined|merged|together)\)/y;
const FACTOR_LETTER_LEVEL = /\s*-\s*[a-f](?![a-z0-9])/y;
const FACTOR_SEP = /[\s.:;,()[\]"'=-]*/y;

const TITLE_BLOCK_START =
  /(?:position|pd|official|working|organi[sz]ation(?:al)?|title|series|grade|pay\s+plan|agency|department|office|bureau|location|duty\s+station|classification|flsa|bargaining|competitive|sensitivity|supervisor|occupational|job)\b[^:\t]{0,40}[:#]/y;
const EMBEDDED_LABEL =
  /[\s.;](introductory\s+statement|introduction|major\s+duties(?:\s+and\s+responsibilities)?|duties\s+and\s+responsibilities)\s*:/g;

function fromTarget(
  target: FactorTitle | PartId,
  facts: Omit<FactorFacts, "title">,
  tailScheme: Scheme | null,
  ctxScheme: Scheme | null,
): FactorResult {
  if (isFactorTitle(target)) return resolveFactor({ ...facts, title: target }, tailScheme, ctxScheme);
  return found(target, undefined, null);
}

function result(r: FactorResult, runIn: boolean, ignoredWithin: readonly PdSectionId[] = []): HeadingMatch {
  return {
    section: r.section,
    runIn,
    ignoredWithin,
    schemeEvidence: r.schemeEvidence,
    schemeFromContext: r.schemeFromContext,
  };
}

/**
 * The section this paragraph opens, if it is a heading (whole-line or run-in), else null.
 * Context-free except for a number-only factor heading, which uses `context.scheme`.
 */
export function classifyHeading(paragraph: ParagraphInfo, context: HeadingContext = {}): HeadingMatch | null {
  // A table of contents lists the headings; its lines open nothing.
  if (/^toc\s*\d?$/i.test(paragraph.styleBuiltIn ?? "") || /^toc\s*\d/i.test(paragraph.style ?? "")) return null;
  const m = classifyLine(paragraph, context);
  // An evaluation statement often sums up the factors in a table ("3. Guidelines | 3-2 | 125"); those
  // rows restate the factors, they don't open them.
  if (m && (paragraph.tableNestingLevel ?? 0) > 0 && isFactorSection(m.section.id)) {
    return { ...m, ignoredWithin: [...m.ignoredWithin, "evaluation-statement"] };
  }
  return m;
}

function classifyLine(paragraph: ParagraphInfo, context: HeadingContext): HeadingMatch | null {
  const raw = paragraph.text ?? "";
  // Only the start of a long paragraph can hold a heading; don't normalise the rest.
  const full = normaliseText(raw.length > 2 * MAX_CHARS ? raw.slice(0, 2 * MAX_CHARS) : raw);
  if (full.length === 0) return null;
  const truncated = full.length > MAX_CHARS || raw.length > 2 * MAX_CHARS;
  const text = truncated ? full.slice(0, MAX_CHARS) : full;
  const lower = lowerAligned(text);
  const ctxScheme = context.scheme ?? null;
  const reachesEnd = (end: number): boolean => end >= lower.length && !truncated;

  const lead = skipLead(lower);
  let pos = lead.pos;
  if (pos >= lower.length) return null;

  // "Factor N ...", "Factors 6 & 7 ...", "Factor 4A ...", and "4A - Nature of Contacts".
  const fm = at(FACTOR_RE, lower, pos);
  if (fm || lead.sub) {
    const number = fm ? factorNumber(fm[1]) : 4;
    const sub = (fm?.[2] as "a" | "b" | undefined) ?? lead.sub;
    let combined = false;
    if (fm) {
      pos += fm[0].length;
      const second = at(FACTOR_SECOND, lower, pos);
      if (second) {
        const other = Number(second[2]);
        if ((number === 6 && other === 7) || (number === 7 && other === 6)) {
          combined = true;
          pos += second[0].length;
          const note = at(FACTOR_COMBINED_NOTE, lower, pos);
          if (note) pos += note[0].length;
        } else if (second[1] === "-") pos += second[0].length; // "Factor 8-1": a level, not a factor
      } else {
        const letter = at(FACTOR_LETTER_LEVEL, lower, pos);
        if (letter) pos += letter[0].length;
      }
    }
    if (number >= 1 && number <= 9 && !(sub && number !== 4)) {
      const afterNumber = pos;
      const sepMatch = at(FACTOR_SEP, lower, pos);
      const titlePos = pos + (sepMatch ? sepMatch[0].length : 0);
      const facts = { number, sub: sub ?? null, combined, explicitNumber: !!fm };
      const named = findName(lower, titlePos, FACTOR_NAMES);
      if (named) {
        const tail = consumeTail(lower, named.end);
        const r = resolveFactor({ ...facts, title: named.entry.factor! }, null, ctxScheme);
        if (reachesEnd(tail.end)) return result(r, false);
        // Run-in body after a separator or starting a new sentence ("Factor 8- 1 Physical Demands Most
        // work ..."); "Factor 4 (Complexity) was evaluated at ..." is prose.
        if (tail.separates || isUpperAt(text, tail.end)) return result(r, true);
        // A lower-case qualifier finishing the title: "Factor 4 - Complexity of the Work\tLevel 4-4".
        if (!truncated && isTitleQualifier(lower.slice(tail.end, trailingTailStart(lower, tail.end)))) return result(r, false);
        return null;
      }
      const tail = consumeTail(lower, afterNumber);
      const tailScheme = schemeFromTail(number, tail);
      if (reachesEnd(tail.end)) return result(resolveFactor({ ...facts, title: null }, tailScheme, ctxScheme), false);
      const rest = lower.slice(tail.end);
      const restEnd = trailingTailStart(lower, tail.end);
      const restCore = lower.slice(tail.end, restEnd);
      const shortLabel = !truncated && countWords(restCore) <= 12 && !endsLikeSentence(restCore);
      if (shortLabel) {
        // A title reads as a label ("Factor 3 Guides Used"), not as a lower-case clause.
        const title = isUpperAt(text, tail.end) ? keywordTitle(restCore) : null;
        if (title || tail.separates || looksLikeHeadingLine(paragraph, text)) {
          const finalTail = consumeTail(lower, restEnd);
          const scheme = schemeFromTail(number, finalTail) ?? tailScheme;
          return result(resolveFactor({ ...facts, title }, scheme, ctxScheme), false);
        }
        return null;
      }
      // "Factor 2: The supervisor assigns ..." is a number-only run-in heading; "Factor 1 is ..." is prose.
      if (tail.separates && isUpperAt(text, tail.end) && rest.length > 0) {
        return result(resolveFactor({ ...facts, title: null }, tailScheme, ctxScheme), true);
      }
      return null;
    }
    if (fm) return null;
  }

  // A known name at the start.
  const named = findName(lower, pos, HEADING_NAMES);
  if (named) {
    const e = named.entry;
    const tail = consumeTail(lower, named.end);
    const facts = { number: lead.number, sub: null, combined: false, explicitNumber: false };
    const target = (e.factor ?? e.part)!;
    const listLabel = paragraph.isListItem === true;
    if (reachesEnd(tail.end)) {
      if (tail.percent && e.part !== "major-duties") return null; // "Supervisory Duties (25%)" is a duty
      // "Factor Level 1-7, 1250 points" under a factor title states its level; it opens nothing.
      if (e.part === "factor-levels" && (tail.levels.length > 0 || tail.numbers.length > 0)) return null;
      const r = fromTarget(target, facts, null, ctxScheme);
      return result(e.scheme ? { ...r, schemeEvidence: e.scheme } : r, false, e.subheadingOf);
    }
    const bodyStart = tail.end;
    if (e.valueFollows && !truncated) {
      const value = lower.slice(bodyStart);
      if (countWords(value) <= 6 && !endsLikeSentence(value)) {
        return result(fromTarget(target, facts, null, ctxScheme), false);
      }
    }
    if (e.runIn !== "none" && tail.separates && !tail.percent && isUpperAt(text, pos)) {
      const weak = e.runIn === "weak" || listLabel;
      return result(fromTarget(target, facts, null, ctxScheme), true, weak ? [...IN_DUTIES, ...(e.subheadingOf ?? [])] : e.subheadingOf);
    }
    // A factor title finished by a lower-case qualifier ("Complexity of the Work") on a heading-shaped line.
    // Without a factor number only "of ..." or a participle, and not after a bare "Knowledge" ("Knowledge of:").
    if (e.factor && e.runIn !== "none" && !truncated && looksLikeHeadingLine(paragraph, text)) {
      const rest = lower.slice(bodyStart, trailingTailStart(lower, bodyStart));
      if (!/^(?:for|in|within|by|on)\b/.test(rest) && isTitleQualifier(rest)) {
        return result(fromTarget(target, facts, null, ctxScheme), false, IN_DUTIES);
      }
    }
    // Name followed by more words without a separator: prose ("Guidelines include ...") unless it
    // is a short formatted heading line, which the fuzzy pass below may still accept.
  }

  // A heading-shaped line holding a distinctive phrase ("POSITION INTRODUCTION", "Summary of Major Duties").
  if (looksLikeHeadingLine(paragraph, text)) {
    const core = lower.slice(pos, trailingTailStart(lower, pos));
    // Plain Title Case is weaker evidence than formatting: the phrase must lead the line
    // ("Introduction and Organizational Location", not "Knowledge of Work Environment Standards").
    const leadOnly = !looksLikeHeadingLine(paragraph, text, false);
    const secondWord = core.search(/\s/) + 1;
    for (const [re, target] of HEADING_PHRASES) {
      const found = re.exec(core);
      if (found && (!leadOnly || found.index === 0 || (secondWord > 0 && found.index <= secondWord))) {
        const facts = { number: lead.number, sub: null, combined: false, explicitNumber: false };
        return result(fromTarget(target, facts, null, ctxScheme), false, IN_DUTIES);
      }
    }
  }

  // Title-block paragraph with a run-in opening label: "Position Number: 123 Introductory Statement: ...".
  if (at(TITLE_BLOCK_START, lower, lead.pos)) {
    EMBEDDED_LABEL.lastIndex = lead.pos + 1;
    let m: RegExpExecArray | null;
    while ((m = EMBEDDED_LABEL.exec(lower))) {
      const labelPos = m.index + 1;
      if (!isUpperAt(text, labelPos)) continue;
      const target: PartId = /intro/.test(m[1]) ? "introduction" : "major-duties";
      const runIn = !reachesEnd(consumeTail(lower, m.index + m[0].length).end);
      return result({ section: makeSection(target), schemeEvidence: null, schemeFromContext: false }, runIn);
    }
  }
  return null;
}

