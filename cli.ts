#!/usr/bin/env node
// The composition root: the only file that knows both the core (source/) and
// the app (components/). The SDK's Node 20 notice must be off before any client exists.
import module from 'node:module';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
// Node 22.1+ keeps compiled code on disk between runs; the rest of the program is loaded
// below, after this, so that it benefits. Older Node has no such function.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

const [{main}, {fileLogger, redactSecrets}, {defaultStateDir}] = await Promise.all([
	import('./source/cli/main.js'),
	import('./source/log.js'),
	import('./source/paths.js'),
]);

const exitCode = await main(process.argv.slice(2), {
	stdout: process.stdout,
	// Whatever reaches the terminal's error stream is masked: a server may echo a token back.
	stderr: {write: (text: string) => process.stderr.write(redactSecrets(text)), isTTY: process.stderr.isTTY, columns: process.stderr.columns},
	env: process.env,
	logger: fileLogger(defaultStateDir(process.env)),
	stdinIsTty: process.stdin.isTTY === true,
}, {
	tui: async () => (await import('./components/app-main.js')).runApp,
});
process.exitCode = exitCode;
