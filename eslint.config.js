import {defineConfig} from 'eslint/config';
import {builtinRules} from 'eslint/use-at-your-own-risk';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// ESLint's own recommended rules, read from the rules' metadata: the same set as
// @eslint/js's `recommended`, without adding that package.
const eslintRecommended = Object.fromEntries(
	[...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

// Layers (docs/architecture.md): the core never reaches up into a front end,
// and a source never reaches up into what is built on sources.
const FRONT_ENDS = {
	regex: String.raw`^(\.\./)+(components|hooks|web)(/|$)`,
	message: 'source/ is the core: it imports nothing from components/, hooks/ or web/ (docs/architecture.md).',
};
const REACT = {
	regex: '^(react|ink)(/|$)|^ink-|^@alcalzone/ink-',
	message: 'source/ is the core: no React or Ink (docs/architecture.md).',
};
const ABOVE_SOURCES = {
	regex: String.raw`^(\.\./)+(insights|analysis|cli)(/|$)`,
	message: 'A source answers cost questions; insights, analysis and the CLI are built on sources, not beneath them (docs/architecture.md).',
};

// The type check sees the DOM library (web/ needs it); the core must not lean on it.
const BROWSER_ONLY = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement'].map(name => ({
	name,
	message: 'source/ runs in Node too: no browser globals (the web page in web/ owns the DOM).',
}));
// The page is bundled for the browser: it reaches the engine only through /api/v1.
const NODE_BUILTIN = {regex: '^node:', message: 'web/ runs in the browser: no Node built-ins.'};
const SERVER_SIDE = {
	regex: String.raw`^(\.\./)+source/(server|cli|cache|engine|session|application|mcp|duckdb)(/|\.|$)`,
	message: 'web/ talks to the engine through /api/v1 only; it imports the pure view code (source/view, money, dates, export), never the engine.',
};

/** The same layers for `import` statements and for `import()` expressions. */
function layerRules(patterns) {
	return {
		'no-restricted-imports': ['error', {patterns}],
		'no-restricted-syntax': [
			'error',
			...patterns.map(({regex, message}) => ({selector: `ImportExpression[source.value=/${regex.replaceAll('/', String.raw`\/`)}/]`, message})),
		],
	};
}

/** An `eslint-disable` comment says why, after ` -- `, so a reader can tell it still holds. */
const disableSaysWhy = {
	meta: {type: 'suggestion', schema: [], messages: {why: 'Say why after " -- ": // eslint-disable-next-line rule -- the reason.'}},
	create(context) {
		return {
			Program() {
				for (const comment of context.sourceCode.getAllComments()) {
					if (/^\s*eslint-disable/.test(comment.value) && !/\s--\s*\S/.test(comment.value)) context.report({loc: comment.loc, messageId: 'why'});
				}
			},
		};
	},
};

export default defineConfig(
	{ignores: ['dist/', 'coverage/', '.tmp/', 'node_modules/']},
	{
		linterOptions: {reportUnusedDisableDirectives: 'error'},
		plugins: {local: {rules: {'disable-says-why': disableSaysWhy}}},
		rules: {'local/disable-says-why': 'error'},
	},
	{
		rules: {
			...eslintRecommended,
			// Stripping terminal control characters is this app's job (terminal-text.ts,
			// the display-safety tests): every control character in a regex here is meant.
			'no-control-regex': 'off',
		},
	},
	// Not type-aware: the type-checked set takes over a minute here (two cores) and
	// `npm run typecheck` already runs the compiler.
	tseslint.configs.recommended,
	{
		rules: {
			// A leading underscore marks a binding kept on purpose (a parameter a signature needs, a rest sibling).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					argsIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					caughtErrorsIgnorePattern: '^_',
					destructuredArrayIgnorePattern: '^_',
					ignoreRestSiblings: true,
				},
			],
		},
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly'}},
	},
	{
		files: ['components/**', 'hooks/**', 'web/**', '**/*.tsx', 'bench/tui.ts'],
		extends: [reactHooks.configs.flat.recommended],
		rules: {
			// React Compiler rules: this app does not use the compiler, and the patterns they
			// flag (a "latest value" ref written during render, a loading state set at the
			// start of an effect) are deliberate and safe under Ink's synchronous renderer.
			'react-hooks/refs': 'off',
			'react-hooks/set-state-in-effect': 'off',
			// Also a compiler rule: it only says the compiler would skip a hook (TanStack Virtual's).
			'react-hooks/incompatible-library': 'off',
			'react-hooks/exhaustive-deps': 'error',
		},
	},
	{files: ['source/**'], rules: {...layerRules([FRONT_ENDS, REACT]), 'no-restricted-globals': ['error', ...BROWSER_ONLY]}},
	{files: ['web/**'], rules: layerRules([NODE_BUILTIN, SERVER_SIDE])},
	{files: ['source/sources/**'], rules: layerRules([FRONT_ENDS, REACT, ABOVE_SOURCES])},
);
