/**
 * Every sentence the pane shows about a Word failure is written here. Branches on the error `code`, never on
 * `message`, which Office localizes (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 *
 * Whether the document changed is decided where the failure happens (DocumentState) and only then put into
 * words: Word batches are not transactional (office-js#6760), so a failure in a round trip that carried writes
 * never claims the document is unchanged.
 */
import type { BodyPlace } from "./paragraphs";
import { WordActionError, type DocumentState, type WordProblem } from "./gateway";

/** What the add-in was doing: reading, inserting at the cursor, or replacing a paragraph's text. */
export type WordAction = "read" | "insert" | "replace";

const STATE_SENTENCE: Record<Exclude<WordAction, "read">, Record<DocumentState, string>> = {
  insert: {
    unchanged: "Your document was not changed.",
    "may-have-changed": "Word may have inserted part of the text: check the document around the cursor (Undo removes it).",
  },
  replace: {
    unchanged: "Your document was not changed.",
    "may-have-changed": "Word may have changed part of the paragraph: check it (Undo puts it back).",
  },
};

const COPY_INSTEAD = "You can copy the text from the pane and paste it instead.";
const READ_AGAIN = "Click in the document and choose Refresh. If this keeps happening, close and reopen the pane.";

function technicalDetails(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && error instanceof Error) {
    const debugInfo = (error as { debugInfo?: unknown }).debugInfo;
    return [`Code: ${code}`, `Message: ${error.message}`, `Debug info: ${JSON.stringify(debugInfo ?? {})}`].join("\n");
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * The error code of an OfficeExtension.Error. Duck-typed: errors that crossed a frame or were re-thrown keep their
 * code but not their prototype, and the gateway does not depend on the OfficeExtension global.
 */
function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return undefined;
}

type Wording = { kind: WordProblem["kind"]; title: string; message: string };

/** Where the general wording speaks of the cursor, a replacement acts on a paragraph the pane found instead. */
function replaceWordingFor(code: string | undefined): Wording | null {
  switch (code) {
    case "ItemNotFound":
    case "InvalidObjectPath":
      return {
        kind: "paragraph-changed",
        title: "The paragraph has changed",
        message: "The paragraph is gone or changed since it was read. Choose Review again, then try once more.",
      };
    case "InvalidArgument":
    case "InvalidOperation":
    case "NotAllowed":
      return {
        kind: "not-allowed",
        title: "Word does not allow this here",
        message: `Word does not let the add-in change this paragraph (for example one in a field, shape or form). ${COPY_INSTEAD}`,
      };
    default:
      return null;
  }
}

/** What to say for `code`, before the sentence about the document. */
function wordingFor(code: string | undefined, action: WordAction): Wording {
  const forReplace = action === "replace" ? replaceWordingFor(code) : null;
  if (forReplace) return forReplace;
  const inserting = action !== "read";
  const verb = action === "replace" ? "replace" : "insert";
  switch (code) {
    case "AccessDenied":
      return {
        kind: "read-only",
        title: "Word did not allow the change",
        message: "This document is read-only or protected here. Switch to Editing (or ask the owner for edit access), then try again.",
      };
    case "GeneralException":
      // Word's catch-all (office-js#2307, #5335, #6083): it is not evidence of Viewing mode, so don't claim it.
      return inserting
        ? {
            kind: "refused",
            title: `Word could not ${verb} the text`,
            message: `Word refused the change without saying why. If the document is open for viewing only, switch to Editing and try again. ${COPY_INSTEAD}`,
          }
        : { kind: "unknown", title: "Word could not read the document", message: READ_AGAIN };
    case "NotAllowed":
      // Word on the web sends it although Word.ErrorCodes lacks it (office-js#5877).
      return {
        kind: "not-allowed",
        title: "Word does not allow this here",
        message: `This version of Word does not let the add-in change this part of the document. Move the cursor to ordinary text, or use Word for the desktop. ${COPY_INSTEAD}`,
      };
    case "ItemNotFound":
    case "InvalidObjectPath":
      return {
        kind: "no-selection",
        title: "The cursor moved",
        message: "The place the cursor was in changed or is gone. Click where you want the text and try again.",
      };
    case "InvalidArgument":
    case "InvalidOperation":
      return {
        kind: "not-allowed",
        title: "Word could not use this spot",
        message: `Text cannot go where the cursor is (for example inside a field or shape). Click in an ordinary paragraph and try again. ${COPY_INSTEAD}`,
      };
    case "ApiNotFound":
    case "NotImplemented":
      return {
        kind: "unsupported",
        title: "This version of Word is missing a feature",
        message: `This Word does not have a feature the add-in needs. Use Word on the web or update Microsoft 365. ${COPY_INSTEAD}`,
      };
    case "WriteNotSupportedWhenModalDialogOpen":
      return {
        kind: "busy",
        title: "A dialog is open in Word",
        message: "Close the dialog box that is open in Word, then try again.",
      };
    case "InvalidOrTimedOutSession":
      return {
        kind: "session-ended",
        title: "The connection to Word has ended",
        message: "Close the pane and open it again (Home > CX Language). If the document was open for a long time, reload it first.",
      };
    case "ActivityLimitReached":
    case "ConnectionFailure":
    case "Timeout":
    case "RequestAborted":
    case "ServiceNotAvailable":
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return {
        kind: "busy",
        title: "Word is busy",
        message: "Word could not answer just now. Wait a moment and try again.",
      };
    default:
      return inserting
        ? { kind: "unknown", title: `The text could not be ${verb}d`, message: `Something went wrong in Word. ${COPY_INSTEAD}` }
        : { kind: "unknown", title: "Word could not read the document", message: READ_AGAIN };
  }
}

