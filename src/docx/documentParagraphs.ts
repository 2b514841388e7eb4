/**
 * The main document part read into the paragraph records detection classifies, in document order, as Word's
 * `body.paragraphs` gives them: paragraphs in table cells (with their nesting), content controls, hyperlinks and
 * fields' results count; tracked deletions, field instructions, text boxes and the fallback copy of
 * mc:AlternateContent do not. Headers, footers, notes and comments are other parts and never come here.
 */
import type { ParagraphInfo } from "../core/headingLine";
import { NOT_A_WORD_DOCUMENT, DocxRefusal } from "./refusal";
import { fromStyleChain, onOff, styleNames, type StyleDefinition, type StyleTable } from "./styles";
import { Ns, type XmlHandler } from "./xmlStream";

/** Elements whose content is not paragraph text: deletions, field codes, text boxes, drawings, old properties. */
const SKIPPED_W: ReadonlySet<string> = new Set([
  "del",
  "moveFrom",
  "delText",
  "instrText",
  "delInstrText",
  "txbxContent",
  "drawing",
  "pict",
  "object",
  "sectPr",
  "sdtPr",
  "sdtEndPr",
  "pPrChange",
  "rPrChange",
  "tblPrChange",
  "trPrChange",
  "tcPrChange",
  "tblGridChange",
  "numberingChange",
]);

/** Characters Word's paragraph text gives for the run content that is not w:t. */
const RUN_CHARACTERS: Readonly<Record<string, string>> = {
  tab: "\t",
  ptab: "\t",
  cr: "\v",
  noBreakHyphen: "\u2011",
  softHyphen: "\u00ad",
};

interface OpenParagraph {
  parts: string[];
  tableNestingLevel: number;
  styleId?: string;
  outlineLevel?: number;
  numId?: string;
  markBold?: boolean;
  markDeleted: boolean;
  /** Whether any text came, and whether all of it is bold. */
  hasText: boolean;
  allBold: boolean;
}

/** Word's outline level from w:outlineLvl (0–8 for levels 1–9; 9 and anything else is body text, 10). */
const outlineFrom = (value: number | undefined): number => (value !== undefined && value >= 0 && value <= 8 ? value + 1 : 10);

/** A style's w:outlineLvl; a built-in heading style has its level even when the file does not write it. */
function styleOutlineLevel(style: StyleDefinition): number | undefined {
  if (style.outlineLevel !== undefined) return style.outlineLevel;
  const heading = /^Heading([1-9])$/.exec(styleNames(style.name).styleBuiltIn);
  return heading ? Number(heading[1]) - 1 : undefined;
}

