// Starts the pane, or says plainly why it cannot. Written in ES5 on purpose, and kept apart from the bundle:
// volume-licensed Word 2019 and older show add-ins in Internet Explorer 11, which cannot even parse the bundle
// (modern JavaScript), so this file checks for what the bundle needs and loads it only where that is there.
// A separate file from the pane's own origin, so the page's Content-Security-Policy allows no inline script.
(function () {
  var root = document.getElementById("root");
  var self = document.getElementById("cx-start");
  if (!root || !self) return;

  // The bundle is built for ES2020 browsers (the Edge WebView2 and Safari webviews): Promise.allSettled and
  // globalThis arrived with that generation; IE11 has neither (nor Symbol or fetch), nor has the original Edge.
  var modern =
    typeof Symbol === "function" &&
    typeof Promise === "function" &&
    typeof Promise.allSettled === "function" &&
    typeof window.fetch === "function" &&
    typeof globalThis === "object";

  if (!modern) {
    while (root.firstChild) root.removeChild(root.firstChild);
    var lines = [
      "CX Language cannot run in this version of Word.",
      "This Word shows add-ins in an older browser (Internet Explorer, or the original Microsoft Edge) that the pane " +
        "does not support. Use Word on the web, " +
        "or ask your IT team for Microsoft 365 or Word 2021 or later.",
    ];
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement("p");
      p.appendChild(document.createTextNode(lines[i]));
      root.appendChild(p);
    }
    root.setAttribute("role", "alert");
    root.className = "cx-cannot-run";
    return;
  }

  var script = document.createElement("script");
  script.src = self.getAttribute("data-pane");
  document.head.appendChild(script);
})();
