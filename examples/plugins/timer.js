// An example plugin (docs/plugins.md): times each <script type="py"> and
// lists the times in the page's #timings list.
export default class TimerPlugin {
  configure(config) {
    this.started = new Map();
    console.log(`timer plugin: configured for ${config.runtime}`);
  }

  beforePyScriptExec({ pyScriptTag }) {
    this.started.set(pyScriptTag, performance.now());
  }

  afterPyScriptExec({ pyScriptTag, src }) {
    const ms = performance.now() - this.started.get(pyScriptTag);
    const item = document.createElement('li');
    item.textContent = `${src.trim().split('\n')[0]} ... took ${ms.toFixed(1)} ms`;
    document.getElementById('timings')?.append(item);
  }

  onUserError(error) {
    console.warn(`timer plugin saw ${error.code}`);
  }
}
