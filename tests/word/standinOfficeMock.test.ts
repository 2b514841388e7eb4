/**
 * Parity check against a second, independent fake: Microsoft's office-addin-mock
 * (https://learn.microsoft.com/office/dev/add-ins/testing/unit-testing). The same code under test must
 * read the same value through both, and neither lets it read before load + sync.
 */
import { OfficeMockObject } from "office-addin-mock";
import { createStandin } from "../../src/word/standin";
import { StandinOfficeError } from "../../src/word/standin/errors";

async function bodyText(context: Word.RequestContext): Promise<string> {
  const body = context.document.body;
  body.load("text");
  await context.sync();
  return body.text;
}

function mockContext(text: string): { context: Word.RequestContext; body: OfficeMockObject } {
  const mock = new OfficeMockObject({ context: { document: { body: { text } } } });
  // The mock is untyped by design; this is the boundary where it stands in for Word.RequestContext.
  return { context: mock.context as Word.RequestContext, body: mock.context.document.body as OfficeMockObject };
}

describe("stand-in and office-addin-mock agree", () => {
  it("read the body's text after load + sync", async () => {
    const standin = createStandin({ paragraphs: [{ text: "Major Duties", styleBuiltIn: "Heading1" }] });
    const fromStandin = await standin.run(bodyText);
    const fromMock = await bodyText(mockContext("Major Duties").context);
    expect(fromStandin).toBe("Major Duties");
    expect(fromMock).toBe(fromStandin);
  });

  it("refuse a read before sync, each in its own way", async () => {
    const { context, body } = mockContext("Major Duties");
    body.load("text");
    // office-addin-mock reports the mistake as the property's value.
    expect(body.text).toBe("Error, context.sync() was not called");
    await context.sync();
    expect(body.text).toBe("Major Duties");

    const standin = createStandin({ paragraphs: [{ text: "Major Duties" }] });
    await standin.Word.run(async (ctx) => {
      const body = ctx.document.body.load("text");
      expect(() => body.text).toThrow(StandinOfficeError);
      await ctx.sync();
      expect(body.text).toBe("Major Duties");
    });
  });
});
