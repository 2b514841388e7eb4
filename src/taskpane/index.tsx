import { bootTaskpane } from "./boot";

const container = document.getElementById("root");
if (container) {
  void bootTaskpane(container);
}
