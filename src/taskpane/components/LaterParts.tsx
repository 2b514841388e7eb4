/**
 * The parts of the pane its first view does not show: settings, the review, plain language, the copy dialog, messages about problems,
 * search results, the 'In document' mark and its Show changes, the page shown outside Word and the progress spinner. Each loads from its own file
 * (see deferred.ts); the components here take the same props and render the part once it is there.
 */
import { useEffect, type ComponentType, type ReactNode } from "react";
import type { SpinnerProps } from "@fluentui/react-components";
import { deferred, useDeferred, type Deferred } from "../deferred";
import { clipboardCode, insertionPlanCode } from "../actionsCode";
import { searchCode } from "../hooks/useSearch";

const settingsPanel = deferred(() => import(/* webpackChunkName: "settings" */ "./SettingsPanel"));
const copyDialog = deferred(() => import(/* webpackChunkName: "copy-dialog" */ "./CopyDialog"));
const messages = deferred(() => import(/* webpackChunkName: "messages" */ "./messages"));
const searchResults = deferred(() => import(/* webpackChunkName: "search" */ "./SearchResults"));
const inDocumentBadge = deferred(() => import(/* webpackChunkName: "presence" */ "./InDocumentBadge"));
const spinner = deferred(() => import(/* webpackChunkName: "spinner" */ "./spinner"));
const reviewPanel = deferred(() => import(/* webpackChunkName: "review" */ "./ReviewPanel"));
const plainLanguagePanel = deferred(() => import(/* webpackChunkName: "plain-language" */ "./PlainLanguagePanel"));
const entryChanges = deferred(() => import(/* webpackChunkName: "changes" */ "./EntryChanges"));
const cardNavigation = deferred(() => import(/* webpackChunkName: "card-navigation" */ "./CardNavigation"));

/**
 * A component that renders `pick(module)` once the part is loaded, and `fallback` until then. Showing it
 * starts the loading, unless `loadWhenShown` is false (then it waits for usePreloadedLaterParts).
 */
function later<M, P extends object>(
  part: Deferred<M>,
  pick: (module: M) => ComponentType<P>,
  fallback: (props: P) => ReactNode = () => null,
  loadWhenShown = true,
) {
  return function Later(props: P) {
    const module = useDeferred(part, loadWhenShown);
    if (!module) return fallback(props);
    const Part = pick(module);
    return <Part {...props} />;
  };
}

export const SettingsPanel = later(settingsPanel, (m) => m.SettingsPanel);
export const CopyDialog = later(copyDialog, (m) => m.CopyDialog);
export const SearchResults = later(searchResults, (m) => m.SearchResults);
export const ProblemBar = later(messages, (m) => m.ProblemBar);
export const PlanNotice = later(messages, (m) => m.PlanNotice);
export const OutsideOffice = later(messages, (m) => m.OutsideOffice);
export const NoDocument = later(messages, (m) => m.NoDocument);
export const InDocumentBadge = later(inDocumentBadge, (m) => m.InDocumentBadge);
export const ReviewPanel = later(reviewPanel, (m) => m.ReviewPanel);
/** The plain-language view, with the word list and its matching: loaded when first opened. */
export const PlainLanguagePanel = later(plainLanguagePanel, (m) => m.PlainLanguagePanel);
/** Show changes and Replace with approved wording (with the diff library), loaded when a card first shows them. */
export const EntryChanges = later(entryChanges, (m) => m.EntryChanges);
/** Registers the arrow navigation between cards and hands over its attributes (the pane mounts it after the first view). */
export const CardNavigationFeatures = later(cardNavigation, (m) => m.CardNavigationFeatures);
/** Fluent's Spinner; until it is loaded (after the first view, which must not wait for it), its label alone. */
export const Spinner = later(spinner, (m) => m.Spinner, (props: SpinnerProps) => <span role="status">{props.label as string}</span>, false);

/** Fetches every later part once `firstViewShown` (a failure shows when the part is needed). */
export function usePreloadedLaterParts(firstViewShown: boolean): void {
  useEffect(() => {
    if (!firstViewShown) return;
    for (const part of [cardNavigation, settingsPanel, copyDialog, messages, searchResults, searchCode, spinner, inDocumentBadge, insertionPlanCode, clipboardCode]) {
      part.load().catch(() => undefined);
    }
  }, [firstViewShown]);
}
