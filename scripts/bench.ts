// `npm run bench`: what an agent waits for, measured against the fake Zoho with an injected round-trip time L.
// One run, one table, one JSON file. Targets come from issue 8; a figure is reported as a ratio to its limit.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { startFakeZoho, type LogEntry } from '../fake-zoho/server';
import { DEMO } from '../fake-zoho/worlds';
import { launchWithExtension } from '../tooling/chromium';
import { benchAccount, benchAccountRuns } from './bench-account';
import { timedNavigation, timeline } from './bench-navigation';
import { connectThroughOptionsPage } from '../tooling/sign-in';
import { userSets } from '../lib/sections';

const projectRoot = path.resolve(import.meta.dirname, '..');
const L = Number(process.argv.find((arg) => arg.startsWith('--rtt='))?.slice(6) ?? 200);
const url = (contactId: string) => DEMO.contactUrl('desk.zoho.com', contactId);
const ticketUrl = (ticketId: string) => DEMO.ticketUrl('desk.zoho.com', ticketId);

/**
 * Desk's framework rebuilds its page (the fake agent page's hook); the time until the panel is in the document
 * again with its sections, watched from the page's own world.
 */
async function rebuildToPanelMs(page: Page, scope: 'body' | 'document') {
  return page.evaluate(
    (kind) =>
      new Promise<number>((resolve, reject) => {
        const back = () => {
          const host = document.querySelector('desk-companion-panel');
          return Boolean(host?.parentNode === document.documentElement && host.shadowRoot?.querySelector('section'));
        };
        const start = performance.now();
        const finish = () => {
          observer.disconnect();
          clearTimeout(timeout);
          resolve(performance.now() - start);
        };
        const observer = new MutationObserver(() => back() && finish());
        observer.observe(document, { childList: true, subtree: true });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error('The panel was not back within 5 s of a rebuild'));
        }, 5_000);
        (window as unknown as { deskFramework: { rebuild(scope: string): void } }).deskFramework.rebuild(kind);
        // A body rebuild leaves the panel where it is: nothing to wait for.
        if (back()) finish();
      }),
    scope,
  );
}

