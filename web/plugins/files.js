// The built-in "files" plugin: the configuration's `files`, `fetch` and
// `packages` into the runtime's file system. Downloads start as soon as the
// configuration is read (configure), in parallel with the runtime's; the
// files are written once the runtime is up (afterSetup), so every file is in
// place before any script runs. Archives (.zip, .tar.gz) named to a "dir/*"
// path are unpacked there; wheels (.whl) into site-packages.
import { ErrorCode, UserError, fetchOk, pageUrl, showBanner } from './common.js';

// The unpacking code is a bundle of its own (pyscript-archive.js), downloaded
// only when the configuration names an archive.
let archiveModule = null;
function unpack(url, bytes) {
  archiveModule ??= import(new URL('pyscript-archive.js', import.meta.url).href);
  return archiveModule.then((module) => module.unpack(url, bytes));
}

function isArchive(url) {
  return /\.(zip|whl|tar\.gz|tgz)$/i.test(new URL(url, 'http://x/').pathname);
}

// "dir/" + the URL's last part when [path] is empty or names a directory.
function targetPath(url, path) {
  const base = decodeURIComponent(new URL(url, 'http://x/').pathname.split('/').pop());
  if (!path) return base;
  if (path.endsWith('/')) return path + base;
  return path;
}

function joinPath(dir, name) {
  if (!dir || dir === '.') return name;
  return dir.replace(/\/+$/, '') + '/' + name.replace(/^\.?\//, '');
}

// Normalises "./a/b" to "a/b" (relative to the runtime's current directory).
function cleanPath(path) {
  return path.replace(/^(\.\/)+/, '').replace(/\/\.\//g, '/');
}

const TEMPLATE = /^\{\w+\}$/;

// [{url, path, unpackTo, key}] from the `files` table.
function filesEntries(files) {
  if (files == null) return [];
  if (typeof files !== 'object' || Array.isArray(files))
    throw new UserError(ErrorCode.BAD_CONFIG, "the configuration key 'files' must be a table of " +
      '"url" = "path" pairs');
  // "{NAME}" = "value" entries are templates the other keys and paths use.
  const templates = Object.fromEntries(Object.entries(files).filter(([key]) => TEMPLATE.test(key)));
  const fill = (text) => text.replace(/\{\w+\}/g, (name) => templates[name] ?? name);
  return Object.entries(files).filter(([key]) => !TEMPLATE.test(key)).map(([key, value]) => {
    if (typeof value !== 'string')
      throw new UserError(ErrorCode.BAD_CONFIG, `files: the path for ${key} must be a string`);
    const url = fill(key);
    const path = fill(value);
    if (path.endsWith('/*')) return { url, unpackTo: cleanPath(path.slice(0, -2)), key: 'files' };
    return { url, path: cleanPath(targetPath(url, path)), key: 'files' };
  });
}

// The classic `fetch` list: [{from, to_folder, to_file, files}].
function fetchEntries(fetchList) {
  if (fetchList == null) return [];
  if (!Array.isArray(fetchList))
    throw new UserError(ErrorCode.BAD_CONFIG, "the configuration key 'fetch' must be a list of tables");
  const entries = [];
  for (const item of fetchList) {
    const { from = '', to_folder: folder = '.', to_file: toFile, files } = item || {};
    if (files && toFile)
      throw new UserError(ErrorCode.BAD_CONFIG, "fetch: cannot use 'to_file' and 'files' together");
    if (files) {
      if (!Array.isArray(files))
        throw new UserError(ErrorCode.BAD_CONFIG, "fetch: 'files' must be a list of file names");
      for (const name of files) {
        const url = from ? from.replace(/\/?$/, '/') + name : name;
        entries.push({ url, path: cleanPath(joinPath(folder, name)), key: 'fetch' });
      }
    } else if (from) {
      entries.push({ url: from, path: cleanPath(joinPath(folder, toFile || targetPath(from, ''))), key: 'fetch' });
    } else {
      throw new UserError(ErrorCode.BAD_CONFIG, "fetch: each entry needs 'from' or 'files'");
    }
  }
  return entries;
}

// Downloads [entry]: resolves to the files to write, [] after a banner.
async function download(entry) {
  try {
    const response = await fetchOk(pageUrl(entry.url), entry.key);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (entry.unpackTo !== undefined || entry.wheel) {
      if (!isArchive(entry.url))
        throw new UserError(ErrorCode.BAD_CONFIG, `${entry.key}: ${entry.url} is not a .zip or .tar.gz ` +
          `archive, so it cannot be unpacked into "${entry.unpackTo}/*"`);
      const files = await unpack(entry.url, bytes).catch((error) => {
        throw new UserError(ErrorCode.FETCH_ERROR, `${entry.key}: cannot unpack ${entry.url}: ${error.message}`);
      });
      return files.map((f) => ({ path: joinPath(entry.unpackTo || '', f.path), data: f.data, wheel: entry.wheel }));
    }
    return [{ path: entry.path, data: bytes }];
  } catch (error) {
    showBanner(error instanceof UserError ? error :
      new UserError(ErrorCode.FETCH_ERROR, `${entry.key}: ${entry.url}: ${error.message}`));
    return [];
  }
}

function packageLists(packages) {
  if (packages == null) return { wheels: [], names: [] };
  if (!Array.isArray(packages) || packages.some((p) => typeof p !== 'string'))
    throw new UserError(ErrorCode.BAD_CONFIG, "the configuration key 'packages' must be a list of strings");
  const wheels = packages.filter((p) => /\.whl$/i.test(p));
  const names = packages.filter((p) => !/\.whl$/i.test(p));
  return { wheels, names };
}

export function createFilesPlugin() {
  let pending = [];
  let names = [];
  return {
    name: 'files',
    configure(config) {
      let entries = [];
      try {
        entries = [...filesEntries(config.files), ...fetchEntries(config.fetch)];
        const lists = packageLists(config.packages);
        names = lists.names;
        for (const url of lists.wheels) entries.push({ url, wheel: true, key: 'packages' });
      } catch (error) {
        showBanner(error);
      }
      pending = entries.map(download);
    },
    async afterSetup(runtime) {
      const batches = await Promise.all(pending);
      for (const file of batches.flat()) {
        const path = file.wheel ? joinPath(runtime.sitePackages, file.path) : file.path;
        try {
          runtime.writeFile(path, file.data);
        } catch (error) {
          showBanner(new UserError(ErrorCode.FETCH_ERROR, `cannot write ${path}: ${error.message}`));
        }
      }
      if (names.length) {
        try {
          await runtime.installPackages(names);
        } catch (error) {
          showBanner(new UserError(ErrorCode.PACKAGE_ERROR, `packages: cannot install ` +
            `${names.join(', ')}: ${firstLine(error.message)}`));
        }
      }
    },
  };
}

function firstLine(message) {
  const lines = String(message).trim().split('\n');
  return lines[lines.length - 1];
}