export function documentHandler(table: StyleTable, out: ParagraphInfo[]): XmlHandler {
  let depth = 0;
  let skipDepth = 0;
  let tableDepth = 0;
  /** One entry per open complex field: true once past its separator (showing its result). */
  const fields: boolean[] = [];
  let inInstruction = 0;
  const paragraphs: OpenParagraph[] = [];
  let carried: OpenParagraph | undefined; // a paragraph whose mark was deleted joins the next one
  let inParagraphProperties = false;
  let inRunProperties = false;
  let inRun = false;
  let inText = false;
  let runBold: boolean | undefined;
  let runStyle: string | undefined;
  let runBoldResolved: boolean | undefined;

  const current = (): OpenParagraph | undefined => paragraphs[paragraphs.length - 1];

  /** The paragraph's style: a style the file does not define is the default paragraph style, as in Word. */
  const styleIdOf = (p: OpenParagraph): string | undefined =>
    p.styleId !== undefined && table.styles.has(p.styleId) ? p.styleId : table.defaultParagraphStyle;

  const paragraphStyleBold = (p: OpenParagraph): boolean | undefined => fromStyleChain(table, styleIdOf(p), (s) => s.bold);

  const add = (text: string) => {
    const p = current();
    if (!p || text.length === 0 || inInstruction > 0) return;
    if (runBoldResolved === undefined) {
      runBoldResolved =
        runBold ?? fromStyleChain(table, runStyle, (s) => s.bold) ?? paragraphStyleBold(p) ?? table.defaultBold ?? false;
    }
    p.parts.push(text);
    p.hasText = true;
    p.allBold &&= runBoldResolved;
  };

  const finish = (p: OpenParagraph) => {
    if (carried) {
      p.parts.unshift(carried.parts.join(""));
      p.allBold = (!carried.hasText || carried.allBold) && (!p.hasText || p.allBold);
      p.hasText ||= carried.hasText;
      carried = undefined;
    }
    if (p.markDeleted) {
      carried = p;
      return;
    }
    const styleId = styleIdOf(p);
    const style = styleId === undefined ? undefined : table.styles.get(styleId);
    const names = style ? styleNames(style.name) : { style: "Normal", styleBuiltIn: "Normal" };
    const heading = /^Heading([1-9])$/.exec(names.styleBuiltIn);
    const numId = p.numId ?? fromStyleChain(table, styleId, (s) => s.numId);
    out.push({
      text: p.parts.join(""),
      style: names.style,
      styleBuiltIn: names.styleBuiltIn,
      // Word ties the built-in heading styles to their level; other paragraphs take it from the paragraph or its style.
      outlineLevel: heading ? Number(heading[1]) : outlineFrom(p.outlineLevel ?? fromStyleChain(table, styleId, styleOutlineLevel)),
      bold: p.hasText ? p.allBold : (p.markBold ?? paragraphStyleBold(p) ?? table.defaultBold ?? false),
      isListItem: numId !== undefined && numId !== "0" && table.numbering.has(numId),
      tableNestingLevel: p.tableNestingLevel,
    });
  };

  return {
    open(ns, local, attributes) {
      depth++;
      if (depth === 1 && (ns !== Ns.W || local !== "document")) throw new DocxRefusal(NOT_A_WORD_DOCUMENT);
      if (skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (ns === Ns.MC) {
        if (local === "Fallback") skipDepth = 1;
        return;
      }
      if (ns !== Ns.W) return;
      const p = current();
      if (p && inParagraphProperties && inRunProperties && (local === "del" || local === "moveFrom")) p.markDeleted = true;
      if (SKIPPED_W.has(local)) {
        skipDepth = 1;
        return;
      }
      switch (local) {
        case "p":
          paragraphs.push({ parts: [], tableNestingLevel: tableDepth, markDeleted: false, hasText: false, allBold: true });
          return;
        case "tbl":
          tableDepth++;
          return;
        case "pPr":
          inParagraphProperties = !inRun;
          return;
        case "r":
          inRun = true;
          runBold = runStyle = runBoldResolved = undefined;
          return;
        case "rPr":
          inRunProperties = true;
          return;
        case "t":
          inText = inRun;
          return;
        case "fldChar": {
          const type = attributes.w("fldCharType");
          if (type === "begin") {
            fields.push(false);
            inInstruction++;
          } else if (type === "separate" && fields.length > 0 && !fields[fields.length - 1]) {
            fields[fields.length - 1] = true;
            inInstruction--;
          } else if (type === "end" && fields.length > 0 && !fields.pop()) {
            inInstruction--;
          }
          return;
        }
      }
      if (!p) return;
      if (inParagraphProperties) {
        if (inRunProperties) {
          if (local === "b") p.markBold = onOff(attributes);
        } else if (local === "pStyle") p.styleId = attributes.w("val");
        else if (local === "outlineLvl") p.outlineLevel = Number(attributes.w("val"));
        else if (local === "numId") p.numId = attributes.w("val");
        return;
      }
      if (!inRun) return;
      if (inRunProperties) {
        if (local === "b") runBold = onOff(attributes);
        else if (local === "rStyle") runStyle = attributes.w("val");
        return;
      }
      const character = RUN_CHARACTERS[local];
      if (character !== undefined) add(character);
      else if (local === "br") add(/^(?:page|column)$/.test(attributes.w("type") ?? "") ? "\f" : "\v");
      else if (local === "sym") {
        const code = parseInt(attributes.w("char") ?? "", 16);
        if (code > 0 && code <= 0xffff) add(String.fromCharCode(code));
      }
    },
    close(ns, local) {
      depth--;
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (ns !== Ns.W) return;
      switch (local) {
        case "p": {
          const p = paragraphs.pop();
          if (p) finish(p);
          return;
        }
        case "tbl":
          tableDepth--;
          return;
        case "pPr":
          inParagraphProperties = false;
          return;
        case "r":
          inRun = false;
          return;
        case "rPr":
          inRunProperties = false;
          return;
        case "t":
          inText = false;
          return;
        case "document":
          if (carried) {
            const last = carried;
            carried = undefined;
            last.markDeleted = false;
            finish(last);
          }
      }
    },
    text(text) {
      if (inText && skipDepth === 0) add(text);
    },
  };
}
