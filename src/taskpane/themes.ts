import { deferred } from "./deferred";

/**
 * Fluent's dark theme, for Word's dark Office theme. Most people use a light one, so it loads only when
 * needed; boot.tsx waits for it before the first render, so a dark pane never shows light first.
 */
export const darkTheme = deferred(() => import(/* webpackChunkName: "dark-theme" */ "./darkTheme"));
