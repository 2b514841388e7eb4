import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { makeStyles } from "@fluentui/react-components";

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

const useStyles = makeStyles({
  // Visually hidden but read by screen readers; a 1px clip box has no token.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export type LiveRegionProps = { children: ReactNode };

/** The pane's one polite live region; everything below announces through useAnnounce(). */
export function LiveRegion({ children }: LiveRegionProps) {
  const styles = useStyles();
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
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="live-region">
        {/* A new node per message, so a repeated message ("Copied") is read again. */}
        <span key={message.serial}>{message.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}
