// A plugin module without a default export: the platform says so.
export const notAPlugin = 1;
