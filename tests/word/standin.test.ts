/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read, office-addins/no-navigational-load, office-addins/no-empty-load --
   These tests make on purpose the mistakes those rules catch, to check that the stand-in refuses them as Office
   does; the rules also misread reads inside callbacks and treat scalar names as navigation properties. */
/**
 * The stand-in models only what the add-in (src/word) and its tests use:
 * - Document: body, getSelection, changeTrackingMode (read and written; revisions recorded while it is not Off).
 * - Body: text, type, parentBodyOrNullObject, getRange, insertParagraph("End").
 * - Range: isEmpty, paragraphs, parentBody, parentContentControlOrNullObject, getRange, expandTo(OrNullObject),
 *   select, insertComment (comments recorded with their ranges). (No Range.insertText: the add-in never types over a
 *   selection.)
 * - ParagraphCollection: items (with top/skip), getFirst, getLast.
 * - Paragraph: text, style, styleBuiltIn, outlineLevel, leftIndent, firstLineIndent, isListItem, tableNestingLevel,
 *   font.bold, listItem(OrNullObject).level, listOrNullObject.id, getPrevious/NextOrNullObject, getRange,
 *   insertText("Start" and "Replace"), insertParagraph("After"), attachToList, detachFromList, startNewList.
 * - List.setLevelBullet; ContentControl cannotEdit and title.
 * - Office: onReady, HostType, EventType, context.requirements, context.officeTheme, context.document settings and
 *   DocumentSelectionChanged handlers.
 * Each test below exercises those members, the rules of Office's batching, and the undocumented behaviours.
 */
import { createStandin, installStandin, listStringAt, officeGlobals, uninstallStandin, type StandinDocumentSpec, type StandinRequestContext } from "../../src/word/standin";
import type { StandinParagraph } from "../../src/word/standin/api/text";
import { StandinOfficeError } from "../../src/word/standin/errors";
import type { StandinParagraphSpec } from "../../src/word/standin/types";

/** A short PD: header, title, headings, a bulleted duty list, an empty paragraph and a table cell. */
function pd(overrides: Partial<StandinDocumentSpec> = {}): StandinDocumentSpec {
  const paragraphs: StandinParagraphSpec[] = [
    { text: "Department of Example Affairs", body: "Header" },
    { text: "Position Description", styleBuiltIn: "Title" },
    { text: "Introduction", styleBuiltIn: "Heading1" },
    { text: "The incumbent serves as a program analyst.", bold: "mixed" },
    { text: "Major Duties", styleBuiltIn: "Heading1" },
    { text: "Customer Support Operations (50%)", bold: true },
    { text: "Answers inquiries from the public.", style: "List Paragraph", list: { id: 1, level: 0, bullet: true } },
    { text: "Tracks service requests to resolution.", style: "List Paragraph", list: { id: 1, level: 0, bullet: true } },
    { text: "" },
    { text: "Factor 1 – Knowledge Required by the Position, Level 1-7, 1250 points", bold: true },
    { text: "Cell text", body: "TableCell", tableNestingLevel: 1 },
  ];
  return { paragraphs, ...overrides };
}

const caret = (paragraph: number, offset = 0) => ({ start: { paragraph, offset }, end: { paragraph, offset } });

/** The main body's paragraphs, reached as the add-in reaches them. */
const bodyParagraphs = (ctx: StandinRequestContext) => ctx.document.body.getRange("Whole").paragraphs;

/** The paragraph `steps` after `from`, by getNextOrNullObject. */
function after(from: StandinParagraph, steps: number): StandinParagraph {
  let p = from;
  for (let i = 0; i < steps; i++) p = p.getNextOrNullObject();
  return p;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof StandinOfficeError) return e.code;
    throw e;
  }
  throw new Error("expected a rejection");
}

