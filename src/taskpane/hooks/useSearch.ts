import { useMemo, useState } from "react";
import type { Library, PlaceholderValues } from "../../core/library";
import { createSearch, type SearchHit } from "../../core/search";

export type SearchModel = { query: string; setQuery: (query: string) => void; active: boolean; hits: SearchHit[] };

/** Instant search over the whole library, both document types. */
export function useSearch(library: Library, values: PlaceholderValues): SearchModel {
  const [query, setQuery] = useState("");
  const search = useMemo(() => createSearch(library, values), [library, values]);
  const hits = useMemo(() => search(query), [search, query]);
  return { query, setQuery, active: query.trim() !== "", hits };
}
