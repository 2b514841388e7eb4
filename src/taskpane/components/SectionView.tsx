import { useDeferredValue, useId } from "react";
import type { Library, LibrarySection } from "../../core/library";
import { emptyMessage, type ShownView } from "../shownSection";
import { Spinner } from "./LaterParts";
import { usePaneStyles } from "./Pane.styles";
import { SuggestionCard } from "./SuggestionCard";
import { SuggestionList } from "./SuggestionList";

/** Cards in a section's first render; the rest follow in a background render, so the first ones show sooner. */
const FIRST_CARDS = 3;

type SectionGroupProps = {
  section: LibrarySection;
  library: Library;
  /** The header already names the section (one section shown): the heading is kept for screen readers only. */
  namedAbove?: boolean;
};

function SectionGroup({ section, library, namedAbove = false }: SectionGroupProps) {
  const styles = usePaneStyles();
  const headingId = useId();
  const all = library.topLevelEntriesInSection(section.id);
  const entries = useDeferredValue(all, all.slice(0, FIRST_CARDS));
  // Kind labels only where the list mixes kinds (a requirement beside goals), not 21 times "Duty statement".
  const showKind = new Set(all.map((entry) => entry.kind)).size > 1;
  return (
    <div className={styles.group} data-testid={`section-${section.id}`}>
      <h2 id={headingId} className={namedAbove ? styles.visuallyHidden : styles.heading}>
        {section.name}
      </h2>
      {entries.length === 0 ? (
        <p className={styles.empty}>There is no CX language for this section yet.</p>
      ) : (
        <SuggestionList aria-labelledby={headingId}>
          {entries.map((entry) => (
            <SuggestionCard key={entry.id} entry={entry} showKind={showKind} />
          ))}
        </SuggestionList>
      )}
    </div>
  );
}

export type SectionViewProps = { shown: ShownView; library: Library };

/** The suggestions for what is shown: one section, every section of a type, or a plain-language empty state. */
export function SectionView({ shown, library }: SectionViewProps) {
  const styles = usePaneStyles();
  if (shown.kind === "section") {
    const section = library.section(shown.sectionId);
    // Keyed by section: a new section starts again with its first cards, never shows the last section's.
    return section ? <SectionGroup key={section.id} section={section} library={library} namedAbove /> : null;
  }
  if (shown.kind === "all-sections") {
    return (
      <>
        {library.sections(shown.documentType).map((section) => (
          <SectionGroup key={section.id} section={section} library={library} />
        ))}
      </>
    );
  }
  if (shown.kind === "finding") return <Spinner size="small" label="Finding where the cursor is…" />;
  const message = emptyMessage(shown);
  const hint = shown.kind === "choose" ? null : "You can also choose a section above.";
  return (
    <p className={styles.empty} data-testid="empty-state">
      {message} {hint}
    </p>
  );
}
