import { markRunning } from "./running";

// Browser tests and production builds take seconds, not milliseconds (jest's testTimeout is global only).
jest.setTimeout(120_000);
markRunning();
