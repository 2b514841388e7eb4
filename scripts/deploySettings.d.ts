export class DeploySettingError extends Error {}
export const OFFICE_JS_BY_CLOUD: Record<"commercial" | "gcc" | "gcch" | "dod", string>;
export const CLOUD_NAMES: Record<"commercial" | "gcc" | "gcch" | "dod", string>;
export function deployedUrl(raw: string | undefined): string;
export function officeJs(env?: { OFFICE_CLOUD?: string; OFFICE_JS_URL?: string }): { cloud: string; label: string; url: string };
export function contentSecurityPolicy(officeJsUrl: string): string;
/** What is wrong with a Content-Security-Policy as written (empty when it reads as intended). */
export function policyProblems(policy: string): string[];
export function productionManifest(xml: string, devUrl: string, publicUrl: string): string;
/** frame-ancestors sources: the project's list (its inference; Microsoft publishes none). */
export const FRAME_ANCESTORS: string[];
/** deploy/ files the build writes into dist/ with the frame-ancestors list filled in. */
export const HOSTING_CONFIGS: string[];
/** The project's list followed by FRAME_ANCESTORS_EXTRA's origins; throws DeploySettingError on a bad one. */
export function frameAncestors(env?: { FRAME_ANCESTORS_EXTRA?: string }): string[];
export function frameAncestorsOf(policy: string): string[] | null;
export function hostingConfig(text: string, ancestors: string[], name: string): string;
/** The Content-Security-Policy header value the hosting configurations send. */
export function hostingPolicy(ancestors?: string[]): string;
