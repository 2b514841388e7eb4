/**
 * The one place that turns Word failures into words for the pane. Branches on the error `code`, never on
 * `message`, which Office localizes (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
import { WordActionError, type WordProblem } from "./gateway";

type Action = "read" | "insert";

const UNCHANGED = "Your document was not changed.";

function technicalDetails(error: unknown): string {
  if (typeof OfficeExtension !== "undefined" && error instanceof OfficeExtension.Error) {
    return [`Code: ${error.code}`, `Message: ${error.message}`, `Debug info: ${JSON.stringify(error.debugInfo ?? {})}`].join("\n");
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function errorCode(error: unknown): string | undefined {
  if (typeof OfficeExtension !== "undefined" && error instanceof OfficeExtension.Error) return error.code;
  // office.js errors that crossed a frame or were re-thrown keep their code but not their prototype.
  if (typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return undefined;
}

/** A problem in plain words for a Word failure during `action`. */
export function describeWordFailure(error: unknown, action: Action): WordProblem {
  if (error instanceof WordActionError) return error.problem;
  const details = technicalDetails(error);
  const unchanged = action === "insert" ? ` ${UNCHANGED}` : "";
  switch (errorCode(error)) {
    case "AccessDenied":
      return {
        kind: "read-only",
        title: "Word did not allow the change",
        message: `This document is read-only or protected here. Switch to Editing (or ask the owner for edit access), then try again.${unchanged}`,
        details,
      };
    case "GeneralException":
      return action === "insert"
        ? {
            kind: "read-only",
            title: "Word could not insert the text",
            message: `The document may be open for viewing only (Viewing mode or read-only) or protected. Switch to Editing and try again.${unchanged}`,
            details,
          }
        : {
            kind: "unknown",
            title: "Word could not read the document",
            message: "Click in the document and choose Refresh. If this keeps happening, close and reopen the pane.",
            details,
          };
    case "NotAllowed":
      return {
        kind: "not-allowed",
        title: "Word does not allow this here",
        message: `This version of Word does not allow the add-in to change this part of the document. Move the cursor to ordinary text, or try Word for the desktop.${unchanged}`,
        details,
      };
    case "ItemNotFound":
    case "InvalidObjectPath":
      return {
        kind: "no-selection",
        title: "The cursor moved",
        message: `The place the cursor was in changed or is gone. Click where you want the text and try again.${unchanged}`,
        details,
      };
    case "InvalidArgument":
      return {
        kind: "not-allowed",
        title: "Word could not use this spot",
        message: `Text cannot go where the cursor is (for example inside a field or shape). Click in an ordinary paragraph and try again.${unchanged}`,
        details,
      };
    case "ApiNotFound":
    case "NotImplemented":
      return {
        kind: "unsupported",
        title: "This version of Word is missing a feature",
        message: `This Word does not have a feature the add-in needs. Use Word on the web or update Microsoft 365, or copy the text and paste it instead.${unchanged}`,
        details,
      };
    case "ActivityLimitReached":
    case "ConnectionFailure":
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return {
        kind: "busy",
        title: "Word is busy",
        message: `Word could not answer just now. Wait a moment and try again.${unchanged}`,
        details,
      };
    default:
      return {
        kind: "unknown",
        title: action === "insert" ? "The text could not be inserted" : "Word could not read the document",
        message:
          action === "insert"
            ? `Something went wrong in Word.${unchanged} You can copy the text and paste it instead.`
            : "Click in the document and choose Refresh. If this keeps happening, close and reopen the pane.",
        details,
      };
  }
}