function codeOfSync(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof StandinOfficeError) return e.code;
    throw e;
  }
  throw new Error("expected a throw");
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("batching", () => {
  it("applies queued writes only at sync, in order, and counts and logs syncs", async () => {
    const s = createStandin(pd({ selection: caret(8) }));
    await s.Word.run(async (ctx) => {
      const p = ctx.document.getSelection().paragraphs.getFirst();
      p.insertText("second", "Start");
      p.insertText("first ", "Start");
      expect(s.texts()[8]).toBe("");
      await ctx.sync();
      expect(s.texts()[8]).toBe("first second");
    });
    expect(s.syncCount).toBe(1);
    expect(s.syncLog[0]?.operations).toEqual([
      "Document.getSelection",
      "ParagraphCollection.getFirst",
      "Paragraph.insertText",
      "Paragraph.insertText",
    ]);
  });

  it("Word.run flushes steps left queued and resolves to the batch's value", async () => {
    const s = createStandin(pd({ selection: caret(8) }));
    const value = await s.Word.run(async (ctx) => {
      ctx.document.getSelection().paragraphs.getFirst().insertText("flushed", "Start");
      return 42;
    });
    expect(value).toBe(42);
    expect(s.texts()[8]).toBe("flushed");
    expect(s.syncCount).toBe(1);
  });

  it("rejects Word.run when a sync fails and when the batch returns no promise", async () => {
    const s = createStandin(pd({ readOnly: true }));
    expect(await codeOf(s.Word.run(async (ctx) => bodyParagraphs(ctx).getFirst().insertText("x", "Start")))).toBe("GeneralException");
    const notAPromise = (() => 1) as unknown as () => Promise<number>;
    expect(await codeOf(s.Word.run(notAPromise))).toBe("RunMustReturnPromise");
  });

  it("keeps earlier steps of a failing batch and drops the later ones", async () => {
    const s = createStandin(pd());
    const code = await codeOf(
      s.Word.run(async (ctx) => {
        const title = bodyParagraphs(ctx).getFirst();
        title.insertText("Draft: ", "Start");
        after(title, 5).attachToList(1, 0); // the first duty is already a list item → GeneralException
        title.insertText("never ", "Start");
        await ctx.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(s.texts()[1]).toBe("Draft: Position Description");
    expect(s.syncLog[0]?.error).toBe("GeneralException");
    expect(s.syncLog[0]?.operations.at(-1)).toBe("Paragraph.attachToList");
  });

  it("fails the next writing sync part-way when asked (failNextWrite), once", async () => {
    const s = createStandin(pd({ selection: caret(8), failNextWrite: { afterWrites: 1, code: "Timeout" } }));
    const write = () =>
      s.Word.run(async (ctx) => {
        const p = ctx.document.getSelection().paragraphs.getFirst();
        p.insertText("b", "Start");
        p.insertText("a", "Start");
        await ctx.sync();
      });
    expect(await codeOf(write())).toBe("Timeout");
    expect(s.texts()[8]).toBe("b");
    await write();
    expect(s.texts()[8]).toBe("abb");
  });

  it("keeps paragraph handles bound across a failed sync: the span between two of them holds what landed", async () => {
    const s = createStandin(pd({ selection: caret(3, 4), failNextWrite: { afterWrites: 1, code: "GeneralException" } }));
    await s.Word.run(async (ctx) => {
      const anchor = ctx.document.getSelection().paragraphs.getLast();
      const next = anchor.getNextOrNullObject().load("text");
      await ctx.sync();
      anchor.insertParagraph(next.text, "After"); // lands: the first write
      anchor.insertParagraph("never", "After"); // the injected failure
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
      const span = anchor.getRange("Whole").expandTo(next.getRange("Whole")).paragraphs.load("text");
      await ctx.sync();
      expect(span.items.map((p) => p.text)).toEqual(["The incumbent serves as a program analyst.", "Major Duties", "Major Duties"]);
    });
  });

  it("refuses handles used after their Word.run has finished", async () => {
    const s = createStandin(pd());
    const leaked = await s.Word.run(async (ctx) => ctx.document.body);
    expect(codeOfSync(() => leaked.load("text"))).toBe("InvalidRequestContext");
  });
});

describe("loading", () => {
  it("throws PropertyNotLoaded for a property that was not loaded and synced", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const p = bodyParagraphs(ctx).getFirst();
      p.load("text");
      let error: unknown;
      try {
        void p.text;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StandinOfficeError);
      expect((error as StandinOfficeError).code).toBe("PropertyNotLoaded");
      expect((error as StandinOfficeError).message).toMatch(/^The property 'text' is not available\. Before reading/);
      expect((error as StandinOfficeError).debugInfo.errorLocation).toBe("Paragraph.text");
      await ctx.sync();
      expect(p.text).toBe("Position Description");
      expect(codeOfSync(() => p.style)).toBe("PropertyNotLoaded");
    });
  });

  it("keeps the values captured at the loading sync until loaded again", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const p = bodyParagraphs(ctx).getFirst();
      p.load("text");
      await ctx.sync();
      p.insertText("Draft ", "Start");
      await ctx.sync();
      expect(p.text).toBe("Position Description");
      p.load("text");
      await ctx.sync();
      expect(p.text).toBe("Draft Position Description");
    });
  });

  it("accepts strings, arrays, {select}, the typed object form and font/bold paths", async () => {
    const s = createStandin(pd({ selection: caret(5) }));
    await s.Word.run(async (ctx) => {
      const a = ctx.document.getSelection().paragraphs.getFirst();
      const b = after(a, 1);
      const c = after(a, 2);
      const d = after(a, 3);
      a.load("text, style,font/bold,outlineLevel");
      b.load(["styleBuiltIn", "isListItem"]);
      c.load({ select: "text,tableNestingLevel", expand: "font" });
      d.load({ text: true, font: { bold: true } });
      await ctx.sync();
      expect([a.text, a.style, a.font.bold, a.outlineLevel]).toEqual(["Customer Support Operations (50%)", "Normal", true, 10]);
      expect([b.styleBuiltIn, b.isListItem]).toEqual(["ListParagraph", true]);
      expect([c.text, c.tableNestingLevel, c.font.bold]).toEqual(["Tracks service requests to resolution.", 0, false]);
      expect([d.text, d.font.bold]).toEqual(["", false]);
    });
  });

  it("loads collection items with items/… paths, plain names or {select}, and accumulates loads", async () => {
    const s = createStandin(pd({ selection: { start: { paragraph: 1, offset: 0 }, end: { paragraph: 2, offset: 3 } } }));
    await s.Word.run(async (ctx) => {
      const one = bodyParagraphs(ctx).load("items/text,items/font/bold");
      const two = bodyParagraphs(ctx).load({ select: "text,styleBuiltIn" });
      const three = ctx.document.getSelection().paragraphs.load("text");
      expect(codeOfSync(() => one.items)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(one.items.map((p) => p.text)).toEqual(s.texts().slice(1));
      expect(one.items[2]?.font.bold).toBeNull(); // mixed bold
      expect(two.items[1]?.styleBuiltIn).toBe("Heading1");
      expect(three.items.map((p) => p.text)).toEqual(["Position Description", "Introduction"]);
      expect(codeOfSync(() => three.items[0]?.style)).toBe("PropertyNotLoaded");
      one.load("style");
      await ctx.sync();
      expect([one.items[0]?.text, one.items[0]?.style]).toEqual(["Position Description", "Title"]);
    });
  });

  it("loads a page of a collection with top and skip, as OfficeExtension.LoadOption documents (or $top/$skip)", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const page = bodyParagraphs(ctx).load({ select: "text", top: 2, skip: 3 });
      const typed = bodyParagraphs(ctx).load({ select: "text", $top: 1, $skip: 1 });
      const past = bodyParagraphs(ctx).load({ select: "text", top: 5, skip: 100 });
      await ctx.sync();
      const main = s.texts().slice(1); // the header paragraph is not in the main body
      expect(page.items.map((p) => p.text)).toEqual(main.slice(3, 5));
      expect(typed.items.map((p) => p.text)).toEqual(main.slice(1, 2));
      expect(past.items).toEqual([]);
    });
  });

  it("refuses a bare load() with a clear message, and properties it does not model", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const sel = ctx.document.getSelection();
      expect(() => sel.load()).toThrow(/load\(\) without a property list is not allowed/);
      expect(() => sel.load({ $all: true })).toThrow(/pulls focus out of the pane/);
      expect(() => sel.paragraphs.load()).toThrow(/without a property list/);
      expect(codeOfSync(() => sel.load("nonsense"))).toBe("InvalidArgument");
    });
  });
});

