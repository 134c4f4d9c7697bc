// What pyscript.js and the built-in plugins share: user errors and their
// banners, downloads that report their HTTP status, dedent.

// Error codes in the spirit of PyScript's PY-numbered ones: PY0<status> for a
// download that failed with that HTTP status (PY0404), PY0001 for one that
// failed on the network, PY1000 for the configuration, PY1001 for a package,
// PY2000-PY2002 for plugins.
export const ErrorCode = {
  FETCH_ERROR: 'PY0001',
  BAD_CONFIG: 'PY1000',
  PACKAGE_ERROR: 'PY1001',
  BAD_PLUGIN: 'PY2000',
  NO_DEFAULT_EXPORT: 'PY2001',
  PLUGIN_LOAD_ERROR: 'PY2002',
  RUNTIME_ERROR: 'PY3000',
};

// An error the page author can act on: shown as a banner with its code.
export class UserError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

let bannerListener = null;

// [listener] hears every banner's error (pyscript.js calls onUserError hooks).
export function onBanner(listener) {
  bannerListener = listener;
}

// A visible banner at the top of the page: "(PY1000): message", with a close
// button. The rest of the page keeps working.
export function showBanner(error) {
  const code = error.code || ErrorCode.RUNTIME_ERROR;
  const div = document.createElement('div');
  div.className = 'py-error alert-banner';
  div.dataset.code = code;
  div.textContent = `(${code}): ${error.message}`;
  const close = document.createElement('button');
  close.className = 'alert-close-button';
  close.type = 'button';
  close.textContent = '\u00d7';
  close.title = 'close';
  close.addEventListener('click', () => div.remove());
  div.append(close);
  const banners = document.querySelectorAll('.alert-banner');
  if (banners.length) banners[banners.length - 1].after(div);
  else document.body.prepend(div);
  console.error(`pyscript (${code}): ${error.message}`);
  if (bannerListener) bannerListener(error);
  return div;
}

// fetch() that resolves only to a good response; a failure is a UserError
// naming [what] (a config key or a tag) and the URL.
export async function fetchOk(url, what) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new UserError(ErrorCode.FETCH_ERROR, `${what}: cannot download ${url}: ${error.message}`);
  }
  if (!response.ok) {
    const code = `PY0${response.status}`;
    throw new UserError(code, `${what}: cannot download ${url}: HTTP ${response.status}` +
      (response.statusText ? ` ${response.statusText}` : ''));
  }
  return response;
}

// The code of an inline tag without the indentation common to its lines,
// and without the line break right after the opening tag.
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[0].trim() === '') lines.shift();
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
  }
  if (indent === Infinity) indent = 0;
  return lines.map((line) => line.slice(indent)).join('\n');
}

// A traceback box right after [after].
export function showTraceback(after, message) {
  const pre = document.createElement('pre');
  pre.className = 'py-error';
  pre.textContent = message;
  after.after(pre);
  return pre;
}

// The URL that [url] names, relative to the page.
export function pageUrl(url) {
  return new URL(url, document.baseURI).href;
}
