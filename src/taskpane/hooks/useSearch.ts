import { useMemo, useState } from "react";
import type { Library, PlaceholderValues } from "../../core/library";
import type { SearchHit } from "../../core/search";
import { deferred, useDeferred } from "../deferred";

/** The search code, loaded after the pane's first view (with the results list) or at the first keystroke. */
export const searchCode = deferred(() => import(/* webpackChunkName: "search" */ "../../core/search"));

/** `active` once there is a query and the code to answer it; until then the suggestions stay in view. */
export type SearchModel = { query: string; setQuery: (query: string) => void; active: boolean; hits: SearchHit[] };

/** Instant search over the whole library, both document types. */
export function useSearch(library: Library, values: PlaceholderValues): SearchModel {
  const [query, setQuery] = useState("");
  const typed = query.trim() !== "";
  const code = useDeferred(searchCode, typed);
  const search = useMemo(() => code?.createSearch(library, values), [code, library, values]);
  const hits = useMemo(() => (search && typed ? search(query) : []), [search, typed, query]);
  return { query, setQuery, active: typed && search !== undefined, hits };
}
