import { describeWordFailure } from "../../src/word/errors";
import { WordActionError } from "../../src/word/gateway";
import { StandinOfficeError } from "../../src/word/standin";
import { body, closeDocument, openDocument } from "./wordHarness";

beforeEach(() => openDocument({ paragraphs: [body("x")] }));
afterEach(closeDocument);

const officeError = (code: string) => new StandinOfficeError(code as never, `Raw ${code} message`, "Paragraph.insertParagraph");

describe("describeWordFailure", () => {
  it.each([
    ["AccessDenied", "insert", "read-only"],
    ["GeneralException", "insert", "read-only"],
    ["GeneralException", "read", "unknown"],
    ["NotAllowed", "insert", "not-allowed"],
    ["ItemNotFound", "insert", "no-selection"],
    ["InvalidArgument", "insert", "not-allowed"],
    ["ApiNotFound", "read", "unsupported"],
    ["NotImplemented", "insert", "unsupported"],
    ["ActivityLimitReached", "read", "busy"],
    ["SomethingNew", "insert", "unknown"],
  ] as const)("%s while %sing is %s, in plain words with the code in the details", (code, action, kind) => {
    const problem = describeWordFailure(officeError(code), action);
    expect(problem.kind).toBe(kind);
    expect(problem.message).not.toMatch(new RegExp(code));
    expect(problem.details).toContain(`Code: ${code}`);
    expect(problem.details).toContain("Paragraph.insertParagraph");
    if (action === "insert") expect(problem.message).toContain("not changed");
  });

  it("passes our own problems through unchanged", () => {
    const problem = { kind: "locked-content" as const, title: "t", message: "m", details: "d" };
    expect(describeWordFailure(new WordActionError(problem), "insert")).toBe(problem);
  });

  it("describes a non-Office error without losing its text", () => {
    expect(describeWordFailure(new TypeError("x is undefined"), "read").details).toBe("TypeError: x is undefined");
  });
});
