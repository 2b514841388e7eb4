import { useId, type Ref } from "react";
import { Text } from "@fluentui/react-components";
import type { SearchHit } from "../../core/search";
import { HighlightedText } from "./HighlightedText";
import { usePaneStyles } from "./Pane.styles";
import { matchCount, noMatches } from "./searchMessages";
import { SuggestionCard } from "./SuggestionCard";
import { SuggestionList } from "./SuggestionList";

export type SearchResultsProps = {
  query: string;
  hits: readonly SearchHit[];
  listRef: Ref<HTMLUListElement>;
  onLeave: () => void;
};

/** Hits across the whole library, each naming its section; the arrow keys move between them. */
export function SearchResults({ query, hits, listRef, onLeave }: SearchResultsProps) {
  const styles = usePaneStyles();
  const headingId = useId();
  if (hits.length === 0) {
    return (
      <p className={styles.empty} data-testid="no-matches">
        {noMatches(query)} Try fewer or other words.
      </p>
    );
  }
  return (
    <div className={styles.group}>
      <h2 id={headingId} className={styles.heading}>
        Search results
      </h2>
      <Text size={200} className={styles.count} data-testid="match-count">
        {matchCount(hits.length)}. Use the Up and Down arrow keys to move through them and Enter to insert one.
      </Text>
      <SuggestionList aria-labelledby={headingId} listRef={listRef} onLeave={onLeave} data-testid="search-results">
        {hits.map((hit) => (
          // The highlighting comes with the search results, loaded after the first view.
          <SuggestionCard key={hit.entry.id} entry={hit.entry} search={{ text: <HighlightedText text={hit.text} highlights={hit.highlights} /> }} />
        ))}
      </SuggestionList>
    </div>
  );
}
