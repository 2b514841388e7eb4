import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { bundledLibrary } from "../core/bundledLibrary";
import { LiveRegion } from "../taskpane/components/LiveRegion";
import { CoveragePage } from "./CoveragePage";
import { usePrefersDark } from "./prefersDark";

function Root() {
  const dark = usePrefersDark();
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
