/** Runs the project's commands as a user would, for the tests of the production build and its pre-flight. */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

export const ROOT = path.resolve(__dirname, "../..");
/** Settings a developer's shell may hold, cleared so each test says exactly what it builds for. */
const DEPLOY_SETTINGS = ["ADDIN_URL", "OFFICE_CLOUD", "OFFICE_JS_URL", "CX_LIBRARY", "CX_PLAIN_WORDS", "CX_AGENCY", "SOURCE_MAPS", "FRAME_ANCESTORS_EXTRA"];

export type CommandResult = { code: number; output: string };

/** `command args…` in the project folder with `env` over the settings-free environment; never throws on exit codes. */
export async function run(command: string, args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !DEPLOY_SETTINGS.includes(name)));
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd: ROOT, env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** `npm run build` into `outputPath`, for ADDIN_URL https://cx.example.gov unless `env` says otherwise. */
export function productionBuild(env: Record<string, string>, outputPath: string): Promise<CommandResult> {
  return run("npm", ["run", "build", "--", "--output-path", outputPath], { ADDIN_URL: "https://cx.example.gov", ...env });
}

/** `npm run check:dist -- folder`, the pre-flight. */
export function checkDist(folder: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return run("npm", ["run", "check:dist", "--", folder], env);
}
