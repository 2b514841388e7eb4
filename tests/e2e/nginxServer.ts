/**
 * Runs Debian's nginx with the shipped deploy/nginx.conf, as a host would, on 127.0.0.1: the server block
 * unchanged except for what only a real host has (its https listen lines, certificate and root), in its
 * own prefix and temp folders, in the foreground, stopped by the test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";

export const NGINX_CONF = path.resolve(__dirname, "../../deploy/nginx.conf");
const NGINX_CANDIDATES = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/opt/homebrew/bin/nginx", "/usr/local/bin/nginx"];
const MIME_TYPES_CANDIDATES = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types"];

/** nginx and its mime.types: NGINX_PATH, or a usual install; fails saying how to install it. */
function findNginx(): { nginx: string; mimeTypes: string } {
  const nginx = process.env.NGINX_PATH || NGINX_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  const mimeTypes = MIME_TYPES_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!nginx || !fs.existsSync(nginx) || !mimeTypes) {
    throw new Error(
      "The hosting test serves dist/ with deploy/nginx.conf and needs nginx (with its mime.types). Install it " +
        "(Debian/Ubuntu: `sudo apt-get install -y nginx`; macOS: `brew install nginx`) or set NGINX_PATH. " +
        "(.ci/run installs it when it is missing.)",
    );
  }
  return { nginx, mimeTypes };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The shipped server block for plain http on 127.0.0.1:port serving `root`; throws if a directive moved. */
export function localServerBlock(shipped: string, port: number, root: string): string {
  const replace = (text: string, pattern: RegExp, by: string, what: string) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no ${what} for the test to replace`);
    return text.replace(pattern, by);
  };
  let conf = replace(shipped, /^\s*listen 443 ssl;$/m, `    listen 127.0.0.1:${port};`, "`listen 443 ssl;`");
  conf = replace(conf, /^\s*listen \[::\]:443 ssl;\n/m, "", "IPv6 listen line");
  conf = replace(conf, /^\s*ssl_\w+\s[^;]*;\n/gm, "", "ssl_ lines");
  return replace(conf, /^(\s*)root\s[^;]*;$/m, `$1root ${root};`, "root");
}

export type NginxServer = { url: string; stop(): Promise<void> };

export async function startNginx(root: string): Promise<NginxServer> {
  const { nginx, mimeTypes } = findNginx();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "cx-nginx-"));
  fs.chmodSync(prefix, 0o755); // worker processes may run as another user
  const port = await freePort();
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${prefix}/${name};`);
  fs.writeFileSync(
    path.join(prefix, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes 1;",
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      "events { worker_connections 64; }",
      "http {",
      `  include ${mimeTypes};`,
      "  default_type application/octet-stream;",
      "  access_log off;",
      ...temp,
      localServerBlock(fs.readFileSync(NGINX_CONF, "utf8"), port, root),
      "}",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(nginx, ["-p", prefix, "-e", `${prefix}/error.log`, "-c", `${prefix}/nginx.conf`], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = fs.existsSync(path.join(prefix, "error.log")) ? fs.readFileSync(path.join(prefix, "error.log"), "utf8") : "";
      await stop();
      throw new Error(`nginx exited with code ${child.exitCode}:\n${output}${log}`);
    }
    try {
      await fetch(`${url}/manifest.xml`);
      return { url, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`nginx did not answer at ${url}:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
