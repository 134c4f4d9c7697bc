// The built-in "py-terminal" plugin: a page with a <py-terminal>, a script
// tag with a terminal attribute, or `terminal = true` in its configuration
// gets one terminal (web/plugins/console.js with xterm.js, the bundle
// pyscript-terminal.js, downloaded with the runtime and only then).
import { ErrorCode, UserError, showBanner } from './common.js';

// The element the terminal goes into, or null for a page without one.
function hostFor(config) {
  const tag = document.querySelector('py-terminal');
  if (tag) return tag;
  const script = document.querySelector('script[type="py"][terminal], py-script[terminal]');
  if (!script && config.terminal !== true) return null;
  const div = document.createElement('div');
  div.className = 'py-terminal';
  if (script) script.after(div);
  else document.body.append(div);
  return div;
}

export function createTerminalPlugin(base) {
  let bundle = null;
  let host = null;
  return {
    name: 'py-terminal',
    configure(config) {
      host = hostFor(config);
      if (!host) return;
      bundle = import(new URL('pyscript-terminal.js', base).href);
      bundle.catch(() => {});
    },
    async run(app) {
      if (!host) return;
      try {
        (await bundle).startTerminal(app, host);
      } catch (error) {
        showBanner(new UserError(ErrorCode.PLUGIN_LOAD_ERROR,
          `the terminal (pyscript-terminal.js) failed to start: ${error.message}`));
      }
    },
  };
}
