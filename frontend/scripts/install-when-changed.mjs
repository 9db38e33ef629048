// Runs `npm ci` unless node_modules was installed by this script from exactly the current
// package.json and package-lock.json on this platform, so repeated Maven builds skip it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const STAMP = "node_modules/.quire-installed";

const stamp = [process.platform, process.arch]
  .concat(["package.json", "package-lock.json"].map((file) => createHash("sha256").update(readFileSync(file)).digest("hex")))
  .join("\n");

if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp) {
  console.log("frontend/node_modules matches package-lock.json: npm ci skipped");
} else {
  const windows = process.platform === "win32";
  const install = spawnSync(windows ? "npm.cmd" : "npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit", shell: windows });
  if (install.status !== 0) {
    process.exit(install.status ?? 1);
  }
  writeFileSync(STAMP, stamp);
}
