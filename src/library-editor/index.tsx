import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { usePrefersDark } from "../coverage/prefersDark";
import { LibraryEditor } from "./LibraryEditor";

function Root() {
  const dark = usePrefersDark();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <LibraryEditor />
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<Root />);