describe("null objects and lookups", () => {
  it("chains getPreviousOrNullObject past the document start into null objects (nullChain: null)", async () => {
    const s = createStandin(pd({ selection: caret(2, 3) }));
    await s.Word.run(async (ctx) => {
      const chain = [ctx.document.getSelection().paragraphs.getFirst()];
      for (let i = 0; i < 4; i++) chain.push(chain[chain.length - 1]!.getPreviousOrNullObject());
      for (const p of chain) p.load("text");
      expect(codeOfSync(() => chain[1]!.isNullObject)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(chain.map((p) => p.isNullObject)).toEqual([false, false, true, true, true]);
      expect(chain[1]!.text).toBe("Position Description"); // the header story is not crossed
      expect(codeOfSync(() => chain[2]!.text)).toBe("PropertyNotLoaded");
    });
    expect(s.syncCount).toBe(1);
  });

  it("fails the batch for a call through a null object when nullChain is fails", async () => {
    const s = createStandin(pd({ selection: caret(1), behaviours: { nullChain: "fails" } }));
    const code = await codeOf(
      s.Word.run(async (ctx) => {
        const first = ctx.document.getSelection().paragraphs.getFirst();
        first.getPreviousOrNullObject().getPreviousOrNullObject().load("text");
        await ctx.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    await s.Word.run(async (ctx) => {
      const before = ctx.document.getSelection().paragraphs.getFirst().getPreviousOrNullObject();
      await ctx.sync();
      expect(before.isNullObject).toBe(true); // one step from a real paragraph is fine
    });
  });

  it.each([
    ["crosses", ["Cell A", "Before the table"]],
    ["stops", [null, null]],
  ] as const)("at a table cell's edge, getPreviousOrNullObject %s", async (siblingAtCellBoundary, expected) => {
    const s = createStandin({
      paragraphs: [
        { text: "Before the table" },
        { text: "Cell A", body: "TableCell", cellId: 1 },
        { text: "Cell B", body: "TableCell", cellId: 2 },
      ],
      selection: caret(2),
      behaviours: { siblingAtCellBoundary },
    });
    const texts = await s.Word.run(async (ctx) => {
      const cellB = ctx.document.getSelection().paragraphs.getFirst();
      const fromB = cellB.getPreviousOrNullObject().load("text");
      const fromA = bodyParagraphs(ctx).getFirst().getNextOrNullObject().getPreviousOrNullObject().load("text");
      await ctx.sync();
      return [fromB, fromA].map((p) => (p.isNullObject ? null : p.text));
    });
    expect(texts).toEqual(expected);
  });

  it("gives list and content-control lookups as null objects or ItemNotFound", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const title = bodyParagraphs(ctx).getFirst();
      const item = after(title, 5); // the first duty bullet
      const li = item.listItemOrNullObject.load("level");
      const list = item.listOrNullObject.load("id");
      const none = title.listItemOrNullObject;
      const noList = title.listOrNullObject;
      const cc = title.getRange("Whole").parentContentControlOrNullObject;
      await ctx.sync();
      expect([li.isNullObject, li.level, list.id]).toEqual([false, 0, 1]);
      expect([none.isNullObject, noList.isNullObject, cc.isNullObject]).toEqual([true, true, true]);
      title.listItem.load("level");
      expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    });
  });
});

describe("ranges and bodies", () => {
  it("reports isEmpty, paragraphs, parentBody and the span from the document start", async () => {
    const s = createStandin(pd({ selection: { start: { paragraph: 6, offset: 8 }, end: { paragraph: 7, offset: 6 } } }));
    await s.Word.run(async (ctx) => {
      const sel = ctx.document.getSelection().load("isEmpty");
      const caretRange = sel.getRange("Start").load("isEmpty");
      const paras = sel.paragraphs.load("items/text");
      const body = sel.parentBody.load("type");
      const cellBody = bodyParagraphs(ctx).getLast().getRange("Whole").parentBody.load("type");
      const toCaret = ctx.document.body.getRange("Start").expandTo(sel.getRange("Start")).paragraphs.load("text");
      await ctx.sync();
      expect([sel.isEmpty, caretRange.isEmpty]).toEqual([false, true]);
      expect(paras.items.map((p) => p.text)).toEqual(s.texts().slice(6, 8));
      expect(body.type).toBe("MainDoc");
      expect(cellBody.type).toBe("TableCell");
      expect(toCaret.items.map((p) => p.text)).toEqual(s.texts().slice(1, 7));
    });
  });

  it("fails expandTo across stories with ItemNotFound; expandToOrNullObject gives a null object", async () => {
    const s = createStandin(pd({ selection: caret(0, 2) })); // in the header
    await s.Word.run(async (ctx) => {
      const sel = ctx.document.getSelection();
      const where = sel.parentBody.load("type");
      const none = ctx.document.body.getRange("Start").expandToOrNullObject(sel);
      await ctx.sync();
      expect(where.type).toBe("Header");
      expect(none.isNullObject).toBe(true);
      ctx.document.body.getRange("Start").expandTo(sel);
      expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    });
  });

  it("finds the body around a table cell with parentBodyOrNullObject", async () => {
    const s = createStandin(pd({ selection: caret(10, 2) }));
    await s.Word.run(async (ctx) => {
      const body = ctx.document.getSelection().parentBody.load("type");
      const outer = body.parentBodyOrNullObject.load("type");
      const top = ctx.document.body.parentBodyOrNullObject;
      await ctx.sync();
      expect([body.type, outer.isNullObject, outer.type, top.isNullObject]).toEqual(["TableCell", false, "MainDoc", true]);
    });
  });

  it.each([
    [{ text: "Boxed", body: "TextBox" }, {}, {}, "Unknown"],
    [{ text: "Boxed", body: "TextBox" }, { textBoxBodyType: "TextFrame" }, {}, "TextFrame"],
    [{ text: "Note", body: "Footnote" }, {}, {}, "Footnote"],
    [{ text: "Note", body: "Footnote" }, {}, { requirementSets: { WordApi: "1.3" } }, "Unknown"],
    [{ text: "Note", body: "Footnote" }, { noteBodyTypeBefore15: "MainDoc" }, { requirementSets: { WordApi: "1.3" } }, "MainDoc"],
  ] as const)("reports the body type of %j with behaviours %j and %j as %s", async (where, behaviours, extra, expected) => {
    const s = createStandin({ paragraphs: [{ text: "Main" }, where], selection: caret(1), behaviours, ...extra });
    const type = await s.Word.run(async (ctx) => {
      const body = ctx.document.getSelection().parentBody.load("type");
      await ctx.sync();
      return body.type;
    });
    expect(type).toBe(expected);
  });

  it("reads the body's text and adds a plain paragraph at its end", async () => {
    const s = createStandin({ paragraphs: [{ text: "Duties", styleBuiltIn: "Heading1" }, { text: "Item", list: { id: 1, level: 0 } }] });
    const text = await s.Word.run(async (ctx) => {
      ctx.document.body.insertParagraph("Closing", "End");
      const body = ctx.document.body.load("text");
      await ctx.sync();
      return body.text;
    });
    expect(text).toBe("Duties\rItem\rClosing");
    expect(s.paragraphs()[2]).toMatchObject({ text: "Closing", styleBuiltIn: "Normal" });
    expect(s.paragraphs()[2]?.list).toBeUndefined();
  });

  it("says which insert locations it does not model, instead of guessing", async () => {
    const s = createStandin(pd({ selection: caret(8) }));
    const code = await codeOf(s.Word.run(async (ctx) => ctx.document.getSelection().paragraphs.getFirst().insertText("x", "End")));
    expect(code).toBe("NotImplemented");
    expect(await codeOf(s.Word.run(async (ctx) => ctx.document.getSelection().paragraphs.getFirst().insertText("x", "Sideways")))).toBe("InvalidArgument");
    expect(s.texts()[8]).toBe("");
  });

  it("moves the selection with Range.select and raises the selection event", async () => {
    const s = createStandin(pd());
    const seen: string[] = [];
    s.Office.context.document.addHandlerAsync(s.Office.EventType.DocumentSelectionChanged, (args) => seen.push(args.type));
    await tick();
    await s.Word.run(async (ctx) => {
      bodyParagraphs(ctx).getLast().getRange("End").select();
      await ctx.sync();
    });
    expect(s.selection()).toEqual(caret(10, 9));
    await tick();
    expect(seen).toEqual(["documentSelectionChanged"]);
  });
});

describe("paragraph formatting and lists", () => {
  it("sets style, styleBuiltIn, bold and indentation, and detaches from a list quietly", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const title = bodyParagraphs(ctx).getFirst();
      const intro = after(title, 1);
      const duty = after(title, 5);
      title.styleBuiltIn = "Normal";
      intro.style = "Heading 2";
      intro.font.bold = true;
      duty.detachFromList();
      duty.leftIndent = 12;
      duty.firstLineIndent = -6;
      title.detachFromList(); // not a list item: nothing happens
      await ctx.sync();
    });
    const [, title, intro, , , , duty] = s.paragraphs();
    expect([title?.style, title?.styleBuiltIn]).toEqual(["Normal", "Normal"]);
    expect([intro?.style, intro?.styleBuiltIn, intro?.outlineLevel, intro?.bold]).toEqual(["Heading 2", "Heading2", 2, true]);
    expect(duty?.list).toBeUndefined();
    expect(s.indents()[6]).toEqual({ left: 12, firstLine: -6 });
  });

  it("gives a paragraph inserted after a list item the same style and list, leaving the caret", async () => {
    const s = createStandin(pd({ selection: caret(7, 5) }));
    await s.Word.run(async (ctx) => {
      const anchor = ctx.document.getSelection().paragraphs.getLast();
      const added = anchor.insertParagraph("Explains options in plain language.", "After");
      added.load("isListItem,style,styleBuiltIn");
      const li = added.listItemOrNullObject.load("level");
      await ctx.sync();
      expect([added.isListItem, added.style, added.styleBuiltIn, li.level]).toEqual([true, "List Paragraph", "ListParagraph", 0]);
    });
    expect(s.paragraphs()[8]).toMatchObject({ text: "Explains options in plain language.", list: { id: 1, level: 0 }, bold: false });
    expect(s.selection()).toEqual(caret(7, 5));
  });

  it("carries bold over only from an all-bold paragraph and keeps table nesting", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const cell = bodyParagraphs(ctx).getLast();
      cell.insertParagraph("More cell text", "After");
      after(bodyParagraphs(ctx).getFirst(), 4).insertParagraph("bold sibling", "After");
      after(bodyParagraphs(ctx).getFirst(), 2).insertParagraph("not bold", "After");
      await ctx.sync();
    });
    const specs = s.paragraphs();
    expect(specs[4]).toMatchObject({ text: "not bold", bold: false });
    expect(specs[7]).toMatchObject({ text: "bold sibling", bold: true });
    expect(specs.at(-1)).toMatchObject({ text: "More cell text", body: "TableCell", tableNestingLevel: 1 });
  });

  it("keeps a paragraph inserted after a cell's paragraph in that cell, and reads a selection inside a cell", async () => {
    const cell = (text: string, cellId: number): StandinParagraphSpec => ({ text, body: "TableCell", cellId });
    const s = createStandin({ paragraphs: [{ text: "Before" }, cell("A1", 1), cell("B1", 2)], selection: { start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 2 } } });
    await s.Word.run(async (ctx) => {
      const sel = ctx.document.getSelection().load("isEmpty");
      const body = sel.parentBody.load("type");
      const last = sel.paragraphs.getLast();
      last.insertParagraph("A1 more", "After");
      await ctx.sync();
      expect([sel.isEmpty, body.type]).toEqual([false, "TableCell"]);
    });
    expect(s.paragraphs().map((p) => [p.text, p.cellId])).toEqual([["Before", undefined], ["A1", 1], ["A1 more", 1], ["B1", 2]]);
    expect(s.selection()).toEqual({ start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 2 } });
  });

  it("can simulate Word dropping list formatting (insertNextToListItem: plain), repaired with attachToList", async () => {
    const s = createStandin(pd({ behaviours: { insertNextToListItem: "plain" } }));
    await s.Word.run(async (ctx) => {
      const anchor = after(bodyParagraphs(ctx).getFirst(), 6);
      const list = anchor.listOrNullObject.load("id");
      const li = anchor.listItemOrNullObject.load("level");
      const added = anchor.insertParagraph("New duty", "After").load("isListItem");
      await ctx.sync();
      expect(added.isListItem).toBe(false);
      added.attachToList(list.id, li.level);
      added.load("isListItem");
      await ctx.sync();
      expect(added.isListItem).toBe(true);
    });
    expect(s.paragraphs()[8]?.list).toEqual({ id: 1, level: 0, bullet: true });
  });

  it.each([
    ["level", { left: 72, firstLine: -18 }],
    ["own", { left: 0, firstLine: 0 }],
  ] as const)("attaches to a list with attachToListIndent %s", async (attachToListIndent, indent) => {
    const s = createStandin({ paragraphs: [{ text: "Item", list: { id: 3, level: 0, bullet: true } }, { text: "Plain" }], behaviours: { attachToListIndent } });
    await s.Word.run(async (ctx) => {
      bodyParagraphs(ctx).getLast().attachToList(3, 1);
      await ctx.sync();
    });
    expect(s.paragraphs()[1]?.list).toEqual({ id: 3, level: 1, bullet: true });
    expect(s.indents()[1]).toEqual(indent);
  });

  it("changes a list item's level", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      after(bodyParagraphs(ctx).getFirst(), 5).listItem.level = 2;
      await ctx.sync();
    });
    expect(s.paragraphs()[6]?.list?.level).toBe(2);
  });

  it("fills an empty paragraph with insertText keeping its properties, and splits on newlines", async () => {
    const s = createStandin(pd({ selection: caret(8) }));
    await s.Word.run(async (ctx) => {
      ctx.document.getSelection().paragraphs.getFirst().insertText("Line one\nLine two", "Start");
      await ctx.sync();
    });
    expect(s.texts().slice(8, 10)).toEqual(["Line one", "Line two"]);
  });

  it("starts new lists, rejects starting one on a list item, and turns a list into bullets", async () => {
    const s = createStandin({ paragraphs: [{ text: "Goal" }, { text: "first", list: { id: 4, level: 0 } }, { text: "second", list: { id: 4, level: 1 } }] });
    await s.Word.run(async (ctx) => {
      const goal = bodyParagraphs(ctx).getFirst();
      const list = goal.startNewList().load("id");
      bodyParagraphs(ctx).getLast().listOrNullObject.setLevelBullet(0, "Solid");
      await ctx.sync();
      expect(list.id).toBe(5);
      goal.startNewList();
      expect(await codeOf(ctx.sync())).toBe("GeneralException");
    });
    expect(s.paragraphs().map((p) => p.list)).toEqual([
      { id: 5, level: 0, bullet: true },
      { id: 4, level: 0, bullet: true },
      { id: 4, level: 1, bullet: true },
    ]);
  });

  it.each([
    ["usable", undefined],
    ["needs-sync", "InvalidObjectPath"],
  ] as const)("uses a new list before a sync when newListBeforeSync is %s", async (newListBeforeSync, expected) => {
    const s = createStandin({ paragraphs: [{ text: "Goal" }], behaviours: { newListBeforeSync } });
    const run = s.Word.run(async (ctx) => {
      bodyParagraphs(ctx).getFirst().startNewList().setLevelBullet(1, "Hollow");
      await ctx.sync();
    });
    if (expected) expect(await codeOf(run)).toBe(expected);
    else await expect(run).resolves.toBeUndefined();
  });
});

