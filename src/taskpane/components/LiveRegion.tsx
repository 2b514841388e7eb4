import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { usePaneStyles } from "./Pane.styles";

export type Announce = (text: string) => void;

const AnnounceContext = createContext<Announce | null>(null);
const ignore: Announce = () => undefined;

/** The function that speaks through the pane's polite live region. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext) ?? ignore;
}

export type AnnounceProviderProps = { announce: Announce; children: ReactNode };

/** Lets tests (or an outer shell) listen to every announcement; a LiveRegion inside still speaks. */
export function AnnounceProvider({ announce, children }: AnnounceProviderProps) {
  return <AnnounceContext.Provider value={announce}>{children}</AnnounceContext.Provider>;
}

export type LiveRegionProps = { children: ReactNode };

/** The pane's one polite live region; everything below announces through useAnnounce(). */
export function LiveRegion({ children }: LiveRegionProps) {
  const styles = usePaneStyles();
  const outer = useContext(AnnounceContext);
  const [message, setMessage] = useState({ text: "", serial: 0 });
  const announce = useCallback<Announce>(
    (text) => {
      setMessage((prev) => ({ text, serial: prev.serial + 1 }));
      outer?.(text);
    },
    [outer],
  );
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden} data-testid="live-region">
        {/* A new node per message, so a repeated message ("Copied") is read again. */}
        <span key={message.serial}>{message.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}
