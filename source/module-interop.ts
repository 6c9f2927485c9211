/**
 * The named exports of a dynamically imported CommonJS package. Node hands
 * them over as named exports; esbuild's split chunks hand over only
 * `{default: module.exports}`, and so does Node for a package whose exports it
 * cannot detect (sqlite3), plus `'module.exports'` on Node 23 and later. The
 * shipped bundle takes the second path.
 */
export function namedExports<Module extends object>(module: Module): Module {
	const keys = Object.keys(module);
	const fallback = (module as {default?: unknown}).default;
	// Node 23+ also names the whole of module.exports as the export "module.exports".
	const onlyDefault = keys.includes('default') && keys.every(key => key === 'default' || key === 'module.exports');
	return onlyDefault && typeof fallback === 'object' && fallback !== null ? (fallback as Module) : module;
}
