// Unpacking .zip (and wheels) and .tar.gz archives in the page, with the
// browser's DecompressionStream for the compressed data (deflate-raw, gzip).
// Each returns [{path, data}] for the files (directories are implied).
// Bundled on its own into pyscript-archive.js (web/plugins/files.js loads it).

// [bytes] unpacked according to the archive type [url] names.
export function unpack(url, bytes) {
  const name = new URL(url, 'http://x/').pathname.toLowerCase();
  if (name.endsWith('.tar.gz') || name.endsWith('.tgz')) return untarGz(bytes);
  return unzip(bytes);
}

async function inflate(bytes, format) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const decoder = new TextDecoder();

// The end-of-central-directory record is in the last 64 KiB + 22 bytes.
function findEndOfDirectory(view) {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  throw new Error('not a zip archive (no end of central directory)');
}

export async function unzip(bytes) {
  bytes = new Uint8Array(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    const path = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (path.endsWith('/')) continue;
    // The local header has its own name and extra lengths.
    const dataStart = localHeader + 30 + view.getUint16(localHeader + 26, true) +
      view.getUint16(localHeader + 28, true);
    const raw = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.push({ path, data: raw.slice() });
    else if (method === 8) files.push({ path, data: await inflate(raw, 'deflate-raw') });
    else throw new Error(`${path}: unsupported zip compression method ${method}`);
  }
  return files;
}

function tarString(block, start, length) {
  const field = block.subarray(start, start + length);
  const nul = field.indexOf(0);
  return decoder.decode(nul < 0 ? field : field.subarray(0, nul));
}

// A pax header's path= record, if any.
function paxPath(data) {
  const match = /\d+ path=([^\n]*)\n/.exec(decoder.decode(data));
  return match ? match[1] : null;
}

export async function untarGz(bytes) {
  const tar = await inflate(new Uint8Array(bytes), 'gzip');
  const files = [];
  let longName = null;
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(tarString(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = tarString(header, 345, 155);
    let path = longName || (prefix ? prefix + '/' : '') + tarString(header, 0, 100);
    longName = null;
    const data = tar.slice(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') longName = tarString(data, 0, data.length);
    else if (type === 'x') longName = paxPath(data);
    else if (type === '0' || type === '\0' || type === '7') {
      path = path.replace(/^\.\//, '');
      if (path) files.push({ path, data });
    }
  }
  return files;
}
