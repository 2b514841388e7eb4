import { Badge } from "@fluentui/react-components";

/** Marks a card whose text already stands in the document (loaded with the document overview, after the first view). */
export function InDocumentBadge({ id }: { id: string }) {
  return (
    <Badge appearance="tint" color="success" id={id} data-testid="in-document">
      In document
    </Badge>
  );
}
