import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Library } from "../core/library";
import type { DocumentGateway } from "../word/gateway";
import type { HostConnection } from "../word/host";
import type { HostedLibraryRequest } from "./hostedLibrary";
import { LiveRegion } from "./components/LiveRegion";
import { NoDocument, OutsideOffice } from "./components/LaterParts";
import { useDeferred } from "./deferred";
import { darkTheme } from "./themes";
import { Pane } from "./components/Pane";
import { PaneHeader } from "./components/PaneHeader";

const useStyles = makeStyles({
  // The pane fills the task pane's height; its own regions scroll (the header stays put). On an inner element,
  // not the FluentProvider: Fluent copies the provider's classes to its portals (tooltips, dialogs), which would
  // then cover the whole pane.
  root: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    overflow: "hidden",
  },
  main: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

export type AppProps = {
  host: HostConnection;
  /** null outside Word. */
  gateway: DocumentGateway | null;
  /** The bundled library, shown until a hosted one has been checked and taken. */
  library: Library;
  /** The host's library.json, checked after the first view (none: the bundled library only). */
  hostedLibrary?: HostedLibraryRequest;
  /** The tenant's agency name from the build; used for {{agency}} until the user sets one. */
  defaultAgency?: string;
};

export function App({ host, gateway, library, hostedLibrary, defaultAgency }: AppProps) {
  const styles = useStyles();
  // High contrast needs no theme of its own: Windows forced colours override the page.
  const wantsDark = host.kind === "word" && host.theme === "dark";
  const dark = useDeferred(darkTheme, wantsDark);
  const theme = wantsDark && dark ? dark.webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme}>
      <div className={styles.root}>
        <LiveRegion>
          {host.kind === "word" && gateway ? (
            <Pane host={host} gateway={gateway} library={library} hostedLibrary={hostedLibrary} defaultAgency={defaultAgency} />
          ) : (
            <>
              <PaneHeader />
              <main className={styles.main}>{host.kind === "word" ? <NoDocument /> : <OutsideOffice />}</main>
            </>
          )}
        </LiveRegion>
      </div>
    </FluentProvider>
  );
}
