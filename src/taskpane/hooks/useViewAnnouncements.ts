import { useEffect, useRef, type RefObject } from "react";
import { matchCount, noMatches } from "../components/searchMessages";
import { useAnnounce } from "../components/LiveRegion";
import { shownKey, viewAnnouncement, type ShownView } from "../shownSection";

/** Pause before reading out the match count, so typing is not talked over at every key. */
const COUNT_ANNOUNCE_DELAY_MS = 400;

export type SearchStatus = { active: boolean; query: string; matches: number };

/**
 * Says what the suggestions now show, once per real change (not while the user is reading search results),
 * and the match count once typing pauses. A new view can remove the card that had focus: focus then goes to
 * `searchBox`, but only while the pane has focus, never pulling it out of the document.
 */
export function useViewAnnouncements(shown: ShownView, search: SearchStatus, searchBox: RefObject<HTMLInputElement | null>): void {
  const announce = useAnnounce();
  const key = shownKey(shown);
  const spoken = viewAnnouncement(shown);
  const { active: searching, query, matches } = search;
  const lastSpokenKey = useRef<string | null>(null);

  useEffect(() => {
    if (lastSpokenKey.current === key) return; // the same view re-rendered is not news
    const firstView = lastSpokenKey.current === null;
    lastSpokenKey.current = key;
    if (!firstView && document.hasFocus() && document.activeElement === document.body) searchBox.current?.focus();
    if (spoken && !searching) announce(spoken);
  }, [key, spoken, searching, announce, searchBox]);

  useEffect(() => {
    if (!searching) return undefined;
    const timer = setTimeout(() => announce(matches === 0 ? noMatches(query) : matchCount(matches)), COUNT_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searching, query, matches, announce]);
}
