import { Badge } from "@fluentui/react-components";
import { entryStateLabel, type EntryState, type FoundEntry } from "../../core/entryStates";

const COLORS: Record<EntryState, "success" | "warning" | "informative"> = { approved: "success", adapted: "warning", earlier: "informative" };

/**
 * Marks a card whose text stands in the document, with how it stands in words (the colour only repeats it): loaded
 * with the document overview, after the first view.
 */
export function InDocumentBadge({ id, found }: { id: string; found: FoundEntry }) {
  return (
    <Badge appearance="tint" color={COLORS[found.state]} id={id} data-testid="in-document" data-state={found.state}>
      {entryStateLabel(found)}
    </Badge>
  );
}