describe("protection", () => {
  it("fails every write in a read-only document with GeneralException and changes nothing", async () => {
    const s = createStandin(pd({ readOnly: true, selection: caret(8) }));
    const before = s.paragraphs();
    const attempts: Array<(ctx: StandinRequestContext) => void> = [
      (ctx) => ctx.document.getSelection().paragraphs.getFirst().insertText("x", "Start"),
      (ctx) => bodyParagraphs(ctx).getFirst().insertParagraph("x", "After"),
      (ctx) => ctx.document.body.insertParagraph("x", "End"),
      (ctx) => {
        bodyParagraphs(ctx).getFirst().style = "Heading 2";
      },
      (ctx) => bodyParagraphs(ctx).getFirst().attachToList(1, 0),
      (ctx) => {
        bodyParagraphs(ctx).getFirst().font.bold = true;
      },
    ];
    for (const attempt of attempts) {
      expect(await codeOf(s.Word.run(async (ctx) => attempt(ctx)))).toBe("GeneralException");
    }
    expect(s.paragraphs()).toEqual(before);
  });

  it("refuses writes into a cannotEdit content control (lockedContentControlError, AccessDenied by default)", async () => {
    const locked = (behaviours?: StandinDocumentSpec["behaviours"]): StandinDocumentSpec => ({
      paragraphs: [{ text: "Open" }, { text: "Locked boilerplate", contentControl: { id: 7, cannotEdit: true, title: "Boilerplate" } }],
      selection: caret(1, 3),
      behaviours,
    });
    for (const [behaviours, expected] of [
      [undefined, "AccessDenied"],
      [{ lockedContentControlError: "GeneralException" as const }, "GeneralException"],
    ] as const) {
      const s = createStandin(locked(behaviours));
      await s.Word.run(async (ctx) => {
        const cc = ctx.document.getSelection().parentContentControlOrNullObject.load("cannotEdit,title");
        await ctx.sync();
        expect([cc.isNullObject, cc.cannotEdit, cc.title]).toEqual([false, true, "Boilerplate"]);
      });
      expect(await codeOf(s.Word.run(async (ctx) => ctx.document.getSelection().paragraphs.getFirst().insertText("x", "Start")))).toBe(expected);
      expect(s.texts()[1]).toBe("Locked boilerplate");
    }
  });
});

