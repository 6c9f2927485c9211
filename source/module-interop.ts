/**
 * The named exports of a dynamically imported CommonJS package. Node hands
 * them over as named exports; esbuild's split chunks hand over only
 * `{default: module.exports}`. The shipped bundle takes the second path.
 */
export function namedExports<Module extends object>(module: Module): Module {
	const keys = Object.keys(module);
	const fallback = (module as {default?: unknown}).default;
	const onlyDefault = keys.length === 1 && keys[0] === 'default';
	return onlyDefault && typeof fallback === 'object' && fallback !== null ? (fallback as Module) : module;
}
