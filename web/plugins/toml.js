// The TOML parser (smol-toml), built on its own into pyscript-toml.js and
// imported only by pages whose configuration is TOML.
export { parse } from 'smol-toml';