describe("requirement sets", () => {
  it("compares versions numerically", () => {
    const s = createStandin(pd({ requirementSets: { WordApi: "1.9" } }));
    const req = s.Office.context.requirements;
    expect(req.isSetSupported("WordApi", "1.9")).toBe(true);
    expect(req.isSetSupported("WordApi", "1.10")).toBe(false);
    expect(req.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(req.isSetSupported("WordApiDesktop", "1.1")).toBe(false);
    expect(req.isSetSupported("DocumentEvents")).toBe(true);
    expect(createStandin(pd({ requirementSets: { WordApi: "1.10" } })).Office.context.requirements.isSetSupported("WordApi", "1.9")).toBe(true);
  });

  it("throws ApiNotFound for WordApi 1.3 and 1.4 members on a WordApi 1.1 host", async () => {
    const s = createStandin(pd({ requirementSets: { WordApi: "1.1" } }));
    await s.Word.run(async (ctx) => {
      const p = ctx.document.getSelection().paragraphs.load("items/text");
      await ctx.sync();
      const first = p.items[0]!;
      expect(codeOfSync(() => first.getPreviousOrNullObject())).toBe("ApiNotFound");
      expect(codeOfSync(() => first.load("styleBuiltIn"))).toBe("ApiNotFound");
      expect(codeOfSync(() => first.isListItem)).toBe("ApiNotFound");
      expect(codeOfSync(() => first.load("tableNestingLevel"))).toBe("ApiNotFound");
      expect(codeOfSync(() => first.listItemOrNullObject)).toBe("ApiNotFound");
      expect(codeOfSync(() => ctx.document.getSelection().paragraphs.getFirst())).toBe("ApiNotFound");
      expect(codeOfSync(() => ctx.document.load("changeTrackingMode"))).toBe("ApiNotFound");
      expect(codeOfSync(() => ctx.document.getSelection().getRange("Start"))).toBe("ApiNotFound");
      expect(first.text).toBe("Position Description");
    });
  });

  it("reads changeTrackingMode on WordApi 1.4", async () => {
    const s = createStandin(pd({ changeTrackingMode: "TrackAll" }));
    const mode = await s.Word.run(async (ctx) => {
      ctx.document.load("changeTrackingMode");
      await ctx.sync();
      return ctx.document.changeTrackingMode;
    });
    expect(mode).toBe("TrackAll");
  });
});

describe("review features (WordApi 1.4) and replacing a paragraph's text", () => {
  const item = 6; // "Answers inquiries from the public.", an item of bulleted list 1

  async function replaceItem(s: ReturnType<typeof createStandin>, text: string) {
    await s.Word.run(async (ctx) => {
      const p = bodyParagraphs(ctx).load({ select: "text", top: 1, skip: item - 1 });
      await ctx.sync();
      p.items[0]!.insertText(text, "Replace");
      await ctx.sync();
    });
  }

  it.each([
    ["keeps", { style: "List Paragraph", list: { id: 1, level: 0, bullet: true } }],
    ["drops-list", { style: "List Paragraph", list: undefined }],
    ["resets-form", { style: "Normal", list: undefined }],
  ] as const)("Paragraph.insertText Replace with paragraphReplace=%s", async (paragraphReplace, form) => {
    const s = createStandin(pd({ behaviours: { paragraphReplace } }));
    const before = s.paragraphs();
    await replaceItem(s, "Answers every inquiry.");
    const after = s.paragraphs();
    expect(after).toHaveLength(before.length);
    expect(after[item]).toMatchObject({ text: "Answers every inquiry.", style: form.style });
    expect(after[item]!.list).toEqual(form.list);
    expect(after.filter((_, i) => i !== item)).toEqual(before.filter((_, i) => i !== item));
  });

  it("records Replace and insertions as revisions only while track changes is on", async () => {
    const off = createStandin(pd());
    await replaceItem(off, "Answers every inquiry.");
    expect(off.trackedChanges()).toEqual([]);
    const on = createStandin(pd({ changeTrackingMode: "TrackMineOnly" }));
    await replaceItem(on, "Answers every inquiry.");
    await on.Word.run(async (ctx) => {
      ctx.document.getSelection().paragraphs.getLast().insertParagraph("A new paragraph.", "After");
      await ctx.sync();
    });
    // The new paragraph went in after the title, before the item: revisions name the paragraph where it is now.
    expect(on.trackedChanges()).toEqual([
      { type: "Deleted", text: "Answers inquiries from the public.", paragraph: item + 1 },
      { type: "Added", text: "Answers every inquiry.", paragraph: item + 1 },
      { type: "Added", text: "A new paragraph.", paragraph: 2 },
    ]);
  });

  it("writes changeTrackingMode in the batch's order, refuses unknown modes, and can be told to ignore the write", async () => {
    const s = createStandin(pd());
    const seen = await s.Word.run(async (ctx) => {
      ctx.document.changeTrackingMode = "TrackAll";
      ctx.document.load("changeTrackingMode");
      await ctx.sync();
      return ctx.document.changeTrackingMode;
    });
    expect(seen).toBe("TrackAll");
    expect(s.changeTrackingMode()).toBe("TrackAll");
    const bad = s.Word.run(async (ctx) => {
      ctx.document.changeTrackingMode = "Sometimes";
      await ctx.sync();
    });
    expect(await codeOf(bad)).toBe("InvalidArgument");
    const ignoring = createStandin(pd({ behaviours: { trackingModeWrite: "ignored" } }));
    await ignoring.Word.run(async (ctx) => {
      ctx.document.changeTrackingMode = "TrackAll";
      await ctx.sync();
    });
    expect(ignoring.changeTrackingMode()).toBe("Off");
  });

  it("refuses the mode write in a read-only document", async () => {
    const s = createStandin(pd({ readOnly: true }));
    const write = s.Word.run(async (ctx) => {
      ctx.document.changeTrackingMode = "TrackAll";
      await ctx.sync();
    });
    expect(await codeOf(write)).toBe("GeneralException");
    expect(s.changeTrackingMode()).toBe("Off");
  });

  it("records a comment on a range, which moves with later edits and survives spec() and setSpec()", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const paragraphs = bodyParagraphs(ctx).load({ select: "text", top: 2, skip: item - 1 });
      await ctx.sync();
      paragraphs.items[0]!.getRange("Whole").expandTo(paragraphs.items[1]!.getRange("Whole")).insertComment("Source: library 1.1.0");
      await ctx.sync();
      paragraphs.items[0]!.insertText("Now ", "Start");
      await ctx.sync();
    });
    const comment = { text: "Source: library 1.1.0", start: { paragraph: item, offset: 0 }, end: { paragraph: item + 1, offset: "Tracks service requests to resolution.".length } };
    expect(s.comments()).toEqual([comment]);
    s.setSpec(s.spec());
    expect(s.comments()).toEqual([comment]);
  });

  it("throws ApiNotFound for the mode write and insertComment without WordApi 1.4", async () => {
    const s = createStandin(pd({ requirementSets: { WordApi: "1.3" } }));
    await s.Word.run(async (ctx) => {
      expect(codeOfSync(() => (ctx.document.changeTrackingMode = "TrackAll"))).toBe("ApiNotFound");
      expect(codeOfSync(() => ctx.document.getSelection().insertComment("x"))).toBe("ApiNotFound");
    });
  });
});

