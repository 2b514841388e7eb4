/**
 * Taking the user to a paragraph the review found: two round trips, one to find the paragraph by its position,
 * one to move the cursor there after checking it is still the paragraph the review saw.
 *
 * Both places are a caret, never a selection: a selected heading would be what the next Insert (or the next
 * keystroke) acts on, and the pane never puts the user's text in the way of a replacement.
 */
import { paragraphMovedProblem } from "./errors";
import { paragraphAt } from "./paragraphs";

/** Puts the caret at the end of paragraph `target.index` of the main text (a heading, or a section's last paragraph). */
export async function moveToParagraph(context: Word.RequestContext, target: { index: number; text: string }): Promise<void> {
  const page = paragraphAt(context, target.index);
  await context.sync();
  const paragraph = page.items[0];
  // The document may have changed since the review read it: never move to the wrong place.
  if (!paragraph || paragraph.text.trim() !== target.text.trim()) throw paragraphMovedProblem();
  // At the end of a heading, detection reads the heading's section and an insert goes in under the heading.
  paragraph.getRange("End").select();
  await context.sync();
}
