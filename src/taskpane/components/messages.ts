// The message bars the pane shows only now and then, loaded together after the first view (LaterParts.tsx).
export { NoDocument } from "./NoDocument";
export { OutsideOffice } from "./OutsideOffice";
export { PlanNotice } from "./PlanNotice";
export { ProblemBar } from "./ProblemBar";
