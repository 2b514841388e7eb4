/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read, office-addins/no-navigational-load, office-addins/no-empty-load --
   These tests make on purpose the mistakes those rules catch, to check that the stand-in refuses them as Office
   does; the rules also misread reads inside callbacks and treat scalar names as navigation properties. */
import {
  createStandin,
  installStandin,
  officeGlobals,
  uninstallStandin,
  type StandinDocumentSpec,
  type StandinRequestContext,
} from "../../src/word/standin";
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
  it("applies queued writes only at sync, in order, and counts syncs", async () => {
    const s = createStandin(pd({ selection: caret(8) }));
    await s.Word.run(async (ctx) => {
      const p = ctx.document.getSelection().paragraphs.getFirst();
      p.insertText("first", "End");
      p.insertText(" second", "End");
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
      ctx.document.getSelection().paragraphs.getFirst().insertText("flushed", "Replace");
      return 42;
    });
    expect(value).toBe(42);
    expect(s.texts()[8]).toBe("flushed");
    expect(s.syncCount).toBe(1);
  });

  it("rejects Word.run when a sync fails and when the batch returns no promise", async () => {
    const s = createStandin(pd({ readOnly: true }));
    expect(await codeOf(s.Word.run(async (ctx) => ctx.document.body.paragraphs.getFirst().insertText("x", "End")))).toBe(
      "GeneralException",
    );
    const notAPromise = (() => 1) as unknown as () => Promise<number>;
    expect(await codeOf(s.Word.run(notAPromise))).toBe("RunMustReturnPromise");
  });

  it("keeps earlier steps of a failing batch and drops the later ones", async () => {
    const s = createStandin(pd());
    const code = await codeOf(
      s.Word.run(async (ctx) => {
        const paras = ctx.document.body.paragraphs;
        const title = paras.getFirst();
        title.insertText(" (draft)", "End");
        title.getRange("Start").expandTo(title.getRange("End")); // fine
        const duty = title.getNext().getNext().getNext().getNext().getNext();
        duty.attachToList(1, 0); // already a list item → GeneralException
        title.insertText("never", "Start");
        await ctx.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(s.texts()[1]).toBe("Position Description (draft)");
    expect(s.syncLog[0]?.error).toBe("GeneralException");
    expect(s.syncLog[0]?.operations.at(-1)).toBe("Paragraph.attachToList");
  });
});

describe("loading", () => {
  it("throws PropertyNotLoaded for a property that was not loaded and synced", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
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
      const p = ctx.document.body.paragraphs.getFirst();
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
      const b = a.getNextOrNullObject();
      const c = b.getNextOrNullObject();
      const d = c.getNextOrNullObject();
      a.load("text, style,font/bold");
      b.load(["styleBuiltIn", "isListItem"]);
      c.load({ select: "text,tableNestingLevel", expand: "font" });
      d.load({ text: true, font: { bold: true } });
      await ctx.sync();
      expect([a.text, a.style, a.font.bold]).toEqual(["Customer Support Operations (50%)", "Normal", true]);
      expect([b.styleBuiltIn, b.isListItem]).toEqual(["ListParagraph", true]);
      expect([c.text, c.tableNestingLevel, c.font.bold]).toEqual(["Tracks service requests to resolution.", 0, false]);
      expect([d.text, d.font.bold]).toEqual(["", false]);
    });
  });

  it("loads collection items with items/… paths, plain names or {select}", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const one = ctx.document.body.paragraphs.load("items/text,items/font/bold");
      const two = ctx.document.body.getRange("Whole").paragraphs.load({ select: "text,styleBuiltIn" });
      const three = ctx.document.getSelection().paragraphs.load("text");
      expect(codeOfSync(() => one.items)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(one.items.map((p) => p.text)).toEqual(s.texts().slice(1));
      expect(one.items[2]?.font.bold).toBeNull(); // mixed bold
      expect(two.items[1]?.styleBuiltIn).toBe("Heading1");
      expect(three.items.map((p) => p.text)).toEqual(["Position Description"]);
      expect(codeOfSync(() => three.items[0]?.style)).toBe("PropertyNotLoaded");
      one.load("style"); // a second load of one collection adds to what its items hold
      await ctx.sync();
      expect([one.items[0]?.text, one.items[0]?.style]).toEqual(["Position Description", "Title"]);
    });
  });

  it("loads a page of a collection with top and skip, as OfficeExtension.LoadOption documents (or $top/$skip)", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const page = ctx.document.body.paragraphs.load({ select: "text", top: 2, skip: 3 });
      const typed = ctx.document.body.getRange("Whole").paragraphs.load({ select: "text", $top: 1, $skip: 1 });
      const past = ctx.document.body.getRange("Whole").paragraphs.load({ select: "text", top: 5, skip: 100 });
      await ctx.sync();
      const main = s.texts().slice(1); // the header paragraph is not in the main body
      expect(page.items.map((p) => p.text)).toEqual(main.slice(3, 5));
      expect(typed.items.map((p) => p.text)).toEqual(main.slice(1, 2));
      expect(past.items).toEqual([]);
    });
  });

  it("refuses a bare load() with a clear message", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const sel = ctx.document.getSelection();
      expect(() => sel.load()).toThrow(/load\(\) without a property list is not allowed/);
      expect(() => ctx.load(sel, undefined)).toThrow(/pulls focus out of the pane/);
      expect(() => sel.paragraphs.load()).toThrow(/without a property list/);
      expect(codeOfSync(() => sel.load("nonsense"))).toBe("InvalidArgument");
    });
  });
});

