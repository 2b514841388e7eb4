import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { useSyncExternalStore } from "react";
import { bundledLibrary } from "../core/bundledLibrary";
import { LiveRegion } from "../taskpane/components/LiveRegion";
import { CoveragePage } from "./CoveragePage";

const darkQuery = window.matchMedia("(prefers-color-scheme: dark)");
const subscribe = (changed: () => void) => {
  darkQuery.addEventListener("change", changed);
  return () => darkQuery.removeEventListener("change", changed);
};

/** The browser's light or dark setting picks Fluent's theme; high contrast needs none (forced colours override the page). */
function Root() {
  const dark = useSyncExternalStore(subscribe, () => darkQuery.matches);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <LiveRegion>
        <CoveragePage library={bundledLibrary} />
      </LiveRegion>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<Root />);
