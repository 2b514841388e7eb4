export const CHROMIUM_FLAGS: string[];
/** The Chromium/Chrome executable to drive: CHROME_PATH, or a usual install path; throws with install advice. */
export function findChromium(): string;
