import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// Vitest leaves one core free by default: on a two-core machine that is one worker.
		maxWorkers: availableParallelism(),
		testTimeout: 20_000,
		hookTimeout: 30_000,
		env: {
			AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
			FORCE_COLOR: '0',
			// Ink holds every frame back until exit when it thinks it runs in CI; the app's tests read frames.
			CI: 'false',
			CONTINUOUS_INTEGRATION: 'false',
		},
	},
});
