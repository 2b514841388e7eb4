/**
 * The plain-language word list bundled into the add-in: content/plain-words.json, or the agency's file when the build
 * sets CX_PLAIN_WORDS (webpack resolves "cx-plain-words" to it). The build validates the file, so this module trusts
 * it and keeps the validator out of the browser bundle. Loaded with the plain-language view, never in the first view.
 */
import data from "cx-plain-words";
import { createPlainMatcher } from "./plainLanguage";
import type { PlainWordsData } from "./plainWords";

export const bundledPlainWords = createPlainMatcher(data as PlainWordsData);