function apiCalls(log: LogEntry[]) {
  return log.filter((entry) => entry.path.startsWith('/api/'));
}
function duplicates(log: LogEntry[]) {
  const seen = new Map<string, number>();
  for (const entry of apiCalls(log)) {
    const key = `${entry.method} ${entry.path}?${entry.query} ${entry.body}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen.values()].reduce((sum, count) => sum + (count - 1), 0);
}

/** Main-thread time the content script's own code takes on a page, from a Chromium trace of that page load. */
async function contentScriptMainThreadMs(session: CDPSession, page: Page, pageUrl: string, extensionId: string) {
  const events: Array<{ name: string; dur?: number; args?: { data?: { url?: string; scriptName?: string } } }> = [];
  const collect = (message: { value: unknown }) => events.push(...(message.value as typeof events));
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(pageUrl);
  await page.waitForTimeout(500);
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', collect);
  const ours = `chrome-extension://${extensionId}/`;
  if (process.env.BENCH_DEBUG) {
    for (const event of events.filter((e) => (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith(`chrome-extension://${extensionId}/`))) {
      console.log(event.name, event.dur, (event as { ts?: number }).ts);
    }
  }
  const micros = events
    // Top-level slices only: v8.compile nests inside EvaluateScript.
    .filter((event) => ['EvaluateScript', 'FunctionCall', 'TimerFire', 'EventDispatch'].includes(event.name))
    .filter((event) => (event.args?.data?.url ?? event.args?.data?.scriptName ?? '').startsWith(ours))
    .reduce((sum, event) => sum + (event.dur ?? 0), 0);
  return micros / 1000;
}

/**
 * Counts the messages a Desk tab sends the background (one-off messages, and each message on a port), from a
 * listener of the bench's own added to the service worker beside the extension's.
 */
async function countPageMessages(worker: Worker) {
  await worker.evaluate(() => {
    interface Sender {
      tab?: unknown;
    }
    interface Listenable<A extends unknown[]> {
      addListener(listener: (...args: A) => void): void;
    }
    interface Port {
      sender?: Sender;
      onMessage: Listenable<[]>;
    }
    const scope = globalThis as unknown as {
      pageMessages: number;
      chrome: { runtime: { onMessage: Listenable<[unknown, Sender]>; onConnect: Listenable<[Port]> } };
    };
    scope.pageMessages = 0;
    scope.chrome.runtime.onMessage.addListener((_message, sender) => {
      if (sender.tab) scope.pageMessages += 1;
    });
    scope.chrome.runtime.onConnect.addListener((port) => {
      if (port.sender?.tab) port.onMessage.addListener(() => (scope.pageMessages += 1));
    });
  });
  return {
    reset: () => worker.evaluate(() => ((globalThis as unknown as { pageMessages: number }).pageMessages = 0)),
    count: () => worker.evaluate(() => (globalThis as unknown as { pageMessages: number }).pageMessages),
  };
}

/**
 * One Desk call as the extension's worker sees it: the injected L, plus what no extension can save (the loopback
 * trip through the browser's network stack, the fake's own work). A call without a token: Zoho answers 401 after
 * the same latency. The median of five, so a cold view's figure can be read against what two such calls take.
 */
async function bareRoundTripMs(worker: Worker) {
  return worker.evaluate(async () => {
    const samples: number[] = [];
    for (let sample = 0; sample < 5; sample += 1) {
      const start = performance.now();
      await (await fetch('https://desk.zoho.com/api/v1/organizations', { credentials: 'omit' })).text();
      samples.push(performance.now() - start);
    }
    return samples.sort((a, b) => a - b)[2]!;
  });
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('The build failed.');
  }

  const fake = await startFakeZoho({ port: 0, latencyMs: L });
  const browser = await launchWithExtension({ hostResolverRules: fake.hostResolverRules });
  try {
    await connectThroughOptionsPage(browser);
    const pageMessages = await countPageMessages(browser.serviceWorker);
    const roundTripMs = await bareRoundTripMs(browser.serviceWorker);
    const page = await browser.context.newPage();
    // tsx keeps function names with a `__name` helper that the page's world lacks.
    await page.addInitScript('globalThis.__name = (fn) => fn');

    // Warm-up: the org, the help-center list and the catalogues get cached, as after an agent's first contacts.
    const quiet = () => page.waitForTimeout(L + 150);
    await page.goto(url(DEMO.contacts.active));
    // The panel is injected on demand: the first timed move needs a panel to move from.
    await page.waitForFunction(() => document.querySelector('desk-companion-panel')?.shadowRoot?.querySelector('section'));
    await timedNavigation(page, url(DEMO.contacts.multiUser), 'settled');
    await quiet();
    // One ticket too (of a contact already seen): the fake compiles its check of the large ticket schema on
    // first use, which is the fake's cost, not a round trip an agent waits for.
    await timedNavigation(page, ticketUrl(DEMO.tickets.ofActive), 'settled');
    await quiet();

    await fake.control.clearLog();
    const statusesMs = (await timedNavigation(page, url(DEMO.contacts.pending), 'statuses')).ms;
    await timedNavigation(page, url(DEMO.contacts.active), 'settled');
    await quiet();

    // Cold: a contact never seen before, with one help-center user (the common case).
    await fake.control.clearLog();
    await pageMessages.reset();
    const coldMove = await timedNavigation(page, url(DEMO.contacts.helpCenterUser), 'settled');
    const coldMs = coldMove.ms;
    await quiet();
    const coldLog = await fake.control.log();
    const coldMessages = await pageMessages.count();

    // Warm: back to a contact whose view settled moments ago.
    await fake.control.clearLog();
    const warmMs = (await timedNavigation(page, url(DEMO.contacts.active), 'settled')).ms;
    const warmBlocking = apiCalls(await fake.control.log()).length;
    await quiet();
    const warmLog = await fake.control.log();

    // Desk rebuilding its page under the panel: five body rebuilds and five of the whole document shell.
    await fake.control.clearLog();
    const rebuildSamples: number[] = [];
    for (const scope of ['body', 'document'] as const) {
      for (let sample = 0; sample < 5; sample += 1) rebuildSamples.push(await rebuildToPanelMs(page, scope));
    }
    const rebuildWorstMs = Math.max(...rebuildSamples);
    const rebuildCalls = apiCalls(await fake.control.log()).length;

    // Cold ticket: a ticket never seen, whose requester was never seen either. One round trip more than a
    // contact (the ticket names its requester), so the limit is 3L + 100 ms.
    await fake.control.clearLog();
    const coldTicketMove = await timedNavigation(page, ticketUrl(DEMO.tickets.ofPendingTwice), 'settled');
    const coldTicketMs = coldTicketMove.ms;
    await quiet();
    const coldTicketLog = await fake.control.log();
    await timedNavigation(page, url(DEMO.contacts.active), 'settled');
    await quiet();

    // Warm ticket: back to that ticket moments later; its requester is remembered, so nothing blocks.
    await fake.control.clearLog();
    const warmTicketMs = (await timedNavigation(page, ticketUrl(DEMO.tickets.ofPendingTwice), 'settled')).ms;
    const warmTicketBlocking = apiCalls(await fake.control.log()).length;
    await quiet();

    // A page load is one noisy sample on a shared machine: the median of seven loads in the agent's tab.
    const samples: number[] = [];
    const session = await browser.context.newCDPSession(page);
    for (let sample = 0; sample < 7; sample += 1) {
      samples.push(
        await contentScriptMainThreadMs(
          session,
          page,
          `https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/tickets/list/open`,
          browser.extensionId,
        ),
      );
    }
    const nonContactMs = samples.sort((a, b) => a - b)[3]!;

    const account = await benchAccount(page, fake, url(DEMO.contacts.active), L);
    const runs = await benchAccountRuns(page, fake);

    const gzip = (file: string) => gzipSync(readFileSync(path.join(projectRoot, '.output/chrome-mv3', file))).length;
    const contentKb = gzip('desk-page.js') / 1024;
    const panelKb = gzip('panel.js') / 1024;
    const accountPanelKb = gzip('account-panel.js') / 1024;
    const backgroundKb = gzip('background.js') / 1024;

    // The contact, its memberships and its duplicates, then its one user's sets (their catalogues are held by then).
    const coldCallsNeeded = 3 + userSets.length;
    const rows: Array<[string, string, string, boolean]> = [
      ['one bare Desk call, from the worker', `${roundTripMs.toFixed(0)} ms`, `${(roundTripMs / L).toFixed(2)} × L (L, the loopback trip and the fake's work)`, true],
      ['cold view, every section settled', `${coldMs.toFixed(0)} ms`, `${(coldMs / (2 * L)).toFixed(2)} × 2L (target ≤ 1.05 × 2L); ${(coldMs / (2 * roundTripMs)).toFixed(2)} × 2 bare calls`, coldMs <= 1.05 * 2 * L],
      ['page → background messages, cold view', String(coldMessages), 'target ≤ 3 (the panel load, the view open, a part-by-part answer)', coldMessages <= 3],
      ['help-center statuses shown', `${statusesMs.toFixed(0)} ms`, `${(statusesMs / L).toFixed(2)} × L`, true],
      ['warm revisit', `${warmMs.toFixed(0)} ms`, `${warmBlocking} blocking calls (target ≤ 50 ms, 0)`, warmMs <= 50 && warmBlocking === 0],
      ['cold ticket view, every section settled', `${coldTicketMs.toFixed(0)} ms`, `${(coldTicketMs / (3 * L)).toFixed(2)} × 3L (target ≤ 1.05 × 3L); ${(coldTicketMs / (3 * roundTripMs)).toFixed(2)} × 3 bare calls`, coldTicketMs <= 1.05 * 3 * L],
      ['warm ticket revisit', `${warmTicketMs.toFixed(0)} ms`, `${warmTicketBlocking} blocking calls (target 0)`, warmTicketBlocking === 0],
      ['Desk API calls, cold view', String(apiCalls(coldLog).length), `target ≤ ${coldCallsNeeded}: the contact, its memberships, its duplicates, its user's ${userSets.map((set) => set.name).join(', ')}`, apiCalls(coldLog).length <= coldCallsNeeded],
      ['Desk API calls, warm view', String(apiCalls(warmLog).length), 'revalidation after paint', true],
      ['duplicate identical calls', String(duplicates(coldLog) + duplicates(warmLog)), 'target 0', duplicates(coldLog) + duplicates(warmLog) === 0],
      ['panel back after Desk rebuilds its page', `${rebuildWorstMs.toFixed(1)} ms`, `worst of ${rebuildSamples.length}, ${(rebuildWorstMs / 100).toFixed(2)} × 100 ms (target < 100 ms)`, rebuildWorstMs < 100],
      ['Desk API calls, rebuilds', String(rebuildCalls), 'target 0', rebuildCalls === 0],
      ['account: first contacts shown', `${account.firstRowsMs.toFixed(0)} ms`, `${(account.firstRowsMs / L).toFixed(2)} × L`, true],
      ['account: all 250 listed', `${account.listedMs.toFixed(0)} ms`, `${(account.listedMs / L).toFixed(2)} × L, ${account.listCalls.length} calls (3 pages in sequence, and the group catalogue: 2 pages, cached)`, true],
      ['account: Invite all answered', `${account.invitedMs.toFixed(0)} ms`, `${(account.invitedMs / L).toFixed(2)} × L, ${account.inviteCalls.length} calls (batches of 50 in sequence)`, true],
      ...runs.flatMap((run): Array<[string, string, string, boolean]> => [
        [`account of 251: ${run.name}, preview`, `${run.previewCalls} calls`, `fewest the API allows: ${run.previewMinimum}`, run.previewCalls <= run.previewMinimum + 1],
        [`account of 251: ${run.name}, run`, `${run.runCalls} calls`, `fewest the API allows: ${run.runMinimum}; ${(run.runMs / 1000).toFixed(1)} s`, run.runCalls === run.runMinimum],
      ]),
      ['content script gzip (every Desk page)', `${contentKb.toFixed(1)} KB`, `${(contentKb / 20).toFixed(2)} × 20 KB`, contentKb <= 20],
      ['panel gzip (injected on contact pages)', `${panelKb.toFixed(1)} KB`, '', true],
      ['both, in a contact page', `${(contentKb + panelKb).toFixed(1)} KB`, `${((contentKb + panelKb) / 20).toFixed(2)} × 20 KB`, contentKb + panelKb <= 20],
      ['both, in an account page', `${(contentKb + accountPanelKb).toFixed(1)} KB`, `${((contentKb + accountPanelKb) / 20).toFixed(2)} × 20 KB`, contentKb + accountPanelKb <= 20],
      ['background gzip', `${backgroundKb.toFixed(1)} KB`, `${(backgroundKb / 40).toFixed(2)} × 40 KB`, backgroundKb <= 40],
      ['content script on a page without a panel', `${nonContactMs.toFixed(2)} ms`, 'median of 7 loads (target ≤ 1 ms main thread)', nonContactMs <= 1],
    ];
    console.log(`\nDesk Companion bench, injected round trip L = ${L} ms\n`);
    const width = Math.max(...rows.map((row) => row[0].length));
    for (const [name, value, ratio, ok] of rows) console.log(`${ok ? '✓' : '✗'} ${name.padEnd(width)}  ${value.padStart(9)}  ${ratio}`);
    // Where a cold view's time went: ms after the pushState that each call arrived at the fake and was answered.
    for (const [name, lines] of [['cold view', timeline(coldLog, coldMove)], ['cold ticket view', timeline(coldTicketLog, coldTicketMove)]] as const) {
      console.log(`\n${name}, Desk API calls (arrived → answered, ms after the move):`);
      for (const line of lines) console.log(`  ${line}`);
    }

    const dir = path.join(projectRoot, 'artifacts');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'bench.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          rttMs: L,
          bareRoundTripMs: roundTripMs,
          coldViewMs: coldMs,
          coldViewRatioTo2L: coldMs / (2 * L),
          coldViewRatioTo2BareCalls: coldMs / (2 * roundTripMs),
          coldViewPageMessages: coldMessages,
          statusesMs,
          statusesRatioToL: statusesMs / L,
          warmRevisitMs: warmMs,
          warmBlockingCalls: warmBlocking,
          callsCold: timeline(coldLog, coldMove),
          callsWarm: apiCalls(warmLog).map((entry) => entry.route),
          coldTicketViewMs: coldTicketMs,
          coldTicketViewRatioTo3L: coldTicketMs / (3 * L),
          coldTicketViewRatioTo3BareCalls: coldTicketMs / (3 * roundTripMs),
          callsColdTicket: timeline(coldTicketLog, coldTicketMove),
          warmTicketRevisitMs: warmTicketMs,
          warmTicketBlockingCalls: warmTicketBlocking,
          duplicateCalls: duplicates(coldLog) + duplicates(warmLog),
          rebuildToPanelMs: rebuildSamples,
          rebuildWorstMs,
          rebuildApiCalls: rebuildCalls,
          contentScriptGzipKb: contentKb,
          panelGzipKb: panelKb,
          accountPanelGzipKb: accountPanelKb,
          backgroundGzipKb: backgroundKb,
          nonContactPageMainThreadMs: nonContactMs,
          account: { ...account, listedRatioToL: account.listedMs / L, invitedRatioToL: account.invitedMs / L },
          accountRuns: runs,
          nonContactPageSamplesMs: samples,
          targetsMet: rows.every((row) => row[3]),
        },
        null,
        2,
      ),
    );
    console.log(`\nWritten to ${file}`);
  } finally {
    await browser.close();
    await fake.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
