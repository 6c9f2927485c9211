import {afterEach, expect, test} from 'vitest';
import {keys, renderApp} from '../render.js';

let app: ReturnType<typeof renderApp> | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const clipboardText = (frames: readonly string[]): string[] =>
	frames.flatMap(frame => [...frame.matchAll(/\u001B\]52;c;([A-Za-z0-9+/=]*)\u0007/g)].map(match => Buffer.from(match[1]!, 'base64').toString('utf8')));

test('y copies the view on screen as an aws-cost query command line, and shows it', async () => {
	app = renderApp({columns: 200, rows: 40});
	await app.waitFor('Up to date');
	app.press(keys.down);
	app.press(keys.enter);
	await app.waitFor('All › SERVICE: Amazon S3 › by USAGE_TYPE');
	app.press('y');
	const expected =
		"aws-cost query --demo --from 2026-03-01 --to 2026-03-17 --granularity DAILY --metric UnblendedCost --group-by USAGE_TYPE --filter 'SERVICE=Amazon S3'";
	const frame = await app.waitFor('Copied: aws-cost query');
	expect(frame).toContain('--group-by USAGE_TYPE');
	expect(clipboardText(app.stdout.frames)).toEqual([expected]);
});