function problem(wording: Wording, documentState: DocumentState, details: string, action: WordAction): WordProblem {
  // Reads never write: the document-state sentence is said only where a change was attempted.
  const message = action === "read" ? wording.message : `${wording.message} ${STATE_SENTENCE[action][documentState]}`;
  return { ...wording, message, details, documentState };
}

/**
 * A problem in plain words for a Word failure during `action`. `documentState` is what the caller knows: a
 * failure before any write was sent is "unchanged"; one in a round trip that carried writes "may-have-changed".
 */
export function describeWordFailure(error: unknown, action: WordAction, documentState: DocumentState): WordProblem {
  if (error instanceof WordActionError) return error.problem;
  return problem(wordingFor(errorCode(error), action), documentState, technicalDetails(error), action);
}

/** Rethrows a failure of a round trip that carried writes: part of them may be in the document. */
export function writeFailure(error: unknown, action: Exclude<WordAction, "read"> = "insert"): WordActionError {
  return new WordActionError(describeWordFailure(error, action, "may-have-changed"));
}

/**
 * The add-in turned track changes on for an insertion and could not turn it off again: said in the problem, so the
 * user knows to check Review > Track Changes.
 */
export function withTrackingLeftOn(error: WordActionError): WordActionError {
  const { problem } = error;
  return new WordActionError({
    ...problem,
    message: `${problem.message} Track changes may have been left on: check Review > Track Changes.`,
    details: `${problem.details}\nRestoring the track changes mode failed.`,
  });
}

/** Checked before writing: the paragraph to replace no longer has the text the pane read. */
export function paragraphChangedProblem(details: string): WordActionError {
  return new WordActionError({
    kind: "paragraph-changed",
    title: "The paragraph has changed",
    message: "The paragraph changed since it was read; nothing was replaced.",
    details,
    documentState: "unchanged",
  });
}

/** Word's search did not find the words where the pane read them (checked before writing). */
export function wordsNotFoundProblem(details: string): WordActionError {
  return new WordActionError({
    kind: "paragraph-changed",
    title: "The words were not found",
    message: "Word did not find these words where the pane read them; nothing was replaced. Select Refresh and try again.",
    details,
    documentState: "unchanged",
  });
}

/** Checked before writing: the text to put in would split the paragraph. */
export function notOneParagraphProblem(): WordActionError {
  return new WordActionError({
    kind: "not-allowed",
    title: "The text is not one paragraph",
    message: "The approved text has line breaks, so it cannot replace one paragraph; nothing was replaced. Your document was not changed.",
    details: "Replacement text with a line or paragraph break.",
    documentState: "unchanged",
  });
}

const PLACE_TEXT: Record<Exclude<BodyPlace, "main">, string> = {
  header: "a header",
  footer: "a footer",
  footnote: "a footnote",
  endnote: "an endnote",
  comment: "a comment",
  other: "a text box, shape, note or other place outside the main text",
};

/** Checked before writing: the cursor is not in the document's main text. */
export function outsideBodyProblem(where: Exclude<BodyPlace, "main">, details: string): WordActionError {
  return new WordActionError(
    problem(
      {
        kind: "outside-body",
        title: "Move the cursor into the document text",
        message: `The cursor is in ${PLACE_TEXT[where]}. CX language goes in the body of the document.`,
      },
      "unchanged",
      details,
      "insert",
    ),
  );
}

/** Checked before writing: the cursor is in a content control that cannot be edited. */
export function lockedContentProblem(controlTitle: string): WordActionError {
  return new WordActionError(
    problem(
      {
        kind: "locked-content",
        title: "This part of the document is locked",
        message: `The cursor is in a locked area${controlTitle ? ` (“${controlTitle}”)` : ""} that cannot be edited. Click outside it and try again.`,
      },
      "unchanged",
      "Content control with cannotEdit = true",
      "insert",
    ),
  );
}

/** Word reported success, but the paragraphs read back are not the lines sent. */
export function insertMismatchProblem(details: string): WordActionError {
  return new WordActionError(
    problem(
      {
        kind: "unknown",
        title: "Please check the inserted text",
        message: "Word inserted the text, but not exactly as expected.",
      },
      "may-have-changed",
      details,
      "insert",
    ),
  );
}

/** A second insert was asked for while one was running; nothing was sent for it. */
export function alreadyInsertingProblem(): WordActionError {
  return new WordActionError({
    kind: "busy",
    title: "Already inserting",
    message: "Wait for the current insertion to finish.",
    details: "A second insertion was requested while one was running.",
    documentState: "unchanged",
  });
}

/** The review's picture of the document is out of date: the paragraph it would go to has changed. */
export function paragraphMovedProblem(): WordActionError {
  return new WordActionError({
    kind: "no-selection",
    title: "The document has changed",
    message: "That part of the document moved since the review. Choose Review again, then try once more.",
    details: "The paragraph at the reviewed position no longer has the reviewed text.",
    documentState: "unchanged",
  });
}
