import { useSyncExternalStore } from "react";

const darkQuery = window.matchMedia("(prefers-color-scheme: dark)");
const subscribe = (changed: () => void) => {
  darkQuery.addEventListener("change", changed);
  return () => darkQuery.removeEventListener("change", changed);
};

/**
 * The browser's light or dark setting, followed as it changes: it picks the pages' Fluent theme (high contrast needs
 * none, since forced colours override the page).
 */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => darkQuery.matches);
}
