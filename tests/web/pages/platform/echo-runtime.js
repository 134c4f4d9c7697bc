// A runtime adapter of its own, by URL (runtime = "echo-runtime.js"): it
// "runs" code by printing how long it is, which shows the platform used it.
export default function createEchoRuntime() {
  let out = null;
  return {
    name: 'echo',
    version: '1.0',
    sitePackages: '/lib',
    cwd: '/',
    async load({ stdout }) { out = stdout; },
    async run(code) { out(`echo ran ${code.trim().length} chars\n`); },
    writeFile() {},
    readFile() { return new Uint8Array(); },
    mkdir() {},
    registerJsModule() {},
    interrupt() {},
    inputComplete: () => true,
    async installPackages() {},
  };
}
