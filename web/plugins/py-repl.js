// The built-in "py-repl" plugin: every <py-repl> becomes an editor cell
// (web/plugins/repl-cells.js). The cells and their editor (CodeMirror 6) are
// a bundle of their own, pyscript-editor.js, downloaded with the runtime and
// only by pages that have a <py-repl>.
import { ErrorCode, UserError, showBanner } from './common.js';

export function createReplPlugin(base) {
  let bundle = null;
  return {
    name: 'py-repl',
    configure() {
      if (!document.querySelector('py-repl')) return;
      bundle = import(new URL('pyscript-editor.js', base).href);
      bundle.catch(() => {});
    },
    async run(app) {
      if (!bundle) return;
      let module;
      try {
        module = await bundle;
      } catch (error) {
        showBanner(new UserError(ErrorCode.PLUGIN_LOAD_ERROR,
          `<py-repl>: cannot load the editor pyscript-editor.js: ${error.message}`));
        return;
      }
      await module.runRepl(app);
    },
  };
}
