// A plugin module that fails to evaluate.
throw new Error('this plugin is broken on purpose');
