/**
 * What a paragraph may put before its words that is not part of the language: a bullet or number typed by hand, or the
 * number a plan gives a goal ("Performance Goal 3: ", which the pane adds when it inserts one). Presence compares
 * without it; replacing a paragraph's wording keeps it. Small and apart from presence.ts, which loads later.
 */
import { foldWithMap } from "./textMatch";

// A bullet or number typed by hand at the start of a paragraph (in folded text).
const TYPED_LIST_MARKER = /^(?:[•·▪◦●○■□►▶➢➤✓✔*–-]|\(?(?:\d{1,2}|[a-z])[.)])\s+/;
// The number a plan gives a goal (in folded text).
const GOAL_NUMBER = /^(?:[a-z]+\s+){0,2}goal\s*\d{1,2}\s*[:.–—-]\s*/;

/** Folded text without its lead. */
export function withoutLead(folded: string): string {
  return folded.replace(TYPED_LIST_MARKER, "").replace(GOAL_NUMBER, "");
}

/** A paragraph's lead as the paragraph writes it ("" when it has none). */
export function paragraphLead(text: string): string {
  const { folded, map } = foldWithMap(text);
  const leadLength = folded.length - withoutLead(folded).length;
  return leadLength === 0 ? "" : text.slice(0, map[leadLength] ?? text.length);
}
