import { alreadyInsertingProblem, describeWordFailure, lockedContentProblem, outsideBodyProblem, withTrackingLeftOn, writeFailure } from "../../src/word/errors";
import { WordActionError } from "../../src/word/gateway";
import { StandinOfficeError } from "../../src/word/standin";

const officeError = (code: string) => new StandinOfficeError(code as never, `Raw ${code} message`, "Paragraph.insertParagraph");

const UNCHANGED = /not changed/;
const MAY_HAVE_CHANGED = /may have inserted part of the text.*Undo/;

describe("describeWordFailure", () => {
  it.each([
    ["AccessDenied", "insert", "read-only"],
    ["GeneralException", "insert", "refused"],
    ["GeneralException", "read", "unknown"],
    ["NotAllowed", "insert", "not-allowed"],
    ["ItemNotFound", "insert", "no-selection"],
    ["InvalidArgument", "insert", "not-allowed"],
    ["InvalidOperation", "insert", "not-allowed"],
    ["ApiNotFound", "read", "unsupported"],
    ["NotImplemented", "insert", "unsupported"],
    ["ActivityLimitReached", "read", "busy"],
    ["Timeout", "insert", "busy"],
    ["RequestAborted", "read", "busy"],
    ["ServiceNotAvailable", "insert", "busy"],
    ["WriteNotSupportedWhenModalDialogOpen", "insert", "busy"],
    ["InvalidOrTimedOutSession", "read", "session-ended"],
    ["SomethingNew", "insert", "unknown"],
    ["GeneralException", "replace", "refused"],
    ["AccessDenied", "replace", "read-only"],
    ["ItemNotFound", "replace", "paragraph-changed"],
    ["InvalidArgument", "replace", "not-allowed"],
    ["NotAllowed", "replace", "not-allowed"],
    ["Timeout", "replace", "busy"],
    ["SomethingNew", "replace", "unknown"],
  ] as const)("%s while %sing is %s, in plain words with the code in the details", (code, action, kind) => {
    const problem = describeWordFailure(officeError(code), action, "unchanged");
    expect(problem.kind).toBe(kind);
    expect(problem.message).not.toMatch(new RegExp(code));
    expect(problem.details).toContain(`Code: ${code}`);
    expect(problem.details).toContain("Paragraph.insertParagraph");
    if (action !== "read") expect(problem.message).toMatch(UNCHANGED);
    else expect(problem.message).not.toMatch(UNCHANGED);
  });

  it.each(["ItemNotFound", "InvalidArgument", "InvalidOperation", "NotAllowed", "GeneralException", "SomethingNew"])(
    "%s while replacing a paragraph speaks of replacing, not of the cursor, and of the paragraph when it may have changed",
    (code) => {
      const problem = describeWordFailure(officeError(code), "replace", "may-have-changed");
      expect(`${problem.title} ${problem.message}`).not.toMatch(/cursor|insert/i);
      expect(problem.message).toMatch(/Word may have changed part of the paragraph: check it \(Undo puts it back\)\./);
    },
  );

  it("never claims Viewing mode from Word's catch-all error, and offers copy and paste", () => {
    const { message } = describeWordFailure(officeError("GeneralException"), "insert", "unchanged");
    expect(message).not.toMatch(/^This document is (read-only|open for viewing)/);
    expect(message).toMatch(/If the document is open for viewing only/);
    expect(message).toMatch(/copy the text/);
  });

  it.each(["AccessDenied", "GeneralException", "Timeout", "SomethingNew"])(
    "a %s in a round trip that carried writes says the document may have changed, never that it did not",
    (code) => {
      const { problem } = writeFailure(officeError(code));
      expect(problem.documentState).toBe("may-have-changed");
      expect(problem.message).toMatch(MAY_HAVE_CHANGED);
      expect(problem.message).not.toMatch(UNCHANGED);
    },
  );

  it("refusals made before writing say the document was not changed", () => {
    for (const { problem } of [outsideBodyProblem("header", "Body type: Header"), lockedContentProblem("Approved"), alreadyInsertingProblem()]) {
      expect(problem.documentState).toBe("unchanged");
    }
    expect(outsideBodyProblem("other", "").problem.message).toMatch(/text box/);
    expect(lockedContentProblem("Approved").problem.message).toMatch(/“Approved”.*not changed/);
  });

  it("passes our own problems through unchanged", () => {
    const problem = lockedContentProblem("x").problem;
    expect(describeWordFailure(new WordActionError(problem), "insert", "may-have-changed")).toBe(problem);
  });

  it("describes a non-Office error without losing its text", () => {
    expect(describeWordFailure(new TypeError("x is undefined"), "read", "unchanged").details).toBe("TypeError: x is undefined");
  });
});

describe("withTrackingLeftOn", () => {
  it("adds that track changes may still be on, keeping what was said about the document", () => {
    const problem = withTrackingLeftOn(writeFailure(officeError("Timeout"))).problem;
    expect(problem.message).toMatch(MAY_HAVE_CHANGED);
    expect(problem.message).toMatch(/Track changes may have been left on: check Review > Track Changes\.$/);
    expect(problem.documentState).toBe("may-have-changed");
    expect(problem.details).toContain("Code: Timeout");
  });
});