describe("Office common API", () => {
  it("resolves onReady for Word and gives the theme only when the document sets one", async () => {
    const s = createStandin(pd());
    await expect(s.Office.onReady()).resolves.toMatchObject({ host: s.Office.HostType.Word });
    expect(s.Office.context.officeTheme).toBeUndefined();
    const theme = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" };
    expect(createStandin(pd({ officeTheme: theme })).Office.context.officeTheme).toEqual(theme);
  });

  it("raises DocumentSelectionChanged asynchronously on setSelection, until the handler is removed", async () => {
    const s = createStandin(pd());
    const handler = jest.fn();
    const added = jest.fn();
    s.Office.context.document.addHandlerAsync("documentSelectionChanged", handler, added);
    await tick();
    expect(added).toHaveBeenCalledWith(expect.objectContaining({ status: "succeeded" }));
    s.setSelection(caret(4, 2));
    expect(handler).not.toHaveBeenCalled();
    await tick();
    expect(handler).toHaveBeenCalledWith({ type: "documentSelectionChanged", document: s.Office.context.document });
    s.Office.context.document.removeHandlerAsync("documentSelectionChanged", { handler });
    s.setSelection(caret(5));
    await tick();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(s.selectionHandlerCount()).toBe(0);
  });

  it("keeps settings in memory until saveAsync persists them", async () => {
    const s = createStandin(pd({ settings: { agency: "DEA" } }));
    const settings = s.Office.context.document.settings;
    expect(settings.get("agency")).toBe("DEA");
    expect(settings.get("missing")).toBeNull();
    settings.set("recent", ["a", "b"]);
    settings.remove("agency");
    expect(s.savedSettings()).toEqual({ agency: "DEA" });
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    expect(s.savedSettings()).toEqual({ recent: ["a", "b"] });
  });

  it("installs the globals where code typed against @types/office-js finds them", async () => {
    const s = createStandin(pd({ selection: caret(2, 1) }));
    const target: Record<string, unknown> = {};
    installStandin(target, s);
    const { Word: word } = officeGlobals(s);
    expect([target.Word, target.Office]).toEqual([s.Word, s.Office]);
    const text = await word.run(async (ctx: Word.RequestContext) => {
      const p = ctx.document.getSelection().paragraphs.getFirst();
      p.load("text");
      await ctx.sync();
      return p.text;
    });
    expect(text).toBe("Introduction");
    const error = await s.run(async (ctx) => {
      const first = ctx.document.getSelection().paragraphs.getFirst();
      await ctx.sync();
      try {
        return first.text; // not loaded
      } catch (e) {
        return e;
      }
    });
    expect(error).toBeInstanceOf(StandinOfficeError);
    uninstallStandin(target);
    expect(target.Word).toBeUndefined();
  });
});

