// `npm run fake-zoho -- [--port 8443] [--world <name>] [--latency <ms>] [--quiet]`: the fake Zoho on its own,
// for browsing it by hand or pointing a separately started browser at it.
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS } from '../tooling/chromium-flags';
import { deskHostOf } from './hosts';
import { startFakeZoho } from './server';


function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} needs a whole number, got "${value}"`);
  return parsed;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      world: { type: 'string' },
      latency: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: npm run fake-zoho -- [--port 8443] [--world <name>] [--latency <ms>] [--quiet]');
    return;
  }
  const fake = await startFakeZoho({
    port: number(values.port, 'port', 8443),
    world: values.world,
    latencyMs: number(values.latency, 'latency', 0),
    quiet: values.quiet,
  });
  const rules = `--host-resolver-rules=${fake.hostResolverRules}`;
  console.log(`Fake Zoho (world "${fake.world.name}") listening on ${fake.origin}`);
  console.log(`Control API: ${fake.origin}/__control/<name> (POST JSON), e.g. ${fake.origin}/__control/log`);
  console.log(`\nHost resolver rules:\n  ${fake.hostResolverRules}`);
  console.log(`\nChromium flags:\n  '${rules}' \\\n  ${CHROMIUM_FLAGS.join(' ')}`);
  const firstOrg = fake.world.orgs[0];
  if (firstOrg) {
    console.log(`\nTry: https://${deskHostOf(firstOrg.dataCenter)}/agent/${firstOrg.portalName}/contacts/list`);
  }
  console.log('\nCtrl-C stops it.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void fake.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
