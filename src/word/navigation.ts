/**
 * Taking the user to a paragraph the review found: two round trips, one to find the paragraph by its position,
 * one to move the selection there after checking it is still the paragraph the review saw.
 */
import { paragraphMovedProblem } from "./errors";

export async function moveToParagraph(context: Word.RequestContext, target: { index: number; text: string }, where: "heading" | "end"): Promise<void> {
  const page = context.document.body.getRange("Whole").paragraphs.load({ select: "text", top: 1, skip: target.index });
  await context.sync();
  const paragraph = page.items[0];
  // The document may have changed since the review read it: never move to the wrong place.
  if (!paragraph || paragraph.text.trim() !== target.text.trim()) throw paragraphMovedProblem();
  paragraph.getRange(where === "heading" ? "Whole" : "End").select();
  await context.sync();
}
