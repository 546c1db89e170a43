// @ts-check
/**
 * Builds the kit in this checkout, packs it here as `convai-tag-kit.tgz` and installs the example
 * with it: the example gets exactly the files a user gets from npm (a link would skip `files`).
 */
import { execFileSync } from "node:child_process";
import { renameSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const here = fileURLToPath(new URL("..", import.meta.url));

execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", here], { cwd: root, encoding: "utf8" });
const name = packed.trim().split("\n").at(-1) ?? "";
renameSync(join(here, name), join(here, "convai-tag-kit.tgz"));
// Named explicitly: a plain `npm install` keeps an older copy of a same-named tarball.
execFileSync("npm", ["install", "--no-audit", "--no-fund", "./convai-tag-kit.tgz"], { cwd: here, stdio: "inherit" });
