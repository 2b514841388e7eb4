/**
 * Reading the whole document (the overview) with as little work as a long document allows.
 */
import type { Standin } from "../../src/word/standin";
import type { DocumentGateway } from "../../src/word/gateway";
import { PARAGRAPH_INFO } from "../../src/word/paragraphs";
import { OVERVIEW_PAGE } from "../../src/word/wordGateway";
import { body, caretAt, gatewayOver, heading, openDocument } from "./wordHarness";

const pd = [heading("Introduction"), body("This position is in the Office of the Chief Customer Officer."), heading("Major Duties"), body("Prepares reports.")];

function open(paragraphs = pd): { standin: Standin; gateway: DocumentGateway } {
  const standin = openDocument({ paragraphs, selection: caretAt(1) });
  return { standin, gateway: gatewayOver(standin) };
}

/** The operations of the syncs since `from` (an index into the sync log). */
const operationsSince = (standin: Standin, from: number) => standin.syncLog.slice(from).flatMap((sync) => sync.operations);
const paragraphLoads = (operations: string[]) => operations.filter((op) => op.startsWith("ParagraphCollection.load("));

describe("reading the whole document", () => {
  it("reads every paragraph, with what detection reads, in one round trip: one reading for the marks, the review and the plan check", async () => {
    const { standin, gateway } = open();
    const before = standin.syncLog.length;
    const overview = await gateway.readOverview();
    expect(overview.paragraphTexts).toEqual(pd.map((p) => p.text));
    expect(standin.syncLog.length - before).toBe(1);
    expect(overview.paragraphs.map((p) => p.text)).toEqual(overview.paragraphTexts);
    expect(overview.paragraphs[0]).toMatchObject({ styleBuiltIn: pd[0]!.styleBuiltIn ?? "Normal" });
    expect(paragraphLoads(operationsSince(standin, before))).toEqual([
      `ParagraphCollection.load({"select":"${PARAGRAPH_INFO}","top":${OVERVIEW_PAGE},"skip":0})`,
    ]);
  });

  it("reads a long document's text in pages, every paragraph once and in order", async () => {
    const count = OVERVIEW_PAGE * 2 + 7;
    const { standin, gateway } = open(Array.from({ length: count }, (_, i) => body(`Paragraph ${i}`)));
    const before = standin.syncLog.length;
    const overview = await gateway.readOverview();
    expect(overview.paragraphTexts).toEqual(Array.from({ length: count }, (_, i) => `Paragraph ${i}`));
    expect(standin.syncLog.length - before).toBe(3);
  });

  it("still recognises a performance plan from its opening headings", async () => {
    const plan = [heading("Performance Work Plan"), heading("Core Competencies", 2), body("Customer Service"), heading("Performance Goal 1", 2), body("Deliver the annual report.")];
    const { gateway } = open(plan);
    expect((await gateway.readOverview()).looksLikePerformancePlan).toBe(true);
  });

  it("when asked only for changes, hands back the same overview after one light read if the text is unchanged", async () => {
    const { standin, gateway } = open();
    const first = await gateway.readOverview();
    const before = standin.syncLog.length;
    const again = await gateway.readOverview({ unlessUnchanged: true });
    expect(again).toBe(first);
    expect(standin.syncLog.length - before).toBe(1);
    expect(paragraphLoads(operationsSince(standin, before))).toEqual([]);
    expect(operationsSince(standin, before)).toContain("Body.load(text)");
  });

  it("reads everything again when the text changed, or when not asked only for changes", async () => {
    const { standin, gateway } = open();
    const first = await gateway.readOverview();
    const forced = await gateway.readOverview();
    expect(forced).not.toBe(first);
    expect(forced).toEqual(first);

    await standin.run(async (context) => {
      context.document.body.insertParagraph("Leads journey mapping.", "End");
      await context.sync();
    });
    const before = standin.syncLog.length;
    const changed = await gateway.readOverview({ unlessUnchanged: true });
    expect(changed.paragraphTexts).toEqual([...pd.map((p) => p.text), "Leads journey mapping."]);
    expect(standin.syncLog.length - before).toBe(2); // the light read, then the full one
    expect(await gateway.readOverview({ unlessUnchanged: true })).toBe(changed);
  });

  it("reads everything the first time even when asked only for changes", async () => {
    const { gateway } = open();
    expect((await gateway.readOverview({ unlessUnchanged: true })).paragraphTexts).toHaveLength(pd.length);
  });
});
