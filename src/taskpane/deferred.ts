import { useEffect, useState } from "react";

/**
 * A part of the pane that its first view does not show, kept in a file of its own that webpack loads on
 * request (a dynamic import): the pane opens sooner, and the part is fetched right after the first view,
 * before anyone reaches for it.
 */
export type Deferred<T> = {
  /** The module once loaded, else undefined. */
  loaded(): T | undefined;
  /** Loads the module (once; a failed load is tried again on the next call). */
  load(): Promise<T>;
};

export function deferred<T>(importModule: () => Promise<T>): Deferred<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    loaded: () => module,
    load() {
      loading ??= importModule().then(
        (loadedModule) => (module = loadedModule),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}

/** The part's module, loading it (then rendering again) when `needed` and not there yet; undefined until then. */
export function useDeferred<T>(part: Deferred<T>, needed = true): T | undefined {
  const [, setLoaded] = useState(false);
  const module = part.loaded();
  useEffect(() => {
    if (module || !needed) return undefined;
    let live = true;
    part.load().then(
      () => live && setLoaded(true),
      (error: unknown) => console.error("A part of the pane could not be loaded", error),
    );
    return () => {
      live = false;
    };
  }, [part, module, needed]);
  return module;
}

/**
 * Becomes true a frame after `ready`: work started then (loading later parts, reading the whole document)
 * does not hold up the paint of what is ready.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
