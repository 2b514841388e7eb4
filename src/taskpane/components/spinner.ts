// Fluent's Spinner on its own, loaded after the first view (LaterParts.tsx).
export { Spinner } from "@fluentui/react-components";
