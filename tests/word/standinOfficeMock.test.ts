/**
 * Parity check against a second, independent fake: Microsoft's office-addin-mock
 * (https://learn.microsoft.com/office/dev/add-ins/testing/unit-testing). The same code under test must
 * read the same value through both, and neither lets it read before load + sync.
 */
import { OfficeMockObject } from "office-addin-mock";
import { createStandin } from "../../src/word/standin";
import { StandinOfficeError } from "../../src/word/standin/errors";

async function selectedText(context: Word.RequestContext): Promise<string> {
  const range = context.document.getSelection();
  range.load("text");
  await context.sync();
  return range.text;
}

function mockContext(text: string): { context: Word.RequestContext; range: OfficeMockObject } {
  const mock = new OfficeMockObject({
    context: {
      document: {
        range: { text },
        getSelection() {
          return this.range;
        },
      },
    },
  });
  // The mock is untyped by design; this is the boundary where it stands in for Word.RequestContext.
  return { context: mock.context as Word.RequestContext, range: mock.context.document.range as OfficeMockObject };
}

describe("stand-in and office-addin-mock agree", () => {
  it("read the selected text after load + sync", async () => {
    const standin = createStandin({
      paragraphs: [{ text: "Major Duties", styleBuiltIn: "Heading1" }],
      selection: { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 12 } },
    });
    const fromStandin = await standin.run(selectedText);
    const fromMock = await selectedText(mockContext("Major Duties").context);
    expect(fromStandin).toBe("Major Duties");
    expect(fromMock).toBe(fromStandin);
  });

  it("refuse a read before sync, each in its own way", async () => {
    const { context, range } = mockContext("Major Duties");
    range.load("text");
    // office-addin-mock reports the mistake as the property's value.
    expect(range.text).toBe("Error, context.sync() was not called");
    await context.sync();
    expect(range.text).toBe("Major Duties");

    const standin = createStandin({ paragraphs: [{ text: "Major Duties" }] });
    await standin.Word.run(async (ctx) => {
      const sel = ctx.document.getSelection().load("text");
      expect(() => sel.text).toThrow(StandinOfficeError);
      await ctx.sync();
      expect(sel.text).toBe("");
    });
  });
});
