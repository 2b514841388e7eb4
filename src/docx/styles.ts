/**
 * What the reader needs of styles.xml and numbering.xml: each style's name, `basedOn`, outline level, numbering
 * and bold, the defaults, and which numbering definitions exist; and the lookups that follow `basedOn` chains
 * the way Word resolves a paragraph's properties.
 */
import { Ns, type Attributes, type XmlHandler } from "./xmlStream";

export interface StyleDefinition {
  name: string;
  type: string;
  basedOn?: string;
  /** w:outlineLvl, 0-based as in the file. */
  outlineLevel?: number;
  /** w:numPr/w:numId. */
  numId?: string;
  bold?: boolean;
}

export interface StyleTable {
  styles: Map<string, StyleDefinition>;
  defaultParagraphStyle?: string;
  /** w:docDefaults/w:rPrDefault bold. */
  defaultBold?: boolean;
  /** w:num ids defined in numbering.xml. */
  numbering: Set<string>;
}

export const emptyStyleTable = (): StyleTable => ({ styles: new Map(), numbering: new Set() });

/** An on/off value (ST_OnOff): on unless it says false, 0 or off; w:b with no w:val is on. */
export const isOn = (value: string | undefined): boolean => value === undefined || !/^(?:false|0|off)$/i.test(value);

/** w:b and other on/off properties. */
export const onOff = (attributes: Attributes): boolean => isOn(attributes.w("val"));

/** Reads styles.xml into `table`. */
export function stylesHandler(table: StyleTable): XmlHandler {
  let style: StyleDefinition | undefined;
  let inDefaults = false;
  let propertiesDepth = 0; // inside w:rPr / w:pPr of a style or the defaults
  let skipDepth = 0; // inside a w:rPrChange / w:pPrChange (the properties before a tracked change)
  let defaultBold: boolean | undefined;
  return {
    open(ns, local, attributes) {
      if (skipDepth > 0 || (ns === Ns.W && (local === "rPrChange" || local === "pPrChange"))) {
        skipDepth++;
        return;
      }
      if (ns !== Ns.W) return;
      switch (local) {
        case "style": {
          const id = attributes.w("styleId") ?? "";
          style = { name: id, type: attributes.w("type") ?? "paragraph" };
          table.styles.set(id, style);
          const isDefault = attributes.w("default");
          if (style.type === "paragraph" && isDefault !== undefined && isOn(isDefault)) table.defaultParagraphStyle = id;
          return;
        }
        case "docDefaults":
          inDefaults = true;
          return;
        case "rPr":
        case "pPr":
          propertiesDepth++;
          return;
      }
      if (style && propertiesDepth === 0) {
        if (local === "name") style.name = attributes.w("val") ?? style.name;
        else if (local === "basedOn") style.basedOn = attributes.w("val");
        return;
      }
      if (propertiesDepth === 0) return;
      if (local === "b") {
        if (style) style.bold = onOff(attributes);
        else if (inDefaults) defaultBold = onOff(attributes);
      } else if (style && local === "outlineLvl") {
        style.outlineLevel = Number(attributes.w("val"));
      } else if (style && local === "numId") {
        style.numId = attributes.w("val");
      }
    },
    close(ns, local) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (ns !== Ns.W) return;
      if (local === "style") style = undefined;
      else if (local === "docDefaults") {
        inDefaults = false;
        table.defaultBold = defaultBold;
      }
      else if (local === "rPr" || local === "pPr") propertiesDepth--;
    },
    text() {},
  };
}

/** Reads numbering.xml's w:num ids into `table`. */
export function numberingHandler(table: StyleTable): XmlHandler {
  let depth = 0;
  return {
    open(ns, local, attributes) {
      depth++;
      // w:num elements are children of w:numbering; w:numId inside w:abstractNum levels is not a definition.
      if (depth === 2 && ns === Ns.W && local === "num") {
        const id = attributes.w("numId");
        if (id !== undefined) table.numbering.add(id);
      }
    },
    close() {
      depth--;
    },
    text() {},
  };
}

/** Most `basedOn` steps followed: a chain longer than this is a loop in a damaged file. */
const MAX_CHAIN = 32;

/** The first value `pick` finds on the style or the styles it is based on. */
export function fromStyleChain<T>(table: StyleTable, id: string | undefined, pick: (style: StyleDefinition) => T | undefined): T | undefined {
  for (let step = 0; id !== undefined && step < MAX_CHAIN; step++) {
    const style = table.styles.get(id);
    if (!style) return undefined;
    const value = pick(style);
    if (value !== undefined) return value;
    id = style.basedOn;
  }
  return undefined;
}

/** Word's built-in paragraph styles, by the English name the file stores: Word.BuiltInStyleName and the name Word shows. */
const BUILT_IN: ReadonlyMap<string, readonly [string, string]> = new Map(
  [
    ["Normal", "Normal"],
    ...Array.from({ length: 9 }, (_, i) => [`Heading${i + 1}`, `Heading ${i + 1}`] as const),
    ...Array.from({ length: 9 }, (_, i) => [`Toc${i + 1}`, `TOC ${i + 1}`] as const),
    ["Title", "Title"],
    ["Subtitle", "Subtitle"],
    ["ListParagraph", "List Paragraph"],
    ["NoSpacing", "No Spacing"],
    ["Quote", "Quote"],
    ["IntenseQuote", "Intense Quote"],
    ["Header", "Header"],
    ["Footer", "Footer"],
    ["Caption", "Caption"],
    ["TocHeading", "TOC Heading"],
    ["FootnoteText", "Footnote Text"],
    ["EndnoteText", "Endnote Text"],
    ["Bibliography", "Bibliography"],
  ].map(([builtIn, shown]) => [shown!.toLowerCase(), [builtIn!, shown!] as const]),
);

/** The style's name as Word shows it and its Word.BuiltInStyleName ("Other" for a custom style). */
export function styleNames(name: string): { style: string; styleBuiltIn: string } {
  const builtIn = BUILT_IN.get(name.trim().toLowerCase());
  return builtIn ? { style: builtIn[1], styleBuiltIn: builtIn[0] } : { style: name, styleBuiltIn: "Other" };
}