describe("harness", () => {
  it("notifies change listeners and replaces the document with setSpec", async () => {
    const s = createStandin(pd({ selection: caret(8) }));
    const changes: string[] = [];
    const off = s.onChange((c) => changes.push(c.kind));
    await s.Word.run(async (ctx) => {
      ctx.document.getSelection().paragraphs.getFirst().insertText("x", "Start");
      await ctx.sync();
    });
    s.setSelection(caret(1));
    s.setSpec({ paragraphs: [{ text: "Other document" }] });
    off();
    expect(changes).toEqual(["document", "sync", "selection", "document", "selection"]);
    expect(s.texts()).toEqual(["Other document"]);
    expect(s.selection()).toEqual(caret(0));
  });

  it("numbers list items by level, as the preview shows them", () => {
    const paragraphs: StandinParagraphSpec[] = [
      { text: "a", list: { id: 3, level: 0 } },
      { text: "b", list: { id: 3, level: 1 } },
      { text: "c", list: { id: 3, level: 1 } },
      { text: "d", list: { id: 3, level: 0 } },
      { text: "e", list: { id: 4, level: 0, bullet: true } },
    ];
    expect(paragraphs.map((_, i) => listStringAt(paragraphs, i))).toEqual(["1.", "a.", "b.", "2.", "•"]);
  });
});
