// Measures didChange → publishDiagnostics latency of `igjnormen lsp` over stdio, as an editor sees it:
// on the shipped norms and on a generated workspace of 1,000 extra norms.
// Usage: node e2e/latency.js [herhalingen=200]
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { repo, startIgjnormen, uriOf } = require('./server');
const { generate } = require('./generate-workspace');

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 per second)
  } catch {
    return null;
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Edits `file` `rounds` times (alternately breaking and repairing it) and times each answer. */
async function measure(server, file, edit, rounds) {
  const uri = uriOf(file);
  const original = fs.readFileSync(file, 'utf8');
  const opened = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: original } });
  await opened;
  const times = [];
  let cpuStart = null;
  for (let i = 0; i < rounds + 10; i++) {
    if (i === 10) cpuStart = cpuMs(server.child.pid);
    const version = i + 2;
    const text = i % 2 === 0 ? edit(original) : original;
    const next = server.nextDiagnostics(uri);
    const start = process.hrtime.bigint();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const published = await next;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (published.version !== version) throw new Error(`antwoord op versie ${published.version}, verwacht ${version}`);
    if (i >= 10) times.push(ms); // the first rounds warm up the JIT
  }
  const cpuEnd = cpuMs(server.child.pid);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  times.sort((a, b) => a - b);
  const cpu = cpuStart === null || cpuEnd === null ? null : (cpuEnd - cpuStart) / times.length;
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], n: times.length, cpu };
}

async function run(label, root, rounds) {
  const server = await startIgjnormen(root);
  try {
    const norm = path.join(root, 'norms', 'wkkgz', 'wkkgz.klachtbehandeling-termijn.norm.yaml');
    const begrippen = path.join(root, 'norms', 'begrippen', 'klachten.begrippen.yaml');
    const toets = await measure(server, norm, (t) => t.replace('k.besluit_op <=', 'k.besluit_opp <='), rounds);
    const begrip = await measure(server, begrippen, (t) => t.replace('  klachten.klachten:', '  klachten.klachtenlijst:'), Math.max(10, Math.floor(rounds / 4)));
    const format = (r) => `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms (n=${r.n})` +
      (r.cpu === null ? '' : `; server-CPU ${r.cpu.toFixed(1)} ms per wijziging`);
    console.log(`${label}`);
    console.log(`  toets in een norm wijzigen:    ${format(toets)}`);
    console.log(`  begrip hernoemen (alle normen): ${format(begrip)}`);
    return { toets, begrip };
  } finally {
    await server.stop();
  }
}

async function main() {
  console.log(`belasting van de machine (load average): ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} op ${os.cpus().length} kernen`);
  const rounds = Number(process.argv[2] ?? 200);
  const shipped = await run('meegeleverde normen (norms/)', repo, rounds);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'igjnormen-1000-'));
  try {
    const { norms } = generate(dir, 1000);
    const large = await run(`gegenereerde werkruimte (${norms} normen)`, dir, rounds);
    return { shipped, large };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
