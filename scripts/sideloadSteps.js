// Printed when `npm start` is listening: how to load the development add-in into Word.
function printSideloadSteps(baseUrl) {
  const manifest = require("node:path").resolve(__dirname, "..", "manifest.xml");
  console.log(
    [
      "",
      `CX Language for Word is served at ${baseUrl}/taskpane.html`,
      `Try it without Word: ${baseUrl}/preview.html (a sample Position Description beside the real pane)`,
      "",
      "Side-load it into Word on the web:",
      "  1. Open a document at https://www.office.com (Word on the web).",
      "  2. Home > Add-ins > More Settings (or Advanced) > Upload My Add-in.",
      `  3. Browse to ${manifest} and choose Upload.`,
      "  4. Select CX Language on the Home tab to open the pane.",
      "",
      "Side-load it into Word on Windows or Mac:",
      "  Windows: share a folder holding manifest.xml, add it under File > Options > Trust Center > Trust Center",
      "  Settings > Trusted Add-in Catalogs (tick Show in Menu), restart Word, then Home > Add-ins > Advanced >",
      "  Shared Folder.",
      "  Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef, restart Word,",
      "  then Home > Add-ins.",
      "",
      "Word must trust the development certificate: see the certificate note above (Linux) or accept the",
      "prompt office-addin-dev-certs showed (Windows/macOS).",
      "",
    ].join("\n"),
  );
}

module.exports = { printSideloadSteps };
