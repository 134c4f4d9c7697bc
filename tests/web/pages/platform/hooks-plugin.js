// A third-party plugin with every hook: each call is recorded in
// window.hookLog with what it was given, for the suite to check the order.
const log = (window.hookLog = window.hookLog || []);

export default class HooksPlugin {
  configure(config) {
    log.push(`configure ${config.name}`);
    for (const type of ['py:ready', 'py:done', 'py:all-done'])
      document.addEventListener(type, (event) => log.push(`${type} ${event.target.id || 'document'}`));
  }
  beforeLaunch(config) { log.push(`beforeLaunch ${config.runtime}`); }
  afterSetup(interpreter) { log.push(`afterSetup ${interpreter.name}`); }
  afterStartup(interpreter) { log.push(`afterStartup ${typeof interpreter.run}`); }
  beforePyScriptExec({ interpreter, src, pyScriptTag }) {
    log.push(`beforePyScriptExec ${pyScriptTag.id} ${src.trim()}`);
  }
  afterPyScriptExec({ src, pyScriptTag, result }) {
    log.push(`afterPyScriptExec ${pyScriptTag.id} ${result}`);
  }
  beforePyReplExec({ src, outEl, pyReplTag }) {
    log.push(`beforePyReplExec ${pyReplTag.id} ${src.trim()} ${outEl.tagName}`);
  }
  afterPyReplExec({ src, outEl, pyReplTag }) {
    log.push(`afterPyReplExec ${pyReplTag.id} ${outEl.textContent.trim()}`);
  }
  onUserError(error) { log.push(`onUserError ${error.code}`); }
}
