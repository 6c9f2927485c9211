#!/usr/bin/env node
// The composition root: the only file that knows both the core (source/) and
// the app (components/). The SDK's Node 20 notice must be off before any client exists.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

import {main} from './source/cli/main.js';
import {fileLogger, redactSecrets} from './source/log.js';
import {defaultStateDir} from './source/paths.js';

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
