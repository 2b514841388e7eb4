export class DeploySettingError extends Error {}
export const OFFICE_JS_BY_CLOUD: Record<"commercial" | "gcc" | "gcch" | "dod", string>;
export const CLOUD_NAMES: Record<"commercial" | "gcc" | "gcch" | "dod", string>;
export function deployedUrl(raw: string | undefined): string;
export function officeJs(env?: { OFFICE_CLOUD?: string; OFFICE_JS_URL?: string }): { cloud: string; label: string; url: string };
export function contentSecurityPolicy(officeJsUrl: string): string;
/** What is wrong with a Content-Security-Policy as written (empty when it reads as intended). */
export function policyProblems(policy: string): string[];
export function productionManifest(xml: string, devUrl: string, publicUrl: string): string;