describe("null objects and lookups", () => {
  it("chains getPreviousOrNullObject past the document start into null objects", async () => {
    const s = createStandin(pd({ selection: caret(2, 3) }));
    await s.Word.run(async (ctx) => {
      const cur = ctx.document.getSelection().paragraphs.getFirst();
      const chain = [cur];
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

  it("fails getFirst() on an empty collection at sync with ItemNotFound; the OrNullObject form gives a null object", async () => {
    const s = createStandin({ paragraphs: [{ text: "Header only", body: "Header" }] });
    await s.Word.run(async (ctx) => {
      const maybe = ctx.document.body.paragraphs.getFirstOrNullObject();
      await ctx.sync();
      expect(maybe.isNullObject).toBe(true);
    });
    const code = await codeOf(
      s.Word.run(async (ctx) => {
        ctx.document.body.paragraphs.getFirst().load("text");
        await ctx.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("gives list and content-control lookups as null objects or ItemNotFound", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const body = ctx.document.body.paragraphs.getFirst();
      const item = body.getNext().getNext().getNext().getNext().getNext(); // first duty bullet
      const li = item.listItemOrNullObject.load("level,listString");
      const list = item.listOrNullObject.load("id,levelTypes");
      const none = body.listItemOrNullObject;
      const cc = body.parentContentControlOrNullObject;
      await ctx.sync();
      expect([li.isNullObject, li.level, li.listString]).toEqual([false, 0, "•"]);
      expect([list.id, list.levelTypes[0]]).toEqual([1, "Bullet"]);
      expect(none.isNullObject).toBe(true);
      expect(cc.isNullObject).toBe(true);
      body.listItem.load("level");
      expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    });
  });
});

describe("ranges and bodies", () => {
  it("reports text, isEmpty, paragraphs, parentBody and compareLocationWith", async () => {
    const s = createStandin(pd({ selection: { start: { paragraph: 6, offset: 8 }, end: { paragraph: 7, offset: 6 } } }));
    await s.Word.run(async (ctx) => {
      const sel = ctx.document.getSelection().load("text,isEmpty");
      const paras = sel.paragraphs.load("items/text");
      const body = sel.parentBody.load("type");
      const heading = ctx.document.body.paragraphs.getFirst().getNext().getNext().getRange();
      const rel = heading.compareLocationWith(sel.getRange("Start"));
      const cell = ctx.document.body.paragraphs.getLast();
      const cellBody = cell.parentBody.load("type");
      const headerStart = ctx.document.body.getRange("Start");
      const toCaret = headerStart.expandTo(sel.getRange("Start")).load("text");
      await ctx.sync();
      expect(sel.text).toBe("inquiries from the public.\rTracks");
      expect(sel.isEmpty).toBe(false);
      expect(paras.items.map((p) => p.text)).toHaveLength(2);
      expect(body.type).toBe("MainDoc");
      expect(rel.value).toBe("Before");
      expect(cellBody.type).toBe("TableCell");
      expect(toCaret.text.startsWith("Position Description\rIntroduction")).toBe(true);
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

  it("replaces part of a paragraph and merges a multi-paragraph selection into the first", async () => {
    const s = createStandin(pd({ selection: { start: { paragraph: 3, offset: 4 }, end: { paragraph: 3, offset: 13 } } }));
    await s.Word.run(async (ctx) => {
      ctx.document.getSelection().insertText("employee", "Replace");
      await ctx.sync();
    });
    expect(s.texts()[3]).toBe("The employee serves as a program analyst.");

    s.setSelection({ start: { paragraph: 6, offset: 8 }, end: { paragraph: 7, offset: 6 } });
    await s.Word.run(async (ctx) => {
      const r = ctx.document.getSelection().insertText("questions and", "Replace").load("text");
      await ctx.sync();
      expect(r.text).toBe("questions and");
    });
    expect(s.texts()[6]).toBe("Answers questions and service requests to resolution.");
    expect(s.paragraphs()[6]?.list).toEqual({ id: 1, level: 0, bullet: true });
    expect(s.texts()).toHaveLength(10);
  });
});

describe("members the add-in's insertion code uses", () => {
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

  it("adds list items with List.insertParagraph and turns a list into bullets with setLevelBullet", async () => {
    const s = createStandin({
      paragraphs: [{ text: "Goal" }, { text: "first", list: { id: 4, level: 0 } }, { text: "second", list: { id: 4, level: 1 } }],
    });
    await s.Word.run(async (ctx) => {
      const list = ctx.document.body.paragraphs.getLast().listOrNullObject;
      const added = list.insertParagraph("third", "End");
      added.listItem.level = 0;
      list.insertParagraph("after the list", "After");
      list.setLevelBullet(0, s.Word.ListBullet.solid);
      await ctx.sync();
    });
    expect(s.paragraphs().slice(1).map((p) => [p.text, p.list])).toEqual([
      ["first", { id: 4, level: 0, bullet: true }],
      ["second", { id: 4, level: 1, bullet: true }],
      ["third", { id: 4, level: 0, bullet: true }],
      ["after the list", undefined],
    ]);
  });

  it("compares locations, detaches quietly, deletes paragraphs and knows the style enums", async () => {
    const s = createStandin(pd({ selection: caret(3, 4) }));
    const relations = await s.Word.run(async (ctx) => {
      const para = ctx.document.getSelection().paragraphs.getFirst();
      const whole = para.getRange("Whole");
      const caretRange = ctx.document.getSelection();
      const results = [
        whole.compareLocationWith(caretRange),
        caretRange.compareLocationWith(whole),
        para.getRange("Start").compareLocationWith(whole),
        para.getPrevious().getRange("End").compareLocationWith(whole),
        ctx.document.body.paragraphs.getLast().getRange().compareLocationWith(whole),
      ];
      para.detachFromList();
      para.getNext().getNext().getNext().getNext().getNext().delete(); // the empty paragraph
      para.styleBuiltIn = s.Word.BuiltInStyleName.normal;
      await ctx.sync();
      return results.map((r) => r.value);
    });
    expect(relations).toEqual(["Contains", "Inside", "InsideStart", "Before", "After"]);
    expect(s.texts()).not.toContain("");
  });

  it("refuses handles used after their Word.run has finished", async () => {
    const s = createStandin(pd());
    const leaked = await s.Word.run(async (ctx) => ctx.document.body);
    expect(codeOfSync(() => leaked.load("text"))).toBe("InvalidRequestContext");
  });
});

describe("insertion and inheritance", () => {
  it("gives a paragraph inserted after a list item the same style and list", async () => {
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
    expect(s.selection()).toEqual(caret(7, 5)); // the caret stays where it was
  });

  it("carries bold over only from an all-bold paragraph and keeps table nesting", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      const cell = paras.getLast();
      cell.insertParagraph("More cell text", "After");
      const subheading = cell.getPrevious().getPrevious().getPrevious().getPrevious().getPrevious();
      subheading.insertParagraph("bold sibling", "Before");
      await ctx.sync();
    });
    const specs = s.paragraphs();
    expect(specs[5]).toMatchObject({ text: "bold sibling", bold: true });
    expect(specs.at(-1)).toMatchObject({ text: "More cell text", body: "TableCell", tableNestingLevel: 1 });
  });

  it("can simulate Word dropping list formatting, repaired with attachToList", async () => {
    const s = createStandin(pd({ behaviours: { insertNextToListItem: "plain" } }));
    await s.Word.run(async (ctx) => {
      const anchor = ctx.document.body.paragraphs.getFirst().getNext().getNext().getNext().getNext().getNext().getNext();
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

  it("fills an empty paragraph with insertText keeping its properties, and splits on newlines", async () => {
    const s = createStandin(pd({ selection: caret(8) }));
    await s.Word.run(async (ctx) => {
      const p = ctx.document.getSelection().paragraphs.getFirst();
      p.insertText("Line one\nLine two", "Start");
      await ctx.sync();
    });
    expect(s.texts().slice(8, 10)).toEqual(["Line one", "Line two"]);
  });

  it("starts new lists and rejects starting one on a list item", async () => {
    const s = createStandin(pd());
    await s.Word.run(async (ctx) => {
      const intro = ctx.document.body.paragraphs.getFirst().getNext().getNext();
      const list = intro.startNewList().load("id");
      await ctx.sync();
      expect(list.id).toBe(2);
      intro.startNewList();
      expect(await codeOf(ctx.sync())).toBe("GeneralException");
    });
  });

  it("moves the selection with Range.select and raises the selection event", async () => {
    const s = createStandin(pd());
    const seen: string[] = [];
    s.Office.context.document.addHandlerAsync(s.Office.EventType.DocumentSelectionChanged, (args) => seen.push(args.type));
    await tick();
    await s.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getLast().getRange("End").select();
      await ctx.sync();
    });
    expect(s.selection()).toEqual(caret(10, 9));
    await tick();
    expect(seen).toEqual(["documentSelectionChanged"]);
  });
});

describe("protection", () => {
  it("fails every write in a read-only document with GeneralException and changes nothing", async () => {
    const s = createStandin(pd({ readOnly: true, selection: caret(8) }));
    const before = s.paragraphs();
    const attempts: Array<(ctx: StandinRequestContext) => void> = [
      (ctx) => ctx.document.getSelection().insertText("x", "Replace"),
      (ctx) => ctx.document.getSelection().insertParagraph("x", "After"),
      (ctx) => {
        ctx.document.body.paragraphs.getFirst().style = "Heading 2";
      },
      (ctx) => ctx.document.body.paragraphs.getFirst().attachToList(1, 0),
      (ctx) => {
        ctx.document.body.paragraphs.getFirst().font.bold = true;
      },
    ];
    for (const attempt of attempts) {
      expect(await codeOf(s.Word.run(async (ctx) => attempt(ctx)))).toBe("GeneralException");
    }
    expect(s.paragraphs()).toEqual(before);
    expect(s.Office.context.document.mode).toBe("readWrite");
  });

  it("refuses writes into a cannotEdit content control (AccessDenied by default, configurable)", async () => {
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
      expect(await codeOf(s.Word.run(async (ctx) => ctx.document.getSelection().insertText("x", "Start")))).toBe(expected);
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
      const p = ctx.document.body.paragraphs.load("items/text");
      await ctx.sync();
      const first = p.items[0]!;
      expect(codeOfSync(() => first.getPreviousOrNullObject())).toBe("ApiNotFound");
      expect(codeOfSync(() => first.load("styleBuiltIn"))).toBe("ApiNotFound");
      expect(codeOfSync(() => first.isListItem)).toBe("ApiNotFound");
      expect(codeOfSync(() => first.load("tableNestingLevel"))).toBe("ApiNotFound");
      expect(codeOfSync(() => first.parentBody)).toBe("ApiNotFound");
      expect(codeOfSync(() => ctx.document.body.paragraphs.getFirst())).toBe("ApiNotFound");
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

describe("Office common API", () => {
  it("resolves onReady for Word on the web and calls a callback too", async () => {
    const s = createStandin(pd());
    const viaCallback = jest.fn();
    await expect(s.Office.onReady(viaCallback)).resolves.toEqual({ host: "Word", platform: "OfficeOnline" });
    await tick();
    expect(viaCallback).toHaveBeenCalledWith({ host: "Word", platform: "OfficeOnline" });
    expect(s.Office.context.officeTheme).toBeUndefined();
    expect(s.Office.context.displayLanguage).toBe("en-US");
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
    const { Word: word, OfficeExtension: ext } = officeGlobals(s);
    expect(target.Word).toBe(s.Word);
    const text = await word.run(async (ctx: Word.RequestContext) => {
      const p = ctx.document.getSelection().paragraphs.getFirst();
      p.load("text");
      await ctx.sync();
      return p.text;
    });
    expect(text).toBe("Introduction");
    const error = await s.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().load("text");
      try {
        await ctx.sync();
        return ctx.document.body.paragraphs.getFirst().text; // a fresh handle: not loaded
      } catch (e) {
        return e;
      }
      return null;
    });
    expect(error).toBeInstanceOf(ext.Error);
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
      ctx.document.getSelection().insertText("x", "Start");
      await ctx.sync();
    });
    s.setSelection(caret(1));
    s.setSpec({ paragraphs: [{ text: "Other document" }] });
    off();
    expect(changes).toEqual(["document", "sync", "selection", "document", "selection"]);
    expect(s.texts()).toEqual(["Other document"]);
    expect(s.selection()).toEqual(caret(0));
  });

  it("computes numbered list strings by level", async () => {
    const s = createStandin({
      paragraphs: [
        { text: "a", list: { id: 3, level: 0 } },
        { text: "b", list: { id: 3, level: 1 } },
        { text: "c", list: { id: 3, level: 1 } },
        { text: "d", list: { id: 3, level: 0 } },
      ],
    });
    const strings = await s.Word.run(async (ctx) => {
      const items = ctx.document.body.paragraphs.load("items/listItemOrNullObject/listString");
      await ctx.sync();
      return items.items.map((p) => p.listItemOrNullObject.listString);
    });
    expect(strings).toEqual(["1.", "a.", "b.", "2."]);
  });
});
