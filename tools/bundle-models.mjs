// Build-time model bundler: turns the pinned aws-sdk package's apis/ folder into one compact, compressed
// file that the engine embeds. Usage: node bundle-models.mjs <apisDir> <overrides.tsv> <out.bin>
//
// Layout (all integers little-endian uint32):
//   "AWSM" version=1, indexLength, index (UTF-8 lines "cliName\tserviceKey\toffset\tlength\n")
//   per service at offset: headerLength, header (brotli JSON), then blocks (brotli).
// The header holds metadata, paginators, waiters, the block table and, for every operation and shared
// shape, [block, offset, length] into the uncompressed block text. Operations are laid out followed by the
// shapes they first reference, so loading one operation decompresses only a few small blocks.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [apisDir, overridesFile, outFile, paginatorOverridesFile] = process.argv.slice(2);
const BLOCK = 32 * 1024;

const overrides = new Map();
for (const line of fs.readFileSync(overridesFile, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [key, name] = line.split('\t');
  overrides.set(key, name.trim());
}

// Paginators where the npm models differ from the botocore data AWS CLI v2 ships (see make-paginator-overrides.py).
const paginatorOverrides = paginatorOverridesFile ? JSON.parse(fs.readFileSync(paginatorOverridesFile, 'utf8')) : {};

const metadata = JSON.parse(fs.readFileSync(path.join(apisDir, 'metadata.json'), 'utf8'));
const files = fs.readdirSync(apisDir);
const brotli = buf => zlib.brotliCompressSync(buf, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 22 } });

function newest(prefix, suffix) {
  const re = new RegExp('^' + prefix.replace(/[.]/g, '\\.') + '-(\\d{4}-\\d{2}-\\d{2})' + suffix.replace(/[.]/g, '\\.') + '$');
  const found = files.map(f => [f, re.exec(f)]).filter(([, m]) => m).sort((a, b) => a[1][1] < b[1][1] ? 1 : -1);
  return found.length ? found[0][0] : null;
}

function refsOf(node, out) {
  if (Array.isArray(node)) { for (const n of node) refsOf(n, out); return; }
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'shape' && typeof v === 'string') out.push(v); else refsOf(v, out);
    }
  }
}

function bundleService(key) {
  const meta = metadata[key];
  const prefix = meta.prefix || key;
  const modelFile = newest(prefix, '.min.json');
  if (!modelFile) return null;
  const model = JSON.parse(fs.readFileSync(path.join(apisDir, modelFile), 'utf8'));
  const version = modelFile.slice(prefix.length + 1, prefix.length + 11);
  const pagFile = path.join(apisDir, `${prefix}-${version}.paginators.json`);
  const waitFile = path.join(apisDir, `${prefix}-${version}.waiters2.json`);
  const paginators = { ...(fs.existsSync(pagFile) ? JSON.parse(fs.readFileSync(pagFile, 'utf8')).pagination || {} : {}),
    ...(paginatorOverrides[key] || {}) };
  const waiters = fs.existsSync(waitFile) ? JSON.parse(fs.readFileSync(waitFile, 'utf8')).waiters || {} : {};

  const shapes = model.shapes || {};
  const blocks = [];
  let current = [];
  let currentLen = 0;
  const ops = {}, shapeIndex = {};
  const emitted = new Set();
  const emit = (table, name, value) => {
    const text = Buffer.from(JSON.stringify(value), 'utf8');
    if (currentLen > 0 && currentLen + text.length > BLOCK) flush();
    table[name] = [blocks.length, currentLen, text.length];
    current.push(text);
    currentLen += text.length;
  };
  const flush = () => { blocks.push(Buffer.concat(current)); current = []; currentLen = 0; };
  const emitShapes = value => {
    const pending = [];
    refsOf(value, pending);
    while (pending.length) {
      const name = pending.shift();
      if (emitted.has(name) || !(name in shapes)) continue;
      emitted.add(name);
      emit(shapeIndex, name, shapes[name]);
      refsOf(shapes[name], pending);
    }
  };
  for (const [name, op] of Object.entries(model.operations || {})) {
    emit(ops, name, op);
    emitShapes(op);
  }
  for (const name of Object.keys(shapes)) if (!emitted.has(name)) { emitted.add(name); emit(shapeIndex, name, shapes[name]); }
  if (currentLen > 0) flush();

  const compressed = blocks.map(b => brotli(b));
  const blockTable = [];
  let offset = 0;
  for (let i = 0; i < blocks.length; i++) { blockTable.push([offset, compressed[i].length, blocks[i].length]); offset += compressed[i].length; }
  const header = brotli(Buffer.from(JSON.stringify({
    metadata: model.metadata, operations: ops, shapes: shapeIndex, paginators, waiters, blocks: blockTable,
  }), 'utf8'));
  const head = Buffer.alloc(4); head.writeUInt32LE(header.length);
  return Buffer.concat([head, header, ...compressed]);
}

const entries = [];
for (const key of Object.keys(metadata).sort()) {
  const meta = metadata[key];
  let cliName = overrides.has(key) ? overrides.get(key) : (meta.prefix || key);
  if (cliName === '-') continue;
  const data = bundleService(key);
  if (data) entries.push({ cliName, key, data });
}
entries.sort((a, b) => (a.cliName < b.cliName ? -1 : a.cliName > b.cliName ? 1 : 0));
let offset = 0;
const lines = entries.map(e => { const l = `${e.cliName}\t${e.key}\t${offset}\t${e.data.length}\n`; offset += e.data.length; return l; });
const index = Buffer.from(lines.join(''), 'utf8');
const head = Buffer.alloc(12);
head.write('AWSM', 0, 'ascii'); head.writeUInt32LE(1, 4); head.writeUInt32LE(index.length, 8);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, Buffer.concat([head, index, ...entries.map(e => e.data)]));
console.log(`bundled ${entries.length} services into ${outFile} (${(12 + index.length + offset)} bytes)`);
