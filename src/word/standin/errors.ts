/**
 * The stand-in's OfficeExtension.Error and error codes.
 * Shape per https://learn.microsoft.com/javascript/api/office/officeextension.error and
 * https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes; Word's own codes per
 * https://learn.microsoft.com/javascript/api/word/word.errorcodes. Messages paraphrase Office's English ones;
 * callers must branch on `code`, never on `message` (which Office localizes).
 */

/** Word.ErrorCodes and OfficeExtension.ErrorCodes values, plus the codes Word sends that neither lists. */
export type StandinErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "ItemNotFound"
  | "NotAllowed"
  | "NotImplemented"
  | "SearchStringInvalidOrTooLong"
  | "ActivityLimitReached"
  | "InvalidObjectPath"
  | "PropertyNotLoaded"
  | "InvalidRequestContext"
  | "RunMustReturnPromise"
  | "ApiNotFound"
  // Codes Word sends that Word.ErrorCodes does not list (application-specific-api-error-handling, office-js#5877).
  | "Timeout"
  | "InvalidOrTimedOutSession"
  | "WriteNotSupportedWhenModalDialogOpen"
  | "RequestAborted"
  | "ServiceNotAvailable"
  | "InvalidOperation";

export interface StandinDebugInfo {
  code: string;
  message: string;
  /** The failing member, e.g. "Paragraph.insertText". */
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

/** OfficeExtension.Error. `name` is "RichApi.Error" as office.js reports it. */
export class StandinOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: StandinErrorCode;
  readonly debugInfo: StandinDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: StandinOfficeError | null = null;

  constructor(code: StandinErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const MESSAGES: Partial<Record<StandinErrorCode, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  SearchStringInvalidOrTooLong: "The search string is invalid or exceeds the maximum length.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Word. See Word JavaScript API requirement sets for more information.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
};

/** Creates an error with Office's usual message for `code`, optionally followed by a stand-in detail. */
export function officeError(code: StandinErrorCode, errorLocation?: string, detail?: string): StandinOfficeError {
  const base = MESSAGES[code] ?? code;
  return new StandinOfficeError(code, detail ? `${base} (${detail})` : base, errorLocation);
}

export function propertyNotLoaded(property: string, errorLocation: string, detail?: string): StandinOfficeError {
  const message =
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
    `containing object and call "context.sync()" on the associated request context.` +
    (detail ? ` (${detail})` : "");
  return new StandinOfficeError("PropertyNotLoaded", message, errorLocation);
}

/** The stand-in refuses a bare load(); see the note on #6132 in the team's Word API notes. */
export const BARE_LOAD_MESSAGE =
  "load() without a property list is not allowed in this add-in: it pulls focus out of the pane in Word on the web";
