/**
 * The workbench as an analyst uses it, in Debian's Chromium driven by playwright-core: a real
 * `tessera serve` on a fresh store, two sample reports dropped on the upload page, then the reader,
 * an entity's profile with the Sousse toll conflict, the link chart and a path, the timeline, the map.
 * Screenshots go to test-output/browser/ (TESSERA_UPDATE_DOCS_IMAGES=1 also refreshes docs/images/).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { type ServedWorkbench, serveWorkbench } from "../support/serve.js";

const CHROMIUM = "/usr/bin/chromium";

/** What a person reads in an element. */
const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? "";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SHOTS = join(ROOT, "test-output", "browser");
const SAMPLES = join(ROOT, "samples", "demo");
const UPLOADS = ["04-sousse-live-updates.html", "05-sousse-toll-rises.html"];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

/** The server serves dist/web; build it when it is missing or older than its sources. */
function ensureWebBuilt(): void {
  const index = join(ROOT, "dist", "web", "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(ROOT, "src", "web"))) return;
  const vite = join(ROOT, "node_modules", "vite", "bin", "vite.js");
  const built = spawnSync(process.execPath, [vite, "build", "--config", "src/web/vite.config.ts"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(built.status, 0, `vite build failed: ${built.stderr}`);
}

const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is missing: install Debian's chromium to run the browser tests`;
if (skip) console.log(`# browser tests skipped: ${skip}`);

describe("the workbench in Chromium", { skip }, () => {
  let dir: string;
  let served: ServedWorkbench;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const url = (path: string) => new URL(path, served.url).toString();
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  before(async () => {
    ensureWebBuilt();
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "tessera-browser-"));
    served = await serveWorkbench(join(dir, "store"));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(30_000);
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    // Nothing may leave the machine: every request must go to the workbench itself.
    page.on("request", (r) => {
      if (!r.url().startsWith(served.url) && !r.url().startsWith("data:"))
        consoleErrors.push(`request out: ${r.url()}`);
    });
  });

  after(async () => {
    await browser?.close();
    await served?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("upload two reports by drag and drop, and see a clear error for a bad file", async () => {
    await page.goto(url("/upload"));
    await page.getByRole("heading", { name: "Upload reports" }).waitFor();
    const files = [
      ...UPLOADS.map((name) => ({
        name,
        text: readFileSync(join(SAMPLES, name), "utf8"),
        type: "text/html",
      })),
      { name: "notes.png", text: "\u0089PNG\r\n\u001a\n not really", type: "image/png" },
    ];
    const transfer = await page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name, { type: f.type }));
      return data;
    }, files);
    await page.dispatchEvent(".dropzone", "drop", { dataTransfer: transfer });
    await page.locator('.upload-item [data-status="ingested"]').nth(1).waitFor({ timeout: 120_000 });
    await page.locator('.upload-item[data-file="notes.png"] .error').waitFor();
    assert.equal(await page.locator('[data-status="ingested"]').count(), 2);
    assert.match(await text(page.locator('.upload-item[data-file="notes.png"]')), /notes\.png: .*/);
    await shot("upload");
  });

  let eventUrl = "";

  test("read a report: mentions highlighted by type, a statement's sentence lit on hover, a mention opens its entity", async () => {
    await page
      .getByRole("link", { name: /toll rises/i })
      .first()
      .click();
    await page.waitForURL(/\/documents\/doc_/);
    await page.locator(".document-text").waitFor();
    assert.ok((await page.locator("a.mention").count()) > 10);
    assert.ok((await page.locator("a.mention.t-person").count()) > 0);
    assert.ok((await page.locator("a.mention.t-location").count()) > 0);
    assert.equal(await page.locator(".sentence.lit").count(), 0);
    await page.locator("ul.statements li", { hasText: "39" }).first().hover();
    assert.ok((await page.locator(".sentence.lit").count()) >= 1);
    assert.match(await text(page.locator(".sentence.lit").first()), /39/);
    await shot("reader");

    await page
      // The dateline's event ("Friday's attack in Sousse", shown without the place when the place is
      // highlighted on its own) is the attack whose toll the reports dispute.
      .locator("a.mention.t-event", { hasText: /Friday's attack/i })
      .first()
      .click();
    await page.waitForURL(/\/entities\/ent_/);
    eventUrl = page.url();
  });

  test("the entity's profile: statements grouped by predicate with sources, the toll conflict flagged in place", async () => {
    await page.locator(".profile h1").waitFor();
    await page.locator(".conflict-banner").waitFor();
    const banner = await text(page.locator(".conflict-banner"));
    assert.match(banner, /Sources disagree/);
    assert.match(banner, /38/);
    assert.match(banner, /39/);
    assert.ok((await page.locator('.predicate-group[data-predicate="killed"] li').count()) >= 2);
    assert.ok((await page.locator("li.conflicted").count()) >= 2);
    assert.ok((await page.locator("ul.evidence .grade").count()) > 0, "sources carry their grades");
    assert.ok((await page.locator("table.names tbody tr").count()) >= 1);
    await shot("entity-profile");
  });

  test("the link chart: the neighbourhood, expanded on click, and a path to a second entity highlighted", async () => {
    await page.getByRole("link", { name: "Link chart" }).click();
    await page.waitForURL(/\/chart\/ent_/);
    await page.waitForFunction(() => Number(document.querySelector('[data-count="nodes"]')?.textContent) > 1);
    const before = Number(await text(page.locator('[data-count="nodes"]')));
    assert.ok(before > 1);
    assert.ok(Number(await text(page.locator('[data-count="edges"]'))) > 0);
    const names = await page.locator(".chart-nodes button").allInnerTexts();
    const heading = await text(page.locator(".chart-head h1"));
    const target = names.find((n) => !heading.endsWith(n));
    assert.ok(target, "a second entity in the chart");
    await page.locator(".chart-nodes button", { hasText: target }).first().click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.chart-nodes button[aria-pressed="true"]').length >= n,
      2,
    );
    await page.getByLabel("Path to").fill(target);
    await page.getByRole("button", { name: "Find path" }).click();
    await page.locator("ol.path-steps li").nth(1).waitFor();
    const steps = await page.locator("ol.path-steps li").allInnerTexts();
    assert.ok(steps.at(-1)!.includes(target), `path ends at ${target}: ${steps.join(" / ")}`);
    assert.match(page.url(), /\?to=/);
    await page.waitForTimeout(300);
    await shot("link-chart");
    if (process.env.TESSERA_UPDATE_DOCS_IMAGES === "1") {
      mkdirSync(join(ROOT, "docs", "images"), { recursive: true });
      copyFileSync(join(SHOTS, "link-chart.png"), join(ROOT, "docs", "images", "link-chart.png"));
    }
  });

  test("the timeline shows each date at its precision", async () => {
    await page.goto(eventUrl.replace("/entities/", "/timeline/"));
    await page.locator("svg.timeline").waitFor();
    const events = await page.locator("svg.timeline g.event").count();
    assert.ok(events >= 1);
    assert.equal(await page.locator("table.list tbody tr").count(), events);
    assert.ok((await page.locator('svg.timeline g.event[data-precision="day"] circle').count()) >= 1);
    // Each date says where it comes from; a toll that gives no date is placed at its event's.
    const bases = await page
      .locator("svg.timeline g.event")
      .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-basis")));
    assert.ok(
      bases.every((b) => b === "stated" || b === "event" || b === "reported"),
      bases.join(),
    );
    assert.ok(bases.includes("event"), bases.join());
    assert.ok((await page.getByRole("cell", { name: "date of the event" }).count()) >= 1);
    await shot("timeline");
  });

  test("the map draws countries from vector shapes and the places with coordinates", async () => {
    await page.getByRole("link", { name: "Map", exact: true }).click();
    await page.waitForURL(/\/map$/);
    await page.locator("svg.map .countries path").first().waitFor();
    assert.ok((await page.locator("svg.map .countries path").count()) > 100);
    const places = await page.locator("svg.map a.place").count();
    assert.ok(places >= 1, "places with coordinates are drawn");
    assert.ok((await page.locator("svg.map a.place", { hasText: "Sousse" }).count()) >= 1);
    await shot("map");
  });

  test("the conflicts board and the review queue open; the page is usable by keyboard; no console errors", async () => {
    await page.goto(url("/conflicts"));
    await page.locator(".conflict-card").first().waitFor();
    assert.match(await text(page.locator(".conflict-card").first()), /killed/);
    await shot("conflicts");
    await page.goto(url("/review"));
    await page.getByRole("heading", { name: "Review queue" }).waitFor();
    await page.waitForSelector(".board, .empty, .error");
    await shot("review");

    await page.goto(url("/"));
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      "main",
      "skip link moves focus to content",
    );
    assert.deepEqual(consoleErrors, []);
  });
});
