// `npm run screenshot`: the HTML reports (--format html) of both fixtures and of a hostile article,
// opened in headless Chromium (Debian's `chromium` package) with JavaScript on; a PNG of each, and
// every message the browser's console printed (there should be none).
//
// Usage: npm run screenshot [-- --out DIR]   (CHROMIUM=path overrides the browser)

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const out = args[0] === "--out" && args[1] ? args[1] : join(tmpdir(), "article-cli-screenshots");
mkdirSync(out, { recursive: true });
const browser = process.env.CHROMIUM ?? "chromium";
if (spawnSync(browser, ["--version"], { encoding: "utf8" }).status !== 0) {
  console.error(`screenshot: ${browser} not found (Debian: apt-get install chromium; or set CHROMIUM)`);
  process.exit(2);
}

const hostile = join(out, "hostile.txt");
writeFileSync(
  hostile,
  'Mayor <script>alert("title")</script> Angela Ruiz wins "><img src=x onerror=alert(1)>\n\n' +
    'Mayor Angela Ruiz said on Tuesday that the barrier </style><script>document.body.innerHTML=""</script> would be built in March 2026.\n\n' +
    'Councilman Thomas Byrne denied "><img src=x onerror=alert(2)> that the town had studied other plans in 2024.\n',
);
const reports: [string, string[]][] = [
  ["putin-musk", ["show", "--format", "html", join(root, "fixtures", "putin-musk.id.txt")]],
  ["harbor-barrier", ["show", "--format", "html", join(root, "fixtures", "harbor-barrier.en.txt")]],
  ["hostile", ["show", "--format", "html", hostile]],
];
let messages = 0;
for (const [name, command] of reports) {
  const html = spawnSync(process.execPath, [join(root, "bin", "article-cli.js"), ...command], { encoding: "utf8" });
  if (html.status !== 0) throw new Error(`article-cli ${command.join(" ")}: ${html.stderr}`);
  const page = join(out, `${name}.html`);
  writeFileSync(page, html.stdout);
  const png = join(out, `${name}.png`);
  const run = spawnSync(
    browser,
    ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--log-level=0", "--window-size=1200,3000", `--screenshot=${png}`, `file://${page}`],
    { encoding: "utf8", timeout: 60_000 },
  );
  const console_ = (run.stderr ?? "").split("\n").filter((l) => l.includes(":CONSOLE"));
  messages += console_.length;
  console.log(`${name}: ${png} (${run.status === 0 ? "ok" : `exit ${run.status}`}), console messages: ${console_.length}`);
  for (const l of console_) console.log(`  ${l.replace(/^\[[^\]]*\]\s*/, "")}`);
}
process.exit(messages > 0 ? 1 : 0);
