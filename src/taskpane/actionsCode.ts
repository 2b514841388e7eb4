import { deferred } from "./deferred";

/**
 * What Insert and Copy need beyond the first view: the plan of what an entry brings along, and the
 * clipboard. Loaded right after the first view; used at once when loaded, so that Copy still runs within
 * the click that asked for it (browsers allow clipboard writes only then).
 */
export const insertionPlanCode = deferred(() => import(/* webpackChunkName: "actions" */ "../core/insertionPlan"));
export const clipboardCode = deferred(() => import(/* webpackChunkName: "actions" */ "./clipboard"));

/** The part's module: at once when loaded, else once it has loaded. */
export async function whenLoaded<T>(part: { loaded(): T | undefined; load(): Promise<T> }): Promise<T> {
  return part.loaded() ?? part.load();
}
